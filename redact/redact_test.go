package redact

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"
)

func newSession(t testing.TB, cfg Config) *Session {
	t.Helper()
	s, err := NewSession(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustNotContain(t *testing.T, what, out string, secrets ...string) {
	t.Helper()
	lo := strings.ToLower(out)
	for _, sec := range secrets {
		if strings.Contains(lo, strings.ToLower(sec)) {
			t.Errorf("%s: %q still in %q", what, sec, out)
		}
	}
}

// utf16le encodes s as UTF-16LE.
func utf16le(s string) []byte {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2*len(u))
	for i, c := range u {
		b[2*i], b[2*i+1] = byte(c), byte(c>>8)
	}
	return b
}

func fromUTF16le(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return string(utf16.Decode(u))
}

// checkAllEncodings scrubs in as text, inside a JSON string, as UTF-16LE at
// an even and an odd offset in binary, and checks secrets vanish everywhere
// and the user is then also scrubbed in free text.
func checkAllEncodings(t *testing.T, name, in string, secrets []string, later string) {
	t.Helper()
	s := newSession(t, Config{})
	out := s.ScrubString(in)
	mustNotContain(t, name+"/text", out, secrets...)
	if later != "" {
		mustNotContain(t, name+"/learned", s.ScrubString(later), secrets...)
	}
	// JSON: the value as a JSON string
	mustNotContain(t, name+"/json", scrubJSONMessage(t, in), secrets...)
	// UTF-16LE in binary at both parities
	for _, odd := range []int{0, 1} {
		s = newSession(t, Config{})
		bin := append(append([]byte{0x01, 0x02, 0x03, 0x04, 0xff}[:4+odd], utf16le(in)...), 0, 0, 0xfe, 0x80)
		n := len(bin)
		s.ScrubSameLength(bin)
		if len(bin) != n {
			t.Fatalf("length changed")
		}
		got := fromUTF16le(bin[4+odd : 4+odd+2*len(utf16.Encode([]rune(in)))])
		mustNotContain(t, name+"/utf16", got, secrets...)
		// ASCII in binary
		s = newSession(t, Config{})
		bin = append(append([]byte{0, 0, 0x10, 0x7f}[:3+odd], in...), 0, 0x99)
		s.ScrubSameLength(bin)
		mustNotContain(t, name+"/binary", string(bin), secrets...)
	}
}

func TestUserNames(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"linux home", "open /home/zoe.k/Music/set.mp3 failed", []string{"zoe.k"}},
		{"mac Users", "/Users/zoe.k/Library/Logs/x.log", []string{"zoe.k"}},
		{"windows Users", `C:\Users\zoe.k\AppData\Local\app.dll`, []string{"zoe.k"}},
		{"windows lowercase", `c:\users\zoe.k\appdata`, []string{"zoe.k"}},
		{"forward slash windows", `C:/Users/zoe.k/AppData/Local`, []string{"zoe.k"}},
		{"json escaped", `{"p":"C:\\Users\\zoe.k\\AppData"}`, []string{"zoe.k"}},
		{"json escaped slashes", `"procPath" : "\/Users\/zoe.k\/Library\/x"`, []string{"zoe.k"}},
		{"url encoded", `GET /open?f=%2Fhome%2Fzoe.k%2Fset.mp3`, []string{"zoe.k"}},
		{"file url encoded dot", `file:///C:/Users/zoe%2Ek/Music/a.mp3`, []string{"zoe%2Ek", "zoe.k"}},
		{"8.3 short name", `C:\Users\ZOEKOW~1\AppData\Local\Temp\x.tmp`, []string{"ZOEKOW~1"}},
		{"documents and settings", `C:\Documents and Settings\zoe.k\Desktop\a.txt`, []string{"zoe.k"}},
		{"profile with space", `C:\Users\Zoe Kowalski\AppData\Roaming`, []string{"Zoe Kowalski", "Kowalski"}},
		{"onedrive", `C:\Users\zoe.k\OneDrive - Contoso Music Ltd\Sets\a.mp3`, []string{"zoe.k", "Contoso Music Ltd"}},
		{"run media", `/run/media/zoe.k/USBSTICK/a.wav`, []string{"zoe.k"}},
		{"unc homes", `\\FILESRV01\homes\zoe.k\profile`, []string{"zoe.k", "FILESRV01"}},
		{"key value user", `USER=zoe.k LOGNAME=zoe.k`, []string{"zoe.k"}},
		{"env username", `USERNAME=zoe.k`, []string{"zoe.k"}},
		{"wsl", `/mnt/c/Users/zoe.k/x`, []string{"zoe.k"}},
		{"unicode name", `/home/zoë/x`, []string{"zoë"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			later := ""
			if !strings.Contains(c.name, "onedrive") && !strings.Contains(c.name, "8.3") && !strings.Contains(c.name, "unc") {
				later = "Signed in as " + c.secrets[len(c.secrets)-1] + ", user id " + strings.ToUpper(c.secrets[len(c.secrets)-1])
			}
			checkAllEncodings(t, c.name, c.in, c.secrets, later)
		})
	}
}

func TestUserLearnedEverywhere(t *testing.T) {
	s := newSession(t, Config{})
	s.Learn([]byte("HOME=/home/zoe.k\n"))
	for _, in := range []string{
		"Signed in as zoe.k", "user=ZOE.K;", "welcome Zoe.K!", `"owner":"zoe.k"`,
		"mailto zoe.k at home", "/tmp/zoe.k-cache/x", "ZOE.K", "zoe%2Ek", `zo\u0065.k`,
	} {
		out := s.ScrubString(in)
		if strings.Contains(strings.ToLower(out), "zoe.k") || strings.Contains(strings.ToLower(out), "zoe%2ek") {
			t.Errorf("%q -> %q", in, out)
		}
	}
	// word boundaries: no partial-word damage
	if got := s.ScrubString("zoe.kowalski"); got != "zoe.kowalski" {
		t.Errorf("partial word scrubbed: %q", got)
	}
	// UTF-16 learn: a name seen only in UTF-16 is scrubbed in ASCII too
	s = newSession(t, Config{})
	s.Learn(append([]byte{0, 1}, utf16le(`C:\Users\aroha.k\x`)...))
	if got := s.ScrubString("hello aroha.k"); strings.Contains(got, "aroha.k") {
		t.Errorf("utf16-learned name kept: %q", got)
	}
}

func TestUserPseudonymsConsistent(t *testing.T) {
	s := newSession(t, Config{})
	a := s.ScrubString("/home/alice.w/x /home/bob.m/y")
	b := s.ScrubString("alice.w and BOB.M")
	if a != "/home/<user-1>/x /home/<user-2>/y" || b != "<user-1> and <user-2>" {
		t.Fatalf("got %q / %q", a, b)
	}
	// a new session knows nothing and numbers afresh in its own order
	s2 := newSession(t, Config{})
	if got := s2.ScrubString("/home/bob.m/y /home/alice.w/x"); got != "/home/<user-1>/y /home/<user-2>/x" {
		t.Fatalf("second session: %q", got)
	}
	if got := s2.Summary()["user"]; got != 2 {
		t.Fatalf("summary %v", s2.Summary())
	}
}

func TestHosts(t *testing.T) {
	cases := []struct{ name, in, secret string }{
		{"unc", `\\AROHA-DJ-RIG\share\sets\a.mp3`, "AROHA-DJ-RIG"},
		{"unc json", `"\\\\AROHA-DJ-RIG\\share"`, "AROHA-DJ-RIG"},
		{"unc long", `\\?\UNC\AROHA-DJ-RIG\share\x`, "AROHA-DJ-RIG"},
		{"syslog", "Mar  4 10:01:02 aroha-rig kernel: usb 1-1: new device", "aroha-rig"},
		{"syslog iso", "2024-03-04T10:01:02.123+01:00 aroha-rig serato[123]: started", "aroha-rig"},
		{"rfc5424", "<34>1 2024-03-04T10:01:02.003Z aroha-rig serato 12 - - started", "aroha-rig"},
		{"syslog utf-8 host", "Mar 12 14:21:58 zoë-thinkpad gnome-shell[2211]: warning", "zoë-thinkpad"},
		{"syslog indented (apport JournalErrors)", "JournalErrors:\n Mar 12 14:21:58 aroha-rig gnome-shell[2211]: warning", "aroha-rig"},
		{"syslog iso indented", "  2024-03-04T10:01:02+0100 aroha-rig serato[123]: started", "aroha-rig"},
		{"computername", "COMPUTERNAME=AROHA-DJ-RIG", "AROHA-DJ-RIG"},
		{"hostname key", `hostname: aroha-rig.studio.example`, "aroha-rig"},
		{"json hostname", `{"hostName":"aroha-rig"}`, "aroha-rig"},
		{"mdns", "connecting to Arohas-MacBook-Pro.local:8080", "Arohas-MacBook-Pro"},
		{"smb url", "smb://aroha-nas/music", "aroha-nas"},
		{"hs_err host", "Host: aroha-rig, POWER10 (architected), 64 cores", "aroha-rig"},
		// Windows setup's generated names, with no key to announce them
		{"windows desktop", "joined from DESKTOP-7QK2L9F today", "DESKTOP-7QK2L9F"},
		{"windows laptop fqdn", "resolved laptop-4hd81kq.fritz.box", "laptop-4hd81kq"},
		{"windows server", "dc WIN-3K9D2LQ8ZP1 replied", "WIN-3K9D2LQ8ZP1"},
		{"windows all letters", "machine DESKTOP-QWERTZU up", "DESKTOP-QWERTZU"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkAllEncodings(t, c.name, c.in, []string{c.secret}, "")
			s := newSession(t, Config{})
			s.ScrubString(c.in)
			mustNotContain(t, c.name+"/learned", s.ScrubString("uploaded from "+strings.ToLower(c.secret)+" ok"), c.secret)
		})
	}
	s := newSession(t, Config{Identity: Identity{HostNames: []string{"zoe-studio"}, UserNames: []string{"zoek"}}})
	out := s.ScrubString("zoe-studio ZOEK zoe-studio.local")
	mustNotContain(t, "identity", out, "zoe-studio", "zoek")
}

// A secret that starts with a digit (a machine id, a MAC address) is found
// inside numbers and timestamps, which otherwise skip the detectors; the
// numbers and timestamps around it stay.
func TestDigitFirstSecrets(t *testing.T) {
	s := newSession(t, Config{Identity: Identity{Secrets: []string{"31415926", "02:fc:00:00:00:01", "2024-03-04"}}})
	in := "took 31415926.5 s (5.31415926) on 2024-03-04, at 10:02:38 and 02:fc:00:00:00:01; 3.14159 2024-03-05T10:01:02Z cpu 31415926% 45%"
	out := s.ScrubString(in)
	mustNotContain(t, "digit-first secrets", out, "31415926", "02:fc:00:00:00:01", "2024-03-04")
	for _, keep := range []string{"10:02:38", "3.14159", "2024-03-05T10:01:02Z", "T10:01:02Z", " 45%"} {
		if !strings.Contains(out, keep) {
			t.Errorf("%q lost: %q", keep, out)
		}
	}
}

// Words that only look like Windows' generated names stay.
func TestWindowsHostShapeKeepsWords(t *testing.T) {
	s := newSession(t, Config{})
	for _, in := range []string{"laptop-battery low", "DESKTOP-7QK2L9FX", "desktop-session", "WIN-32 API", "xDESKTOP-7QK2L9F", "DESKTOP_SESSION=ubuntu"} {
		if got := s.ScrubString(in); got != in {
			t.Errorf("%q -> %q", in, got)
		}
	}
}

// A Wi-Fi network name names a home or a site: found by its key in the
// shapes tools print, and then wherever else it appears.
func TestWiFiNetworkNames(t *testing.T) {
	cases := []struct{ name, in, secret string }{
		{"airport", "     SSID: Okonkwo Family 5G", "Okonkwo Family 5G"},
		{"netsh", "    SSID                   : Okonkwo Family 5G\n    Network type           : Infrastructure", "Okonkwo Family 5G"},
		{"json", `{"ssid":"FRITZ!Box 7590 XY","rssi":-61}`, "FRITZ!Box 7590 XY"},
		{"kv", "wifi_name=HomeNet-Kowalski rssi=-50", "HomeNet-Kowalski"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkAllEncodings(t, c.name, c.in, []string{c.secret}, "")
			s := newSession(t, Config{})
			if out := s.ScrubString(c.in); !strings.Contains(out, "<network-1>") {
				t.Errorf("no pseudonym: %q", out)
			}
			mustNotContain(t, c.name+"/learned", s.ScrubString("later joined "+c.secret+" again"), c.secret)
		})
	}
	s := newSession(t, Config{})
	if out := s.ScrubString("    Network type           : Infrastructure"); out != "    Network type           : Infrastructure" {
		t.Errorf("aligned non-secret key changed: %q", out)
	}
}

// The name in front of an address in angle brackets is the person's.
func TestDisplayNames(t *testing.T) {
	cases := []struct{ name, in, secret string }{
		{"two words", "Author: Kai Okonkwo <kai.okonkwo@example.org>", "Okonkwo"},
		{"quoted", `From: "Okonkwo, Kai" <kai@studio.example.net>`, "Okonkwo"},
		{"apostrophe", "see O'Brien-Smith Jr. <c@example.com>", "O'Brien-Smith"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkAllEncodings(t, c.name, c.in, []string{c.secret}, "")
			s := newSession(t, Config{})
			s.ScrubString(c.in)
			mustNotContain(t, c.name+"/learned", s.ScrubString("later "+c.secret+" again"), c.secret)
		})
	}
	// Non-ASCII names (UTF-16 runs break at them, so text only).
	s := newSession(t, Config{})
	mustNotContain(t, "non-ascii", s.ScrubString("profile for Siobhán Ní Bhriain <siobhan@gmx.example.ie> loaded"), "Bhriain", "Siobh")
	mustNotContain(t, "non-ascii/learned", s.ScrubString("later Bhriain again"), "Bhriain")
	s = newSession(t, Config{})
	for in, want := range map[string]string{
		"and Contact <b@example.com>":     "and Contact <<email-1>>", // one word: no name
		"x <b@example.com>":               "x <<email-1>>",
		"see Build Failed <b@example.com": "see Build Failed <<email-1>", // no closing bracket: no header shape
	} {
		if got := s.ScrubString(in); got != want {
			t.Errorf("%q -> %q, want %q", in, got, want)
		}
	}
}

func TestNetworkAndSecrets(t *testing.T) {
	cases := []struct{ name, in, secret string }{
		{"email", "mail aroha.k65@studio-469.example.net now", "aroha.k65@studio-469.example.net"},
		{"email urlencoded", "to=aroha.k65%40studio.example.net&x=1", "aroha.k65"},
		{"ipv4", "connect to 192.168.1.23:8080 failed", "192.168.1.23"},
		{"ipv4 public", "from 93.184.216.34", "93.184.216.34"},
		{"ipv6", "peer 2001:db8:85a3::8a2e:370:7334 port 5", "2001:db8:85a3::8a2e:370:7334"},
		{"ipv6 global", "peer 2a02:c7f:85a3::8a2e:370:7334 port 5", "2a02:c7f:85a3::8a2e:370:7334"},
		{"ipv6 link local", "addr fe80::1ff:fe23:4567:890a%en0", "fe80::1ff:fe23:4567:890a"},
		{"ipv6 full", "2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:0db8:0000:0000:0000:ff00:0042:8329"},
		{"mac", "ether 00:1a:2b:3c:4d:5e", "00:1a:2b:3c:4d:5e"},
		{"mac dash", "Physical Address. . . : 00-1A-2B-3C-4D-5E", "00-1A-2B-3C-4D-5E"},
		{"mac bare", `HKLM\...\{4D36E972}\0001 NetworkAddress=001A2B3C4D5E`, "001A2B3C4D5E"},
		{"mac bare json", `{"PermanentAddress": "001a2b3c4d5e"}`, "001a2b3c4d5e"},
		{"mac dotted", "hw_addr: 001a.2b3c.4d5e", "001a.2b3c.4d5e"},
		{"license", "license SDJP-831A07BC-CA8418E5 ok", "SDJP-831A07BC-CA8418E5"},
		{"license key", "APP_LICENSE_KEY=sdjp-lower-case-key", "sdjp-lower-case-key"},
		{"stripe", "token sk_live_2036172410118c68b5a6443f", "sk_live_2036172410118c68b5a6443f"},
		{"github", "ghp_eb0aea10d618655ed2679bb8579a10 used", "ghp_eb0aea10d618655ed2679bb8579a10"},
		{"aws", "AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"},
		{"slack", "xoxb-123456789012-abcdefghijkl", "xoxb-123456789012-abcdefghijkl"},
		{"jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "eyJzdWIiOiIxMjM0NTY3ODkwIn0"},
		{"bearer header", "Authorization: Bearer abc123.def456-ghi", "abc123.def456-ghi"},
		{"bearer inline", "sent Bearer abcdef0123456789xyz", "abcdef0123456789xyz"},
		{"cookie header", "Cookie: sid=31d4d96e407aad42; theme=dark", "31d4d96e407aad42"},
		{"url credentials", "https://aroha:hunter2pass@example.com/x", "hunter2pass"},
		{"query secret", "https://api.example.com/v1?api_key=abcd1234efgh&x=1", "abcd1234efgh"},
		{"password kv", "password=Tr0ub4dor&3", "Tr0ub4dor"},
		{"password spaced", `db_password = "correct horse"`, "correct horse"},
		{"secret json", `{"client_secret": "s3cr3t-value"}`, "s3cr3t-value"},
		{"session", "JSESSIONID=ABCDEF0123456789", "ABCDEF0123456789"},
		{"serial", "Serial Number (system): C02XK0AAJGH6", "C02XK0AAJGH6"},
		{"usb serial", "iSerial 3 0123456789ABCDEF", "0123456789ABCDEF"},
		{"apple ecid", "ECID: 0x1A2B3C4D5E6F7", "1A2B3C4D5E6F7"},
		{"dmi serial", "product_serial=PF2ABCDE", "PF2ABCDE"},
		{"hardware uuid", "Hardware UUID: 564D2A8F-1C2B-4E5F-9A0B-1C2D3E4F5A6B", "564D2A8F-1C2B-4E5F-9A0B-1C2D3E4F5A6B"},
		{"machine id", "machine-id: 4f8a2b1c9d3e4f5a6b7c8d9e0f1a2b3c", "4f8a2b1c9d3e4f5a6b7c8d9e0f1a2b3c"},
		{"crashReporterKey", `"crashReporterKey" : "034E92EF-D66C-F5FC-58D9-A433F9468A97"`, "034E92EF-D66C-F5FC-58D9-A433F9468A97"},
		{"sleepWakeUUID", `"sleepWakeUUID" : "6E309954-1F0D-4F09-9842-DC2A0AC07EB8"`, "6E309954-1F0D-4F09-9842-DC2A0AC07EB8"},
		{"bootSessionUUID", `"bootSessionUUID":"1E309954-1F0D-4F09-9842-DC2A0AC07EB8"`, "1E309954-1F0D-4F09-9842-DC2A0AC07EB8"},
		{"crashreporter text", "CrashReporter Key:   fc217c5977c6b6790ea1d618461e2e1b04293b13", "fc217c5977c6b6790ea1d618461e2e1b04293b13"},
		{"bare uuid", "device 564D2A8F-1C2B-4E5F-9A0B-1C2D3E4F5A6B attached", "564D2A8F-1C2B-4E5F-9A0B-1C2D3E4F5A6B"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkAllEncodings(t, c.name, c.in, []string{c.secret}, "")
		})
	}
}

func TestPEM(t *testing.T) {
	in := "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx1\nabcdefSECRETLINE\n-----END RSA PRIVATE KEY-----\nafter\n"
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubText(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "pem", out.String(), "SECRETLINE", "MIIEowIBAAKCAQEAx1")
	if !strings.Contains(out.String(), "after") || !strings.Contains(out.String(), "-----END RSA PRIVATE KEY-----") {
		t.Errorf("structure lost: %q", out.String())
	}
}

// Things that make a report useful must survive untouched.
func TestKeep(t *testing.T) {
	keep := []string{
		"Cafe::Add(int, int) + 12",
		"Cafe::Add",
		"Dead::Beef::Fade()",
		"std::vector<int>::at(unsigned long) const",
		"std::__1::basic_string<char>::append",
		"java.lang.String::valueOf",
		"ntdll.dll 10.0.19041.1",
		"version 1.2.3.4",
		"Chrome/120.0.6099.109",
		"libfoo-1.2.3.4.so",
		"v1.2.3.4",
		"0x00007ffb2c3d1a40",
		"rip: 0x00007fff5fbff8a0 rsp 0x00007ffee3c1b6e8",
		"12:34:56.789 started",
		"2024-03-04T10:01:02.003Z",
		"Thread 0 Crashed:: Dispatch queue: com.apple.main-thread",
		"<49594A93-895D-3979-9E79-C1FA379DF7A8> /System/Library/Frameworks/AppKit",
		"0x3401e000 - 0x34023fff  MobileKeyBag armv7  <8c35c090bc373cb181fc26b961b8dba5>",
		"build id 5f0c7b6a0e1d2c3b4a5968778695a4b3c2d1e0f1",
		"EXCEPTION_ACCESS_VIOLATION_READ 0xc0000005",
		"SIGSEGV (SEGV_MAPERR) at 0x0000000000000000",
		"Hardware Model:      MacBookPro16,1",
		"Model: iPhone3,1",
		"Intel(R) Core(TM) i7-9750H CPU @ 2.60GHz",
		"NVIDIA GeForce RTX 3080",
		"USB 046d:c52b Logitech Unifying Receiver",
		"idVendor=2b73 idProduct=0013",
		"Serato DJ Pro.exe",
		"kernel32.dll!BaseThreadInitThunk+0x14",
		"icon@2x.png",
		"memcpy@GLIBC_2.14",
		"/usr/local/lib/libc.so.6",
		"~/.local/share/app",
		"127.0.0.1:8080 and ::1",
		"objc_msgSend + 29",
		"-[__NSArrayI objectForKey:]: unrecognized selector",
		"User ID: 501",
		"Exception Codes: KERN_INVALID_ADDRESS at 0x0000000000000010",
		"00000000: 4d44 4d50 93a7 0000 0d00 0000 2000 0000  MDMP........ ...",
		"/home/root/x /Users/Shared/y /Users/USER/z C:\\Users\\Public\\Desktop",
		`debug_id=3f2504e0-4f89-11d3-9a0c-0305e82c3301`,
		`"uuid" : "d25eebb7-5d1a-3ffc-9705-8b3049bcfb7d"`,
		"keyboard layout de, hotkey F5",
		"tokens=512",
	}
	s := newSession(t, Config{})
	for _, k := range keep {
		if got := s.ScrubString(k); got != k {
			t.Errorf("changed:\n in  %q\n out %q", k, got)
		}
	}
	// .ips image uuids stay, in JSON
	js := `{"usedImages":[{"uuid":"d25eebb7-5d1a-3ffc-9705-8b3049bcfb7d","name":"xctest","path":"\/Users\/zoe.k\/x"}],"slice_uuid":"d25eebb7-5d1a-3ffc-9705-8b3049bcfb7e"}`
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "d25eebb7-5d1a-3ffc-9705-8b3049bcfb7d") || !strings.Contains(out.String(), "d25eebb7-5d1a-3ffc-9705-8b3049bcfb7e") || strings.Contains(out.String(), "zoe.k") {
		t.Errorf("ips images: %s", out.String())
	}
}

func TestIdempotent(t *testing.T) {
	corpus := []string{
		`C:\Users\aroha.kowalski85\Music\Sets\aroha_private_set.mp3 for aroha.k@studio.example.net`,
		`/home/zoe/x 192.168.1.2 fe80::1:2:3:4 00:11:22:33:44:55 SDJP-831A07BC-CA8418E5 password=x`,
		`\\HOST01\homes\bob\x Mar  4 10:01:02 box1 kernel: y`,
		`Anonymous UUID: B8FB152F-D870-D2E6-C007-7B9578C5437E https://u:p@h.example.com/?token=abc`,
	}
	for _, in := range corpus {
		s := newSession(t, Config{})
		once := s.ScrubString(in)
		if twice := s.ScrubString(once); twice != once {
			t.Errorf("not idempotent (same session):\n %q\n %q", once, twice)
		}
		if twice := newSession(t, Config{}).ScrubString(once); twice != once {
			t.Errorf("not idempotent (new session):\n %q\n %q", once, twice)
		}
		b := []byte(in)
		s.ScrubSameLength(b)
		c := append([]byte(nil), b...)
		newSession(t, Config{}).ScrubSameLength(c)
		if !bytes.Equal(b, c) {
			t.Errorf("same-length not idempotent:\n %q\n %q", b, c)
		}
	}
}

func TestConfigPatternsAndAllow(t *testing.T) {
	s := newSession(t, Config{
		Patterns: []Pattern{{Name: "app_license", Regex: `SER-[0-9]{6}`}, {Name: "order", Regex: `(?i)order#\d+`}},
		Allow:    []string{"support@vendor.example.com", "192.168.0.1"},
	})
	out := s.ScrubString("key SER-123456 for order#99; mail support@vendor.example.com or bob@x.example.org via 192.168.0.1")
	if out != "key <app-license-1> for <order-1>; mail support@vendor.example.com or <email-1> via 192.168.0.1" {
		t.Errorf("got %q", out)
	}
	if s.Summary()["app_license"] != 1 {
		t.Errorf("summary %v", s.Summary())
	}
	if _, err := NewSession(Config{Patterns: []Pattern{{Name: "x", Regex: "("}}}); err == nil {
		t.Error("bad regex accepted")
	}
	if _, err := NewSession(Config{Patterns: []Pattern{{Name: "x", Regex: "a*"}}}); err == nil {
		t.Error("empty-matching regex accepted")
	}
	if _, err := NewSession(Config{Patterns: []Pattern{{Name: "bad name", Regex: "a"}}}); err == nil {
		t.Error("bad name accepted")
	}
}

func TestSameLength(t *testing.T) {
	s := newSession(t, Config{})
	in := []byte("\x00\x01/home/averyveryverylongname/x\x00zoe@ex.example.com\x00ab 10.1.2.3\x00")
	in = append(in, utf16le(`C:\Users\ab.cd\x`)...) // short name: compact form
	in = append(in, 0)
	in = append(in, utf16le(`C:\Users\averyveryverylongname\x`)...)
	n := len(in)
	if c := s.ScrubSameLength(in); c < 5 {
		t.Errorf("replacements %d", c)
	}
	if len(in) != n {
		t.Fatal("length changed")
	}
	mustNotContain(t, "same", string(in), "averyveryverylongname", "zoe@ex", "10.1.2.3")
	mustNotContain(t, "same16", fromUTF16le(in[len(in)-2*len(`C:\Users\averyveryverylongname\x`):]), "averyveryverylongname")
	if !bytes.Contains(in, []byte("/home/<user-1>*****")) {
		t.Errorf("padding: %q", in)
	}
}

func TestStreamingBoundaries(t *testing.T) {
	// identifiers at every offset around chunk boundaries, long lines and
	// a PEM block straddling a chunk
	var b strings.Builder
	line := "2024-01-01 INFO some log line with an address 0x7fff0000 and Cafe::Add\n"
	for b.Len() < textChunk-40 {
		b.WriteString(line)
	}
	b.WriteString("x /home/zoe.k/a bob@mail.example.com 10.9.8.7\n")
	b.WriteString(strings.Repeat("A", maxCarry*2) + " /home/zoe.k/b\n")
	b.WriteString("-----BEGIN PRIVATE KEY-----\n")
	for i := 0; i < 8000; i++ {
		b.WriteString("SECRETPEMBODYLINEabcdefghijklmnopqrstuvwxyz0123456789\n")
	}
	b.WriteString("-----END PRIVATE KEY-----\nZOE.K done\n")
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubText(&out, &oneByteSometimes{r: strings.NewReader(b.String())}); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "stream", out.String(), "zoe.k", "bob@mail", "10.9.8.7", "SECRETPEMBODY")
	if !strings.HasSuffix(out.String(), "-----END PRIVATE KEY-----\n<user-1> done\n") {
		t.Errorf("tail: %q", out.String()[out.Len()-80:])
	}
	// binary streaming keeps the length and finds strings across chunks
	data := bytes.Repeat([]byte{0x90, 0, 0x41, 0xff}, textChunk/4)
	data = append(data[:textChunk-7], []byte("/home/zoe.k/x")...)
	data = append(data, utf16le(`C:\Users\zoe.k\`)...)
	data = append(data, bytes.Repeat([]byte{1}, 5000)...)
	var bout bytes.Buffer
	s2 := newSession(t, Config{})
	if err := s2.ScrubBinary(&bout, bytes.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	if bout.Len() != len(data) {
		t.Fatalf("binary length %d != %d", bout.Len(), len(data))
	}
	mustNotContain(t, "binary stream", bout.String(), "zoe.k")
	mustNotContain(t, "binary stream16", fromUTF16le(bout.Bytes()[textChunk+6-1:]), "zoe.k")
	mustNotContain(t, "binary stream16b", fromUTF16le(bout.Bytes()[textChunk+6:]), "zoe.k")
}

// oneByteSometimes returns short reads to exercise buffering.
type oneByteSometimes struct {
	r *strings.Reader
	n int
}

func (o *oneByteSometimes) Read(p []byte) (int, error) {
	o.n++
	if o.n%3 == 0 && len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

// UTF-16 text (byte-order mark) is scrubbed as its UTF-8 is, lines and
// all, and written back as UTF-16 with its mark.
func TestUTF16Text(t *testing.T) {
	text := "log: opened C:\\Users\\zoe.k\\x\r\nFull Name\r\n    Zoë Kowalska\r\n-----BEGIN PRIVATE KEY-----\r\nMIIEv\r\nQZ\r\n-----END PRIVATE KEY-----\r\n"
	in := append([]byte{0xff, 0xfe}, utf16le(text)...)
	var out bytes.Buffer
	if err := newSession(t, Config{}).ScrubText(&out, bytes.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	want := newSession(t, Config{}).ScrubString(text)
	if !bytes.HasPrefix(out.Bytes(), []byte{0xff, 0xfe}) || out.Len()%2 != 0 || fromUTF16le(out.Bytes()[2:]) != want {
		t.Fatalf("utf16 text: % x\nwant %q", out.Bytes(), want)
	}
	mustNotContain(t, "utf16 text", want, "zoe.k", "MIIEv", "QZ")
}

func TestScrubJSONValid(t *testing.T) {
	in := `{"app_name":"x{cte\"st","user":"zoe.k","n":{"password":12345678,"serial":"C02XK0AAJGH6","list":["\/Users\/zoe.k\/a","ok"]},"e":"\u007a\u006f\u0065\u002e\u006b","k":"caf\u00e9 \/home\/zoe.k\/x"}
{"second":"doc","hostname":"aroha-rig","ip":"10.1.2.3","arr":[1,2,{"token":"abc123def456"}]}
not json: /home/zoe.k/x at 10.1.2.3
{"last": true}
`
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	for i, l := range lines {
		if i == 2 {
			continue
		}
		if !json.Valid([]byte(l)) {
			t.Errorf("line %d invalid: %s", i, l)
		}
	}
	mustNotContain(t, "json", out.String(), "zoe.k", "12345678", "C02XK0AAJGH6", "aroha-rig", "10.1.2.3", "abc123def456", `\u007a\u006f\u0065`)
	if !strings.Contains(lines[0], `x{cte\"st`) || !strings.Contains(lines[0], `\/Users\/<user-1>\/a`) {
		t.Errorf("escaping style lost: %s", lines[0])
	}
}

// A Windows account SID's machine part and a Windows product ID name one
// installation; well-known SIDs and RIDs stay.
func TestWindowsAccountAndInstallIDs(t *testing.T) {
	cases := []struct{ name, in, secret string }{
		{"sid", `HKEY_USERS\S-1-5-21-3623811015-3361044348-30300820-1013\Software`, "3623811015-3361044348-30300820"},
		{"sid json", `{"sid":"S-1-5-21-1004336348-1177238915-682003330-500"}`, "1004336348-1177238915-682003330"},
		{"product id", "Product ID: 00330-80000-00000-AA123", "00330-80000-00000-AA123"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkAllEncodings(t, c.name, c.in, []string{c.secret}, "") })
	}
	s := newSession(t, Config{})
	in := `S-1-5-18 S-1-5-32-544 HKU\S-1-5-21-3623811015-3361044348-30300820-1013 USB Product ID: 0x0013 build 10.0.19045-2486`
	want := `S-1-5-18 S-1-5-32-544 HKU\<machine-id-1>-1013 USB Product ID: 0x0013 build 10.0.19045-2486`
	if got := s.ScrubString(in); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// "Amélie’s MacBook Pro" is how macOS names a machine after its owner.
func TestPossessiveDeviceNames(t *testing.T) {
	cases := []struct{ name, in, secret string }{
		{"ascii", "synced with Kai's iPhone today", "Kai"},
		{"typographic", "Computer Name: Amélie’s MacBook Pro", "Amélie"},
		{"laptop", "copied from Jo-Anne's laptop", "Jo-Anne"},
		{"drive", `library on E:\Kai's SSD\_Serato_ (Kai's SSD)`, "Kai"},
		{"volume", "scanning /Volumes/Amélie’s Music/Crates/house.crate", "Amélie"},
		{"volume-ascii", "db=/Volumes/Oluwaseun's/_Serato_/database V2", "Oluwaseun"},
		{"volume-json", `{"path":"\/Volumes\/Siobhán's Backup\/x.mp3"}`, "Siobhán"},
		{"volume-url", "file:///Volumes/Kai's%20Drive/x.mp3", "Kai"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := newSession(t, Config{})
			mustNotContain(t, c.name, s.ScrubString(c.in), c.secret)
			mustNotContain(t, c.name+"/learned", s.ScrubString("later "+c.secret+" again"), c.secret)
		})
	}
	checkAllEncodings(t, "utf16", "synced with Kai's iPhone today", []string{"Kai"}, "")
	checkAllEncodings(t, "volume", "/Volumes/Kai's/_Serato_/database V2", []string{"Kai"}, "")
	s := newSession(t, Config{})
	for _, in := range []string{"it's Mac time", "Bob's bar", "the app's PC build", "Kai's", "/Volumes/Macintosh HD/x",
		"the drive's SSD cache", "/Volumes/Untitled/x's"} {
		if got := s.ScrubString(in); got != in {
			t.Errorf("%q -> %q", in, got)
		}
	}
}

// Names in other scripts: in UTF-16 (module paths, thread names, stack
// strings in dumps) as in text.
func TestNonLatinUserNames(t *testing.T) {
	for _, user := range []string{"田中太郎", "Зоя Ковальчук", "Łukasz.Wróbel", "김민준", "Σοφία", "José"} {
		t.Run(user, func(t *testing.T) {
			checkAllEncodings(t, user, `C:\Users\`+user+`\AppData\Local\Mixer\plugin.dll`, []string{user}, "later "+user+" again")
			checkAllEncodings(t, user+"/thread", `deck loader (`+user+`)`, nil, "")
		})
	}
	// A string wholly in another script, between NUL units (as a
	// MINIDUMP_STRING is), is scanned for names learned elsewhere.
	s := newSession(t, Config{})
	s.Learn([]byte(`C:\Users\田中太郎\AppData`))
	bin := append([]byte{12, 0, 0, 0}, utf16le("田中太郎のデッキ")...)
	bin = append(bin, 0, 0, 0x41, 0x42)
	s.ScrubSameLength(bin)
	if strings.Contains(fromUTF16le(bin[4:4+2*8]), "田中") {
		t.Errorf("learned name left in a NUL-delimited UTF-16 string: %q", fromUTF16le(bin[4:4+2*8]))
	}
}

// Binary data is no text in another script: random bytes (and ASCII text
// read as UTF-16, which looks like CJK) are left alone.
func TestNonLatinRunsLeaveDataAlone(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	data := make([]byte, 1<<20)
	for i := range data {
		switch r.IntN(3) {
		case 0:
			data[i] = 0
		default:
			data[i] = byte(r.Uint32())
		}
	}
	copy(data[4096:], "2024-01-08T05:34:35.242Z INFO engine: processed 8318 blocks\x00\x00")
	s := newSession(t, Config{Identity: Identity{UserNames: []string{"田中太郎"}}})
	in := bytes.Clone(data)
	if n := s.ScrubSameLength(data); n != 0 || !bytes.Equal(in, data) {
		t.Errorf("%d replacements in random data: %v", n, s.Summary())
	}
}

// Text after an XML tag is a word of its own (a learned name there is
// replaced); text glued to a pseudonym is not.
func TestXMLTagIsNoPseudonym(t *testing.T) {
	s := newSession(t, Config{})
	in := "<Computer>MARTA-WS01</Computer> <Data Name=\"TargetUserName\">marta.n</Data>\nCOMPUTERNAME=MARTA-WS01 USERNAME=marta.n"
	out := s.ScrubString(in)
	mustNotContain(t, "xml", out, "MARTA-WS01", "marta.n")
	if again := s.ScrubString(out); again != out {
		t.Errorf("not idempotent:\n%q\n%q", out, again)
	}
	for _, p := range []string{"<user-1>", "<host-h3fa9>", "<LicenseKey-2>", "<u1>", "<u>"} {
		b := []byte(p + "x")
		if !afterPseudonym(b, len(p)) {
			t.Errorf("%s not taken for a pseudonym", p)
		}
	}
	for _, p := range []string{"<Computer>", "<data>", "<a-b>", "<->", "<1>"} {
		b := []byte(p + "x")
		if afterPseudonym(b, len(p)) {
			t.Errorf("%s taken for a pseudonym", p)
		}
	}
}

// A compact tag that a closing tag follows within 4 KiB, whole, is
// HTML's (<b>…</b>), no pseudonym.
func TestClosedLater(t *testing.T) {
	for _, c := range []struct {
		gap   int
		close string
		want  bool
	}{
		{0, "</b>", true}, {4092, "</b>", true}, {4093, "</b>", false},
		{10, "</bb>", false}, {10, "</b", false}, {10, "< /b>", false}, {10, "<b></a></b>", true},
	} {
		b := []byte("<b>" + strings.Repeat("x", c.gap) + c.close + "</i>")
		if got := closedLater(b, 0, 3); got != c.want {
			t.Errorf("gap %d, %q: closedLater = %v", c.gap, c.close, got)
		}
	}
}

// first.last@ names a person: the parts go wherever else they appear;
// role mailboxes teach nothing.
func TestEmailLocalPartTeachesName(t *testing.T) {
	s := newSession(t, Config{})
	out := s.ScrubString("opening /music/aroha_private_set.flac for aroha.whitfield12@mix-368.example.org")
	mustNotContain(t, "local part", out, "aroha", "whitfield")
	mustNotContain(t, "learned", s.ScrubString("Whitfield said hi"), "Whitfield")
	s = newSession(t, Config{})
	for _, in := range []string{"support.team@vendor.example.com", "crash-reports@vendor.example.com", "no_reply@vendor.example.com", "build.bot2@ci.example.com x"} {
		s.ScrubString(in)
	}
	for _, in := range []string{"the support team", "crash reports", "reply", "build bot"} {
		if got := s.ScrubString(in); got != in {
			t.Errorf("%q -> %q: a role mailbox taught a name", in, got)
		}
	}
	for l, want := range map[string]bool{"aroha.whitfield12": true, "zoë_kowalczyk": true, "a.b": false, "j.r.r.tolkien": false,
		"support.team": false, "firstname": false, "x2.y": false, "anna-maria.lind": true} {
		if got := personalLocalPart(l); got != want {
			t.Errorf("personalLocalPart(%q) = %v", l, got)
		}
	}
}

// A folder name glued to a pseudonym is what is left of a longer one whose
// rest was scrubbed: a second pass takes it for no user name either.
func TestScrubbingTwiceChangesNothingAfterPseudonyms(t *testing.T) {
	for _, in := range []string{
		"\n0000000000000 Users/00000000000A0De0000000000000000000000De00000!00000000-0000-0000-0000-000000000000 00000000",
		"Users\\0\x940%0000@0.AA",
		"see /home/x9k2<no>/y and C:\\Users\\q0!12345678-1234-1234-1234-123456789abc",
	} {
		once := []byte(in)
		newSession(t, Config{}).ScrubSameLength(once)
		twice := bytes.Clone(once)
		newSession(t, Config{}).ScrubSameLength(twice)
		if !bytes.Equal(once, twice) {
			t.Errorf("not idempotent:\n in    %q\n once  %q\n twice %q", in, once, twice)
		}
	}
}

// DxDiag and WER shapes: a braced machine GUID under its key, a full name
// after an owner key; what follows a single user name stays.
func TestSystemReportShapes(t *testing.T) {
	cases := []struct{ name, in, secret string }{
		{"braced guid", "               Machine Id: {6A1B2C3D-4E5F-4A6B-8C7D-9E0F1A2B3C4D}", "6A1B2C3D-4E5F"},
		{"registered owner", "         Registered Owner: Lena Bergström", "Bergström"},
		{"full name", "Full Name: Anna-Maria O'Neill, admin", "O'Neill"},
		{"macos account", "      User Name: Kai Okonkwo (kaiokonkwo)", "kaiokonkwo"},
	}
	for _, c := range cases {
		later := "later " + c.secret
		if c.name == "braced guid" {
			later = "" // a value under a key is replaced there, not learned
		}
		t.Run(c.name, func(t *testing.T) { checkAllEncodings(t, c.name, c.in, []string{c.secret}, later) })
	}
	s := newSession(t, Config{})
	for _, c := range [][2]string{
		{"user: bob logged in", "user: <user-1> logged in"},
		{"Owner: Kai Okonkwo", "Owner: <user-2>"},
		{"ConsentKey=APPCRASH", "ConsentKey=APPCRASH"},
		{"settings: {\"a\": 1}", "settings: {\"a\": 1}"},
		{"owner: Zoe Kowalczyk, Kai ", "owner: <user-3>, Kai "}, // parts under 4 letters are not learned
	} {
		if got := s.ScrubString(c[0]); got != c[1] {
			t.Errorf("%q -> %q, want %q", c[0], got, c[1])
		}
	}
}

// Homes, team folders and owners that other tools miss: WSL shares, the
// shell's ~name, Dropbox team folders, who a copy is licensed to.
func TestHomesAndOwners(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"wsl", `\\wsl$\Ubuntu\home\kaiokonkwo\crates\x.crate`, []string{"kaiokonkwo"}},
		{"wsl localhost", `\\wsl.localhost\Debian\home\kaiokonkwo\x`, []string{"kaiokonkwo"}},
		{"tilde", "cp ~kaiokonkwo/Music/set.m3u8 .", []string{"kaiokonkwo"}},
		{"dropbox team", "/Users/kai/Dropbox (Okonkwo Sounds)/Crates/x.crate", []string{"Okonkwo Sounds"}},
		{"registered to", "Registered to: Kai Okonkwo", []string{"Kai", "Okonkwo"}},
		{"licensee", "Licensee: Siobhán Ní Bhriain\n", []string{"Siobhán", "Bhriain"}},
		{"licensed to json", `{"licensedTo":"Kai Okonkwo","plan":"Pro"}`, []string{"Kai", "Okonkwo"}},
		{"git user", "user.name=Kai Okonkwo\nuser.email=k@x.example", []string{"Kai", "Okonkwo"}},
		{"fritz.box", "GET http://kais-mbp.fritz.box:5000/ failed", []string{"kais-mbp"}},
		{"home.arpa", "resolved okonkwo-nas.home.arpa to a local address", []string{"okonkwo-nas"}},
		{"lan", "mounted smb share from kaistudio.lan", []string{"kaistudio"}},
		{"magic keyboard", `Connected to "Siobhán's Magic Keyboard"`, []string{"Siobhán"}},
		{"event xml", `<EventData><Data Name="SubjectUserName">kaiokonkwo</Data><Data Name="SubjectDomainName">KAI-STUDIO</Data><Data Name="LogonType">2</Data></EventData>`,
			[]string{"kaiokonkwo", "KAI-STUDIO"}},
		{"event xml element", "<System><Computer>KAI-STUDIO</Computer><Level>2</Level></System>", []string{"KAI-STUDIO"}},
		{"xml full name", `<owner>Kai Okonkwo</owner>`, []string{"Kai", "Okonkwo"}},
		{"networkmanager", "NetworkManager[812]: <info>  device (wlp2s0): Activation: (wifi) Stage 5 of 5 successful. Connected to wireless network 'Okonkwo Home 5G'.",
			[]string{"Okonkwo Home 5G"}},
		{"wpa_supplicant", "wlp2s0: Trying to associate with SSID 'Okonkwo-Home'", []string{"Okonkwo-Home"}},
		{"airportd", `airportd: joined Wi-Fi network "Kai's iPhone Hotspot"`, []string{"Kai's iPhone Hotspot"}},
		{"logind", "systemd-logind[700]: New session 3 of user kaiokonkwo.", []string{"kaiokonkwo"}},
		{"systemd", "systemd[1]: Started Session 3 of User kaiokonkwo.", []string{"kaiokonkwo"}},
		{"pam uid", "pam_unix(sudo:session): session opened for user root(uid=0) by kaiokonkwo(uid=1000)", []string{"kaiokonkwo"}},
		{"sshd", "sshd[901]: Accepted publickey for kaiokonkwo from 192.168.1.5 port 52344 ssh2", []string{"kaiokonkwo", "192.168.1.5"}},
		{"sshd invalid", "sshd[902]: Failed password for invalid user okonkwo_k from 10.0.0.1 port 22", []string{"okonkwo_k"}},
		{"documents and settings 8.3", `/cygdrive/c/DOCUME~1/MMENTO~1/LOCALS~1/Temp`, []string{"MMENTO~1"}},
		{"documents and settings 8.3 windows", `C:\DOCUME~1\KAIOKO~1\LOCALS~1\Temp\x.dmp`, []string{"KAIOKO~1"}},
		{"directory uid", "XDG_RUNTIME_DIR=/run/user/315716\nKRB5CCNAME=/var/run/ccache/krb5cc_315716_ncSFSD TMUX=/tmp/tmux-315716/default", []string{"315716"}},
		{"apostrophe", `open("/home/o'connor-smith/.config/x") failed`, []string{"o'connor-smith"}},
		{"apostrophe windows", `C:\Users\O'Connor\AppData\Local\Temp\x.dmp`, []string{"O'Connor"}},
		{"apostrophe end of path", "HOME=/home/d'angelo\n", []string{"d'angelo"}},
		{"apostrophe with dot", `/Users/seán.o'brien/Library/Logs/x.log`, []string{"seán.o'brien"}},
		{"learned name after <", "/home/karinord/x\nowner=<karinord> Author: Kari Nord <karinord@build-box>", []string{"karinord"}},
		{"domain account", "  User Name: NORDLYS\\bjorn.haugland\nAccount: CONTOSO\\jdoe42", []string{"NORDLYS", "bjorn.haugland", "CONTOSO", "jdoe42"}},
		{"azure ad account", "User: AzureAD\\KariNordmann", []string{"KariNordmann"}},
		{"json in json windows", `{"msg":"{\"cwd\":\"C:\\\\Users\\\\hangnguyen4\\\\x\"}"}`, []string{"hangnguyen4"}},
		{"json in json slashes", `{"msg":"{\"path\":\"\\/Users\\/hangnguyen3\\/x\"}"}`, []string{"hangnguyen3"}},
		{"hidden home share", `Loading \\FILESRV-HH-02\home$\soren.k\Documents\a.docx`, []string{"soren.k"}},
		{"cifs home share", "mount //nas.local/homes/zoekowal on /mnt", []string{"zoekowal"}},
		{"sftp home", "sftp://build-07.corp.hafen.de/home/hangzhou7/proj", []string{"hangzhou7"}},
		{"vscode remote home", "uri: vscode-remote://ssh-remote%2Bbuild-07/home/hangxu88/proj", []string{"hangxu88"}},
		{"nfd name learned from nfc", "/home/Zo\u00eb/x\nsets on /Volumes/Music/Zoe\u0308 Sets", []string{"Zoe\u0308", "Zo\u00eb"}},
		{"nfc name learned from nfd", "/Users/\u00d8degaard/x but \u00f8degaard wrote", []string{"\u00d8degaard", "\u00f8degaard"}},
		{"nfd home", "/Users/Zoe\u0308/x then Zo\u00eb said", []string{"Zoe\u0308", "Zo\u00eb"}},
		{"chromeos cryptohome", "--homedir=/home/chronos/u-3f9e1a0b7c2d4e5f60718293a4b5c6d7e8f90a1b --lang=en", []string{"3f9e1a0b7c2d4e5f60718293a4b5c6d7e8f90a1b"}},
		{"chromeos cryptohome cut", "/home/chronos/u-3f9e1a0b7c2d4e5f60718293a4", []string{"3f9e1a0b7c2d4e5f60718293a4"}},
		{"chromeos user mount", "/home/user/3f9e1a0b7c2d4e5f60718293a4b5c6d7e8f90a1b/Downloads", []string{"3f9e1a0b7c2d4e5f60718293a4b5c6d7e8f90a1b"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkAllEncodings(t, c.name, c.in, c.secrets, "later "+c.secrets[len(c.secrets)-1]+" again")
		})
	}
	// what must stay
	s := newSession(t, Config{})
	if got := s.ScrubString("XDG_RUNTIME_DIR=/run/user/1000 size=1000"); got != "XDG_RUNTIME_DIR=/run/user/<uid-1> size=1000" {
		t.Errorf("a local uid is learned: %q", got)
	}
	for _, in := range []string{"~/Music/x", "C:\\PROGRA~1\\Serato", "Dropbox (Personal)x", "/Applications/Dropbox (Personal)/x", "License type: Pro", "jdk.internal.misc.Unsafe", "~/.local/share/x",
		"wsl.localhost", "com.example.lan.Server", `<Data Name="LogonType">2</Data>`, "<Level>2</Level>", "<b>bold</b>", "<user>root</user>",
		"restarting network 'eth0'", "SSID ''", `the network "x" is down`,
		"waiting for user input", "for example from here", "for user in users:", "Invalid user admin from here",
		"pam_unix(sudo:session): session opened for user root(uid=0) by (uid=0)", "New session 3 of user root.", "x~y/z",
		"/usr/lib/debug/.build-id/3f/9e1a0b7c2d4e5f60718293a4b5c6d7e8f90a1b.debug", "/opt/app/u-3f9e1a0b7c2d4e5f6071",
		"D:\\DOCUME~1.TXT", "load //cdn.example.com/lib.js", "see https://x.example/home/docs", "//srv/music/home/z"} {
		if got := s.ScrubString(in); got != in {
			t.Errorf("%q -> %q", in, got)
		}
	}
}

// A Sentry event's user object: its id and name are the user, whatever
// the keys are called elsewhere.
func TestJSONUserObject(t *testing.T) {
	s := newSession(t, Config{})
	in := `{"event_id":"x","user":{"id":"kaiokonkwo","name":"Kai Okonkwo","ip_address":"81.2.69.142"},` +
		`"extra":{"user":{"id":88123456}},"tags":{"id":"release-7","name":"deck"},"contexts":{"os":{"name":"Windows"}}}`
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "user object", out.String(), "kaiokonkwo", "Kai Okonkwo", "81.2.69.142", "88123456")
	for _, keep := range []string{`"id":"release-7"`, `"name":"deck"`, `"name":"Windows"`} {
		if !strings.Contains(out.String(), keep) {
			t.Errorf("%s lost: %s", keep, out.String())
		}
	}
	if !json.Valid(out.Bytes()) {
		t.Errorf("invalid JSON: %s", out.String())
	}
}

// A device's serial number is found where device names carry it (udev's
// by-id names, Windows device instance paths, prose), and a serial found
// under a key is replaced wherever else it appears.
func TestSerialsInDeviceNames(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"by-id ata", "S: disk/by-id/ata-Samsung_SSD_860_EVO_500GB_S3Z1NB0K123456X-part1", []string{"S3Z1NB0K123456X"}},
		{"by-id nvme", "/dev/disk/by-id/nvme-Samsung_SSD_970_EVO_Plus_1TB_S4EWNX0N123456A_1 -> ../../nvme0n1", []string{"S4EWNX0N123456A"}},
		{"by-id wwn", "/dev/disk/by-id/wwn-0x5002538e40a1b2c3", []string{"0x5002538e40a1b2c3"}},
		{"usb instance", `dvi: Device Instance ID: USB\VID_2B73&PID_0017\DJ2024A00123`, []string{"DJ2024A00123"}},
		{"usbstor instance", `USBSTOR\Disk&Ven_SanDisk&Prod_Ultra_Fit&Rev_1.00\4C530001230627108452&0`, []string{"4C530001230627108452"}},
		{"serial number prose", "Found iPod with serial number 8K1234ABCD5", []string{"8K1234ABCD5"}},
		{"serial prose", "Hardware: DDJ-FLX4 (VID 0x2B73 PID 0x0031) serial DJFLX4A01234 firmware 1.05", []string{"DJFLX4A01234"}},
		{"udid prose", "iPhone UDID 00008030-001A2B3C4D5E802E connected", []string{"00008030-001A2B3C4D5E802E"}},
		{"keyed serial elsewhere", "usb 3-2: SerialNumber: 4C530001230627108452\nS: disk/by-id/usb-SanDisk_Ultra_Fit_4C530001230627108452-0:0", []string{"4C530001230627108452"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkAllEncodings(t, c.name, c.in, c.secrets, "later "+c.secrets[len(c.secrets)-1]+" again")
		})
	}
	s := newSession(t, Config{})
	for _, in := range []string{`USB\VID_046D&PID_C52B\6&2a3b4c5d&0&2`, "serial 2 of 3", "opened serial port ttyS0", "/dev/disk/by-id/usb-Generic_Flash_Disk-0:0",
		"alsa_output.usb-Pioneer_DDJ-400-00.analog-stereo"} {
		if got := s.ScrubString(in); got != in {
			t.Errorf("%q -> %q", in, got)
		}
	}
	out := s.ScrubString(`S: disk/by-id/ata-Samsung_SSD_860_EVO_500GB_S3Z1NB0K123456X USB\VID_2B73&PID_0017\DJ2024A00123`)
	for _, keep := range []string{"ata-Samsung_SSD_860_EVO_500GB_", `USB\VID_2B73&PID_0017\`} {
		if !strings.Contains(out, keep) {
			t.Errorf("%q lost: %q", keep, out)
		}
	}
}

// Headers written as name/value pairs (Sentry's request interface, HAR)
// are scrubbed as their name's key.
func TestJSONHeaderPairs(t *testing.T) {
	in := `{"request":{"url":"https://api.example.com/x","headers":[["Authorization","Basic c29yZW46aHVudGVyMg=="],["X-Api-Key","ak_live_9f8e7d6c5b4a"],["Accept","text/html"]],` +
		`"cookies":[["sessionid","s3cr3tsession77"]]},"entries":[{"request":{"headers":[{"name":"Cookie","value":"sid=abcdef123456"},{"name":"Accept-Language","value":"en-GB"}]}}],` +
		`"fields":["password","email"],"tags":[["level","error"]]}`
	var out bytes.Buffer
	if err := newSession(t, Config{}).ScrubJSON(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "header pairs", out.String(), "c29yZW46aHVudGVyMg", "ak_live_9f8e7d6c5b4a", "s3cr3tsession77", "abcdef123456")
	for _, keep := range []string{`["Accept","text/html"]`, `"value":"en-GB"`, `"fields":["password","email"]`, `["level","error"]`, `"name":"Cookie"`} {
		if !strings.Contains(out.String(), keep) {
			t.Errorf("%s lost: %s", keep, out.String())
		}
	}
	if !json.Valid(out.Bytes()) {
		t.Errorf("invalid JSON: %s", out.String())
	}
}
