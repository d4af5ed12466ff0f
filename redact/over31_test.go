package redact

import (
	"strings"
	"testing"
)

// A DAW's or a DJ app's "Session: my_birthday_set.wav" names the song or
// project file that is open, no session token: the file's name stays
// (its occasion words are no secret), while one named after a person
// still loses the name, and a real session token still goes.
func TestOver31SessionMediaFile(t *testing.T) {
	for _, keep := range []string{
		"Session: my_birthday_set.wav",
		"Session: final_mix_v2.wav",
		"Session: session_2026-12-01.als",
		"Loaded: final_mix_v2.wav",
		"[Audio] Session: summer-rooftop-set.flac opened (44100 Hz, 2 ch)",
		"session=deep_house_warmup.m3u8",
	} {
		mustKeepTwice(t, keep)
	}
	checkBothPaths(t, "Session: Kofi_Mensah_birthday.wav\n", "Mensah")
	for _, c := range []struct{ in, secret string }{
		{"Session: Ngozi.als\n", "Ngozi"},
		{"Session: 7f3a9c2e1b4d5f60a8e9\n", "7f3a9c2e1b4d5f60a8e9"},
	} {
		mustNotContain(t, c.in, scrubTwice(t, c.in), c.secret)
		var m memFile
		if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(c.in)); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, c.in+"/one pass", string(m.b), c.secret)
	}
}

// VirtualDJ's database.xml names each track's artist in <Tags
// Author="…">: a public artist (Tarkan, Burna Boy), kept as the title is;
// the owner's name in the song's path or an Owner attribute still goes.
func TestOver31VirtualDJTagsAuthor(t *testing.T) {
	for _, keep := range []string{
		`  <Tags Author="Tarkan" Title="Şımarık" Genre="Pop" Album="Ölürüm Sana" Year="1997" Bpm="0.468750" Key="Am" Flag="1" />`,
		`  <Tags Author="Burna Boy" Title="Last Last" Genre="Afrobeats" Album="Love, Damini" Year="2022" />`,
		`  <Tags Author="Wizkid feat. Tems" Title="Essence" Genre="Afrobeats" Album="Made in Lagos" Year="2020" />`,
		` <Song FilePath="D:\Music\Tarkan - Şımarık.mp3" FileSize="8123456" Flag="64">` + "\n" +
			`  <Tags Author="Tarkan" Title="Şımarık" Genre="Pop" />`,
	} {
		mustKeepTwice(t, keep)
	}
	song := ` <Song FilePath="C:\Users\ngozi_a\Music\Tarkan - Şımarık.mp3" FileSize="8123456" Flag="64">` + "\n" +
		`  <Tags Author="Tarkan" Title="Şımarık" Genre="Pop" Album="Ölürüm Sana" Year="1997" />` + "\n" +
		`  <Infos SongLength="231.523265" FirstSeen="1733480000" PlayCount="3" Bitrate="320" Owner="Ngozi Adeyemi" />` + "\n"
	checkBothPaths(t, song, "ngozi_a")
	checkBothPaths(t, song, "Adeyemi")
	out := scrubTwice(t, song)
	if !strings.Contains(out, `Author="Tarkan"`) || !strings.Contains(out, `Tarkan - Şımarık.mp3`) {
		t.Errorf("artist lost:\n%s", out)
	}
	// an author elsewhere is still the person's account
	checkBothPaths(t, `<Document Author="Tomasz Wiśniewski" Created="2026-12-01"/>`+"\n", "Wiśniewski")
}

// Source code and prose under a host or proxy key name no machine:
// Go's net/http ("Host: req.URL.Host,", "Proxy: ProxyFromEnvironment,",
// "host = hostPort"), a git log's subject ("server name: refuse to resume
// …"), a changelog's "proxy: username/password as str …", a test's
// request line ("WantProxy: \"PATCH / HTTP/1.1"). Learned, "refuse",
// "username", "patch" went from every report. Real machines under those
// keys still go.
func TestOver31HostCodeAndProse(t *testing.T) {
	for _, keep := range []string{
		"\t\tHost:       req.Host,\n\t\tMethod:     req.Method,",
		"\t\tHost:       u.Host,",
		"\t\thost = r.URL.Host\n\t}",
		"\t\t\tHost:   cm.targetAddr,",
		"\t\tconfig := &tls.Config{ServerName: c.serverName}",
		"\tProxy: ProxyFromEnvironment,",
		"\t\tProxy:                  t.Proxy,",
		"\tvar getHostname = os.Hostname // variable for testing",
		"func splitHostPort(hostPort string) (host, port string) {\n\thost = hostPort\n",
		"\t\t\tunescapedHostname = hostPart + zonePart",
		"\t\tmxs = append(mxs, &MX{Host: mx.MX.String(), Pref: mx.Pref})",
		"    server name: refuse to resume a session which server name does not match",
		"    server_name: several simplifications of the code base",
		"  proxy: username/password as str compatible with pysocks",
		"\t\tWantProxy: \"PATCH / HTTP/1.1\\r\\n\" +",
		"\t\tWantProxy: \"POST http://example.com/ HTTP/1.1\\r\\n\" +",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Host: kofi-laptop\n", "kofi-laptop"},
		{"Computer Name: DESKTOP-8F2K1Q\n", "DESKTOP-8F2K1Q"},
		{"hostname: ngozis-mbp.local\n", "ngozis-mbp"},
		{"LocalHostName: Kofis-MacBook-Pro\n", "Kofis-MacBook-Pro"},
		{"server name: studio-nas.fritz.box\n", "studio-nas"},
		{"proxy: http://wanjiru-pc:3128\n", "wanjiru-pc"},
		{"[client]\nhost = thabo-desktop\nuser = thabo\n", "thabo-desktop"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// Go's os/user errors start with "user: " and a function's name or a
// verb ("user: Current not implemented on android", "user: lookup userid
// 1001: …"): learned as accounts, "Current", "LookupId" and "list" went
// from every line. An account after "user: " still goes.
func TestOver31GoUserErrors(t *testing.T) {
	for _, keep := range []string{
		"panic: user: Current not implemented on android",
		"error: user: Current requires cgo or $USER set in environment\nuser: LookupId not implemented on windows",
		"open config: user: lookup userid 1001: no such file or directory",
		"user: list groups not implemented",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"user: adaeze_o\n", "adaeze_o"},
		{"sudo: user: thandiwe is not in the sudoers file\n", "thandiwe"},
		{"user: nguyen.van.an requires a password reset\n", "nguyen.van.an"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// A commit trailer written without its colon ("Requested-by Kevin
// Bortis <…>") leads the name: the trailer word is no part of it
// (learned, "Requested" went from every line), the name still goes.
func TestOver31TrailerWithoutColon(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"    Requested-by Chidinma Okeke <chidinma.okeke@example.org>.\n", "Okeke"},
		{"    Tested-by Nguyễn Thị Lan <lan.nguyen@example.org>\n", "Nguyễn"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if !strings.Contains(out, "Requested-by ") && !strings.Contains(out, "Tested-by ") {
			t.Errorf("trailer word lost: %q", out)
		}
	}
	mustKeepTwice(t, "Parsing the Requested-by trailer and the Tested-by trailer in commit messages")
	if out := scrubTwice(t, "    Requested-by Chidinma Okeke <chidinma.okeke@example.org>.\nRequested page was not found\n"); !strings.Contains(out, "Requested page") {
		t.Errorf("a word of the trailer learned: %q", out)
	}
}
