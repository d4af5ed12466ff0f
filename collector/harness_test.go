package collector

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// got is what a running collector delivered, read by the test's drain goroutine.
type got struct {
	Found
	data []byte
}

type harness struct {
	t       *testing.T
	c       *Collector
	cancel  context.CancelFunc
	done    chan error
	mu      sync.Mutex
	found   []got
	skipped []Skipped
}

func start(t *testing.T, opts Options) *harness {
	t.Helper()
	if opts.Settle == 0 {
		opts.Settle = 60 * time.Millisecond
	}
	if opts.Logger == nil {
		// Shown for failing tests (and with -v).
		opts.Logger = slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	c, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return startWith(t, c)
}

func startWith(t *testing.T, c *Collector) *harness {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	h := &harness{t: t, c: c, cancel: cancel, done: make(chan error, 1)}
	fc := make(chan Found)
	sc := make(chan Skipped)
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			select {
			case f := <-fc:
				data, err := io.ReadAll(f.File)
				f.File.Close()
				if err != nil {
					t.Errorf("read found %q: %v", f.Path, err)
				}
				h.mu.Lock()
				h.found = append(h.found, got{Found: f, data: data})
				h.mu.Unlock()
			case s := <-sc:
				h.mu.Lock()
				h.skipped = append(h.skipped, s)
				h.mu.Unlock()
			case <-ctx.Done():
				return
			}
		}
	})
	go func() { h.done <- c.Run(ctx, fc, sc) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-h.done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("Run did not return after cancel")
		}
		wg.Wait()
	})
	return h
}

// waitFor polls cond (test side only) until it holds or d passes.
func (h *harness) waitFor(d time.Duration, what string, cond func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out after %v waiting for %s\nfound: %v\nskipped: %v", d, what, h.foundPaths(), h.skippedList())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (h *harness) foundFor(path string) []got {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []got
	for _, g := range h.found {
		if g.Path == path {
			out = append(out, g)
		}
	}
	return out
}

func (h *harness) skippedFor(path string) []Skipped {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []Skipped
	for _, s := range h.skipped {
		if s.Path == path {
			out = append(out, s)
		}
	}
	return out
}

func (h *harness) nFound() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.found)
}

func (h *harness) foundPaths() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, g := range h.found {
		out = append(out, g.Path)
	}
	return out
}

func (h *harness) skippedList() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []string
	for _, s := range h.skipped {
		out = append(out, fmt.Sprintf("%q: %s", s.Path, s.Reason))
	}
	return out
}

// waitFound waits for exactly one delivery of path and returns it.
func (h *harness) waitFound(path string, d time.Duration) got {
	h.t.Helper()
	h.waitFor(d, "found "+path, func() bool { return len(h.foundFor(path)) > 0 })
	return h.foundFor(path)[0]
}

// waitSkipped waits for a Skipped report of path.
func (h *harness) waitSkipped(path string, d time.Duration) Skipped {
	h.t.Helper()
	h.waitFor(d, "skipped "+path, func() bool { return len(h.skippedFor(path)) > 0 })
	return h.skippedFor(path)[0]
}

// idle reports whether the collector tracks no pending file (no timers armed).
func (h *harness) idle() bool {
	h.c.mu.Lock()
	defer h.c.mu.Unlock()
	return len(h.c.pend) == 0 && len(h.c.queue) == 0
}

// dump is a small, structurally complete minidump with a unique payload.
func dump(tag string) []byte {
	var b bytes.Buffer
	b.WriteString("MDMP")
	binary.Write(&b, binary.LittleEndian, [7]uint32{0xa793, 0, 32, 0, 0, 0, 0})
	b.WriteString("payload:" + tag)
	return b.Bytes()
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeOld writes a file whose mtime is in the past, as if written a while ago.
func writeOld(t *testing.T, path string, data []byte) {
	t.Helper()
	writeFile(t, path, data)
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
}

func mkdir(t *testing.T, parts ...string) string {
	t.Helper()
	p := filepath.Join(parts...)
	if err := os.MkdirAll(p, 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}
