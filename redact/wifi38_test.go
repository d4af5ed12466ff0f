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

// A Wi-Fi tool's command line (a shell's history, ps, a script's trace)
// holds the network's key and name: nmcli's "password" and key settings,
// its "ssid", "wifi connect" and Wi-Fi connection names, iwctl's
// "connect", wpa_passphrase's two arguments. The key leaves, the name
// leaves and is learned.
func TestWifi38ToolLines(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"$ nmcli dev wifi connect \"Okafor Home\" password \"hunter22\"\n", []string{"Okafor Home", "hunter22"}},
		{"nmcli device wifi connect Okafor_5G password s3cr3t-99 ifname wlan0\n", []string{"Okafor_5G", "s3cr3t-99"}},
		{"/usr/bin/nmcli --ask dev wifi connect Okafor_5G password s3cr3t-99\n", []string{"Okafor_5G", "s3cr3t-99"}},
		{"sudo nmcli con modify Mensah_Net wifi-sec.psk hunter22\n", []string{"Mensah_Net", "hunter22"}},
		{"nmcli connection add type wifi con-name x ifname wlan0 ssid \"Okafor Home\" wifi-sec.key-mgmt wpa-psk wifi-sec.psk s3cr3t99\n", []string{"Okafor Home", "s3cr3t99"}},
		{"nmcli connection up id \"Adeyemi WiFi\" # 802-11-wireless\n", []string{"Adeyemi WiFi"}},
		{"iwctl station wlan0 connect \"Okafor Home\"\n", []string{"Okafor Home"}},
		{"/usr/bin/wpa_passphrase \"Okafor Home\" hunter22 >> /etc/wpa.conf\n", []string{"Okafor Home", "hunter22"}},
	} {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		scrubTextTwice(t, c.in)
	}
	out := scrubTextTwice(t, "iwctl station wlan0 connect Okafor_5G\nlater: roamed within Okafor_5G\n")
	mustNotContain(t, "learned", out, "Okafor_5G")
}

// nmcli's and iwctl's other lines keep their words: a VPN's or a wired
// connection's name, a listing, a status.
func TestWifi38ToolKeeps(t *testing.T) {
	for _, keep := range []string{
		"nmcli dev wifi list\n",
		"nmcli con up Work\n",
		"nmcli general status\n",
		"nmcli connection show --active\n",
		"iwctl station wlan0 scan\n",
		"nmcli dev wifi connect\n",
	} {
		keepOnePass(t, keep)
	}
}
