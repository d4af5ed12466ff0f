package redact

import (
	"bytes"
	"strings"
	"testing"
)

// TestLocationKeys: where the person is (Sentry's user.geo, a billing
// address) is replaced; a machine or device fingerprint is an id; a
// service's "x.account" names the account.
func TestLocationKeys(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"City: Cape Town\n", "Cape Town"},
		{"geo.city=Durban\n", "Durban"},
		{"postal_code=4001 latitude=-29.8587 longitude=31.0218\n", "4001"},
		{"machine_fingerprint=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"},
		{"dj.account=thandeka_beats\n", "thandeka_beats"},
	} {
		checkAllEncodings(t, c.secret, c.in, []string{c.secret}, "")
	}
	in := `{"user":{"geo":{"city":"Durban","country_code":"ZA"},"latitude":-29.8587},"tls_fingerprint":"ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12","latency_ms":12,"position":3}`
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "json", out.String(), "Durban", "29.8587")
	mustKeep(t, "json", out.String(), `"country_code":"ZA"`, "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12", `"latency_ms":12`, `"position":3`)
}
