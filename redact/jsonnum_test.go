package redact

import (
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
