package redact

import "testing"

// Every detector of plainWord's and word's tables can run: each bit is
// set somewhere in every table (a rule that no byte, length or class
// passes would silently skip its detector everywhere).
func TestDispatchTablesReachEveryDetector(t *testing.T) {
	var fs []uint64 // (by first byte and length: one table)
	for c := range plainTab.firstSize {
		fs = append(fs, plainTab.firstSize[c][:]...)
	}
	p := reachable(fs, plainTab.prev[:], plainTab.next[:], plainTab.last[:])
	for bit := 0; bit < pCount; bit++ {
		if p&(1<<bit) == 0 {
			t.Errorf("plainWord: detector %d can never run", bit)
		}
	}
	w := reachable(wordTab.first[:], wordTab.prev[:], wordTab.next[:], wordTab.size[:], wordTab.lo[:], wordTab.hi[:])
	for bit := 0; bit <= wdAtPct; bit++ {
		if w&(1<<bit) == 0 {
			t.Errorf("word: detector %d can never run", bit)
		}
	}
	if pScrub&(1<<pLearn) != 0 || pLearnOnly&(1<<pLearn) == 0 || pLearnOnly>>(pLearn+1) != 0 {
		t.Errorf("plainWord's masks: scrub %b, learn %b", pScrub, pLearnOnly)
	}
}

// Each word's bits are those of the rules its shape passes: a word's
// own classes, not only some, choose them ("-----BEGIN" asks pem's
// detector, "--" the mail signature's, "a-b" neither).
func TestWordBitsAt(t *testing.T) {
	for _, tc := range []struct {
		in   string
		bit  int
		want bool
	}{
		{"-----BEGIN", wdPEM, true},
		{"-----BEGIN", wdMailSig, false},
		{"--", wdMailSig, true},
		{"a-b", wdMailSig, false},
		{"key=value", wdEq, true},
		{"key=value", wdColon, false},
		{"a.b.c", wdDotted, true},
		{"x@y.z", wdAtPct, true},
	} {
		b := []byte(tc.in)
		var cl uint16
		for _, c := range b {
			cl |= ctab[c]
		}
		if got := wordBitsAt(b, 0, len(b), cl)&(1<<tc.bit) != 0; got != tc.want {
			t.Errorf("%q: detector %d: %v, want %v", tc.in, tc.bit, got, tc.want)
		}
	}
}

// reachable returns the bits set somewhere in every one of the tables.
func reachable[T uint32 | uint64](tables ...[]T) T {
	all := ^T(0)
	for _, tab := range tables {
		var any T
		for _, x := range tab {
			any |= x
		}
		all &= any
	}
	return all
}
