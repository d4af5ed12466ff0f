package redact

import "testing"

// An account at an address whose parts are small ("kofi@5.61.22.9") is
// an account at an address, as a four-part version after a package's '@'
// would look ("lodash@4.17.21.1", left replaced: a version is rarely four
// parts, and reading small quads as versions let a user at a public
// address go out whole).
func TestOver32AccountAtSmallQuad(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Connecting as kofi@5.61.22.9\n", "kofi"},
		{"peer ngozi@8.12.3.4 joined\n", "ngozi"},
		{"user: kofi@10.1.2.3", "kofi"},
		{"ssh kofi.m@10.1.2.3", "kofi.m"},
		{"login ok for adaeze@3.120.45.67", "adaeze"},
		{"session owner: tomasz.w@81.2.69.160", "tomasz.w"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// A session key's value that is a file's name ("session restore:
// state.bin") is no session token; a token still goes.
func TestOver32SessionFileNameNoToken(t *testing.T) {
	for _, keep := range []string{
		"session restore: state.bin",
		"Session restore: state.bin",
		"session file: last_session.json",
		"[ui] session restore: window_layout.dat (3 windows)",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"session: 8f3a9c2e1b7d4e60.bin", "8f3a9c2e1b7d4e60"},
		{"session restore: sq7Kp2xVbN4mQw9Z", "sq7Kp2xVbN4mQw9Z"},
		{"session_id=Zx81kQp0aLm3RtY7vW2n", "Zx81kQp0aLm3RtY7vW2n"},
	} {
		// a token is replaced where it stands, not learned
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "")
	}
}

// A song's file named "Title - Artist.mp3" after an occasion's word
// ("Birthday - Katy Perry.mp3") names the artist, no one the occasion is
// for; a project's or a set's file still names them.
func TestOver32OccasionSongArtist(t *testing.T) {
	for _, keep := range []string{
		"Birthday - Katy Perry.mp3",
		"Music/Party/Birthday - Katy Perry.mp3",
		"Anniversary - Ashford Simpson.flac",
		"Wedding - Ed Sheeran.m4a",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Naming Ceremony - Chidi.als", "Chidi"},
		{"Loaded /Users/dj/Music/Bat Mitzvah - Noa Mizrahi.wav", "Mizrahi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// Words of the neutral corpora learned as hosts: dpkg's file
// debian/shlibs.local and Go's "host = authority" name no machine; an
// mDNS name still goes.
func TestOver32GenericHostWords(t *testing.T) {
	for _, keep := range []string{
		"  * Document the shlibs.local format in dpkg-source(1). Closes: #316485",
		"  * d/control, d/shlibs.local: Tighten interdependencies within src:avahi.",
		"\t\thost = authority\n",
	} {
		mustKeepTwice(t, keep)
	}
	checkBothPaths(t, "mDNS: resolved kwame-studio.local to 192.168.1.44", "kwame-studio")
}

// Words the neutral corpora put where a login stands (Debian's "list"
// system account, "you", "test suite", "DEPRECATED", "cmd") are no one's.
func TestOver32GenericUserWords(t *testing.T) {
	for _, w := range []string{"list", "you", "test suite", "DEPRECATED", "Cmd"} {
		if !isGenericUser(w) {
			t.Errorf("%q: not generic", w)
		}
	}
	for _, keep := range []string{
		"list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin",
		"gnutls_x509_crq_sign: DEPRECATED (use: gnutls_x509_crq_privkey_sign)",
		"exec.Command(cmd, args...) returned: exit status 1",
		"the test suite passed; you can now install",
	} {
		mustKeepTwice(t, keep)
	}
	checkBothPaths(t, "sshd[812]: Accepted publickey for thandiwe.n from 10.0.0.7 port 52144 ssh2", "thandiwe.n")
}
