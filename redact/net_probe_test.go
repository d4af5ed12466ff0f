package redact

import (
	"strings"
	"testing"
)

// mustStay scrubs each input in a fresh session and fails when it changed.
func mustStay(t *testing.T, ins ...string) {
	t.Helper()
	for _, in := range ins {
		if got := newSession(t, Config{}).ScrubString(in); got != in {
			t.Errorf("changed:\n in  %q\n out %q", in, got)
		}
	}
}

// An address after a word that merely ends like a version word ("ver" of
// "nameserver", "v" of "dev") is an address.
func TestProbeIPAfterServerWord(t *testing.T) {
	for _, in := range []string{
		"nameserver 192.168.50.1",
		"Using DNS server 192.168.50.3",
		"DHCP Server: 192.168.10.2",
		"Proxy Server: 10.0.0.5",
		"resolver 192.168.50.2",
		"syslog-server=192.168.50.7",
		"smtp_server: 10.1.2.3",
		"upstream dev 192.168.50.4",
		`"api.bluez5.address" = "192.168.50.9"`,
	} {
		ip := in[strings.LastIndexAny(in, " =\"")+1:]
		ip = strings.Trim(ip, `"`)
		if strings.HasSuffix(in, `"`) {
			ip = "192.168.50.9"
		}
		checkAllEncodings(t, in, in, []string{ip}, "")
	}
	mustStay(t,
		"v1.2.3.4", "ver 10.0.19045.2", "iOS 17.2.1.3", "firmware 1.2.3.4", "Firmware: 2.1.0.7",
		"fw_ver 1.0.2.3", "FwVer: 1.0.2.3", "kernel-rev 5.4.0.1", "OS 10.0.19045.3803", "macOS 14.2.1.0",
		"osver=10.0.1.2", "api 2.0.1.4", "sdk 10.0.22621.0", "driver 31.0.15.3667", "nvdriver 31.0.15.3667",
		"BIOS 1.14.0.2", "kernelrelease 5.15.0.91", "product_version 1.2.3.4", "-v 1.2.3.4")
}

// ipconfig /all glues the state to an IPv6 address; a C++ call stays.
func TestProbeIPv6Preferred(t *testing.T) {
	for _, c := range []struct{ in, ip string }{
		{"   IPv6 Address. . . . . . . . . . . : 2a01:799:1a2b:3c00:5d6e:7f80:9a1b:2c3d(Preferred)", "2a01:799:1a2b:3c00:5d6e:7f80:9a1b:2c3d"},
		{"   Temporary IPv6 Address. . . . . . : 2a01:799:1a2b:3c00:e1f2:a3b4:c5d6:e7f8(Preferred) ", "2a01:799:1a2b:3c00:e1f2:a3b4:c5d6:e7f8"},
		{"   IPv6 Address. . . . . . . . . . . : 2a01:799:1a2b::2c3d(Deprecated)", "2a01:799:1a2b::2c3d"},
		{"   Link-local IPv6 Address . . . . . : fe80::5d6e:7f80:9a1b:2c3d%12(Preferred)", "fe80::5d6e:7f80:9a1b:2c3d"},
		{"   IPv4 Address. . . . . . . . . . . : 192.168.1.23(Preferred)", "192.168.1.23"},
	} {
		checkAllEncodings(t, c.in, c.in, []string{c.ip}, "")
	}
	mustStay(t, "dead::beef(int)", "Cafe::Add(Preferred)", "a::b(Preferred x)")
}

// A DHCPv6 DUID names the machine (DUID-LLT ends with its MAC address).
func TestProbeDUID(t *testing.T) {
	for _, c := range []struct{ in, id string }{
		{"   DHCPv6 Client DUID. . . . . . . . : 00-01-00-01-2C-9F-1A-2B-3C-22-FB-9A-8B-7C", "3C-22-FB-9A-8B-7C"},
		{"DUID: 00:01:00:01:2c:9f:1a:2b:3c:22:fb:9a:8b:7c", "3c:22:fb:9a:8b:7c"},
		{"ipv6.dhcp-duid=00:03:00:01:3c:22:fb:9a:8b:7c", "3c:22:fb:9a:8b:7c"},
		{"  option dhcp6.client-id 0:1:0:1:2c:9f:1a:2b:3c:22:fb:9a:8b:7c;", "3c:22:fb:9a:8b:7c"},
		{`default-duid "\000\001\000\001\037\305\371\341\074\042\373\232\213\174";`, `\074\042\373\232\213\174`},
	} {
		checkAllEncodings(t, c.in, c.in, []string{c.id}, "")
	}
	mustStay(t, "default-duid is unset", "dhcp6.client-id missing")
}

// BlueZ and PipeWire spell a device's MAC address with '_': it is the same
// address as the colon form, with the same pseudonym.
func TestProbeUnderscoreMAC(t *testing.T) {
	for _, in := range []string{
		"Transport /org/bluez/hci0/dev_F8_4E_17_AB_CD_EF/sep1/fd0: acquire failed",
		"(bluez_output.F8_4E_17_AB_CD_EF.1-123) suspended -> running",
		"card bluez_card.F8_4E_17_AB_CD_EF",
		`{"node.name": "bluez_input.f8_4e_17_ab_cd_ef.0"}`,
	} {
		checkAllEncodings(t, in, in, []string{"F8_4E_17_AB_CD_EF"}, "")
	}
	s := newSession(t, Config{})
	out := s.ScrubString(`"api.bluez5.address" = "F8:4E:17:AB:CD:EF" /org/bluez/hci0/dev_F8_4E_17_AB_CD_EF/fd0 bluez_card.f8_4e_17_ab_cd_ef`)
	if strings.Count(out, "<mac-1>") != 3 || strings.Contains(out, "<mac-2>") {
		t.Errorf("one address, one pseudonym: %q", out)
	}
	mustStay(t, "dev_00_00_00_00_00_00/fd0", "x_01_02_03_04_05_06_07", "tbl_0A_0B_0C_0D_0E_0F_10_11", "AB_CD_EF_12_34_56_extra", "ab_cd_ef_12_34_567")
}

// Interface names systemd builds from a MAC address, and ioreg's MAC data,
// are that address.
func TestProbeIfnameMAC(t *testing.T) {
	for _, c := range []struct{ in, mac string }{
		{"  IF: enx00e04c681234 state: down", "00e04c681234"},
		{"E: ID_NET_NAME_MAC=wlx70cd0daabbcc", "70cd0daabbcc"},
		{"/sys/class/net/wwx0a1b2c3d4e5f/carrier", "0a1b2c3d4e5f"},
		{"wlx70cd0daabbcc: authenticated", "70cd0daabbcc"},
		{`    | |       "IOMACAddress" = <a4c1389f2e12>`, "a4c1389f2e12"},
		{"ethernet.cloned-mac-address=3C:22:FB:9A:8B:7C", "3C:22:FB:9A:8B:7C"},
	} {
		checkAllEncodings(t, c.in, c.in, []string{c.mac}, "")
	}
	s := newSession(t, Config{})
	out := s.ScrubString("IF: enx00e04c681234 state: down mac: 00:e0:4c:68:12:34 ID_NET_NAME_MAC=enx00E04C681234")
	if out != "IF: enx<mac-1> state: down mac: <mac-1> ID_NET_NAME_MAC=enx<mac-1>" {
		t.Errorf("one address, one pseudonym, prefix kept: %q", out)
	}
	mustStay(t, "enx000000000000", "enx00e04c6812345", "wlx70cd0daabbcg", "xenx00e04c681234", "ethernet.cloned-mac-address=stable",
		`"IOMACAddress" = <>`, `"IOMACAddress" = <a4c1389f2e12a4>`, "enable wlxfast mode")
}

// An Azure AD SID (S-1-12-1- and four numbers) encodes the account's
// Entra object id.
func TestProbeAzureADSID(t *testing.T) {
	for _, in := range []string{
		`HKU\S-1-12-1-1234567890-1234567890-1234567890-1234567890\Software`,
		`C:\$Recycle.Bin\S-1-12-1-3456789012-1122334455-2233445566-3344556677\$R1A2B3C.wav`,
		`whoami /user: azuread\kari S-1-12-1-3456789012-1122334455-2233445566-3344556677`,
		`HKEY_USERS\S-1-12-1-3456789012-1122334455-2233445566-3344556677_Classes\Local Settings`,
		`"sid":"s-1-12-1-3456789012-1122334455-2233445566-3344556677"`,
	} {
		checkAllEncodings(t, in, in, []string{"1234567890-1234567890", "1122334455-2233445566"}, "")
	}
	s := newSession(t, Config{})
	a := s.ScrubString(`HKU\S-1-12-1-3456789012-1122334455-2233445566-3344556677\Software`)
	b := s.ScrubString(`$Recycle.Bin\S-1-12-1-3456789012-1122334455-2233445566-3344556677\$R1.wav`)
	if a != `HKU\<machine-id-1>\Software` || b != `$Recycle.Bin\<machine-id-1>\$R1.wav` {
		t.Errorf("one SID, one pseudonym: %q %q", a, b)
	}
	mustStay(t, "S-1-12-1-123-456", "S-1-5-18", "S-1-5-32-544", "S-1-12-1-1-2-3-4x")
}

// systemd template units and git remotes hold an '@' but no address.
func TestProbeUnitAndGitRemoteStay(t *testing.T) {
	mustStay(t,
		"_SYSTEMD_UNIT=user@1000.service",
		"_SYSTEMD_CGROUP=/user.slice/user-1000.slice/user@1000.service/app.slice/app-gnome-spotify-4412.scope",
		"Started getty@tty1.service - Getty on tty1.",
		"systemd-fsck@dev-disk-by.mount user-runtime-dir@1000.target dbus@x.socket run-u12@y.scope a@b.timer",
		"git@github.com:kari-nordmann/mixer.git",
		"remote.origin.url=git@gitlab.com:team/mixer.git",
		"ssh://git@github.com/org/repo.git",
		"Cloning from git@bitbucket.org:team/repo.git",
		"ssh -T git@github.com",
	)
	// a real address is still one, and an internal forge is a site
	checkAllEncodings(t, "email", "mail kai@studio.example.com now", []string{"kai@studio.example.com"}, "")
	checkAllEncodings(t, "internal forge", "git@git.corp.nordlys.no:mixer.git", []string{"git.corp.nordlys.no"}, "")
}

// The account of an ssh target at a bare host or an address is a user.
func TestProbeSSHTarget(t *testing.T) {
	checkAllEncodings(t, "bare host", "Connection to build-box closed by remote host. (ssh tobias@build-box)", []string{"tobias"}, "Welcome tobias")
	checkAllEncodings(t, "scp ip", "scp tobias@10.0.0.7:/srv/x .", []string{"tobias", "10.0.0.7"}, "")
	checkAllEncodings(t, "ssh ip", "ssh root@192.168.1.20", []string{"192.168.1.20"}, "")
	mustStay(t, "npm i lodash@4.17.21", "pkg@1.2.3.4 installed")
	// a generic account (root, the forge's git) stays, but the machine
	// is named whoever logs in to it
	for _, in := range []string{"ssh root@build-box", "ssh git@build-box"} {
		out := scrubTwice(t, in)
		mustNotContain(t, in, out, "build-box")
		mustKeep(t, in, out, in[:len(in)-len("build-box")])
	}
}

// Journal exports, the boot separator and --list-boots name the boot id,
// which _BOOT_ID= holds: one id, one pseudonym.
func TestProbeBootID(t *testing.T) {
	const id = "6f1e2d3c4b5a69788796a5b4c3d2e1f0"
	for _, in := range []string{
		"__CURSOR=s=8c2f1b7e3a4d4c5e9f0a1b2c3d4e5f60;i=1a2b;b=" + id + ";m=2b3c4d5e;t=613a2b3c4d5e6;x=7a8b9c0d1e2f3a4b",
		`{"__CURSOR" : "s=8c2f1b7e3a4d4c5e9f0a1b2c3d4e5f60;i=1a2b;b=` + id + `;m=2b3c4d5e;t=613a2b3c4d5e6;x=7a8b9c0d1e2f3a4b", "x": 1}`,
		"-- cursor: s=8c2f1b7e3a4d4c5e9f0a1b2c3d4e5f60;i=1a2b;b=" + id,
		"__CURSOR=s=8c2f;i=1a2b;b=" + id + ";m=2b3c",
		"_BOOT_ID=" + id,
		"-- Boot " + id + " --",
		"Mar 04 10:00:00 host kernel: x\n-- Boot " + id + " --\nMar 04 10:01:00 host kernel: y",
		"IDX BOOT ID                          FIRST ENTRY                 LAST ENTRY\n -1 1b2c3d4e5f60718293a4b5c6d7e8f901 Mon 2024-03-04 10:00:00 CET Mon 2024-03-04 18:00:00 CET\n  0 " + id + " Tue 2024-03-05 09:00:00 CET Tue 2024-03-05 12:00:00 CET",
	} {
		checkAllEncodings(t, in, in, []string{id}, "")
	}
	s := newSession(t, Config{})
	out := s.ScrubString("__CURSOR=s=8c2f1b7e3a4d4c5e9f0a1b2c3d4e5f60;i=1a2b;b=" + id + ";m=2b\n_BOOT_ID=" + id + "\n-- Boot " + strings.ToUpper(id) + " --")
	// (the cursor's "s=", the journal's id, takes <machine-id-1>)
	if strings.Count(out, "<machine-id-2>") != 3 {
		t.Errorf("one boot id, one pseudonym: %q", out)
	}
	mustStay(t, "a;b="+id+";c", "x=1;i=2;b="+id, "s=;i=1;b="+id, "s=1;i=;b="+id, "-- Boot sequence --", "Build "+id+" ok", "0x10 "+id, "12 "+id+" file")
}

// Scrubbing what these detectors leave changes nothing, in text, JSON and
// same-length binary.
func TestProbeNetIdempotent(t *testing.T) {
	for _, in := range []string{
		"nameserver 192.168.50.1 smtp_server: 10.1.2.3 iOS 17.2.1.3 fw_ver 1.0.2.3 upstream dev 192.168.50.4",
		"   IPv6 Address. . . : 2a01:799:1a2b:3c00:5d6e:7f80:9a1b:2c3d(Preferred) fe80::1:2:3:4%12(Preferred)",
		"   DHCPv6 Client DUID. . . . . . . . : 00-01-00-01-2C-9F-1A-2B-3C-22-FB-9A-8B-7C",
		`  option dhcp6.client-id 0:1:0:1:2c:9f:1a:2b:3c:22:fb:9a:8b:7c; default-duid "\000\001\037\305\371\341\074\042";`,
		"Transport /org/bluez/hci0/dev_F8_4E_17_AB_CD_EF/sep1/fd0 (bluez_output.F8_4E_17_AB_CD_EF.1-123) F8:4E:17:AB:CD:EF",
		`  IF: enx00e04c681234 state: down ID_NET_NAME_MAC=wlx70cd0daabbcc "IOMACAddress" = <a4c1389f2e12>`,
		`HKU\S-1-12-1-1234567890-1234567890-1234567890-1234567890_Classes\Software S-1-5-21-1-2-3-1001`,
		"_SYSTEMD_UNIT=user@1000.service git@github.com:kari/mixer.git git@git.corp.nordlys.no:x.git ssh://git@github.com/x",
		"(ssh tobias@build-box) scp tobias@10.0.0.7:/srv/x . ssh root@192.168.1.20 pkg@1.2.3.4",
		"__CURSOR=s=8c2f1b7e3a4d4c5e9f0a1b2c3d4e5f60;i=1a2b;b=6f1e2d3c4b5a69788796a5b4c3d2e1f0;m=2b\n-- Boot 6f1e2d3c4b5a69788796a5b4c3d2e1f0 --\n -1 6f1e2d3c4b5a69788796a5b4c3d2e1f0 Mon 2024-03-04",
	} {
		s := newSession(t, Config{})
		once := s.ScrubString(in)
		if twice := s.ScrubString(once); twice != once {
			t.Errorf("text not idempotent:\n in    %q\n once  %q\n twice %q", in, once, twice)
		}
		b := []byte(in)
		s = newSession(t, Config{})
		s.ScrubSameLength(b)
		c := append([]byte(nil), b...)
		s.ScrubSameLength(c)
		if string(b) != string(c) {
			t.Errorf("same-length not idempotent:\n in    %q\n once  %q\n twice %q", in, b, c)
		}
	}
}
