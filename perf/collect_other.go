//go:build !linux

package perf

import (
	"context"
	"fmt"
	"runtime"
	"time"

	"github.com/shirou/gopsutil/v4/cpu"
	"github.com/shirou/gopsutil/v4/disk"
	"github.com/shirou/gopsutil/v4/load"
	"github.com/shirou/gopsutil/v4/mem"
	"github.com/shirou/gopsutil/v4/process"
)

// The portable collector uses gopsutil calls that query the kernel
// directly (sysctl, host_processor_info, IOKit, libproc on macOS; the
// Win32/NT APIs on Windows) — none of them fork a process or walk the
// process table.

const swapEvery = 12

type gopsutilCollector struct {
	ctx      context.Context
	pid      int
	proc     *process.Process
	swapUsed uint64
	swapAge  int
}

func newCollector() (collector, error) {
	return &gopsutilCollector{ctx: context.Background()}, nil
}

func (c *gopsutilCollector) close() error { return nil }

func cpuTotals(t cpu.TimesStat) (total, idle float64) {
	idle = t.Idle + t.Iowait
	total = t.User + t.System + t.Nice + t.Irq + t.Softirq + t.Steal + idle
	return total, idle
}

func (c *gopsutilCollector) read(r *rawStats, pid int) error {
	r.at = time.Now()
	all, err := cpu.TimesWithContext(c.ctx, false)
	if err != nil || len(all) == 0 {
		return fmt.Errorf("perf: cpu times: %w", err)
	}
	r.cpuTotal, r.cpuIdle = cpuTotals(all[0])
	r.coreTotal, r.coreIdle = r.coreTotal[:0], r.coreIdle[:0]
	if per, err := cpu.TimesWithContext(c.ctx, true); err == nil {
		for _, t := range per {
			tot, idle := cpuTotals(t)
			r.coreTotal = append(r.coreTotal, tot)
			r.coreIdle = append(r.coreIdle, idle)
		}
	}
	vm, err := mem.VirtualMemoryWithContext(c.ctx)
	if err != nil {
		return fmt.Errorf("perf: memory: %w", err)
	}
	// Same definition as on Linux: used is what is not available.
	r.memAvail = min(vm.Available, vm.Total)
	r.memUsed = vm.Total - r.memAvail
	// On Windows gopsutil reads swap through a PDH query it opens and
	// closes on every call, far dearer than the rest of a sample, so swap
	// is refreshed only every swapEvery readings there.
	if runtime.GOOS != "windows" || c.swapAge%swapEvery == 0 {
		c.swapUsed = 0
		if sw, err := mem.SwapMemoryWithContext(c.ctx); err == nil {
			c.swapUsed = sw.Used
		}
	}
	c.swapAge++
	r.swapUsed = c.swapUsed
	r.load1 = 0
	// Windows has no load average; gopsutil would start a background
	// sampler goroutine to emulate one.
	if runtime.GOOS != "windows" {
		if l, err := load.AvgWithContext(c.ctx); err == nil {
			r.load1 = l.Load1
		}
	}
	r.diskOK = false
	if io, err := disk.IOCountersWithContext(c.ctx); err == nil {
		r.diskRead, r.diskWrit = 0, 0
		for _, d := range io {
			r.diskRead += d.ReadBytes
			r.diskWrit += d.WriteBytes
		}
		r.diskOK = true
	}
	c.readProc(r, pid)
	return nil
}

func (c *gopsutilCollector) readProc(r *rawStats, pid int) {
	r.procOK, r.procPID = false, pid
	if pid != c.pid {
		c.pid, c.proc = pid, nil
		if pid > 0 {
			// NewProcess checks the pid once; afterwards a dead process
			// makes the calls below fail.
			if p, err := process.NewProcessWithContext(c.ctx, int32(pid)); err == nil {
				c.proc = p
			}
		}
	}
	if c.proc == nil {
		return
	}
	t, err := c.proc.TimesWithContext(c.ctx)
	if err != nil {
		c.proc = nil
		return
	}
	m, err := c.proc.MemoryInfoWithContext(c.ctx)
	if err != nil {
		c.proc = nil
		return
	}
	r.procCPU = t.User + t.System
	r.procRSS = m.RSS
	r.procOK = true
}
