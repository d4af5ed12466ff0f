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

// w3cRequestRow: the word [i, j), a blank-separated field, is in a row of
// an IIS log whose "#Fields:" header the text lacks (a pasted excerpt):
// the line starts with the date and the time ("2024-05-01 10:00:00 ")
// and a field before the word is an HTTP method. There DOMAIN\account is
// the cs-username column's (bareDomainUser).
func w3cRequestRow(b []byte, i, j int) bool {
	if i < 24 || b[i-1] != ' ' || j < len(b) && b[j] != ' ' && !lineBreak(b[j]) {
		return false
	}
	ls := lineStartAfter(b, max(0, i-1024), i)
	if ls+20 > i || !w3cDateTime(b[ls:ls+20]) {
		return false
	}
	for k := ls + 20; k < i; {
		s := k
		for k < i && b[k] != ' ' {
			k++
		}
		if httpMethods[string(b[s:k])] {
			return true
		}
		k++
	}
	return false
}

// w3cDateTime: d is a W3C log row's first 20 bytes, "2024-05-01 10:00:00 ".
func w3cDateTime(d []byte) bool {
	for k, c := range d {
		switch k {
		case 4, 7:
			if c != '-' {
				return false
			}
		case 10, 19:
			if c != ' ' {
				return false
			}
		case 13, 16:
			if c != ':' {
				return false
			}
		default:
			if !isDigit(c) {
				return false
			}
		}
	}
	return true
}

// httpMethods are the request methods a web server's log names, WebDAV's
// and Outlook Anywhere's (RPC_IN_DATA) among them.
var httpMethods = wordSet(`GET POST HEAD PUT DELETE OPTIONS PATCH CONNECT TRACE PROPFIND PROPPATCH MKCOL COPY MOVE LOCK UNLOCK
	RPC_IN_DATA RPC_OUT_DATA`)

// plusJoinedEnd returns where the account at p ends when W3C wrote its
// blanks as '+' ("Tran+Thi+Bich+Ngoc"): words of an account's bytes
// joined by single '+' up to e, or -1.
func plusJoinedEnd(b []byte, p, e int) int {
	for k := p; ; {
		n := bytes.IndexByte(b[k:e], '+')
		if n < 0 {
			if accountEnd(b[:e], k) == e {
				return e
			}
			return -1
		}
		if n == 0 || accountEnd(b[:k+n], k) != k+n {
			return -1
		}
		k += n + 1
	}
}
