package redact

import (
	"strings"
	"testing"
)

// A four-part version after a product's name is the app's version, the
// first thing a developer reads in a report; addresses stay addresses.
func TestProductVersionsNoIPs(t *testing.T) {
	keep := []string{
		"Serato DJ Pro 3.2.1.123 crashed", "Starting rekordbox 6.7.4.0", "Traktor Pro 3.11.1.17 (x64)",
		"Ableton Live 11.3.13.0 Suite", "DirectX 12.1.0.0", "(Chrome 120.0.6099.129)", "Electron 28.1.0.0",
		"Unhandled exception in SetlistSync 3.4.1.0",
	}
	in := strings.Join(keep, "\n") + "\n"
	mustKeep(t, "versions", scrubTwice(t, in), keep...)
	mustKeep(t, "versions/json", scrubJSONMessage(t, in), "Serato DJ Pro 3.2.1.123", "rekordbox 6.7.4.0")

	addrs := []string{
		"Home 84.12.3.4", "Gateway 192.168.1.1", "Studio 192.168.1.40", "Pro 10.0.0.5", "Serato DJ Pro 84.12.3.4:443",
		"rekordbox 84.12.3.4/24", "Reply from 84.12.3.5", "KAI-PC 192.168.1.20", "MacBook 192.168.1.21", "Home 84.12.3.6",
	}
	out := scrubTwice(t, strings.Join(addrs, "\n")+"\n")
	mustNotContain(t, "addresses", out, "84.12.3.4", "192.168.1.1", "192.168.1.40", "10.0.0.5", "84.12.3.5", "192.168.1.20", "192.168.1.21", "84.12.3.6")
	// a product word that was a learned name is judged the same twice
	scrubTwice(t, "Thandiwe's iPhone\nThandiwe Live 3.2.1.4\n")
}
