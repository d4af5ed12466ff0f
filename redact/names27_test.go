package redact

import (
	"strings"
	"testing"
)

// A DJ names the first dance's song after the couple, the occasion's
// word left out: "Busi & Themba first dance.wav" kept both names (only a
// wedding's own words, "Wedding", "Walima", "Mehndi", were read), and
// "Themba First Dance", once Themba was learned, learned "First" as his
// surname.
func TestNames27CoupleFirstDance(t *testing.T) {
	for in, secret := range map[string]string{
		"Loaded track: /Users/dj/Music/Weddings 2026/Busi & Themba first dance.wav\n": "Themba",
		"Analyzing \"Busi & Themba first dance.wav\" (BPM 72)\n":                      "Busi",
		"Recording saved: Chiamaka & Obinna First Dance.mp3\n":                        "Obinna",
		"Deck A: Lan and Tuan first dance.flac\n":                                     "Tuan",
		"Crate: Aylin & Emre first dance\n":                                           "Aylin",
	} {
		checkBothPaths(t, in, secret)
	}
	out := scrubTwice(t, "Music/Weddings/Busi & Themba First Dance.mp3\nFirst run done\n")
	mustNotContain(t, "first dance", out, "Themba")
	if !strings.Contains(out, "First Dance.mp3") || !strings.Contains(out, "First run done") {
		t.Errorf("First learned as a surname: %q", out)
	}
	for _, keep := range []string{
		"Loaded track: Salt & Pepper first dance.wav\n", "Sugar & Spice First Dance.mp3\n",
		"Rock & Roll first dance medley.mp3\n", "Love & Happiness first dance.flac\n",
		"Drum & Bass first dance edit.wav\n", "Q&A first dance lessons\n",
		"R & B First Dance Songs.m3u\n", "Black & Gold First Dance.mp3\n",
		"if a && b first dance(x)\n", "Hall & Oates first dance.mp3\n",
	} {
		mustKeepTwice(t, keep)
	}
}
