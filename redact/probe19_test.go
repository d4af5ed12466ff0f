package redact

import (
	"testing"
)

// Leak: the address after an account that holds an '@' ("scp
// kai@@10.0.0.7:x", an Entra ID login "ssh kai@contoso.com@10.0.0.7")
// or after a URL's userinfo ending in an encoded '@'
// ("http://kai@%4010.0.1.5") stayed: no word starts there.
func TestProbe19AtAtAddress(t *testing.T) {
	in := "$ scp kai@@10.0.0.7:x .\n$ ssh kai@contoso.com@10.0.0.10 uptime\n$ curl http://kai@%4010.0.1.5/status\n"
	checkAllEncodings(t, "atat", in, []string{"10.0.0.7", "10.0.0.10", "10.0.1.5", "kai", "contoso"}, "")
	mustKeep(t, "atat", scrubTwice(t, in), "$ scp <user-1>@@<ip-", ":x .\n", " uptime\n", "%40<ip-", "/status\n")
	// a package's version after an '@' stays
	keep := "installed left-pad@1.2.3.4 and npm@@10.0.0.7\n"
	mustKeepTwice(t, keep)
}

// Leak: WmiMonitorID as JSON (Get-CimInstance WmiMonitorID |
// ConvertTo-Json) spells the monitor's serial as an array of its ASCII
// codes; the text form's reading (decimalSerial) never saw it. The
// array becomes the serial's pseudonym, a string; the model's name and
// the maker's stay codes.
func TestProbe19WmiMonitorSerialJSON(t *testing.T) {
	compact := `[{"Active":true,"ManufacturerName":[68,69,76,0,0,0,0,0,0,0,0,0,0,0,0,0],"ProductCodeID":[65,48,65,56,0,0,0,0,0,0,0,0,0,0,0,0],"SerialNumberID":[67,78,52,49,50,51,52,53,54,55,0,0,0,0,0,0],"UserFriendlyName":[68,69,76,76,32,85,50,55,49,57,68,0,0],"YearOfManufacture":2021}]`
	out := scrubJSONString(t, compact)
	mustKeep(t, "compact", out, `"SerialNumberID":"<serial-1>","UserFriendlyName":[68,69,76,76,32,85,50,55,49,57,68,0,0]`, `"ProductCodeID":[65,48,65,56,0,`)
	indented := "{\r\n    \"SerialNumberID\":  [\r\n                           67,\r\n                           78,\r\n                           52,\r\n                           49,\r\n" +
		"                           56,\r\n                           57,\r\n                           0,\r\n                           0\r\n                       ],\r\n    \"YearOfManufacture\":  2021\r\n}\r\nmonitor CN4189 attached\r\n"
	out = scrubJSONString(t, indented)
	mustKeep(t, "indented", out, "\"SerialNumberID\":  \"<serial-1>\",\r\n", "monitor <serial-1> attached")
	if again := scrubJSONString(t, out); again != out {
		t.Errorf("not idempotent: %q", again)
	}
	// no serial there: the array stays
	keep := `{"SerialNumberID":[0,0,0,0],"x":{"SerialNumberID":[48,48,48,48,48,48,0]}}`
	if out := scrubJSONString(t, keep); out != keep {
		t.Errorf("keep: %q", out)
	}
}

// Leak: net group's members ("net group \"Domain Users\" /domain") come
// in three columns 25 bytes wide: a row of several was no member's, and
// a domain group with a blank in net localgroup's list ("CORP\Domain
// Admins") ended the list early. The built-in accounts stay.
func TestProbe19NetGroupColumns(t *testing.T) {
	in := "C:\\>net group \"Domain Users\" /domain\r\nGroup name     Domain Users\r\nComment        All domain users\r\n\r\nMembers\r\n\r\n" +
		"-------------------------------------------------------------------------------\r\n" +
		"Administrator            kai.o                    ama.owusu                \r\n" +
		"svc_backup               krbtgt                   yaw                      \r\n" +
		"The command completed successfully.\r\n\r\n"
	checkAllEncodings(t, "group", in, []string{"kai.o", "ama.owusu", "svc_backup", "yaw"}, "later: ama.owusu and yaw logged in")
	mustKeep(t, "group", scrubTwice(t, in), "\r\nAdministrator            <user-", "krbtgt  ", "\r\nThe command completed successfully.\r\n")
	local := "Members\r\n\r\n-------------------------------------------------------------------------------\r\nAdministrator\r\nCORP\\Domain Admins\r\nkofi.m\r\nThe command completed successfully.\r\n"
	checkAllEncodings(t, "local", local, []string{"kofi.m"}, "")
	mustKeep(t, "local", scrubTwice(t, local), "\r\nCORP\\Domain Admins\r\n")
	keep := "Members\r\n\r\n-------\r\nthe list  of them\r\nMembers\r\n\r\n-----\r\nalpha                    beta gamma\r\n"
	mustKeepTwice(t, keep)
}

// Over-scrub: an app's possessive ("Blender's Cycles renderer",
// "Audacity's Noise Reduction") read as a person owning a thing; a
// person's ("Kofi's MacBook") still goes.
func TestProbe19AppPossessive(t *testing.T) {
	keep := "Rendering with Blender's Cycles renderer on GPU 0\nApplied Audacity's Noise Reduction\nREAPER's Media Explorer crashed\nOpened Photoshop's Camera Raw\n"
	mustKeepTwice(t, keep)
	in := "Opened Kofi's MacBook Pro with Blender's Cycles renderer\n"
	checkAllEncodings(t, "person", in, []string{"Kofi"}, "")
	mustKeep(t, "person", scrubTwice(t, in), "'s MacBook Pro with Blender's Cycles renderer\n")
}

// Leak: a person's employer under "company" in a user's object (GitHub's
// user, Segment's traits, Sentry's user context) stayed. A "company"
// elsewhere, and a version resource's "CompanyName", is mostly an app's
// vendor and stays.
func TestProbe19UserCompany(t *testing.T) {
	in := `{"user":{"login":"kofim","company":"Mensah Productions"},"traits":{"company":"@acme-studios"},"app":{"company":"Native Instruments GmbH"},"CompanyName":"Native Instruments GmbH"}`
	out := scrubJSONString(t, in)
	mustNotContain(t, "company", out, "Mensah", "acme-studios")
	mustKeep(t, "company", out, `"app":{"company":"Native Instruments GmbH"},"CompanyName":"Native Instruments GmbH"`)
	if again := scrubJSONString(t, out); again != out {
		t.Errorf("not idempotent: %q", again)
	}
	keep := "Company: Microsoft Corporation\r\nCompanyName=Native Instruments GmbH\r\n"
	mustKeepTwice(t, keep)
}

// Leak: defaults read MobileMeAccounts names the Apple Account's
// alternate DSID "AccountAlternateDSID" (altDSID elsewhere): it stayed.
func TestProbe19MobileMeAltDSID(t *testing.T) {
	in := "$ defaults read MobileMeAccounts\n{\n    Accounts =     (\n                {\n" +
		"            AccountAlternateDSID = \"001234-05-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\";\n" +
		"            AccountDSID = 1234567890;\n            AccountDescription = iCloud;\n        }\n    );\n}\n"
	checkAllEncodings(t, "altdsid", in, []string{"001234-05", "1a2b3c4d-5e6f"}, "")
	mustKeep(t, "altdsid", scrubTwice(t, in), "AccountAlternateDSID = \"<", "AccountDescription = iCloud;\n")
}

// Over-scrub: dscl's AuthenticationAuthority lists the password's hash
// schemes ("HASHLIST:<SALTED-SHA512-PBKDF2,…>"), which have a license
// key's shape (groups of capitals and digits): no key. The account and
// the machine's LKDC realm still go; a key still goes.
func TestProbe19HashlistNoLicense(t *testing.T) {
	in := "AuthenticationAuthority: ;ShadowHash;HASHLIST:<SALTED-SHA512-PBKDF2,SRP-RFC5054-4096-SHA512-PBKDF2> ;Kerberosv5;;kofim@LKDC:SHA1.3F2A1B9C8D7E6F50A1B2C3D4E5F60718293A4B5C;LKDC:SHA1.3F2A1B9C8D7E6F50A1B2C3D4E5F60718293A4B5C; ;SecureToken;\n"
	checkAllEncodings(t, "dscl", in, []string{"kofim", "3F2A1B9C8D7E6F50"}, "")
	mustKeep(t, "dscl", scrubTwice(t, in), "HASHLIST:<SALTED-SHA512-PBKDF2,SRP-RFC5054-4096-SHA512-PBKDF2> ;Kerberosv5;;<user-1>@")
	key := "License: 7QX2K-9PLM4-AB3CD-88EF1\nkey SHA512-ABCD1-EF2GH-3IJ4K\n"
	checkAllEncodings(t, "key", key, []string{"7QX2K-9PLM4", "EF2GH-3IJ4K"}, "")
}

// Over-scrub: GPT partition type GUIDs (diskutil's "Partition Type:",
// Get-Partition's GptType, lsblk's PARTTYPE, blkid's PART_ENTRY_TYPE)
// are the same on every disk of a kind (EFI, basic data, APFS) and tell
// a support engineer what the partition is; a partition's own GUID still
// goes.
func TestProbe19PartitionTypeGUIDs(t *testing.T) {
	in := "   Partition Type:            41504653-0000-11AA-AA11-00306543ECAC\n" +
		"GptType              : {ebd0a0a2-b9e5-4433-87c0-68b6b72699c7}\nGuid                 : {6b2a1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}\n" +
		"nvme0n1p1   c12a7328-f81f-11d2-ba4b-00a0c93ec93b 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\n" +
		"/dev/nvme0n1p2: PART_ENTRY_UUID=\"2a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d\" PART_ENTRY_TYPE=\"0fc63daf-8483-4772-8e79-3d69d8477de4\"\n"
	checkAllEncodings(t, "parts", in, []string{"6b2a1c3d", "1a2b3c4d-5e6f", "2a2b3c4d-5e6f"}, "")
	for _, out := range []string{scrubTwice(t, in), scrubJSONMessage(t, in)} {
		mustKeep(t, "parts", out, "41504653-0000-11AA-AA11-00306543ECAC", "{ebd0a0a2-b9e5-4433-87c0-68b6b72699c7}",
			"c12a7328-f81f-11d2-ba4b-00a0c93ec93b", "0fc63daf-8483-4772-8e79-3d69d8477de4")
	}
}

// Leak: dscacheutil -q user's "gecos:" (a passwd row's comment field)
// kept the person's surname ("gecos: <user-1> Owusu": only the account
// went). Over-scrub: macOS's built-in accounts' real names ("System
// Administrator", "Unprivileged User") were replaced as people's, under
// dscl's RealName too.
func TestProbe19Gecos(t *testing.T) {
	in := "$ dscacheutil -q user -a name ama\nname: ama\npassword: ********\nuid: 502\ngid: 20\ndir: /Users/ama\nshell: /bin/zsh\ngecos: Ama Owusu\n"
	checkAllEncodings(t, "gecos", in, []string{"Owusu", "ama"}, "later: Ama Owusu called")
	mustNotContain(t, "gecos-json", scrubJSONString(t, `{"name":"ama","gecos":"Ama Owusu,,,"}`), "Owusu")
	keep := "name: root\ngecos: System Administrator\nname: nobody\ngecos: Unprivileged User\nRealName:\n System Administrator\nRealName: System Services\n"
	mustKeepTwice(t, keep)
}

// Leak: an account at a machine named after its owner ("kofim@Kofis-iMac",
// avahi-browse's ssh service; "ama@AMA-LAPTOP" went) kept the account:
// the machine went, by its shape, but the pair was none.
func TestProbe19AccountAtOwnerHost(t *testing.T) {
	in := "+ enp3s0 IPv4 kofim@Kofis-iMac                              _ssh._tcp            local\nlogin kwame@kwame-ThinkPad-T480s ok\n"
	checkAllEncodings(t, "acct", in, []string{"kofim", "Kofis", "kwame"}, "later: kofim logged in")
	mustKeep(t, "acct", scrubTwice(t, in), "IPv4 <user-1>@<host-", "  _ssh._tcp ")
	keep := "lodash@4.17.21 and Object@1b6d3586 and user@1000.service\n"
	mustKeepTwice(t, keep)
}

// Leak: avahi-browse -r's TXT records kept an AirPlay device's public
// key ("pk=", 64 hex digits: the same device on every network) and a
// shared iTunes or Music library's ids (DAAP's "Machine ID", "Database
// ID", "MID"). Other entries stay.
func TestProbe19AvahiTxtIDs(t *testing.T) {
	in := "= wlp2s0 IPv4 Living Room                                   _airplay._tcp        local\n" +
		"   txt = [\"vv=2\" \"srcvers=750.8.2\" \"pk=9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b\" \"model=AppleTV11,1\" \"flags=0x244\"]\n" +
		"= wlp2s0 IPv4 Studio Music                           _daap._tcp           local\n" +
		"   txt = [\"Machine Name=Studio Music\" \"Machine ID=6B2A1C3D4E5F\" \"Database ID=1A2B3C4D5E6F7A8B\" \"MID=0x2A2B3C4D5E6F7A8B\" \"Version=196630\"]\n"
	secrets := []string{"9a8b7c6d5e4f3a2b", "6B2A1C3D4E5F", "1A2B3C4D5E6F7A8B", "2A2B3C4D5E6F7A8B"}
	checkAllEncodings(t, "txt", in, secrets, "library 1A2B3C4D5E6F7A8B shared")
	mustKeep(t, "txt", scrubTwice(t, in), `"vv=2" "srcvers=750.8.2" "pk=<machine-id-`, `"model=AppleTV11,1" "flags=0x244"]`, `"Machine Name=Studio Music" "Machine ID=<`, `"Version=196630"]`)
	keep := "   txt = [\"pk=12\" \"MID=0x12\" \"Machine ID=studio\"]\ntxt = [\"pk=9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4\"]\n"
	mustKeepTwice(t, keep)
}

// Leak: a Bluetooth device renamed by its owner without the possessive
// ("Kofi AirPods Pro", "Ama Owusu iPhone") kept the name in bluetoothctl's
// device list and info ("Name:", "Alias:") and in system_profiler
// SPBluetoothDataType's headings. A device named for its maker, room or
// use stays.
func TestProbe19BareOwnerBluetooth(t *testing.T) {
	ctl := "$ bluetoothctl devices\nDevice 00:1A:7D:DA:71:13 Kofi AirPods Pro\nDevice 4C:87:5D:12:34:56 JBL Flip 5\n" +
		"Device 4C:87:5D:12:34:57 Kitchen HomePod\nDevice 4C:87:5D:12:34:58 Samsung Galaxy Buds2\n" +
		"$ bluetoothctl info 4C:87:5D:12:34:59\nDevice 4C:87:5D:12:34:59 (public)\n\tName: Yaw iPhone\n\tAlias: Yaw Boateng iPhone\n\tPaired: yes\n"
	checkAllEncodings(t, "ctl", ctl, []string{"Kofi", "Yaw", "Boateng"}, "later: Yaw Boateng called")
	mustKeep(t, "ctl", scrubTwice(t, ctl), "> JBL Flip 5\n", "> Kitchen HomePod\n", "> Samsung Galaxy Buds2\n", "\tName: <user-", "> iPhone\n\tPaired: yes\n")
	sp := "      Connected:\n          Kofi AirPods Pro:\n              Address: 00:1A:7D:DA:71:13\n              Vendor ID: 0x004C\n" +
		"          Magic Keyboard:\n              Address: 00:1A:7D:DA:71:15\n      Not Connected:\n          Ama Owusu iPhone:\n              Address: 00:1A:7D:DA:71:14\n" +
		"          Work iPhone:\n              Address: 00:1A:7D:DA:71:16\n"
	checkTextJSON(t, "sp", sp, []string{"Kofi", "Ama", "Owusu"}, "")
	mustKeep(t, "sp", scrubTwice(t, sp), "          Magic Keyboard:\n", "          Work iPhone:\n", " AirPods Pro:\n")
}

// Leak: a journal cursor's "s=" (journalctl -o verbose's header, -o
// export's and -o json's __CURSOR) and journalctl -o json's
// __SEQNUM_ID kept the journal's sequence number id, made with the
// machine's journal and kept by every file after it (the cursor's boot
// id went).
func TestProbe19JournalSeqnumID(t *testing.T) {
	in := "Fri 2024-03-01 10:00:01.123456 GMT [s=7f1a2b3c4d5e4f60a1b2c3d4e5f60718;i=1a2b;b=3f2a1b9c8d7e4f50a1b2c3d4e5f60718;m=1a2b3c4d;t=5f1e2d3c4b5a6;x=9a8b7c6d5e4f3a2b]\n" +
		"__SEQNUM_ID=7f1a2b3c4d5e4f60a1b2c3d4e5f60718\n"
	checkAllEncodings(t, "cursor", in, []string{"7f1a2b3c4d5e4f60", "3f2a1b9c8d7e4f50"}, "")
	mustKeep(t, "cursor", scrubTwice(t, in), "[s=<machine-id-1>;i=1a2b;b=<machine-id-2>;m=1a2b3c4d;t=5f1e2d3c4b5a6;x=9a8b7c6d5e4f3a2b]\n__SEQNUM_ID=<machine-id-1>\n")
	js := `{"__CURSOR":"s=7f1a2b3c4d5e4f60a1b2c3d4e5f60718;i=1a2b;b=3f2a1b9c8d7e4f50a1b2c3d4e5f60718;m=1a2b3c4d;t=5f1e2d3c4b5a6;x=9a8b7c6d5e4f3a2b","__SEQNUM":"6699","__SEQNUM_ID":"7f1a2b3c4d5e4f60a1b2c3d4e5f60718"}`
	out := scrubJSONString(t, js)
	mustNotContain(t, "json", out, "7f1a2b3c4d5e4f60")
	mustKeep(t, "json", out, `"__SEQNUM":"6699"`)
}

// Leak: a share link's key (Dropbox's /s/KEY/, /scl/fi/ID/, Google
// Drive's and Docs' /file/d/ID, WeTransfer's /downloads/ID/HASH, we.tl's
// /t-KEY) opens the shared file for whoever holds it; mdls's
// kMDItemWhereFroms and apps' download logs kept it. Page URLs stay.
func TestProbe19ShareLinks(t *testing.T) {
	in := "kMDItemWhereFroms = (\n    \"https://dl.dropboxusercontent.com/s/a1b2c3d4e5f6g7h/set.zip?dl=1\",\n    \"https://www.dropbox.com/s/a1b2c3d4e5f6g7h/set.zip?dl=0\"\n)\n" +
		"downloading https://www.dropbox.com/scl/fi/x7k2m9p4q1w8e5r3t6y0u/Mix_2024.wav?rlkey=ab12cd34ef56gh78ij90kl12m&dl=1\n" +
		"open https://drive.google.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz012345/view?usp=sharing\n" +
		"https://wetransfer.com/downloads/4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f20240301100001/7a8b9c and https://we.tl/t-AbC123xYz9\n"
	secrets := []string{"a1b2c3d4e5f6g7h", "x7k2m9p4q1w8e5r3t6y0u", "ab12cd34ef56gh78", "1AbCdEfGhIjKlMnOp", "4f3c2b1a0e9d8c7b", "7a8b9c", "AbC123xYz9"}
	checkAllEncodings(t, "links", in, secrets, "")
	mustKeep(t, "links", scrubTwice(t, in), "https://www.dropbox.com/s/<token-1>/set.zip?dl=0\"\n", "/Mix_2024.wav?rlkey=<", "https://drive.google.com/file/d/<token-", "/view?usp=sharing\n", "https://we.tl/t-<token-")
	keep := "https://www.dropbox.com/s/help https://www.dropbox.com/home https://drive.google.com/drive/my-drive https://example.com/s/a1b2c3d4e5f6g7h/x\n"
	mustKeepTwice(t, keep)
}

// Leaks: gpg --list-keys kept a uid's name before a comment ("Kwabena
// Owusu (work) <k@x>": only the address went; Debian's maintainers write
// so too, and a comment may spell the name again: "أحمد المحمودي (Ahmed
// El-Mahmoudy)") and the key's fingerprint,
// which key servers map to its owner (learned, with the long key id that
// ends it). A commit hash stays.
func TestProbe19GpgKeys(t *testing.T) {
	in := "$ gpg --list-keys\npub   ed25519 2023-01-15 [SC] [expires: 2026-01-14]\n      3F2A1B9C8D7E6F50A1B2C3D4E5F60718293A4B5C\n" +
		"uid           [ultimate] Kwabena Owusu (work) <kwabena@studio.example>\nsub   cv25519 2023-01-15 [E]\n"
	checkTextJSON(t, "gpg", in, []string{"3F2A1B9C8D7E6F50", "Kwabena", "Owusu"}, "gpg: using EDDSA key E5F60718293A4B5C")
	checkAllEncodings(t, "uid", "uid           [ultimate] Kwabena Owusu (work) <kwabena@studio.example>\n", []string{"Kwabena", "Owusu"}, "")
	mustKeep(t, "gpg", scrubTwice(t, in), "\n      <uid-1>\nuid           [ultimate] <user-1> (work) <<email-1>>\n")
	// a comment that spells a name too goes
	deb := " -- أحمد المحمودي (Ahmed El-Mahmoudy) <aelmahmoudy@users.example>  Sat, 13 Jun 2020\n -- Marco Trevisan (Treviño) <marco@example.org>  Wed\n"
	checkAllEncodings(t, "deb", deb, []string{"Ahmed", "Mahmoudy", "المحمودي", "Trevisan", "Treviño"}, "")
	mustKeep(t, "deb", scrubTwice(t, " -- Laszlo Boszormenyi (GCS) <gcs@example.org>\nby Georg Felber (TU Wien) <g@example.org>\n\"Bruno Haible (Open Source Development) <bruno@example.org>\"\nKofi Mensah (Work) <k@example.org>\n"),
		"> (GCS) <<", "> (TU Wien) <<", "> (Open Source Development) <<", "> (Work) <<")
	keep := "pub   ed25519 2023-01-15 [SC]\ncommit 3f2a1b9c8d7e6f50a1b2c3d4e5f60718293a4b5d\nsee (work) <x@example.org>\n"
	mustKeep(t, "keep", scrubTwice(t, keep), "commit 3f2a1b9c8d7e6f50a1b2c3d4e5f60718293a4b5d\nsee (work) <")
}

// Leak: pactl list's Bluetooth sinks and cards ("Name:
// bluez_output.<address>.1") kept a device renamed without the
// possessive in "Description:" and the properties' device.description,
// node.description and device.alias.
func TestProbe19BluezDescriptions(t *testing.T) {
	in := "Sink #47\n\tState: RUNNING\n\tName: bluez_output.00_1A_7D_DA_71_13.1\n\tDescription: Kofi AirPods Pro\n\tDriver: PipeWire\n\tProperties:\n" +
		"\t\tapi.bluez5.address = \"00:1A:7D:DA:71:13\"\n\t\tdevice.description = \"Kofi AirPods Pro\"\n\t\tdevice.alias = \"Ama Owusu iPhone\"\n" +
		"Sink #48\n\tName: bluez_output.00_1A_7D_DA_71_14.1\n\tDescription: Kitchen HomePod\n"
	checkTextJSON(t, "pactl", in, []string{"Kofi", "Ama", "Owusu"}, "")
	mustKeep(t, "pactl", scrubTwice(t, in), "\tDescription: <user-", "> AirPods Pro\n", "\tDescription: Kitchen HomePod\n")
}

// Over-scrub: fwupdmgr get-devices' GUIDs ("e1409b09-… ←
// NVME\VEN_144D&DEV_A808") hash the hardware id after the arrow, the
// same for every such device; the firmware service matches updates by
// them. fwupd's device id (a hash of the device's path) still goes.
func TestProbe19FwupdGUIDs(t *testing.T) {
	in := "│     Device ID:          71b677ca0f1bc2c5b804fa1d59e52064ce589293\n│     GUIDs:              e1409b09-50cf-5aef-8ad8-760b9022f88d ← NVME\\VEN_144D&DEV_A808\n"
	checkAllEncodings(t, "fwupd", in, []string{"71b677ca0f1bc2c5"}, "")
	for _, out := range []string{scrubTwice(t, in), scrubJSONMessage(t, in)} {
		mustKeep(t, "fwupd", out, "e1409b09-50cf-5aef-8ad8-760b9022f88d ← NVME\\VEN_144D&DEV_A808\n")
	}
}

// Leak: /etc/group rows (getent group audio, as audio troubleshooting
// pastes them) kept the people added to a group ("audio:x:29:pulse,
// kofi,ama.owusu"); system accounts among the members stay.
func TestProbe19GroupMembers(t *testing.T) {
	in := "$ getent group audio sudo\naudio:x:29:pulse,kofi,ama.owusu\nsudo:x:27:yaw\nstudio:x:1001:kwabena,_apt,syslog\n"
	checkAllEncodings(t, "group", in, []string{"kofi", "ama.owusu", "yaw", "kwabena"}, "later: ama.owusu and kwabena logged in")
	mustKeep(t, "group", scrubTwice(t, in), "\naudio:x:29:pulse,<user-", "\nstudio:x:1001:<user-", ",_apt,syslog\n")
	keep := "audio:x:29:pulse\nstudio:x:1001:a b c\n"
	mustKeepTwice(t, keep)
}

// Leak: pinky's and finger's table ("Login    Name    TTY …") kept the
// Name column, the account's full name ("Yaw Boateng": only a login
// learned elsewhere went).
func TestProbe19PinkyTable(t *testing.T) {
	in := "$ pinky\nLogin    Name                 TTY      Idle   When             Where\n" +
		"kofi     Kofi Mensah          seat0           2024-03-01 09:00 \nyaw      Yaw Boateng          pts/1           2024-03-01 09:05 192.168.1.50\n" +
		"root     root                 pts/2           2024-03-01 09:06\n\n$ echo done\n"
	checkTextJSON(t, "pinky", in, []string{"kofi", "Mensah", "yaw", "Boateng"}, "later: Yaw Boateng and kofi")
	mustKeep(t, "pinky", scrubTwice(t, in), "\nroot     root                 pts/2 ", "\n\n$ echo done\n", "Login    Name                 TTY")
}

// Leak: sudo's messages kept the account and the machine ("User yaw may
// run the following commands on studio:", "Sorry, user kwesi may not run
// sudo on studio.").
func TestProbe19SudoMessages(t *testing.T) {
	in := "$ sudo -l -U yaw\nUser yaw may run the following commands on studio:\n    (ALL : ALL) ALL\nSorry, user kwesi may not run sudo on studio.\n" +
		"Sorry, user kojo is not allowed to execute '/usr/bin/apt' as root on studio.\n"
	checkAllEncodings(t, "sudo", in, []string{"yaw", "kwesi", "kojo", "studio"}, "later: kwesi and kojo on studio")
	mustKeep(t, "sudo", scrubTwice(t, in), "\nUser <user-", "> may run the following commands on <host-1>:\n", "(ALL : ALL) ALL\n", "is not allowed to execute '/usr/bin/apt' as root on <host-1>.\n")
	keep := "User interface may run slowly on old machines.\nuser input may run the following commands on: x\n"
	mustKeepTwice(t, keep)
}

// Leak: a log line naming a Bluetooth device before its address in
// parentheses ("Connected to Kofi AirPods Pro (00:1A:…)", bluetoothd,
// BlueZ) kept a name its owner gave without the possessive. The maker's,
// a room's or a log word before the device stays.
func TestProbe19BareOwnerBeforeAddress(t *testing.T) {
	in := "bluetoothd: Connected to Kofi AirPods Pro (00:1A:7D:DA:71:13)\nFound Ama Owusu iPhone (4C:87:5D:12:34:56) rssi -40\n"
	checkAllEncodings(t, "paren", in, []string{"Kofi", "Ama", "Owusu"}, "")
	mustKeep(t, "paren", scrubTwice(t, in), "Connected to <user-", "\nFound <user-")
	keep := "Connected to Apple AirPods (00:1A:7D:DA:71:14)\nDevice Living Room HomePod (4C:87:5D:12:34:57)\nlinked Work iPhone (4C:87:5D:12:34:58)\n"
	mustKeep(t, "keep", scrubTwice(t, keep), "Connected to Apple AirPods (<", "Device Living Room HomePod (<", "linked Work iPhone (<")
}

// Leak: a display's EDID in hex (ioreg's "IODisplayEDID" = <…>, xrandr
// --verbose's 16 bytes a line) holds the monitor's serial number as a
// number (bytes 12-15) and as text in the descriptor tagged 0xff; both
// stayed. They are replaced (the text one learned), the display's modes
// stay.
func TestProbe19EDIDSerial(t *testing.T) {
	const edid = "00ffffffffffff0010ac0aa04c5a4b301e1d0104b53c227800ee91a3544c99260f5054a54b0001010101010101010101010101010101565e00a0a0a029503020350055502100001a000000ff00434e304142433132333435360a000000fc0044454c4c205532373139440a20000000fd00384c1e5a19000a2020202020200199"
	io := "    | |   \"IODisplayEDID\" = <" + edid + ">\n"
	secrets := []string{"434e304142433132333435360a"[:24], "4c5a4b30"}
	checkAllEncodings(t, "ioreg", io, secrets, "monitor CN0ABC123456 attached")
	out := scrubTwice(t, io)
	mustKeep(t, "ioreg", out, "<00ffffffffffff0010ac0aa0<serial-1>1e1d0104", "000000ff00<serial-2>0a000000fc0044454c4c")
	xr := "DP-1 connected primary 2560x1440+0+0\n\tEDID: \n\t\t00ffffffffffff0010ac0aa04c5a4b30\n\t\t1e1d0104b53c227800ee91a3544c9926\n\t\t0f5054a54b0001010101010101010101\n\t\t010101010101565e00a0a0a029503020\n\t\t350055502100001a000000ff00434e30\n\t\t4142433132333435360a000000fc0044\n\t\t454c4c205532373139440a20000000fd\n\t\t00384c1e5a19000a2020202020200199\n\tBrightness: 1.0\n"
	checkTextJSON(t, "xrandr", xr, secrets, "")
	mustKeep(t, "xrandr", scrubTwice(t, xr), "\t\t00ffffffffffff0010ac0aa0<serial-1>\n", "\t\t<serial-2>0a000000fc0044\n")
	// an EDID without a serial stays
	keep := "<00ffffffffffff0010ac0aa0000000001e1d0104b53c227800ee91a3544c99260f5054a54b0001010101010101010101010101010101565e00a0a0a029503020350055502100001a000000fc0044454c4c205532373139440a20000000fc0044454c4c205532373139440a20000000fd00384c1e5a19000a2020202020200199>\n"
	mustKeepTwice(t, keep)
}

// Leak: PulseAudio names its per-machine files after the machine id
// ("~/.config/pulse/8c5d…1e2f-default-sink"), which ls and its warnings
// print; the id (/etc/machine-id) stayed.
func TestProbe19PulseMachineID(t *testing.T) {
	in := "$ ls ~/.config/pulse\n8c5d1e2f3a4b4c5d9e6f7a8b9c0d1e2f-card-database.tdb  8c5d1e2f3a4b4c5d9e6f7a8b9c0d1e2f-default-sink  cookie\n" +
		"W: [pulseaudio] module-stream-restore.c: open /home/kofi/.config/pulse/8c5d1e2f3a4b4c5d9e6f7a8b9c0d1e2f-stream-volumes.tdb failed\n"
	checkAllEncodings(t, "pulse", in, []string{"8c5d1e2f3a4b4c5d", "kofi"}, "machine 8c5d1e2f3a4b4c5d9e6f7a8b9c0d1e2f")
	mustKeep(t, "pulse", scrubTwice(t, in), "\n<machine-id-1>-card-database.tdb  <machine-id-1>-default-sink  cookie\n", "/.config/pulse/<machine-id-1>-stream-volumes.tdb failed\n")
	keep := "8c5d1e2f3a4b4c5d9e6f7a8b9c0d1e2f-build-log.txt\n"
	mustKeepTwice(t, keep)
}

// Leak: diskutil list's NAME column kept a volume's label ("Ama Owusu
// Mixes", "KWAME_USB"); default labels (EFI, Macintosh HD) stay.
func TestProbe19DiskutilList(t *testing.T) {
	in := "/dev/disk4 (external, physical):\n   #:                       TYPE NAME                    SIZE       IDENTIFIER\n" +
		"   0:      GUID_partition_scheme                        *1.0 TB     disk4\n   1:                        EFI EFI                     209.7 MB   disk4s1\n" +
		"   2:                  Apple_HFS Ama Owusu Mixes         999.9 GB   disk4s2\n\n/dev/disk5 (external, physical):\n" +
		"   #:                       TYPE NAME                    SIZE       IDENTIFIER\n   1:               Windows_NTFS KWAME_USB               64.0 GB    disk5s1\n\n" +
		"/dev/disk3 (synthesized):\n   #:                       TYPE NAME                    SIZE       IDENTIFIER\n   0:      APFS Container Scheme -                      +994.7 GB   disk3\n" +
		"                                 Physical Store disk0s2\n   1:                APFS Volume Macintosh HD - Data     450.1 GB   disk3s1\n"
	checkTextJSON(t, "diskutil", in, []string{"Ama", "Owusu", "KWAME"}, "later: /Volumes/Ama Owusu Mixes/x")
	mustKeep(t, "diskutil", scrubTwice(t, in), " EFI EFI                     209.7 MB", " Apple_HFS <label-", " APFS Volume Macintosh HD - Data     450.1 GB   disk3s1\n", "Physical Store disk0s2\n")
}
