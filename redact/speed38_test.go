package redact

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// matchRef is literals.match as it was before it lowered the bytes once
// for all its look-ups: the reference the faster one must agree with.
func (l *literals) matchRef(b []byte, p int) (end int, e *litEntry) {
	if p+1 >= len(b) {
		return -1, nil
	}
	c1, c2 := lower(b[p]), lower(b[p+1])
	if !l.pair.has(c1, c2) {
		return -1, nil
	}
	for _, g := range l.groups[c1] {
		if g.second != c2 {
			continue
		}
		for _, r := range g.runs {
			q := p + r.n
			if q > len(b) {
				continue
			}
			last := lower(b[q-1])
			if q < len(b) && isAlnum(b[q]) && isAlnum(last) {
				continue
			}
			if len(r.idx) >= runLookup && r.n <= 64 {
				var buf [64]byte
				k := buf[:r.n]
				for x := range k {
					k[x] = lower(b[p+x])
				}
				if i, ok := l.byPat[string(k)]; ok && !(l.entries[i].caps && b[p]-'A' >= 26) {
					return q, &l.entries[i]
				}
				continue
			}
			for _, i := range r.idx {
				ent := &l.entries[i]
				if ent.pat[r.n-1] == last && eqFoldASCII(b[p:q], ent.pat) && !(ent.caps && b[p]-'A' >= 26) {
					return q, ent
				}
			}
		}
		break
	}
	return -1, nil
}

// TestSpeed38LiteralMatchSame: match answers as the reference at every
// byte of texts spelling learned names (runs long enough to be looked
// up, and short ones; names that match capitalised only), in any case,
// cut, glued to letters, and mixed with the bytes either side of the
// ASCII capitals and outside ASCII.
func TestSpeed38LiteralMatchSame(t *testing.T) {
	r := rand.New(rand.NewSource(38))
	l := newLiterals()
	const letters = "abcdefghijklmnopqrstuvwxyz"
	var names []string
	for _, w := range []string{"will", "mark", "joy", "park"} {
		l.add(w, ClassUser, "Will Park") // (caps: parts of a full name)
		names = append(names, w)
	}
	for range 3000 {
		// most names start "jo" or "ma": their runs pass runLookup
		w := []byte("jo")
		if r.Intn(3) == 0 {
			w = []byte("ma")
		}
		for n := 1 + r.Intn(40); n > 0; n-- {
			w = append(w, letters[r.Intn(len(letters))])
			if r.Intn(12) == 0 {
				w = append(w, "._-%2E"[r.Intn(6)])
			}
		}
		l.add(string(w), ClassUser, string(w))
		names = append(names, string(w))
	}
	looked := 0
	for _, g := range l.groups['j'] {
		for _, run := range g.runs {
			if len(run.idx) >= runLookup {
				looked++
			}
		}
	}
	if looked < 10 {
		t.Fatalf("%d runs looked up: too few to test", looked)
	}
	noise := []byte(" .,@[`{\x00\xc1\xda\xc3\xa9\x7f/\\AZaz09-_")
	for range 40000 {
		var b []byte
		for n := 1 + r.Intn(4); n > 0; n-- {
			w := []byte(names[r.Intn(len(names))])
			if r.Intn(3) == 0 {
				w = w[:r.Intn(len(w)+1)]
			}
			for k := range w {
				switch r.Intn(4) {
				case 0:
					w[k] = upperASCII(w[k])
				case 1:
					if r.Intn(20) == 0 {
						w[k] = noise[r.Intn(len(noise))]
					}
				}
			}
			b = append(b, w...)
			for m := r.Intn(3); m > 0; m-- {
				b = append(b, noise[r.Intn(len(noise))])
			}
		}
		for p := range b {
			ge, gent := l.match(b, p)
			we, went := l.matchRef(b, p)
			if ge != we || gent != went {
				t.Fatalf("match(%q, %d) = %d, %v; reference %d, %v", b, p, ge, gent, we, went)
			}
		}
	}
}

func upperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

// proseWordRef is proseWord as it was before it lowered ASCII words on
// the stack and asked one set: the reference the faster one must agree
// with.
func proseWordRef(w string, strong bool) bool {
	if w == "" || !utf8.ValidString(w) {
		return false
	}
	humps := 0
	prevLower := false
	for k, r := range w {
		switch {
		case k == 0:
			if !unicode.IsUpper(r) {
				return false
			}
		case r == '-':
			humps = 0
		case r == '\'' || unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			if prevLower && unicode.IsUpper(r) {
				if humps++; humps == 2 {
					return false
				}
			}
		default:
			return false
		}
		prevLower = unicode.IsLower(r)
	}
	lw := strings.ToLower(w)
	if proseStop[lw] || closings[lw] || greetings[lw] || possStop[lw] || nameLead[lw] || determiners[lw] {
		return false
	}
	return strong || !verbForm(lw)
}

// TestSpeed38ProseWordSame: proseWord answers as the reference on the
// words of its stop sets and of edIngNames written as a name would be
// (capitalised, in capitals, as an identifier), names outside ASCII,
// words longer than its buffer, and random words of letters, dashes and
// apostrophes.
func TestSpeed38ProseWordSame(t *testing.T) {
	check := func(w string) {
		for _, strong := range []bool{false, true} {
			if got, want := proseWord(w, strong), proseWordRef(w, strong); got != want {
				t.Fatalf("proseWord(%q, %v) = %v, reference %v", w, strong, got, want)
			}
		}
	}
	var words []string
	for _, set := range []map[string]bool{proseStop, closings, greetings, possStop, nameLead, determiners, edIngNames} {
		for w := range set {
			words = append(words, w)
		}
	}
	words = append(words, "Jürgen", "İbrahim", "ÆSIR", "Łukasz", "Ørsted", "Straße", "Ahmed", "Playing", "Loaded",
		"MacKenzie-McLeod", "NumberOfNodes", "O'Brien", "D'Angelo", "Zoë", "Ａｌｉｃｅ", "Mañana", "K\u0301ofi",
		strings.Repeat("Abcdefgh", 4), strings.Repeat("Abcdefgh", 4)+"x", strings.Repeat("Ab", 20)+"ing", "Bad\xffName")
	for _, w := range words {
		check(w)
		if w != "" {
			r, n := utf8.DecodeRuneInString(w)
			check(string(unicode.ToUpper(r)) + w[n:])
		}
		check(strings.ToUpper(w))
	}
	r := rand.New(rand.NewSource(38))
	const alpha = "abcdefgIJKLMNOPzZ-'\xc3\xa9"
	for range 200000 {
		w := make([]byte, 1+r.Intn(40))
		for k := range w {
			w[k] = alpha[r.Intn(len(alpha))]
		}
		if r.Intn(2) == 0 {
			w[0] = byte('A' + r.Intn(26))
		}
		check(string(w))
		if r.Intn(4) == 0 {
			check(string(w[:1]) + []string{"ed", "ing", "ings", "eD"}[r.Intn(4)])
		}
	}
}
