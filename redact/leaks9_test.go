package redact

import (
	"fmt"
	"strings"
	"testing"
)

// Over-scrub: D-Bus's bus addresses hold a socket path (and a uid in it),
// no session secret, though "session" is a word of the key; keys naming a
// session's token or id still have their values replaced.
func TestLeaks9DBusAddress(t *testing.T) {
	for _, in := range []string{
		"DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus\n",
		"export DBUS_SESSION_BUS_ADDRESS='unix:path=/run/user/1000/bus'\n",
		"env: DBUS_SYSTEM_BUS_ADDRESS=unix:path=/var/run/dbus/system_bus_socket HOME=/root\n",
	} {
		out := scrubTwice(t, in)
		mustKeep(t, in, out, "_BUS_ADDRESS=", "unix:path=/")
		mustNotContain(t, in, out, "<token")
	}
	// a login session's object path, Upstart's session bus
	for _, tc := range []struct{ in, keep string }{
		{"XDG_SESSION_PATH=/org/freedesktop/DisplayManager/Session0\n", "/org/freedesktop/DisplayManager/Session0"},
		{"UPSTART_SESSION=unix:abstract=/com/ubuntu/upstart-session/1000/5854\n", "unix:abstract=/com/ubuntu/upstart-session/"},
	} {
		out := scrubTwice(t, tc.in)
		mustKeep(t, tc.in, out, tc.keep)
		mustNotContain(t, tc.in, out, "<token")
	}
	for _, tc := range []struct{ in, secret string }{
		{"SESSION_TOKEN=Vq8rT2mWx9LpZ4nB7cKd3s\n", "Vq8rT2mWx9LpZ4nB7cKd3s"},
		{"cookie jar: session=c0ffee4b1d2a3e5f6071 path=/\n", "c0ffee4b1d2a3e5f6071"},
		{"sessionid=9f8e7d6c5b4a39281706\n", "9f8e7d6c5b4a39281706"},
		{"DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus SESSION_ID=4a5b6c7d8e9f0a1b2c3d\n", "4a5b6c7d8e9f0a1b2c3d"},
	} {
		mustNotContain(t, tc.in, scrubTwice(t, tc.in), tc.secret)
	}
}

// Leak: a URL query's device parameter holds the device's id; ALSA's
// device=hw:0,0 and a device index stay.
func TestLeaks9QueryDevice(t *testing.T) {
	for _, tc := range []struct{ in, secret string }{
		{"GET https://api.example.com/v1/ping?device=8c1d2e3f4a5b6c7d8e9f&v=2 200\n", "8c1d2e3f4a5b6c7d8e9f"},
		{"POST https://telemetry.example.org/hb?v=2&device=Qm7Xa2LpW9tK\n", "Qm7Xa2LpW9tK"},
		{"GET https://api.example.com/v1/ping?device=5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f70819&v=2\n", "5e6f7a8b-9c0d"},
		{"GET /v1/ping?device_id=71c2d3e4f5a6b7c8&deviceId=b7a6c5d4e3f21098\n", "71c2d3e4f5a6b7c8"},
		{"GET /v1/ping?deviceId=b7a6c5d4e3f21098&x=1\n", "b7a6c5d4e3f21098"},
	} {
		checkAllEncodings(t, tc.in, tc.in, []string{tc.secret}, "")
		mustNotContain(t, tc.in, scrubTwice(t, tc.in), tc.secret)
	}
	for _, in := range []string{
		"aplay -D plug:dmix device=hw:0,0 device=0\n",
		"open https://x.example.net/stream?device=hw:1,0&device=2&quality=320\n",
	} {
		mustKeep(t, in, scrubTwice(t, in), in)
	}
}

// Leak: a push token or an OAuth client id written after its name and a
// blank, no key punctuation ("push token 3f1a…", "client_id 8c1d…").
func TestLeaks9HexTokenPhrase(t *testing.T) {
	for _, tc := range []struct{ in, secret string }{
		{"APNs: push token 3f1a9c2e4b5d6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8 registered\n", "3f1a9c2e4b5d6f70"},
		{"FCM Token 9b8a7c6d5e4f30211d2c3b4a59687706f5e4d3c2b1a0 refreshed\n", "9b8a7c6d5e4f3021"},
		{"oauth: client_id 8c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f, scope=library\n", "8c1d2e3f4a5b6c7d"},
	} {
		checkAllEncodings(t, tc.in, tc.in, []string{tc.secret}, "")
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.secret)
		mustKeep(t, tc.in, out, "<token-1>")
	}
	// a short hex number or a word glued to the digits is no token
	for _, in := range []string{"token 3f1a9c2e4b5d6f70 expired\n", "token 3f1a9c2e4b5d6f708192a3b4c5d6e7f8-cache\n"} {
		mustKeep(t, in, scrubTwice(t, in), in)
	}
}

// Leak: "Connected to SERVICE as ACCOUNT" names the account at a
// service; the whole account goes, also where a part of it was learned
// before (a home folder).
func TestLeaks9ConnectedAs(t *testing.T) {
	for _, tc := range []struct{ in, later string }{
		{"[sync] Connected to Beatport as tomas.vrba_dj\n", "later: tomas.vrba_dj"},
		{"Connected to Beatport Streaming as tomas.vrba_dj, 3 crates\n", ""},
		{"open /Users/tomas/Music/x.mp3 failed\nConnected to SoundCloud as tomas.vrba_dj\n", ""},
		{"Connected to Tidal as tvrba88.\n", ""},
	} {
		checkAllEncodings(t, tc.in, tc.in, []string{"tomas", "vrba"}, tc.later)
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, "tomas", "vrba", "_dj")
	}
	// a word of prose after "as" stays
	mustKeep(t, "prose", scrubTwice(t, "Connected to output device as fallback\n"), " as fallback")
	mustKeep(t, "admin", scrubTwice(t, "connected to 10.0.0.1 as admin ok\n"), " as admin")
}

// Idempotence: whether user@host far along a line is an ssh command's
// argument does not depend on how long the words between them are; a
// first pass replaces long hosts by short pseudonyms, and a second pass
// must decide as the first did.
func TestIdemSSHArgFarAlong(t *testing.T) {
	host := "render-farm-node-" + strings.Repeat("x", 40)
	var b strings.Builder
	b.WriteString("cmd: ssh -J ")
	for k := range 6 {
		fmt.Fprintf(&b, "ops%d@%s%d ", k, host, k)
	}
	for b.Len() < 2300 {
		b.WriteString("-o Opt=1 ")
	}
	b.WriteString("milan@tiny ")
	b.WriteString("uptime\n")
	in := b.String()
	out := scrubTwice(t, in)
	mustNotContain(t, "ssh far", out, "render-farm", "milan@tiny")
	for k := 0; k <= 600; k += 40 {
		// the same with the ssh command at other distances
		pad := strings.Repeat("z", k)
		out := scrubTwice(t, "ssh -J ops@"+host+" "+pad+" "+strings.Repeat("a@"+host+" ", 8)+"milan@tiny date\n")
		mustNotContain(t, "ssh far", out, "render-farm", "milan@tiny")
	}
}

// Leak: systemd-coredump names a core file core.COMM.UID.BOOTID.PID.
// TIMESTAMP: the boot id identifies this boot of the machine; the
// command, uid, pid and time stay.
func TestLeaks9CoreFileBootID(t *testing.T) {
	for _, tc := range []struct{ in, keep string }{
		{"core.Serato.1000.8f3e2c1d4b5a69788f3e2c1d4b5a6978.12345.1733412345000000.zst\n", "core.Serato.1000.<machine-id-1>.12345.1733412345000000.zst"},
		{"  Storage: /var/lib/systemd/coredump/core.Mixxx\\x20Engine.1000.6c5b4a3928170f1e6c5b4a3928170f1e.4242.1733499999000000.zst (present)\n",
			"/var/lib/systemd/coredump/core.Mixxx\\x20Engine.1000.<machine-id-1>.4242.1733499999000000.zst (present)"},
		{"rm core.python3.12.1001.0a1b2c3d4e5f60718293a4b5c6d7e8f9.777.1733412345000000.xz\n", "core.python3.12.1001.<machine-id-1>.777.1733412345000000.xz"},
	} {
		out := scrubTwice(t, tc.in)
		mustKeep(t, tc.in, out, tc.keep)
		checkAllEncodings(t, tc.in, tc.in, []string{"8f3e2c1d4b5a6978", "6c5b4a3928170f1e", "0a1b2c3d4e5f6071"}, "")
	}
	// a word that only ends in "core" holds no core file name
	in := "score.v2.1000.0a1b2c3d4e5f60718293a4b5c6d7e8f9.12.1\n"
	mustKeep(t, in, scrubTwice(t, in), in)
}

// Leak: a home folder whose separators are HTML entities (the word
// splitter cuts at their ';'), C escapes or quoted-printable: the user
// name is learned and goes everywhere in the report.
func TestLeaks9EncodedHomeSeparators(t *testing.T) {
	for _, tc := range []struct{ in, name string }{
		{"<td>open failed: &#x2F;Users&#x2F;aiko.watanabe&#x2F;Music&#x2F;set.mp3</td>\n", "aiko.watanabe"},
		{"<p>&#47;home&#47;fenwick&#47;</p>\n", "fenwick"},
		{"saved to &sol;home&sol;marisol&sol;Music&sol;x.wav\n", "marisol"},
		{`<a href="file:&#x2F;&#x2F;&#x2F;Users&#x2F;aiko.watanabe&#x2F;x">`, "aiko.watanabe"},
		{"C:&#x5C;Users&#x5C;devendra&#x5C;AppData\n", "devendra"},
		{`fopen("\057Users\057oskarsson\057Music\057a.mp3") failed` + "\n", "oskarsson"},
		{`path \x2fhome\x2fbeatriz\x2f.config` + "\n", "beatriz"},
		{`"C:\134Users\134devendra\134AppData"` + "\n", "devendra"},
		{"Content-Transfer-Encoding: quoted-printable\n\n=2FUsers=2Fhalvorsen=2FMusic=2Fa.mp3\n", "halvorsen"},
	} {
		later := "later: " + tc.name + " again"
		checkAllEncodings(t, tc.in, tc.in, []string{tc.name}, later)
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.name)
		mustKeep(t, tc.in, out, "<user-1>")
	}
	// the name is learned: it goes where it was met before the path too
	out := scrubTwice(t, "hi fenwick\n<p>&#47;home&#47;fenwick&#47;</p>\n")
	mustNotContain(t, "before", out, "fenwick")
	// other entities and escapes stay
	for _, in := range []string{"Tom &amp; Jerry&#x2F;Mix &#47;tmp&#47;x\n", `printf("\057tmp\057x\n")` + "\n", "a=2Fb =2Fhome=2F\n"} {
		mustKeep(t, in, scrubTwice(t, in), in)
	}
}

// Leak: nmcli dev wifi list names the neighbouring networks (SSID) and
// their access points (BSSID): together they locate the machine.
func TestLeaks9NmcliWifiList(t *testing.T) {
	in := "$ nmcli dev wifi list\n" +
		"IN-USE  BSSID              SSID                MODE   CHAN  RATE        SIGNAL  BARS  SECURITY\n" +
		"*       3C:A6:2F:11:22:33  Lindqvist_Hemma     Infra  36    540 Mbit/s  85      ▂▄▆█  WPA2\n" +
		"        3C:A6:2F:11:22:34  Bageri Söder Gäst   Infra  11    54 Mbit/s   30      ▂___  --\n" +
		"        A0:B1:C2:D3:E4:F5  --                  Infra  6     130 Mbit/s  22      ▂___  WPA2\n"
	secrets := []string{"Lindqvist_Hemma", "Bageri Söder", "3C:A6:2F:11:22:3", "A0:B1:C2:D3:E4:F5"}
	checkAllEncodings(t, "wifi list", in, secrets, "joined Lindqvist_Hemma")
	out := scrubTwice(t, in)
	mustNotContain(t, "wifi list", out, secrets...)
	mustKeep(t, "wifi list", out, "IN-USE  BSSID              SSID", "Infra  36    540 Mbit/s  85", "  --                  Infra  6")
	// older nmcli: no BSSID column
	in = "IN-USE  SSID                MODE   CHAN  RATE        SIGNAL  BARS  SECURITY\n" +
		"*       Lindqvist_Hemma     Infra  36    540 Mbit/s  85      ▂▄▆█  WPA2\n" +
		"        Telia-8F2C41        Infra  6     130 Mbit/s  52      ▂▄__  WPA2 WPA3\n"
	out = scrubTwice(t, in)
	mustNotContain(t, "wifi list/old", out, "Lindqvist_Hemma", "Telia-8F2C41")
	// prose with "Infra" stays
	prose := "deploy to   Infra  3 nodes\n"
	mustKeep(t, "prose", scrubTwice(t, prose), prose)
}

// Leak: "--user NAME" names the account a command runs as (sudo, pkexec,
// runuser, docker run); systemd's, pip's and D-Bus's --user is a flag and
// the word after it stays, as do uids (launchctl's gui/501).
func TestLeaks9UserOption(t *testing.T) {
	for _, in := range []string{
		"sudo --user nkechi.obi /usr/bin/mixxx --safe-mode\n",
		"pkexec --user nkechi.obi /usr/libexec/helper\n",
		"docker run --rm --user nkechi.obi -v /data:/data mixer:2\n",
		"runuser --user=nkechi.obi -- /usr/bin/true\n",
	} {
		checkAllEncodings(t, in, in, []string{"nkechi"}, "later: nkechi.obi")
		mustNotContain(t, in, scrubTwice(t, in), "nkechi")
	}
	for _, in := range []string{
		"systemctl --user restart pipewire\n",
		"/usr/bin/systemctl --user --now enable wireplumber\n",
		"systemd-run --user --scope mixxx\n",
		"journalctl --user -u pipewire\n",
		"python3 -m pip install --user requests\n",
		"launchctl bootout gui/501/com.serato.helper\n",
		"launchctl kickstart -k gui/501/com.rekordbox.agent\n",
		"docker run --user 1000:1000 img\n",
	} {
		mustKeep(t, in, scrubTwice(t, in), in)
	}
}

// Leak: a token value followed by a blank and another key=value was read
// as an auth scheme's name with credentials after it, and kept.
func TestLeaks9TokenBeforeAnotherKey(t *testing.T) {
	for _, tc := range []struct{ in, secret string }{
		{"SESSION_TOKEN=c4d5e6f708192a3b4c5d6e session=77aa88bb99cc00dd11ee\n", "c4d5e6f708192a3b4c5d6e"},
		{"API_TOKEN=Rq7Lm2Xw9Kp4Tz8Vb3Nc6Hj session=77aa88bb99cc00dd11ee\n", "Rq7Lm2Xw9Kp4Tz8Vb3Nc6Hj"},
	} {
		checkAllEncodings(t, tc.in, tc.in, []string{tc.secret, "77aa88bb99cc00dd11ee"}, "")
		mustNotContain(t, tc.in, scrubTwice(t, tc.in), tc.secret, "77aa88bb99cc00dd11ee")
	}
	// auth schemes keep their names
	out := scrubTwice(t, "Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request\nAuthorization: SSWS 00QCjAl4MlV-WPXM2Kabcdef12345\n")
	mustKeep(t, "schemes", out, "AWS4-HMAC-SHA256 <token-", "SSWS <token-")
}

// Idempotence: an article before a possessive is a word of its own; the
// "A" that ends a path's folder name ("Users/0.A") is none, in the first
// pass as in the second, where a pseudonym has replaced the folder name.
func TestIdemDeterminerAfterPath(t *testing.T) {
	for _, in := range []string{"Users/0.A áọ̀'s A00", "Users/0.A Ngozi's A00\n", "/home/x.the Ingrid's set\n"} {
		scrubTwice(t, in)
	}
	mustKeep(t, "article", scrubTwice(t, "saved to the Kid's Song folder\n"), "the Kid's Song")
}

// Idempotence: a serial key's value that is itself a key of serialPhrase
// ("IMEI:SteamID64 SteamID64 …") is no serial; learned as one, it
// replaced the next key only in a second pass.
func TestIdemSerialValueIsPhraseKey(t *testing.T) {
	out := scrubTwice(t, "IMEI:SteAmID64 SteAmID64 00000000")
	mustNotContain(t, "steamid", out, "00000000")
	out = scrubTwice(t, "IMEI: 356938035643809 SteamID64 76561198012345678\n")
	mustNotContain(t, "imei", out, "356938035643809", "76561198012345678")
}

// Leak and idempotence: a command's password option far along a long
// line ("curl … -u admin:pw" after 500 bytes of URLs) is read as the
// command's wherever it stands on the line, in the first pass as in the
// second, whose pseudonyms have shortened the line.
func TestLeaks9CommandOptionFarAlong(t *testing.T) {
	host := "render-farm-node-" + strings.Repeat("x", 40)
	for k := 0; k <= 600; k += 60 {
		var b strings.Builder
		b.WriteString("+ curl -sS ")
		for n := range 7 {
			fmt.Fprintf(&b, "--resolve %s%d.example.com:443:10.1.2.%d ", host, n, n)
		}
		b.WriteString(strings.Repeat("z", k))
		b.WriteString(" -u admin:Hunter2Secret https://x.example.com/\n")
		out := scrubTwice(t, b.String())
		mustNotContain(t, "curl far", out, "Hunter2Secret")
	}
	out := scrubTwice(t, "mysqldump --single-transaction "+strings.Repeat("--ignore-table=db.t ", 40)+"-pS3cretPw db\n")
	mustNotContain(t, "mysql far", out, "S3cretPw")
	// another line's command does not count
	in := "curl -sS https://x.example.com/\nfind . -u 12 -s 3\n"
	mustKeep(t, "next line", scrubTwice(t, in), "-u 12 -s 3")
}
