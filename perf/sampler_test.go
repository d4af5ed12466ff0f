package perf

import (
	"context"
	"encoding/json"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"crashd/report"
)

func testSample(i int, cores int) report.PerfSample {
	s := report.PerfSample{
		T:            t0.Add(time.Duration(i) * time.Second),
		CPUBusy:      float64(i%100) + 0.5,
		Load1:        1.25,
		MemUsed:      uint64(i) << 20,
		MemAvailable: 8 << 30,
		SwapUsed:     uint64(i),
		DiskReadBps:  float64(i) * 1000,
		DiskWriteBps: 12.5,
		ProcCPU:      150.25,
		ProcRSS:      uint64(i) << 12,
	}
	for c := range cores {
		s.CPUPerCore = append(s.CPUPerCore, float64((i+c)%101))
	}
	return s
}

func layoutFor(cores, capacity int) ringLayout {
	return ringLayout{recSize: recordSize(cores), cores: cores, capacity: capacity}
}

func mustOpenRing(t *testing.T, path string, l ringLayout) (*ring, string) {
	t.Helper()
	r, note, err := openRing(path, l, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return r, note
}

func putN(t *testing.T, r *ring, from, to int) {
	t.Helper()
	for i := from; i < to; i++ {
		s := testSample(i, r.layout.cores)
		if err := r.put(&s); err != nil {
			t.Fatal(err)
		}
	}
}

func wantSamples(t *testing.T, got []report.PerfSample, from, to, cores int) {
	t.Helper()
	if len(got) != to-from {
		t.Fatalf("got %d samples, want %d (%d..%d)", len(got), to-from, from, to-1)
	}
	for k, s := range got {
		w := testSample(from+k, cores)
		if !s.T.Equal(w.T) || s.MemUsed != w.MemUsed || s.CPUBusy != w.CPUBusy || s.ProcRSS != w.ProcRSS ||
			s.DiskReadBps != w.DiskReadBps || s.Load1 != w.Load1 || s.ProcCPU != w.ProcCPU ||
			s.SwapUsed != w.SwapUsed || s.MemAvailable != w.MemAvailable || !slices.Equal(s.CPUPerCore, w.CPUPerCore) {
			t.Fatalf("sample %d: got %+v want %+v", k, s, w)
		}
	}
}

func TestRingWrapAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), RingFileName)
	r, _ := mustOpenRing(t, path, layoutFor(3, 5))
	putN(t, r, 0, 12) // wraps twice
	got, err := r.samples(time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	wantSamples(t, got, 7, 12, 3)
	r.close()

	r, note := mustOpenRing(t, path, layoutFor(3, 5))
	if note != "" {
		t.Errorf("reopen note %q", note)
	}
	got, _ = r.samples(time.Time{}, time.Time{})
	wantSamples(t, got, 7, 12, 3)
	putN(t, r, 12, 14) // continues the sequence, overwriting the oldest
	got, _ = r.samples(time.Time{}, time.Time{})
	wantSamples(t, got, 9, 14, 3)
	got, _ = r.samples(t0.Add(10*time.Second), t0.Add(12*time.Second))
	wantSamples(t, got, 10, 13, 3)
	r.close()
	if st, _ := os.Stat(path); st.Size() != ringHeaderSize+5*int64(recordSize(3)) {
		t.Errorf("file size %d", st.Size())
	}
}

func TestRingRecoversFromDamage(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, RingFileName)
	l := layoutFor(2, 8)
	r, _ := mustOpenRing(t, path, l)
	putN(t, r, 0, 6)
	r.close()

	// A flipped byte inside record 2 drops just that record.
	data, _ := os.ReadFile(path)
	data[ringHeaderSize+2*l.recSize+20] ^= 0x40
	os.WriteFile(path, data, 0o600)
	r, _ = mustOpenRing(t, path, l)
	got, _ := r.samples(time.Time{}, time.Time{})
	if len(got) != 5 || got[2].T.Equal(t0.Add(2*time.Second)) {
		t.Fatalf("after bit flip: %d samples", len(got))
	}
	r.close()

	// Truncated in the middle of record 4: records 0..3 survive, the file
	// regains its size, and writing goes on.
	os.Truncate(path, int64(ringHeaderSize+4*l.recSize+7))
	r, _ = mustOpenRing(t, path, l)
	got, _ = r.samples(time.Time{}, time.Time{})
	if len(got) != 3 { // 0, 1, 3 (2 was damaged above)
		t.Fatalf("after truncation: %d samples", len(got))
	}
	putN(t, r, 100, 102)
	got, _ = r.samples(time.Time{}, time.Time{})
	if len(got) != 5 || !got[4].T.Equal(t0.Add(101*time.Second)) {
		t.Fatalf("after truncation and writes: %+v", got)
	}
	r.close()
	if st, _ := os.Stat(path); st.Size() != r.size() {
		t.Errorf("size %d, want %d", st.Size(), r.size())
	}

	// Garbage header, empty file, short file: a fresh ring, no panic.
	for _, content := range [][]byte{[]byte("garbage that is not a ring file at all........................................"), nil, []byte("CRSHPERF")} {
		os.WriteFile(path, content, 0o600)
		r, note := mustOpenRing(t, path, l)
		got, _ := r.samples(time.Time{}, time.Time{})
		if len(got) != 0 {
			t.Errorf("fresh ring has %d samples", len(got))
		}
		if len(content) > 0 && note == "" {
			t.Errorf("no recovery note for %q", content)
		}
		putN(t, r, 0, 1)
		r.close()
	}

	// A hostile record with a valid CRC but impossible values is skipped.
	r, _ = mustOpenRing(t, path, l)
	s := testSample(1, 2)
	s.CPUBusy = math.Inf(1)
	r.put(&s)
	got, _ = r.samples(time.Time{}, time.Time{})
	if len(got) != 1 {
		t.Errorf("inf record decoded: %d samples", len(got))
	}
	r.close()
}

func TestRingLayoutChangeKeepsNewest(t *testing.T) {
	path := filepath.Join(t.TempDir(), RingFileName)
	r, _ := mustOpenRing(t, path, layoutFor(2, 10))
	putN(t, r, 0, 10)
	r.close()
	r, note := mustOpenRing(t, path, layoutFor(4, 4)) // more cores, shorter retention
	if note == "" {
		t.Error("no note for layout change")
	}
	got, _ := r.samples(time.Time{}, time.Time{})
	if len(got) != 4 || !got[0].T.Equal(t0.Add(6*time.Second)) || len(got[0].CPUPerCore) != 2 {
		t.Fatalf("migrated: %+v", got)
	}
	putN(t, r, 10, 11)
	got, _ = r.samples(time.Time{}, time.Time{})
	if len(got) != 4 || !got[3].T.Equal(t0.Add(10*time.Second)) || len(got[3].CPUPerCore) != 4 {
		t.Fatalf("after migration write: %+v", got)
	}
	r.close()
}

func burn(d time.Duration) {
	end := time.Now().Add(d)
	x := 1.0
	for time.Now().Before(end) {
		for range 1000 {
			x = math.Sqrt(x + 1)
		}
	}
	_ = x
}

func TestSamplerRunWindowAndRestart(t *testing.T) {
	dir := t.TempDir()
	log := slog.New(slog.DiscardHandler)
	s, err := NewSampler(dir, 10*time.Millisecond, 100*time.Millisecond, log)
	if err != nil {
		t.Fatal(err)
	}
	s.Track(os.Getpid())
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- s.Run(ctx) }()
	burn(300 * time.Millisecond)
	if err := s.Run(ctx); err == nil {
		t.Error("second concurrent Run accepted")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	got, err := s.Window(time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	// Capacity is retention/interval = 10 records, and ~30 ticks happened.
	if len(got) < 5 || len(got) > 10 {
		t.Fatalf("%d samples in a 10-record ring", len(got))
	}
	var procSeen bool
	for i, x := range got {
		if x.T.Before(start.Add(-time.Second)) || (i > 0 && x.T.Before(got[i-1].T)) {
			t.Errorf("sample %d time %v out of order", i, x.T)
		}
		if x.CPUBusy < 0 || x.CPUBusy > 100 || x.MemAvailable == 0 || len(x.CPUPerCore) == 0 {
			t.Errorf("sample %d implausible: %+v", i, x)
		}
		if x.ProcRSS > 0 {
			procSeen = true
		}
		if _, err := json.Marshal(x); err != nil {
			t.Error(err)
		}
	}
	if !procSeen {
		t.Error("tracked process never recorded")
	}
	mid := got[len(got)/2].T
	sub, _ := s.Window(mid, time.Time{})
	if len(sub) != len(got)-len(got)/2 {
		t.Errorf("window from middle: %d of %d", len(sub), len(got))
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Window(time.Time{}, time.Time{}); err == nil {
		t.Error("Window after Close succeeded")
	}

	// A restarted daemon sees the same history.
	s2, err := NewSampler(dir, 10*time.Millisecond, 100*time.Millisecond, log)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	again, _ := s2.Window(time.Time{}, time.Time{})
	if len(again) != len(got) || !again[len(again)-1].T.Equal(got[len(got)-1].T) {
		t.Errorf("after reopen: %d samples, want %d", len(again), len(got))
	}
}

func TestSampleNow(t *testing.T) {
	s, err := NewSampler(t.TempDir(), time.Second, time.Minute, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.Track(os.Getpid())
	go burn(300 * time.Millisecond)
	x, err := s.SampleNow(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if x.MemUsed == 0 || x.MemAvailable == 0 || x.CPUBusy <= 0 || x.ProcRSS == 0 || len(x.CPUPerCore) == 0 {
		t.Errorf("implausible sample %+v", x)
	}
	if runtime.GOOS == "linux" && x.ProcCPU <= 0 {
		t.Errorf("busy process shows no CPU: %+v", x)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.SampleNow(ctx); err == nil {
		t.Error("cancelled SampleNow succeeded")
	}
	if w, _ := s.Window(time.Time{}, time.Time{}); len(w) != 0 {
		t.Errorf("SampleNow recorded %d samples", len(w))
	}
}

func TestNewSamplerRejectsBadConfig(t *testing.T) {
	if _, err := NewSampler(t.TempDir(), 0, time.Hour, nil); err == nil {
		t.Error("zero interval accepted")
	}
	if _, err := NewSampler(t.TempDir(), time.Minute, time.Second, nil); err == nil {
		t.Error("retention < interval accepted")
	}
}

func TestComputeRates(t *testing.T) {
	p := rawStats{at: t0, cpuTotal: 1000, cpuIdle: 800, coreTotal: []float64{500, 500}, coreIdle: []float64{500, 300},
		diskRead: 1000, diskWrit: 5000, diskOK: true, procPID: 7, procCPU: 10, procOK: true, memUsed: 1, memAvail: 2}
	c := rawStats{at: t0.Add(2 * time.Second), cpuTotal: 1200, cpuIdle: 900, coreTotal: []float64{600, 600}, coreIdle: []float64{600, 300},
		diskRead: 3000, diskWrit: 4000, diskOK: true, procPID: 7, procCPU: 13, procRSS: 4096, procOK: true, memUsed: 3, memAvail: 4}
	var out report.PerfSample
	compute(&p, &c, &out)
	want := report.PerfSample{T: t0.Add(2 * time.Second), CPUBusy: 50, CPUPerCore: []float64{0, 100}, DiskReadBps: 1000,
		DiskWriteBps: 0, ProcCPU: 150, ProcRSS: 4096, MemUsed: 3, MemAvailable: 4}
	a, _ := json.Marshal(out)
	b, _ := json.Marshal(want)
	if string(a) != string(b) {
		t.Errorf("got  %s\nwant %s", a, b)
	}
	c.procPID = 8 // another process: no CPU delta across processes
	compute(&p, &c, &out)
	if out.ProcCPU != 0 || out.ProcRSS != 4096 {
		t.Errorf("pid change: %+v", out)
	}
}

func TestRingRoundTripOfComputedValues(t *testing.T) {
	r, _ := mustOpenRing(t, filepath.Join(t.TempDir(), RingFileName), layoutFor(4, 64))
	defer r.close()
	rng := rand.New(rand.NewPCG(7, 7))
	var want []report.PerfSample
	for i := range 64 {
		s := report.PerfSample{
			T:            t0.Add(time.Duration(i)*time.Second + time.Duration(rng.IntN(1e9))),
			CPUBusy:      round2(rng.Float64() * 100),
			CPUPerCore:   []float64{round2(rng.Float64() * 100), 0, 100, round2(rng.Float64() * 100)},
			Load1:        round2(rng.Float64() * 64),
			MemUsed:      rng.Uint64(),
			MemAvailable: rng.Uint64(),
			SwapUsed:     rng.Uint64(),
			DiskReadBps:  math.Round(rng.Float64() * 1e10),
			DiskWriteBps: math.Round(rng.Float64() * 1e10),
			ProcCPU:      round2(rng.Float64() * 12800),
			ProcRSS:      rng.Uint64(),
		}
		want = append(want, s)
		if err := r.put(&s); err != nil {
			t.Fatal(err)
		}
	}
	got, err := r.samples(time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(got)
	b, _ := json.Marshal(want)
	if string(a) != string(b) {
		t.Errorf("round trip differs:\n%s\n%s", a, b)
	}
}

func TestWindowAround(t *testing.T) {
	s, err := NewSampler(t.TempDir(), time.Second, time.Hour, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i := range 100 {
		x := testSample(i, s.ring.layout.cores)
		s.ring.put(&x)
	}
	crash := t0.Add(50 * time.Second)
	w, err := s.WindowAround(crash, 10*time.Second, 3*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if !w.From.Equal(t0.Add(40*time.Second)) || !w.To.Equal(t0.Add(53*time.Second)) || len(w.Samples) != 14 {
		t.Errorf("window %v..%v with %d samples", w.From, w.To, len(w.Samples))
	}
}
