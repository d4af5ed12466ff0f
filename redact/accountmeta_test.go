package redact

import (
	"bytes"
	"strings"
	"testing"
)

// An account's or a password's metadata is no account nor password:
// "Last login: Tue May  2 10:11:12 on ttys000" (the first line of every
// macOS Terminal window, pasted into a report) is the time of the last
// login, and "Last login: never" says there was none. Read as an
// account, "Tue May" and "never" were learned as a user name and went
// from every timestamp and sentence of the report. chage -l's, net
// user's, net accounts' and Get-LocalUser's password rows hold dates,
// counts and flags.
func TestAccountMetadataKept(t *testing.T) {
	s := newSession(t, Config{})
	for _, in := range []string{
		"Last login: Tue May  2 10:11:12 on ttys000",
		"Last login: Sat Nov 30 21:10:05 2024 on console",
		"Last login: never",
		"Previous login: Mon Jan  6 09:00:01 2025",
		"Failed login: Wed Feb 12 08:00:00 2025",
		"Last password change\t\t\t\t\t: May 02, 2024",
		"Password expires\t\t\t\t\t: never",
		"Password inactive\t\t\t\t\t: never",
		"Minimum number of days between password change\t\t: 0",
		"Maximum number of days between password change\t\t: 99999",
		"Number of days of warning before password expires\t: 7",
		"Minimum password age (days):                          1",
		"Maximum password age (days):                          42",
		"Minimum password length:                              8",
		"Length of password history maintained:                24",
		"PasswordLastSet: 5/2/2024 10:11:12 AM",
		"PasswordExpires: 6/13/2024 10:11:12 AM",
		"PasswordChangeableDate: 5/3/2024 10:11:12 AM",
		`{"password_expires_at":"2025-01-01T00:00:00Z","password_changed_at":"2024-05-02T10:11:12Z"}`,
	} {
		out := s.ScrubString(in)
		if out != in {
			t.Errorf("%q\n-> %q", in, out)
		}
	}
	// nothing was learned from them: a timestamp and a sentence stay
	for _, in := range []string{"Tue May  2 10:11:13 2024 crash in Deckhand", "we never got a reply"} {
		if out := s.ScrubString(in); out != in {
			t.Errorf("%q\n-> %q", in, out)
		}
	}
	// the accounts and passwords around them still go
	for _, c := range []struct{ in, secret string }{
		{"Spotify login: kwesi.music", "kwesi.music"},
		{"login: kofi", "kofi"},
		{"Last user: ama.owusu", "ama.owusu"},
		{"password: Tue May", "Tue May"},
		{`{"password":"never","new_password":"hunter2x","password_change":"s3cret!x"}`, "hunter2x"},
		{`{"password_change":"s3cret!x"}`, "s3cret!x"},
		{"change_password=s3cret!y", "s3cret!y"},
	} {
		if out := s.ScrubString(c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q\n-> %q: %q left", c.in, out, c.secret)
		}
	}
}

// What a license's holder, a contact or a computer reads when no person
// or machine is named ("Licensed to: Evaluation", "Contact: support",
// "Computer: This PC") is learned as no name: learned, "trial",
// "support" or "this" would go from every line. A company ("Owner:
// Apple Inc.") is learned whole, not its words.
func TestPlaceholderHoldersNotLearned(t *testing.T) {
	s := newSession(t, Config{})
	for _, in := range []string{
		"Licensed to: Evaluation", "Registered to: Trial Version", "Licensed to: Demo Version",
		"Contact: support", "Contact name: Support Team", "Owner: Apple Inc.", "Author: Microsoft Corporation",
		"Computer: This PC", "Display name: Main Output", "Connected to Spotify as Free User",
	} {
		s.ScrubString(in)
	}
	for _, in := range []string{"Connected to Spotify as Free User", "Licensed to Evaluation Version", "Signed in as Support Team"} {
		if out := s.ScrubString(in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
	const later = "the trial ends; contact support about this output from Apple or Microsoft for a free user"
	if out := s.ScrubString(later); out != later {
		t.Errorf("learned from a placeholder:\n%q\n-> %q", later, out)
	}
	// a person or a machine named there still goes
	for _, c := range []struct{ in, secret string }{
		{"Licensed to: Kwame Mensah", "Mensah"},
		{"Contact: ama.owusu", "ama.owusu"},
		{"Owner: Yaa Asantewaa", "Asantewaa"},
		{"Computer: KOFI-PC", "KOFI"},
	} {
		if out := s.ScrubString(c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q -> %q: %q left", c.in, out, c.secret)
		}
	}
}

// Words a team, an organisation, a setting or a flag holds are learned
// as no name (each was found learned in real package metadata, config
// files and changelogs, and then replaced in every line): a mailing
// list's display name ("Debian Wine Party <debian-wine@…>"), an
// organisation's possessive ("the X Consortium's"), a reporter that is a
// team ("Reported by Nebula Security"), systemd's --user flag, avahi's
// "publish-workstation=no", and prose holding "users/…".
func TestOrgAndSettingWordsNotLearned(t *testing.T) {
	s := newSession(t, Config{})
	for _, in := range []string{
		"Maintainer: Debian Wine Party <debian-wine@lists.debian.org>",
		"  - XC-APPGROUP, the X Consortium's Application Group extension;",
		"    - CVE-2025-12443: Out of bounds read in WebXR. Reported by Aisle Research",
		"      Reported by Nebula Security (@nebusecurity).",
		"      Reported by Tech Division (@taiphung) - Mobifone Digital Payment.",
		"Description: simple interprocess messaging system (systemd --user integration)",
		"publish-workstation=no",
		"# the combination of individual users/terminals etc is a logic list",
		"GOPROXY='https://proxy.golang.org,direct'",
		"     by a Contributor and that particular Contributor's Contribution.",
		"Upstream-Contact: Pallets Ecosystem <contact@palletsprojects.com>",
		"    or Software.Distribution@CS.CMU.EDU any improvements or",
		"           (C) H.J. Lu <hjl.tools@gmail.com>, 2015.",
		" -- Debian Janitor <janitor@jelmer.uk>  Wed, 25 May 2022 20:49:55 +0100",
		`{"plugin":"Serum","author":"Xfer Records","vendor":"Xfer Records"}`,
		`{"device":{"name":"DDJ-400","owner":"Pioneer DJ"}}`,
		`{"preset":"Bass - Wobble","author":"Factory","owner":"Factory Library"}`,
	} {
		s.ScrubString(in)
	}
	const later2 = "Pioneer DDJ-400: 4 records from the factory library, music and sound on"
	if out := s.ScrubString(later2); out != later2 {
		t.Errorf("learned a vendor's or a label's words:\n%q\n-> %q", later2, out)
	}
	const later = "wine party: the consortium's research division on nebula integration, publish terminals; " +
		"direct contributor tools for the software distribution ecosystem, janitor"
	if out := s.ScrubString(later); out != later {
		t.Errorf("learned from a team, a flag or a setting:\n%q\n-> %q", later, out)
	}
	// people, accounts and machines there still go
	for _, c := range []struct{ in, secret string }{
		{"Maintainer: Kwame Mensah <kwame@example.org>", "Mensah"},
		{"Reported by Orange Tsai (@orange_8361) of DEVCORE Research Team.", "Tsai"},
		{"sudo --user kofi.m id", "kofi.m"},
		{"ADJOA-LAPTOP = 192.0.2.7", "ADJOA"},
		{"adjoa-workstation=on", "adjoa"},
		{"tar: home/yaa.a/.bashrc", "yaa.a"},
		{"open users/kofi/data", "kofi"},
		{"From: Kofi Asante Music <k.asante@example.net>", "Asante"},
		{`{"owner":"Owusu Sound Ltd"}`, "Owusu"},
	} {
		if out := s.ScrubString(c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q -> %q: %q left", c.in, out, c.secret)
		}
	}
}

// A device's ids and a disk's or a Mac's model are kept, and learned as
// no machine or account: "PCI\CC_030000" at a line's start read as
// DOMAIN\account taught "pci" as a machine and replaced it everywhere;
// Windows' "Hardware IDs" (PCI\VEN_10DE&DEV_2684&…) went as machine ids;
// system_profiler's "machine_name": "MacBook Pro" and "device_name":
// "APPLE SSD AP0512R" were learned as host names.
func TestDeviceModelsNotIdentifiers(t *testing.T) {
	s := newSession(t, Config{})
	for _, in := range []string{
		"PCI\\CC_030000",
		"ACPI\\PNP0A08",
		`{"hardware_ids": ["PCI\\VEN_10DE&DEV_2684&SUBSYS_889D1043&REV_A1", "USB\\VID_2B73&PID_0001&REV_0100"]}`,
		"Hardware IDs: PCI\\VEN_10DE&DEV_2684&SUBSYS_889D1043",
		`{"machine_name" : "MacBook Pro", "device_name" : "APPLE SSD AP0512R"}`,
		`"device_name" : "Portable SSD T5"`,
	} {
		if out := s.ScrubString(in); out != in {
			t.Errorf("%q\n-> %q", in, out)
		}
	}
	var out bytes.Buffer
	in := `{"machine_name" : "MacBook Pro", "device_name" : "APPLE SSD AP0512R", "hardware_ids": ["PCI\\VEN_10DE&DEV_2684"]}`
	if err := s.ScrubJSON(&out, strings.NewReader(in)); err != nil || out.String() != in {
		t.Errorf("JSON %q\n-> %q (%v)", in, out.String(), err)
	}
	const later = "PCI bus: MacBook Pro with APPLE SSD AP0512R"
	if got := s.ScrubString(later); got != later {
		t.Errorf("%q -> %q", later, got)
	}
	// machines, accounts and license hardware ids still go
	for _, c := range []struct{ in, secret string }{
		{"STUDIO-PC\\thandeka", "thandeka"},
		{"Hardware ID: 4F2A-19C3-77BE-0D21", "4F2A-19C3"},
		{`"machine_name": "KOFI-STUDIO"`, "KOFI"},
		{"Device Instance Path: USBSTOR\\DISK&VEN_SAMSUNG&PROD_T5&REV_0\\1234567890ABCDEF&0", "1234567890ABCDEF"},
	} {
		if out := s.ScrubString(c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q -> %q: %q left", c.in, out, c.secret)
		}
	}
}

// What names a key's or a logon's kind is no secret: ssh -v's "Server
// host key: ssh-ed25519 SHA256:…" (the type), Windows event 4624's
// "Authentication Package: NTLM"; a key's file keeps its path, less the
// user.
func TestKeyKindsKept(t *testing.T) {
	s := newSession(t, Config{})
	for _, in := range []string{
		"\tAuthentication Package:\tMICROSOFT_AUTHENTICATION_PACKAGE_V1_0",
		"\tAuthentication Package:\tNTLM",
		"debug1: Server host key: ssh-ed25519 SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s",
		"key: ssh-rsa",
		"KeyType=ED25519",
	} {
		if out := s.ScrubString(in); out != in {
			t.Errorf("%q\n-> %q", in, out)
		}
	}
	out := s.ScrubString("debug1: Server accepts key: /home/kwesi/.ssh/id_ed25519 ED25519")
	if want := "debug1: Server accepts key: /home/<user-1>/.ssh/id_ed25519 ED25519"; out != want {
		t.Errorf("got  %q\nwant %q", out, want)
	}
	for _, c := range []struct{ in, secret string }{
		{"api key: 9f8e7d6c5b4a39281706a1b2", "9f8e7d6c5b4a"},
		{"Key: ssh-rsa-but-my-secret-value-9f8e7d6c5b4a39281706", "9f8e7d6c5b4a"},
		{`"key": "/9j/4AAQSkZJRgABAQAAAQABAAD2wBDAAgGBgcGBQgHBwc"`, "4AAQSkZJRg"}, // base64 starting with '/'
	} {
		if out := s.ScrubString(c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q -> %q: %q left", c.in, out, c.secret)
		}
	}
}

// Leak: sshd's and login(1)'s "Last login: Tue May  2 10:11:12 2026 from
// studio-nas.lan" (the motd of every ssh session, pasted into a report)
// kept the machine the last login came from: the value is a time, and
// nothing read on to "from". The host there is learned and replaced now;
// an address is the IP detectors', and the time stays.
func TestLastLoginFromHost(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Last login: Sat Nov 30 21:10:05 2024 from kofi-mbp.lan\nssh kofi-mbp.lan\n", "Last login: Sat Nov 30 21:10:05 2024 from <host-1>\nssh <host-1>\n"},
		{"Last login: Tue May  2 10:11:12 2026 from studio-nas.\n", "Last login: Tue May  2 10:11:12 2026 from <host-1>.\n"},
		{"Last login: Tue May  2 10:11:12 2026 from 10.0.0.5\n", "Last login: Tue May  2 10:11:12 2026 from <ip-1>\n"},
		{"Last login: Tue May  2 10:11:12 on ttys000\n", "Last login: Tue May  2 10:11:12 on ttys000\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	checkAllEncodings(t, "last login", "Last login: Sat Nov 30 21:10:05 2024 from kofi-mbp.lan\n", []string{"kofi-mbp"}, "later kofi-mbp.lan")
}

// Leak: a .netrc's password went, the account it is for stayed
// ("machine nas.example login kwame.mensah password …"), on its line or
// the line before. The login is learned and replaced now; an anonymous
// FTP login, and the machine (a service's host, most often public), stay.
func TestNetrcLogin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"machine nas.example login kwame.mensah password Hunter22x\nbye kwame.mensah\n", "machine nas.example login <user-1> password <password-1>\nbye <user-1>\n"},
		{"machine github.com\n  login kwamemensah\n  password Hunt3r4Pass\n", "machine github.com\n  login <user-1>\n  password <password-1>\n"},
		{"default login anonymous password ftp@example.com\n", "default login anonymous password <password-1>\n"},
	} {
		if out := scrubTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	checkAllEncodings(t, "netrc", "machine nas.example login kwame.mensah password Hunter22x\n", []string{"kwame.mensah", "Hunter22x"}, "later kwame.mensah")
}
