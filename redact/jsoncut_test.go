package redact

import (
	"strings"
	"testing"
)

// A JSON log its app was writing when it crashed ends inside a string:
// that string is scrubbed as it would be whole, under its key.
func TestScrubJSONCutString(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"password":"hunter2`, `{"password":"<password-1>`},
		{`{"a":1,"token":"abc`, `{"a":1,"token":"<token-1>`},
		{`[{"license":"ABCD-EFGH`, `[{"license":"<license-1>`},
		{`{"user":"thandiwe`, `{"user":"<user-1>`},
		{`{"headers":[["Authorization","Basic dXNlcjpwYXNz`, `{"headers":[["Authorization","<token-1>`},
		{`{"password":"hunter2\`, `{"password":"<password-1>\`},
		{`{"msg":"loaded C:\\Users\\thandiwe.mokoena\\x`, `{"msg":"loaded C:\\Users\\<user-1>\\x`},
		{`{"passw`, `{"passw`},
		{`{"level":"info","msg":"ok`, `{"level":"info","msg":"ok`},
	}
	for _, c := range cases {
		var out strings.Builder
		s := newSession(t, Config{})
		if err := s.ScrubJSON(&out, strings.NewReader(c.in)); err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if out.String() != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out.String(), c.want)
		}
		var again strings.Builder
		if err := s.ScrubJSON(&again, strings.NewReader(out.String())); err != nil || again.String() != out.String() {
			t.Errorf("%q: not idempotent: %q", c.in, again.String())
		}
	}
}
