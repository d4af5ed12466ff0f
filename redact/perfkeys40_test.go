package redact

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"testing"
)

// randKeyBytes returns a random key: ASCII letters and digits, key
// punctuation, runs of separators, bytes past ASCII (valid UTF-8 and
// not) and blanks.
func randKeyBytes(r *rand.Rand, n int) []byte {
	const ascii = "abcXYZuser09_-./ :=\t\"'[]()"
	pieces := []string{"é", "ñ", "Пароль", "パス", "\xff", "\xc3", "\x80\x80", "::::", "====", "  ", "buyer", "Customer", "RECIPIENT", " TTY="}
	var k []byte
	for len(k) < n {
		switch r.IntN(4) {
		case 0:
			k = append(k, pieces[r.IntN(len(pieces))]...)
		case 1:
			k = append(k, byte(r.IntN(256)))
		default:
			k = append(k, ascii[r.IntN(len(ascii))])
		}
	}
	return k
}

// memoNormKeyRef is (*rawKey).normKey as it was before round 40: the
// memo's normal form appended to buf.
func memoNormKeyRef(m *rawKey, buf, key []byte) []byte {
	if m.nkN == noNorm {
		nk := normKey(buf, key)
		if len(key) > rawKeyMax {
			return nk
		}
		m.nkN = uint8(copy(m.nk[:], nk))
		return nk
	}
	return append(buf[:0], m.nk[:m.nkN]...)
}

// TestMemoNormKeyCopy: the memo's normKey, copying its fixed-size form
// into a buffer that holds it, says what the old form and normKey say,
// for random keys (non-ASCII, invalid UTF-8, separator runs, longer than
// the memo keeps) in buffers large and small, first use and repeated.
func TestMemoNormKeyCopy(t *testing.T) {
	s, _ := NewSession(Config{})
	sc := s.stringScanner()
	r := rand.New(rand.NewPCG(40, 1))
	for range 20000 {
		key := randKeyBytes(r, 1+r.IntN(40))
		for round := range 2 {
			m := sc.rawKeySlot(key)
			ref := *m
			var kb, kb2, kb3 [64]byte
			var small [8]byte
			want := normKey(kb3[:0], key)
			for _, buf := range [][]byte{kb[:0], small[:0]} {
				mm := ref
				got := mm.normKey(buf, key)
				old := memoNormKeyRef(&ref, kb2[:0], key)
				if !bytes.Equal(got, old) || !bytes.Equal(got, want) || mm.nkN != ref.nkN {
					t.Fatalf("round %d %q (cap %d): memo's normKey %q, old form %q, normKey %q", round, key, cap(buf), got, old, want)
				}
			}
			m.normKey(kb[:0], key) // (fill the slot: the next round reads it)
		}
	}
}

// TestPersonValueFirstGate: personValueFirst admits the first byte of
// every key personValueKey accepts (each spelling of its words in any
// case, and random keys), so asking it first changes no answer.
func TestPersonValueFirstGate(t *testing.T) {
	for _, w := range []string{"buyer", "customer", "recipient"} {
		for mask := range 1 << len(w) {
			k := []byte(w)
			for i := range k {
				if mask>>i&1 != 0 {
					k[i] -= 'a' - 'A'
				}
			}
			if !personValueKey(k) || !personValueFirst[k[0]] {
				t.Fatalf("%q: personValueKey %v, gate %v", k, personValueKey(k), personValueFirst[k[0]])
			}
		}
	}
	r := rand.New(rand.NewPCG(40, 2))
	for range 100000 {
		k := randKeyBytes(r, 5+r.IntN(5))
		if personValueKey(k) && !personValueFirst[k[0]] {
			t.Fatalf("%q: personValueKey accepts it, the gate does not", k)
		}
	}
}

// TestSudoTTYGate: keyValues' sudo test, asking b[q+2] first, answers as
// the string compare alone did at every ':' of random text.
func TestSudoTTYGate(t *testing.T) {
	r := rand.New(rand.NewPCG(40, 3))
	for range 20000 {
		b := randKeyBytes(r, 1+r.IntN(24))
		for q := range b {
			old := q+5 < len(b) && string(b[q+1:q+6]) == " TTY="
			gated := q+5 < len(b) && b[q+2] == 'T' && string(b[q+1:q+6]) == " TTY="
			if old != gated {
				t.Fatalf("%q at %d: old %v, gated %v", b, q, old, gated)
			}
		}
	}
}

// nextKVSepRef is nextKVSep as it was before round 40, its SWAR test
// written out in the loop.
func nextKVSepRef(b []byte, q, j int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for q < j {
		if q+8 > len(b) {
			if c := b[q]; c != '=' && c != ':' {
				q++
				continue
			}
		} else {
			x := binary.LittleEndian.Uint64(b[q : q+8])
			e, c := x^(lo*'='), x^(lo*':')
			m := ((e-lo)&^e | (c-lo)&^c) & hi
			if m == 0 {
				q += 8
				continue
			}
			if q += bits.TrailingZeros64(m) >> 3; q >= j {
				break
			}
		}
		c := b[q]
		if q+1 < len(b) && (b[q+1] == c || c == ':' && (b[q+1] == '/' || b[q+1] == '\\' && !escapedPair(b, q))) {
			q += 2
			continue
		}
		if q > 0 && b[q-1] == c {
			q++
			continue
		}
		return q
	}
	return j
}

// TestNextKVSepHelper: nextKVSep, its byte test in kvSepBytes, answers
// as before for every start and end in random text (separator runs,
// "://", "C:\", escaped JSON pairs, bytes past ASCII, invalid UTF-8).
func TestNextKVSepHelper(t *testing.T) {
	r := rand.New(rand.NewPCG(40, 4))
	extra := []string{"://", "C:\\", `\":\"`, "==", "::", "a=b", "k: v"}
	for range 5000 {
		b := randKeyBytes(r, 1+r.IntN(40))
		if r.IntN(2) == 0 {
			b = append(b, extra[r.IntN(len(extra))]...)
		}
		for q := range b {
			for j := q; j <= len(b); j++ {
				if got, want := nextKVSep(b, q, j), nextKVSepRef(b, q, j); got != want {
					t.Fatalf("%q [%d,%d): %d, before %d", b, q, j, got, want)
				}
			}
		}
	}
}

// nameKeyRef is the key of nameCache before round 40: one map keyed by
// the class and the value.
type nameKeyRef struct{ class, raw string }

// TestNameCachesAsOneMap: the per-class maps answer what the one map
// keyed by class and value answered, over random values of every class
// that caches (sharing values across classes, past the limit of 1024
// values in all, values stored again with another outcome).
func TestNameCachesAsOneMap(t *testing.T) {
	s, _ := NewSession(Config{})
	sc := s.stringScanner()
	ref := map[nameKeyRef]string{}
	classes := []string{ClassUser, ClassHost, ClassEmail, "unc"}
	r := rand.New(rand.NewPCG(40, 5))
	for i := range 6000 {
		class := classes[r.IntN(len(classes))]
		v := randKeyBytes(r, 1+r.IntN(6))
		canon := ""
		if r.IntN(2) == 0 {
			canon = string(randKeyBytes(r, 4))
		}
		if r.IntN(3) == 0 {
			sc.cacheName(class, string(v), canon)
			if len(ref) < 1024 {
				ref[nameKeyRef{class, string(v)}] = canon
			}
		}
		got, ok := sc.cachedName(class, v)
		want, wok := ref[nameKeyRef{class, string(v)}]
		if got != want || ok != wok {
			t.Fatalf("op %d: %s %q: cached %q %v, one map %q %v", i, class, v, got, ok, want, wok)
		}
	}
	if sc.nameCache.n != len(ref) || len(ref) != 1024 {
		t.Fatalf("%d values counted, %d in the one map (want the limit, 1024)", sc.nameCache.n, len(ref))
	}
}
