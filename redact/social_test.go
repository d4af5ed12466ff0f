package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Credentials and handles in URLs: an OAuth redirect's code, Digest
// credentials, and the handle of a profile on a social or music site.
func TestURLCodesDigestHandles(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"oauth code", "redirect to http://localhost:8080/callback?state=xyz&code=4/0AX4XfWhAbCdEf123\n", []string{"4/0AX4XfWhAbCdEf123"}},
		{"oauth code first", "GET /auth/callback?code=ac8f1d2e3b4c5d6e7f80 HTTP/1.1\n", []string{"ac8f1d2e3b4c5d6e7f80"}},
		{"digest", "Authorization: Digest username=\"maingu\", realm=\"api\", nonce=\"dcd98b7102dd2f0e\", response=\"6629fae49393a05397450978507c4ef1\"\n",
			[]string{"maingu", "dcd98b7102dd2f0e", "6629fae49393a05397450978507c4ef1"}},
		{"soundcloud", "SoundCloud: signed in, profile https://soundcloud.com/mai-nguyen-dj/sets/summer\n", []string{"mai-nguyen-dj"}},
		{"mixcloud", "upload done: https://www.mixcloud.com/SiobhanNiBhriain/\n", []string{"SiobhanNiBhriain"}},
		{"youtube", "live at https://www.youtube.com/@djmaingu/live\n", []string{"djmaingu"}},
	}
	for _, c := range cases {
		later := "later " + c.secrets[0]
		if c.name[:5] == "oauth" {
			later = "" // a one-time code is replaced where it stands, not learned
		}
		checkAllEncodings(t, c.name, c.in, c.secrets, later)
	}
	keep := []string{
		"https://github.com/klauspost/compress/zstd", "https://soundcloud.com/discover", "https://twitter.com/intent/tweet?text=x",
		"https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/channel", "?error=1&code=0x80070005",
		"?code=ERR_TIMED_OUT", "&code=404", "Authorization: Digest <token-1>",
	}
	in := ""
	for _, k := range keep {
		in += k + "\n"
	}
	mustKeep(t, "neighbours", scrubTwice(t, in), keep...)
	// a handle made of words teaches none of them
	mustKeep(t, "parts", scrubTwice(t, "https://soundcloud.com/the-music-lab\nC:\\Music\\lab\\a.mp3\n"), `C:\Music\lab\a.mp3`)
}

// A Sentry event: the app's four-part version stays under a version key
// (and the same string under another key is an address); the
// device_app_hash and an account id in a REST path go.
func TestSentryEventVersionsAndIDs(t *testing.T) {
	in := `{"contexts":{"app":{"app_version":"3.2.1.123","device_app_hash":"8c1e2d4f7a3b"},"os":{"kernel_version":"10.0.19045.3803","build":"1.2.3.4"}},` +
		`"extra":{"peer":"3.2.1.123","upstream":"84.12.3.4"},` +
		`"breadcrumbs":{"values":[{"category":"http","data":{"url":"https://api.serato.com/v2/users/882731/crates?x=1"}},` +
		`{"message":"GET https://api.example.com/accounts/acct_9f8e7d6c/profile"},{"message":"GET https://api.example.com/users/me/settings"}]}}`
	s := newSession(t, Config{})
	var buf bytes.Buffer
	if err := s.ScrubJSON(&buf, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	mustKeep(t, "sentry", out, `"app_version":"3.2.1.123"`, `"kernel_version":"10.0.19045.3803"`, `"build":"1.2.3.4"`, "users/me/settings")
	mustNotContain(t, "sentry", out, "8c1e2d4f7a3b", "882731", "acct_9f8e7d6c", `"peer":"3.2.1.123"`, "84.12.3.4")
	mustNotContain(t, "text", scrubTwice(t, "GET https://api.serato.com/v2/users/882731/crates\n"), "882731")
}
