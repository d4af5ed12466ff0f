package redact

import "unicode/utf8"

// ipconfigIndent is the column ipconfig /all writes its values at ("   DNS
// Suffix Search List. . . . . . : corp.contoso-music.com"): the labels
// are padded to it in every language.
const ipconfigIndent = 39

// ipconfigMore handles a word [i, j) standing alone on a line indented to
// ipconfig /all's value column: one more value of the row above ("DNS
// Suffix Search List" lists a domain a line). It is replaced as the
// row's first value is, when the row's key names a host (the search
// list, nmcli's and resolv.conf's search domains have rows of their
// own). The caller checked the line break ipconfigIndent bytes before i.
func (sc *scanner) ipconfigMore(i, j int) {
	b := sc.b
	if j < len(b) && !lineBreak(b[j]) || !ipconfigIndented(b, i-ipconfigIndent) {
		return
	}
	// up over the list's other continuation lines to its key's row
	ls := i - ipconfigIndent
	for rows := 0; rows < 16; rows++ {
		pe := ls - 1
		if pe > 0 && b[pe-1] == '\r' {
			pe--
		}
		ps := lineStartOf(b, pe)
		if pe-ps <= ipconfigIndent || b[ps] != ' ' {
			return
		}
		if ipconfigIndented(b, ps) {
			ls = ps
			continue
		}
		// the row's ": " ends ipconfigIndent characters in, a label's
		// letters outside ASCII two bytes or more ("Lista de búsqueda de
		// sufijos DNS  :"); an invalid byte is one character, as the
		// U+FFFD a second pass may read in its place is
		q, n := ps, 0
		for q < pe && n < ipconfigIndent-2 {
			_, size := utf8.DecodeRune(b[q:pe])
			q += size
			n++
		}
		var kb [48]byte
		if q+1 < pe && b[q] == ':' && b[q+1] == ' ' && classifyKey(string(normKey(kb[:0], b[ps:q]))) == ClassHost {
			sc.valueSpan(i, j, ClassHost)
		}
		return
	}
}

// ipconfigIndented: the line starting at ls is blank up to ipconfig's
// value column, and a value starts there.
func ipconfigIndented(b []byte, ls int) bool {
	if ls+ipconfigIndent >= len(b) || b[ls+ipconfigIndent] == ' ' {
		return false
	}
	for _, c := range b[ls : ls+ipconfigIndent] {
		if c != ' ' {
			return false
		}
	}
	return true
}
