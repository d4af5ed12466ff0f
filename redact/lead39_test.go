package redact

import (
	"strings"
	"testing"
)

// An SSID after a colon runs to the end of the line, but not over the next
// key: iwd's connect-info line put "bss:" and five bytes of the access
// point's MAC into the network's pseudonym and left the sixth byte out.
func TestLead39SSIDBeforeNextKey(t *testing.T) {
	in := "iwd[512]: event: connect-info, ssid: Okafor_Home, bss: 0a:1b:2c:3d:4e:5f, signal: -52\n"
	out := scrubTextTwice(t, in)
	mustNotContain(t, "connect-info", out, "Okafor", "0a:1b", "4e:5f")
	for _, keep := range []string{"bss: <", "signal: -52"} {
		if !strings.Contains(out, keep) {
			t.Errorf("lost %q: %q", keep, out)
		}
	}
	checkEncodingsOnePass(t, "wlan0: ssid: Okafor Home, bss: 0a:1b:2c:3d:4e:5f\n", "Okafor Home")
	// a name with a comma and no key after it stays one name
	out = scrubTextTwice(t, "SSID: Okafor, Home 5G\nnext line\n")
	mustNotContain(t, "comma in name", out, "Okafor", "Home 5G")
}

// A couple's slug may go on past its occasion with a year or a number
// ("kapoor-sharma-wedding-2024.mp4"): the names before it went out, since
// the slug's reader gave up on a segment without letters.
func TestLead39SlugCoupleYear(t *testing.T) {
	for _, c := range []struct{ in, gone string }{
		{"/Videos/kapoor-sharma-wedding-2024.mp4\n", "kapoor"},
		{"open: kapoor-sharma-wedding-2024-highlights.mp4 failed\n", "sharma"},
		{"Loaded priya_arjun_wedding_2024.mp3\n", "arjun"},
		{"https://example.com/v/priya-and-arjun-wedding-2-final\n", "priya"},
	} {
		out := scrubTextTwice(t, c.in)
		mustNotContain(t, c.in, out, c.gone)
		if !strings.Contains(out, "wedding") {
			t.Errorf("%q: lost the occasion: %q", c.in, out)
		}
	}
	checkEncodingsOnePass(t, "Loaded kapoor-sharma-wedding-2024.mp4\n", "kapoor", "sharma")
	for _, keep := range []string{
		"Loaded beach-house-wedding-2024.mp4\n",
		"Loaded black-and-white-wedding-2024.mp4\n",
		"Loaded wedding-mix-vol-2-2024.mp3\n",
		"Loaded las-vegas-wedding-2023.mp4\n",
	} {
		if out := scrubTextTwice(t, keep); out != keep {
			t.Errorf("over-scrub: %q -> %q", keep, out)
		}
	}
}

// Google's and Apple's boxes are named after their owner as Amazon's
// speakers are, with the maker's name before the line: "Google Home
// (Kofi)", "Apple TV (Kofi)", "Google Nest Mini - Ama".
func TestLead39StreamerOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Cast device: Google Home (Kofi)\n", "Kofi"},
		{"AirPlay target Apple TV (Kofi Mensah) unreachable\n", "Mensah"},
		{"Found Google Nest Mini - Ama\n", "Ama"},
		{"Apple TV - Kofi\n", "Kofi"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		mustNotContain(t, c.in, scrubTextTwice(t, c.in), c.secret)
	}
	for _, keep := range []string{"Google Home (2nd gen)\n", "Apple TV (4K)\n", "Google (Search)\n",
		"Apple TV (Living Room)\n", "Google Homework (Kofi)\n", "Apple TVs (Kofi)\n", "Google Home - Firmware 1.2\n"} {
		keepOnePass(t, keep)
	}
}
