package redact

import (
	"strings"
	"testing"
)

// An app's log line where a host or an account would stand in another
// shape: "2026-12-04 10:11:12 audio engine: started" reads like syslog's
// "<time> <host> <tag>:", "proxy: failed to connect" and "hostname:
// failed to resolve" like a key and its value, "login: failed for kofi"
// like a login key's value. Learned, "audio", "network", "failed" or
// "connection" went from every line of the report — in a DJ app's log,
// from most of them — and "kofi" stayed.
func TestLogWordsNotLearned(t *testing.T) {
	s := newSession(t, Config{})
	for _, in := range []string{
		"2026-12-04 10:11:12 audio engine: started",
		"2026-12-04 10:11:12.345 network proxy: auto-detect",
		"2026-12-04 10:11:12 proxy: failed to connect to upstream",
		"2026-12-04 10:11:12 Proxy: Connection refused",
		"2026-12-04 10:11:12 HTTP Proxy: Disabled",
		"2026-12-04 10:11:12 proxy: using system settings",
		"2026-12-04 10:11:12 host: unreachable",
		"2026-12-04 10:11:12 Host: Connection timed out",
		"2026-12-04 10:11:12 hostname: failed to resolve",
		"2026-12-04 10:11:12 user: failed to log in",
		"2026-12-04 10:11:12 User: Connection lost",
		"2026-12-04 10:11:12 owner: changed to system",
		"Authentication failed for some reason",
		"sync failed for track",
	} {
		if out := s.ScrubString(in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
	const later = "audio network failed connection using changed unreachable track"
	if out := s.ScrubString(later); out != later {
		t.Errorf("learned from log words:\n%q\n-> %q", later, out)
	}
	// hosts and accounts in the same shapes still go
	for _, c := range []struct{ in, secret string }{
		{"2026-12-04 10:11:12 studio kernel: usb 1-1: new device", "studio"},
		{"2026-12-04T10:11:12+0100 mixbox engine: started", "mixbox"},
		{"2026-12-04 10:11:12 kofistudio pipewire[812]: started", "kofistudio"},
		{"2026-12-04 10:11:12 kofi-pc engine: started", "kofi"},
		{"Dec  4 10:11:12 ama engine: started", "ama"},
		{"2026-12-04 10:11:12 proxy: http://proxy.mensah.home:3128", "mensah"},
		{"2026-12-04 10:11:12 proxy: kwesi-nas.local:8080", "kwesi"},
		{"2026-12-04 10:11:12 hostname: abenastudio", "abenastudio"},
		{"2026-12-04 10:11:12 Computer: efuabox is offline", "efuabox"},
		{"2026-12-04 10:11:12 user: yaw logged in", "yaw"},
		{"2026-12-04 10:11:12 login: failed for adwoa", "adwoa"},
		{"authentication failed for kwabena.", "kwabena"},
		{"Login failed for akua@studio", "akua"},
		{"login failed for esi from 10.0.0.2 port 22", "esi"},
	} {
		if out := s.ScrubString(c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q -> %q: %q left", c.in, out, c.secret)
		}
	}
	for _, in := range []string{"2026-12-04 10:11:12 login: failed for adwoa\n", "Login failed for akua@studio\n"} {
		mustNotContain(t, "twice", scrubTwice(t, in), "adwoa", "akua")
	}
	checkAllEncodings(t, "login failed", "2026-12-04 10:11:12 login: failed for adwoa\n", []string{"adwoa"}, "")
	checkAllEncodings(t, "auth failed", "authentication failed for kwabena.\n", []string{"kwabena"}, "")
	checkAllEncodings(t, "kernel host", "2026-12-04 10:11:12 studio kernel: usb 1-1: new device\n", []string{"studio"}, "")
}

// Windows names a computer's account in its domain after the computer,
// with a '$' (an event's "Account Name: STUDIO-PC$", SubjectUserName):
// the '$' made the value no plausible account, and the machine's name
// stayed. And a track's empty tags ("Author: Unknown Artist") are no
// person: learned, "unknown" and "artist" went from every line.
func TestMachineAccountAndTagPlaceholders(t *testing.T) {
	in := "Account Name:\t\tSTUDIO-PC$\nuser=KOFILAPTOP$\n<Data Name=\"SubjectUserName\">AMA-STUDIO$</Data>\n"
	checkAllEncodings(t, "machine account", in, []string{"STUDIO-PC", "KOFILAPTOP", "AMA-STUDIO"}, "")
	mustKeep(t, "machine account", scrubTwice(t, in), "<host-1>$", "<host-2>$")
	keep := "Author: Unknown Artist\nArtist: Various Artists\nAlbum: Unknown Album\nunknown artist, various artists\n"
	mustKeepTwice(t, keep)
}

// Qt falls back to /tmp/runtime-ACCOUNT when XDG_RUNTIME_DIR is not set
// and says so in every Qt app's log (Mixxx among them): "QStandardPaths:
// XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-chinonso'".
func TestQtRuntimeDirAccount(t *testing.T) {
	in := "QStandardPaths: XDG_RUNTIME_DIR not set, defaulting to '/tmp/runtime-chinonso'\n" +
		"warning: could not open /tmp/runtime-chinonso/pulse/native\n"
	checkAllEncodings(t, "qt runtime", in, []string{"chinonso"}, "chinonso")
	mustKeep(t, "qt runtime", scrubTwice(t, in), "'/tmp/runtime-<user-1>'", "/pulse/native")
	keep := "/tmp/runtime-dir/x and /usr/lib/runtime-x/y\n"
	mustKeepTwice(t, keep)
}

// NetworkManager names a Wi-Fi connection after its network, and a
// phone's hotspot after its owner, in more lines than "starting
// connection 'x'": "(wifi) connection 'x' has security", "policy: set 'x'
// (wlp2s0) as default for IPv4 routing", "Config: added 'ssid' value 'x'".
func TestNetworkManagerConnectionNames(t *testing.T) {
	in := "NetworkManager[812]: <info>  [1733312345.1234] device (wlp2s0): Activation: (wifi) connection 'Obi Family 5G' has security, and secrets exist.\n" +
		"NetworkManager[812]: <info>  [1733312345.1234] policy: set 'Amaka iPhone' (wlp2s0) as default for IPv4 routing and DNS\n" +
		"NetworkManager[812]: <info>  [1733312345.1234] Config: added 'ssid' value 'Nnamdi Home'\n"
	checkAllEncodings(t, "nm", in, []string{"Obi Family", "Amaka", "Nnamdi"}, "")
	mustKeep(t, "nm", scrubTwice(t, in), "connection '<network-", "policy: set '<network-", "(wlp2s0) as default", "'ssid' value '<network-")
	keep := "policy: set 'Wired connection 1' (enp3s0) as default for IPv4 routing and DNS\nset 'x' value 'y'\n"
	mustKeepTwice(t, keep)
}

// A session key's value that is a date or a time says when, not which
// session: "Session saved: 2026-12-04 Kofi's Birthday Set" (a DJ app's
// history) lost its date as a token.
func TestSessionDateKept(t *testing.T) {
	keep := "Session saved: 2026-12-04 my set\nsession: 2026-12-04T10:11:12Z\nlast_session: 10:11:12\nSession started: 12/04/2026 21:03\n"
	mustKeepTwice(t, keep)
	in := "session: 2026-12-04x7Qf\nsession_id=9f8e7d6c5b4a39281706\ntoken: 12/04/2026/abc\n"
	mustNotContain(t, "session ids", scrubTwice(t, in), "2026-12-04x7Qf", "9f8e7d6c5b4a39281706", "12/04/2026/abc")
}

// A command line's "--host NAME" or "--hostname NAME" (a JVM's
// sun.java.command, ProcCmdline, ps) kept the machine's name; only
// "--host=NAME" was read, as a key.
func TestHostOption(t *testing.T) {
	in := "sun.java.command = com.example.Main --host studio-box\n--hostname kofis-mbp\napp --host mixbox --port 1\n"
	checkAllEncodings(t, "host option", in, []string{"studio-box", "kofis-mbp", "mixbox"}, "")
	mustKeep(t, "host option", scrubTwice(t, in), "--host <host-1>", "--hostname <host-2>")
	keep := "mixxx --host 0.0.0.0 --port 8080\nserver --host localhost\nusage: app [--host HOST] [--port PORT]\nuse --host to choose the server\n"
	mustKeepTwice(t, keep)
}

// A command line's account options kept the account: "--username",
// "--user-name", "--account", "--login NAME", psql's "-U NAME" (and
// psql's and mysql's "-h HOST").
func TestAccountOptions(t *testing.T) {
	in := "ProcCmdline: psql -h db01 -U kelechi -d beats\nProcCmdline: app --username kelechi_beats --verbose\n" +
		"ProcCmdline: app --user-name obinna\nProcCmdline: app --login chiamaka\nProcCmdline: app --account nkem.o\n"
	checkAllEncodings(t, "account options", in, []string{"db01", "kelechi", "obinna", "chiamaka", "nkem.o"}, "")
	mustKeep(t, "account options", scrubTwice(t, in), "-U <user-", "--verbose", "-d beats")
	keep := "ProcCmdline: /bin/bash --login\nProcCmdline: /bin/bash --login -i\nProcCmdline: tar --owner root -cf a.tar x\n" +
		"ProcCmdline: app --account default\nusage: app --username <name> --account ACCOUNT\npsql -h localhost -U postgres\n"
	mustKeepTwice(t, keep)
}

// Folders named after an account in more places than a home: winbind's
// and sssd's /home/DOMAIN/user, AccountsService's record of a user,
// Red Hat's /var/spool/cron/user (Debian's crontabs/ was read), and a
// snap's view of the host's homes.
func TestAccountFolders(t *testing.T) {
	in := "open /home/MENSAHFAM/obinna/Music/set.mp3 failed\n/var/lib/AccountsService/users/chidinma\n" +
		"/var/spool/cron/ngozi\n/var/spool/cron/crontabs/emeka\n/var/lib/snapd/hostfs/home/adaeze/x\n"
	checkAllEncodings(t, "account folders", in, []string{"MENSAHFAM", "obinna", "chidinma", "ngozi", "emeka", "adaeze"}, "")
	mustKeep(t, "account folders", scrubTwice(t, in), "/Music/set.mp3", "/var/spool/cron/crontabs/<user-", "/AccountsService/users/<user-")
	keep := "ls /var/spool/cron/crontabs/\nls /var/spool/cron/atjobs/\n"
	mustKeepTwice(t, keep)
}

// A streaming service's API host took its first path segment for a
// profile's handle ("https://api.soundcloud.com/oauth2/token": "oauth2"
// learned and replaced everywhere), and Spotify's, Last.fm's and
// Discogs' profile links, one segment in, kept the account.
func TestProfileLinks(t *testing.T) {
	keep := "POST https://api.soundcloud.com/oauth2/token 200\nGET https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC\noauth2 done\n"
	mustKeepTwice(t, keep)
	in := "GET https://open.spotify.com/user/kofimensah/playlists\nhttps://www.last.fm/user/ama_scrobbles\nhttps://www.discogs.com/user/yawcrates\nhttps://www.mixcloud.com/kwesimix/\n"
	checkAllEncodings(t, "profile links", in, []string{"kofimensah", "ama_scrobbles", "yawcrates", "kwesimix"}, "")
	mustKeep(t, "profile links", scrubTwice(t, in), "open.spotify.com/user/<user-", "/playlists")
}

// Android's Google Services Framework id and AppsFlyer's install id name
// one device or install, as ANDROID_ID does.
func TestDeviceInstallIDs(t *testing.T) {
	in := "gsf_id: 3f2b1c9d8e7a6b5c\nappsflyer_id=1701450030123-1234567890123456789\n{\"afuid\":\"a1b2c3d4e5f6a7b8\"}\n"
	checkAllEncodings(t, "install ids", in, []string{"3f2b1c9d8e7a6b5c", "1701450030123-1234567890123456789", "a1b2c3d4e5f6a7b8"}, "")
}
