package redact

import "testing"

// A learned account written without the letters its owner's name has:
// a three-letter one (zoe, lea) folds to a name with letters outside
// ASCII ("Zoë", "Léa"), and German and Nordic accounts spell ä, ö, ü and
// å as ae, oe, ue and aa (joerg, juergen.mueller, soeren, haakon): "Jörg
// called", "Müller said" went out while "Jorg" was caught.
func TestFoldShortAndDigraphNames(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"path: /Users/zoe/Music\nnote: Zoë called\n", "Zoë"},
		{"path: /Users/lea/x\nnote: Léa called\n", "Léa"},
		{"path: /Users/joerg/Music\nnote: Jörg called\n", "Jörg"},
		{"path: C:\\Users\\juergen.mueller\\Music\nnote: Jürgen Müller called, Müller said\n", "Müller"},
		{"path: /Users/soeren/Music\nnote: Søren called\n", "Søren"},
		{"path: /home/haakon/x\nnote: Håkon called\n", "Håkon"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// a short account's name matches only a word outside ASCII; words
	// that fold to no account stay
	out := scrubTwice(t, "path: /Users/zoe/Music\nmode: Zo E, Z.O.E. on, Straße, Jörg Müller\n")
	mustKeep(t, "learn then scrub", out, "Zo E, Z.O.E. on, Straße, Jörg Müller")
}

// A learned name written out with its letters outside ASCII, and a
// possessive: "Siobhán's 40th x" kept the name (the fold read
// "Siobhán's" as one word, which is no name).
func TestFoldPossessive(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"path: /Users/siobhan.nighearailt/Music\nLast played: /Users/siobhan.nighearailt/Music/djay/Siobhán's 40th - Warmup.djayset\n", "Siobhán"},
		{"path: /Users/siobhan/Music\nplayed Siobhán's 40th x\n", "Siobhán"},
		{"path: /home/joerg/x\nnote: Jörg's set is loaded\n", "Jörg"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// A milestone age after a possessive, and a set's part after a dash:
// "Kemi's 40th - Warmup.djayset" kept the name ("Kemi's 40th.djayset"
// did not).
func TestAgeOwnerBeforeDash(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"played Kemi's 40th - Warmup.djayset\n", "Kemi"},
		{"Last: Siobhan's 30th – Warmup.djayset\n", "Siobhan"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// not a milestone, a composer's work
	mustKeepTwice(t, "Beethoven's 9th - Allegro.mp3\ntrack: Mahler's 5th - Adagietto\n")
}

// A JSON-escaped Windows path whose folder name ends in a parenthesis
// ("D:\\Dropbox (Obi Sounds)\\rekordbox", as an Electron app logs it):
// the "\\" after ')' continues the path, it opens no UNC host, and
// "rekordbox" was learned as one and replaced everywhere.
func TestNoUNCHostAfterParenthesis(t *testing.T) {
	in := "[info]  App starting: Rekordbox-Cloud-Helper 2.3.1\n[warn]  Dropbox sync root: D:\\\\Dropbox (Obi Sounds)\\\\rekordbox\n"
	out := scrubTwice(t, in)
	mustKeep(t, "learn then scrub", out, "Rekordbox-Cloud-Helper", "\\\\rekordbox")
	mustKeepTwice(t, "x=C:\\\\Program Files (x86)\\\\Steam\\\\steam.exe\n")
	// a share in parentheses is still one
	checkBothPaths(t, "see (\\\\fileserver-kofi\\share\\x)\n", "fileserver-kofi")
}
