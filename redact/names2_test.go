package redact

import (
	"testing"
)

// A capitalised name owning a capitalised thing ("Thandiwe's JBL Flip 5",
// "Andrey's Sonos Move", "E:\Thandiwe's Music") is named after its owner,
// whatever the thing is; common possessives ("Today's Top Hits") are kept.
func TestNamesOwnerAnyDevice(t *testing.T) {
	cases := []struct{ in, secret, keep string }{
		{"Device 00:42:79:AA:BB:CC Thandiwe's JBL Flip 5\n", "Thandiwe", "'s JBL Flip 5"},
		{"AirPlay: Andrey's Sonos Move\n", "Andrey", "AirPlay: "},
		{"\tDescription: Thandiwe's JBL Flip 5\n", "Thandiwe", "Description: "},
		{"library E:\\Thandiwe's Music\\crate.m3u\n", "Thandiwe", "'s Music\\crate.m3u"},
		{"paired with Amélie’s Bose QC45\n", "Amélie", "’s Bose QC45"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "later "+c.secret+" again")
		out := scrubTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secret)
		mustKeep(t, c.in, out, c.keep)
	}
	// common possessives, brands, contractions and titles stay
	for _, in := range []string{
		"Now playing: Today's Top Hits - Spotify\n", "Editor's Choice\n", "Women's Health Radio\n",
		"Children's Music\n", "Valentine's Day Mix\n", "Let's Dance by David Bowie\n", "It's Alright\n",
		"Apple's Music app\n", "Mother's Day\n", "New Year's Eve set\n", "That's Not My Name\n",
		"What's Going On\n", "The Queen's Gambit OST\n", "a Driver's License\n", "God's Plan - Drake\n",
		"Sgt. Pepper's Lonely Hearts Club Band\n", "McDonald's Radio\n", "Serato's Beatport Link\n",
		"the user's Music folder\n", "Here's Johnny\n", "Everybody's Free\n", "Rapper's Delight\n",
		"Life's a Beach\n", "DJ's Choice\n", "Kai's\n", "Bob's bar\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("over-scrub: %q -> %q", in, out)
		}
	}
}
