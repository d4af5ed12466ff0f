package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Over-scrubs found by scrubbing a Debian machine's own logs and tool
// output (dpkg.log, apt's history.log, getent passwd, go env): words that
// no detector should take for a host, a token or an e-mail address. Each
// case also names what must still go.
func TestSystemOutputKept(t *testing.T) {
	for _, tc := range []struct {
		in   string
		keep []string
		gone []string
	}{{
		// dpkg.log: the action after the timestamp is no syslog host
		// (a tag's colon is followed by a blank; "libc6:amd64" is a
		// package), so "install" and "status" are not learned and stay
		// in apt's history too.
		in: "2025-06-24 14:36:25 upgrade libsystemd0:amd64 252.36-1~deb12u1 252.38-1~deb12u1\n" +
			"2025-06-24 14:36:25 status installed libsystemd0:amd64 252.38-1~deb12u1\n" +
			"2025-06-24 14:36:52 install xauth:amd64 <none> 1:1.1.2-1\n" +
			"Commandline: apt-get -qqy install --no-install-recommends curl\n" +
			"Install: dbus-user-session:amd64 (1.14.10-1~deb12u1, automatic), libpam-session:i386 (2.2-1)\n" +
			"Nov 30 21:14:09 kai-studio kernel: usb 1-2: new high-speed USB device\n",
		keep: []string{"upgrade libsystemd0", "install xauth:amd64", "-qqy install --no-install-recommends",
			"Install: dbus-user-session:amd64", "libpam-session:i386", "status installed"},
		gone: []string{"kai-studio"},
	}, {
		// HTTP auth schemes and session states in lower case are no tokens
		in:   "auth:basic\nsession:active\nx-auth: negotiate\nsession: e3b0c44298fc1c149afbf4c8996fb924\n",
		keep: []string{"auth:basic", "session:active", "x-auth: negotiate"},
		gone: []string{"e3b0c44298fc1c149afbf4c8996fb924"},
	}, {
		// a system account's passwd row: "mail" is its name, no e-mail key
		in: "mail:x:8:8:mail:/var/mail:/usr/sbin/nologin\n" +
			"postgres:x:101:104:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash\n" +
			"nkechi:x:1000:1000:Nkechi Adeyemi,,,:/home/nkechi:/bin/bash\n",
		keep: []string{"mail:x:8:8:mail:/var/mail:/usr/sbin/nologin", "postgres:x:101:104:PostgreSQL administrator"},
		gone: []string{"nkechi", "Adeyemi"},
	}} {
		s := newSession(t, Config{})
		s.Learn([]byte(tc.in))
		var o bytes.Buffer
		if err := s.ScrubText(&o, strings.NewReader(tc.in)); err != nil {
			t.Fatal(err)
		}
		out := o.String()
		for _, k := range tc.keep {
			if !strings.Contains(out, k) {
				t.Errorf("lost %q:\n%s", k, out)
			}
		}
		for _, g := range tc.gone {
			if strings.Contains(strings.ToLower(out), strings.ToLower(g)) {
				t.Errorf("kept %q:\n%s", g, out)
			}
		}
	}
}
