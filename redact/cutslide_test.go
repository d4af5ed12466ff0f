package redact

import (
	"strings"
	"testing"
)

// A line longer than a chunk's carry is cut where a list's items part
// (", ", ",", "&", "><"). Some pairs are list items too: an argv's option
// and its value ("--password",|"x" went out whole), a plist's key and
// string (<key>UserName</key>|<string>kofi.m</string>); and a key at a
// chunk's start ("password=x&host=studio-nas" after a cut at '&') read as
// the line's last, its value running over the next keys, never learned.
// Slid across the cut, the secret never goes out, nor its later use.
func TestCutSlideListPairs(t *testing.T) {
	const chunk, carry = 8 << 10, 2 << 10
	cases := []struct {
		phrase, later string
		secrets       []string
	}{
		{`"argv": ["--password", "Hunter2x", "-v"]`, "bye", []string{"Hunter2x"}},
		{`"argv":["--password","Hunter2x","-v"]`, "bye", []string{"Hunter2x"}},
		{`[["Cookie", "sid=abc123def"], ["Authorization", "Bearer abc.defghijk"]]`, "bye", []string{"abc123def", "abc.defghijk"}},
		{`[["Cookie","sid=abc123def"],["Authorization","Bearer abc.defghijk"]]`, "bye", []string{"abc123def", "abc.defghijk"}},
		{`<key>UserName</key><string>kofi.m</string>`, "bye kofi.m", []string{"kofi.m"}},
		{`Signed in as kofi.m; ok`, "bye kofi.m", []string{"kofi.m"}},
		{`open /home/kofi/x, ok`, "bye kofi", []string{"kofi"}},
		{`{"user":"kofi.m","host":"studio-nas"}`, "bye kofi.m studio-nas", []string{"kofi.m", "studio-nas"}},
		{`user=kofi.m&password=Hunter2x&host=studio-nas`, "bye kofi.m studio-nas", []string{"kofi.m", "Hunter2x", "studio-nas"}},
	}
	fillers := []string{"lorem ipsum, dolor sit amet ", "a=1&b=2&", `{"k":"v"},`}
	for _, c := range cases {
		for _, filler := range fillers {
			for _, workers := range []int{-1, 2} {
				for off := -2; off <= len(c.phrase)+1; off++ {
					o := scrubAcrossCut(t, filler, c.phrase, c.later, workers, off, chunk, carry)
					for _, sec := range c.secrets {
						if k := strings.Index(o, sec); k >= 0 {
							t.Errorf("%q filler %q workers=%d cut %d bytes into it: %q left in %q", c.phrase, filler, workers, off, sec, o[max(0, k-60):min(len(o), k+60)])
						}
					}
				}
			}
		}
	}
}
