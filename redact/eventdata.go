package redact

import "bytes"

// eventDataUser handles an unnamed <Data> element at p (its text) whose
// element before holds the machine's name, as classic Windows events
// write an account: "<Data>KOFI-STUDIO</Data><Data>kwabena</Data>" (the
// domain, then the user). The machine is known by Windows' own naming
// (DESKTOP-…), by the event's <Computer>, or as a host the report taught.
// It returns where the account ends, or -1.
func (sc *scanner) eventDataUser(p int) int {
	b := sc.b
	const open, end = "<Data>", "</Data>"
	s := p - len(open) - len(end)
	if s < 2 || string(b[s:s+len(end)]) != end {
		return -1
	}
	vs := bytes.LastIndexByte(b[max(0, s-64):s], '>')
	if vs < 0 {
		return -1
	}
	vs += max(0, s-64) + 1
	if vs < len(open) || string(b[vs-len(open):vs]) != open || vs == s {
		return -1
	}
	host := b[vs:s]
	e := p
	for e < len(b) && e-p < 64 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-' || b[e] == '$') {
		e++
	}
	if e == p || e >= len(b) || b[e] != '<' || b[e-1] == '$' || !isLetter(b[p]) {
		return -1 // (a machine account, "KOFI-STUDIO$", is the host's)
	}
	if winHostEnd(host, 0) != len(host) && !sc.eventComputer(host, vs) {
		if _, ok := sc.s.lits.canonOf(ClassHost, string(host)); !ok {
			return -1
		}
	}
	if !sc.accountSpan(p, e) {
		return -1
	}
	return e
}

// eventComputer reports whether host is the name in the <Computer>
// element of the event before q (its first label, for an FQDN).
func (sc *scanner) eventComputer(host []byte, q int) bool {
	b := sc.b
	w := b[max(0, q-2048):q]
	k := bytes.LastIndex(w, []byte("<Computer>"))
	if k < 0 || bytes.Contains(w[k:], []byte("</Event>")) {
		return false
	}
	c := w[k+len("<Computer>"):]
	if x := bytes.IndexByte(c, '<'); x > 0 {
		c = c[:x]
	}
	if x := bytes.IndexByte(c, '.'); x > 0 {
		c = c[:x]
	}
	return len(c) >= 2 && bytes.EqualFold(c, host)
}
