package redact

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"unicode/utf8"
)

const (
	textChunk  = 256 << 10 // bytes scanned per step
	maxCarry   = 64 << 10  // a line longer than this is cut at a blank
	binOverlap = 4 << 10   // same-length streaming: bytes re-scanned across chunks
)

// emitText appends b with spans replaced by pseudonyms, counting them.
// Caller holds s.mu.
func (s *Session) emitText(dst, b []byte, spans []span) []byte {
	last := 0
	if len(spans) < 32 {
		for _, sp := range spans {
			if sp.class == "" {
				continue
			}
			dst = append(dst, b[last:sp.start]...)
			dst = s.appendPseudonym(dst, sp.class, sp.canon)
			s.summary[sp.class]++
			last = sp.end
		}
		return append(dst, b[last:]...)
	}
	// Many spans: the summary's counts are gathered in a small table by
	// class and written once each, not one map write per span (a slot
	// taken by another class is written out first; the summary classes
	// fall in distinct slots but location and phone).
	var counts [32]struct {
		class string
		n     int
	}
	for _, sp := range spans {
		if sp.class == "" {
			continue
		}
		dst = append(dst, b[last:sp.start]...)
		dst = s.appendPseudonym(dst, sp.class, sp.canon)
		c := &counts[(len(sp.class)+4*int(sp.class[0])+9*int(sp.class[len(sp.class)>>1]))&31]
		if c.class != sp.class {
			if c.n > 0 {
				s.summary[c.class] += c.n
			}
			c.class, c.n = sp.class, 0
		}
		c.n++
		last = sp.end
	}
	for _, c := range counts {
		if c.n > 0 {
			s.summary[c.class] += c.n
		}
	}
	return append(dst, b[last:]...)
}

// findStable runs the scanner over b until no new identifier is learned,
// so that a name learned late in b is also replaced earlier in b.
func (s *Session) findStable(sc *scanner, b []byte) {
	pem, wer := sc.inPEM, sc.wer
	for round := 0; round < 4; round++ {
		sc.inPEM, sc.wer = pem, wer
		was := s.learnedNow()
		sc.find(b)
		sc.from = startState{}
		if s.gen == was.gen {
			return
		}
		// the next scan may stop where this one last learned, and start
		// well before where it first did (resume.go)
		sc.use = sc.ck
		if sc.next.pos > 0 && s.harmlessBefore(b[:sc.nextL], was) {
			sc.from = sc.next
		}
	}
	sc.use.pos, sc.from = 0, startState{} // (for b only)
}

// stringScanner returns a scanner for one string, sharing the session's
// keyMemo. Caller holds s.mu.
func (s *Session) stringScanner() *scanner {
	if s.keyMemo == nil {
		s.keyMemo = map[string]string{}
	}
	if s.rawKeys == nil {
		s.rawKeys = new(rawKeyMemo)
	}
	return &scanner{s: s, keyCache: s.keyMemo, rawKeys: s.rawKeys}
}

// ScrubString returns v with identifiers replaced.
func (s *Session) ScrubString(v string) string {
	if v == "" {
		return v
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.scrubStringLocked(v)
}

func (s *Session) scrubStringLocked(v string) string {
	sc := s.stringScanner()
	b := []byte(v)
	s.findStable(sc, b)
	dumped := sc.dumpAt > 0 && s.scrubDumpsAt(b, sc.dumpAt) // (as scrubTextChunk)
	if dumped {
		s.findStable(sc, b)
	}
	if len(sc.spans) == 0 {
		if dumped {
			return string(b)
		}
		return v
	}
	return string(s.emitText(make([]byte, 0, len(b)+16), b, sc.spans))
}

// LearnProse learns the identifiers in v, a person's own words (a
// report's comment), as ScrubString would find them, every detector
// running (Learn runs those that learn, the strong prose shapes among
// them: "Thanks, Jana"). Nothing is counted in the summary.
func (s *Session) LearnProse(v string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.findStable(&scanner{s: s}, []byte(v))
}

// Learn learns identifiers from p (text or binary: ASCII and UTF-16LE at
// both byte parities) without changing anything.
func (s *Session) Learn(p []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sc := &scanner{s: s, learnOnly: true}
	s.learnBuf(sc, p)
}

func (s *Session) learnBuf(sc *scanner, p []byte) {
	sc.dumpAt = 0
	sc.find(p)
	if sc.dumpAt > 0 {
		sc.learnDumps(p[dumpFrom(p, sc.dumpAt):], dumpCol(p, sc.dumpAt))
	}
	// (the UTF-16 strings read no process table on, nor end one)
	partial, ps, end := sc.partial, sc.ps, sc.psEnd
	sc.partial, sc.ps = false, psTable{}
	forUTF16Runs(p, func(_, _ int, narrow []byte, _ []int32) {
		sc.find(narrow)
	})
	sc.partial, sc.ps, sc.psEnd = partial, ps, end
}

// psOverlapped is the layout of the process table a learn chunk ended in,
// for the next chunk, which starts inside its last row (binOverlap).
func psOverlapped(t psTable) psTable {
	t.skip = t.on
	return t
}

// midWord reports whether a chunk that follows prev (the stream byte just
// before it) starts inside a word.
func midWord(prev byte) bool { return ctab[prev] != 0 }

// LearnReader learns identifiers from r in bounded memory. Large inputs are
// scanned by up to GOMAXPROCS workers (parallel.go), with the same result.
func (s *Session) LearnReader(r io.Reader) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if w := s.workerCount(); w > 0 {
		return s.learnReaderPar(r, w)
	}
	// (ScrubTextRewind's learn pass from a late chunk inside a process
	// table reads its rows on)
	sc := &scanner{s: s, learnOnly: true, ps: s.lateTable}
	s.lateTable = psTable{}
	return chunks(r, s.chunkSize()+s.carrySize(), binOverlap, func(buf []byte, final bool) (int, error) {
		s.learnBuf(sc, buf)
		if final {
			return len(buf), nil
		}
		used := len(buf) - binOverlap
		sc.partial = midWord(buf[used-1])
		sc.ps = psOverlapped(sc.psEnd)
		return used, nil
	})
}

// ScrubText copies src to dst with identifiers replaced, streaming in
// line-aligned chunks (memory stays bounded for any input size). A
// UTF-16 input (byte-order mark FF FE or FE FF) is decoded, scrubbed as
// UTF-8 is and written back as UTF-16 with its mark.
// Large inputs are scanned by up to GOMAXPROCS workers (parallel.go); the
// output is byte for byte that of the serial loop below.
func (s *Session) ScrubText(dst io.Writer, src io.Reader) error {
	br := newPeekReader(src)
	if utf16BOM(br.peek(2)) {
		return s.scrubTextUTF16(dst, br)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if w := s.workerCount(); w > 0 {
		return s.scrubTextPar(dst, br, w)
	}
	return s.scrubTextSerial(dst, br)
}

// scrubTextSerial is ScrubText's loop on one core. Caller holds s.mu.
func (s *Session) scrubTextSerial(dst io.Writer, br io.Reader) error {
	sc := &scanner{s: s, walkMemo: s.newWalkMemo()}
	out := make([]byte, 0, bufFor(br, textChunk+textChunk/8))
	carry := s.carrySize()
	var off int64
	return chunks(br, s.chunkSize()+carry, 0, func(buf []byte, final bool) (int, error) {
		cut := len(buf)
		if !final {
			cut = textCut(buf, carry)
		}
		was, ps := s.learnedNow(), sc.ps
		out = s.scrubTextChunk(sc, buf[:cut], out[:0])
		if s.late(off, was) {
			s.lateTable = ps
			return 0, errLate
		}
		if _, err := dst.Write(out); err != nil {
			return 0, fmt.Errorf("redact: write: %w", err)
		}
		off += int64(cut)
		return cut, nil
	})
}

// utf16BOM reports whether head starts with a UTF-16 byte-order mark,
// little- or big-endian.
func utf16BOM(head []byte) bool {
	return len(head) >= 2 && (head[0] == 0xff && head[1] == 0xfe || head[0] == 0xfe && head[1] == 0xff)
}

// errLate stops an optimistic pass (ScrubTextRewind).
var errLate = errors.New("redact: identifier learned after the first chunk")

// learnedAt is how much a session had learned: its generation and its
// counts of literals, squashed keys and aliases (late, lateHarmless).
type learnedAt struct{ gen, lits, squash, aliases int }

func (s *Session) learnedNow() learnedAt {
	return learnedAt{s.gen, len(s.lits.entries), len(s.squashLog), s.aliases}
}

// late reports, in an optimistic pass, that the chunk at input offset off
// taught an identifier (the session learned since was, when the chunk
// began) although an earlier chunk was already written: that output may
// hold it. Caller holds s.mu.
func (s *Session) late(off int64, was learnedAt) bool {
	if !s.optimistic || off == 0 || s.gen == was.gen {
		return false
	}
	// lateHarmless reads the off bytes written again, once for each
	// spelling of what was learned (latePatterns: two for a literal; and
	// a folded name): those reads, over the whole pass, may cost up to
	// lateBudget times off in all, well under what the second pass
	// costs. Past that the second pass is the cheaper: a log naming a
	// new host on every line would read all that came before it again at
	// every chunk, a quadratic cost, and its chunks teach thousands of
	// spellings.
	cost := off * int64(2*(len(s.lits.entries)-was.lits)+len(s.squashLog)-was.squash+1)
	// (a hex dump written before may hold what was learned in no
	// spelling lateHarmless reads: split over its lines)
	if !s.dumpSeen && s.lateSpent+cost <= lateBudget*off && s.lateHarmless(off, was) {
		s.lateSpent += cost
		return false
	}
	s.lateAt = off
	return true
}

// lateBudget bounds what an optimistic pass spends reading its input
// again (late), as the times each written byte may be read. A read costs
// a few instructions a byte; a second pass, learning and scrubbing, over
// a hundred.
const lateBudget = 16

// Rewinder is an output that can be emptied and written again, as an
// *os.File can.
type Rewinder interface {
	io.Writer
	io.Seeker
	Truncate(size int64) error
}

// ScrubTextRewind is ScrubText for a seekable input and output, in a
// single pass where it can be. It learns as it scrubs; when a chunk after
// the first teaches an identifier (a user name first seen in a home path
// deep in the log, which earlier lines may hold bare), the bytes already
// written may hold it. When src is also an io.ReaderAt, the input already
// scrubbed is read again and, when it holds no spelling of what was
// learned (lateHarmless), the pass goes on. Otherwise it stops, learns
// from the rest of src, empties dst and scrubs src again from its start
// with everything known. Logs name their user and host in their first
// lines, and a JVM's hs_err log its user only in a memory map near its
// end, so the second pass is rare. It returns how many passes over src it
// made (learning counted).
func (s *Session) ScrubTextRewind(dst Rewinder, src io.ReadSeeker) (passes int, err error) {
	start, err := src.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, fmt.Errorf("redact: %w", err)
	}
	rewind := func(off int64) error {
		if _, err := src.Seek(start+off, io.SeekStart); err != nil {
			return fmt.Errorf("redact: %w", err)
		}
		return nil
	}
	var head [2]byte
	n, _ := io.ReadFull(src, head[:])
	if err := rewind(0); err != nil {
		return 0, err
	}
	if utf16BOM(head[:n]) {
		// UTF-16 text: learned from as it decodes, then scrubbed so
		d, err := newUTF16Decoder(src)
		if err != nil {
			return 1, err
		}
		if err := s.LearnReader(d); err != nil {
			return 1, err
		}
		if err := rewind(0); err != nil {
			return 1, err
		}
		return 2, s.ScrubText(dst, src)
	}
	s.mu.Lock()
	// what the pass hands out is undone if it starts over: the serial loop
	// numbers the late chunk's findings before it notices, the parallel
	// one does not, and the numbers written must not hang on the cores
	summary, pseudo, next := maps.Clone(s.summary), maps.Clone(s.pseudo), maps.Clone(s.next)
	s.optimistic, s.lateAt, s.lateSpent, s.dumpSeen = true, 0, 0, false
	if ra, ok := src.(io.ReaderAt); ok {
		// a name learned late needs no second pass when what was
		// written cannot hold it (lateHarmless reads src again)
		s.lateSrc, s.lateBase = ra, start
	}
	s.mu.Unlock()
	err = s.ScrubText(dst, src)
	s.mu.Lock()
	s.optimistic, s.lateSrc = false, nil
	lateAt := s.lateAt
	s.mu.Unlock()
	if !errors.Is(err, errLate) {
		return 1, err
	}
	// The late chunk and everything after it are learned from; what came
	// before was scrubbed (and so learned from) already.
	if err := rewind(lateAt); err != nil {
		return 1, err
	}
	if err := s.LearnReader(src); err != nil {
		return 2, err
	}
	if err := rewind(0); err != nil {
		return 2, err
	}
	if _, err := dst.Seek(0, io.SeekStart); err != nil {
		return 2, fmt.Errorf("redact: %w", err)
	}
	if err := dst.Truncate(0); err != nil {
		return 2, fmt.Errorf("redact: %w", err)
	}
	s.mu.Lock()
	s.summary, s.pseudo, s.next = summary, pseudo, next
	s.pcache = [len(s.pcache)]pcacheEntry{}
	s.mu.Unlock()
	return 3, s.ScrubText(dst, src)
}

// scrubTextChunk appends chunk, scrubbed, to out. Caller holds s.mu.
func (s *Session) scrubTextChunk(sc *scanner, chunk, out []byte) []byte {
	pem, wer := sc.inPEM, sc.wer
	sc.dumpAt = 0
	s.findStable(sc, chunk)
	if sc.dumpAt > 0 {
		// hex dumps (hexdump.go), with all the chunk teaches known:
		// scrubbed in place, same length, and the chunk scanned again
		// (nothing left in their columns to change their width)
		s.dumpSeen = true
		if s.scrubDumpsAt(chunk, sc.dumpAt) {
			sc.inPEM, sc.wer = pem, wer
			s.findStable(sc, chunk)
		}
	}
	if bytes.IndexByte(chunk, 0) >= 0 {
		// UTF-16 strings inside a text log (dumped buffers): scrubbed
		// in place, same length; ASCII findings do not overlap them
		// because NUL separates words.
		g := s.gen
		s.scrubUTF16Locked(sc, chunk)
		if s.gen != g {
			s.findStable(sc, chunk)
		}
	}
	sc.ps = sc.psEnd // (a process table read on in the next chunk)
	return s.emitText(out, chunk, sc.spans)
}

// textCut picks where to end a chunk: after its last newline, else after a
// carriage return, a NUL or a list separator's blank near the end, else
// after a list separator or between two tags near the end, else after a
// blank near the end, else the whole buffer.
func textCut(buf []byte, carry int) int {
	if k := bytes.LastIndexByte(buf, '\n'); k >= 0 && len(buf)-k <= carry {
		// not inside a .reg value continued over lines ("…,00,\" at
		// the end of each): its bytes are read as one (reg.go)
		for c := k; continued(buf, c); {
			p := bytes.LastIndexByte(buf[:c], '\n')
			if p < 0 || len(buf)-p > carry {
				break
			}
			c = p
			k = p
		}
		if p := lastBlockStart(buf, len(buf)-carry, k); p >= 0 {
			// a blank line or a shell prompt near the end is a better
			// place still: tool outputs and messages are blocks, and some
			// detectors read a block from its first line on (net
			// localgroup's members under "Members", quser's rows under
			// their header), which a cut inside the block would hide
			k = p
		}
		if t := bytes.TrimLeft(buf[k+1:], " "); len(t) == 1 && t[0] == '-' || underline(t) ||
			len(t) == 0 && bytes.Contains(buf[bytes.LastIndexByte(buf[:k], '\n')+1:k], []byte("  ")) {
			// the header of a table underlined after the cut (read in
			// part, or not yet: a line of columns ending the buffer)
			// goes with its rows
			if c := bytes.LastIndexByte(buf[:k], '\n'); c >= 0 && len(buf)-c <= carry {
				k = c
			}
		}
		if c := leadBefore(buf, k); c >= 0 && len(buf)-c <= carry {
			// a closing ("Thanks,", "-- ") or "Members" ends the chunk:
			// it goes with the next one, which holds what it leads
			k = c
		}
		if c := dumpRowsStart(buf, k, len(buf)-carry); c >= 0 {
			// a hex dump's lines: read together, a name split over
			// two of them goes (hexdump.go)
			k = c
		} else if c := dumpQuietCut(buf, k, len(buf)-carry); c >= 0 {
			// a longer one's: parted where no name is spelled over
			// the cut
			k = c
		}
		if c := psRowsStart(buf, k, len(buf)-carry); c >= 0 {
			// a process table's rows, longer than a block's reach: its
			// header goes with the rows after the cut, whose USER
			// column psUserTable reads from it
			k = c
		}
		return k + 1
	}
	lo := len(buf) - carry
	if lo < 0 {
		lo = 0
	}
	// A line of more than carry bytes. Cut at any blank, a chunk could
	// part a phrase from the identifier it leads ("Signed in as |kofi",
	// "user: |kofi", "--user |kofi", "C:\Users\Kofi |Mensah"): the next
	// chunk's scan starts after the cut, so the identifier went out as it
	// was, and was never learned. A line's end ('\r' of old Mac text) or a
	// NUL parts nothing, nor does the blank after a separator of list items
	// (", " in JSON, CSV or prose).
	for k := len(buf) - 1; k > lo; k-- {
		if c := buf[k]; c == '\r' || c == 0 || (c == ' ' || c == '\t') && listSep[buf[k-1]] && !optionItem(buf, k-1) {
			return k + 1
		}
	}
	// Without a blank (minified JSON or XML, a query string) a cut at the
	// end could part a key from its value or a name in two
	// ("user":"kai5.|okonkwo"). Before a separator of list items or
	// parameters (a key at a chunk's start, "password=x&host=h", would
	// read as the line's last: the separator says where its value ends),
	// after a bracket, or between two tags, it parts neither; but an
	// argv's option and its value are list items too ("--password",|"x"),
	// and a plist's key is a tag before its value's
	// (<key>UserName</key>|<string>kofi</string>).
	for k := len(buf) - 1; k > lo; k-- {
		switch c := buf[k]; {
		case c == ',' || c == ';' || c == '&' || c == '|':
			if !optionItem(buf, k) {
				return k
			}
		case listSep[c]:
			return k + 1
		case c == '>' && k+1 < len(buf) && buf[k+1] == '<' && !bytes.HasSuffix(buf[:k+1], []byte("</key>")):
			return k + 1 // (between two tags of minified XML)
		}
	}
	// Else after the last blank: a word is not parted.
	for k := len(buf) - 1; k > lo; k-- {
		if c := buf[k]; c == ' ' || c == '\t' {
			return k + 1
		}
	}
	return len(buf)
}

// optionItem reports whether the separator at c ends a quoted command
// line option ("--password", '-u',): the list's next item is its value.
func optionItem(buf []byte, c int) bool {
	if c < 3 || buf[c] != ',' || buf[c-1] != '"' && buf[c-1] != '\'' {
		return false
	}
	q := bytes.LastIndexByte(buf[max(0, c-64):c-1], buf[c-1])
	return q >= 0 && buf[max(0, c-64)+q+1] == '-'
}

// listSep: the bytes that separate a list's items or a query's
// parameters (JSON, CSV, URLs), which no key/value pair or name spans.
var listSep = [256]bool{',': true, ';': true, '&': true, '|': true, '{': true, '}': true, '[': true, ']': true}

// lastBlockStart returns the newline that ends the last blank line ending
// at k or before, or the newline before the last shell prompt's line
// ("C:\>quser", "PS C:\> Get-LocalUser", "$ who") or table header's
// (tableHead, or a line above an underline), whichever is later, within
// blockReach before k and after lo; or -1. All start a block: a tool's
// output follows its command, a table's rows its header. (The lines are
// read forward: IndexByte is vectorised, LastIndexByte is not.)
func lastBlockStart(buf []byte, lo, k int) int {
	lo = max(lo, k-blockReach, 0)
	found := -1
	// the first line start after lo
	q := bytes.IndexByte(buf[lo:k], '\n')
	if q < 0 {
		return -1
	}
	head := -1 // the newline before the last line not blank
	for p := lo + q; p < k; {
		e := bytes.IndexByte(buf[p+1:k+1], '\n') + p + 1 // (buf[k] is a newline)
		line := buf[p+1 : e]
		switch {
		case len(line) == 0 || len(line) == 1 && line[0] == '\r':
			found = e
			p = e
			continue
		case promptLine(line) || tableHead(line):
			found = p
		case head >= 0 && underline(line):
			found = head // the table's header above it
		}
		head, p = p, e
	}
	return found
}

// psRowsStart returns the newline before the header of the process table
// (psHeaderLine) whose rows end at the newline k, or -1: the line there
// is none of its rows (psRowLine), or the header is the buffer's first
// line or starts before lo. Only a line shaped as a process row, or a
// header, reads the lines above it.
func psRowsStart(buf []byte, k, lo int) int {
	if k > len(buf) || !bytes.Contains(buf[max(lo, 0):k], []byte("PID")) {
		// no header above (every header names the PID column): a
		// crash log's frames, "12  Serato DJ Pro.exe …", are shaped
		// as rows, and would be read back over the whole carry
		return -1
	}
	for k > lo {
		s := bytes.LastIndexByte(buf[:k], '\n')
		line := bytes.TrimRight(buf[s+1:k], "\r")
		if psHeaderLine(line) {
			if s < lo {
				return -1
			}
			return s
		}
		if !psRowLine(line) || s < 0 {
			return -1
		}
		k = s
	}
	return -1
}

// psRowLine reports whether line may be a row of a process table: its
// first or second blank-separated field is a number (the PID) and the
// next holds no ':' (a time), or it is the rule under smbstatus's
// header.
func psRowLine(line []byte) bool {
	if len(line) == 0 || len(line) > 512 {
		return false
	}
	if len(bytes.Trim(line, "- ")) == 0 {
		return bytes.IndexByte(line, '-') >= 0
	}
	pid := false
	for k, n := 0, 0; n < 3; n++ {
		for k < len(line) && line[k] == ' ' {
			k++
		}
		s := k
		for k < len(line) && line[k] != ' ' {
			k++
		}
		if s == k {
			return false
		}
		if pid {
			// the field after the PID: a syslog line's day is followed
			// by its time ("Dec  4 21:09:00"), a process's PID by none
			return bytes.IndexByte(line[s:k], ':') < 0
		}
		if n == 2 {
			return false
		}
		pid = allDigits(line[s:k])
	}
	return false
}

// psHeaderLine reports whether line is a process table's header, as
// psUserTable reads one: process columns only, among them PID and
// USER, UID or Username.
func psHeaderLine(line []byte) bool {
	if len(line) > 256 {
		return false
	}
	pid, user := false, false
	for _, f := range bytes.Fields(line) {
		switch {
		case string(f) == "PID":
			pid = true
		case string(f) == "USER" || string(f) == "UID" || string(f) == "Username":
			user = true
		case !psColumns[string(f)]:
			return false
		}
	}
	return pid && user
}

// tableHead reports whether line is the header of a table whose rows a
// detector reads under it: quser's "USERNAME  SESSIONNAME …" (the
// accounts), wmic's serial number columns. Cut from it, the rows went
// out as they were.
func tableHead(line []byte) bool {
	if i := bytes.Index(line, []byte("SESSIONNAME")); i > 0 {
		return bytes.Contains(line[:i], []byte("USERNAME"))
	}
	if bytes.HasPrefix(line, []byte("NAME ")) {
		// lsblk's, whose serials (and filesystems' ids) serialColumn
		// reads under "SERIAL" ("UUID", "PARTUUID")
		for _, f := range bytes.Fields(line) {
			if string(f) == "SERIAL" || string(f) == "UUID" || string(f) == "PARTUUID" {
				return true
			}
		}
		return false
	}
	i := bytes.Index(line, []byte("Number"))
	if i < 6 || bytes.ContainsAny(line, ":=") {
		return false
	}
	e := i + len("Number")
	if e < len(line) && line[e] > ' ' {
		return false
	}
	w := line[:i]
	return bytes.HasSuffix(w, []byte("Serial")) && (i == 6 || line[i-7] <= ' ') ||
		bytes.HasSuffix(w, []byte("Identifying")) && (i == 11 || line[i-12] <= ' ')
}

// underline reports whether line underlines a table's header ("----
// ------- -----", Get-LocalUser, wmic /format:list's, net localgroup's).
func underline(line []byte) bool {
	t := bytes.TrimLeft(line, " ")
	if len(t) < 2 || t[0] != '-' || t[1] != '-' {
		return false
	}
	for _, c := range t {
		if c != '-' && c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}

// blockReach is how far back a chunk's cut looks for a block's start:
// tool outputs are short, and reading a whole carry's lines per chunk
// cost 2 % of the scrub.
const blockReach = 8 << 10

// promptLine reports whether line starts with a shell's prompt: cmd's
// "C:\…>", PowerShell's "PS C:\…>", a Unix "$ " or "user@host:…$ ".
func promptLine(line []byte) bool {
	if len(line) >= 2 && line[0] == '$' && line[1] == ' ' {
		return true
	}
	if len(line) >= 3 && line[0] == 'P' && line[1] == 'S' && line[2] == ' ' {
		line = line[3:]
	}
	if len(line) >= 4 && line[0]|0x20-'a' < 26 && line[1] == ':' && line[2] == '\\' {
		g := bytes.IndexByte(line, '>')
		return g > 2 && !bytes.ContainsAny(line[:g], "\"<|") // (a path up to the '>')
	}
	if at := bytes.IndexByte(line[:min(len(line), 64)], '@'); at > 0 {
		if d := bytes.Index(line[at:min(len(line), 160)], []byte("$ ")); d > 0 && bytes.IndexByte(line[at:at+d], ':') > 0 {
			return true // "kofi@studio:~$ who"
		}
	}
	return false
}

// leadBefore returns the newline before the lead line (leadLine) that
// ends at the newline k, less at most one blank line ("Thanks,\n\n" before
// the name), or -1: none there, or nothing before it. A lead line's
// detector reads the lines under it: a closing the name ("Thanks,\nKai
// Okonkwo", prose.go), "Members" the accounts (systools.go). Cut from
// them, those went out as they were.
func leadBefore(buf []byte, k int) int {
	for blank := 0; blank < 2; blank++ {
		s := bytes.LastIndexByte(buf[:k], '\n') // the newline before the line
		line := bytes.TrimRight(buf[s+1:k], "\r")
		if t := bytes.TrimSpace(line); len(t) == 0 {
			if s < 0 {
				return -1
			}
			k = s
			continue
		}
		if s < 0 || !leadLine(line) {
			return -1
		}
		return s
	}
	return -1
}

// leadLine reports whether line is a closing alone ("Thanks,", "Best
// regards", "Cheers!", a mail signature's "-- "), net localgroup's
// "Members", whose list is read from it across a blank line, a plist's
// <key>, whose value is on the next line, or loginctl's "tobias (1000)",
// which the "Since:" line under it names (loginctlHead).
func leadLine(line []byte) bool {
	if string(line) == "-- " || string(line) == "--" || string(line) == "Members" {
		return true
	}
	if loginctlHead(line) {
		return true // loginctl user-status's "tobias (1000)": "Since:" under it names it (loginctlStatus)
	}
	t := bytes.TrimSpace(line)
	if bytes.HasSuffix(t, []byte("</key>")) {
		return true // a plist's key: its value is the next line's tag
	}
	k := len(t)
	for k > 0 && (t[k-1] == ',' || t[k-1] == '!' || t[k-1] == '.') {
		k--
	}
	var lb [32]byte
	l := lowerInto(lb[:0], t[:k])
	return l != nil && closings[string(l)]
}

// loginctlHead reports whether line heads loginctl's user-status or
// session-status ("tobias (1000)", "2 - tobias (1000)"): an account and a
// person's UID, the shape loginctlStatus reads above a "Since:".
func loginctlHead(line []byte) bool {
	if len(line) < 7 || len(line) > 96 || line[len(line)-1] != ')' {
		return false
	}
	o := bytes.LastIndexByte(line, '(')
	if o < 2 || line[o-1] != ' ' || !personUID(line[o+1:len(line)-1]) {
		return false
	}
	return bytes.IndexByte(line[:o-1], ' ') < 0 || bytes.Contains(line[:o-1], []byte(" - "))
}

// continued reports whether the line that the newline at k ends is
// continued on the next (a backslash before the line break).
func continued(buf []byte, k int) bool {
	if k > 0 && buf[k-1] == '\r' {
		k--
	}
	return k > 0 && buf[k-1] == '\\'
}

// chunks reads r in steps of size new bytes and calls fn with the
// unconsumed bytes plus new data; fn returns how many leading bytes it
// consumed (at most len(buf); the rest is offered again with more data).
// keep bytes are always retained until EOF.
func chunks(r io.Reader, size, keep int, fn func(buf []byte, final bool) (int, error)) error {
	buf := make([]byte, 0, bufFor(r, size+keep))
	for {
		var eof bool
		var err error
		buf, eof, err = fill(r, buf)
		if err != nil {
			return err
		}
		if len(buf) == 0 && eof {
			return nil
		}
		if !eof && len(buf) <= keep {
			continue
		}
		used, err := fn(buf, eof)
		if err != nil {
			return err
		}
		if eof {
			if used < len(buf) {
				_, err = fn(buf[used:], true)
			}
			return err
		}
		if used <= 0 {
			used = len(buf) // progress guarantee
		}
		buf = buf[:copy(buf, buf[used:])]
	}
}

// fill reads r into buf until buf is full (len == cap) or r ends. Chunk
// boundaries therefore depend only on the bytes, not on read sizes.
func fill(r io.Reader, buf []byte) ([]byte, bool, error) {
	for len(buf) < cap(buf) {
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, true, nil
		}
		if err != nil {
			return buf, false, fmt.Errorf("redact: read: %w", err)
		}
	}
	return buf, false, nil
}

// sizeHint returns how many bytes r has left, where r can tell (a
// bytes.Reader, a SectionReader: the daemon's), else -1.
func sizeHint(r io.Reader) int64 {
	switch v := r.(type) {
	case *peekReader:
		if n := sizeHint(v.r); n >= 0 {
			return n + int64(len(v.head))
		}
	case interface{ Len() int }:
		return int64(v.Len())
	case *io.SectionReader:
		if off, err := v.Seek(0, io.SeekCurrent); err == nil {
			return max(v.Size()-off, 0)
		}
	}
	return -1
}

// bufFor returns n, or less when r has fewer bytes left than that: one
// more than it has, so that a read finds its end (a crash report of a few
// KiB gets no buffer of hundreds to clear).
func bufFor(r io.Reader, n int) int {
	if h := sizeHint(r); h >= 0 && h < int64(n) {
		return int(h) + 1
	}
	return n
}

// peekReader lets ScrubText sniff a byte-order mark without losing it.
type peekReader struct {
	r    io.Reader
	head []byte
	err  error
}

func newPeekReader(r io.Reader) *peekReader { return &peekReader{r: r} }

func (p *peekReader) peek(n int) []byte {
	for len(p.head) < n && p.err == nil {
		var b [8]byte
		k, err := p.r.Read(b[:n-len(p.head)])
		p.head = append(p.head, b[:k]...)
		p.err = err
	}
	return p.head
}

func (p *peekReader) Read(b []byte) (int, error) {
	if len(p.head) > 0 {
		n := copy(b, p.head)
		p.head = p.head[n:]
		return n, nil
	}
	if p.err != nil {
		return 0, p.err
	}
	return p.r.Read(b)
}

// class letters for compact same-length pseudonyms.
func classLetter(class string) byte {
	switch class {
	case ClassUUID:
		return 'g'
	case ClassMachineID:
		return 'd'
	case ClassURLCred:
		return 'r'
	case ClassPrivateKey:
		return 'x'
	case ClassUID:
		return 'n'
	case ClassTmpDir:
		return 'f'
	case ClassLocation:
		return 'a' // an address; 'l' is the license's
	case ClassLabel:
		return 'v' // a volume's
	}
	if class == "" {
		return 'x'
	}
	return lower(class[0])
}

// fitPseudonym writes a pseudonym into exactly len(dst) bytes: the full
// form padded with '*', a compact form (<u1>), or '*' only. '*' is no
// name, token or e-mail character, so padding never joins what follows.
func fitPseudonym[T string | []byte](dst []byte, class string, full T) {
	n := len(dst)
	k := 0
	if len(full) <= n {
		k = copy(dst, full)
	} else {
		// the compact forms, built in a stack buffer (no concatenation)
		d := len(full) - 1
		for d >= 0 && full[d] != '-' {
			d--
		}
		var cb [32]byte
		r := utf8.AppendRune(append(cb[:0], '<'), rune(classLetter(class)))
		r = append(append(r, full[d+1:len(full)-1]...), '>')
		if len(r) > n {
			r = append(utf8.AppendRune(append(cb[:0], '<'), rune(classLetter(class))), '>')
		}
		if len(r) <= n {
			k = copy(dst, r)
		}
	}
	for ; k < n; k++ {
		dst[k] = '*'
	}
}
