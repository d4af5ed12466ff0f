package redact

import (
	"strings"
	"testing"
)

// Leak: a lowercase owner of a laptop or a phone ("kofi's laptop", "ama's
// iphone") kept the name unless something else taught it. A lowercase
// word before a device only a person owns is now a name; a role, an
// article or a common possessive stays ("the user's laptop", "employee's
// iphone", "everyone's laptop").
func TestProbe22LowerPossessive(t *testing.T) {
	in := "2024-03-02 21:14:07 Sync: paired with ama's iphone\nBackup of kofi's laptop finished (2.1 GB)\n" +
		"importing from nana's macbook pro\nchidi's ipad is charging\n"
	checkAllEncodings(t, "possessive", in, []string{"ama", "kofi", "nana", "chidi"}, "ama, kofi, nana and chidi")
	mustKeep(t, "possessive", scrubTwice(t, in), "with <user-1>'s iphone\n", "of <user-2>'s laptop finished")
	keep := "copy it to the user's laptop\nemployee's iphone was wiped\neveryone's laptop\nthe kid's ipad\n" +
		"one's laptop\nmanager's macbook\nhost's laptop lid\nsomeone's iphone\nbuild's laptop profile\nkofi's server\n" +
		"my mate's laptop\nmy flatmate's iphone\n"
	mustKeepTwice(t, keep)
}

// Leak: macOS Contacts' own card ("Me card: Kwame Mensah", as the
// Contacts or Mail diagnostics print it) kept the owner's name: "Me card"
// is now a key of a person.
func TestProbe22MeCard(t *testing.T) {
	in := "Contacts diagnostics\nAccounts: 2 (iCloud, On My Mac)\nMe card: Kwame Mensah\nCards: 412\n"
	checkAllEncodings(t, "mecard", in, []string{"Kwame", "Mensah"}, "Mensah called")
	mustKeep(t, "mecard", scrubTwice(t, in), "Me card: <user-1>\nCards: 412\n")
	mustNotContain(t, "json", scrubJSONString(t, `{"meCard":"Thi Lan Nguyen","cards":412}`), "Thi Lan", "Nguyen")
}

// Over-scrubbing: a battery's fuel gauge chip, which system_profiler and
// ioreg give as its "Device Name" ("bq20z451"), was learned as the
// machine's name. A gauge's part number now stays; a machine's name
// there is still replaced.
func TestProbe22GaugeChip(t *testing.T) {
	keep := "Battery Information:\n\n      Model Information:\n          Manufacturer: SMP\n          Device Name: bq20z451\n" +
		"          Firmware Version: 702\n    | |   \"BatteryData\" = {\"DesignCapacity\"=5103,\"DeviceName\"=\"bq20z451\"}\n" +
		"    | |   \"DeviceName\" = \"bq40z651\"\n          Device Name: sn27541\n"
	mustKeepTwice(t, keep)
	if out := scrubJSONString(t, `{"DeviceName":"bq20z451","CycleCount":212}`); !strings.Contains(out, "bq20z451") {
		t.Errorf("json: %q", out)
	}
	in := "Device Name: Kofis-MacBook-Air\nDevice Name: bq20z451x-kofi\n"
	checkAllEncodings(t, "devicename", in, []string{"Kofis", "kofi"}, "")
}

// Leak: PowerShell's "$env:USERNAME" and "$env:COMPUTERNAME" typed after a
// prompt printed the account and the machine bare on the next line,
// which stayed (only "echo %USERNAME%" and "echo $env:…" were read: a
// word starting with '$' never reached the prompt's commands).
func TestProbe22PSEnv(t *testing.T) {
	in := "PS C:\\Users\\Public> $env:USERNAME\nmthunzi\nPS C:\\Users\\Public> $env:COMPUTERNAME\nMTHUNZI-STUDIO\n" +
		"> $env:USERNAME\nxiaoling\nPS C:\\> $env:PROCESSOR_ARCHITECTURE\nAMD64\n"
	checkAllEncodings(t, "psenv", in, []string{"mthunzi", "MTHUNZI", "xiaoling"}, "mthunzi and xiaoling")
	mustKeep(t, "psenv", scrubTwice(t, in), "$env:USERNAME\n<user-1>\n", "$env:COMPUTERNAME\n<host-1>\n", "PROCESSOR_ARCHITECTURE\nAMD64\n")
	keep := "$ $HOME/bin/run.sh\nstarting\n# $PATH\nbash: /usr/bin:/bin: Is a directory\n"
	mustKeepTwice(t, keep)
}

// Leak: rekordbox's collection XML names a track's file by a URL with a
// host, "file://localhost/Volumes/Ifeoma%20Backup/…": the drive's label
// (its owner's name) stayed; only "file:///Volumes/" was read. It is now
// replaced as the label of any mount path.
func TestProbe22RekordboxVolume(t *testing.T) {
	in := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<DJ_PLAYLISTS Version=\"1.0.0\">\n  <COLLECTION Entries=\"2\">\n" +
		"    <TRACK TrackID=\"77012\" Name=\"Essence\" Artist=\"Wizkid\" Kind=\"MP3 File\" Location=\"file://localhost/Volumes/Ifeoma%20Backup/Music/Essence.mp3\" />\n" +
		"    <TRACK TrackID=\"77013\" Location=\"file://localhost/Volumes/SIPHO/Amapiano/Abalele.mp3\" />\n" +
		"    <TRACK TrackID=\"77014\" Location=\"file://localhost/Volumes/Macintosh%20HD/Users/Shared/x.mp3\" />\n"
	checkAllEncodings(t, "rekordbox", in, []string{"Ifeoma", "SIPHO"}, "")
	mustKeep(t, "rekordbox", scrubTwice(t, in), "file://localhost/Volumes/<label-1>/Music/Essence.mp3", "/Volumes/Macintosh%20HD/Users/Shared/x.mp3")
}

// Leak: a DJ's library at a drive's root in a folder named after its
// owner ("E:\Ngozi Music\Amapiano\", "D:\DJ Chinedu\Crates\") kept the
// name: the blank cut the path before it. A name before "Music" (and
// like words) or after "DJ" is now learned and replaced; a genre or a
// kind of thing stays ("E:\House Music\", "D:\DJ Tools\").
func TestProbe22DriveOwnerFolder(t *testing.T) {
	in := "2024-05-11 22:14:05.210 [INFO] Analyzing E:\\Ngozi Music\\Amapiano\\track01.wav\n" +
		"2024-05-11 22:14:05.211 [INFO] Library root D:\\DJ Chinedu\\Crates\nimport F:\\Dj Wanjiru Kamau\\Sets\\2024\n"
	checkAllEncodings(t, "drivefolder", in, []string{"Ngozi", "Chinedu", "Wanjiru", "Kamau"}, "Ngozi, Chinedu and Kamau")
	mustKeep(t, "drivefolder", scrubTwice(t, in), "E:\\<user-1> Music\\Amapiano\\track01.wav", "D:\\DJ <user-2>\\Crates")
	keep := "E:\\House Music\\x.mp3\nD:\\DJ Tools\\a.exe\nE:\\My Music\\b.mp3\nD:\\Wedding Music\\c.wav\nF:\\DJ Edits\\d.mp3\n" +
		"C:\\Program Files\\Serato\\Serato DJ Pro\\x.exe\nE:\\Afro Music\\y.mp3\nD:\\DJ Pool\\Latest\\z.mp3\nE:\\Backup Music\\q.mp3\n"
	mustKeepTwice(t, keep)
}

// Leak: a display name of four words after an account ("Signed in as user
// "fatima.zahra92" (Fatima Zahra El Idrissi)", Native Access) was not
// read (three at most): the surname stayed. Four capitalised words are
// now a name.
func TestProbe22DisplayName4(t *testing.T) {
	in := "Native Access 3.9.1: Signed in as user \"fz92\" (Fatima Zahra El Idrissi)\nSigned in as kwesi_dj (Maria José García López)\n"
	checkAllEncodings(t, "display4", in, []string{"Idrissi", "Fatima", "García", "López"}, "Idrissi and López")
	keep := "Logged in as dj_k (Premium Account Free Trial)\n"
	if out := scrubTwice(t, keep); out != "Logged in as <user-1> (Premium Account Free Trial)\n" {
		t.Errorf("keep: %q", out)
	}
}

// Leak: pam_unix's "session opened for user root(uid=0) by
// ravi.shankar(uid=1000)" kept the account that ran sudo or su when it
// held a '.', '_', '-' or a digit: only a word of plain letters before
// "(uid=" was read. Any account word is now.
func TestProbe22PamBy(t *testing.T) {
	in := "May 11 22:14:03 ravi-tp sudo[1234]: pam_unix(sudo:session): session opened for user root(uid=0) by ravi.shankar(uid=1000)\n" +
		"May 11 22:14:09 ravi-tp su[99]: pam_unix(su:session): session opened for user root(uid=0) by tomasz_k(uid=1001)\n" +
		"May 11 22:14:10 ravi-tp su[99]: pam_unix(su:session): session opened for user root(uid=0) by siobhan99(uid=1002)\n" +
		"May 11 22:14:11 ravi-tp su[99]: pam_unix(su:session): session opened for user root(uid=0) by anne-marie(uid=1003)\n"
	checkAllEncodings(t, "pamby", in, []string{"shankar", "tomasz", "siobhan", "anne-marie"}, "ravi.shankar, tomasz_k, siobhan99 and anne-marie")
	out := scrubTwice(t, in)
	mustKeep(t, "pamby", out, "for user root(uid=0) by <user-", "pam_unix(sudo:session)")
	js := `{"MESSAGE":"pam_unix(sudo:session): session opened for user root(uid=0) by ravi.shankar(uid=1000)","_UID":"1000"}`
	mustNotContain(t, "json", scrubJSONString(t, js), "shankar")
}

// Over-scrubbing: a daemon's account of dictionary words
// ("~bug-watch-updater", "gitlab_backup_agent") was learned in parts as a
// person's is: "watch", "updater", "backup" and "agent" went from every
// line. Such an account is now replaced whole only; a person's account
// still teaches its parts.
func TestProbe22ServiceAccount(t *testing.T) {
	in := "cd ~bug-watch-updater\nbug-watch-updater:x:998:998::/home/bug-watch-updater:/usr/sbin/nologin\n" +
		"session opened for user gitlab_backup_agent(uid=997)\nsession opened for user tamar.cohen(uid=1000)\n"
	checkAllEncodings(t, "svcaccount", in, []string{"bug-watch-updater", "gitlab_backup_agent", "tamar", "cohen"}, "tamar and cohen")
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	out := s.ScrubString(in + "The bug in watch mode; the updater failed. The gitlab agent runs a backup.\n")
	mustKeep(t, "svcaccount", out, "The bug in watch mode; the updater failed. The gitlab agent runs a backup.\n")
	mustNotContain(t, "svcaccount", out, "updater:x", "tamar", "cohen")
}

// Leak: whom a copy is licensed to, in the words of Ableton ("Live is
// authorized to: Björn Lindgren") and VirtualDJ ("Licensed user: Aigerim
// Bekova - PRO INFINITE"), stayed: neither key was known.
func TestProbe22LicensedUser(t *testing.T) {
	in := "2024-05-11T22:20:01.123457: info: Live is authorized to: Björn Lindgren\nVirtualDJ: Licensed user: Aigerim Bekova - PRO INFINITE\n" +
		"Authorised to: Tavita Faleolo\n"
	checkAllEncodings(t, "licenseduser", in, []string{"Björn", "Lindgren", "Aigerim", "Bekova", "Tavita", "Faleolo"}, "Lindgren, Bekova and Faleolo")
	mustKeep(t, "licenseduser", scrubTwice(t, in), "info: Live is authorized to: <user-1>\n", "Licensed user: <user-2> - PRO INFINITE\n")
	mustNotContain(t, "json", scrubJSONString(t, `{"licensedUser":"Aigerim Bekova","authorizedTo":"Björn Lindgren"}`), "Bekova", "Lindgren")
}

// Leak: an account quoted after "Connected as", "Logged in as" or
// "Signed in as" (SoundCloud's `Connected as "Nomvula Dlamini"`) stayed:
// only a bare account was read there. A quoted one is now; a kind of
// account stays (`signed in as "Free User"`).
func TestProbe22QuotedAs(t *testing.T) {
	in := "SoundCloud: Connected as \"Nomvula Dlamini\" (nomvula-dlamini)\nMixcloud: Logged in as 'kwabena_o'\n"
	checkAllEncodings(t, "quotedas", in, []string{"Nomvula", "Dlamini", "nomvula", "kwabena"}, "Dlamini and kwabena_o")
	mustKeep(t, "quotedas", scrubTwice(t, in), "Connected as \"<user-1>\"", "Logged in as '<user-2>'\n")
	keep := "signed in as \"Free User\"\nLogged in as \"guest\"\n"
	mustKeepTwice(t, keep)
}

// Leak: an Apple account's alternate DSID after the word, with no key's
// ':' or '=' (akd's "Fetching auth token for altDSID 001234.abcdef….1234"
// in the unified log), stayed. It is now replaced as under the key.
func TestProbe22AltDSIDPhrase(t *testing.T) {
	in := "2024-05-11 22:14:03.112345+0200 0x1a2b  Default  0x0  412  0  akd: [com.apple.akd:core] Fetching auth token for altDSID 001234.abcdef0123456789abcdef0123456789.1234 (apple id: n.obi@icloud.com)\n" +
		"akd: Renewing credentials for altDSID 000987-05-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d.\n"
	checkAllEncodings(t, "altdsid", in, []string{"abcdef0123456789abcdef0123456789", "1a2b3c4d-5e6f"}, "")
	mustKeep(t, "altdsid", scrubTwice(t, in), "for altDSID <user-1> (apple id", "altDSID <user-2>.\n")
	keep := "akd: altDSID missing\nakd: altDSID 12 accounts\n"
	mustKeepTwice(t, keep)
}

// Leak: an account id that starts with a digit after "Logged in as"
// (Spotify's ids of newer accounts: "Logged in as
// 31xyzabcdeqrstuvw1234") stayed: only a name starting with a letter was
// read there. Letters and digits, eight or more, are now an account.
func TestProbe22DigitAccount(t *testing.T) {
	in := "2024-05-11 22:14:04 [Spotify] Logged in as 31xyzabcdeqrstuvw1234\nSigned in as 4k2jd93kfa0s, premium\n"
	checkAllEncodings(t, "digitaccount", in, []string{"31xyzabcdeqrstuvw1234", "4k2jd93kfa0s"}, "user 31xyzabcdeqrstuvw1234")
	mustKeep(t, "digitaccount", scrubTwice(t, in), "Logged in as <user-1>\n", "as <user-2>, premium")
	keep := "Logged in as 2 users\nLogged in as 64bit\nsigned in as 3rd party\n"
	mustKeepTwice(t, keep)
}

// Leak: a service's account number after "user_id" and a blank
// ("TIDAL: Login successful (user_id 187654321)") stayed: "user_id" was
// read before '=' or ':' only, "user id" as words. It is now replaced as
// after "user id".
func TestProbe22UserIDBlank(t *testing.T) {
	in := "TIDAL: Login successful (user_id 187654321)\n[tidal] session user_id 187654321, country NZ\n"
	checkAllEncodings(t, "useridblank", in, []string{"187654321"}, "")
	mustKeep(t, "useridblank", scrubTwice(t, in), "(user_id <user-1>)\n", "user_id <user-1>, country NZ")
	keep := "user_id 12\nuser_id 187654321.5\nuser_id missing\n"
	mustKeepTwice(t, keep)
}
