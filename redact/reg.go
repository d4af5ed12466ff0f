package redact

import (
	"bytes"
	"strings"
	"unicode/utf16"
)

// Windows registry exports (regedit's .reg files) write REG_BINARY,
// REG_EXPAND_SZ and REG_MULTI_SZ values as hex bytes: "Name"=hex(2):43,00,
// 3a,00,... with lines continued by a backslash. A path or a name inside
// is UTF-16LE (or ASCII) that no text detector can read in that form.

// regHexList returns where the hex list of a .reg value starting at p
// ("hex:…", "hex(7):…") starts and ends, appending its bytes to dst;
// e < 0 when p starts none.
func regHexList(b []byte, p int, dst []byte) (s, e int, dec []byte) {
	n := len(b)
	q := matchFold(b, p, "hex")
	if q < 0 {
		return 0, -1, dst
	}
	if q+3 < n && b[q] == '(' && isHex(b[q+1]) && b[q+2] == ')' {
		q += 3 // hex(2): REG_EXPAND_SZ, hex(7): REG_MULTI_SZ, …
	}
	if q >= n || b[q] != ':' {
		return 0, -1, dst
	}
	q++
	start := q
	if pseudonymAt(b, q) {
		// replaced before: scrubbing twice changes nothing
		return q, q + bytes.IndexByte(b[q:], '>') + 1, dst
	}
	for q+1 < n && isHex(b[q]) && isHex(b[q+1]) {
		dst = append(dst, unhex(b[q])<<4|unhex(b[q+1]))
		q += 2
		if q >= n || b[q] != ',' {
			break
		}
		q++
		// a continued line: ",\" CRLF and two blanks
		if k := regContinued(b, q); k > q {
			q = k
		}
	}
	if q == start {
		return 0, -1, dst
	}
	return start, q, dst
}

// regContinued returns where the next line of a continued hex list
// starts when a backslash and a line break are at q, else q.
func regContinued(b []byte, q int) int {
	if q >= len(b) || b[q] != '\\' {
		return q
	}
	k := q + 1
	if k < len(b) && b[k] == '\r' {
		k++
	}
	if k >= len(b) || b[k] != '\n' {
		return q
	}
	k++
	for k < len(b) && b[k] == ' ' {
		k++
	}
	return k
}

// regValueAt reports, for the word at i starting with '=' or '@', whether
// it starts a .reg value (`"Name"=` at a line's start, or `@=`), with the
// value's name and where the value starts.
func regValueAt(b []byte, i int) (name []byte, p int, ok bool) {
	if b[i] == '@' {
		if i+1 < len(b) && b[i+1] == '=' && (i == 0 || lineBreak(b[i-1])) {
			return nil, i + 2, true
		}
		return nil, 0, false
	}
	if i < 2 || b[i-1] != '"' {
		return nil, 0, false
	}
	k := i - 2
	for k >= 0 && i-k < 256 && b[k] != '"' && !lineBreak(b[k]) {
		k--
	}
	if k < 0 || b[k] != '"' || k > 0 && !lineBreak(b[k-1]) {
		return nil, 0, false
	}
	return b[k+1 : i-1], i + 1, true
}

// regValue handles the hex list of a .reg value at p, after `"Name"=` or
// `@=` (name is the value's name, nil for @): a sensitive name's value
// goes whole, and so does one whose bytes hold an identifier (a path in a
// profile, an account), as the pseudonym of the first. It returns where
// the list ends, or -1.
func (sc *scanner) regValue(name []byte, p int) int {
	s, e, dec := regHexList(sc.b, p, sc.regBuf[:0])
	sc.regBuf = dec[:0]
	if e < 0 {
		return -1
	}
	if s < e && sc.b[s] == '<' {
		return e // a pseudonym
	}
	// the type ("hex(2):") stays; the bytes go, when they go
	if len(name) > 0 {
		var kb [64]byte
		if len(name) <= 64 {
			class := sc.classify(normKey(kb[:0], name))
			if class != keyNone && class != keyKeep && !metaKey(class) && len(dec) >= 4 {
				v := regText(dec)
				switch class {
				case ClassUser:
					sc.learnUser(v)
					v = canonical(v)
				case ClassHost:
					sc.learnHost(v)
					v = canonical(v)
				}
				sc.add(s, e, class, v)
				return e
			}
		}
	}
	sc.hexHolding(s, e, dec)
	return e
}

// hexHolding replaces the hex digits [s, e) whole when their bytes dec
// hold an identifier, as the pseudonym of the first. The bytes are
// scanned as binary data is (ASCII, then UTF-16LE strings): names they
// hold are learned for the rest of the report.
func (sc *scanner) hexHolding(s, e int, dec []byte) {
	sub := &scanner{s: sc.s, learnOnly: sc.learnOnly, rec: sc.rec, rawKeys: sc.rawKeys} // (the key memo: see rawKeyMemo)
	var first span
	sub.find(dec)
	if len(sub.spans) > 0 {
		first = sub.spans[0]
	}
	forUTF16Runs(dec, func(_, _ int, narrow []byte, _ []int32) {
		sub.find(narrow)
		if first.class == "" && len(sub.spans) > 0 {
			first = sub.spans[0]
		}
	})
	if first.class != "" {
		sc.add(s, e, first.class, first.canon)
	}
}

// regQueryBinary handles the value [vs, ve) of a REG_BINARY row of "reg
// query" output, hex digits without separators: Windows keeps a
// Bluetooth device's name so ("Name    REG_BINARY    4AC3BC72…", the
// UTF-8 of "Jürgen's AirPods"). It returns where the value ends, or -1
// when the value is no hex.
func (sc *scanner) regQueryBinary(vs, ve int) int {
	b := sc.b
	for ve > vs && b[ve-1] == ' ' {
		ve--
	}
	if ve-vs < 8 || (ve-vs)%2 != 0 || !allHex(b[vs:ve]) {
		return -1
	}
	dec := sc.regBuf[:0]
	for k := vs; k < ve; k += 2 {
		dec = append(dec, unhex(b[k])<<4|unhex(b[k+1]))
	}
	sc.regBuf = dec[:0]
	sc.hexHolding(vs, ve, dec)
	return ve
}

// regText reads the bytes of a .reg value as the string they most likely
// hold: UTF-16LE (REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ) when half its high
// bytes or more are NUL, else the bytes; trailing NULs dropped.
func regText(dec []byte) string {
	zeros := 0
	for k := 1; k < len(dec); k += 2 {
		if dec[k] == 0 {
			zeros++
		}
	}
	if len(dec) < 2 || len(dec)%2 != 0 || zeros*4 < len(dec) {
		return string(bytes.TrimRight(dec, "\x00"))
	}
	units := make([]uint16, len(dec)/2)
	for k := range units {
		units[k] = uint16(dec[2*k]) | uint16(dec[2*k+1])<<8
	}
	return strings.TrimRight(string(utf16.Decode(units)), "\x00")
}
