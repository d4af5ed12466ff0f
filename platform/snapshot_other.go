//go:build !linux && !darwin && !windows

package platform

import (
	"context"
	"errors"
	"log/slog"
	"runtime"

	"github.com/shirou/gopsutil/v4/cpu"
	"github.com/shirou/gopsutil/v4/disk"
	"github.com/shirou/gopsutil/v4/mem"

	"crashd/report"
)

// collect on the BSDs and other systems gives what gopsutil covers
// portably: OS, CPU, memory and the root file system.
func collect(ctx context.Context, log *slog.Logger) (*report.System, error) {
	s := &report.System{OS: report.OSInfo{Name: runtime.GOOS, Arch: runtime.GOARCH}}
	if infos, err := cpu.InfoWithContext(ctx); err == nil && len(infos) > 0 {
		s.CPU.Model, s.CPU.Vendor, s.CPU.MHz = cleanName(infos[0].ModelName), infos[0].VendorID, infos[0].Mhz
	}
	s.CPU.Features = goCPUFeatures()
	s.CPU.Threads = runtime.NumCPU()
	if n, err := cpu.CountsWithContext(ctx, false); err == nil {
		s.CPU.Cores = n
	}
	v, err := mem.VirtualMemoryWithContext(ctx)
	if err != nil {
		log.Debug("platform: memory", "err", err)
	} else {
		s.Memory.TotalBytes, s.Memory.AvailableBytes = v.Total, v.Available
	}
	if u, err := disk.UsageWithContext(ctx, "/"); err == nil {
		s.Disks = []report.Disk{{Mount: "/", SizeBytes: u.Total, FreeBytes: u.Free}}
	}
	if s.Memory.TotalBytes == 0 && s.CPU.Model == "" {
		return nil, errors.New("no CPU or memory information")
	}
	return s, nil
}

func deviceEvents(context.Context, *slog.Logger) (<-chan struct{}, error) {
	return nil, errors.New("platform: no device events on " + runtime.GOOS)
}

func osIdentity(*identity) {}
