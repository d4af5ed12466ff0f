package redact

import (
	"strings"
	"testing"
)

// A profile folder named with a blank goes whole where a sentence goes on
// after it with a verb or a conjunction ("… is the folder"), and where
// its words are two blanks apart; in every form a path is written.
func TestPaths40ProfileBlanks(t *testing.T) {
	for _, in := range []string{
		`C:\Users\Ngozi Adeyemi is the folder`,
		`C:/Users/Ngozi Adeyemi is the folder`,
		`C:\Users\Ngozi  Adeyemi\Music`,
		`C:/Users/Ngozi  Adeyemi/Music`,
		`C:\Users\Ngozi  Adeyemi is the folder`,
	} {
		checkEncodingsOnePass(t, in, "Ngozi", "Adeyemi")
		mustNotContain(t, in+"/learned", scrubTextTwice(t, in+"\nlater Adeyemi again"), "Adeyemi")
	}
	for _, in := range []string{
		`{"p":"C:\\Users\\Ngozi  Adeyemi\\Music"}`,
		`{"p":"C:\\Users\\Ngozi Adeyemi is the folder"}`,
		`file:///C:/Users/Ngozi%20%20Adeyemi/Music`,
		`file:///C:/Users/Ngozi%20Adeyemi%20is%20the%20folder`,
	} {
		mustNotContain(t, in, scrubTextTwice(t, in), "Ngozi", "Adeyemi")
	}
	for _, keep := range []string{
		`C:\Users\Public is the folder`,
		`C:\Users\Default User is the folder`,
		`C:\Users\Default User\NTUSER.DAT`,
		`C:\Program Files\Common Files is the folder`,
		`C:\Program Files\Common Files\x.dll`,
		`C:\Users\Public\Documents is the folder`,
	} {
		keepOnePass(t, keep)
	}
	// the words after a one-word profile that read as prose stay
	out := scrubTextTwice(t, "C:\\Users\\kofi Then it crashed and C:\\Users\\kofi Audio Engine is on\nC:\\Users\\Kofi Zoom is open\nZoom")
	for _, w := range []string{"Then it crashed", "Audio Engine is on", "Zoom is open\nZoom"} {
		if !strings.Contains(out, w) {
			t.Errorf("%q lost from %q", w, out)
		}
	}
}
