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

// iisRow handles a row of IIS's W3C log without its "#Fields:" header (a
// pasted excerpt), the line starting at ls with the date and the time:
// in IIS's default layout ("date time s-ip cs-method cs-uri-stem
// cs-uri-query s-port cs-username c-ip cs(User-Agent) …", with
// s-sitename and s-computername before s-ip where they are logged) the
// account sits between the server's port and the client's address, four
// fields after the method. It is learned and replaced as a user key's
// value is ("-": no account).
func (sc *scanner) iisRow(ls int) {
	b := sc.b
	if ls+40 > len(b) || !w3cDateTime(b[ls:ls+20]) {
		return
	}
	// the fields up to the client's address at most: the method is one
	// of the first seven (most lines with a date and a time are no
	// request's, and their rest is not read)
	var f [12][2]int
	n := 0
	for k := ls; n < len(f) && k < len(b) && !lineBreak(b[k]); n++ {
		s := k
		for k < len(b) && b[k] != ' ' && !lineBreak(b[k]) {
			k++
		}
		f[n] = [2]int{s, k}
		if k == s || n == 6 && !w3cMethodIn(b, f[2:7]) {
			return
		}
		if k < len(b) && b[k] == ' ' {
			k++
		}
	}
	for m := 2; m+5 < n && m <= 6; m++ {
		if !httpMethods[string(b[f[m][0]:f[m][1]])] {
			continue
		}
		us, ue := f[m+4][0], f[m+4][1]
		if port, ip := b[f[m+3][0]:f[m+3][1]], b[f[m+5][0]:f[m+5][1]]; len(port) > 5 || !allDigits(port) ||
			!isIPv4Literal(string(ip)) && (bytes.Count(ip, []byte(":")) < 2 || !allHexColon(ip)) || ue == us+1 && b[us] == '-' {
			return
		}
		sc.valueSpan(us, ue, ClassUser)
		return
	}
}

// w3cMethodIn: one of the fields f is an HTTP method.
func w3cMethodIn(b []byte, f [][2]int) bool {
	for _, v := range f {
		if v[1]-v[0] >= 3 && v[1]-v[0] <= 12 && b[v[0]]-'A' < 26 && httpMethods[string(b[v[0]:v[1]])] {
			return true
		}
	}
	return false
}

// allHexColon: v holds only hex digits and colons (an IPv6 address).
func allHexColon(v []byte) bool {
	for _, c := range v {
		if c != ':' && !isHex(c) {
			return false
		}
	}
	return true
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
