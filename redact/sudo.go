package redact

import "bytes"

// sudoUser handles sudo's messages about an account, the word [i, j)
// being "User" or "user" before it: "User kai may run the following
// commands on studio:", "Sorry, user kai may not run sudo on studio.",
// "User kai is not allowed to run sudo on studio.". The account is
// learned and replaced. It returns where the account ends, or -1.
func (sc *scanner) sudoUser(i, j int) int {
	b := sc.b
	s := j + 1
	e := accountEnd(b, s)
	if e <= s || e+9 > len(b) || b[e] != ' ' {
		return -1
	}
	rest := b[e+1 : min(len(b), e+40)]
	if !bytes.HasPrefix(rest, []byte("may run the following commands on ")) && !bytes.HasPrefix(rest, []byte("may not run sudo on ")) &&
		!bytes.HasPrefix(rest, []byte("is not allowed to run sudo on ")) && !bytes.HasPrefix(rest, []byte("is not allowed to execute '")) {
		return -1
	}
	if !sc.accountSpan(s, e) {
		return -1
	}
	// the machine: " on studio:" or " on studio." ends the line
	le := lineEnd(b, e)
	if k := bytes.LastIndex(b[e:le], []byte(" on ")); k > 0 {
		hs := e + k + 4
		he := le
		for he > hs && (b[he-1] == ':' || b[he-1] == '.' || b[he-1] == ' ') {
			he--
		}
		if he > hs && bytes.IndexByte(b[hs:he], ' ') < 0 {
			sc.hostSpan(hs, he)
		}
	}
	return e
}
