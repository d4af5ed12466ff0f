package redact

import (
	"strings"
	"testing"
)

// A learned name of three letters met again with a letter outside ASCII
// (zoe of "Zoë", "Léa" of lea), where a detector in prose ("Signed in
// as") finds it as a name of its own, is the same user: one pseudonym,
// as names of four letters and more already were ("José" of jose).
func TestShortNameSpellingsOnePseudonym(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"USER=zoe LOGNAME=zoe\nSigned in as Zoë\n", "Zoë"},
		{"USER=zoe\nSigned in as ZOË\n", "ZOË"},
		{"USER=zoë\nSigned in as Zoe\n", "Zoe"},
		{"USER=lea\nSigned in as Léa\n", "Léa"},
		{"login: Léa\nSigned in as lea\n", "lea"},
		{"USER=jose\nSigned in as José\n", "José"},
		{"USER=lukasz\nSigned in as Łukasz\n", "Łukasz"},
		{"USER=seyma\nSigned in as Şeyma\n", "Şeyma"},
		{"USER=nguyen\nSigned in as Nguyễn\n", "Nguyễn"},
		{"USER=mueller\nSigned in as Müller\n", "Müller"},
		{"USER=odegaard\nSigned in as Ødegaard\n", "Ødegaard"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if n := strings.Count(out, "<user-1>"); n < 2 || strings.Contains(out, "<user-2>") {
			t.Errorf("%q: two users in %q", c.in, out)
		}
		s := newSession(t, Config{})
		s.Learn([]byte(c.in))
		if out := s.ScrubString(c.in); strings.Contains(out, "<user-2>") {
			t.Errorf("%q: two users after learning in %q", c.in, out)
		}
	}
	for _, keep := range []string{
		"Signed in as admin\n",
		"zoe: a Go package; lea: load effective address\n",
		"the Müller-Lyer illusion, p. 12; Signed in as guest\n",
	} {
		mustKeepTwice(t, keep)
	}
}
