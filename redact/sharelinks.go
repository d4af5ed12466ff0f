package redact

import "bytes"

// Share links: whoever holds the URL of a file or folder shared "with
// anyone who has the link" can open it, so the link's key is a
// credential, and a crash report holds such links where an app logs what
// it downloaded or opened (mdls's kMDItemWhereFroms, a DJ app's import
// log). The key is replaced; the host and the file's name stay.

// shareLink replaces the key in the path at p of a URL on host h, the
// word ending at j: Dropbox's "/s/KEY/name", "/sh/KEY/KEY2",
// "/scl/fi/ID/name?rlkey=KEY" (and "/scl/fo/"), Google Drive's and
// Docs' "/file/d/ID", "/drive/folders/ID", "/document/d/ID" (a file
// shared by link opens by its id), WeTransfer's "/downloads/ID/HASH" and
// we.tl's "/t-KEY".
func (sc *scanner) shareLink(h []byte, p, j int) {
	b := sc.b
	switch {
	case hostIs(h, "dropbox.com") || hostIs(h, "dropboxusercontent.com"):
		switch {
		case bytes.HasPrefix(b[p:j], []byte("/s/")):
			sc.linkKey(p+3, j, 10)
		case bytes.HasPrefix(b[p:j], []byte("/sh/")):
			if e := sc.linkKey(p+4, j, 10); e > 0 && e < j && b[e] == '/' {
				sc.linkKey(e+1, j, 10)
			}
		case bytes.HasPrefix(b[p:j], []byte("/scl/fi/")) || bytes.HasPrefix(b[p:j], []byte("/scl/fo/")):
			sc.linkKey(p+8, j, 16)
			if k := bytes.Index(b[p:j], []byte("rlkey=")); k > 0 && (b[p+k-1] == '?' || b[p+k-1] == '&') {
				sc.linkKey(p+k+6, j, 16)
			}
		}
	case hostIs(h, "drive.google.com") || hostIs(h, "docs.google.com"):
		for _, pre := range []string{"/file/d/", "/drive/folders/", "/document/d/", "/spreadsheets/d/", "/presentation/d/", "/forms/d/"} {
			if bytes.HasPrefix(b[p:j], []byte(pre)) {
				sc.linkKey(p+len(pre), j, 25)
				return
			}
		}
	case hostIs(h, "wetransfer.com"):
		if bytes.HasPrefix(b[p:j], []byte("/downloads/")) {
			if e := sc.linkKey(p+11, j, 20); e > 0 && e < j && b[e] == '/' {
				sc.linkKey(e+1, j, 6)
			}
		}
	case hostIs(h, "we.tl"):
		if bytes.HasPrefix(b[p:j], []byte("/t-")) {
			sc.linkKey(p+3, j, 8)
		}
	}
}

// hostIs: h is host or a subdomain of it.
func hostIs(h []byte, host string) bool {
	n := len(h) - len(host)
	return n >= 0 && eqLower(h[n:], host) && (n == 0 || h[n-1] == '.')
}

// linkKey replaces the key at s, letters, digits, '-' and '_' up to a
// '/', '?', '&', '#' or the word's end j, when it is at least min long
// and holds a digit or mixes cases (no page's name: "/s/help"). It
// returns where the key ends, or -1.
func (sc *scanner) linkKey(s, j, min int) int {
	b := sc.b
	e := s
	digit, upper, lower := false, false, false
	for e < j && e-s <= 128 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') {
		c := b[e]
		digit = digit || isDigit(c)
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
		e++
	}
	if e-s < min || e-s > 128 || e < j && b[e] != '/' && b[e] != '?' && b[e] != '&' && b[e] != '#' || !digit && !(upper && lower) {
		return -1
	}
	v := string(b[s:e])
	if !sc.s.allowed(v) {
		sc.add(s, e, ClassToken, v)
	}
	return e
}
