package redact

import "testing"

// A photo's or a clip's file name with a person's occasion names the
// person at the text's start too, and in a URL's query; "CV" before a
// topic of computer vision's names no one.
func TestPaths40OccasionFiles(t *testing.T) {
	checkEncodingsOnePass(t, "Kofi Birthday.heic", "Kofi")
	checkEncodingsOnePass(t, "Kofi Birthday.heic was shared", "Kofi")
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"Kofi Birthday.heic", []string{"Kofi"}},
		{"x\nKofi Birthday.jpg\n", []string{"Kofi"}},
		{"x=Kofi%20Birthday.mov", []string{"Kofi"}},
		{"GET /share?photo=Ama%20Owusu%20Wedding.jpg HTTP/1.1", []string{"Ama", "Owusu"}},
		{"photo=Ama%20Owusu%20Wedding.jpg", []string{"Ama", "Owusu"}},
	} {
		mustNotContain(t, c.in, scrubTextTwice(t, c.in), c.secrets...)
	}
	for _, keep := range []string{
		"CV Machine Learning.pdf",
		"CV_Machine_Learning.pdf",
		"CV Template.docx",
		"Resume Final.pdf",
		"Machine Learning.pdf",
		"CV Image Processing.pdf",
		"Happy Birthday.mp4",
		"Pirate Birthday.jpg",
		"photo=Beach%20Wedding.jpg",
		"x=Summer%20Garden%20Wedding.jpg",
		"x=Pirate%20Birthday.mov",
		"Kofi Birthday.",
	} {
		keepOnePass(t, keep)
	}
}
