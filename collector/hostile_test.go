//go:build linux || darwin

package collector

import (
	"bytes"
	"errors"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestHostileFolder plants what attackers plant in shared crash folders and
// checks that nothing outside is read, nothing blocks, and a normal dump
// dropped afterwards still arrives within seconds.
func TestHostileFolder(t *testing.T) {
	outside := t.TempDir()
	secretData := []byte("MDMP secret of another user")
	secret := filepath.Join(outside, "secret.dmp")
	writeOld(t, secret, secretData)
	if err := os.Chmod(secret, 0o600); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]error{} // path → expected skip reason
	must(os.Symlink(secret, p("link-secret.dmp")))
	want[p("link-secret.dmp")] = ErrSymlink
	must(os.Symlink("/dev/zero", p("link-zero.dmp")))
	want[p("link-zero.dmp")] = ErrSymlink
	must(os.Symlink(outside, p("link-dir")))
	want[p("link-dir")] = ErrSymlink
	must(unix.Mkfifo(p("fifo.dmp"), 0o644))
	want[p("fifo.dmp")] = ErrNotRegular
	must(os.Link(secret, p("hardlink.dmp")))
	want[p("hardlink.dmp")] = ErrHardlink
	sparse, err := os.Create(p("sparse.dmp"))
	must(err)
	must(sparse.Truncate(10 << 30))
	sparse.Close()
	old := time.Now().Add(-time.Hour)
	must(os.Chtimes(p("sparse.dmp"), old, old))
	want[p("sparse.dmp")] = ErrTooLarge
	if l, err := net.Listen("unix", p("sock.dmp")); err == nil {
		defer l.Close()
		want[p("sock.dmp")] = ErrNotRegular
	} else {
		t.Logf("no unix socket: %v", err)
	}
	if err := unix.Mknod(p("dev.dmp"), unix.S_IFCHR|0o644, int(unix.Mkdev(1, 5))); err == nil {
		want[p("dev.dmp")] = ErrNotRegular
	} else {
		t.Logf("mknod not permitted (%v): device case not covered", err)
	}
	// Odd but legal names carry ordinary dumps.
	odd := []string{p("new\nline.dmp"), p("bad-\xff\xfe-utf8.dmp")}
	for i, n := range odd {
		writeOld(t, n, dump(string(rune('a'+i))))
	}

	h := start(t, Options{Watches: []Watch{{Path: dir, Kind: KindCrash}}, MaxSize: 1 << 30, Settle: 80 * time.Millisecond})

	// A file that keeps growing for the whole test.
	growing := p("growing.log")
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		f, err := os.Create(growing)
		if err != nil {
			t.Error(err)
			return
		}
		defer f.Close()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tick.C:
				f.WriteString("still writing\n")
			}
		}
	})
	defer func() { close(stop); wg.Wait() }()

	time.Sleep(100 * time.Millisecond)
	normal := p("normal.dmp")
	writeFile(t, normal, dump("normal"))
	begin := time.Now()
	h.waitFound(normal, 5*time.Second)
	t.Logf("normal dump arrived %v after being written", time.Since(begin))

	for _, n := range odd {
		h.waitFound(n, 3*time.Second)
	}
	for path, reason := range want {
		s := h.waitSkipped(path, 3*time.Second)
		if !errors.Is(s.Err, reason) {
			t.Errorf("%s: skipped for %q, want %v", filepath.Base(path), s.Reason, reason)
		}
	}
	h.mu.Lock()
	for _, g := range h.found {
		if bytes.Contains(g.data, []byte("secret")) {
			t.Errorf("secret read through %q", g.Path)
		}
		if g.Path == growing {
			t.Errorf("growing file emitted")
		}
	}
	h.mu.Unlock()

	// Rescans (as after overflows) do not report the same files again.
	h.c.requestRescan()
	time.Sleep(300 * time.Millisecond)
	h.c.requestRescan()
	time.Sleep(300 * time.Millisecond)
	for path := range want {
		if n := len(h.skippedFor(path)); n != 1 {
			t.Errorf("%q reported %d times", filepath.Base(path), n)
		}
	}
}

func TestUnreadableReportedOnce(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads everything")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "locked.dmp")
	writeOld(t, path, dump("locked"))
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	h := start(t, Options{Watches: []Watch{{Path: dir, Kind: KindCrash}}})
	s := h.waitSkipped(path, 3*time.Second)
	if !errors.Is(s.Err, os.ErrPermission) {
		t.Errorf("reason %q", s.Reason)
	}
	h.c.requestRescan()
	time.Sleep(300 * time.Millisecond)
	if n := len(h.skippedFor(path)); n != 1 {
		t.Errorf("reported %d times", n)
	}
	// Made readable: collected.
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	h.waitFound(path, 3*time.Second)
}

// TestSwapBetweenDetectionAndOpen replaces a detected file by a symlink to a
// secret in the window between the collector's check and its open.
func TestSwapBetweenDetectionAndOpen(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret.dmp")
	writeOld(t, secret, dump("secret"))
	dir := t.TempDir()
	path := filepath.Join(dir, "victim.dmp")
	writeOld(t, path, dump("victim"))
	c, err := New(Options{Watches: []Watch{{Path: dir, Kind: KindCrash}}, Settle: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	c.between = func() {
		once.Do(func() {
			os.Remove(path)
			os.Symlink(secret, path)
		})
	}
	h := startWith(t, c)
	s := h.waitSkipped(path, 3*time.Second)
	if !errors.Is(s.Err, ErrSwapped) {
		t.Errorf("reason %q", s.Reason)
	}
	if h.nFound() != 0 {
		t.Errorf("found %v", h.foundPaths())
	}
}

// TestIdleCostsNothing: a collector with watched folders and nothing
// happening runs no timers or polling loops.
func TestIdleCostsNothing(t *testing.T) {
	dir := t.TempDir()
	for i := range 200 {
		writeOld(t, filepath.Join(dir, "f"+string(rune('a'+i%26))+string(rune('a'+i/26))+".dmp"), dump(string(rune(i))))
	}
	missing := filepath.Join(t.TempDir(), "not", "yet")
	h := start(t, Options{Watches: []Watch{{Path: dir, Kind: KindCrash}, {Path: missing, Kind: KindCrash}}, Logger: slog.New(slog.DiscardHandler)})
	h.waitFor(5*time.Second, "200 files", func() bool { return h.nFound() == 200 })
	h.waitFor(2*time.Second, "idle", h.idle)
	cpu := func() time.Duration {
		var ru unix.Rusage
		if err := unix.Getrusage(unix.RUSAGE_SELF, &ru); err != nil {
			t.Fatal(err)
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	before := cpu()
	time.Sleep(time.Second)
	if used := cpu() - before; used > 50*time.Millisecond {
		t.Errorf("idle collector used %v CPU in 1s", used)
	} else {
		t.Logf("idle CPU over 1s: %v", used)
	}
}
