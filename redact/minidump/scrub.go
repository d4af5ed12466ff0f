// Package minidump scrubs minidumps structure-aware: the output is a valid
// minidump with the same streams and the same modules, in which every
// string that can carry an identifier (module and unloaded-module names,
// CodeView debug file names, thread names, handle names, Crashpad
// annotations, Linux Breakpad text streams, assertion text) is scrubbed
// same-length, thread stacks are kept but scrubbed (ASCII and UTF-16 at both
// byte parities), and all other captured memory (heap, mapped files) is
// dropped: the memory lists are rewritten to list only what was kept.
// Exception record, thread registers and system info are copied verbatim;
// a context's vector save area, where string routines leave stale copies
// of the thread's data, is scrubbed like a stack.
//
// The dump is never held in memory: the parser (crashd/collector/minidump)
// records every pointer it followed; Scrub decides for each referenced byte
// range whether it is copied, scrubbed or dropped, and then streams the
// kept ranges in file order, relocating every pointer to the new layout.
package minidump

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"sort"
	"unicode"
	"unicode/utf8"

	md "crashd/collector/minidump"
	"crashd/redact"
)

// Policy says which captured memory survives.
type Policy struct {
	// KeepStacks keeps thread stacks (scrubbed). Without it stack memory
	// is dropped too and thread stack descriptors are emptied.
	KeepStacks bool
	// KeepOtherMemory keeps (scrubbed) every other captured range: heap,
	// code around the instruction pointer, full-memory contents.
	KeepOtherMemory bool
}

// DefaultPolicy keeps thread stacks (scrubbed) and drops other memory.
func DefaultPolicy() Policy { return Policy{KeepStacks: true} }

// action is what happens to a byte range of the input, in ascending
// precedence when claims overlap: a byte any structure needs verbatim is
// never scrubbed, and a byte anything keeps is never dropped.
type action uint8

const (
	actDrop action = iota + 1
	actScrub
	actKeep
)

type claim struct {
	start, end int64
	act        action
}

// patch overwrites bytes at a source offset in the output.
type patch struct {
	off int64 // source offset of the first byte
	b   []byte
}

// segment is a run of input bytes with one action, placed in the output.
type segment struct {
	start, end int64
	act        action
	out        int64 // output offset of start (kept segments only)
}

// smallBlob is the size up to which a blob is scrubbed in one piece in a
// reused buffer; larger ones stream through Session.ScrubBinary.
const smallBlob = 64 << 10

// align is the alignment (mod) that kept runs preserve from the input, so
// that structures stay as aligned as their writer made them.
const align = 16

// Learn feeds every identifying string of the dump to s (module paths,
// debug file names, thread and handle names, annotations, Linux streams,
// assertion text, the stacks' bytes) so that an identifier seen anywhere is
// scrubbed everywhere. Call it before Scrub, with the same session.
func Learn(src io.ReaderAt, size int64, s *redact.Session) error {
	f, err := md.NewFile(src, size)
	if err != nil {
		return err
	}
	var text []byte
	add := func(v string) {
		if v != "" {
			text = append(text, v...)
			text = append(text, '\n')
		}
	}
	for _, ms := range [][]md.Module{f.Modules, f.UnloadedModules, f.WineModules} {
		for _, m := range ms {
			add(m.Name)
			add(m.CodeView.PDBName)
		}
	}
	for _, t := range f.Threads {
		add(t.Name)
	}
	for k, v := range f.Annotations() {
		add(k + "=" + v)
	}
	if f.Crashpad != nil {
		for _, m := range f.Crashpad.Modules {
			for _, v := range m.ListAnnotations {
				add(v)
			}
		}
	}
	if a := f.Assertion; a != nil {
		add(a.Expression)
		add(a.Function)
		add(a.File)
	}
	if f.SystemInfo != nil {
		add(f.SystemInfo.CSDVersion)
	}
	for _, d := range f.Linux.DSOs {
		add(d.Name)
	}
	s.Learn(text)
	// Raw bytes of the strings and text-like streams (UTF-16 included), in
	// bounded reads: small blobs through one reused buffer, large ones
	// streamed.
	buf := make([]byte, smallBlob)
	for _, r := range f.Refs() {
		if scrubAction(f, r, Policy{KeepStacks: true}) != actScrub {
			continue
		}
		if r.Size <= smallBlob {
			n, err := src.ReadAt(buf[:r.Size], r.Off)
			if err != nil && !(err == io.EOF && int64(n) == r.Size) {
				return fmt.Errorf("minidump: learn: %w", err)
			}
			s.Learn(buf[:n])
			continue
		}
		if err := s.LearnReader(io.NewSectionReader(src, r.Off, r.Size)); err != nil {
			return fmt.Errorf("minidump: learn: %w", err)
		}
	}
	return nil
}

// scrubAction is what a reference's target gets, memory aside.
func scrubAction(f *md.File, r md.Ref, p Policy) action {
	switch r.Kind {
	case md.RefStream:
		if r.Stream == md.StreamWineELFModules && f.WineModules == nil {
			return actScrub // that type, but no module list: unknown
		}
		return streamAction(r.Stream)
	case md.RefString, md.RefUTF8String, md.RefByteArray, md.RefMiscRecord, md.RefMacCrashInfoRecord:
		return actScrub
	case md.RefCodeView:
		return actKeep // its file name is scrubbed through scrubRanges
	case md.RefStack:
		if p.KeepStacks {
			return actScrub
		}
		return actDrop
	case md.RefMemory, md.RefMemory64Base:
		return actDrop // decided per range in plan
	}
	return actKeep
}

// streamAction: binary structures are copied (their strings are separate
// references); text and unknown streams are scrubbed same-length, since an
// unknown stream may carry anything.
func streamAction(t md.StreamType) action {
	switch t {
	case md.StreamThreadList, md.StreamThreadExList, md.StreamModuleList, md.StreamUnloadedModuleList,
		md.StreamException, md.StreamSystemInfo, md.StreamMiscInfo, md.StreamMemoryInfoList,
		md.StreamThreadInfoList, md.StreamFunctionTable, md.StreamSystemMemoryInfo, md.StreamProcessVMCounters,
		md.StreamHandleOperation, md.StreamHandleData, md.StreamThreadNames, md.StreamBreakpadInfo,
		md.StreamCrashpadInfo, md.StreamLinuxDSODebug, md.StreamMozMacosCrashInfo, md.StreamMozMacosBootargs,
		md.StreamToken, md.StreamWineELFModules:
		return actKeep
	case md.StreamMemoryList, md.StreamMemory64List:
		return actDrop // rewritten and appended
	}
	return actScrub
}

// Scrub writes a scrubbed copy of the minidump in src to dst. Learn should
// have run on the same session first. It fails with the parser's
// *FormatError on a malformed dump; nothing useful is written then, and
// the caller must discard dst.
func Scrub(dst io.Writer, src io.ReaderAt, size int64, s *redact.Session, p Policy) error {
	f, err := md.NewFile(src, size)
	if err != nil {
		return err
	}
	pl := plan(f, p, src, s)
	w := bufio.NewWriterSize(dst, 256<<10)
	if err := pl.write(w, src, s); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("minidump: scrub: write: %w", err)
	}
	return nil
}

// layout is the decided output.
type layout struct {
	f         *md.File
	segs      []segment
	patches   []patch // sorted by off
	maxPatch  int64   // longest patch, to find those reaching into a write
	keepAll64 bool    // every Memory64 range kept (see plan)
	tail      []byte  // streams appended after the kept input
	tailOff   int64
	outSize   int64
	vectors   []md.Location // contexts' vector save areas (see cutText)
}

// isStack reports whether a memory range overlaps any thread's stack.
func isStack(f *md.File, m md.MemoryRange) bool {
	for _, t := range f.Threads {
		if t.Stack.Size > 0 && m.Start < t.Stack.End() && t.Stack.Start < m.End() {
			return true
		}
	}
	return false
}

// memory64 returns the Memory64List ranges in file order, which is the
// order their data follows BaseRva (File.Memory is sorted by address).
func memory64(f *md.File) []md.MemoryRange {
	var out []md.MemoryRange
	for _, m := range f.Memory {
		if m.Is64 {
			out = append(out, m)
		}
	}
	slices.SortStableFunc(out, func(a, b md.MemoryRange) int { return cmp.Compare(a.Off, b.Off) })
	return out
}

// window is the part of memory range m that policy p keeps: all of it, or,
// when only stacks are kept, the span of the thread stacks in it. A
// full-memory dump captures a stack's whole region, and the bytes below
// the stack pointer are dead frames (the crash handler's own, and contexts
// saved there with copies of every register, strings cut in pieces
// included) that no walk of the threads reads. ok is false for none.
func window(f *md.File, m md.MemoryRange, p Policy) (w md.MemoryRange, ok bool) {
	if p.KeepOtherMemory {
		return m, true
	}
	if !p.KeepStacks {
		return w, false
	}
	lo, hi := m.End(), m.Start
	for _, t := range f.Threads {
		if t.Stack.Size > 0 && m.Start < t.Stack.End() && t.Stack.Start < m.End() {
			lo, hi = min(lo, max(m.Start, t.Stack.Start)), max(hi, min(m.End(), t.Stack.End()))
		}
	}
	if lo >= hi {
		return w, false
	}
	return md.MemoryRange{Start: lo, Size: int64(hi - lo), Off: m.Off + int64(lo-m.Start), Is64: m.Is64}, true
}

func plan(f *md.File, p Policy, src io.ReaderAt, s *redact.Session) *layout {
	l := &layout{f: f}
	claims := make([]claim, 0, 2*len(f.Refs())+len(f.Memory)+2)
	claimAdd := func(off, n int64, a action) {
		if n > 0 {
			claims = append(claims, claim{off, off + n, a})
		}
	}
	claimAdd(0, md.HeaderSize, actKeep)
	claimAdd(int64(f.Header.DirectoryRVA), int64(len(f.Streams))*12, actKeep)
	for _, r := range f.Refs() {
		a := scrubAction(f, r, p)
		switch r.Kind {
		case md.RefString, md.RefUTF8String, md.RefByteArray:
			// The length prefix stays verbatim; the payload is scrubbed.
			claimAdd(r.Off, 4, actKeep)
			claimAdd(r.Off+4, r.Size-4, actScrub)
			continue
		case md.RefCodeView:
			// Signature, GUID and age stay; the debug file name is scrubbed.
			n := cvNameOffset(src, r)
			if n < 0 || n > r.Size {
				n = r.Size
			}
			claimAdd(r.Off, n, actKeep)
			claimAdd(r.Off+n, r.Size-n, actScrub)
			continue
		case md.RefMacCrashInfoRecord:
			const hdr = 36 // numeric record header; strings follow
			claimAdd(r.Off, min(hdr, r.Size), actKeep)
			claimAdd(r.Off+hdr, r.Size-hdr, actScrub)
			continue
		case md.RefContext:
			// Registers stay verbatim; the vector save area is scrubbed
			// (stale string bytes), same-length.
			if vs, ve, ok := f.VectorArea(md.Location{Off: r.Off, Size: r.Size}); ok {
				claimAdd(r.Off, vs, actKeep)
				claimAdd(r.Off+vs, ve-vs, actScrub)
				l.vectors = append(l.vectors, md.Location{Off: r.Off + vs, Size: ve - vs})
				claimAdd(r.Off+ve, r.Size-ve, actKeep)
				continue
			}
		case md.RefMemory, md.RefMemory64Base:
			continue // below, per range
		case md.RefStream:
			if r.Stream == md.StreamAssertionInfo {
				// UTF-16 text fields, then line and type.
				claimAdd(r.Off, min(768, r.Size), actScrub)
				claimAdd(r.Off+768, r.Size-768, actKeep)
				continue
			}
		}
		claimAdd(r.Off, r.Size, a)
	}
	for _, m := range f.Memory {
		claimAdd(m.Off, m.Size, actDrop)
		if w, ok := window(f, m, p); ok {
			claimAdd(w.Off, w.Size, actScrub)
		}
	}
	l.segs = sweep(claims, f.Size())
	if !l.memory64Contiguous(p) {
		// A range the plan would drop shares bytes with something kept, so
		// the kept Memory64 ranges would not stay contiguous: keep them all
		// (scrubbed) rather than emit a dump whose memory is misplaced.
		for _, m := range f.Memory {
			if m.Is64 {
				claimAdd(m.Off, m.Size, actScrub)
			}
		}
		l.keepAll64 = true
		l.segs = sweep(claims, f.Size())
	}
	l.place()
	l.buildPatches(p)
	l.cutVectorText(src, s)
	return l
}

// vectorSlot is the size of one register image in a vector save area.
const vectorSlot = 16

// cutVectorText zeroes, in each register image of the contexts' vector
// save areas, the text that runs into the register's edge. String and copy
// routines move a string 16 bytes at a time, so a register holds a cut
// piece of it ("nedu wedding.m3u", "ets\Adae" of a path naming Adaeze and
// Chinedu) which the scrubber, reading whole words, cannot know for a
// name. Registers holding numbers keep their bytes (see cutText).
func (l *layout) cutVectorText(src io.ReaderAt, ss *redact.Session) {
	var buf [4096]byte
	for _, v := range l.vectors {
		b := buf[:min(v.Size, int64(len(buf)))]
		if n, _ := src.ReadAt(b, v.Off); n < len(b) {
			continue
		}
		for s := 0; s+vectorSlot <= len(b); s += vectorSlot {
			lead, trail := cutText(b[s : s+vectorSlot])
			if ss != nil && lead+trail < vectorSlot {
				lead, trail = learnedPieces(b[s:s+vectorSlot], lead, trail, ss)
			}
			if lead > 0 {
				l.patches = append(l.patches, patch{v.Off + int64(s), make([]byte, lead)})
			}
			if trail > 0 && lead < vectorSlot {
				l.patches = append(l.patches, patch{v.Off + int64(s+vectorSlot-trail), make([]byte, trail)})
			}
		}
	}
	slices.SortStableFunc(l.patches, func(a, b patch) int { return cmp.Compare(a.off, b.off) })
	for _, p := range l.patches {
		l.maxPatch = max(l.maxPatch, int64(len(p.b)))
	}
}

// learnedPieces widens lead and trail (see cutText) to the word at each
// edge of register image r that is part of a name the session learned,
// whatever comes before or after it: binary bytes ("\x8f\x13" then
// "Adae" of Adaeze), or none of the ASCII letters cutText asks for (a
// Chinese name cut in two, "娜娜" of 欧阳娜娜). Four characters at least,
// or two of CJK, kana or Hangul.
func learnedPieces(r []byte, lead, trail int, s *redact.Session) (int, int) {
	n := len(r)
	var tb [3 * vectorSlot]byte
	try := func(text []byte, nb int, atEnd bool) {
		if atEnd && nb <= trail || !atEnd && nb <= lead || !enoughPiece(text) || !s.InLearnedName(text) {
			return
		}
		if atEnd {
			trail = nb
		} else {
			lead = nb
		}
	}
	// ASCII and UTF-8 letters from each edge, whole characters (the bytes
	// of one the edge cut go with them)
	k := 0
	for k < n && k < 3 && r[k]&0xc0 == 0x80 {
		k++
	}
	ts := k
	for k < n {
		c, size := utf8.DecodeRune(r[k:])
		if c == utf8.RuneError || !unicode.IsLetter(c) {
			break
		}
		k += size
	}
	if k > ts {
		te := k
		if k < n && r[k] >= 0xc0 && !utf8.FullRune(r[k:]) {
			k = n
		}
		try(r[ts:te], k, false)
	}
	k = n
	for i := n - 1; i >= 0 && i >= n-3; i-- {
		if r[i] >= 0xc0 {
			if !utf8.FullRune(r[i:]) {
				k = i
			}
			break
		}
		if r[i] < 0x80 {
			break
		}
	}
	te := k
	for k > 0 {
		c, size := utf8.DecodeLastRune(r[:k])
		if c == utf8.RuneError || !unicode.IsLetter(c) {
			break
		}
		k -= size
	}
	if k < te {
		if k > 0 && k < 3 && r[k-1]&0xc0 == 0x80 {
			for k > 0 && r[k-1]&0xc0 == 0x80 {
				k-- // continuation bytes the start cut
			}
		}
		try(r[k:te], n-k, true)
	}
	// UTF-16LE letters at either parity from each edge, those of one
	// kind (CJK, kana and Hangul, or the others): data before a piece
	// reads as CJK as often as not
	unit := func(i int) rune { return rune(r[i]) | rune(r[i+1])<<8 }
	for p := 0; p < 2; p++ {
		units := (n - p) / 2
		text := tb[:0]
		u := 0
		for ; u < units && wideLetter(r[p+2*u], r[p+2*u+1]) && (unit(p+2*u) >= 0x3000) == (unit(p) >= 0x3000); u++ {
			text = utf8.AppendRune(text, unit(p+2*u))
		}
		if u > 0 {
			try(text, p+2*u, false)
		}
		last := p + 2*(units-1)
		u = 0
		for ; u < units && wideLetter(r[last-2*u], r[last-2*u+1]) && (unit(last-2*u) >= 0x3000) == (unit(last) >= 0x3000); u++ {
		}
		if u > 0 {
			text = tb[:0]
			for i := units - u; i < units; i++ {
				text = utf8.AppendRune(text, unit(p+2*i))
			}
			try(text, n-(p+2*(units-u)), true)
		}
	}
	return min(lead, n), min(trail, n)
}

// wideLetter: the UTF-16 unit hi:lo is an ASCII letter or a letter of a
// script names are written in (wideText's, ASCII punctuation aside).
func wideLetter(lo, hi byte) bool {
	if hi == 0 {
		l := lo | 0x20
		return l >= 'a' && l <= 'z' || lo >= 0xc0
	}
	return wideText(lo, hi)
}

// enoughPiece: text is long enough for a piece of a name: four
// characters, or two that are CJK, kana or Hangul.
func enoughPiece(text []byte) bool {
	n, wide := 0, true
	for _, c := range string(text) {
		n++
		wide = wide && c >= 0x3000
	}
	return n >= 4 || n >= 2 && wide
}

// cutText returns how many bytes at the start and at the end of one
// register image r are a piece of text cut by the register's edge: ASCII
// (UTF-8 sequences included), or UTF-16LE at either byte parity. A string
// routine loads a string whole registers at a time, so a piece fills the
// register, or ends at the string's NUL: at least four characters, three
// of them letters and two of those ASCII. Floats and integer vectors do not
// read so (TestCutTextKeepsNumbers). A piece without ASCII letters (a CJK
// name cut in two) is not told from numbers and stays.
func cutText(r []byte) (lead, trail int) {
	n := len(r)
	// ASCII and UTF-8, forward from the start and backward from the end
	lead = narrowPiece(r, 0, 1)
	trail = narrowPiece(r, n-1, -1)
	// UTF-16LE at parity p: units r[p+2k], r[p+2k+1]
	for p := 0; p < 2; p++ {
		units := (n - p) / 2
		run := func(k, step int) int {
			chars, letters, ascii, ended := 0, 0, 0, false
			for ; k >= 0 && k < units; k += step {
				lo, hi := r[p+2*k], r[p+2*k+1]
				if !wideText(lo, hi) {
					ended = lo == 0 && hi == 0
					break
				}
				chars++
				if c := lo | 0x20; hi == 0 && c >= 'a' && c <= 'z' {
					letters++
					ascii++
				} else if hi != 0 || lo >= 0xc0 {
					letters++
				}
			}
			if (ended || chars == units) && chars >= 4 && letters >= 3 && ascii >= 2 {
				return chars
			}
			return 0
		}
		if c := run(0, 1); c > 0 {
			lead = max(lead, p+2*c)
		}
		if c := run(units-1, -1); c > 0 {
			trail = max(trail, n-(p+2*(units-c)))
		}
	}
	return min(lead, n), min(trail, n)
}

// narrowPiece counts the bytes of an ASCII or UTF-8 piece of text from r[i]
// in direction step (see cutText), 0 when there is none.
func narrowPiece(r []byte, i, step int) int {
	nb, chars, letters, ascii := 0, 0, 0, 0
	for i >= 0 && i < len(r) {
		c := r[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			if l := c | 0x20; l >= 'a' && l <= 'z' {
				letters++
				ascii++
			}
			nb++
			chars++
			i += step
			continue
		case c >= 0x80:
			// a whole two- or three-byte UTF-8 sequence, read in either
			// direction; one cut by the edge counts as its bytes
			k := utf8Seq(r, i, step)
			if k == 0 {
				break
			}
			nb += k
			chars++
			letters++
			i += k * step
			continue
		}
		break
	}
	// (text after a NUL, read backward, asks one ASCII letter more: the
	// low bytes of a double read so now and then)
	ended := i >= 0 && i < len(r) && r[i] == 0 && (step > 0 || ascii >= 4)
	if (ended || nb == len(r)) && chars >= 4 && letters >= 3 && ascii >= 2 {
		return nb
	}
	return 0
}

// utf8Seq is the length of the UTF-8 sequence (two or three bytes) that
// starts (step 1) or ends (step -1) at r[i], or the bytes of one the
// register's edge cut; 0 when r[i] is not part of one.
func utf8Seq(r []byte, i, step int) int {
	cont := func(j int) bool { return j >= 0 && j < len(r) && r[j]&0xc0 == 0x80 }
	if step > 0 {
		c := r[i]
		need := 0
		switch {
		case c >= 0xc2 && c <= 0xdf:
			need = 1
		case c >= 0xe0 && c <= 0xef:
			need = 2
		case i == 0 && c&0xc0 == 0x80: // continuation bytes cut at the start
			k := 0
			for k < 2 && cont(i+k) {
				k++
			}
			return k
		default:
			return 0
		}
		for k := 1; k <= need; k++ {
			if i+k == len(r) {
				return k // cut by the end
			}
			if !cont(i + k) {
				return 0
			}
		}
		return need + 1
	}
	// backward: continuation bytes, then their lead
	k := 0
	for k < 2 && cont(i-k) {
		k++
	}
	if i-k < 0 {
		return k // cut by the start
	}
	c := r[i-k]
	if c >= 0xc2 && c <= 0xdf && k == 1 || c >= 0xe0 && c <= 0xef && k == 2 {
		return k + 1
	}
	if k == 0 && c >= 0xc2 && c <= 0xef && i == len(r)-1 {
		return 1 // a lead byte cut by the end
	}
	return 0
}

// wideText: the UTF-16 unit hi:lo is a printable ASCII or Latin-1
// character, or a letter of a script names are written in (Latin
// extended, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Vietnamese,
// CJK, Hangul).
func wideText(lo, hi byte) bool {
	switch {
	case hi == 0:
		return lo >= 0x20 && lo < 0x7f || lo >= 0xc0
	case hi <= 0x06, hi == 0x09, hi == 0x0e, hi == 0x1e:
		return true
	case hi >= 0x4e && hi <= 0x9f, hi >= 0xac && hi <= 0xd7:
		return true
	}
	return false
}

// cvNameOffset is where the debug file name starts in a CodeView record
// (after signature, GUID/timestamp and age), or -1 for records that hold
// no name (ELF build ids) or unknown ones.
func cvNameOffset(src io.ReaderAt, r md.Ref) int64 {
	var sig [4]byte
	if _, err := src.ReadAt(sig[:], r.Off); err != nil {
		return -1
	}
	switch string(sig[:]) {
	case "RSDS":
		return 24
	case "NB10":
		return 16
	}
	return -1
}

// sweep turns overlapping claims into ordered, non-overlapping segments
// with the strongest action; unclaimed bytes are dropped.
func sweep(claims []claim, size int64) []segment {
	type ev struct {
		pos int64
		act action
		d   int
	}
	evs := make([]ev, 0, 2*len(claims))
	for _, c := range claims {
		if c.start < 0 || c.end > size || c.start >= c.end {
			continue
		}
		evs = append(evs, ev{c.start, c.act, +1}, ev{c.end, c.act, -1})
	}
	slices.SortFunc(evs, func(a, b ev) int { return cmp.Compare(a.pos, b.pos) })
	var cnt [actKeep + 1]int
	cur := func() action {
		for a := actKeep; a >= actDrop; a-- {
			if cnt[a] > 0 {
				return a
			}
		}
		return actDrop
	}
	var segs []segment
	pos := int64(0)
	emit := func(end int64, a action) {
		if end <= pos {
			return
		}
		if n := len(segs); n > 0 && segs[n-1].act == a && segs[n-1].end == pos {
			segs[n-1].end = end
		} else {
			segs = append(segs, segment{start: pos, end: end, act: a})
		}
		pos = end
	}
	for i := 0; i < len(evs); {
		p := evs[i].pos
		emit(p, cur())
		for ; i < len(evs) && evs[i].pos == p; i++ {
			cnt[evs[i].act] += evs[i].d
		}
	}
	emit(size, actDrop)
	return segs
}

// memory64Contiguous checks that no kept byte sits between the kept
// parts (windows) of two consecutive Memory64 ranges, which is what keeps
// their implied file offsets valid: each window is claimed whole, and the
// bytes around it are claimed dropped.
func (l *layout) memory64Contiguous(p Policy) bool {
	var prevEnd int64 = -1
	for _, m := range memory64(l.f) {
		w, kept := window(l.f, m, p)
		if m.Size == 0 || !kept {
			continue
		}
		if prevEnd >= 0 && l.anyKept(prevEnd, w.Off) {
			return false
		}
		prevEnd = w.Off + w.Size
	}
	return true
}

func (l *layout) anyKept(start, end int64) bool {
	if start >= end {
		return false
	}
	i := sort.Search(len(l.segs), func(i int) bool { return l.segs[i].end > start })
	for ; i < len(l.segs) && l.segs[i].start < end; i++ {
		if l.segs[i].act != actDrop {
			return true
		}
	}
	return false
}

// place assigns output offsets, preserving each kept run's alignment.
func (l *layout) place() {
	var out int64
	for i := range l.segs {
		sg := &l.segs[i]
		if sg.act == actDrop {
			continue
		}
		if i == 0 || l.segs[i-1].act == actDrop {
			out += ((sg.start-out)%align + align) % align
		}
		sg.out = out
		out += sg.end - sg.start
	}
	l.tailOff = (out + 7) &^ 7
	l.outSize = l.tailOff
}

// mapOff maps an input offset to its output offset; ok is false when the
// byte is dropped.
func (l *layout) mapOff(off int64) (int64, bool) {
	i := sort.Search(len(l.segs), func(i int) bool { return l.segs[i].end > off })
	if i == len(l.segs) || off < l.segs[i].start || l.segs[i].act == actDrop {
		return 0, false
	}
	return l.segs[i].out + off - l.segs[i].start, true
}

func put32(v uint32) []byte { b := make([]byte, 4); binary.LittleEndian.PutUint32(b, v); return b }
func put64(v uint64) []byte { b := make([]byte, 8); binary.LittleEndian.PutUint64(b, v); return b }

// buildPatches relocates every pointer and builds the rewritten memory
// lists appended after the kept input.
func (l *layout) buildPatches(p Policy) {
	f := l.f
	add := func(off int64, b []byte) { l.patches = append(l.patches, patch{off, b}) }
	dirOut, ok := l.mapOff(int64(f.Header.DirectoryRVA))
	if !ok { // an empty directory: any offset past the header will do
		dirOut = md.HeaderSize
	}
	add(12, put32(uint32(dirOut)))
	add(16, put32(0)) // checksum: no longer valid, and optional

	for _, r := range f.Refs() {
		if r.PtrSize == 0 {
			continue
		}
		if r.Kind == md.RefStream && (r.Stream == md.StreamMemoryList || r.Stream == md.StreamMemory64List) {
			continue // directory entry rewritten below
		}
		if r.Kind == md.RefMemory || r.Kind == md.RefMemory64Base {
			continue // inside the old memory list streams, which are dropped
		}
		nv, ok := l.mapOff(r.Off)
		if r.Size == 0 {
			nv, ok = 0, true
		}
		if !ok {
			// The target was dropped (a stack under a policy without
			// stacks): empty the descriptor rather than point at garbage.
			if r.Kind == md.RefStack {
				add(r.PtrOff-4, put32(0))
			}
			nv = 0
		}
		if r.PtrSize == 8 {
			add(r.PtrOff, put64(uint64(nv)))
		} else {
			add(r.PtrOff, put32(uint32(nv)))
		}
	}

	// Crashpad's client id names the installation: zero it.
	for _, s := range f.StreamsOf(md.StreamCrashpadInfo) {
		if s.Size >= 36 {
			add(s.Off+20, make([]byte, 16))
		}
	}
	// Token information (user SIDs): keep the list header, zero the rest.
	for _, s := range f.StreamsOf(md.StreamToken) {
		if s.Size > 16 && s.Size <= 64<<20 {
			add(s.Off+16, make([]byte, s.Size-16))
		}
	}
	// LinuxDsoDebug link-map padding holds stale bytes of the writer.
	for _, r := range f.Refs() {
		if r.Kind == md.RefStruct && r.Stream == md.StreamLinuxDSODebug {
			for e := r.Off; e+24 <= r.Off+r.Size; e += 24 {
				add(e+12, make([]byte, 4))
			}
		}
	}

	// Memory lists, rewritten with the kept ranges only, go after the kept
	// input; their old copies were dropped.
	var tail []byte
	pad := func() {
		for len(tail)%8 != 0 {
			tail = append(tail, 0)
		}
	}
	entry := func(s md.Stream, data []byte) {
		pad()
		off := l.tailOff + int64(len(tail))
		tail = append(tail, data...)
		add(s.EntryOff+4, put32(uint32(len(data))))
		add(s.EntryOff+8, put32(uint32(off)))
	}
	if ss := f.StreamsOf(md.StreamMemoryList); len(ss) > 0 {
		var list []byte
		n := 0
		for _, m := range f.Memory {
			if m.Is64 {
				continue
			}
			m, kept := window(f, m, p)
			if !kept {
				continue
			}
			o, ok := l.mapOff(m.Off)
			if !ok && m.Size > 0 {
				continue
			}
			list = append(list, put64(m.Start)...)
			list = append(list, put32(uint32(m.Size))...)
			list = append(list, put32(uint32(o))...)
			n++
		}
		entry(ss[0], append(put32(uint32(n)), list...))
	}
	if ss := f.StreamsOf(md.StreamMemory64List); len(ss) > 0 {
		var list []byte
		n := 0
		base := int64(-1)
		for _, m := range memory64(f) {
			if !l.keepAll64 {
				w, kept := window(f, m, p)
				if !kept {
					continue
				}
				m = w
			}
			if base < 0 {
				base, _ = l.mapOff(m.Off)
			}
			list = append(list, put64(m.Start)...)
			list = append(list, put64(uint64(m.Size))...)
			n++
		}
		if base < 0 {
			base = l.tailOff // no ranges: any in-file offset will do
		}
		entry(ss[0], append(append(put64(uint64(n)), put64(uint64(base))...), list...))
	}
	// Duplicate memory list streams were not interpreted; empty them
	// rather than leave them pointing at dropped bytes.
	for _, t := range []md.StreamType{md.StreamMemoryList, md.StreamMemory64List} {
		for i, s := range f.StreamsOf(t) {
			if i > 0 {
				add(s.EntryOff+4, put64(0))
			}
		}
	}
	l.tail = tail
	l.outSize = l.tailOff + int64(len(tail))
	slices.SortStableFunc(l.patches, func(a, b patch) int { return cmp.Compare(a.off, b.off) })
	for _, p := range l.patches {
		l.maxPatch = max(l.maxPatch, int64(len(p.b)))
	}
}

// write streams the layout to w.
func (l *layout) write(w io.Writer, src io.ReaderAt, s *redact.Session) error {
	var out int64
	buf := make([]byte, smallBlob)
	zeros := make([]byte, align)
	for _, sg := range l.segs {
		if sg.act == actDrop {
			continue
		}
		if gap := sg.out - out; gap > 0 {
			if _, err := w.Write(zeros[:gap]); err != nil {
				return fmt.Errorf("minidump: scrub: write: %w", err)
			}
			out += gap
		}
		pw := &patchWriter{w: w, l: l, pos: sg.start}
		rd := io.NewSectionReader(src, sg.start, sg.end-sg.start)
		var err error
		switch {
		case sg.act == actScrub && sg.end-sg.start <= smallBlob:
			b := buf[:sg.end-sg.start]
			if _, err = io.ReadFull(rd, b); err == nil {
				s.ScrubSameLength(b)
				_, err = pw.Write(b)
			}
		case sg.act == actScrub:
			err = s.ScrubBinary(pw, rd)
		default:
			err = l.copyKept(pw, rd, buf)
		}
		if err != nil {
			return fmt.Errorf("minidump: scrub: %w", err)
		}
		if pw.pos != sg.end {
			return fmt.Errorf("minidump: scrub: short copy at %#x", pw.pos)
		}
		out += sg.end - sg.start
	}
	if gap := l.tailOff - out; gap > 0 {
		if _, err := w.Write(make([]byte, gap)); err != nil {
			return fmt.Errorf("minidump: scrub: write: %w", err)
		}
	}
	if _, err := w.Write(l.tail); err != nil {
		return fmt.Errorf("minidump: scrub: write: %w", err)
	}
	return nil
}

// copyKept copies a verbatim segment in bounded chunks.
func (l *layout) copyKept(pw *patchWriter, rd *io.SectionReader, buf []byte) error {
	for {
		n, err := io.ReadFull(rd, buf)
		if n > 0 {
			if _, werr := pw.Write(buf[:n]); werr != nil {
				return werr
			}
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// patchWriter applies patches to bytes passing through, by source offset.
type patchWriter struct {
	w   io.Writer
	l   *layout
	pos int64 // source offset of the next byte
}

func (pw *patchWriter) Write(b []byte) (int, error) {
	end := pw.pos + int64(len(b))
	ps := pw.l.patches
	// A patch starting up to maxPatch bytes before pos may reach into b.
	i := sort.Search(len(ps), func(i int) bool { return ps[i].off > pw.pos-pw.l.maxPatch })
	for ; i < len(ps) && ps[i].off < end; i++ {
		p := ps[i]
		a, e := max(p.off, pw.pos), min(p.off+int64(len(p.b)), end)
		if a < e {
			copy(b[a-pw.pos:e-pw.pos], p.b[a-p.off:e-p.off])
		}
	}
	n, err := pw.w.Write(b)
	pw.pos += int64(n)
	if err != nil {
		return n, fmt.Errorf("write: %w", err)
	}
	return n, nil
}
