package redact

import (
	"strings"
	"testing"
)

// A key read inside a finding the line's decoded reading made
// (escapedLine reads "DB\xe1ID:0:UUID:" as "DBáID" and its id) is no
// key: its keep span hid the token after it until a second pass, which
// reads a pseudonym there.
func TestFuzz31KeyInsideDecodedFinding(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"DB\xe1ID:0:UUID: sID:00A", "DB\xe1ID:<uid-1> sID:<token-1>"},
	} {
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	for _, keep := range []string{
		"Kernel UUID: 6C5A3B2E-1F4D-3E5A-9B8C-7D6E5F4A3B2C\n",
		"Probl\xe8me: UUID: 6C5A3B2E-1F4D-3E5A-9B8C-7D6E5F4A3B2C\n",
	} {
		if out := scrubTextTwice(t, keep); out != keep {
			t.Errorf("changed:\n in  %q\n out %q", keep, out)
		}
	}
}

// A domain that starts right after a pseudonym ("<host-1>S0\0A") is the
// rest of one a first pass read whole ("SA\xffS0\0A": no machine's name,
// no account), whose learned start it replaced: no DOMAIN\account.
func TestFuzz31DomainGluedToPseudonym(t *testing.T) {
	in := "\\\\SA\xff SA\xffS0\\0A"
	if out, want := scrubTextTwice(t, in), "\\\\<host-1> <host-1>S0\\0A"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	// a machine's own account stays found, before a pseudonym or not
	out := scrubTextTwice(t, "whoami\nSTUDIO-PC\\thandeka\nuser STUDIO-PC\\thandeka signed in <user-1>\n")
	mustNotContain(t, "out", out, "thandeka", "STUDIO-PC")
}

// A control byte inside a finding made before (a password's "\a" or
// "\b") does not make the line binary for its cp1252 reading: a second
// pass reads the pseudonym there, and the line decoded.
func TestFuzz31ControlByteInFinding(t *testing.T) {
	in := "[\"pAss\",\"\a\"\xc0A@\xc4.AA"
	if out, want := scrubTextTwice(t, in), "[\"pAss\",\"<password-1>\"<email-1>"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	// a password typed with a backspace, the account's name in cp1252
	out := scrubTextTwice(t, "argv: [\"--password\",\"hunter\b2\"] user: J\xf6rg M\xfcller\n")
	mustNotContain(t, "out", out, "hunter", "M\xfcller", "J\xf6rg")
	// (and in the daemon's one pass; cp1252 is read in text only, so the
	// other encodings do not apply)
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader("argv: [\"--password\",\"hunter\b2\"] user: J\xf6rg M\xfcller\n")); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "one pass", string(m.b), "hunter", "M\xfcller", "J\xf6rg")
	out = scrubTextTwice(t, "[\"password\",\"s3cr3t\a\"] owner: Fran\xe7ois Lef\xe8vre\n")
	mustNotContain(t, "out", out, "s3cr3t", "Lef\xe8vre")
	// binary data stays binary: a control byte no finding holds
	bin := "\x01\x02\x03Caf\xe9\x04\x05"
	if out := scrubTextTwice(t, bin); !strings.Contains(out, "Caf\xe9") {
		t.Errorf("changed: %q", out)
	}
}
