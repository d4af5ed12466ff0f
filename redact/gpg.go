package redact

// gpgFingerprint reads the fingerprint gpg --list-keys (and -K) writes
// on the line after a key's "pub" or "sec" line, the word [i, j):
// `      3F2A1B9C…293A4B5C` (40 hex digits). A person's public key names
// them (key servers map it to their name and address), so it is learned,
// with the long key id that ends it ("using EDDSA key 3F2A…",
// "0xE5F6…"), and replaced as an account's id.
func (sc *scanner) gpgFingerprint(i, j int) {
	b := sc.b
	if j+3 > len(b) || b[j] != ' ' || b[j+1] != ' ' || !(string(b[i:j]) == "pub" || string(b[i:j]) == "sec") {
		return
	}
	p := lineEnd(b, j)
	if p < len(b) && b[p] == '\r' {
		p++
	}
	p++
	s := p
	for s < len(b) && s-p < 12 && b[s] == ' ' {
		s++
	}
	e := s + 40
	if s == p || e > len(b) || e < len(b) && !lineBreak(b[e]) || !allHex(b[s:e]) {
		return
	}
	v := string(b[s:e])
	if sc.s.allowed(v) {
		return
	}
	canon := canonical(v)
	sc.learnLiteral(ClassUID, canon, v, false)
	sc.learnLiteral(ClassUID, canon, v[24:], false)
	sc.add(s, e, ClassUID, canon)
}
