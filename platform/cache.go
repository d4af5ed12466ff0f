package platform

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"crashd/report"
)

// Cache holds the last snapshot so attaching it to a report costs nothing.
// Run keeps it fresh: it re-snapshots after device changes (USB, sound,
// display, power hot-plug events where the OS reports them) and on a slow
// timer otherwise. Without Run, Get snapshots once and then serves that.
type Cache struct {
	log *slog.Logger

	// Seams for tests; NewCache sets the real ones.
	snapshot func(context.Context, *slog.Logger) (*report.System, error)
	events   func(context.Context, *slog.Logger) (<-chan struct{}, error)
	interval time.Duration // full refresh even without events
	settle   time.Duration // quiet time after the last device event before refreshing
	now      func() time.Time

	// busy serialises snapshots; mu only guards the fields below, so Get
	// never waits for a refresh once a snapshot exists.
	busy      sync.Mutex
	mu        sync.Mutex
	snap      *report.System
	taken     time.Time
	refreshes int // completed snapshots
}

// DefaultRefresh is how often Run re-snapshots without device events.
const DefaultRefresh = 10 * time.Minute

// NewCache returns an empty cache; the first Get or Run takes a snapshot.
func NewCache(log *slog.Logger) *Cache {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Cache{
		log:      log,
		snapshot: Snapshot,
		events:   deviceEvents,
		interval: DefaultRefresh,
		settle:   2 * time.Second,
		now:      time.Now,
	}
}

// Get returns a copy of the cached snapshot (the caller may scrub or
// change it), taking one first if there is none. The time-dependent fields
// (uptime, time-zone offset) are brought up to date. It returns nil only if
// no snapshot could be taken.
func (c *Cache) Get(ctx context.Context) *report.System {
	snap, taken := c.current()
	if snap == nil {
		c.refresh(ctx, true)
		if snap, taken = c.current(); snap == nil {
			return nil
		}
	}
	out := cloneSystem(snap)
	now := c.now()
	if out.UptimeSec > 0 {
		if d := now.Sub(taken); d > 0 {
			out.UptimeSec += uint64(d / time.Second)
		}
	}
	_, off := now.Zone()
	out.TZOffsetMin = off / 60
	return out
}

func (c *Cache) current() (*report.System, time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.snap, c.taken
}

// Refresh takes a new snapshot now; on failure the old one stays.
func (c *Cache) Refresh(ctx context.Context) { c.refresh(ctx, false) }

// refresh snapshots; with onlyIfEmpty, concurrent first Gets share one.
func (c *Cache) refresh(ctx context.Context, onlyIfEmpty bool) {
	c.busy.Lock()
	defer c.busy.Unlock()
	if snap, _ := c.current(); onlyIfEmpty && snap != nil {
		return
	}
	start := c.now()
	s, err := c.snapshot(ctx, c.log)
	if err != nil {
		c.log.Warn("platform: snapshot failed", "err", err)
		return
	}
	end := c.now()
	c.mu.Lock()
	c.snap, c.taken = s, end
	c.refreshes++
	c.mu.Unlock()
	c.log.Debug("platform: snapshot taken", "took", end.Sub(start))
}

// Run keeps the cache fresh until ctx ends. It blocks.
func (c *Cache) Run(ctx context.Context) {
	c.Refresh(ctx)
	events, err := c.events(ctx, c.log)
	if err != nil {
		// Not fatal: the timer still refreshes.
		c.log.Info("platform: no device events, refreshing on a timer", "every", c.interval, "err", err)
	}
	tick := time.NewTicker(c.interval)
	defer tick.Stop()
	var settle *time.Timer
	var settleC <-chan time.Time
	defer func() {
		if settle != nil {
			settle.Stop()
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			c.Refresh(ctx)
		case _, ok := <-events:
			if !ok {
				events = nil // watcher gone; keep the timer
				continue
			}
			// A plug-in fires a burst of events (device, interfaces, sound
			// card, MIDI); refresh once after the burst.
			if settle == nil {
				settle = time.NewTimer(c.settle)
			} else {
				settle.Reset(c.settle)
			}
			settleC = settle.C
		case <-settleC:
			settleC = nil
			c.Refresh(ctx)
			tick.Reset(c.interval)
		}
	}
}

// cloneSystem deep-copies a snapshot.
func cloneSystem(s *report.System) *report.System {
	out := *s
	out.CPU.Features = append([]string(nil), s.CPU.Features...)
	out.GPUs = append([]report.GPU(nil), s.GPUs...)
	out.Displays = append([]report.Display(nil), s.Displays...)
	out.Disks = append([]report.Disk(nil), s.Disks...)
	out.USB = append([]report.USBDevice(nil), s.USB...)
	out.MIDI = append([]report.MIDIDev(nil), s.MIDI...)
	out.Audio = make([]report.AudioDev, len(s.Audio))
	for i, a := range s.Audio {
		a.SampleRates = append([]int(nil), a.SampleRates...)
		out.Audio[i] = a
	}
	if s.Audio == nil {
		out.Audio = nil
	}
	if s.Power != nil {
		p := *s.Power
		out.Power = &p
	}
	if s.Machine != nil {
		m := *s.Machine
		out.Machine = &m
	}
	return &out
}
