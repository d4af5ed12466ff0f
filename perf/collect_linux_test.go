package perf

import (
	"os"
	"path/filepath"
	"testing"
)

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestLinuxCollectorFakeProc(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"proc/stat": "cpu  100 0 100 700 100 0 0 0 50 0\ncpu0 50 0 50 350 50 0 0 0 0 0\ncpu1 50 0 50 350 50 0 0 0 0 0\nintr 1 2 3\nctxt 5\n",
		"proc/meminfo": "MemTotal:       16000000 kB\nMemFree:         1000000 kB\nMemAvailable:    6000000 kB\nBuffers: 1 kB\n" +
			"SwapTotal:       2000000 kB\nSwapFree:        1500000 kB\n",
		"proc/loadavg": "1.52 0.58 0.59 1/467 12345\n",
		"proc/diskstats": "   8       0 sda 10 0 2048 0 20 0 4096 0 0 0 0\n" +
			"   8       1 sda1 10 0 2048 0 20 0 4096 0 0 0 0\n" +
			"   7       0 loop0 1 0 999999 0 0 0 0 0 0 0 0\n" +
			" 259       0 nvme0n1 1 0 8 0 1 0 16 0 0 0 0 0 0 0 0 0 0\n",
		"proc/4242/stat":             "4242 (my (weird) app) S 1 4242 4242 0 -1 4194304 100 0 0 0 250 50 0 0 20 0 8 0 100 999999 300 18446744073709551615\n",
		"sys/block/sda/device/x":     "",
		"sys/block/nvme0n1/device/x": "",
		"sys/block/loop0/x":          "",
	})
	c, err := newLinuxCollector(root)
	if err != nil {
		t.Fatal(err)
	}
	defer c.close()
	var r rawStats
	if err := c.read(&r, 4242); err != nil {
		t.Fatal(err)
	}
	if r.cpuTotal != 1000 || r.cpuIdle != 800 || len(r.coreTotal) != 2 || r.coreIdle[1] != 400 {
		t.Errorf("cpu %+v", r)
	}
	if r.memUsed != 10000000*1024 || r.memAvail != 6000000*1024 || r.swapUsed != 500000*1024 {
		t.Errorf("mem used %d avail %d swap %d", r.memUsed, r.memAvail, r.swapUsed)
	}
	if r.load1 != 1.52 {
		t.Errorf("load1 %v", r.load1)
	}
	// sda and nvme0n1 only: partitions and loop devices are not counted twice.
	if !r.diskOK || r.diskRead != (2048+8)*512 || r.diskWrit != (4096+16)*512 {
		t.Errorf("disk %d/%d", r.diskRead, r.diskWrit)
	}
	if !r.procOK || r.procCPU != 3 || r.procRSS != 300*uint64(os.Getpagesize()) {
		t.Errorf("proc %+v", r)
	}

	// Counters move on: the same open files are re-read.
	writeFiles(t, root, map[string]string{
		"proc/stat": "cpu  200 0 200 1500 100 0 0 0 0 0\ncpu0 100 0 100 750 50 0 0 0 0 0\ncpu1 100 0 100 750 50 0 0 0 0 0\n",
	})
	var r2 rawStats
	if err := c.read(&r2, 4242); err != nil {
		t.Fatal(err)
	}
	if r2.cpuTotal != 2000 {
		t.Errorf("re-read cpu total %v", r2.cpuTotal)
	}
	// The tracked process vanishes: no proc numbers, no error.
	os.Remove(filepath.Join(root, "proc/4242/stat"))
	var r3 rawStats
	if err := c.read(&r3, 999); err != nil || r3.procOK {
		t.Errorf("vanished pid: %+v %v", r3, err)
	}
}

func TestLinuxParsersRejectJunk(t *testing.T) {
	var r rawStats
	if err := parseProcStat([]byte("cpu  a b c\n"), &r); err == nil {
		t.Error("bad cpu line accepted")
	}
	if err := parseProcStat([]byte("intr 1\n"), &r); err == nil {
		t.Error("missing cpu line accepted")
	}
	if _, _, ok := parsePidStat([]byte("1 (x) S 1 2")); ok {
		t.Error("short pid stat accepted")
	}
	if v := parseLoad1([]byte("x")); v != 0 {
		t.Errorf("load %v", v)
	}
	parseMeminfo([]byte("MemTotal: 10 kB\nMemAvailable: 99 kB\n"), &r)
	if r.memUsed != 0 || r.memAvail != 10240 {
		t.Errorf("available > total not clamped: %+v", r)
	}
}
