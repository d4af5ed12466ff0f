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
