package redact

import "testing"

// Every detector of plainWord's and word's tables can run: each bit is
// set somewhere in every table (a rule that no byte, length or class
// passes would silently skip its detector everywhere).
func TestDispatchTablesReachEveryDetector(t *testing.T) {
	for bit := 0; bit < pCount; bit++ {
		var f, p, n, s uint32
		for c := range 256 {
			f |= plainTab.first[c]
			p |= plainTab.prev[c]
			n |= plainTab.next[c]
		}
		for _, x := range plainTab.size {
			s |= x
		}
		if f&p&n&s&(1<<bit) == 0 {
			t.Errorf("plainWord: detector %d can never run", bit)
		}
	}
	for bit := 0; bit <= wdAtPct; bit++ {
		var f, p, n, s, lo, hi uint64
		for c := range 256 {
			f |= wordTab.first[c]
			p |= wordTab.prev[c]
			n |= wordTab.next[c]
		}
		for _, x := range wordTab.size {
			s |= x
		}
		for _, x := range wordTab.lo {
			lo |= x
		}
		for _, x := range wordTab.hi {
			hi |= x
		}
		if f&p&n&s&lo&hi&(1<<bit) == 0 {
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
