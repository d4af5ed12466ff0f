package redact

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// Colleagues' reports on the Linux Breakpad environ: PWD is a working
// directory, MAIL a mailbox path, DESKTOP_SESSION a desktop name; proxy
// settings and internal URLs name hosts.
func TestEnvironPrecision(t *testing.T) {
	env := []string{
		"LOGNAME=liuandrew",
		"HOME=/usr/local/google/home/liuandrew",
		"PWD=/usr/local/google/home/liuandrew/Documents/breakpad_test",
		"OLDPWD=/tmp",
		"MAIL=/dev/null",
		"DESKTOP_SESSION=ubuntu",
		"GDMSESSION=ubuntu",
		"AUTO_PROXY=https://proxyconfig.corp.google.com/proxy.pac",
		"NO_PROXY=localhost,127.0.0.1,.build.corp.example.com",
		"http_proxy=http://bob:hunter22@proxy.internal:3128/",
	}
	keep := []string{
		"PWD=/usr/local/google/home/", "/Documents/breakpad_test", "OLDPWD=/tmp", "MAIL=/dev/null",
		"DESKTOP_SESSION=ubuntu", "GDMSESSION=ubuntu", "AUTO_PROXY=https://", "/proxy.pac", "NO_PROXY=localhost,127.0.0.1,.",
	}
	gone := []string{"liuandrew", "proxyconfig.corp.google.com", "proxyconfig", "build.corp.example.com", "proxy.internal", "hunter22"}
	check := func(mode, out string) {
		t.Helper()
		for _, k := range keep {
			if !strings.Contains(out, k) {
				t.Errorf("%s: %q lost in\n%s", mode, k, out)
			}
		}
		mustNotContain(t, mode, out, gone...)
		if strings.Contains(out, "<password") || strings.Contains(out, "<email") || strings.Contains(out, "<token") {
			t.Errorf("%s: over-scrubbed:\n%s", mode, out)
		}
	}
	// text, one variable a line
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubText(&out, strings.NewReader(strings.Join(env, "\n")+"\n")); err != nil {
		t.Fatal(err)
	}
	check("text", out.String())
	// a NUL-separated environ block (LinuxEnviron, /proc/PID/environ),
	// same length
	blk := []byte(strings.Join(env, "\x00") + "\x00")
	s = newSession(t, Config{})
	s.Learn(blk)
	n := len(blk)
	s.ScrubSameLength(blk)
	if len(blk) != n {
		t.Fatal("length changed")
	}
	check("environ", strings.ReplaceAll(string(blk), "\x00", "\n"))

	// a PWD that is no path is still a password; MAIL holding a mailbox
	// of a user names the user
	s = newSession(t, Config{})
	got := s.ScrubString("PWD=hunter22 db_pwd=/s3cret MAIL=/var/mail/zoe.k")
	mustNotContain(t, "pwd", got, "hunter22", "s3cret", "zoe.k")
	if !strings.Contains(got, "MAIL=/var/mail/<user-1>") {
		t.Errorf("mailbox: %q", got)
	}
}

// Internal host names in URLs are site identifiers; public hosts stay.
func TestInternalURLHosts(t *testing.T) {
	s := newSession(t, Config{})
	in := "fetch https://wiki.corp.example.com/x?id=3 failed; see https://github.com/getsentry/relay and http://printer.lan:631/jobs, " +
		"pac http://wpad.home/wpad.dat; http://nas.intranet.acme.de/share"
	got := s.ScrubString(in)
	mustNotContain(t, "internal", got, "wiki.corp.example.com", "printer.lan", "wpad.home", "nas.intranet.acme.de")
	for _, k := range []string{"https://github.com/getsentry/relay", "https://<host-1>/x?id=3", ":631/jobs"} {
		if !strings.Contains(got, k) {
			t.Errorf("%q lost in %q", k, got)
		}
	}
	// the learned host is replaced elsewhere too
	if got := s.ScrubString("resolved wiki.corp.example.com"); strings.Contains(got, "wiki.corp") {
		t.Errorf("learned host survives: %q", got)
	}
	// public and symbol-like names stay
	for _, keepIt := range []string{"https://www.example.com/home/index.html", "http://localhost:8080/", "com.corp.app.Main.run(Main.java:12)"} {
		if got := newSession(t, Config{}).ScrubString(keepIt); got != keepIt {
			t.Errorf("%q changed to %q", keepIt, got)
		}
	}
}

// The real fixture: its environ stream scrubbed same-length.
func TestBreakpadEnvironFixture(t *testing.T) {
	b := readFixture(t, "minidump/linux-x86_64-breakpad-dev-environ.dmp")
	s := newSession(t, Config{})
	s.Learn(b)
	s.ScrubSameLength(b)
	out := string(b)
	mustNotContain(t, "fixture", out, "liuandrew", "proxyconfig.corp.google.com")
	for _, k := range []string{"MAIL=/dev/null", "DESKTOP_SESSION=ubuntu", "PWD=/usr/local/google/home/", "AUTO_PROXY=https://"} {
		if !strings.Contains(out, k) {
			t.Errorf("%q lost", k)
		}
	}
}

// Millions of distinct values (a session id per line of a huge log) must
// not grow the session without bound; replacements stay consistent.
func TestPseudonymTableBounded(t *testing.T) {
	s := newSession(t, Config{})
	for i := 0; i < maxPseudonyms+5000; i++ {
		s.pseudonym(ClassToken, "v"+strconv.Itoa(i))
	}
	if len(s.pseudo) > maxPseudonyms {
		t.Fatalf("table grew to %d", len(s.pseudo))
	}
	late := s.pseudonym(ClassToken, "late-value")
	if late != s.pseudonym(ClassToken, "late-value") || late == s.pseudonym(ClassToken, "other-value") {
		t.Fatalf("inconsistent past the cap: %q", late)
	}
	if early := s.pseudonym(ClassToken, "v1"); early != "<token-2>" {
		t.Fatalf("numbered pseudonym changed: %q", early)
	}
	// a same-length rendering still fits
	buf := make([]byte, 6)
	fitPseudonym(buf, ClassToken, late)
	if !strings.HasPrefix(string(buf), "<t") {
		t.Fatalf("compact form %q", buf)
	}
}

// A share that is itself a profile root (\\host\Documents and Settings\x,
// file://host\...) hides the user just as a local path does (found by
// FuzzScrubJSON: the first scrub missed the user, the second caught it).
func TestShareAsProfileRoot(t *testing.T) {
	for _, in := range []string{
		`open \\FILESRV\Documents and Settings\marta.k\NTUSER.DAT failed`,
		`file://FILESRV\Documents and Settings\marta.k\x`,
	} {
		s, _ := NewSession(Config{})
		s.Learn([]byte(in))
		out := s.ScrubString(in)
		if strings.Contains(strings.ToLower(out), "marta") || strings.Contains(out, "FILESRV") {
			t.Errorf("%q -> %q", in, out)
		}
		if again := s.ScrubString(out); again != out {
			t.Errorf("not idempotent: %q -> %q", out, again)
		}
	}
}

// A WER report's "X[N].Key=" names the key of the next "X[N].Value=": a
// name, no secret. The values stay with the detectors that know them.
func TestWERKeyNames(t *testing.T) {
	s := newSession(t, Config{})
	in := "OsInfo[16].Key=locale\nOsInfo[16].Value=en-NZ\nState[0].Key=Transport.DoneStage1\n" +
		"AppPath=C:\\Users\\kaiokonkwo\\AppData\\Local\\x.exe\napi.key=abcdef123456\n"
	out := s.ScrubString(in)
	for _, keep := range []string{"Key=locale", "Value=en-NZ", "Key=Transport.DoneStage1"} {
		if !strings.Contains(out, keep) {
			t.Errorf("%q lost:\n%s", keep, out)
		}
	}
	mustNotContain(t, "wer", out, "kaiokonkwo", "abcdef123456")
}
