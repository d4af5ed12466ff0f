package redact

import (
	"strings"
	"testing"
)

// Internationalised addresses (RFC 6531 local parts, IDN domains in
// Unicode) are addresses like any other.
func TestIDNEmails(t *testing.T) {
	cases := []struct{ in, secret string }{
		{"contact: josé.garcía@correo.es\n", "garcía"},
		{"mail from 田中@例え.jp failed\n", "田中@例え"},
		{"mail from андрей@почта.рф failed\n", "андрей"},
		{"owner=åse.kjærstad@example.no\n", "kjærstad"},
		{"sent to zoe@bücher.de\n", "bücher"},
		{"to thandiwe@mokoena.co.za\n", "mokoena"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.secret, c.in, []string{c.secret}, "")
		out := scrubTwice(t, c.in)
		if !strings.Contains(out, "<email-") {
			t.Errorf("%q: no email pseudonym in %q", c.in, out)
		}
	}
	// not addresses: a file name with a scale suffix, a non-letter after '@'
	for _, in := range []string{"icon@2x.png loaded\n", "Größe @ 48 kHz: 12 ms\n", "übung@änderung\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}

// "Last, First <address>" as directories, git and mail headers write it:
// both names go, and are learned.
func TestDisplayNameLastFirst(t *testing.T) {
	checkAllEncodings(t, "last-first", "From: Kjærstad, Åse <ak@example.no>\n", []string{"Kjærstad", "Åse"}, "")
	// parts of 4 letters and more are learned alone (shorter ones would
	// hit words)
	checkAllEncodings(t, "learned", "From: Kjærstad, Ingrid <ik@example.no>\n", []string{"Kjærstad", "Ingrid"}, "signed in as Ingrid")
	checkAllEncodings(t, "author", "Author: Whitfield, Lucia <lucia.w@studio.example>\n", []string{"Whitfield", "Lucia"}, "hi Lucia Whitfield")
	checkAllEncodings(t, "recipients", "To: Mokoena, Thandiwe <tm@example.com>, Kjærstad, Åse <ak@example.no>\n",
		[]string{"Mokoena", "Thandiwe", "Kjærstad", "Åse"}, "")
	// in prose the word before a comma is no part of the name
	out := scrubTwice(t, "Thanks, Kai Okonkwo <ko@example.com>\n")
	mustKeep(t, "prose", out, "Thanks, ")
}

// A name learned in capitals (a Windows profile folder) is found in
// title case too, beyond the ASCII letters case folding reaches.
func TestLearnedNameTitleCase(t *testing.T) {
	checkAllEncodings(t, "cyrillic", "C:\\Users\\АНДРЕЙ\\x.ini\n", []string{"АНДРЕЙ"}, "signed in as Андрей")
	checkAllEncodings(t, "greek", "/home/ΓΙΏΡΓΟΣ/x\n", []string{"ΓΙΏΡΓΟΣ"}, "hi Γιώργος")
	checkAllEncodings(t, "lower", "C:\\Users\\андрей\\x.ini\n", []string{"андрей"}, "Андрей and АНДРЕЙ")
}

// A JSON-escaped profile path whose folder name holds a blank and ends in
// a letter outside ASCII: what follows is the rest of the path, no UNC
// host ("\\AppData" was learned as one and replaced in every path).
func TestEscapedPathNonASCIIBlankName(t *testing.T) {
	in := `{"a":"C:\\Users\\Андрей Петров\\AppData\\x.dll","b":"C:\\Users\\bob\\AppData\\Local\\y.dll"}`
	out := scrubTwice(t, in)
	mustKeep(t, "appdata", out, `\\AppData\\x.dll`, `\\AppData\\Local\\y.dll`)
	mustNotContain(t, "name", out, "Андрей", "Петров")
	// a UNC host after a word in another script is still one
	out = scrubTwice(t, `путь \\FILESRV7\share`)
	mustNotContain(t, "unc", out, "FILESRV7")
}

// Quotes, guillemets, arrows and blanks outside ASCII separate words as
// their ASCII kin do: GLib writes “/home/zoe/x”, French text «/home/zoe».
func TestUnicodePunctuationSeparates(t *testing.T) {
	for _, in := range []string{
		"Error opening file “/home/zoe.k/.config/x.conf”: No such file or directory\n",
		"fichier «\u00a0/home/zoe.k/x\u00a0» absent\n",
		"Datei „/home/zoe.k/x“ fehlt\n",
		"copy →/home/zoe.k/x\n",
		"‹/home/zoe.k/x›\n",
	} {
		checkAllEncodings(t, in, in, []string{"zoe.k"}, "signed in as zoe.k")
		out := scrubTwice(t, in)
		mustKeep(t, in, out, "/home/<user-")
	}
	checkAllEncodings(t, "unc", "share “\\\\FILESRV7\\music\\x” gone\n", []string{"FILESRV7"}, "")
	// a name's own apostrophe and an owner's ’s stay inside the word
	out := scrubTwice(t, "“Amélie’s MacBook Pro” connected; O’Connor’s\n")
	mustNotContain(t, "possessive", out, "Amélie")
}
