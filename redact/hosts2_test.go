package redact

import (
	"strings"
	"testing"
)

// A public service's name (host='sync.serato.com') is the server
// connected to, not the user's machine: kept, and its first label ("sync")
// is no machine name to learn. Machines on private networks, and names
// that read as a machine's, still go, with their first label.
func TestPublicServiceHosts(t *testing.T) {
	in := "  File \"C:\\Users\\kai\\site-packages\\serato\\sync.py\", line 42\n" +
		"ConnectionError: HTTPSConnectionPool(host='sync.serato.com', port=443): Max retries exceeded with url: /v1/sync\n" +
		"hostname=api.example.com\nupdate via api.py\n"
	out := scrubTwice(t, in)
	mustKeep(t, "public", out, "sync.py", "host='sync.serato.com'", "/v1/sync", "api.py")
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"fritz", "host=kai-mbp.fritz.box\n", []string{"kai-mbp"}},
		{"home.arpa", "hostname: studio.home.arpa\n", []string{"studio.home.arpa"}},
		{"machine label", "host='kai-mbp.example.com'\n", []string{"kai-mbp"}},
		{"capitals", "host=KAIPC.contoso.com\n", []string{"KAIPC"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "later "+c.secrets[0])
	}
}

// One-letter HTML/XML tags (<b>, <p>, <h1>) look like the compact
// pseudonyms of same-length scrubbing (<u>, <h1>), but a closing tag
// follows them: the text after them is scrubbed.
func TestShortTagsAreNoPseudonyms(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"b", "<b>/home/kai/x</b>\n", []string{"kai"}},
		{"p", "<p>10.1.2.3</p>\n", []string{"10.1.2.3"}},
		{"i", "<i>kai@example.com</i>\n", []string{"kai@example.com"}},
		{"h1", "<h1>/Users/kai/Music</h1>\n", []string{"kai"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "")
	}
	// a compact pseudonym is still one: what is glued to it stays
	s := newSession(t, Config{})
	b := []byte("<u>.x@y <u1>/x ")
	s.ScrubSameLength(b)
	if string(b) != "<u>.x@y <u1>/x " {
		t.Errorf("compact pseudonyms rescrubbed: %q", b)
	}
}

// A machine named after its owner ("LAUREN-PC", "lauren-ThinkPad-T480s")
// teaches the owner's name in the learn pass too, as it does while
// scrubbing: the owner named before the machine — in a file scrubbed
// first, or earlier in a format learned from before it is scrubbed (JSON,
// XML, the text fallback) — goes as well.
func TestOwnerHostLearnPass(t *testing.T) {
	learners := map[string]func(*Session, string){
		"Learn":       func(s *Session, v string) { s.Learn([]byte(v)) },
		"LearnReader": func(s *Session, v string) { _ = s.LearnReader(strings.NewReader(v)) },
		"LearnXML":    func(s *Session, v string) { _ = s.LearnXML(strings.NewReader("<log>\n" + v + "</log>\n")) },
	}
	for name, learn := range learners {
		for _, in := range []string{
			"Mar 12 10:01:02 LAUREN-PC serato[1234]: audio underrun\n",
			"cache at \\\\LAUREN-PC\\share\\cache\n",
			"Dez 09 14:56:44 lauren-ThinkPad-T480s kernel: usb 1-1: new device\n",
		} {
			s := newSession(t, Config{})
			learn(s, in)
			mustNotContain(t, name+": "+in, s.ScrubString("session for lauren started"), "lauren")
		}
	}
	// a text log learned from, then scrubbed: the owner's first mention
	// is in a chunk written before the machine's
	var b strings.Builder
	b.WriteString("2024-03-04 session for lauren started\n")
	for b.Len() < 600<<10 {
		b.WriteString("2024-03-04T10:01:02Z INFO engine: processed 12 blocks in 3 ms\n")
	}
	b.WriteString("Mar 12 10:01:02 LAUREN-PC serato[1234]: audio underrun\n")
	s := newSession(t, Config{})
	if err := s.LearnReader(strings.NewReader(b.String())); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := s.ScrubText(&out, strings.NewReader(b.String())); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "text", out.String(), "lauren")
}
