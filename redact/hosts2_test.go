package redact

import "testing"

// A public service's name (host='sync.serato.com') is the server
// connected to, not the user's machine: kept, and its first label ("sync")
// is no machine name to learn. Machines on private networks, and names
// that read as a machine's, still go, with their first label.
func TestPublicServiceHosts(t *testing.T) {
	in := "  File \"C:\\Users\\kai\\site-packages\\serato\\sync.py\", line 42\n" +
		"ConnectionError: HTTPSConnectionPool(host='sync.serato.com', port=443): Max retries exceeded with url: /v1/sync\n" +
		"hostname=api.example.com\nupdate via api.py\n"
	out := scrubTwice(t, in)
	mustKeep(t, "public", out, "sync.py", "host='sync.serato.com'", "/v1/sync", "api.py")
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"fritz", "host=kai-mbp.fritz.box\n", []string{"kai-mbp"}},
		{"home.arpa", "hostname: studio.home.arpa\n", []string{"studio.home.arpa"}},
		{"machine label", "host='kai-mbp.example.com'\n", []string{"kai-mbp"}},
		{"capitals", "host=KAIPC.contoso.com\n", []string{"KAIPC"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "later "+c.secrets[0])
	}
}
