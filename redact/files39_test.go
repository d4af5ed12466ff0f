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

