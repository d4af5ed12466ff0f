package redact

import (
	"encoding/base64"
	"unicode/utf8"
)

// A JSON object in base64 (an OAuth "state" parameter, a session
// cookie, a client-data header: "eyJ1c2VyIjoia29maV9tIn0" is
// {"user":"kofi_m"}) hides what it holds from every detector. A run of
// base64 that opens with "eyJ" (`{"`) and decodes to UTF-8 text is
// scanned decoded: what that scan learns is learned, and when it finds
// anything the whole run goes as a token (a byte inside base64 stands
// for no character of its own). A JWT's three parts are jwtAt's.

// maxB64JSON bounds the run decoded (it is copied once).
const maxB64JSON = 1 << 18

// base64JSONAt returns where the base64 JSON object at p ends when its
// decoded text holds a finding, or -1.
func (sc *scanner) base64JSONAt(p int) int {
	b := sc.b
	if p+16 > len(b) || b[p] != 'e' || b[p+1] != 'y' || b[p+2] != 'J' {
		return -1
	}
	e, url, std := p, false, false
	for ; e < len(b) && e-p < maxB64JSON; e++ {
		c := b[e]
		if c == '-' || c == '_' {
			url = true
		} else if c == '+' || c == '/' {
			std = true
		} else if !isAlnum(c) {
			break
		}
	}
	if url && std || e-p < 16 || e-p >= maxB64JSON || e < len(b) && b[e] == '.' {
		return -1 // (two alphabets: no base64; a '.' after: a JWT's or a name's)
	}
	if e < len(b) && b[e] == '<' && pseudonymAt(b, e) {
		// glued to a pseudonym: the first pass read the run on into what
		// it replaced ("eyJ…+eyJ…", the second part a token), and decoded
		// it whole
		return -1
	}
	end := e
	for end < len(b) && end-e < 2 && b[end] == '=' {
		end++ // padding
	}
	enc := base64.RawStdEncoding
	if url {
		enc = base64.RawURLEncoding
	}
	n := e - p
	if n%4 == 1 {
		n-- // (a stray last character: what comes before it still decodes)
	}
	dec := make([]byte, enc.DecodedLen(n))
	k, err := enc.Decode(dec, b[p:p+n])
	if err != nil || k == 0 || dec[0] != '{' || !utf8.Valid(dec[:k]) {
		return -1
	}
	u := &scanner{s: sc.s, learnOnly: sc.learnOnly, rec: sc.rec, rawKeys: sc.rawKeys}
	u.find(dec[:k])
	for _, sp := range u.spans {
		if sp.class != "" {
			sc.tokenSpan(p, end)
			return end
		}
	}
	return -1
}
