package redact

import "testing"

// Leak: nmcli -t's connection rows ("NAME:UUID:TYPE:DEVICE", no header)
// kept a Wi-Fi connection's name, a network's or a person's hotspot's,
// written before anything taught it.
func TestProbe18NmcliTerseRows(t *testing.T) {
	in := "$ nmcli -t -f NAME,UUID,TYPE,DEVICE connection show\n" +
		"Kofi's iPhone:5b2f3c4d-1a2b-4c3d-9e8f-0a1b2c3d4e5f:802-11-wireless:wlp2s0\n" +
		"Wired connection 1:7c1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e6f:802-3-ethernet:\n" +
		"Mensah Family 5G:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d:802-11-wireless:\n" +
		"lo:0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b:loopback:lo\n"
	checkAllEncodings(t, "nmcli", in, []string{"Kofi", "Mensah"}, "joined Mensah Family 5G")
	out := scrubTwice(t, in)
	mustKeep(t, "nmcli", out, "\nWired connection 1:<uuid-", ":loopback:lo\n", ":802-11-wireless:wlp2s0\n", "\n<network-")
	// a wired row's name stays
	keep := "Wired connection 1:7c1d2e3f-4a5b-4c6d-8e7f-1a2b3c4d5e6f:802-3-ethernet:eth0\n"
	mustKeep(t, "keep", scrubTwice(t, keep), "Wired connection 1:<uuid-1>:")
}
