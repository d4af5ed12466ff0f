package redact

import "testing"

// A document named after an occasion and its part ("Birthday -
// Overview.html", "Birthday - Invitation.pdf") names no person: the word
// after the dash is a document's noun. A person's name there still goes,
// at a line's start and inside a path, in capitals too.
func TestOver33OccasionDashDocumentWord(t *testing.T) {
	for _, keep := range []string{
		"Birthday - Overview.html",
		"/home/x/docs/Birthday - Overview.html",
		"Opened C:\\Users\\Public\\Documents\\Birthday - Overview.docx",
		"Birthday - Invitation.pdf",
		"Birthday - Presentation.key",
		"Projects/Graduation - Summary.md",
		"Naming Ceremony - Overview.html",
		"Birthday - Template.psd",
		"Birthday - Guest List.xlsx",
		"Birthday - Extended Mix.mp3",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Birthday - Chidi.als", "Chidi"},
		{"Naming Ceremony - Chidi.als", "Chidi"},
		{"Loaded /Users/dj/Music/Projects/Birthday - Amaka.als\n", "Amaka"},
		{"Birthday - AMAKA.als", "AMAKA"},
		{"Birthday \u2013 Louise.als", "Louise"},
		{"Naming Ceremony - Trinity Osei.als", "Trinity"},
		{"/home/x/docs/Birthday - Thandiwe Nkosi.html", "Nkosi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}
