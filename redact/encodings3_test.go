package redact

import "testing"

// A JSON writer that escapes '/' and '\' as \u002F and \u005C writes a
// path no less: its user folder is found, and a name learned elsewhere
// is found after the escape.
func TestUnicodeEscapedSeparators(t *testing.T) {
	for _, in := range []string{
		`log {"path":"\u002FUsers\u002Fthandeka\u002FMusic"} end`,
		`log {"path":"C:\u005CUsers\u005Cthandeka\u005CMusic"} end`,
		`log {"path":"\u002fhome\u002fthandeka\u002f.config"} end`,
	} {
		checkAllEncodings(t, in, in, []string{"thandeka"}, "")
		mustKeep(t, in, scrubTwice(t, in), `"} end`)
	}
	out := scrubTwice(t, "home /home/thandeka/x\nseen {\"p\":\"\\u002Fvar\\u002Fthandeka\\u002Fx\"}\n")
	mustNotContain(t, "learned", out, "thandeka")
}
