package redact

// Chromium logs the Google accounts signed in to the browser: the
// response of Gaia's ListAccounts (`ListAccounts: ["gaia.l.a.r",[["gaia.
// l.a",1,"Kofi Mensah","kofi.mensah@gmail.com","https://lh3.
// googleusercontent.com/a/ACg8…",1,1,0,null,1,"1170…"]]]`) and its
// shorter forms ("[kofi.mensah@gmail.com, gaia 1170…]"). The display
// name, the profile photo's URL and the account's Gaia id name the
// person; the address is the e-mail detector's.

// gaiaAccount reads a ListAccounts entry whose tag "gaia.l.a" is the word
// [i, j): its display name (field 2) is learned as a person's, its Gaia
// id (field 10) as an account's; the photo's URL (field 4) is
// photoURL's, read where it stands.
func (sc *scanner) gaiaAccount(i, j int) {
	b := sc.b
	if j-i == 9 && b[j-1] == '\\' {
		j-- // `\"gaia.l.a\"`: escaped in a log's JSON string
	}
	if string(b[i:j]) != "gaia.l.a" || i == 0 || b[i-1] != '"' {
		return
	}
	p := j
	if p < len(b) && b[p] == '\\' {
		p++
	}
	if p >= len(b) || b[p] != '"' {
		return
	}
	p++
	for f := 1; f <= 10 && p < len(b) && b[p] == ','; f++ {
		s, e, next := arrayField(b, p+1)
		if next < 0 {
			return
		}
		if b[s-1] != '"' {
			// a number or null: the name and the id are strings
			p = next
			continue
		}
		switch {
		case f == 2 && e > s && !pseudonymAt(b, s):
			sc.nameSpan(s, e)
		case f == 10 && e-s >= 10 && e-s <= 24 && allDigits(b[s:e]):
			sc.learnedUID(s, e) // logs name the account by it elsewhere
		}
		p = next
	}
}

// arrayField reads the element of a JSON array at p (a string, quoted
// as is or escaped, `\"Kofi\"`, in a log's JSON; a number; null) up to
// the ',' or ']' after it: its text [s, e) (a string's without its
// quotes) and where it ends (next), or next -1.
func arrayField(b []byte, p int) (s, e, next int) {
	esc := p+1 < len(b) && b[p] == '\\' && b[p+1] == '"'
	if esc {
		p++
	}
	if p < len(b) && b[p] == '"' {
		s = p + 1
		e = s
		for e < len(b) && e-s < 512 && b[e] != '"' && !lineBreak(b[e]) {
			e++
		}
		if e == len(b) || b[e] != '"' || esc != (b[e-1] == '\\') {
			return 0, 0, -1
		}
		next = e + 1
		if esc {
			e--
		}
		return s, e, next
	}
	s, e = p, p
	for e < len(b) && e-s < 32 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '.') {
		e++ // a number, null, true, false
	}
	if e == len(b) || b[e] != ',' && b[e] != ']' {
		return 0, 0, -1
	}
	return s, e, e
}

// photoURL replaces the account's part of a Google profile photo's URL
// on host h, its path at p, the word ending at j ("https://lh3.
// googleusercontent.com/a/ACg8ocJx…=s96-c", "/a-/AOh14G…", the older
// "/-AbCdEfGhIjK/AAAAAAAAAAI/…/photo.jpg"): the photo is the person's,
// and its id names the account. Other paths there (an app's icons)
// stay.
func (sc *scanner) photoURL(h []byte, p, j int) {
	const host = ".googleusercontent.com"
	b := sc.b
	if len(h) <= len(host) || h[0] != 'l' || !eqLower(h[len(h)-len(host):], host) || j-p < 8 {
		return
	}
	s := p + 1
	switch {
	case b[s] == 'a' && b[s+1] == '/':
		s += 2
	case b[s] == 'a' && b[s+1] == '-' && b[s+2] == '/':
		s += 3
	case b[s] == '-':
	default:
		return
	}
	e := s
	for e < j && e-s <= 256 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') {
		e++
	}
	if e-s < 8 || pseudonymAt(b, s) {
		return
	}
	sc.add(s, e, ClassUID, string(b[s:e]))
}
