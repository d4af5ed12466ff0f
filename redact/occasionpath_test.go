package redact

import "testing"

// A DJ's project named for a person's occasion, in a path: the path is
// one word up to the blank, so the occasion's word ends it, and no
// detector read the name after the dash ("…/Projects/Birthday -
// Amaka.als" kept Amaka, as at a line's start it did not).
func TestOccasionEndingAPath(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"loaded /Users/dj/Music/Projects/Birthday - Amaka.als\n", "Amaka"},
		{"recent_project_1=C:\\Users\\dj\\Documents\\Ableton\\Birthday - Chiamaka Obi.als\n", "Chiamaka"},
		{"open /Users/dj/Music/Bday Set - Kemi.als failed\n", "Kemi"},
		{"Projekt: /home/dj/Musik/Geburtstag – Jürgen.als\n", "Jürgen"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// a song's "Title - Artist" file, a title's section, other paths
	mustKeepTwice(t, "loaded /Volumes/Music/Birthday - Katy Perry.mp3\n"+
		"open /srv/www/Birthday - Extended Mix.wav\nopen /srv/www/Anniversary - Part 2.mp4\n"+
		"cp /usr/lib/x86_64-linux-gnu/libc.so.6 - ok\nls /Volumes/Music - 3 items\n")
}

// In a binary (a bplist's string after its length byte, a record after
// a NUL) the byte before the occasion is a control byte: it opens the
// name as a line break does.
func TestOccasionAfterControlByte(t *testing.T) {
	in := "bplist00\x5f\x10\x14Birthday - Amaka.als\x00\x00\x00Bday Set - Kemi.als\x00"
	mustNotContain(t, "learn then scrub", scrubTwice(t, in), "Amaka", "Kemi")
	mustNotContain(t, "one pass", onePass29(t, in), "Amaka", "Kemi")
	mustKeepTwice(t, "\x00\x10Birthday - Extended Mix.wav\x00\x14Birthday - Katy Perry.mp3\x00")
}
