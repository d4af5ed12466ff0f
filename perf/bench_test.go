package perf

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// BenchmarkSummarize reports throughput over a realistic log: a few
// metrics with units and tags, some events.
func BenchmarkSummarize(b *testing.B) {
	var buf bytes.Buffer
	r := rand.New(rand.NewPCG(1, 2))
	names := []string{"audio.callback_ms", "audio.dsp_load", "ui.frame_ms", "disk.stream_ms"}
	for i := 0; buf.Len() < 32<<20; i++ {
		ts := t0.Add(time.Duration(i) * 10 * time.Millisecond).Format(time.RFC3339Nano)
		if i%500 == 0 {
			fmt.Fprintf(&buf, `{"ts":%q,"event":"buffer_underrun","tags":{"deck":"A","buffer":256}}`+"\n", ts)
			continue
		}
		fmt.Fprintf(&buf, `{"ts":%q,"metric":%q,"value":%.3f,"unit":"ms","tags":{"device":"Focusrite USB","rate":48000}}`+"\n",
			ts, names[i%len(names)], r.ExpFloat64()*3)
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Summarize(bytes.NewReader(data), SummaryOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSamplerCost measures the CPU time (user+system, from the OS)
// one sample costs: reading the counters, computing, and the ring write.
// The budget is 0.1 % of a core at the default 5 s interval, i.e. 5 ms
// per sample.
func BenchmarkSamplerCost(b *testing.B) {
	s, err := NewSampler(b.TempDir(), 5*time.Second, 24*time.Hour, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	s.Track(selfPID())
	if err := s.tick(); err != nil { // baseline reading
		b.Fatal(err)
	}
	b.ReportAllocs()
	c0 := processCPU()
	n := 0
	for b.Loop() {
		if err := s.tick(); err != nil {
			b.Fatal(err)
		}
		n++
	}
	perSample := (processCPU() - c0).Seconds() / float64(n)
	b.ReportMetric(perSample, "cpu-s/sample")
	b.ReportMetric(100*perSample/5, "%core@5s")
}

// BenchmarkWindow: the read side, a 5.5 min window out of a full 24 h ring.
func BenchmarkWindow(b *testing.B) {
	s, err := NewSampler(b.TempDir(), 5*time.Second, 24*time.Hour, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for i := range s.ring.layout.capacity {
		x := testSample(i, s.ring.layout.cores)
		x.T = t0.Add(time.Duration(i) * 5 * time.Second)
		if err := s.ring.put(&x); err != nil {
			b.Fatal(err)
		}
	}
	from := t0.Add(10 * time.Hour)
	for b.Loop() {
		w, err := s.Window(from, from.Add(330*time.Second))
		if err != nil || len(w) != 67 {
			b.Fatal(len(w), err)
		}
	}
}
