package redact

import (
	"bytes"
	"strings"
	"testing"
)

// A user or customer id key holds the account's id in the vendor's own
// terms, a number or not ("u_8f3a2b1c", a login name): replaced in text as
// ScrubJSON replaces it. Placeholders and generic accounts stay, and an
// address or a SID under the key is left to its own detector.
func TestUserIDValues(t *testing.T) {
	for _, tc := range []struct{ in, secret string }{
		{"segment: userId=u_8f3a2b1c traits={plan: pro}", "u_8f3a2b1c"},
		{"user_id=kai.okonkwo sync ok", "kai.okonkwo"},
		{"[Sync] customerId: 8f3a2b1c9d, retry 2", "8f3a2b1c9d"},
		{"mixpanel distinct_id=18c4a2b3f5e6d7-0a1b2c3d4e5f6-4c3b2a1-1fa400-18c4a2b3f5e6d7", "18c4a2b3f5e6d7"},
	} {
		checkAllEncodings(t, tc.in, tc.in, []string{tc.secret}, "")
		scrubTwice(t, tc.in)
	}
	in := "userId=anonymous userId=guest userId=null user_id=(null) userId=%USER_ID% memberId=0 "
	mustKeep(t, "placeholders", scrubTwice(t, in), in)
	out := scrubTwice(t, "userId=kai@example.org userId=S-1-5-21-1004336348-1177238915-682003330-1001")
	mustNotContain(t, "shapes", out, "kai@example.org", "1004336348")
	mustKeep(t, "shapes", out, "<email-1>", "<machine-id-1>-1001") // (a SID: its domain part)
}

// An analytics SDK's traits, a profile or a customer record name the
// person by "name" as a Sentry user does, in a log line or a JSON
// document; a device's or an app's name stays.
func TestPersonObjects(t *testing.T) {
	in := "segment: identify userId=u_8f3a2b1c traits={name: Kai Okonkwo, email: kai@example.org, plan: pro}\n" +
		`analytics {"traits":{"name":"Kai Okonkwo","plan":"pro"}} {"profile": {"id": "p_77aa", "name": "Kai Okonkwo"}}` + "\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "text", out, "Kai", "Okonkwo", "p_77aa")
	mustKeep(t, "text", out, "plan: pro}", `"plan":"pro"`)
	doc := `{"customer":{"id":"c_9f8e7d","name":"Kai Okonkwo"},"device":{"name":"Studio Mac"},"app":{"name":"Serato DJ Pro"}}`
	var b bytes.Buffer
	if err := newSession(t, Config{}).ScrubJSON(&b, strings.NewReader(doc)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "json", b.String(), "Kai", "c_9f8e7d")
	mustKeep(t, "json", b.String(), `"device":{"name":"Studio Mac"}`, `"app":{"name":"Serato DJ Pro"}`)
}
