package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// literals is the set of learned identifiers matched everywhere,
// ASCII-case-insensitively, at word boundaries. Candidates are bucketed by
// their folded first byte, so a position costs one table lookup unless a
// learned name starts with that letter.
type literals struct {
	first [256]bool
	// walk is walkBase with wLit and wAny where first is set: walk's one
	// look at a byte
	walk [256]uint8
	// digitFirst: some literal starts with a digit (timestamps then get
	// the full scan).
	digitFirst bool
	// pair has a bit for the folded first two bytes of every literal: most
	// words whose first letter starts some literal fail here.
	pair pairSet
	// gen counts the changes to what match and mayStart answer (an entry
	// added, an entry's caps cleared): walkMemo's answers hold while it
	// stays the same
	gen int
	// groups holds the entries of each first byte by their second byte,
	// longest first (in the order added among equal lengths): the first
	// that matches is the one match returns. add writes them in place:
	// clone copies them.
	groups  [256][]litGroup
	entries []litEntry
	// shared: entries' array is also another copy's (clone keeps it, as
	// appends reallocate): add copies it before it writes an entry in place
	shared bool
	// byPat maps a pattern to its first entry: a long run of one
	// length is looked up, not read through; and it finds the entry of
	// a class and pattern (add keeps one of each) when that first one
	// is of the class, as it nearly always is.
	byPat map[string]int
	// other maps class+"\x00"+pattern to its entry for the entries not
	// first of their pattern (a host's label that is a user's name too)
	other map[string]int
	// slab holds the entries' patterns, each cut off at its length: one
	// allocation for many
	slab []byte
	// spelled holds class+"\x00"+canon+"\x00"+value for each value
	// learnLiteral added with its spellings: learned again (each label of
	// "/Volumes/Amélie’s Music,/Volumes/…"), it adds none, and deriving
	// them again cost a hundred microseconds.
	spelled map[string]bool
}

// runLookup is the run length from which match looks a pattern up in
// byPat rather than compares the run's entries one by one.
const runLookup = 32

// litGroup is the entries with one folded first and second byte, in
// runs of one length, longest first: a length that would end inside a
// word is ruled out once for the whole run (a report with many people
// learned has hundreds of names starting "jo").
type litGroup struct {
	second byte
	runs   []litRun
}

// litRun is the entries n bytes long of a group, in the order added.
type litRun struct {
	n   int
	idx []int
}

// pairSet is a set of byte pairs: a cheap first test of the two bytes a
// match would start with.
type pairSet [1 << 16 / 64]uint64

func (t *pairSet) add(a, b byte) {
	x := int(a)<<8 | int(b)
	t[x/64] |= 1 << (x % 64)
}

func (t *pairSet) has(a, b byte) bool {
	x := uint(a)<<8 | uint(b) // unsigned: x%64 is a mask, no sign fix-up
	return t[x/64]&(1<<(x%64)) != 0
}

// mayStart is literalAt's first test, made where it is called (literalAt
// is not inlined, and most calls end there): whether a literal can start
// with the two bytes at p.
func (l *literals) mayStart(b []byte, p int) bool {
	return p+1 >= len(b) || l.pair.has(lower(b[p]), lower(b[p+1]))
}

type litEntry struct {
	pat   []byte // ASCII-lowercased
	class string
	canon string
	// caps: the entry is one word of a full name that is a common
	// English word too ("will" of "Will Thompson", "park" of "Jisoo
	// Park"): it matches only capitalised ("Will", "PARK"), so "this will
	// fail" and "park the car" stay (wordNames)
	caps bool
}

// wordNames are given names and surnames that are common English words,
// in lower case. Learned as a part of a full name, they match written
// with a capital only; learned as an account of their own ("login:
// will") they match however written.
var wordNames = wordSet(`will mark may bill rose grace hope joy faith june april august art max frank jack pat rob
	sue dawn amber ruby pearl iris ivy holly rich chase hunter drew gene guy ray penny sandy miles glen dean wade
	cliff page lane reed chance don carol young long white brown green black king little wood hill stone hall
	bell park cook baker price rice bush`)

func newLiterals() *literals {
	return &literals{byPat: map[string]int{}, other: map[string]int{}, spelled: map[string]bool{}, walk: walkBase}
}

// maxLiterals bounds the literals one session learns (memory: a name
// learned is some twenty spellings, a few hundred bytes with the maps
// that find them). Past it nothing more is learned: what the detectors
// find is still replaced where they find it, only no longer everywhere
// else in the report.
const maxLiterals = 1 << 17

// full reports whether the literals reached maxLiterals.
func (l *literals) full() bool { return len(l.entries) >= maxLiterals }

func (l *literals) add(pat, class, canon string) bool {
	if len(pat) < 3 || l.full() {
		return false
	}
	// pat lowered, on the stack: most of a person's spellings are
	// learned again ("Lune Vibe" after lune.vibe), and looking one up
	// takes no string
	var buf [64]byte
	lowB := append(buf[:0], pat...)
	foldASCII(lowB)
	caps := len(lowB) <= 8 && class == ClassUser && string(lowB) != canon && wordNames[string(lowB)]
	first, had := l.byPat[string(lowB)]
	if had {
		i, ok := first, l.entries[first].class == class
		if !ok {
			i, ok = l.other[class+"\x00"+string(lowB)]
		}
		if ok {
			if !caps && l.entries[i].caps {
				if l.shared {
					l.entries, l.shared = slices.Clone(l.entries), false
				}
				l.entries[i].caps = false // learned on its own too ("login: will")
				l.gen++
			}
			return false
		}
	}
	low := pat
	if string(lowB) != pat {
		low = string(lowB)
	}
	idx := len(l.entries)
	if had {
		l.other[class+"\x00"+low] = idx
	} else {
		l.byPat[low] = idx
	}
	if len(l.slab)+len(low) > cap(l.slab) {
		l.slab = make([]byte, 0, max(4096, len(low)))
	}
	n := len(l.slab)
	l.slab = append(l.slab, low...)
	l.entries = append(l.entries, litEntry{pat: l.slab[n:len(l.slab):len(l.slab)], class: class, canon: canon, caps: caps})
	c := low[0]
	l.groups[c] = withEntry(l.groups[c], low[1], idx, len(low))
	l.first[c] = true
	l.walk[c] |= wLit | wAny
	l.pair.add(c, low[1])
	l.gen++
	if isDigit(c) {
		l.digitFirst = true
	}
	if c >= 'a' && c <= 'z' {
		l.first[c-32] = true
		l.walk[c-32] |= wLit | wAny
	}
	return true
}

// find returns the entry of class and pattern low, given byPat's answer
// for low (first, had).
func (l *literals) find(class, low string, first int, had bool) (int, bool) {
	if !had {
		return 0, false
	}
	if l.entries[first].class == class {
		return first, true
	}
	i, ok := l.other[class+"\x00"+low]
	return i, ok
}

// withEntry adds entry idx, n bytes long, to the group of second in
// groups, after the entries as long, and returns groups. It writes in
// place (clone copies the groups): a copy of the group, or a shift of
// its entries, per entry made learning thousands of names quadratic.
func withEntry(groups []litGroup, second byte, idx, n int) []litGroup {
	g := -1
	for k := range groups {
		if groups[k].second == second {
			g = k
			break
		}
	}
	if g < 0 {
		groups = append(groups, litGroup{second: second})
		g = len(groups) - 1
	}
	grp := &groups[g]
	r := 0
	for r < len(grp.runs) && grp.runs[r].n > n {
		r++
	}
	if r < len(grp.runs) && grp.runs[r].n == n {
		grp.runs[r].idx = append(grp.runs[r].idx, idx)
	} else {
		grp.runs = slices.Insert(grp.runs, r, litRun{n: n, idx: []int{idx}})
	}
	return groups
}

// match returns the longest literal starting at b[p:] that ends at a word
// boundary (the first added of equally long ones), or -1.
func (l *literals) match(b []byte, p int) (end int, e *litEntry) {
	if p+1 >= len(b) {
		return -1, nil
	}
	c1, c2 := lower(b[p]), lower(b[p+1])
	if !l.pair.has(c1, c2) {
		return -1, nil
	}
	// the bytes from p lowered, as far as a looked-up run needed them:
	// runs come longest first, so the first look-up lowers what the later
	// ones read (a name learned in many spellings has many runs)
	var buf [64]byte
	lowered := 0
	for _, g := range l.groups[c1] {
		if g.second != c2 {
			continue
		}
		for _, r := range g.runs {
			q := p + r.n
			if q > len(b) {
				continue
			}
			last := lower(b[q-1])
			if q < len(b) && isAlnum(b[q]) && isAlnum(last) {
				// a match would end inside a word (a pattern that ends
				// in punctuation, "zoe%2E", takes any continuation)
				continue
			}
			if q < len(b) && b[q]&0xc0 == 0x80 && cutRune(b, p, q) {
				// a name learned from invalid UTF-8 ("ad\xc3") ends inside
				// a character here ("AD\xc3\x89"): a shorter literal may
				// still match ("oluwaseun" of "OLUWASEUN ADÉ"), as it does
				// in a second pass where that character is gone
				continue
			}
			if len(r.idx) >= runLookup && r.n <= 64 {
				// (the first added of a pattern comes first in its run)
				if r.n > lowered {
					copy(buf[lowered:r.n], b[p+lowered:q])
					foldASCII(buf[lowered:r.n])
					lowered = r.n
				}
				k := buf[:r.n]
				if i, ok := l.byPat[string(k)]; ok && !(l.entries[i].caps && b[p]-'A' >= 26) {
					return q, &l.entries[i]
				}
				continue
			}
			for _, i := range r.idx {
				ent := &l.entries[i]
				// (the last byte first: the variants of one name mostly
				// differ in length)
				if ent.pat[r.n-1] == last && eqFoldASCII(b[p:q], ent.pat) && !(ent.caps && b[p]-'A' >= 26) {
					return q, ent
				}
			}
		}
		break
	}
	return -1, nil
}

// reach returns how far past p match reads, at most, for a literal
// starting with the two bytes at p: the longest such literal's length
// (match reads the byte after it too).
func (l *literals) reach(b []byte, p int) int {
	c2 := lower(b[p+1])
	for _, g := range l.groups[lower(b[p])] {
		if g.second == c2 {
			return g.runs[0].n // (longest first)
		}
	}
	return 0
}

// readsPast reports whether match at p could answer otherwise were the
// bytes from k on others, b[k-1] no letter or digit (no literal ending
// at k-1 or before then ends inside a word): whether a literal starting
// with the two bytes at p, longer than k-p, begins with b[p:k] (ASCII
// case aside). Walk asks
// it where reach runs past a word: "std::string" after "studio" was
// learned, which match answers from "string" and the byte after it
// alone (walkMemo).
func (l *literals) readsPast(b []byte, p, k int) bool {
	c2 := lower(b[p+1])
	for _, g := range l.groups[lower(b[p])] {
		if g.second != c2 {
			continue
		}
		for _, r := range g.runs {
			if r.n <= k-p {
				break // (longest first: match reads no further for these)
			}
			for _, i := range r.idx {
				if eqFoldASCII(b[p:k], l.entries[i].pat[:k-p]) {
					return true
				}
			}
		}
		break
	}
	return false
}

// canonOf returns the canonical value a literal of class spelled v
// (ASCII case aside) is replaced by.
func (l *literals) canonOf(class, v string) (string, bool) {
	low := asciiLower(v)
	if len(low) < 3 {
		return "", false
	}
	// (one entry per class and pattern: add keeps no second)
	first, had := l.byPat[low]
	i, ok := l.find(class, low, first, had)
	if !ok {
		return "", false
	}
	return l.entries[i].canon, true
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				b[j] = lower(b[j])
			}
			return string(b)
		}
	}
	return s
}

func eqFoldASCII(a, patLower []byte) bool {
	for i, c := range patLower {
		if lower(a[i]) != c {
			return false
		}
	}
	return true
}

// learnLiteral registers value (in every encoding it may appear in) as a
// literal of class, replaced by the pseudonym of canon. Caller holds s.mu.
func (s *Session) learnLiteral(class, canon, value string, variants bool) bool {
	canon = canonical(canon)
	if value == "" || s.allowed(value) || s.allowed(canon) {
		return false
	}
	added := false
	add := func(v string) {
		if s.lits.add(v, class, canon) {
			added = true
		}
	}
	add(value)
	// Invalid UTF-8 (a Latin-1 name) has no other spellings that can be
	// derived: decoded, its bytes would become U+FFFD, which then matches
	// whatever else a JSON writer replaced the same way.
	if variants && isASCII(value) {
		// (cheap to derive, and adding them again adds none)
		var eb [3]string
		for _, v := range appendASCIIEncodings(eb[:0], value) {
			add(v)
		}
		if class == ClassUser {
			// "Mueller", "juergen.mueller": a German name learned in its
			// digraph spelling is also written without the e ("Muller",
			// "jurgen"), as one learned with its umlaut is (transliterations)
			if v := umlautContracted(value); v != "" && !nameStop[asciiLower(v)] && !s.allowed(v) {
				add(v)
				for _, e := range appendASCIIEncodings(eb[:0], v) {
					add(e)
				}
			}
		}
	} else if variants && utf8.ValidString(value) {
		// (spellings are only ever added: those of a value added once
		// are all there, and adding them again adds none)
		key := class + "\x00" + canon + "\x00" + value
		if s.lits.spelled[key] {
			return added
		}
		if len(s.lits.spelled) < maxLiterals {
			defer func() { s.lits.spelled[key] = true }()
		}
		for _, v := range encodings(value) {
			add(v)
		}
		// value is not ASCII here: its ASCII spellings ("kjaerstad" of
		// "kjærstad", "Juergen" and "Jurgen" of "Jürgen"), and its cases
		// and Unicode normal forms, which differ beyond ASCII folding:
		// macOS file systems hand out "Zoë" with the diaeresis as a
		// combining mark (NFD), most text has it composed (NFC)
		for _, v := range transliterations(value) {
			if lv := asciiLower(v); nameStop[lv] || genericUsers[lv] || genericHosts[lv] || s.allowed(v) {
				continue // "Ädmin" teaches no "admin"
			}
			add(v)
			for _, e := range encodings(v) {
				add(e)
			}
		}
		for _, f := range []string{value, norm.NFC.String(value), norm.NFD.String(value)} {
			for _, v := range []string{f, strings.ToLower(f), strings.ToUpper(f), titleCase(f)} {
				add(v)
				for _, e := range encodings(v) {
					add(e)
				}
			}
		}
	}
	if added {
		s.gen++
	}
	return added
}

// titleCase capitalises each word of v and lowercases the rest ("АНДРЕЙ
// ПЕТРОВ" -> "Андрей Петров"): ASCII folding does not reach the letters
// after the first.
func titleCase(v string) string {
	var b strings.Builder
	start := true
	for _, r := range v {
		if start {
			b.WriteRune(unicode.ToTitle(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r)
	}
	return b.String()
}

// encodings lists how a name can be written in files: URL-encoded
// punctuation, JSON \u escapes, Latin-1 (single-byte text: legacy logs
// and Windows ANSI strings), UTF-8 percent-encoding.
func encodings(v string) []string {
	if isASCII(v) {
		return asciiEncodings(v)
	}
	var out []string
	var pct, pctAll, ju, l1, py, oct strings.Builder
	l1ok := true
	for _, r := range v {
		switch {
		case r < 0x80:
			c := byte(r)
			if urlPunct(c) {
				hexEscape(&pct, "%", c, upperHex)
			} else {
				pct.WriteByte(c)
			}
			pctAll.WriteByte(c)
			py.WriteByte(c)
			oct.WriteByte(c)
			ju.WriteByte(c)
			l1.WriteByte(c)
		default:
			var buf [4]byte
			n := utf8.EncodeRune(buf[:], r)
			for _, c := range buf[:n] {
				hexEscape(&pct, "%", c, upperHex)
				hexEscape(&pctAll, "%", c, upperHex)
				hexEscape(&py, "\\x", c, lowerHex)
				oct.WriteByte('\\')
				oct.WriteByte('0' + c>>6)
				oct.WriteByte('0' + c>>3&7)
				oct.WriteByte('0' + c&7)
			}
			var units [2]uint16
			for _, u := range utf16.AppendRune(units[:0], r) {
				// (past the BMP a JSON writer escapes the surrogate pair:
				// Python's "\ud83c\udfa7")
				hexEscape(&ju, "\\u", byte(u>>8), lowerHex)
				hexEscape(&ju, "", byte(u), lowerHex)
			}
			if r <= 0xff {
				l1.WriteByte(byte(r))
			} else {
				l1ok = false
			}
		}
	}
	if p := pct.String(); p != v {
		out = append(out, p)
	}
	for _, s := range []string{pctAll.String(), ju.String(), py.String(), oct.String()} {
		if s != v {
			out = append(out, s)
		}
	}
	if p := pct.String(); p != v {
		// encoded twice (a file URL inside a query parameter): "%252E"
		out = append(out, strings.ReplaceAll(p, "%", "%25"))
	}
	if l1ok {
		out = append(out, l1.String())
	}
	if strings.Contains(v, " ") {
		out = append(out, strings.ReplaceAll(v, " ", "+"))
	}
	return out
}

// asciiEncodings is encodings for an ASCII v: its punctuation
// URL-encoded, once and twice, and its blanks written '+'.
func asciiEncodings(v string) []string {
	return appendASCIIEncodings(nil, v)
}

// appendASCIIEncodings appends asciiEncodings(v) to dst, built in one
// buffer: a name learned is a few of these, and learnLiteral hands dst
// on the stack.
func appendASCIIEncodings(dst []string, v string) []string {
	n := 0
	for k := 0; k < len(v); k++ {
		n += int(urlPunctTab[v[k]])
	}
	if n == 0 {
		return dst
	}
	// v with each such byte as %XX, then as %25XX (on the stack when
	// short: the string made of it is the one allocation)
	var sb [128]byte
	var buf []byte
	if need := 2*len(v) + 6*n; need <= len(sb) {
		buf = sb[:need]
	} else {
		buf = make([]byte, need)
	}
	once := len(v) + 2*n
	j, t := 0, once
	for k := 0; k < len(v); k++ {
		c := v[k]
		if urlPunctTab[c] == 0 {
			buf[j], buf[t] = c, c
			j, t = j+1, t+1
			continue
		}
		h, l := upperHex[c>>4], upperHex[c&15]
		buf[j], buf[j+1], buf[j+2] = '%', h, l
		buf[t], buf[t+1], buf[t+2], buf[t+3], buf[t+4] = '%', '2', '5', h, l
		j, t = j+3, t+5
	}
	all := string(buf)
	dst = append(dst, all[:once], all[once:])
	if strings.IndexByte(v, ' ') >= 0 {
		dst = append(dst, strings.ReplaceAll(v, " ", "+"))
	}
	return dst
}

// urlPunct: encodings writes c URL-encoded.
func urlPunct(c byte) bool {
	return urlPunctTab[c] != 0
}

// urlPunctTab is 1 for the bytes urlPunct reports.
var urlPunctTab = [256]uint8{'.': 1, ' ': 1, '-': 1, '_': 1, '@': 1, '+': 1, '\'': 1}

const upperHex, lowerHex = "0123456789ABCDEF", "0123456789abcdef"

// hexEscape writes prefix and c in two hex digits of digits to sb.
func hexEscape(sb *strings.Builder, prefix string, c byte, digits string) {
	sb.WriteString(prefix)
	sb.WriteByte(digits[c>>4])
	sb.WriteByte(digits[c&15])
}

// isASCII reports whether s holds no byte of 0x80 or more.
func isASCII[T ~string | ~[]byte](s T) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// cleanName decodes %XX and \uXXXX escapes and trims punctuation around a
// name taken from a path or key=value.
func cleanName(raw string) string {
	v := raw
	for k := 0; k < 2 && strings.Contains(v, "%"); k++ {
		v = pctDecode(v) // twice: "%252E" of a URL inside a URL
	}
	if strings.Contains(v, `\u`) {
		v = jsonUDecode(v)
	}
	if strings.Contains(v, `\x`) {
		if d := hexEscapesDecode(v); utf8.ValidString(d) {
			v = d
		}
	}
	if strings.Contains(v, `\2`) || strings.Contains(v, `\3`) {
		if d := octBytesDecode(v); utf8.ValidString(d) {
			v = d
		}
	}
	v = strings.Trim(v, " \t.,;:\"'`()[]{}<>")
	return v
}

func pctDecode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// jsonUDecode decodes the \uXXXX escapes in s, a surrogate pair to the
// one character it encodes (a name outside the Basic Multilingual Plane:
// CJK Extension B, emoji).
func jsonUDecode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+5 < len(s) && s[i+1] == 'u' {
			if r := uEscapeValue([]byte(s[i+2 : i+6])); r >= 0 {
				if r >= 0xd800 && r < 0xdc00 && i+11 < len(s) && s[i+6] == '\\' && s[i+7] == 'u' {
					if lo := uEscapeValue([]byte(s[i+8 : i+12])); lo >= 0xdc00 && lo < 0xe000 {
						r, i = int(utf16.DecodeRune(rune(r), rune(lo))), i+6
					}
				}
				b.WriteRune(rune(r))
				i += 5
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// octBytesDecode decodes the \NNN escapes of bytes outside ASCII that
// gdb and strace print (as octByteEscape reads them).
func octBytesDecode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) && octHigh(s[i+1], s[i+2], s[i+3]) {
			b.WriteByte((s[i+1]-'0')<<6 | (s[i+2]-'0')<<3 | (s[i+3] - '0'))
			i += 3
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// hexEscapesDecode decodes the \xNN escapes of a Python bytes repr and
// of udev's labels (ID_FS_LABEL_ENC, by-label links).
func hexEscapesDecode(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) && s[i+1] == 'x' && isHex(s[i+2]) && isHex(s[i+3]) {
			b.WriteByte(unhex(s[i+2])<<4 | unhex(s[i+3]))
			i += 3
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	default:
		return c - 'A' + 10
	}
}

// plausibleName rejects placeholders and junk: $USER, %USERNAME%, {user},
// pseudonyms, numbers.
func plausibleName(v string) bool {
	if len(v) < 2 || len(v) > 64 {
		return false
	}
	if strings.ContainsAny(v, "$%{}<>*?\"|/\\\x00\n\r\t=:") {
		return false
	}
	if strings.Contains(v, "\uFFFD") {
		return false // what a lossy decode left: the name itself is gone
	}
	if methodCall(v) {
		return false // source code's value: {'username': config.get(server, …)}
	}
	hasLetter := false
	for _, r := range v {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 {
			hasLetter = true
			break
		}
	}
	return hasLetter
}

// methodCall: v starts with a call of a method or a module's function,
// as source code writes one ("config.get(server", "os.getenv(").
func methodCall(v string) bool {
	k := strings.IndexByte(v, '(')
	if k <= 0 || strings.IndexByte(v[:k], '.') <= 0 {
		return false
	}
	for _, c := range []byte(v[:k]) {
		if !(isAlnum(c) || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

// personKey marks, in s.learned, a user learned as a person's name
// (learnPerson): only such a first name takes the next word as its
// surname (surnameAfter). An account name from a home folder does not:
// "max" of /Users/max would make "Buffer" of "Max Buffer Size" a name.
const personKey = "person\x00"

// learnPerson learns a person's name. Caller holds s.mu.
func (s *Session) learnPerson(raw string) {
	// (as learnUser: a value learned again changes nothing)
	if s.userTried[raw]&triedPerson != 0 {
		return
	}
	s.learnUser(raw)
	if c := canonical(cleanName(raw)); c != "" && !s.lits.full() {
		s.learned[personKey+c] = true
	}
	if t, ok := s.userTried[raw]; ok {
		s.userTried[raw] = t | triedPerson
	}
}

// The bits of Session.userTried.
const (
	triedUser uint8 = 1 << iota
	triedPerson
)

// learnUser learns a user name. Caller holds s.mu.
func (s *Session) learnUser(raw string) bool {
	// A log repeats "user=zoe.k": after the first call for a value, which
	// learned it or found it no name (a pure test of the value), every
	// later one changes nothing.
	t, ok := s.userTried[raw]
	if t&triedUser != 0 {
		return false
	}
	if s.userTried == nil {
		s.userTried = map[string]uint8{}
	}
	if ok || len(s.userTried) < maxUserTried {
		s.userTried[raw] = t | triedUser
	}
	v := cleanName(raw)
	if !plausibleName(v) || isGenericUser(v) || s.allowed(v) {
		return false
	}
	canon := canonical(v)
	k := ClassUser + "\x00" + canon
	if s.learned[k] || s.lits.full() {
		return false
	}
	s.learned[k] = true
	s.learnLiteral(ClassUser, canon, v, true)
	// Windows 8.3 short names of the profile folder: ZOEKOW~1, NGUYN~1
	// of Nguyễn.
	if shortName(v) || shortNameExt(v) {
		if c, ok := s.lits.canonOf(ClassUser, v); ok && c != canon {
			s.aliasUser(canon, c) // the long name came first
		}
	} else {
		var kbuf [64]byte
		kb := kbuf[:0]
		for _, sn := range shortNames(v) {
			kb = appendLowered(append(kb[:0], ClassUser+"\x00"...), sn) // (canonical(sn), on the stack)
			if s.learned[string(kb)] {
				s.aliasUser(canon, canonical(sn)) // the short name came first
			}
			s.lits.add(sn, ClassUser, canon)
		}
	}
	// A company's or a team's name goes where it is written whole, its
	// words being no name parts (orgName). A person's account:
	person := !orgName(canon)
	if person {
		// Name parts ("aroha" and "kowalski" of aroha.kowalski85) are
		// scrubbed too: they name the same person in file names and
		// messages.
		for _, part := range nameParts(v) {
			s.learnLiteral(ClassUser, canon, part, true)
			s.learnSquashed(part, canon)
		}
		if a, b, ok := twoNames(v); ok {
			// the family name first, as Chinese, Vietnamese, Korean,
			// Japanese and Hungarian write it ("Li Wei" of wei.li)
			s.learnSquashed(b+a, canon)
		}
		// The same account spelled with other separators: a handle, a
		// machine name or a file name joins the parts as it likes
		// (zoe.kowalski: zoe_kowalski, zoe-kowalski, ZoeKowalski).
		for _, j := range joinedVariants(v) {
			if !isGenericUser(j) { // "Anon Ymous <do@not.spam.me>": no "anonymous"
				s.learnLiteral(ClassUser, canon, j, true)
			}
		}
	}
	s.learnSquashed(v, canon)
	if person {
		s.learnInitials(v, canon)
	}
	s.gen++
	return true
}

// twoNames splits an account of two names joined by '.' or '_' ("wei.li",
// "minh_nguyen") into them.
func twoNames(v string) (string, string, bool) {
	k := strings.IndexAny(v, "._")
	if k <= 0 || k == len(v)-1 {
		return "", "", false
	}
	for i, r := range v {
		if i != k && !unicode.IsLetter(r) {
			return "", "", false
		}
	}
	return v[:k], v[k+1:], true
}

// learnInitials records how the account v may abbreviate its owner's full
// name: an initial and the surname (tmokoena, t.mokoena, mokoenat), or the
// first name and an initial (thandekam, thandeka.m). A full name in text
// ("Thandeka Mokoena") is then found by its initials (initialName). Keys
// in s.squashed: "^" initial+surname, "$" first name+initial.
func (s *Session) learnInitials(v, canon string) {
	var parts []string
	for _, f := range strings.FieldsFunc(v, func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == ' ' }) {
		sq, ok := squash(nil, []byte(f))
		if !ok || len(sq) == 0 {
			return // digits, another script: no such name
		}
		parts = append(parts, string(sq))
	}
	name := func(w string) bool { return len(w) >= 4 && len(w) <= 40 && !nameStop[w] && !isGenericUser(w) }
	put := func(k string) {
		if s.squashed == nil {
			s.squashed = map[string]string{}
		}
		if _, dup := s.squashed[k]; !dup {
			s.squashed[k] = canon
			s.squashLog = append(s.squashLog, k)
		}
	}
	switch {
	case len(parts) == 1 && len(parts[0]) >= 5:
		w := parts[0]
		if name(w[1:]) {
			put("^" + w) // tmokoena
		}
		if n := len(w) - 1; name(w[:n]) {
			put("^" + w[n:] + w[:n]) // mokoenat
			put("$" + w)             // thandekam
			s.squashPair[w[n]-'a'] |= 1 << (w[0] - 'a')
		}
	case len(parts) == 2 && len(parts[0]) == 1 && name(parts[1]):
		put("^" + parts[0] + parts[1]) // t.mokoena
	case len(parts) == 2 && len(parts[1]) == 1 && name(parts[0]):
		put("^" + parts[1] + parts[0]) // mokoena.t
		put("$" + parts[0] + parts[1]) // thandeka.m
		s.squashPair[parts[1][0]-'a'] |= 1 << (parts[0][0] - 'a')
	}
}

// aliasUser makes the user canon take the pseudonym of to.
func (s *Session) aliasUser(canon, to string) {
	if s.alias == nil {
		s.alias = map[string]string{}
	}
	if a, ok := s.alias[to]; ok {
		to = a
	}
	if to != canon {
		s.alias[canon] = to
		s.aliases++
		s.gen++
	}
}

// shortName reports whether v reads as a Windows 8.3 short name made from
// a longer one (ZOEKOW~1).
func shortName(v string) bool {
	n := len(v)
	return n >= 4 && n <= 8 && v[n-2] == '~' && v[n-1] >= '1' && v[n-1] <= '9'
}

// shortNameExt reports whether v reads as a Windows 8.3 short name with
// an extension (NGUYN~1.VN).
func shortNameExt(v string) bool {
	k := strings.LastIndexByte(v, '.')
	return k > 0 && len(v)-k-1 <= 3 && len(v)-k-1 >= 1 && shortName(v[:k])
}

// learnSquashed records v folded to ASCII letters (see squashedName) when
// that is at least three letters long (a name of three matches only a
// word with letters outside ASCII: "Zoë", "Léa" of zoe, lea), and the
// same without the digraphs German and Nordic accounts spell letters
// with (joerg, mueller, soeren, haakon for Jörg, Müller, Søren, Håkon,
// which fold to jorg, muller, soren, hakon).
func (s *Session) learnSquashed(v, canon string) {
	var buf [64]byte
	sq, ok := squash(buf[:0], []byte(v))
	if !ok || len(sq) < 3 || len(sq) > 63 || genericUsers[string(sq)] {
		return
	}
	s.addSquashed(sq, canon)
	if t := undigraph(sq); len(t) != len(sq) && len(t) >= 3 && !genericUsers[string(t)] {
		s.addSquashed(t, canon)
	}
}

// addSquashed records the folded name sq as canon's.
func (s *Session) addSquashed(sq []byte, canon string) {
	if s.squashed == nil {
		s.squashed = map[string]string{}
	}
	if c, dup := s.squashed[string(sq)]; !dup || c != canon && !isASCII(c) && isASCII(canon) {
		// an account's part wins over a name written out that folds
		// to it (Adébáyọ̀ met before seun.adebayo): userAlias leads
		// the name to the account
		k := string(sq)
		s.squashed[k] = canon
		s.squashLog = append(s.squashLog, k)
		s.squashLens |= 1 << len(sq)
		s.squashPair[sq[0]-'a'] |= 1 << (sq[1] - 'a')
	}
}

// undigraph returns sq with ae, oe, ue and aa written as the one letter
// they stand for (ä, ö, ü, å folded), or sq itself when it has none.
func undigraph(sq []byte) []byte {
	var out []byte
	for k := 0; k < len(sq); k++ {
		if k+1 < len(sq) && (sq[k+1] == 'e' && (sq[k] == 'a' || sq[k] == 'o' || sq[k] == 'u') || sq[k] == 'a' && sq[k+1] == 'a') {
			if out == nil {
				out = append(make([]byte, 0, len(sq)), sq[:k]...)
			}
			out = append(out, sq[k])
			k++
			continue
		}
		if out != nil {
			out = append(out, sq[k])
		}
	}
	if out == nil {
		return sq
	}
	return out
}

// squash appends the letters of v to dst, lower-cased and folded to ASCII
// as transliterations folds them (marks dropped, ø -> o); blanks, dots,
// hyphens, underscores and apostrophes are dropped. ok is false for
// anything else (digits, other scripts).
func squash(dst, v []byte) ([]byte, bool) {
	for k := 0; k < len(v); {
		c := v[k]
		if c < 0x80 {
			switch {
			case c >= 'a' && c <= 'z':
				dst = append(dst, c)
			case c >= 'A' && c <= 'Z':
				dst = append(dst, c+32)
			case c == ' ' || c == '.' || c == '-' || c == '_' || c == '\'':
			default:
				return dst, false
			}
			k++
			continue
		}
		r, n := utf8.DecodeRune(v[k:])
		k += n
		if r == '\u2019' || unicode.Is(unicode.Mn, r) {
			continue
		}
		if t, found := translitPlain[r]; found {
			dst = append(dst, asciiLower(t)...)
			continue
		}
		var db [16]byte
		letters := 0
		for _, d := range norm.NFD.AppendString(db[:0], string(r)) {
			switch {
			case d >= 'a' && d <= 'z':
				dst = append(dst, d)
				letters++
			case d >= 'A' && d <= 'Z':
				dst = append(dst, d+32)
				letters++
			case d < 0x80:
				return dst, false
			}
		}
		if letters == 0 {
			return dst, false
		}
	}
	return dst, true
}

// shortStem is the 6-character stem Windows uses for an 8.3 alias of a long
// name, or "" when the name already fits 8.3.
func shortStem(v string) string {
	if len(v) <= 64 && isASCII(v) {
		// (every account learned asks: upper-cased on the stack)
		var sb [64]byte
		st := sb[:0]
		for k := 0; k < len(v); k++ {
			if c := v[k]; c != ' ' && c != '.' {
				if c >= 'a' && c <= 'z' {
					c -= 32
				}
				st = append(st, c)
			}
		}
		if len(st) <= 8 && len(st) == len(v) {
			return ""
		}
		if len(st) < 2 {
			return ""
		}
		return string(st[:min(6, len(st))])
	}
	var b strings.Builder
	for _, r := range strings.ToUpper(v) {
		if r == ' ' || r == '.' {
			continue
		}
		if r >= 0x80 {
			r = '_'
		}
		b.WriteRune(r)
	}
	st := b.String()
	if len(st) <= 8 && !strings.ContainsAny(v, " .") {
		return ""
	}
	if len(st) > 6 {
		st = st[:6]
	}
	if len(st) < 2 {
		return ""
	}
	return st
}

// shortNames returns the 8.3 names Windows may give the long name v,
// numbered ~1 to ~4: those of shortStem's stem; and for a name with
// letters outside ASCII (which always takes a short name), those of its
// letters written without them (NGUYN~1 of Nguyễn, as Windows writes one
// where the code page lacks them), folded to their base letters
// (NGUYEN~1) or written '_' (NGUY_N~1); when v has a dot, the part before
// its last dot is the short name's base too, alone or with the first
// three letters after it as its extension (NGUYN~1, NGUYN~1.VN of
// nguyễn.văn).
func shortNames(v string) []string {
	var stems, out []string
	add := func(st string) {
		if len(st) > 6 {
			st = st[:6]
		}
		if len(st) >= 2 && !slices.Contains(stems, st) {
			stems = append(stems, st)
		}
	}
	if st := shortStem(v); st != "" {
		add(st)
	}
	if !isASCII(v) {
		f := shortForms(v)
		add(f[0])
		add(f[1])
		add(f[2])
		if k := strings.LastIndexByte(v, '.'); k > 0 {
			base, ext := shortForms(v[:k]), shortForms(v[k+1:])
			for x := range 2 { // (without the letters, folded)
				add(base[x])
				if e := ext[x][:min(3, len(ext[x]))]; e != "" && len(base[x]) >= 2 {
					st := base[x][:min(6, len(base[x]))]
					for i := 1; i <= 4; i++ {
						out = append(out, st+"~"+"01234"[i:i+1]+"."+e)
					}
				}
			}
		}
	}
	if len(stems) == 0 {
		return out
	}
	// stem~1 to stem~4 of each stem, in one string
	var sb [128]byte
	buf := sb[:0]
	for _, st := range stems {
		for i := byte('1'); i <= '4'; i++ {
			buf = append(buf, st...)
			buf = append(buf, '~', i)
		}
	}
	all := string(buf)
	out = slices.Grow(out, 4*len(stems))
	p := 0
	for _, st := range stems {
		for range 4 {
			out = append(out, all[p:p+len(st)+2])
			p += len(st) + 2
		}
	}
	return out
}

// shortForms returns v upper-cased without blanks and dots, its letters
// outside ASCII left out, folded to their base letters, and written '_'.
func shortForms(v string) (f [3]string) {
	var drop, fold, under strings.Builder
	for _, r := range v {
		switch {
		case r == ' ' || r == '.':
		case r < 0x80:
			drop.WriteRune(unicode.ToUpper(r))
			fold.WriteRune(unicode.ToUpper(r))
			under.WriteRune(unicode.ToUpper(r))
		default:
			under.WriteByte('_')
			if t, ok := translitPlain[r]; ok {
				fold.WriteString(strings.ToUpper(t))
				continue
			}
			for _, d := range norm.NFD.String(string(r)) {
				if d < 0x80 && unicode.IsLetter(d) {
					fold.WriteRune(unicode.ToUpper(d))
				}
			}
		}
	}
	return [3]string{drop.String(), fold.String(), under.String()}
}

// joinedVariants returns v's parts (split at '.', '_', '-' and blanks)
// joined by the other separators, and without one when every part has
// two letters or more ("priyan" of priya.n would be another name). The
// letters-only parts are joined too when v has digits (ArohaKowalski of
// aroha.kowalski85). Nothing for a name of one part.
func joinedVariants(v string) []string {
	sep := func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == ' ' }
	letters := strings.FieldsFunc(v, func(r rune) bool { return sep(r) || r >= '0' && r <= '9' })
	// as nameParts: a part of four letters or more must read as a name
	// (no "build" of build.bot2: a role mailbox), and one must
	named := false
	var lb [64]byte
	for _, p := range letters {
		if utf8.RuneCountInString(p) >= 4 {
			if nameStop[string(appendLowered(lb[:0], p))] || isGenericUser(p) {
				return nil
			}
			named = true
		}
	}
	if !named {
		return nil
	}
	// the variants written one after another in all, the k-th ending at
	// ends[k]: one string for them all
	var jb [256]byte
	var eb [10]int
	all, ends := jb[:0], eb[:0]
	for _, digits := range []bool{true, false} {
		f := letters
		if digits {
			if !strings.ContainsAny(v, "0123456789") {
				// (the same parts: the round without digits adds none)
				digits = false
			} else {
				f = strings.FieldsFunc(v, sep)
			}
		}
		if len(f) < 2 || len(f) > 4 {
			if !digits {
				break
			}
			continue
		}
		short, runes := false, 0
		for _, p := range f {
			n := utf8.RuneCountInString(p)
			short = short || n < 2
			runes += n
		}
		for _, s := range []string{".", "_", "-", " ", ""} {
			if s == "" && short || runes+len(s)*(len(f)-1) < 6 {
				continue
			}
			start := len(all)
			all = append(all, f[0]...)
			for _, p := range f[1:] {
				all = append(all, s...)
				all = append(all, p...)
			}
			dup := string(all[start:]) == v
			for k, from := 0, 0; !dup && k < len(ends); k++ {
				dup = string(all[from:ends[k]]) == string(all[start:])
				from = ends[k]
			}
			if dup {
				all = all[:start]
				continue
			}
			ends = append(ends, len(all))
		}
		if !digits {
			break
		}
	}
	if len(ends) == 0 {
		return nil
	}
	str := string(all)
	out := make([]string, len(ends))
	from := 0
	for k, e := range ends {
		out[k], from = str[from:e], e
	}
	return out
}

// appendLowered appends w lowered, as strings.ToLower lowers it, to dst: an
// ASCII word (nearly every one) is copied and folded, with no string
// made.
func appendLowered(dst []byte, w string) []byte {
	if !isASCII(w) {
		return append(dst, strings.ToLower(w)...)
	}
	n := len(dst)
	dst = append(dst, w...)
	foldASCII(dst[n:])
	return dst
}

func nameParts(v string) []string {
	var out []string
	f := strings.FieldsFunc(v, func(r rune) bool {
		return r == '.' || r == '_' || r == '-' || r == ' ' || r == '+' || r >= '0' && r <= '9'
	})
	if len(f) < 2 && len(f) == 1 && f[0] == v || serviceAccount(v, f) {
		return nil
	}
	var lb [64]byte
	for _, p := range f {
		// isGenericUser also rejects the user keys themselves ("login" of
		// x.login): learned, they would be replaced where they name the key
		if utf8.RuneCountInString(p) < 4 {
			continue
		}
		if l := appendLowered(lb[:0], p); !nameStop[string(l)] && !platformParts[string(l)] && !isGenericUser(p) {
			out = append(out, p)
		}
	}
	return out
}

// platformParts are words of a maintainer's name or address that name a
// platform or a project's service ("Ian Darwin", "sascha-web-bugs.
// freedesktop.org@…"): learned alone, the word went from every target
// triple, changelog and bug link ("aarch64-apple-darwin",
// "gitlab.freedesktop.org"). The whole name still goes.
var platformParts = wordSet(`darwin freebsd openbsd netbsd android ubuntu debian fedora gentoo freedesktop
	gnome github gitlab sourceforge launchpad bugzilla bugs lists devel announce noreply patches`)

// learnHost learns a host name (and the first label of a dotted name).
// Caller holds s.mu.
func (s *Session) learnHost(raw string) bool {
	v := strings.TrimSuffix(cleanName(raw), ".")
	if !plausibleName(v) || isGenericHost(v) || s.allowed(v) || len(v) < 3 {
		return false
	}
	if isIPv4Literal(v) || strings.Count(v, ":") >= 2 {
		return false // addresses are handled by the ip detector
	}
	canon := canonical(v)
	k := ClassHost + "\x00" + canon
	if s.learned[k] || s.lits.full() {
		return false
	}
	s.learned[k] = true
	s.learnLiteral(ClassHost, canon, v, true)
	if i := strings.IndexByte(v, '.'); i > 0 {
		first := v[:i]
		if len(first) >= 3 && !isGenericHost(first) && plausibleName(first) && machineLabel(first, v) {
			s.learnLiteral(ClassHost, canon, first, true)
		}
	}
	if owner := appleHostOwner(v); owner != "" {
		// "Kofis-MacBook-Pro.local", macOS's name for "Kofi's MacBook
		// Pro": the owner without the possessive's s, and with it
		// ("Charles-iMac" of "Charles' iMac")
		s.learnHostOwner(owner)
		if t := strings.TrimSuffix(owner, "s"); t != owner && !strings.HasSuffix(t, "-") {
			s.learnHostOwner(t)
		}
	} else if e, ns, ne := deviceOfHost([]byte(v), 0); e > 0 {
		s.learnHostOwner(v[ns:ne]) // "iPhone-de-Maria"
	} else if e := ownerHostEnd([]byte(v), 0); e > 0 {
		// a machine named after its owner ("SBU-LAPTOP" under "Computer
		// name:"), wherever it was found: as the learn pass's look at
		// every dashed word (learnWord) teaches, so does the scrub pass
		s.learnHostOwner(v[:strings.IndexByte(v, '-')])
	} else if owner := s.namedHostOwner(v); owner != "" {
		s.learnHostOwner(owner) // "njeri-gathoni-thinkpad": njeri, gathoni
	}
	s.gen++
	return true
}

// namedHostOwner returns the owner's two names of the machine name v
// named after a person's first name and surname and then the machine
// ("njeri-gathoni-thinkpad", "kofi-mensah-pc", "Ngozi-Adeyemi-XPS-13"),
// or "". The machine's words come last: one of machineWords, then model
// parts (a digit in each, or modelWords). Two words before a machine's
// are a person's when either is a learned account ("njeri-gathoni-thinkpad"
// of /home/njeri), or both are in title case and the machine is a
// person's own (not a desktop or a workstation, that a team's or a
// program's name comes before as well: "Kde-Plasma-Desktop"). "web-server-01",
// "build-agent-linux" end in no machine's word. Caller holds s.mu.
func (s *Session) namedHostOwner(v string) string {
	if i := strings.IndexByte(v, '.'); i >= 0 {
		v = v[:i]
	}
	if len(v) > 64 {
		return ""
	}
	f := strings.Split(v, "-")
	n := len(f)
	for n > 3 && (allDigits([]byte(f[n-1])) || modelWords[asciiLower(f[n-1])] || strings.ContainsAny(f[n-1], "0123456789")) {
		n--
	}
	if n != 3 || !machineWords[asciiLower(f[2])] {
		return ""
	}
	first, last := f[0], f[1]
	for _, w := range [2]string{first, last} {
		if len(w) < 2 || len(w) > 24 || !utf8.ValidString(w) {
			return ""
		}
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return ""
			}
		}
		if l := strings.ToLower(w); notOwners[l] || possStop[l] || nameStop[l] || isGenericUser(l) || s.allowed(l) {
			return ""
		}
	}
	owner := first + "-" + last
	switch {
	case s.learned[ClassUser+"\x00"+canonical(first)] || s.learned[ClassUser+"\x00"+canonical(last)]:
	case !sharedMachineWords[asciiLower(f[2])] && titleCaseAt([]byte(first), 0) && titleCaseAt([]byte(last), 0):
	default:
		// (two words in one case, neither learned, are as often a machine's
		// nickname, "red-dragon-laptop", "BLACK-BEAST-PC": learning them
		// would replace "Black" and "Red" everywhere in the report)
		return ""
	}
	return owner
}

// modelWords follow a machine's word in its model's name with no digit
// ("XPS-13-Plus", "ThinkPad-X1-Carbon", "MacBook-Pro"), lowercased.
var modelWords = wordSet(`pro air mini max plus ultra carbon yoga nano slim flip fold gen lite`)

// sharedMachineWords name machines a team or a program owns as often as a
// person ("kde-plasma-desktop", "render-farm-workstation"), lowercased.
var sharedMachineWords = wordSet(`desktop workstation tower virtualbox vmware nuc surface`)

// appleHostOwner returns the owner's part of a host name macOS or iOS
// made from a device's name ("Kofis-MacBook-Pro", "Kofi-Mensahs-iPhone",
// "Amas-MacBook-Air-2.local"), or "".
func appleHostOwner(v string) string {
	if i := strings.IndexByte(v, '.'); i >= 0 {
		v = v[:i]
	}
	if i := strings.LastIndexByte(v, '-'); i > 0 && i+1 < len(v) && allDigits([]byte(v[i+1:])) {
		v = v[:i] // a second machine of the name: "-2"
	}
	lv := asciiLower(v)
	for _, d := range appleDeviceTails {
		if len(lv) > len(d)+3 && strings.HasSuffix(lv, d) && lv[len(lv)-len(d)-1] == '-' {
			owner := v[:len(v)-len(d)-1]
			for _, c := range []byte(owner) {
				if !isLetter(c) && c != '-' {
					return ""
				}
			}
			if l := asciiLower(owner); notOwners[l] || possStop[l] || notOwners[strings.TrimSuffix(l, "s")] {
				return ""
			}
			return owner
		}
	}
	return ""
}

// appleDeviceTails: the device words that end the host names macOS and
// iOS make from "Name's <device>", lowercased, longest first.
var appleDeviceTails = []string{"macbook-pro", "macbook-air", "mac-studio", "mac-mini", "imac-pro", "ipad-pro", "ipad-air",
	"ipad-mini", "macbook", "mac-pro", "iphone", "imac", "ipad", "ipod", "mbp", "mba"}

// learnHostOwner learns owner, the part of a machine's name before its
// machine word ("LAUREN" of LAUREN-PC), as a user's name.
func (s *Session) learnHostOwner(owner string) {
	if len(owner) >= 3 {
		s.learnUser(owner)
	}
}

// privateZones end the names of machines on a home or company network.
var privateZones = []string{".fritz.box", ".home.arpa", ".ts.net", ".tailscale.net", ".localdomain", ".lan", ".local", ".home", ".internal", ".intranet", ".box"}

// machineLabel reports whether first, the first label of the dotted host
// name v, names the machine on its own: v lies in a private zone
// (kai-mbp.fritz.box, nas.home.arpa), or the label reads as a machine's
// name (a dash or digit, capitals: KAI-PC, studio2). The first label of a
// public service's name is a word ("sync" of sync.serato.com, "api"):
// learned, it would replace sync.py and /v1/sync.
func machineLabel(first, v string) bool {
	lv := asciiLower(v)
	for _, z := range privateZones {
		if strings.HasSuffix(lv, z) {
			return true
		}
	}
	if internalHost([]byte(v)) {
		return true
	}
	for _, c := range []byte(first) {
		if c == '-' || isDigit(c) || c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

func isIPv4Literal(v string) bool {
	dots := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == '.' {
			dots++
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return dots == 3
}

func isHexOrUUID(v string) bool {
	n := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		if isHex(c) {
			n++
		} else if c != '-' && c != '{' && c != '}' {
			return false
		}
	}
	return n >= 16
}

// translitPlain and translitDigraph spell letters that do not decompose
// into an ASCII letter and marks, or that have a conventional two-letter
// spelling (German ä -> ae, Danish å -> aa).
var translitPlain = map[rune]string{
	'æ': "ae", 'Æ': "AE", 'ø': "o", 'Ø': "O", 'ß': "ss", 'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D",
	'ð': "d", 'Ð': "D", 'þ': "th", 'Þ': "TH", 'œ': "oe", 'Œ': "OE", 'ı': "i",
}

var translitDigraph = map[rune]string{
	'ä': "ae", 'Ä': "AE", 'ö': "oe", 'Ö': "OE", 'ü': "ue", 'Ü': "UE", 'ø': "oe", 'Ø': "OE",
	'å': "aa", 'Å': "AA",
}

// umlautContracted returns the ASCII name v with the digraphs German
// writes for ä, ö and ü ("ae", "oe", "ue") contracted to their vowel
// ("Mueller" -> "Muller", "Juergen" -> "Jurgen", "Schroeder" ->
// "Schroder"), or "" where v has none. A digraph counts between a
// consonant and a consonant, and not before a lone 'l' nor as "gue" or
// "que": the vowels of "Samuel", "Manuela", "Michael", "Joel", "Chloe",
// "Miguel", "Rodriguez" are their own.
func umlautContracted(v string) string {
	var out []byte
	last := 0 // v[:last] is in out
	for k := 1; k+2 < len(v); k++ {
		c, p, x := v[k]|0x20, v[k-1]|0x20, v[k+2]|0x20
		if v[k+1]|0x20 != 'e' || c != 'a' && c != 'o' && c != 'u' || !asciiConsonant(p) || !asciiConsonant(x) ||
			c == 'u' && (p == 'g' || p == 'q') || x == 'l' && (k+3 == len(v) || v[k+3]|0x20 != 'l') {
			continue
		}
		out = append(out, v[last:k+1]...)
		last = k + 2 // (the e)
	}
	if out == nil || len(out)+len(v)-last < 5 {
		return ""
	}
	return string(append(out, v[last:]...))
}

// asciiConsonant: c (lower case) is an ASCII consonant other than y.
func asciiConsonant(c byte) bool {
	return c-'a' < 26 && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u' && c != 'y'
}

// transliterations are the ASCII spellings of a name in Latin letters
// with diacritics: marks dropped ("Jurgen", "soren", "lukasz"), and with
// the digraphs of German and Scandinavian ("Juergen", "soeren", "aase").
// Names in other scripts have none.
func transliterations(v string) []string {
	var out []string
	for _, digraph := range []bool{false, true} {
		var b strings.Builder
		ok := true
		for _, r := range norm.NFC.String(v) {
			if r < 0x80 {
				b.WriteRune(r)
				continue
			}
			if digraph {
				if t, found := translitDigraph[r]; found {
					b.WriteString(t)
					continue
				}
			}
			if t, found := translitPlain[r]; found {
				b.WriteString(t)
				continue
			}
			n := 0
			for _, d := range norm.NFD.String(string(r)) {
				if d < 0x80 {
					b.WriteRune(d)
					n++
				} else if !unicode.Is(unicode.Mn, d) {
					ok = false
				}
			}
			if n == 0 {
				ok = false
			}
			if !ok {
				break
			}
		}
		if t := b.String(); ok && t != v && len(t) >= 3 && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}
