package platform

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/shirou/gopsutil/v4/mem"
	"golang.org/x/sys/unix"

	"crashd/report"
)

// profilerTimeout bounds system_profiler; SPDisplaysDataType can take seconds.
const profilerTimeout = 30 * time.Second

// profilerTypes are the system_profiler data types a macOS snapshot asks
// for. SPUSBHostDataType replaced SPUSBDataType in macOS 15; asking for
// both works on every version (an unknown type is just absent).
var profilerTypes = []string{
	"SPHardwareDataType", "SPDisplaysDataType", "SPAudioDataType",
	"SPUSBDataType", "SPUSBHostDataType", "SPPowerDataType", "SPStorageDataType",
}

func collect(ctx context.Context, log *slog.Logger) (*report.System, error) {
	s := &report.System{OS: report.OSInfo{Name: "macOS", Arch: runtime.GOARCH}}
	s.OS.Version, _ = unix.Sysctl("kern.osproductversion")
	s.OS.Build, _ = unix.Sysctl("kern.osversion")
	if rel, err := unix.Sysctl("kern.osrelease"); err == nil {
		s.OS.KernelVersion = "Darwin " + rel
	}
	if arm, err := unix.SysctlUint32("hw.optional.arm64"); err == nil && arm == 1 {
		s.OS.Arch = "arm64" // also under Rosetta, where GOARCH says amd64
	}
	s.CPU.Model, _ = unix.Sysctl("machdep.cpu.brand_string")
	s.CPU.Vendor, _ = unix.Sysctl("machdep.cpu.vendor")
	if n, err := unix.SysctlUint32("hw.physicalcpu"); err == nil {
		s.CPU.Cores = int(n)
	}
	if n, err := unix.SysctlUint32("hw.logicalcpu"); err == nil {
		s.CPU.Threads = int(n)
	}
	if hz, err := unix.SysctlUint64("hw.cpufrequency"); err == nil && hz > 0 { // Intel only
		s.CPU.MHz = float64(hz) / 1e6
	}
	s.CPU.Features = goCPUFeatures()
	if v, err := mem.VirtualMemoryWithContext(ctx); err == nil {
		s.Memory.TotalBytes, s.Memory.AvailableBytes = v.Total, v.Available
	} else if total, err := unix.SysctlUint64("hw.memsize"); err == nil {
		s.Memory.TotalBytes = total
	}
	if sw, err := mem.SwapMemoryWithContext(ctx); err == nil {
		s.Memory.SwapTotalBytes = sw.Total
	}
	if tv, err := unix.SysctlTimeval("kern.boottime"); err == nil {
		if up := time.Since(time.Unix(tv.Unix())); up > 0 {
			s.UptimeSec = uint64(up / time.Second)
		}
	}
	if vm, err := unix.SysctlUint32("kern.hv_vmm_present"); err == nil && vm == 1 {
		s.Virtualization = "vm"
	}
	if out, err := runTool(ctx, 3*time.Second, "/usr/bin/defaults", "read", "-g", "AppleLocale"); err == nil {
		s.Locale = normLocale(strings.TrimSpace(string(out)))
	}
	if s.Memory.TotalBytes == 0 && s.CPU.Threads == 0 {
		return nil, errors.New("sysctl gave no CPU or memory information")
	}

	out, err := runTool(ctx, profilerTimeout, "/usr/sbin/system_profiler", append([]string{"-json"}, profilerTypes...)...)
	if err != nil {
		log.Warn("platform: system_profiler", "err", err)
	} else if p, err := parseSystemProfiler(out); err != nil {
		log.Warn("platform: system_profiler", "err", err)
	} else {
		s.Machine, s.GPUs, s.Displays, s.Audio, s.USB, s.Power, s.Disks = p.Machine, p.GPUs, p.Displays, p.Audio, p.USB, p.Power, p.Disks
		if s.CPU.Model == "" {
			s.CPU.Model = p.CPUModel
		}
		if s.Virtualization != "" && s.Machine != nil {
			s.Machine.Form = "vm"
		}
	}
	if len(s.Disks) == 0 {
		var st unix.Statfs_t
		if err := unix.Statfs("/", &st); err == nil {
			s.Disks = []report.Disk{{Mount: "/", SizeBytes: st.Blocks * uint64(st.Bsize), FreeBytes: st.Bavail * uint64(st.Bsize)}}
		}
	}
	return s, nil
}

// runTool runs a system tool with a time limit and a minimal environment.
func runTool(ctx context.Context, timeout time.Duration, name string, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = []string{"PATH=/usr/bin:/bin:/usr/sbin:/sbin", "HOME=" + os.Getenv("HOME")}
	return cmd.Output()
}

// deviceEvents: macOS has no unprivileged, cgo-free hot-plug notification
// (IOKit needs cgo), so the cache refreshes on its timer.
func deviceEvents(context.Context, *slog.Logger) (<-chan struct{}, error) {
	return nil, errors.New("platform: no device events without IOKit")
}

func osIdentity(id *identity) {
	ctx := context.Background()
	if out, err := runTool(ctx, 5*time.Second, "/usr/sbin/ioreg", "-rd1", "-c", "IOPlatformExpertDevice"); err == nil {
		for _, s := range parseIoreg(out) {
			id.addSecret(s)
		}
	}
	if out, err := runTool(ctx, 15*time.Second, "/usr/sbin/system_profiler", "-json", "SPHardwareDataType", "SPUSBDataType", "SPUSBHostDataType", "SPDisplaysDataType"); err == nil {
		if p, err := parseSystemProfiler(out); err == nil {
			for _, s := range p.Secrets {
				id.addSecret(s)
			}
		}
	}
	for _, k := range []string{"ComputerName", "LocalHostName", "HostName"} {
		if out, err := runTool(ctx, 3*time.Second, "/usr/sbin/scutil", "--get", k); err == nil {
			id.addHost(strings.TrimSpace(string(out)))
		}
	}
	if ents, err := os.ReadDir("/Users"); err == nil {
		for _, e := range ents {
			if n := e.Name(); e.IsDir() && n != "Shared" && n != "Guest" && !strings.HasPrefix(n, ".") {
				id.addUser(n)
			}
		}
	}
}
