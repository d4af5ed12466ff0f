package redact

import (
	"strings"
	"testing"
)

// Two numbers joined by dot leaders, as a contact list or a card lays
// them out: phoneEnd stops at dots in a row, so the first number is read
// alone and both go, not only the second.
func TestPhonesJoinedByDotLeaders(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Mobile +233244123456..........(030) 221 4567\n", "233244123456"},
		{"Mobile +233244123456..........(030) 221 4567\n", "221 4567"},
		{"WhatsApp +27 82 555 0134.......(021) 555 0199\n", "82 555 0134"},
		{"Kontakt: +49 151 23456789...... (030) 1234 5678\n", "151 23456789"},
	} {
		fuzz34Both(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Version 10.0.19045.4291.......... (build 19045)\n",
		"loading presets.......... (12 of 40)\n",
		"frame 12.......... 0x00007ff6a1b2c3d4\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A snapshot's copy of the learned literals shares their entries' array
// with the session that goes on learning: a name first learned only for
// its capitals ("Will" of will.smith) and then on its own must change the
// session's entry, not the one a snapshot's workers are reading.
func TestLiteralsCloneKeepsItsEntries(t *testing.T) {
	if !wordNames["will"] {
		t.Fatal("test needs a word name: will")
	}
	l := newLiterals()
	l.add("will", ClassUser, "will.smith")
	c := l.clone()
	l.add("will", ClassUser, "will")
	if !c.entries[0].caps {
		t.Error("the copy's entry changed with the session's")
	}
	if l.entries[0].caps {
		t.Error("the session's entry kept caps after the name was learned on its own")
	}
	if !wordNames["mark"] {
		t.Fatal("test needs a word name: mark")
	}
	l2 := newLiterals()
	l2.add("mark", ClassUser, "mark.chen")
	c3 := l2.clone()
	c3.add("mark", ClassUser, "mark")
	if !l2.entries[0].caps {
		t.Error("the session's entry changed with the copy's")
	}
}

// A document in a home folder named after its owner, the name after
// " - " in the file's name, in Windows' and in URL-encoded paths: the
// account's surname goes with it (nameSlot), as where the name opens a
// path's segment.
func TestSurnameAfterDashInOwnPath(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`opened C:\Users\kofi\Documents\Salary slip - Kofi Mensah.xlsx` + "\n", "Mensah"},
		{"recent file:///home/ngozi/Documents/Tenancy%20-%20Ngozi%20Adeyemi.pdf\n", "Adeyemi"},
		{"/home/thandeka/Downloads/Thandeka Nkosi Passport.pdf\n", "Nkosi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, c := range []struct{ in, keep string }{
		{"HOME=/home/kofi\nC:\\Program Files\\Serato\\Help - Kofi Guide.pdf\n", " Guide.pdf"},
		{"HOME=/home/max\nloaded /opt/cycling74/Max Buffer Size.txt\n", " Buffer Size.txt"},
	} {
		if out := scrubTwice(t, c.in); !strings.Contains(out, c.keep) {
			t.Errorf("%q lost %q: %q", c.in, c.keep, out)
		}
	}
}

// The fuzzer's two shapes that scrubbed differently the second time: a
// quoted account after "user" with a blank first read the pseudonym a
// first pass put there as the account's name (quotedAccount now starts
// after the blanks), and a home folder's name cut by an apostrophe before
// a pseudonym was read as a name of its own ("A'A'<ip-1>" of "A'A'A::0").
func TestFuzz36QuotedBlankAndHomeApostrophe(t *testing.T) {
	for _, in := range []string{
		"/home/A'A'A::0",
		"user \" 0@0.AA\"",
		"/home/o'brien'fe80::1\n",
	} {
		scrubTwice(t, in)
	}
	out := checkBothPaths(t, "git: using user \" kofi.mensah\" for the commit\n", "kofi.mensah")
	if !strings.Contains(out, "user \" <user-") {
		t.Errorf("the blank after the quote went with the name: %q", out)
	}
}
