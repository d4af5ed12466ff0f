package redact

import "testing"

// Android's property list (adb shell getprop, bug reports) writes key and
// value in brackets.
func TestGetprop(t *testing.T) {
	in := "[ro.serialno]: [R58M123ABC]\n[ro.product.model]: [SM-G991B]\n[net.hostname]: [galaxy-thandiwe]\n" +
		"[ro.ril.oem.imei]: [356938035643809]\n[ro.build.fingerprint]: [samsung/o1sxxx/o1s:13/TP1A.220624.014/G991BXXU5DWA1:user/release-keys]\n"
	checkAllEncodings(t, "getprop", in, []string{"R58M123ABC", "galaxy-thandiwe", "356938035643809"}, "adb: device R58M123ABC offline")
	out := scrubTwice(t, in)
	mustKeep(t, "getprop", out, "[ro.product.model]: [SM-G991B]", "TP1A.220624.014/G991BXXU5DWA1", "[ro.serialno]: [<serial-")
	// not at a line start, or no bracketed value: no property line
	for _, keep := range []string{"see [ro.serialno]: [R58M] below\n", "[ro.serialno]: R58M\n"} {
		mustKeepTwice(t, keep)
	}
}
