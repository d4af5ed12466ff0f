package redact

import "bytes"

// accountRow is passwdRow for a line that starts as an /etc/passwd row
// does, which may be an /etc/group row instead (groupRow): it reports
// what passwdRow reports.
func (sc *scanner) accountRow(i int) bool {
	if sc.passwdRow(i) {
		return true
	}
	sc.groupRow(i)
	return false
}

// groupRow handles a line of /etc/group (getent group) starting at i,
// name:x:GID:member,member,…: the members that are no system account
// ("audio:x:29:pulse,kofi,ama.owusu": people added to the group, as
// audio troubleshooting pastes it) are learned and replaced.
func (sc *scanner) groupRow(i int) {
	b := sc.b
	n := len(b)
	p := i
	for p < n && p-i <= 32 && (isAlnum(b[p]) || b[p] == '_' || b[p] == '-' || b[p] == '.') {
		p++
	}
	if p == i || p+4 >= n || b[p] != ':' || b[p+1] != 'x' && b[p+1] != '!' && b[p+1] != '*' || b[p+2] != ':' {
		return
	}
	p += 3
	s := p
	for p < n && p-s < 6 && isDigit(b[p]) {
		p++
	}
	if p == s || p+1 >= n || b[p] != ':' {
		return
	}
	p++
	le := p
	for le < n && le-p < 1024 && !lineBreak(b[le]) {
		if !(isAlnum(b[le]) || b[le] == ',' || b[le] == '_' || b[le] == '-' || b[le] == '.' || b[le] == '$') {
			return // (no member list: a colon or a blank after the GID)
		}
		le++
	}
	for s := p; s < le; {
		e := s
		for e < le && b[e] != ',' {
			e++
		}
		if e > s && !systemAccounts[string(b[s:e])] && b[s] != '_' {
			sc.accountSpan(s, e)
		}
		s = e + 1
	}
}

// systemAccounts are the accounts Linux distributions and their packages
// create for services, members of groups as people are: no person.
var systemAccounts = wordSet(`daemon bin sys sync games man lp mail news uucp proxy www-data backup list irc gnats
	nobody syslog messagebus systemd-network systemd-resolve systemd-timesync systemd-coredump systemd-journal
	systemd-oom tss uuidd tcpdump avahi avahi-autoipd usbmux dnsmasq kernoops cups-pk-helper cups-browsed rtkit
	whoopsie sssd speech-dispatcher nm-openvpn saned colord geoclue pulse pulse-access gnome-initial-setup hplip
	gdm gdm3 lightdm sddm polkitd chrony ntp dbus postfix sshd libvirt-qemu libvirt-dnsmasq docker mysql postgres
	redis pipewire fwupd-refresh snapd snap_daemon lxd dhcpcd landscape pollinate ftp apache nginx http git
	jackuser audio video plugdev netdev bluetooth lpadmin sambashare adm sudo wheel users operator halt shutdown
	rpc rpcuser nfsnobody qemu unbound setroubleshoot flatpak gluster cockpit-ws cockpit-wsinstance
	openvpn nm-openconnect vboxadd mpd jack realtime clamav debian-exim exim saslauth dovecot dovenull`)

// fingerLogin handles the first line of finger's and pinky -l's long
// format, after "Login" at p: "Login: kofi <tabs> Name: Kofi Mensah"
// (finger), "Login name: kofi <blanks> In real life:  Kofi Mensah"
// (pinky). The login is a user key's value; the full name after "Name:"
// or "In real life:" is the account's owner, read as a user key's value
// too (a lower-case one, "ngozi adeyemi", a single word).
func (sc *scanner) fingerLogin(p int) {
	b := sc.b
	key := "\tName: "
	if b[p] == ' ' {
		if matchFold(b, p, " name: ") < 0 {
			return
		}
		key = " In real life: "
	} else if p+1 >= len(b) || b[p+1] != ' ' {
		return
	}
	le := lineEndWithin(b, p, 200)
	k := bytes.Index(b[p:le], []byte(key[1:]))
	if k < 0 || b[p+k-1] != ' ' && b[p+k-1] != '\t' {
		return
	}
	vs := p + k + len(key) - 1
	for vs < le && b[vs] == ' ' {
		vs++
	}
	ve := le
	for ve > vs && (b[ve-1] == ' ' || b[ve-1] == '\t') {
		ve--
	}
	if ve > vs {
		sc.valueSpan(vs, ve, ClassUser)
	}
}

// chfnName handles chfn's prompt for a full name, whose default in
// brackets is the account's current one: shadow's "\tFull Name [Kofi
// Mensah]: ", util-linux's "Name [Wanjiru Kamau]: " ("Name" is the word
// [i, j)). The name is read as a user key's value.
func (sc *scanner) chfnName(i, j int) {
	b := sc.b
	if !(i == 0 || lineBreak(b[i-1]) || i >= 6 && string(b[i-5:i]) == "Full " && (b[i-6] == '\t' || lineBreak(b[i-6]))) {
		return
	}
	vs := j + 2
	ve := vs
	for ve < len(b) && ve-vs < 128 && b[ve] != ']' && !lineBreak(b[ve]) {
		ve++
	}
	if ve == vs || ve+1 >= len(b) || b[ve] != ']' || b[ve+1] != ':' {
		return
	}
	sc.valueSpan(vs, ve, ClassUser)
}

// loginNameTable handles pinky's and finger's table, whose header
// ("Login    Name                 TTY …") has "Name" at the word [i, j):
// each row's login is learned and replaced, and its Name column, the
// account's full name ("Yaw Boateng"), too.
func (sc *scanner) loginNameTable(i, j int) {
	b := sc.b
	if string(b[i:j]) == "NAME" && i >= 5 && string(b[i-5:i]) == "TYPE " {
		sc.diskutilList(i, j) // (diskutil.go)
		return
	}
	ls := i
	for ls > 0 && i-ls < 24 && b[ls-1] == ' ' {
		ls--
	}
	if ls == i || ls < 5 || string(b[ls-5:ls]) != "Login" || ls > 5 && !lineBreak(b[ls-6]) {
		return
	}
	ls -= 5
	nc := i - ls // the Name column
	p := lineEnd(b, j)
	for n := 0; n < 128 && p < len(b); n++ {
		p++ // the line break
		if p < len(b) && b[p] == '\n' && b[p-1] == '\r' {
			p++
		}
		le := lineEnd(b, p)
		e := accountEnd(b, p)
		if e <= p || e > le || e < le && b[e] != ' ' {
			return // a blank line, or no row: the table ends
		}
		sc.accountSpan(p, e)
		if ds := p + nc; ds < le && b[ds-1] == ' ' && personName(b, ds) {
			if ne := nameEnd(b, ds); ne+1 < le && b[ne] == ' ' && b[ne+1] == ' ' {
				sc.nameSpan(ds, ne)
			}
		}
		p = le
	}
}
