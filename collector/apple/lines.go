package apple

import (
	"strings"

	"crashd/internal/reclass"
)

// A crash log is mostly frame and Binary Images lines, and reFrame's and
// reImage's lazy groups made the regexp engine backtrack over every one:
// parsing a macOS crash log took several times as long as scrubbing it.
// matchFrame and matchImage read the usual line directly and give the
// regexp's submatches; a line they cannot vouch for (no match at the first
// try, where the regexp would backtrack into its greedy blanks) is left to
// the regexp, which stays the definition (FuzzLineMatchers).

// spaces returns the end of the run of blanks at i.
func spaces(t string, i int) int {
	for i < len(t) && reclass.Space(t[i]) {
		i++
	}
	return i
}

// hexAt returns the end of "0x" and hex digits at i, or -1.
func hexAt(t string, i int) int { return reclass.HexEnd(t, i) }

// frameMatch is reFrame.FindStringSubmatch(t), or decided false when
// only the regexp can tell.
func frameMatch(t string) (m []string, decided bool) {
	if strings.IndexByte(t, '\n') >= 0 {
		return nil, false
	}
	d := 0
	for d < len(t) && t[d] >= '0' && t[d] <= '9' {
		d++
	}
	if d == 0 {
		return nil, true // ^(\d+): no match at all
	}
	s := spaces(t, d)
	if s == d || s == len(t) {
		return nil, false
	}
	// the name: then blanks, an address and blanks
	e, a, h := lazyName(t, s, func(a int) int {
		if h := hexAt(t, a); h >= 0 && h < len(t) && reclass.Space(t[h]) {
			return h
		}
		return -1
	})
	if e < 0 {
		return nil, false
	}
	return []string{t, t[:d], t[s:e], t[a:h], t[spaces(t, h):]}, true
}

// lazyName reads what the regexps' (.+?) takes from s when blanks and
// what tail reads follow it: the shortest name, one byte or more, after
// which a run of blanks ends at a with tail(a) >= 0. It returns the
// name's end, a and tail's answer; e is -1 when no name has such a tail.
func lazyName(t string, s int, tail func(a int) int) (e, a, r int) {
	for e = s + 1; e < len(t); e++ {
		if !reclass.Space(t[e]) || e > s+1 && reclass.Space(t[e-1]) {
			continue // (inside a run of blanks: its start was tried)
		}
		a = spaces(t, e)
		if r = tail(a); r >= 0 {
			return e, a, r
		}
	}
	return -1, 0, 0
}

// imageMatch is reImage.FindStringSubmatch(t), or decided false when
// only the regexp can tell.
func imageMatch(t string) (m []string, decided bool) {
	if strings.IndexByte(t, '\n') >= 0 {
		return nil, false
	}
	b0 := spaces(t, 0)
	b1 := hexAt(t, b0)
	if b1 < 0 {
		return nil, false
	}
	dash := spaces(t, b1)
	if dash >= len(t) || t[dash] != '-' {
		return nil, false
	}
	e0 := spaces(t, dash+1)
	e1 := hexAt(t, e0)
	if e1 < 0 {
		if !strings.HasPrefix(t[e0:], "???") {
			return nil, false
		}
		e1 = e0 + 3
	}
	s := spaces(t, e1)
	if s == e1 || s == len(t) {
		return nil, false
	}
	if t[s] == '+' {
		s++
	}
	// the name: then blanks and <uuid>
	e, lt, u := lazyName(t, s, func(lt int) int {
		if lt >= len(t) || t[lt] != '<' {
			return -1
		}
		u := lt + 1
		for u < len(t) && (reclass.HexDigit(t[u]) || t[u] == '-') {
			u++
		}
		if n := u - lt - 1; n < 32 || n > 36 || u >= len(t) || t[u] != '>' {
			return -1
		}
		return u
	})
	if e < 0 {
		return nil, false
	}
	return []string{t, t[b0:b1], t[e0:e1], t[s:e], t[lt+1 : u], t[spaces(t, u+1):]}, true
}

// baseOffMatch is reBaseOff.FindStringSubmatch(t) ("0x1000 + 42",
// "0x1000 + 42 (sym + 3)").
func baseOffMatch(t string) []string {
	h := hexAt(t, 0)
	if h < 0 || !strings.HasPrefix(t[h:], " + ") {
		return nil
	}
	d := h + 3
	for d < len(t) && t[d] >= '0' && t[d] <= '9' {
		d++
	}
	if d == h+3 {
		return nil
	}
	if d == len(t) {
		return []string{t, t[:h], t[h+3 : d], ""}
	}
	p := spaces(t, d)
	if p == d || p >= len(t) || t[p] != '(' || t[len(t)-1] != ')' || len(t)-1 <= p ||
		strings.IndexByte(t[p+1:len(t)-1], '\n') >= 0 {
		return nil
	}
	return []string{t, t[:h], t[h+3 : d], t[p+1 : len(t)-1]}
}

// symOffMatch is reSymOff.FindStringSubmatch(t) ("start + 1").
func symOffMatch(t string) []string {
	d := len(t)
	for d > 0 && t[d-1] >= '0' && t[d-1] <= '9' {
		d--
	}
	if d == len(t) || d < 3 || t[d-3:d] != " + " || strings.IndexByte(t[:d-3], '\n') >= 0 {
		return nil
	}
	return []string{t, t[:d-3], t[d:]}
}

// parenTailIndex finds the "(...)" that ends t, with the blanks before it:
// where it starts, and where its inside starts, or -1 when t ends in no
// such group (the inside holds no parenthesis).
func parenTailIndex(t string) (start, in int) {
	if len(t) == 0 || t[len(t)-1] != ')' {
		return -1, -1
	}
	p := strings.LastIndexByte(t, '(')
	if p < 0 || strings.IndexByte(t[p+1:len(t)-1], ')') >= 0 {
		return -1, -1
	}
	q := p
	for q > 0 && reclass.Space(t[q-1]) {
		q--
	}
	return q, p + 1
}

// fileLineIndex is reFileLine.FindStringSubmatchIndex(t) (" (file.c:12)").
func fileLineIndex(t string) []int {
	q, in := parenTailIndex(t)
	if q < 0 {
		return nil
	}
	d := len(t) - 1
	for d > in && t[d-1] >= '0' && t[d-1] <= '9' {
		d--
	}
	if d == len(t)-1 || d-1 <= in || t[d-1] != ':' {
		return nil
	}
	return []int{q, len(t), in, d - 1, d, len(t) - 1}
}

// imageVersIndex is reImageVers.FindStringSubmatchIndex(t) (" (3.0.1)").
func imageVersIndex(t string) []int {
	q, in := parenTailIndex(t)
	if q < 0 {
		return nil
	}
	return []int{q, len(t), in, len(t) - 1}
}
