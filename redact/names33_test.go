package redact

import "testing"

// A track, a set or a project made for a person names them after "for"
// or German "für": a party ("Party für Jürgen", "Party for Ama.als"), a
// German compound ending with a set's word ("Geburtstagsmix für Lena",
// "Hochzeitsplaylist für Anna und Jonas"), an intro or an outro that is a
// track's whole title ("Track 3: Outro for Amara"), a couple after it
// ("Outro for Kwame and Efua"). A radio edit, a club mix, a party for
// everyone or for a holiday names nobody.
func TestNames33MadeFor(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Ableton Live 12.1: Opening C:\\Users\\dj\\Music\\Ableton\\Party für Jürgen Project\\Party für Jürgen.als\n", "Jürgen"},
		{"2026-12-01 19:02:11 Library: playlist \"Geburtstagsmix für Lena\" created (42 tracks)\n", "Lena"},
		{"Crates/Hochzeitsplaylist für Anna und Jonas.crate\n", "Jonas"},
		{"Crates/Hochzeitsplaylist für Anna und Jonas.crate\n", "Anna"},
		{"recent01=/Users/kofi/Music/Projects/Party for Abena.als\n", "Abena"},
		{"Track 3: Outro for Amara\n", "Amara"},
		{"Track 4: Outro for Kwame and Efua\n", "Kwame"},
		{"Track 4: Outro for Kwame and Efua\n", "Efua"},
		{"Exported: /Users/dj/Music/Exports/Outro for Chinedu and Adaeze Okafor.wav\n", "Adaeze"},
		{"Party für Jürgen und Lena\n", "Lena"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Intro for Radio\n",
		"Track 1: Intro for Radio\n",
		"Mix für Club\n",
		"Party für alle\n",
		"Party for Everyone\n",
		"Party for Two\n",
		"Partymix für Ostern\n",
		"Outro for Kwame & Friends.wav\n",
		"Intro for Beginners\n",
		"2026-12-01 Outro for Windows\n",
		"Track 5: Outro for Ableton\n",
		"Party for Friday\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A couple's occasion (a wedding, an anniversary) before a dash and one
// person's full name, a project's file or a name on its own: "Anniversary
// - Ngozi Okafor.flp". A song's file names its artist ("Anniversary -
// Katy Perry.mp3"), a part names nobody ("Engagement - Final Mix.wav"),
// and one word alone may be a family's ("Wedding - Okafor.flp").
func TestNames33CoupleOccasionFullName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Anniversary - Ngozi Okafor.flp\n", "Okafor"},
		{"Anniversary - Ngozi Okafor.flp\n", "Ngozi"},
		{"FL Studio 21.2.3 [build 4004] - C:\\Users\\dj\\Documents\\Image-Line\\FL Studio\\Projects\\Anniversary - Ngozi Okafor.flp\n", "Okafor"},
		{"2026-12-01 10:02:03 opened Anniversary - Ngozi Okafor.flp\n", "Ngozi"},
		{"Bitwig Studio: saved /home/sipho/Bitwig Studio/Projects/Wedding – Kwabena Asante.bwproject\n", "Asante"},
		{"Loading project: Engagement - Nguyễn Lan.als\n", "Nguyễn"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Anniversary - Katy Perry.mp3\n",
		"/home/x/Music/Wedding - Katy Perry.mp3\n",
		"Wedding - Okafor.flp\n",
		"Anniversary - Overview.html\n",
		"Birthday - Overview.html\n",
		"Birthday - Katy Perry.mp3\n",
		"Engagement - Final Mix.wav\n",
		"Anniversary - Special Edition\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A "name" key on a line of its own inside a block of a person's details
// names the person: under an INI section or a registry key that names
// them (git's "[user]", a plugin's "[Registration]", regedit's export of
// one), under a parent key that does (package.json's "author", a Sentry
// event's "user" pretty-printed), or beside a key of a person's on its
// own line (an "email" in the same object). A device's, a plugin's or a
// vendor's name in a block of its own stays.
func TestNames33NameKeyInPersonBlock(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"$ cat ~/.gitconfig\n[user]\n\tname = Kofi Mensah\n\temail = kofi.mensah@example.com\n[core]\n\teditor = vim\n", "Mensah"},
		{"[user]\n\tname = Thandiwe Dlamini\n[init]\n\tdefaultBranch = main\n", "Dlamini"},
		{"[Registration]\nName=Ngozi Okafor\nSerial=7F3A-22C1-90BD\n", "Okafor"},
		{"Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Xfer\\Serum\\Registration]\r\n\"Name\"=\"Ngozi Okafor\"\r\n\"Version\"=\"1.368\"\r\n", "Okafor"},
		{"{\n  \"name\": \"crate-sync\",\n  \"author\": {\n    \"name\": \"Wanjiru Kamau\",\n    \"url\": \"https://example.com\"\n  }\n}\n", "Kamau"},
		{"{\n  \"event_id\": \"fc6d8c0c43fc4630ad850ee518f1b9d0\",\n  \"user\": {\n    \"id\": \"42\",\n    \"name\": \"Nguyễn Văn Hoàng\"\n  }\n}\n", "Hoàng"},
		{"{\n  \"name\": \"Emeka Obi\",\n  \"email\": \"emeka.obi@example.com\"\n}\n", "Emeka"},
		{"author:\n  name: Kwabena Asante\n  url: https://example.org\n", "Asante"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"[Device]\nName=Audio Device\nChannels=2\n",
		"[Output]\nName=Built-in Output\n",
		"[User]\nName=Main Mix\n",
		"[Profile0]\nName=default-release\nIsRelative=1\n",
		"{\n  \"name\": \"Valhalla Room\",\n  \"vendor\": \"Valhalla DSP\"\n}\n",
		"{\n  \"name\": \"Scarlett Solo\",\n  \"id\": 3\n}\n",
		"author:\n  name: Native Instruments\n",
		"author:\n  name: Google LLC\n",
		"[user]\n\tname = Studio Admin\n",
		"[user]\n\tname = Jenkins Builder\n\tsigningkey = 0\n",
		"[user]\n\tname = Release Bot\n",
		"plugin:\n  name: Grand Piano\n  email_support: true\n",
		"[Registration]\nName=Trial Version\n",
		"[core]\n\tname = Main Window\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// reg query's rows under a key that names its person: "    Name
// REG_SZ    Ngozi Okafor" below "…\Registration". A device's key keeps
// its name.
func TestNames33RegQueryName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"C:\\> reg query \"HKCU\\Software\\Native Instruments\\Registration\"\r\n\r\nHKEY_CURRENT_USER\\Software\\Native Instruments\\Registration\r\n    Name    REG_SZ    Ngozi Okafor\r\n    Serial    REG_SZ    1234-5678-9ABC\r\n", "Okafor"},
		{"HKEY_CURRENT_USER\\Software\\Xfer Records\\UserInfo\n    Name    REG_SZ    Thandiwe Dlamini\n", "Dlamini"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"HKEY_CURRENT_USER\\Software\\Audio\\Devices\r\n    Name    REG_SZ    Built-in Output\r\n",
		"HKEY_LOCAL_MACHINE\\SOFTWARE\\Valhalla DSP\\Registration\r\n    Name    REG_SZ    Valhalla Room\r\n",
		"HKEY_CURRENT_USER\\Software\\Xfer Records\\Serum\r\n    Name    REG_SZ    Serum Bass\r\n",
	} {
		mustKeepTwice(t, keep)
	}
}
