package redact

import (
	"strings"
	"testing"
)

// A full name written in lower case under a user's key kept its surname:
// "User: ama mensah" came out "<user-1> mensah".
func TestLeaks28LowerFullNameUnderUserKey(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-03-02 10:14:07 INFO session opened\nUser: ama mensah\nHost: build-07\n", "mensah"},
		{"level=info msg=\"login ok\" user=kofi mensah\n", "mensah"},
		{"Full name: ngozi adeyemi\nShell: /bin/zsh\n", "adeyemi"},
		{"Full name: thabo van der merwe\n", "merwe"},
		{"user: ana da silva\n", "silva"},
		{"{\"event\":\"signup\",\"user\":\"x\",\"msg\":\"user=wanjiru kamau\"}\n", "kamau"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"User: root admin\n",
		"user: not set\n",
		"user: nobody nogroup\n",
		"user: postgres database\n",
		"user: current user\n",
		"run as user: jenkins agent\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A DOMAIN\account at a sentence's end lost the full stop (the account
// read "kofi.", learned and replaced with it): "signed by CORP\kofi."
// came out "CORP\<user-1>".
func TestLeaks28DomainAccountFullStop(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Document signed by CORP\\kofi.\n", "kofi"},
		{"Signed by STUDIO-PC\\ngozi.a.\n", "ngozi"},
		{"The task was created by CORP\\wanjiru.kamau.\n", "kamau"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if !strings.HasSuffix(out, ".\n") {
			t.Errorf("%q: full stop lost: %q", c.in, out)
		}
	}
	for _, keep := range []string{
		"See HKLM\\Software.\n",
		"Loaded SYSTEM\\CurrentControlSet.\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A shell parameter expansion's default kept the account or machine it
// names: "host=${DB_HOST:-kofi-pc}", "USER=${USER:-kwabena}", "--user
// ${SUDO_USER:-ama}" (the name of the variable stays).
func TestLeaks28ShellDefault(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"+ psql host=${DB_HOST:-kofi-pc} dbname=app\n", "kofi-pc"},
		{"USER=${USER:-kwabena}\n", "kwabena"},
		{"exec sudo --user ${SUDO_USER:-ama.owusu} /usr/local/bin/backup.sh\n", "ama.owusu"},
		{"+ exec runuser -u app -- env USER=${USER:=thandeka_m} ./start\n", "thandeka_m"},
		{"+ psql --host ${PGHOST:-wanjiru-laptop} -U app\n", "wanjiru-laptop"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if !strings.Contains(out, "${") {
			t.Errorf("%q: the expansion's variable went: %q", c.in, out)
		}
	}
	// a password is not looked for elsewhere: this line only
	pw := "password=${DB_PASSWORD:-Kofi2024!x}\n"
	mustNotContain(t, pw, scrubTwice(t, pw), "Kofi2024")
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(pw)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, pw, string(m.b), "Kofi2024")
	for _, keep := range []string{
		"host=${DB_HOST}\n",
		"db_host=${DB_HOST:-localhost}\n",
		"user=${USER:-root}\n",
		"echo ${PORT:-8080}\n",
		"password=${DB_PASSWORD}\n",
		"EDITOR=${EDITOR:-vi}\n",
	} {
		mustKeepTwice(t, keep)
	}
}
