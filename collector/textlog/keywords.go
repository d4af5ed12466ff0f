package textlog

import "bytes"

// keywords finds which words of a few fixed lists occur in a line, in one
// pass over its bytes: a big log without a crash in it is read to the end,
// and a bytes.Contains per word per line made that the slowest part of
// collecting one. Every word is at least 4 bytes; a position is checked
// only when a hash of the 4 bytes there marks a word start, which is rare
// in ordinary text (a first-byte table is not: 'e', 'a' and 't' start
// words).
type keywords struct {
	words []keyword
	// heads[h] lists the words whose first 4 bytes hash to h.
	heads [1 << headBits][]int
	// mark has bit h set when heads[h] is not empty: the hot loop reads
	// 128 bytes of it, not 24 KiB of slice headers.
	mark [1 << headBits / 64]uint64
}

type keyword struct {
	text       []byte
	list, rank int // which list, and the word's place in it
}

const headBits = 10

func headHash(v uint32) uint32 { return (v * 0x9e3779b1) >> (32 - headBits) }

// newKeywords indexes lists of words; within a list, earlier words win.
func newKeywords(lists ...[]string) *keywords {
	k := &keywords{}
	for l, words := range lists {
		for rank, w := range words {
			if len(w) < 4 {
				panic("textlog: keyword shorter than 4 bytes: " + w)
			}
			h := headHash(uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24)
			k.heads[h] = append(k.heads[h], len(k.words))
			k.mark[h/64] |= 1 << (h % 64)
			k.words = append(k.words, keyword{text: []byte(w), list: l, rank: rank})
		}
	}
	return k
}

// find sets best[l] to the rank of the earliest word of list l that occurs
// in line, or -1; only lists with want[l] set are looked for.
func (k *keywords) find(line []byte, want []bool, best []int) {
	left := 0
	for l := range best {
		best[l] = -1
		if want[l] {
			left++
		}
	}
	if len(line) < 4 || left == 0 {
		return
	}
	// v holds the 4 bytes that end at i, little-endian.
	v := uint32(line[0])<<8 | uint32(line[1])<<16 | uint32(line[2])<<24
	for i := 3; i < len(line); i++ {
		v = v>>8 | uint32(line[i])<<24
		h := headHash(v)
		if k.mark[h/64]&(1<<(h%64)) == 0 {
			continue
		}
		for _, wi := range k.heads[h] {
			w := &k.words[wi]
			if !want[w.list] || (best[w.list] >= 0 && w.rank >= best[w.list]) || !bytes.HasPrefix(line[i-3:], w.text) {
				continue
			}
			best[w.list] = w.rank
			if w.rank == 0 {
				// nothing beats a list's first word
				if left--; left == 0 {
					return
				}
			}
		}
	}
}
