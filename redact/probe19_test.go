package redact

import (
	"testing"
)

// Leak: the address after an account that holds an '@' ("scp
// kai@@10.0.0.7:x", an Entra ID login "ssh kai@contoso.com@10.0.0.7")
// or after a URL's userinfo ending in an encoded '@'
// ("http://kai@%4010.0.1.5") stayed: no word starts there.
func TestProbe19AtAtAddress(t *testing.T) {
	in := "$ scp kai@@10.0.0.7:x .\n$ ssh kai@contoso.com@10.0.0.10 uptime\n$ curl http://kai@%4010.0.1.5/status\n"
	checkAllEncodings(t, "atat", in, []string{"10.0.0.7", "10.0.0.10", "10.0.1.5", "kai", "contoso"}, "")
	mustKeep(t, "atat", scrubTwice(t, in), "$ scp <user-1>@@<ip-", ":x .\n", " uptime\n", "%40<ip-", "/status\n")
	// a package's version after an '@' stays
	keep := "installed left-pad@1.2.3.4 and npm@@10.0.0.7\n"
	if out := scrubTwice(t, keep); out != keep {
		t.Errorf("keep: %q", out)
	}
}
