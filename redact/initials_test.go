package redact

import "testing"

// TestInitialsAccount: an account that abbreviates its owner's name with
// an initial (tmokoena, t.mokoena, mokoenat, thandekam) finds the full
// name in text, in every encoding; the surname alone, another initial
// and common words stay.
func TestInitialsAccount(t *testing.T) {
	for _, home := range []string{"/Users/tmokoena/x", "/home/t.mokoena/x", "/home/mokoenat/x", "/home/thandekam/x", `C:\Users\TMokoena\x`} {
		checkAllEncodings(t, home, home+" Thandeka Mokoena signed the set\n", []string{"Thandeka", "Mokoena"}, "hi Thandeka Mokoena")
	}
	checkAllEncodings(t, "accented", "/Users/eomeara/x Éadaoin O'Meara\n", []string{"Éadaoin", "O'Meara"}, "")
	out := scrubTwice(t, "C:\\Users\\jsmith\\x John Smith, Kai Smith, Smith alone, Audio Engine, Serato DJ Pro\n/home/kmusic/x Kai Music\n")
	mustNotContain(t, "initial", out, "John")
	mustKeep(t, "no such name", out, "Kai Smith", "Smith alone", "Audio Engine", "Serato DJ Pro", "Kai Music")
}
