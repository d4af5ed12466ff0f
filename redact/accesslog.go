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
		if s, e := v[0], v[1]; !(e == s+1 && b[s] == '-') {
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
