package redact

import (
	"strings"
	"testing"
)

// The handle in parentheses after the name "Signed in as" read: apps
// write the display name and then the account ("Signed in as Mei Ling
// (mei.chen)"); the handle went out, or only its first part went.
func TestSignedInNameHandleInParens(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-12-01 10:02:11 [auth] Signed in as Mei Ling (mei.chen)\n2026-12-01 10:02:12 [sync] mei.chen: 14 crates pushed\n", "mei.chen"},
		{"INFO  AccountManager: Logged in as Kwabena Owusu (kwabena_o)\n", "kwabena_o"},
		{"Signed in as Kofi (kofi.mensah)\nMensah uploaded 3 tracks\n", "Mensah"},
		{"[Cloud] Signed in as Thandiwe (thandi88)\n", "thandi88"},
		{"[Cloud] Logged in as Ana Lima (alima)\n", "alima"},
		{"Logged in as Nguyễn Thị Lan (lan.nguyen)\n", "lan.nguyen"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Owner: Mei Ling (Premium)\nPremium plan active\n",
		"user: Kofi Mensah (Pro)\nPro tools installed\n",
		"Logged in as kofi (offline)\nswitching to offline mode\n",
		"Signed in as Ana Lima (Google)\nGoogle Drive linked\n",
		"Logged in as Efua (online)\nonline: 3 peers\n",
		"session opened for user kai (uid=1000)\n",
		"Logged in as Ama (guest)\nguest mode on\n",
	} {
		out := scrubTwice(t, keep)
		for _, w := range []string{"Premium plan", "Pro tools", "offline mode", "Google Drive", "online:", "(uid=1000)", "guest mode"} {
			if strings.Contains(keep, w) && !strings.Contains(out, w) {
				t.Errorf("%q lost %q: %q", keep, w, out)
			}
		}
	}
}
