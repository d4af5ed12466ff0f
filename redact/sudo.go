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

// sudoersUser handles "kofi is not in the sudoers file.  This incident
// will be reported.", the word [i, j) being "sudoers": the account before
// " is not in the " is learned and replaced.
func (sc *scanner) sudoersUser(i, j int) {
	b := sc.b
	const lead = " is not in the "
	if i < len(lead)+2 || string(b[i-len(lead):i]) != lead || !bytes.HasPrefix(b[j:], []byte(" file")) {
		return
	}
	e := i - len(lead)
	s := e
	for s > 0 && e-s <= 64 && (isAlnum(b[s-1]) || b[s-1] == '.' || b[s-1] == '_' || b[s-1] == '-') {
		s--
	}
	if s < e && (s == 0 || b[s-1] <= ' ' || b[s-1] == ':') {
		sc.accountSpan(s, e)
	}
}

// unixGroups: groups every Linux or macOS account is in or may be, as
// id -nG and groups list them after the account.
var unixGroups = wordSet(`adm cdrom sudo dip plugdev lpadmin sambashare lxd wheel audio video users docker netdev
	dialout input render kvm libvirt staff admin everyone floppy games scanner bluetooth lp tty disk uucp
	systemd-journal wireshark vboxusers sys network power storage optical realtime pipewire gamemode
	libvirt-qemu lxd sgx tss davfs2 fuse scard avahi _lpadmin _developer _analyticsusers
	com.apple.access_ssh com.apple.sharepoint.group.1 localaccounts`)

// groupFirst: the first bytes of unixGroups' words, and the ':' of
// "kofi : kofi adm …" (groups NAME).
var groupFirst = func() (t [256]bool) {
	for w := range unixGroups {
		t[w[0]] = true
	}
	t[':'] = true
	return t
}()

// groupsLine handles the account that starts a line of groups: "kofi :
// kofi adm cdrom sudo" (groups NAME) or "kofi adm cdrom sudo dip" (id
// -nG, groups), the word [i, j) at the line's start. The account (and
// its primary group, its namesake) is learned and replaced when the
// rest of the line is groups, two known ones or more. It returns where
// the line ends, or -1.
func (sc *scanner) groupsLine(i, j int) int {
	b := sc.b
	p := j + 1
	if b[p] != ':' {
		// the first group, which must be a known one (below), is read
		// before the line's end is sought: most lines that start with
		// a word and a blank are prose ("Thread 23 Crashed", "opened …")
		e := p
		for e < len(b) && e-p <= 32 && b[e] != ' ' && b[e] != '\n' && b[e] != '\r' {
			e++
		}
		if !unixGroups[string(b[p:e])] {
			return -1
		}
	}
	le := lineEnd(b, j)
	if le-j > 512 {
		return -1
	}
	named := false // groups NAME: the account said twice
	if p+2 < le && b[p] == ':' && b[p+1] == ' ' {
		named = true
		// groups NAME: the account again, the primary group
		p += 2
		if !bytes.HasPrefix(b[p:le], b[i:j]) || p+j-i < le && b[p+j-i] != ' ' {
			return -1
		}
		p += j - i
	}
	known := 0
	for p < le {
		for p < le && b[p] == ' ' {
			p++
		}
		e := p
		for e < le && b[e] != ' ' {
			e++
		}
		if e == p {
			break
		}
		w := string(b[p:e])
		if unixGroups[w] {
			known++
		} else if known == 0 || w != string(b[i:j]) && !groupName(b[p:e]) {
			// (the first group after the account is a known one: a
			// line of words goes no further than its second)
			return -1
		}
		p = e
	}
	// (groups NAME's line, the account said twice, needs one known group
	// only: "dj_yaa2 : dj_yaa2 audio"; an account may hold '.': "kofi.m")
	if known < 2 && !(named && known == 1) || unixGroups[string(b[i:j])] || groupsLead[string(b[i:j])] ||
		!groupName(bytes.ReplaceAll(b[i:j], []byte("."), []byte("_"))) || b[i] == '.' || b[j-1] == '.' || fileExt(string(b[i:j])) || !sc.accountSpan(i, j) {
		return -1
	}
	// the namesake group
	for p := j + 1; p < le; {
		if bytes.HasPrefix(b[p:le], b[i:j]) && b[p-1] == ' ' && (p+j-i == le || b[p+j-i] == ' ') {
			sc.accountSpan(p, p+j-i)
		}
		p++
	}
	return le
}

// groupsLead: words that lead a list of groups in prose or help text
// ("members adm sudo wheel"), no account.
var groupsLead = wordSet(`groups group members member in and or allowed add added join joined remove removed usermod
	gpasswd newgrp id the of to as is are with default supplementary primary secondary`)

// groupName: a group's name, lower case letters, digits, '_' and '-'.
func groupName(w []byte) bool {
	for _, c := range w {
		if !(c >= 'a' && c <= 'z' || isDigit(c) || c == '_' || c == '-') {
			return false
		}
	}
	return len(w) > 0 && len(w) <= 32
}

// uidParen handles the account [i, j) in parentheses after "uid N" or
// "user N" (macOS securityd's "session 100005 created for uid 501 (yaw)",
// "uid 1000 (kofi)"), as id(1)'s "uid=1000(kofi)" is read.
func (sc *scanner) uidParen(i, j int) {
	b := sc.b
	d := i - 2
	for d > 0 && i-2-d < 10 && isDigit(b[d-1]) {
		d--
	}
	if d < 5 || b[d-1] != ' ' {
		return
	}
	w := d - 4 // the word before the number: "uid" or "user"
	if matchFold(b, w, "uid") != d-1 {
		if w--; matchFold(b, w, "user") != d-1 {
			return
		}
	}
	if w > 0 && isAlnum(b[w-1]) {
		return
	}
	if groupName(b[i:j]) && !unixGroups[string(b[i:j])] {
		sc.accountSpan(i, j)
	}
}
