package redact

import (
	"bytes"
	"strings"
)

// A DJ names a crate, a playlist, a recording or a project after the
// event and the people it was for: "Wedding - Efua & Kojo.crate",
// "Efua & Kojo Wedding 2025-03-01.wav", "Amaka 30th Birthday", "Zainab
// Sulaimon Bday". Those names are learned (a learn pass reads these
// shapes, and a scrub's scan as it goes: eventWord), so that a client's
// name leaves the library's paths and the app's log lines alike. The
// event's word is the anchor: a capitalised pair ("Drum & Bass", "Rock &
// Roll") or a song's title ("White Wedding", "Happy Birthday") is none.

// occasions are the events a set is played at. true: a person's own
// (a birthday), which one name and an age or a possessive marks; false: a
// couple's (a wedding), which two names joined by '&' mark.
var occasions = map[string]bool{"birthday": true, "bday": true, "graduation": true, "funeral": true,
	"christening": true, "baptism": true,
	"wedding": false, "weddings": false, "engagement": false, "anniversary": false,
	// the same in other languages a DJ names a crate in (those spelled
	// in ASCII): de, fr, es, it, nl, pl, no/da, sv, pt, tl, sw, id
	"geburtstag": true, "anniversaire": true, "cumpleanos": true, "verjaardag": true,
	"urodziny": true, "bursdag": true, "fodselsdag": true, "aniversario": true, "kaarawan": true,
	"hochzeit": false, "mariage": false, "boda": false, "matrimonio": false, "bruiloft": false, "wesele": false,
	"bryllup": false, "casamento": false, "kasal": false, "harusi": false, "pernikahan": false}

// occasionLens: bit n of occasionLens[c] is set for the n-byte words of
// occasions starting with c (either case).
var occasionLens = func() (t [256]uint16) {
	for w := range occasions {
		t[w[0]] |= 1 << len(w)
		t[w[0]-'a'+'A'] |= 1 << len(w)
	}
	return t
}()

// coupleWords join a couple's names as '&' does, in the languages of
// occasions: "Ama and Kwame Wedding", "Bryllup - Kari og Ole", "Hochzeit -
// Anna und Jonas", "Mariage - Chloé et Hugo", "Boda: Lucía y Mateo".
var coupleWords = wordSet(`and og och und et en y e i ve na dan`)

// ownLens is occasionLens of one person's occasions alone, and
// ownSecond holds in bit n of ownSecond[c] that one of them starts with c
// and then the letter 'a'+n (either case): the gates before a word is
// asked (eventWord, gluedEvent), as only those are read from their
// word (a couple's are read from the '&' or "and" between the names).
var ownLens, ownSecond = func() (l [256]uint16, s [256]uint32) {
	for w, own := range occasions {
		if own {
			l[w[0]] |= 1 << len(w)
			l[w[0]-'a'+'A'] |= 1 << len(w)
			s[w[0]] |= 1 << (w[1] - 'a')
			s[w[0]-'a'+'A'] |= 1 << (w[1] - 'a')
		}
	}
	return l, s
}()

// ownStart: one person's occasion may start with the two bytes at i
// (ownSecond; the byte after i must be there).
func ownStart(b []byte, i int) bool {
	return ownSecond[b[i]]>>(b[i+1]|0x20-'a')&1 != 0
}

// ofAfter returns where the name after " de ", " von ", " van " or " di "
// after the word ending at j starts (the event's owner in the languages
// of occasions: "Cumpleanos de Valentina", "Anniversaire de Chloé",
// "Geburtstag von Jonas", "Verjaardag van Daan"), or -1.
func ofAfter(b []byte, j int) int {
	if j+5 >= len(b) || b[j] != ' ' {
		return -1
	}
	for _, w := range [...]string{" de ", " von ", " van ", " di "} {
		if k := j + len(w); k < len(b) && string(b[j:k]) == w && capitalised(b, k) {
			return k
		}
	}
	return -1
}

// dashAfter: " - " follows the word ending at j, and a name may follow it
// ("Birthday - Amaka").
func dashAfter(b []byte, j int) bool {
	return j+4 < len(b) && b[j] == ' ' && b[j+1] == '-' && b[j+2] == ' '
}

// occasionAt reports whether the word [i, j) is one of occasions, and
// whose (true: one person's).
func occasionAt(b []byte, i, j int) (found, own bool) {
	if j-i < 4 || j-i > 12 || occasionLens[b[i]]>>(j-i)&1 == 0 {
		return false, false
	}
	var lb [16]byte
	own, found = occasions[string(lowerInto(lb[:0], b[i:j]))]
	return found, own
}

// notClientWords are capitalised words before an event or beside '&'
// that name no person: a song's, a genre's, a family role.
var notClientWords = wordSet(`happy white royal red big fat my our your his her their the a an surprise party
	drum bass rock roll rhythm blues hip hop rnb r rap soul funk house tech dance country western
	mr mrs ms dr bride groom mum mom dad mama papa mother father grandma grandpa granny baby kids family
	office company staff team school church college university uni class annual summer winter spring
	autumn new old best top classics mix mixes songs hits vibes set sets intro first last dance slow
	wedding weddings birthday bday engagement anniversary graduation funeral christening baptism reception
	ceremony cocktail hour dinner entrance exit cake cutting speeches gold silver golden diamond ruby pearl platinum
	bronze crystal ivory business sales marketing commerce enterprise platform
	oma opa mutti vati tante onkel abuela abuelo abuelita tia tio mamie papi nonna nonno zia zio
	familie famille familia famiglia luxe`)

// clientWord reports whether [s, e) is a word of a client's name.
func clientWord(b []byte, s, e int) bool {
	if e-s < 2 || !capitalised(b, s) {
		return false
	}
	w := string(b[s:e])
	if found, _ := occasionAt(b, s, e); found {
		return false // "Anniversaire de Mariage", "Boda - Hochzeit"
	}
	return proseWord(w, true) && !notClientWords[strings.ToLower(w)]
}

// wordBefore returns the start of the word ending at e (letters, letters
// outside ASCII, '-' and '\” between them).
func wordBefore(b []byte, e int) int {
	s := e
	for s > 0 && e-s < 32 && (isLetter(b[s-1]) || b[s-1] >= 0x80 || b[s-1] == '-' || b[s-1] == '\'') {
		s--
	}
	for s < e && (b[s] == '-' || b[s] == '\'') {
		s++ // a quote before the word
	}
	return s
}

// wordAfter returns the end of the word at s, as wordBefore reads one.
func wordAfter(b []byte, s int) int {
	e := s
	for e < len(b) && e-s < 32 && (isLetter(b[e]) || b[e] >= 0x80 || b[e] == '-' || b[e] == '\'') {
		e++
	}
	for e > s && (b[e-1] == '-' || b[e-1] == '\'') {
		e--
	}
	return e
}

// occasionOwner handles a person's event, the word [i, j) ("Birthday"):
// the name before it, one word with an age or a possessive after it
// ("Amaka 30th Birthday", "Amaka's Birthday") or two words ("Zainab
// Sulaimon Bday"), standing where a name opens (a line, a path's
// segment, a quote).
func (sc *scanner) occasionOwner(i, j int) {
	b := sc.b
	if dashAfter(b, j) && (i == 0 || clientLead(b, i)) {
		sc.occasionOwnerAfter(j + 3) // a calendar's "Birthday - Amaka"
		return
	}
	if k := ofAfter(b, j); k > j && (i == 0 || clientLead(b, i)) {
		sc.occasionOwnerAfter(k) // "Cumpleanos de Valentina", "Geburtstag von Jonas"
		return
	}
	if i < 3 || b[i-1] != ' ' {
		return
	}
	e := i - 1
	marked := false
	if p := wordStartNum(b, e); p < e && p >= 2 && b[p-1] == ' ' {
		e, marked = p-1, true // "30th"
	}
	if e >= 2 && b[e-1] == 's' && (b[e-2] == '\'' || e >= 4 && string(b[e-4:e-1]) == "\u2019") {
		marked = true // "Amaka's"
		if b[e-2] == '\'' {
			e -= 2
		} else {
			e -= 4
		}
	}
	s := wordBefore(b, e)
	if !clientWord(b, s, e) {
		return
	}
	n := 1
	if s >= 2 && b[s-1] == ' ' {
		if g := wordBefore(b, s-1); clientWord(b, g, s-1) {
			s, n = g, 2
		}
	}
	if n < 2 && !marked || s > 0 && !clientLead(b, s) {
		return
	}
	sc.proseSpan(s, e, true)
}

// occasionDash handles the word [i, j) before " - " that ends in a
// person's event after ':' or an escaped line break ("SUMMARY:Birthday",
// `VEVENT\nBirthday`): the name after the dash is the person's.
func (sc *scanner) occasionDash(i, j int) {
	b := sc.b
	s := i + bytes.LastIndexByte(b[i:j], ':') + 1
	if k := bytes.LastIndex(b[i:j], []byte(`\n`)); i+k+2 > s {
		s = i + k + 2
	}
	if s == i || j-s < 4 {
		return
	}
	if found, own := occasionAt(b, s, j); found && own {
		sc.occasionOwnerAfter(j + 3)
	}
}

// occasionOwnerAfter handles the name at s after a person's event that
// opens a name ("Birthday - Amaka", "Bday - Zainab Sulaimon", a
// calendar's and a crate's): one or two name words, ending the name.
func (sc *scanner) occasionOwnerAfter(s int) {
	b := sc.b
	e := clientNameAfter(b, s)
	if e == s {
		return
	}
	if e < len(b) && !lineBreak(b[e]) && strings.IndexByte(".,;\"'/\\)]%", b[e]) < 0 && !(b[e] == ' ' && e+1 < len(b) && (isDigit(b[e+1]) || b[e+1] == '(')) {
		return // more words: a title, not a name
	}
	sc.proseSpan(s, e, true)
}

// wordStartNum returns where an age ("30th", "21st", "40TH") ending at e
// starts, or e.
func wordStartNum(b []byte, e int) int {
	if e < 4 {
		return e
	}
	suf := strings.ToLower(string(b[e-2 : e]))
	if suf != "th" && suf != "st" && suf != "nd" && suf != "rd" {
		return e
	}
	p := e - 2
	for p > 0 && e-2-p < 3 && isDigit(b[p-1]) {
		p--
	}
	if p == e-2 {
		return e
	}
	return p
}

// clientLead: what stands before a client's name at s opens a name: a
// line, a path's segment, a quote, a tab, ": " or "%%" (Serato's
// subcrates).
func clientLead(b []byte, s int) bool {
	switch c := b[s-1]; c {
	case '\n', '\r', '/', '\\', '"', '\'', '\t', '%', '>', '(':
		return true
	case ' ':
		return s >= 2 && (b[s-2] == ':' || b[s-2] == '-' || b[s-2] == 0x93 || b[s-2] == 0x9c || b[s-2] == 0x98)
	}
	return false
}

// coupleAt handles the '&' at i (the word [i, j): "&", "&amp;" or "and") of a
// couple's event: "Wedding - Efua & Kojo", "Weddings%%Ngozi & Emeka",
// "Efua & Kojo Wedding", "Tunde & Bisi Engagement". Each side is one or
// two name words; the event's word comes right before the pair (after
// " - ", ": ", "%%" or '/') or right after it.
func (sc *scanner) coupleAt(i, j int) {
	b := sc.b
	bs, be, as, ae, ok := namesAround(b, i, j)
	if !ok {
		return
	}
	after := false
	if ae+1 < len(b) && b[ae] == ' ' {
		we := ae + 1
		for we < len(b) && we-ae < 13 && isLetter(b[we]) {
			we++
		}
		found, own := occasionAt(b, ae+1, we)
		after = found && !own
	}
	if !after && !sc.occasionBefore(bs) {
		return
	}
	sc.proseSpan(bs, be, true)
	sc.proseSpan(as, ae, true)
}

// namesAround returns the client's names on both sides of the word [i,
// j) ("&", "and", "B2B"), one blank apart: [bs, be) before it, a word or
// a given name and a surname, and [as, ae) after it, a word or a word and
// a surname.
func namesAround(b []byte, i, j int) (bs, be, as, ae int, ok bool) {
	if i < 4 || j+3 >= len(b) || b[i-1] != ' ' || b[j] != ' ' {
		return
	}
	as = j + 1
	if ae = clientNameAfter(b, as); ae == as {
		return
	}
	be = i - 1
	bs = wordBefore(b, be)
	if !clientWord(b, bs, be) {
		return
	}
	if bs >= 2 && b[bs-1] == ' ' {
		if g := wordBefore(b, bs-1); clientWord(b, g, bs-1) {
			bs = g // a given name before a surname
		}
	}
	return bs, be, as, ae, true
}

// clientNameAfter returns where the client's name at s ends, a word or a
// word and a surname one blank after it; s when none starts there.
func clientNameAfter(b []byte, s int) int {
	e := wordAfter(b, s)
	if !clientWord(b, s, e) {
		return s
	}
	if e+1 < len(b) && b[e] == ' ' {
		if se := wordAfter(b, e+1); clientWord(b, e+1, se) {
			e = se // a surname
		}
	}
	return e
}

// occasionBefore reports whether a couple's event ends right before the
// name at s, after a separator: "Wedding - ", "Weddings%%", "Wedding/",
// "Engagement: ".
func (sc *scanner) occasionBefore(s int) bool {
	b := sc.b
	e := s
	switch {
	case e >= 3 && (string(b[e-3:e]) == " - " || string(b[e-2:e]) == "%%" || string(b[e-2:e]) == ": "):
		e -= 3
		if b[e+1] == '%' || b[e+1] == ':' {
			e++
		}
	case e >= 5 && string(b[e-5:e]) == " \u2013 ":
		e -= 5
	case e >= 1 && b[e-1] == '/':
		e--
	default:
		return false
	}
	w := e
	for w > 0 && e-w < 12 && isLetter(b[w-1]) {
		w--
	}
	found, own := occasionAt(b, w, e)
	return found && !own
}

// backToBack handles "B2B" at [i, j), two DJs playing a set together:
// "Nomvula B2B Thabiso", "Kwame Mensah b2b Tolu": the names on both sides,
// one or two words each, are learned and replaced.
func (sc *scanner) backToBack(i, j int) {
	b := sc.b
	if b[i]|0x20 != 'b' || b[i+2]|0x20 != 'b' {
		return
	}
	bs, be, as, ae, ok := namesAround(b, i, j)
	if !ok {
		return
	}
	sc.proseSpan(bs, be, true)
	sc.proseSpan(as, ae, true)
}

// ageOwner handles an age's ordinal [i, j) after a possessive that ends a
// crate's or a playlist's name, a birthday's: "Thabiso's 30th.crate",
// "Playlist: Amaka’s 21st". The owner before the possessive is learned
// and replaced; more words after the age make it no such name ("Ghana's
// 50th anniversary").
func (sc *scanner) ageOwner(i, j int) {
	b := sc.b
	if wordStartNum(b, j) != i || j-i < 3 {
		return
	}
	if j < len(b) && !(lineBreak(b[j]) || b[j] == ',' || b[j] == ')' || b[j] == '"' || b[j] == '\'' ||
		b[j] == '.' && (j+1 == len(b) || isLetter(b[j+1]) || lineBreak(b[j+1]))) {
		return
	}
	e := i - 3 // before "'s "
	switch {
	case b[i-3] == '\'':
	case i >= 6 && string(b[i-5:i-2]) == "\u2019":
		e = i - 5
	default:
		return
	}
	s := wordBefore(b, e)
	if !clientWord(b, s, e) || s > 0 && !clientLead(b, s) && b[s-1] != ' ' {
		return
	}
	sc.proseSpan(s, e, true)
}
