package redact

import (
	"encoding/binary"
	"fmt"
	"sync"
)

// walkMemo remembers the words walk found nothing in, by what walk read
// of them: the byte before the word, the word, and the byte after it. A
// log repeats its words (a stack frame's symbol, a source position), and
// walk's loop over a word's boundaries is a fifth of a scan; a word found
// here again is skipped.
//
// Walk remembers only a word it answered from those bytes alone: each
// detector it asked failed on tests that read no further (ipv4Lead and
// homeSuffixEnd, made in walk; a learned literal's match, which reads
// literals.reach bytes; a colon run colonHexAt rejected at its end). One
// that found something, or read on (an address's context, a token's
// tail, a learned name it refused, a pseudonym before the word), or a
// finding over the word, makes walk keep nothing. What the literals
// answer changes as names are learned, so an entry holds for the
// literals and generation it was made under (literals.gen).
type walkMemo struct {
	lits  *literals
	gen   int
	epoch uint32
	// check: the session's memoCheck (tests)
	check *walkCheck
	slots [walkMemoSlots]walkSlot
}

// walkCheck, set on a session by tests, has walk run on each word the
// memo answers and collects those it found something in: the memo shown
// sound on real inputs.
type walkCheck struct {
	mu    sync.Mutex // (parallel scans share it)
	hits  int
	wrong []string
}

// newWalkMemo returns a memo for a scanner of s's text.
func (s *Session) newWalkMemo() *walkMemo {
	return &walkMemo{check: s.memoCheck}
}

// walkChecked is walk on a word the memo answered, for walkCheck.
func (sc *scanner) walkChecked(i, j int, bits uint16, c *walkCheck) int {
	n, gen := len(sc.spans), sc.s.gen
	e := sc.walk(i, j, bits)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.hits++
	if e != j || len(sc.spans) != n || sc.s.gen != gen {
		c.wrong = append(c.wrong, fmt.Sprintf("%q in %q", sc.b[i:j], sc.b[max(0, i-40):min(len(sc.b), j+40)]))
	}
	return e
}

const (
	// 4096 slots, 256 KB: a parallel scrub holds one for each chunk in
	// flight. (8192 saved 0.4% more instructions on the 16 MB corpus, and
	// no time that showed above the noise.)
	walkMemoBits  = 12
	walkMemoSlots = 1 << walkMemoBits
	// walkKeyMin and walkKeyMax bound a key's length (the word and a byte
	// either side): a shorter word costs walk less than the look-up, and
	// a slot is 64 bytes
	walkKeyMin = 8
	walkKeyMax = 56
)

type walkSlot struct {
	epoch uint32
	bits  uint16
	n     uint8
	key   [walkKeyMax]byte
}

// walkKey returns the bytes walkMemo keys the word [i, j) by, or nil for a
// word it keeps nothing of.
func walkKey(b []byte, i, j int) []byte {
	if i < 1 || j >= len(b) || j-i+2 < walkKeyMin || j-i+2 > walkKeyMax {
		return nil
	}
	return b[i-1 : j+1]
}

// slot returns key's slot, made current: one of another key, or of an
// earlier generation of the literals, is free.
func (m *walkMemo) slot(lits *literals, key []byte) *walkSlot {
	if m.lits != lits || m.gen != lits.gen {
		m.lits, m.gen = lits, lits.gen
		m.epoch++
		if m.epoch == 0 {
			// (wrapped: slots of an old epoch 0 would look current)
			m.slots = [walkMemoSlots]walkSlot{}
			m.epoch = 1
		}
	}
	// the slot: the top bits of a product of the key's first and last
	// eight bytes and its length (Fibonacci hashing)
	const golden = 0x9E3779B97F4A7C15
	lo, hi := binary.LittleEndian.Uint64(key), binary.LittleEndian.Uint64(key[len(key)-8:])
	return &m.slots[((lo^hi*golden^uint64(len(key)))*golden)>>(64-walkMemoBits)]
}

// has reports whether walk found nothing in a word keyed key with bits.
func (m *walkMemo) has(lits *literals, key []byte, bits uint16) bool {
	s := m.slot(lits, key)
	return s.epoch == m.epoch && s.bits == bits && int(s.n) == len(key) && string(s.key[:len(key)]) == string(key)
}

// put records that walk found nothing in a word keyed key with bits.
func (m *walkMemo) put(lits *literals, key []byte, bits uint16) {
	s := m.slot(lits, key)
	s.epoch, s.bits, s.n = m.epoch, bits, uint8(copy(s.key[:], key))
}
