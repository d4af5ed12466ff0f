package collector

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	l := NewLimiter(2, time.Minute)
	t0 := time.Unix(1000, 0)
	allowed := 0
	for i := range 5 {
		if l.Allow("app", "SIGSEGV@f", t0.Add(time.Duration(i)*time.Second)) {
			allowed++
		}
	}
	if allowed != 2 {
		t.Errorf("allowed %d in a window, want 2", allowed)
	}
	if !l.Allow("app", "other", t0) || !l.Allow("app2", "SIGSEGV@f", t0) {
		t.Error("other app or signature limited")
	}
	// The first two fall out of the window at 60 s and 61 s.
	for i, want := range []bool{true, true, false} {
		if got := l.Allow("app", "SIGSEGV@f", t0.Add(61*time.Second)); got != want {
			t.Errorf("after the window slid, call %d: %v", i, got)
		}
	}
	got := l.Suppressed()
	if got["app|SIGSEGV@f"] != 4 || len(got) != 1 {
		t.Errorf("suppressed %v", got)
	}
	got["app|SIGSEGV@f"] = 0
	if l.Suppressed()["app|SIGSEGV@f"] == 0 {
		t.Error("Suppressed returned the internal map")
	}
}

func TestLimiterDisabledAndBounded(t *testing.T) {
	off := NewLimiter(0, time.Minute)
	for range 100 {
		if !off.Allow("a", "s", time.Now()) {
			t.Fatal("disabled limiter refused")
		}
	}
	l := NewLimiter(1, time.Second)
	t0 := time.Unix(0, 0)
	for i := range 3 * limiterSweep {
		l.Allow("app", fmt.Sprint(i), t0.Add(time.Duration(i)*time.Millisecond))
	}
	if n := len(l.recent); n > limiterSweep+1100 {
		t.Errorf("%d keys kept", n)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for range 100 {
				l.Allow("x", "y", t0)
			}
		})
	}
	wg.Wait()
	if l.Suppressed()["x|y"] != 799 {
		t.Errorf("concurrent: %v", l.Suppressed()["x|y"])
	}
}
