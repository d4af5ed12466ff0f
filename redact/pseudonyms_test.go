package redact

import (
	"bytes"
	"strings"
	"testing"
)

// TestShortNameOnePseudonym: a profile folder's 8.3 short name and its
// long name are one person and get one pseudonym, whichever comes first,
// in the scrub-only and learn-then-scrub flows, serial and parallel.
func TestShortNameOnePseudonym(t *testing.T) {
	short := `loaded C:\Users\KAIOKO~1\AppData\Local\Temp\x.dmp` + "\n"
	long := `profile C:\Users\kai.okonkwo\Documents\set.mp3` + "\n"
	bare := "KAIOKO~1 again kai.okonkwo\n"
	for _, c := range []struct{ name, in string }{
		{"short first", short + long + bare},
		{"long first", long + short + bare},
		{"short in a later chunk", short + strings.Repeat("x 0x1f frame main\n", 3000) + long + bare},
	} {
		for _, learn := range []bool{false, true} {
			for _, workers := range []int{-1, 2} {
				s := newSession(t, Config{})
				s.par.workers, s.par.chunk, s.par.carry = workers, 4<<10, 1<<10
				if learn {
					if err := s.LearnReader(strings.NewReader(c.in)); err != nil {
						t.Fatal(err)
					}
				}
				var out bytes.Buffer
				if err := s.ScrubText(&out, strings.NewReader(c.in)); err != nil {
					t.Fatal(err)
				}
				got := out.String()
				mustNotContain(t, c.name, got, "KAIOKO", "okonkwo")
				if n := strings.Count(got, "<user-1>"); n != 4 || strings.Contains(got, "<user-2>") {
					t.Errorf("%s learn=%v workers=%d: want <user-1> four times, no <user-2>:\n%s", c.name, learn, workers, got[:min(len(got), 300)])
				}
			}
		}
	}
}

// TestShortNameAliasKeepsOthers: a short name that no learned long name
// makes keeps its own pseudonym, and another person keeps theirs.
func TestShortNameAliasKeepsOthers(t *testing.T) {
	in := `C:\Users\ZOEKOW~1\x.tmp C:\Users\kai.okonkwo\y.tmp KAIOKO~1 ZOEKOW~1`
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	got := s.ScrubString(in)
	want := `C:\Users\<user-1>\x.tmp C:\Users\<user-2>\y.tmp <user-2> <user-1>`
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestJoinedAccountSpellings: an account learned from a home folder is
// found spelled with other separators (a handle, a machine or file name),
// in every encoding; a one-letter part is not glued on ("priyan" is
// another name).
func TestJoinedAccountSpellings(t *testing.T) {
	for _, c := range []struct {
		name, in string
		secrets  []string
	}{
		{"underscore", `C:\Users\zoe.kowalski\x then zoe_kowalski.log`, []string{"zoe_kowalski"}},
		{"camel case", `/Users/zoe.kowalski/x signed in as ZoeKowalski`, []string{"ZoeKowalski"}},
		{"dash host", `/home/zoe_kowalski/x on zoe-kowalski-mbp`, []string{"zoe-kowalski"}},
		{"capitals", `/home/zoe.kowalski/x ZOE_KOWALSKI`, []string{"ZOE_KOWALSKI"}},
		{"digits dropped", `/home/aroha.kowalski85/x handle ArohaKowalski`, []string{"ArohaKowalski"}},
		{"digits kept", `/home/aroha.kowalski85/x file aroha_kowalski85.json`, []string{"aroha_kowalski85"}},
	} {
		checkAllEncodings(t, c.name, c.in, c.secrets, "")
	}
	out := scrubTwice(t, `/Users/priya.n/x then priya_n and priyan met`)
	mustNotContain(t, "one-letter part", out, "priya_n")
	mustKeep(t, "one-letter part", out, "priyan met")
}

// TestProfileFolderSuffix: Windows names a second profile of an account
// "name.MACHINE" or "name.DOMAIN": the machine or domain is learned as a
// host, the account as a user, and both vanish elsewhere.
func TestProfileFolderSuffix(t *testing.T) {
	checkAllEncodings(t, "machine", `C:\Users\Administrator.STUDIO-PC\AppData\x.dmp`, []string{"STUDIO-PC"}, "host STUDIO-PC up")
	checkAllEncodings(t, "domain", `C:\Users\mthabo.CONTOSO\AppData\x.dmp`, []string{"mthabo", "CONTOSO"}, `CONTOSO\mthabo logged on`)
	out := scrubTwice(t, `C:\Users\kai.okonkwo.DESKTOP-7QK2MHG\x and kai.okonkwo on DESKTOP-7QK2MHG`)
	mustNotContain(t, "both", out, "okonkwo", "7QK2MHG")
	if !strings.Contains(out, `C:\Users\<user-1>.<host-1>\x`) {
		t.Errorf("want the account and machine apart: %q", out)
	}
	// a suffix of digits is Windows numbering a folder, part of the name
	out = scrubTwice(t, `C:\Users\kai.000\x`)
	mustNotContain(t, "numbered", out, "kai")
}
