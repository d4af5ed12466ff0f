package redact

// dsclList handles the listing "dscl . list /Users RealName" prints: an
// account, blanks, its full name, a row a line, macOS's own accounts
// first ("_amavisd                 AMaViS Daemon"), then "daemon", the
// people's ("thandeka.m               Thandeka Mthembu"), "nobody",
// "root". The word [i, j), an account starting with '_' that opens a
// line, starts the first row: the rows from there to a line of another
// shape are read (512 at most). macOS's own accounts stay.
func (sc *scanner) dsclList(i, j int) {
	b := sc.b
	if i > 0 {
		// the first row only: a row above it read this one
		ls := i - 1
		if b[ls] == '\r' && ls > 0 {
			ls--
		}
		for ls > 0 && i-ls < 256 && !lineBreak(b[ls-1]) {
			ls--
		}
		if b[ls] == '_' {
			return
		}
	}
	if !dsclRow(b, i, j) {
		return
	}
	for p, rows := i, 0; rows < 512; rows++ {
		e := p
		for e < len(b) && e-p < 64 && b[e] > ' ' {
			e++
		}
		if !dsclRow(b, p, e) {
			return
		}
		ns := e
		for ns < len(b) && b[ns] == ' ' {
			ns++
		}
		le := ns
		for le < len(b) && le-ns < 128 && !lineBreak(b[le]) {
			le++
		}
		next := le
		for le > ns && (b[le-1] == ' ' || b[le-1] == '\t') {
			le--
		}
		acct := string(b[p:e])
		if b[p] != '_' && !psDaemon(acct) && !isGenericUser(acct) && plausibleName(acct) {
			sc.accountSpan(p, e)
			if name := string(b[ns:le]); plausibleName(name) && !isGenericUser(name) {
				sc.nameSpan(ns, le)
			}
		}
		for next < len(b) && b[next] == '\r' {
			next++
		}
		if next >= len(b) || b[next] != '\n' {
			return
		}
		p = next + 1
	}
}

// dsclRow: the word [p, e) is an account's name (lower-case letters,
// digits, '.', '_', '-'), two blanks or more after it, then a name
// starting with a capital letter or a letter outside ASCII.
func dsclRow(b []byte, p, e int) bool {
	if e == p || e+3 >= len(b) || b[e] != ' ' || b[e+1] != ' ' || pseudonymAt(b, p) {
		return false
	}
	for _, c := range b[p:e] {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-') {
			return false
		}
	}
	ns := e + 2
	for ns < len(b) && b[ns] == ' ' {
		ns++
	}
	return ns < len(b) && (b[ns]-'A' < 26 || b[ns] >= 0xc3)
}
