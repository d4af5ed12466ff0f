package redact

import (
	"strings"
	"testing"
)

// "Logged in: kofi.m" and "Signed in: …" (an app's status line, the
// key's colon where "Logged in as" has its "as") name the account as
// "Logged in as" does; a sign-in's state ("Logged in: true", "Offline")
// stays.
func TestProbe33LoggedInColon(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-12-05 19:41:22,031 INFO  [Agent] Logged in: olu_adeyemi (olumide.adeyemi@yahoo.com) device=OLUMIDE-PC\n", "olu_adeyemi"},
		{"[sync] Logged in: kofi.m\n", "kofi.m"},
		{"beatport: logged in: ngozi_a (LINK Pro)\n", "ngozi_a"},
		{"Signed in: thandi.dj\n", "thandi.dj"},
		{"[2026-12-05 21:14:02] Logged in: Nguyễn Văn Hoàng\n", "Hoàng"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Logged in: true",
		"logged in: no",
		"Signed in: yes",
		"Logged in: false (token expired)",
		"Logged in: Offline",
		"signed in: pending",
		"Last logged in: 2026-12-05 21:14",
		"Users logged in: 3",
		"Logged in: anonymous",
		`{"loggedIn": true, "signedIn": false}`,
	} {
		mustKeepTwice(t, keep)
	}
}

// A learned account's name after a short part and '_' or '.'
// ("olu_adeyemi" once "adeyemi" of olumide.adeyemi was learned) is an
// account of its own: it went as "olu_<user-1>", the person's short name
// left before it.
func TestProbe33AccountHead(t *testing.T) {
	for _, c := range []struct{ in, secret, head string }{
		{"USER=olumide.adeyemi\n2026-12-05 19:41:25 INFO  [CloudSync] uploaded set for olu_adeyemi done\n", "olu_adeyemi", "olu_"},
		{"HOME=/Users/olumide.adeyemi\nsoundcloud handle olu_adeyemi\n", "olu_adeyemi", "olu_"},
		{"USER=kwabena.osei\n[link] peer kb.osei joined\n", "kb.osei", "kb."},
		{"USER=zoe.kowalska\n[link] peer zk_kowalska joined\n", "zk_kowalska", "zk_"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		mustNotContain(t, c.in, out, c.head)
		mustNotContain(t, c.in, scrubTwice(t, c.in), c.head)
	}
	for _, keep := range []string{
		"my_config.get_value(is_open)",
		"os.path.join(music_dir, name)",
		"com.pioneerdj.rekordbox",
		"lib_engine.so: undefined symbol get_max",
	} {
		mustKeepTwice(t, keep)
	}
}

// A DJ's track comment of who asked for it, "req from" as "req by", and
// a wedding or an anniversary as the moment it was asked for: "req from
// Funmilayo Bakare for the wedding".
func TestProbe33RequestFrom(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`    <TRACK TrackID="102" Name="Jerusalema" Artist="Master KG" Location="file://localhost/Volumes/USB/Contents/Jerusalema.mp3" Comments="req from Funmilayo Bakare for the wedding"/>` + "\n", "Funmilayo"},
		{`    <TRACK TrackID="103" Name="Ye" Artist="Burna Boy" Comments="req by Adaeze Okonkwo for the wedding"/>` + "\n", "Okonkwo"},
		{`Comment "request from Lindiwe Mthembu for the anniversary"` + "\n", "Mthembu"},
		{`Comments="req from Zoë Ødegård"` + "\n", "Ødegård"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"HTTP request from Google Chrome failed",
		"request from Windows Update for the installation",
		"Ignoring request from Mozilla Firefox",
		"got request from Audio Engine",
		"request from Ableton Live for the session",
		"requested by Windows Update for the anniversary",
		"Pull request from GitHub Actions for the wedding",
	} {
		mustKeepTwice(t, keep)
	}
}

// A machine named after its owner ("PRIYA-LAPTOP") after the owner's
// account was met in the same text is the machine, in one pass as after
// a learn pass: the single pass wrote "<user-1>-LAPTOP".
func TestProbe33OwnerHostAfterLearnedUser(t *testing.T) {
	for _, in := range []string{
		"[2026-12-05 21:14:02.120] [info]  userData: C:\\Users\\priya\\AppData\\Roaming\\djay-sync\n[2026-12-05 21:14:05.442] [info]  Found Link peer \"PRIYA-LAPTOP\" at 192.168.1.10\n",
		"USER=priya\nRuntimeError: CUDA out of memory on PRIYA-PC\n",
	} {
		out := checkBothPaths(t, in, "PRIYA")
		if !strings.Contains(out, "<host-1>") || strings.Contains(out, "-LAPTOP") || strings.Contains(out, "-PC") {
			t.Errorf("one pass: %q, want the machine whole", out)
		}
	}
}

// A full name's possessive of a device in single quotes (sharingd's
// "Discovered 'Leyla Kaya’s iPhone'", a log quoting a peer's name) goes
// whole: the quote before the given name stopped givenNamesBefore, and
// "Leyla" went out.
func TestProbe33QuotedFullNamePossessive(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-12-05 22:01:13.551100+0300 0x1a2b4c   Default     0x0                  120    0    sharingd: [com.apple.sharing:AirDrop] Discovered 'Leyla Kaya’s iPhone' (Contacts Only)\n", "Leyla"},
		{"[link] peer 'Sipho Ndlovu's MacBook Pro' joined\n", "Sipho"},
		{"bluetoothd: Device connected: 'Nguyễn Lan’s AirPods Pro'\n", "Nguyễn"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"it's 'Apple's iPhone 15'",
		"don't 'Focusrite's 2i2'",
	} {
		mustKeepTwice(t, keep)
	}
}

// "Library owner is Zanele Mokoena" names the person as "Owner:" does:
// a full name after "owner is"; a system account or a company stays.
func TestProbe33OwnerIs(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-12-05 19:02:11 [Serato] Library owner is Zanele Mokoena\n", "Mokoena"},
		{"INFO sync: device owner is Đặng Thu Thảo.\n", "Thảo"},
		{"the project owner is Wanjiru Kamau (wkamau_dj)\n", "Wanjiru"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"The owner is Microsoft Corporation",
		"owner is Local System",
		"Owner is Not Set",
		"owner is NT AUTHORITY SYSTEM",
		`owner is BUILTIN\Administrators`,
		"owner is Apple Inc.",
		"the owner is the process that created it",
	} {
		mustKeepTwice(t, keep)
	}
}

// An Android phone's name after its owner in French, Spanish, German
// ("Galaxy A54 de Wanjiru"): the model's code between the device and the
// preposition (a capital and digits) kept the owner.
func TestProbe33GalaxyModelOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"12-05 21:44:12.002  8812  8812 I EdjingLib: Device name: Galaxy A54 de Wanjiru\n", "Wanjiru"},
		{"bluetoothd: connected 'Galaxy S24 Ultra von Lena Schmidt'\n", "Schmidt"},
		{"[link] peer \"Galaxy M34 de Adaeze\" joined\n", "Adaeze"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Galaxy A54 de 2023",
		"Galaxy S23 de Samsung",
		"model Galaxy A54 de la gamme",
		"Mode A2 de Sonido",
	} {
		mustKeepTwice(t, keep)
	}
}

// A Wi-Fi line's "connected to" and a quoted network ("Wi-Fi: connected
// to \"Kamau Family\""): the network, named after a family, went out;
// Android's "connect to \"x\" bssid=" was the only such shape read.
func TestProbe33WifiConnectedTo(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-12-05 21:44:12 [net] Wi-Fi: connected to \"Kamau Family\"\n", "Kamau Family"},
		{"djay: wifi connected to 'Nguyen Home 5G' (ch 36)\n", "Nguyen Home 5G"},
		{"[sync] WLAN joined to \"Obi Family\"\n", "Obi Family"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"audio: connected to \"Built-in Output\"",
		"MIDI: connected to 'DDJ-FLX4'",
		"Link: joined to \"Session 1\"",
	} {
		mustKeepTwice(t, keep)
	}
}
