package redact

import (
	"strings"
	"testing"
)

// "Logged in as iLok user ID kofi_m": the word between "as" and "user"
// (or "account") names the service, a product, and the account follows
// "user ID". The product word stays, here and everywhere else in the
// report; the account goes.
func TestServiceUserAfterLoggedInAs(t *testing.T) {
	for _, c := range []struct{ in, secret, keep string }{
		{"PACE iLok License Manager: Logged in as iLok user ID kofi_m\nThe iLok USB key is connected\n", "kofi_m", "iLok"},
		{"[2026-12-06 21:14:03] Logged in as iLok user chidinma.o\n", "chidinma", "iLok"},
		{"AdobeIPCBroker: Signed in as Adobe account thandi.nkosi\nAdobe Premiere Pro 2025 started\n", "thandi", "Adobe"},
		{"Native Access: Logged in as Native Instruments user ID wei.zhang88\n", "wei.zhang88", "Instruments"},
		{"Splice: logged in as Splice user ID: mateusz_k\n", "mateusz_k", "Splice"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if !strings.Contains(out, c.keep) {
			t.Errorf("%q: one pass lost %q: %q", c.in, c.keep, out)
		}
		if out := scrubTwice(t, c.in); !strings.Contains(out, c.keep) {
			t.Errorf("%q: learn pass lost %q: %q", c.in, c.keep, out)
		}
	}
	for _, keep := range []string{
		"PACE iLok License Manager 5.9.1 started\nThe iLok USB key is connected\n",
		"Logged in as iLok user\n",
		"logged in as root\n",
		"Signed in as Adobe account\n",
		"connected to output as fallback\n",
	} {
		mustKeepTwice(t, keep)
	}
}
