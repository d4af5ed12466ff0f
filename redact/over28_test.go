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

// A company under an owner key ("Owner: Apple Inc.", a file's or a
// package's owner, a device's) is no person: a maker's name stays, and
// another company goes as an organisation, not as an account whose words
// would go from every line. A person under the key still goes.
func TestCompanyUnderOwnerKey(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"owner: Kofi Mensah\n", "Mensah"},
		{`{"owner":"Adaeze Okafor","name":"Set 2026"}` + "\n", "Okafor"},
		{`{"owner":"Nguyen Trading Co.","user":"wei.zhang88"}` + "\n", "wei.zhang88"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// a company named after its owner goes where it is written whole
	mustNotContain(t, "owner's company", scrubTwice(t, "Owner: Owusu Sound Ltd\n"), "Owusu")
	for _, keep := range []string{
		"owner: Microsoft Corporation\n",
		`{"owner":"Microsoft Corporation","id":"Microsoft.WindowsTerminal"}` + "\n",
		"Owner: Apple Inc.\nApple Inc. Apple Music 1.4.5\n",
		"File owner: Google LLC\nGoogle Chrome 131.0.6778.86\n",
		"Device owner: Samsung Electronics Co. Ltd\n",
	} {
		mustKeepTwice(t, keep)
	}
}
