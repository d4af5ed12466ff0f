package redact

import (
	"bytes"
	"strings"
	"testing"
)

// An escaped path from the root ("\\Users\\kai" in JSON, a .reg file or a
// C string: \Users\kai) is no UNC path: "Users" is no host, and the name
// after it is the account. Learned as a host, "Users" was replaced in
// every path of the report and the account name stayed.
func TestEscapedRootPath(t *testing.T) {
	in := `"HOMEPATH"="\\Users\\thandeka" then C:\Users\bob\x, \Users\Public and \\MOKOENA-NAS\homes\kai` + "\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "escaped root", out, "thandeka", "bob", "MOKOENA", "kai")
	mustKeep(t, "escaped root", out, `"\\Users\\<user-`, `C:\Users\<user-`, `\Users\Public`)
	for _, enc := range []string{"text", "json"} {
		s := newSession(t, Config{})
		var got string
		if enc == "json" {
			var b bytes.Buffer
			if err := s.ScrubJSON(&b, strings.NewReader(`{"HOMEPATH":"\\Users\\thandeka","p":"C:\\Users\\Public\\Music"}`)); err != nil {
				t.Fatal(err)
			}
			got = b.String()
		} else {
			got = s.ScrubString(`set HOMEPATH=\\Users\\thandeka & dir C:\\Users\\Public`)
		}
		mustNotContain(t, enc, got, "thandeka", "<host-")
		mustKeep(t, enc, got, `Users\\Public`)
	}
}

// Other places a path names its user: an automounted home on a file
// server, a mailbox, a crontab. Homebrew's own account on Linux
// (/home/linuxbrew/.linuxbrew, the same on every machine) names nobody.
func TestMorePathUsers(t *testing.T) {
	for _, in := range []string{"/net/nas/home/thandeka/x", "/var/mail/thandeka", "/var/spool/mail/thandeka", "/var/spool/cron/crontabs/thandeka"} {
		checkAllEncodings(t, in, in, []string{"thandeka"}, "")
	}
	keep := "/home/linuxbrew/.linuxbrew/bin/ffmpeg and /var/spool/cron/crontabs\n"
	mustKeep(t, "linuxbrew", scrubTwice(t, keep), keep)
}
