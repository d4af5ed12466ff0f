package redact

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"unicode/utf8"
)

// u16ok marks the low bytes accepted in a UTF-16LE string (high byte 0):
// printable ASCII, tab, and Latin-1 letters.
var u16ok = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = true
	}
	for c := 0xa0; c <= 0xff; c++ {
		t[c] = true
	}
	t['\t'], t['\n'], t['\r'] = true, true, true
	return t
}()

const minU16Run = 4

// maxScriptRun bounds a stretch of non-Latin units inside a run (a name,
// a folder): longer stretches of such units are more likely data.
const maxScriptRun = 64

// scriptUnit reports whether the UTF-16 code unit lo|hi<<8 (hi != 0) is a
// letter of a script people's names are written in: Latin extensions,
// Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Thai, kana, CJK,
// Hangul, typographic punctuation (dashes, quotes, the ellipsis: "Cheers
// – Ngozi", "I’m"; CJK's commas, full stop and colon: "我叫张伟，"), and combining marks (a name in
// decomposed form, as macOS file systems store it: "Zoe" + U+0308).
func scriptUnit(lo, hi byte) bool {
	u := uint16(lo) | uint16(hi)<<8
	switch {
	case u >= 0x0100 && u <= 0x024f, u >= 0x0300 && u <= 0x036f, u >= 0x0370 && u <= 0x03ff, u >= 0x0400 && u <= 0x052f,
		u >= 0x0531 && u <= 0x058f, u >= 0x05d0 && u <= 0x05ea, u >= 0x0620 && u <= 0x06d3,
		u >= 0x0900 && u <= 0x097f, u >= 0x0e01 && u <= 0x0e5b, u >= 0x1e00 && u <= 0x1eff,
		u >= 0x2010 && u <= 0x2027, u >= 0x3001 && u <= 0x3002, u >= 0x3041 && u <= 0x30ff, u == 0xff0c, u == 0xff1a, u >= 0x3400 && u <= 0x4dbf,
		u >= 0x4e00 && u <= 0x9fff, u >= 0xac00 && u <= 0xd7a3:
		return true
	}
	return false
}

// forUTF16Runs calls fn for every UTF-16LE string in p, at even and at odd
// offsets, transcoded to UTF-8 in narrow; pos[i] is the code unit (counted
// from off) that narrow[i] belongs to, and pos[len(narrow)] the run's
// length in units. A run is at least minU16Run units of printable ASCII
// and Latin-1, line breaks included so that a message written over lines
// is read whole ("Thanks,\r\nJana"); a name in another script inside it
// (C:\Users\田中太郎\AppData) is taken along when Latin or a NUL follows
// it. A run is also at least two letters of another script between NUL
// units (a MINIDUMP_STRING's length and terminator). narrow and pos are
// reused between calls.
func forUTF16Runs(p []byte, fn func(off, parity int, narrow []byte, pos []int32)) {
	var narrow []byte
	var pos []int32
	n := len(p)
	emit := func(s, e, par int) {
		// A unit is at most three bytes of UTF-8: the slices are sized
		// for that first and written by index.
		m := (e - s) / 2
		nw := slices.Grow(narrow[:0], 3*m)[:3*m]
		ps := slices.Grow(pos[:0], 3*m+1)[:3*m+1]
		w := 0
		unit := int32(0)
		for q := s; q < e; q += 2 {
			// four ASCII units a step while they last
			for q+8 <= e && w+4 <= len(nw) && w+4 <= len(ps) {
				x := binary.LittleEndian.Uint64(p[q:])
				if x&0xff80ff80ff80ff80 != 0 {
					break
				}
				n4, p4 := nw[w:w+4], ps[w:w+4]
				n4[0], n4[1], n4[2], n4[3] = byte(x), byte(x>>16), byte(x>>32), byte(x>>48)
				p4[0], p4[1], p4[2], p4[3] = unit, unit+1, unit+2, unit+3
				w += 4
				unit += 4
				q += 8
			}
			if q >= e {
				break
			}
			u := rune(p[q]) | rune(p[q+1])<<8
			if u < 0x80 {
				nw[w] = byte(u)
				ps[w] = unit
				w++
			} else {
				for k := utf8.EncodeRune(nw[w:], u); k > 0; k-- {
					ps[w] = unit
					w++
				}
			}
			unit++
		}
		ps[w] = int32((e - s) / 2)
		nw, ps = nw[:w], ps[:w+1]
		narrow, pos = nw, ps
		fn(s, par, nw, ps)
	}
	// scriptEnd returns where a stretch of script units starting at k
	// ends (k itself when there is none).
	scriptEnd := func(k int) int {
		e := k
		for e+1 < n && e-k < 2*maxScriptRun && p[e+1] != 0 && scriptUnit(p[e], p[e+1]) {
			e += 2
		}
		return e
	}
	for par := 0; par < 2; par++ {
		k := par
		last := par // end of the last run emitted
		for k+1 < n {
			if p[k+1] != 0 {
				// A string at the other parity reads (NUL, letter) here:
				// its units are stepped over in this loop, not with an
				// IndexByte call each.
				k = stepWideUnits(p, k)
				// Jump to the next NUL: text holds few, so most of the
				// input is skipped by the assembly search.
				z := bytes.IndexByte(p[k+1:], 0)
				if z < 0 {
					break
				}
				k += z &^ 1 // same parity as k; p[k+1] may still be non-zero
				if z&1 != 0 {
					k += 2 // the NUL is at the other parity: next unit
				}
				continue
			}
			if !u16ok[p[k]] {
				if p[k] == 0 {
					// A string in another script ends here when letters
					// of one come just before, after a NUL unit or a
					// byte order mark, or with a key before a full-width
					// colon ("用户名：王伟") whatever comes before.
					if b := scriptStart(p, k, last); b <= k-4 {
						if kb := colonKeyStart(p, b, k); kb < k {
							b = kb // from a key's first letter
						} else if !cleanStart(p, b, last) {
							b = k
						}
						if b <= k-4 {
							emit(b, k, par)
							last = k
						}
					}
					// memory dumps are mostly zeros: skip them 8 at a
					// time (m keeps k's parity)
					m := k + 2
					for m+8 <= n && binary.LittleEndian.Uint64(p[m:]) == 0 {
						m += 8
					}
					k = m
					continue
				}
				k += 2
				continue
			}
			s := k
			latin := 0
			for k+1 < n {
				// four Latin units a step while they last (high bytes
				// NUL, low bytes u16ok), then one
				for k+8 <= n {
					x := binary.LittleEndian.Uint64(p[k:])
					if x&0xff00ff00ff00ff00 != 0 || !u16ok[byte(x)] || !u16ok[byte(x>>16)] || !u16ok[byte(x>>32)] || !u16ok[byte(x>>48)] {
						break
					}
					latin += 4
					k += 8
				}
				if k+1 >= n {
					break
				}
				if p[k+1] == 0 && u16ok[p[k]] {
					latin++
					k += 2
					continue
				}
				if e := scriptEnd(k); e > k && (e+1 >= n || p[e+1] == 0 && (u16ok[p[e]] || p[e] == 0)) {
					k = e // a name in another script, Latin or NUL after it
					continue
				} else if e >= k+4 && k-2 >= s && p[k-1] == 0 && (p[k-2] == '\\' || p[k-2] == '/' || p[k-2] == ' ' && k-4 >= s && p[k-3] != 0 && scriptUnit(p[k-4], p[k-3])) {
					// a folder's name in another script, two letters or
					// more after a separator (or after a blank and a word
					// of that name: "Иван Петров"), with data after it
					// and no NUL ("C:\Users\王伟" then bytes of data):
					// the run ends with it
					k = e
				}
				break
			}
			ext := false
			if s-4 >= last && p[s-1] != 0 && scriptUnit(p[s-2], p[s-1]) {
				// a string that starts in another script: a localized
				// key before its value ("用户名: wang.wei", "Имя
				// компьютера: x", "用户名：wang.wei", "氏名: 山田太郎"),
				// two letters or more of one script (not the bytes of
				// data before it), or a line in one after a NUL or a
				// byte order mark (a UTF-16 file's first line
				// "用户名：王伟\r\n"); not before a path's '/' or '\\',
				// which data glued before it would hide
				if kb := colonKeyStart(p, scriptStart(p, s, last), s); kb < s {
					s, ext = kb, true // from the key's first letter
				} else if kb := keyScriptStart(p, s, last); kb <= s-4 && (keySepUnit[p[s]] || (p[s] == '\r' || p[s] == '\n') && cleanStart(p, kb, last)) {
					s, ext = kb, true
				}
			}
			if latin < minU16Run && !(ext && k-s >= 2*minU16Run) {
				// too short, unless letters of another script before it
				// make it a string ("氏名: 山田太郎": two Latin units)
				continue
			}
			s = beTagString(p, s, k) // Serato's "ptrk" paths (djapps.go)
			emit(s, k, par)
			last = k
		}
	}
}

// stepWideUnits returns the last unit from k on (at k's parity) before
// one that is not (NUL, non-NUL): the units of a string at the other
// parity. It reads four units at a time.
func stepWideUnits(p []byte, k int) int {
	n := len(p)
	for k+10 <= n {
		x := binary.LittleEndian.Uint64(p[k+2:])
		// the low bytes all NUL, and each 16-bit lane of the high bytes
		// non-zero (adding 0x7fff carries into the lane's top bit)
		if x&0x00ff00ff00ff00ff != 0 || (x>>8&0x00ff00ff00ff00ff+0x7fff7fff7fff7fff)&0x8000800080008000 != 0x8000800080008000 {
			break
		}
		k += 8
	}
	for k+3 < n && p[k+2] == 0 && p[k+3] != 0 {
		k += 2
	}
	return k
}

// scriptStart returns where the stretch of script units that ends at k
// begins (k when there is none), not before floor.
func scriptStart(p []byte, k, floor int) int {
	b := k
	for b-2 >= floor && k-b < 2*maxScriptRun && p[b-1] != 0 && scriptUnit(p[b-2], p[b-1]) {
		b -= 2
	}
	return b
}

// cleanStart reports whether a string of another script that starts at b
// starts where strings do: after a NUL unit (a terminator, a length's high
// half), after a byte order mark (a UTF-16 file: FF FE), or where the last
// run ended (or p does).
func cleanStart(p []byte, b, last int) bool {
	return b-2 < last || p[b-1] == 0 && p[b-2] == 0 || p[b-2] == 0xff && p[b-1] == 0xfe
}

// colonKeyStart returns where a key of one script before a full-width
// colon starts in the stretch of script units [b, k) ("用户名：王伟"
// after a heap block's header, whose bytes read as letters too): the
// letters of the key's script before the first colon, two at least. It
// returns k when there is no such key.
func colonKeyStart(p []byte, b, k int) int {
	for c := b + 4; c+1 < k; c += 2 {
		if p[c] == 0x1a && p[c+1] == 0xff {
			if kb := keyScriptStart(p, c, b); kb <= c-4 {
				return kb
			}
			break
		}
	}
	return k
}

// keySepUnit: the ASCII units a Latin run starts with after a key in
// another script: the separator, or a blank or apostrophe inside the key
// ("Ім'я користувача:").
var keySepUnit = [256]bool{':': true, '=': true, ' ': true, '\t': true, '\'': true}

// unitScript: the script of the UTF-16 unit lo|hi<<8 as keyScriptStart
// groups them (0 for none of them): CJK with kana and the full-width
// forms, Hangul, Cyrillic, Greek, Hebrew, Arabic, Devanagari, Thai.
func unitScript(lo, hi byte) int {
	u := uint16(lo) | uint16(hi)<<8
	switch {
	case u >= 0x3000 && u <= 0x9fff, u >= 0xff00 && u <= 0xffef:
		return 1
	case u >= 0xac00 && u <= 0xd7a3:
		return 2
	case u >= 0x0400 && u <= 0x052f:
		return 3
	case u >= 0x0370 && u <= 0x03ff:
		return 4
	case u >= 0x05d0 && u <= 0x05ea:
		return 5
	case u >= 0x0620 && u <= 0x06ff:
		return 6
	case u >= 0x0900 && u <= 0x097f:
		return 7
	case u >= 0x0e01 && u <= 0x0e5b:
		return 8
	}
	return 0
}

// keyScriptStart returns where the letters of one script (unitScript)
// that end at k begin (k when there are none), not before floor: a
// localized key, up to maxScriptRun units (with the apostrophes in it:
// "Ім’я користувача").
func keyScriptStart(p []byte, k, floor int) int {
	sc := unitScript(p[k-2], p[k-1])
	if sc == 0 {
		return k
	}
	b := k
	for b-2 >= floor && k-b < 2*maxScriptRun && p[b-1] != 0 && (unitScript(p[b-2], p[b-1]) == sc || p[b-2] == 0x19 && p[b-1] == 0x20) {
		b -= 2
	}
	return b
}

// wideSpans appends the findings of a scan over a run's narrow form as
// wides in p's coordinates.
func wideSpans(dst []wide, spans []span, off int, pos []int32) []wide {
	for _, sp := range spans {
		if sp.class == "" {
			continue
		}
		us, ue := int(pos[sp.start]), int(pos[sp.end])
		if sp.end < len(pos)-1 && pos[sp.end] == pos[sp.end-1] {
			ue++ // the span ends inside a character: take all of it
		}
		dst = append(dst, wide{off: off + 2*us, units: ue - us, class: sp.class, canon: sp.canon})
	}
	return dst
}

// applyWides writes the pseudonyms of wides that start before limit into
// p, each padded or cut to its units, and counts them. Caller holds s.mu.
func (s *Session) applyWides(p []byte, wides []wide, limit int) int {
	// (stack buffers for the pseudonym and its fitted form: fitPseudonym
	// writes every byte of tmp)
	var tb, fb [64]byte
	count := 0
	for _, w := range wides {
		if w.off >= limit {
			continue
		}
		var tmp []byte
		if w.units <= len(tb) {
			tmp = tb[:w.units]
		} else {
			tmp = make([]byte, w.units)
		}
		fitPseudonym(tmp, w.class, s.appendPseudonym(fb[:0], w.class, w.canon))
		for k, c := range tmp {
			p[w.off+2*k] = c
			p[w.off+2*k+1] = 0
		}
		s.summary[w.class]++
		count++
	}
	return count
}

// wide is a finding inside a UTF-16 run, in p's coordinates.
type wide struct {
	off, units int
	class      string
	canon      string
}

// ScrubSameLength scrubs binary data in place: ASCII strings and UTF-16LE
// strings at even and odd offsets. Every replacement is padded or cut to
// the original length, so offsets and sizes in the surrounding structure
// stay valid. It returns the number of replacements.
func (s *Session) ScrubSameLength(p []byte) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.scrubSame(p, len(p))
}

// wordCut moves a commit point back to the start of the word it falls in
// (1 KiB at most), so the next chunk starts at a word: a word's tail alone
// looks like a word of its own ("Users\\x" of "C:\\Users\\x").
func wordCut(buf []byte, at int) int {
	for k := at; k > 0 && at-k < 1024; k-- {
		if !midWord(buf[k-1]) {
			return k
		}
	}
	return at
}

// scrubSame applies findings that start before limit. Caller holds s.mu.
func (s *Session) scrubSame(p []byte, limit int) int {
	sc := &scanner{s: s}
	count := 0
	// A pseudonym written into a string changes the code units the other
	// byte parity reads there (and a NUL written over a letter of another
	// script moves where its strings end), so the data is read again after
	// a pass that replaced something: what leaves is what a second pass
	// would leave.
	for pass := 0; pass < 4; pass++ {
		n := s.scrubSameOnce(sc, p, limit)
		count += n
		if n == 0 {
			break
		}
	}
	return count
}

// scrubSameOnce is one scan and apply of scrubSame.
func (s *Session) scrubSameOnce(sc *scanner, p []byte, limit int) int {
	var ascii []span
	var wides []wide
	for round := 0; round < 4; round++ {
		g := s.gen
		sc.find(p)
		ascii = append(ascii[:0], sc.spans...)
		wides = wides[:0]
		forUTF16Runs(p, func(off, _ int, narrow []byte, pos []int32) {
			sc.find(narrow)
			wides = wideSpans(wides, sc.spans, off, pos)
		})
		if s.gen == g {
			break
		}
	}
	count := 0
	var fb [64]byte
	for _, sp := range ascii {
		if sp.class == "" || sp.start >= limit {
			continue
		}
		fitPseudonym(p[sp.start:sp.end], sp.class, s.appendPseudonym(fb[:0], sp.class, sp.canon))
		s.summary[sp.class]++
		count++
	}
	return count + s.applyWides(p, wides, limit)
}

// ScrubBinary copies src to dst scrubbing same-length (see
// ScrubSameLength), streaming with an overlap so that a string crossing a
// chunk boundary is still found. Output length equals input length.
func (s *Session) ScrubBinary(dst io.Writer, src io.Reader) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return chunks(src, textChunk+maxCarry, binOverlap, func(buf []byte, final bool) (int, error) {
		commit := len(buf)
		if !final {
			commit = wordCut(buf, len(buf)-binOverlap)
		}
		s.scrubSame(buf, commit)
		if _, err := dst.Write(buf[:commit]); err != nil {
			return 0, fmt.Errorf("redact: write: %w", err)
		}
		return commit, nil
	})
}

// scrubUTF16Locked scrubs only the UTF-16LE strings of p in place. It uses
// its own scanner so sc's findings survive.
func (s *Session) scrubUTF16Locked(_ *scanner, p []byte) {
	sc := &scanner{s: s}
	var wides []wide
	forUTF16Runs(p, func(off, _ int, narrow []byte, pos []int32) {
		sc.find(narrow)
		wides = wideSpans(wides[:0], sc.spans, off, pos)
		s.applyWides(p, wides, len(p))
	})
}

// InLearnedName reports whether piece, UTF-8 text of at least two
// characters, is part of a user's or person's name the session learned
// (ASCII case ignored): a piece of a string that a register or a stack
// word holds cut off from the rest of it ("Adae" of "Adaeze", "娜娜" of
// "欧阳娜娜"), which the scanner, reading whole words, does not know
// for a name. It reads every learned name: call it for a few pieces only.
func (s *Session) InLearnedName(piece []byte) bool {
	if utf8.RuneCount(piece) < 2 {
		return false
	}
	var lb [64]byte
	low := lb[:0]
	for _, c := range piece {
		low = append(low, lower(c))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.lits.entries {
		if e := &s.lits.entries[i]; e.class == ClassUser && bytes.Contains(e.pat, low) {
			return true
		}
	}
	return false
}
