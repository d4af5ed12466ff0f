package redact

import (
	"strings"
	"testing"
)

// A speaker or a TV named after its room and its owner ("Bedroom
// (Kofi)", "Office - Mehmet", "Kofi - Living Room") names the owner, in
// an audio device list, an AirPlay or Sonos log and a JSON dump; a room
// word that names a product too ("Office") counts after a device's key
// or a modifier only.
func TestRoomOwnerSpeaker(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Output: Bedroom (Kofi)\n", "Kofi"},
		{"Default output device: Living Room (Mehmet’s)\n", "Mehmet"},
		{"Sonos zone: Bedroom (Kofi's)\n", "Kofi"},
		{`{"name": "Bedroom (Kofi)", "type": "speaker"}` + "\n", "Kofi"},
		{"AirPlay device: Office (Mehmet)\n", "Mehmet"},
		{"Cast target: Home Office (Wanjiru Kamau)\n", "Wanjiru"},
		{"Ausgabegerät: Wohnzimmer (Jürgen)\n", "Jürgen"},
		{"Sortie audio : Cuisine (Amélie)\n", "Amélie"},
		{"AirPlay device: Office - Mehmet\n", "Mehmet"},
		{"Speaker: Kitchen - Kofi\n", "Kofi"},
		{"Connected to \"Living Room - Ama Owusu\"\n", "Owusu"},
		{"Gerät: Wohnzimmer – Jürgen\n", "Jürgen"},
		{"Kofi - Living Room\n", "Kofi"},
		{"Playing on \"Mehmet - Master Bedroom\"\n", "Mehmet"},
		{"Renderer: Kofi – Home Office\n", "Kofi"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		if out := scrubTextTwice(t, c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q: %q", c.in, out)
		}
	}
	for _, keep := range []string{
		"Speakers (Realtek High Definition Audio)\n", "Office Speakers\n", "Studio Display\n", "Living Room TV\n",
		"Headphones (Pioneer DJ DDJ-400)\n", "Line Out (Focusrite USB)\n", "Bedroom (2)\n", "Output: Bedroom (Left)\n",
		"Output: Kitchen (Sonos)\n", "Output: Bedroom (Stereo Pair)\n", "Microsoft Office (Word)\n", "Office (Excel)\n",
		"Android Studio - Preview\n", "Installed Office - Outlook\n", "Chat Room (Beta)\n", "Kitchen - Settings\n",
		"Output: Kitchen (Playing)\n", "Bedroom (Queen Bed)\n", "Error - Kitchen\n", "Visual Studio (Community)\n",
		"Speaker: Living Room - Bedroom\n",
	} {
		keepOnePass(t, keep)
	}
}

// Amazon's Echo speakers take their owner's name in brackets or after a
// hyphen ("Echo Dot (Kofi)", "Echo Show 8 - Ama"), as other speakers do;
// the shell's "echo" before a word in brackets names nobody.
func TestEchoOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Alexa device: Echo Dot (Kofi)\n", "Kofi"},
		{"Echo Dot - Kofi\n", "Kofi"},
		{"Found Echo Show 8 (Ama Owusu)\n", "Owusu"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		if out := scrubTextTwice(t, c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q: %q", c.in, out)
		}
	}
	for _, keep := range []string{"echo Starting build (Release)\n", "Echo Dot (Left)\n", "Echo Dot - Firmware 4.5\n",
		"Echo Pop - Kitchen\n", "Echo Dot (3rd Gen)\n"} {
		keepOnePass(t, keep)
	}
}

// A device's name of two words, a room's and its owner's either way
// round, names the owner where a device's key or an audio endpoint's
// kind says it is a device's (`"name": "Kofi Bedroom"`, "Speakers
// (Mehmet Office)"); the room's word stays, after a learned name too.
func TestRoomPairOwner(t *testing.T) {
	for _, c := range []struct{ in, secret, want string }{
		{`{"name": "Kofi Bedroom"}` + "\n", "Kofi", `{"name": "<user-1> Bedroom"}` + "\n"},
		{`AirPlay device: "Bedroom Kofi"` + "\n", "Kofi", `AirPlay device: "Bedroom <user-1>"` + "\n"},
		{"Speakers (Mehmet Office)\n", "Mehmet", "Speakers (<user-1> Office)\n"},
		{"Headphones (Wohnzimmer Jürgen)\n", "Jürgen", "Headphones (Wohnzimmer <user-1>)\n"},
		{"Kofi's phone\nKofi Kitchen\n", "Kofi", "<user-1>'s phone\n<user-1> Kitchen\n"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	for _, keep := range []string{`{"name": "Master Bedroom"}` + "\n", `{"name": "Office Speakers"}` + "\n",
		`{"name": "Microsoft Office"}` + "\n", `{"title": "Nightmare Kitchen"}` + "\n", "Speakers (Bedroom TV)\n",
		"Speakers (Studio Display)\n", `{"name": "Kitchen Display"}` + "\n", `{"name": "Living Room"}` + "\n"} {
		keepOnePass(t, keep)
	}
}

// Google's and Apple's smart speakers take their owner's name as
// Amazon's do: "Nest Mini (Kofi)", "Nest Hub - Ama", "Chromecast
// (Kofi)".
func TestSmartSpeakerOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Cast device: Nest Mini (Kofi)\n", "Kofi"},
		{"Nest Hub - Ama\n", "Ama"},
		{"Found Chromecast (Kofi Mensah)\n", "Mensah"},
		{"AirPlay: HomePod Mini - Kofi\n", "Kofi"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		if out := scrubTextTwice(t, c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q: %q", c.in, out)
		}
	}
	for _, keep := range []string{"Nest Hub (2nd Gen)\n", "Nest Mini - Firmware 1.2\n", "Chromecast (Ultra)\n",
		"Nest Audio (Living Room)\n", "echo nest mini (Kofi)\n"} {
		keepOnePass(t, keep)
	}
}
