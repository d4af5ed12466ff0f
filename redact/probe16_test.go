package redact

import (
	"strings"
	"testing"
)

// Findings of a probe of crash SDK payloads (Sentry, Crashlytics,
// Bugsnag, Backtrace, Crashpad annotations), Linux and macOS device tools
// (coredumpctl, dmesg, bluetoothctl, nmcli, pactl, ioreg,
// system_profiler, log show, scutil) and music apps' logs (Ableton Live,
// Native Access, iLok, Splice, VirtualDJ, Serato).

// Over-scrub: scutil's "HostName: not set" made "not" a host name, and
// every "not" of the report went. A value opening with "not" and another
// word is no value.
func TestProbe16NotSet(t *testing.T) {
	in := "$ scutil --get HostName\nHostName: not set\nSerial Number: Not Available\nUser: not logged in\n" +
		"ComputerName: (not set)\nSSID: not connected\nthe file was not found\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	in = "HostName: notebook-7\nUser: notkofi\n"
	checkAllEncodings(t, "notset", in, []string{"notebook-7", "notkofi"}, "")
}

// Over-scrub: an app's log line whose message opens with a capitalised
// verb and a word and colon ("2026-11-30 14:04:00.500 Loading plugin:
// Serum", PACE's "Found iLok: …") read as a syslog line's host and tag:
// the verb was learned as a host and went everywhere. A syslog host
// stays replaced.
func TestProbe16LogVerbNoHost(t *testing.T) {
	in := "2026-11-30 14:04:00.500 Loading plugin: Serum\n2026-11-30 14:04:00.600 Found iLok: 'Studio iLok 3'\n" +
		"Nov 30 14:04:00 Opened session: x\n2026-11-30 14:04:01.000 Loading finished\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	in = "Nov 30 14:04:00 Mixbox kernel: x\n2026-11-30 14:04:00 osei-desktop sshd[12]: Accepted\nNov 30 14:04:01 Reading systemd[1]: x\n"
	checkAllEncodings(t, "logverb", in, []string{"Mixbox", "osei-desktop"}, "")
}

// Leak: nmcli connection show's NAME column names each Wi-Fi connection
// after its network ("Mensah-Family-5G"); it stayed where no nmcli dev
// wifi list named it, and its header, read as lsblk's, made its UUID
// column a serial column running on into the next command's output
// ("GENERAL.DEVICES:   wlp0s20f3" lost the interface). Wired
// connections' names and the interfaces stay.
func TestProbe16NmcliConnections(t *testing.T) {
	in := "$ nmcli connection show\n" +
		"NAME                UUID                                  TYPE      DEVICE\n" +
		"Mensah-Family-5G    6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d  wifi      wlp0s20f3\n" +
		"Wired connection 1  9f8e7d6c-5b4a-4392-8171-6f5e4d3c2b1a  ethernet  enp3s0\n" +
		"lo                  1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d  loopback  lo\n" +
		"$ nmcli -f GENERAL connection show Mensah-Family-5G\n" +
		"GENERAL.NAME:                           Mensah-Family-5G\n" +
		"GENERAL.DEVICES:                        wlp0s20f3\n"
	checkAllEncodings(t, "nmcli", in, []string{"Mensah"}, "")
	mustKeep(t, "nmcli", scrubTwice(t, in), "  wifi      wlp0s20f3\n", "Wired connection 1  ", "  loopback  lo\n",
		"GENERAL.DEVICES:                        wlp0s20f3\n")
}

// Leak: an SSID key after another word ("Connected SSID: x", "Current
// Wi-Fi SSID: x", a component's "(IO80211Family) SSID: 'x'") read as a
// key unknown; the network stayed. A BSSID stays a MAC, a flag a flag.
func TestProbe16PhraseSSID(t *testing.T) {
	in := "2026-11-30 14:12:14.001 E  kernel[0:2b3c] (IO80211Family) SSID: 'Adjei Home 5GHz' RSSI -61\n" +
		"14:12:14 INFO WifiMonitor SSID: AsanteNet\nCurrent Wi-Fi SSID: Boakye_Guest\n"
	checkAllEncodings(t, "phrasessid", in, []string{"Adjei", "AsanteNet", "Boakye"}, "")
	in = "Hidden SSID: no\nBroadcast SSID: yes\nSSID count: 3\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	mustKeep(t, "phrasessid", scrubTwice(t, "Connected BSSID: 7c:10:c9:4a:55:e2\n"), "BSSID: <mac-1>\n")
}

// Leak: Native Instruments' Service Center logs the machine's id as
// "Computer ID: 0x3A9F1C7E2B4D"; the key was unknown.
func TestProbe16ComputerID(t *testing.T) {
	in := "Service Center 2.5.7 - Login: kwesi.appiah@me.com Computer ID: 0x3A9F1C7E2B4D\ncomputer_id=5D2E8B1A40C7\n"
	checkAllEncodings(t, "computerid", in, []string{"3A9F1C7E2B4D", "5D2E8B1A40C7", "kwesi"}, "")
	in = "Computer ID: 1\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: a Bugsnag event's device object holds the install's random id
// ({"device": {"id": "cl6r2h9xv0000qz8l3b1c7d2e"}}), which stayed. An
// audio or MIDI device's id (a name, an index) stays.
func TestProbe16JSONDeviceID(t *testing.T) {
	in := `{"events": [{"device": {"id": "cl6r2h9xv0000qz8l3b1c7d2e", "hostname": "efua-thinkpad", "osName": "linux"}}]}`
	out := scrubJSONString(t, in)
	for _, s := range []string{"cl6r2h9xv0000qz8l3b1c7d2e", "efua"} {
		if strings.Contains(out, s) {
			t.Errorf("%q stayed: %s", s, out)
		}
	}
	if again := scrubJSONString(t, out); again != out {
		t.Errorf("not idempotent:\n %s\n %s", out, again)
	}
	in = `{"audio": {"device": {"id": "BuiltInSpeakerDevice", "name": "MacBook Pro Speakers"}}, "midi": {"device": {"id": 3}}, "x": {"device": {"id": 123456789012}}}`
	if out := scrubJSONString(t, in); out != in {
		t.Errorf("changed:\n in  %s\n out %s", in, out)
	}
}

// Over-scrub: logcat's chatty line "uid=10123(io.beatforge.mobile)" names
// the app owning the uid; read as id(1)'s account, the package was
// learned as a user and went from every stack frame and log tag. id(1)'s
// accounts stay replaced.
func TestProbe16AndroidUIDPackage(t *testing.T) {
	in := "11-30 14:12:09.570  3333  3344 I chatty  : uid=10123(io.beatforge.mobile) identical 4 lines\n" +
		"11-30 14:12:09.520  4821  4833 I BeatForge: started\n" +
		"\tat io.beatforge.mobile.MainActivity.onCreate(MainActivity.java:42)\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	in = "uid=1000(kwesi.appiah) gid=1000(kwesi.appiah) groups=1000(kwesi.appiah),27(sudo)\n"
	checkAllEncodings(t, "idpkg", in, []string{"kwesi"}, "")
}

// Leak: a collaboration app's breadcrumbs (Sentry's ui.click and console
// messages) name the person a project is shared with: "Share with Ama
// Owusu", "Shared project with Ama Owusu", "Invited Ama Owusu to the
// project". A program after "with" stays.
func TestProbe16SharedWith(t *testing.T) {
	for _, in := range []string{
		"div.sidebar > button#share[title=\"Share with Ama Owusu\"]\n",
		"Shared project with Ama Owusu\n",
		"Invited Ama Owusu to the project\n",
	} {
		checkAllEncodings(t, "sharedwith", in, []string{"Owusu"}, "")
	}
	in := "compatible with Ableton Live 12\nShared with Native Instruments\nShared set with Ableton Live 11\n" +
		"Started with Kontakt Player\nShared with Kofi\nInvited Users: 3\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: who a project is shared with, under a collaboration app's keys
// ("Collaborator: Kwaku Ansah", {"invitee": "Ama Boateng"}, "sharedWith"),
// stayed. A count or an empty list stays.
func TestProbe16CollaboratorKeys(t *testing.T) {
	in := "Collaborator: Kwaku Ansah\nsharedWith: Yaw Darko\n\"invitee\": \"Ama Boateng\"\n"
	checkAllEncodings(t, "collab", in, []string{"Ansah", "Darko", "Boateng"}, "")
	out := scrubJSONString(t, `{"collaborators": ["Kwaku Ansah", "Akua Sarpong"], "invitedBy": "Yaw Darko"}`)
	for _, s := range []string{"Ansah", "Sarpong", "Darko"} {
		if strings.Contains(out, s) {
			t.Errorf("%q stayed: %s", s, out)
		}
	}
	in = "Collaborators: 3\ncollaborator: none\nsharedWith: []\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: "Licensed to:" after an app's banner ("VirtualDJ 2025 b8342 -
// Licensed to: Kwesi Appiah (…)") read as a license key, whose value
// "Kwesi Appiah" is none: the name stayed (its surname went only where
// the e-mail address taught it).
func TestProbe16BannerLicensedTo(t *testing.T) {
	in := "VirtualDJ 2025 b8342 - Licensed to: Kwesi Appiah (kwesi.appiah@me.com) - Pro Infinity\n" +
		"This copy is registered to: Abena Owusu\n"
	checkAllEncodings(t, "bannerlic", in, []string{"Kwesi", "Appiah", "Abena", "Owusu"}, "")
	mustKeep(t, "bannerlic", scrubTwice(t, in), "VirtualDJ 2025 b8342 - Licensed to: <user-", "- Pro Infinity\n")
	in = "Edition licensed to: 1 seat\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Over-scrub: an Objective-C selector's "forKey:" part in a macOS log or
// exception ("objectForKey:AppleLanguages", "setObject:x
// forKey:kLastProjectPath") read as a key holding a secret: the defaults
// key's name, which a developer needs, went. A token after it still goes.
func TestProbe16ObjCForKey(t *testing.T) {
	in := "[defaults setObject:@\"x\" forKey:kLastProjectPath]\nremoveObjectForKey:AppleLanguages\n" +
		"CFPreferences: valueForKey:NSRecentDocuments\n[<BFMixer 0x600003a1c000> setValue:forUndefinedKey:]: masterVolume\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	checkAllEncodings(t, "forkey", "forKey: sk_live_51H8xYzAbCdEfGh\n", []string{"sk_live_51H8xYzAbCdEfGh"}, "")
}

// Leak: a street address under a form's or a payment's keys (Sentry's
// request.data: "street", "billing_address", "shipping address",
// "address_line1") stayed. A bare "address" (an IP, a memory address)
// stays the other detectors'.
func TestProbe16StreetAddressKeys(t *testing.T) {
	in := "street: 12 Ring Road\nbilling_address: 7 Liberation Avenue, Accra\nshipping address: 44 Oxford Street, London W1D 1BS\n" +
		"{\"address_line1\": \"3 Cantonments Close\"}\n"
	checkAllEncodings(t, "street", in, []string{"Ring Road", "Liberation", "Oxford", "Cantonments"}, "")
	in = "Address: 0x104a00000\nstreet: 5\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: ideviceinfo spells out an iPhone's IMEI, MEID, IMSI, ICCID and
// ECID ("InternationalMobileEquipmentIdentity: 356789101234567",
// "UniqueChipID: 1234567890123456"); the keys were unknown.
func TestProbe16IdeviceinfoIDs(t *testing.T) {
	in := "InternationalMobileEquipmentIdentity: 356789101234567\nMobileEquipmentIdentifier: 35678910123456\n" +
		"InternationalMobileSubscriberIdentity: 620011234567890\nIntegratedCircuitCardIdentity: 8923301234567890123\n" +
		"UniqueChipID: 1234567890123456\n"
	checkAllEncodings(t, "ideviceinfo", in, []string{"356789101234567", "35678910123456", "620011234567890", "8923301234567890123", "1234567890123456"}, "")
	mustKeep(t, "ideviceinfo", scrubTwice(t, in+"ProductType: iPhone15,3\nHardwareModel: D74AP\n"), "ProductType: iPhone15,3\nHardwareModel: D74AP\n")
}

// Leak: adb devices' list opens each row with the device's serial number
// ("28151FDH2006TK   device usb:1-2 product:shiba model:Pixel_8"); it
// stayed, and again in fastboot's list. An emulator's name and the
// model stay.
func TestProbe16AdbDevices(t *testing.T) {
	in := "$ adb devices -l\nList of devices attached\n" +
		"28151FDH2006TK         device usb:1-2 product:shiba model:Pixel_8 device:shiba transport_id:3\n" +
		"emulator-5554          device product:sdk_gphone64_x86_64 model:sdk_gphone64_x86_64 device:emu64xa transport_id:1\n" +
		"R52W70ABCDE            unauthorized usb:1-3 transport_id:4\n\n$ fastboot devices\n28151FDH2006TK\tfastboot\n"
	checkAllEncodings(t, "adb", in, []string{"28151FDH2006TK", "R52W70ABCDE"}, "")
	mustKeep(t, "adb", scrubTwice(t, in), "emulator-5554          device", "model:Pixel_8", "List of devices attached\n")
	in = "List of devices attached\nLoaded 3 plugins\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: nmcli connection show with the columns -f chose ("NAME  TYPE")
// left the Wi-Fi connections' names, which the default table's detector
// reads only under its own header.
func TestProbe16NmcliChosenColumns(t *testing.T) {
	in := "$ nmcli -f NAME,TYPE connection show\nNAME                TYPE\nMensah-Family-5G    wifi\n" +
		"Kofi Hotspot        wifi\nWired connection 1  ethernet\n"
	checkAllEncodings(t, "nmclif", in, []string{"Mensah", "Kofi"}, "")
	mustKeep(t, "nmclif", scrubTwice(t, in), "Wired connection 1  ethernet\n", "NAME                TYPE\n")
	in = "NAME        MAJ:MIN RM   SIZE RO TYPE MOUNTPOINTS\nsda           8:0    0 476.9G  0 disk\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	// a profile named after the type: its own row only
	mustKeep(t, "nmclif", scrubTwice(t, "NAME   TYPE\nWiFi   wifi\nconnected via wifi\n"), "   wifi\nconnected via wifi\n")
}
