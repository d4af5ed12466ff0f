package redact

import "bytes"

// Hex dumps in a text log: xxd ("00000010: 2f68 6f6d 652f 6b6f  /home/ko"),
// hexdump -C ("00000010  2f 68 6f 6d ...  |/home/ko|"), od -A x -t x1z
// (">/home/ko<"), an Android tombstone's "memory near" lines (little-endian
// words: "    0000007fc3a1b2c0 2f656d6f682f7373 ...  ss/home/"), WinDbg's db
// ("00000000`00a1b2c0  43 3a 5c 55-73 65 ...  C:\Us") and lldb's memory
// read ("0x16fdff2a0: 2f 55 73 ...  /Users/z"). The bytes of a dump's lines
// are read together as memory (a path split over two lines, a name glued
// to other bytes, UTF-16 text shown as "C.:.\.U.s.e.r.s."), scrubbed as
// binary data is (ScrubSameLength: same-length pseudonyms), and the bytes
// that changed are written back into both columns, so the dump keeps its
// layout and a name is gone from its hex digits as from its characters.

const (
	dumpMaxLine  = 256     // a longer line is no dump line
	dumpMaxBytes = 64      // bytes a dump line shows at most
	dumpMaxBlock = 1 << 16 // bytes read together at most (then a new block)
)

// hexVal is a hex digit's value, -1 for other bytes.
var hexVal = func() (t [256]int8) {
	for c := range t {
		t[c] = -1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = int8(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c], t[c-32] = int8(c-'a'+10), int8(c-'a'+10)
	}
	return t
}()

// dumpLead marks the bytes a dump line may start with: a blank (the
// tombstone's indent) or a hex digit of its offset.
var dumpLead = func() (t [256]bool) {
	for _, c := range []byte(" 0123456789abcdefABCDEF") {
		t[c] = true
	}
	return t
}()

// dumpHead reports whether the line at i starts as a dump line does: a
// few blanks, an offset of 6 hex digits or more ("0x" before it: lldb).
// It reads 24 bytes at most.
func dumpHead(b []byte, i int) bool {
	p := i
	for p < len(b) && p-i < 8 && b[p] == ' ' {
		p++
	}
	if p+1 < len(b) && b[p] == '0' && b[p+1] == 'x' {
		p += 2
	}
	if p+7 > len(b) {
		return false
	}
	h := b[p : p+7]
	return isHex(h[5]) && isHex(h[4]) && isHex(h[0]) && isHex(h[1]) && isHex(h[2]) && isHex(h[3])
}

// dumpWord is dumpLine for the line whose first word (after blanks: the
// tombstone's indent) starts at i. syslog calls it at line starts.
func (sc *scanner) dumpWord(i int) {
	k := i
	for k > 0 && i-k < 8 && sc.b[k-1] == ' ' {
		k--
	}
	if k == 0 || lineBreak(sc.b[k-1]) {
		sc.dumpLine(k, 0)
	}
}

// dumpLine notes, when the line at i is a dump line and the next starts
// as one (at col too: after a log's prefix, dumpMid), or it shows 8 bytes
// or more, where it starts (sc.dumpAt).
func (sc *scanner) dumpLine(i, col int) {
	b := sc.b
	if !dumpHead(b, i) {
		return
	}
	e := len(b)
	if e-i > dumpMaxLine+2 {
		e = i + dumpMaxLine + 2
	}
	k := bytes.IndexByte(b[i:e], '\n')
	if k >= 0 {
		e = i + k
	} else if e < len(b) {
		return // too long
	}
	if sc.dump == nil {
		sc.dump = new(dumpBlock)
	}
	d := sc.dump
	d.reset()
	// a line alone (one line of a dump quoted in a log, a debugger's
	// one-line read) is a dump when it shows 8 bytes or more, as forDumps
	// reads it: its hex digits spell what its text column does. One whose
	// last characters hold no letter ("................") spells no name
	// there, and is not read (it costs).
	next := dumpHead(b, e+1) || col > 0 && dumpHead(b, e+1+col)
	if !next && !lettersEnd(b[max(i, e-16):e]) {
		return
	}
	if d.line(b, i, e) && (next || len(d.dec) >= 8) {
		sc.dumpAt = i + 1
	}
	d.reset()
}

// lettersEnd reports whether t holds an ASCII letter.
func lettersEnd(t []byte) bool {
	for _, c := range t {
		if c|0x20-'a' < 26 {
			return true
		}
	}
	return false
}

// dumpMid is dumpLine for a word of 8 hex digits at i after a blank
// inside a line: a dump line after a log's prefix (logcat's "D BtGatt:
// 00000000  2f 68 …  |/home/…|"), when a hex byte follows its blanks; or
// of 16 (the kernel's print_hex_dump of an address: "raw:
// ffff8881234567a0: 2f 68 …").
func (sc *scanner) dumpMid(i int) {
	b := sc.b
	j := i + 8
	if j < len(b) && b[j] != ':' && b[j] != ' ' && i+16 < len(b) && b[i+16] == ':' {
		j = i + 16
	}
	if j+4 > len(b) || !isHex(b[i+7]) || b[j] != ':' && b[j] != ' ' || hexRun(b, i, j) != j-i {
		return
	}
	p := j + 1
	if b[j] == ':' || b[p] == ' ' {
		p++
	}
	if p+2 < len(b) && isHex(b[p]) && isHex(b[p+1]) && (b[p+2] == ' ' || isHex(b[p+2])) {
		if s := lineStartNear(b, i); dumpInner(b, s, i) == i {
			sc.dumpLine(i, i-s)
		}
	}
}

// lineStartNear returns where the line holding i starts, looking back 128
// bytes at most (then i): unlike lineStartOf, bounded, for a dump line's
// prefix, and no scanner's lineStart (resume.go).
func lineStartNear(b []byte, i int) int {
	lo := max(0, i-128)
	if k := bytes.LastIndexByte(b[lo:i], '\n'); k >= 0 {
		return lo + k + 1
	}
	if lo == 0 {
		return 0
	}
	return i
}

// dumpInner returns where a dump line starts after a prefix in the line
// [s, e): the first word of 8 hex digits after a blank within 128 bytes
// of s, followed by ':' or a blank, or of 16 followed by ':'; or -1.
func dumpInner(b []byte, s, e int) int {
	lim := min(e, s+128)
	for p := s + 1; p+9 < len(b) && p <= lim; p++ {
		if b[p-1] != ' ' || !isHex(b[p]) {
			continue
		}
		n := hexRun(b, p, min(len(b), p+17))
		if n == 8 && (b[p+8] == ':' || b[p+8] == ' ') || n == 16 && p+16 < len(b) && b[p+16] == ':' {
			return p
		}
	}
	return -1
}

// dumpBlock is the decoded bytes of consecutive dump lines: dec[k] is shown
// by the hex digits at hexAt[k] and hexAt[k]+1 and the character at
// ascAt[k].
type dumpBlock struct {
	dec, orig    []byte
	hexAt, ascAt []int32
	cuts         []int32 // where cutHomes wrote a NUL
	upper        bool    // the hex digits are written in capitals
	lines        int
	// a line's hex groups: where each starts, and where it ends with the
	// bytes read so far (line)
	starts [dumpMaxBytes]int32
	ends   [dumpMaxBytes]struct{ at, m int32 }
}

func (d *dumpBlock) reset() {
	d.dec, d.orig, d.hexAt, d.ascAt, d.cuts = d.dec[:0], d.orig[:0], d.hexAt[:0], d.ascAt[:0], d.cuts[:0]
	d.upper = false
	d.lines = 0
}

// dumpShown is the character a dump's text column shows for c.
func dumpShown(c byte) byte {
	if c >= 0x20 && c < 0x7f {
		return c
	}
	return '.'
}

// line reports whether the line [s, e) (no line break) reads as a dump
// line, its bytes appended to d; false, with d unchanged, when it does
// not. The line is read once from its start, with bounded look-back
// for its text column.
func (d *dumpBlock) line(b []byte, s, e int) bool {
	if e > s && b[e-1] == '\r' {
		e--
	}
	if e-s < 12 || e-s > dumpMaxLine {
		return false
	}
	p := s
	for p < e && p-s < 8 && b[p] == ' ' {
		p++
	}
	if n := hexRun(b, p, e); n == e-p && n >= 32 && n&1 == 0 {
		// xxd -p: bytes alone, 30 a line, no offset nor text column
		for k := p; k < e; k += 2 {
			d.addByte(b, k, -1)
		}
		d.lines++
		return true
	}
	ox := p+2 < e && b[p] == '0' && b[p+1] == 'x'
	if ox {
		p += 2 // lldb, gdb
	}
	h := p
	for p < e && p-h < 16 && isHex(b[p]) {
		p++
	}
	if p-h < 6 {
		return false
	}
	if p-h == 8 && p < e && b[p] == '`' {
		// WinDbg's 64-bit address: 00000000`00a1b2c0
		p++
		q := p
		for p < e && p-q < 8 && isHex(b[p]) {
			p++
		}
		if p-q != 8 {
			return false
		}
	}
	if ox && p+1 < e && b[p] == ' ' && b[p+1] == '<' {
		// gdb's x of a symbol's memory: "0x4c6040 <buf+16>:\t0x…"
		k := bytes.IndexByte(b[p:min(e, p+96)], '>')
		if k < 0 || p+k+1 >= e || b[p+k+1] != ':' {
			return false
		}
		p += k + 1
	}
	colon := p < e && b[p] == ':'
	if colon {
		p++
	}
	if p >= e || b[p] != ' ' && b[p] != '\t' {
		return false
	}
	if p+3 < e && b[p+1] == ' ' && b[p+2] == '"' && b[e-1] == '"' {
		// WinDbg's du, a string over lines (`00a1b2c0  "C:\Users\chidinm"`,
		// `00a1b2e0  "a.eze\AppData\Lo"`): its characters, no hex
		for k := p + 3; k < e-1; k++ {
			d.dec = append(d.dec, b[k])
			d.hexAt = append(d.hexAt, -1)
			d.ascAt = append(d.ascAt, int32(k))
		}
		d.lines++
		return true
	}
	// the hex groups: their ends (text position and bytes so far), for
	// the text column to be tried after each, the last first. Blanks
	// part them, two at most, or four after four after an offset alone
	// (hexdump -x: "0000000    6663    0067"), or a tab (gdb's x); each is
	// written "0x…" when the first is (lldb's and gdb's words).
	starts, ends := &d.starts, &d.ends
	ng, m, g := 0, 0, 0
	gap, gox := 2, false
	for ng < dumpMaxBytes {
		q := p
		if q < e && b[q] == '\t' {
			q++
		} else {
			lim := gap
			if ng == 0 && !colon && !ox {
				lim = 4
			}
			for q < e && q-p < lim && (b[q] == ' ' || b[q] == '-' && q == p && ng > 0) {
				q++
			}
			if ng == 0 && q-p == 4 {
				gap = 4
			}
		}
		if q == p || q >= e {
			break
		}
		if q+2 < e && b[q] == '0' && b[q+1] == 'x' {
			if ng == 0 {
				gox = true
			}
			if gox {
				q += 2
			}
		} else if gox {
			break
		}
		r := q
		for r < e && r-q < 16 && isHex(b[r]) {
			r++
		}
		w := r - q
		if w == 8 && !gox && g != 8 && r+9 <= e && b[r] == '`' && hexRun(b, r+1, r+9) == 8 {
			// WinDbg's dq: "682f7373`00676663" (17 wide, groupByte)
			r += 9
			w = 17
		}
		if w == 0 || w&1 != 0 && w != 17 || r < e && b[r] != ' ' && b[r] != '-' && b[r] != '\t' {
			break
		}
		if g == 0 {
			if w != 2 && w != 4 && w != 8 && w != 16 && w != 17 {
				break
			}
			g = w
		} else if w > g {
			break
		}
		if m+w/2 > dumpMaxBytes {
			break
		}
		starts[ng] = int32(q)
		m += w / 2
		ends[ng] = struct{ at, m int32 }{int32(r), int32(m)}
		ng++
		p = r
		if w < g {
			break // a short last group (xxd's odd last byte)
		}
	}
	if ng >= 4 || m >= 16 || ng > 0 && d.lines > 0 {
		if last := ends[ng-1].at; blanksTo(b, int(last), e) {
			// no text column (od -A x -t x1 without its z, hexdump's
			// and od -x's words, od -t x8's, lldb's and gdb's): the
			// bytes alone, a word's in the host's order (little-endian)
			eachDumpByte(starts[:ng], last, g, g > 2, func(t, _ int) bool {
				d.addByte(b, t, -1)
				return true
			})
			d.lines++
			return true
		}
	}
	// the text column: the line's last bytes, one a byte, perhaps between
	// '|' (hexdump -C) or '>' and '<' (od); blanks before it. It is tried
	// after the last group, and after one before it that two blanks end
	// (the column's first characters read as a group: "dead beef").
	open := byte(0)
	if c := b[e-1]; c == '|' {
		open = '|'
	} else if c == '<' {
		open = '>'
	}
	for k := ng - 1; k >= 0; k-- {
		at, m := int(ends[k].at), int(ends[k].m)
		if k < ng-1 && (b[at] != ' ' || b[at+1] != ' ') {
			continue
		}
		for _, wrap := range [...]bool{true, false} {
			as := e - m
			if wrap {
				if open == 0 || b[as-2] != open {
					continue
				}
				as--
			}
			gap := at
			for gap < as && b[gap] == ' ' {
				gap++
			}
			if wrap && gap != as-1 || !wrap && gap != as {
				continue
			}
			for _, le := range [...]bool{false, true} {
				if d.match(b, starts[:k+1], ends[k].at, g, le, as) {
					d.add(b, starts[:k+1], ends[k].at, g, le, as)
					return true
				}
			}
		}
	}
	return false
}

// groupByte returns the text position of byte j of the group at q (g hex
// digits), little-endian or not. A group 17 wide is WinDbg's quad word,
// a '`' between its halves ("682f7373`00676663").
func groupByte(q int32, g, j int, le bool) int {
	if g == 17 {
		k := 14 - 2*j
		if !le {
			k = 2 * j
		}
		if k >= 8 {
			k++
		}
		return int(q) + k
	}
	if le {
		return int(q) + g - 2 - 2*j
	}
	return int(q) + 2*j
}

// eachDumpByte calls fn with the position of each byte's two hex digits in
// groups (each g digits but maybe the last, which ends at last), in
// memory order, and its index; it stops where fn returns false.
func eachDumpByte(groups []int32, last int32, g int, le bool, fn func(t, k int) bool) bool {
	k := 0
	for i, q := range groups {
		w := g
		if i == len(groups)-1 {
			w = int(last - q)
		}
		for j := 0; j < w/2; j++ {
			if !fn(groupByte(q, w, j, le), k) {
				return false
			}
			k++
		}
	}
	return true
}

// match reports whether the text column at as shows the bytes of groups
// (each g hex digits but maybe the last, which ends at last).
func (d *dumpBlock) match(b []byte, groups []int32, last int32, g int, le bool, as int) bool {
	return eachDumpByte(groups, last, g, le, func(t, k int) bool {
		return b[as+k] == dumpShown(byte(hexVal[b[t]])<<4|byte(hexVal[b[t+1]]))
	})
}

// add appends the bytes of groups (matched) to d.
func (d *dumpBlock) add(b []byte, groups []int32, last int32, g int, le bool, as int) {
	eachDumpByte(groups, last, g, le, func(t, k int) bool {
		d.addByte(b, t, as+k)
		return true
	})
	d.lines++
}

// addByte appends to d the byte whose hex digits are at t, shown at as in
// the text column (-1: none).
func (d *dumpBlock) addByte(b []byte, t, as int) {
	if b[t] >= 'A' && b[t] <= 'F' || b[t+1] >= 'A' && b[t+1] <= 'F' {
		d.upper = true
	}
	d.dec = append(d.dec, byte(hexVal[b[t]])<<4|byte(hexVal[b[t+1]]))
	d.hexAt = append(d.hexAt, int32(t))
	d.ascAt = append(d.ascAt, int32(as))
}

// hexRun returns how many hex digits b[p:e] starts with.
func hexRun(b []byte, p, e int) int {
	q := p
	for q < e && isHex(b[q]) {
		q++
	}
	return q - p
}

// blanksTo reports whether b[p:e] holds blanks only.
func blanksTo(b []byte, p, e int) bool {
	for ; p < e; p++ {
		if b[p] != ' ' && b[p] != '\t' {
			return false
		}
	}
	return true
}

// forDumps calls fn for each block of dump lines in b (two lines or more,
// or one of 8 bytes or more), its bytes decoded in d.
//
// col > 0 is where a dump line starts in its line after a log's prefix
// (dumpMid): such lines are read from there.
func forDumps(b []byte, d *dumpBlock, col int, fn func(d *dumpBlock)) {
	if d == nil {
		d = new(dumpBlock)
	}
	d.reset()
	flush := func() {
		if d.lines >= 2 || len(d.dec) >= 8 {
			fn(d)
		}
		d.reset()
	}
	n := len(b)
	for i := 0; i < n; {
		e := n
		if k := bytes.IndexByte(b[i:], '\n'); k >= 0 {
			e = i + k
		}
		if !dumpLead[b[i]] || !dumpHead(b, i) || !d.line(b, i, e) {
			if p := i + col; col > 0 && p+12 < e && b[p-1] == ' ' && isHex(b[p]) && d.line(b, p, e) {
				i = e + 1 // a dump line after a log's prefix
				continue
			}
			if d.lines > 0 {
				flush()
			}
		} else if len(d.dec) >= dumpMaxBlock {
			flush()
		}
		i = e + 1
	}
	if d.lines > 0 {
		flush()
	}
}

// scrubDumps scrubs the hex dumps in b in place (same length). It reports
// whether b holds one, and whether it changed b. Caller holds s.mu.
func (s *Session) scrubDumps(b []byte, col int) (found, changed bool) {
	forDumps(b, nil, col, func(d *dumpBlock) {
		found = true
		d.orig = append(d.orig[:0], d.dec...)
		cut := d.cutHomes()
		if s.scrubSame(d.dec, len(d.dec)) == 0 && !cut {
			return
		}
		d.uncut()
		digits := "0123456789abcdef"
		if d.upper {
			digits = "0123456789ABCDEF"
		}
		for k, c := range d.dec {
			if c == d.orig[k] {
				continue
			}
			if h := d.hexAt[k]; h >= 0 {
				b[h], b[h+1] = digits[c>>4], digits[c&15]
			}
			if a := d.ascAt[k]; a >= 0 {
				b[a] = dumpShown(c)
			}
			changed = true
		}
	})
	return found, changed
}

// dumpFrom returns where to read the dumps of b from, for a dump line
// find saw at at-1: the line before it (which a detector reading on may
// have stepped over).
func dumpFrom(b []byte, at int) int {
	k := at - 1
	if k > 0 {
		lo := max(0, k-1-dumpMaxLine)
		if p := bytes.LastIndexByte(b[lo:k-1], '\n'); p >= 0 {
			return lo + p + 1
		}
		if lo == 0 {
			return 0
		}
	}
	return k
}

// dumpCol returns where in its line the dump line find saw at at-1 starts
// when a log's prefix comes before it (dumpMid), else 0.
func dumpCol(b []byte, at int) int {
	if at > 1 && b[at-2] == ' ' {
		if s := lineStartNear(b, at-1); s < at-1 {
			return at - 1 - s
		}
	}
	return 0
}

// scrubDumpsAt is scrubDumps for b, where find saw a dump line at at-1
// (scanner.dumpAt). It reports whether it changed b.
func (s *Session) scrubDumpsAt(b []byte, at int) bool {
	_, changed := s.scrubDumps(b[dumpFrom(b, at):], dumpCol(b, at))
	return changed
}

// learnDumps learns the identifiers in the hex dumps of b, as scrubDumps
// would find them.
func (sc *scanner) learnDumps(b []byte, col int) {
	forDumps(b, nil, col, func(d *dumpBlock) {
		d.cutHomes()
		sub := &scanner{s: sc.s, learnOnly: true, rec: sc.rec, rawKeys: sc.rawKeys}
		sub.find(d.dec)
		forUTF16Runs(d.dec, func(_, _ int, narrow []byte, _ []int32) {
			sub.find(narrow)
		})
	})
}

// dumpHomes are the folders of home folders that memory holds glued to
// the bytes before them ("ss/home/kofi_m/", "\x01\x02C:\Users\ngozi"
// reads fine; "ssss/Users/zoe.k" does not).
var dumpHomes = [...]string{"/home/", "/Users/", "\\Users\\", "/users/", "\\users\\"}

// cutHomes separates a home folder's path in d.dec from a word character
// just before it (a NUL in its place, for the scan), so that the path is
// read as one: memory has no word boundaries. It reports whether it cut.
// uncut puts the bytes back (where the scan left them alone).
func (d *dumpBlock) cutHomes() bool {
	cut := false
	for _, h := range dumpHomes {
		for k := 1; k < len(d.dec); {
			j := bytes.Index(d.dec[k:], []byte(h))
			if j < 0 {
				break
			}
			k += j
			if c := d.dec[k-1]; ctab[c] != 0 && c != ':' && c != '/' && c != '\\' {
				d.dec[k-1] = 0
				d.cuts = append(d.cuts, int32(k-1))
				cut = true
			}
			k += len(h)
		}
	}
	return cut
}

func (d *dumpBlock) uncut() {
	for _, k := range d.cuts {
		if d.dec[k] == 0 {
			d.dec[k] = d.orig[k]
		}
	}
	d.cuts = d.cuts[:0]
}

// dumpRowsStart returns the newline before the first of the dump lines
// whose last ends at the newline k, when the line after k starts as a
// dump line too, or -1: the lines there are none, or the first starts
// before lo or further back than blockReach. A chunk cut between two dump
// lines would part a name spelled over them (each chunk's dumps are read
// alone).
func dumpRowsStart(buf []byte, k, lo int) int {
	if k+1 >= len(buf) || !dumpLead[buf[k+1]] || !dumpHead(buf, k+1) {
		return -1
	}
	lo = max(lo, k-blockReach, 0)
	for c := k; c > lo; {
		s := bytes.LastIndexByte(buf[lo:c], '\n')
		if s < 0 {
			return -1
		}
		s += lo
		if !dumpLead[buf[s+1]] || !dumpHead(buf, s+1) {
			if c == k {
				return -1 // no dump line before the cut
			}
			return c
		}
		c = s
	}
	return -1
}

// dumpQuietCut returns, for a chunk's cut at the newline k between two
// dump lines of a dump longer than dumpRowsStart reads back, the newline
// that ends the last dump line at k or before (after lo, within
// blockReach) whose last 4 bytes are NULs or line breaks: no name is
// spelled over such a cut, nor parted from the folder before it. It
// returns -1 where the line after k is no dump line, or no line is quiet.
func dumpQuietCut(buf []byte, k, lo int) int {
	if k+1 >= len(buf) || !dumpLead[buf[k+1]] || !dumpHead(buf, k+1) {
		return -1
	}
	lo = max(lo, k-blockReach, 0)
	var d dumpBlock
	for c := k; c > lo; {
		s := bytes.LastIndexByte(buf[lo:c], '\n')
		if s < 0 {
			return -1
		}
		s += lo
		d.reset()
		if !dumpLead[buf[s+1]] || !dumpHead(buf, s+1) || !d.line(buf, s+1, c) {
			return -1
		}
		if n := len(d.dec); n >= 4 && quietBytes(d.dec[n-4:]) {
			return c
		}
		c = s
	}
	return -1
}

// quietBytes reports whether t holds NULs and line breaks only.
func quietBytes(t []byte) bool {
	for _, c := range t {
		if c != 0 && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}
