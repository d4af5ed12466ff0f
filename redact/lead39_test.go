package redact

import (
	"strings"
	"testing"
)

// An SSID after a colon runs to the end of the line, but not over the next
// key: iwd's connect-info line put "bss:" and five bytes of the access
// point's MAC into the network's pseudonym and left the sixth byte out.
func TestLead39SSIDBeforeNextKey(t *testing.T) {
	in := "iwd[512]: event: connect-info, ssid: Okafor_Home, bss: 0a:1b:2c:3d:4e:5f, signal: -52\n"
	out := scrubTextTwice(t, in)
	mustNotContain(t, "connect-info", out, "Okafor", "0a:1b", "4e:5f")
	for _, keep := range []string{"bss: <", "signal: -52"} {
		if !strings.Contains(out, keep) {
			t.Errorf("lost %q: %q", keep, out)
		}
	}
	checkEncodingsOnePass(t, "wlan0: ssid: Okafor Home, bss: 0a:1b:2c:3d:4e:5f\n", "Okafor Home")
	// a name with a comma and no key after it stays one name
	out = scrubTextTwice(t, "SSID: Okafor, Home 5G\nnext line\n")
	mustNotContain(t, "comma in name", out, "Okafor", "Home 5G")
}
