package redact

import (
	"strings"
	"testing"
)

// Leak: macOS and iOS name a machine on the network after its device's
// name, "Kofi's MacBook Pro" → "Kofis-MacBook-Pro.local", and the host was
// replaced but its owner not learned: "Kofi" elsewhere in the report
// stayed. The owner is learned from such a name now, with and without the
// possessive's s (appleHostOwner).
func TestAppleHostOwner(t *testing.T) {
	for _, c := range []struct{ in, later string }{
		{"mDNSResponder[412]: Registered Kofis-MacBook-Pro.local. on en0\n", "Shared with Kofi"},
		{"AirPlay: connected to Adaezes-iPhone.local (192.168.1.23)\n", "Hi Adaeze"},
		{"HostName: Thomass-MacBook-Air-2.local\n", "ssh by Thomas"},
		{"sharingd: Kofi-Mensahs-MacBook-Pro.local is nearby\n", "Mensah"},
		{"Bonjour name: Charles-iMac.local\n", "Charles"},
	} {
		s := newSession(t, Config{})
		s.Learn([]byte(c.in))
		mustNotContain(t, c.in, s.ScrubString(c.in+c.later+"\n"), c.later[len(c.later)-4:])
		var m memFile
		if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(c.in+c.later+"\n")); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, c.in+"/one pass", string(m.b), c.later[len(c.later)-4:])
	}
	// a room's or a role's machine names no one
	mustKeep(t, "rooms", scrubTwice(t, "Office-iMac.local up\nStudio-MacBook-Pro.local up\nGaming-iMac.local\nthe office and the studio\n"),
		"the office and the studio")
}
