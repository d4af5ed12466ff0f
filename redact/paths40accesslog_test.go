package redact

import (
	"strings"
	"testing"
)

// An IIS row without its "#Fields:" header names the account between the
// server's port and the client's address; Apache's authuser may be
// quoted, with a blank.
func TestPaths40AccessLogUsers(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"2026-12-07 10:00:01 10.0.0.5 GET /index.html - 443 kofi 10.0.0.9 Mozilla/5.0 - 200 0 0 15", []string{"kofi"}},
		{"x\n2026-12-07 10:00:01 W3SVC1 WEB01 10.0.0.5 POST /owa/auth.owa - 443 ama.owusu 10.0.0.9 Mozilla/5.0 - 200 0 0 15",
			[]string{"ama.owusu"}},
		{"2026-12-07 10:00:01 10.0.0.5 GET / - 443 kofi fe80::1 curl/8.0 - 401 2 5 3", []string{"kofi"}},
		{`10.0.0.1 - "Kofi Mensah" [07/Dec/2026:10:00:01 +0000] "GET / HTTP/1.1" 200 512`, []string{"Kofi", "Mensah"}},
	} {
		out := scrubTextTwice(t, c.in+"\nlater "+strings.Join(c.secrets, " "))
		mustNotContain(t, c.in, out, c.secrets...)
	}
	for _, c := range []struct{ in, keep string }{
		{"2026-12-07 10:00:01 10.0.0.5 GET /index.html - 443 - 10.0.0.9 Mozilla/5.0 - 200 0 0 15", " 443 - "},
		{`10.0.0.1 - - [07/Dec/2026:10:00:01 +0000] "GET / HTTP/1.1" 200 512`, ` - - [07/Dec/2026`},
		{"2026-12-07 10:00:01 started GET handler on port 443 listening 10.0.0.9", "port 443 listening"},
	} {
		if out := scrubTextTwice(t, c.in); !strings.Contains(out, c.keep) {
			t.Errorf("%q lost from %q", c.keep, out)
		}
	}
}
