package redact

import (
	"math/rand/v2"
	"sort"
	"testing"
)

// resolve keeps, of overlapping findings, the one starting first (the
// longest, then the first found, of those starting together), whether
// the findings came nearly in order (insertion sort) or far out of it
// (a full sort past a budget of moves).
func TestResolveOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, shuffle := range []int{0, 3, 50, 1000} {
		for round := 0; round < 20; round++ {
			n := 1 + r.IntN(3000)
			sp := make([]span, n)
			for k := range sp {
				s := k * 3
				if shuffle > 0 && r.IntN(100) < shuffle/10+1 {
					s = r.IntN(3 * n)
				}
				sp[k] = span{start: s, end: s + 1 + r.IntN(6), seq: k + 1}
			}
			if shuffle == 1000 {
				r.Shuffle(n, func(a, b int) { sp[a], sp[b] = sp[b], sp[a] })
			}
			want := append([]span(nil), sp...)
			sort.SliceStable(want, func(a, b int) bool {
				if want[a].start != want[b].start {
					return want[a].start < want[b].start
				}
				if want[a].end != want[b].end {
					return want[a].end > want[b].end
				}
				return want[a].seq < want[b].seq
			})
			kept, last := want[:0], -1
			for _, x := range want {
				if x.start >= last {
					kept = append(kept, x)
					last = x.end
				}
			}
			sc := &scanner{spans: sp}
			sc.resolve()
			if len(sc.spans) != len(kept) {
				t.Fatalf("shuffle %d n %d: kept %d findings, want %d", shuffle, n, len(sc.spans), len(kept))
			}
			for k := range kept {
				if sc.spans[k] != kept[k] {
					t.Fatalf("shuffle %d n %d: finding %d is %+v, want %+v", shuffle, n, k, sc.spans[k], kept[k])
				}
			}
		}
	}
}
