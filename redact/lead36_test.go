package redact

import "testing"

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
