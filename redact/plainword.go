package redact

import "math/bits"

// The detectors a plain word (letters only, the commonest word in a log)
// can need, in the order find asks them. Each has a bit; tables by the
// word's first byte, its length and the bytes before and after it clear
// the bits of the detectors that cannot hold there, so that a word asks
// only the few whose gates its shape passes (most words: two or three)
// instead of testing every gate in turn. Each detector's case still
// makes its whole test: a table only rules out.
const (
	pEvent        = iota // eventWord (first: before the others, and scrubbing only)
	pPossOne             // a one-letter word: possessiveWord
	pPossApos            // "'s" after a quote: possessiveWord
	pDevice              // "iPhone von Jürgen": deviceOwner
	pXML                 // after '>': xmlValue, or glued to a pseudonym
	pWifi                // Android's `"HomeNet"WPA_PSK`
	pGroups              // groups(1): "kofi : kofi adm sudo"
	pQuotedOwner         // `name="Ama iPad"`
	pGenitive            // "Ingrids iPhone", "kofi is not in the sudoers file."
	pAccount             // "Signed in as kwesi_dj (Kwesi Boateng)", "User kai may run …"
	pAccountParen        // the same, before '('
	pAndroid             // "Account {name=kwesi_dj, type=…}"
	pUserInfo            // Android's "UserInfo{10:Ada:410}"
	pQuotedNet           // NetworkManager's "connection 'HomeNet'"
	pSpaced              // `"AccountName"\t\t"kai"`
	pConnected           // nmcli: "wlp0s20f3: connected to HomeNet_5G", iwd: "Connecting to HomeNet_5G"
	pWifiTool            // "nmcli dev wifi connect HomeNet password x", iwctl, netsh wlan
	pLearn               // a learning scan: learnWord, and nothing below
	pHeaderPair          // `["Authorization","Basic ..."]`, a CSV header
	pTableTab            // msinfo32's "Item<TAB>Value"
	pTableLen            // wmic's SerialNumber, PrimaryOwnerName columns
	pQuser               // quser's heading, .netrc's "password"
	pFold                // a name that folds to a learned one
	pLiteral             // a learned identifier
	pDJ                  // "DJKofi": djHandle
	pToken               // a token's prefix
	pBearer              // "Bearer x"
	pBoot                // "-- Boot 0a1b…"
	pTwo                 // "kwame(at)example(dot)com", "my username is …", "Li said"
	pParen               // "AirPods Pro (Thandiwe)", "uid 501 (yaw)"
	pAnnounced           // "my name is Kwame"
	pLineStart           // a line's first word: closings, syslog, who(1), net user
	pIndent3             // an indented three-letter word: as a line's first
	pHeading             // "$ cat /etc/machine-id", "Name  Value"
	pISerial             // lsusb's "iSerial"
	pPhrase              // "serial X", "IMEI X", "on host X"
	pCount
)

// pScrub: the detectors of a scrubbing scan; pLearnOnly: those of a
// learning scan (learnWord, and those before it).
const (
	pScrub     = uint64(1<<pCount-1) &^ (1 << pLearn)
	pLearnOnly = (uint64(1)<<(pLearn+1) - 1) &^ (1 << pEvent)
)

// plainTables holds the bits by first byte and length together (the
// last length entry: that length or more), by the byte before and by the
// byte after (0xff past the buffer's end, as find sets it). By first byte
// and length together, a detector that takes a few words is asked only
// of words as long as one of them starting as it does.
type plainTables struct {
	prev, next, last [256]uint64 // (last: by the word's last byte)
	firstSize        [256][32]uint64
}

var plainTab = func() (t plainTables) {
	is := oneOf
	upper := func(c int) bool { return c >= 'A' && c <= 'Z' }
	rules := []shapeRule{
		{bit: pEvent},
		{bit: pPossOne, size: is(1)},
		{bit: pPossApos, prev: is('\''), first: is('s', 'S', 'n', 'i', 'u')},
		{bit: pDevice, first: func(c int) bool { return ownerPrepLens[c] != 0 }, size: func(l int) bool {
			for c := range ownerPrepLens {
				if l < 8 && ownerPrepLens[c]>>l&1 != 0 {
					return true
				}
			}
			return false
		}, prev: is(' '), next: is(' ')},
		{bit: pXML, prev: is('>')},
		{bit: pWifi, prev: is('"'), first: func(c int) bool { return wifiSecFirst[c] }, size: func(l int) bool { return wifiSecLens>>l&1 != 0 }},
		{bit: pGroups, prev: is('\n'), next: is(' ')},
		{bit: pQuotedOwner, prev: is('"'), first: upper, next: is(' ')},
		{bit: pGenitive, next: is(' ')},
		{bit: pAccount, next: is(' '), first: is('f', 'u', 'U', 'a', 'A', 't', 'T'), size: is(2, 3, 4, 7)},
		{bit: pAccountParen, next: is('(')},
		{bit: pAndroid, size: is(7), first: is('A'), next: is(' ')},
		{bit: pUserInfo, size: is(8), first: is('U'), next: is('{')},
		{bit: pQuotedNet, next: is(' ')},
		{bit: pSpaced, size: atLeast(8), next: is('"', ' ')},
		{bit: pConnected, size: is(9, 10), first: is('c', 'C'), next: is(' ')},
		{bit: pWifiTool, size: is(5), first: is('n', 'i'), next: is(' '), prev: func(c int) bool { return cmdStart(byte(c)) || lineBreak(byte(c)) }},
		{bit: pLearn},
		{bit: pHeaderPair, prev: is('"')},
		{bit: pTableTab, next: is('\t')},
		{bit: pTableLen, size: is(12, 14, 16, 17), next: func(c int) bool { return c <= ' ' }},
		{bit: pQuser, size: is(8), next: is(' '), first: is('U', 'p')},
		{bit: pFold, next: is(' '), first: upper},
		{bit: pLiteral},
		{bit: pDJ, size: atLeast(6), first: is('d', 'D')},
		{bit: pToken, size: atLeast(16), first: func(c int) bool { return tokenFirst[c] }},
		{bit: pBearer, size: is(6), first: is('B', 'b')},
		{bit: pBoot, size: is(4), first: is('B'), prev: is(' ')},
		{bit: pTwo, size: is(2), first: is('a', 'A', 'i', 't', 'o', 'b', 'L', 'W', 'X', 'H', 'Y', 'B', 'J')},
		{bit: pParen, prev: is('(')},
		{bit: pAnnounced, first: upper, prev: is(' ')},
		{bit: pLineStart, prev: func(c int) bool { return lineBreak(byte(c)) }},
		{bit: pIndent3, size: is(3)},
		{bit: pHeading, first: func(c int) bool { return c <= 'w' && headingFirst[c] }},
		{bit: pISerial, size: is(7), first: is('i')},
		{bit: pPhrase, next: is(' '), first: func(c int) bool { return phraseLens[c] != 0 || c == 'S' }, size: func(l int) bool { return l < 16 }},
	}
	var first [256]uint64
	var size [32]uint64
	for _, r := range rules {
		setShape(r, first[:], t.prev[:], t.next[:], size[:])
	}
	// the words, by first byte and length, of the detectors that take
	// a few: deviceOwner's prepositions, quotedNetwork's words,
	// accountPhrase's, serialPhrase's
	pairs := []struct {
		bit int
		ok  func(c, l int) bool
	}{
		{pDevice, func(c, l int) bool { return l < 8 && ownerPrepLens[c]>>l&1 != 0 }},
		{pQuotedNet, func(c, l int) bool { return quotedLensBy[c]>>l&1 != 0 }},
		{pAccount, func(c, l int) bool {
			return l == 3 && c == 'f' || l == 4 && c|0x20 == 'u' || l == 2 && (c|0x20 == 'a' || c|0x20 == 't') || l == 7 && c|0x20 == 'a'
		}},
		{pPhrase, func(c, l int) bool { return l < 16 && phraseLens[c]>>l&1 != 0 || l == 2 && c == 'S' }},
		// (a length of 16 or more wraps: eventWord tests the word itself)
		{pEvent, func(c, l int) bool {
			return eventLens[c]>>(l&15)&1 != 0 || l == len(t.firstSize[0])-1 && eventLens[c] != 0
		}},
	}
	for c := range t.firstSize {
		for l := range t.firstSize[c] {
			t.firstSize[c][l] = first[c] & size[l]
			for _, p := range pairs {
				if t.firstSize[c][l]&(1<<p.bit) != 0 && !p.ok(c, l) {
					t.firstSize[c][l] &^= 1 << p.bit
				}
			}
		}
	}
	// (a genitive ends in 's')
	for c := range t.last {
		if t.last[c] = ^uint64(0); c != 's' {
			t.last[c] &^= 1 << pGenitive
		}
	}
	return t
}()

// plainWord runs, on the word [i, j) of letters only, with the bytes pb
// before it and nb after it as find read them, the detectors of find
// that the word's shape allows and m lets run (pScrub when scrubbing,
// pLearnOnly when learning). It returns where scanning resumes.
func (sc *scanner) plainWord(i, j int, pb, nb byte, m uint64) int {
	b := sc.b
	n := len(b)
	c := b[i]
	m &= plainTab.firstSize[c][min(j-i, len(plainTab.firstSize[0])-1)] & plainTab.prev[pb] & plainTab.next[nb] & plainTab.last[b[j-1]]
	// most words: no learned literal starts with c (a detector before the
	// literals' case that learns the word itself adds its finding there)
	if !sc.s.lits.first[c] {
		m &^= 1 << pLiteral
	}
	next := j
	for m != 0 {
		k := bits.TrailingZeros64(m)
		m &= m - 1
		switch k {
		case pEvent:
			// (scrubbing: a learning scan's learnWord runs it)
			if eventLens[c]>>(uint(j-i)&15)&1 != 0 {
				sc.eventWord(i, j)
			}
		case pPossOne:
			sc.possessiveWord(i, j, cAlpha)
		case pPossApos:
			if c == 'n' || c == 'i' || c == 'u' {
				if j-i <= 3 && turkishGenitive(b[i:j]) {
					sc.possessive(i-1, j) // Turkish: "Emre'nin iPhone'u", "Ahmet'in AirPods'u"
				}
			} else if j-i != 1 {
				sc.possessiveWord(i, j, cAlpha)
			}
		case pDevice:
			if j-i < 8 && ownerPrepLens[c]>>uint(j-i)&1 != 0 && j+2 < n {
				sc.deviceOwner(i, j) // "iPhone von Jürgen", "AirPods của Hồng" (vi), "iPhone milik Budi" (id), "iPhone ni Juan" (tl)
			}
		case pXML:
			if e := sc.xmlValue(i); e > i {
				return e
			}
			if !sc.learnOnly && afterPseudonym(b, i) {
				// letters glued to a pseudonym: the rest of a word a
				// first pass saw whole ("00kAi" of a .reg value), where
				// no name starts (as alnumWord)
				return j
			}
		case pWifi:
			if i >= 3 && b[i-2] > ' ' && b[i-2] != ':' && b[i-2] != '=' && b[i-2] != ',' {
				sc.wifiConfigKey(i, j) // (chat.go)
			}
		case pGroups:
			if j+4 < n && groupFirst[b[j+1]] && j-i <= 32 {
				if e := sc.groupsLine(i, j); e > j {
					return e // (sudo.go)
				}
			}
		case pQuotedOwner:
			if j+4 < n {
				sc.quotedBareOwner(i) // `name="Ama iPad"` (btnames.go)
			}
			if j+5 < n && (speakerFirst[b[j+1]] || b[j+1]-'A' < 26) && !sc.learnOnly {
				if e := sc.speaker(i, j); e > j {
					return e // `"Kofi asked for a refund"` (speaker.go)
				}
			}
		case pGenitive:
			if b[j-1] == 's' && j+4 < n {
				if appleInitial(b[j+1]) {
					sc.genitiveOwner(i, j) // ("Jürgens …": possessiveWord)
				} else if j-i == 7 && c == 's' {
					sc.sudoersUser(i, j) // (sudo.go)
				}
			}
		case pAccount, pAccountParen:
			if j+3 < n && (nb == '(' || j-i == 3 && c == 'f' || j-i == 4 && c|0x20 == 'u' || j-i == 2 && (c|0x20 == 'a' || c|0x20 == 't') || j-i == 7 && c|0x20 == 'a') {
				if e := sc.accountPhrase(i, j); e > j {
					sc.chatDisplayName(e) // (chat.go)
					return e
				} else if j-i == 4 {
					if e := sc.sudoUser(i, j); e > j {
						return e // (sudo.go)
					}
				}
			}
		case pAndroid:
			if j+8 < n && b[j+1] == '{' {
				if e := sc.androidAccount(j + 2); e > j {
					return e // (chat.go)
				}
			}
		case pUserInfo:
			if e := sc.androidUserInfo(i, j); e > j {
				return e // (chat.go)
			}
		case pQuotedNet:
			if j+3 < n && (b[j+1] == '\'' || b[j+1] == '"' || b[j+1] == 0xe2) {
				if e := sc.quotedNetwork(i, j); e > j {
					return e
				}
			} else if j+2 < n && (j-i == 4 || j-i == 7) && (isAlnum(b[j+1]) || b[j+1] >= 0x80) && (c|0x20 == 's' || c|0x20 == 'n') {
				if e := sc.unquotedNetwork(i, j); e > j {
					return e
				}
			}
		case pSpaced:
			if j+2 < n && (nb == '"' && pb == '"' || nb == ' ' && b[j+1] == '"') {
				if e := sc.spacedQuoted(i, j); e > j {
					return e
				}
			}
		case pConnected:
			if j+4 < n {
				if e := sc.connectedTo(i, j); e > j {
					return e
				}
				if e := sc.wifiDaemonTo(i, j); e > j {
					return e // (wlan.go)
				}
				sc.btConnectedTo(i, j) // "bluetoothd[300]: Connected to Kofi Headphones" (btnames.go)
			}
		case pWifiTool:
			if string(b[i:j]) == "nmcli" || string(b[i:j]) == "iwctl" {
				sc.wifiTool(i, j) // (the line's words are scanned on)
			} else if string(b[i:j]) == "netsh" {
				sc.netshWlan(i, j) // (wlan.go)
			}
		case pLearn:
			return sc.learnWord(i, j, cAlpha)
		case pHeaderPair:
			if i == 1 || i >= 2 && lineBreak(b[i-2]) {
				sc.csvHeader(i - 1) // systeminfo /fo csv: `"Host Name","OS Name",…` (csvheader.go)
			}
			if nb == '"' && j+2 < n && b[j+1] == ',' && i >= 2 {
				if e := sc.headerPair(i, j); e > j {
					return e
				}
			}
			if (c == 'l' || c == 'p') && nb == '"' {
				sc.lsblkLabel(i, j) // lsblk -J: "label": "JOAO PEREIRA FOTOS" (labels.go)
			}
		case pTableTab, pTableLen:
			if j+1 < n && (k == pTableTab || nb != '\t') {
				if e := sc.tableWord(i, j); e > j {
					return e
				}
			}
		case pQuser:
			if j+2 < n {
				if c == 'U' && b[j+1] == ' ' {
					sc.quserTable(i, j) // quser: " USERNAME    SESSIONNAME …"
				} else if c == 'p' && b[i+7] == 'd' {
					if e := sc.netrcPassword(i, j); e > next {
						next = e // .netrc: "machine h login k password x"
					}
				}
			}
		case pFold:
			if pb == '"' && j+4 < n && b[j+1] == 'r' && b[j+2] == 'e' {
				sc.quotedRequest(i, j) // `My Tag "Yaw request"` (occasion.go)
			}
			if sc.fold && j+1 < n && (b[j+1]-'A' < 26 || b[j+1] >= 0xc3) {
				if e := sc.foldedWord(i, j, cAlpha); e > i {
					return e
				}
			}
		case pLiteral:
			if sc.s.lits.first[c] && sc.s.lits.mayStart(b, i) {
				e, ent := sc.literalAt(i)
				if e < 0 && ent == nil && j-i >= 6 && handleSuffixLast[b[j-1]] {
					e = sc.gluedHandle(i, j) // "KwabenaFX", "ngozibeats" (accounttail.go)
				}
				if e > next {
					next = e
				}
			}
		case pDJ:
			if e := sc.djHandle(i, j); e > next {
				next = e
			}
		case pToken:
			if e := sc.tokenAt(i); e > next {
				next = e
			}
		case pBearer:
			sc.bearer(i, j)
		case pBoot:
			if i >= 3 && b[i-2] == '-' {
				if e := sc.bootLine(i, j); e > next {
					next = e
				}
			}
		case pTwo:
			if c-'A' < 26 && nb == ' ' && b[i+1]-'a' < 26 {
				if e := sc.shortSpeaker(i, j); e > j {
					return e // "Li said the deck froze" (prose.go)
				}
			}
			if i >= 2 && j+1 < n {
				if c|0x20 == 'a' && b[i+1]|0x20 == 't' && pb == ' ' && nb == ' ' && j+8 < n {
					if spelledDotAfter(b, j) {
						if e := sc.obfuscatedEmail(i, true); e > j {
							return e // "kofi dot mensah at gmail dot com" (prose.go)
						}
					} else if mailLocalBefore(b, i-1) && mailDomainAfter(b, j+1) {
						if e := sc.obfuscatedEmail(i, false); e > j {
							return e // "ngozi_a at outlook.com.ng" (prose.go)
						}
					}
				}
				switch {
				case c|0x20 == 'a' && b[i+1]|0x20 == 't' && (pb == '(' && nb == ')' || pb == '[' && nb == ']'):
					if e := sc.obfuscatedEmail(i, false); e > j {
						return e // "kwame(at)example(dot)com" (prose.go)
					}
				case nb == ' ' && (c == 'i' && b[i+1] == 's' || c == 'a' && b[i+1] == 'm' ||
					c == 'a' && b[i+1] == 't' && b[i-2] == 'e' || c == 't' && b[i+1] == 'o' && b[i-2] == 'p'):
					// "my username is djkwabena88", "I am kai.o", "I live
					// at 12 rue …", "ship to …" (prose.go)
					if e := sc.proseAfter(i, j); e > j {
						return e
					}
				case nb == ' ' && c == 'b' && b[i+1] == 'y' && b[j+1]-'a' < 26:
					if e := sc.byHandle(i, j); e > j {
						return e // "Playlist created by tobiloba.a" (prose.go)
					}
				case nb == ' ' && b[j+1]-'A' < 26 && (c == 't' && b[i+1] == 'o' || c == 'o' && b[i+1] == 'f'):
					// "Please forward this to Kwame Mensah", "on behalf of
					// Adaeze Nwosu" (relation.go)
					if e := sc.passedTo(i, j); e > j {
						return e
					}
				}
			}
		case pParen:
			if c-'A' < 26 && i >= 5 && b[i-2] == ' ' {
				sc.asciiParenOwner(i) // (parenowner.go)
				if nb == ' ' {
					sc.parenBareOwner(i) // "Headphones (Kofi AirPods Pro)" (btnames.go)
				}
			} else if nb == ')' && i >= 8 && b[i-2] == ' ' && isDigit(b[i-3]) {
				sc.uidParen(i, j) // "created for uid 501 (yaw)" (sudo.go)
			}
		case pAnnounced:
			if i >= 3 && proseBefore[b[i-2]] {
				// "my name is Kwame", "Welcome back, Kwabena!" (prose.go)
				if e := sc.announcedAt(i); e > j {
					return e
				}
			}
			if nb == ' ' && i >= 3 && sentenceMark[b[i-2]] && j+5 < n && (speakerFirst[b[j+1]] || b[j+1]-'A' < 26) {
				if e := sc.speaker(i, j); e > j {
					return e // "The deck froze. Kofi said it twice" (speaker.go)
				}
			}
		case pLineStart, pIndent3:
			if k == pLineStart || !lineBreak(pb) && indented(b, i) {
				next = max(next, sc.lineFirstWord(i, j, nb))
			}
		case pHeading:
			if i >= 2 && (promptEnd[b[i-2]] && pb == ' ' || pb == '>' && cmdPromptAt(b, i-1)) || j-i < 16 && headingLens[c]>>(j-i)&1 != 0 {
				sc.headingWord(i, j) // "$ cat /etc/machine-id", PowerShell's "Name  Value", system_profiler's lists
			}
		case pISerial:
			if string(b[i:j]) == "iSerial" {
				sc.lsusbSerial(j)
				m &^= 1 << pPhrase
			}
		case pPhrase:
			if (phraseLens[c]>>(j-i)&1 != 0 || j-i == 2 && c == 'S' && b[i+1] == 'N') && serialPhraseWord(b[i:j]) {
				// "serial X", "IMEI X", "License key X", "SteamID X", "SN X",
				// "Activation Code X", "customer id X", "on host X"
				if e := sc.serialPhrase(i, j); e > next {
					next = e
				}
			}
		}
	}
	return next
}

// lineFirstWord runs, on the plain word [i, j) that starts a line (or
// an indented three-letter one), followed by nb, the detectors of a
// line's first word. It returns how far its findings reach, or -1.
func (sc *scanner) lineFirstWord(i, j int, nb byte) int {
	b := sc.b
	n := len(b)
	c := b[i]
	next := -1
	if closingFirst[c] && j-i >= 2 {
		// "Best regards,\nTomasz" (prose.go); the words are scanned on
		// as they come
		sc.closing(i, j)
	}
	sc.syslog(i, j)
	if j+5 < n && nb == ' ' && (b[j+1] == ' ' || b[j+1] == 'p' || b[j+1] == 't' || b[j+1] == 's' || b[j+1] == '+' || b[j+1] == '-' || b[j+1] == '?') {
		next = sc.whoRow(i, j) // who(1), last(1): "nurlan   pts/0 …"
	}
	if j-i == 4 && (c == 'U' || c == 'F') && j+5 < n && nb == ' ' {
		// net user's "User name    kai", "Full Name    Kai O."
		next = max(next, sc.netUserRow(j+1, j+5))
	} else if nb == ' ' && (c == 'B' && j-i == 12 || c == 'N' && (j-i == 3 || j-i == 4 || j-i == 6)) {
		// the same rows in German, French, Spanish, Portuguese, Italian:
		// "Benutzername                 kofi.m", "Nom complet    Kofi Mensah"
		next = max(next, sc.netUserLocal(i))
	} else if j-i == 7 && c == 'M' && (nb == '\n' || nb == '\r') {
		sc.netGroupMembers(i, j) // net localgroup's "Members" (systools.go)
	} else if i == 0 && nb == ' ' && c-'A' < 26 && j+4 < n && n <= 64 {
		// a value alone (ScrubJSON's string, as short as a device's name;
		// not a text's chunk, read to its end): pw-dump's "device.alias":
		// "Tomás Galaxy S23" (btnames.go)
		sc.bareOwnerDevice(i, n)
	}
	if (j-i == 3 && c == 'A' || j-i == 4 && c == 'F') && nb == ' ' && (b[i+1] == 'p' || b[i+1] == 'l') ||
		j-i >= 3 && nb == ' ' && j+2 < n && (isDigit(b[j+1]) || b[j+1]-'A' < 26) && c-'A' < 26 && streetEnds[b[j-1]] {
		next = max(next, sc.addressLine(i)) // "Apt 4B, 350 Fifth Avenue, …", "Storgatan 12, 114 51 Stockholm" (labels.go)
	} else if j-i == 3 && c == 'T' && nb == ';' && b[i+1] == 'E' && b[i+2] == 'L' {
		next = max(next, sc.vcardTel(i)) // a vCard's "TEL;TYPE=CELL:+27 82 555 0142" (phone.go)
	}
	if nb == ' ' && c-'A' < 26 && j+5 < n && (speakerFirst[b[j+1]] || b[j+1]-'A' < 26) {
		next = max(next, sc.speaker(i, j)) // "Kofi said the mix was ready" (speaker.go)
	}
	return next
}
