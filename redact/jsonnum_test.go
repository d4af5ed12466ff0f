package redact

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

func TestJSONNumber(t *testing.T) {
	for _, c := range []string{"0", "-0", "12", "-12.5", "1e9", "1E+9", "2.5e-3", "0.0"} {
		if !jsonNumber([]byte(c)) {
			t.Errorf("%q: not a number", c)
		}
	}
	for _, c := range []string{"", "-", "01", "1.", ".5", "1e", "+1", "1.2.3", "0x10", "NaN", "1_0", "12a"} {
		if jsonNumber([]byte(c)) {
			t.Errorf("%q: a number", c)
		}
	}
}

// jsonNumber is a fast path of isNumber: whatever it accepts, ParseFloat
// reads too.
func FuzzJSONNumber(f *testing.F) {
	for _, c := range []string{"0", "-12.5e+3", "1.", "NaN", "01"} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if jsonNumber([]byte(s)) {
			if _, err := strconv.ParseFloat(s, 64); err != nil && err.(*strconv.NumError).Err != strconv.ErrRange {
				t.Fatalf("%q: jsonNumber but ParseFloat: %v", s, err)
			}
		}
	})
}

// Strings that needed no change are remembered only until the session
// learns something: a name learned in between is replaced after it.
func TestScrubJSONMemoLearned(t *testing.T) {
	in := `{"msg":"hi thandiwe","who":"thandiwe"}` + "\n" + `{"path":"/home/thandiwe/x"}` + "\n" + `{"msg":"hi thandiwe","who":"thandiwe"}` + "\n"
	var out strings.Builder
	s := newSession(t, Config{})
	if err := s.ScrubJSON(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out.String(), "\n")
	if strings.Contains(lines[1], "thandiwe") || strings.Contains(lines[2], "thandiwe") {
		t.Errorf("learned name kept after it was learned:\n%s", out.String())
	}
}

// A number is scrubbed in a JSON document as a text line reads it: an
// account's number under an account key, a SteamID64 under any key, a
// number learned elsewhere in the report; counts and small numbers stay.
func TestScrubJSONNumbersAsText(t *testing.T) {
	for _, c := range []struct{ in, gone, kept string }{
		{`{"accountid": 52087394, "level": 3}`, "52087394", `"level": 3`},
		{`{"steamid": 76561198012345678, "friend": 76561198087654321, "tracks": 7656119801234567}`, "76561198087654321", "7656119801234567}"},
		{`{"urn": "soundcloud:users:123456789", "id": 123456789, "followers": 123456}`, "123456789", `"followers": 123456`},
		{`{"id": 123456789, "urn": "soundcloud:users:123456789"}`, "123456789", `{"id": "<uid-1>"`},
	} {
		s := newSession(t, Config{})
		if err := s.LearnJSON(strings.NewReader(c.in)); err != nil {
			t.Fatal(err)
		}
		var once, twice strings.Builder
		if err := s.ScrubJSON(&once, strings.NewReader(c.in)); err != nil {
			t.Fatal(err)
		}
		out := once.String()
		if strings.Contains(out, c.gone) || !strings.Contains(out, c.kept) || !json.Valid([]byte(out)) {
			t.Errorf("%s\n -> %s (want %q gone, %q kept, valid JSON)", c.in, out, c.gone, c.kept)
		}
		if err := s.ScrubJSON(&twice, strings.NewReader(out)); err != nil || twice.String() != out {
			t.Errorf("not idempotent: %s -> %s", out, twice.String())
		}
		if text := s.ScrubString(c.in); strings.Contains(text, c.gone) {
			t.Errorf("text scan keeps %q: %s", c.gone, text)
		}
	}
}
