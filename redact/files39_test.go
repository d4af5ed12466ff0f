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
