package redact

import (
	"strings"
	"testing"
)

// mustStay scrubs each input in a fresh session and fails when it changed.
func mustStay(t *testing.T, ins ...string) {
	t.Helper()
	for _, in := range ins {
		if got := newSession(t, Config{}).ScrubString(in); got != in {
			t.Errorf("changed:\n in  %q\n out %q", in, got)
		}
	}
}

// An address after a word that merely ends like a version word ("ver" of
// "nameserver", "v" of "dev") is an address.
func TestProbeIPAfterServerWord(t *testing.T) {
	for _, in := range []string{
		"nameserver 192.168.50.1",
		"Using DNS server 192.168.50.3",
		"DHCP Server: 192.168.10.2",
		"Proxy Server: 10.0.0.5",
		"resolver 192.168.50.2",
		"syslog-server=192.168.50.7",
		"smtp_server: 10.1.2.3",
		"upstream dev 192.168.50.4",
		`"api.bluez5.address" = "192.168.50.9"`,
	} {
		ip := in[strings.LastIndexAny(in, " =\"")+1:]
		ip = strings.Trim(ip, `"`)
		if strings.HasSuffix(in, `"`) {
			ip = "192.168.50.9"
		}
		checkAllEncodings(t, in, in, []string{ip}, "")
	}
	mustStay(t,
		"v1.2.3.4", "ver 10.0.19045.2", "iOS 17.2.1.3", "firmware 1.2.3.4", "Firmware: 2.1.0.7",
		"fw_ver 1.0.2.3", "FwVer: 1.0.2.3", "kernel-rev 5.4.0.1", "OS 10.0.19045.3803", "macOS 14.2.1.0",
		"osver=10.0.1.2", "api 2.0.1.4", "sdk 10.0.22621.0", "driver 31.0.15.3667", "nvdriver 31.0.15.3667",
		"BIOS 1.14.0.2", "kernelrelease 5.15.0.91", "product_version 1.2.3.4", "-v 1.2.3.4")
}
