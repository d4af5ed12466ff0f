package redact

import (
	"strings"
	"testing"
)

// TestHomeHostOnePseudonym: a machine written with and without its home
// network's zone (Bonjour's ".local", a router's ".fritz.box") is one
// machine: support must not read two hosts where there was one.
func TestHomeHostOnePseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"kofi@kofis-mbp:~$ ls\nhost kofis-mbp.local\n", "<user-1>@<host-1>:~$ ls\nhost <host-1>\n"},
		{"host kofis-mbp.local and kofis-mbp\n", "host <host-1> and <host-1>\n"},
		{"Kofis-MacBook-Pro.local then Kofis-MacBook-Pro\n", "<host-1> then <host-1>\n"},
		{"PING ama-nas.fritz.box (192.168.178.20)\nama-nas: disk full\n", "PING <host-1> (<ip-1>)\n<host-1>: disk full\n"},
	} {
		out := scrubTextTwice(t, c.in)
		if out != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.in, out, c.want)
		}
	}
	// two machines stay two
	out := scrubTextTwice(t, "kofis-mbp.local and amas-imac.local, kofis-mbp\n")
	if !strings.Contains(out, "<host-1> and <host-2>, <host-1>") {
		t.Errorf("two machines: %q", out)
	}
}

// TestAppleDefaultHostKept: a Mac nobody named is called after its model
// ("MacBook-Pro", "Mac-mini-2.local"): that names no one, and learned it
// hid the model elsewhere in the report. A name with an owner's part
// still goes.
func TestAppleDefaultHostKept(t *testing.T) {
	keepOnePass(t, "hostname: MacBook-Air\nModel: MacBook-Pro (MacBookPro18,1), host MacBook-Pro.local\nMac-mini-2.local\n")
	out := scrubTextTwice(t, "kofi@MacBook-Pro:~$ ls\nModel: MacBook-Pro (MacBookPro18,1)\n")
	if out != "<user-1>@MacBook-Pro:~$ ls\nModel: MacBook-Pro (MacBookPro18,1)\n" {
		t.Errorf("default host: %q", out)
	}
	out = scrubTextTwice(t, "ngozi@Ngozis-MacBook-Pro ~ % ls\nhostname: Ngozis-MacBook-Pro-2.local\n")
	mustNotContain(t, "owned host", out, "Ngozis", "ngozi")
}
