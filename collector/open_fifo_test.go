//go:build linux || darwin

package collector

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// TestOpenFIFONeverBlocks swaps a FIFO in after the type check: the open
// must return at once (O_NONBLOCK) and refuse it after fstat.
func TestOpenFIFONeverBlocks(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.dmp")
	if err := unix.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Open(fifo); !errors.Is(err, ErrNotRegular) {
		t.Errorf("fifo: %v", err)
	}
	p := filepath.Join(dir, "x.dmp")
	writeFile(t, p, []byte("x"))
	done := make(chan error, 1)
	go func() {
		f, _, err := openWith(p, OpenOptions{}, func() {
			os.Remove(p)
			unix.Mkfifo(p, 0o644)
		})
		if f != nil {
			f.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrSwapped) || !errors.Is(err, ErrNotRegular) {
			t.Errorf("swapped fifo: %v", err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("open blocked on a FIFO")
	}
}
