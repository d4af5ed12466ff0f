package redact

import (
	"strings"
	"testing"
)

// accountHead (a learned part's handle, "olu_adeyemi") takes no word
// that code or a host name puts before a learned name: a method, an
// identifier or a host name going on after it.
func TestAccountHeadNotInCodeOrHosts(t *testing.T) {
	out := scrubTwice(t, "path: /home/ama.mensah/x\ncall gnutls_mensah_set(x); r := cmd.mensah()\nsee https://facebook.mensah.io/x\nhandle: olu_mensah\n")
	mustKeep(t, "learn then scrub", out, "gnutls_<", "cmd.<", "https://facebook.<")
	if strings.Contains(out, "olu_") {
		t.Errorf("the handle's head stayed: %q", out)
	}
}
