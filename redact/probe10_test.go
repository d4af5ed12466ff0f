package redact

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// Findings of a probe of system tools' output and app logs not probed
// before: netsh wlan, scutil --dns, reg query's REG_BINARY rows, Dropbox
// and OneDrive sync logs, streaming targets, Ableton's Log.txt.

// Leak: netsh wlan show profiles / show profile key=clear: the profiles
// (named after the networks), the SSID and the Wi-Fi key stayed; so did
// networksetup's "Current Wi-Fi Network". netsh's "Security key :
// Present" is a state, no key.
func TestProbe10NetshWlanProfiles(t *testing.T) {
	in := "User profiles\n-------------\n    All User Profile     : Agnieszka iPhone\n" +
		"    All User Profile     : Club Energia Backstage\n    Current User Profile : Wi-Fi Łódź Kowalczyk\n\n" +
		"Profile information\n-------------------\n    Name                   : Dom Agnieszki\n" +
		"    SSID name              : \"Dom Agnieszki\"\n    Security key           : Present\n" +
		"    Key Content            : kotek2019!\n" +
		"$ networksetup -getairportnetwork en0\nCurrent Wi-Fi Network: Mensah Family 5G\n"
	checkAllEncodings(t, "netsh", in, []string{"Agnieszk", "Energia", "Kowalczyk", "kotek2019", "Mensah"}, "later: Dom Agnieszki")
	mustKeep(t, "netsh", scrubTwice(t, in), "Security key           : Present\n", "    Key Content            : <", "Current Wi-Fi Network: <")
}

// Leak: a key with an index before its ':' (scutil --dns's "search
// domain[0] : x") was read as no key.
func TestProbe10IndexedKey(t *testing.T) {
	in := "resolver #1\n  search domain[0] : mensah-studio.gh\n  search domain[1] : ad.radiomars.ma\n  nameserver[0] : 192.168.1.1\n  if_index : 14 (en0)\n"
	checkAllEncodings(t, "scutil", in, []string{"mensah", "radiomars", "192.168.1.1"}, "")
	mustKeep(t, "scutil", scrubTwice(t, in), "  search domain[0] : <host-", "  if_index : 14 (en0)\n")
	// syslog's "process[pid]: message" is no indexed key
	in = "Nov 28 23:12:09 studio gnome-session-binary[1234]: Entering running state\n" +
		"Nov 28 23:12:09 studio passwd[2211]: password changed\nNov 28 23:12:09 studio login[812]: ROOT LOGIN ON tty1\n"
	mustKeep(t, "syslog", scrubTwice(t, in), "[1234]: Entering running state\n", "[2211]: password changed\n", "[812]: ROOT LOGIN ON tty1\n")
}

// Over-scrub: "Authorization: Registered to ADDRESS" (Ableton's Log.txt)
// replaced "Registered" as a token: a state word and a preposition are
// prose. A token after a scheme-like word still goes.
func TestProbe10AuthorizationProse(t *testing.T) {
	in := "info: Authorization: Registered to ngozi.adeyemi@yahoo.co.uk (Live 12 Suite)\n"
	checkAllEncodings(t, "auth", in, []string{"ngozi", "yahoo"}, "")
	mustKeep(t, "auth", scrubTwice(t, in), "Authorization: Registered to <email-1> (Live 12 Suite)")
	for _, in := range []string{
		"Authorization: Token 9f8e7d6c5b4a39281706f5e4d3c2b1a0\n",
		"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrYWkifQ.c2lnbmF0dXJl\n",
	} {
		checkAllEncodings(t, "auth", in, []string{"9f8e7d6c5b4a", "eyJzdWIi"}, "")
	}
}

// Leak: Dropbox's account, team member and team ids ("dbid:", "dbmid:",
// "dbtid:") outside an account key, and a Microsoft account's CID in
// OneDrive's URLs and sync logs; learned, the CID goes from the item ids
// and API paths that start with it.
func TestProbe10CloudIDs(t *testing.T) {
	in := "[Cloud] account dbid:AADxR8q3Zc1mL0pT9k2vH4Y7wE6sN5uJiBo, team_member dbmid:AAB2q8F7-kL1xXc9vYz0wT3uI4oP5aS6dQ\n" +
		"[Cloud] Dropbox: linked as dbtid:AABMgx8sX1rJ2dxEXAMPLE-3fGhK9qZvTyLw\n" +
		"OneDrive share: https://onedrive.live.com/?cid=4F2B8D1C9A7E3B60&id=4F2B8D1C9A7E3B60%21117&authkey=!AHb3kP9q\n" +
		"OneDrive: https://api.onedrive.com/v1.0/drives/4f2b8d1c9a7e3b60/items/root?cid=4f2b8d1c9a7e3b60\n" +
		"OneDrive sync: cid=4f2b8d1c9a7e3b60 driveType=personal\n"
	checkAllEncodings(t, "cloud", in, []string{"AADxR8q3", "AAB2q8F7", "AABMgx8s", "4F2B8D1C", "4f2b8d1c"}, "")
	out := scrubTwice(t, in)
	mustKeep(t, "cloud", out, "account dbid:<uid-", "driveType=personal", "https://api.onedrive.com/v1.0/drives/<uid-")
	if strings.Count(out, "<uid-4>") != 5 {
		t.Errorf("one CID, one pseudonym: %q", out)
	}
	// "cid" of other shapes names no account
	for _, in := range []string{"mail part cid=image001.png@01DB41A2\n", "session cid=42 started\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}

// Leak: a host in a dynamic DNS zone (a home's Icecast server, a
// router's or NAS's remote access) stayed as a public service's name.
func TestProbe10DynamicDNSHost(t *testing.T) {
	in := "Broadcast target: http://source:hackme@kai-radio.duckdns.org:8000/live\n" +
		"shoutcast server kai-radio.duckdns.org:8000\n" +
		"NAS: https://okonkwo-nas.synology.me:5001/ and https://a1b2c3d4e5f6g7h8.myfritz.net:46123/\n"
	checkAllEncodings(t, "ddns", in, []string{"kai-radio", "hackme", "okonkwo-nas", "a1b2c3d4e5f6g7h8"}, "")
	mustKeep(t, "ddns", scrubTwice(t, in), "Broadcast target: http://", ":8000/live\n")
	// the services' own sites stay
	for _, in := range []string{"see https://www.duckdns.org/spec.jsp\n", "https://duckdns.org/install.jsp\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}

// Leak: reg query prints REG_BINARY values as bare hex: a Bluetooth
// device's name (BTHPORT\…\Devices\…\Name, the UTF-8 of "Jürgen's
// AirPods") stayed. A timestamp's bytes stay.
func TestProbe10RegQueryBinary(t *testing.T) {
	in := "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\BTHPORT\\Parameters\\Devices\\ac800a3f129b\r\n" +
		"    LastSeen    REG_BINARY    EA07070006001C0016002B000B002A01\r\n" +
		"    Name    REG_BINARY    4AC3BC7267656E27732041697250726F73\r\n" +
		"    LEName    REG_BINARY    536962757369736F2773204A424C204368617267652035\r\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "regbin", out, "4AC3BC72", "53696275")
	mustKeep(t, "regbin", out, "    LastSeen    REG_BINARY    EA07070006001C0016002B000B002A01\r\n", "    Name    REG_BINARY    <user-")
	// learned, the owner goes from the rest of the report
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	mustNotContain(t, "regbin/learned", s.ScrubString("connected to Jürgen's AirPods, Sibusiso's JBL"), "Jürgen", "Sibusiso")
}

// Leak: the Bluetooth stack's registry keys name devices by address
// alone (BTHPORT\Parameters\Devices\ADDR, Keys\ADAPTER with a value per
// device holding its link key), and LE pairings keep LTK and IRK values.
func TestProbe10BluetoothRegistry(t *testing.T) {
	in := "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\BTHPORT\\Parameters\\Devices\\ac800a3f129b\r\n" +
		"    COD    REG_DWORD    0x240418\r\n\r\n" +
		"HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\BTHPORT\\Parameters\\Keys\\f84d896a2b11\r\n" +
		"    001b66c27d4e    REG_BINARY    9A8B7C6D5E4F3A2B1C0D9E8F7A6B5C4D\r\n\r\n" +
		"HKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Services\\BTHPORT\\Parameters\\Keys\\f84d896a2b11\\d43a2c115e90\r\n" +
		"    LTK    REG_BINARY    0F1E2D3C4B5A69788796A5B4C3D2E1F0\r\n" +
		"    CentralIRK    REG_BINARY    1F2E3D4C5B6A79889706B5C4D3E2F1A0\r\n" +
		"    DigitalProductId    REG_BINARY    A4000000030000003030333432\r\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "bth", out, "ac800a3f129b", "f84d896a2b11", "001b66c27d4e", "d43a2c115e90", "9A8B7C6D", "0F1E2D3C", "1F2E3D4C", "A4000000")
	mustKeep(t, "bth", out, "\\BTHPORT\\Parameters\\Devices\\<mac-1>\r\n", "    COD    REG_DWORD    0x240418\r\n", "    LTK    REG_BINARY    <")
	// a folder of 12 hex digits elsewhere is no address
	for _, in := range []string{"C:\\ProgramData\\Package Cache\\a1b2c3d4e5f6\\setup.exe\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}

// Leak: lsblk's SERIAL column (lsblk -o +SERIAL): a header of capitals
// with MAJ:MIN among them was read as no table header.
func TestProbe10LsblkSerialColumn(t *testing.T) {
	in := "NAME        MAJ:MIN RM   SIZE RO TYPE MOUNTPOINTS SERIAL          MODEL\n" +
		"sda           8:0    1 931.5G  0 disk             WD-WXK2A81C3P4F WDC WD10SPZX-00Z\n" +
		"nvme0n1     259:0    0   1.8T  0 disk             S6P7NS0T812345A Samsung SSD 980 PRO 2TB\n\n" +
		"NAME    MODEL                      SERIAL\nsdb     Extreme 55AE               32343133464E343032383531\n"
	checkAllEncodings(t, "lsblk", in, []string{"WXK2A81C3P4F", "S6P7NS0T812345A", "32343133464E"}, "")
	mustKeep(t, "lsblk", scrubTwice(t, in), "WDC WD10SPZX-00Z\n", "Samsung SSD 980 PRO 2TB\n", "sdb     Extreme 55AE               <serial-")
	in = "The SERIAL  port is busy\nnext line\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed: %q -> %q", in, out)
	}
}

// Over-scrub: Windows logon events: the authentication package
// ("Negotiate") was read as a token, "%%1842" (a message number, Yes)
// under ElevatedToken too, and wevtutil's "User: S-1-5-18" as a user
// name. A machine's SID still goes.
func TestProbe10LogonEventData(t *testing.T) {
	xml := "<Event><EventData><Data Name='TargetUserName'>beatriz.goncalves</Data>" +
		"<Data Name='AuthenticationPackageName'>Negotiate</Data><Data Name='LmPackageName'>NTLM V2</Data>" +
		"<Data Name='ElevatedToken'>%%1842</Data></EventData></Event>"
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubXML(&out, strings.NewReader(xml)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "4624", out.String(), "beatriz")
	mustKeep(t, "4624", out.String(), ">Negotiate<", ">NTLM V2<", ">%%1842<")
	in := "Event[0]:\n  User: S-1-5-18\n  User Name: NT AUTHORITY\\SYSTEM\nEvent[1]:\n  User: S-1-5-21-3623811015-3361044348-30300820-1001\n"
	got := scrubTwice(t, in)
	mustKeep(t, "wevtutil", got, "  User: S-1-5-18\n", "-1001\n")
	mustNotContain(t, "wevtutil", got, "3623811015")
}

// Leak: Get-ComputerInfo's BIOS serial (PowerShell spells the property
// "BiosSeralNumber") and nmcli's "IP4.DOMAIN[1]" (the home's or the
// organisation's domain) stayed.
func TestProbe10SystemToolKeys(t *testing.T) {
	in := "CsName                 : DESKTOP-7Q2MK1L\nWindowsRegisteredOwner : Siyabonga Ndlovu\nBiosSeralNumber        : PF3A9XK2\n" +
		"IP4.DOMAIN[1]:                          home.conaill.ie\nIP6.DOMAIN[1]:                          conaill.ie\n"
	checkAllEncodings(t, "keys", in, []string{"PF3A9XK2", "conaill", "7Q2MK1L", "Ndlovu"}, "")
	mustKeep(t, "keys", scrubTwice(t, in), "BiosSeralNumber        : <serial-", "IP4.DOMAIN[1]:                          <host-")
}

// Over-scrub: a size written with dots between thousands (system_profiler
// in German, Dutch: "128.032.047.104 bytes") was an IPv4 address, and
// git's credential.helper ("store") a token.
func TestProbe10NotSecrets(t *testing.T) {
	for _, in := range []string{
		"                  Capacity: 128,03 GB (128.032.047.104 bytes)\n",
		"Kapazität: 64,02 GB (64.023.216.128 Bytes)\n",
		"credential.helper=store\ncredential.helper=manager\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
	in := "connect 192.168.1.20 sent 512 bytes\n"
	mustNotContain(t, "ip", scrubTwice(t, in), "192.168.1.20")
}

// Leak: a Steam account's 64-bit id stood bare ("GetSteamID returned
// 7656…"), and "Logged in as SteamID 7656…" took the word SteamID for
// the account, leaving the id; "Logged in as user 318827461" (Tidal)
// left the account's number.
func TestProbe10AccountNumbers(t *testing.T) {
	in := "[0,1] Logged in as SteamID 76561198054112989 (persona \"DJ Lucaferro\")\n" +
		"CWebAPI: GetSteamID returned 76561198054112989\n" +
		"[info]  Logged in as user 318827461 (mthunzi.dlamini@proton.me), country ZA\n"
	checkAllEncodings(t, "ids", in, []string{"76561198054112989", "318827461", "mthunzi"}, "")
	out := scrubTwice(t, in)
	mustKeep(t, "ids", out, "Logged in as SteamID <uid-1> (persona", "GetSteamID returned <uid-1>\n", "Logged in as user <uid-2> (")
	// a local account's uid and other long numbers stay
	for _, in := range []string{"session 3 of user 1000\n", "Logged in as user 1001\n", "frames 76561198 ok 1234567890123456789\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}

// Leak: the Active Directory domain in systeminfo's "Domain:" and
// Get-ComputerInfo's "CsDomain" rows and in USERDNSDOMAIN stayed.
// "WORKGROUP", scutil's "domain : local" and a JSON cookie's public
// domain stay.
func TestProbe10ADDomain(t *testing.T) {
	in := "Host Name:                 LT-0193\nDomain:                    ad.radiomars.ma\nLogon Server:              \\\\DC02-CASA\n" +
		"CsDomain               : ad.radiomars.ma\nUSERDNSDOMAIN=AD.RADIOMARS.MA\n"
	checkAllEncodings(t, "ad", in, []string{"radiomars", "RADIOMARS", "DC02-CASA"}, "")
	mustKeep(t, "ad", scrubTwice(t, in), "Domain:                    <host-")
	for _, in := range []string{"Domain:                    WORKGROUP\n", "  domain   : local\n", `{"domain": "music.apple.com", "name": "dslang"}` + "\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}

// Over-scrub: a "Device Name" holding a product (DxDiag's DirectInput
// devices, "Device Name: Mouse"; an audio or MIDI device in words) was a
// machine's name: learned, "Mouse", "Keyboard" and "Traktor" went from
// the whole report. A machine's name (one word) still goes.
func TestProbe10DeviceNameProducts(t *testing.T) {
	in := "-------------------\nDirectInput Devices\n-------------------\n      Device Name: Mouse\n         Attached: 1\n    Controller ID: n/a\n\n" +
		"      Device Name: Keyboard\n         Attached: 1\n\n      Device Name: DDJ-FLX4\n         Attached: 1\n" +
		"Audio: Device Name: Traktor Kontrol S4 MK3\nDevice name: Speakers (Realtek(R) Audio)\n" +
		"Mouse, Keyboard and DDJ-FLX4 attached; Traktor started\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed: %q -> %q", in, out)
	}
	in = "DeviceName: DESKTOP-7Q2MK1L\nDevice name: Kwames-MBP\n"
	checkAllEncodings(t, "host", in, []string{"7Q2MK1L", "Kwames"}, "")
}

// Leak: wmic useraccount's table (FullName, Name columns), avahi-browse's
// "hostname = [NAME.local]" (the brackets hid the value) and smartctl's
// "LU WWN Device Id: 5 002538 f41a2b3c4" (read as the word "5") stayed.
func TestProbe10ToolTables(t *testing.T) {
	in := "C:\\>wmic useraccount get name,fullname,sid\r\r\nFullName               Name                SID\r\r\n" +
		"Oluwadamilare Balogun  Dami                S-1-5-21-2244668800-1133557799-4455667788-1001\r\r\n" +
		"                       Guest               S-1-5-21-2244668800-1133557799-4455667788-501\r\r\n\r\r\n" +
		"   hostname = [Bronwyns-MacBook-Air.local]\n   address = [192.168.1.34]\n   port = [7000]\n" +
		"Serial Number:    S6PTNM0T812345X\nLU WWN Device Id: 5 002538 f41a2b3c4\nFirmware Version: SVT02B6Q\n"
	checkAllEncodings(t, "tables", in, []string{"Oluwadamilare", "Balogun", "Dami ", "Bronwyns", "192.168.1.34", "f41a2b3c4"}, "later: Dami")
	mustKeep(t, "tables", scrubTwice(t, in), "   port = [7000]\n", "Firmware Version: SVT02B6Q\n", "   hostname = [<host-", "                       Guest   ")
}

// Over-scrub: pactl info's "Server Name: PulseAudio (on PipeWire
// 1.0.5)" taught the sound server's name as a host's (gone from every
// line after), and chrome://version's "V8 13.1.201.9" was an IPv4.
func TestProbe10SoundServerAndV8(t *testing.T) {
	in := "User Name: bronwyn\nHost Name: bronwyn-ThinkPad-X1\nServer Name: PulseAudio (on PipeWire 1.0.5)\n" +
		"PulseAudio and PipeWire run\nJavaScript\tV8 13.1.201.9\nElectron 33.2.0, V8 13.0.245.20\n"
	out := scrubTwice(t, in)
	mustKeep(t, "pactl", out, "Server Name: PulseAudio (on PipeWire 1.0.5)\n", "PulseAudio and PipeWire run\n", "V8 13.1.201.9\n", "V8 13.0.245.20\n")
	mustNotContain(t, "pactl", out, "bronwyn")
}

// Leak: reg query rows named by one character (RecentDocs' "0", "1"…,
// whose REG_BINARY values hold a document's path in UTF-16LE) were read
// as no rows; `defaults read` writes "’" as \U2019, so "Ingrid\U2019s
// AirPods Pro" was no possessive.
func TestProbe10RecentDocsAndPlistEscapes(t *testing.T) {
	path := "C:\\Users\\Ines.Carvalho\\Music\\Sets\\Lisboa.als"
	var hex strings.Builder
	for _, r := range path + "\x00" {
		fmt.Fprintf(&hex, "%02X00", r)
	}
	in := "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\RecentDocs\\.als\n" +
		"    0    REG_BINARY    " + hex.String() + "\n    MRUListEx    REG_BINARY    00000000FFFFFFFF\n"
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	out := s.ScrubString(in)
	mustKeep(t, "recentdocs", out, "    0    REG_BINARY    <user-1>\n", "MRUListEx    REG_BINARY    00000000FFFFFFFF\n")
	mustNotContain(t, "recentdocs", s.ScrubString("Ines.Carvalho opened it"), "Ines.Carvalho")
	in = "        \"5c-52-30-ab-cd-ef\" =         {\n            Name = \"Ingrid\\U2019s AirPods Pro\";\n" +
		"            displayName = \"Ingrid Solberg\\U2019s Magic Keyboard\";\n"
	checkAllEncodings(t, "plist", in, []string{"Ingrid", "Solberg", "5c-52-30"}, "")
	mustKeep(t, "plist", scrubTwice(t, in), "\\U2019s AirPods Pro\";")
}

// Leak: a key phrase after a URL whose account the first pass replaced
// ("…mixcloud.com/<user-1>/ live stream key: X") was read as glued to
// it, no key; an account's number in parentheses after the account
// ("user: kai_okonkwo#0 (id 8122…)", Discord) stayed.
func TestProbe10StreamKeyAndAccountNumber(t *testing.T) {
	in := "[Mixcloud] profile https://www.mixcloud.com/KaiOkonkwo/ live stream key: mxc_live_9f8e7d6c5b4a\n" +
		"[Discord] RPC ready, user: kai_okonkwo#0 (id 812233445566778899)\n"
	checkAllEncodings(t, "stream", in, []string{"9f8e7d6c5b4a", "812233445566778899", "kai_okonkwo"}, "")
	mustKeep(t, "stream", scrubTwice(t, in), "/ live stream key: <key-value-1>\n", "user: <user-2> (id <uid-1>)\n")
	in = "Owner: kai (id 42)\n"
	mustKeep(t, "short", scrubTwice(t, in), "(id 42)")
}

// Over-scrub: udev builds ID_SERIAL (and PipeWire device.serial, the
// by-id names) as VENDOR_MODEL and appends _SERIAL only when the device
// has one: "Pioneer_DDJ-FLX4" and "Native_Instruments_Traktor_Kontrol_S4_MK3"
// were learned as serials, and the model went from every device path.
// Serials still go, with the "-0:0" LUN after them.
func TestProbe10UdevVendorModel(t *testing.T) {
	in := "E: ID_SERIAL=Pioneer_DDJ-FLX4\nE: ID_SERIAL=Native_Instruments_Traktor_Kontrol_S4_MK3\n" +
		"        \"device.serial\": \"Pioneer_DDJ-FLX4\",\nS: snd/by-id/usb-Pioneer_DDJ-FLX4-00\n" +
		"node.name = \"alsa_output.usb-Pioneer_DDJ-FLX4-00.analog-stereo\"\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed: %q -> %q", in, out)
	}
	in = "E: ID_SERIAL=Focusrite_Scarlett_2i2_USB_Y8K4R2A1B3C5D7\nE: ID_SERIAL=Kingston_DataTraveler_3.0_E0D55EA574F6F3A1B8C90012-0:0\n" +
		"S: snd/by-id/usb-Focusrite_Scarlett_2i2_USB_Y8K4R2A1B3C5D7-00\n/dev/disk/by-id/ata-ST2000DM008-2FR102_ZFL1ABCD\n"
	checkAllEncodings(t, "udev", in, []string{"Y8K4R2A1B3C5D7", "E0D55EA574F6", "ZFL1ABCD"}, "")
	mustKeep(t, "udev", scrubTwice(t, in), "ID_SERIAL=Focusrite_Scarlett_2i2_USB_<serial-1>\n", "Kingston_DataTraveler_3.0_<serial-")
}

// Leak: lsblk -f's UUID column (a FAT volume's serial, a filesystem's
// UUID): its header holds "FSUSE%", and the rows' tree ("└─", "│", three
// bytes a column) moved the column in bytes.
func TestProbe10LsblkUUIDColumn(t *testing.T) {
	in := "NAME   FSTYPE FSVER LABEL          UUID                                 FSAVAIL FSUSE% MOUNTPOINTS\n" +
		"sda\n└─sda1 exfat  1.0   PRIYA CRATES   64A1-9F3E                             320.9G    66% /media/priya/PRIYA CRATES\n" +
		"nvme0n1\n├─nvme0n1p1\n│      vfat   FAT32                7C2A-1B3D                              505.8M     1% /boot/efi\n" +
		"└─nvme0n1p2\n       ext4   1.0                  f3e2d1c0-b9a8-4796-8574-63524130e2f1  476.9G    49% /\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "lsblk", out, "64A1-9F3E", "7C2A-1B3D", "f3e2d1c0", "priya", "PRIYA")
	mustKeep(t, "lsblk", out, "│      vfat   FAT32                <serial-", "  476.9G    49% /\n")
}

// Leak: the default device names of Korean ("민준의 iPhone"), Chinese
// with a blank ("张伟的 iPhone") or none ("张伟的iPhone"), and Turkish
// ("Ayşe'nin iPhone'u", "Mehmet’in AirPods’u") owners: only Japanese
// の and the European prepositions were read. (An ASCII name with an
// ASCII apostrophe, "Ahmet'in", is left: the plain-word gate would pay
// for it on every word.)
func TestProbe10OwnerParticles(t *testing.T) {
	in := "Connected: 민준의 iPhone\nConnected: 张伟的iPhone\nPaired: 王芳的 AirPods Pro\n" +
		"Connected: Ayşe'nin iPhone'u\nConnected: Mehmet’in AirPods’u\nConnected: Can'ın MacBook Air'i\n"
	checkAllEncodings(t, "owners", in, []string{"민준", "张伟", "王芳", "Ayşe", "Mehmet", "Can'"}, "later: Ayşe, 민준")
	mustKeep(t, "owners", scrubTwice(t, in), "의 iPhone\n", "的iPhone\n", "'nin iPhone'u\n", "’in AirPods’u\n")
	for _, in := range []string{"d'un iPhone\n", "rock'n'roll and rockin'in the iPhone era\n", "我的 iPhone\n", "私のiPhone\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}

// Leak: Russian and Ukrainian iOS name a device "iPhone (Дмитрий)": the
// owner in parentheses. A model's words there stay.
func TestProbe10ParenOwner(t *testing.T) {
	in := "Connected: iPhone (Дмитрий)\nConnected: iPad Pro (Олена Коваль)\n"
	checkAllEncodings(t, "paren", in, []string{"Дмитрий", "Олена", "Коваль"}, "later: Дмитрий")
	mustKeep(t, "paren", scrubTwice(t, in), "iPhone (<user-1>)\n")
	for _, in := range []string{"Connected: AirPods (Left)\n", "Model: MacBook Pro (14-inch, 2021)\n", "Звук (Динамики)\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}
