package redact

import (
	"strings"
	"testing"
)

// A ConnMan settings file names its network three ways: the section's
// service id and "SSID=" in hex, "Name=" as the user sees it; all three,
// and the name elsewhere in the report, take one pseudonym.
func TestConnmanSettingsOneNetwork(t *testing.T) {
	in := "[wifi_0a1b2c3d4e5f_4f6b61666f72486f6d65_managed_psk]\nSSID=4f6b61666f72486f6d65\nName=Okafor Home\n" +
		"Favorite=true\n[global]\nName=Other\nconnmand[1]: Connected to Okafor Home\n"
	checkEncodingsOnePass(t, in, "Okafor", "4f6b61666f72486f6d65")
	out := scrubTextTwice(t, in)
	mustNotContain(t, "connman", out, "Okafor", "4f6b61666f72486f6d65", "0a1b2c3d4e5f")
	if n := strings.Count(out, "<network-1>"); n != 4 || strings.Contains(out, "<network-2>") {
		t.Errorf("one network, one pseudonym: %q", out)
	}
	if !strings.Contains(out, "Name=Other") {
		t.Errorf("another section's name: %q", out)
	}
	// CRLF, and the name before the SSID
	crlf := "[wifi_0a1b2c3d4e5f_4f6b61666f72486f6d65_managed_psk]\r\nName=Okafor Home\r\nSSID=4f6b61666f72486f6d65\r\n"
	out = scrubTextTwice(t, crlf)
	mustNotContain(t, "connman crlf", out, "Okafor", "4f6b61666f72486f6d65")
	if strings.Count(out, "<network-1>") != 3 || strings.Contains(out, "<network-2>") {
		t.Errorf("one network, one pseudonym: %q", out)
	}
}

// libvirt's "Virtual network: vnet0 (open)" names a VM's network, no
// Wi-Fi's.
func TestVirtualNetworkKept(t *testing.T) {
	for _, keep := range []string{"Virtual network: vnet0 (open)\n", "Virtual network: default (open)\n"} {
		keepOnePass(t, keep)
	}
	checkOwnerLeaks(t, []struct{ in, secret string }{{"Found network: Okafor-Home-2.4 (WPA2)\n", "Okafor"}})
}
