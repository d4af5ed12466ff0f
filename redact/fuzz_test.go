package redact

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"maps"
	"os"
	"path/filepath"
	"testing"
)

func fuzzSeeds(f *testing.F) {
	for _, s := range []string{
		`C:\Users\zoe.k\AppData x@y.example.com 10.1.2.3 fe80::1:2:3:4 Cafe::Add`,
		`{"user":"zoe","path":"\/Users\/zoe\/x","n":[1,2,{"password":123456789}]}`,
		"Mar  4 10:01:02 host1 kernel: \\\\SRV\\homes\\bob\\x token=ghp_aaaaaaaaaaaaaaaaaaaaaaaa",
		"-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n",
		"%2Fhome%2Fzoe%2Fx file:///C:/Users/zoe%2Ek/ C:\\Documents and Settings\\A B\\x",
		// shapes of leaks2_test.go: user@host, ids after a word, header
		// pairs in text, numeric user ids
		"[zoe@zoe-laptop ~]$ ssh -p 22 kai@nas2 && git clone zoe@studio-nas:r\nzoe@ZOE-PC MINGW64 ~/src\nscp f zoe@10.0.0.5:/tmp",
		"IMEI 356938035643809 ICCID 8944200011231044047 License key ABCD-EFGH-IJKL-MNOP SteamID64 76561198012345678 [U:1:51872950] STEAM_0:1:25936475 adb -s R58M123ABC",
		`log [["Authorization","Basic dXNlcjpwYXNz"],["Cookie", "sid=abc123"]] {"name":"Authorization","value":"Bearer a.b"} user.id=48213377 uid=70000 "user_id": 48213377`,
		// probe5 shapes: msinfo32 rows, wmic columns, PnP ids under device
		// id keys, hs_err's Host line, full names after "logged in as",
		// names that fold to a learned account, Wi-Fi profile keys
		"System Name: STUDIO-PC\r\nItem\tValue\t\r\nUser Name\tSTUDIO-PC\\Siobhán Ní Bhriain\t\r\nSerial Number\t0025_38B5_71B0_4D2E.\t\r\n",
		"Model                SerialNumber     Size\r\r\nSamsung SSD 980 PRO  S5GXNF0R123456A  1000\r\r\n\r\r\nSerialNumber\n------------\nC02XK1ABJGH5\n",
		"Hardware ID: USB\\VID_1235&PID_8210&REV_0608\nDeviceID: BTHENUM\\{0000110B-0000-1000-8000-00805F9B34FB}_LOCALMFG&000F\\7&1A2B&0&AC800A112233_C00000000\n",
		"Host: Intel(R) Core(TM) i7-1165G7 @ 2.80GHz, 8 cores, 15G, Windows 11\nHost: studio, POWER10, 64 cores, 127G\nAccount ID: 5521349\n",
		"/Users/nguyenthimai/x\nlogged in as Søren Ødegård, ok Nguyễn Thị Mai Signed in as Oluwaseun Adébáyọ̀ (Pro)\nHei Søren!\n",
		"\"IO80211SSID\" = \"Ní Bhriain Home 5G\"\nGENERAL.CONNECTION:   Adébáyọ̀ Family WiFi\nconnection.id: Ødegård Hytte\n",
		"Device (SN 2B73-0023-DJX4A1B2C3D4) not ready; Activation Code 1234-ABCD-5678-EFGH-9012, SN 2 of 4\n",
		"Problem signature:\r\nP2: 7.0.6.0\r\nP5: 7.0.6.0\r\ncrash, user siobhan.nibhriain, machine x; user config.json; user self.name is\nD:\\Sets\\Søren Ødegård\\set.als\n",
		// kept shapes: panic UUIDs, package versions, class GUIDs, serial
		// ports, traceback code
		"Kernel UUID: 6C5A3B2E-1F4D-3E5A-9B8C-7D6E5F4A3B2C\\nBoot session UUID: 8E2F1A3B-4C5D-6E7F-8091-A2B3C4D5E6F7\n x(6.1)[A1B2C3D4-E5F6-3A7B-8C9D-0E1F2A3B4C5D]@0xfffffe0007a8c000",
		`{"dependencies":{"next-auth":"^4.24.5 || >=5.0.0-beta.2","jsonwebtoken":"9.0.0"},"token":"2.23.0"}`,
		`HKCR\CLSID\{00021401-0000-0000-C000-000000000046} {4d36e96c-e325-11ce-bfc1-08002be10318} \\?\Volume{a1b2c3d4-1234-11ee-9abc-806e6f6e6963}`,
		"Serial: /dev/ttyACM0\nserial=COM3\nSerial: C02XL0GHJGH5\n    user = cache[key]\n    token = self._get_token().strip()\nuser = zoe.k\n",
		// account forms: ls -l, KeyValues, net use, stream keys, nmcli,
		// user@machine, DOMAIN\account
		"-rw-r--r-- 1 kai staff 4096 Dec 1 a\n\t\t\"AccountName\"\t\t\"kai_dj\"\ngit config user.name \"Kai O\"\nSigned-off-by: Kai O\n{\"user\":{\"name\":\"Kai O\"}}",
		"net use Z: \\\\nas\\m /user:HOME\\kai Pw1 rtmp://x.tv/app/live_1234_AbCdEfGhIjKlMnOpQrStUvWx\nwlan0: connected to Kai Net\nssid\nyes:Kai5G",
		"\tUUID: 4c4c4544-004b-5810-804a-b5c04f385132\nIdentifyingNumber : 5KXJ8Q2\n\tSerial Number: Default string\n Volume Serial Number is 1A2B-3C4D\n" +
			"Serato DJ Pro 3.2.1.123 Pro 10.0.0.5 pam_unix(gdm-password:session) 123453-654324-000011-719895-101563-000000-222222-484869\n" +
			"Authorization: Digest username=\"kai\", response=\"6629fae4\"\n?x=1&code=4/0AX4XfWhAbCd https://soundcloud.com/kai-dj/sets @kai",
		"kai@81.2.69.160 kai@KAI-PC ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6 kai@studio\nKAI-PC\\tom\n> whoami\nkai-pc\\kai\nUser: CONTOSO\\nina\n",
		// probe6: WER's "user HOST\account", connection strings, XML versions
		"Computer: ZOE-STUDIO-PC, user ZOE-STUDIO-PC\\Zoë\nUser ID=kmbonsu@djlib;Password=S3;User Id=an;PublicKeyToken=30ad4fe6b2a6aeed",
		"<Data>rekordbox.exe</Data><Data>6.8.5.0</Data><key>SUAppVersion</key> <string>3.1.2.1</string><add key=\"Version\" value=\"4.2.1.7\"/>",
		`{"build_version":"3.1.2.1","app_version":"86.44.12.201"}`,
		// an account in environment variable names, accented surnames of
		// an ASCII account, product editions after Authorization
		"HOME=/home/cloudsdk\x00CLOUDSDK_PYTHON=/usr/bin/python3\x00echo $CLOUDSDK_CONFIG ${CLOUDSDK_X} %CLOUDSDK_Y%\n" +
			"/Users/seun.adebayo/x Oluwaseun Adébáyọ̀ signed in; Adébáyọ̀'s MacBook Pro; OLUWASEUN ADÉBÁYỌ̀\n" +
			"Authorization: Live 12 Suite\nAuthorization: Bearer Live Suite\n{\"Authorization\":\"Pro Tools Ultimate 2024.3\"}",
		// .reg values in hex, continued over lines; escaped root paths
		"\"Recent\"=hex(7):43,00,3a,00,5c,00,55,00,73,00,65,00,72,00,73,00,5c,00,6b,00,\\\r\n  61,00,69,00,00,00\r\n@=hex:01,02\r\n\"UserName\"=hex(2):6b,00,61,00,69,00,00,00\r\n\"HOMEPATH\"=\"\\\\Users\\\\kai\"",
		// probe7: id phrases, device owners, account tables, hosts in prose
		"customer id 58213477 activation id 7f6e5d4c3b2a machine fingerprint 6b5a49 dsid 1234567890\nSigned in to Dropbox as Ngozi Adeyemi-Okafor\nfor søren from 10.0.0.5\n" +
			"running on host mixbox-aino\non machine \"ABLETON-STUDIO-7\"\nTenant: Adeyemi Sound Ltd, DriveId: x\nAbleton Account: dj_k\niLok User ID: k.m\nuser k.m signed in",
		"bluetoothd: Connected to device \"Ingrids iPhone\"\n\"Galaxy Buds2 Pro de Aurélie\"\n/Volumes/TM/Backups.backupdb/Søren’s MacBook Pro/x\n" +
			"studio-öberg\\åsa     S-1-5-21-1-2-3-1001\r\nUser name                    åsa\r\nFull Name                    Åsa Öberg\r\n" +
			"device.name = \"alsa_card.usb-Pioneer_DJ_DDJ-FLX4_PDJFLX4A1B2C3-00\"\nPhone: +234 803 555 0147\nHOSTID=0050569a1b2c\nAuthorization: Unlocked",
		`{"license":"Serato DJ Pro - Subscription","firstName":"Ngozi","phone":"+47 912 34 567","altDSID":"001234.ab.1"}`,
		// probe8: passwd, who/last, quser, argv lists, localized systeminfo, URL userinfo before an address
		"olafur:x:1000:1000:Ólafur Arnalds,,,:/home/olafur:/bin/bash\nnurlan   pts/0        192.168.1.50\n USERNAME  SESSIONNAME  ID\n>tanaka.haruto  console  1  Active\n" +
			"argv: [\"--password\", \"Hunter2\"]\nRegistrierter Benutzer:  Daan van der Berg\nsmb://k:pw@192.168.1.20/x\nUsername: STUDIO-ØRSTED\\Bjørn\n" +
			"2026-11-30 21:14:09 Audio Engine: underrun\naccount \"sakura_beats\" computer id ASC-1234-5678\nemail: kofi.boateng@example.gh\n" +
			"    configuration: chassis=notebook uuid=1a2b3c4d-5e6f-11eb-8c9d-0e1f2a3b4c5d\nApple TV von Jürgen\nuser \"seun#0\"",
		`{"argv":["--password","Hunter2","--token","--verbose"],"email":"kofi.boateng@example.gh"}`,
		// probe11: Steam's connection_log, volume labels, .home hosts, known_hosts, a phone before an
		// address, owners in parentheses
		"[2024-11-28 23:12:09] [U:1:123456789] 'djmensah_gh' logged on\n Volume in drive D is ZOE_BACKUP\n" +
			"/dev/sdb1: LABEL=\"KOFI-USB\" PARTLABEL=\"Kofi Stuff\"\n   Volume Name:   Kofi Mensah Backup\nVolumeName : ZOE 2\n" +
			"NAME FSTYPE LABEL    UUID\nsdb1 vfat   KOFI-USB 1234-ABCD\n/Volumes/KOFI USB/_Serato_ /media/kofi/OLA SAMPLES/x\n" +
			"printer at brother-kofi.home and nas.mensah.home, java.home\ncall +1 415 555 0133 10.0.0.5\n" +
			"nas.mensah.home,192.168.1.20 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n" +
			"|1|JfKTdBh7rNbXkVAQCRp4OQoPfmI=|USECr3SWf1JUPsms5AqfD5QfxkM= ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA9x2KfLm0pQrSt\n" +
			"Headphones: WH-1000XM4 (Ola)\nAirPods Pro (Thandiwe)",
		"<plist><array><string>--password</string>\n<string>Hunter2</string></array></plist>",
		// leaks9: encoded home separators, token phrases, service
		// accounts, core file names, nmcli wifi rows, --user, query ids
		"&#x2F;Users&#x2F;kai.o&#x2F;x &#47;home&#47;kai&#47; &sol;home&sol;k\n\"\\057Users\\057kai\\057x\" \\x2fhome\\x2fkai\\x2f =2FUsers=2Fkai=2F C:\\134Users\\134kai\n" +
			"push token 3f1a9c2e4b5d6f708192a3b4c5d6e7f8 client_id 8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f\nConnected to Beatport as kai.o_dj\n" +
			"core.Serato.1000.8f3e2c1d4b5a69788f3e2c1d4b5a6978.12345.1733412345000000.zst\n" +
			"*       3C:A6:2F:11:22:33  Kai Home 5G         Infra  36    540 Mbit/s  85      ▂▄▆█  WPA2\n" +
			"sudo --user kai x; systemctl --user restart y\nGET /p?device=8c1d2e3f4a5b&v=2 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus A_TOKEN=ab12cd34ef56ab12cd34 session=x1\n",
	} {
		f.Add([]byte(s))
	}
	// snippets of the golden inputs
	for _, rel := range textFixtures {
		if b, err := os.ReadFile(filepath.Join(fixtures, rel)); err == nil {
			if len(b) > 2048 {
				b = b[:2048]
			}
			f.Add(b)
		}
	}
}

func FuzzScrubText(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		// the documented pipeline: learn over everything, then scrub
		s, _ := NewSession(Config{})
		s.Learn(in)
		var once, twice bytes.Buffer
		if err := s.ScrubText(&once, bytes.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if err := s.ScrubText(&twice, bytes.NewReader(once.Bytes())); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(once.Bytes(), twice.Bytes()) {
			t.Fatalf("not idempotent:\n in    %q\n once  %q\n twice %q", in, once.Bytes(), twice.Bytes())
		}
	})
}

func FuzzScrubJSON(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		s, _ := NewSession(Config{})
		s.Learn(in)
		if err := s.LearnJSON(bytes.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		var once, twice bytes.Buffer
		if err := s.ScrubJSON(&once, bytes.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if json.Valid(in) && !json.Valid(once.Bytes()) {
			t.Fatalf("valid JSON became invalid:\n in  %q\n out %q", in, once.Bytes())
		}
		if err := s.ScrubJSON(&twice, bytes.NewReader(once.Bytes())); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(once.Bytes(), twice.Bytes()) {
			t.Fatalf("not idempotent:\n in    %q\n once  %q\n twice %q", in, once.Bytes(), twice.Bytes())
		}
	})
}

func FuzzScrubSameLength(f *testing.F) {
	fuzzSeeds(f)
	f.Add(append([]byte{0, 1}, utf16le(`C:\Users\zoe.k\x 10.0.0.1`)...))
	f.Fuzz(func(t *testing.T, in []byte) {
		s, _ := NewSession(Config{})
		b := bytes.Clone(in)
		s.ScrubSameLength(b)
		if len(b) != len(in) {
			t.Fatalf("length %d -> %d", len(in), len(b))
		}
		c := bytes.Clone(b)
		s.ScrubSameLength(c)
		if !bytes.Equal(b, c) {
			t.Fatalf("not idempotent:\n in    %q\n once  %q\n twice %q", in, b, c)
		}
	})
}

// xmlWellFormed reports whether encoding/xml reads every token of b.
func xmlWellFormed(b []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return true
		}
		if err != nil {
			return false
		}
	}
}

func FuzzScrubXML(f *testing.F) {
	fuzzSeeds(f)
	for _, s := range xmlSamples {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		s, _ := NewSession(Config{})
		s.Learn(in)
		var once, twice bytes.Buffer
		if err := s.ScrubXML(&once, bytes.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if xmlWellFormed(in) && !xmlWellFormed(once.Bytes()) {
			t.Fatalf("well-formed XML became malformed:\n in  %q\n out %q", in, once.Bytes())
		}
		if err := s.ScrubXML(&twice, bytes.NewReader(once.Bytes())); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(once.Bytes(), twice.Bytes()) {
			t.Fatalf("not idempotent:\n in    %q\n once  %q\n twice %q", in, once.Bytes(), twice.Bytes())
		}
	})
}

// tryJSON scrubs in as the daemon does a JSON attachment: learned from as
// text, then TryScrubJSON, and ScrubJSON again when its output does not
// stand. It returns the output, the summary and whether one scrub did.
func tryJSON(t *testing.T, in []byte) ([]byte, map[string]int, bool) {
	t.Helper()
	s, _ := NewSession(Config{})
	if err := s.LearnReader(bytes.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	stands, err := s.TryScrubJSON(&out, bytes.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if !stands {
		out.Reset()
		if err := s.ScrubJSON(&out, bytes.NewReader(in)); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes(), s.Summary(), stands
}

// learnedJSON is what TryScrubJSON saves a pass of: LearnReader,
// LearnJSON, ScrubJSON.
func learnedJSON(t *testing.T, in []byte) ([]byte, map[string]int) {
	t.Helper()
	s, _ := NewSession(Config{})
	if err := s.LearnReader(bytes.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if err := s.LearnJSON(bytes.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, bytes.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), s.Summary()
}

func sameTryJSON(t *testing.T, name string, in []byte) bool {
	t.Helper()
	got, gotSum, stands := tryJSON(t, in)
	want, wantSum := learnedJSON(t, in)
	if !bytes.Equal(got, want) || !maps.Equal(gotSum, wantSum) {
		t.Fatalf("%s: TryScrubJSON gives\n%q %v\nLearnJSON and ScrubJSON give\n%q %v", name, got, gotSum, want, wantSum)
	}
	return stands
}

// The .ips fixture and JSON a text scan learns less from than the JSON
// scan (a UNC host spelled in \u escapes): the same bytes and summary as
// learning from the JSON first, in one scrub where it learned nothing.
func TestTryScrubJSONSameAsLearnedFirst(t *testing.T) {
	ips, err := os.ReadFile(filepath.Join(fixtures, "apple", "macos12-arm64-xctest.ips"))
	if err != nil {
		t.Skip("no fixtures")
	}
	if !sameTryJSON(t, "ips", ips) {
		t.Error("ips: the .ips fixture took a second scrub")
	}
	late := []byte(`{"a": "NAS01 said hi", "path": "\u005c\u005cNAS01\u005cshare\u005cx"}` + "\n")
	if sameTryJSON(t, "escaped UNC", late) {
		t.Error("escaped UNC: the output of a scrub that learned a host after writing it stood")
	}
	if out, _, _ := tryJSON(t, late); bytes.Contains(out, []byte("NAS01")) {
		t.Errorf("escaped UNC: host left in %q", out)
	}
}

func FuzzTryScrubJSON(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		sameTryJSON(t, "fuzz", in)
	})
}
