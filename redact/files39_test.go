package redact

import "testing"

// A paper's name says when it is from or which it is between the paper's
// word and its person's name: a month, a date, a reference number
// ("Payslip_March_Wanjiru_Kamau.pdf", "Invoice #1234 Kofi Mensah.pdf").
// The name still goes; a number or a month alone names no one.
func TestFiles39PaperDateBeforeName(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"Payslip_March_Wanjiru_Kamau.pdf", []string{"Wanjiru", "Kamau"}},
		{"opened C:\\Users\\x\\Documents\\Payslip_2024-03_Wanjiru Kamau.pdf", []string{"Wanjiru", "Kamau"}},
		{"recent: Invoice #1234 Kofi Mensah.pdf", []string{"Kofi", "Mensah"}},
		{"Wanjiru_Kamau_2024_CV.pdf", []string{"Wanjiru", "Kamau"}},
		{"GET /files/Payslip%20Sep%202024%20Wanjiru%20Kamau.pdf 200", []string{"Wanjiru", "Kamau"}},
	} {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		mustNotContain(t, c.in+"/twice", scrubTextTwice(t, c.in), c.secrets...)
	}
	for _, keep := range []string{"Invoice #1234.pdf\n", "Payslip_template.pdf\n", "Payslip_March_2024.pdf\n",
		"CV_2024_Image_Processing.pdf\n", "Invoice 2024 Adobe Creative Cloud.pdf\n"} {
		keepOnePass(t, keep)
	}
}

// The words that run into "Bank Statement" are the bank's name ("Wells
// Fargo Bank Statement.pdf"), which was learned as a person's and went
// from the whole report; a person's stands apart from the paper, after it
// or before a dash.
func TestFiles39BankStatementBank(t *testing.T) {
	for _, keep := range []string{"Wells Fargo Bank Statement.pdf\nWells Fargo online banking\n",
		"saved C:\\Users\\x\\Downloads\\Capital_One_Bank_Statement_2024.pdf\n"} {
		keepOnePass(t, keep)
	}
	for _, in := range []string{"Wanjiru Kamau - Bank Statement.pdf", "Bank Statement - Wanjiru Kamau.pdf",
		"Bank_Statement_Wanjiru_Kamau.pdf"} {
		checkEncodingsOnePass(t, in, "Wanjiru", "Kamau")
		mustNotContain(t, in+"/twice", scrubTextTwice(t, in), "Wanjiru", "Kamau")
	}
}

// A phone's photo named after its person and the occasion, '_' or '-'
// between ("Kofi_Birthday.heic", "Kofi-Birthday-2024.jpg"), names them as
// a DJ's crate does; an app's picture or a theme's ("icon_birthday.png",
// "Pirate_Birthday.jpg") names no one.
func TestFiles39PhotoGluedOccasion(t *testing.T) {
	for _, in := range []string{"Kofi_Birthday.heic", "uploaded /sdcard/DCIM/Kofi-Birthday-2024.heic",
		"C:\\Users\\x\\Pictures\\Kofi_Graduation.JPG"} {
		checkEncodingsOnePass(t, in, "Kofi")
		mustNotContain(t, in+"/twice", scrubTextTwice(t, in), "Kofi")
	}
	for _, keep := range []string{"happy_birthday.png\n", "icon_birthday.png\n", "Pirate_Birthday.jpg\n",
		"Birthday_Party_Pack.zip\n", "IMG_2041.heic\n"} {
		keepOnePass(t, keep)
	}
}

// A photo's name in a URL or a share, "%20" between its words, names its
// person before the occasion as the plain name does
// ("IMG_2041%20Kofi%20Birthday.heic"); a song's or a theme's does not.
func TestFiles39PctPhotoOccasion(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"IMG_2041%20Kofi%20Birthday.heic", []string{"Kofi"}},
		{"GET /photos/Kofi%20Mensah%20Birthday.jpg 200", []string{"Kofi", "Mensah"}},
		{"https://share.example/s/IMG_0042%20Wanjiru%20Graduation.mov", []string{"Wanjiru"}},
	} {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		mustNotContain(t, c.in+"/twice", scrubTextTwice(t, c.in), c.secrets...)
	}
	for _, keep := range []string{"GET /m/Happy%20Birthday.mp3 200\n", "GET /p/Pirate%20Birthday.jpg 200\n",
		"GET /p/Birthday%20Party.jpg 200\n"} {
		keepOnePass(t, keep)
	}
}
