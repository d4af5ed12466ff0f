package redact

// More shapes a DJ's crate, a calendar's event or a project names its
// people in around an occasion (occasion.go holds the others): a title
// in title case ("Wedding Of Priya And Raj.crate"), a file's name all in
// lower case ("Crates/wedding of priya and raj.crate"), and a day in
// words before the person ("Sat 9 Mar Amaka 30th Birthday").

// greetingName: w, refused by proseWord as a greeting, is as often a
// given name where an occasion's place says one stands: Norwegian's and
// Yoruba's "Ola" ("Bursdag Ola", "Ola & Kari Bryllup").
func greetingName(w string) bool {
	return w == "Ola"
}

// titleCaseCouple handles the couple's occasion [i, j) (capitalised:
// "Wedding", "Engagement") before " Of " in a title written in title
// case, its "and" too: "Crates/Wedding Of Priya And Raj.crate",
// "Engagement Of Ama Owusu And Kojo Mensah.mp4". Each side is a given
// name, or one and a surname, and the second ends the name; the
// occasion opens a name (a path's segment, a line, a quote, ": ").
func (sc *scanner) titleCaseCouple(i, j int) {
	b := sc.b
	if found, own := occasionAt(b, i, j); !found || own || !occasionOpens(b, i) {
		return
	}
	bs := j + 4
	be := givenNamesEnd(b, bs)
	if be == bs || be+6 >= len(b) || string(b[be:be+5]) != " And " {
		return
	}
	as := be + 5
	ae := givenNamesEnd(b, as)
	if ae == as || !nameEnds(b, ae) {
		return
	}
	sc.proseSpan(bs, be, true)
	sc.proseSpan(as, ae, true)
}

// givenNamesEnd returns where the name at s ends, a given name or a
// given name and a surname one blank apart (givenName each, no "And"),
// or s.
func givenNamesEnd(b []byte, s int) int {
	e := wordAfter(b, s)
	if e-s < 2 || !givenName(b, s, e) {
		return s
	}
	if e+1 < len(b) && b[e] == ' ' {
		if f := wordAfter(b, e+1); f-e-1 >= 2 && string(b[e+1:f]) != "And" && givenName(b, e+1, f) {
			e = f
		}
	}
	return e
}

// lowerCouple handles "of" at [i, j) after a couple's occasion in lower
// case that opens a file's name, a crate's or a playlist's: the two
// names around "and" after it, one word each, lower case too, the second
// ending the name at its extension or, after a "playlist: " or "crate: "
// field, at the line's end ("Crates/wedding of priya and raj.crate",
// "playlist: wedding of priya and raj"). Prose has the shape too ("the
// wedding of friends and family"): only these places, and no word of a
// status, a role or a thing (lowerNameWord, occasionThings, notClientWords)
// are taken.
func (sc *scanner) lowerCouple(i, j int) {
	b := sc.b
	p := wordBefore(b, i-1)
	if p == i-1 || p == 0 || b[p]-'a' >= 26 {
		return
	}
	if found, own := occasionAt(b, p, i-1); !found || own {
		return
	}
	file := b[p-1] == '/' || b[p-1] == '\\' || b[p-1] == '%'
	field := p >= 3 && b[p-1] == ' ' && b[p-2] == ':' && listFieldBefore(b, p-2)
	if !file && !field {
		return
	}
	bs := j + 1
	be := wordAfter(b, bs)
	if !lowerClient(b, bs, be) || be+6 >= len(b) || string(b[be:be+5]) != " and " {
		return
	}
	as := be + 5
	ae := wordAfter(b, as)
	if !lowerClient(b, as, ae) {
		return
	}
	if file && !(ae+1 < len(b) && b[ae] == '.' && isLetter(b[ae+1])) || field && !(ae == len(b) || lineBreak(b[ae]) || b[ae] == '"') {
		return
	}
	sc.proseSpan(bs, be, true)
	sc.proseSpan(as, ae, true)
}

// lowerClient: the word [s, e) reads as a given name in lower case.
func lowerClient(b []byte, s, e int) bool {
	if e-s < 2 || e-s > 16 || !lowerNameWord(b[s:e], false) {
		return false
	}
	var lb [16]byte
	l := lowerInto(lb[:0], b[s:e])
	_, occ := occasions[string(l)]
	return !occ && !notClientWords[string(l)] && !occasionThings[string(l)] && !musicGenres[string(l)] && !djFolderThings[string(l)]
}

// listFieldBefore: the key before the ':' at c names a crate, a
// playlist or a set ("playlist: …", "Crate: …", "set: …").
func listFieldBefore(b []byte, c int) bool {
	k := c
	for k > 0 && c-k < 9 && isLetter(b[k-1]) {
		k--
	}
	if c-k < 3 || k > 0 && isLetter(b[k-1]) {
		return false
	}
	var lb [16]byte
	return madeForThings[string(lowerInto(lb[:0], b[k:c]))]
}

// wordDateLead: a day written in words ends one blank before the name at
// s and itself opens a name (a line, a path's segment, a quote): a
// calendar's or a crate's "Sat 9 Mar Amaka 30th Birthday", "9 March
// 2025 Amaka 30th Birthday", "Mar 9 Amaka's Birthday". A month's name
// and a day's number, a weekday before them and a year after them if
// any.
func wordDateLead(b []byte, s int) bool {
	if s < 6 || b[s-1] != ' ' {
		return false
	}
	if w := b[s:wordAfter(b, s)]; monthName(w) || len(w) == 3 && weekday(w) {
		return false // "Mar 9 Mar Birthday": a date's word, no name
	}
	p := s - 1
	k := dateWordBefore(b, p)
	if p-k == 4 && allDigits(b[k:p]) {
		if k < 2 || b[k-1] != ' ' {
			return false
		}
		p = k - 1 // a year
		k = dateWordBefore(b, p)
	}
	month, day := false, false
	for range 3 {
		w := b[k:p]
		switch {
		case !month && monthName(w):
			month = true
		case !day && len(w) >= 1 && len(w) <= 2 && allDigits(w) && w[0] != '0':
			day = true
		case month && day && len(w) == 3 && weekday(w):
			return k == 0 || clientLead(b, k)
		default:
			return false
		}
		if month && day && (k == 0 || clientLead(b, k)) {
			return true
		}
		if k < 2 || b[k-1] != ' ' {
			return false
		}
		p = k - 1
		k = dateWordBefore(b, p)
	}
	return false
}

// dateWordBefore returns where the word of letters or digits ending at e
// starts (nine bytes at most: "September").
func dateWordBefore(b []byte, e int) int {
	k := e
	for k > 0 && e-k < 9 && isAlnum(b[k-1]) {
		k--
	}
	return k
}
