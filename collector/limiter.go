package collector

import (
	"sync"
	"time"
)

// limiterSweep is the key count above which Allow drops keys whose window has
// passed, so a stream of distinct signatures cannot grow the map without end.
const limiterSweep = 4096

// Limiter caps reports per app and crash signature in a sliding window, so a
// crash loop produces a few reports and a count instead of a flood.
// It is safe for concurrent use.
type Limiter struct {
	max    int
	window time.Duration

	mu         sync.Mutex
	recent     map[string][]time.Time // allowed times inside the window, oldest first
	suppressed map[string]int
}

// NewLimiter allows at most max reports per app+signature per window.
// max <= 0 or window <= 0 disables limiting.
func NewLimiter(max int, window time.Duration) *Limiter {
	return &Limiter{max: max, window: window, recent: map[string][]time.Time{}, suppressed: map[string]int{}}
}

func limiterKey(app, signature string) string { return app + "|" + signature }

// Allow reports whether a report for app+signature at time now may be queued;
// a refused one is counted in Suppressed.
func (l *Limiter) Allow(app, signature string, now time.Time) bool {
	if l.max <= 0 || l.window <= 0 {
		return true
	}
	key := limiterKey(app, signature)
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.recent) > limiterSweep {
		for k, ts := range l.recent {
			if len(ts) == 0 || now.Sub(ts[len(ts)-1]) >= l.window {
				delete(l.recent, k)
			}
		}
	}
	ts := l.recent[key]
	i := 0
	for i < len(ts) && now.Sub(ts[i]) >= l.window {
		i++
	}
	ts = ts[i:]
	if len(ts) >= l.max {
		l.recent[key] = ts
		l.suppressed[key]++
		return false
	}
	l.recent[key] = append(ts, now)
	return true
}

// Suppressed returns a copy of the refused counts since the Limiter was made,
// keyed "app|signature".
func (l *Limiter) Suppressed() map[string]int {
	l.mu.Lock()
	defer l.mu.Unlock()
	out := make(map[string]int, len(l.suppressed))
	for k, v := range l.suppressed {
		out[k] = v
	}
	return out
}
