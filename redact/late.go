package redact

import (
	"bytes"
	"encoding/binary"
	"io"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// lateHarmless reports whether the output an optimistic pass already
// wrote for its input's first off bytes is what a second pass would
// write, although the chunk at off taught the session something: none of
// the literals added since was occurs in those bytes in any spelling the
// text scan reads, no name folded to ASCII letters (squashLog) added since
// can be read there, and no alias was made (an alias changes a pseudonym
// already written). Caller holds s.mu.
//
// The test is wider than a match: a literal is looked for as bytes, ASCII
// case folded, anywhere (inside longer words too), and in UTF-16 (the
// scan decodes UTF-16 runs); a folded name in the letters of the text with
// everything else left out (squashRun). Bytes holding a .reg hex value
// (decoded by the scan), or a NUL where a folded name was learned, always
// count as a hit.
// (What it may read again over a pass is bounded by late's lateBudget.)
func (s *Session) lateHarmless(off int64, was learnedAt) bool {
	if s.lateSrc == nil {
		return false
	}
	return s.unread(was, off, func(p []byte, pos int64) bool {
		m, err := s.lateSrc.ReadAt(p, s.lateBase+pos)
		return m == len(p) && (err == nil || err == io.EOF)
	})
}

// harmlessBefore is lateHarmless for b, the first bytes of a buffer a scan
// learned from after them: a second scan would find in b what the first
// did (findStable starts it after b).
func (s *Session) harmlessBefore(b []byte, was learnedAt) bool {
	return s.unread(was, int64(len(b)), func(p []byte, pos int64) bool {
		copy(p, b[pos:])
		return true
	})
}

// unread reports whether the size bytes that read gives (unreadable: no)
// hold nothing the session learned since was, in any spelling
// lateHarmless looks for.
func (s *Session) unread(was learnedAt, size int64, read func(p []byte, pos int64) bool) bool {
	if s.aliases != was.aliases {
		return false
	}
	pats := latePatterns(s.lits.entries[was.lits:])
	var keys [][]byte
	for _, k := range s.squashLog[was.squash:] {
		// ("^tmokoena" and "$tmokoena" are one name here)
		if k := []byte(strings.TrimLeft(k, "^$")); !slices.ContainsFunc(keys, func(o []byte) bool { return bytes.Equal(o, k) }) {
			keys = append(keys, k)
		}
	}
	reach := len(regHexMark)
	for _, p := range pats {
		reach = max(reach, len(p))
	}
	for _, k := range keys {
		reach = max(reach, 8*len(k)) // its letters, with marks and blanks between
	}
	// the input in steps, each overlapping the one before by reach less
	// one byte: bounded memory for any size
	buf := make([]byte, int(min(textChunk, size))+reach)
	var letters []byte
	keep := 0
	for pos := int64(0); pos < size; {
		n := int(min(int64(len(buf)-keep), size-pos))
		if !read(buf[keep:keep+n], pos) {
			return false // unreadable: the second pass decides
		}
		window := buf[:keep+n]
		ascii := foldASCII(window[keep:]) && isASCII(window[:keep])
		if bytes.Contains(window, regHexMark) {
			return false
		}
		for _, p := range pats {
			if bytes.Contains(window, p) {
				return false
			}
		}
		if len(keys) > 0 {
			if bytes.IndexByte(window, 0) >= 0 {
				return false
			}
			if ascii {
				for _, k := range keys {
					if lettersHold(window, k) {
						return false
					}
				}
			} else {
				letters = squashRun(letters[:0], window)
				for _, k := range keys {
					if bytes.Contains(letters, k) {
						return false
					}
				}
			}
		}
		pos += int64(n)
		keep = min(reach-1, len(window))
		copy(buf, window[len(window)-keep:])
	}
	return true
}

// squashRun appends the letters of b, folded as squash folds a name's
// (ASCII lowered, accents dropped, ß as ss...), and nothing else: every
// spelling of a name squash would fold to k holds k in it.
func squashRun(dst, b []byte) []byte {
	for k := 0; k < len(b); {
		if c := b[k]; c < 0x80 {
			if isLetter(c) {
				dst = append(dst, lower(c))
			}
			k++
			continue
		}
		_, n := utf8.DecodeRune(b[k:])
		if folded, ok := squash(nil, b[k:k+n]); ok {
			dst = append(dst, folded...)
		}
		k += n
	}
	return dst
}

// regHexMark opens a .reg hex value ("=hex:", "=hex(2):"), folded.
var regHexMark = []byte("=hex")

// latePatterns lists the spellings lateHarmless looks for: each literal
// (stored folded) and its UTF-16 code units, little-endian, less the last
// byte, which also finds the big-endian units one byte further on.
func latePatterns(entries []litEntry) [][]byte {
	seen := map[string]bool{}
	var pats [][]byte
	add := func(p []byte) {
		if len(p) > 0 && !seen[string(p)] {
			seen[string(p)] = true
			pats = append(pats, p)
		}
	}
	for _, e := range entries {
		add(e.pat)
		var w []byte
		for v := e.pat; len(v) > 0; {
			r, n := utf8.DecodeRune(v)
			v = v[n:]
			for _, u := range utf16.AppendRune(nil, r) {
				w = append(w, byte(u), byte(u>>8))
			}
		}
		foldASCII(w)
		add(w[:len(w)-1])
	}
	return pats
}

// foldASCII lowers the ASCII letters of b in place, eight bytes at a
// time (it runs over every byte lateHarmless reads again), and reports
// whether b is all ASCII.
func foldASCII(b []byte) bool {
	const ones = 0x0101010101010101
	var high uint64
	k := 0
	for ; k+8 <= len(b); k += 8 {
		x := binary.LittleEndian.Uint64(b[k:])
		// per byte, from its low seven bits: top bit set when >= 'A',
		// and when > 'Z' (no carry crosses a byte)
		v := x & (0x7f * ones)
		upper := (v + (0x80-'A')*ones) &^ (v + (0x80-'Z'-1)*ones) &^ x & (0x80 * ones)
		binary.LittleEndian.PutUint64(b[k:], x|upper>>2)
		high |= x
	}
	for ; k < len(b); k++ {
		b[k] = lower(b[k])
		high |= uint64(b[k])
	}
	return high&(0x80*ones) == 0
}

// lettersHold reports whether k (ASCII letters) occurs in the letters of
// w, ASCII and folded, with everything else left out: what squashRun and
// bytes.Contains tell, without writing the letters out. Each place w
// holds k's rarest letter (in English text) is followed up both ways,
// which costs little: such a letter is rare, and the letters around it
// rarely those of k.
func lettersHold(w, k []byte) bool {
	if len(k) == 0 {
		return true
	}
	a := 0
	for x := range k {
		if letterRank[k[x]] > letterRank[k[a]] {
			a = x
		}
	}
	for p := 0; p < len(w); {
		i := bytes.IndexByte(w[p:], k[a])
		if i < 0 {
			return false
		}
		p += i + 1
		// k[a+1:] after it, k[:a] before it, letters only
		m := a + 1
		for q := p; m < len(k) && q < len(w); q++ {
			if c := w[q]; c-'a' < 26 {
				if c != k[m] {
					break
				}
				m++
			}
		}
		if m < len(k) {
			continue
		}
		m = a - 1
		for q := p - 2; m >= 0 && q >= 0; q-- {
			if c := w[q]; c-'a' < 26 {
				if c != k[m] {
					break
				}
				m--
			}
		}
		if m < 0 {
			return true
		}
	}
	return false
}

// letterRank orders the ASCII letters from the most frequent in English
// text to the least.
var letterRank = func() (t [256]uint8) {
	for r, c := range "etaoinshrdlcumwfgypbvkjxqz" {
		t[c] = uint8(r)
	}
	return t
}()
