package redact

import "bytes"

// clfUser handles a line of the Common or Combined Log Format (Apache's
// access_log, nginx's access.log, and the many servers that copy them),
// whose "[10/Oct/2024:13:55:36 -0700]" time's first digit is at p:
// `host ident authuser [time] "request" status bytes …`. The two fields
// before the time are the identd's and the HTTP authentication's
// account ("-" for none): each is learned and replaced as a user key's
// value is. The host before them (an address, a name, or the pseudonym a
// first pass gave it) is what makes the line one; a name there goes as
// a host key's value.
func (sc *scanner) clfUser(p int) {
	b := sc.b
	if p < 8 || p+20 > len(b) || b[p+2] != '/' || b[p+6] != '/' || b[p+11] != ':' || !isMonth(b[p+3:p+6]) || b[p-2] != ' ' {
		return
	}
	var f [3][2]int // host, ident, authuser
	e := p - 2
	for n := 2; n >= 0; n-- {
		s := e
		if n == 2 && e > 2 && b[e-1] == '"' {
			// a quoted account with a blank (`- "Kofi Mensah" [07/Dec/…`):
			// the field runs to its opening quote
			for s = e - 2; s > 0 && e-s < 66 && b[s] != '"' && !lineBreak(b[s]); s-- {
			}
			if b[s] != '"' || s == 0 || b[s-1] != ' ' {
				return
			}
		}
		for s > 0 && b[s-1] != ' ' && !lineBreak(b[s-1]) {
			s--
		}
		if s == e || n > 0 && (s == 0 || b[s-1] != ' ') {
			return
		}
		f[n] = [2]int{s, e}
		e = s - 1
	}
	if !clfHost(b[f[0][0]:f[0][1]]) {
		return
	}
	if h := b[f[0][0]:f[0][1]]; !pseudonymAt(h, 0) && bytes.IndexByte(h, ':') < 0 && bytes.IndexFunc(h, func(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }) >= 0 {
		// a client's name (HostnameLookups): a machine, as under a host
		// key ("kofis-laptop.corp.example"; an IPv6 address is the
		// address detectors')
		sc.valueSpan(f[0][0], f[0][1], ClassHost)
	}
	for _, v := range f[1:] {
		s, e := v[0], v[1]
		if e-s > 2 && b[s] == '"' && b[e-1] == '"' {
			s, e = s+1, e-1
		}
		if !(e == s+1 && b[s] == '-') {
			sc.valueSpan(s, e, ClassUser)
		}
	}
}

// clfHost: h is a client's field in an access log: an IP address, a
// host name, or the pseudonym a first pass replaced either with.
func clfHost(h []byte) bool {
	if pseudonymAt(h, 0) {
		return true
	}
	dotted := false
	for _, c := range h {
		switch {
		case c == '.' || c == ':':
			dotted = true
		case !isAlnum(c) && c != '-' && c != '_':
			return false
		}
	}
	if bytes.IndexByte(h, ':') > 0 && !bytes.Contains(h, []byte("::")) && len(bytes.Trim(h, "0123456789:")) == 0 {
		return false // a time ("2024-05-01 10:00:00 web01 app [10/Oct/…")
	}
	return dotted || string(h) == "localhost"
}

// squidRow handles a line of Squid's native access.log, whose result
// code ("TCP_MISS/200", "TCP_DENIED/407", "NONE_NONE/400") is the word
// [i, j): `time elapsed client code/status bytes method URL user
// hierarchy/peer type`. The user field is the account proxy
// authentication or ident found ("-" for none): it is learned and
// replaced as a user key's value is. The peer's address after the
// hierarchy code ("HIER_DIRECT/10.1.2.3") goes as addresses go, which a
// word after a '/' is not read as.
func (sc *scanner) squidRow(i, j int) {
	b := sc.b
	if j-i < 8 || !isDigit(b[j-1]) || !isDigit(b[j-2]) || !isDigit(b[j-3]) || b[j-4] != '/' {
		return
	}
	// before it: the time ("1715000000.123"), the elapsed milliseconds
	// (padded: "   150") and the client
	ls := lineStartAfter(b, max(0, i-128), i)
	var f [3][2]int
	if n := blankFields(b, ls, i, f[:]); n != 3 || !allDigits(b[f[1][0]:f[1][1]]) {
		return
	}
	if t := b[f[0][0]:f[0][1]]; len(t) < 5 || t[len(t)-4] != '.' || !allDigits(t[:len(t)-4]) || !allDigits(t[len(t)-3:]) {
		return
	}
	// after it: bytes, method, URL, user, hierarchy/peer, type (and
	// what a logformat adds after them)
	var g [8][2]int
	if n := blankFields(b, j, lineEnd(b[:min(len(b), j+4096)], j), g[:]); n < 5 || !allDigits(b[g[0][0]:g[0][1]]) ||
		bytes.IndexByte(b[g[4][0]:g[4][1]], '/') < 0 {
		return
	}
	us, ue := g[3][0], g[3][1]
	if !(ue == us+1 && b[us] == '-') {
		sc.valueSpan(us, ue, ClassUser)
	}
	if h := g[4]; h[1]-h[0] > 6 {
		if k := bytes.IndexByte(b[h[0]:h[1]], '/'); k > 0 && isDigit(b[h[0]+k+1]) {
			sc.pctAtIP(h[0]+k+1, h[1]) // (ipv4At reads "NAME/1.2.3.4" as a version)
		}
	}
}

// blankFields fills f with the [start, end) of the blank-separated fields
// of b[p:e], as many as fit; it returns how many there were, or -1 when
// there were more than f holds.
func blankFields(b []byte, p, e int, f [][2]int) int {
	n := 0
	for k := p; k < e; {
		for k < e && b[k] == ' ' {
			k++
		}
		if k == e {
			break
		}
		s := k
		for k < e && b[k] != ' ' {
			k++
		}
		if n == len(f) {
			return -1
		}
		f[n] = [2]int{s, k}
		n++
	}
	return n
}
