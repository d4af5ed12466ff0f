package redact

import (
	"math/rand"
	"testing"
)

// isTimestampRef is isTimestamp as it was before isoDate: the reference
// the faster one must agree with.
func isTimestampRef(w []byte) bool {
	d := func(k int) bool {
		return k >= 0 && k+2 <= len(w) && w[k]-'0' < 10 && w[k+1]-'0' < 10
	}
	k := 0
	if len(w) >= 10 && w[4] == '-' && w[7] == '-' && d(0) && d(2) && d(5) && d(8) {
		k = 10
		if k == len(w) {
			return true
		}
		if w[k] != 'T' {
			return false
		}
		k++
	}
	if !(d(k) && k+5 <= len(w) && w[k+2] == ':' && d(k+3)) {
		return false
	}
	k += 5
	if k+3 <= len(w) && w[k] == ':' && d(k+1) {
		k += 3
	}
	if k+1 < len(w) && (w[k] == '.' || w[k] == ',') && isDigit(w[k+1]) {
		k++
		for k < len(w) && isDigit(w[k]) {
			k++
		}
	}
	switch {
	case k == len(w):
		return true
	case w[k] == 'Z':
		return k+1 == len(w)
	case w[k] == '+' || w[k] == '-':
		k++
		if !d(k) {
			return false
		}
		k += 2
		if k < len(w) && w[k] == ':' {
			k++
		}
		return d(k) && k+2 == len(w)
	}
	return false
}

// TestSpeed37IsTimestampSame: isTimestamp (isoDate's eight bytes at a
// time) answers as the byte-by-byte reference on timestamps, their
// near misses (a byte changed to its neighbours, cut short, grown) and
// random words of their alphabet.
func TestSpeed37IsTimestampSame(t *testing.T) {
	seeds := []string{
		"2024-03-04T10:01:02.003Z", "2024-03-04", "10:01:02", "10:01", "2024-01-08T05:34:35.242Z",
		"2024-03-04T10:01:02+01:00", "2024-03-04T10:01:02-0500", "12:24:10,123", "2024-03-04T10:01",
		"1.2.3", "404", "0x7fff", "2024-13-99T99:99:99.9999999Z", "05:01:03",
	}
	check := func(w []byte) {
		if got, want := isTimestamp(w), isTimestampRef(w); got != want {
			t.Fatalf("isTimestamp(%q) = %v, reference %v", w, got, want)
		}
	}
	for _, s := range seeds {
		w := []byte(s)
		for n := 0; n <= len(w); n++ {
			check(w[:n])
		}
		for k := range w {
			for _, c := range []byte{'/', '0', '9', ':', ';', '-', '.', ',', 'T', 'Z', '+', 0x2d + 0x10, 0x3a + 0xc0, 0xff, 0xcf, 0x1d, 0x39 + 0x80} {
				v := append([]byte(nil), w...)
				v[k] = c
				check(v)
				check(append(v, '0'))
			}
		}
	}
	r := rand.New(rand.NewSource(37))
	const alpha = "0123456789-:T.,Z+ /\xff\xcd\x3f"
	for range 200000 {
		w := make([]byte, r.Intn(30))
		for k := range w {
			if r.Intn(4) == 0 {
				w[k] = alpha[r.Intn(len(alpha))]
			} else {
				w[k] = byte('0' + r.Intn(10))
			}
		}
		if len(w) >= 8 && r.Intn(2) == 0 {
			w[4], w[7] = '-', '-'
		}
		check(w)
	}
	for x := range 1 << 16 {
		// every byte pair at 4 and 7 of an otherwise valid date
		w := []byte("2024-03-04T10:01:02")
		w[4], w[7] = byte(x), byte(x>>8)
		check(w)
		w = []byte("2024-03-04T10:01:02")
		w[0], w[6] = byte(x), byte(x>>8)
		check(w)
	}
}
