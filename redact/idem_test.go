package redact

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

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

// TestIdemDeterminerWholeWord: the article before a possessive owner is a
// word of its own; the last letter of "Léa" or "AdéA" is none, so the
// owner is found in the first pass as in a second one, where a pseudonym
// has replaced the word before it.
func TestIdemDeterminerWholeWord(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Léa Martin's Summer Set.mp3\n", "<user-1>'s Summer Set.mp3\n"},
		{"HOME=/home/0A\"Users/AdéA Ề's A00000000000000000000000000000000", "HOME=/home/<user-1>\"Users/<user-2> <user-3>'s A00000000000000000000000000000000"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	// a real article still keeps the thing's owner a common word
	mustKeep(t, "article", scrubTwice(t, "plays a Kid's Song now\n"), "Kid's Song")
}

// TestIdemKextUUIDContext: a kernel panic's kext list keeps the image
// UUID before "]@0x<load address>"; before a word that only starts with
// '0' (here a license key the first pass replaces) it is an id like any
// other, in the first pass as in the second.
func TestIdemKextUUIDContext(t *testing.T) {
	kext := "com.apple.driver.X(6.1)[A1B2C3D4-E5F6-3A7B-8C9D-0E1F2A3B4C5D]@0xfffffe0007a8c000->0xfffffe0007a8ffff\n"
	if out := scrubTwice(t, kext); out != kext {
		t.Errorf("kext list changed:\n in  %q\n out %q", kext, out)
	}
	in := "x(1.0)[A1B2C3D4-E5F6-3A7B-8C9D-0E1F2A3B4C5D]@00000000-00A0-0A00\n"
	if out, want := scrubTwice(t, in), "x(1.0)[<uuid-1>]@<license-1>\n"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// scrubJSONTwice scrubs in as JSON with a session that learned it first,
// and checks a second scrub changes nothing.
func scrubJSONTwice(t *testing.T, in string) string {
	t.Helper()
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	if err := s.LearnJSON(strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	var once, twice bytes.Buffer
	if err := s.ScrubJSON(&once, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if err := s.ScrubJSON(&twice, bytes.NewReader(once.Bytes())); err != nil {
		t.Fatal(err)
	}
	if once.String() != twice.String() {
		t.Errorf("not idempotent:\n once  %q\n twice %q", once.String(), twice.String())
	}
	return once.String()
}

// TestIdemJSONInvalidByteValue: a value too short to be one stays so once
// ScrubJSON has written its invalid byte as \ufffd (the string changed
// for another value in it).
func TestIdemJSONInvalidByteValue(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"{\"log\":\"SSID: Okonkwo Family 5G\\nSSID: \xc3\"}", `{"log":"SSID: <network-1>\nSSID: \ufffd"}`},
		{"{\"log\":\"HOSTID=0050569a1b2c\\nHOSTID=\xc3\xc3\xc3\"}", `{"log":"HOSTID=<machine-id-1>\nHOSTID=\ufffd\ufffd\ufffd"}`},
		{"\"ConneCtionid:00A\nConneCtionid:\xc3", `"ConneCtionid:<network-1>\nConneCtionid:\ufffd`},
	} {
		if out := scrubJSONTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemFoldedNameAfterPseudonym: a name that folds to a learned
// account does not start right after a pseudonym: the first pass saw it
// glued to the name before it ("öBergÖBerg": the literal öberg, then
// the rest of the word).
func TestIdemFoldedNameAfterPseudonym(t *testing.T) {
	in := "öBergÖBerg\nFull Name  ÖBerg"
	if out, want := scrubTwice(t, in), "<user-1>ÖBerg\nFull Name  <user-1>"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// TestIdemAccountPhraseGluedName: the full name after "signed in as" or
// "licensed to" does not end glued to a pseudonym: "AéSø00000" was one
// word, no name, in the first pass.
func TestIdemAccountPhraseGluedName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"logged in As Sø 000 Signed in As A AéSø00000", "logged in As <user-1> 000 Signed in As A Aé<user-1>00000"},
		{"logged in As Sø 000 Licensed to Kai AéSø00000", "logged in As <user-1> 000 Licensed to Kai Aé<user-1>00000"},
		{"Signed in as Søren Ødegård (Pro)\n", "Signed in as <user-1> (Pro)\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemNameBeforePseudonym: a full name under a user key does not end
// before a pseudonym: the word the first pass replaced ("Lena" of
// "Lena:1000") was glued to more, which made the words before it no name.
func TestIdemNameBeforePseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/home/lena/x\nuser: J K Lena:1000\n", "/home/<user-1>/x\nuser: J K <user-1>:1000\n"},
		{"usr:A A A\x90\x90usr:A\x90\x90", "usr:A A <user-1>usr:<user-1>"},
		{"user: Kai Okonkwo kai@studio.example.com\n", "user: <user-1> <email-1>\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemMachineUUIDLine: the board's "UUID:" line reads as dwarfdump's
// only for a word in parentheses ("(arm64)"); a '(' glued to a later
// value that the first pass replaces made the board's UUID a build id
// until a second pass.
func TestIdemMachineUUIDLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"UUID: 4C4C4544-0042-3510-8052-B4C04F385132 serial=C02XK1ABJGH5(A)\n", "UUID: <machine-id-1> serial=<serial-1>)\n"},
		{"UUID:00000001 0UUID:0000000(", "UUID:<machine-id-1> 0UUID:<machine-id-2>"},
		{"UUID: 6A1F4C8E-3B2D-3C4E-9F8A-1B2C3D4E5F60 (arm64) /Applications/x\n", "UUID: 6A1F4C8E-3B2D-3C4E-9F8A-1B2C3D4E5F60 (arm64) /Applications/x\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemColonRunBeforePseudonym: a colon run that read on past a dot
// into a license key was no address in the first pass; a second pass,
// seeing the key's pseudonym after the dot, does not take what is left
// for one.
func TestIdemColonRunBeforePseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"route fe80::1:2.00000000-A000-000A\n", "route fe80::1:2.<license-1>\n"},
		{"0000 A::00:00.00000000-A000-000A", "0000 A::00:00.<license-1>"},
		{"via fe80::1:2. done\n", "via <ip-1>. done\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemPossessiveAfterPseudonym: no possessive owner starts right
// after a pseudonym: "Lenaø" was one word in the first pass, whose owner
// ("song'Lenaø") read as none.
func TestIdemPossessiveAfterPseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/home/lena/x\nsong'Lenaø’s Mix\n", "/home/<user-1>/x\nsong'<user-1>ø’s Mix\n"},
		{"\"Aaas iPhone'AAAø’s A00", "\"<user-1> iPhone'<user-1>ø’s A00"},
		{"Amélie’s MacBook Pro\n", "<user-1>’s MacBook Pro\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemAccountInParensPseudonym: the account in parentheses after a
// user key's value ends the value in the first pass, where it is
// replaced, and in the second, where its pseudonym stands; after a
// "user:password" value the rest before it is text to scan, as a
// second pass does after the user's pseudonym.
func TestIdemAccountInParensPseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"usr:usr:A00 (A0)", "usr:usr:<user-1> (<user-2>)"},
		{"usr:0A:usr:A00 (A0)", "usr:<user-1>:usr:<user-2> (<user-3>)"},
		{"user: kai:secret (kai.o)\n", "user: <user-1>:secret (<user-2>)\n"},
		{"user: login:kai (kai.o)\n", "user: login:<user-1> (<user-2>)\n"},
		{"User Name: Kai Okonkwo (kaiokonkwo)\n", "User Name: <user-1> (<user-1>)\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// Bytes that are no text before "'s" are no owner, raw (invalid UTF-8) or
// as the U+FFFD a JSON writer turns them into for the next pass.
func TestIdemPossessiveInvalidBytes(t *testing.T) {
	for _, in := range []string{"\xb8\xe2\x80's iPhone", "\ufffd\ufffd\ufffd's iPhone"} {
		if got := scrubTwice(t, in); got != in {
			t.Errorf("%q -> %q", in, got)
		}
	}
}

// who(1)'s terminal is one short word: a longer one ("pts/0000!<email-1>"
// of a first pass) starts no row in a second pass either.
func TestIdemWhoRowTerminal(t *testing.T) {
	in := "0000\nAA pts/0000!0@0.AA 00"
	once := newSession(t, Config{}).ScrubString(in)
	if twice := newSession(t, Config{}).ScrubString(once); twice != once {
		t.Errorf("once %q, twice %q", once, twice)
	}
}

// A passwd row has a password field ('x', '*', '!'): "a::1000:0:0" with
// none is an IPv6 address, which the learn pass must not read as a row.
func TestIdemPasswdRowNeedsPasswordField(t *testing.T) {
	in := "a::1000:0:0!00000 AAAAAAA:/0000000000000000"
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	once := s.ScrubString(in)
	if twice := s.ScrubString(once); twice != once {
		t.Errorf("once %q, twice %q", once, twice)
	}
	if out := scrubTwice(t, "kai:x:1001:1001:Kai Okonkwo,,,:/home/kai:/bin/bash\n"); !strings.Contains(out, "<user-1>:x:1001") || strings.Contains(out, "Okonkwo") {
		t.Errorf("passwd row: %q", out)
	}
}

// A quoted value after "user" with a ':' in it is a key and its value
// (or user:password), left to the key detectors in every pass.
func TestIdemQuotedAccountWithColon(t *testing.T) {
	in := `000 user "0A:00000 us.r:A00"`
	once := newSession(t, Config{}).ScrubString(in)
	if twice := newSession(t, Config{}).ScrubString(once); twice != once {
		t.Errorf("once %q, twice %q", once, twice)
	}
}

// TestIdemSerialColumnRowAcross: a row whose text runs on across the end
// of the serial column (into the next column's place) is no row of the
// table: cut there, the first pass replaced "Auth:Digest 0000000" and left
// "://0@", which a second pass read as a URL's credentials after the
// pseudonym.
func TestIdemSerialColumnRowAcross(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"IdentifyingNumber  0\nAuth:Digest 0000000://0@", "IdentifyingNumber  0\nAuth:Digest <token-1>"},
		{"Model                SerialNumber     Size\r\r\nSamsung SSD 980 PRO  S5GXNF0R123456A  1000\r\r\n", "Model                SerialNumber     Size\r\r\nSamsung SSD 980 PRO  <serial-1>  1000\r\r\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemProductPhrasePseudonym: a product's name under a token key
// keeps its words left to the other detectors; one of them replaced (a
// name after "Sr") is a word of the phrase in a second pass too, and
// its longer pseudonym does not push the phrase past its 64 bytes.
func TestIdemProductPhrasePseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Auth:Aaa 00 Sr BA", "Auth:Aaa 00 Sr <user-1>"},
		{"Authorization: Live 12 Suite Sr BA\n", "Authorization: Live 12 Suite Sr <user-1>\n"},
		{"Authorization: Aaaaaaaaaaaaa Aaaaaaaaaaaaa Aaaaaaaaaaaaa Aaaaaaaaaaa Sr BA", "Authorization: Aaaaaaaaaaaaa Aaaaaaaaaaaaa Aaaaaaaaaaaaa Aaaaaaaaaaa Sr <user-1>"},
		{"Authorization: Bearer Live Suite\n", "Authorization: Bearer <token-1>\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemDomainUserLearnedHost: the DOMAIN of DOMAIN\account is
// replaced when it is a learned machine, whatever its bytes: the learn
// pass read "x User:" as a user key and learned "A\x980" from its value,
// which the first scrub pass (where "kai" cut the key phrase) left to
// bareDomainUser; hostSpan would not take the byte, and a second pass
// found the learned literal before the account's pseudonym.
func TestIdemDomainUserLearnedHost(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/home/kai/x User: A\x980\\zz", "/home/<user-1>/x User: <host-1>\\<user-2>"},
		{"/home/kai/x\nSTUDIO-PC\\kai\nx STUDIO-PC\\kai", "/home/<user-1>/x\n<host-1>\\<user-1>\nx <host-1>\\<user-1>"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemHostPhraseBeforePseudonym: a lower-case hyphenated word after
// "on host" followed by a word is a compound in prose; a pseudonym
// there stands for the word ("k.m", a learned account) the first pass
// saw, so a second pass reads no host either.
func TestIdemHostPhraseBeforePseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"on host aaaaaa-a k.m user k.m signed in", "on host aaaaaa-a <user-1> user <user-1> signed in"},
		{"running on host mixbox-aino 10.0.0.5\n", "running on host <host-1> <ip-1>\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemLiteralBeforePseudonym: a learned name does not end glued to a
// pseudonym: the first pass saw it glued to the word replaced there (the
// escape "\x2f" before the account X2F it spells).
func TestIdemLiteralBeforePseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"\\x2fhome\\x2fX2F", "\\x2fhome\\x2f<user-1>"},
		{"\\x2fhome\\x2fkai\\x2fx kai x\n", "\\x2fhome\\x2f<user-1>\\x2fx <user-1> x\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemDomainUserNoHostName: a DOMAIN of DOMAIN\account that names
// no machine ("A00!Berg", "STUDIO-ØRSTED", bytes hostSpan does not take)
// is walked for what else it holds (the learned Berg, Ørsted), as a
// second pass walks the word that stops at the account's pseudonym.
func TestIdemDomainUserNoHostName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"A00!Berg\\0A S-1-5-21-\nFull NAme  Berg", "A00!<user-1>\\<user-2> S-1-5-21-\nFull NAme  <user-1>"},
		{"STUDIO-ØRSTED\\bjørn S-1-5-21-1-2-3-1001\nFull Name  Ørsted\n", "STUDIO-<user-1>\\<user-2> <machine-id-1>-1001\nFull Name  <user-1>\n"},
		{"Berg\\kai S-1-5-21-1-2-3-1001\nFull Name  Berg", "<host-1>\\<user-1> <machine-id-1>-1001\nFull Name  <user-2>"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemNmcliHeadingInLines: nmcli's terse rows ("yes:HomeNet") need
// the SSID heading on the line before them, counted in lines: a window
// of 2048 bytes back moved when pseudonyms shorter than what they
// replaced (a password, the rows' own names) shortened the text, and a
// second pass found rows the first had not.
func TestIdemNmcliHeadingInLines(t *testing.T) {
	heading := "$ nmcli -t -f active,ssid dev wifi\n"
	var rows strings.Builder
	for n := range 80 {
		fmt.Fprintf(&rows, "no:Neighbour Network Number %02d\n", n)
	}
	far := heading + "password=" + strings.Repeat("x", 300) + "\n" + strings.Repeat("the quick brown fox jumps over it\n", 52) + "yes:MokoenaFamily_5G\n"
	if out := scrubTwice(t, far); !strings.HasSuffix(out, "\nyes:MokoenaFamily_5G\n") {
		t.Errorf("rows after other lines read as nmcli's: %q", out[len(out)-40:])
	}
	out := scrubTwice(t, heading+rows.String()+"yes:MokoenaFamily_5G\r\n")
	mustNotContain(t, "rows", out, "Neighbour Network Number 79", "MokoenaFamily_5G")
}

// TestIdemNetrcLongLine: .netrc's "password" word reads its whole line
// back for "machine ... login": within 256 bytes, a long login (learned,
// replaced by a shorter pseudonym) hid the line's start from the first
// pass but not from the second.
func TestIdemNetrcLongLine(t *testing.T) {
	host := strings.Repeat("nas"+strings.Repeat("a", 45)+".", 4) + "corp"
	login := "kai" + strings.Repeat("o", 60)
	in := "/home/" + login + "/x\nmachine " + host + " login " + login + " password Hunter2x\n"
	mustNotContain(t, "netrc", scrubTwice(t, in), "Hunter2x", login)
	in = "machine " + host + " port 21 " + strings.Repeat("x", 60) + "\nlogin " + login + "\npassword Hunter2x\n"
	mustNotContain(t, "netrc lines", scrubTwice(t, in), "Hunter2x")
}

// TestIdemApostropheLocalPartAfterPseudonym: an apostrophe ends the
// scanner's word, and the local part before it joins the address after
// it ("kai.o'neill@"); a pseudonym there stands for such a part, which
// in the first pass made "00AX'0" the domain of the address before, no
// account at a host.
func TestIdemApostropheLocalPartAfterPseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ssh kai@nas 0@00AX'0@00X0 MINGW64 ", "ssh <user-1>@nas 0@<host-1>'0@00X0 MINGW64 "},
		{"mail kai.o'neill@example.com\n", "mail <email-1>\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemLshwLongConfiguration: lshw's "configuration:" line makes the
// system's uuid= a machine id however long the line is before it; read
// back 1024 bytes, the first pass missed the line's start that a second
// pass, with the e-mails before it replaced, found.
func TestIdemLshwLongConfiguration(t *testing.T) {
	var pairs strings.Builder
	for n := range 22 {
		fmt.Fprintf(&pairs, "owner%d=averyveryverylongemailaddress%d@example.com ", n, n)
	}
	in := "    configuration: chassis=notebook " + pairs.String() + "uuid=1a2b3c4d-5e6f-11eb-8c9d-0e1f2a3b4c5d\n"
	mustNotContain(t, "lshw", scrubTwice(t, in), "1a2b3c4d-5e6f-11eb-8c9d-0e1f2a3b4c5d")
}

// TestIdemLiteralInHTMLEntity: a learned name is no HTML entity's name or
// number: the account "sol" of "&sol;Users&sol;sol" (X2F of "&#X2F;…")
// replaced in the first separator left the second, which encodedHome had
// read past in the first pass, to a second pass.
func TestIdemLiteralInHTMLEntity(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"&#X2F;Users&#X2F;X2f", "&#X2F;Users&#X2F;<user-1>"},
		{"&sol;Users&sol;sol", "&sol;Users&sol;<user-1>"},
		{"&#x2F;Users&#x2F;kai&#x2F;x and kai;\n", "&#x2F;Users&#x2F;<user-1>&#x2F;x and <user-1>;\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemOptionGluedToPseudonym: a command-line option glued to a
// pseudonym ("<mac-1>--user") was the rest of a longer word in the first
// pass, no option whose argument is an account.
func TestIdemOptionGluedToPseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"x 3C:A6:2F:11:22:33--user kai\n", "x <mac-1>--user kai\n"},
		{"sudo --user kai x\n", "sudo --user <user-1> x\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	in := `{"log":"0A:00:00:00:00:00--user 0A"}`
	if out, want := scrubJSONTwice(t, in), `{"log":"<mac-1>--user 0A"}`; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// TestIdemNetUserRowPseudonym: a net user row whose value a first pass
// replaced is read past its pseudonym, as the first pass read past the
// value: the label between ("NAme"; "nAme\0A"'s domain is the word
// "name", no machine, and is not learned) stays as it was.
func TestIdemNetUserRowPseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"User nAme\\0A S-1-5-21-\nFull NAme  A0", "User nAme\\<user-1> S-1-5-21-\nFull NAme  <user-2>"},
		{"User name                    kai\r\nFull Name                    Kai Okonkwo\r\n", "User name                    <user-1>\r\nFull Name                    <user-2>\r\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemWifiRowBSSIDPseudonym: nmcli's Wi-Fi list row may start with
// the BSSID a first pass replaced, a MAC's pseudonym; another pseudonym
// ("<user-1>" of the account kAi) stood for a word that made the line
// no row.
func TestIdemWifiRowBSSIDPseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"kAi  0 Infra 0 --user kAi", "<user-1>  0 Infra 0 --user <user-1>"},
		{"*       3C:A6:2F:11:22:33  Kai Home 5G         Infra  36    540 Mbit/s  85      WPA2\n", "*       <mac-1>  <network-1>         Infra  36    540 Mbit/s  85      WPA2\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemPhoneRunIntoPseudonym: an international number's run that went
// on over a blank into what the first pass replaced (too many digits
// then) is no number before that pseudonym in a second pass either.
func TestIdemPhoneRunIntoPseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"+1000000000 (000) 000 0000", "+1000000000 <phone-1>"},
		{"call +1 415 555 0133 now\n", "call <phone-1> now\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemAccountPhraseGluedToPseudonym: the account after "connected
// as" does not end glued to a pseudonym: "core.0.<hex>.0000" was one
// word in the first pass, no account.
func TestIdemAccountPhraseGluedToPseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ConneCted As core.0.00000000000000000000000000000000.0000", "ConneCted As core.0.<machine-id-1>.0000"},
		{"signed in as kai.o.\n", "signed in as <user-1>.\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemPseudonymNoPrompt: a pseudonym's '>' before a command is no
// shell prompt ("AA-PC whoami" is no command line, "<host-1> whoami" no
// more): the line after it stays as it was, while a real prompt's output
// still goes.
func TestIdemPseudonymNoPrompt(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"AA-PC whoami\n00A0", "<host-1> whoami\n00A0"},
		{"PS C:\\> whoami\nkwabena\n", "PS C:\\> whoami\n<user-1>\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemKeyInUserinfo: a key inside a URL's userinfo ("mAil:" of
// "0://0@mAil:AA.AA@…", which urlCred replaces whole) hides no key after
// it: "uuid=" was found only once the first pass had replaced it.
func TestIdemKeyInUserinfo(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"0://0@mAil:AA.AA@0uuid=01000000000", "0://<url-credential-1>@0uuid=<machine-id-1>"},
		{"https://kai:hunter2@studio.example.com/x?token=8c1d2e3f4a5b6c7d", "https://<url-credential-1>@studio.example.com/x?token=<token-1>"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemEncodedHomeNoAccount: a home folder written with HTML entities
// whose name is no account ("&#47;home&sol;home") does not swallow the
// root after it: "&sol;home&sol;A0" was found only once the first pass had
// replaced the name before it.
func TestIdemEncodedHomeNoAccount(t *testing.T) {
	in := "&#X2F;Users&#X2F;0A&#47;home&sol;home&sol;A0"
	want := "&#X2F;Users&#X2F;<user-1>&#47;home&sol;home&sol;<user-2>"
	if out := scrubTwice(t, in); out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

// TestIdemNumberBeforeNumber: digits ending where a bracketed number
// starts ("12345678 (415) 555 0134") are no telephone number of their
// own: the first pass read the two as one, which is none, and a second
// pass met the first alone before the pseudonym of the other.
func TestIdemNumberBeforeNumber(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"me at 00000000 (000) 000 0000", "me at 00000000 <phone-1>"},
		{"me at 12345678 (415) 555 0134", "me at 12345678 <phone-1>"},
		{"call me at 0171 1234567 or (415) 555 0134", "call me at <phone-1> or <phone-2>"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemIRCNickPseudonym: after a time, "<user-1>" is a pseudonym a
// first pass left, no IRC nick to replace again (found by FuzzScrubXML,
// whose text is unescaped before it is scanned).
func TestIdemIRCNickPseudonym(t *testing.T) {
	out := scrubTwice(t, "00:00 KAi - user kai\n[12:01] <kwesi_dj> nice transition!\n")
	if want := "00:00 <user-1> - user <user-1>\n[12:01] <<user-2>> nice transition!\n"; out != want {
		t.Errorf("got  %q\nwant %q", out, want)
	}
}

// TestIdemPlainWordAfterPseudonym: letters glued after a replaced value
// ("…,69,00kAi" of a .reg hex value) are the rest of a word the first
// pass saw whole: a second pass finds no name there either (found by
// FuzzScrubText).
func TestIdemPlainWordAfterPseudonym(t *testing.T) {
	scrubTwice(t, `""=heX:75,00,73,00,65,00,72,00,3d,00,6b,00,61,00,69,00kAi`+"\n")
	out := scrubTwice(t, "/home/kai/x\n<b>kai</b> and (kai)\n")
	mustNotContain(t, "plain word after a tag", out, "kai")
}

// TestIdemBackupNameKept: a Time Machine machine name that is no text
// ("Backups.backupdb/A\xc3 AA’s A0 00ö\å00") is kept, and its words are
// read one by one: the owner "AA’s" was skipped with the whole name in a
// first pass, and found in a second, where the pseudonym of the account
// ended the name before the separator (found by FuzzScrubXML).
func TestIdemBackupNameKept(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// (read with "\xc3" as cp1252's "Ã", uescape.go, the machine's
		// name is text: DOMAIN\account)
		{"BACkups.BACkupdB/A\xc3 AA’s A0 00ö\\å00  S-1-5-21-0-0-0", "BACkups.BACkupdB/<host-1>\\<user-1>  <machine-id-1>"},
		{"Backups.backupdb/Søren’s MacBook Pro/x", "Backups.backupdb/<host-1>/x"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemURLHostKeys: the host of a URL whose userinfo was replaced
// ("x://a@uuid=…") holds keys the first pass read, and a second pass,
// after "<url-credential-1>@", reads them too (found by FuzzScrubXML);
// a userinfo written with no scheme ("://mAil:0@") is no key whose value
// hides the host's keys, in either pass.
func TestIdemURLHostKeys(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"x://0@uuid=00000000-0000-0000-0000-000000000001", "x://<url-credential-1>@uuid=00000000-0000-0000-0000-000000000001"},
		{"https://kai:pw@uuid=1b2c3d4e-5f60-4a1b-8c9d-0e1f2a3b4c5d/x", "https://<url-credential-1>@uuid=1b2c3d4e-5f60-4a1b-8c9d-0e1f2a3b4c5d/x"},
		{"://mAil:0@0uuid=01000000", "://<url-credential-1>@0uuid=<machine-id-1>"},
		{"x://mAil:0@0uuid=01000000", "x://<url-credential-1>@0uuid=<machine-id-1>"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemParticleBeforePseudonym: an owner's value whose name runs on
// through "van" to a word glued to more ("AA Apple TV van B!0") is no
// full name in the first pass; in a second one, where a pseudonym has
// replaced that word, it is none either.
func TestIdemParticleBeforePseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"RegistrierterBenutZer: AA Apple TV van B!0", "RegistrierterBenutZer: AA Apple TV van <user-1>!0"},
		{"Registered Owner: AA Apple TV van B\n", "Registered Owner: <user-1>\n"},
		{"Registered Owner: Daan van der Berg\n", "Registered Owner: <user-1>\n"},
	} {
		out := scrubTwice(t, c.in)
		if out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
		mustNotContain(t, c.in, out, "Berg", "van B\n", "van B!")
	}
}

// TestIdemPhoneBeforeNANP: an international number glued by a separator
// to a North American one ("+1000000000.(000) 000 0000") runs on into it
// in the first pass, too many digits for one number, and only the second
// is replaced; a second pass, which meets the first's pseudonym after the
// separator, judges the international one the same.
func TestIdemPhoneBeforeNANP(t *testing.T) {
	for _, in := range []string{"+1000000000.(000) 000 0000", "+1000000000-(415) 555 0134", "+1000000000 (000) 000 0000"} {
		want := in[:12] + "<phone-1>"
		if out := scrubTwice(t, in); out != want {
			t.Errorf("%q:\n got  %q\n want %q", in, out, want)
		}
	}
}

// TestIdemPasswdRowNeedsHome: a line shaped like a system account's
// passwd row up to its GECOS field but with no home after it
// ("a:x:0:0://0@mAil:00A") is no row, so its keys are read in the first
// pass as in a second one, where the URL credential's pseudonym cut the
// word and left "mAil:00A" to the key detectors (found by FuzzScrubXML).
func TestIdemPasswdRowNeedsHome(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a:x:0:0://0@mAil:00A", "a:x:0:0://<url-credential-1>@mAil:<email-1>"},
		{"mail:x:8:8:mail:/var/mail:/usr/sbin/nologin\n", "mail:x:8:8:mail:/var/mail:/usr/sbin/nologin\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemPhraseWordLearned: the word of an id phrase ("SteAmID64 0…")
// that the session learned as a name (the host of "\\SteAmID64") is
// replaced with the phrase's value in the first pass, as a second pass,
// where no phrase comes before the value's pseudonym, replaces it (found
// by FuzzScrubText).
func TestIdemPhraseWordLearned(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`\\SteAmID64 SteAmID64 00000000`, `\\<host-1> <host-1> <uid-1>`},
		{`\\SteamID64\x SteamID64 76561198012345678`, `\\<host-1>\x <host-1> <uid-1>`},
		{"SteamID64 76561198012345678\n", "SteamID64 <uid-1>\n"},
	} {
		out := scrubTwice(t, c.in)
		if out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
		mustNotContain(t, c.in, out, "76561198012345678")
	}
}

// TestIdemSystemRowCut: a system account's passwd row is read whole in
// the first pass, which takes no keys from it; a second pass, where a
// pseudonym cut the row's word ("a:x:0:0:<email-1>:/x:mail:00A"), takes
// none from the rest of it either (found with FuzzScrubXML's crasher).
func TestIdemSystemRowCut(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"a:x:0:0:0@0.AA:/x:mail:00A", "a:x:0:0:<email-1>:/x:mail:00A"},
		{"a:x:0:0://0@mAil:/00A:mail:00A\n", "a:x:0:0://<url-credential-1>@mAil:/00A:mail:00A\n"},
		// a key after a blank is a word of its own in both passes
		{"a:x:0:0:0@0.AA:/x mail:00A", "a:x:0:0:<email-1>:/x mail:<email-2>"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemDomainAccountBeforePseudonym: "A0\A0Aø’s" holds no
// DOMAIN\account in a first pass (the account runs on into the
// possessive, where none ends), and "A0\A0<user-1>’s", the same word in
// a second pass once the owner is replaced, holds none either: an
// account glued to a pseudonym is the start of a longer one (found by
// FuzzScrubXML).
func TestIdemDomainAccountBeforePseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{` A0\A0Aø’s A00`, ` A0\A0<user-1>’s A00`},
		{"user KAI-PC\\kai\n", "user <host-1>\\<user-1>\n"},
		{`KAI-PC\Zoë</Message>`, `<host-1>\<user-1></Message>`},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemLongQuotedValue: a quoted value too long to be replaced whole
// (a cookie of 2,000 bytes in a header pair) is left to the other
// detectors, which replace a token in it; a second pass, where the value
// is short enough, leaves it too, as it holds a pseudonym after its
// start, which no value replaced whole does (found by FuzzScrubXML).
func TestIdemLongQuotedValue(t *testing.T) {
	long := strings.Repeat("b", 2000)
	out := scrubTwice(t, `["Cookie","sid=a`+long+`AA000"]`)
	if want := `["Cookie","sid=<token-1>`; !strings.HasPrefix(out, want) {
		t.Errorf("got %.60q, want it to start %q", out, want)
	}
	for _, c := range []struct{ in, want string }{
		{`["Cookie","sid=abc123"]`, `["Cookie","<cookie-1>"]`},
		{`{"name":"Authorization","value":"Bearer a.b"}`, `{"name":"Authorization","value":"<token-1>"}`},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemQuserFieldWithPseudonym: a quser row's first field too long for
// an account ("00!mAil:AAA.AA@Apple0000000") is left in the first pass,
// which replaces the address inside it; in a second pass the field is
// short enough, and holds a pseudonym: left too (found by FuzzScrubXML).
func TestIdemQuserFieldWithPseudonym(t *testing.T) {
	in := " USERNAME  SESSIONNAME\n 00!mAil:AAA.AA@Apple0000000 00"
	if out, want := scrubTwice(t, in), " USERNAME  SESSIONNAME\n 00!mAil:<email-1> 00"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	// an account in a row is still replaced
	out := scrubTwice(t, " USERNAME              SESSIONNAME        ID  STATE\n>tanaka.haruto         console             1  Active\n")
	mustNotContain(t, "quser", out, "tanaka")
}

// TestIdemHostBeforeReplacedCores: hs_err's "Host: <cpu>, N cores, …"
// names the CPU, not the machine; when the word "cores" is a learned name
// ("Cores@Host"), the first pass replaces it, and a second pass, which
// reads "N <user-1>,", must still take the value for a CPU (found by
// FuzzScrubJSON).
func TestIdemHostBeforeReplacedCores(t *testing.T) {
	in := "Cores@Host:00A 0 cores,"
	if out, want := scrubTwice(t, in), "<user-1>@Host:00A 0 <user-1>,"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	out := scrubTwice(t, "Host: Intel(R) Core(TM) i7-1165G7 @ 2.80GHz, 8 cores, 15G, Windows 11\nHost: studio-7, POWER10\n")
	mustKeep(t, "hs_err", out, "Intel(R) Core(TM) i7-1165G7 @ 2.80GHz, 8 cores")
	mustNotContain(t, "hs_err", out, "studio-7")
}

// TestIdemWifiRowBSSIDWord: an nmcli wifi row's BSSID is a word of its
// own; a MAC with a byte glued after it ("…:01!") is no BSSID in the
// first pass, so the word after it is no SSID, and in a second pass,
// where the MAC is a pseudonym ("<mac-1>!"), neither (found by
// FuzzScrubText).
func TestIdemWifiRowBSSIDWord(t *testing.T) {
	in := "00:00:00:00:00:01!  0 Infra 0"
	if out, want := scrubTwice(t, in), "<mac-1>!  0 Infra 0"; out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	// a row's SSID after its BSSID is still replaced
	out := scrubTwice(t, "*       3C:A6:2F:11:22:33  Kai Home 5G         Infra  36    540 Mbit/s  85      ▂▄▆█  WPA2\n")
	mustNotContain(t, "wifi row", out, "Kai Home", "3C:A6")
}

// TestIdemURLUserinfoWithAt: a URL's userinfo runs to the last '@'
// before the host ("kai@" of "http://kai@@10.0.1.5"); the address after
// it is the host's, not a package's version after "pkg@", in the first
// pass as in a second one, which reads "<url-credential-1>@10.0.1.5"
// (found by FuzzScrubText).
func TestIdemURLUserinfoWithAt(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"000000000000000000000000000000000000000000000://0@@0.0.1.0", "000000000000000000000000000000000000000000000://<url-credential-1>@<ip-1>"},
		{"http://kai@@10.0.1.5/x", "http://<url-credential-1>@<ip-1>/x"},
		{"smb://kai@pc@10.0.1.5/x", "smb://<url-credential-1>@<ip-1>/x"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	// a package's version after '@' stays
	mustKeep(t, "versions", scrubTwice(t, "pkg@1.2.3.4 @scope/pkg@1.2.3.4\n"), "pkg@1.2.3.4 @scope/pkg@1.2.3.4")
}

// TestIdemLongURLUserinfo: a URL's userinfo of 256 bytes or more is
// replaced as a shorter one is; the address after it is the host's in
// the first pass too (it was kept, as a version, and replaced by a
// second pass reading the pseudonym). userinfoFar, which reads back
// past 256 bytes, stops where reading back from each '@' would.
func TestIdemLongURLUserinfo(t *testing.T) {
	for _, user := range []string{strings.Repeat("a", 300), strings.Repeat("k", 280) + ":pw"} {
		in := "http://" + user + "@10.0.1.5/x\n"
		if out, want := scrubTwice(t, in), "http://<url-credential-1>@<ip-1>/x\n"; out != want {
			t.Errorf("%d bytes of userinfo: got %q, want %q", len(user), out, want)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for round := 0; round < 300; round++ {
		var b []byte
		for n := 1 + r.IntN(2000); len(b) < n; {
			switch x := r.IntN(400); {
			case x < 12:
				b = append(b, '@')
			case x == 12:
				b = append(b, ' ')
			case x == 13:
				b = append(b, '/')
			case x < 16:
				b = append(b, "://"...)
			default:
				b = append(b, 'a')
			}
		}
		sc := &scanner{b: b}
		for q := range b {
			if b[q] != '@' || r.IntN(3) == 0 {
				continue
			}
			k := q - 1
			for k >= 0 && b[k] > ' ' && b[k] != '/' {
				k--
			}
			want := k >= 2 && k < q-1 && b[k] == '/' && b[k-1] == '/' && b[k-2] == ':'
			if got := sc.urlUserinfoEnd(q); got != want {
				t.Fatalf("urlUserinfoEnd(%q, %d) = %v, want %v", b, q, got, want)
			}
		}
	}
}

// TestIdemJSONKeyHoldsIdentifier: a key holding an identifier ("pAss:2",
// a password 2) is written with its pseudonym, and a second pass read the
// value's class from that ("pass" less the pseudonym: a password) where
// the first had read it from "pass2" (none). Both read it from the key as
// written now; a learned name in a key leaves its value's class alone.
func TestIdemJSONKeyHoldsIdentifier(t *testing.T) {
	if out, want := scrubJSONTwice(t, `{"pAss:2":2}`), `{"pAss:<password-1>":"<password-1>"}`; out != want {
		t.Errorf("got %s, want %s", out, want)
	}
	out := scrubJSONTwice(t, `{"user":"kofi","kofi_settings":"on","level":"kofi"}`)
	mustKeep(t, "learned name in a key", out, `"<user-1>_settings":"on"`)
}

// TestIdemVersionElementTagFinding: a dotted quad after an element naming
// a version ("<Data>Version</Data><Data>6.8.5.0") is one only when no
// finding lies between that element's text and the quad: the start tag
// before it holding a key's value ("<keY=00C>"), or the end tag holding
// a learned name, was read as a version in a first pass, and as an
// address in a second, where the pseudonym's '>' stops the reading back.
func TestIdemVersionElementTagFinding(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{">Version</><keY=00C>0.0.0.1", ">Version</><keY=<key-value-1>><ip-1>"},
		{"/home/kofi.m/x\n<a>Version</kofi.m><b>10.1.2.3</b>", "/home/<user-1>/x\n<a>Version</<user-1>><b><ip-1></b>"},
	} {
		out := scrubTwice(t, c.in)
		if out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
		mustNotContain(t, c.in, out, "0.0.0.1", "10.1.2.3")
	}
	// the event's version stays
	in := "<Data>rekordbox.exe</Data><Data>6.8.5.0</Data><key>SUAppVersion</key> <string>3.1.2.1</string>"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// TestIdemUserinfoKeyPhrase: a ':' in a URL's userinfo ends no key, also
// when a byte outside ASCII in or before the key makes it a phrase read
// back from the ':' ("//mAil\xfb", "//contraseña"): read as a mail or
// password key, its value hid the keys after it in a first pass, which
// the second pass, seeing the userinfo's pseudonym, found.
func TestIdemUserinfoKeyPhrase(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"://mAil\xfb:0@0uuid=01000000", "://<url-credential-1>@0uuid=<machine-id-1>"},
		{"x://mAilé:0@0token=abcdef123456", "x://<url-credential-1>@0token=<token-1>"},
		{"://contraseña:0@0uuid=01000000", "://<url-credential-1>@0uuid=<machine-id-1>"},
		{"://señamail:0@0uuid=01000000", "://<url-credential-1>@0uuid=<machine-id-1>"},
	} {
		out := scrubTwice(t, c.in)
		if out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
		mustNotContain(t, c.in, out, "01000000", "abcdef123456")
	}
}

// TestIdemHomeValuePseudonym: a HOME variable's folder replaced by a
// first pass (HOME="\Users\<user-1>") is no new user in a second (found
// by FuzzScrubText).
func TestIdemHomeValuePseudonym(t *testing.T) {
	for _, in := range []string{`HOME="\Users\0A"`, "HOME=/home/kwesi.b", `HOME="C:\Users\Ama"`} {
		once := scrubTwice(t, in)
		mustNotContain(t, in, once, "0A", "kwesi", "Ama")
	}
}

// TestIdemKeyPhraseOverLearnedName: a key phrase is not read back over a
// learned name ("sudo user kAi =00A", kAi learned): a scrub's scan finds
// the name there, and the phrase stops at that finding. A learning scan
// records no findings and read the key "sudo user kAi" (a sudo user's),
// learning 00A: learning first (or a rewound pass starting over) replaced
// 00A where a pass learning as it scrubbed did not. The learning scan
// stops at a learned name ending the phrase too now.
func TestIdemKeyPhraseOverLearnedName(t *testing.T) {
	for _, in := range []string{"sudo user kAi =00A", "sudo   user kAi =00A"} {
		learnFirst := newSession(t, Config{})
		learnFirst.Learn([]byte(`C:\Users\kAi`))
		learnFirst.Learn([]byte(in))
		scrubOnly := newSession(t, Config{})
		scrubOnly.Learn([]byte(`C:\Users\kAi`))
		a, b := learnFirst.ScrubString(in), scrubOnly.ScrubString(in)
		if a != b {
			t.Errorf("%q: learning first gives %q, learning as it scrubs %q", in, a, b)
		}
		if again := scrubOnly.ScrubString(b); again != b {
			t.Errorf("%q: not idempotent: %q, then %q", in, b, again)
		}
		mustNotContain(t, in, b, "kAi")
	}
	// without the name learned, the phrase is a sudo user's key still
	if out := scrubTwice(t, "sudo user kAi =00A"); out != "sudo user kAi =<user-1>" {
		t.Errorf("got %q", out)
	}
}

// TestIdemWinHostPrefixAtEnd: a Windows machine name's prefix ("WIN-",
// "DESKTOP-", "LAPTOP-") ending the text had its '-' looked for in the 8
// bytes from the prefix's start, past the text's end: beyond the slice's
// capacity that panicked ("0000A0000 Win-", a bare value ScrubJSON scans
// as text), within it it read bytes that were no part of the text.
func TestIdemWinHostPrefixAtEnd(t *testing.T) {
	for _, pre := range []string{"Win-", "DESKTOP-", "laptop-", "win-AB12CD3"} {
		for n := 0; n <= 24; n++ {
			in := strings.Repeat("0", n) + " " + pre
			if out := scrubTwice(t, in); out != in {
				t.Errorf("%q: changed to %q", in, out)
			}
			// exactly as long as its buffer
			b := make([]byte, len(in))
			copy(b, in)
			s := newSession(t, Config{})
			sc := s.stringScanner()
			s.findStable(sc, b)
		}
	}
	if out := scrubJSONTwice(t, "0000A0000 Win-"); out != "0000A0000 Win-" {
		t.Errorf("got %q", out)
	}
}

// An international number cut at a parenthesis before a NANP number
// ("+1000000000) (000) 000 0000"): the first pass read one run of too many
// digits and replaced only the NANP number; the second read the first
// number alone, up to the pseudonym, and replaced it too. It now reads
// past the parenthesis to the pseudonym, as past a blank.
func TestIdemIntlPhoneBeforeParenthesis(t *testing.T) {
	for _, sep := range []string{") ", ". ", ".", " "} {
		in := "+1000000000" + sep + "(000) 000 0000"
		mustKeep(t, "intl phone", scrubTwice(t, in), "+1000000000"+sep+"<phone-1>")
	}
	mustNotContain(t, "intl phone", scrubTwice(t, "call (+44 7700 900123) or (415) 555-0134\n"), "7700 900123", "555-0134")
}

// A machine's "UUID:" opening a line is kept as a build's when a word in
// parentheses follows it (the architecture: "UUID: E1A2… (arm64)"). The
// test looked for a '(' anywhere on the line: "UUID:0…01 session: (000"
// kept the id in the first pass, and the second, which found a pseudonym
// where "(000" had been, replaced it. Only the word right after the value
// counts now.
func TestIdemUUIDParenLater(t *testing.T) {
	out := scrubTwice(t, "UUID:000000000000000000000000001 session: (000")
	mustNotContain(t, "uuid", out, "000000000000000000000000001")
	keep := "UUID: E1A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8 (arm64) /Applications/Rekordbox.app/Contents/MacOS/rekordbox\n"
	if got := scrubTwice(t, keep); !strings.Contains(got, "E1A2B3C4-D5E6-4F70-8192-A3B4C5D6E7F8 (arm64)") {
		t.Errorf("a build's UUID went: %q", got)
	}
}

// TestIdemDroppedFindingTail: a finding that resolve drops for starting
// inside an earlier one left its tail as it was, though the scan had
// passed over it: a credential ("Digest 0000 ://0@", the rest of the
// line) cut by a serial column's cell ("Auth:Digest 0000" under
// IdentifyingNumber) went out with "://0@", whose userinfo a second pass
// found. The winner now runs to the dropped finding's end (found by
// FuzzScrubText).
func TestIdemDroppedFindingTail(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"IdentifYingNumBer  0\nAuth:Digest 000000 ://0@", "IdentifYingNumBer  0\n<serial-1>"},
		{"IdentifyingNumber  Name\nAuth:Digest 000000 ://kai@x", "IdentifyingNumber  Name\n<serial-1>"},
	} {
		out := scrubTwice(t, c.in)
		if out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
		mustNotContain(t, c.in, out, "://")
	}
}

// TestIdemFoldedNameBeforeApostrophe: a name written with letters outside
// ASCII and joined by an apostrophe, a dash or a dot to another word
// ("AdéBáYọ'seun", "Adébáyọ'Adébáyọ", seun and adebayo learned) was read
// as one word that folds to no name: the first pass replaced only the
// word after the separator, and the second read the letters before its
// pseudonym as a word of their own, which fold to adebayo. squashedBefore
// now ends the name at the separator in the first pass too, as the
// literal matcher ends an ASCII name there (found by FuzzScrubText and
// a random run of plain words).
func TestIdemFoldedNameBeforeApostrophe(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Users/seun0AdeBAYo0 AdéBáYọ'seun", "Users/<user-1> <user-1>'<user-1>"},
		{"Users/seun0AdeBAYo0 AdéBáYọ-seun", "Users/<user-1> <user-1>-<user-1>"},
		{"Users/seun0AdeBAYo0 Adébayo.seun", "Users/<user-1> <user-1>.<user-1>"},
		{"/home/adebayo x Adébáyọ'Adébáyọ[", "/home/<user-1> x <user-1>'<user-1>["},
		{"/home/jurgen /home/kofi (Jürgen--kofi\r\n", "/home/<user-1> /home/<user-2> (<user-1>--<user-2>\r\n"},
		{"/home/jurgen /home/kwame $ S Activation[Jürgen.Kwame", "/home/<user-1> /home/<user-2> $ S Activation[<user-1>.<user-2>"},
	} {
		out := scrubTwice(t, c.in)
		if out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
		mustNotContain(t, c.in, out, "AdéBáYọ", "Adébáyọ", "Adébayo", "Jürgen", "seun", "kofi")
	}
}

// TestIdemFoldedNameMidPath: a learned name written with letters outside
// ASCII in a path segment before the last ("x/Adébáyọ\Kai", adebayo and
// kai learned) was folded only as the last segment: the first pass
// replaced Kai (the literal matcher finds a name in any segment), and
// the second read "Adébáyọ\" before that pseudonym as the last segment
// and replaced it. foldedWord now folds every segment of a path word
// with letters outside ASCII (found by a random run of plain words).
func TestIdemFoldedNameMidPath(t *testing.T) {
	learn := "/home/adebayo\n/home/kai\n/home/jurgen\n/home/okonkwo\n"
	learned := "/home/<user-1>\n/home/<user-2>\n/home/<user-3>\n/home/<user-4>\n"
	for _, c := range []struct{ in, want string }{
		{"x/Adébáyọ\\Kai", "x/<user-1>\\<user-2>"},
		{"Connectedof/Jürgen/kai<", "Connectedof/<user-3>/<user-2><"},
		{"Cookie/Jürgen:my/Okonkwo pts", "Cookie/<user-3>:my/<user-4> pts"},
	} {
		out := scrubTwice(t, learn+c.in)
		if out != learned+c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, learned+c.want)
		}
		mustNotContain(t, c.in, out, "Adébáyọ", "Jürgen", "Kai", "kai")
	}
}

// TestIdemHomeHostAfterPseudonym: a host in a home router's zone whose
// first label starts with a learned name, where the first pass found no
// host ("{kai-customer.home": a code name's brace before it), lost only
// the name; the second pass read the rest of the label after the
// pseudonym, "-customer.home", as a host. dotLocalAt now finds no host
// whose label a pseudonym cuts, as the first pass found none there
// (found by a random run of plain words).
func TestIdemHomeHostAfterPseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/home/kai\n{kai-customer.home\n", "/home/<user-1>\n{<user-1>-customer.home\n"},
		{"/home/kai\n{kai-Studio-PC.local\n", "/home/<user-1>\n{<host-1>\n"},
		{"/home/kai\nprinter at kai-customer.home\n", "/home/<user-1>\nprinter at <host-1>\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemPhraseValueDotPseudonym: a serial phrase's value with a name
// glued after its last dot ("IMEI x0.hello.Kai>", kai learned) is no
// value in a first pass (more is glued to it), which replaced only the
// name; the second read the value up to the dot before that pseudonym
// and replaced it. phraseValueEnd now finds no value whose dot a
// pseudonym follows (found by a random run of plain words).
func TestIdemPhraseValueDotPseudonym(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"/home/kai\nIMEI Signed0ZTomasz.hello.Kai> ", "/home/<user-1>\nIMEI Signed0ZTomasz.hello.<user-1>> "},
		{"/home/kai\nIMEI Signed0ZTomasz.hello.Kai ", "/home/<user-1>\nIMEI <serial-1> "},
		{"/home/kai\nIMEI Signed0ZTomasz.hello. Kai", "/home/<user-1>\nIMEI <serial-1>. <user-1>"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// TestIdemLiteralInPseudonymClass: a learned name that is the second word
// of a pseudonym's class ("Value", learned from "\tValue@WPA", in
// <key-value-1>) was matched inside the pseudonym by a second pass: the
// literal matcher skipped only a class's first word, after the '<'.
// literalAt now skips a match after the '-' that follows a class's first
// word too (found by a random run of plain words).
func TestIdemLiteralInPseudonymClass(t *testing.T) {
	out := scrubTwice(t, "\tValue@WPA:kai key:WPA\n")
	if want := "\t<user-1>@<host-1>:kai key:<key-value-1>\n"; out != want {
		t.Errorf("got  %q\nwant %q", out, want)
	}
	// pseudonyms in the input, and names learned that their classes'
	// second words spell
	tail := "<url-credential-1> <machine-id-2> <private-key-1>\n"
	mustKeep(t, "classes", scrubTwice(t, "\tcredential@y\n\tmachine@z\n\tprivate@w\n"+tail), tail)
}

// TestIdemFoldedNameGluedBeforePseudonym: a name written with letters
// outside ASCII glued to a word the first pass replaces
// ("Adébáyọghp_…" before a token, "Adébáyọ̀fe80::1" before an address)
// folds to no name there, the word going on; the second pass read the
// letters before the pseudonym as a word of their own and folded them.
// squashedName now folds no name glued to a pseudonym, as literalAt
// matches none (found by a random run of words).
func TestIdemFoldedNameGluedBeforePseudonym(t *testing.T) {
	for _, in := range []string{
		"/home/adebayo\nhttp Adébáyọghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
		"/home/adebayo\nC:\\10:01:02\nSiobhán]Adébáyọ̀fe80::1»1000=\n",
	} {
		scrubTwice(t, in)
	}
	// a name the first pass cuts before a learned one still goes
	mustNotContain(t, "cut", scrubTwice(t, "/home/adebayo\n/home/seun\nAdéBáYọSEUN\n"), "AdéBáYọ")
}

// TestIdemFoldedNameAfterSepRune: a learned name written with letters
// outside ASCII after a separator outside ASCII inside a word
// ("192.168.1.20»JÜRGEN", "Søren’Adébáyọ)") was not folded in a first
// pass, which replaced what came before it; the second read the rest
// after that pseudonym as a word of its own, trimmed the separator (as
// find does) and folded the name. foldedWord now folds a name after
// such a separator inside the word too (found by a random run of words).
func TestIdemFoldedNameAfterSepRune(t *testing.T) {
	learn := "/home/jurgen\n/home/adebayo\n/home/soren\n"
	for _, c := range []struct{ in, want string }{
		{";on\t192.168.1.20»JÜRGEN\n", ";on\t<ip-1>»<user-1>\n"},
		{"MacBook(Søren’Adébáyọ)\n", "MacBook(<user-3>’<user-2>)\n"},
		{"ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa»Adébáyọ̀~/x\n", "<token-1>»<user-2>~/x\n"},
	} {
		out := scrubTwice(t, learn+c.in)
		if want := "/home/<user-1>\n/home/<user-2>\n/home/<user-3>\n" + c.want; out != want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, want)
		}
	}
}

// TestIdemFoldedNameSepBeforePseudonym: as TestIdemFoldedNameGluedBeforePseudonym,
// with an apostrophe, a dash or a dot between the name and the word the
// first pass replaces ("Adébáyọ̀'fe80::1", "JÜRGEN.S-1-5-21-…"): the first
// pass read one word through the separator and folded no name, the
// second cut the word at the pseudonym and folded the letters before the
// separator. squashedName now folds no name that such a separator joins
// to a pseudonym (found by a random run of words).
func TestIdemFoldedNameSepBeforePseudonym(t *testing.T) {
	for _, in := range []string{
		"/home/adebayo\nAdébáyọ̀'fe80::1[\n",
		"/home/jurgen\n=x\"JÜRGEN.S-1-5-21-1-2-3-1001(\n",
		"/home/adebayo\n  Adébáyọ̀'''''ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n",
	} {
		scrubTwice(t, in)
	}
	// a learned name after the separator: both go in the first pass
	mustNotContain(t, "cut", scrubTwice(t, "/home/adebayo\n/home/kai\nAdébáyọ̀'kai\n"), "Adébáyọ̀", "kai'")
}

// TestIdemSepRuneGluedToPseudonym: find trims quotes, guillemets and
// dashes outside ASCII from a word's ends, so that a second pass, where a
// pseudonym replaced the part of a word before or after such a
// separator, read the rest as a word of its own: its first detectors
// fired there ("Bearer x", "Users/x", "user x") after "10.0.0.5»", and a
// share's host before "«fe80::1", none of which the first pass had found
// in the whole word. The rest after a pseudonym and such separators is
// now skipped, as letters glued to a pseudonym are (plainWord), and the
// separators before a pseudonym stay in the word (found by a random run
// of words).
func TestIdemSepRuneGluedToPseudonym(t *testing.T) {
	for _, in := range []string{
		"file«=2F\nLibrary  192.168.1.20’Bearer Maismbon~/forC:\\\n",
		"00:1A:2B:3C:4D:5E’Users/usertoken’&#x2F;>iMac\n",
		"ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa»user ssh)\n",
		"\\\\Zoë«fe80::1\n",
		"\\\\smb»00:1A:2B:3C:4D:5E,0x7fffpassword\\\\iMac\n",
	} {
		scrubTwice(t, in)
	}
	// a share's host and a token after a blank go as before
	mustNotContain(t, "share", scrubTwice(t, "\\\\Zoë\\x «fe80::1 Bearer abcdef0123456789abcdef\n"), "Zoë", "fe80::1", "abcdef0123456789abcdef")
}

// nmcli dev wifi list's row: a BSSID glued to more ("…:01>") is no BSSID
// column in the first pass; the second saw its pseudonym glued to the
// same byte ("<mac-1>>") and took the SSID after it. The pseudonym must be
// the whole word, as the MAC had to be.
func TestIdemWifiListBSSIDGlued(t *testing.T) {
	scrubTwice(t, "00:00:00:00:00:01>  0 Infra 0")
	out := scrubTwice(t, "*  00:1A:2B:3C:4D:5E  HomeNet_5G  Infra  36  540 Mbit/s\n")
	mustNotContain(t, "row", out, "HomeNet_5G", "00:1A:2B")
}

// winbind's home template with a home root after its domain
// ("home%2FA0%2FUsers/A0"): the first pass took "Users" for the expected
// user and left the account after it; the second, the path starting
// again after the domain's pseudonym, took it. The root is a root in
// both now.
func TestIdemWinbindDomainThenUsers(t *testing.T) {
	out := scrubTwice(t, "home%2FA0%2FUsers/A0")
	mustNotContain(t, "winbind", out, "/A0")
	scrubTwice(t, "/home/STUDIO/Users/kwame\n")
}

// TestIdemSIDGluedToOwner: a SID's domain part glued to letters
// ("S-1-5-21-0-0-0AA's") is no SID, in the first pass; the possessive
// owner in those letters goes, and a second pass, seeing the SID glued
// to its pseudonym, leaves it as the first did. A SID whose RID the
// owner is glued to still goes whole.
func TestIdemSIDGluedToOwner(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"0 S-1-5-21-0-0-0AA’s A00", "0 S-1-5-21-0-0-0<user-1>’s A00"},
		{"x S-1-5-21-1-2-3-1001Kai's Laptop", "x <machine-id-1>-1001<user-1>'s Laptop"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	out := scrubJSONTwice(t, `"000000000000000000000000000000000000000000000000000000000 S-1-5-21-0-0-0AA’s A00"`)
	mustNotContain(t, "json", out, "AA’s")
}
