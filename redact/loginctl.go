package redact

import "bytes"

// loginctl (systemd-logind) names the accounts signed in: list-sessions'
// and list-users' tables ("SESSION  UID USER   SEAT  TTY", " UID USER"),
// user-status's and session-status's first lines ("tobias (1000)", "2 -
// tobias (1000)"). An account of a person (a UID of 1000 or more) is
// learned and replaced; system accounts (gdm, sddm: below 1000) and the
// UID stay.

// loginctlTable handles the table whose header's "USER" is the word
// [i, j), after "UID ": each row's word under it is an account, read
// with the UID before it.
func (sc *scanner) loginctlTable(i, j int) {
	b := sc.b
	if i < 4 || string(b[i-4:i]) != "UID " {
		return
	}
	ls, le := sc.lineHead(i), j
	for le < len(b) && le-j < 256 && !lineBreak(b[le]) {
		le++
	}
	h := bytes.TrimLeft(b[ls:i-4], " ")
	if le >= len(b) || len(h) != 0 && string(h) != "SESSION " && string(h) != "SESSION  " {
		return // list-users: " UID USER", list-sessions: "SESSION  UID USER"
	}
	columnWords(b, ls, i, j, le, sc.loginctlUser)
}

// loginctlUser replaces the account [s, e) if the UID before it, after a
// blank, is a person's.
func (sc *scanner) loginctlUser(s, e int) {
	b := sc.b
	if e == s || s < 2 || b[s-1] != ' ' || pseudonymAt(b, s) {
		return
	}
	k := s - 1
	for k > 0 && isDigit(b[k-1]) && s-k < 8 {
		k--
	}
	if !personUID(b[k : s-1]) {
		return // no UID, or a system account's (below 1000)
	}
	sc.accountSpan(s, e)
}

// loginctlStatus handles user-status's and session-status's "Since:"
// line, the word [i, j): the line before it names the account ("tobias
// (1000)", "2 - tobias (1000)").
func (sc *scanner) loginctlStatus(i, j int) {
	b := sc.b
	if string(b[i:j]) != "Since:" || i < 8 || b[i-1] != ' ' {
		return
	}
	// "Since:" leads its line, after the indent (read back over that only:
	// a long line of "Since: Since: …" read itself whole at each)
	ls := i - 1
	for ls > 0 && (b[ls-1] == ' ' || b[ls-1] == '\t') {
		ls--
	}
	if ls > 0 && b[ls-1] != '\n' {
		return
	}
	ps, pe := prevLine(b, ls)
	if pe < 0 || pe-ps < 7 || b[pe-1] != ')' {
		return
	}
	line := b[ps:pe]
	if k := bytes.Index(line, []byte(" - ")); k > 0 && k <= 8 {
		ps += k + 3 // session-status: the session's id first
	}
	e := ps
	for e < pe && b[e] > ' ' {
		e++
	}
	if e == ps || e+3 > pe || b[e] != ' ' || b[e+1] != '(' {
		return
	}
	d := e + 2
	for d < pe && isDigit(b[d]) {
		d++
	}
	if d != pe-1 || !personUID(b[e+2:d]) {
		return // "NAME (UID)", a person's UID
	}
	sc.accountSpan(ps, e)
}

// loginctlName handles "Name=tobias", the word [i, j) starting a line, in
// loginctl show-user's and show-session's properties: the line before is
// "GID=1000" (show-user) or "User=1000" (show-session). The account is
// a person's when that number is 1000 or more.
func (sc *scanner) loginctlName(i, j int) {
	b := sc.b
	if string(b[i:i+5]) != "Name=" || i > 0 && !lineBreak(b[i-1]) {
		return
	}
	ps, pe := prevLine(b, i)
	if pe < 0 {
		return
	}
	p := bytes.IndexByte(b[ps:pe], '=') + ps + 1
	if k := string(b[ps:max(p-1, ps)]); k != "GID" && k != "User" {
		return
	}
	if !personUID(b[p:pe]) {
		return
	}
	e := i + 5
	for e < j && b[e] > ' ' {
		e++
	}
	if e > i+5 && !pseudonymAt(b, i+5) {
		sc.accountSpan(i+5, e)
	}
}

// personUID: d is a person's UID as loginctl prints it, 1000 to 999999
// (four to six digits, no leading zero): a system account's is below.
func personUID(d []byte) bool {
	return len(d) >= 4 && len(d) <= 6 && d[0] != '0' && allDigits(d)
}
