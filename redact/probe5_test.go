package redact

import "testing"

// Samples from a probe with data no earlier test had: DJ software logs,
// system dumps and crash logs, with identities nobody planned for.

// "Logged in as" with a full name: every word of it is the person, and a
// name may start with a letter outside ASCII.
func TestProbe5SignedInFullName(t *testing.T) {
	for _, tc := range []struct {
		in      string
		secrets []string
		keep    []string
	}{
		{"iZotope Product Portal: logged in as Søren Ødegård, account ok", []string{"Søren", "Ødegård"}, []string{"iZotope Product Portal: logged in as <user-", ", account ok"}},
		{"Signed in as Oluwaseun Adébáyọ̀ (Pro plan)", []string{"Oluwaseun", "Adébáyọ̀"}, []string{"Signed in as <user-", "(Pro plan)"}},
		{"logged in as Ødegård\n", []string{"Ødegård"}, []string{"logged in as <user-"}},
		{"Logged in as kai.o from app", []string{"kai.o"}, []string{"Logged in as <user-", " from app"}},
	} {
		checkAllEncodings(t, tc.in, tc.in, tc.secrets, "")
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.secrets...)
		mustKeep(t, tc.in, out, tc.keep...)
	}
}

// Network names under keys no earlier sample had: ioreg's IO80211SSID,
// nmcli's GENERAL.CONNECTION and connection.id (a profile named after
// the network).
func TestProbe5WiFiKeys(t *testing.T) {
	for _, tc := range []struct{ in, secret, keep string }{
		{"        \"IO80211SSID\" = \"Ní Bhriain Home 5G\"\n", "Bhriain", "\"IO80211SSID\" = \""},
		{"GENERAL.CONNECTION:                     Adébáyọ̀ Family WiFi\n", "Adébáyọ̀", "GENERAL.CONNECTION:"},
		{"connection.id:                          Ødegård Hytte 5G\n", "Ødegård", "connection.id:"},
	} {
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.secret)
		mustKeep(t, tc.in, out, tc.keep)
		if js := scrubJSONMessage(t, tc.in); js == tc.in {
			t.Errorf("json: %q unchanged", js)
		}
	}
}
