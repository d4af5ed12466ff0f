package redact

import "bytes"

// assetStop: capitalised words of firmware placeholders and labels that
// a serial or asset tag field holds instead of a person's name ("Not
// Specified", "Chassis Serial", "Default String").
var assetStop = wordSet(`not none no system chassis asset serial number tag default unknown empty product base
	board filled specified available applicable provided string invalid reserved to be by oem fill type
	tbd na sku model version customer owner user`)

// assetPersonEnd returns where a person's name that a serial or asset
// tag field holds ends ("Asset Tag: Kwesi Boateng": an owner tags the
// machine with their name), its first word [vs, ve): two capitalised
// words (or two in capitals), the line's last; else -1.
func assetPersonEnd(b []byte, vs, ve int) int {
	if ve+2 >= len(b) || b[ve] != ' ' || !capitalised(b, vs) || !capitalised(b, ve+1) {
		return -1
	}
	e := nameWordEnd(b, ve+1)
	if e <= ve+2 || e < len(b) && !lineBreak(b[e]) && b[e] != '"' {
		return -1
	}
	w1, w2 := string(b[vs:ve]), string(b[ve+1:e])
	// written in capitals ("KWESI BOATENG") as some tagging tools do
	caps := nameWord(w1, true) && nameWord(w2, true)
	if !caps && (!nameWord(w1, false) || !nameWord(w2, false)) || assetStop[asciiLower(w1)] || assetStop[asciiLower(w2)] {
		return -1
	}
	return e
}

// assetPerson replaces the person's name a serial or asset tag field
// holds, its first word [vs, ve) (assetPersonEnd), or after "Property
// of" ("Asset Tag: Property of Kofi Mensah"). It returns where the name
// ends, or -1.
func (sc *scanner) assetPerson(vs, ve int) int {
	b := sc.b
	if ve-vs == 8 && string(b[vs:ve]) == "Property" && matchFold(b, ve, " of ") > 0 {
		s := ve + 4
		if pseudonymAt(b, s) {
			return ve // the name a first pass replaced: "Property" is none
		}
		if e, n := proseNameEnd(b, s, 4, true); n >= 2 && (e == len(b) || lineBreak(b[e]) || b[e] == '"') {
			sc.nameSpan(s, e)
			return e
		}
		return -1
	}
	e := assetPersonEnd(b, vs, ve)
	if e > 0 {
		sc.nameSpan(vs, e)
	}
	return e
}

// officeUserInfo handles a reg query row under Office's
// HKCU\Software\Microsoft\Office\Common\UserInfo, the name [ks, ke), the
// value [vs, ve): there Company is the user's own organisation (unlike a
// version resource's CompanyName) and UserInitials the user's initials,
// replaced where they stand (two letters elsewhere are no name). It
// reports whether it took the row.
func (sc *scanner) officeUserInfo(ks, ke, vs, ve int) bool {
	b := sc.b
	name := string(b[ks:ke])
	if name != "Company" && name != "UserInitials" {
		return false
	}
	for ve > vs && b[ve-1] == ' ' {
		ve--
	}
	from := max(0, ks-2048)
	k := bytes.LastIndex(b[from:ks], []byte(`\Common\UserInfo`))
	if k < 0 || bytes.Contains(b[from+k:ks], []byte("HKEY_")) || ve == vs || pseudonymAt(b, vs) {
		return false
	}
	if name == "Company" {
		sc.valueSpan(vs, ve, ClassOrg)
	} else if ve-vs <= 8 {
		sc.add(vs, ve, ClassUser, canonical(string(b[vs:ve])))
	}
	return true
}

// cmdkeyTarget handles the word [i, j) after "Target: " in cmdkey /list:
// "Domain:target=fileserver01" (a Windows machine's credential) and
// "LegacyGeneric:target=TERMSRV/studio-pc" (Remote Desktop's) name a
// machine of the user's network. Names in a public domain stay (the
// URL detectors read "target=git:https://…").
func (sc *scanner) cmdkeyTarget(i, j int) {
	b := sc.b
	if i < 8 || string(b[i-8:i]) != "Target: " {
		return
	}
	p := i
	switch {
	case bytes.HasPrefix(b[i:j], []byte("Domain:target=")):
		p += 14
	case bytes.HasPrefix(b[i:j], []byte("LegacyGeneric:target=TERMSRV/")):
		p += 29
	default:
		return
	}
	if p < j && (bytes.IndexByte(b[p:j], '.') < 0 || internalHost(b[p:j])) {
		sc.hostSpan(p, j)
	}
}

// discordTagEnd returns where a Discord tag's number ends when one
// follows the account ending at e ("kofi_m#0042"), else e.
func discordTagEnd(b []byte, e int) int {
	if e+1 < len(b) && b[e] == '#' && isDigit(b[e+1]) {
		if d := numberEnd(b, e+1); d-e-1 <= 4 {
			return d
		}
	}
	return e
}

// discordID replaces the account's id in parentheses after an account
// ending at e ("Logged in as kofi_m#0042 (812233445566778899)", a
// Discord snowflake, 17 to 20 digits). It returns where the account or
// the id ends.
func (sc *scanner) discordID(e int) int {
	b := sc.b
	if e+19 >= len(b) || b[e] != ' ' || b[e+1] != '(' || !isDigit(b[e+2]) {
		return e
	}
	d := numberEnd(b, e+2)
	if d-e-2 < 17 || d-e-2 > 20 || d >= len(b) || b[d] != ')' {
		return e
	}
	sc.add(e+2, d, ClassUID, string(b[e+2:d]))
	return d + 1
}

// officeRegValue handles a .reg file's `"Company"="Mensah Productions"`
// (the key [ks, ke), its quotes excluded; the '=' at q) under Office's
// [HKEY_CURRENT_USER\…\Common\UserInfo], as officeUserInfo does. It
// returns where the value ends, or -1.
func (sc *scanner) officeRegValue(ks, ke, q int) int {
	b := sc.b
	if ks < 0 || ke > q || q+3 >= len(b) || b[q+1] != '"' {
		return -1
	}
	vs := q + 2
	ve := vs
	for ve < len(b) && ve-vs < 256 && b[ve] != '"' && !lineBreak(b[ve]) {
		ve++
	}
	if ve >= len(b) || b[ve] != '"' || !sc.officeUserInfo(ks, ke, vs, ve) {
		return -1
	}
	return ve
}

// ownerValue handles the key nk ending at the ':' or '=' at q (its text
// starts at ks) where a directory names a person (an LDAP distinguished
// name's "CN=Akosua Agyapong,OU=Users,DC=…", Windows events' MemberName)
// or a copy of Windows or Office names its owner:
// winver's "… License Terms to:", then the owner's name and organisation
// on the two indented lines after it, and Office's "Company:" after its
// "User name:" (or systeminfo's "Registered Owner:"), there the user's
// own (a "Company:" elsewhere is a vendor's).
// It returns where what it replaced ends, or -1.
func (sc *scanner) ownerValue(nk []byte, ks, q int) int {
	b := sc.b
	if b[q] == '=' {
		if string(nk) == "cn" {
			return sc.dnName(q + 1)
		}
		return -1
	}
	switch string(nk) {
	case "sha256":
		return sc.offeredKey(ks, q)
	case "to":
		if ks < 14 || string(b[ks-14:ks]) != "License Terms " {
			return -1
		}
		p := q + 1
		if p < len(b) && b[p] == '\r' {
			p++
		}
		end := -1
		for line := 0; line < 2 && p < len(b) && b[p] == '\n'; line++ {
			s := p + 1
			for s < len(b) && (b[s] == ' ' || b[s] == '\t') {
				s++
			}
			e := lineEndWithin(b, s, 128)
			p = e
			for e > s && (b[e-1] == '\r' || b[e-1] == ' ') {
				e--
			}
			if e == s || pseudonymAt(b, s) || e-s > 128 {
				break
			}
			if line == 0 {
				sc.valueSpan(s, e, ClassUser) // as "Registered Owner:" ("Windows User" stays)
			} else {
				sc.valueSpan(s, e, ClassOrg)
			}
			end = e
			if p < len(b) && b[p] == '\r' {
				p++
			}
		}
		return end
	case "company":
		if !ownerLineBefore(b, ks) {
			return -1
		}
		s := q + 1
		for s < len(b) && (b[s] == ' ' || b[s] == '\t') {
			s++
		}
		e := lineEndWithin(b, s, 128)
		for e > s && (b[e-1] == '\r' || b[e-1] == ' ') {
			e--
		}
		if e == s || e-s > 128 || pseudonymAt(b, s) {
			return -1
		}
		sc.valueSpan(s, e, ClassOrg)
		return e
	}
	return -1
}

// ownerLineBefore: one of the three lines before the one starting near
// ks is "User name: …" or "Registered Owner: …" (Office's and Windows'
// registration).
func ownerLineBefore(b []byte, ks int) bool {
	p := ks
	for n := 0; n < 3; n++ {
		for p > 0 && b[p-1] != '\n' && ks-p < 1024 {
			p--
		}
		if p == 0 {
			return false
		}
		p--
		if p > 0 && b[p-1] == '\r' {
			p--
		}
		s := p
		for s > 0 && b[s-1] != '\n' && p-s < 256 {
			s--
		}
		for s < p && (b[s] == ' ' || b[s] == '\t') {
			s++
		}
		if matchFold(b, s, "user name:") > 0 || matchFold(b, s, "registered owner:") > 0 {
			return true
		}
	}
	return false
}

// dnGroupWords: words of the built-in groups and objects of a directory
// ("CN=Print Operators,CN=Builtin", "CN=Cert Publishers").
var dnGroupWords = wordSet(`operators operator readers publishers computers controllers owners users admins
	administrators guests replicators servers policy policies creator remote desktop default print backup
	cert schema enterprise domain network configuration performance log event distributed com access
	protected allowed denied read only rodc password replication dns dhcp key cloneable storage hyper-v
	production pca root ca authority certificate windows corporation`)

// dnName replaces the person's name at p, a distinguished name's CN
// followed by another of its parts ("CN=Akosua Agyapong,OU=Users"): two
// words or more (a CN of one word, "CN=Users", "CN=Builtin", is a
// container or a group), and none of a team's ("CN=Domain Admins").
func (sc *scanner) dnName(p int) int {
	b := sc.b
	e, n := proseNameEnd(b, p, 4, true)
	if n < 2 || e+4 >= len(b) || b[e] != ',' || b[e+3] != '=' || !(matchFold(b, e+1, "ou") > 0 || matchFold(b, e+1, "dc") > 0 || matchFold(b, e+1, "cn") > 0) {
		return -1
	}
	for k := p; k < e; {
		we := nameWordEnd(b, k)
		if lw := asciiLower(string(b[k:we])); teamWords[lw] || accountKinds[lw] || deviceMakers[lw] || dnGroupWords[lw] {
			return -1
		}
		k = we + 1
	}
	sc.nameSpan(p, e)
	return e
}

// lineEndWithin is lineEnd(b, p) when the line ends within max bytes of
// p; else p+max+1 (past any value its callers take: a long line costs
// no more).
func lineEndWithin(b []byte, p, max int) int {
	e := p
	for e < len(b) && b[e] != '\n' && b[e] != '\r' {
		if e-p > max {
			return e
		}
		e++
	}
	return e
}

// envEcho returns the class of what the command cmd prints, a variable
// naming the user or the machine in cmd ("echo %USERNAME%"), PowerShell
// ("$env:COMPUTERNAME", "echo $env:USERNAME") or a Unix shell ("echo
// $HOSTNAME", "echo $LOGNAME"), or "".
func envEcho(cmd []byte) string {
	if len(cmd) > 5 && eqLower(cmd[:5], "echo ") {
		cmd = cmd[5:]
	}
	switch {
	case eqLower(cmd, "%username%") || eqLower(cmd, "$env:username") || string(cmd) == "$LOGNAME":
		return ClassUser
	case eqLower(cmd, "%computername%") || eqLower(cmd, "$env:computername") || string(cmd) == "$HOSTNAME":
		return ClassHost
	}
	return ""
}

// cmdPromptAt: the '>' at p ends cmd.exe's prompt, the working folder
// ("C:\Users\Public>hostname": no blank before the command).
func cmdPromptAt(b []byte, p int) bool {
	ls := p
	for ls > 0 && p-ls < 260 && !lineBreak(b[ls-1]) {
		ls--
	}
	return p-ls >= 3 && (ls == 0 || lineBreak(b[ls-1])) && isLetter(b[ls]) && b[ls+1] == ':' && b[ls+2] == '\\' &&
		bytes.IndexByte(b[ls:p], '<') < 0
}

// promptVar handles a word starting with '$' after a prompt: PowerShell's
// "PS C:\> $env:USERNAME", whose output, the next line, is bare
// (shellOutput's envEcho knows the variables).
func (sc *scanner) promptVar(i, j int) {
	if !(sc.b[i-2] == '>' && afterPseudonym(sc.b, i-1)) {
		sc.shellOutput(i, j)
	}
}

// uidOwner reads the account before "(uid=" at i-1 when it holds a '.',
// '_', '-' or a digit (pam_unix's "by ravi.shankar(uid=1000)", "by
// dev01(uid=1002)"): find hands accountPhrase a word of letters alone.
// The word [i, j) may be "user_id" before a blank instead, a service's
// account number after it ("TIDAL: login ok (user_id 187654321)").
func (sc *scanner) uidOwner(i, j int) {
	b := sc.b
	if j-i == 7 && b[i+4] == '_' {
		if string(b[i:j]) == "user_id" && j+6 < len(b) && b[j] == ' ' {
			e := numberEnd(b, j+1)
			if e-j > 5 && (e == len(b) || !isAlnum(b[e]) && b[e] != '.' && b[e] != '-') && !sc.s.allowed(string(b[j+1:e])) {
				sc.add(j+1, e, ClassUser, string(b[j+1:e]))
			}
		}
		return
	}
	if string(b[i:i+4]) != "uid=" {
		return
	}
	s, odd := i-1, false
	for s > 0 && i-s <= 33 && (isAlnum(b[s-1]) || b[s-1] == '.' || b[s-1] == '_' || b[s-1] == '-') {
		s--
		odd = odd || !isLetter(b[s])
	}
	if odd && s > 0 && b[s-1] == ' ' && i-1-s >= 2 {
		sc.accountPhrase(s, i-1)
	}
}

// altDSIDPhrase replaces an Apple account's alternate DSID at p, after
// the word "altDSID" (akd's "Fetching auth token for altDSID
// 001234.abcdef….1234"): digits, then '.' or '-' parts. It returns where
// it ends, or -1.
func (sc *scanner) altDSIDPhrase(p int) int {
	b := sc.b
	e := p
	for e < len(b) && e-p <= 64 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '-') {
		e++
	}
	for e > p && b[e-1] == '.' {
		e--
	}
	if e-p < 16 || p+6 >= e || !allDigits(b[p:p+6]) || b[p+6] != '.' && b[p+6] != '-' || pseudonymAt(b, e) {
		return -1
	}
	sc.valueSpan(p, e, ClassUser)
	return e
}

// digitAccount replaces an account id at p that starts with a digit after
// "Logged in as" (Spotify's ids of newer accounts, "31xyzabcdeqrstuvw1234"):
// letters and digits, eight or more, a letter among them. It returns
// where it ends, or -1.
func (sc *scanner) digitAccount(p int) int {
	b := sc.b
	e, letters := p, 0
	for e < len(b) && e-p <= 40 && isAlnum(b[e]) {
		if isLetter(b[e]) {
			letters++
		}
		e++
	}
	if e-p < 8 || letters == 0 || e-p > 40 || e < len(b) && !(b[e] == ' ' || b[e] == '\n' || b[e] == '\r' || b[e] == ',' || b[e] == ')' || b[e] == '.') ||
		pseudonymAt(b, e) || sc.s.allowed(string(b[p:e])) {
		return -1
	}
	sc.add(p, e, ClassUser, canonical(string(b[p:e])))
	sc.learnLiteral(ClassUser, canonical(string(b[p:e])), string(b[p:e]), false)
	return e
}
