package redact

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// scrubJSONMessage scrubs in as the "message" string of a JSON document and
// returns the decoded message.
func scrubJSONMessage(t *testing.T, in string) string {
	t.Helper()
	js, _ := json.Marshal(map[string]string{"message": in})
	return scrubJSONDoc(t, js, false)
}

// scrubJSONDoc scrubs the JSON document js, {"message": …}, in a new
// session (learned from first, as text, when learn is set, as crashd
// does) and returns the decoded message; output that is no JSON fails t.
func scrubJSONDoc(t *testing.T, js []byte, learn bool) string {
	t.Helper()
	s := newSession(t, Config{})
	if learn {
		s.Learn(js)
	}
	var buf bytes.Buffer
	if err := s.ScrubJSON(&buf, bytes.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	var back map[string]string
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatalf("invalid output %q: %v", buf.String(), err)
	}
	return back["message"]
}

// Device ids written after a word instead of a key: "IMEI 3569...",
// "License key ABCD-...".
func TestLeakDeviceIDPhrases(t *testing.T) {
	cases := []struct{ in, secret, keep string }{
		{"License key ABCD-EFGH-IJKL-MNOP accepted", "ABCD-EFGH-IJKL-MNOP", "License key"},
		{"license key: XYZ12-ABCDE\n", "XYZ12-ABCDE", "license key"},
		{"modem IMEI 356938035643809 ready", "356938035643809", "modem IMEI"},
		{"IMEI: 35-693803-564380-9\n", "35-693803-564380-9", "IMEI"},
		{"CDMA MEID A0000000000001 ok", "A0000000000001", "MEID"},
		{"SIM ICCID 8944200011231044047 inserted", "8944200011231044047", "ICCID"},
		{"Device serial: R58M123ABC\n", "R58M123ABC", "Device serial"},
	}
	for _, c := range cases {
		later := "device " + c.secret + " again"
		if strings.HasPrefix(strings.ToLower(c.in), "license") {
			later = "" // a product key is replaced where it is, not learned (as after "license_key=")
		}
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, later)
		out := scrubTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secret)
		mustKeep(t, c.in, out, c.keep)
	}
	// numbers that are no device id stay
	for _, in := range []string{"IMEI 2 of 3", "imei slot 1", "License key missing", "ICCID unavailable"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
}

// Steam and Android identifiers.
func TestLeakSteamAndroid(t *testing.T) {
	cases := []struct{ in, secret, keep string }{
		{"SteamID64 76561198012345678 logged on", "76561198012345678", "SteamID64"},
		{"steamid=76561198012345678&appid=570", "76561198012345678", "appid=570"},
		{"friend [U:1:51872950] online", "51872950", "friend"},
		{"banned STEAM_0:1:25936475 today", "25936475", "banned"},
		{"android_id=9774d56d682e549c\n", "9774d56d682e549c", "android_id="},
		{"ro.serialno=R58M123ABC\n", "R58M123ABC", "ro.serialno="},
		{"adb -s R58M123ABC shell getprop", "R58M123ABC", "shell getprop"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "")
		out := scrubTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secret)
		mustKeep(t, c.in, out, c.keep)
	}
	// an emulator's name identifies no one
	for _, in := range []string{"adb -s emulator-5554 shell", "appid=570 depot 571"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
	// the serial given to adb is learned
	s := newSession(t, Config{})
	s.ScrubString("adb -s R58M123ABC shell\n")
	mustNotContain(t, "learned", s.ScrubString("device R58M123ABC offline"), "R58M123ABC")
}

// Numeric user ids in text lines.
func TestLeakNumericUserIDs(t *testing.T) {
	for _, in := range []string{
		"user.id=48213377", `event {"user_id": 48213377, "level": "error"}`, "userId: 48213377",
		"uid=48213377 gid=100", "user_id=48213377&x=1",
	} {
		out := scrubTwice(t, in)
		mustNotContain(t, in, out, "48213377")
		if js := scrubJSONMessage(t, in); strings.Contains(js, "48213377") {
			t.Errorf("json %q -> %q", in, js)
		}
	}
	mustKeep(t, "neighbours", scrubTwice(t, `event {"user_id": 48213377, "level": "error"}`), `"level": "error"`)
	// as JSON fields
	s := newSession(t, Config{})
	var b strings.Builder
	if err := s.ScrubJSON(&b, strings.NewReader(`{"user_id":48213377,"uid":0,"euid":1000,"auid":4294967295,"loginuid":48213377,"level":"error"}`)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "json fields", b.String(), "48213377")
	mustKeep(t, "json fields", b.String(), `"uid":0`, `"euid":1000`, `"auid":4294967295`, `"level":"error"`)
	// system uids (below 65536) are the same on every machine: kept
	for _, in := range []string{"uid=0(root) gid=0(root) groups=0(root)", "uid=1000(builder) gid=1000", "uid=1000", "euid=33 pid=4123", "type=USER_START auid=4294967295 ses=4294967295"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
}

// user@host outside e-mail addresses: ssh/scp/git targets and shell
// prompts. The user and the host are learned, so later bare mentions go.
func TestLeakUserAtHost(t *testing.T) {
	cases := []struct {
		in      string
		secrets []string
		keep    []string
		later   string
	}{
		{"ssh zoe@build-box-7", []string{"zoe", "build-box-7"}, []string{"ssh "}, "ping build-box-7 as zoe"},
		{"scp file zoe@10.0.0.5:/tmp", []string{"zoe", "10.0.0.5"}, []string{"scp file ", ":/tmp"}, "whoami: zoe"},
		{"git clone zoe@studio-nas:repo", []string{"zoe", "studio-nas"}, []string{"git clone ", ":repo"}, "mounted studio-nas for zoe"},
		{"[zoe@zoe-laptop ~]$ ls", []string{"zoe", "zoe-laptop"}, []string{"~]$ ls"}, "zoe-laptop: zoe"},
		{"zoe@zoe-laptop:~/src$ make", []string{"zoe", "zoe-laptop"}, []string{":~/src$ make"}, "zoe-laptop: zoe"},
		{"zoe@ZOE-PC MINGW64 ~/src", []string{"zoe", "ZOE-PC"}, []string{" MINGW64 ~/src"}, "host ZOE-PC user zoe"},
		{"ssh -p 2222 -i key zoe@build-box-7 uptime", []string{"zoe", "build-box-7"}, []string{"ssh -p 2222 -i key ", " uptime"}, "build-box-7"},
		{"kai@nas2 MSYS /c", []string{"kai", "nas2"}, []string{" MSYS /c"}, "nas2"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, c.secrets, c.later)
		out := scrubTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secrets...)
		mustKeep(t, c.in, out, c.keep...)
		if js := scrubJSONMessage(t, c.in); strings.Contains(js, c.secrets[1]) {
			t.Errorf("json %q -> %q", c.in, js)
		}
	}
	// the forge's service account keeps its (public) host; an internal
	// host is still replaced
	mustKeep(t, "github", scrubTwice(t, "git clone git@github.com:org/repo.git"), "git@github.com:org/repo.git")
	out := scrubTwice(t, "git clone git@studio-nas:org/repo.git")
	mustNotContain(t, "git@ internal", out, "studio-nas")
	mustKeep(t, "git@ internal", out, "git@", ":org/repo.git")
	// none of these is a user at a host
	for _, in := range []string{
		"systemctl start user@1000.service", "user@1000.service: Succeeded.", "getty@tty1.service: Deactivated",
		"pull nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31",
		"npm ERR! lodash@4.17.21: failed", "root@localhost:~# ls", "[root@localhost ~]# ls",
		"memcpy@plt: jump", "icon@2x.png", "Foo@1b6d3586: x", "com.example.Player@1b6d3586:state=idle",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
	// an e-mail address stays an e-mail address
	if out := scrubTwice(t, "mail zoe@example.org:"); !strings.Contains(out, "<email-1>") {
		t.Errorf("email: %q", out)
	}
}

// Request headers and cookies that a text log prints as JSON (Sentry's
// [name, value] pairs, HAR's {"name","value"} objects) are scrubbed as
// ScrubJSON scrubs them.
func TestLeakHeaderPairsInText(t *testing.T) {
	cases := []struct {
		in      string
		secrets []string
		keep    []string
	}{
		{`12:00:01 event headers=[["Authorization","Basic dXNlcjpwYXNz"],["Cookie","sid=abc123"],["Accept","text/html"]]`,
			[]string{"dXNlcjpwYXNz", "abc123"}, []string{`["Accept","text/html"]`, `[["Authorization","`, `["Cookie","`}},
		{`request: [["X-Api-Key", "k9Jd7fLq2"], ["Proxy-Authorization", "Negotiate YIIGhgYGKwY"]] sent`,
			[]string{"k9Jd7fLq2", "YIIGhgYGKwY"}, []string{`[["X-Api-Key", "`, " sent"}},
		{`har entry {"name":"Authorization","value":"Bearer abc.def"} ok`,
			[]string{"abc.def"}, []string{`{"name":"Authorization","value":"`, "} ok"}},
		{`har entry {"name": "Set-Cookie", "value": "session=s3cr3tv4lue; Path=/"}`,
			[]string{"s3cr3tv4lue"}, []string{`{"name": "Set-Cookie", "value": "`}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, c.secrets, "")
		out := scrubTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secrets...)
		mustKeep(t, c.in, out, c.keep...)
	}
	// names that are no secret keep their values
	for _, in := range []string{
		`[["Accept","text/html"],["User-Agent","curl/8.4.0"]]`, `{"name":"Content-Type","value":"application/json"}`,
		`{"level":"error","msg":"x","name":"Authorization"}`,
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
}

// The id of a user object is an account however short; a flat userID is
// the Unix uid in Apple's reports and stays when short.
func TestUserObjectShortID(t *testing.T) {
	for in, want := range map[string]string{
		`{"user":{"id":4821,"username":"x"}}`: `{"user":{"id":"<uid-1>"`,
		`{"user":{"id":"4821"}}`:              `{"user":{"id":"<uid-1>"}}`,
		`{"userID":501}`:                      `{"userID":501}`,
		`{"user":{"id":7}}`:                   `{"user":{"id":7}}`,
	} {
		s := newSession(t, Config{})
		var b strings.Builder
		if err := s.ScrubJSON(&b, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(b.String(), want) {
			t.Errorf("%s -> %s, want %s...", in, b.String(), want)
		}
	}
}
