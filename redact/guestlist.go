package redact

import "strings"

// guestHeads open a list of people in a DJ's set notes or an event sheet
// ("Guests to shout out:", "Shoutouts:", "VIPs:"): the list's items are
// people's names.
var guestHeads = wordSet(`guests shoutouts shout attendees vips invitees dedications`)

// guestHeadLens: bit n of guestHeadLens[c] is set for the n-byte words
// of guestHeads starting with c (either case).
var guestHeadLens = func() (t [256]uint16) {
	for w := range guestHeads {
		t[w[0]] |= 1 << len(w)
		t[w[0]-'a'+'A'] |= 1 << len(w)
	}
	return t
}()

// guestList handles a heading's first word [i, j) at a line's start: when
// it is one of guestHeads and its line ends with ':', the items of the
// list below ("- Efua Boateng", "* Dr. Yaw Darko", "2. Lukas Schneider")
// that are a full name (two or three capitalised words, proseWord's) are
// learned. Learn pass only.
func (sc *scanner) guestList(i, j int) {
	b := sc.b
	var lb [16]byte
	if !guestHeads[string(lowerInto(lb[:0], b[i:j]))] {
		return
	}
	le := lineEndWithin(b, j, 64)
	e := le
	for e > j && (b[e-1] == ' ' || b[e-1] == '\t') {
		e--
	}
	if e == le && le-j > 64 || b[e-1] != ':' {
		return
	}
	for n := 0; n < 200 && le < len(b); n++ {
		p := le + 1
		if b[le] == '\r' && p < len(b) && b[p] == '\n' {
			p++
		}
		le = lineEndWithin(b, p, 128)
		s := listItemStart(b, p, le)
		if s < 0 {
			return
		}
		if w := wordAfter(b, s); w+1 < le && b[w] == '.' && b[w+1] == ' ' && titles[string(b[s:w])] {
			s = w + 2 // "Dr. Yaw Darko"
		} else if w < le && b[w] == ' ' && titles[string(b[s:w])] {
			s = w + 1
		}
		ne, words := s, 0
		for k := s; words < 4; words++ {
			w := wordAfter(b, k)
			if w-k < 2 || !capitalised(b, k) || !proseWord(string(b[k:w]), true) || notClientWords[strings.ToLower(string(b[k:w]))] {
				break
			}
			ne = w
			if w+1 >= le || b[w] != ' ' {
				words++
				break
			}
			k = w + 1
		}
		if words >= 2 && words <= 3 && (ne == le || b[ne] == ' ' && ne+1 < le && (b[ne+1] == '(' || b[ne+1] == '-')) {
			sc.proseSpan(s, ne, true)
		}
	}
}

// listItemStart returns where the text of a list's item on the line [p,
// le) starts ("- ", "* ", "• ", "1. " and indentation before them), or
// -1 when the line is none.
func listItemStart(b []byte, p, le int) int {
	for p < le && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	switch {
	case p+2 < le && (b[p] == '-' || b[p] == '*') && b[p+1] == ' ':
		return p + 2
	case p+4 < le && string(b[p:p+3]) == "\u2022" && b[p+3] == ' ':
		return p + 4
	}
	q := p
	for q < le && q-p < 3 && isDigit(b[q]) {
		q++
	}
	if q > p && q+2 < le && (b[q] == '.' || b[q] == ')') && b[q+1] == ' ' {
		return q + 2
	}
	return -1
}
