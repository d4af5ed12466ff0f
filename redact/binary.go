package redact

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
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
	t['\t'] = true
	return t
}()

const minU16Run = 4

// forUTF16Runs calls fn for every UTF-16LE run of at least minU16Run code
// units (each below U+0100) at even and at odd offsets, with the run
// narrowed to one byte per unit. narrow is reused between calls.
func forUTF16Runs(p []byte, fn func(off, parity int, narrow []byte)) {
	var narrow []byte
	n := len(p)
	for par := 0; par < 2; par++ {
		k := par
		for k+1 < n {
			if p[k+1] != 0 {
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
			for k+1 < n && p[k+1] == 0 && u16ok[p[k]] {
				k += 2
			}
			units := (k - s) / 2
			if units < minU16Run {
				continue
			}
			narrow = narrow[:0]
			for q := s; q < k; q += 2 {
				narrow = append(narrow, p[q])
			}
			fn(s, par, narrow)
		}
	}
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
	return s.scrubSame(p, len(p), false)
}

// scrubSame applies findings that start before limit. Caller holds s.mu.
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

// partial: p starts inside a word whose start an earlier call applied.
func (s *Session) scrubSame(p []byte, limit int, partial bool) int {
	sc := &scanner{s: s}
	var ascii []span
	var wides []wide
	for round := 0; round < 4; round++ {
		g := s.gen
		sc.partial = partial
		sc.find(p)
		sc.partial = false
		ascii = append(ascii[:0], sc.spans...)
		wides = wides[:0]
		forUTF16Runs(p, func(off, _ int, narrow []byte) {
			sc.find(narrow)
			for _, sp := range sc.spans {
				if sp.class == "" {
					continue
				}
				wides = append(wides, wide{off: off + 2*sp.start, units: sp.end - sp.start, class: sp.class, canon: sp.canon})
			}
		})
		if s.gen == g {
			break
		}
	}
	count := 0
	for _, sp := range ascii {
		if sp.class == "" || sp.start >= limit {
			continue
		}
		fitPseudonym(p[sp.start:sp.end], sp.class, s.pseudonym(sp.class, sp.canon))
		s.summary[sp.class]++
		count++
	}
	var tmp []byte
	for _, w := range wides {
		if w.off >= limit {
			continue
		}
		tmp = append(tmp[:0], make([]byte, w.units)...)
		fitPseudonym(tmp, w.class, s.pseudonym(w.class, w.canon))
		for k, c := range tmp {
			p[w.off+2*k] = c
			p[w.off+2*k+1] = 0
		}
		s.summary[w.class]++
		count++
	}
	return count
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
		s.scrubSame(buf, commit, false)
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
	var tmp []byte
	forUTF16Runs(p, func(off, _ int, narrow []byte) {
		sc.find(narrow)
		for _, sp := range sc.spans {
			if sp.class == "" {
				continue
			}
			tmp = append(tmp[:0], make([]byte, sp.end-sp.start)...)
			fitPseudonym(tmp, sp.class, s.pseudonym(sp.class, sp.canon))
			for k, c := range tmp {
				p[off+2*(sp.start+k)] = c
				p[off+2*(sp.start+k)+1] = 0
			}
			s.summary[sp.class]++
		}
	})
}
