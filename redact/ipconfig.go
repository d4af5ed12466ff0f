package redact

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
	if j < len(b) && !lineBreak(b[j]) {
		return
	}
	ls := i - ipconfigIndent
	for k := ls; k < i; k++ {
		if b[k] != ' ' {
			return
		}
	}
	// up over the list's other continuation lines to its key's row
	for rows := 0; rows < 16; rows++ {
		pe := ls - 1
		if pe > 0 && b[pe-1] == '\r' {
			pe--
		}
		ps := lineStartOf(b, pe)
		if pe-ps <= ipconfigIndent+1 {
			return
		}
		if b[ps] != ' ' || b[ps+ipconfigIndent-2] != ':' || b[ps+ipconfigIndent-1] != ' ' {
			ls = ps
			if b[ps+ipconfigIndent-1] != ' ' || b[ps+ipconfigIndent] == ' ' {
				return
			}
			for k := ps; k < ps+ipconfigIndent; k++ {
				if b[k] != ' ' {
					return // no continuation line, no key's row
				}
			}
			continue
		}
		var kb [48]byte
		if classifyKey(string(normKey(kb[:0], b[ps:ps+ipconfigIndent-2]))) != ClassHost {
			return
		}
		sc.valueSpan(i, j, ClassHost)
		return
	}
}
