package redact

import (
	"strings"
	"testing"
)

// A DAW's or a DJ app's "Session: my_birthday_set.wav" names the song or
// project file that is open, no session token: the file's name stays
// (its occasion words are no secret), while one named after a person
// still loses the name, and a real session token still goes.
func TestOver31SessionMediaFile(t *testing.T) {
	for _, keep := range []string{
		"Session: my_birthday_set.wav",
		"Session: final_mix_v2.wav",
		"Session: session_2026-12-01.als",
		"Loaded: final_mix_v2.wav",
		"[Audio] Session: summer-rooftop-set.flac opened (44100 Hz, 2 ch)",
		"session=deep_house_warmup.m3u8",
	} {
		mustKeepTwice(t, keep)
	}
	checkBothPaths(t, "Session: Kofi_Mensah_birthday.wav\n", "Mensah")
	for _, c := range []struct{ in, secret string }{
		{"Session: Ngozi.als\n", "Ngozi"},
		{"Session: 7f3a9c2e1b4d5f60a8e9\n", "7f3a9c2e1b4d5f60a8e9"},
	} {
		mustNotContain(t, c.in, scrubTwice(t, c.in), c.secret)
		var m memFile
		if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(c.in)); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, c.in+"/one pass", string(m.b), c.secret)
	}
}
