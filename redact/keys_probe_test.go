package redact

import (
	"strings"
	"testing"
)

// mustKeep fails when one of keep is not in out verbatim.
func mustKeep(t *testing.T, what, out string, keep ...string) {
	t.Helper()
	for _, k := range keep {
		if !strings.Contains(out, k) {
			t.Errorf("%s: %q lost in %q", what, k, out)
		}
	}
}

// scrubTwice scrubs in with a session that learned it first (as crashd
// does), and checks a second scrub changes nothing.
func scrubTwice(t *testing.T, in string) string {
	t.Helper()
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	out := s.ScrubString(in)
	if again := s.ScrubString(out); again != out {
		t.Errorf("not idempotent:\n once  %q\n twice %q", out, again)
	}
	return out
}

// mustKeepTwice checks that keep, learned first and scrubbed twice
// (scrubTwice), comes out as it went in.
func mustKeepTwice(t *testing.T, keep string) {
	t.Helper()
	if out := scrubTwice(t, keep); out != keep {
		t.Errorf("changed:\n in  %q\n out %q", keep, out)
	}
}

// wevtutil's text export names the event log channel "Log Name": no
// $LOGNAME, and a channel name is no account.
func TestProbeEventLogChannel(t *testing.T) {
	in := "Event[0]:\n  Log Name: Application\n  Source: Application Error\n" +
		"Faulting application name: rekordbox.exe\nEvent[1]:\n  Log Name: Security\n" +
		"  Source: Microsoft-Windows-Security-Auditing\n  Log Name: Microsoft-Windows-Sysmon/Operational\n" +
		"  Log Name: ForwardedEvents\n  Log Name: Setup\n"
	out := scrubTwice(t, in)
	if out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	// JSON exports (Get-WinEvent | ConvertTo-Json): the channel names
	// are no account either
	for _, ch := range []string{"Application", "Security", "Setup", "ForwardedEvents", "System"} {
		s := newSession(t, Config{})
		js := `{"LogName":"` + ch + `","Message":"Faulting application name"}`
		var b strings.Builder
		if err := s.ScrubJSON(&b, strings.NewReader(js)); err != nil {
			t.Fatal(err)
		}
		mustKeep(t, "json "+ch, b.String(), `"LogName":"`+ch+`"`, "Faulting application name")
	}
	// $LOGNAME still names the user
	checkAllEncodings(t, "LOGNAME", "LOGNAME=zoe.k\n", []string{"zoe.k"}, "signed in as zoe.k")
	checkAllEncodings(t, "logname", "logname: zoe.k\n", []string{"zoe.k"}, "")
}

// Default accounts of OS images, containers and CI name nobody; learned,
// they would wreck every symbol holding the word.
func TestProbeDefaultAccounts(t *testing.T) {
	for _, u := range []string{"deck", "chronos", "kali", "jovyan", "codespace", "defaultuser0", "WDAGUtilityAccount",
		"steam", "pi", "ubuntu", "vagrant", "runner", "ec2-user", "liveuser", "guest", "azureuser", "vscode", "gitpod", "opc"} {
		in := "at BeatDJ." + u + ".LoadTrack (BeatDJ." + u + " x)\n#0 in " + u + "_load_track at src/" + u + ".c:123\n" +
			"open /home/" + u + "/.local/share/x.dat\nC:\\Users\\" + u + "\\AppData\\Local\\x.dll\nUSER=" + u + "\n"
		if out := scrubTwice(t, in); out != in {
			t.Errorf("%s:\n in  %q\n out %q", u, in, out)
		}
	}
	// a real name next to them is still found
	checkAllEncodings(t, "deck home", "/home/deck/x and /home/zoe.k/y", []string{"zoe.k"}, "hi zoe.k")
}

// DxDiag's "Device Key" is a device path (PCI/USB ids), no secret; a
// serial in its instance part is still found. macOS's "Shared Cache" UUID
// names the dyld shared cache build, a debug id.
func TestProbeDeviceKey(t *testing.T) {
	in := "         Device Key: Enum\\PCI\\VEN_10DE&DEV_249C&SUBSYS_16D21043&REV_A1\n" +
		"Shared Cache:     8E1F2A3B-4C5D-3E6F-9A0B-1C2D3E4F5A6B slid base address 0x18f1a4000, slide 0xf1a4000\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	checkAllEncodings(t, "usb device key", "Device Key: Enum\\USB\\VID_2B73&PID_0017\\4C530001234567\n", []string{"4C530001234567"}, "")
	out := scrubTwice(t, "Device Key: Enum\\USB\\VID_2B73&PID_0017\\4C530001234567\n")
	mustKeep(t, "usb device key", out, "Enum\\USB\\VID_2B73&PID_0017\\")
	// other keys named key still hold secrets
	checkAllEncodings(t, "license key", "Product Key: ABCD1234efgh5678\n", []string{"ABCD1234efgh5678"}, "")
}

// A DNS-SD service type (_airplay._tcp.local) names a protocol, no host.
func TestProbeDNSSDServiceLabel(t *testing.T) {
	for _, in := range []string{"Bonjour: registered Studio._airplay._tcp.local.\n", "browse _raop._tcp.local and _ipp._udp.local\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed:\n in  %q\n out %q", in, out)
		}
	}
	checkAllEncodings(t, "mdns host", "connecting to Kais-MacBook-Pro.local:8080", []string{"Kais-MacBook-Pro"}, "")
}

// A WER report names each value on the line before: Sig[N].Name= for
// Sig[N].Value=, OsInfo[N].Key= for OsInfo[N].Value=.
func TestProbeWERPairs(t *testing.T) {
	in := "Version=1\r\nEventType=APPCRASH\r\nSig[0].Name=Application Name\r\nSig[0].Value=rekordbox.exe\r\n" +
		"Sig[1].Name=Application Version\r\nSig[1].Value=6.8.2.0\r\nSig[3].Name=Fault Module Name\r\nSig[3].Value=AudioEngine.dll\r\n" +
		"Sig[4].Name=Fault Module Version\r\nSig[4].Value=1.12.0.3\r\nDynamicSig[1].Name=OS Version\r\nDynamicSig[1].Value=10.0.19045.2.0.0.256.48\r\n" +
		"Sig[6].Name=Exception Code\r\nSig[6].Value=c0000005\r\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	// an address under a name that is no version is still one
	out := scrubTwice(t, "Sig[2].Name=Remote Address\nSig[2].Value=10.1.2.3\n")
	mustNotContain(t, "wer ip", out, "10.1.2.3")
	// a version line does not hide the next pair's address
	out = scrubTwice(t, "Sig[1].Name=Application Version\nSig[1].Value=6.8.2.0\nSig[2].Value=10.1.2.3\n")
	mustNotContain(t, "wer ip", out, "10.1.2.3")

	pairs := "OsInfo[26].Key=hostname\r\nOsInfo[26].Value=STUDIO-BJORN-02\r\nOsInfo[29].Key=svolsn\r\nOsInfo[29].Value=2a1b3c4d\r\n" +
		"OsInfo[30].Key=serial\r\nOsInfo[30].Value=MXL1234ABC\r\nOsInfo[37].Key=wuid\r\nOsInfo[37].Value=4a5b6c7d8e9f0a1b\r\n" +
		"OsInfo[16].Key=locale\r\nOsInfo[16].Value=en-NZ\r\n"
	checkAllEncodings(t, "osinfo", pairs, []string{"STUDIO-BJORN-02", "2a1b3c4d", "MXL1234ABC", "4a5b6c7d8e9f0a1b"}, "")
	out = scrubTwice(t, pairs)
	mustKeep(t, "osinfo", out, "OsInfo[26].Key=hostname", "OsInfo[29].Key=svolsn", "OsInfo[16].Value=en-NZ")
	// the host is known elsewhere
	s := newSession(t, Config{})
	s.ScrubString(pairs)
	mustNotContain(t, "osinfo learned", s.ScrubString("connected to STUDIO-BJORN-02 ok"), "STUDIO-BJORN-02")
}

// Wi-Fi passwords in NetworkManager keyfiles and wpa_supplicant.conf.
func TestProbeWiFiPasswords(t *testing.T) {
	cases := []struct{ in, secret string }{
		{"[wifi-security]\nkey-mgmt=wpa-psk\npsk=Sn0fjell&Hytte!1994\n", "Hytte!1994"},
		{"psk=Sn0fjell&Hytte!1994\n", "Sn0fjell"},
		{"wpa_psk=Val02wpapsk\n", "Val02wpapsk"},
		{"wep-key0=Val03wep\nwep-key1=Val04wep\nwep-key3=Val05wep\n", "Val0"},
		{"password-raw=Val06raw\n", "Val06raw"},
		{"leap-password=Val07leap\n", "Val07leap"},
		{"network={\n\tssid=\"x\"\n\tpsk=\"Val08 supp;licant\"\n}\n", "Val08 supp;licant"},
		{"psk=my secret pass phrase\n", "secret pass phrase"},
		{"password=hunter2&x;y\n", "hunter2&x;y"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "")
	}
	// the settings around them stay
	out := scrubTwice(t, "[wifi-security]\nkey-mgmt=wpa-psk\npsk-flags=0\nwep-key-type=1\npsk=Sn0fjell&Hytte!1994\n")
	mustKeep(t, "keyfile", out, "key-mgmt=wpa-psk\n", "psk-flags=0\n", "wep-key-type=1\n")
	// a password in a query string ends at '&'; another key on the line is its own
	out = scrubTwice(t, "GET /login?password=hunter2&lang=en\npassword=hunter2 user=zoe.k\n")
	mustKeep(t, "query", out, "&lang=en", " user=")
	mustNotContain(t, "query", out, "hunter2", "zoe.k")
}

// A Wi-Fi network's name may hold blanks, after "ssid=" as after "SSID:",
// and log messages quote it.
func TestProbeSSID(t *testing.T) {
	for _, in := range []string{
		"[wifi]\nssid=Lefèvre Maison\n",
		"wlan0: connected ssid=Lefèvre Maison freq=2412\n",
		"airportd: [com.apple.wifi:] Joined network 'Lefèvre Maison' (bssid 9c:53:22:de:ad:02)\n",
		"<info>  [1710249727.1234] device (wlp0s20f3): Activation: starting connection 'Lefèvre Maison' (3c1d2e4f-5a6b-7c8d-9e0f-1a2b3c4d5e6f)\n",
		"<info>  [1710249727.1234] policy: auto-activating connection 'Lefèvre Maison' (3c1d2e4f-5a6b-7c8d-9e0f-1a2b3c4d5e6f)\n",
	} {
		checkAllEncodings(t, in, in, []string{"Lefèvre", "Maison"}, "")
	}
	out := scrubTwice(t, "wlan0: connected ssid=Lefèvre Maison freq=2412\n")
	mustKeep(t, "ssid", out, " freq=2412")
	// learned from the keyfile, the name goes everywhere
	s := newSession(t, Config{})
	s.Learn([]byte("[connection]\nid=Lefèvre Maison\n[wifi]\nssid=Lefèvre Maison\n"))
	mustNotContain(t, "learned", s.ScrubString("id=Lefèvre Maison\nup: Lefèvre Maison"), "Lefèvre", "Maison")
	// a wired connection's default name is no network's name
	in := "device (enp3s0): Activation: starting connection 'Wired connection 1' (3c1d2e4f-5a6b-7c8d-9e0f-1a2b3c4d5e6f)\n"
	mustKeep(t, "wired", scrubTwice(t, in), "'Wired connection 1'")
	// Windows keeps the SSID in hex under DhcpNetworkHint, its nibbles
	// swapped (some tools write it plain)
	for _, h := range []string{"f4b6f6e6b677f60284f6d656", "4f6b6f6e6b776f20486f6d65"} {
		s := newSession(t, Config{})
		in := `"DhcpNetworkHint"="` + h + `"` + "\n"
		out := s.ScrubString(in)
		mustNotContain(t, "hint", out, h)
		mustNotContain(t, "hint learned", s.ScrubString("joined Okonkwo Home"), "Okonkwo")
	}
	checkAllEncodings(t, "hint", `"DhcpNetworkHint"="f4b6f6e6b677f60284f6d656"`, []string{"f4b6f6e6b677f60284f6d656"}, "")
}

// Keys that name a secret or a serial in other words, other languages and
// vendors' spellings, and credentials known by their shape or URL.
func TestProbeMoreSecretKeys(t *testing.T) {
	cases := []struct{ in, secret string }{
		{"RegCode: FLS21-ABCD-EFGH-1234-5678\n", "ABCD-EFGH"},
		{"Registration Code: Val01regcode\n", "Val01regcode"},
		{"S/N: Val07sn\n", "Val07sn"},
		{"Device S/N: Val08sn\n", "Val08sn"},
		{"Service Tag: 7XK9Q53\n", "7XK9Q53"},
		{"Express Service Code: 16345678901\n", "16345678901"},
		{"Passwort: Val30passwort\n", "Val30passwort"},
		{"contraseña: Val31contrasena\n", "Val31contrasena"},
		{"mot_de_passe=Val29mdp\n", "Val29mdp"},
		{"Mot de passe : Val28mdp\n", "Val28mdp"},
		{"kennwort=Val32kennwort\n", "Val32kennwort"},
		{"Kennwort: Val33kennwort\n", "Val33kennwort"},
		{"senha=Val34senha\n", "Val34senha"},
		{"wachtwoord: Val35wacht\n", "Val35wacht"},
		{"passord=Val36passord\n", "Val36passord"},
		{"oauth_verifier=Val27verifier\n", "Val27verifier"},
		{"GET /cb?oauth_token=abc&oauth_verifier=Val26verifier HTTP/1.1\n", "Val26verifier"},
		{"key AIzaSyVal50googleABCDEFGHIJKLMNOPQRSTU used\n", "Val50google"},
		{"key AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW used\n", "AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"},
		{"post https://hooks.slack.com/services/T0123ABCD/B0456EFGH/Val47slackXYZabc123 failed\n", "Val47slackXYZabc123"},
		{"webhook=https://discord.com/api/webhooks/123456789012345678/Val48discordXYZ_abc-123\n", "Val48discordXYZ"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "")
	}
	// a key in Japanese: not in UTF-16 runs, which binary.go takes only
	// when they start with Latin letters
	for _, in := range []string{"パスワード: Val37jp\n", "パスワード=Val37jp\n"} {
		mustNotContain(t, "jp", scrubTwice(t, in), "Val37jp")
	}
	// the words around them stay
	for _, in := range []string{
		"Service: Windows Update\nservice code: 4\nTag: v1.2.3\nS/N ratio: 42 dB\nI/O: 12\n",
		"Registry: HKLM\\Software\nconnection: keep-alive\ncontent-type: text/html\nsender: kernel\n",
		"post https://hooks.slack.com/ ok\nhttps://api.slack.com/methods/chat.postMessage\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed:\n in  %q\n out %q", in, out)
		}
	}
	out := scrubTwice(t, "post https://hooks.slack.com/services/T0123ABCD/B0456EFGH/Val47slackXYZabc123 failed\n")
	mustKeep(t, "slack", out, "https://hooks.slack.com/services/", " failed")
}

// Passwords on command lines (apport's ProcCmdline, ps output).
func TestProbeCommandLinePasswords(t *testing.T) {
	cases := []struct{ in, secret string }{
		{"ProcCmdline: mysql -u root -pS3cretMysql --host db01\n", "S3cretMysql"},
		{"  1234 ?  S  0:00 mariadb -h db01 -pS3cretMaria\n", "S3cretMaria"},
		{"ProcCmdline: sshpass -p 'S3cretSsh' ssh build-box\n", "S3cretSsh"},
		{"ProcCmdline: sshpass -p S3cretSsh2 ssh build-box\n", "S3cretSsh2"},
		{"ProcCmdline: curl -u alice.w:S3cretCurl https://api.example.com/v1\n", "S3cretCurl"},
		{"ProcCmdline: curl --user alice.w:S3cretCurl2 https://api.example.com/v1\n", "S3cretCurl2"},
		{"ProcCmdline: /opt/app/bin/sync --password S3cretSpace --user tobias\n", "S3cretSpace"},
		{"ProcCmdline: /opt/app/bin/sync --passwd \"S3cret Quoted\" -v\n", "S3cret Quoted"},
		{"ProcCmdline: /opt/app/bin/sync --token S3cretTok3n\n", "S3cretTok3n"},
		{"ProcCmdline: /opt/app/bin/sync --api-key S3cretApiKey\n", "S3cretApiKey"},
		{"ProcCmdline: keytool -list -storepass S3cretStore\n", "S3cretStore"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "")
	}
	// ordinary flags and their values stay
	for _, in := range []string{
		"ProcCmdline: ffmpeg -i a.mkv -pass 2 -passlogfile x out.mp4\n",
		"ProcCmdline: docker login --password-stdin --username-file x\n",
		"ProcCmdline: tar -pxf a.tar\nProcCmdline: mkdir -p /tmp/x\nProcCmdline: ssh -p 2222 host\n",
		"ProcCmdline: mysql -u root -p\n",
		"ProcCmdline: docker run -u 1000:1000 --user www-data:www-data img\n",
		"ProcCmdline: systemctl --user start pipewire\nProcCmdline: sort -u list.txt\n",
		"ProcCmdline: app --token-file /run/secrets/t --password $DB_PASS --token -\n",
		"usage: app [--password PASSWORD] [--api-key API_KEY] [--token TOKEN...]\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed:\n in  %q\n out %q", in, out)
		}
	}
	// curl's user goes with its password
	checkAllEncodings(t, "curl user", "ProcCmdline: curl -u alice.w:S3cretCurl https://api.example.com/v1\n", []string{"alice.w"}, "hello alice.w")
	out := scrubTwice(t, "ProcCmdline: mysql -u root -pS3cretMysql --host db01\n")
	// (the password ends at its blank; the server named after --host is
	// a host, replaced as one)
	mustKeep(t, "mysql", out, "mysql -u root -p<", " --host <host-")
}

// Filesystem and partition UUIDs, volume serials and world-wide names
// identify the disk: fstab, the kernel command line, blkid, udev.
func TestProbeVolumeIDs(t *testing.T) {
	const u = "3f2a9c1e-7b44-4c1d-9e8a-0d5f6b7c8a91"
	cases := []struct{ in, secret string }{
		{"UUID=" + u + " /               ext4    errors=remount-ro 0       1\n", u},
		{"ProcKernelCmdLine: BOOT_IMAGE=/vmlinuz-6.5.0-21-generic root=UUID=" + u + " ro quiet splash\n", u},
		{"/dev/nvme0n1p2: UUID=\"" + u + "\" BLOCK_SIZE=\"4096\" TYPE=\"ext4\" PARTUUID=\"6a1b2c3d-02\"\n", u},
		{"/dev/nvme0n1p2: UUID=\"" + u + "\" BLOCK_SIZE=\"4096\" TYPE=\"ext4\" PARTUUID=\"6a1b2c3d-02\"\n", "6a1b2c3d"},
		{"root=PARTUUID=6a1b2c3d-02 rw\n", "6a1b2c3d"},
		{"UUID=E2D1-44A0  /boot/efi       vfat    umask=0077      0       1\n", "E2D1-44A0"},
		{"E: ID_FS_UUID=8A4F-1C2B\n", "8A4F-1C2B"},
		{"S: disk/by-uuid/8A4F-1C2B\n", "8A4F-1C2B"},
		{"lrwxrwxrwx 1 root root 15 Mar 12 10:01 /dev/disk/by-uuid/8A4F-1C2B -> ../../sda1\n", "8A4F-1C2B"},
		{"E: ID_WWN=0x5002538e40a1b2c3\n", "5002538e40a1b2c3"},
		{"E: ID_PART_ENTRY_UUID=" + u + "\n", u},
		{"[    5.000000] EXT4-fs (nvme0n1p2): mounted filesystem " + u + " r/w with ordered data mode.\n", u},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "")
	}
	// one disk, one pseudonym: fstab, the kernel log and udev agree
	s := newSession(t, Config{})
	out := s.ScrubString("UUID=" + u + " / ext4\nmounted filesystem " + strings.ToUpper(u) + " r/w\nE: ID_FS_UUID=" + u + "\n")
	if strings.Count(out, "<uuid-1>") != 3 {
		t.Errorf("pseudonyms differ: %q", out)
	}
	out = s.ScrubString("E: ID_FS_UUID=8A4F-1C2B\nS: disk/by-uuid/8A4F-1C2B\n")
	if strings.Count(out, "<serial-1>") != 2 {
		t.Errorf("pseudonyms differ: %q", out)
	}
	// debug ids stay
	for _, in := range []string{
		`"uuid" : "d25eebb7-5d1a-3ffc-9705-8b3049bcfb7d"`,
		"UUID: d25eebb7-5d1a-3ffc-9705-8b3049bcfb7d (arm64) /usr/lib/libfoo.dylib\n",
		"debug_id=3f2504e0-4f89-11d3-9a0c-0305e82c3301\n",
		"<49594A93-895D-3979-9E79-C1FA379DF7A8> /System/Library/Frameworks/AppKit\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed:\n in  %q\n out %q", in, out)
		}
	}
}
