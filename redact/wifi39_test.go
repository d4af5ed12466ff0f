package redact

import "testing"

// wifi39Leaks checks each case's secrets leave in every encoding, in one
// pass, and in a second scrub of the same session.
func wifi39Leaks(t *testing.T, cases []struct {
	in      string
	secrets []string
}) {
	t.Helper()
	for _, c := range cases {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		mustNotContain(t, c.in+"/twice", scrubTextTwice(t, c.in), c.secrets...)
	}
}

// The command lines that name a Wi-Fi network or set its key: netsh's
// wlan context names a profile, which Windows names after its network,
// with name= or after "profile"; wpa_cli's set_network writes the name
// and the key in its own double quotes inside a shell's single ones;
// iwctl's known-networks and connect-hidden name the network.
func TestWifi39ToolArgs(t *testing.T) {
	wifi39Leaks(t, []struct {
		in      string
		secrets []string
	}{
		{`netsh wlan connect name="Okafor Home"`, []string{"Okafor"}},
		{`netsh wlan show profile name="Okafor Home" key=clear`, []string{"Okafor"}},
		{`C:\> netsh wlan delete profile Okafor_Home`, []string{"Okafor"}},
		{"netsh wlan set profileparameter name=Okafor_Home connectionmode=auto\nJoined Okafor_Home", []string{"Okafor"}},
		{`netsh WLAN export profile name="Okafor Home" folder=C:\temp`, []string{"Okafor"}},
		{`wpa_cli -i wlan0 set_network 0 ssid '"Okafor Home"'` + "\nwlan0: joined Okafor Home", []string{"Okafor"}},
		{`wpa_cli set_network 0 psk '"s3cretpass99"'`, []string{"s3cretpass99"}},
		{"wpa_cli set_network 1 ssid 4f6b61666f725f486f6d65\nnetwork Okafor_Home", []string{"Okafor", "4f6b61666f725f486f6d65"}},
		{"wpa_cli -i wlan0 set_network 2 sae_password hunter2hunter", []string{"hunter2hunter"}},
		{"iwctl known-networks Okafor_Home forget", []string{"Okafor"}},
		{"iwctl station wlan0 connect-hidden Okafor_Home", []string{"Okafor"}},
	})
	for _, keep := range []string{"netsh wlan show interfaces", "netsh wlan show profiles", "netsh wlan show profile name=* key=clear",
		"netsh interface show interface name=Ethernet", "wpa_cli select_network 0", "iwctl known-networks list", "wpa_cli status"} {
		keepOnePass(t, keep)
	}
}

// ConnMan names a Wi-Fi service "wifi_<the interface's MAC>_<the SSID in
// hex>_managed_<security>", in connmanctl's arguments and services list,
// its D-Bus paths and its settings folders: the hex and the MAC go, the
// name the hex spells is learned.
func TestWifi39ConnmanService(t *testing.T) {
	const id = "wifi_0a1b2c3d4e5f_4f6b61666f725f486f6d65_managed_psk"
	secrets := []string{"4f6b61666f725f486f6d65", "0a1b2c3d4e5f", "Okafor"}
	wifi39Leaks(t, []struct {
		in      string
		secrets []string
	}{
		{"connmanctl connect " + id + "\nlater Okafor_Home", secrets},
		{"connmand[600]: wlan0 service /net/connman/service/" + id + " state ready\nOkafor_Home up", secrets},
		{"/var/lib/connman/" + id + "/settings", secrets[:2]},
		{"[" + id + "]\nName=Okafor_Home", secrets},
	})
	for _, keep := range []string{"connmanctl connect ethernet_0a1b2c3d4e5f_cable", "wifi_enabled_by_default_in_config_file_2024",
		"/usr/lib/firmware/wifi_0123456789ab_module_v2.bin"} {
		keepOnePass(t, keep)
	}
}

// A Wi-Fi daemon's line names the network it connects to after
// "Connecting to"/"Connected to" (iwd, ConnMan, wpa_supplicant, a line
// that names Wi-Fi), and a scan's "Found network: x (WPA2)" before its
// security; elsewhere those words name a server, a host, an interface.
func TestWifi39DaemonLines(t *testing.T) {
	wifi39Leaks(t, []struct {
		in      string
		secrets []string
	}{
		{"iwd[512]: Connecting to Okafor_Home", []string{"Okafor"}},
		{"Dec  7 10:00:01 pc iwd[512]: Connected to Okafor Home (psk)\nlater: Okafor Home", []string{"Okafor"}},
		{"connmand[600]: Connecting to 'Okafor Home'", []string{"Okafor"}},
		{"WiFi: connecting to Okafor-Home-2.4", []string{"Okafor"}},
		{"Found network: Okafor-Home-2.4 (WPA2)\nOkafor-Home-2.4 up", []string{"Okafor"}},
		{"Network: Okafor Home [WPA2-PSK-CCMP][ESS]", []string{"Okafor"}},
		{"iwd: Found network: Okafor_Home (psk)", []string{"Okafor"}},
	})
	for _, keep := range []string{"Connecting to server", "Connecting to server example.org port 443", "ssh: Connecting to host.example.com",
		"WiFi: Connected to the internet", "bluetoothd[300]: Connecting to device",
		"Found network: eth0", "Found network: default (bridge)", "network: host", "Connected to Redis (v7)", "Network: Default Switch (Internal)"} {
		keepOnePass(t, keep)
	}
	// an access point's address is the MAC detectors'
	if out := scrubTextTwice(t, "iwd[512]: Connecting to aa:bb:cc:dd:ee:ff"); out != "iwd[512]: Connecting to <mac-1>" {
		t.Errorf("the address: %q", out)
	}
}

// A speaker named after its owner and its room: unquoted after a key
// that names a device ("AirPlay device: Kofi Bedroom"), and after a verb
// that opens the value ("See Kofi - Bedroom", where "See" went with the
// name). A room alone stays, and the verb.
func TestWifi39RoomOwners(t *testing.T) {
	wifi39Leaks(t, []struct {
		in      string
		secrets []string
	}{
		{"AirPlay device: Kofi Bedroom", []string{"Kofi"}},
		{"Cast device: Bedroom Kofi", []string{"Kofi"}},
		{"See Kofi - Bedroom", []string{"Kofi"}},
	})
	if out := scrubTextTwice(t, "See Kofi - Bedroom"); out != "See <user-1> - Bedroom" {
		t.Errorf("See: %q", out)
	}
	for _, keep := range []string{"AirPlay device: Living Room", "AirPlay device: Bedroom Speaker", "Error: Kofi Bedroom",
		"See Living Room", "Device: Kitchen Echo"} {
		keepOnePass(t, keep)
	}
}

// A shell's or an env file's NETWORK= holds a Wi-Fi network's name where
// it is one (mixed case, letters first); a container's network, an
// address and a variable are no name.
func TestWifi39EnvNetwork(t *testing.T) {
	wifi39Leaks(t, []struct {
		in      string
		secrets []string
	}{
		{"NETWORK=Okafor Home\nlater Okafor Home", []string{"Okafor"}},
		{"export NETWORK=Okafor_Home_5G", []string{"Okafor"}},
	})
	for _, keep := range []string{"NETWORK=host", "NETWORK=NAT", "NETWORK=$NET", "NETWORK=bridge\nMODE=x", "NETWORK=${NET:-host}"} {
		keepOnePass(t, keep)
	}
}
