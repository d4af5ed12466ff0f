package redact

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// JSON's \uXXXX escapes in text. An encoder that escapes every character
// outside ASCII (.NET's System.Text.Json by default, Python's json.dumps)
// writes "Björn Ström" as "Bj\u00f6rn Str\u00f6m" and "Дмитрий" as six
// escapes: printed in a log line, such a name is no word any detector
// reads as one. The line is scanned again with those escapes decoded, and
// what that scan finds in them is mapped back onto the escaped bytes
// (escapedLine). A JSON document is decoded string by string (json.go);
// this is for JSON inside text.
//
// A line of text in Windows' ANSI code page (a legacy app's log: cp1252,
// Latin-1 for letters) spells "François Müller" with single bytes that
// are no UTF-8: a name's letters end at them. Such a line is read the
// same way, those bytes decoded (latin1At, decodeLine).

// XML and HTML character references in text: an XML writer whose
// encoding is ASCII (.NET's XmlWriter with Encoding.ASCII, a Java
// Transformer asked for US-ASCII) writes "Björn" as "Bj&#xF6;rn" or
// "Bj&#246;rn", and HTML as "Bj&ouml;rn"; printed in a log line (a
// settings file, a SOAP body, an HTML error page) the name is no word a
// detector reads whole, as ';' ends a word. Such a line is read decoded
// too (entityAt, decodeLine); references to ASCII ("&amp;", "&#39;") stay
// as written. An XML document of its own is decoded by ScrubXML.

// maxEscBefore and maxEscAfter bound the line escapedLine decodes: this
// far before the escape and after it.
const maxEscBefore, maxEscAfter = 2048, 8192

// uEscapeAt returns where the first \uXXXX escape of a character outside
// ASCII in [i, j) starts (its "\u"), or -1. Backslashes before it may be
// more than one: JSON inside a JSON string (a Docker json-file log's
// "log" of an app's JSON line) escapes "\u00f6" as "\\u00f6".
func uEscapeAt(b []byte, i, j int) int {
	for k := i; k+6 <= j; k++ {
		// (the words that hold a backslash are mostly Windows paths:
		// long, with no "\u" in them)
		x := bytes.Index(b[k:j], []byte(`\u`))
		if x < 0 {
			return -1
		}
		if k += x; k+6 <= j && uEscapeValue(b[k+2:k+6]) >= 0x80 {
			return k
		}
	}
	return -1
}

// uEscapeValue returns the value of four hex digits, or -1.
func uEscapeValue(h []byte) int {
	if len(h) < 4 {
		return -1
	}
	v := 0
	for _, c := range h[:4] {
		if !isHex(c) {
			return -1
		}
		v = v<<4 | int(unhex(c))
	}
	return v
}

// decodeUEscapes appends b[s:e] to dst with each \uXXXX escape of a
// character outside ASCII decoded to UTF-8 (a surrogate pair to one
// character; a lone surrogate stays as written, as do the other escapes,
// so that the text still reads as escaped JSON; a property list's
// "\U0141", capUEscapeAt, too), and to pos, for each
// byte it appends, the offset in b of the byte or escape it comes from,
// then e.
func decodeUEscapes(dst []byte, pos []int32, b []byte, s, e int) ([]byte, []int32) {
	return decodeLine(dst, pos, b, s, e, false)
}

// decodeLine is decodeUEscapes with each character reference to a
// character outside ASCII decoded too (entityValue), and with ansi each
// byte outside ASCII that starts no UTF-8 character decoded as cp1252
// does. An escape's backslashes are all of those before its 'u'
// (uEscapeAt); a surrogate pair's second half has as many.
func decodeLine(dst []byte, pos []int32, b []byte, s, e int, ansi bool) ([]byte, []int32) {
	for k := s; k < e; {
		c := b[k]
		if c >= 0x80 && ansi {
			if r, n := utf8.DecodeRune(b[k:e]); r != utf8.RuneError || n > 1 {
				dst = append(dst, b[k:k+n]...)
				for q := range n {
					pos = append(pos, int32(k+q))
				}
				k += n
			} else {
				dst, pos = appendRuneAt(dst, pos, cp1252(c), k)
				k++
			}
			continue
		}
		if c == '&' {
			if v, n := entityValue(b[k:e]); v >= 0x80 {
				dst, pos = appendRuneAt(dst, pos, rune(v), k)
				k += n
				continue
			}
		}
		if c != '\\' {
			dst = append(dst, c)
			pos = append(pos, int32(k))
			k++
			continue
		}
		r := 1 // the run of backslashes
		for k+r < e && r < 8 && b[k+r] == '\\' {
			r++
		}
		n := r + 5
		if k+n <= e && (b[k+r] == 'u' || b[k+r] == 'U' && r == 1) {
			v := uEscapeValue(b[k+r+1 : k+n])
			if v >= 0xd800 && v < 0xdc00 && k+2*n <= e && string(b[k+n:k+n+r]) == string(b[k:k+r]) && b[k+n+r] == b[k+r] {
				if lo := uEscapeValue(b[k+n+r+1 : k+2*n]); lo >= 0xdc00 && lo < 0xe000 {
					v, n = int(utf16.DecodeRune(rune(v), rune(lo))), 2*n
				}
			}
			if v >= 0x80 && (v < 0xd800 || v >= 0xe000) {
				dst, pos = appendRuneAt(dst, pos, rune(v), k)
				k += n
				continue
			}
		}
		for range r {
			dst = append(dst, '\\')
			pos = append(pos, int32(k))
			k++
		}
	}
	return dst, append(pos, int32(e))
}

// appendRuneAt appends r to dst, and k, where it was read, to pos for
// each of its bytes.
func appendRuneAt(dst []byte, pos []int32, r rune, k int) ([]byte, []int32) {
	l := len(dst)
	dst = utf8.AppendRune(dst, r)
	for range len(dst) - l {
		pos = append(pos, int32(k))
	}
	return dst, pos
}

// capUEscapeAt returns where an old-style (OpenStep) property list's
// escape of a character outside ASCII, "\U0141" with a capital, starts in
// the first bytes of the word [i, j), or -1: "defaults read" prints
// DisplayName = "\U0141ukasz W\U00f3jcik". (Not uEscapeAt's: "CORP\Ubade1"
// is an account after its domain. And near the word's start only: most
// words holding a backslash are paths, "\\Users\\kofi", and one escaped
// letter of a name on the line is enough, escapedLine reads all of it.)
func capUEscapeAt(b []byte, i, j int) int {
	q := bytes.Index(b[i:min(j, i+12)], []byte(`\U`))
	if q < 0 || i+q+6 > j || uEscapeValue(b[i+q+2:i+q+6]) < 0x80 {
		return -1
	}
	return i + q
}

// escapedWord runs escapedLine when the word [i, j), which holds a
// backslash, a byte outside ASCII or (ending at a ';') an '&' (bits),
// holds an escape, an ANSI letter or a character reference it decodes, on
// a line it has not decoded.
func (sc *scanner) escapedWord(i, j int, bits uint16) {
	if i < sc.escEnd || sc.noEsc {
		return
	}
	if bits&cOther != 0 && j < len(sc.b) && sc.b[j] == ';' {
		if k := entityAt(sc.b, i, j); k >= 0 {
			sc.escapedLine(k)
			return
		}
	}
	if bits&cBack != 0 && j-i >= 6 {
		k := uEscapeAt(sc.b, i, j)
		if k < 0 && sc.b[i+1] != ':' && (sc.b[i] != '\\' || sc.b[i+1] == 'U') {
			// (no drive's path, "C:\Users", nor a JSON one's, "\/Users")
			k = capUEscapeAt(sc.b, i, j)
		}
		if k >= 0 {
			sc.escapedLine(k)
			return
		}
	}
	if bits&cHigh != 0 {
		if k := latin1At(sc.b, i, j); k >= 0 {
			sc.escapedLine(k)
		}
	}
}

// latin1At returns where the first byte of [i, j) that starts no UTF-8
// character and is a letter in cp1252 stands, next to a letter, or -1.
func latin1At(b []byte, i, j int) int {
	for k := i; k < j; {
		if b[k] < 0x80 {
			k++
			continue
		}
		r, n := utf8.DecodeRune(b[k:j])
		if r == utf8.RuneError && n == 1 && ansiLetter(b[k]) && (k > i && isLetter(b[k-1]) || k+1 < j && isLetter(b[k+1])) {
			return k
		}
		k += n
	}
	return -1
}

// ansiLetter: c is a letter in cp1252 (À-ÿ but × and ÷; Š Œ Ž š œ ž Ÿ).
func ansiLetter(c byte) bool {
	switch c {
	case 0x8a, 0x8c, 0x8e, 0x9a, 0x9c, 0x9e, 0x9f:
		return true
	}
	return c >= 0xc0 && c != 0xd7 && c != 0xf7
}

// cp1252 returns the character the byte c (0x80 and up) stands for in
// cp1252; the five bytes it leaves undefined, as Latin-1's controls.
func cp1252(c byte) rune {
	if c >= 0xa0 || c < 0x80 {
		return rune(c)
	}
	if r := cp1252High[c-0x80]; r != 0 {
		return r
	}
	return rune(c)
}

var cp1252High = [32]rune{'€', 0, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0, 'Ž', 0,
	0, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0, 'ž', 'Ÿ'}

// escapedLine scans the line that holds the escape or ANSI letter at k
// decoded (decodeLine), learning what that scan learns, and adds its
// findings in b's bytes: a finding that ends inside a decoded character
// takes all of its escape.
func (sc *scanner) escapedLine(k int) {
	b := sc.b
	s := k
	for s > 0 && k-s < maxEscBefore && b[s-1] != '\n' {
		s--
	}
	e := k
	for e < len(b) && e-k < maxEscAfter && b[e] != '\n' {
		e++
	}
	sc.escEnd = e
	// cp1252 in text only: not in binary data, where most bytes start
	// no UTF-8 character (read outward from k: there a NUL is near).
	// (UTF-8 elsewhere on the line does not stop it: a second pass, where
	// a pseudonym replaced that, would read the line otherwise. Nor does
	// a control byte in a finding made, `["pass","\a"`: a second pass
	// reads its pseudonym. One after k that no finding covers yet is
	// noted, escBad: the line's end, where the finding that covers it may
	// have been made, reads the line again, `["p\xc9ss","\a"] 0@\xc4.AA`.)
	ansi := true
	for q := k; q < e && ansi; q++ {
		if ansi = b[q] >= '\t' && b[q] != 0x7f || q < sc.maxEnd && sc.covered(q); !ansi && !sc.learnOnly {
			sc.escBad, sc.escK = q, k
		}
	}
	for q := k - 1; q >= s && ansi; q-- {
		ansi = b[q] >= '\t' && b[q] != 0x7f || q < sc.maxEnd && sc.covered(q)
	}
	if !ansi && b[k] != '\\' && b[k] != '&' {
		return
	}
	narrow, pos := decodeLine(nil, nil, b, s, e, ansi)
	u := &scanner{s: sc.s, learnOnly: sc.learnOnly, rec: sc.rec, noEsc: true, rawKeys: sc.rawKeys} // (the key memo: see rawKeyMemo)
	u.find(narrow)
	if sc.learnOnly {
		return
	}
	for _, sp := range u.spans {
		if sp.class == "" {
			continue
		}
		end := sp.end
		for end < len(narrow) && pos[end] == pos[end-1] {
			end++
		}
		// (all of them: the line read decoded may read otherwise where
		// no escape stands too, "A0\0\ud800\udc00" is DOMAIN\account
		// only decoded; what both scans find is dropped as a duplicate)
		sc.add(int(pos[sp.start]), int(pos[end]), sp.class, sp.canon)
	}
}

// escRetry reads the line escapedLine left for the control byte at
// escBad again, once, when a finding made since covers it: a second pass
// reads a pseudonym there, and the line decoded.
func (sc *scanner) escRetry() {
	f := sc.escBad
	sc.escBad = 0
	if f < sc.maxEnd && sc.covered(f) {
		sc.escapedLine(sc.escK)
		sc.escBad = 0 // (once)
	}
}

// entityAt returns where the character reference that ends the word
// [i, j) at the ';' in b[j] starts (its '&'), when it stands for a
// character outside ASCII, or -1.
func entityAt(b []byte, i, j int) int {
	for k := j - 1; k >= i && j-k <= maxEntity; k-- {
		if b[k] == '&' {
			if v, _ := entityValue(b[k:min(j+1, len(b))]); v >= 0x80 {
				return k
			}
			return -1
		}
	}
	return -1
}

// maxEntity bounds a character reference's length before its ';'
// ("&#1114111", "&Ccedil").
const maxEntity = 9

// entityValue reads the character reference ("&#246;", "&#xF6;",
// "&ouml;") that b starts with: its character and its length, or -1.
func entityValue(b []byte) (int, int) {
	end := bytes.IndexByte(b[:min(len(b), maxEntity+1)], ';')
	if end < 3 || b[0] != '&' {
		return -1, 0
	}
	name := b[1:end]
	if name[0] != '#' {
		if r, ok := latinEntities[string(name)]; ok {
			return int(r), end + 1
		}
		return -1, 0
	}
	digits, base := name[1:], 10
	if digits[0]|0x20 == 'x' {
		digits, base = digits[1:], 16
	}
	if len(digits) == 0 || len(digits) > 7 {
		return -1, 0
	}
	v := 0
	for _, c := range digits {
		switch {
		case isDigit(c):
			v = v*base + int(c-'0')
		case base == 16 && isHex(c):
			v = v*base + int(unhex(c))
		default:
			return -1, 0
		}
	}
	if v > utf8.MaxRune || v >= 0xd800 && v < 0xe000 {
		return -1, 0
	}
	return v, end + 1
}

// latinEntities: HTML's named references to the letters of names written
// in Latin script.
var latinEntities = func() map[string]rune {
	m := map[string]rune{"szlig": 'ß', "AElig": 'Æ', "aelig": 'æ', "ETH": 'Ð', "eth": 'ð', "THORN": 'Þ', "thorn": 'þ',
		"Oslash": 'Ø', "oslash": 'ø', "OElig": 'Œ', "oelig": 'œ', "Scaron": 'Š', "scaron": 'š', "Yuml": 'Ÿ', "yuml": 'ÿ'}
	for _, l := range []struct{ accent, letters, upper, lower string }{
		{"grave", "aeiou", "ÀÈÌÒÙ", "àèìòù"},
		{"acute", "aeiouy", "ÁÉÍÓÚÝ", "áéíóúý"},
		{"circ", "aeiou", "ÂÊÎÔÛ", "âêîôû"},
		{"tilde", "ano", "ÃÑÕ", "ãñõ"},
		{"uml", "aeiou", "ÄËÏÖÜ", "äëïöü"},
		{"ring", "a", "Å", "å"},
		{"cedil", "c", "Ç", "ç"},
	} {
		up, lo := []rune(l.upper), []rune(l.lower)
		for k, c := range l.letters {
			m[string(c-'a'+'A')+l.accent] = up[k]
			m[string(c)+l.accent] = lo[k]
		}
	}
	return m
}()
