package redact

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Byte classes. A zero class separates words; the others tell which
// detectors a word can need.
const (
	cAlpha uint16 = 1 << iota
	cDigit
	cSlash
	cBack
	cPct
	cAt
	cColon
	cEq
	cDash
	cUnder
	cDot
	cHigh
	cOther
)

var ctab = func() (t [256]uint16) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			t[c] = cAlpha
		case c >= '0' && c <= '9':
			t[c] = cDigit
		case c >= 0x80:
			t[c] = cHigh
		case c <= ' ' || c == 0x7f:
			t[c] = 0
		}
	}
	for _, c := range []byte("+~$#&?!*^") {
		t[c] = cOther
	}
	t['/'], t['\\'], t['%'], t['@'] = cSlash, cBack, cPct, cAt
	t[':'], t['='], t['-'], t['_'], t['.'] = cColon, cEq, cDash, cUnder, cDot
	// separators: quotes, brackets, list punctuation
	for _, c := range []byte("\"'`()[]{}<>,;|") {
		t[c] = 0
	}
	return t
}()

func isAlnum(c byte) bool { return ctab[c]&(cAlpha|cDigit) != 0 }
func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// isHex reports whether c is a hex digit (hexVal's table: hex dumps
// ask it of every byte).
func isHex(c byte) bool    { return hexVal[c] >= 0 }
func isLetter(c byte) bool { return ctab[c] == cAlpha }

// span is one finding: bytes [start,end) are replaced by the pseudonym of
// (class, canon). class "" marks bytes that must be kept (a debug id in a
// debug-id context); it blocks other findings over the same bytes.
type span struct {
	start, end int
	class      string
	canon      string
	seq        int
}

// scanner finds spans in one buffer. It is reused across chunks.
type scanner struct {
	s     *Session
	b     []byte
	spans []span
	seq   int
	// inPEM carries an open private-key block across text chunks.
	inPEM bool
	// ps carries a process table across text chunks: the layout of one
	// whose rows ran to the last chunk's end, read on from this one's
	// start; psEnd is that of one whose rows run to the end of this
	// buffer, for the next (psRows)
	ps, psEnd psTable
	// partial: b starts inside a word that the overlapping previous
	// learn chunk saw whole (learn chunks are not line-aligned); find
	// skips it. UTF-16 runs are scanned with it off.
	partial bool
	// learnOnly runs only the detectors that learn identifiers (home
	// paths, user/host keys, syslog and UNC hosts, mDNS names, OneDrive
	// organisations) and records no findings: Learn and LearnReader.
	learnOnly bool
	// rec, when set, collects the learn calls instead of making them
	// (parallel LearnReader workers; replayed in chunk order).
	rec *[]learnCall
	// stateful: with rec set, a detector met a case whose answer hangs on
	// what the session learned before (learnedPartner), which a worker's
	// empty session cannot tell: the chunk is learned from again in turn.
	stateful bool
	// caches: logs repeat keys and home folders
	keyCache    map[string]string
	userCache   map[string]string
	hostCache   map[string]string
	nameCache   nameCaches // user/host key values (keys.go)
	emailCache  map[string]string
	emailMore   map[string]emailMemo  // (net.go)
	personCache map[string]personMemo // nameSpan's names
	rawKeys     *rawKeyMemo           // what keyValues learned of the keys it read (keys.go)
	walkMemo    *walkMemo             // the words walk found nothing in (walkmemo.go)
	// maxEnd is the furthest end of a finding since find began (or more)
	maxEnd int
	// wer: what the last WER "X[N].Name=" line said of its value
	wer werPair
	// fold: the session has learned names to fold (squashedName) and this
	// scan replaces; kept here, off the session, for the hot loop
	fold bool
	// regBuf holds the bytes of a .reg file's hex value (reg.go)
	regBuf []byte
	// ssh, cmds: how far sshArg and lineHas read the current line;
	// slash: how far lastSlash read the current word; far: how far
	// userinfoFar read back; pemLine: how far pem read the line of a
	// "-----BEGIN"; lineAt: the line start lineHead found last; devWord:
	// the word [s, e) of bytes above ' ' deviceProductAt read last (a
	// read from inside it ends there too). lineRead has bit 1 when ssh
	// holds for sc.b, bit 2 when cmds does, bit 4 when slash does, bit 8
	// when far does, bit 16 when pemLine does, bit 32 when lineAt does,
	// bit 64 when devWord does (find clears it when it is done, the other
	// places that set sc.b when they set it)
	ssh      sshScan
	cmds     cmdScan
	slash    slashScan
	far      farScan
	pemLine  pemScan
	lineAt   struct{ at, start int }
	devWord  struct{ s, e int }
	lineRead uint8
	// dumpAt is 1 + where the first hex dump line find saw starts, 0
	// while it saw none (hexdump.go); its users clear it. dump is the
	// buffer dumpLine reads a line with.
	dumpAt int
	dump   *dumpBlock
	// findStable's rescans (resume.go): gen0 is the session's generation
	// at the last checkpoint or find's start; ck the checkpoint this scan
	// last took, use the one of the scan before, tail its findings after it
	gen0 int
	ck   checkpoint
	use  checkpoint
	tail []span
	// resumed counts the scans that took the scan before's findings,
	// started those that started after b's start
	resumed, started int
	// and a rescan may start at a line start well before where the scan
	// before first learned, when nothing before that could hold what it
	// learned (resume.go): from is where this scan starts, st two line
	// starts it passed before it learned, next the one taken at its first
	// learn, line and nextL the line start it learned on
	from, next  startState
	st          [2]startState
	line, nextL int
	stAt        int // the first line start lineStart would take
	// head: the findings made before next, as the scan made them (resolve
	// sorts and drops some)
	head []span
	// rowAt: the word there continues a system account's passwd row
	// that a pseudonym cut (inSystemRow): word reads no keys in it (0:
	// none, as no such word starts there)
	rowAt int
	// escEnd: where the line escapedLine decoded last ends (uescape.go);
	// noEsc: this scan reads such a decoded line
	escEnd int
	noEsc  bool
	// escBad: the control byte no finding covered yet that kept
	// escapedLine from reading the line of the escape at escK decoded
	// (0: none); the line's end reads it again if one covers it now
	// (escRetry)
	escBad, escK int
}

func (sc *scanner) add(start, end int, class, canon string) {
	if start >= end || sc.learnOnly {
		return
	}
	sc.seq++
	sc.spans = append(sc.spans, span{start: start, end: end, class: class, canon: canon, seq: sc.seq})
	sc.maxEnd = max(sc.maxEnd, end)
}

// find fills sc.spans with sorted, non-overlapping findings in b. Learned
// identifiers are added to the session as they are met. Caller holds s.mu.
func (sc *scanner) find(b []byte) {
	sc.b = b
	from := sc.from
	sc.spans = sc.spans[:0]
	if from.pos > 0 {
		sc.spans = append(sc.spans, sc.head[:from.nSpans]...)
	}
	sc.seq = from.seq
	sc.maxEnd = from.maxEnd
	sc.gen0, sc.ck.pos = sc.s.gen, 0
	sc.st[0], sc.st[1], sc.line, sc.next.pos = from, from, from.pos, 0
	sc.stAt = from.pos + startGap
	sc.lineRead = 0 // (a value scanned since the last find may have set it)
	sc.escEnd, sc.escBad = 0, 0
	sc.fold = sc.s.squashLens != 0 && !sc.learnOnly
	n := len(b)
	i := from.pos
	if i == 0 {
		sc.psEnd = psTable{}
		if sc.ps.on {
			sc.psCarried()
		}
	}
	if i > 0 {
		// where the scan before was then (startState)
		sc.started++
		sc.wer, sc.rowAt, sc.inPEM = from.wer, from.rowAt, false
	} else if sc.inPEM {
		i = sc.pemBody(0)
	} else if sc.partial {
		// the word the chunk starts in began in the previous chunk,
		// which saw (and learned from) it whole; its tail alone would look
		// like a word of its own ("Users\\x" of "C:\\Users\\x")
		for i < n && ctab[b[i]] != 0 {
			i++
		}
	}
	lits := sc.s.lits
	// the detectors plainWord may run
	pm := pScrub
	if sc.learnOnly {
		pm = pLearnOnly
	}
	for uint(i) < uint(n) { // (unsigned: b[i] needs no bounds test)
		c := b[i]
		if ctab[c] == 0 {
			i++
			if c <= '\n' {
				if c == 0 {
					// zero runs (binary data): 8 bytes at a time
					for i+8 <= n && binary.LittleEndian.Uint64(b[i:]) == 0 {
						i += 8
					}
				} else if c == '\n' {
					if sc.escBad != 0 {
						sc.escRetry() // (before the line's state is kept: resume.go)
					}
					if sc.s.gen != sc.gen0 {
						sc.mark(i)
					}
					if sc.line = i; i >= sc.stAt {
						sc.lineStart(i)
					}
					if i == sc.use.pos && sc.resume(i) {
						break // (took the last scan's findings: resume.go)
					}
				}
			}
			continue
		}
		j := i + 1 // b[i] is in the word
		bits := ctab[c]
		for j < n {
			k := ctab[b[j]]
			if k == 0 {
				break
			}
			bits |= k
			j++
		}
		if j-i == 1 && c != ':' && c != '=' {
			if i > 0 && b[i-1] == 0 && j < n && b[j] == 0 && !(lits.first[c] && lits.pair.has(lower(c), 0)) {
				// one character of UTF-16LE text ("C\x00:\x00\\\x00U\x00"):
				// the run is scanned decoded (forUTF16Runs); alone, no
				// detector finds anything in one byte between NULs (nor
				// does a learned name start there: its second byte would
				// be NUL). The characters after it go the same way, two
				// bytes a step.
				i = j
				for i+2 < n && b[i+2] == 0 {
					c := b[i+1]
					if ctab[c] == 0 || c == ':' || c == '=' || lits.first[c] && lits.pair.has(lower(c), 0) {
						break
					}
					i += 2
				}
				continue
			}
			if !lits.first[c] && ctab[c]&(cAlpha|cDigit|cHigh) == 0 && !sc.learnOnly && (i == 0 || b[i-1] != '>') && (j == n || b[j] != '"' && b[j] != '[') {
				// a lone "+", "-" or "\\" (not an XML element's or a
				// quoted header's value, nor before a '[', Samba's
				// "[SGLOG]\\[kofi.m]": possessiveWord): nothing to find,
				// as below, but a couple's '&'
				if c == '&' {
					sc.coupleAt(i, j) // "Wedding - Efua & Kojo" (occasion.go)
				} else if c == '-' && j+2 < n && b[j] == ' ' && b[j+1]-'A' < 26 {
					sc.hyphenOwner(i) // "Bose QC45 - Kwame", `"app froze twice" - Ngozi` (parenowner.go)
				}
				i = j
				continue
			}
		}
		if bits&cHigh != 0 && (b[i] >= 0xc2 || b[j-1] >= 0x80) {
			// quotes, guillemets, dashes and blanks outside ASCII
			// separate words as their ASCII kin do: “/home/zoe/x”,
			// «\\srv\share», a path after a no-break space
			s, e := trimPunct(b, i, j)
			if s == e || s != i && i > 0 && b[i-1] == '>' && !sc.learnOnly && afterPseudonym(b, i) {
				// (glued to a pseudonym by such a separator: the rest of
				// a word a first pass saw whole, "<ip-1>»Bearer x" of
				// "10.0.0.5»Bearer x", where no word starts, as after a
				// pseudonym alone: plainWord, alnumWord)
				i = j
				continue
			}
			if e != j && j < n && b[j] == '<' && pseudonymAt(b, j) {
				// and before one: the word went on in the first pass
				// ("\\\\Zoë«<ip-1>" of "\\\\Zoë«fe80::1", no share's host)
				e = j
			}
			if s != i || e != j {
				i, j, c = s, e, b[s]
				bits = wordBits(b[i:j])
			}
		}
		// the bytes around the word: a line break before the buffer,
		// and past its end 0xff, which no test below asks for
		pb, nb := byte('\n'), byte(0xff)
		if i > 0 {
			pb = b[i-1]
		}
		if j < n {
			nb = b[j]
		}
		if bits&^(cAlpha|cDigit) == 0 && bits&cDigit != 0 && pb != '>' && pb != '\'' && nb != '"' && (j-i > 5 || ownerPrepLens[c]>>(j-i)&1 == 0) {
			// letters and digits ("0x7fff5fbff8c8", "404"): of the tests
			// below, only alnumWord's can hold, or learnWord's when
			// learning (possessiveWord returns at once on such a word)
			if j-i == 8 && pb == ' ' && nb == ' ' && sc.dumpAt == 0 {
				sc.dumpMid(i) // logcat's "D Tag: 00000000  2f 68 …" (hexdump.go)
			}
			if sc.learnOnly {
				i = sc.learnWord(i, j, bits)
			} else {
				i = sc.alnumWord(i, j)
			}
			continue
		}
		if bits == cAlpha {
			// letters only, the commonest word: the detectors its shape
			// allows (plainword.go)
			i = sc.plainWord(i, j, pb, nb, pm)
			continue
		}
		if (j-i == 9 && b[i+8] == ':' || j-i == 17 && b[i+16] == ':') && pb == ' ' && nb == ' ' && sc.dumpAt == 0 && i > 0 {
			// the kernel's print_hex_dump after its prefix: "[ 12.345] usb
			// 1-2: 00000000: 2f 68 6f 6d …  /home/kofi/." (hexdump.go),
			// or of an address ("raw: ffff8881234567a0: 2f 68 …")
			sc.dumpMid(i)
		}
		next := j
		if (c == '=' || c == '@') && bits&cEq != 0 && j-i >= 4 && b[i+1]|0x20 == 'h' || c == '@' && j-i >= 5 && b[i+2]|0x20 == 'h' {
			// a .reg file's "Name"=hex(2):43,00,3a,00,...
			if name, p, ok := regValueAt(b, i); ok {
				if e := sc.regValue(name, p); e > 0 {
					i = e
					continue
				}
			}
		}
		if j-i == 1 || bits&(cHigh|cPct|cBack) != 0 && (bits&cHigh != 0 || j-i >= 8) || pb == '\'' && c|0x20 == 's' {
			sc.possessiveWord(i, j, bits)
		}
		if j-i < 16 && ownerPrepLens[c]>>uint(j-i)&1 != 0 && pb == ' ' && j+2 < n && nb == ' ' { // (j-i < 16: the shift needs no test of its size)
			sc.deviceOwner(i, j) // "iPhone von Jürgen", "AirPods của Hồng" (vi), "iPhone milik Budi" (id), "iPhone ni Juan" (tl)
		}
		if wordLead[pb] {
			// ('(', '>', '"' or a line break before the word: the
			// detectors below read nothing else)
			if pb == '(' && i >= 5 && b[i-2] == ' ' && (c-'A' < 26 || c >= 0xc3 && c <= 0xc9) && bits&^(cAlpha|cDash|cHigh) == 0 {
				// a name with a dash or a letter outside ASCII: "AirPods Pro
				// (Ji-woo)", "Galaxy Buds2 (Łukasz)" (plainWord asks for the rest)
				sc.asciiParenOwner(i)
			}
			if pb == '>' {
				if e := sc.xmlValue(i); e > i {
					i = e
					continue
				}
			}
			if pb == '"' && wifiSecFirst[c] && wifiSecLens>>(j-i)&1 != 0 && i >= 3 && b[i-2] > ' ' && b[i-2] != ':' && b[i-2] != '=' && b[i-2] != ',' {
				sc.wifiConfigKey(i, j) // Android's `"HomeNet"WPA_PSK` (chat.go)
			}
			if c == '#' && j-i == 8 && lineBreak(pb) && string(b[i:j]) == "#Fields:" {
				sc.w3cHeader(j) // IIS's "#Fields: date time … cs-username c-ip …" (w3clog.go)
			}
			if c == '_' && nb == ' ' && lineBreak(pb) {
				sc.dsclList(i, j) // "dscl . list /Users RealName": "_amavisd  AMaViS Daemon" (dscllist.go)
			}
			if lineBreak(pb) && nb == ' ' && j+5 < n && j-i <= 32 && bits&cAlpha != 0 && bits&(cUnder|cDot|cDash) != 0 && bits&^(cAlpha|cDigit|cUnder|cDot|cDash) == 0 && !fileOrUnit(string(b[i:j])) {
				if e := sc.whoRow(i, j); e > j {
					i = e // who(1), last(1) with a dotted account: "kofi.m   tty7 …", "ngozi_a  pts/0 …"
					continue
				}
			}
			if pb == '\n' && nb == ' ' && j+4 < n && groupFirst[b[j+1]] && j-i <= 32 && bits&^(cAlpha|cDigit|cUnder|cDot|cDash) == 0 {
				if e := sc.groupsLine(i, j); e > j {
					i = e // "kofi : kofi adm cdrom sudo", "kofi.m : kofi.m adm sudo" (sudo.go)
					continue
				}
			}
			if bits&cDash != 0 && (j-i == 10 || j-i == 11) && lineBreak(pb) {
				// ls -l: "-rw-r--r-- 1 kai staff 4096 ..."
				if e := sc.lsOwner(i, j); e > j {
					i = e
					continue
				}
			}
			if (c == 'y' || c == 'n') && bits&cColon != 0 && lineBreak(pb) {
				// nmcli -t -f active,ssid: "yes:HomeNet_5G"
				if e := sc.nmcliActive(i); e > i {
					i = e
					continue
				}
			}
		}
		if bits&cDot != 0 && j-i == 9 && j+2 < n && nb == ' ' && b[j+1] == '"' {
			// git config user.name "Kai Okonkwo"
			if e := sc.spacedQuoted(i, j); e > j {
				i = e
				continue
			}
		}
		if bits&(cBack|cHigh|cOther) != 0 {
			sc.escapedWord(i, j, bits) // "Bj\u00f6rn", cp1252's "Bj\xf6rn", "Bj&#246;rn" (uescape.go)
		}
		if sc.learnOnly {
			i = sc.learnWord(i, j, bits)
			continue
		}
		if nb == '"' && j+2 < n && b[j+1] == ',' && i >= 2 && pb == '"' {
			// `["Authorization","Basic ..."]`, `"name":"Cookie","value":...`
			// printed in a log line
			if e := sc.headerPair(i, j); e > j {
				i = e
				continue
			}
		}
		if bits&^(cAlpha|cDigit) == 0 {
			// Alphanumeric word (numbers, hex addresses, identifiers): its
			// only boundary is its start, so only what walk would run
			// there applies.
			i = sc.alnumWord(i, j)
			continue
		}
		if bits == cDigit|cDot && !lits.first[c] && bytesCount(b[i:j], '.') < 3 && !(lits.digitFirst && sc.literalIn(i, j)) {
			// A number ("8.838", "1.2"): too few dots for an IPv4
			// address, and no literal starts with a digit.
			if syslogStart(b, i) {
				sc.syslog(i, j)
			}
			i = j
			continue
		}
		if bits == cDigit|cPct && b[j-1] == '%' && !lits.first[c] && bytesCount(b[i:j], '%') == 1 {
			// A percentage ("63%"): no escape, address or key in it, and
			// no word boundary inside for a learned name to start at
			if syslogStart(b, i) {
				sc.syslog(i, j)
			}
			i = j
			continue
		}
		if j-i == 1 && c != ':' && c != '=' && !lits.first[c] {
			// a lone punctuation byte ("+", "-", "\\"): nothing to find
			i = j
			continue
		}
		if bits&(cSlash|cBack|cPct|cAt|cEq|cUnder|cHigh|cOther) == 0 && isDigit(c) && isTimestamp(b[i:j]) && !(lits.digitFirst && sc.literalIn(i, j)) {
			// A date/time ("2024-03-04T10:01:02.003Z", "10:01:02"): no
			// detector but syslog finds anything in it (no IP, UUID, key
			// or literal can be spelled with these bytes in this shape).
			if syslogStart(b, i) || indented(b, i) {
				sc.syslog(i, j)
			}
			if j+3 < n && (b[j+1] == '<' || b[j+2] == '<') {
				if e := sc.ircLogNick(i, j); e > j {
					i = e // "[12:01] <kwesi_dj> nice transition!" (chat.go)
					continue
				}
			}
			i = j
			continue
		}
		next = sc.word(i, j, bits)
		if next < j {
			next = j
		}
		i = next
	}
	if sc.escBad != 0 {
		sc.escRetry()
	}
	if sc.use.pos >= 0 {
		sc.keepTail(n)
	}
	if sc.next.pos > 0 {
		sc.head = append(sc.head[:0], sc.spans[:sc.next.nSpans]...)
	}
	sc.use.pos = 0
	// what sshArg and lineHas read, and rowAt, hold for this buffer only
	// (cleared here, at the end, rather than at the start: the loop's
	// code keeps its place)
	sc.lineRead = 0
	sc.rowAt = 0
	if sc.learnOnly {
		return
	}
	for _, p := range sc.s.patterns {
		sc.userPattern(p)
	}
	sc.resolve()
}

// duidKey handles the keys dhclient's lease files name a DUID with, with
// no ':' or '=' after them (default-duid "\000\001..."; option
// dhcp6.client-id 0:1:0:1:...;), at the word [i, j). It returns where
// the value ends, or -1.
func (sc *scanner) duidKey(i, j int) int {
	b := sc.b
	if j+1 < len(b) && b[j] == ' ' && (eqLower(b[i:j], "default-duid") || eqLower(b[i:j], "dhcp6.client-id")) {
		return sc.keyValue(j, ClassMachineID, true)
	}
	return -1
}

// eventLens: bit n of eventLens[c] is set for the n-byte words eventWord
// reads: one person's occasions and a guest list's headings (either
// case), "and", the titles (as written), occasionPreps and "for".
var eventLens = func() (t [256]uint16) {
	for c := range t {
		t[c] = ownLens[c] | guestHeadLens[c]
	}
	for w := range coupleWords {
		t[w[0]] |= 1 << len(w)
	}
	for w := range titles {
		t[w[0]] |= 1 << len(w) // (titledName)
	}
	for w := range occasionPreps {
		t[w[0]] |= 1 << len(w) // (occasionPrep)
	}
	for w, own := range occasions {
		if !own && len(w) >= 7 && len(w) < 16 {
			// "Anniversary - Ngozi Okafor" (coupleOccasionDash): capitalised
			t[w[0]-'a'+'A'] |= 1 << len(w)
		}
	}
	t['f'] |= 1 << 3 // "for" (madeFor)
	t['b'] |= 1 << 2 // "by" (madeBy)
	t['W'] |= 1 << 7 // "Wedding" (weddingOwner)
	t['S'] |= 1 << 5 // "Sweet" (weddingOwner)
	t['C'] |= 1 << 8 // "Ceremony" (namingOwner)

	for _, c := range "aA" {
		t[c] |= 1<<4 | 1<<5 // "anos", "años" (quinceOwner)
	}
	return t
}()

// titleSecond holds the second letters of titles.
var titleSecond = func() (t [256]bool) {
	for w := range titles {
		t[w[1]] = true
	}
	return t
}()

// titledName handles the title [i, j) (of titles; its '.' after j, if
// any): the full name after it, two words or three, each a name's word,
// ending where a name ends or at a file's extension ("Client - Mr Themba
// Zulu.crate"), wherever it stands (proseAfter reads a title after its
// triggers, one word after it too).
func (sc *scanner) titledName(i, j int) {
	b := sc.b
	if !titles[string(b[i:j])] {
		return
	}
	p := j
	if p < len(b) && b[p] == '.' {
		p++
	}
	if p+4 >= len(b) || b[p] != ' ' || !capitalised(b, p+1) || seniorRole(b, i, j, p+1) {
		return
	}
	s := p + 1
	e, words := s, 0
	for words < 3 && e < len(b) && capitalised(b, e) {
		we := wordAfter(b, e)
		if we == e || !proseWord(string(b[e:we]), true) {
			break
		}
		e, words = we, words+1
		if e+1 >= len(b) || b[e] != ' ' || !capitalised(b, e+1) {
			break
		}
		e++
	}
	if words < 2 || b[e-1] == ' ' {
		return
	}
	if !proseNameFollows(b, e, true) && !(b[e] == '.' && e+1 < len(b) && isLetter(b[e+1])) {
		return // (a name's end, or a file's extension: "Themba Zulu.crate")
	}
	sc.proseSpan(s, e, true)
}

// eventWord runs, at the word [i, j) of letters, the shapes that name
// people by an occasion: a guest list's heading, a person's or a
// couple's event. Both scans run it: a learning scan learns the names
// before anything is scrubbed, and the daemon's one pass over a text
// (ScrubTextRewind) learns them as it goes.
func (sc *scanner) eventWord(i, j int) {
	b := sc.b
	if j-i <= 3 && b[i] >= 'a' {
		// a short word in lower case: no title's, heading's or occasion's
		if coupleWord(b[i:j]) {
			sc.coupleAt(i, j) // "Ama and Kwame Wedding", "Kari og Ole Bryllup" (occasion.go)
		} else if j-i == 2 && b[i] == 'o' && b[i+1] == 'f' && i >= 8 && b[i-1] == ' ' && b[i-2] == 'g' && j+6 < len(b) && b[j] == ' ' && b[j+1]-'a' < 26 {
			sc.lowerCouple(i, j) // "Crates/wedding of priya and raj.crate" (occasionshapes.go)
		} else if j+2 < len(b) && b[j] == ' ' && (b[j+1]-'A' < 26 || b[j+1] >= 0xc3) && i >= 4 && (b[i-1] == ' ' || b[i-1] == '"') {
			// a preposition or "for" before a capitalised word, one blank apart
			if j-i == 3 && b[i] == 'f' && b[i+1] == 'o' && b[i+2] == 'r' {
				if b[i-1] == '"' {
					sc.quotedFor(i, j) // `Tag: "for Abena"` (occasion.go)
				} else {
					sc.madeFor(i, j)   // "Set for Obinna.m3u" (occasion.go)
					sc.configFor(i, j) // "Loaded user config for Zhang Wei" (occasion.go)
				}
			} else if j-i == 2 && b[i] == 'b' && b[i+1] == 'y' && b[i-1] == ' ' {
				sc.madeBy(i, j) // "Live set by Kwabena Boateng.wav" (occasion.go)
			} else if b[i-1] == ' ' && occasionPrepWord(b[i:j]) {
				sc.occasionPrep(i, j) // "Anniversaire de Chloé", "Geburtstag von Lena" (occasion.go)
				if j-i == 2 && b[i] == 'd' && b[i+1] == 'e' {
					sc.licenseeAt(i, j) // "Licencia a nombre de Siddharth Iyer" (occasion.go)
				}
			}
		}
		return
	}
	if b[i] <= 'Z' && j-i <= 4 && j < len(b) && (b[j] == ' ' || b[j] == '.') && titleSecond[b[i+1]] {
		sc.titledName(i, j) // "Client - Mr Themba Zulu" (not "Mar 12", "Main")
	}
	if guestHeadLens[b[i]]>>(j-i)&1 != 0 && (i == 0 || lineBreak(b[i-1])) {
		sc.guestList(i, j) // "Guests to shout out:\n- Efua Boateng" (guestlist.go)
	}
	if j-i >= 4 && j-i <= 5 && i >= 5 && b[i]|0x20 == 'a' && b[i-1] == ' ' && b[i-2] == '5' && b[i-3] == '1' && b[i-4] == ' ' {
		sc.quinceOwner(i, j) // "Mariana 15 anos", "Sofía 15 años" (occasion.go)
	}
	if j-i == 7 && b[i] == 'W' && b[i+1] == 'e' && string(b[i:j]) == "Wedding" {
		sc.weddingOwner(i, j) // "Crates/Okafor Wedding.crate" (occasion.go)
	}
	if j-i == 5 && b[i] == 'S' && b[i+1] == 'w' && string(b[i:j]) == "Sweet" && j+3 <= len(b) && string(b[j:j+3]) == " 16" &&
		(j+3 == len(b) || !isAlnum(b[j+3])) {
		sc.weddingOwner(i, j+3) // "Projects/Efua Sweet 16.als" (occasion.go)
	}
	if j-i == 8 && b[i] == 'C' && b[i+1] == 'e' && string(b[i:j]) == "Ceremony" {
		sc.namingOwner(i, j) // "Naming Ceremony - Chidi.als" (occasion.go)
	}
	if j-i < 4 || !ownStart(b, i) {
		// (no occasion is so short, or starts so: "message", "height")
	} else if found, own := occasionAt(b, i, j); found && own {
		sc.occasionOwner(i, j) // "Amaka 30th Birthday" (occasion.go)
		return
	}
	if j-i >= 7 && j+4 < len(b) && b[j] == ' ' && (b[j+1] == '-' || b[j+1] == 0xe2) {
		sc.coupleOccasionDash(i, j, false) // "Anniversary - Ngozi Okafor.flp" (occasion.go)
	} else if j-i >= 7 && j+12 < len(b) && b[j] == ' ' && b[j+1] == 'O' && b[j+2] == 'f' && b[j+3] == ' ' {
		sc.titleCaseCouple(i, j) // "Wedding Of Priya And Raj.crate" (occasionshapes.go)
	}
}

// alnumEnd returns where the run of letters and digits at i ends, at j
// at the most.
func alnumEnd(b []byte, i, j int) int {
	for i < j && isAlnum(b[i]) {
		i++
	}
	return i
}

// ordinalEnd: b[:j] ends in an English ordinal's "th" or "st".
func ordinalEnd(b []byte, j int) bool {
	return b[j-1] == 'h' && b[j-2] == 't' || b[j-1] == 't' && b[j-2] == 's'
}

// gluedEvent handles a person's event glued to what follows it in the
// word [i, j): a file's extension, a path's '/', a JSON string's escaped
// quote ("Amaka 30th Birthday.crate", `\"Zainab Sulaimon Bday\"`).
func (sc *scanner) gluedEvent(i, j int) {
	b := sc.b
	if b[i] == 'W' && i+7 < j && b[i+1] == 'e' && string(b[i:i+7]) == "Wedding" && !isLetter(b[i+7]) {
		sc.weddingOwner(i, i+7) // "Okafor Wedding.crate" (occasion.go)
	}
	if soleWedLens[b[i]] != 0 && soleWedSecond[b[i]]>>(b[i+1]-'a')&1 != 0 {
		k := i + 1
		for k < j && k-i < 12 && b[k]-'a' < 26 {
			k++
		}
		if k < j && soleWedLens[b[i]]>>(k-i)&1 != 0 && soleWedding(b[i:k]) {
			sc.weddingOwner(i, k) // "Agnieszka Wesele.cpr" (occasion.go)
		}
	}
	if b[i]|0x20 == 'a' && i >= 5 && b[i-2] == '5' && b[i-3] == '1' && b[i-4] == ' ' {
		if i+4 < j {
			sc.quinceOwner(i, i+4) // "Mariana 15 anos/festa.RPP" (occasion.go)
		}
		if i+5 < j {
			sc.quinceOwner(i, i+5) // "Sofía 15 años.crate"
		}
	}
	if !ownStart(b, i) {
		return // (most words: "com.serato…", "build/…")
	}
	k := i + 2
	for k < j && isLetter(b[k]) {
		k++
	}
	if k-i < 16 && ownLens[b[i]]>>(k-i)&1 != 0 && k < j && (b[k] == '.' || b[k] == '/' || b[k] == '\\' || b[k] == '"' || b[k] == '\'') {
		if found, own := occasionAt(b, i, k); found && own {
			sc.occasionOwner(i, k) // (occasion.go)
		}
	}
}

// learnWord is word for learnOnly scans: the detectors that learn, with
// the same triggers as word.
func (sc *scanner) learnWord(i, j int, bits uint16) int {
	b := sc.b
	if j-i >= 16 {
		// a JSON object in base64, alone or a key's value (b64json.go)
		if b[i] == 'e' && b[i+1] == 'y' {
			sc.base64JSONAt(i)
		} else if bits&cEq != 0 {
			if k := bytes.IndexByte(b[i:j], '='); k > 0 && j-i-k > 16 && b[i+k+1] == 'e' {
				sc.base64JSONAt(i + k + 1)
			}
		}
	}
	if bits&^(cAlpha|cDigit) == 0 && bits&cDigit != 0 {
		// a number, or letters and digits ("0x7fff5fbff8c8", "2i2"): of the
		// tests below only the first two can hold (no word with a digit
		// opens prose, and the rest ask for letters alone)
		if j+3 < len(b) && b[j] == ' ' && b[i]-'A' < 26 && b[i+1]-'a' < 26 && b[j+1]-'A' < 26 {
			if e, _ := sc.literalAt(i); e > j {
				return e
			}
		}
		if syslogStart(b, i) || (j-i == 3 || isDigit(b[i])) && indented(b, i) {
			sc.syslog(i, j)
		}
		if j-i == 3 && b[i+1] == '2' && i > 0 && b[i-1] == ' ' {
			sc.backToBack(i, j) // "Nomvula B2B Thabiso" (occasion.go)
		}
		if i >= 4 && b[i-1] == ' ' && j-i <= 5 && isDigit(b[i]) && b[j-1] >= 'a' && (b[i-2] == 's' || ordinalEnd(b, j)) {
			sc.ageAfter(i, j) // "Thabiso's 30th.crate", "Kagiso 30th" (occasion.go)
		}
		return j
	}
	if isDigit(b[i]) && (bits == cDigit|cDot && bytesCount(b[i:j], '.') < 3 ||
		bits == cDigit|cPct && b[j-1] == '%' && bytesCount(b[i:j], '%') == 1 ||
		bits&(cSlash|cBack|cPct|cAt|cEq|cUnder|cHigh|cOther) == 0 && isTimestamp(b[i:j])) {
		// a number ("8.838"), a percentage, a date or time: as find skips
		// them when it scrubs, no detector but syslog and an IRC log's
		// nick after a time learns from them
		if syslogStart(b, i) || indented(b, i) {
			sc.syslog(i, j)
		}
		if bits&cColon != 0 && j+3 < len(b) && (b[j+1] == '<' || b[j+2] == '<') {
			if e := sc.ircLogNick(i, j); e > j {
				return e // "[12:01] <kwesi_dj> nice transition!" (chat.go)
			}
		}
		return j
	}
	if j+3 < len(b) && b[j] == ' ' && b[i] >= 'A' && b[i] <= 'Z' && b[i+1] >= 'a' && b[i+1] <= 'z' && b[j+1] >= 'A' && b[j+1] <= 'Z' {
		// "Kai Okonkwo" after "Kai" was learned: the surname is learned
		// here too, so that the scrub pass replaces it before this line
		// as well as after (literalAt; idempotence)
		if e, _ := sc.literalAt(i); e > j {
			return e
		}
	}
	if syslogStart(b, i) || (j-i == 3 || isDigit(b[i])) && indented(b, i) {
		sc.syslog(i, j)
		if netUserLocalFirst[b[i]] && (i == 0 || b[i-1] != '<') {
			// a localized net user's rows: "Benutzername    kofi.m"
			if e := sc.netUserLocal(i); e > j {
				return e
			}
		}
	}
	if c := b[i]; bits&cDigit == 0 && (j-i == 2 && (c == 'i' && b[i+1] == 's' || c == 'a' && b[i+1] == 'm') ||
		closingFirst[c] && (i == 0 || lineBreak(b[i-1]) || i >= 2 && b[i-1] == ' ' && closingAfter[b[i-2]]) ||
		i >= 3 && b[i-1] == ' ' && (c-'A' < 26 || c >= 0xc3) && proseBefore[b[i-2]] ||
		sentenceEnd[b[j-1]] && j+1 < len(b) && closingFirst[b[j+1]]) || c == '@' {
		// where find and word look for prose shapes: "is", "am", a
		// closing's first word, a name after a trigger's last byte, a
		// sentence's end, a handle (a word with a digit starts none other)
		if e := sc.learnProse(i, j, bits); e > j {
			return e // "Thanks,\nJana", "my name is Kwame" (prose.go)
		}
	}
	if bits == cAlpha {
		// (one test for the rows and headings below: they ask for letters alone)
		if j-i == 4 && (b[i] == 'U' || b[i] == 'F') && j+5 < len(b) && b[j] == ' ' && (i == 0 || lineBreak(b[i-1])) {
			// net user's rows teach the account and the name
			if e := sc.netUserRow(j+1, j+5); e > j {
				return e
			}
		}
		if j+1 < len(b) && b[j] <= ' ' && (b[j] == '\t' || j-i == 12 || j-i == 17) {
			// msinfo32's rows, wmic's serial columns teach what they hold
			if e := sc.tableWord(i, j); e > j {
				return e
			}
		}
		if j-i == 8 && b[i] == 'U' && j+2 < len(b) && b[j] == ' ' && b[j+1] == ' ' {
			sc.quserTable(i, j)
		}
		if j-i == 5 && b[i] == 'I' && j+4 < len(b) && b[j] == ' ' {
			// nmcli dev wifi list's SSIDs are learned (scrubbing: serialPhrase)
			sc.wifiListRow(i, j)
		}
		if i >= 2 && (promptEnd[b[i-2]] && b[i-1] == ' ' || b[i-1] == '>' && cmdPromptAt(b, i-1)) || j-i < 16 && headingLens[b[i]]>>(j-i)&1 != 0 {
			sc.headingWord(i, j)
		}
		if j+5 < len(b) && b[j] == ' ' && (i == 0 || lineBreak(b[i-1])) {
			if e := sc.whoRow(i, j); e > j {
				return e // who(1), last(1): "nurlan   pts/0 …"
			}
		}
		if i >= 5 && b[i-1] == '(' && b[i]-'A' < 26 && b[i-2] == ' ' {
			sc.asciiParenOwner(i) // "AirPods Pro (Thandiwe)" (parenowner.go)
		}
		if meetingVerb(b, i, j) {
			sc.meetingEvent(i, j) // "Kwesi Boateng joined the meeting" (meeting.go; scrubbing: serialPhrase, proseAfter)
		}
		if j-i == 2 && b[i]|0x20 == 'a' && b[i+1]|0x20 == 't' && i >= 2 && b[i-1] == ' ' && j+8 < len(b) && b[j] == ' ' {
			sc.obfuscatedEmail(i, true) // "kofi dot mensah at gmail dot com" (prose.go; scrubbing: pTwo)
		}
		if j-i < 16 && eventLens[b[i]]>>(j-i)&1 != 0 {
			sc.eventWord(i, j)
		}
	}
	if bits&^(cAlpha|cDigit) == 0 {
		return j
	}
	if c := b[i]; c == '&' && (j-i == 1 || j-i == 4 && j+1 < len(b) && b[j] == ';' && ampEntity(b[i:j])) ||
		c == '\\' && j-i == 6 && string(b[i:j]) == `\u0026` {
		e := j
		if j-i == 4 {
			e++ // the ';' of "&amp;"
		}
		sc.coupleAt(i, e) // "Wedding - Efua & Kojo", "…Efua \u0026 Kojo" (occasion.go)
	}
	if bits&cAlpha != 0 && j-i >= 5 && (ownLens[b[i]] != 0 || soleWedLens[b[i]] != 0) && i > 0 && b[i-1] == ' ' {
		sc.gluedEvent(i, j) // "Amaka 30th Birthday.crate" (occasion.go)
	}
	if bits == cAlpha|cHigh && j-i == 4 && fuerAt(b, i) && i > 0 && b[i-1] == ' ' && j < len(b) && b[j] == ' ' {
		sc.madeFor(i, j)   // "Mix für Anna" (occasion.go)
		sc.configFor(i, j) // "Lizenziert für Siddharth Iyer" (occasion.go)
	}
	if bits == cHigh && j-i == 2 && b[i] == 0xc3 && b[i+1] == 0xa0 && i > 0 && b[i-1] == ' ' {
		sc.licenseeAt(i, j) // "Licence accordée à Siddharth Iyer" (occasion.go)
	}
	if bits == cAlpha|cHigh && j-i == 6 && b[i+1] == 0xc3 && b[i+2] == 0xa9 && j+1 < len(b) && b[j] == ' ' {
		if e := sc.serialPhrase(i, j); e > j {
			return e // "numéro de série 1234-…" (keys.go)
		}
	}
	if bits == cHigh && j-i == 2 && b[i] == 0xd0 && b[i+1] == 0xb8 {
		sc.coupleAt(i, j) // "Projects/Анна и Иван.als" (occasion.go)
	}
	if bits == cAlpha|cHigh && vaAt(b, i, j) {
		sc.coupleAt(i, j) // "Đám cưới Lan và Minh" (occasion.go)
	}
	if bits&cHigh != 0 && bits&^(cAlpha|cHigh) == 0 && j-i >= 4 && j-i <= 31 && j+2 < len(b) && b[j] == ' ' && wideOccLens[b[i]]>>(j-i)&1 != 0 {
		sc.wideOwnOccasion(i, j) // "Doğum günü - Elif", "Sinh nhật bé Na" (occasion.go)
	}
	if bits == cAlpha|cDot && j-i <= 5 && b[j-1] == '.' {
		sc.titledName(i, j-1) // "Dr. Ama Owusu"
	}
	if bits&(cDash|cUnder) != 0 && bits&cDot != 0 && bits&cAlpha != 0 && j-i >= 10 {
		sc.gluedFile(i, j) // "zanele_birthday_mix.mp3" (occasion.go)
	}
	if bits&(cDash|cUnder) != 0 && bits&cAlpha != 0 && j-i >= 12 && (isLetter(b[i]) || bits&(cSlash|cBack) != 0) {
		sc.slugSegments(i, j, bits) // "kapoor-sharma-wedding.mp4", "priya-and-arjun-wedding" (occasion.go)
	}
	if bits&cHigh != 0 && j-i >= 6 {
		sc.cjkOccasion(i, j) // "婚礼 李娜 王伟", "李娜的生日" (occasion.go)
	}
	if bits&cDot != 0 && docExtLast[b[j-1]] && bits&cAlpha != 0 && j-i >= 6 && docDot(b, i, j) {
		sc.docFile(i, j) // "Zeynep_Kaya_CV.pdf", "Resume - Bisi Adebayo.pdf" (docfile.go)
	}
	if bits&(cDash|cUnder) != 0 && bits&(cSlash|cBack|cPct|cAt|cEq|cOther|cDot) == 0 && j-i >= 8 && j-i <= 64 && printerLead(b, i) {
		sc.printerQueue(i, j) // "HP_OfficeJet_Pro_Kofi" (printer.go)
	}
	if isDigit(b[i]) && bits&cAlpha != 0 && bits&cDot != 0 && i >= 4 && b[i-1] == ' ' {
		sc.ageAfter(i, alnumEnd(b, i, j)) // "Thabiso's 30th.crate", "Tatenda 21st.crate" (occasion.go)
	}
	if bits&(cBack|cColon|cSlash) != 0 && dashAfter(b, j) {
		sc.occasionDash(i, j) // iCalendar's "SUMMARY:Birthday - Amaka", JSON's `\nBirthday - Amaka`, "Music/Christening - Ama.mov" (occasion.go)
	} else if bits&cColon != 0 && j-i >= 11 && j < len(b) && b[j] == ' ' && namedEnds[b[j-1]] != 0 {
		sc.colonOccasion(i, j) // "SUMMARY:Geburtstag Anna" (occasion.go)
	}
	if j-i == 2 && bits == cDash {
		sc.mailSignature(i, j) // "-- \nJana Nováková" (prose.go)
	} else if j-i == 1 && bits == cDash && j+2 < len(b) && b[j] == ' ' && b[j+1]-'A' < 26 {
		sc.hyphenOwner(i) // "Bose QC45 - Kwame" (parenowner.go)
	}
	next := j
	if bits&cDash != 0 && b[i] == '-' && j-i >= 10 && bytes.HasPrefix(b[i:j], []byte("-----BEGIN")) {
		if e := sc.pem(i); e > 0 {
			return e
		}
	}
	if b[i] == '/' && bits&cColon != 0 && j-i >= 4 && (b[i+2] == ':' || j-i >= 7 && b[i+5] == ':') {
		if e := sc.netUse(i, j); e > 0 {
			return e
		}
	}
	if bits&cBack != 0 && sc.domainUserWord(i, j, bits) {
		if e := sc.bareDomainUser(i, j); e > 0 {
			return e
		}
	}
	row := bits&cColon != 0 && passwdRowWord(b, i, j) && sc.accountRow(i)
	if bits&cColon != 0 && b[i] == 'U' && i > 0 && b[i-1] == '[' {
		sc.steamID(i, j) // connection_log's "[U:1:N] 'kofi_gh' logged on"
	}
	if (b[i] == 's' || b[i] == 'e') && bits&cDash != 0 && j-i >= 7 && (i > 1 && b[i-1] == ' ' || i == 0 || b[i-1] < ' ' || b[i-1] >= 0x7f) {
		sc.knownHostsLine(i, j)
	}
	if i > 0 && b[i-1] == '[' && bits&cDot != 0 && getpropKey(b, i, j) {
		if e := sc.getprop(i, j); e > next {
			next = e
		}
	}
	if i > 0 && b[i-1] == '[' && j-i >= 20 && isDigit(b[i]) && bits&cSlash != 0 && bits&cColon != 0 {
		sc.clfUser(i) // an access log's authenticated user, as word reads it (wdCLFTime)
	}
	if (b[i] == 'T' || b[i] == 'N' || b[i] == 'U') && j-i >= 8 && bits&cUnder != 0 && bits&cSlash != 0 && i > 0 && b[i-1] == ' ' && isDigit(b[j-1]) {
		sc.squidRow(i, j) // Squid's access.log, as word reads it (wdSquidCode)
	}
	if bits&cEq != 0 && j < len(b) && b[j] == '(' && j-i <= 16 && idUID(b[i:j]) && !appPackageAt(b, j+1) {
		if e := sc.idAccount(j); e > next {
			next = e
		}
	}
	if encodedWord(b, i, j, bits) {
		// encoded separators: "&#x2F;Users&#x2F;kai", "\057home\057kai",
		// "=2FUsers=2Fkai"
		if e := sc.encodedHomeIn(i, j); e > next {
			next = e
		}
	}
	if b[i] == 'R' && bits == cAlpha|cUnder && j-i >= 6 && j-i <= 16 && b[i+3] == '_' && i >= 8 && b[i-1] == ' ' {
		if e := sc.regQueryRow(i, j); e > next {
			next = e
		}
	}
	if bits&(cSlash|cBack|cPct) != 0 {
		if e := sc.path(i, j); e > next {
			next = e
		}
		sc.pathLabel(i, j, bits) // labels are learned (labels.go)
	}
	if bits&(cColon|cEq) != 0 && !row {
		if b[i] == 'S' && j-i == 6 && b[i+1] == 'i' {
			sc.loginctlStatus(i, j) // loginctl user-status: "tobias (1000)\n    Since: …" (loginctl.go)
		} else if b[i] == 'N' && j-i > 5 && b[i+4] == '=' {
			sc.loginctlName(i, j) // loginctl show-user: "GID=1000\nName=tobias" (loginctl.go)
		} else if b[i] == 'L' && j-i == 6 && b[i+5] == ':' && (i == 0 || lineBreak(b[i-1])) {
			sc.fingerLogin(i + 5) // finger's "Login: kofi   Name: Kofi Mensah" (group.go)
		}
		if labelEqFirst[b[i]] && j-i >= 6 {
			sc.labelKey(i, j) // LABEL="KOFI-USB" (labels.go)
		}
		if e := sc.keyValues(i, j); e > next {
			next = e
		}
	}
	if b[i]-0xe3 <= 0xe9-0xe3 && j-i >= 9 {
		if e := sc.wideColonKey(i, j); e > next {
			next = e // "用户名：wang.wei" teaches the account
		}
	}
	if bits&cDot != 0 {
		sc.dottedWord(i, j, bits)
	}
	if bits&(cAt|cPct) != 0 {
		sc.emails(i, j) // names: the display name before, the local part
	}
	if bits&cDash != 0 && j-i >= 11 {
		for p := i; p+11 <= j; p++ {
			if (p == i || !isAlnum(b[p-1])) && (b[p]|0x20 == 'd' || b[p]|0x20 == 'l' || b[p]|0x20 == 'w') {
				if e := winHostEnd(b, p); e > 0 {
					sc.hostSpan(p, e)
					sc.slashAccount(p, e) // git's "DESKTOP-4JK2L9Q/ebube.nwachukwu"
					p = e - 1
				}
			}
		}
	}
	if bits&cDash != 0 && bits&cAlpha != 0 && j-i >= 5 {
		// a machine named after its owner ("LAUREN-PC", "kai-ThinkPad-T480s")
		// teaches the owner's name, as walk's dashedAt does while scrubbing:
		// a report that names the owner before the machine is scrubbed
		// whole after a learn pass
		for p := i; p+5 <= j; p++ {
			if (p == i || !isAlnum(b[p-1]) && b[p-1] != '-' && b[p-1] != '_') && isLetter(b[p]) {
				if e := ownerHostEnd(b, p); e > 0 {
					sc.hostAt(p, e)
					sc.learnHostOwner(p, e)
					p = e - 1
				}
			}
		}
	}
	if bits&cDot != 0 && j-i >= 6 {
		for p := i + 1; p+4 <= j; p++ {
			// (the dots alone: IndexByte skips the bytes between them)
			d := bytes.IndexByte(b[p:j-3], '.')
			if d < 0 {
				break
			}
			if p += d; homeSuffixAt(b, p) {
				if e := sc.dotLocalAt(p, i, j); e > p {
					p = e - 1
				}
			}
		}
	}
	return next
}

// alnumWord handles a word of letters and digits with at least one digit
// exactly as word would, cheaper. It returns where scanning resumes.
func (sc *scanner) alnumWord(i, j int) int {
	b := sc.b
	pv := byte(' ')
	if i > 0 {
		pv = b[i-1]
	}
	if syslogStart(b, i) {
		sc.syslog(i, j)
		if j-i <= 5 && j+2 < len(b) && b[j] == ' ' && isDigit(b[i]) && (b[j+1]-'A' < 26 || b[j+1] == 'r' || b[j+1] == 'v' || b[j+1] == 'c') {
			if e := sc.addressLine(i); e > j {
				return e // a signature's "14 Admiralty Way, Lekki, Lagos" (labels.go)
			}
		}
	} else if j-i == 16 && pv == ' ' && i >= 4 && b[i-4] == ' ' && sc.dumpAt == 0 {
		sc.dumpWord(i) // a tombstone's "    0000007fc3a1b2c0 2f656d6f…" (hexdump.go)
	}
	if pv == '>' && afterPseudonym(b, i) {
		return j // glued to a pseudonym: not a word start
	}
	if pv == '(' && j-i == 3 && j < len(b) && b[j] == ')' && isDigit(b[i]) {
		if e := sc.nanpPhone(i - 1); e > j {
			return e // "(415) 555-0134"
		}
	} else if pv == '(' && j-i == 8 && j < len(b) && b[j] == ')' && rmeDeviceBefore(b, i-1) {
		sc.serialAt(i, j) // RME's "Fireface UCX II (23789456)" (systools.go)
		return j
	} else if j+1 < len(b) && b[j] == ' ' && isDigit(b[j+1]) && pv == ' ' && i >= 3 && (b[i-2] == 't' || b[i-2] == 'n' || b[i-2] == 's') && isDigit(b[i]) {
		if e := sc.announcedAt(i); e > j {
			return e // "call me at 0171 1234567"
		}
	}
	c := b[i]
	if j-i == 3 && b[i+1] == '2' && pv == ' ' {
		sc.backToBack(i, j) // "Nomvula B2B Thabiso" (occasion.go)
	}
	if pv == ' ' && i >= 4 && j-i <= 5 && isDigit(c) && b[j-1] >= 'a' && (b[i-2] == 's' || ordinalEnd(b, j)) {
		// (hex words, "3f2a", end in no ordinal's letters)
		sc.ageAfter(i, j) // "Thabiso's 30th.crate", "Kagiso 30th" (occasion.go)
	}
	if j-i == 9 && c|0x20 == 's' && j+1 < len(b) && b[j] == ' ' {
		// "SteamID64 76561198012345678"
		if e := sc.serialPhrase(i, j); e > j {
			if sc.s.lits.first[c] {
				// the phrase's word is a learned name too (the host of
				// "\\SteAmID64 SteAmID64 0…"): replaced, as a plain
				// word's is, and as a second pass does, where the
				// value's pseudonym makes no phrase
				sc.literalAt(i)
			}
			return e
		}
	}
	if j-i >= 15 {
		if c == 'e' && b[i+1] == 'y' && b[i+2] == 'J' && !isTokChar(pv) {
			if e := sc.base64JSONAt(i); e > 0 {
				return e // a JSON object in base64 (b64json.go)
			}
		}
		if j-i == 15 && (c == 'e' || c == 'w') && b[i+2] == 'x' {
			if e := sc.ifnameMACAt(i, j); e > 0 {
				return e
			}
		} else if j-i == 17 && c == '7' && steamID64(b[i:j]) {
			sc.add(i, j, ClassUID, string(b[i:j]))
			return j
		} else if j-i >= 18 && j-i <= 24 && pv == ' ' && i >= 5 && b[i-2] == 'a' && string(b[i-5:i-1]) == "gaia" && allDigits(b[i:j]) {
			sc.learnedUID(i, j) // Chromium: "[kofi@gmail.com, gaia 1170…]" (gaia.go)
			return j
		} else if j-i == 40 && pv == ' ' && i >= 3 && b[i-2] == ')' && j+2 < len(b) && b[j] == ' ' && b[j+1] == '"' {
			if e := sc.codesignIdentity(j + 1); e > j {
				return e // security find-identity: `1) 4F1A… "Apple Development: Name (TEAMID)"` (systools.go)
			}
		} else if j-i == 32 && pv == ' ' && listBootsAt(b, i) && allHex(b[i:j]) {
			// journalctl --list-boots: " -1 <boot id> Mon 2024-..."
			sc.add(i, j, ClassMachineID, canonical(string(b[i:j])))
			return j
		} else if j-i >= 32 && c == '0' && b[i+2]|0x20 == 'f' && bytes.HasPrefix(b[i:j], []byte("00ffffffffffff00")) {
			sc.edidSerial(i, j) // a display's EDID (edid.go)
		}
	}
	e := -1
	if sc.s.lits.first[c] && sc.s.lits.mayStart(b, i) {
		var ent *litEntry
		if e, ent = sc.literalAt(i); e < 0 && ent == nil && isLetter(c) {
			// a handle gluing digits to a learned name, or to one and a
			// suffix: "kofi2", "kofibeats2" (accounttail.go)
			e = sc.gluedHandle(i, letterRunEnd(b, i, j))
		}
	}
	if e < 0 && j-i >= 12 && tokenFirst[c] && !isTokChar(pv) {
		e = sc.tokenAt(i)
	}
	if e > j {
		return e
	}
	return j
}

// isTimestamp matches DDDD-DD-DD, DD:DD[:DD], and DDDD-DD-DDTDD:DD[:DD]
// with optional fraction ([.,]D+) and zone (Z, +DD[:]DD, -DD[:]DD).
func isTimestamp(w []byte) bool {
	// d: two digits at k (tested without a loop: the words asked are
	// most numbers and times)
	d := func(k int) bool {
		return k >= 0 && k+2 <= len(w) && w[k]-'0' < 10 && w[k+1]-'0' < 10
	}
	k := 0
	if len(w) >= 10 && isoDate(binary.LittleEndian.Uint64(w)) && w[8]-'0' < 10 && w[9]-'0' < 10 {
		k = 10
		if k == len(w) {
			return true
		}
		if w[k] != 'T' {
			return false
		}
		k++
	}
	if t := w[k:]; len(t) < 5 || t[0]-'0' >= 10 || t[1]-'0' >= 10 || t[2] != ':' || t[3]-'0' >= 10 || t[4]-'0' >= 10 {
		return false
	}
	k += 5
	if k+3 <= len(w) && w[k] == ':' && d(k+1) {
		k += 3
	}
	if k+1 < len(w) && (w[k] == '.' || w[k] == ',') && isDigit(w[k+1]) {
		k++
		for k < len(w) && isDigit(w[k]) {
			k++
		}
	}
	switch {
	case k == len(w):
		return true
	case w[k] == 'Z':
		return k+1 == len(w)
	case w[k] == '+' || w[k] == '-':
		k++
		if !d(k) {
			return false
		}
		k += 2
		if k < len(w) && w[k] == ':' {
			k++
		}
		return d(k) && k+2 == len(w)
	}
	return false
}

// isoDate reports whether the eight bytes x (little-endian) are a date's
// "YYYY-MM-": digits, but '-' at 4 and 7. (A digit's high nibble is 3,
// and adding 6 to its low one carries into no other byte: 0x3F+6 < 0x100.)
func isoDate(x uint64) bool {
	return x&0xFFF0F0FFF0F0F0F0 == 0x2D30302D30303030 && (x+0x0006060006060606)&0x00F0F000F0F0F0F0 == 0x0030300030303030
}

// word runs the detectors a word's byte classes call for and returns where
// scanning resumes (past j when a detector consumed following words).
func (sc *scanner) word(i, j int, bits uint16) int {
	b := sc.b
	next := j
	more := func(e int) {
		if e > next {
			next = e
		}
	}
	row := false
	// the detectors the word's shape allows, in order (wordtab.go)
	for m := wordBitsAt(b, i, j, bits); m != 0; {
		k := lowBit(m)
		m &= m - 1
		switch k {
		case wdSentence:
			if sentenceEnd[b[j-1]] && j+2 < len(b) && b[j] == ' ' && closingFirst[b[j+1]] {
				// "… a track. Thanks, Jana": a closing after a sentence; the
				// words are scanned on as they come (prose.go)
				sc.closingAfterSentence(j + 1)
			}
		case wdFold, wdFoldHigh:
			m &^= wdFolds // (asked once)
			if sc.fold && bits&(cHigh|cSlash|cBack|cPct) != 0 && !(i > 0 && b[i-1] == '>' && afterPseudonym(b, i)) {
				// (a word glued to a pseudonym is the rest of one the first pass
				// saw whole: no name starts there, as for the literal matcher)
				if e := sc.foldedWord(i, j, bits); e > i {
					if e < j {
						// the name ends inside the word ("Søren@box",
						// "Öberg!S-1-5-21-…"): the rest is scanned as a word of
						// its own, as a second pass sees it after the pseudonym
						var rb uint16
						for _, x := range b[e:j] {
							rb |= ctab[x]
						}
						return max(j, sc.word(e, j, rb))
					}
					return e
				}
			}
		case wdPromptVar:
			if i >= 2 && b[i-1] == ' ' && promptEnd[b[i-2]] {
				sc.promptVar(i, j) // "PS C:\> $env:USERNAME" (userinfo.go)
			}
		case wdUIDOwner:
			if b[i+3] == '=' && i >= 3 && b[i-1] == '(' || j-i == 7 && b[i+4] == '_' {
				sc.uidOwner(i, j) // pam_unix's "by ravi.shankar(uid=1000)", "(user_id 187654321)" (userinfo.go)
			}
		case wdSyslog, wdSyslogInd:
			m &^= wdSyslogs // (asked once)
			if syslogStart(b, i) || isDigit(b[i]) && indented(b, i) {
				sc.syslog(i, j)
				if bits&cHigh != 0 && netUserLocalFirst[b[i]] && (i == 0 || b[i-1] != '<') {
					more(sc.netUserLocal(i)) // net user's "Vollständiger Name   Kofi Mensah", "用户名   wang.wei"
				}
			}
		case wdPEM:
			if bytes.HasPrefix(b[i:j], []byte("-----BEGIN")) {
				if e := sc.pem(i); e > 0 {
					return e
				}
			}
		case wdBitLocker:
			if bitLockerKey(b[i:j]) {
				// a BitLocker recovery password unlocks the disk
				sc.add(i, j, ClassPassword, string(b[i:j]))
				return j
			}
		case wdNetUse:
			if b[i+2] == ':' || j-i >= 7 && b[i+5] == ':' {
				if e := sc.netUse(i, j); e > 0 {
					return e // net use ... /user:DOMAIN\kai password
				}
			}
		case wdHomeShown:
			if i >= 8 && (b[i-1] == '\n' || b[i-1] == ' ' && b[i-2] == 's' && b[i-3] == 'i') {
				sc.homeShown(i, j) // "$HOME is /data/users/ama" (homes.go)
			}
		case wdDomainUser:
			if sc.domainUserWord(i, j, bits) {
				if e := sc.bareDomainUser(i, j); e > 0 {
					return e // whoami: KAI-STUDIO\kai
				}
			}
		case wdRow:
			// name:x:1000:1000:Full Name,,,:/home/name:/bin/sh
			row = bits&cColon != 0 && (passwdRowWord(b, i, j) && sc.accountRow(i) || sc.rowAt == i && i > 0)
		case wdGetprop:
			if i > 0 && getpropKey(b, i, j) {
				more(sc.getprop(i, j))
			}
		case wdIDAccount:
			if idUID(b[i:j]) && !appPackageAt(b, j+1) {
				more(sc.idAccount(j)) // id(1): "uid=1000(kai) gid=1000(kai)"
			}
		case wdRegQuery:
			if b[i] == 'R' && bits == cAlpha|cUnder && j-i >= 6 && j-i <= 16 && b[i+3] == '_' && i >= 8 && b[i-1] == ' ' {
				more(sc.regQueryRow(i, j)) // "    ProxyServer    REG_SZ    proxy.corp:8080"
			}
		case wdPhone:
			if b[i] == '+' && j-i >= 2 && b[i+1]-'1' < 9 && (i == 0 || phoneLead(b[i-1])) {
				more(sc.intlPhone(i)) // "+234 803 123 4567", "+27821234567"
			} else if b[i] == 't' && j-i >= 6 && b[i+3] == ':' && b[i+1] == 'e' && b[i+2] == 'l' {
				more(sc.telURI(i + 4)) // "tel:+233241234567" (chat.go)
			} else if b[i] == 'T' && j-i >= 8 && b[i+3] == ':' && b[i+1] == 'E' && b[i+2] == 'L' {
				more(sc.vcardTel(i)) // a vCard's "TEL:0825550142" (phone.go)
			}
		case wdAppleHost:
			if b[i]-'A' < 26 && j-i >= 8 && b[i+1]-'a' < 26 && bits&cDash != 0 && bits&(cSlash|cBack|cAt|cEq|cColon) == 0 {
				more(sc.appleHostName(i, j)) // "Tsitsis-MacBook-Pro"
			}
		case wdStreamKey:
			if b[i] == 'l' && bits&cUnder != 0 && j-i >= 30 && j-i <= 70 && bytes.HasPrefix(b[i:j], []byte("live_")) {
				// a Twitch stream key: live_<user id>_<30 letters and digits>
				if e := i + 5 + twitchKeyEnd(b[i+5:j]); e > i+5 {
					sc.tokenSpan(i, e)
					more(e)
				}
			}
		case wdRareOther, wdRareBack, wdRareEq, wdRareLong:
			m &^= wdRare // (asked once)
			if j-i >= 33 && bits&(cUnder|cDigit) == cUnder|cDigit {
				sc.cloudKitUser(i, j) // "user record ID _4c9f0b1e…", "recordName=_4c9f0b1e…"
			}
			if bits&cBack != 0 && dashAfter(b, j) {
				sc.occasionDash(i, j) // JSON's `\nBirthday - Amaka` (occasion.go)
			}
			if (bits&(cOther|cBack|cUnder) != 0 || b[i] == '=' || j-i >= 44) && (bits&cOther != 0 && j < len(b) && b[j] == ';' || b[i] == '\\' || b[i] == '=' || j-i == 9 && bits&cUnder != 0 ||
				bits&cBack != 0 && j-i >= 9 && b[i+1] == ':' || j-i >= 44 && bits&(cDot|cDigit|cAlpha) == cDot|cDigit|cAlpha) {
				more(sc.rareWord(i, j, bits))
			}
		case wdPath:
			if bits&(cSlash|cBack) != 0 && dashAfter(b, j) {
				sc.occasionDash(i, j) // "Music/Christening - Ama.mov" (occasion.go)
			}
			more(sc.path(i, j))
			sc.pathLabel(i, j, bits) // "/Volumes/KOFI USB/_Serato_", "path=/media/kofi/KOFI USB/x" (labels.go)
			if j < len(b) && b[j] == ' ' && (b[j-1] == 'i' || b[j-1] == 'l' || b[j-1] == 'e') && bits&cSlash != 0 {
				if t := j - 6; t > i && (string(b[t:j]) == "/nmcli" || string(b[t:j]) == "/iwctl") {
					sc.wifiTool(t+1, j) // "/usr/bin/nmcli dev wifi connect x password y"
				} else if t = j - 15; t > i && string(b[t:j]) == "/wpa_passphrase" {
					sc.wifiTool(t+1, j)
				}
			}
		case wdColonDash:
			if bits&cColon != 0 && dashAfter(b, j) {
				sc.occasionDash(i, j) // iCalendar's "SUMMARY:Birthday - Amaka" (occasion.go)
			} else if j-i >= 11 && namedEnds[b[j-1]] != 0 {
				sc.colonOccasion(i, j) // "SUMMARY:Geburtstag Anna" (occasion.go)
			}
		case wdCmdkey:
			if i >= 8 && b[i-1] == ' ' && j-i >= 15 && (b[i] == 'D' || b[i] == 'L') && b[i-2] == ':' && bits&cEq != 0 {
				sc.cmdkeyTarget(i, j) // cmdkey /list: "Target: Domain:target=fileserver01" (userinfo.go)
			}
		case wdAudioUID:
			if b[i] == 'A' && j-i > 20 && b[i+19] == ':' && bytes.HasPrefix(b[i:j], []byte("AppleUSBAudioEngine:")) {
				sc.coreAudioUID(i + 20) // "AppleUSBAudioEngine:Focusrite:Scarlett 2i2 USB:SERIAL:1,2"
			}
		case wdCursor:
			if j-i == 34 && b[i+1] == '=' && b[i] == 'b' && i > 0 && b[i-1] == ';' && cursorBootAt(b, i) {
				// journal cursors hold the boot id: s=...;i=...;b=<boot id>;m=...
				sc.add(i+2, j, ClassMachineID, canonical(string(b[i+2:j])))
				sc.cursorSeqnum(i) // and the journal's id, "s=" (journal.go)
				return j
			}
		case wdSteam:
			if bits&cColon != 0 && (b[i] == 'U' && i > 0 && b[i-1] == '[' || b[i] == 'S' && j-i >= 11) {
				if e := sc.steamID(i, j); e > 0 {
					return e
				}
			}
		case wdAdresse:
			if j-i == 8 && b[j-1] == ':' && b[i]|0x20 == 'a' && eqLower(b[i:j-1], "adresse") {
				if e := sc.postalAt(j); e > j {
					return e // "Adresse: Hauptstraße 5, 10115 Berlin" (prose.go)
				}
			}
		case wdColon, wdEq:
			m &^= wdKeys // (asked once)
			if b[i] == 'S' && j-i == 6 && b[i+1] == 'i' {
				sc.loginctlStatus(i, j) // loginctl user-status: "tobias (1000)\n    Since: …" (loginctl.go)
			} else if b[i] == 'N' && j-i > 5 && b[i+4] == '=' {
				sc.loginctlName(i, j) // loginctl show-user: "GID=1000\nName=tobias" (loginctl.go)
			} else if b[i] == 'L' && j-i == 6 && b[i+5] == ':' && (i == 0 || lineBreak(b[i-1])) {
				sc.fingerLogin(i + 5) // finger's "Login: kofi   Name: Kofi Mensah" (group.go)
			}
			if labelEqFirst[b[i]] && j-i >= 6 {
				more(sc.labelKey(i, j)) // LABEL="KOFI-USB", "VolumeName=ZOE_BACKUP" (labels.go)
			}
			if j-i >= 15 && b[i]|0x20 == 's' && (b[i+10] == ':' || b[i+7] == ':') {
				more(sc.serviceURN(i, j)) // "soundcloud:users:123456789", "spotify:user:kofimensah" (djapps.go)
			}
			if j-i >= 17 && bits&cEq != 0 && bits&cColon != 0 {
				more(sc.urnValues(i, j)) // "owner=soundcloud:users:123456789" (djapps.go)
			}
			if !row {
				more(sc.keyValues(i, j))
			}
		case wdDUID:
			if bits&(cColon|cEq) == 0 {
				more(sc.duidKey(i, j))
			}
		case wdWrote:
			if i > 2 && b[j-1] == ':' && string(b[i:j]) == "wrote:" {
				sc.wroteAttribution(i) // "…, Jonas Kuster wrote:" (net.go)
			}
		case wdKnownHosts:
			if i > 1 && b[i-1] == ' ' || i == 0 || b[i-1] < ' ' || b[i-1] >= 0x7f {
				sc.knownHostsLine(i, j) // "nas.mensah.home,192.168.1.20 ssh-ed25519 AAAA…"
			}
		case wdCmdOption:
			if b[i] == '-' && bits&cAlpha != 0 && j-i >= 2 && j-i <= 24 {
				more(sc.cmdOption(i, j))
			}
		case wdMailSig:
			if j-i == 2 && bits == cDash {
				sc.mailSignature(i, j) // "-- \nJana Nováková" (prose.go)
			} else if j-i == 3 && bits == cHigh {
				sc.quoteSignature(i, j) // `"app froze twice" — Ngozi A.` (prose.go)
			} else if j-i == 2 && b[i] == 0xd0 && b[i+1] == 0xb8 {
				sc.coupleAt(i, j) // "Projects/Анна и Иван.als" (occasion.go)
			}
		case wdCouple:
			if j-i == 4 && j+1 < len(b) && b[j] == ';' && ampEntity(b[i:j]) {
				sc.coupleAt(i, j+1) // "Wedding - Aiyana &amp; Tomasz", "Folake &#38; Adewale Wedding" (occasion.go)
			} else if j-i == 6 && string(b[i:j]) == `\u0026` {
				sc.coupleAt(i, j) // "…Efua \u0026 Kojo" (occasion.go)
			}
		case wdEvent:
			if c := b[i]; ownLens[c] != 0 || c == 'W' || soleWedSecond[c]>>(b[i+1]-'a')&1 != 0 {
				sc.gluedEvent(i, j) // (a rite's word: its first two bytes, "Sangeet.als", not "Settings.json")
			}
		case wdTitle:
			if b[j-1] == '.' {
				sc.titledName(i, j-1) // "Dr. Ama Owusu"
			}
		case wdCJKIntro:
			more(sc.wideColonKey(i, j)) // "用户名：wang.wei" (keys.go)
			sc.cjkIntro(i, j)           // "我叫张伟，软件崩溃了" (prose.go)
		case wdAge:
			if i >= 4 {
				sc.ageAfter(i, alnumEnd(b, i, j)) // "Thabiso's 30th.crate", "Tatenda 21st.crate" (occasion.go)
			}
		case wdGluedFile:
			sc.gluedFile(i, j) // "zanele_birthday_mix.mp3" (occasion.go)
		case wdFuer:
			if fuerAt(b, i) {
				sc.madeFor(i, j)   // "Mix für Anna" (occasion.go)
				sc.configFor(i, j) // "Lizenziert für Siddharth Iyer" (occasion.go)
			} else if j-i == 2 && b[i] == 0xc3 && b[i+1] == 0xa0 {
				sc.licenseeAt(i, j) // "Licence accordée à Siddharth Iyer" (occasion.go)
			} else if vaAt(b, i, j) {
				sc.coupleAt(i, j) // "Đám cưới Lan và Minh" (occasion.go)
			} else if j-i == 6 && b[i+1] == 0xc3 {
				more(sc.serialPhrase(i, j)) // "numéro de série 1234-…" (keys.go)
			}
		case wdWifiTool:
			if (string(b[i:j]) == "wpa_passphrase" || string(b[i:j]) == "wpa_cli") && (i == 0 || cmdStart(b[i-1]) || lineBreak(b[i-1])) {
				sc.wifiTool(i, j) // (the line's words are scanned on)
			}
		case wdWifi:
			if j+3 < len(b) && (b[j+1] == '"' || b[j+1] == '\'' || b[j+1] == 0xe2) {
				more(sc.quotedNetwork(i, j)) // "connected to Wi-Fi 'x'" (plainWord: "wifi 'x'")
			}
		case wdWideOcc:
			if wideOccLens[b[i]]>>(j-i)&1 != 0 {
				sc.wideOwnOccasion(i, j) // "Doğum günü - Elif", "Sinh nhật bé Na" (occasion.go)
			}
		case wdCLFTime:
			sc.clfUser(i) // `10.0.0.5 - kofi.mensah [10/Oct/2024:13:55:36 -0700] "GET …"` (accesslog.go)
		case wdConnman:
			sc.connmanService(i, j) // (wlan.go)
		case wdSquidCode:
			sc.squidRow(i, j) // "… 10.0.0.5 TCP_MISS/200 1234 GET http://x/ kmensah HIER_DIRECT/…" (accesslog.go)
		case wdSlug:
			if isLetter(b[i]) || bits&(cSlash|cBack) != 0 {
				// (a slug's segment opens with a name: not a date's or a
				// number's word)
				sc.slugSegments(i, j, bits) // "kapoor-sharma-wedding.mp4", "priya-and-arjun-wedding" (occasion.go)
			}
		case wdCJKOcc:
			sc.cjkOccasion(i, j) // "婚礼 李娜 王伟", "李娜的生日" (occasion.go)
		case wdPrinter:
			if printerLead(b, i) {
				sc.printerQueue(i, j) // "HP_OfficeJet_Pro_Kofi" (printer.go)
			}
		case wdClosing:
			if bits&(cOther|cDot|cHigh) != 0 && bits&^(cAlpha|cOther|cDot|cHigh) == 0 && closingStart(b, i) {
				// "Thanks!\nJana", "Viele Grüße\nJürgen" (prose.go)
				sc.closing(i, j)
			}
		case wdAnnounced:
			if i >= 3 && proseBefore[b[i-2]] {
				if e := sc.announcedAt(i); e > j {
					return e // "this is Éloïse Bénard", "Welcome back, Kwabena!"
				}
			}
			if i >= 3 && sentenceMark[b[i-2]] && bits&^(cAlpha|cHigh) == 0 && j+5 < len(b) && (speakerFirst[b[j+1]] || b[j+1]-'A' < 26) {
				if e := sc.speaker(i, j); e > j {
					return e // "Yes. Siobhán said so" (speaker.go)
				}
			}
		case wdFormField:
			if i >= 11 && b[i-2] == ';' {
				more(sc.formField(i, j)) // `Content-Disposition: form-data; name="guid"` (chat.go)
			}
		case wdAt:
			if bits&cAt != 0 && i >= 3 && b[i-1] == ' ' {
				if e := sc.serviceHandle(i, j); e > j {
					return e // "insta @kwabena.mixes"
				}
			} else if i > 0 && b[i-1] == '<' && j-i >= 10 {
				more(sc.slackMention(i, j)) // "<@U024BE7LH|kwesi>" (chat.go)
			}
		case wdDiscord:
			if b[j-5] == '#' && isDigit(b[j-1]) {
				more(sc.discordTag(i, j)) // "discord user abena.owusu#0420" (chat.go)
			} else if (b[i] == 's' || b[i] == 'v') && j-i >= 12 && bits&cDash != 0 {
				sc.sshRemote(i, j) // VS Code's "ssh-remote+kofi-homelab" (vscoderemote.go)
			}
		case wdHashSerial:
			if bits&cOther != 0 && j-i >= 3 {
				more(sc.hashSerial(i, j)) // "SN#12345678"
			} else if j-i == 3 && b[i+1] == '/' && b[i+2]|0x20 == 'n' {
				more(sc.serialPhrase(i, j)) // "s/n 98765432"
			}
		case wdDotted:
			sc.dottedWord(i, j, bits)
			if docExtLast[b[j-1]] && bits&cAlpha != 0 && j-i >= 6 && docDot(b, i, j) {
				sc.docFile(i, j) // "Zeynep_Kaya_CV.pdf", "Resume - Bisi Adebayo.pdf" (docfile.go)
			}
		case wdTwitch:
			if b[i+1] == 't' {
				more(sc.twitchServer(i, j)) // ":tmi.twitch.tv CLEARCHAT #djama :yaw_beats" (chat.go)
			}
		case wdAtPct:
			if b[i] == ':' && bits&cOther != 0 {
				more(sc.ircPrefix(i, j)) // ":kwesi_dj!kwesi_dj@kwesi_dj.tmi.twitch.tv PRIVMSG" (chat.go)
			}
			sc.emails(i, j)
		}
	}
	if bits&(cSlash|cBack) != 0 && j+4 < len(b) && b[j] == ' ' && (madeForFirst[b[j+1]] || dashEnd(b, j) > 0 || b[j+1] == 'O' && b[j+2] == 'f' && b[j+3] == ' ') {
		sc.pathEndOccasion(i, j) // "Projects/Birthday - Amaka.als" (occasion.go)
	}
	if j-i <= 2 && (sc.s.lits.walk[b[i]]|sc.s.lits.walk[b[j-1]])&(wLit|walkMask(bits, j-i)) == 0 {
		// (a word of a byte or two, ":" or "2:", neither of which starts
		// a detector its classes allow or a learned literal: walk would
		// find nothing, read nothing past it and keep nothing in
		// walkMemo, as the word is too short for a key)
	} else if k := walkKey(b, i, j); k == nil || sc.walkMemo == nil || !sc.walkMemo.has(sc.s.lits, k, bits) {
		more(sc.walk(i, j, bits))
	} else if c := sc.walkMemo.check; c != nil {
		more(sc.walkChecked(i, j, bits, c))
	}
	if j-i >= 12 && bits&(cDash|cDigit|cDot) == cDash|cDigit|cDot {
		sc.rdnsHosts(i, j)
		if b[j-1] == 'l' || bits&cColon != 0 && portAfterL(b, j) {
			sc.internalZoneHost(i, j) // "build-07.corp.internal:443" (hostzone.go)
		}
	}
	if j-i >= 15 && bits&cDigit != 0 {
		sc.macNames(i, j, bits)
		if j-i == 25 && b[i+8] == '-' && b[i] == '0' {
			sc.appleUDID(i, j) // an iPhone's "00008101-001A2B3C4D5E001E" (djapps.go)
		}
		if bits&cBack != 0 && (bits&(cUnder|cOther) != 0 || b[j-13] == '\\') || bits&(cUnder|cOther) == cUnder|cOther && b[i] == '_' && i > 0 && b[i-1] == '}' {
			sc.bthMACs(i, j) // (the second: after a {uuid}, "HID\{00001812-…}_DEV_VID&…_A42BB0112236")
		}
		if bits&cUnder != 0 && bits&cDash != 0 && j-i >= 20 {
			sc.udevIDs(i, j)
			sc.diagReportHost(i, j)
		}
		if bits&cDash != 0 && j-i >= 44 {
			sc.pulseMachineID(i, j) // PulseAudio's "<machine id>-default-sink" (journal.go)
		}
	} else if j-i == 14 && bits&^(cAlpha|cDigit|cDot) == 0 && b[i+4] == '.' && b[i+9] == '.' {
		sc.dottedMAC(i, j)
	}
	return next
}

// rareWord runs the detectors of rare words that word's one test lets
// through (kept out of word, whose code is hot): home folders with
// encoded separators ("&#x2F;Users&#x2F;kai", "\057home\057kai",
// "=2FUsers=2Fkai"), "client_id 8c1d…", systemd-coredump's file names.
// It returns how far its findings reach, or -1.
func (sc *scanner) rareWord(i, j int, bits uint16) int {
	b := sc.b
	next := -1
	if encodedWord(b, i, j, bits) {
		next = sc.encodedHomeIn(i, j)
	}
	if j-i == 9 && bits&cUnder != 0 && b[i]|0x20 == 'c' && j+33 < len(b) && b[j] == ' ' && isHex(b[j+1]) {
		next = max(next, sc.hexTokenAfter(i, j)) // "client_id 8c1d…"
	}
	if j-i >= 44 && bits&(cDot|cDigit|cAlpha) == cDot|cDigit|cAlpha && coreFileEnd(b[j-3:j]) {
		sc.coreFileBootID(i, j) // core.COMM.UID.BOOTID.PID.TIMESTAMP[.zst]
	}
	if j-i >= 50 && bits&cColon != 0 {
		sc.lkdcRealms(i, j) // "kai@LKDC:SHA1.8B0F…" (systools.go)
	}
	return next
}

// cloudKitUser finds, in the word [i, j), a CloudKit user record's name:
// '_' and 32 hex digits, letters and digits both, at the word's start
// or after '=' or ':' and ending there or before punctuation
// ("Fetched user record ID _4c9f0b1e…", CKRecordID's "recordName=_4c9f0b1e…",
// "for record _4c9f0b1e…."), as opaqueAccountID reads one under a key.
func (sc *scanner) cloudKitUser(i, j int) {
	b := sc.b
	for p := i; p+33 <= j; p++ {
		x := bytes.IndexByte(b[p:j-32], '_')
		if x < 0 {
			return
		}
		p += x
		if p > i && b[p-1] != '=' && b[p-1] != ':' || p+33 < j && (isAlnum(b[p+33]) || b[p+33] == '_') {
			continue
		}
		letters, digits := false, false
		for _, c := range b[p+1 : p+33] {
			if isDigit(c) {
				digits = true
			} else if isHex(c) {
				letters = true
			} else {
				letters, digits = false, false
				break
			}
		}
		if letters && digits {
			sc.add(p, p+33, ClassUID, string(b[p:p+33]))
			p += 32
		}
	}
}

// diagExts end the names macOS gave its diagnostic reports before
// macOS 12 (the .ips format); the last extension of each is one too.
var diagExts = []string{".crash", ".hang", ".spin", ".diag", ".cpu_resource.diag", ".wakeups_resource.diag",
	".diskwrites_resource.diag", ".panic", ".shutdownStall", ".ips"}

// domainUserWord reports whether the word [i, j), which holds a
// backslash, is where bareDomainUser looks for DOMAIN\account: no other
// path or key punctuation, and a place an account is written (a line's
// start, after "user", "for", "as", "by", AzureAD\, a learned machine, a
// table column or CSV field, an IIS log's row).
func (sc *scanner) domainUserWord(i, j int, bits uint16) bool {
	b := sc.b
	if bits&(cSlash|cAt|cEq|cPct) != 0 || !isLetter(b[i]) || j-i < 4 {
		return false
	}
	if bits&cColon != 0 {
		// icacls's "CORP\kofi.m:(OI)(CI)(F)": the word ends in the colon
		// before the rights (bareDomainUser is asked of the rest)
		return b[j-1] == ':' && icaclsRights(b, j) && bytes.IndexByte(b[i:j-1], ':') < 0
	}
	return i == 0 || lineBreak(b[i-1]) || b[i-1] == ' ' && accountWordBefore(b, i-1) ||
		j-i > 9 && b[i]|0x20 == 'a' && b[i+7] == '\\' || sc.s.lits.first[b[i]] || columnField(b, i, j) || aceRightsAfter(b, j) ||
		aceFullName(b, i, j) || w3cRequestRow(b, i, j)
}

// aceFullName: the word [i, j), a machine's name and a backslash and a
// capitalised word ("DESKTOP-7F3K2Q\Abena"), goes on with up to two more
// capitalised words and then icacls's rights or Get-Acl's access type: a
// local account named with the person's full name ("DESKTOP-7F3K2Q\Abena
// Owusu:(OI)(CI)(F)", "… Abena Owusu Allow  FullControl"). Under a domain
// without a digit or '-' a domain's group is more common
// ("CORP\Finance Staff:(M)", "CORP\Domain Users:(RX)"): only two words
// that read as a given name and a surname there (aceTwoNames).
func aceFullName(b []byte, i, j int) bool {
	if j+2 >= len(b) || b[j] != ' ' || !capitalised(b, j+1) {
		return false
	}
	k := bytes.IndexByte(b[i:j], '\\')
	if k < 0 {
		return false
	}
	if !bytes.ContainsAny(b[i:i+k], "-0123456789") {
		return aceTwoNames(b, i+k+1, j)
	}
	e := j
	for w := 0; w < 2 && e+1 < len(b) && b[e] == ' ' && capitalised(b, e+1); w++ {
		e = nameWordEnd(b, e+1)
		if e < len(b) && b[e] == ':' && icaclsRights(b, e+1) || aceRightsAfter(b, e) || memberRowGap(b, i, e) {
			return true
		}
	}
	return false
}

// aceTwoNames: the account [us, ue) after a domain of letters and one
// more word after it are the whole principal of an icacls or Get-Acl
// rule ("CORP\Thandeka Dlamini:(R)", "CORP\Thandeka Dlamini Allow
// FullControl"), both words a capital and small letters, neither a
// group's, a team's or an account kind's word (displayNameWords,
// aceGroupWords) nor ending as a group's plural ("Engineers", "Editors",
// "Accountants") or a function's ("Marketing", "Production",
// "Management").
func aceTwoNames(b []byte, us, ue int) bool {
	if ue+1 >= len(b) || b[ue] != ' ' || !titleWord(b, us, ue) {
		return false
	}
	e := ue + 2 // (past the surname's capital)
	for e < len(b) && e-ue <= 24 && b[e]-'a' < 26 {
		e++
	}
	if !titleWord(b, ue+1, e) || !(e < len(b) && b[e] == ':' && icaclsRights(b, e+1) || aceRightsAfter(b, e)) {
		return false
	}
	for _, w := range [2][]byte{b[us:ue], b[ue+1 : e]} {
		lw := asciiLower(string(w))
		if aceGroupWords[lw] {
			return false
		}
		for _, suf := range aceGroupEnds {
			if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
				return false
			}
		}
	}
	return displayNameWords(b, us, e)
}

// titleWord: [s, e) is a capital ASCII letter and 1 to 23 small ones.
func titleWord(b []byte, s, e int) bool {
	if e-s < 2 || e-s > 24 || b[s]-'A' >= 26 {
		return false
	}
	for _, c := range b[s+1 : e] {
		if c-'a' >= 26 {
			return false
		}
	}
	return true
}

// aceGroupWords name the groups and shares an access rule grants to under
// a domain, beyond displayNameWords' ("CORP\Finance Share",
// "CORP\Studio Engineers", "CONTOSO\All Staff").
var aceGroupWords = wordSet(`users user admins admin administrators domain authenticated everyone operators owners owner
	guests guest service services system network interactive creator local remote desktop backup all full public shared
	share shares private finance sales marketing legal hr it dept department managers engineers editors producers
	studio studios mixing mastering files file data archive archives readers writers members staff students
	teachers faculty employees contractors interns machines virtual server servers workstations computers printers
	batch dialup anonymous logon trusted installer control modify read write execute deny allow group groups
	team teams office offices audit auditors security support helpdesk accounts accounting payroll research
	design designers artists music video media temp test testing dev prod production night day shift core web
	cloud app apps vpn wifi sql exchange sharepoint exec executive executives board tier level site branch region
	global external internal clients customers vendors partners sync scan print`)

// aceGroupEnds end the words of groups' names: plurals of roles and the
// names of functions.
var aceGroupEnds = []string{"ers", "ors", "ists", "ants", "ents", "ians", "ees", "ing", "tion", "ment"}

// memberRowGap: the name ending at e is Get-LocalGroupMember's Name
// column, the row starting with the ObjectClass "User" before the
// DOMAIN\account word i is in, and a column's gap after e ("User
// DESKTOP-7F3K2Q\Abena Owusu    Local").
func memberRowGap(b []byte, i, e int) bool {
	if e+1 >= len(b) || b[e] != ' ' || b[e+1] != ' ' {
		return false
	}
	for s := i; i > 0 && s-i < 32 && b[i-1] > ' '; {
		i-- // (from the account to the start of its domain)
	}
	k := i
	for k > 0 && i-k < 24 && b[k-1] == ' ' {
		k--
	}
	return k >= 4 && k < i-1 && string(b[k-4:k]) == "User" && (k == 4 || lineBreak(b[k-5]))
}

// aceRightsAfter: what follows the account ending at j is the rest of an
// access rule as Get-Acl's AccessToString writes it ("CORP\kofi.m Allow
// FullControl", the type one blank after the account and two before the
// rights).
func aceRightsAfter(b []byte, j int) bool {
	return j+8 < len(b) && b[j] == ' ' && (string(b[j+1:j+8]) == "Allow  " || string(b[j+1:j+7]) == "Deny  ")
}

// ownerPrepLens: bit n of ownerPrepLens[c] is set when a word of
// ownerPreps starts with the byte c and is n bytes long (deviceOwner's
// gate in find).
var ownerPrepLens = func() (t [256]uint16) {
	for w := range ownerPreps {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// headingLens: bit n of headingLens[c] is set for the n-byte plain words
// starting with c that head what headingWord reads: "Name" (4),
// "Current" (7), "Other" (5), "FullName" (8), the keys of volume
// labels, "Volume" (6), "VolumeName" (10), "FileSystemLabel" (15), and
// loginctl's, ps's and top's "USER" (4), and ps -ef's "UID" (3).
var headingLens = func() (t [256]uint16) {
	t['N'] |= 1 << 4
	t['C'] |= 1 << 7
	t['O'] |= 1 << 5
	t['F'] |= 1<<8 | 1<<15
	t['V'] |= 1<<6 | 1<<10
	t['L'] |= 1<<4 | 1<<5 // adb's "List of devices attached", pinky's "Login name:"
	t['U'] |= 1<<4 | 1<<3 // loginctl's, ps's, top's "USER" column, ps -ef's "UID"
	return t
}()

// headingFirst: the first letters of the words headingWord reads (the
// commands of shellOutput, headingLens's words).
var headingFirst = func() (t [256]bool) {
	for _, c := range []byte("chwsueligNCOFVLU") {
		t[c] = true
	}
	return t
}()

// dottedWord runs, on the word [i, j) holding a dot, the detectors that
// both word and learnWord run there: URL hosts, SaaS tenants, ipconfig's
// continuation lines, .internal names, Chromium's Gaia accounts.
func (sc *scanner) dottedWord(i, j int, bits uint16) {
	b := sc.b
	if b[i] == 'i' && j-i >= 9 && b[i+1] == 't' && b[i+4]-'0' < 10 {
		// Apple's vCard groups a property, "item1.TEL;type=CELL:+1 (415)
		// 555-0199" (phone.go)
		if k := bytes.Index(b[i:min(j, i+16)], []byte(".TEL")); k > 0 && (i+k+4 == j || b[i+k+4] == ':') {
			sc.vcardTel(i + k + 1)
		}
	}
	if bits&cColon != 0 && bits&cSlash != 0 {
		sc.urlHosts(i, j)
		if bits&cBack != 0 {
			sc.escapedTenants(i, j) // "https:\/\/acme.slack.com\/" (tenants.go)
		}
		if bits&cAt != 0 && j-i >= 30 {
			sc.devopsSSH(i, j) // "git@ssh.dev.azure.com:v3/contoso-music/…" (tenants.go)
		}
	}
	if i > ipconfigIndent && b[i-ipconfigIndent-1] == '\n' {
		sc.ipconfigMore(i, j) // ipconfig /all's "DNS Suffix Search List" on more lines (ipconfig.go)
	}
	if j-i >= 10 {
		switch c := b[j-1]; {
		case c == 'm' || c == 't':
			if b[j-4] == '.' {
				sc.tenantWord(i, j) // "acme-studios.slack.com" (tenants.go)
			}
		case c == 'l' && b[j-9] == '.' || bits&cColon != 0 && (c == ':' && b[j-2] == 'l' && (j == len(b) || b[j] <= ' ') || c-'0' < 10 && portAfterL(b, j)):
			if j-i >= 11 && (j-i < 12 || bits&(cDash|cDigit) != cDash|cDigit) {
				// (a longer word with a dash and a digit is asked below)
				sc.internalZoneHost(i, j) // "build.corp.internal", "lookup kofi.internal: no such host" (hostzone.go)
			}
		}
		if bits&cSlash != 0 && b[i]-'a' < 26 {
			sc.tenantPath(i, j) // "acme.okta.com/app/UserHome" (tenants.go)
		}
	}
	if b[i] == 'g' && j-i >= 8 && b[i+4] == '.' {
		sc.gaiaAccount(i, j) // Chromium's ListAccounts: `["gaia.l.a",1,"Kofi Mensah",…` (gaia.go)
	}
	if j+8 < len(b) && b[j] == ' ' && b[j+1]|0x20 == 'a' && b[j+2]|0x20 == 't' && b[j+3] == ' ' && bits&^(cAlpha|cDigit|cDot|cDash|cUnder) == 0 {
		// an address spelled out against spam: "kofi.mensah at gmail
		// dot com", "kofi.mensah at gmail.com" (prose.go)
		sc.obfuscatedEmail(j+1, false)
	}
}

// headingWord is for a plain word after a shell prompt or one of
// headingLens: a command whose output names the machine or the user
// (shellOutput), PowerShell's Name/Value table (nameValueTable),
// system_profiler's lists of Wi-Fi networks (airportNetworks). Each
// adds its findings and lets scanning go on.
func (sc *scanner) headingWord(i, j int) {
	b := sc.b
	n := len(b)
	if i >= 2 && promptEnd[b[i-2]] && b[i-1] == ' ' && !(b[i-2] == '>' && afterPseudonym(b, i-1)) || i >= 4 && b[i-1] == '>' && cmdPromptAt(b, i-1) {
		// (a pseudonym's '>' is no prompt: "<host-1> whoami" was
		// "AA-PC whoami", no command line)
		sc.shellOutput(i, j)
	}
	if b[i] == 'V' || b[i] == 'F' && j-i == 15 {
		sc.labelKey(i, j) // "VolumeName : ZOE_BACKUP", " Volume in drive D is ZOE_BACKUP" (labels.go)
	}
	switch b[i] {
	case 'N':
		if j-i == 4 && j+4 < n && b[j] == ' ' && b[j+1] == '[' {
			sc.chfnName(i, j) // chfn's "Full Name [Kofi Mensah]: " (group.go)
		}
		if (i == 0 || lineBreak(b[i-1])) && j+12 < n && b[j] == ' ' && b[j+1] == ' ' {
			sc.nameValueTable(i, j)
			sc.localUserTable(i, j) // Get-LocalUser's "Name  Enabled Description" (systools.go)
			if string(b[i:j]) == "NAME" && !sc.nmcliConnections(j) {
				sc.lsblkHeader(j)
			}
		} else if j-i == 4 && i >= 7 && b[i-1] == ' ' {
			sc.loginNameTable(i, j) // pinky's, finger's "Login    Name    TTY" (group.go)
		}
	case 'F':
		if i == 0 || lineBreak(b[i-1]) {
			sc.serialColumn(i, j) // wmic useraccount's "FullName  Name  SID"
		}
	case 'C', 'O':
		if i > 0 && b[i-1] == ' ' && j+20 < n && b[j] == ' ' {
			sc.airportNetworks(i, j)
		}
	case 'L':
		if (i == 0 || lineBreak(b[i-1])) && j+20 < n && b[j] == ' ' {
			sc.adbDevices(i) // systools.go
		}
		if j-i == 5 && j+12 < n && b[j] == ' ' && (i == 0 || lineBreak(b[i-1])) {
			sc.fingerLogin(j) // pinky -l's "Login name: kofi   In real life:  Kofi Mensah" (group.go)
		}
	case 'U':
		sc.loginctlTable(i, j) // "SESSION  UID USER   SEAT  TTY" (loginctl.go)
		sc.psUserTable(i, j)   // "USER  PID %CPU …", "PID USER  PR …" (systools.go)
	}
}

// lsblkHeader finds the SERIAL, UUID and PARTUUID columns of lsblk's
// header ("NAME MAJ:MIN … SERIAL UUID"), the rest of whose line starts
// at p, for serialColumn, and the LABEL and PARTLABEL columns for
// labelColumn.
func (sc *scanner) lsblkHeader(p int) {
	b := sc.b
	for k := p; k < len(b) && k-p < 256 && !lineBreak(b[k]); k++ {
		if b[k-1] != ' ' || b[k] != 'S' && b[k] != 'U' && b[k] != 'P' && b[k] != 'L' {
			continue
		}
		e := k
		for e < len(b) && b[e] >= 'A' && b[e] <= 'Z' {
			e++
		}
		if w := string(b[k:e]); (w == "SERIAL" || w == "UUID" || w == "PARTUUID") && (e == len(b) || b[e] == ' ' || lineBreak(b[e])) {
			sc.serialColumn(k, e)
		} else if (w == "LABEL" || w == "PARTLABEL") && (e == len(b) || b[e] == ' ' || lineBreak(b[e])) {
			sc.labelColumn(k, e) // lsblk -f (labels.go)
		}
		k = e
	}
}

// promptEnd: the last byte of a shell prompt before its blank ("$ ",
// "# ", "% ", "PS C:\> ").
var promptEnd = [256]bool{'$': true, '#': true, '%': true, '>': true}

// passwdRowWord: the word [i, j), which holds a colon, starts a line as
// an /etc/passwd row does (a login name starts with a lower-case letter
// or '_'; the row's first fields are 12 bytes at least).
func passwdRowWord(b []byte, i, j int) bool {
	return j-i >= 12 && (b[i]-'a' < 26 || b[i] == '_') && (i == 0 || lineBreak(b[i-1]))
}

// diagReportHost handles the name of a macOS diagnostic report before
// macOS 12, PROCESS_YYYY-MM-DD-HHMMSS_HOST.crash ("Traktor Pro
// 3_2022-03-04-120000_Sorens-MacBook-Pro.crash"): HOST is the machine's
// local host name. The word [i, j) holds '_' and '-'.
func (sc *scanner) diagReportHost(i, j int) {
	b := sc.b
	// the extension first: most words with '_' and '-' are no report's
	e := j
	for e > i && !isAlnum(b[e-1]) {
		e--
	}
	dot := bytes.LastIndexByte(b[i:e], '.')
	if dot < 0 {
		return
	}
	if !slices.Contains(diagExts, string(b[i+dot:e])) {
		return
	}
	for u := i; u+20 < j; u++ {
		k := bytes.IndexByte(b[u:j], '_')
		if k < 0 || u+k+20 >= j {
			return
		}
		u += k
		d := b[u+1 : u+19]
		if !isDigit(d[0]) || !isDigit(d[3]) || d[4] != '-' || d[7] != '-' || d[10] != '-' || !isDigit(d[16]) || d[17] != '_' ||
			!allDigits(d[11:17]) || !allDigits(d[:4]) || !allDigits(d[5:7]) || !allDigits(d[8:10]) {
			continue
		}
		hs := u + 19
		he := hs
		for he < j && b[he] != '.' && b[he] != '_' && b[he] != '/' && b[he] != '\\' {
			he++
		}
		if he == hs || he >= j || b[he] != '.' || pseudonymAt(b, hs) {
			return
		}
		for _, x := range diagExts {
			if bytes.HasPrefix(b[he:j], []byte(x)) && (he+len(x) == j || !isAlnum(b[he+len(x)])) {
				sc.hostSegment(hs, he)
				return
			}
		}
		return
	}
}

// appleModels are the model words of the local host names macOS and iOS
// give a device after its owner ("Tsitsis-MacBook-Pro"), longest first.
var appleModels = []string{"MacBook-Pro", "MacBook-Air", "MacBook", "Mac-Studio", "Mac-mini", "Mac-Pro",
	"iMac-Pro", "iMac", "iPhone", "iPad-Pro", "iPad-Air", "iPad-mini", "iPad"}

// appleHostName handles the bare local host name of an Apple device,
// OWNERs-MODEL[-N] ("Tsitsis-MacBook-Pro", "Kwame-Mensahs-iMac-2"), in
// the word [i, j), which starts with a capital and holds a dash: Bonjour
// and sharing settings write it without ".local".
func (sc *scanner) appleHostName(i, j int) int {
	b := sc.b
	for u := i + 3; u+5 < j; u++ {
		k := bytes.Index(b[u:j], []byte("s-"))
		if k < 0 {
			break
		}
		u += k
		for _, m := range appleModels {
			e := u + 2 + len(m)
			if e > j || string(b[u+2:e]) != m {
				continue
			}
			if e+1 < j && b[e] == '-' && isDigit(b[e+1]) {
				for e++; e < j && isDigit(b[e]); e++ {
				}
			}
			if e < j && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') || pseudonymAt(b, i) {
				return -1
			}
			for k := i; k < u; k++ {
				if !isAlnum(b[k]) && b[k] != '-' {
					return -1
				}
			}
			sc.hostSpan(i, e)
			return e
		}
	}
	if e := sc.nameDashModel(i, j); e > 0 {
		return e // "Kwesi-iPad", "Yaa-iPhone" (parenowner.go)
	}
	return sc.modelDashName(i, j) // "Galaxy-S23-Thabo" (parenowner.go)
}

// macNames finds MAC addresses inside names in the word [i, j): BlueZ's
// dev_F8_4E_17_AB_CD_EF, systemd's enx00e04c681234. It looks only where
// a '_' or an 'x' is, which few long words hold, rather than at every
// boundary in walk (the hot loop).
func (sc *scanner) macNames(i, j int, bits uint16) {
	b := sc.b
	if bits&cUnder != 0 && j-i >= 17 {
		for u := i + 2; u < j; {
			k := bytes.IndexByte(b[u:j], '_')
			if k < 0 {
				break
			}
			p := u + k - 2
			if p+17 <= j && macNameStart(b, i, p) {
				if e := sc.underscoreMACAt(p, j); e > 0 {
					u = e
					continue
				}
			}
			u += k + 1
		}
	}
	for u := i + 2; u < j; {
		k := bytes.IndexByte(b[u:j], 'x')
		if k < 0 {
			break
		}
		p := u + k - 2
		if p+15 <= j && macNameStart(b, i, p) {
			if e := sc.ifnameMACAt(p, j); e > 0 {
				u = e
				continue
			}
		}
		u += k + 1
	}
}

// macNameStart: a name can start at p inside the word starting at i (p
// starts the word or follows a byte that is no letter or digit, and is
// not glued to a pseudonym or its padding).
func macNameStart(b []byte, i, p int) bool {
	if p == i {
		return i == 0 || !(b[i-1] == '>' && afterPseudonym(b, i))
	}
	pv := b[p-1]
	return !isAlnum(pv) && !(pv == '*' && gluedFrom(b, p)) && !(pv == '>' && afterPseudonym(b, p))
}

// wordBits returns the byte classes of the word w, as find gathers them.
func wordBits(w []byte) uint16 {
	var bits uint16
	for _, c := range w {
		bits |= ctab[c]
	}
	return bits
}

// The detectors of walk, as bits: wTok tokenAt, wIP ipv4At, wDash
// dashedAt, wColon colonHexAt, wLocal dotLocalAt.
const (
	wTok uint8 = 1 << iota
	wIP
	wDash
	wColon
	wLocal
	wLit // a learned literal (literals.walk)
	wAny // any of them: walk looks at the byte
)

// walkBase says which of walk's detectors can start at a byte
// (alphanumerics, a token's first byte, ':' of IPv6 "::1", '.' of
// ".local" names), with wAny where one can: literals.walk before a
// literal is learned.
var walkBase = func() (t [256]uint8) {
	for c := range t {
		x := byte(c)
		if tokenFirst[c] {
			t[c] |= wTok
		}
		if isDigit(x) {
			t[c] |= wIP
		}
		if isAlnum(x) {
			t[c] |= wDash
		}
		if isHex(x) || x == ':' {
			t[c] |= wColon
		}
		if x == '.' {
			t[c] |= wLocal
		}
		if t[c] != 0 {
			t[c] |= wAny
		}
	}
	return t
}()

// walkMask returns the detectors of walk that a word of n bytes with
// the classes bits allows.
func walkMask(bits uint16, n int) uint8 {
	var wm uint8
	if n >= 12 {
		wm = wTok
	}
	if bits&cDigit != 0 && bits&cDot != 0 {
		wm |= wIP
	}
	if bits&cDash != 0 && bits&(cDigit|cAlpha) != 0 {
		wm |= wDash
	}
	if bits&cColon != 0 && n >= 3 {
		wm |= wColon
	}
	if bits&cDot != 0 && n >= 6 {
		wm |= wLocal
	}
	return wm
}

// walkStart: the bytes before a word start inside a word: not a letter
// or digit, nor a wildcard's '*', nor '>' (which walk asks
// afterPseudonym about)
var walkStart = func() (t [256]bool) {
	for c := range t {
		t[c] = !isAlnum(byte(c)) && c != '*' && c != '>'
	}
	return t
}()

// walk runs the positional detectors (learned names, token shapes, IPs,
// UUIDs, license keys, MACs, mDNS names) in one pass over the word's
// boundaries. It returns how far matches reached.
func (sc *scanner) walk(i, j int, bits uint16) int {
	b := sc.b
	_ = b[j-1] // (j <= len(b): the loops below need no bounds tests)
	wt := &sc.s.lits.walk
	next := j
	// the detectors the word's classes and length allow (a byte's
	// entry in wt says which can start at it)
	wm := walkMask(bits, j-i)
	// colonHexAt needs two colons in its run: colons counts those ahead
	// of its first call in the word (colonsFrom)
	colons := -1
	esc := bits&(cBack|cPct) != 0
	pv := byte(' ')
	if i > 0 {
		pv = b[i-1]
	}
	// deep: walk called a detector or read outside b[i-1:j+1] (walkMemo).
	// The first tests made here of IP addresses and home suffixes read
	// digits, letters and dots: they stop at b[j] unless it is one.
	deep := j >= len(b) || isAlnum(b[j]) || b[j] == '.' || sc.learnOnly
	spans := len(sc.spans)
	// pv is always b[p-1] (or a blank before the buffer): each step
	// that moves p sets it
	for p := i; uint(p) < uint(j); {
		c := b[p]
		t := wt[c]
		if t == 0 {
			pv, p = c, p+1
			continue // punctuation no detector starts at ("/", "\\", "(")
		}
		m := t & wm
		lit := t&wLit != 0
		e := -1
		if m != 0 || lit {
			deep = deep || pv == '>'
			if walkStart[pv] || pv == '>' && !afterPseudonym(b, p) {
				// (glued to a pseudonym or its padding is no word start)
				if lit && sc.s.lits.mayStart(b, p) {
					if p < sc.maxEnd && sc.covered(p) {
						// (a name starting inside a finding would lose to it, and
						// scanning would resume past the words it took)
						deep = true
					} else {
						// (literalAt reads a pseudonym after '<', and
						// b[p:p+reach] and the byte after it)
						var ent *litEntry
						e, ent = sc.literalAt(p)
						if e < 0 && ent == nil && isLetter(b[p]) {
							// a handle gluing a suffix to a learned name in a
							// path or URL: "Music/ThaboBeats/", "twitch.tv/kofidj"
							e = sc.gluedHandle(p, letterRunEnd(b, p, j))
						}
						// (a literal reaching past the word that does not go on as
						// the word and the byte after it do: match read no further)
						deep = deep || pv == '<' || ent != nil || p+sc.s.lits.reach(b, p) > j && sc.s.lits.readsPast(b, p, j+1)
					}
				}
				if e < 0 && m&wTok != 0 && !isTokChar(pv) && p+12 <= j && tokenPairs.has(b[p], b[p+1]) {
					deep = true
					e = sc.tokenAt(p) // (its first test made here, inlined)
				}
				if e < 0 && m&wIP != 0 && pv != '.' && ipv4Lead(b, p) {
					// (its first test made here; it fails reading only
					// digits and dots, and the byte after them: it reads
					// on past a quad it found)
					e = sc.ipv4At(p)
					deep = deep || e >= 0
				}
				if e < 0 && m&wDash != 0 && pv != '-' && pv != '_' {
					deep = true
					e = sc.dashedAt(p)
				}
				if e < 0 && m&wColon != 0 && pv != '_' && pv != ':' && pv != '.' && pv != '$' && pv != '~' && colonsFrom(b, p, j, &colons) >= 2 {
					found := len(sc.spans)
					e = sc.colonHexAt(p, j)
					// A colon run that was rejected (not an address) hides
					// nothing inside it: not a learned name ("2F00A:00A:0"),
					// nor an IPv4 address that a second pass would see once a
					// name at the run's start is replaced ("A0:10.0.0.1:0").
					if e > p && len(sc.spans) == found {
						// (colonHexAt read b[p:e] and the byte after, and on
						// past it only when that is '(', '<' or '.')
						deep = deep || e >= len(b) || b[e] == '(' || b[e] == '<' || b[e] == '.'
						e = -1
					}
					deep = deep || len(sc.spans) != found
				}
			} else if lit && sc.s.lits.mayStart(b, p) {
				// (literalAt's first test: no literal starts here else)
				deep = true
				if afterEscape(b, p) || pv == '*' && !gluedFrom(b, p) {
					// a learned name after an escape, or after a wildcard's '*'
					// ("*kofi*"), not after the '*' padding a pseudonym
					e, _ = sc.literalAt(p)
				}
			}
			if e < 0 && m&wLocal != 0 && homeSuffixAt(b, p) && p != i && homeSuffixEnd(b, p, j) >= 0 {
				// (dotLocalAt's first tests made here: they read the
				// suffix's letters and the byte after it)
				deep = true
				e = sc.dotLocalAt(p, i, j)
			}
		}
		if e > p {
			if e > next {
				next = e
			}
			pv, p = b[e-1], e
			continue
		}
		if isAlnum(c) {
			// No boundary inside an alphanumeric run; only an escape
			// right before it ("\\nzoe", "%2Ezoe", "\\u002Fzoe") can
			// start a name one, two or five bytes in.
			q := p + 1
			for q < j && isAlnum(b[q]) {
				q++
			}
			if esc && (pv == '\\' || pv == '%' || isAlnum(pv)) {
				// (only after '\\' or '%', or a letter or digit a finding
				// ended at, can an escape end inside the run)
				// one byte in ("\\nzoe", "%2Ezoe": the escape's last
				// character), two, or five ("\\u002Fzoe")
				for _, x := range [3]int{p + 1, p + 2, p + 5} {
					if x >= q || x == p+5 && c != 'u' {
						break
					}
					if wt[b[x]]&wLit != 0 && sc.s.lits.mayStart(b, x) {
						// (literalAt's first test, as above)
						deep = true
						if !afterEscape(b, x) {
							continue
						}
						if e, _ = sc.literalAt(x); e > x {
							break
						}
					}
				}
				if e > p {
					if e > next {
						next = e
					}
					pv, p = b[e-1], e
					continue
				}
			}
			pv, p = b[q-1], q
			continue
		}
		pv, p = c, p+1
	}
	if !deep && next == j && len(sc.spans) == spans && sc.walkMemo != nil {
		if k := walkKey(b, i, j); k != nil {
			sc.walkMemo.put(sc.s.lits, k, bits)
		}
	}
	return next
}

// colonsFrom returns how many colons b[p:j] holds at a word's first
// call (*n < 0); later calls, further in, get that count again, which is
// no less than theirs.
func colonsFrom(b []byte, p, j int, n *int) int {
	if *n < 0 {
		*n = bytes.Count(b[p:j], []byte{':'})
	}
	return *n
}

// trimPunct narrows the word [i, j) to what lies between the punctuation,
// symbols and blanks outside ASCII at its ends.
func trimPunct(b []byte, i, j int) (int, int) {
	if j-i == 3 && i >= 2 && b[i-2] == '"' && b[i-1] == ' ' && b[i] == 0xe2 && b[i+1] == 0x80 && b[i+2]-0x93 < 2 {
		return i, j // an en or em dash after a quote: word's (quoteSignature)
	}
	for i < j && b[i] >= 0xc2 {
		r, n := utf8.DecodeRune(b[i:j])
		if !sepRune(r) {
			break
		}
		i += n
	}
	for j > i && b[j-1] >= 0x80 {
		r, n := utf8.DecodeLastRune(b[i:j])
		if !sepRune(r) {
			break
		}
		j -= n
	}
	return i, j
}

// sepRune: a character outside ASCII that separates words.
func sepRune(r rune) bool {
	return r >= 0x80 && r != utf8.RuneError && (unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r))
}

// cutRune reports whether b[p:e] ends inside a UTF-8 character that the
// bytes after e complete: a lead byte in its last three bytes whose valid
// character runs past e.
func cutRune(b []byte, p, e int) bool {
	for k := e - 1; k >= p && k >= e-3; k-- {
		if b[k] >= 0xc0 {
			r, n := utf8.DecodeRune(b[k:])
			return n > e-k && !(r == utf8.RuneError && n == 1)
		}
		if b[k] < 0x80 {
			return false
		}
	}
	return false
}

// literalIn reports whether a learned literal matches at a boundary of
// the word [i, j) (its start, or after a byte that is no letter or digit).
// The shortcuts for numbers and timestamps ask it when a literal starts
// with a digit (a machine id, a MAC address): most such words hold none.
func (sc *scanner) literalIn(i, j int) bool {
	b := sc.b
	l := sc.s.lits
	for p := i; p < j; p++ {
		if (p == i || !isAlnum(b[p-1])) && l.first[b[p]] {
			if e, _ := l.match(b, p); e > 0 {
				return true
			}
		}
	}
	return false
}

// envNameWord reports whether b[p:e] is a word of an environment
// variable's name: capitals and digits joined by '_' to more of them,
// the name set (NAME=, at a line's or string's start, after a blank or
// a quote) or read ($NAME, ${NAME}, %NAME%). Such a name is the program's, not a
// person's or a machine's, though a word of it spells an account.
func envNameWord(b []byte, p, e int) bool {
	envChar := func(c byte) bool { return c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' }
	if !(p > 0 && b[p-1] == '_' || e < len(b) && b[e] == '_') {
		return false // no '_' next to the word
	}
	for k := p; k < e; k++ {
		if !envChar(b[k]) {
			return false
		}
	}
	s, t := p, e
	for s > 0 && envChar(b[s-1]) {
		s--
	}
	for t < len(b) && envChar(b[t]) {
		t++
	}
	if b[s] == '_' || isDigit(b[s]) {
		return false
	}
	switch {
	case s > 0 && b[s-1] == '$', s > 1 && b[s-1] == '{' && b[s-2] == '$':
		return true
	case s > 0 && b[s-1] == '%':
		return t < len(b) && b[t] == '%'
	}
	if t >= len(b) || b[t] != '=' {
		return false
	}
	if s == 0 {
		return true
	}
	c := b[s-1]
	return lineBreak(c) || c == ' ' || c == '\t' || c == '"' || c == '\''
}

// afterEscape reports whether b[p] follows a %XX or backslash escape
// ("%2Ezoe", "\\nzoe"): a name can start there though a letter comes
// right before it.
func afterEscape(b []byte, p int) bool {
	return p >= 3 && b[p-3] == '%' && isHex(b[p-2]) && isHex(b[p-1]) || p >= 2 && b[p-2] == '\\' ||
		p >= 6 && b[p-6] == '\\' && b[p-5] == 'u' && isHex(b[p-4]) && isHex(b[p-3]) && isHex(b[p-2]) && isHex(b[p-1])
}

// literalAt replaces the learned name at p, if one is there, and returns
// its end (-1: none). ent is the literal that matched there, also when
// it was refused (walk: the refusals read on past the word).
func (sc *scanner) literalAt(p int) (int, *litEntry) {
	b := sc.b
	if p+1 < len(b) && !sc.s.lits.pair.has(lower(b[p]), lower(b[p+1])) {
		return -1, nil // no literal starts with these two bytes
	}
	if p > 0 && isAlnum(b[p-1]) && !afterEscape(b, p) {
		return -1, nil
	}
	if p > 0 && b[p-1] == '<' && pseudonymAt(b, p-1) {
		return -1, nil // inside a pseudonym ("host" of <host-1>)
	}
	e, ent := sc.s.lits.match(b, p)
	if ent == nil || b[p]&0xc0 == 0x80 && cutRune(b, max(p-3, 0), p) {
		// no match, or a name learned from invalid UTF-8 matching the
		// last bytes of a character (match refuses the first ones:
		// "00\xef" of "00\xef\xbf\xbd")
		return -1, ent
	}
	if e < len(b) && b[e] == '<' && pseudonymAt(b, e) {
		// glued to a pseudonym: the first pass saw the literal glued to
		// the word replaced there ("\\x2f" of "\\x2fX2F", X2F learned)
		return -1, ent
	}
	if e < len(b) && b[e] == ';' && htmlEntityAt(b, p) {
		// the name or number of an HTML entity ("&sol;", "&#X2F;" of
		// "&sol;Users&sol;sol"): replaced, it would break the separators
		// encodedHome reads in the first pass but not in the second
		return -1, ent
	}
	if p > 1 && b[p-1] == '-' && classWordBefore(b, p-1) {
		// inside a pseudonym, after its class's first word ("value" of
		// <key-value-1>, "credential" of <url-credential-2>)
		return -1, ent
	}
	if (ent.class == ClassUser || ent.class == ClassHost) && envNameWord(b, p, e) {
		// an account named after a tool is a word of that tool's
		// variables: CLOUDSDK_PYTHON= of the account cloudsdk
		return -1, ent
	}
	if ent.class == ClassUser && e+3 < len(b) && (b[e] == '.' || b[e] == '_') {
		if te := sc.accountTail(p, e); te > e {
			return te, ent // "kofi.mensah" after "kofi" was learned (accounttail.go)
		}
	}
	if ent.class == ClassUser && e+2 < len(b) && b[e] == ' ' && string(ent.pat) != ent.canon && titleCaseAt(b, p) {
		if me := sc.middleNames(e+1, ent.canon); me > e {
			sc.add(p, me, ent.class, ent.canon)
			return me, ent
		}
	}
	if ent.class == ClassUser && e+2 < len(b) && b[e] == '-' {
		// a machine named after its owner, the owner learned before
		// ("OLUMIDE-PC" after olumide.adeyemi): the machine, as walk's
		// dashedAt and the learn pass read it (not "<user-1>-PC")
		if he := ownerHostEnd(b[:min(len(b), p+66)], p); he > e && he-p <= 64 {
			found := len(sc.spans)
			sc.hostAt(p, he)
			if len(sc.spans) > found {
				sc.learnHostOwner(p, he)
				return he, ent
			}
		}
	}
	if ent.class == ClassUser && p > 2 && (b[p-1] == '_' || b[p-1] == '.') && string(ent.pat) != ent.canon {
		// (a part of a longer account: an account learned whole names
		// itself, and what comes before it in a word is another's)
		if hs := sc.accountHead(p, e); hs >= 0 {
			return e, ent // "olu_adeyemi" after "adeyemi" was learned (accounttail.go)
		}
	}
	sc.add(p, e, ent.class, ent.canon)
	if ent.class == ClassUser && e+3 < len(b) && (b[e] == ' ' || b[e] == '%' || b[e] == '-') && titleCaseAt(b, p) && string(ent.pat) == ent.canon {
		// (after a blank, or one URL-encoded: "/library/Thandeka%20Mokoena%20Mixes";
		// after a dash, the second of a double name: "Jürgen-Peter")
		q := e + 1
		if b[e] == '%' {
			q = -1
			if e+4 < len(b) && b[e+1] == '2' && b[e+2] == '0' {
				q = e + 3
			}
		}
		// (an account that no person's name taught, from a home folder:
		// only after a path's separator, before a surname there, pathSurname)
		ok, me := q > 0 && sc.s.learned[personKey+ent.canon], -1
		if q > 0 && !ok && b[e] != '-' && nameSlot(b, p) {
			me = sc.pathSurname(q, ent.canon)
			ok = me == 0
		}
		if me > 0 {
			// a middle name, then the surname, filling the segment:
			// "/Users/kofi/Documents/Kofi Kwame Mensah/"
			sc.pathMiddleName(q, me, ent.canon)
			return me, ent
		}
		if ok {
			if se := sc.surnameAfter(q, ent); se > e {
				return se, ent
			}
		}
	}
	return e, ent
}

// nameSlot: b[p] opens a path's segment (segmentStart) or a part of a
// file's name after " - " in a path ("Salary%20slip%20-%20Fatima%20Alzahrani.xlsx"),
// where a document names its owner.
func nameSlot(b []byte, p int) bool {
	switch {
	case segmentStart(b, p):
		return true
	case p >= 3 && b[p-1] == ' ' && b[p-2] == '-' && b[p-3] == ' ',
		p >= 7 && string(b[p-7:p]) == "%20-%20":
		return inPath(b, p)
	case p >= 5 && (b[p-1] == '=' || b[p-1] == '"' || b[p-1] == ' ' || b[p-1] == '\''):
		return nameKeyValue(b, p)
	}
	return false
}

// nameKeyValue: p opens the value of a key that ends in "name"
// ("name=", "full_name: ", `"name":"`, `name="`), which holds a
// person's full name as often as a thing's: a learned first name there
// goes with its surname ("name=Kofi Mensah" after /home/kofi).
func nameKeyValue(b []byte, p int) bool {
	k := p
	if b[k-1] == '"' || b[k-1] == '\'' {
		k--
	}
	if k > 0 && b[k-1] == ' ' {
		k--
	}
	if k == 0 || b[k-1] != '=' && b[k-1] != ':' {
		return false
	}
	if k--; k > 0 && b[k-1] == '"' {
		k-- // a JSON key's closing quote
	}
	return k >= 4 && eqLower(b[k-4:k], "name")
}

// inPath: p is in a file's path, after a '/' or a '\\' on the same line
// (GNOME's recently-used.xbel: "file:///home/fatima/Documents/Salary%20slip%20-%20Fatima%20Alzahrani.xlsx"),
// no quote, tag or key between.
func inPath(b []byte, p int) bool {
	for k := p - 1; k >= 0 && p-k <= 128; k-- {
		switch b[k] {
		case '/', '\\':
			return true
		case '\n', '\r', '"', '<', '>', '=', '\t':
			return false
		}
	}
	return false
}

// segmentStart: b[p] opens a path's segment, after a slash or a
// backslash, or one URL-encoded ("%2F", "%5C").
func segmentStart(b []byte, p int) bool {
	if p > 0 && (b[p-1] == '/' || b[p-1] == '\\') {
		return true
	}
	return p >= 3 && b[p-3] == '%' && (b[p-2] == '2' && b[p-1]|0x20 == 'f' || b[p-2] == '5' && b[p-1]|0x20 == 'c')
}

// pathSurname: the word at q, after an account's first name that opens a
// path's segment, is that person's surname ("/Users/ngozi/Music/Ngozi
// Adeyemi - Live at Ozone.als", "C:\\Users\\kofi\\Documents\\Kofi Mensah
// Sets\\"): a name's word (surnameWord, givenName) that names no thing a
// folder holds ("Kofi Mix", "Thandiwe Sessions", "Ngozi Presets"), and
// the segment ends after it, or a dash, a number, a parenthesis or such
// a thing follows ("Sets", "Mixes"). An account from a home folder is no
// person learned (personKey): elsewhere a capitalised word after it
// stays, and here too before another word ("/Users/max/Max Buffer
// Size") unless that word is a surname ending the segment after a middle
// name (pathMiddle: "/Users/kofi/Documents/Kofi Kwame Mensah/",
// "Dissertation - Fatima Al-Zahra Haddad.pages"). It returns -1 (no
// surname), 0 (a surname at q, for surnameAfter) or the end of a middle
// name and a surname (pathMiddle).
func (sc *scanner) pathSurname(q int, canon string) int {
	b := sc.b
	if wordNames[canon] || serviceNouns[canon] {
		return -1 // "/Users/max/Max Patches", "/home/deploy/Deploy Keys": words
	}
	for k := 0; k < len(canon); k++ {
		if c := canon[k]; !(c >= 'a' && c <= 'z' || c >= 0x80) {
			return -1 // an account no given name alone is ("dev01", "svc_build")
		}
	}
	se := sc.surnameWord(q)
	if se < 0 || folderThing(b[q:se]) || !givenName(b, q, se) {
		return -1
	}
	switch {
	case se+3 < len(b) && b[se] == '%' && b[se+1] == '2' && b[se+2] == '0':
		q = se + 3
	case se+1 < len(b) && b[se] == ' ':
		q = se + 1
	default:
		if nameEnds(b, se) {
			return 0
		}
		return -1
	}
	if c := b[q]; c == '-' || c == '(' || isDigit(c) {
		return 0
	}
	we := q
	for we < len(b) && we-q < 16 && isLetter(b[we]) {
		we++
	}
	if we > q && (we == len(b) || !isAlnum(b[we])) && folderThing(b[q:we]) {
		return 0
	}
	return sc.pathMiddle(q)
}

// pathMiddle: the word at q, after an account's first name and another
// name's word in a path's segment, is the surname and ends the segment:
// a path's separator, a quote, a file's extension, a dash or a number
// after a blank, or a word folderThing names ("Kofi Kwame Mensah Photos").
// Returns its end, or -1.
func (sc *scanner) pathMiddle(q int) int {
	b := sc.b
	le := sc.surnameWord(q)
	if le < 0 || folderThing(b[q:le]) || !givenName(b, q, le) || !titleCaseAt(b, q) {
		return -1
	}
	if le == len(b) {
		return le
	}
	switch c := b[le]; {
	case c == '/' || c == '\\' || c == '"' || c == '\'' || lineBreak(c):
		return le
	case c == '.':
		if le+1 < len(b) && isLetter(b[le+1]) {
			return le // a file's extension
		}
	case c == '%':
		if le+2 < len(b) && (b[le+1] == '2' && (b[le+2]|0x20 == 'f' || b[le+2] == '2') || b[le+1] == '5' && b[le+2]|0x20 == 'c') {
			return le // "%2F", "%5C", "%22"
		}
		if le+3 < len(b) && b[le+1] == '2' && b[le+2] == '0' && (b[le+3] == '-' || isDigit(b[le+3])) {
			return le
		}
	case c == ' ' && le+1 < len(b):
		if d := b[le+1]; d == '-' || d == '(' || isDigit(d) {
			return le
		}
		we := le + 1
		for we < len(b) && we-le < 16 && isLetter(b[we]) {
			we++
		}
		if we > le+1 && (we == len(b) || !isAlnum(b[we])) && folderThing(b[le+1:we]) {
			return le
		}
	}
	return -1
}

// pathMiddleName replaces the middle name and the surname [q, e) after
// an account's first name (pathMiddle) and learns each word as a part of
// the name canon.
func (sc *scanner) pathMiddleName(q, e int, canon string) {
	b := sc.b
	for w := q; w < e; {
		we := w
		for we < e && b[we] != ' ' && b[we] != '%' {
			we++
		}
		if we > w {
			sc.learnLiteral(ClassUser, canon, string(b[w:we]), true)
		}
		switch {
		case we < e && b[we] == '%':
			w = we + 3
		default:
			w = we + 1
		}
	}
	sc.add(q, e, ClassUser, canon)
}

// folderThing: the word w names a thing a folder holds after its owner's
// name, no name's word (thingEnding, djFolderThings, personalThings,
// ownerFolderKinds, musicGenres, nameStop).
func folderThing(w []byte) bool {
	if thingEnding(w) {
		return true
	}
	var lb [32]byte
	l := lowerInto(lb[:0], w)
	return djFolderThings[string(l)] || personalThings[string(l)] || nameStop[string(l)] || musicGenres[string(l)] ||
		folderWords[string(l)] || ownerFolderKinds[string(w)]
}

// folderWords name what a folder holds after its owner's name and none
// of the other sets folderThing asks has, lowercased.
var folderWords = wordSet(`patch patches template templates note notes doc docs documents photo photos picture pictures
	pics video videos download downloads archive archives draft drafts demo demos stem stems export exports bounce
	bounces master masters take takes plugin plugins config configs script scripts tool games apps app keys
	folder folders stuff things misc old copy copies scans receipts taxes invoices cv resume papers
	passport visa licence license certificate contract lease tenancy statement payslip invoice letter scan`)

// middleNames: a part of a learned name (of canon: "Nguyen" of "Nguyen Hoang",
// "Kofi" of kofi.mensah) is followed at q by up to two title-case words
// and another part of the same name ("Nguyen Van Hoang", "Kofi Kwame
// Mensah", "Trần Thị Mai" of tran.mai): the words between are middle
// names, the name's too. The last part is a learned literal of the same
// name or a word of it too short to be learned ("An" of "Nguyen An" in
// "Nguyen Van An"), or one that folds to a part (squashedName). Returns
// the end of the last part, or -1.
func (sc *scanner) middleNames(q int, canon string) int {
	b := sc.b
	for m := 0; m < 3 && q < len(b); m++ {
		we := q
		for we < len(b) && we-q < 24 && (isLetter(b[we]) || b[we] >= 0x80) {
			we++
		}
		if we == q || we < len(b) && (isAlnum(b[we]) || b[we] >= 0x80) || !titleCaseAt(b, q) && we-q > 1 {
			return -1
		}
		if m > 0 || we-q < 4 {
			if x, xe := sc.s.lits.match(b, q); xe != nil && xe.class == ClassUser && xe.canon == canon && x == we || canonWord(canon, string(b[q:we])) {
				return we
			}
			if we-q >= 4 && sc.fold {
				// a part with letters outside ASCII: "Hoàng" of nguyen.hoang
				var buf [32]byte
				if sq, ok := squash(buf[:0], b[q:we]); ok && len(sq) >= 4 && sc.s.squashed[string(sq)] == canon {
					return we
				}
			}
		}
		if m == 2 || we+1 >= len(b) || b[we] != ' ' || !proseWord(string(b[q:we]), false) {
			return -1
		}
		q = we + 1
	}
	return -1
}

// canonWord: w, lowercased, is one of the words of the learned name canon
// ("an" of "nguyen an", of "an.nguyen").
func canonWord(canon, w string) bool {
	lw := strings.ToLower(w)
	for k := 0; k+len(lw) <= len(canon); {
		i := strings.Index(canon[k:], lw)
		if i < 0 {
			return false
		}
		s, e := k+i, k+i+len(lw)
		if (s == 0 || nameSep(canon[s-1])) && (e == len(canon) || nameSep(canon[e])) {
			return true
		}
		k = s + 1
	}
	return false
}

// nameSep: c separates the words of an account or a full name.
func nameSep(c byte) bool { return c == ' ' || c == '.' || c == '_' || c == '-' }

// classWordBefore: the '-' at d follows the '<' and the first word of a
// pseudonym's class ("<key" of <key-value-1>).
func classWordBefore(b []byte, d int) bool {
	k := d
	for k > 0 && d-k < 16 && isLetter(b[k-1]) {
		k--
	}
	return k > 0 && k < d && b[k-1] == '<' && pseudonymAt(b, k-1)
}

// htmlEntityAt: b[p:] follows the "&" or "&#" that opens an HTML entity.
func htmlEntityAt(b []byte, p int) bool {
	return p > 0 && b[p-1] == '&' || p > 1 && b[p-1] == '#' && b[p-2] == '&'
}

// titleCaseAt: a capital and a small letter start at p ("Kai", "Jürgen",
// "Ólafur"; not "KAI").
func titleCaseAt(b []byte, p int) bool {
	if p+1 >= len(b) {
		return false
	}
	if b[p] < 0x80 && b[p+1] < 0x80 {
		return b[p] >= 'A' && b[p] <= 'Z' && b[p+1] >= 'a' && b[p+1] <= 'z'
	}
	r, n := utf8.DecodeRune(b[p:])
	if !unicode.IsUpper(r) || p+n >= len(b) {
		return false
	}
	r, _ = utf8.DecodeRune(b[p+n:])
	return unicode.IsLower(r)
}

// surnameAfter: a first name learned alone (from "Thandiwe's iPhone"),
// written in title case and followed at q by a word that reads as a name
// (title case, not a common word, verb or label: nameWord; capitals are
// acronyms as often as names: "THANDIWE USB") is followed by its surname ("hi Thandiwe
// Mokoena"). The surname gets the first name's pseudonym and is learned
// as part of it. Returns the end of the surname, or -1.
func (sc *scanner) surnameAfter(q int, ent *litEntry) int {
	e := sc.surnameWord(q)
	if e < 0 {
		return -1
	}
	sc.learnLiteral(ClassUser, ent.canon, string(sc.b[q:e]), true)
	if e+4 < len(sc.b) && sc.b[e] == ' ' {
		// a middle name, then the surname: "Kofi Kwame Mensah", "Ngozi
		// Adaeze Okafor" (the first alone took "Kwame" and left Mensah);
		// the name ends there, or prose goes on ("… Okafor completed"),
		// and no business's word follows ("Kofi Mensah Photography")
		if le := sc.surnameWord(e + 1); le > 0 && (nameEnds(sc.b, le) || le+1 < len(sc.b) && sc.b[le] == ' ' && sc.b[le+1]-'a' < 26) && givenName(sc.b, e+1, le) && !thingEnding(sc.b[e+1:le]) {
			sc.learnLiteral(ClassUser, ent.canon, string(sc.b[e+1:le]), true)
			e = le
		}
	}
	sc.add(q, e, ClassUser, ent.canon)
	return e
}

// thingEndings end the words of a business's or a folder's name after a
// person's ("Kofi Mensah Photography", "Ama Serwaa Entertainment",
// "Thabo Agency"), lowercased: no surname ends so.
var thingEndings = []string{"tion", "sion", "ment", "ness", "ity", "ize", "ise", "ics", "ware", "phy", "ncy", "ing",
	"ings", "ions", "ments", "ries", "ers", "ery", "ory", "ary", "ism", "ist", "ists"}

// thingWords name a business after a person's name that no ending marks
// ("Kofi Mensah Studios", "Ama Serwaa Media"), lowercased.
var thingWords = wordSet(`studio studios media films pictures records label designs design group global tv radio
	fm live official team crew band choir trio duo quartet orchestra ensemble sounds beats`)

// thingEnding: the word w ends in one of thingEndings or is one of
// thingWords.
func thingEnding(w []byte) bool {
	var lb [32]byte
	l := string(lowerInto(lb[:0], w))
	if thingWords[l] {
		return true
	}
	for _, x := range thingEndings {
		if len(l) > len(x)+2 && strings.HasSuffix(l, x) {
			return true
		}
	}
	return false
}

// surnameWord: the word at q reads as a surname after a first name
// (surnameAfter). Returns its end, or -1.
func (sc *scanner) surnameWord(q int) int {
	b := sc.b
	e := q
	for e < len(b) && e-q < 25 && (isLetter(b[e]) || b[e] >= 0x80 || b[e] == '-') {
		e++
	}
	if e-q < 3 || e < len(b) && (isAlnum(b[e]) || b[e] == '\'' || b[e] >= 0x80) {
		return -1
	}
	w := string(b[q:e])
	if !utf8.ValidString(w) || !nameWord(w, false) || nameStop[strings.ToLower(w)] {
		return -1
	}
	if personalDevices[w] || deviceMakers[strings.ToLower(w)] {
		return -1 // "Thabo Galaxy S23": the owner's device, whose word is no surname
	}
	if roomWords[strings.ToLower(w)] {
		return -1 // "Kofi Bedroom": the owner's room, as a speaker is named (rooms.go; "Hall", "Keller" may be surnames)
	}
	if paperWord(b[q:e]) {
		return -1 // "Meera Iyer Passport.pdf": the paper the name is on (docfile.go)
	}
	if found, _ := occasionAt(b, q, e); found || firstDance(b, q) || weddingPartAt(b, q, e) || occasionThings[strings.ToLower(w)] {
		return -1 // "Tunde & Bisi Engagement", "Busi & Themba First Dance", "Efua & Kojo Reception", "Ama Dinner": the event, no surname (occasion.go)
	}
	if _, x := sc.s.lits.match(b, q); x != nil && x.class != ClassUser {
		return -1 // a learned host or other identifier
	}
	return e
}

// resolve sorts findings and drops overlaps: the earliest start wins, then
// the longest, then the first found. A finding it drops that ends past
// the winner lengthens the winner to its end: the scan passed over its
// bytes, so no other finding covers them (a credential's tail that a
// serial column's cell cut, "IdentifyingNumber  0\nAuth:Digest 0000 ://0@").
func (sc *scanner) resolve() {
	sp := sc.spans
	if len(sp) < 2 {
		return
	}
	sorted := true
	for k := 1; k < len(sp); k++ {
		if sp[k].start <= sp[k-1].start {
			sorted = false
			break
		}
	}
	if !sorted {
		// nearly sorted (detectors run left to right): insertion sort,
		// while it moves little. A detector that adds spans far behind
		// the others (a learned name in each of 26,000 path segments of
		// one long word) would make it quadratic: the rest is sorted.
		// (seq is unique: the order is total, either sort gives it.)
		less := func(a, c *span) bool {
			if a.start != c.start {
				return a.start < c.start
			}
			if a.end != c.end {
				return a.end > c.end
			}
			return a.seq < c.seq
		}
		budget := 8*len(sp) + 64
		for k := 1; k < len(sp); k++ {
			x := sp[k]
			m := k
			for m > 0 && less(&x, &sp[m-1]) {
				sp[m] = sp[m-1]
				m--
			}
			sp[m] = x
			if budget -= k - m; budget < 0 {
				slices.SortFunc(sp, func(a, c span) int {
					if less(&a, &c) {
						return -1
					}
					return 1
				})
				break
			}
		}
	}
	out := sp[:0]
	last := -1
	for _, x := range sp {
		if x.start < last {
			if x.end > last {
				// its tail, which the scan passed over, goes with the winner
				out[len(out)-1].end, last = x.end, x.end
			}
			continue
		}
		out = append(out, x)
		last = x.end
	}
	sc.spans = out
}

func (sc *scanner) userPattern(p userPattern) {
	b := sc.b
	if p.prefix != nil {
		off := 0
		for {
			k := bytes.Index(b[off:], p.prefix)
			if k < 0 {
				return
			}
			k += off
			end := k + 4096
			if end > len(b) {
				end = len(b)
			}
			if loc := p.re.FindIndex(b[k:end]); loc != nil && loc[0] == 0 && loc[1] > 0 {
				v := string(b[k : k+loc[1]])
				if !sc.s.allowed(v) {
					sc.add(k, k+loc[1], p.name, canonical(v))
				}
				off = k + loc[1]
			} else {
				off = k + 1
			}
		}
	}
	for _, loc := range p.re.FindAllIndex(b, -1) {
		if loc[1] > loc[0] {
			v := string(b[loc[0]:loc[1]])
			if !sc.s.allowed(v) {
				sc.add(loc[0], loc[1], p.name, canonical(v))
			}
		}
	}
}

// prevWord returns the lowercased word before p on the same line, skipping
// spaces, quotes, ':' and '='.
func (sc *scanner) prevWord(p int, buf []byte) []byte {
	b := sc.b
	k := p - 1
	for k >= 0 && p-k < 8 && (b[k] == ' ' || b[k] == '\t' || b[k] == '"' || b[k] == '\'' || b[k] == ':' || b[k] == '=' || b[k] == '(') {
		k--
	}
	e := k + 1
	for k >= 0 && e-k <= 32 && (isAlnum(b[k]) || b[k] == '_' || b[k] == '.' || b[k] == '-' || b[k] == '/') {
		k--
	}
	buf = buf[:0]
	// a finding that ends past the word, over the quote or blank after
	// it (key="0000 v'"), holds the word: a second pass sees a pseudonym
	for _, c := range b[min(sc.findingEnd(k+1, p), e):e] {
		buf = append(buf, lower(c))
	}
	return buf
}

// findingEnd returns the end of the last finding that ends in (from, to],
// or from. What looks back over text for context stops there: a second
// pass finds a pseudonym in its place, whose '>' stops it.
func (sc *scanner) findingEnd(from, to int) int {
	k := from
	if sc.maxEnd <= from {
		return k // no finding ends past from (the common case)
	}
	// findings come nearly in text order: the last few are the nearest
	for m := len(sc.spans) - 1; m >= 0 && m >= len(sc.spans)-8; m-- {
		if sp := sc.spans[m]; sp.class != "" && sp.end > k && sp.end <= to {
			k = sp.end
		}
	}
	return k
}

// covered reports whether a finding covers p (the last few: findings
// come nearly in text order).
func (sc *scanner) covered(p int) bool {
	for m := len(sc.spans) - 1; m >= 0 && m >= len(sc.spans)-8; m-- {
		if sp := sc.spans[m]; sp.class != "" && sp.start <= p && p < sp.end {
			return true
		}
	}
	return false
}

// tableWord is for a plain word followed by a tab or a blank: msinfo32's
// "Item<TAB>Value<TAB>" rows and wmic's SerialNumber and
// PrimaryOwnerName columns. It returns
// where scanning resumes, or -1.
func (sc *scanner) tableWord(i, j int) int {
	b := sc.b
	if b[j] == '\t' {
		if b[j+1] > ' ' {
			return sc.tabPair(i, j)
		}
		return -1
	}
	if c := b[i]; c == 'S' || c == 'I' || c == 'P' || c == 'R' {
		sc.serialColumn(i, j)
	}
	return -1
}

// netUserRow handles the rows of "net user NAME", a label and the value
// after a column of blanks: "User name                    kai", "Full
// Name                    Kai Okonkwo". The word [i, j) is the label's
// "name". It returns where the value ends, or -1.
func (sc *scanner) netUserRow(i, j int) int {
	b := sc.b
	if !eqLower(b[i:j], "name") || i < 5 || b[i-1] != ' ' {
		return -1
	}
	ls := i - 5
	full := false
	switch {
	case string(b[ls:i-1]) == "User":
	case string(b[ls:i-1]) == "Full":
		full = true
	default:
		return -1
	}
	if ls > 0 && !lineBreak(b[ls-1]) {
		return -1
	}
	return sc.netUserValue(j, full)
}

// netUserLabels: net user's "User name" and "Full Name" rows in Windows'
// other languages (the value after a column of blanks), by the label's
// first byte (netUserLocalFirst).
var netUserLabels = []struct {
	label string
	full  bool
}{
	{"Benutzername", false}, {"Vollständiger Name", true},
	{"Nom d'utilisateur", false}, {"Nom complet", true},
	{"Nombre de usuario", false}, {"Nombre completo", true},
	{"Nome de usuário", false}, {"Nome utente", false}, {"Nome completo", true},
	{"用户名", false}, {"全名", true},
}

var netUserLocalFirst = func() (t [256]bool) {
	for _, l := range netUserLabels {
		t[l.label[0]] = true
	}
	return
}()

// netUserLocal handles a row of a localized "net user NAME" at the line
// start ls ("Benutzername                 kofi.m", "全名   王伟"). It
// returns where the value ends, or -1.
func (sc *scanner) netUserLocal(ls int) int {
	b := sc.b
	for _, l := range netUserLabels {
		if e := ls + len(l.label); e+2 < len(b) && b[e] == ' ' && b[ls] == l.label[0] && string(b[ls:e]) == l.label {
			return sc.netUserValue(e, l.full)
		}
	}
	return -1
}

// netUserValue reads the value of a net user row whose label ends at j:
// a user's account, or (full) a person's name.
func (sc *scanner) netUserValue(j int, full bool) int {
	b := sc.b
	vs := j
	for vs < len(b) && b[vs] == ' ' {
		vs++
	}
	if vs-j < 2 || vs >= len(b) || lineBreak(b[vs]) {
		return -1
	}
	if b[vs] == '<' {
		if k := bytes.IndexByte(b[vs:min(len(b), vs+48)], '>'); k > 0 && pseudonymAt(b, vs) {
			// the value a first pass replaced, which read on after it
			// then too (past the label, a learned word or not)
			return vs + k + 1
		}
		return -1
	}
	ve := vs
	for ve < len(b) && ve-vs < 64 && !lineBreak(b[ve]) && b[ve] != 0 {
		ve++
	}
	for ve > vs && (b[ve-1] == ' ' || b[ve-1] == '\t') {
		ve--
	}
	if k := ve; k+2 < len(b) && (b[k] == '\r' || b[k] == '\n') {
		for k < len(b) && (b[k] == '\r' || b[k] == '\n') {
			k++
		}
		if k+1 < len(b) && (b[k] == '=' || b[k] == '-') && b[k+1] == b[k] {
			return -1 // whoami's column heads, "User Name    SID", ruled off below
		}
	}
	name := string(b[vs:ve])
	if pseudonymAt(b, ve) || !utf8.ValidString(name) || !plausibleName(name) || isGenericUser(name) || sc.s.allowed(name) {
		return -1
	}
	if full {
		sc.nameSpan(vs, ve)
		return ve
	}
	if bytes.IndexByte(b[vs:ve], ' ') >= 0 {
		return -1
	}
	sc.learnUser(name)
	sc.add(vs, ve, ClassUser, canonical(name))
	return ve
}

// foldedWord finds a learned user written out as a name (squashedName) at
// the word [i, j), or as the last segment of a path word; it is asked
// only for words with letters outside ASCII or before a capitalised word
// (a single ASCII word is the literal matcher's). It returns where the
// name ends when it starts at i, or -1.
func (sc *scanner) foldedWord(i, j int, bits uint16) int {
	b := sc.b
	if bits&^(cAlpha|cHigh) == 0 && j+2 < len(b) && b[j] == ' ' {
		// "Thandeka Mokoena" of the account tmokoena
		if e := sc.initialName(i, j); e > j {
			return e
		}
	}
	if sc.namePair(i) || bits&cHigh != 0 && sc.lowerPair(i) {
		// "Nguyễn Thị Mai", "Søren" of the accounts nguyenthimai, soren;
		// "zoë", "müller" of zoe, mueller
		if e := sc.squashedName(i); e > i {
			return e
		}
	}
	if bits&(cSlash|cBack) != 0 {
		// "Music/Nguyễn Thị Mai - Mix.mp3": the path detectors still see
		// the whole path
		k := j - 1
		for k > i && b[k-1] != '/' && b[k-1] != '\\' {
			k--
		}
		if k > i && sc.namePair(k) {
			sc.squashedName(k)
		}
		if bits&cPct != 0 {
			sc.pctFolded(i, j)
		}
		if bits&cHigh != 0 {
			// and the segments before it, as the literal matcher finds
			// an ASCII name in any: in "x/Adébáyọ\\kai" it replaces kai,
			// and a second pass reads "Adébáyọ" before the pseudonym as
			// the last (one word, folded for its letters outside ASCII)
			for s := i + 1; s < k-1; s++ {
				if (b[s-1] == '/' || b[s-1] == '\\') && b[s] != '/' && b[s] != '\\' && sc.namePair(s) {
					sc.squashedName(s)
				}
			}
		}
	}
	if bits&cPct != 0 {
		sc.pctNames(i, j)
	}
	if bits&cHigh != 0 {
		// a name after a separator outside ASCII inside the word
		// ("10.0.0.5»Jürgen", "Søren’Adébáyọ"): where a first pass
		// replaces what comes before it, a second reads the rest after
		// the pseudonym as a word of its own, the separator trimmed
		for k := i; k < j-1; k++ {
			if b[k] < 0xc2 {
				continue
			}
			p := k
			for p < j && b[p] >= 0xc2 {
				r, n := utf8.DecodeRune(b[p:j])
				if !sepRune(r) {
					break
				}
				p += n
			}
			if p > k && p < j && sc.namePair(p) {
				sc.squashedName(p)
			}
			k = max(k, p-1)
		}
	}
	return -1
}

// pctFolded finds, in the path word [i, j), a segment URL-encoded
// whose words spell a learned account as squashedName folds it:
// rekordbox's and iTunes' library XML write a track's Location as a
// file URL ("file://localhost/Users/serkankaraagac/Music/Serkan%20Kara%C4%9Fa%C3%A7%20Promos/"),
// where the owner's full name, written out, left its letters outside
// ASCII encoded and no blank between its words.
func (sc *scanner) pctFolded(i, j int) {
	b := sc.b
	prev := i // where the last %20 ended: one segment's words are read once
	for k := i; k < j; {
		x := bytes.Index(b[k:j], pct20)
		if x < 0 {
			return
		}
		x += k
		// the segment's start, a short word before (a name's first)
		s := x
		for s > prev && x-s < 64 && b[s-1] != '/' && b[s-1] != '\\' {
			s--
		}
		first := s == i || b[s-1] == '/' || b[s-1] == '\\'
		prev, k = x+3, x+3
		if !first || x-s < 2 {
			continue
		}
		if c, d := b[s], b[s+1]; c-'A' < 26 && (d-'a' < 26 && sc.s.squashPair[c-'A']&(1<<(d-'a')) != 0 || d == '%' ||
			x+3 < j && b[x+3]-'A' < 26 && sc.s.squashPair[c-'A']&(1<<(b[x+3]-'A')) != 0) ||
			c == '%' && d == 'C' {
			sc.pctSquashedName(s, j)
		}
	}
}

var pct20 = []byte("%20")

// pctNames finds, in the word [i, j), a value URL-encoded whose letters
// outside ASCII spell a learned account as squashedName folds it
// ("/api/profile?name=Zo%C3%AB&lang=en", "q=M%C3%BCller" of zoe,
// mueller): where an escape of a byte outside ASCII (%C3 to %F4) is
// in a run of letters, digits and escapes that starts the word or
// follows a URL's separator, pctSquashedName reads the run.
func (sc *scanner) pctNames(i, j int) {
	b := sc.b
	done := i // (a run is read once)
	for k := i; k+2 < j; k++ {
		x := bytes.IndexByte(b[k:j-2], '%')
		if x < 0 {
			return
		}
		k += x
		if k < done || !(b[k+1] >= 'C' && b[k+1] <= 'F' || b[k+1] >= 'c' && b[k+1] <= 'f') || !isHex(b[k+2]) {
			continue
		}
		s := k
		for s > i && k-s < 64 && (isLetter(b[s-1]) || isDigit(b[s-1]) || b[s-1] == '%') {
			s--
		}
		e := k + 3
		for e < j && e-k < 160 && (isLetter(b[e]) || isDigit(b[e]) || b[e] == '%') {
			e++
		}
		done = e
		if s+1 >= j || s > i && !urlSep[b[s-1]] {
			continue
		}
		// (a small first letter too: "guest=jos%C3%A9")
		if c, d := b[s]|0x20, b[s+1]|0x20; c-'a' < 26 && (d-'a' < 26 && sc.s.squashPair[c-'a']&(1<<(d-'a')) != 0 || d == '%') ||
			b[s] == '%' && d == 'c' {
			sc.pctSquashedName(s, j)
		}
	}
}

// urlSep: the bytes a URL's value or path segment follows.
var urlSep = [256]bool{'=': true, '&': true, '?': true, '/': true, '\\': true, ';': true, ':': true, '"': true, '\'': true, ',': true, '(': true, '[': true}

// pctSquashedName is squashedName for the URL-encoded path segment
// or query value from s (to t, a '/' or a '\\'; %20 or '+' between the
// words, %XX for the bytes outside ASCII), 160 bytes of it at most: the
// longest run of up to four capitalised words from s that folds to a
// learned account, or a first word with letters outside ASCII that
// folds to one, is replaced.
func (sc *scanner) pctSquashedName(s, t int) {
	b := sc.b
	var db [128]byte
	var at [128]int32 // where each decoded byte's encoding starts
	dec := db[:0]
	k := s
	for k < t && k-s < 160 && len(dec) < len(db) && b[k] != '/' && b[k] != '\\' {
		if b[k] == '%' && k+2 < t && isHex(b[k+1]) && isHex(b[k+2]) {
			at[len(dec)] = int32(k)
			dec = append(dec, unhex(b[k+1])<<4|unhex(b[k+2]))
			k += 3
			continue
		}
		at[len(dec)] = int32(k)
		if b[k] == '+' {
			dec = append(dec, ' ') // (a blank in a query's value)
		} else {
			dec = append(dec, b[k])
		}
		k++
	}
	if len(dec) == 0 || !utf8.Valid(dec) && !utf8.Valid(dec[:len(dec)-1]) {
		return
	}
	var buf [64]byte
	sq := buf[:0]
	best, canon := -1, ""
	e := 0
	var n0, n1, e1 int // the first two words' ends in sq, the second's in dec
	for words := 0; words < 4; words++ {
		if words > 0 {
			if e+1 >= len(dec) || dec[e] != ' ' || !capitalised(dec, e+1) {
				break
			}
			e++
		} else if !capitalised(dec, 0) && dec[0]-'a' >= 26 {
			return
		}
		we := nameWordEnd(dec, e)
		for we > e && (dec[we-1] == '.' || dec[we-1] == '\'' || dec[we-1] == '-') {
			we--
		}
		if we == e {
			break
		}
		var ok bool
		if sq, ok = squash(sq, dec[e:we]); !ok || len(sq) < 2 || len(sq) > 63 || sq[0]-'a' >= 26 || sq[1]-'a' >= 26 {
			break
		}
		if pair := sc.s.squashPair[sq[0]-'a']; pair&(1<<(sq[1]-'a')) == 0 &&
			(words != 1 || sq[n0]-'a' >= 26 || pair&(1<<(sq[n0]-'a')) == 0) && words != 0 {
			// (the first word's two letters start no account; nor, for
			// the second, the initials "^tm" of tmokoena)
			break
		}
		// one word only with letters outside ASCII ("Zoë" of zoe, as
		// squashedName folds one; an ASCII one is the literal matcher's)
		if (words > 0 && len(sq) >= 4 || words == 0 && len(sq) >= 3 && !isASCII(dec[e:we])) && sc.s.squashLens&(1<<len(sq)) != 0 {
			if c, found := sc.s.squashed[string(sq)]; found {
				best, canon = we, c
			}
		}
		if words == 0 {
			n0 = len(sq)
		} else if words == 1 {
			n1, e1 = len(sq), we
		}
		e = we
	}
	if best < 0 && n0 >= 2 && n1-n0 >= 2 {
		// "Adewale%20Ogunleye" of the account adewale.o, "Thandeka%20
		// Mokoena" of tmokoena: as initialName reads them in text
		if c, found := sc.s.initialAccount(sq[:n0], sq[n0:n1]); found {
			best, canon = e1, c
		}
	}
	if best < 0 || sc.s.allowed(string(dec[:best])) {
		return
	}
	end := k // (past the last byte decoded)
	if best < len(dec) {
		end = int(at[best])
	}
	sc.add(s, end, ClassUser, canon)
}

// initialName: the capitalised words [i, j) and the one after it are a
// full name that a learned account abbreviates (learnInitials): the
// initial and surname of tmokoena or mokoenat, the first name and initial
// of thandekam. It returns where the name ends, or -1.
func (sc *scanner) initialName(i, j int) int {
	b := sc.b
	if !capitalised(b, i) || !capitalised(b, j+1) {
		return -1
	}
	if c, d, x := b[i]|0x20, b[j+1]|0x20, b[i+1]|0x20; c-'a' < 26 && d-'a' < 26 && x-'a' < 26 &&
		sc.s.squashPair[c-'a']&(1<<(d-'a')) == 0 && sc.s.squashPair[c-'a']&(1<<(x-'a')) == 0 {
		// no account starts with the initial and the surname's first
		// letter (tmokoena), nor with the first name's two (thandekam)
		return -1
	}
	e := nameWordEnd(b, j+1)
	for e > j+1 && (b[e-1] == '.' || b[e-1] == '\'' || b[e-1] == '-') {
		e--
	}
	var k1, k2 [64]byte
	first, ok1 := squash(k1[:1], b[i:j])
	last, ok2 := squash(k2[:1], b[j+1:e])
	if !ok1 || !ok2 || len(first) < 3 || len(last) < 3 || len(first) > 40 || len(last) > 40 {
		return -1
	}
	canon, found := sc.s.initialAccount(first[1:], last[1:])
	if !found || sc.s.allowed(string(b[i:e])) {
		return -1
	}
	sc.add(i, e, ClassUser, canon)
	return e
}

// initialAccount returns the learned account (learnInitials) that a
// first name and a surname, both folded (squash) and not empty,
// abbreviate: "^" + the first name's initial + the surname (tmokoena),
// or "$" + the first name + the surname's initial (thandekam).
func (s *Session) initialAccount(first, last []byte) (string, bool) {
	var kb [66]byte
	k := append(append(append(kb[:0], '^'), first[0]), last...)
	if c, found := s.squashed[string(k)]; found {
		return c, true
	}
	k = append(append(append(kb[:0], '$'), first...), last[0])
	c, found := s.squashed[string(k)]
	return c, found
}

// namePair: the word at p may start a folded name, by its first two
// letters (a capital and an ASCII letter of either case: "Zoë", "ZOË",
// "AYŞE" of zoe, ayse) or a letter outside ASCII (squashedName folds
// those).
func (sc *scanner) namePair(p int) bool {
	b := sc.b
	c := b[p]
	if c >= 0xc3 {
		return true
	}
	if c-'A' >= 26 || p+1 >= len(b) {
		return false
	}
	d := b[p+1]
	if d >= 0xc3 {
		return true
	}
	d |= 0x20 // (a capital: a byte outside A-Z stays outside a-z)
	return d-'a' < 26 && sc.s.squashPair[c-'A']&(1<<(d-'a')) != 0
}

// lowerPair is namePair for a word that starts with a small ASCII
// letter and has letters outside ASCII ("zoë", "müller"): the first
// letter, with the second when that is ASCII, may start a folded name.
func (sc *scanner) lowerPair(p int) bool {
	b := sc.b
	c := b[p]
	if c-'a' >= 26 || p+1 >= len(b) || sc.s.squashPair[c-'a'] == 0 {
		return false
	}
	d := b[p+1]
	return d >= 0xc3 || d-'a' < 26 && sc.s.squashPair[c-'a']&(1<<(d-'a')) != 0
}

// lsusbSerial handles lsusb's "iSerial  3 0123456789ABCDEF".
func (sc *scanner) lsusbSerial(p int) {
	b := sc.b
	for p < len(b) && b[p] == ' ' {
		p++
	}
	s := p
	for p < len(b) && isDigit(b[p]) {
		p++
	}
	if p == s || p >= len(b) || b[p] != ' ' {
		return
	}
	sc.keyValue(p, ClassSerial, true)
}

// syslogStart: the word at i starts a line, or follows "<PRI>" there.
func syslogStart(b []byte, i int) bool {
	return i == 0 || lineBreak(b[i-1]) || b[i-1] == '<' && (i == 1 || lineBreak(b[i-2]))
}

// indented: the word at i follows at most 8 blanks at the start of a line
// (apport indents the journal lines it attaches). Only months and dates
// ask: a blank comes before most words.
func indented(b []byte, i int) bool {
	// (inlined: most words have a letter two bytes before them)
	return i > 0 && (i == 1 || indentFirst[b[i-2]]) && indentedRun(b, i)
}

// indentFirst: the bytes two before an indented word can be (blanks, line
// breaks).
var indentFirst = func() (t [256]bool) {
	for c := range t {
		t[c] = c == ' ' || c == '\t' || lineBreak(byte(c))
	}
	return t
}()

// indentedRun is indented, asked where the byte two before i may be
// a blank or a line break. (Not inlined, so that indented is.)
//
//go:noinline
func indentedRun(b []byte, i int) bool {
	if b[i-1] != ' ' && b[i-1] != '\t' {
		return false
	}
	k := i - 1
	for k > 0 && i-k < 8 && (b[k-1] == ' ' || b[k-1] == '\t') {
		k--
	}
	return k == 0 || lineBreak(b[k-1])
}

// bitLockerKey reports whether w is a BitLocker recovery password: eight
// groups of six digits, each group a multiple of 11 below 720896, as
// manage-bde and the recovery screen print it.
func bitLockerKey(w []byte) bool {
	if len(w) != 55 {
		return false
	}
	for g := 0; g < 8; g++ {
		v := 0
		for _, c := range w[g*7 : g*7+6] {
			if !isDigit(c) {
				return false
			}
			v = v*10 + int(c-'0')
		}
		if v%11 != 0 || v >= 720896 || g < 7 && w[g*7+6] != '-' {
			return false
		}
	}
	return true
}

// lineBreak: a byte that starts a new line or string (newline, NUL and
// other controls in binary data), but not a tab.
// wordLead holds the bytes before a word that find's detectors of a
// word after '(', '>', '"' or a line break ask for (lineBreak's and
// the three others): one test for words after anything else.
var wordLead = func() (t [256]bool) {
	for c := range 256 {
		t[c] = lineBreak(byte(c)) || c == '(' || c == '>' || c == '"'
	}
	return t
}()

func lineBreak(c byte) bool { return c < ' ' && c != '\t' || c == 0x7f }

// lineStartOf returns where the line holding p starts, however far back:
// the per-line scans (sshArg, lineHas) read whole lines so that a second
// pass, with shorter pseudonyms in the line, decides as the first.
func lineStartOf(b []byte, p int) int {
	for p > 0 && !lineBreak(b[p-1]) {
		p--
	}
	return p
}

// lineHead is lineStartOf(sc.b, p), read back only to where the last
// call asked when p is on past it: the detectors that read a whole line
// (a bound in bytes would move with the pseudonyms before p in a second
// pass) are asked at a word that may come every few bytes of a long line
// ("-- Kai -- Kai …", "UID USER UID USER …"), and the scan goes forward.
func (sc *scanner) lineHead(p int) int {
	b, m := sc.b, &sc.lineAt
	var s int
	if sc.lineRead&32 != 0 && m.at <= p && p <= len(b) {
		if s = lineStartAfter(b, m.at, p); s == m.at {
			s = m.start // (no line break from there to p)
		}
	} else {
		s = lineStartOf(b, p)
	}
	m.at, m.start = p, s
	sc.lineRead |= 32
	return s
}

// lineStartAfter is lineStartOf(b, p) when that is past from; else from.
// Reading back from p stops at the line's start, where a reader going
// forward from from would have to cross every line in between.
func lineStartAfter(b []byte, from, p int) int {
	for p > from && !lineBreak(b[p-1]) {
		p--
	}
	return p
}

// pseudonymAt reports whether a pseudonym starts at b[p] ('<'); p may be
// len(b).
func pseudonymAt(b []byte, p int) bool {
	// (the first test inlined where it is called: most bytes are no '<')
	return p < len(b) && b[p] == '<' && pseudonymFrom(b, p)
}

// pseudonymFrom is pseudonymAt past its first test.
func pseudonymFrom(b []byte, p int) bool {
	for k := p + 2; k < len(b) && k-p < 48; k++ {
		if b[k] == '>' {
			return afterPseudonym(b, k+1) && !bytes.Contains(b[p+1:k], []byte("<"))
		}
		if !isAlnum(b[k]) && b[k] != '-' {
			return false
		}
	}
	return false
}

// gluedToPseudonym reports whether b[p] follows a pseudonym, or the '*'
// padding same-length scrubbing puts after one.
func gluedToPseudonym(b []byte, p int) bool {
	// (the first test inlined where it is called)
	return p > 0 && pseudonymEnd[b[p-1]] && gluedFrom(b, p)
}

// pseudonymEnd: the bytes a pseudonym ends with, '>' or the '*' padding
// after it.
var pseudonymEnd = [256]bool{'>': true, '*': true}

// gluedFrom is gluedToPseudonym past its first test.
func gluedFrom(b []byte, p int) bool {
	for p > 0 && b[p-1] == '*' {
		p--
	}
	return p > 0 && b[p-1] == '>' && afterPseudonym(b, p)
}

// closedLater reports whether the tag b[lt:p] ("<b>") is closed ("</b>")
// within the next 4 KiB: pseudonyms are never closed. The closing tag is
// looked for whole: same-length scrubbing's output holds a '<' every few
// bytes ("/home/<u>/home/<u>/…"), where a search for "</" and a test at
// each would cost a call a byte.
func closedLater(b []byte, lt, p int) bool {
	name := b[lt+1 : p-1]
	var buf [16]byte
	if len(name)+3 > len(buf) {
		return false // (afterPseudonym's tags are a letter and up to eight digits)
	}
	tag := append(append(append(buf[:0], '<', '/'), name...), '>')
	// in windows of 64 bytes, overlapping by the tag's length less one:
	// over a window that short bytes.Index compares at every offset at
	// once, where over a longer one it calls IndexByte at every '<'
	end := min(len(b), p+4096)
	for k := p; end-k >= len(tag); k += 64 - len(tag) + 1 {
		if bytes.Contains(b[k:min(end, k+64)], tag) {
			return true
		}
	}
	return false
}

// afterPseudonym reports whether b[:p] ends with a pseudonym (<user-1>,
// <host-h3fa9>, <LicenseKey-2>, or the compact <u1> and <u>), so that what
// follows is not taken for a fresh word. An XML tag (<Computer>, <data>)
// is no pseudonym: the text after it is a word of its own.
func afterPseudonym(b []byte, p int) bool {
	k := p - 2 // b[p-1] is '>'
	// compact: one lowercase class letter, digits
	d := k
	for d >= 0 && isDigit(b[d]) && k-d < 8 {
		d--
	}
	if d >= 1 && b[d] >= 'a' && b[d] <= 'z' && b[d-1] == '<' {
		// <b>, <p>, <h1> that a </b> closes later are HTML or XML
		// tags: what follows them is text of its own
		return !closedLater(b, d-1, p)
	}
	// full: a class name, '-', a number or 'h' and hex
	for k >= 0 && isHex(b[k]) && p-k < 20 {
		k--
	}
	if k == p-2 {
		return false
	}
	if k >= 0 && b[k] == 'h' {
		k--
	} else if !allDigits(b[k+1 : p-1]) {
		return false
	}
	if k < 1 || b[k] != '-' {
		return false
	}
	for k >= 1 && p-k < 48 && (isAlnum(b[k-1]) || b[k-1] == '-') {
		k--
	}
	return k >= 1 && b[k-1] == '<' && isAlnum(b[k])
}
