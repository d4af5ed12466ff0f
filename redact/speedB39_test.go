package redact

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
)

// readsPast is walk's test of whether the literals' match at p read the
// bytes from k on, b[k-1] no letter or digit: where it says no, match must
// answer the same whatever follows b[:k]. Checked on random literal sets (names with blanks, bytes
// outside ASCII, one pattern in many spellings, long runs of one length
// that match looks up in byPat) and random text over their bytes.
func TestSpeedB39ReadsPastSound(t *testing.T) {
	r := rand.New(rand.NewSource(39))
	const alpha = "stuSTU-_. \n:/\\dioxé\xc3\xa9\xffab"
	word := func(n int) string {
		w := make([]byte, n)
		for k := range w {
			w[k] = alpha[r.Intn(len(alpha))]
		}
		return string(w)
	}
	past, kept := 0, 0
	for range 300 {
		l := newLiterals()
		for range 1 + r.Intn(6) {
			l.add(word(3+r.Intn(12)), ClassUser, "x")
		}
		for _, v := range []string{"studio", "studio-mac", "stu dent", "sté", "st\xc3\xa9phane"} {
			if r.Intn(2) == 0 {
				l.add(v, ClassHost, "h")
			}
		}
		if r.Intn(4) == 0 {
			// a run of runLookup names of one length: looked up whole
			for k := range runLookup + 2 {
				l.add("st"+string(rune('a'+k%26))+string(rune('a'+k/26))+"xy", ClassUser, "y")
			}
		}
		for range 40 {
			b := []byte(word(2 + r.Intn(24)))
			for p := 0; p+1 < len(b); p++ {
				if !l.mayStart(b, p) {
					continue
				}
				for k := p + 2; k <= len(b); k++ {
					if isAlnum(b[k-1]) {
						continue // (walk's k-1 is past its word: no letter or digit)
					}
					if l.readsPast(b, p, k) {
						past++
						continue
					}
					kept++
					// two tails past k, long enough for every literal
					b1 := append(append([]byte(nil), b[:k]...), word(80)...)
					b2 := append(append([]byte(nil), b[:k]...), word(80)...)
					e1, ent1 := l.match(b1, p)
					e2, ent2 := l.match(b2, p)
					if e1 != e2 || ent1 != ent2 {
						t.Fatalf("readsPast(%q, %d, %d) = false, but match answers %d and %d after %q and %q", b, p, k, e1, e2, b1[k:], b2[k:])
					}
				}
			}
		}
	}
	if past == 0 || kept == 0 {
		t.Errorf("readsPast: %d past, %d kept: the test reaches only one side", past, kept)
	}
}

// A word whose learned literals reach past it but do not go on as it
// does ("std::string" after "studio-mac" was learned) is one walkMemo
// keeps: each later one is answered, and walk run on it (walkCheck)
// finds nothing. A learned name with a blank ("Stu Dent") is still
// found after a word its first word is, as the memo keeps nothing of
// that word.
func TestSpeedB39MemoPastReach(t *testing.T) {
	var in strings.Builder
	in.WriteString("ping studio-mac.local ok\nSigned in as Stu Dent\n")
	for range 50 {
		in.WriteString("at std::string::append(x) [Stu] said Stu Dent\n")
	}
	s := newSession(t, Config{})
	s.par.workers = -1
	c := &walkCheck{}
	s.memoCheck = c
	var out bytes.Buffer
	if err := s.ScrubText(&out, strings.NewReader(in.String())); err != nil {
		t.Fatal(err)
	}
	for _, w := range c.wrong {
		t.Errorf("the memo skipped a word walk finds something in: %s", w)
	}
	if c.hits < 40 {
		t.Errorf("the memo answered %d words, want one a line", c.hits)
	}
	if strings.Contains(out.String(), "Dent") || !strings.Contains(out.String(), "std::string::append") {
		t.Errorf("scrubbed:\n%s", out.String()[:400])
	}
}
