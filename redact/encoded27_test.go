package redact

import (
	"strings"
	"testing"
)

// Leak: a URL's "?name=" of two or three capitalised words is a person's
// ("?name=Efua%20Boateng"), but one with a letter outside ASCII,
// percent-encoded as UTF-8, was read as no name: "Jos%C3%A9%20Garc%C3%ADa",
// "%C5%81ukasz%20Wi%C5%9Bniewski" stayed. Such letters count as letters
// now (pctLetter), capital first letters too.
func TestEncodedQueryNameOutsideASCII(t *testing.T) {
	in := "2026-12-01 10:11:12 GET https://api.example.com/v1/profile?name=Jos%C3%A9%20Garc%C3%ADa&country=ES 200\n" +
		"GET /invite?name=%C5%81ukasz%20Wi%C5%9Bniewski\n" +
		"POST /pay?qty=1&name=Zo%C3%AB+Kowalska 302\n" +
		"GET /card?name=%D0%94%D0%BC%D0%B8%D1%82%D1%80%D0%B8%D0%B9%20%D0%98%D0%B2%D0%B0%D0%BD%D0%BE%D0%B2\n"
	checkAllEncodings(t, "queryname", in, []string{"Jos%C3%A9", "Garc%C3%ADa", "%C5%81ukasz", "Wi%C5%9Bniewski", "Kowalska",
		"%D0%94%D0%BC"}, "later José García and Łukasz Wiśniewski and Дмитрий Иванов")
	checkBothPaths(t, in, "Garc%C3%ADa")
	keep := "GET /api/playlist?name=Caf%C3%A9%20Mix&id=3\nGET /x?name=M%C3%BCnchen\nGET /y?name=%C3%9Cbersicht%20Playlist\n" +
		"GET /z?name=Na%C3%AFve%20Set%20Vol%202\nGET /q?name=%C3%97%20Close\n"
	mustKeepTwice(t, keep)
}

// Leak: a legacy Windows app writes its log in the ANSI code page
// (cp1252): "François Müller" is "Fran\xe7ois M\xfcller", no UTF-8, and a
// name's letters ended at those bytes: "owner: Fran\xe7ois M\xfcller" kept
// "M\xfcller", "Welcome back, Ren\xe9e Dupr\xe9!" all of it. A text line
// whose bytes outside ASCII start no UTF-8 character is read decoded
// (uescape.go), and what that finds goes in the bytes as written.
func TestANSILineNames(t *testing.T) {
	in := "2026-12-01 10:02:11 [Auth] owner: Fran\xe7ois M\xfcller\n" +
		"2026-12-01 10:02:12 [UI] Welcome back, Ren\xe9e Dupr\xe9!\n" +
		"2026-12-01 10:02:13 [Auth] Signed in as \x8aimon Dvo\xf8\xe1k\n" +
		"2026-12-01 10:02:14 [Lib] open C:\\Users\\\xc5sa Lindstr\xf6m\\Music\\set.mp3\n"
	secrets := []string{"Fran\xe7ois", "M\xfcller", "Ren\xe9e", "Dupr\xe9", "\x8aimon", "Dvo\xf8\xe1k", "\xc5sa", "Lindstr\xf6m"}
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	out := s.ScrubString(in)
	mustNotContain(t, "ansi", out, secrets...)
	mustNotContain(t, "ansi/later", s.ScrubString("later François Müller and Dupr\xe9 and Lindström\n"), "François", "Müller", "Dupr\xe9", "Lindström")
	if again := s.ScrubString(out); again != out {
		t.Errorf("not idempotent:\n once  %q\n twice %q", out, again)
	}
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "ansi/one pass", string(m.b), secrets...)
	// ANSI text that names no one, and binary data
	for _, k := range []string{
		"2026-12-01 10:02:15 [DB] Gr\xf6\xdfe der Bibliothek: 12 MB, Ung\xfcltige Eintr\xe4ge: 0\n",
		"2026-12-01 10:02:16 [UI] caf\xe9 mode on, preset \xc9t\xe9 loaded\n",
		"\x00\x01Ab\xe9\xc0zz\x00\x00Kofi\xe9\x00",
	} {
		mustKeepTwice(t, k)
	}
}
