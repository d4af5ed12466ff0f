package reclass

import (
	"regexp"
	"testing"
)

// Each class answers as the regexp's for every byte, and HexEnd as
// ^0x[0-9a-fA-F]+ from i.
func TestSameAsRegexp(t *testing.T) {
	classes := []struct {
		name string
		re   *regexp.Regexp
		f    func(byte) bool
	}{
		{`\s`, regexp.MustCompile(`^\s$`), Space},
		{`[0-9a-fA-F]`, regexp.MustCompile(`^[0-9a-fA-F]$`), HexDigit},
		{`\w`, regexp.MustCompile(`^\w$`), Word},
	}
	for _, c := range classes {
		for b := 0; b < 256; b++ {
			if got, want := c.f(byte(b)), c.re.Match([]byte{byte(b)}); got != want {
				t.Errorf("%s(%#x) = %v, the regexp %v", c.name, b, got, want)
			}
		}
	}
	re := regexp.MustCompile(`^0x[0-9a-fA-F]+`)
	for _, s := range []string{"0x1f ", "0x", "0xg", "x0x12", "0X12", "0x00007fff7b44fb38]", ""} {
		for i := 0; i <= len(s); i++ {
			want := -1
			if m := re.FindStringIndex(s[i:]); m != nil {
				want = i + m[1]
			}
			if got := HexEnd(s, i); got != want {
				t.Errorf("HexEnd(%q, %d) = %d, want %d", s, i, got, want)
			}
			if got := HexEnd([]byte(s), i); got != want {
				t.Errorf("HexEnd([]byte(%q), %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}
