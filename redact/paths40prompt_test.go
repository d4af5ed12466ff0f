package redact

import (
	"strings"
	"testing"
)

// macOS's zsh prompt ("user@host dir %") names the account and the
// machine, named after its owner: both go, and are learned; so does a
// full name set as the user.
func TestPaths40ZshPrompt(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"Ngozi Adeyemi@MacBook-Pro ~ %", []string{"Ngozi", "Adeyemi"}},
		{"(base) Ngozi Adeyemi@MacBook-Pro ~ % ls", []string{"Ngozi", "Adeyemi"}},
		{"ngozi@Ngozis-MacBook-Pro ~ %", []string{"ngozi"}},
		{"ngozi@Ngozis-MacBook-Pro Downloads % open x.dmg", []string{"ngozi"}},
		{"(base) kofi@Kofis-MBP ~ %", []string{"kofi"}},
		{"kofi@studio:~$", []string{"kofi", "studio"}},
	} {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		out := scrubTextTwice(t, c.in+"\nlater "+strings.Join(c.secrets, " ")+" again")
		mustNotContain(t, c.in+"/learned", out, c.secrets...)
	}
	out := scrubTextTwice(t, "ngozi@Ngozis-MacBook-Pro ~ %\nconnected to Ngozis-MacBook-Pro.local")
	mustNotContain(t, "host learned", out, "Ngozis-MacBook-Pro")
	for _, keep := range []string{
		"root@localhost:~#",
		"npm i lodash@4.17.21",
		"node@18 ~ %",
		"git clone git@github.com:org/repo.git",
		"nvm use node@18",
		"100 @ 5 % load",
	} {
		keepOnePass(t, keep)
	}
}
