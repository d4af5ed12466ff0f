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
