package redact

import (
	"strings"
	"testing"
)

// A name on a paper's file, then the paper's word: the name goes, the
// paper's word stays, and it is learned as no part of the name ("Meera
// Iyer Passport.pdf" became "<user-1> <user-1>.pdf", and "Passport"
// went from every later line).
func TestFiles38PaperWordNoSurname(t *testing.T) {
	for _, c := range []struct{ in, paper string }{
		{"Meera Iyer Passport.pdf\nPassport renewal due in May", "Passport"},
		{"recent: Zeynep Kaya Resume.pdf\nResume upload finished", "Resume"},
		{"thumbnail for Meera Iyer CV.pdf\nCV parser ready", "CV"},
	} {
		out := scrubTextTwice(t, c.in)
		if strings.Count(out, c.paper) != strings.Count(c.in, c.paper) {
			t.Errorf("%q: the paper's word went: %q", c.in, out)
		}
		mustNotContain(t, c.in, out, "Meera", "Iyer", "Zeynep", "Kaya")
	}
}

// The papers of a deal, a bill or a permit, in the languages users save
// them in, name their person before or after the paper's word, in a
// path, a URL (%20, '+'), a JSON string or a recent-file list: the name
// goes where it stands.
func TestFiles38DealPaperNames(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"Zara Siddiqui Lease.pdf", []string{"Zara", "Siddiqui"}},
		{"GET /files/Zara%20Siddiqui%20Lease.pdf 200", []string{"Zara", "Siddiqui"}},
		{"GET /download?file=Zara+Siddiqui+Lease.pdf", []string{"Zara", "Siddiqui"}},
		{"opened /Users/x/Documents/Kofi Mensah Invoice.docx", []string{"Kofi", "Mensah"}},
		{"recent: Kofi Mensah Invoice.docx", []string{"Kofi", "Mensah"}},
		{`{"recent":["Kofi Mensah Invoice.docx","notes.txt"]}`, []string{"Kofi", "Mensah"}},
		{"Invoice - Kofi Mensah.pdf", []string{"Kofi", "Mensah"}},
		{"Receipt for Ama Owusu.pdf", []string{"Ama", "Owusu"}},
		{"C:\\Users\\x\\Downloads\\Rechnung_Jan_Kowalski_2024.pdf", []string{"Kowalski"}},
		{"Mietvertrag Anna Schmidt.pdf", []string{"Schmidt"}},
		{"saved facture-marie-dupont.pdf", []string{"dupont"}},
		{"Contrato Lucía Fernández.docx", []string{"Lucía", "Fernández"}},
		{"Scan Thandiwe Mokoena Employment Contract.pdf", []string{"Thandiwe", "Mokoena"}},
		{"Bisi Adebayo Payment Slip March.pdf", []string{"Bisi", "Adebayo"}},
		{"Meera Iyer Medical Report.pdf", []string{"Meera", "Iyer"}},
		{"kofi_mensah_receipt.jpg", []string{"kofi", "mensah"}},
	} {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		mustNotContain(t, c.in+"/twice", scrubTextTwice(t, c.in), c.secrets...)
	}
}

// A bill's, a licence's or a contract's name that is a business's, a
// product's or a topic's stays: no capitalised pair beside the paper's
// word is taken for a person.
func TestFiles38DealPaperKeeps(t *testing.T) {
	for _, keep := range []string{
		"Release Notes.pdf", "User Guide.pdf", "Project Plan.docx", "Sample Pack Invoice.pdf",
		"Adobe Stock Invoice.pdf", "Amazon Web Services Invoice.pdf", "Google Cloud Invoice.pdf",
		"Uber Eats Receipt.pdf", "Whole Foods Receipt.jpg", "Home Depot Receipt.pdf", "Purchase Order Invoice.pdf",
		"Office Lease Agreement.pdf", "Visa Application Form.pdf", "Contract Law Notes.pdf", "Smart Contract Audit.pdf",
		"Invoice Template Word.docx", "Rental Agreement Template.pdf", "Rechnung Telekom Mobilfunk.pdf",
		"Pixel Art License.pdf", "Creative Commons License.pdf", "Blue Cross Medical Report.pdf",
		"google_cloud_invoice.pdf", "invoice_template_free.docx",
		"rental_contract_template.docx", "contract-law-notes.pdf",
	} {
		keepOnePass(t, keep)
	}
}

// A name outside ASCII in a paper's URL is percent-encoded
// ("Nguy%E1%BB%85n%20V%C4%83n%20An%20CV.pdf"): its letters are a name's
// too, and it is learned decoded. A Vietnamese name's given name may be
// a short common word ("An"), after a middle name and a surname.
func TestFiles38PercentEncodedPaperNames(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"GET /files/Nguy%E1%BB%85n%20V%C4%83n%20An%20CV.pdf HTTP/1.1", []string{"Nguy%E1%BB%85n", "V%C4%83n", "%20An%20"}},
		{"GET /files/Lebenslauf%20J%C3%BCrgen%20M%C3%BCller.pdf", []string{"J%C3%BCrgen", "M%C3%BCller"}},
		{"GET /files/%C3%89milie%20Dubois%20Resume.pdf", []string{"%C3%89milie", "Dubois"}},
		{"recent: Nguyễn Văn An CV.pdf", []string{"Nguyễn", "Văn", " An "}},
		{"opened Trần Thị Mai Resume.docx", []string{"Trần", "Thị", "Mai"}},
	} {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		mustNotContain(t, c.in+"/twice", scrubTextTwice(t, c.in), c.secrets...)
	}
	// (learned decoded: the name's later line in plain text)
	s := newSession(t, Config{})
	s.ScrubString("GET /files/Lebenslauf%20J%C3%BCrgen%20M%C3%BCller.pdf")
	mustNotContain(t, "later", s.ScrubString("Jürgen Müller signed in"), "Jürgen", "Müller")
	for _, keep := range []string{"Data Set An CV.pdf", "How To An CV.pdf", "GET /docs/Caf%C3%A9%20Menu%20Template.pdf"} {
		keepOnePass(t, keep)
	}
}

// A phone's or a camera's name for a photo ("IMG_2041", "DSC_0042",
// "PXL_20240312_101500") opens what its owner added to it: the given name
// before a birthday or a graduation there is the person's, as after a
// path's separator ("Photos/Kofi Birthday.heic"). A theme's word stays.
func TestFiles38CameraShotOccasion(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"IMG_2041 Kofi Birthday.heic", "Kofi"},
		{"uploaded DSC_0042 Ama Graduation.jpg", "Ama G"},
		{"IMG-20240312-WA0001 Kemi Birthday.jpg", "Kemi"},
		{"/sdcard/DCIM/PXL_20240312_101500 Thabo Birthday.jpg", "Thabo"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		mustNotContain(t, c.in+"/twice", scrubTextTwice(t, c.in), c.secret)
	}
	for _, keep := range []string{"IMG_2041 Happy Birthday.heic", "IMG_2041 Unicorn Birthday.heic",
		"build 20240312 Release Birthday.txt", "IMG_2041 Surprise Birthday.jpg"} {
		keepOnePass(t, keep)
	}
}

// A paper of two words whose first is a paper's word alone ("Lease
// Agreement", "Employment Contract") is read whole: its second word is no
// name's word.
func TestFiles38PaperPairFirst(t *testing.T) {
	for _, in := range []string{"Lease Agreement - Zara Siddiqui.pdf", "Lease Agreement Zara Siddiqui.docx"} {
		out := scrubTextTwice(t, in)
		if !strings.Contains(out, "Lease Agreement") {
			t.Errorf("%q: the paper's words went: %q", in, out)
		}
		checkEncodingsOnePass(t, in, "Zara", "Siddiqui")
	}
}
