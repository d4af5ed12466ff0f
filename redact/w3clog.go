package redact

import "bytes"

// w3cHeader handles the "#Fields:" line of a W3C extended log (IIS's
// u_ex*.log, and the proxies and servers that write the format), the
// rest of whose line starts at p. It names the blank-separated columns
// of the rows below it (a blank inside a value is written '+'), and
// which of them is cs-username, the account a request authenticated as:
// each row's value there is learned and replaced, as a user key's is.
// The rows may run on into the next text chunk (psTable carries their
// layout, as it does a process table's).
func (sc *scanner) w3cHeader(p int) {
	b := sc.b
	le := lineEnd(b[:min(len(b), p+1024)], p)
	if le == p+1024 {
		return // no header of a log: too long
	}
	uf, n := -1, 0
	for _, f := range bytes.Fields(b[p:le]) {
		if string(f) == "cs-username" {
			uf = n
		}
		n++
	}
	if uf < 0 || n > 128 {
		return
	}
	sc.w3cRows(lineAfter(b, le), psTable{on: true, uf: int16(uf), nf: int16(n), most: -1})
}

// w3cRows reads the rows of a W3C extended log of layout t from the line
// start p: lines of t.nf single-blank-separated fields, up to the first
// line that is none. A comment line (the #Software, #Version and #Date
// a restarted server writes) is skipped; a new #Fields line ends the
// rows (w3cHeader reads those after it with its layout). When the rows
// run to the buffer's end, sc.psEnd takes the layout for the next chunk.
func (sc *scanner) w3cRows(p int, t psTable) {
	b := sc.b
	for {
		if p >= len(b) {
			t.skip = false
			sc.psEnd = t
			return
		}
		re := lineEnd(b, p)
		if b[p] == '#' {
			if bytes.HasPrefix(b[p:re], []byte("#Fields:")) {
				return
			}
			p = lineAfter(b, re)
			continue
		}
		us, ue, n := -1, -1, 0
		for k := p; k < re; n++ {
			s := k
			for k < re && b[k] != ' ' {
				k++
			}
			if n == int(t.uf) {
				us, ue = s, k
			}
			if k < re {
				k++
			}
		}
		if n != int(t.nf) || ue <= us {
			if re == len(b) && re > p {
				p = re // a row cut at the buffer's end: the next chunk reads it whole
				continue
			}
			return // the rows end
		}
		if !(ue == us+1 && b[us] == '-') {
			sc.valueSpan(us, ue, ClassUser) // ("-": no account; anonymous)
		}
		p = lineAfter(b, re)
	}
}
