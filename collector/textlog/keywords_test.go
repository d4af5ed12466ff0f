package textlog

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"testing"
)

// The one-pass matcher must pick, per list, what a bytes.Contains per word
// in list order picks.
func TestKeywordsMatchContainsInListOrder(t *testing.T) {
	naive := func(words []string, line []byte) int {
		for i, w := range words {
			if bytes.Contains(line, []byte(w)) {
				return i
			}
		}
		return -1
	}
	lists := [][]string{
		{"SIGSEGV", "Segmentation fault", "SIGABRT", "Aborted", "SIGS"},
		{"Error", "error:", "Err!", "Segmentation fault"},
	}
	k := newKeywords(lists...)
	both := []bool{true, true}
	best := make([]int, 2)
	for _, tc := range []struct {
		line string
		want []int
	}{
		{"", []int{-1, -1}},
		{"abc", []int{-1, -1}},
		{"nothing here", []int{-1, -1}},
		{"Aborted after SIGABRT", []int{2, -1}}, // list order wins over position
		{"SIGSEGV", []int{0, -1}},
		{"SIGSEG", []int{4, -1}},
		{"an Err!", []int{-1, 2}},
		{"Error: x error: y", []int{-1, 0}},
		{"Segmentation fault", []int{1, 3}}, // a word in both lists
		{"Segmentation faul", []int{-1, -1}},
	} {
		if k.find([]byte(tc.line), both, best); !slices.Equal(best, tc.want) {
			t.Errorf("find(%q) = %v, want %v", tc.line, best, tc.want)
		}
	}
	if k.find([]byte("SIGSEGV Error"), []bool{false, true}, best); !slices.Equal(best, []int{-1, 0}) {
		t.Errorf("unwanted list reported: %v", best)
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("SIGEabortedErr:! f")
	for range 20000 {
		line := make([]byte, r.IntN(40))
		for i := range line {
			line[i] = alphabet[r.IntN(len(alphabet))]
		}
		for range r.IntN(3) {
			l := lists[r.IntN(2)]
			w := l[r.IntN(len(l))]
			at := r.IntN(len(line) + 1)
			line = append(line[:at:at], append([]byte(w), line[at:]...)...)
		}
		k.find(line, both, best)
		for l, words := range lists {
			if want := naive(words, line); best[l] != want {
				t.Fatalf("find(%q) list %d = %d, want %d", line, l, best[l], want)
			}
		}
	}
}

func BenchmarkKeywords(b *testing.B) {
	line := []byte("2024-03-04T10:01:02.003Z INFO engine: processed 81234 blocks in 12.345 ms, cpu 43%, latency 512 samples, the rate at which data was treated")
	want, best := []bool{true, true}, make([]int, 2)
	b.SetBytes(int64(len(line)))
	for range b.N {
		genericKeywords.find(line, want, best)
	}
}
