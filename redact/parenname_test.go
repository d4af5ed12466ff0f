package redact

import "testing"

// A full name in parentheses under a user key: read from the '(', its
// first word went with the '(' and its last stayed ("Owner:(Kofi
// Mensah)" gave "Owner:<user-1> Mensah)").
func TestUserKeyFullNameInParens(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Owner:(Kofi Mensah)\n", "Mensah"},
		{"Owner: (Ngozi Adeyemi)\nAdeyemi's crates synced\n", "Adeyemi"},
		{"user=(Thandiwe Nkosi) id=1001\n", "Nkosi"},
		{"Author: (Zeynep Öztürk)\n", "Öztürk"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Owner: (none)\n",
		"Benutzername: (keine)\n",
		"Owner: (unknown user)\n",
		"user: (not set)\n",
		"Author: (c) 2024 Serato Limited\n",
		"Owner: (no owner)\n",
	} {
		mustKeepTwice(t, keep)
	}
}
