package redact

import (
	"bytes"
	"strings"
)

// psTranscriptMachine reports whether a PowerShell transcript's header
// line "Machine: KAI-STUDIO (Microsoft Windows NT 10.0.19045.0)" (on
// Linux and macOS "Machine: ravenwood (Unix 6.8.0.49)") goes on at p,
// after "Machine:": the computer's name. Other "Machine:" lines (an
// architecture, a VM's name) stay.
func psTranscriptMachine(b []byte, p int) bool {
	for p < len(b) && b[p] == ' ' {
		p++
	}
	e := p
	for e < len(b) && e-p <= 63 && b[e] > ' ' && b[e] != '(' {
		e++
	}
	if e == p {
		return false
	}
	r := b[e:min(len(b), e+25)]
	if bytes.HasPrefix(r, []byte(" (Microsoft Windows NT ")) {
		return true
	}
	return len(r) > 8 && bytes.HasPrefix(r, []byte(" (Unix ")) && isDigit(r[7])
}

// oneDrivePersonal replaces the tenant and the account of a SharePoint
// Online or OneDrive for Business URL ("https://fabrikam-my.sharepoint.com/
// personal/kai_nakamura_fabrikam_com/Documents"): the host names the
// organisation, the folder is the user's UPN, its punctuation made '_'.
// h is the URL's host, p where its path starts, j where the word ends.
func (sc *scanner) oneDrivePersonal(h []byte, p, j int) {
	const zone, path = ".sharepoint.com", "/personal/"
	b := sc.b
	if len(h) <= len(zone) || !eqLower(h[len(h)-len(zone):], zone) {
		return
	}
	if hs := cap(b) - cap(h); h[0] != '<' {
		// the tenant: replaced, not learned (Microsoft's own is
		// "microsoft.sharepoint.com", and the word names its products)
		sc.add(hs, hs+len(h), ClassHost, canonical(string(h)))
	}
	if j-p < len(path)+3 || !eqLower(b[p:p+len(path)], path) {
		return
	}
	s := p + len(path)
	e := s
	for e < j && e-s <= 128 && (isAlnum(b[e]) || b[e] == '_' || b[e] == '-' || b[e] == '.') {
		e++
	}
	if e-s < 3 || e < j && b[e] != '/' && b[e] != '?' && b[e] != '#' || pseudonymAt(b, s) {
		return
	}
	name := string(b[s:e])
	sc.learnLiteral(ClassUser, canonical(name), name, false)
	sc.add(s, e, ClassUser, canonical(name))
}

// notPhrase reports whether the value at vs opens with "not" and another
// word: scutil's "HostName: not set", "Serial Number: Not Available",
// "User: not logged in", "(not set)". It says no value is there; the
// word "not", learned as a name, would go everywhere in the report.
func notPhrase(b []byte, vs int) bool {
	if vs < len(b) && b[vs] == '(' {
		vs++
	}
	return vs+4 < len(b) && b[vs]|0x20 == 'n' && b[vs+1]|0x20 == 'o' && b[vs+2]|0x20 == 't' && b[vs+3] == ' ' && isLetter(b[vs+4])
}

// nmcliConnections handles nmcli connection show's table, whose header
// ("NAME  UUID  TYPE  DEVICE", or the columns -f chose) goes on at p
// after "NAME": a Wi-Fi connection is named after its network
// ("Mensah-Family-5G"), which tells where the machine is; the NAME of
// each row whose TYPE is "wifi" is learned and replaced as one. It
// reports whether the header is nmcli's default one (no lsblk header,
// whose UUID column it would otherwise read).
func (sc *scanner) nmcliConnections(p int) bool {
	b := sc.b
	ls := p - 4
	nc, tc := -1, -1 // the column after NAME, TYPE's
	uuid, device := false, false
	k := p
	for k < len(b) && !lineBreak(b[k]) && k-p < 256 {
		s := k
		for k < len(b) && b[k] == ' ' {
			k++
		}
		if k == len(b) || lineBreak(b[k]) {
			break
		}
		ws := k
		for k < len(b) && (b[k] >= 'A' && b[k] <= 'Z' || b[k] == '-') {
			k++
		}
		if k-s < 2 || ws-s < 2 || k < len(b) && b[k] != ' ' && !lineBreak(b[k]) {
			return false // nmcli's column names, two blanks or more apart
		}
		if nc < 0 {
			nc = ws - ls
		}
		switch string(b[ws:k]) {
		case "TYPE":
			tc = ws - ls
		case "UUID":
			uuid = uuid || ws-ls == nc
		case "DEVICE":
			device = true
		}
	}
	if tc < 0 {
		return false
	}
	columnCells(b, k, 0, nc, func(vs, ve int) {
		// "wifi" at the TYPE column of the row
		rs := vs
		for rs > 0 && !lineBreak(b[rs-1]) {
			rs--
		}
		re := ve
		for re < len(b) && !lineBreak(b[re]) {
			re++
		}
		ts := runeColumn(b, rs, re, tc)
		if ts+4 > re || b[ts-1] != ' ' || string(b[ts:ts+4]) != "wifi" || ts+4 < re && b[ts+4] != ' ' {
			return
		}
		for ve > vs && b[ve-1] == ' ' {
			ve--
		}
		v := string(b[vs:ve])
		if v == "" || v == "--" || strings.IndexByte(v, '<') >= 0 || sc.s.allowed(v) {
			return
		}
		if len(v) >= 4 && !strings.EqualFold(v, "wifi") && !strings.EqualFold(v, "wi-fi") {
			// (a profile named "WiFi", learned, would take the TYPE
			// column's and every other "wifi" with it)
			sc.learnLiteral(ClassNetwork, networkCanon(v), v, false)
		}
		sc.add(vs, ve, ClassNetwork, networkCanon(v))
	})
	return uuid && device
}

// appPackageAt reports whether an Android app's package name
// ("io.beatforge.mobile": lower case, two dots or more) closed by ')'
// starts at p: logcat's "uid=10123(io.beatforge.mobile)" names the app
// that owns the uid, no account; learned as one, the package would go
// from every stack frame.
func appPackageAt(b []byte, p int) bool {
	dots := 0
	for e := p; e < len(b) && e-p <= 128; e++ {
		switch c := b[e]; {
		case c == ')':
			return dots >= 2 && e > p && isLetter(b[p])
		case c == '.':
			if e == p || b[e-1] == '.' {
				return false
			}
			dots++
		case c >= 'a' && c <= 'z' || isDigit(c) || c == '_':
		default:
			return false
		}
	}
	return false
}

// adbDevices handles adb devices' list, whose header "List of devices
// attached" starts at i: each row opens with a device's serial number
// ("28151FDH2006TK   device usb:1-2 product:shiba model:Pixel_8"),
// which is learned and replaced. An emulator's name, a network device's
// address (the IP detectors') and the state words stay.
func (sc *scanner) adbDevices(i int) {
	b := sc.b
	p := matchFold(b, i, "list of devices attached")
	if p < 0 {
		return
	}
	for rows := 0; rows < 64; rows++ {
		for p < len(b) && (b[p] == ' ' || b[p] == '\r') {
			p++
		}
		if p >= len(b) || b[p] != '\n' {
			return
		}
		p++
		s := p
		for p < len(b) && b[p] > ' ' {
			p++
		}
		e := p
		for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
			p++
		}
		w := p
		for p < len(b) && b[p] >= 'a' && b[p] <= 'z' {
			p++
		}
		switch string(b[w:p]) {
		case "device", "unauthorized", "offline", "recovery", "sideload", "bootloader", "rescue", "authorizing", "connecting":
		default:
			return // the list ends
		}
		ok := p == len(b) || b[p] <= ' '
		for p < len(b) && b[p] != '\n' {
			p++ // the rest of the row: "usb:1-2 product:shiba …"
		}
		if !ok || e == w || bytes.HasPrefix(b[s:e], []byte("emulator-")) || !serialShaped(b[s:e]) || pseudonymAt(b, s) {
			continue
		}
		sc.serialAt(s, e)
	}
}

// nmcliTerseRow handles a row of nmcli -t's connection list
// ("NAME:UUID:TYPE:DEVICE", no header) whose UUID starts at p, between
// colons: when the TYPE after it is Wi-Fi's, the NAME before it, from the
// line's start, is a network's (or a phone hotspot's, "Kofi's iPhone")
// name, learned and replaced as one: it tells where the machine is.
func (sc *scanner) nmcliTerseRow(p int) {
	b := sc.b
	t := b[p+37:]
	n := 4
	if bytes.HasPrefix(t, []byte("802-11-wireless")) {
		n = 15
	} else if !bytes.HasPrefix(t, []byte("wifi")) {
		return
	}
	if n < len(t) && t[n] != ':' && !lineBreak(t[n]) {
		return // (the type's whole field)
	}
	s := p - 1
	for s > 0 && p-s <= 64 && !lineBreak(b[s-1]) {
		s--
	}
	if s == p-1 || s > 0 && !lineBreak(b[s-1]) || bytes.ContainsAny(b[s:p-1], "<>\t") {
		return
	}
	sc.networkSpan(s, p-1)
}

// lkdcRealms replaces the realms of macOS's local KDC in the word [i, j)
// ("LKDC:SHA1.8B0FBACC…", in a principal "kai@LKDC:SHA1.…" or a
// service's "cifs/LKDC:SHA1.…@LKDC:SHA1.…"): the hash names the machine.
func (sc *scanner) lkdcRealms(i, j int) {
	b := sc.b
	for k := i; k+50 <= j; {
		x := bytes.Index(b[k:j], []byte("LKDC:SHA1."))
		if x < 0 || k+x+50 > j {
			return
		}
		p := k + x + 10
		h := p
		for h < p+40 && isHex(b[h]) {
			h++
		}
		if h == p+40 && (h == j || !isAlnum(b[h])) {
			sc.add(k+x, h, ClassMachineID, strings.ToUpper(string(b[p:h])))
		}
		k = h
	}
}

// usbSignatureSerial returns the serial number in ioreg's
// UsbDeviceSignature: the vendor's and product's ids and the release (six
// bytes), then the serial's ASCII, then the interfaces' class triplets
// (bytes below '!'). Nil when no serial is there.
func usbSignatureSerial(dec []byte) []byte {
	k := 6
	for k < len(dec) && dec[k] > ' ' && dec[k] < 0x7f {
		k++
	}
	if k-6 < 8 {
		return nil
	}
	return dec[6:k]
}

// uuidOwner returns the class of the value of the "uuid" key starting at
// ks, which names a build (class) unless its place says whose it is:
// wpa_cli status's "uuid=" after "address=" is the machine's WPS id; after
// "user" ("user uuid=…", "user: uuid=…", Splice's log) it is the account's.
func uuidOwner(b []byte, ks int, class string) string {
	p := ks
	for p > 0 && b[p-1] == ' ' {
		p--
	}
	if p == ks && p > 0 && !lineBreak(b[p-1]) {
		return class
	}
	if p > 0 && b[p-1] == ':' {
		p--
	}
	if p >= 4 && eqLower(b[p-4:p], "user") && (p == 4 || !isAlnum(b[p-5]) && b[p-5] != '_') {
		return ClassUID
	}
	if p == ks && ks >= 2 && b[ks-1] == '\n' {
		// wpa_cli status: "address=f8:ac:65:aa:bb:cc\nuuid=…"
		ls := lineStartOf(b, ks-1)
		if bytes.HasPrefix(b[ls:], []byte("address=")) {
			return ClassMachineID
		}
	}
	return class
}

// codesignIdentity handles the quoted name of a signing identity that
// security find-identity lists after its hash (`1) 4F1A… "Apple
// Development: Ama Owusu (9XYZ12AB3C)"`), at q: the keychain's owner's
// identities name the developer, a person or a company, and the team's
// (or the person's) id. Both are replaced; it returns where the name
// ends, or -1.
func (sc *scanner) codesignIdentity(q int) int {
	b := sc.b
	e := q + 1
	for e < len(b) && e-q < 256 && b[e] != '"' && !lineBreak(b[e]) {
		e++
	}
	if e >= len(b) || b[e] != '"' || e-q < 16 || b[e-1] != ')' || b[e-12] != '(' || b[e-13] != ' ' {
		return -1
	}
	id := b[e-11 : e-1]
	for _, c := range id {
		if !(c >= 'A' && c <= 'Z' || isDigit(c)) {
			return -1
		}
	}
	k := bytes.Index(b[q:e-13], []byte(": "))
	if k < 0 {
		return -1
	}
	sc.add(e-11, e-1, ClassOrg, string(id))
	ns := q + k + 2
	if ns >= e-13 || bytes.IndexByte(b[ns:e-13], '@') >= 0 || bytes.IndexByte(b[ns:e-13], '<') >= 0 {
		return -1 // (an email, found as emails are)
	}
	sc.nameSpan(ns, e-13)
	return e + 1
}

// whoamiGroupAfter reports whether whoami /groups' Type column follows
// the blanks at e ("STUDIO-PC\docker-users   Alias   S-1-5-21-…"): the
// name before it is a local group's ("docker-users", "__vmware__"),
// which software creates and names, no account.
func whoamiGroupAfter(b []byte, e int) bool {
	k := e
	for k < len(b) && k-e < 128 && b[k] == ' ' {
		k++
	}
	end := byte(' ')
	if k == e && bytes.HasPrefix(b[k:], []byte(`","`)) {
		k, end = k+3, '"' // whoami /groups /fo csv: "STUDIO-PC\docker-users","Alias",…
	} else if k-e < 2 {
		return false
	}
	for _, w := range []string{"Alias", "Well-known group", "Group", "Label"} {
		if bytes.HasPrefix(b[k:], []byte(w)) && k+len(w) < len(b) && b[k+len(w)] == end {
			return true
		}
	}
	return false
}

// rmeDeviceBefore reports whether an RME interface's name ends before the
// " (" at p: RME's driver settings and TotalMix FX name a unit by its
// model and serial number ("Fireface UCX II (23789456)", "Babyface Pro FS
// (72012345)"): the model's family word opens one of the last words.
func rmeDeviceBefore(b []byte, p int) bool {
	if p < 9 || b[p-1] != ' ' {
		return false
	}
	ls := max(0, p-32)
	for _, f := range []string{"Fireface", "Babyface", "Digiface", "MADIface", "HDSPe", "ADI-2"} {
		k := bytes.LastIndex(b[ls:p], []byte(f))
		if k < 0 {
			continue
		}
		if bytes.ContainsAny(b[ls+k:p], "\r\n") {
			return false
		}
		// the model's words after it: capitalised or numbers ("UCX II",
		// "Pro FS", "UFX+"), no "firmware 1.02"
		for _, w := range bytes.Fields(b[ls+k+len(f) : p]) {
			if !(w[0] >= 'A' && w[0] <= 'Z' || isDigit(w[0])) || bytes.IndexByte(w, '.') >= 0 {
				return false
			}
		}
		return true
	}
	return false
}

// officeLiveID replaces the Microsoft account's CID that Office names an
// identity's registry key after ("…\Common\Identity\Identities\
// 8d1f2e3a4b5c4d6e_LiveId"), "_LiveId" starting at u: as OneDrive's "cid"
// it names the account (the same pseudonym).
func (sc *scanner) officeLiveID(u int) {
	b := sc.b
	if u < 17 || string(b[u:u+7]) != "_LiveId" || !allHex(b[u-16:u]) || isAlnum(b[u-17]) {
		return
	}
	canon := asciiLower(string(b[u-16 : u]))
	sc.learnLiteral(ClassUID, canon, string(b[u-16:u]), false)
	sc.add(u-16, u, ClassUID, canon)
}

// printServer replaces the print server at p, after the ",," that ends
// the word [i, p-2) of a printer connection's registry key
// (HKCU\Printers\Connections\,,PRINTSRV01,HP-OfficeJet spells
// \\PRINTSRV01\HP-OfficeJet): a machine of the organisation or the home.
func (sc *scanner) printServer(i, p int) {
	b := sc.b
	if p-i < 15 || string(b[p-14:p-2]) != "Connections\\" {
		return
	}
	e := p
	for e < len(b) && isDomainChar(b[e]) {
		e++
	}
	if e < len(b) && b[e] == ',' {
		sc.hostSpan(p, e)
	}
}

// decimalSerial handles a serial number written as its ASCII codes in
// decimal, in braces at p: WMI's WmiMonitorID lists a monitor's
// "SerialNumberID : {67, 78, 48, 70, …, 0, 0}" (PowerShell). The
// decoded serial is learned; the codes are replaced by its pseudonym. It
// returns where the list ends, or p.
func (sc *scanner) decimalSerial(p int) int {
	b := sc.b
	var buf [64]byte
	dec := buf[:0]
	e := p + 1
	for len(dec) < cap(buf) {
		v, k := 0, e
		for k < len(b) && k-e < 3 && isDigit(b[k]) {
			v = v*10 + int(b[k]-'0')
			k++
		}
		if k == e || v > 255 {
			return p
		}
		dec = append(dec, byte(v))
		e = k
		if e+2 < len(b) && b[e] == ',' && b[e+1] == ' ' && isDigit(b[e+2]) {
			e += 2
			continue
		}
		if e+1 < len(b) && b[e] == ',' && isDigit(b[e+1]) {
			e++ // wmic: "{67,78,52,…}"
			continue
		}
		if k := wrappedListItem(b, e); k > 0 {
			e = k // Format-List wraps a long list: ",\r\n                         0}"
			continue
		}
		break
	}
	if e+4 <= len(b) && string(b[e:e+4]) == "...}" {
		// PowerShell cuts a long list ($FormatEnumerationLimit, 4):
		// "{67, 78, 52, 49...}" spells the serial's start, replaced
		// where it stands (too short to learn)
		if dec = bytes.TrimRight(dec, "\x00"); len(dec) > 0 && bytes.IndexFunc(dec, func(r rune) bool { return !isAlnum(byte(r)) && r != '-' }) < 0 {
			sc.add(p+1, e+3, ClassSerial, canonical(string(dec)))
			return e + 3
		}
		return p
	}
	if e >= len(b) || b[e] != '}' {
		return p
	}
	dec = bytes.TrimRight(dec, "\x00")
	if !sc.learnedSerial(p+1, e, dec) {
		return p
	}
	return e
}

// wrappedListItem returns where the next item of a list of numbers
// starts when the list breaks its line after the comma at e (Format-List
// wraps a value to the console's width, indenting the rest), or -1.
func wrappedListItem(b []byte, e int) int {
	if e+3 >= len(b) || b[e] != ',' || (b[e+1] != '\r' && b[e+1] != '\n') {
		return -1
	}
	k := e + 1
	for k < len(b) && k-e <= 64 && (b[k] == '\r' || b[k] == '\n' || b[k] == ' ') {
		k++
	}
	if k < len(b) && isDigit(b[k]) && b[k-1] == ' ' {
		return k
	}
	return -1
}

// netGroupMembers handles net localgroup's (and net group's) list of
// members, "Members" being the word [i, j): after a line of dashes, one
// account a line ("ama.owusu", "STUDIO-PC\kofi.m") up to "The command
// completed successfully.". A bare local account is learned and replaced
// (DOMAIN\account and addresses are found by their shapes); the built-in
// accounts stay.
func (sc *scanner) netGroupMembers(i, j int) {
	b := sc.b
	if string(b[i:j]) != "Members" || i > 0 && !lineBreak(b[i-1]) {
		return
	}
	p := j
	for p < len(b) && lineBreak(b[p]) {
		p++
	}
	if p+10 > len(b) || string(b[p:p+10]) != "----------" {
		return
	}
	for n := 0; n < 64; n++ {
		for p < len(b) && !lineBreak(b[p]) {
			p++ // (the dashes, or the member read before)
		}
		for p < len(b) && lineBreak(b[p]) {
			p++
		}
		le := p
		for le < len(b) && le-p <= 80 && !lineBreak(b[le]) {
			le++
		}
		if !sc.netMembersRow(p, le) {
			return // "The command completed successfully."
		}
		p = le
	}
}

// netMembersRow reads the row [p, le) of netGroupMembers's list: one
// member, or (net group's) up to three in columns 25 bytes wide, padded
// with blanks ("kai.o                    mensah.k"). A member with a
// backslash is DOMAIN\account or a domain's group ("CORP\Domain
// Admins"), found by its shape or nobody's; each other member must be
// one account. It reports whether the row was one of members.
func (sc *scanner) netMembersRow(p, le int) bool {
	b := sc.b
	var ends [8]int // the accounts' starts and ends, in pairs
	n := 0
	w := 25
	if !bytes.Contains(b[p:le], []byte("  ")) {
		w = le - p // one member ("MicrosoftAccount\kai@outlook.com")
	}
	for c := p; c < le; c += w {
		if c > p && b[c-1] != ' ' {
			return false // no column
		}
		e := min(c+w, le)
		f := bytes.TrimRight(b[c:e], " ")
		if len(f) == 0 {
			if e == le {
				break // (the padding after the last)
			}
			return false
		}
		if k := bytes.IndexByte(f, '\\'); k > 0 && (bytes.IndexByte(f, ' ') < 0 || bytes.IndexByte(f, ' ') > k) {
			continue
		}
		if ae := accountEnd(b, c); ae != c+len(f) || ae == c {
			return false
		}
		if n < len(ends) {
			ends[n], ends[n+1] = c, c+len(f)
		}
		n += 2
	}
	for k := 0; k < n && k < len(ends); k += 2 {
		sc.accountSpan(ends[k], ends[k+1]) // (not the built-in Administrator, Guest)
	}
	return true
}

// localUserTable handles Get-LocalUser's table, whose header ("Name
// Enabled Description", or the columns Select-Object chose: "Name
// FullName Enabled") starts with the word [i, j): each row names a local
// account first, learned and replaced (the built-in ones stay), and its
// FullName, or a Description, is often the person's full name ("Yaw
// Mensah").
func (sc *scanner) localUserTable(i, j int) {
	b := sc.b
	if string(b[i:j]) != "Name" {
		return
	}
	// the header's columns: the accounts' properties only, one of them
	// Enabled, FullName or Description (Select-Object picks others)
	enabled, dc, fc := false, -1, -1 // the Enabled column; where the Description and FullName ones start
	k := j
	h := lineEnd(b, k)
	for k < h {
		if b[k] == ' ' {
			k++
			continue
		}
		e := k
		for e < h && b[e] != ' ' {
			e++
		}
		switch w := string(b[k:e]); {
		case w == "Enabled":
			enabled = true
		case w == "Description":
			dc = k - i
		case w == "FullName":
			fc = k - i
		case !localUserColumns[w]:
			return
		}
		k = e
	}
	if !enabled && dc < 0 && fc < 0 {
		return
	}
	p := h
	for n := 0; n < 256 && p < len(b); n++ {
		p++ // the line break
		if p < len(b) && b[p] == '\n' && b[p-1] == '\r' {
			p++
		}
		le := lineEnd(b, p)
		if le == p {
			return // a blank line ends the table
		}
		if n == 0 {
			if !bytes.HasPrefix(b[p:], []byte("----")) {
				return
			}
			p = le
			continue
		}
		e := p
		for e < le && b[e] != ' ' {
			e++
		}
		sc.accountSpan(p, e)
		for _, c := range [2]int{fc, dc} {
			if ds := p + c; c > 0 && ds < le && b[ds-1] == ' ' && personName(b, ds) {
				// a full name, or a description that is one: the last
				// column's ends the line, another's the blanks before the next
				if ne := nameEnd(b, ds); ne == le || ne < le && (b[ne] == '\r' || c != dc && b[ne] == ' ') {
					sc.nameSpan(ds, ne)
				}
			}
		}
		p = le
	}
}

// localUserColumns are the properties of Get-LocalUser's objects that a
// table of them may show beside the name.
var localUserColumns = wordSet(`Enabled Description FullName SID LastLogon PasswordLastSet PasswordExpires
	PasswordChangeableDate PasswordRequired UserMayChangePassword AccountExpires PrincipalSource ObjectClass`)

// lineEnd returns where the line holding p ends (its '\r' or '\n', or
// the buffer's end).
func lineEnd(b []byte, p int) int {
	for p < len(b) && b[p] != '\n' && b[p] != '\r' {
		p++
	}
	return p
}

// psUserTable handles the header of a process table (ps aux's "USER
// PID %CPU …", ps -ef's "UID PID PPID …", top's "PID USER PR …", lsof's
// "COMMAND PID USER FD …", smbstatus's "PID Username Group Machine …"),
// the word [i, j) its USER, UID or Username column: each
// row's value there, counted in blank-separated fields, is the account
// running the process. A person's is learned and replaced; root's, the
// daemons' and numeric ones stay. The rows end at a blank line or a row
// whose PID field holds no number.
func (sc *scanner) psUserTable(i, j int) {
	b := sc.b
	if w := string(b[i:j]); w != "USER" && w != "UID" && w != "Username" {
		return
	}
	// (the line read at most 256 bytes each way: a line of "USER PID
	// USER PID …" has a USER every nine bytes)
	ls := lineStartAfter(b, max(0, i-256), i)
	if ls > 0 && !lineBreak(b[ls-1]) {
		return
	}
	le := lineEnd(b[:min(len(b), j+256)], j)
	if le-ls > 256 || le < len(b) && b[le] != '\n' && b[le] != '\r' {
		return
	}
	uf, pf, n, users := -1, -1, 0, 0 // the USER and PID fields
	for _, f := range bytes.Fields(b[ls:le]) {
		switch {
		case string(f) == "PID":
			pf = n
		case &f[0] == &b[i]: // (the field at i)
			uf = n
		case !psColumns[string(f)]:
			return
		}
		if string(f) == "USER" || string(f) == "UID" || string(f) == "Username" {
			users++
		}
		n++
	}
	if uf < 0 || pf < 0 {
		return
	}
	// A table's rows are read once, from its one account column: all of
	// them (ps aux lists hundreds of processes). A header naming more
	// (ps -o user,uid,pid) reads them from each: at most 256.
	t := psTable{on: true, uf: int16(uf), pf: int16(pf), most: -1}
	if users > 1 {
		t.most = 256
	}
	p := lineAfter(b, le)
	if re := lineEnd(b, p); re > p && len(bytes.Trim(b[p:re], "- ")) == 0 {
		p = lineAfter(b, re) // smbstatus's rule under the header
	}
	sc.psRows(p, t)
}

// psTable is the layout of a process table (psUserTable): its USER and
// PID fields, and how many rows more may be read (-1: all). A table
// whose rows run to the end of a text chunk goes on in the next one,
// which reads its rows from its start with the same layout (find).
type psTable struct {
	on     bool
	skip   bool // the chunk starts inside a row read already (LearnReader's overlap)
	uf, pf int16
	most   int16
	// nf: a W3C extended log's rows (w3cRows), which have nf fields and
	// no PID; 0 for a process table
	nf int16
}

// psCarried reads on the rows of the process table the last chunk ended
// in (sc.ps) from this chunk's start, or from its first line start when
// the chunk overlaps the last (LearnReader's: its first line was read
// whole there).
func (sc *scanner) psCarried() {
	p := 0
	if sc.ps.skip {
		p = bytes.IndexByte(sc.b, '\n') + 1
		if p == 0 {
			return
		}
	}
	sc.psRows(p, sc.ps)
}

// psRows reads the rows of a process table of layout t from the line
// start p, replacing each row's account, up to the first line that is no
// row (a blank one, or one whose PID field holds no number). When the
// rows run to the buffer's end, sc.psEnd takes the layout for the next
// chunk.
func (sc *scanner) psRows(p int, t psTable) {
	if t.nf > 0 {
		sc.w3cRows(p, t)
		return
	}
	b := sc.b
	for rows := 0; t.most < 0 || rows < int(t.most); rows++ {
		if p >= len(b) {
			if t.most > 0 {
				t.most -= int16(rows)
			}
			t.skip = false
			sc.psEnd = t
			return
		}
		re := lineEnd(b, p)
		us, ue, pid := -1, -1, false
		for k, n := p, 0; k < re && n <= int(max(t.uf, t.pf)); n++ {
			for k < re && b[k] == ' ' {
				k++
			}
			s := k
			for k < re && b[k] != ' ' {
				k++
			}
			if s == k {
				break
			}
			if n == int(t.uf) {
				us, ue = s, k
			}
			if n == int(t.pf) {
				pid = allDigits(b[s:k])
			}
		}
		if !pid || us < 0 {
			if re == len(b) && re > p {
				// a row cut at the buffer's end (a learn chunk's): the
				// next chunk reads it whole
				p = re
				continue
			}
			return // the table ends
		}
		if name := string(b[us:ue]); !allDigits(b[us:ue]) && !psDaemon(name) && !pseudonymAt(b, us) {
			sc.accountSpan(us, ue)
		}
		p = lineAfter(b, re)
	}
}

// lineAfter returns where the line after the line break at e starts
// ("\r\n", '\n' or '\r'; e itself at the buffer's end).
func lineAfter(b []byte, e int) int {
	if e < len(b) && b[e] == '\r' {
		e++
		if e < len(b) && b[e] == '\n' {
			e++
		}
		return e
	}
	if e < len(b) {
		e++
	}
	return e
}

// psColumns name the columns of ps's, top's, lsof's and smbstatus's
// tables.
var psColumns = wordSet(`USER UID PID PPID TID LWP NLWP %CPU %MEM CPU MEM VSZ RSS SZ TTY TT STAT S START STIME TIME TIME+
	STARTED ELAPSED COMMAND CMD ARGS C F PRI NI PR VIRT RES SHR SWAP PSR WCHAN ADDR FD TYPE DEVICE SIZE/OFF SIZE OFF NODE
	NAME Username Group Machine Protocol Version Encryption Signing`)

// psDaemon: the account name runs system services, not a person:
// root, a daemon's account (messagebus, systemd-resolve, _windowserver),
// or a name ps cut short ("systemd+").
func psDaemon(name string) bool {
	if name == "" || name[0] == '_' || name[len(name)-1] == '+' || genericUsers[name] || psDaemons[name] {
		return true
	}
	if f := strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' }); serviceAccount(name, f) ||
		len(f) > 1 && (f[0] == "systemd" || f[0] == "nm" || f[0] == "fwupd" || f[0] == "speech") {
		return true
	}
	return false
}

// psDaemons are the accounts Linux distributions and macOS run their
// services as, beside those of genericUsers (root, ftp, mail, mysql …),
// which psDaemon asks first.
var psDaemons = wordSet(`sync man proxy backup list irc gnats messagebus avahi avahi-autoipd rtkit colord polkitd syslog kernoops
	whoopsie gdm gdm3 lightdm sddm pulse geoclue dnsmasq usbmux uuidd saned hplip cups cups-pk-helper tss
	tcpdump landscape pollinate ntp chrony systemd-timesync systemd-network systemd-resolve systemd-oom redis
	mongodb nginx apache apache2 httpd dbus rpc rpcuser statd unbound openvpn clamav sssd named bind haproxy
	memcached rabbitmq elasticsearch kibana grafana prometheus influxdb ollama jellyfin plex plexmediaserver mpd
	icecast icecast2 jackd libvirt-qemu libvirt-dnsmasq qemu kvm lxd snapd flatpak gnome-initial-setup
	gnome-remote-desktop cockpit-ws cockpit-wsinstance dhcpcd dhcp _apt input render video audio plugdev netdev
	wheel staff nogroup nfsnobody adm`)
