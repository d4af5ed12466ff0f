package perf

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"crashd/report"
)

// RingFileName is the sampler's ring buffer file inside its directory.
const RingFileName = "perf.ring"

// rawStats are cumulative counters read at one instant; a sample is the
// difference of two readings.
type rawStats struct {
	at                 time.Time
	cpuTotal, cpuIdle  float64 // any unit, only ratios are used
	coreTotal          []float64
	coreIdle           []float64
	memUsed, memAvail  uint64
	swapUsed           uint64
	load1              float64
	diskRead, diskWrit uint64 // cumulative bytes
	diskOK             bool
	procPID            int
	procCPU            float64 // cumulative CPU seconds
	procRSS            uint64
	procOK             bool
}

func (r *rawStats) copyFrom(o *rawStats) {
	ct, ci := r.coreTotal[:0], r.coreIdle[:0]
	*r = *o
	r.coreTotal = append(ct, o.coreTotal...)
	r.coreIdle = append(ci, o.coreIdle...)
}

// collector reads the OS counters; one per Sampler, not safe for
// concurrent use (the Sampler serialises it).
type collector interface {
	read(r *rawStats, pid int) error
	close() error
}

// Sampler records system performance every interval into a ring buffer
// file that survives restarts, and answers which samples fall into a
// window around a crash.
type Sampler struct {
	interval time.Duration
	log      *slog.Logger
	running  atomic.Bool

	mu       sync.Mutex // guards everything below
	ring     *ring
	col      collector
	pid      int
	prev     rawStats
	cur      rawStats
	havePrev bool
	scratch  report.PerfSample
	failing  bool // a tick failed; log recovery once
	closed   bool
}

// NewSampler opens (or creates) the ring buffer in dir sized for
// retention/interval records (at most MaxRingRecords).
func NewSampler(dir string, interval, retention time.Duration, log *slog.Logger) (*Sampler, error) {
	if interval < time.Millisecond {
		return nil, fmt.Errorf("perf: sampler interval %v too short", interval)
	}
	if retention < interval {
		return nil, fmt.Errorf("perf: sampler retention %v shorter than interval %v", retention, interval)
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("perf: sampler: %w", err)
	}
	col, err := newCollector()
	if err != nil {
		return nil, err
	}
	s := &Sampler{interval: interval, log: log, col: col}
	// The first reading tells how many per-core slots the records need.
	if err := col.read(&s.prev, 0); err != nil {
		col.close()
		return nil, fmt.Errorf("perf: sampler: first reading: %w", err)
	}
	cores := min(max(len(s.prev.coreTotal), runtime.NumCPU(), 1), maxCoreSlots)
	capacity := (retention + interval - 1) / interval
	if capacity > MaxRingRecords {
		log.Warn("perf: sampler retention capped", "records", MaxRingRecords,
			"retention", time.Duration(MaxRingRecords)*interval)
		capacity = MaxRingRecords
	}
	layout := ringLayout{recSize: recordSize(cores), cores: cores, capacity: int(max(capacity, 2))}
	r, note, err := openRing(filepath.Join(dir, RingFileName), layout, interval)
	if err != nil {
		col.close()
		return nil, err
	}
	if note != "" {
		log.Warn("perf: sampler: " + note)
	}
	s.ring = r
	return s, nil
}

// Close releases the ring file and the OS handles.
func (s *Sampler) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return errors.Join(s.ring.close(), s.col.close())
}

// Track sets the process whose CPU and RSS are recorded (the app that may
// crash); 0 stops tracking.
func (s *Sampler) Track(pid int) {
	s.mu.Lock()
	s.pid = max(pid, 0)
	s.mu.Unlock()
}

// Run samples every interval until ctx ends, then returns nil. Failed
// readings or writes are logged and sampling goes on.
func (s *Sampler) Run(ctx context.Context) error {
	if !s.running.CompareAndSwap(false, true) {
		return errors.New("perf: sampler already running")
	}
	defer s.running.Store(false)
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return errors.New("perf: sampler closed")
	}
	// The baseline: the first record covers the first interval.
	s.havePrev = s.col.read(&s.prev, s.pid) == nil
	s.mu.Unlock()

	t := time.NewTicker(s.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			s.tickAndLog()
		}
	}
}

func (s *Sampler) tickAndLog() {
	err := s.tick()
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case err != nil && !s.failing:
		s.failing = true
		s.log.Warn("perf: sampling failed", "err", err)
	case err == nil && s.failing:
		s.failing = false
		s.log.Info("perf: sampling recovered")
	}
}

// tick takes one reading and records the sample since the previous one.
func (s *Sampler) tick() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return errors.New("perf: sampler closed")
	}
	if err := s.col.read(&s.cur, s.pid); err != nil {
		s.havePrev = false
		return err
	}
	var err error
	if s.havePrev {
		compute(&s.prev, &s.cur, &s.scratch)
		err = s.ring.put(&s.scratch)
	}
	s.prev, s.cur = s.cur, s.prev
	s.havePrev = true
	return err
}

// Window returns the recorded samples with time in [from, to], in the
// order they were recorded.
func (s *Sampler) Window(from, to time.Time) ([]report.PerfSample, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, errors.New("perf: sampler closed")
	}
	return s.ring.samples(from, to)
}

// minSpan is the shortest span a sample is computed over: CPU counters
// tick at 100 Hz on Linux, so shorter spans are noise.
const minSpan = 200 * time.Millisecond

// SampleNow returns the system's state now (not recorded): the span since
// the sampler's last reading when that is recent, otherwise a fresh
// reading over minSpan.
func (s *Sampler) SampleNow(ctx context.Context) (report.PerfSample, error) {
	var prev, cur rawStats
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return report.PerfSample{}, errors.New("perf: sampler closed")
	}
	err := s.col.read(&cur, s.pid)
	usePrev := err == nil && s.havePrev && s.prev.procPID == cur.procPID
	if usePrev {
		age := cur.at.Sub(s.prev.at)
		usePrev = age >= minSpan && age <= 2*s.interval+minSpan
	}
	if usePrev {
		prev.copyFrom(&s.prev)
	}
	s.mu.Unlock()
	if err != nil {
		return report.PerfSample{}, err
	}
	if !usePrev {
		prev = cur
		prev.coreTotal = append([]float64(nil), cur.coreTotal...)
		prev.coreIdle = append([]float64(nil), cur.coreIdle...)
		t := time.NewTimer(minSpan)
		select {
		case <-ctx.Done():
			t.Stop()
			return report.PerfSample{}, fmt.Errorf("perf: sample: %w", ctx.Err())
		case <-t.C:
		}
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			return report.PerfSample{}, errors.New("perf: sampler closed")
		}
		err = s.col.read(&cur, s.pid)
		s.mu.Unlock()
		if err != nil {
			return report.PerfSample{}, err
		}
	}
	var out report.PerfSample
	compute(&prev, &cur, &out)
	return out, nil
}

// compute turns two readings into a sample, reusing out's per-core slice.
func compute(prev, cur *rawStats, out *report.PerfSample) {
	perCore := out.CPUPerCore[:0]
	*out = report.PerfSample{
		T:            cur.at.UTC().Round(0),
		Load1:        cur.load1,
		MemUsed:      cur.memUsed,
		MemAvailable: cur.memAvail,
		SwapUsed:     cur.swapUsed,
	}
	out.Load1 = round2(out.Load1)
	out.CPUBusy = busy(prev.cpuTotal, prev.cpuIdle, cur.cpuTotal, cur.cpuIdle)
	if len(prev.coreTotal) == len(cur.coreTotal) {
		for i := range cur.coreTotal {
			perCore = append(perCore, busy(prev.coreTotal[i], prev.coreIdle[i], cur.coreTotal[i], cur.coreIdle[i]))
		}
		out.CPUPerCore = perCore
	}
	dt := cur.at.Sub(prev.at).Seconds()
	if dt <= 0 {
		return
	}
	if prev.diskOK && cur.diskOK {
		out.DiskReadBps = math.Round(rate(prev.diskRead, cur.diskRead, dt))
		out.DiskWriteBps = math.Round(rate(prev.diskWrit, cur.diskWrit, dt))
	}
	if cur.procOK {
		out.ProcRSS = cur.procRSS
		if prev.procOK && prev.procPID == cur.procPID && cur.procCPU >= prev.procCPU {
			out.ProcCPU = round2(100 * (cur.procCPU - prev.procCPU) / dt)
		}
	}
}

// round2 keeps percentages and loads at 0.01 resolution: finer digits are
// noise at 100 Hz counters, and it keeps samples equal after the ring's
// float32 storage.
func round2(v float64) float64 { return math.Round(v*100) / 100 }

func busy(t0, i0, t1, i1 float64) float64 {
	dt, di := t1-t0, i1-i0
	if dt <= 0 || di < 0 {
		return 0
	}
	return round2(min(max(100*(1-di/dt), 0), 100))
}

// rate is bytes per second; a counter that went backwards (device
// removed, wrap) gives 0 rather than a huge number.
func rate(a, b uint64, dt float64) float64 {
	if b < a {
		return 0
	}
	return float64(b-a) / dt
}

// WindowAround is the crash-report window: samples from before ahead of at
// to after it, as a report.PerfWindow (App is left for the caller).
func (s *Sampler) WindowAround(at time.Time, before, after time.Duration) (*report.PerfWindow, error) {
	from, to := at.Add(-before).UTC(), at.Add(after).UTC()
	samples, err := s.Window(from, to)
	if err != nil {
		return nil, err
	}
	return &report.PerfWindow{From: from, To: to, Samples: samples}, nil
}
