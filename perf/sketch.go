package perf

import (
	"math"
	"slices"
)

// Sketch parameters (documented in FORMAT.md). The sketch is a
// DDSketch-style log-bucketed histogram: bucket k holds values in
// (γ^(k-1), γ^k] and is reported as 2γ^k/(γ+1), so any value reported for a
// rank is within SketchRelativeError of the exact nearest-rank sample.
const (
	SketchRelativeError = 0.01
	sketchMaxBins       = 2048 // per sign: covers a 6e17 ratio at 1 %
	sketchMinMagnitude  = 1e-9 // smaller magnitudes count as zero
)

var (
	sketchGamma   = (1 + SketchRelativeError) / (1 - SketchRelativeError)
	sketchLnGamma = math.Log(sketchGamma)
)

type sketch struct {
	pos, neg binStore
	zero     uint64
}

func newSketch() *sketch { return &sketch{} }

func (s *sketch) add(x float64) {
	switch {
	case x >= sketchMinMagnitude:
		s.pos.add(sketchKey(x))
	case x <= -sketchMinMagnitude:
		s.neg.add(sketchKey(-x))
	default:
		s.zero++
	}
}

func sketchKey(x float64) int {
	return int(math.Ceil(math.Log(x) / sketchLnGamma))
}

func sketchValue(k int) float64 {
	return 2 * math.Pow(sketchGamma, float64(k)) / (sketchGamma + 1)
}

// quantile returns the value at 1-based rank r, clamped to the exact
// [lo, hi] so the extremes are never worse than the data.
func (s *sketch) quantile(r int, lo, hi float64) float64 {
	want := uint64(r)
	var cum uint64
	v, found := 0.0, false
	for i := len(s.neg.counts) - 1; i >= 0 && !found; i-- { // most negative first
		if cum += s.neg.counts[i]; cum >= want {
			v, found = -sketchValue(s.neg.offset+i), true
		}
	}
	if !found {
		if cum += s.zero; cum >= want {
			v, found = 0, true
		}
	}
	for i := 0; i < len(s.pos.counts) && !found; i++ {
		if cum += s.pos.counts[i]; cum >= want {
			v, found = sketchValue(s.pos.offset+i), true
		}
	}
	if !found {
		v = hi
	}
	return min(max(v, lo), hi)
}

// binStore is a dense run of bucket counts starting at key offset. It
// never holds more than sketchMaxBins buckets: keys below the run once it
// is full land in the lowest bucket, and growing upwards folds the lowest
// buckets together, so only the smallest magnitudes lose accuracy.
type binStore struct {
	counts []uint64
	offset int
}

func (b *binStore) add(k int) {
	switch {
	case len(b.counts) == 0:
		b.offset = k
		b.counts = append(b.counts, 0)
	case k < b.offset:
		if b.offset+len(b.counts)-k > sketchMaxBins {
			b.counts[0]++
			return
		}
		b.counts = slices.Insert(b.counts, 0, make([]uint64, b.offset-k)...)
		b.offset = k
	case k >= b.offset+len(b.counts):
		if n := k - b.offset + 1; n > sketchMaxBins {
			shift := n - sketchMaxBins
			if shift >= len(b.counts) {
				var total uint64
				for _, c := range b.counts {
					total += c
				}
				b.counts = append(b.counts[:0], total)
				b.offset = k - sketchMaxBins + 1
			} else {
				var folded uint64
				for _, c := range b.counts[:shift] {
					folded += c
				}
				b.counts = append(b.counts[:0], b.counts[shift:]...)
				b.counts[0] += folded
				b.offset += shift
			}
		}
		for k >= b.offset+len(b.counts) {
			b.counts = append(b.counts, 0)
		}
	}
	b.counts[k-b.offset]++
}
