package redact

import (
	"bytes"
	"strings"
	"testing"
)

// TestDoubleURLEncoding: a file URL inside a query parameter is encoded
// twice ("%252F" for '/'): its home folder teaches the user, and a name
// learned elsewhere is found encoded twice too.
func TestDoubleURLEncoding(t *testing.T) {
	for _, c := range []struct{ name, in, later string }{
		{"linux", `open %252Fhome%252Fzoe.kowalski%252Fx failed`, "zoe.kowalski signed in"},
		{"file url", `GET /cb?u=file%253A%252F%252F%252FUsers%252Fzoe%252Ekowalski%252FMusic`, "zoe.kowalski signed in"},
		{"windows", `C%253A%255CUsers%255Czoe.kowalski%255Cx`, "hi zoe.kowalski"},
	} {
		checkAllEncodings(t, c.name, c.in, []string{"kowalski"}, c.later)
	}
	s := newSession(t, Config{})
	s.Learn([]byte("/Users/zoe.kowalski/x"))
	mustNotContain(t, "learned", s.ScrubString("u=%252FUsers%252Fzoe%252Ekowalski%252F x"), "kowalski")
	// "%25" alone is a percent sign
	if got := s.ScrubString("100%25 done /x"); got != "100%25 done /x" {
		t.Errorf("percent sign: %q", got)
	}
}

// TestLearnJSONDecodedStrings: LearnJSON reads strings decoded, as
// ScrubJSON does: a UNC host spelled with \u005c escapes late in a
// document is learned and replaced where it appears bare before.
func TestLearnJSONDecodedStrings(t *testing.T) {
	in := `{"a":"NAS-KAI01 is up","b":"\u005c\u005cNAS-KAI01\u005cmusic"}` + "\n"
	s := newSession(t, Config{})
	if err := s.LearnReader(strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if err := s.LearnJSON(strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if len(s.Summary()) != 0 {
		t.Errorf("LearnJSON counted findings: %v", s.Summary())
	}
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "learned late", out.String(), "NAS-KAI01")
	if !strings.Contains(out.String(), `"<host-1> is up"`) {
		t.Errorf("want the first pseudonym first: %s", out.String())
	}
}
