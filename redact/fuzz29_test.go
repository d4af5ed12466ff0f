package redact

import (
	"bytes"
	"testing"
)

// scrubTextTwice is FuzzScrubText's check: learn, scrub, scrub the output
// again; the second scrub must change nothing. It returns the first
// scrub's output.
func scrubTextTwice(t *testing.T, in string) string {
	t.Helper()
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	var once, twice bytes.Buffer
	if err := s.ScrubText(&once, bytes.NewReader([]byte(in))); err != nil {
		t.Fatal(err)
	}
	if err := s.ScrubText(&twice, bytes.NewReader(once.Bytes())); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(once.Bytes(), twice.Bytes()) {
		t.Errorf("not idempotent:\n in    %q\n once  %q\n twice %q", in, once.Bytes(), twice.Bytes())
	}
	return once.String()
}

// A key phrase that starts where a finding ends ("Z0+" of a URL's
// userinfo, then ")0000 mAil:") is read as the second pass reads it after
// the pseudonym: the rest of the word is no part of it, the key is "mAil".
func TestFuzz29PhraseAfterFinding(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"smb://Z0User:Z0+)0000 mAil: 0000A", "smb://Z0User:<user-1>)0000 mAil: <email-1>"},
		// (and after '*'s, which a second pass reads as a pseudonym's padding)
		{"A00000000 QUID:     1A0A0A0A-0A0A-0A0A-0A0A-0A0A0A0A0A0A*C)00000000000 KeY: 000A000000000000000000000000000000",
			"A00000000 QUID:     <uuid-1>*C)00000000000 KeY: <key-value-1>"},
		{"mount -t cifs //nas/music -o user=kofi,pass=Mix+)2024 Email: ama.owusu@example.gh",
			"mount -t cifs //nas/music -o user=<user-1>,pass=<password-1>)2024 Email: <email-1>"},
	} {
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// An account id replaced from its start hides the keys inside it, as the
// pseudonym does in a second pass ("DBID:0:UUID: sID:x": no UUID key, so
// "sID:" is a key of its own).
func TestFuzz29KeysInsideReplacedID(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"DBID:0:UUID: sID:00A", "DBID:<uid-1> sID:<token-1>"},
		{"Dropbox DBID:AAH4f99T0taONIb:UUID: sid:8f3a2b1c", "Dropbox DBID:<uid-1> sid:<token-1>"},
	} {
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// A value left as it is (a "$USER" placeholder) still shows what follows
// it in the word to the other detectors: the address after "$USER@", the
// key after it ("USER :$0!0.0.1.0!mAil:x", which a second pass read after
// the address's pseudonym).
func TestFuzz29SkippedValueStaysText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"AAA pts/ 0.0.1.0 USER :$000000!0.0.1.0!mAil:00000A", "<user-1> pts/ <ip-1> USER :$000000!<ip-1>!mAil:<email-1>"},
		{"ssh_target: $USER@192.168.1.20", "ssh_target: $USER@<ip-1>"},
		{"deploy user: $DEPLOY_USER!kofi.mensah@example.gh", "deploy user: $DEPLOY_USER!<email-1>"},
	} {
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	checkBothPaths(t, "backup.sh: rsync user: $USER@192.168.1.20 (nightly)\n", "192.168.1.20")
	checkBothPaths(t, "user: $REMOTE_LOGIN!nguyen.thi.mai@example.vn\n", "nguyen.thi.mai")
	for _, keep := range []string{
		"password=${DB_PASS:-changeme}\n",
		"user: $USER\nUser: n/a\ntoken: $GITHUB_TOKEN\n",
		"Authorization: Bearer $TOKEN\n",
		"host: $HOSTNAME, port: 8080\n",
		"    user = os.environ[\"USER\"]\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A password that starts with '$' is no placeholder: "$Kofi2024!" and a
// crypt hash went out as they were; "$DB_PASS", "$(pass show x)" stay.
func TestFuzz29DollarPassword(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-11-30 21:14:09 mysql: connecting with user=kofi_m password: $Kofi2024!\n", "Kofi2024"},
		{"smtp.password = $Adaeze#1990\n", "Adaeze#1990"},
		{"Password: $1$8fQe2$Xy9fKq2Lm0p\n", "Xy9fKq2Lm0p"},
	} {
		// (a password is not learned: no later line to check)
		checkEncodingsOnePass(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"password=$DB_PASS\n",
		"password: $db_pass\n",
		"PGPASSWORD=${PGPASSWORD:-}\n",
		"password: $(pass show studio/db)\n",
		"password=$1\n",
		"token: $GITHUB_TOKEN\n",
	} {
		mustKeepTwice(t, keep)
	}
}
