package redact

import "testing"

// TestIdemFoldedNameInWord: a name folded to a learned account at the
// start of a longer word ("Jürgen@buildbox") leaves the rest of the word
// to the other detectors, as a second pass sees it after the pseudonym:
// the host of the ssh target, the SID after the name.
func TestIdemFoldedNameInWord(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ssh Jürgen@buildbox\n", "ssh <user-1>@<host-1>\n"},
		{"ssh ȓAAA@00A", "ssh <user-1>@<host-1>"},
		{"studio\\åsa Öberg!S-1-5-21-1-2-3-1001\nFull Name    Åsa Öberg\n", "studio\\<user-1>!<machine-id-1>-1001\nFull Name    <user-1>\n"},
		{" öBerg!S-1-5-21-0-0-0\nFull NAme  ÖBerg", " <user-1>!<machine-id-1>\nFull NAme  <user-1>"},
	} {
		out := scrubTwice(t, c.in)
		if c.want != "" && out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
		mustNotContain(t, c.in, out, "buildbox", "S-1-5-21")
	}
}
