//go:build unix

package collector

import (
	"errors"
	"fmt"
	"os"
	"syscall"
)

// O_NONBLOCK: opening a FIFO or a tty must never block the collector.
// O_NOFOLLOW: a symlink in the last component fails instead of being followed.
const openFlags = os.O_RDONLY | syscall.O_NONBLOCK | syscall.O_NOFOLLOW | syscall.O_NOCTTY

func isLoop(err error) bool { return errors.Is(err, syscall.ELOOP) }

func linkCount(_ *os.File, fi os.FileInfo) (uint64, error) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, fmt.Errorf("collector: no link count for %s", fi.Name())
	}
	return uint64(st.Nlink), nil //nolint:unconvert // Nlink is uint16/32/64 depending on the OS
}
