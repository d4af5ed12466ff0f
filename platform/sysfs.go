package platform

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/shirou/gopsutil/v4/common"
	"github.com/shirou/gopsutil/v4/cpu"
	"github.com/shirou/gopsutil/v4/mem"

	"crashd/report"
)

// linuxSource reads a Linux system's /proc, /sys and /etc below root ("/"
// on a live system, a recorded tree in tests). It is untagged so the
// recorded trees are tested on every OS; snapshot_linux.go supplies the
// system calls.
type linuxSource struct {
	root   string
	log    *slog.Logger
	uname  func() (unameInfo, error)
	statfs func(path string) (total, free uint64, err error)
	// Files that name PCI and USB ids, relative to root.
	pciIDs, usbIDs []string
}

type unameInfo struct{ Release, Machine string }

func newLinuxSource(root string, log *slog.Logger) *linuxSource {
	return &linuxSource{
		root:   root,
		log:    log,
		pciIDs: []string{"usr/share/misc/pci.ids", "usr/share/hwdata/pci.ids", "usr/share/pci.ids"},
		usbIDs: []string{"usr/share/misc/usb.ids", "usr/share/hwdata/usb.ids", "var/lib/usbutils/usb.ids"},
	}
}

// maxSysFile bounds every read of a /proc or /sys file.
const maxSysFile = 256 << 10

func (l *linuxSource) path(rel ...string) string {
	return filepath.Join(append([]string{l.root}, rel...)...)
}

// readRaw returns a file's bytes (bounded), nil if unreadable.
func (l *linuxSource) readRaw(rel ...string) []byte {
	f, err := os.Open(l.path(rel...))
	if err != nil {
		return nil
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxSysFile))
	if err != nil {
		return nil
	}
	return b
}

// read returns a file's trimmed text, "" if unreadable.
func (l *linuxSource) read(rel ...string) string {
	return strings.TrimSpace(string(l.readRaw(rel...)))
}

func (l *linuxSource) readInt(rel ...string) (int64, bool) {
	v, err := strconv.ParseInt(l.read(rel...), 0, 64)
	return v, err == nil
}

func (l *linuxSource) exists(rel ...string) bool {
	_, err := os.Stat(l.path(rel...))
	return err == nil
}

// list returns the names in a directory, sorted; nil if unreadable.
func (l *linuxSource) list(rel ...string) []string {
	ents, err := os.ReadDir(l.path(rel...))
	if err != nil {
		return nil
	}
	names := make([]string, 0, len(ents))
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names // os.ReadDir sorts
}

// keyValues parses "KEY=value" lines (uevent, os-release), unquoting values.
func keyValues(b []byte) map[string]string {
	out := map[string]string{}
	for line := range strings.Lines(string(b)) {
		k, v, ok := strings.Cut(strings.TrimSpace(line), "=")
		if !ok || strings.HasPrefix(k, "#") {
			continue
		}
		if uq, err := strconv.Unquote(v); err == nil {
			v = uq
		} else {
			v = strings.Trim(v, `"'`)
		}
		out[k] = v
	}
	return out
}

// snapshot reads everything it can. Errors of single sources are logged;
// it fails only if neither CPU nor memory could be read (no /proc).
func (l *linuxSource) snapshot(ctx context.Context) (*report.System, error) {
	gctx := context.WithValue(ctx, common.EnvKey, common.EnvMap{
		common.HostProcEnvKey: l.path("proc"),
		common.HostSysEnvKey:  l.path("sys"),
		common.HostEtcEnvKey:  l.path("etc"),
	})
	s := &report.System{}
	s.OS = l.osInfo()
	var hypervisorFlag bool
	s.CPU, hypervisorFlag = l.cpu(gctx)
	s.Memory = l.memory(gctx)
	if s.CPU.Threads == 0 && s.Memory.TotalBytes == 0 {
		return nil, errors.New("no CPU or memory information under " + l.path("proc"))
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.GPUs = l.gpus()
	s.Displays = l.displays()
	s.Disks = l.disks()
	s.Audio, s.MIDI = l.sound()
	s.USB = l.usb()
	s.Power = l.power()
	if up, err := strconv.ParseFloat(strings.Fields(l.read("proc/uptime") + " 0")[0], 64); err == nil && up > 0 {
		s.UptimeSec = uint64(up)
	}
	s.Container = l.container()
	s.Virtualization = l.virtualization(hypervisorFlag)
	s.Machine = l.machine(s.Virtualization)
	return s, nil
}

func (l *linuxSource) osInfo() report.OSInfo {
	o := report.OSInfo{Name: "Linux"}
	rel := l.readRaw("etc/os-release")
	if rel == nil {
		rel = l.readRaw("usr/lib/os-release")
	}
	kv := keyValues(rel)
	o.Version = kv["VERSION_ID"]
	o.Build = kv["BUILD_ID"]
	o.Distribution = cmpOr(kv["PRETTY_NAME"], strings.TrimSpace(kv["NAME"]+" "+kv["VERSION"]))
	if l.uname != nil {
		if u, err := l.uname(); err == nil {
			o.KernelVersion = u.Release
			o.Arch = goArch(u.Machine)
		} else {
			l.log.Debug("platform: uname", "err", err)
		}
	}
	if o.KernelVersion == "" {
		o.KernelVersion = l.read("proc/sys/kernel/osrelease")
	}
	return o
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// goArch maps a kernel machine name to Go's architecture names.
func goArch(m string) string {
	switch m {
	case "x86_64":
		return "amd64"
	case "aarch64", "arm64":
		return "arm64"
	case "i386", "i486", "i586", "i686":
		return "386"
	case "armv7l", "armv6l":
		return "arm"
	case "riscv64", "ppc64le", "s390x", "loong64":
		return m
	}
	return m
}

var ghzInModel = regexp.MustCompile(`@\s*([0-9.]+)\s*GHz`)

func (l *linuxSource) cpu(ctx context.Context) (c report.CPUInfo, hypervisor bool) {
	infos, err := cpu.InfoWithContext(ctx)
	if err != nil || len(infos) == 0 {
		l.log.Debug("platform: cpu info", "err", err)
	} else {
		i := infos[0]
		c.Model = cleanName(i.ModelName)
		c.Vendor = i.VendorID
		c.MHz = i.Mhz
		c.Features = keepCPUFeatures(i.Flags)
		hypervisor = slices.Contains(i.Flags, "hypervisor")
	}
	// The base (nominal) frequency, not the current or turbo one.
	if khz, ok := l.readInt("sys/devices/system/cpu/cpu0/cpufreq/base_frequency"); ok && khz > 0 {
		c.MHz = float64(khz) / 1000
	} else if m := ghzInModel.FindStringSubmatch(c.Model); m != nil {
		if ghz, err := strconv.ParseFloat(m[1], 64); err == nil {
			c.MHz = ghz * 1000
		}
	}
	if n, err := cpu.CountsWithContext(ctx, true); err == nil {
		c.Threads = n
	}
	if n, err := cpu.CountsWithContext(ctx, false); err == nil && n > 0 {
		c.Cores = n
	}
	return c, hypervisor
}

func (l *linuxSource) memory(ctx context.Context) report.MemoryInfo {
	var m report.MemoryInfo
	// VirtualMemory reads <root>/proc/meminfo (SwapMemory would ask the
	// live kernel through sysinfo(2)).
	if v, err := mem.VirtualMemoryWithContext(ctx); err == nil {
		m.TotalBytes, m.AvailableBytes, m.SwapTotalBytes = v.Total, v.Available, v.SwapTotal
	} else {
		l.log.Debug("platform: memory", "err", err)
	}
	return m
}

// gpus lists PCI display controllers (class 0x03), then DRM devices that
// are not on PCI (ARM SoCs).
func (l *linuxSource) gpus() []report.GPU {
	type found struct {
		gpu  report.GPU
		slot string
	}
	var list []found
	var pairs []string
	for _, dev := range l.list("sys/bus/pci/devices") {
		class := strings.TrimPrefix(l.read("sys/bus/pci/devices", dev, "class"), "0x")
		if !strings.HasPrefix(class, "03") {
			continue
		}
		g := report.GPU{
			VendorID: "0x" + hexID(l.read("sys/bus/pci/devices", dev, "vendor"), 4),
			DeviceID: "0x" + hexID(l.read("sys/bus/pci/devices", dev, "device"), 4),
		}
		ue := keyValues(l.readRaw("sys/bus/pci/devices", dev, "uevent"))
		g.Driver = ue["DRIVER"]
		g.DriverVer = l.driverVersion(g.Driver)
		if v, ok := l.readInt("sys/bus/pci/devices", dev, "mem_info_vram_total"); ok && v > 0 {
			g.VRAMBytes = uint64(v) // amdgpu
		}
		list = append(list, found{g, dev})
		pairs = append(pairs, g.VendorID[2:]+":"+g.DeviceID[2:])
	}
	names := idTable{paths: l.rooted(l.pciIDs)}.lookup(pairs)
	var out []report.GPU
	for _, f := range list {
		g := f.gpu
		v := g.VendorID[2:]
		g.Vendor = cmpOr(names[v], pciVendorFallback[v])
		g.Model = gpuModelName(names[v+":"+g.DeviceID[2:]])
		out = append(out, g)
	}
	for _, card := range l.list("sys/class/drm") {
		if !isDRMCard(card) {
			continue
		}
		ue := keyValues(l.readRaw("sys/class/drm", card, "device/uevent"))
		if ue["PCI_SLOT_NAME"] != "" || ue["DRIVER"] == "" {
			continue // on PCI: listed above
		}
		g := report.GPU{Driver: ue["DRIVER"], DriverVer: l.driverVersion(ue["DRIVER"])}
		if of := ue["OF_COMPATIBLE_0"]; of != "" {
			g.Model = of // "brcm,bcm2711-vc5"
		}
		out = append(out, g)
	}
	return out
}

// driverVersion is an out-of-tree module's version (nvidia: "550.54.14").
// In-tree drivers have none: their version is the kernel's.
func (l *linuxSource) driverVersion(driver string) string {
	if driver == "" {
		return ""
	}
	return l.read("sys/module", driver, "version")
}

func (l *linuxSource) rooted(rel []string) []string {
	out := make([]string, len(rel))
	for i, r := range rel {
		out[i] = l.path(r)
	}
	return out
}

var drmCard = regexp.MustCompile(`^card[0-9]+$`)

func isDRMCard(name string) bool { return drmCard.MatchString(name) }

// displays lists connected DRM connectors ("card0-HDMI-A-1") with the
// current mode and, from the EDID, the monitor's name and refresh rate.
func (l *linuxSource) displays() []report.Display {
	var out []report.Display
	for _, conn := range l.list("sys/class/drm") {
		card, name, ok := strings.Cut(conn, "-")
		if !ok || !isDRMCard(card) || l.read("sys/class/drm", conn, "status") != "connected" {
			continue
		}
		d := report.Display{Name: name}
		modes := l.read("sys/class/drm", conn, "modes")
		if first, _, _ := strings.Cut(modes, "\n"); first != "" {
			w, h, _ := strings.Cut(strings.TrimRight(first, "i"), "x")
			d.Width, _ = strconv.Atoi(w)
			d.Height, _ = strconv.Atoi(h)
		}
		if raw := l.readRaw("sys/class/drm", conn, "edid"); len(raw) > 0 {
			e, err := parseEDID(raw)
			if err != nil {
				l.log.Debug("platform: edid", "connector", name, "err", err)
			} else {
				if e.Name != "" {
					d.Name = e.Name
				}
				if d.Width == 0 {
					d.Width, d.Height = e.Width, e.Height
				}
				if e.Width == d.Width && e.Height == d.Height {
					d.RefreshHz = e.RefreshHz
				}
			}
		}
		out = append(out, d)
	}
	return out
}

// disks lists physical block devices. Never read: serial, wwid, device/serial.
func (l *linuxSource) disks() []report.Disk {
	var out []report.Disk
	rootDisk := l.rootDisk()
	for _, dev := range l.list("sys/block") {
		if skipBlock(dev) || !l.exists("sys/block", dev, "device") {
			continue
		}
		sectors, _ := l.readInt("sys/block", dev, "size")
		if sectors <= 0 {
			continue // empty card reader, no medium
		}
		d := report.Disk{SizeBytes: uint64(sectors) * 512, Model: cleanName(l.read("sys/block", dev, "device/model"))}
		switch rot, _ := l.readInt("sys/block", dev, "queue/rotational"); {
		case strings.HasPrefix(dev, "nvme"):
			d.Type = "nvme"
		case rot == 1:
			d.Type = "hdd"
		default:
			d.Type = "ssd"
		}
		if dev == rootDisk {
			d.Mount = "/"
			if l.statfs != nil {
				if _, free, err := l.statfs(l.path()); err == nil {
					d.FreeBytes = free
				}
			}
		}
		out = append(out, d)
	}
	if rootDisk == "" && l.statfs != nil {
		// "/" is not on a local disk (container overlay, network root):
		// its size and free space still matter.
		if total, free, err := l.statfs(l.path()); err == nil && total > 0 {
			out = append(out, report.Disk{Mount: "/", SizeBytes: total, FreeBytes: free})
		}
	}
	return out
}

func skipBlock(dev string) bool {
	for _, p := range []string{"loop", "ram", "zram", "dm-", "md", "nbd", "sr", "fd", "mtdblock", "zd"} {
		if strings.HasPrefix(dev, p) {
			return true
		}
	}
	return false
}

// rootDisk finds the disk holding "/" through the device number in
// mountinfo, following device-mapper and md slaves to the physical disk.
func (l *linuxSource) rootDisk() string {
	var majmin string
	for line := range strings.Lines(string(l.readRaw("proc/self/mountinfo"))) {
		f := strings.Fields(line)
		if len(f) > 4 && f[4] == "/" {
			majmin = f[2] // the last "/" mount wins (overmounts)
		}
	}
	if majmin == "" {
		return ""
	}
	// Map device numbers to disk (and partition) names.
	parent := map[string]string{} // block or partition name → disk name
	byNum := map[string]string{}
	for _, dev := range l.list("sys/block") {
		parent[dev] = dev
		byNum[l.read("sys/block", dev, "dev")] = dev
		for _, part := range l.list("sys/block", dev) {
			if strings.HasPrefix(part, dev) && l.exists("sys/block", dev, part, "partition") {
				parent[part] = dev
				byNum[l.read("sys/block", dev, part, "dev")] = part
			}
		}
	}
	name := byNum[majmin]
	for range 8 { // dm on md on partitions: a few levels at most
		disk := parent[name]
		if disk == "" {
			return ""
		}
		if !strings.HasPrefix(disk, "dm-") && !strings.HasPrefix(disk, "md") {
			return disk
		}
		slaves := l.list("sys/block", disk, "slaves")
		if len(slaves) == 0 {
			return ""
		}
		name = slaves[0]
	}
	return ""
}

var cardLine = regexp.MustCompile(`^\s*(\d+)\s+\[([^\]]*)\]:\s*(\S+)\s+-\s+(.*)$`)

// sound reads ALSA's /proc/asound: cards, their stream formats and MIDI ports.
func (l *linuxSource) sound() ([]report.AudioDev, []report.MIDIDev) {
	var audio []report.AudioDev
	var midi []report.MIDIDev
	lines := strings.Split(string(l.readRaw("proc/asound/cards")), "\n")
	for i, line := range lines {
		m := cardLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		card := "card" + m[1]
		a := report.AudioDev{Name: cleanName(m[4]), Driver: m[3]}
		if i+1 < len(lines) {
			long := strings.TrimSpace(lines[i+1])
			if j := strings.Index(long, " at "); j > 0 {
				long = long[:j]
			}
			if long != "" && !cardLine.MatchString(lines[i+1]) {
				a.Name = cleanName(long)
			}
		}
		rates := map[int]bool{}
		for _, f := range l.list("proc/asound", card) {
			switch {
			case strings.HasPrefix(f, "stream"):
				in, out := parseUSBStream(l.readRaw("proc/asound", card, f), rates)
				a.Inputs, a.Outputs = max(a.Inputs, in), max(a.Outputs, out)
			case strings.HasPrefix(f, "codec#"):
				parseCodecRates(l.readRaw("proc/asound", card, f), rates)
			case strings.HasPrefix(f, "midi"):
				if md, ok := parseRawMIDI(l.readRaw("proc/asound", card, f)); ok {
					md.Port = "hw:" + m[1] + "," + strings.TrimPrefix(f, "midi")
					midi = append(midi, md)
				}
			}
		}
		for r := range rates {
			a.SampleRates = append(a.SampleRates, r)
		}
		slices.Sort(a.SampleRates)
		audio = append(audio, a)
	}
	if len(midi) == 0 {
		midi = parseSeqClients(l.readRaw("proc/asound/seq/clients"))
	}
	return audio, midi
}

// parseUSBStream reads a USB audio card's streamN file: channel counts per
// direction and the sample rates.
func parseUSBStream(b []byte, rates map[int]bool) (inputs, outputs int) {
	dir := ""
	for line := range strings.Lines(string(b)) {
		t := strings.TrimSpace(line)
		switch {
		case t == "Playback:" || t == "Capture:":
			dir = t
		case strings.HasPrefix(t, "Channels:"):
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(t, "Channels:")))
			if dir == "Playback:" {
				outputs = max(outputs, n)
			} else if dir == "Capture:" {
				inputs = max(inputs, n)
			}
		case strings.HasPrefix(t, "Rates:"):
			for _, r := range strings.Split(strings.TrimPrefix(t, "Rates:"), ",") {
				r = strings.TrimSpace(r)
				if lo, hi, ok := strings.Cut(r, " - "); ok { // continuous range "8000 - 96000"
					for _, std := range []int{44100, 48000, 88200, 96000, 176400, 192000} {
						a, _ := strconv.Atoi(strings.TrimSpace(lo))
						b, _ := strconv.Atoi(strings.TrimSpace(strings.Fields(hi + " ")[0]))
						if std >= a && std <= b {
							rates[std] = true
						}
					}
					continue
				}
				if n, err := strconv.Atoi(r); err == nil && n > 0 {
					rates[n] = true
				}
			}
		}
	}
	return inputs, outputs
}

// parseCodecRates reads HDA codec "rates [0x5e0]: 44100 48000 96000" lines.
func parseCodecRates(b []byte, rates map[int]bool) {
	for line := range strings.Lines(string(b)) {
		t := strings.TrimSpace(line)
		if !strings.HasPrefix(t, "rates [") {
			continue
		}
		_, list, _ := strings.Cut(t, ":")
		for _, f := range strings.Fields(list) {
			if n, err := strconv.Atoi(f); err == nil && n >= 8000 {
				rates[n] = true
			}
		}
	}
}

// parseRawMIDI reads /proc/asound/cardN/midiM: the port name, then
// "Output k" / "Input k" sections.
func parseRawMIDI(b []byte) (report.MIDIDev, bool) {
	var md report.MIDIDev
	for line := range strings.Lines(string(b)) {
		t := strings.TrimSpace(line)
		switch {
		case md.Name == "" && t != "":
			md.Name = cleanName(t)
		case strings.HasPrefix(t, "Output "):
			md.Outputs++
		case strings.HasPrefix(t, "Input "):
			md.Inputs++
		}
	}
	return md, md.Name != ""
}

var seqClient = regexp.MustCompile(`^Client\s+\d+\s*:\s*"([^"]*)"\s*\[Kernel\]`)

// parseSeqClients reads /proc/asound/seq/clients for kernel MIDI clients
// when no rawmidi files exist (virtual and some USB MIDI drivers).
func parseSeqClients(b []byte) []report.MIDIDev {
	var out []report.MIDIDev
	var cur *report.MIDIDev
	for line := range strings.Lines(string(b)) {
		if m := seqClient.FindStringSubmatch(line); m != nil {
			cur = nil
			if m[1] == "System" || m[1] == "Midi Through" {
				continue
			}
			out = append(out, report.MIDIDev{Name: cleanName(m[1])})
			cur = &out[len(out)-1]
			continue
		}
		if strings.HasPrefix(line, "Client") {
			cur = nil
			continue
		}
		if t := strings.TrimSpace(line); cur != nil && strings.HasPrefix(t, "Port") {
			// Capabilities "(RWe-)": R readable = input to us, W writable = output.
			if i := strings.LastIndexByte(t, '('); i >= 0 {
				caps := t[i:]
				if strings.Contains(caps, "R") {
					cur.Inputs++
				}
				if strings.Contains(caps, "W") {
					cur.Outputs++
				}
			}
		}
	}
	return out
}

var usbDevName = regexp.MustCompile(`^\d+-[\d.]+$`)

// usb lists USB devices (not interfaces, not root hubs). Never read: serial.
func (l *linuxSource) usb() []report.USBDevice {
	type found struct {
		dev  report.USBDevice
		vend bool // vendor name from the device
		prod bool
	}
	var list []found
	var pairs []string
	for _, name := range l.list("sys/bus/usb/devices") {
		if !usbDevName.MatchString(name) {
			continue
		}
		base := []string{"sys/bus/usb/devices", name}
		at := func(f string) []string { return append(slices.Clone(base), f) }
		d := report.USBDevice{
			VendorID:  hexID(l.read(at("idVendor")...), 4),
			ProductID: hexID(l.read(at("idProduct")...), 4),
			Vendor:    cleanName(l.read(at("manufacturer")...)),
			Product:   cleanName(l.read(at("product")...)),
			Speed:     usbSpeed(l.read(at("speed")...)),
			Revision:  bcdVersion(l.read(at("bcdDevice")...)),
		}
		if d.VendorID == "" || d.VendorID == "1d6b" { // 1d6b: Linux Foundation root hubs
			continue
		}
		cls, _ := strconv.ParseInt(l.read(at("bDeviceClass")...), 16, 32)
		sub, _ := strconv.ParseInt(l.read(at("bDeviceSubClass")...), 16, 32)
		var words []string
		audioControl := false
		if cls != 0 && cls != 0xef && cls != 0xff {
			words = append(words, usbClassName(int(cls), int(sub)))
		}
		for _, intf := range l.list(base...) {
			if !strings.HasPrefix(intf, name+":") {
				continue
			}
			ic, err1 := strconv.ParseInt(l.read(append(slices.Clone(base), intf, "bInterfaceClass")...), 16, 32)
			is, _ := strconv.ParseInt(l.read(append(slices.Clone(base), intf, "bInterfaceSubClass")...), 16, 32)
			switch {
			case err1 != nil:
			case ic == 0x01 && is == 0x01:
				// Audio control: every audio-class device has it, MIDI-only
				// ones too; "audio" comes from a streaming interface.
				audioControl = true
			default:
				words = append(words, usbClassName(int(ic), int(is)))
			}
		}
		if audioControl && !slices.Contains(words, "audio") && !slices.Contains(words, "midi") {
			words = append(words, "audio")
		}
		if len(words) == 0 && cls == 0xff {
			words = append(words, "vendor-specific")
		}
		d.Class = joinClasses(words)
		list = append(list, found{d, d.Vendor != "", d.Product != ""})
		pairs = append(pairs, d.VendorID+":"+d.ProductID)
	}
	var names idNames
	for _, f := range list {
		if !f.vend || !f.prod {
			names = idTable{paths: l.rooted(l.usbIDs)}.lookup(pairs)
			break
		}
	}
	out := make([]report.USBDevice, 0, len(list))
	for _, f := range list {
		d := f.dev
		if !f.vend {
			d.Vendor = names[d.VendorID]
		}
		if !f.prod {
			d.Product = names[d.VendorID+":"+d.ProductID]
		}
		out = append(out, d)
	}
	return out
}

// usbSpeed names sysfs speeds (Mbit/s).
func usbSpeed(s string) string {
	switch s {
	case "1.5":
		return "low"
	case "12":
		return "full"
	case "480":
		return "high"
	case "5000":
		return "super"
	case "10000", "20000":
		return "super+"
	}
	return s
}

// bcdVersion turns a bcdDevice "0102" into "1.02".
func bcdVersion(s string) string {
	s = hexID(s, 4)
	if s == "" {
		return ""
	}
	major := strings.TrimLeft(s[:2], "0")
	if major == "" {
		major = "0"
	}
	return major + "." + s[2:]
}

// power reads /sys/class/power_supply; nil when there is none (desktops,
// VMs). Peripheral batteries (scope "Device": mice, headsets) are skipped.
func (l *linuxSource) power() *report.Power {
	var p report.Power
	seen := false
	var charge, full float64
	for _, ps := range l.list("sys/class/power_supply") {
		if l.read("sys/class/power_supply", ps, "scope") == "Device" {
			continue
		}
		switch l.read("sys/class/power_supply", ps, "type") {
		case "Mains", "USB":
			seen = true
			if on, _ := l.readInt("sys/class/power_supply", ps, "online"); on == 1 {
				p.OnAC = true
			}
		case "Battery":
			if present, ok := l.readInt("sys/class/power_supply", ps, "present"); ok && present == 0 {
				continue
			}
			seen = true
			p.HasBattery = true
			if c, ok := l.readInt("sys/class/power_supply", ps, "capacity"); ok {
				charge += float64(c)
				full += 100
			}
			if st := l.read("sys/class/power_supply", ps, "status"); st == "Charging" || st == "Full" {
				p.OnAC = true
			}
		}
	}
	if !seen {
		return nil
	}
	if full > 0 {
		p.BatteryPercent = charge / full * 100
	}
	return &p
}

// container detects a container runtime.
func (l *linuxSource) container() string {
	if c := l.read("run/systemd/container"); c != "" {
		return firstWord(c)
	}
	if l.exists(".dockerenv") {
		return "docker"
	}
	if l.exists("run/.containerenv") {
		return "podman"
	}
	cg := string(l.readRaw("proc/1/cgroup"))
	switch {
	case strings.Contains(cg, "kubepods"):
		return "kubernetes"
	case strings.Contains(cg, "/docker"), strings.Contains(cg, "docker-"):
		return "docker"
	case strings.Contains(cg, "libpod"):
		return "podman"
	case strings.Contains(cg, "/lxc"):
		return "lxc"
	}
	return ""
}

// virtualization detects the VM kind: DMI vendor class word, Xen's
// sysfs node, WSL's kernel, else the CPU's hypervisor flag.
func (l *linuxSource) virtualization(hypervisorFlag bool) string {
	if rel := strings.ToLower(l.read("proc/sys/kernel/osrelease")); strings.Contains(rel, "microsoft") || strings.Contains(rel, "wsl") {
		return "wsl"
	}
	if v := vmFromVendor(l.read("sys/class/dmi/id/sys_vendor"), l.read("sys/class/dmi/id/product_name")); v != "" {
		return v
	}
	if v := vmFromVendor(l.read("sys/class/dmi/id/bios_vendor"), ""); v != "" {
		return v
	}
	if t := l.read("sys/hypervisor/type"); t != "" {
		return firstWord(t)
	}
	if hypervisorFlag {
		return "vm"
	}
	return ""
}

func firstWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

// machine reads the make and model from DMI. Never read: product_serial,
// product_uuid, board_serial, chassis_serial, *_asset_tag.
func (l *linuxSource) machine(virt string) *report.Machine {
	m := report.Machine{
		Vendor: cleanName(l.read("sys/class/dmi/id/sys_vendor")),
		Model:  cleanName(l.read("sys/class/dmi/id/product_name")),
	}
	// Lenovo puts the type number in product_name and the model name in
	// product_version.
	if v := cleanName(l.read("sys/class/dmi/id/product_version")); strings.EqualFold(m.Vendor, "LENOVO") && !placeholder(v) {
		m.Model = v
	}
	if placeholder(m.Vendor) {
		m.Vendor = ""
	}
	if placeholder(m.Model) {
		m.Model = ""
	}
	if t, ok := l.readInt("sys/class/dmi/id/chassis_type"); ok {
		m.Form = chassisForm(int(t))
	}
	if virt != "" && virt != "wsl" {
		m.Form = "vm"
	}
	if m == (report.Machine{}) {
		return nil
	}
	return &m
}

// identitySecrets reads the identifiers LocalIdentity hands to the
// redactor: machine ids, DMI serials and UUID, USB and disk serials.
func (l *linuxSource) identitySecrets(id *identity) {
	for _, f := range []string{"etc/machine-id", "var/lib/dbus/machine-id",
		"sys/class/dmi/id/product_serial", "sys/class/dmi/id/product_uuid", "sys/class/dmi/id/board_serial",
		"sys/class/dmi/id/chassis_serial", "sys/class/dmi/id/board_asset_tag", "sys/class/dmi/id/chassis_asset_tag"} {
		id.addSecret(l.read(f))
	}
	for _, dev := range l.list("sys/bus/usb/devices") {
		if usbDevName.MatchString(dev) {
			id.addSecret(l.read("sys/bus/usb/devices", dev, "serial"))
		}
	}
	for _, dev := range l.list("sys/block") {
		id.addSecret(l.read("sys/block", dev, "serial"))
		id.addSecret(l.read("sys/block", dev, "device/serial"))
		for _, w := range []string{l.read("sys/block", dev, "wwid"), l.read("sys/block", dev, "device/wwid")} {
			id.addSecret(w)
			// "t10.ATA     <model>     <serial>": the serial alone too.
			if f := strings.Fields(w); len(f) > 2 && strings.HasPrefix(w, "t10.") {
				id.addSecret(f[len(f)-1])
			}
		}
	}
	// Accounts of people on this machine: a machine-wide daemon sees their crashes.
	for line := range strings.Lines(string(l.readRaw("etc/passwd"))) {
		f := strings.Split(strings.TrimSpace(line), ":")
		if len(f) < 7 {
			continue
		}
		uid, err := strconv.Atoi(f[2])
		if err != nil || uid < 1000 || uid >= 60000 || strings.HasSuffix(f[6], "nologin") || strings.HasSuffix(f[6], "false") {
			continue
		}
		id.addUser(f[0])
		gecos, _, _ := strings.Cut(f[4], ",")
		id.addUser(gecos)
	}
	for _, h := range l.list("home") {
		id.addUser(h)
	}
}
