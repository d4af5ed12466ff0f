package redact

import (
	"strings"
	"testing"
)

// A control byte that keeps a cp1252 line from being read decoded (a
// backspace typed into a password on a Windows console) is covered only
// once the password after the first escape is found: the line's end reads
// the line again, as a second pass reads it (the pseudonym in its place),
// so the names later on that line are found in one pass too.
func TestFuzz32ControlByteCoveredLater(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"[\"p\xc9Ass\",\"\a\"0@\xc4.AA", "[\"p\xc9Ass\",\"<password-1>\"<email-1>"},
		{"[\"p\xcfAss\",\"\a\"0@\xc4.AA\nnext", "[\"p\xcfAss\",\"<password-1>\"<email-1>\nnext"},
	} {
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"Gr\xfc\xdfe [\"password\",\"s3cr3t\b\"] owner: Fran\xe7ois Lef\xe8vre\n", []string{"s3cr3t", "Lef\xe8vre", "Fran\xe7ois"}},
		{"Caf\xe9Studio: argv: [\"--password\",\"hunter\b2\"] user: J\xf6rg M\xfcller\n", []string{"hunter", "M\xfcller", "J\xf6rg"}},
		{"[Gr\xfc\xdfe] cmd=[\"--password\",\"z\xf3\xb3w\b9\"] owner Bo\xbfena W\xf3jcik <bozena.w\xf3jcik@wp.pl>\n", []string{"W\xf3jcik", "bozena"}},
		{"Ses\xe3o 2 argv=[\"--passwd\",\"t\xe4nzer\b\"] dono: Jo\xe3o Gon\xe7alves <jo\xe3o.gon\xe7alves@uol.com.br>\nnext line\n", []string{"t\xe4nzer", "Gon\xe7alves", "Jo\xe3o"}},
	} {
		mustNotContain(t, "two", scrubTextTwice(t, c.in), c.secrets...)
		// (and in the daemon's one pass; cp1252 is read in text only, so
		// the other encodings do not apply)
		var m memFile
		if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(c.in)); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, "one pass", string(m.b), c.secrets...)
	}
	for _, keep := range []string{
		"Men\xfc \xd6ffnen [\"--verbose\",\"-j\b4\"] Caf\xe9 Bar Edition\n",
		"\x1b[1mGr\xf6\xdfe\x1b[0m: 42 KB, Typ: Datei \xc4nderung\n",
		"\x01\x02\x03Caf\xe9\x04\x05 runtime.gopark(0x0)\n",
		"Ordner \"Ger\xe4te\" [\"--debug\",\"\a\"] at main.go:12\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// DOMAIN\account whose account holds a JSON escape (tools that escape what
// is outside ASCII write "STUDIO-PC\Ren\u00e9e"): the key reader reads the
// pair as it reads the second pass's "STUDIO-PC\<user-1>", the machine's
// name found too.
func TestFuzz32DomainAccountEscaped(t *testing.T) {
	in := "usr:\"A0\\0 \\u0080\""
	if out, want := scrubTextTwice(t, in), "usr:\"<host-1>\\<user-1>\""; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"owner: \"STUDIO-PC\\Ren\\u00e9e\"\n", []string{"STUDIO-PC", "Ren"}},
		{"[2024-05-01 10:02:11] session opened usr:\"AMA-STUDIO\\Ng\\u1ecdzi\" pid=4411\n", []string{"AMA-STUDIO", "Ng"}},
		{"LastLoggedOnUser = \"NORDLYS\\Bj\\u00f8rn\"\n", []string{"NORDLYS", "Bj"}},
	} {
		checkBothPaths(t, c.in, c.secrets[0])
		mustNotContain(t, "two", scrubTextTwice(t, c.in), c.secrets...)
	}
	for _, keep := range []string{
		"user: C:\\Users\\Public\\Documents\n",
		"path: \"src\\u002fmain.go\"\n",
		"owner: \"SYSTEM\"\n",
	} {
		mustKeepTwice(t, keep)
	}
}
