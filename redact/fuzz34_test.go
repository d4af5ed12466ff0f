package redact

import "testing"

// fuzz34Both checks in in every encoding, after a learn pass and in the
// daemon's single pass, and that a second scrub changes nothing.
func fuzz34Both(t *testing.T, in string, secrets ...string) {
	t.Helper()
	checkEncodingsOnePass(t, in, secrets...)
	mustNotContain(t, in+"/twice", scrubTwice(t, in), secrets...)
}

// A key's value ending in '*' ("Accra2024*") before the ')' closing its
// bracket: the key phrase after it starts past the bracket, as a second
// pass reads it after the pseudonym ("<password-1>) key:"), so the next
// key's value goes in the first pass too (the fuzzer's "KeY:00*) KeY:
// A00" kept A00 until a second scrub).
func TestFuzz34KeyAfterStarValue(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"wifi setup (password: Accra2024*) key: 8f2a91c4e7\n", "8f2a91c4e7"},
		{"[vpn] (psk: Lagos*2025*) license key: QX7M-4KTD-92PL\n", "QX7M-4KTD-92PL"},
		{"obs: (token: abc123*) stream key: live_8a7f6e5d4c\n", "live_8a7f6e5d4c"},
		{"KeY:00*) KeY: A00", "A00"},
	} {
		fuzz34Both(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"pam_unix(sudo:session): session opened for user root(uid=0)\n",
		"glob(*.txt) key: the pattern's key\n",
		"f(x*) key: see below\n",
		"malloc(size*) returned NULL\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A number in the international form run into a second one over more
// than eight separators (dot leaders in a contact list, the fuzzer's
// "+1000000000)))))))) (000) 000 0000"): the first pass reads the two as
// one, too many digits, and keeps it; a second pass, seeing the second
// number's pseudonym after the leaders, must not take the first alone:
// intlPhone looks over the separators as far as phoneEnd's run could go.
func TestFuzz34PhoneBeforeLeaders(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Mobile +233244123456..........(030) 221 4567\n", "221 4567"},
		{"Office +27215550134----------(021) 555 0134\n", "555 0134"},
		{"+1000000000)))))))) (000) 000 0000", "000 0000"},
	} {
		fuzz34Both(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Version 10.0.19045.4291.......... (build 19045)\n",
		"+0100)))))))) offset (UTC) 12 hours\n",
		"id +123456789 ........ (see above)\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Variants of the fuzzer's "HOME=/home/00A Users/0A0" (over33's
// extendedName fixed the shape): a home folder name and an account kind's
// word after a blank scrub the same twice.
func TestFuzz34HomeBeforeAccountWord(t *testing.T) {
	for _, in := range []string{
		"HOME=/home/00A Users/0A0",
		"HOME=/home/kofi.m Users/ama",
		"HOME=/home/0A0 User/00A",
		"HOME=/home/thabo Guest/sipho\n",
		"cwd /home/zoe.k Admin/ngozi_a/set.mp3\n",
		"HOME=/Users/00A Users/0A0",
		"/home/A0 Users/A0 Users/0A",
	} {
		scrubTwice(t, in)
	}
}
