package redact

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Leak: nmcli -t's connection rows ("NAME:UUID:TYPE:DEVICE", no header)
// kept a Wi-Fi connection's name, a network's or a person's hotspot's,
// written before anything taught it.
func TestProbe18NmcliTerseRows(t *testing.T) {
	in := "$ nmcli -t -f NAME,UUID,TYPE,DEVICE connection show\n" +
		"Kofi's iPhone:5b2f3c4d-1a2b-4c3d-9e8f-0a1b2c3d4e5f:802-11-wireless:wlp2s0\n" +
		"Wired connection 1:7c1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e6f:802-3-ethernet:\n" +
		"Mensah Family 5G:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d:802-11-wireless:\n" +
		"lo:0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b:loopback:lo\n"
	checkAllEncodings(t, "nmcli", in, []string{"Kofi", "Mensah"}, "joined Mensah Family 5G")
	out := scrubTwice(t, in)
	mustKeep(t, "nmcli", out, "\nWired connection 1:<uuid-", ":loopback:lo\n", ":802-11-wireless:wlp2s0\n", "\n<network-")
	// a wired row's name stays
	keep := "Wired connection 1:7c1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e6f:802-3-ethernet:eth0\n"
	mustKeep(t, "keep", scrubTwice(t, keep), "Wired connection 1:<uuid-1>:")
}

// Leak: ioreg's "UsbDeviceSignature" data holds the USB device's serial
// number as the hex of its ASCII, after the vendor's and product's ids;
// the serial went under "USB Serial Number" but stayed there.
func TestProbe18UsbDeviceSignature(t *testing.T) {
	in := "    | |     \"kUSBSerialNumberString\" = \"00008101001A2B3C0E90001E\"\n" +
		"    | |     \"UsbDeviceSignature\" = <ac05a812010630303030383130313030314132423343304539303030314500000000ff0000>\n"
	sig := "    | |     \"UsbDeviceSignature\" = <ac05a812010630303030383130313030314132423343304539303030314500000000ff0000>\n"
	secrets := []string{"00008101001A2B3C0E90001E", "3030303038313031303031413242334330453930303031450"}
	checkAllEncodings(t, "sig", sig, secrets, "serial 00008101001A2B3C0E90001E")
	checkAllEncodings(t, "both", in, secrets, "")
	out := scrubTwice(t, in)
	mustKeep(t, "sig", out, "\"UsbDeviceSignature\" = <<serial-1>>", "\"kUSBSerialNumberString\" = \"<serial-1>\"")
	// a device without a serial keeps its ids
	keep := "    | |     \"UsbDeviceSignature\" = <5e040b0800010000ff0000>\n    | |     \"UsbDeviceSignature\" = <ac05a8120106303030ff0000>\n"
	mustKeepTwice(t, keep)
}

// Leak: a machine's or a person's id under a "uuid" key, which names a
// build elsewhere: wpa_cli status's WPS uuid (after "address="), a
// user's ("user uuid=…", Splice's log; {"user": {"uuid": …}}).
func TestProbe18OwnedUUIDs(t *testing.T) {
	wpa := "$ wpa_cli status\nwpa_state=COMPLETED\np2p_device_address=f8:ac:65:aa:bb:cc\naddress=f8:ac:65:aa:bb:cc\nuuid=7c2e9a4b-3f1d-5e6a-8b9c-0d1e2f3a4b5c\n"
	checkAllEncodings(t, "wpa", wpa, []string{"7c2e9a4b-3f1d"}, "")
	mustKeep(t, "wpa", scrubTwice(t, wpa), "\nuuid=<machine-id-1>\n")
	user := "2024-03-01 10:00:01.123 Splice[1234:5678] [Auth] logged in user uuid=8d1f2e3a-4b5c-4d6e-9f7a-0b1c2d3e4f5c\n[splice] user: uuid=9d1f2e3a-4b5c-4d6e-9f7a-0b1c2d3e4f5d\n"
	checkAllEncodings(t, "user", user, []string{"8d1f2e3a", "9d1f2e3a"}, "")
	mustNotContain(t, "user-json", scrubJSONString(t, `{"user": {"uuid": "8d1f2e3a-4b5c-4d6e-9f7a-0b1c2d3e4f5e", "username": "kofi"}}`), "8d1f2e3a")
	mustKeep(t, "build-json", scrubJSONString(t, `{"build": {"uuid": "8d1f2e3a-4b5c-4d6e-9f7a-0b1c2d3e4f5e"}}`), "8d1f2e3a")
	// build ids stay
	keep := "build uuid=8d1f2e3a-4b5c-4d6e-9f7a-0b1c2d3e4f50\nuuid=8d1f2e3a-4b5c-4d6e-9f7a-0b1c2d3e4f51\nusers uuid=8d1f2e3a-4b5c-4d6e-9f7a-0b1c2d3e4f52\n"
	mustKeepTwice(t, keep)
}

// Leak: macOS's local KDC realm ("LKDC:SHA1.<hash>", in principals and
// keytabs) kept the hash that names the machine ("LKDC" alone went, as a
// host).
func TestProbe18LKDCRealm(t *testing.T) {
	realm := "Default principal: ama@LKDC:SHA1.3F2A1B9C8D7E6F50A1B2C3D4E5F60718293A4B5C\n" +
		"   3 cifs/LKDC:SHA1.8B0FBACC08E3152A473A68D303E297A13CAA3AFD@LKDC:SHA1.8B0FBACC08E3152A473A68D303E297A13CAA3AFD\n"
	checkAllEncodings(t, "realm", realm, []string{"3F2A1B9C8D7E6F50", "8B0FBACC08E3152A"}, "")
	mustKeep(t, "realm", scrubTwice(t, realm), "   3 cifs/<machine-id-2>@<machine-id-2>\n")
}

// Leak: security find-identity's list of signing identities kept the
// developer's name (a person's, or a company's) and the team's id.
func TestProbe18SigningIdentities(t *testing.T) {
	ids := "$ security find-identity -v -p codesigning\n" +
		"  1) 4F1A2B3C4D5E6F708192A3B4C5D6E7F801234567 \"Apple Development: Ama Owusu (9XYZ12AB3C)\"\n" +
		"  2) 5A6B7C8D9E0F1A2B3C4D5E6F708192A3B4C5D6E7 \"Developer ID Application: Owusu Sound Ltd (K7LM3N4P5Q)\"\n" +
		"  3) 6A6B7C8D9E0F1A2B3C4D5E6F708192A3B4C5D6E7 \"Apple Development: ama.owusu@example.com (Q7LM3N4P5Z)\"\n" +
		"     3 valid identities found\n"
	checkAllEncodings(t, "ids", ids, []string{"Owusu", "9XYZ12AB3C", "K7LM3N4P5Q", "Q7LM3N4P5Z"}, "signed by Ama Owusu")
	mustKeep(t, "ids", scrubTwice(t, ids), "\"Apple Development: <user-", "\"Developer ID Application: <user-", "     3 valid identities found\n")
}

// Leak: Slack's auth.test response ("team": the workspace's name, beside
// its "team_id" and its URL), as an SDK's debug log or a saved response
// holds it, kept the employer's name. A "team" elsewhere stays.
func TestProbe18SlackTeam(t *testing.T) {
	in := `{"ok": true, "team": "Acme Studios", "user": "grace", "team_id": "T0123ABCD9", "user_id": "U0123ABCD"}` + "\n" +
		"auth.test ok team=Acme Studios team_id=T0123ABCD9\n"
	checkAllEncodings(t, "slack", in, []string{"Acme"}, "")
	mustKeep(t, "slack", scrubTwice(t, in), `"team": "<org-1>", "user": "<user-1>", "team_id": "T0123ABCD9"`)
	doc := `{"ok": true, "url": "https://acme-studios.slack.com/", "team": "Acme Studios", "user": "grace", "team_id": "T12345678"}` + "\n" +
		`{"team_id": "T12345678", "team": "Acme Studios"}` + "\n"
	out := scrubJSONString(t, doc)
	mustNotContain(t, "slack-json", out, "Acme")
	mustKeep(t, "slack-json", out, `"team_id": "T12345678", "team": "<org-`)
	for _, keep := range []string{`{"team": "Red Sox", "score": 3, "url": "https://example.com/"}` + "\n", "team: platform\nteam=blue team_id=42\n"} {
		mustKeepTwice(t, keep)
		if out := scrubJSONString(t, keep); out != keep {
			t.Errorf("keep json: %q", out)
		}
	}
}

// TestProbe18IdemSpanishIpconfigLabel: ipconfig /all's Spanish label
// "Sufijo DNS específico para la conexión. . :" is longer than the 40
// bytes a key phrase reads back; its letters outside ASCII take one byte
// (Windows-1252), two (UTF-8) or three (the U+FFFD ScrubJSON writes for
// an invalid byte), and it was cut inside a word, so the connection's
// DNS suffix stayed, and the key read differently once ScrubJSON had
// written the label again. The window now grows by the bytes outside
// ASCII in it: the label reads the same in each encoding.
func TestProbe18IdemSpanishIpconfigLabel(t *testing.T) {
	for _, label := range []string{"Sufijo DNS espec\xedfico para la conexi\xf3n", "Sufijo DNS específico para la conexión", "Sufijo DNS espec\ufffdfico para la conexi\ufffdn"} {
		in := "   " + label + ". . : home.kofimensah.net\r\n   Direcci\xf3n IPv4. . . . . . . . . . . . . . : 192.168.1.23\r\n"
		out := scrubTwice(t, in)
		mustKeep(t, label, out, label+". . : <host-1>\r\n")
		if utf8.ValidString(label) && !strings.Contains(label, "\ufffd") {
			// (UTF-16 text holds no U+FFFD, nor an invalid byte, which
			// utf16le would write as one: a run stops there)
			checkAllEncodings(t, label, in, []string{"kofimensah"}, "")
		}
		s := newSession(t, Config{})
		var b1, b2 strings.Builder
		if err := s.ScrubJSON(&b1, strings.NewReader(`{"m":"kofi@example.com\n`+strings.ReplaceAll(strings.ReplaceAll(in, "\n", `\n`), "\r", `\r`)+`"}`)); err != nil {
			t.Fatal(err)
		}
		if err := s.ScrubJSON(&b2, strings.NewReader(b1.String())); err != nil {
			t.Fatal(err)
		}
		if b1.String() != b2.String() {
			t.Errorf("not idempotent:\n once  %q\n twice %q", b1.String(), b2.String())
		}
		mustNotContain(t, label+"/json", b1.String(), "kofimensah")
	}
	// a long phrase in ASCII is cut as before; prose outside ASCII keeps
	// its words
	keep := "2024-03-01 10:00:00 the quick brown fox jumps over the lazy dog user: kofi\nЭто очень длинное предложение о пароле: да\n"
	mustKeep(t, "keep", scrubTwice(t, keep), "Это очень длинное предложение о пароле: да\n")
}

// TestProbe18IdemOwnerRest: ScrubJSON replaced a user's value up to its
// colon ({"owner": "'kofi:kofi"}) and left the rest unscanned, where a
// second pass, which sees the pseudonym and scans the whole value, found
// the learned name: the rest is now scanned in the first pass too.
func TestProbe18IdemOwnerRest(t *testing.T) {
	for _, in := range []string{`{"owner": "'AAA:AAA"}`, `{"path": "/Users/kofi/x", "owner": "'kofi:kofi"}`, `{"owner": "'kofi:staff"}` + "\n/Users/kofi/x"} {
		mustNotContain(t, in, scrubJSONTwice(t, in), "AAA", "kofi")
	}
}

// Leak: a street address under a bare "address" key ("address": "Flat
// 4, 12 Mill Road") stayed. The key now replaces a value with a street's
// shape; an IP, MAC or host is found by its own, and a memory address,
// a fault's or a number stays.
func TestProbe18BareAddress(t *testing.T) {
	in := "\"address\": \"Flat 4, 12 Mill Road\"\nAddress: 221B Baker Street\naddress: 10.1.2.3\naddress: a4:2b:b0:11:22:33\n"
	checkAllEncodings(t, "address", in, []string{"Mill Road", "Baker", "10.1.2.3", "a4:2b:b0"}, "")
	out := scrubJSONString(t, `{"user": {"address": "12 Mill Road, Leeds LS1 4AB"}, "frame": {"address": 140734799804416}}`)
	mustNotContain(t, "json", out, "Mill Road")
	mustKeep(t, "json", out, `"address": 140734799804416`)
	keep := "address: 0x7ff8a1b2c3d0\nFault address: 0x00007ff8a1b2c3d0\naddress: 4 bytes at 0x10\naddress = 0x1000 size 4096\naddress: Unknown 0\n"
	mustKeepTwice(t, keep)
	if out := scrubJSONString(t, `{"address": "0x7ff8a1b2c3d0", "fault": {"address": "0x0"}}`); out != `{"address": "0x7ff8a1b2c3d0", "fault": {"address": "0x0"}}` {
		t.Errorf("keep json: %q", out)
	}
}

// Leak: whoami /groups lists the Microsoft account the Windows account
// signs in with as a group, with its SID (S-1-11-96- and ten numbers):
// the address went, the SID that names the same account stayed.
func TestProbe18MicrosoftAccountSID(t *testing.T) {
	in := "MicrosoftAccount\\kofi.mensah@outlook.com                      User             S-1-11-96-3623454863-58364-18864-2661722203-1597581903-1227457924-3212380406-1405587498-1453380183-3234546071 Mandatory group, Enabled by default, Enabled group\n"
	checkAllEncodings(t, "msa", in, []string{"3623454863", "3234546071", "kofi.mensah"}, "")
	mustKeep(t, "msa", scrubTwice(t, in), "User             <machine-id-1> Mandatory group")
	keep := "Everyone                                                      Well-known group S-1-1-0      Mandatory group\nNT AUTHORITY\\Authenticated Users  Well-known group S-1-5-11  Mandatory group\n"
	mustKeepTwice(t, keep)
}

// Over-scrub: whoami /groups' rows of local groups ("STUDIO-PC\docker-users
// Alias S-1-5-21-…") were read as DOMAIN\account: the group's name was
// learned as a user and went from the whole report ("add yourself to
// docker-users"). The machine's name still goes; a whoami /user row's
// account too.
func TestProbe18WhoamiGroups(t *testing.T) {
	in := "Group Name                                                    Type             SID          Attributes\n" +
		"============================================================= ================ ============ ==================================================\n" +
		"KOFI-STUDIO-PC\\docker-users                                   Alias            S-1-5-21-1004336348-1177238915-682003330-1003 Mandatory group, Enabled by default, Enabled group\n" +
		"KOFI-STUDIO-PC\\__vmware__                                     Alias            S-1-5-21-1004336348-1177238915-682003330-1004 Mandatory group\n" +
		"add yourself to docker-users group\n"
	out := scrubTwice(t, in)
	mustKeep(t, "groups", out, "\\docker-users                                   Alias", "\\__vmware__ ", "add yourself to docker-users group\n")
	mustNotContain(t, "groups", out, "KOFI-STUDIO", "1004336348")
	user := "User Name             SID\n===================== ==============================================\nkofi-studio-pc\\kofi.m S-1-5-21-1004336348-1177238915-682003330-1001\nKOFI-STUDIO-PC\\kofi.m   Alias   x\n"
	checkAllEncodings(t, "user", user, []string{"kofi.m", "kofi-studio"}, "")
}

// Leak: systeminfo's and Get-ComputerInfo's "Domain" of a machine in a
// workgroup its owner named ("MENSAHHOME"), or of an AD domain's NetBIOS
// name, stayed (only a dotted domain went). The default WORKGROUP stays.
func TestProbe18WorkgroupDomain(t *testing.T) {
	in := "Host Name:                 KOFI-STUDIO-PC\nDomain:                    MENSAHHOME\nLogon Server:              \\\\KOFI-STUDIO-PC\n" +
		"CsDomain                                                : MENSAHHOME\nCsWorkgroup                                             : MENSAHHOME\n"
	checkAllEncodings(t, "wg", in, []string{"MENSAHHOME", "KOFI-STUDIO"}, "joined MENSAHHOME")
	keep := "Domain:                    WORKGROUP\nCsDomain                                                : WORKGROUP\n  domain   : local\nDomain: Audio\n"
	mustKeepTwice(t, keep)
}

// Leak: Get-ComputerInfo's workgroup or NetBIOS domain in JSON
// (ConvertTo-Json: {"CsDomain": "MENSAHHOME"}) stayed; a cookie's domain
// and WORKGROUP stay.
func TestProbe18WorkgroupDomainJSON(t *testing.T) {
	out := scrubJSONString(t, `{"CsDomain": "MENSAHHOME", "CsWorkgroup": "MENSAHHOME", "CsName": "KOFI-STUDIO-PC"}`)
	mustNotContain(t, "json", out, "MENSAHHOME", "KOFI-STUDIO")
	keep := `{"domain": "WORKGROUP", "cookie": {"domain": ".example.com", "name": "sid"}}`
	if out := scrubJSONString(t, keep); out != keep {
		t.Errorf("keep: %q", out)
	}
}

// Leak: an audio interface its owner named, whose model starts with a
// digit ("Kofi Mensah's 828es", MOTU's AVB devices; "Ama's 2i2"), kept
// the owner's name: a possessive's thing had to start with a capital.
func TestProbe18AudioInterfaceOwners(t *testing.T) {
	in := "MOTU Pro Audio Control: discovered 828es \"Kofi Mensah's 828es\" at 169.254.12.34\nFocusrite Control: Ama's 2i2 connected\n"
	checkAllEncodings(t, "owners", in, []string{"Kofi", "Mensah", "Ama's"}, "thanks Ama")
	mustKeep(t, "owners", scrubTwice(t, in), "'s 828es\" at <ip-", "'s 2i2 connected\n")
}

// Over-scrub: a maker's possessive before its own product ("Apple's
// iPhone 15", "Samsung's Galaxy S24", "Focusrite's 2i2 driver") replaced
// the maker as a person, and learned it everywhere. A person's device
// still goes.
func TestProbe18MakersProducts(t *testing.T) {
	in := "Apple's iPhone 15 and Samsung's Galaxy S24\nGoogle's Pixel 8\nFocusrite's 2i2 driver\nMOTU's 828es firmware\nUniversal Audio's Apollo\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	checkAllEncodings(t, "owner", "Kofi's iPhone 15\nAllen's Pixel 8\n", []string{"Kofi", "Allen"}, "")
}

// Leak: RME's driver settings and TotalMix FX name a unit by its model
// and serial number ("Fireface UCX II (23789456)"): the serial stayed.
// A number in parentheses elsewhere stays.
func TestProbe18RMESerial(t *testing.T) {
	in := "TotalMix FX: Fireface UCX II (23789456) connected\nBabyface Pro FS (72012345): 48000 Hz\nRME serial 23789456\n"
	checkAllEncodings(t, "rme", in, []string{"23789456", "72012345"}, "")
	mustKeep(t, "rme", scrubTwice(t, in), "Fireface UCX II (<serial-1>) connected\n")
	keep := "buffer size (12345678) exceeded\nFireface UCX II firmware 1.02 (20240101)\nFireface UCX\nx (12345678)\n"
	mustKeepTwice(t, keep)
}

// Leak: a workspace's URL written with JSON's escaped slashes
// ("https:\/\/acme-studios.slack.com\/", as Slack's API writes it and an
// SDK logs the body) kept the tenant: the URL readers look for "://".
func TestProbe18EscapedTenantURL(t *testing.T) {
	in := `DEBUG:slack_sdk.web.base_client:Received the following response - status: 200, body: {"ok":true,"url":"https:\/\/acme-studios.slack.com\/","team":"Acme Studios","team_id":"T12345678"}` + "\n" +
		`x: {"url":"https:\/\/contoso-music.okta.com\/app\/UserHome"}` + "\n"
	checkAllEncodings(t, "escaped", in, []string{"acme-studios", "Acme Studios", "contoso-music"}, "")
	keep := `url: https:\/\/app.slack.com\/client https:\/\/example.com\/x` + "\n"
	mustKeepTwice(t, keep)
}

// Leak: msinfo32's text export lists each drive's label in a tab
// separated row ("Volume Name\tAma Studio Drive\t"): it stayed (only
// "Volume Name:" was read). A factory label stays.
func TestProbe18Msinfo32VolumeName(t *testing.T) {
	in := "[Drives]\nDrive\tD:\t\nDescription\tLocal Fixed Disk\t\nVolume Name\tAma Studio Drive\t\nVolume Serial Number\t1A2B3C4D\t\nDrive\tE:\t\nVolume Name\tZOE_BACKUP\t\n"
	checkAllEncodings(t, "drives", in, []string{"Ama Studio", "ZOE_BACKUP"}, "copied to ZOE_BACKUP")
	mustKeep(t, "drives", scrubTwice(t, in), "\nVolume Name\t<label-1>\t\n")
	keep := "Volume Name\tNew Volume\t\nVolume Name\tSYSTEM_DRV\t\n"
	mustKeepTwice(t, keep)
}

// Leak: a MAC or IPv6 address that is an XML element's whole text (the
// event log's `<Data Name="DeviceAddress">A4:2B:B0:11:22:33</Data>`)
// stayed: a '<' after a colon run was read as a C++ template's, which an
// element's closing tag is not.
func TestProbe18XMLElementAddresses(t *testing.T) {
	in := `<Event><EventData><Data Name="DeviceAddress">A4:2B:B0:11:22:33</Data><Data Name="PeerMac">a4:2b:b0:11:22:34</Data><Data Name="Address">fe80::1c2d:3e4f:5a6b:7c8d</Data></EventData></Event>` + "\n"
	checkAllEncodings(t, "xml", in, []string{"A4:2B:B0:11:22:33", "a4:2b:b0:11:22:34", "fe80::1c2d"}, "")
	mustKeep(t, "xml", scrubTwice(t, in), `<Data Name="DeviceAddress"><mac-1></Data>`)
	keep := "std::map<dead::beef<T>> cafe::babe<int>\n"
	mustKeepTwice(t, keep)
}

// Leak: an XML element's text of more than one word under an SSID, an
// organisation's or a city's key (the event log's <Data Name="SSID">,
// <RegisteredOrganization>, <City>) kept all but its first word.
func TestProbe18XMLElementWords(t *testing.T) {
	elems := `<Event><EventData><Data Name="SSID">Owusu Family WiFi</Data></EventData></Event>` + "\n<RegisteredOrganization>Mensah Sound Ltd</RegisteredOrganization><City>New York</City>\n"
	checkAllEncodings(t, "elems", elems, []string{"Owusu", "Family", "Mensah", "Sound Ltd", "York"}, "")
	mustKeep(t, "elems", scrubTwice(t, elems), `<Data Name="SSID"><network-1></Data>`, "<City><location-1></City>")
}

// Leaks: netsh wlan export profile's XML kept the network's name (the
// profile's <name>, the SSID's <name> and its <hex>) and, exported with
// key=clear, the Wi-Fi password (<keyMaterial>). Over-scrub: the
// security method (<authentication>WPA2PSK</authentication>) went as a
// token.
func TestProbe18WlanProfileXML(t *testing.T) {
	in := "<?xml version=\"1.0\"?>\n<WLANProfile xmlns=\"http://www.microsoft.com/networking/WLAN/profile/v1\">\n\t<name>Owusu Family WiFi</name>\n" +
		"\t<SSIDConfig>\n\t\t<SSID>\n\t\t\t<hex>4F777573752046616D696C792057694669</hex>\n\t\t\t<name>Owusu Family WiFi</name>\n\t\t</SSID>\n\t</SSIDConfig>\n" +
		"\t<MSM>\n\t\t<security>\n\t\t\t<authEncryption>\n\t\t\t\t<authentication>WPA2PSK</authentication>\n\t\t\t\t<encryption>AES</encryption>\n\t\t\t</authEncryption>\n" +
		"\t\t\t<sharedKey>\n\t\t\t\t<keyType>passPhrase</keyType>\n\t\t\t\t<protected>false</protected>\n\t\t\t\t<keyMaterial>kofi-ama-2019!</keyMaterial>\n\t\t\t</sharedKey>\n" +
		"\t\t</security>\n\t</MSM>\n</WLANProfile>\n"
	checkAllEncodings(t, "wlan", in, []string{"Owusu", "4F777573752046616D", "kofi-ama-2019"}, "joined Owusu Family WiFi")
	out := scrubTwice(t, in)
	mustKeep(t, "wlan", out, "<name><network-1></name>", "<hex><network-1></hex>", "<authentication>WPA2PSK</authentication>", "<encryption>AES</encryption>")
	keep := "<name>Scarlett 2i2</name><hex>4F77</hex>\n<plugin><name>Serum</name></plugin>\nAuthentication: WPA2-Personal\n"
	mustKeepTwice(t, keep)
}

// Leak: macOS's Wi-Fi preferences name each known network under
// "SSID_STR" and "SSIDString" (plists): the network's name stayed.
func TestProbe18PlistSSID(t *testing.T) {
	in := "<key>SSID_STR</key>\n<string>Owusu Family WiFi</string>\n<key>SSIDString</key>\n<string>Owusu Family WiFi</string>\n"
	checkAllEncodings(t, "plist", in, []string{"Owusu"}, "joined Owusu Family WiFi")
	mustKeep(t, "plist", scrubTwice(t, in), "<key>SSID_STR</key>\n<string><network-1></string>\n")
}

// Leak: Office names an identity's registry key after the Microsoft
// account's CID ("…\Identity\Identities\8d1f2e3a4b5c4d6e_LiveId", reg
// query of HKCU): it stayed, where OneDrive's "cid" went.
func TestProbe18OfficeLiveID(t *testing.T) {
	in := "HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Common\\Identity\\Identities\\8d1f2e3a4b5c4d6e_LiveId\n    EmailAddress    REG_SZ    kofi.mensah@outlook.com\n"
	checkAllEncodings(t, "liveid", in, []string{"8d1f2e3a4b5c4d6e"}, "cid=8D1F2E3A4B5C4D6E")
	s := newSession(t, Config{})
	out := s.ScrubString(in + "OneDrive: cid=8d1f2e3a4b5c4d6e\n")
	mustKeep(t, "liveid", out, "\\Identities\\<uid-1>_LiveId\n", "cid=<uid-1>\n")
	keep := "HKCU\\Software\\Foo\\Settings_LiveId\nbuild_0123456789abcdef_LiveIdx\n"
	mustKeepTwice(t, keep)
}

// Leak: a printer connection's registry key spells \\SERVER\PRINTER with
// commas (HKCU\Printers\Connections\,,PRINTSRV01,HP-OfficeJet, reg
// query): the print server, a machine of the organisation, stayed.
func TestProbe18PrinterConnections(t *testing.T) {
	in := "HKEY_CURRENT_USER\\Printers\\Connections\\,,PRINTSRV01,HP-OfficeJet\nHKEY_CURRENT_USER\\Printers\\Connections\\,,mensahprint,HP\n" +
		"HKEY_CURRENT_USER\\Printers\\Connections\\,,mensah-print01.corp.local,HP LaserJet\n"
	checkAllEncodings(t, "printers", in, []string{"PRINTSRV01", "mensahprint", "mensah-print01"}, "")
	mustKeep(t, "printers", scrubTwice(t, in), "\\Connections\\,,<host-1>,HP-OfficeJet\n", ",HP LaserJet\n")
}

// Leak: a Bluetooth LE game pad's, keyboard's or mouse's device instance
// id (HID over GATT: "HID\{00001812-…}_DEV_VID&02045E_PID&0B13_REV&0509_
// A42BB0112236", Get-PnpDevice, pnputil) kept the device's address: only
// BTHENUM's and BTHLE's ids were read.
func TestProbe18BLEHIDInstanceID(t *testing.T) {
	in := "OK     HIDClass       Xbox Wireless Controller                       HID\\{00001812-0000-1000-8000-00805F9B34FB}_DEV_VID&02045E_PID&0B13_REV&0509_A42BB0112236\n" +
		"Instance ID:                HID\\{00001812-0000-1000-8000-00805f9b34fb}_Dev_VID&02046d_PID&b023_REV&0008_f3a1b2c3d4e5&Col01\\9&1f2e3d4c&0&0000\n"
	checkAllEncodings(t, "hid", in, []string{"A42BB0112236", "f3a1b2c3d4e5"}, "")
	mustKeep(t, "hid", scrubTwice(t, in), "_PID&0B13_REV&0509_<mac-1>\n", "HID\\{00001812-0000-1000-8000-00805F9B34FB}_DEV_VID&02045E")
	keep := "HID\\VID_046D&PID_C52B&MI_02&Col01\\7&2A1B3C4D&0&0000\nUSB\\VID_1235&PID_8211&MI_00\\7&2A1B3C4D&0&0000\n"
	mustKeepTwice(t, keep)
}

// Leak: Get-ComputerInfo's "OsOrganization" (Win32_OperatingSystem's
// Organization, the registered organisation again) stayed.
func TestProbe18OsOrganization(t *testing.T) {
	in := "OsOrganization                                          : Mensah Sound Ltd\nOsInstallDate                                           : 14/03/2023 09:12:45\n"
	checkAllEncodings(t, "osorg", in, []string{"Mensah", "Sound Ltd"}, "")
	mustKeep(t, "osorg", scrubTwice(t, in), "OsOrganization                                          : <org-1>\n")
}

// Leak: WMI's WmiMonitorID lists a monitor's serial number as its ASCII
// codes in decimal ("SerialNumberID : {67, 78, 48, 70, …, 0, 0}",
// Get-CimInstance): it stayed. The decoded serial is learned.
func TestProbe18WmiMonitorSerial(t *testing.T) {
	in := "SerialNumberID         : {67, 78, 48, 70, 51, 57, 56, 55, 54, 53, 0, 0, 0, 0, 0, 0}\nUserFriendlyName       : {68, 69, 76, 76, 32, 85, 50, 55, 50, 48, 81, 0, 0}\n"
	checkAllEncodings(t, "wmi", in, []string{"67, 78, 48, 70, 51"}, "Monitor serial: CN0F398765")
	out := scrubTwice(t, in+"Monitor serial: CN0F398765\n")
	mustKeep(t, "wmi", out, "SerialNumberID         : {<serial-1>}\n", "Monitor serial: <serial-1>\n", "{68, 69, 76, 76, 32")
	// (a list PowerShell cut, "{67, 78, 48, 70...}", is the serial's
	// start: probe20_test.go)
	keep := "SerialNumberID         : {0, 0, 0, 0}\nManufacturerName       : {68, 69, 76, 0...}\n"
	mustKeepTwice(t, keep)
}

// Leak: net localgroup's members, one account a line after the dashes,
// kept a bare local account ("ama.owusu"): only DOMAIN\account went.
// The built-in accounts and the closing line stay.
func TestProbe18NetLocalgroupMembers(t *testing.T) {
	in := "C:\\>net localgroup Administrators\r\nAlias name     Administrators\r\nComment        Administrators have complete and unrestricted access\r\n\r\nMembers\r\n\r\n" +
		"-------------------------------------------------------------------------------\r\nAdministrator\r\nKOFI-STUDIO-PC\\kofi.m\r\nama.owusu\r\n" +
		"MicrosoftAccount\\kofi.mensah@outlook.com\r\nyaw\r\nThe command completed successfully.\r\n\r\n"
	checkAllEncodings(t, "members", in, []string{"ama.owusu", "yaw", "kofi"}, "later: ama.owusu and yaw logged in")
	mustKeep(t, "members", scrubTwice(t, in), "\r\nAdministrator\r\n", "\r\nThe command completed successfully.\r\n")
	keep := "Members\r\n\r\n-------\r\nthe list\r\nMembers\r\nnone here\r\n"
	mustKeepTwice(t, keep)
}

// TestProbe18IdemDeviceNameProduct: "Device name:" followed by two words
// is a product's, no machine's; a second pass, where a pseudonym has
// replaced the second word ("Kofame: <user-1>'s iPhone"), read the first
// as a host. A pseudonym there is a word as the first pass saw it.
func TestProbe18IdemDeviceNameProduct(t *testing.T) {
	for _, in := range []string{"Device name: Kofame: Kofi's iPhone\n", "Device name: Ko: Kofi'sfi's Babyface Pro\n"} {
		out := scrubTwice(t, in)
		mustKeep(t, in, out, "'s ")
	}
	checkAllEncodings(t, "host", "Device name: kofi-studio\n", []string{"kofi-studio"}, "")
}

// Over-scrub: whoami /groups /fo csv's rows of local groups
// ("STUDIO-PC\docker-users","Alias",…) still made the group's name a
// user's, as the aligned table did.
func TestProbe18WhoamiGroupsCSV(t *testing.T) {
	in := "\"Group Name\",\"Type\",\"SID\",\"Attributes\"\n\"KOFI-STUDIO-PC\\docker-users\",\"Alias\",\"S-1-5-21-1004336348-1177238915-682003330-1003\",\"Mandatory group\"\nadd yourself to docker-users\n"
	out := scrubTwice(t, in)
	mustKeep(t, "csv", out, "\\docker-users\",\"Alias\"", "add yourself to docker-users\n")
	mustNotContain(t, "csv", out, "KOFI-STUDIO", "1004336348")
	checkAllEncodings(t, "user", "\"User Name\",\"SID\"\n\"kofi-studio-pc\\kofi.m\",\"S-1-5-21-1004336348-1177238915-682003330-1001\"\n", []string{"kofi.m", "kofi-studio"}, "")
}

// Over-scrub: whoami /user /fo list's "SID: S-1-5-21-…-1001" went whole
// as a session token ("sid"), where every other SID keeps its RID and
// the machine's part has one pseudonym.
func TestProbe18WhoamiSIDKey(t *testing.T) {
	in := "User Name: kofi-studio-pc\\kofi.m\nSID:       S-1-5-21-1004336348-1177238915-682003330-1001\nS-1-5-21-1004336348-1177238915-682003330-1003\n"
	out := scrubTwice(t, in)
	mustKeep(t, "sid", out, "SID:       <machine-id-1>-1001\n<machine-id-1>-1003\n")
	mustKeep(t, "token", scrubTwice(t, "sid=8f3a2b1c9d8e7f6a5b4c\n"), "sid=<token-1>")
}

// Leak: systeminfo's "Domain" row in German, French, Spanish, Italian
// and Polish ("Domäne:", "Domaine:", "Dominio:", "Domena:") kept the
// AD domain or the named workgroup.
func TestProbe18LocalizedDomain(t *testing.T) {
	in := "Domaine:                                   MENSAHHOME\nDomäne:                                    MENSAHHOME\nDominio:                                   ad.mensah-sound.co.uk\nDomena:                                    WORKGROUP\n"
	checkAllEncodings(t, "domain", in, []string{"MENSAHHOME", "mensah-sound"}, "")
	mustKeep(t, "domain", scrubTwice(t, in), "Domena:                                    WORKGROUP\n")
	keep := "Dominio: el dominio de la red\n"
	mustKeepTwice(t, keep)
}

// Leak: Get-LocalUser's table kept the local accounts ("kofi.m", "yaw")
// and a Description holding the person's full name ("Yaw Mensah"). The
// built-in accounts and their descriptions stay.
func TestProbe18GetLocalUser(t *testing.T) {
	in := "PS C:\\> Get-LocalUser\r\n\r\nName               Enabled Description\r\n----               ------- -----------\r\n" +
		"Administrator      False   Built-in account for administering the computer/domain\r\nama.owusu          True\r\n" +
		"DefaultAccount     False   A user account managed by the system.\r\nkofi.m             True\r\nyaw                True    Yaw Mensah\r\n\r\n"
	checkAllEncodings(t, "users", in, []string{"ama.owusu", "kofi.m", "yaw", "Mensah"}, "later: kofi.m and yaw")
	mustKeep(t, "users", scrubTwice(t, in), "\r\nAdministrator      False   Built-in account for administering the computer/domain\r\n",
		"\r\nDefaultAccount     False   A user account managed by the system.\r\n")
}
