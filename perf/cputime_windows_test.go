//go:build windows

package perf

import (
	"os"
	"syscall"
	"time"
)

func selfPID() int { return os.Getpid() }

// processCPU is this process's user+kernel CPU time so far.
func processCPU() time.Duration {
	var c, e, k, u syscall.Filetime
	h, err := syscall.GetCurrentProcess()
	if err != nil {
		panic(err)
	}
	if err := syscall.GetProcessTimes(h, &c, &e, &k, &u); err != nil {
		panic(err)
	}
	// FILETIME counts 100 ns units.
	ft := func(f syscall.Filetime) int64 { return int64(f.HighDateTime)<<32 | int64(f.LowDateTime) }
	return time.Duration((ft(k) + ft(u)) * 100)
}
