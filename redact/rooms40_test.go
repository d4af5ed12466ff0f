package redact

import (
	"strings"
	"testing"
)

// checkOwnerLeaks checks that each input's secret goes, in every
// encoding and scrubbed twice.
func checkOwnerLeaks(t *testing.T, cases []struct{ in, secret string }) {
	t.Helper()
	for _, c := range cases {
		checkEncodingsOnePass(t, c.in, c.secret)
		if out := scrubTextTwice(t, c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q: %q", c.in, out)
		}
	}
}

// A phone, a speaker or earbuds named after its model and its owner with
// a hyphen ("Pixel 7 - Kofi", "Google Home - Kofi") names the owner; a
// title's word, a version, a model code or a room there names nobody.
func TestDeviceHyphenOwner(t *testing.T) {
	checkOwnerLeaks(t, []struct{ in, secret string }{
		{"Google Home - Kofi\n", "Kofi"},
		{"Cast device: Google Home - Kofi\n", "Kofi"},
		{"Pixel 7 - Kofi\n", "Kofi"},
		{"Galaxy S23 - Ama Owusu\n", "Owusu"},
		{"Galaxy S23 - Ama Owusu\n", "Ama"},
		{"iPhone 15 - Kofi\n", "Kofi"},
		{"Paired: AirPods Pro - Kofi\n", "Kofi"},
		{"HomePod mini - Kofi\n", "Kofi"},
		{`{"name": "Galaxy Tab S9 - Wanjiru"}` + "\n", "Wanjiru"},
	})
	for _, keep := range []string{
		"Google Home (2nd gen)\n", "Google Home - Living Room\n", "Pixel 7 - Android 14\n", "Galaxy S23 - SM-S911B\n",
		"iPhone 15 - Review\n", "iPhone - Settings\n", "Pixel 7 - Teardown\n", "iPhone 15 Pro - Overview\n",
		"Galaxy S23 - Firmware 4.5\n", "iPhone 15 - Settings\n", "Google Home - Bedroom\n", "AirPods Pro - Left\n",
		"Smart Home - Settings\n", "My Home - Kofi Mensah Blog\n", "Pixel 8 - Wikipedia\n", "Galaxy A54 - Vodafone\n",
		"Galaxy S23 - Samsung\n", "iPhone 15 Pro Max - Apple\n", "Pixel 8 - Google Store\n", "iPad Air 5 - Wi-Fi\n",
	} {
		keepOnePass(t, keep)
	}
}

// A speaker's or an endpoint's name of a room and its owner under a key
// no keyword names ("Output: Bedroom Kofi"), and a speaker's owner of
// two words after a verb ("See Ama Owusu - Bedroom"), name the owner.
func TestRoomOwnerEndpoint(t *testing.T) {
	checkOwnerLeaks(t, []struct{ in, secret string }{
		{"Output: Bedroom Kofi\n", "Kofi"},
		{"Speaker: Kofi Office\n", "Kofi"},
		{"Input: Kitchen Ama\n", "Ama"},
		{"See Ama Owusu - Bedroom\n", "Owusu"},
		{"See Ama Owusu - Bedroom\n", "Ama"},
	})
	for _, keep := range []string{
		"Output: Built-in Speakers\n", "Output: MacBook Pro Speakers\n", "See Figure 3 - Bedroom\n",
		"Output: Bedroom Speakers\n", "Output: Kitchen Echo\n", "Output: Living Room\n", "Source: Bedroom Left\n",
		"See Section 4 - Bedroom\n", "See Master Bedroom - Bedroom\n", "Output: Error Messages\n",
	} {
		keepOnePass(t, keep)
	}
}

// A Bluetooth daemon's "Connected to" names a headset or earbuds after
// their owner ("Kofi Headphones"), or with a possessive; makers' and
// models' names stay.
func TestBluetoothConnectedOwner(t *testing.T) {
	checkOwnerLeaks(t, []struct{ in, secret string }{
		{"bluetoothd[300]: Connected to Kofi Headphones\n", "Kofi"},
		{"bluetoothd[300]: Connected to Ama Owusu Earbuds\n", "Owusu"},
		{"Bluetooth: connecting to Ama Owusu AirPods Pro\n", "Owusu"},
		{"bluetoothd[300]: Connected to Ama's AirPods Pro\n", "Ama"},
		{"Connected to Ama's AirPods Pro\n", "Ama"},
		{"bluetoothd[300]: Kofi's Beats Studio connected\n", "Kofi"},
		{"Bluetooth: Kofi's Beats Studio\n", "Kofi"},
	})
	for _, keep := range []string{
		"bluetoothd[300]: Connected to Focusrite Scarlett 2i2\n", "bluetoothd[300]: Connected to Pioneer DDJ-400\n",
		"bluetoothd[300]: Connected to AirPods Pro\n", "bluetoothd[300]: Connected to WH-1000XM4\n",
		"Connected to Focusrite Scarlett 2i2\n", "Connected to Pioneer DDJ-400\n", "Connected to AirPods Pro\n",
		"Connected to WH-1000XM4\n", "bluetoothd[300]: Connected to Sony Headphones\n",
		"bluetoothd[300]: Connected to Kitchen Speaker\n", "bluetoothd[300]: Connected to Wireless Headphones\n",
		"bluetoothd[300]: Connected to Gaming Headset\n", "bluetoothd[300]: Connected to Bose Headphones\n",
		"bluetoothd[300]: Connected to JBL Speaker\n", "Connected to Stereo Headset\n",
	} {
		keepOnePass(t, keep)
	}
}
