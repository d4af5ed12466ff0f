package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Ableton's Options and log name the product edition after
// "Authorization:" ("Live 12 Suite"): words and short numbers, no
// credential. Real credentials after the key stay scrubbed: an auth
// scheme and its value, one opaque value, words mixed with one.
func TestAuthorizationProductEdition(t *testing.T) {
	keep := "Authorization: Live 12 Suite\n" +
		"Authorization: Live 11 Standard\n" +
		"-Authorization=Live 10 Intro\n" +
		"Authorization: Live 12 Suite (Trial)\n" +
		`{"Authorization":"Live 12 Suite","authorization":"Pro Tools Ultimate 2024.3"}` + "\n" +
		`[["Authorization","Live 12 Suite"]]` + "\n"
	out := scrubTwice(t, keep)
	mustKeep(t, "edition", out, "Authorization: Live 12 Suite\n", "Authorization: Live 11 Standard\n", "-Authorization=Live 10 Intro\n",
		"Authorization: Live 12 Suite (Trial)\n", `{"Authorization":"Live 12 Suite","authorization":"Pro Tools Ultimate 2024.3"}`,
		`[["Authorization","Live 12 Suite"]]`)
	out = scrubJSONMessage(t, keep)
	mustKeep(t, "edition/json", out, "Authorization: Live 12 Suite\n", `{"Authorization":"Live 12 Suite"`)

	secrets := "Authorization: Bearer xyzAbc123tok\n" +
		"Authorization: Basic dXNlcjpwYXNz\n" +
		"Authorization: 9f8e7d6c5b4a39281706f5e4d3c2b1a0\n" +
		"Authorization: Bearer Live Suite\n" +
		"Authorization: Token Abcdefgh Ijklmnop\n" +
		"Authorization: Live 12 Suite xK9fQ2mZ7wL4Qp\n" +
		`{"Authorization":"Basic dXNlcjpwYXNz","auth":"Bearer abcdefghij"}` + "\n"
	out = scrubTwice(t, secrets)
	mustNotContain(t, "credentials", out, "xyzAbc123tok", "dXNlcjpwYXNz", "9f8e7d6c5b4a39281706f5e4d3c2b1a0", "Live Suite",
		"Abcdefgh", "abcdefghij", "Live 12 Suite xK9fQ2mZ7wL4Qp")
	// a JSON document's header object
	var js bytes.Buffer
	doc := `{"headers":{"Authorization":"Live 12 Suite","X-Auth":"Bearer eyJhbGciOi.eyJzdWIi.c2ln"},"auth":"Basic dXNlcjpwYXNz"}`
	if err := newSession(t, Config{}).ScrubJSON(&js, strings.NewReader(doc)); err != nil {
		t.Fatal(err)
	}
	mustKeep(t, "edition/json doc", js.String(), `"Authorization":"Live 12 Suite"`)
	mustNotContain(t, "credentials/json doc", js.String(), "eyJhbGciOi", "dXNlcjpwYXNz")
}

// A scheme that authSchemeEnd does not know (Okta's SSWS, a vendor's own,
// AWS SigV4) is followed by the credentials themselves: they go, the
// scheme stays to say what kind of credential it was.
func TestAuthorizationOtherSchemes(t *testing.T) {
	for _, tc := range []struct{ in, secret, keep string }{
		{"Authorization: SSWS 00QCjAl4MlV-WPXM0Jrm3wqGaWtLi4NYKm7r3Z1FNzhOVm", "00QCjAl4MlV-WPXM0Jrm3wqGaWtLi4NYKm7r3Z1FNzhOVm", "Authorization: SSWS <token-1>"},
		{"Authorization: Splice-Token 8f7e6d5c4b3a29180716\n", "8f7e6d5c4b3a29180716", "Splice-Token <token-1>\n"},
		{"Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, Signature=5d672d79c15b", "5d672d79c15b", "AWS4-HMAC-SHA256 <token-1>"},
		{"Proxy-Authorization: PVEAPIToken=root@pam!mon=aaaabbbb-cccc-dddd-eeee-ffff00001111", "aaaabbbb-cccc", ""},
	} {
		checkAllEncodings(t, tc.in, tc.in, []string{tc.secret}, "")
		mustKeep(t, tc.in, scrubTwice(t, tc.in), tc.keep)
	}
	// prose after the key stays as it was
	in := "Authorization: Pending approval\n"
	mustKeep(t, "prose", scrubTwice(t, in), "approval")
}
