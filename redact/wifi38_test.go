package redact

import "testing"

// A Wi-Fi network's name tells where the machine is (it is looked up in
// public maps of networks): named in a log message with the word
// "wifi"/"Wi-Fi"/"WLAN" before its quotes, in typographic quotes (macOS's
// menus and notifications), after "joined" on a Wi-Fi line, or without
// quotes after "SSID" or "joined network", it leaves in every encoding,
// and where it is learned, its later mentions too.
func TestWifi38NetworkNames(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Connected to wifi \"Yilmaz Family 5G\"\n", "Yilmaz Family 5G"},
		{"sync: disconnected from WLAN 'Okafor Home' at 10:02\n", "Okafor Home"},
		{"Joined Wi-Fi \"Mensah_5G\"\n", "Mensah_5G"},
		{"connecting to Wi-Fi ‘Adeyemi House’ (WPA2)\n", "Adeyemi House"},
		{"Connected to Wi-Fi network “Yilmaz Family 5G”\n", "Yilmaz Family 5G"},
		{"SSID “Okafor Home” out of range\n", "Okafor Home"},
		{"wifi: joined \"Kowalski Dom\" (RSSI -52)\n", "Kowalski Dom"},
		{"Joined network Yilmaz_Home\n", "Yilmaz_Home"},
		{"wlan0: associated with SSID TP-Link_8A2C\n", "TP-Link_8A2C"},
		{"airport: ssid Okafor Home channel 36\n", "Okafor Home"},
		{"wlan0: associated with SSID Nakamura-Net (RSSI -61)\n", "Nakamura-Net"},
	} {
		checkBothPaths(t, c.in, c.secret)
		scrubTextTwice(t, c.in)
	}
}

// The words around a network's name in prose and settings stay: an
// unquoted word after "SSID" that goes on a sentence, a setting's value
// after "wifi", a quote after "joined" on a line that is not Wi-Fi's.
func TestWifi38KeepsProse(t *testing.T) {
	for _, keep := range []string{
		"the SSID is hidden\n",
		"Joined network successfully.\n",
		"warning: SSID not found in scan list\n",
		"set wifi \"off\" in the profile\n",
		"turned Wi-Fi \"on\"\n",
		"The user joined \"the band\" today\n",
		"network settings of the network\n",
		"SSID of the network, as broadcast\n",
		"account “default” selected\n",
		"head to SSID settings\n",
		"matched with SSID value from config\n",
	} {
		keepOnePass(t, keep)
	}
}
