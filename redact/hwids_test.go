package redact

import (
	"strings"
	"testing"
)

// MAC addresses written without ':' or '-': Windows Bluetooth PnP instance
// ids, Cisco's dotted form, ioreg data, bare 12-hex under a MAC key.
func TestHWMACForms(t *testing.T) {
	cases := []struct{ in, secret string }{
		{`InstanceId : BTHLE\DEV_AC1F74DEAD01\8&1A2B3C4D&0&AC1F74DEAD01` + "\n", "AC1F74DEAD01"},
		{`InstanceId : BTHENUM\{0000110B-0000-1000-8000-00805F9B34FB}_VID&0001000F_PID&2062\7&2A1B3C4D&0&004279AABBCC_C00000000` + "\n", "004279AABBCC"},
		{"connected to 0042.79aa.bbcc\n", "0042.79aa.bbcc"},
		{`    |     "BD_ADDR" = <f02f4b998877>` + "\n", "f02f4b998877"},
		{`    "MACAddress" = 004279AABBCC` + "\n", "004279AABBCC"},
		{"mac=004279aabbcc\n", "004279aabbcc"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.secret, c.in, []string{c.secret}, "")
		out := scrubTwice(t, c.in)
		if !strings.Contains(out, "<mac-1>") {
			t.Errorf("no <mac-1> in %q", out)
		}
	}
	out := scrubTwice(t, `BTHLE\DEV_AC1F74DEAD01\8&1A2B3C4D&0&AC1F74DEAD01`)
	mustKeep(t, "bthle", out, `BTHLE\DEV_<mac-1>\8&1A2B3C4D&0&<mac-1>`)
	out = scrubTwice(t, `BTHENUM\{0000110B-0000-1000-8000-00805F9B34FB}_VID&0001000F_PID&2062\7&2A1B3C4D&0&004279AABBCC_C00000000`)
	mustKeep(t, "bthenum", out, `_VID&0001000F_PID&2062\7&2A1B3C4D&0&<mac-1>_C00000000`)
}

// A MAC learned in one form is replaced in the others: bare 12 hex and
// dotted, in free text, and the machine's own MAC from its Identity.
func TestHWMACLearnedForms(t *testing.T) {
	in := "wlan0 ether 00:42:79:aa:bb:cc\nlink 004279AABBCC 0042.79aa.bbcc\n"
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	out := s.ScrubString(in)
	mustNotContain(t, "learned", out, "004279aabbcc", "0042.79aa.bbcc", "00:42:79")
	if strings.Count(out, "<mac-1>") != 3 {
		t.Errorf("want one pseudonym: %q", out)
	}
	s = newSession(t, Config{Identity: Identity{Secrets: []string{"fa:72:48:87:f3:cf"}}})
	out = s.ScrubString("link fa724887f3cf FA72.4887.F3CF fa:72:48:87:f3:cf\n")
	mustNotContain(t, "identity", out, "fa724887f3cf", "fa72.4887.f3cf", "fa:72")
}

// A bare 12-hex word in free text is no MAC: code addresses, hashes.
func TestHWMACBareNotInFreeText(t *testing.T) {
	for _, in := range []string{
		"0x7ff6a1b2c3d4 in foo\n",
		"frame #3 00007ff6a1b2 libfoo\n",
		"commit 3fb16cb1a2b3 fixed\n",
		"build 1a2b3c4d5e6f done\n",
		"version 1.2.3.4 and 0000.0000.0000\n",
		"HEAD is now at 3fb16cb1a2b3c4d5 redact\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed:\n in  %q\n out %q", in, out)
		}
	}
}
