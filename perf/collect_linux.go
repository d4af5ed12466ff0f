package perf

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"time"
)

// The Linux collector reads /proc directly: it keeps the files open and
// re-reads them from offset 0 into one reused buffer, so a sample costs a
// handful of pread calls and no allocation.

const diskRescanEvery = 60 // readings between rescans of /sys/block (hot-plug)

type procFiles struct {
	stat, meminfo, loadavg, diskstats *os.File
}

type linuxCollector struct {
	root      string // "/" normally; tests point it at a fake tree
	f         procFiles
	buf       []byte
	disks     map[string]struct{} // whole physical disks, to avoid counting partitions twice
	sinceScan int
	pid       int
	pidFile   *os.File
	pageSize  uint64
}

func newCollector() (collector, error) { return newLinuxCollector("/") }

func newLinuxCollector(root string) (*linuxCollector, error) {
	c := &linuxCollector{root: root, buf: make([]byte, 16<<10), pageSize: uint64(os.Getpagesize())}
	var err error
	open := func(name string) *os.File {
		if err != nil {
			return nil
		}
		var f *os.File
		f, err = os.Open(filepath.Join(root, "proc", name))
		return f
	}
	c.f.stat = open("stat")
	c.f.meminfo = open("meminfo")
	c.f.loadavg = open("loadavg")
	if err != nil {
		c.close()
		return nil, fmt.Errorf("perf: sampler: %w", err)
	}
	// Disk I/O is optional (some containers hide it).
	c.f.diskstats, _ = os.Open(filepath.Join(root, "proc", "diskstats"))
	c.scanDisks()
	return c, nil
}

func (c *linuxCollector) close() error {
	var errs []error
	for _, f := range []*os.File{c.f.stat, c.f.meminfo, c.f.loadavg, c.f.diskstats, c.pidFile} {
		if f != nil {
			errs = append(errs, f.Close())
		}
	}
	c.f = procFiles{}
	c.pidFile = nil
	return errors.Join(errs...)
}

// load reads the whole file from offset 0 into c.buf, growing it if needed.
func (c *linuxCollector) load(f *os.File) ([]byte, error) {
	for {
		n, err := f.ReadAt(c.buf, 0)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		if n < len(c.buf) {
			return c.buf[:n], nil
		}
		c.buf = make([]byte, 2*len(c.buf))
	}
}

func (c *linuxCollector) read(r *rawStats, pid int) error {
	r.at = time.Now()
	b, err := c.load(c.f.stat)
	if err != nil {
		return fmt.Errorf("perf: read /proc/stat: %w", err)
	}
	if err := parseProcStat(b, r); err != nil {
		return err
	}
	if b, err = c.load(c.f.meminfo); err != nil {
		return fmt.Errorf("perf: read /proc/meminfo: %w", err)
	}
	parseMeminfo(b, r)
	if b, err = c.load(c.f.loadavg); err != nil {
		return fmt.Errorf("perf: read /proc/loadavg: %w", err)
	}
	r.load1 = parseLoad1(b)

	r.diskOK = false
	if c.f.diskstats != nil {
		if c.sinceScan++; c.sinceScan >= diskRescanEvery {
			c.scanDisks()
		}
		if b, err = c.load(c.f.diskstats); err == nil {
			r.diskRead, r.diskWrit = parseDiskstats(b, c.disks)
			r.diskOK = true
		}
	}
	c.readProc(r, pid)
	return nil
}

func (c *linuxCollector) readProc(r *rawStats, pid int) {
	r.procOK, r.procPID = false, pid
	if pid != c.pid {
		if c.pidFile != nil {
			c.pidFile.Close()
			c.pidFile = nil
		}
		c.pid = pid
		if pid > 0 {
			// Kept open: once the process is gone reads fail, even if
			// its pid is reused, so nothing is misattributed.
			c.pidFile, _ = os.Open(filepath.Join(c.root, "proc", strconv.Itoa(pid), "stat"))
		}
	}
	if c.pidFile == nil {
		return
	}
	b, err := c.load(c.pidFile)
	if err != nil {
		c.pidFile.Close()
		c.pidFile = nil
		return
	}
	ticks, rssPages, ok := parsePidStat(b)
	if !ok {
		return
	}
	// USER_HZ is 100 on every Linux architecture Go supports.
	r.procCPU = float64(ticks) / 100
	r.procRSS = rssPages * c.pageSize
	r.procOK = true
}

// scanDisks lists the whole physical disks: /sys/block entries with a
// backing device (sda, nvme0n1, mmcblk0, vda), not loop/dm/md/zram, whose
// I/O is already counted on the disks below them.
func (c *linuxCollector) scanDisks() {
	c.sinceScan = 0
	ents, err := os.ReadDir(filepath.Join(c.root, "sys", "block"))
	if err != nil {
		c.disks = nil
		return
	}
	disks := make(map[string]struct{}, len(ents))
	for _, e := range ents {
		if _, err := os.Stat(filepath.Join(c.root, "sys", "block", e.Name(), "device")); err == nil {
			disks[e.Name()] = struct{}{}
		}
	}
	c.disks = disks
}

// nextField returns the next space-separated field of b at or after i.
func nextField(b []byte, i int) (field []byte, next int) {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	start := i
	for i < len(b) && b[i] != ' ' && b[i] != '\t' && b[i] != '\n' {
		i++
	}
	return b[start:i], i
}

func atou(b []byte) (uint64, bool) {
	if len(b) == 0 {
		return 0, false
	}
	var v uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
	}
	return v, true
}

// cpuLine sums a /proc/stat cpu line's first eight fields (user nice
// system idle iowait irq softirq steal; guest time is already in user)
// and returns total and idle+iowait.
func cpuLine(line []byte) (total, idle float64, ok bool) {
	_, i := nextField(line, 0) // "cpu" / "cpuN"
	for k := 0; k < 8; k++ {
		var f []byte
		f, i = nextField(line, i)
		if len(f) == 0 {
			if k >= 4 { // very old kernels have fewer columns
				break
			}
			return 0, 0, false
		}
		v, ok := atou(f)
		if !ok {
			return 0, 0, false
		}
		total += float64(v)
		if k == 3 || k == 4 {
			idle += float64(v)
		}
	}
	return total, idle, true
}

func parseProcStat(b []byte, r *rawStats) error {
	r.coreTotal, r.coreIdle = r.coreTotal[:0], r.coreIdle[:0]
	seenTotal := false
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		if !bytes.HasPrefix(line, []byte("cpu")) {
			if seenTotal {
				break // the cpu lines come first
			}
			continue
		}
		t, idle, ok := cpuLine(line)
		if !ok {
			return fmt.Errorf("perf: /proc/stat: bad line %q", line)
		}
		if len(line) > 3 && line[3] == ' ' {
			r.cpuTotal, r.cpuIdle, seenTotal = t, idle, true
		} else {
			r.coreTotal = append(r.coreTotal, t)
			r.coreIdle = append(r.coreIdle, idle)
		}
	}
	if !seenTotal {
		return errors.New("perf: /proc/stat: no cpu line")
	}
	return nil
}

func parseMeminfo(b []byte, r *rawStats) {
	var total, avail, free, buffers, cached, swapTotal, swapFree uint64
	haveAvail := false
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		colon := bytes.IndexByte(line, ':')
		if colon < 0 {
			continue
		}
		f, _ := nextField(line, colon+1)
		v, ok := atou(f)
		if !ok {
			continue
		}
		v *= 1024 // kB
		switch string(line[:colon]) {
		case "MemTotal":
			total = v
		case "MemAvailable":
			avail, haveAvail = v, true
		case "MemFree":
			free = v
		case "Buffers":
			buffers = v
		case "Cached":
			cached = v
		case "SwapTotal":
			swapTotal = v
		case "SwapFree":
			swapFree = v
		}
	}
	if !haveAvail { // kernels before 3.14
		avail = free + buffers + cached
	}
	avail = min(avail, total)
	r.memAvail = avail
	r.memUsed = total - avail
	r.swapUsed = swapTotal - min(swapFree, swapTotal)
}

// parseLoad1 reads the first field of /proc/loadavg ("0.52 0.58 ...").
func parseLoad1(b []byte) float64 {
	f, _ := nextField(b, 0)
	whole, frac, _ := bytes.Cut(f, []byte("."))
	w, ok := atou(whole)
	if !ok {
		return 0
	}
	v := float64(w)
	scale := 0.1
	for _, c := range frac {
		if c < '0' || c > '9' {
			break
		}
		v += float64(c-'0') * scale
		scale /= 10
	}
	return v
}

// parseDiskstats sums sectors read/written (512 bytes each, whatever the
// device's sector size) over the given disks, or over all devices when
// the disk list is unknown.
func parseDiskstats(b []byte, disks map[string]struct{}) (read, written uint64) {
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		_, i := nextField(line, 0) // major
		_, i = nextField(line, i)  // minor
		name, i := nextField(line, i)
		if disks != nil {
			if _, ok := disks[string(name)]; !ok {
				continue
			}
		}
		var f []byte
		var vals [7]uint64
		ok := true
		for k := range vals {
			f, i = nextField(line, i)
			if vals[k], ok = atou(f); !ok {
				break
			}
		}
		if ok {
			read += vals[2] * 512
			written += vals[6] * 512
		}
	}
	return read, written
}

// parsePidStat returns utime+stime (ticks) and RSS (pages) from
// /proc/PID/stat. The command name may hold spaces and parentheses, so
// fields are counted from the last ')'.
func parsePidStat(b []byte) (ticks, rss uint64, ok bool) {
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, 0, false
	}
	i++
	// Field 3 (state) is the first after ')'; utime=14, stime=15, rss=24.
	var utime, stime uint64
	var f []byte
	for field := 3; field <= 24; field++ {
		f, i = nextField(b, i)
		if len(f) == 0 {
			return 0, 0, false
		}
		switch field {
		case 14:
			utime, ok = atou(f)
		case 15:
			stime, ok = atou(f)
		case 24:
			rss, ok = atou(f)
		default:
			continue
		}
		if !ok {
			return 0, 0, false
		}
	}
	return utime + stime, rss, true
}
