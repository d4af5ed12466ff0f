//go:build !windows

package installer

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestRunStepsCreatesPrivateDirs(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	steps := []step{
		{kind: stepMkdir, path: state, mode: 0o711},
		{kind: stepMkdir, path: filepath.Join(state, "spool"), mode: 0o700},
		{kind: stepConfig, path: filepath.Join(dir, "c.toml"), mode: 0o600, data: []byte("a = 1\n")},
	}
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	if err := runSteps(&bytes.Buffer{}, nil, steps); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]os.FileMode{state: 0o711, filepath.Join(state, "spool"): 0o700, filepath.Join(dir, "c.toml"): 0o600} {
		fi, err := os.Stat(p)
		if err != nil || fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v, want %v (%v)", p, fi.Mode().Perm(), want, err)
		}
	}
	// An existing, too-open directory is tightened.
	os.Chmod(filepath.Join(state, "spool"), 0o755)
	if err := runSteps(&bytes.Buffer{}, nil, steps); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(filepath.Join(state, "spool")); fi.Mode().Perm() != 0o700 {
		t.Errorf("spool mode %v not fixed", fi.Mode().Perm())
	}
}

// TestRunGracefulStop: SIGTERM cancels fn's context, Run waits for it to
// flush and returns nil; a daemon that ignores the stop is reported.
func TestRunGracefulStop(t *testing.T) {
	started := make(chan struct{})
	flushed := false
	go func() {
		<-started
		syscall.Kill(os.Getpid(), syscall.SIGTERM)
	}()
	err := Run(Options{}, func(ctx context.Context) error {
		close(started)
		<-ctx.Done()
		time.Sleep(100 * time.Millisecond) // the flush
		flushed = true
		return ctx.Err()
	})
	if err != nil || !flushed {
		t.Fatalf("Run = %v, flushed %v", err, flushed)
	}
	if testing.Short() {
		return
	}
	started = make(chan struct{})
	go func() {
		<-started
		syscall.Kill(os.Getpid(), syscall.SIGTERM)
	}()
	t0 := time.Now()
	release := make(chan struct{})
	defer close(release)
	err = Run(Options{}, func(ctx context.Context) error {
		close(started)
		<-release
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "did not stop") || time.Since(t0) < StopTimeout {
		t.Fatalf("stuck daemon: Run = %v after %v", err, time.Since(t0))
	}
}
