package platform

import (
	"context"
	"log/slog"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"crashd/report"
)

// fakeCache returns a cache whose snapshots count up and whose device
// events come from the returned channel.
func fakeCache(t *testing.T) (*Cache, chan struct{}, *atomic.Int64) {
	c := NewCache(testLog(t))
	var n atomic.Int64
	c.snapshot = func(ctx context.Context, _ *slog.Logger) (*report.System, error) {
		k := n.Add(1)
		return &report.System{
			UptimeSec: 100,
			CPU:       report.CPUInfo{Threads: int(k), Features: []string{"avx2"}},
			Audio:     []report.AudioDev{{Name: "Scarlett 2i2 USB", SampleRates: []int{48000}}},
			Power:     &report.Power{OnAC: true},
		}, nil
	}
	ev := make(chan struct{}, 8)
	c.events = func(context.Context, *slog.Logger) (<-chan struct{}, error) { return ev, nil }
	c.settle = 20 * time.Millisecond
	c.interval = time.Hour
	return c, ev, &n
}

func TestCacheGetOnceAndCopies(t *testing.T) {
	c, _, n := fakeCache(t)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if c.Get(context.Background()) == nil {
				t.Error("nil snapshot")
			}
		})
	}
	wg.Wait()
	if n.Load() != 1 {
		t.Errorf("%d snapshots for concurrent first Gets, want 1", n.Load())
	}
	a := c.Get(context.Background())
	a.Audio[0].Name = "scrubbed"
	a.Audio[0].SampleRates[0] = 1
	a.CPU.Features[0] = "x"
	a.Power.OnAC = false
	b := c.Get(context.Background())
	if b.Audio[0].Name != "Scarlett 2i2 USB" || b.Audio[0].SampleRates[0] != 48000 || b.CPU.Features[0] != "avx2" || !b.Power.OnAC {
		t.Errorf("Get shares memory with the cache: %+v", b)
	}
}

func TestCacheUptimeAdvances(t *testing.T) {
	c, _, _ := fakeCache(t)
	now := time.Unix(1_000_000, 0)
	c.now = func() time.Time { return now }
	c.Get(context.Background())
	now = now.Add(90 * time.Second)
	if got := c.Get(context.Background()).UptimeSec; got != 190 {
		t.Errorf("uptime %d, want 190", got)
	}
}

func TestCacheRunRefreshesOnceAfterBurst(t *testing.T) {
	c, ev, n := fakeCache(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { c.Run(ctx); close(done) }()
	waitFor(t, func() bool { return n.Load() == 1 })
	for range 5 { // a plug-in: device, interfaces, sound card, MIDI
		ev <- struct{}{}
	}
	waitFor(t, func() bool { return n.Load() == 2 })
	time.Sleep(5 * c.settle)
	if got := n.Load(); got != 2 {
		t.Errorf("%d snapshots after one burst, want 2", got)
	}
	if got := c.Get(ctx).CPU.Threads; got != 2 {
		t.Errorf("Get serves snapshot %d, want the refreshed 2", got)
	}
	close(ev) // watcher gone: Run keeps going on its timer
	time.Sleep(2 * c.settle)
	cancel()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not end with its context")
	}
}

func TestCacheRunTimer(t *testing.T) {
	c, _, n := fakeCache(t)
	c.events = func(context.Context, *slog.Logger) (<-chan struct{}, error) { return nil, context.DeadlineExceeded }
	c.interval = 15 * time.Millisecond
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go c.Run(ctx)
	waitFor(t, func() bool { return n.Load() >= 3 })
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached")
		}
		time.Sleep(2 * time.Millisecond)
	}
}
