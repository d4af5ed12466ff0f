package report

import "time"

// System is the hardware and system snapshot attached to every report.
// It never holds identifiers: no host name, serials, UUIDs, MACs, IPs or
// user names (platform fills it; the daemon scrubs it once more).
type System struct {
	OS             OSInfo      `json:"os"`
	CPU            CPUInfo     `json:"cpu"`
	Memory         MemoryInfo  `json:"memory"`
	GPUs           []GPU       `json:"gpus,omitempty"`
	Displays       []Display   `json:"displays,omitempty"`
	Disks          []Disk      `json:"disks,omitempty"`
	Audio          []AudioDev  `json:"audio,omitempty"`
	USB            []USBDevice `json:"usb,omitempty"`
	MIDI           []MIDIDev   `json:"midi,omitempty"`
	Power          *Power      `json:"power,omitempty"`
	Locale         string      `json:"locale,omitempty"` // e.g. de_DE
	TZOffsetMin    int         `json:"tz_offset_min"`    // minutes east of UTC; never the zone name's city
	UptimeSec      uint64      `json:"uptime_sec,omitempty"`
	Virtualization string      `json:"virtualization,omitempty"` // kvm, docker, wsl, ...

	// Fields below were added by platform.
	Container   string    `json:"container,omitempty"` // docker, podman, lxc, kubernetes (Virtualization keeps the VM kind)
	Machine     *Machine  `json:"machine,omitempty"`
	CollectedAt time.Time `json:"collected_at,omitzero"`
}

// Machine is the computer's make and model (never its serial or UUID).
type Machine struct {
	Vendor string `json:"vendor,omitempty"` // Dell Inc., Apple Inc.
	Model  string `json:"model,omitempty"`  // XPS 15 9520, MacBookPro18,3
	Form   string `json:"form,omitempty"`   // desktop, laptop, server, vm ...
}

type OSInfo struct {
	Name          string `json:"name"`              // Linux, macOS, Windows
	Version       string `json:"version,omitempty"` // 24.04, 14.5, 10.0.22631
	Build         string `json:"build,omitempty"`
	KernelVersion string `json:"kernel_version,omitempty"`
	Distribution  string `json:"distribution,omitempty"` // Ubuntu 24.04.1 LTS
	Arch          string `json:"arch"`                   // amd64, arm64
}

type CPUInfo struct {
	Model    string   `json:"model,omitempty"`
	Vendor   string   `json:"vendor,omitempty"`
	Cores    int      `json:"cores,omitempty"`   // physical
	Threads  int      `json:"threads,omitempty"` // logical
	MHz      float64  `json:"mhz,omitempty"`
	Features []string `json:"features,omitempty"` // only those that matter: avx2, avx512f, neon, sse4_2 ...
}

type MemoryInfo struct {
	TotalBytes     uint64 `json:"total_bytes"`
	AvailableBytes uint64 `json:"available_bytes"`
	SwapTotalBytes uint64 `json:"swap_total_bytes,omitempty"`
}

type GPU struct {
	Vendor    string `json:"vendor,omitempty"`
	Model     string `json:"model,omitempty"`
	VendorID  string `json:"vendor_id,omitempty"` // 0x10de
	DeviceID  string `json:"device_id,omitempty"`
	Driver    string `json:"driver,omitempty"`
	DriverVer string `json:"driver_version,omitempty"`
	VRAMBytes uint64 `json:"vram_bytes,omitempty"`
}

type Display struct {
	Width     int     `json:"width,omitempty"`
	Height    int     `json:"height,omitempty"`
	RefreshHz float64 `json:"refresh_hz,omitempty"`
	Name      string  `json:"name,omitempty"`
}

type Disk struct {
	Type      string `json:"type,omitempty"` // ssd, hdd, nvme, unknown
	Model     string `json:"model,omitempty"`
	SizeBytes uint64 `json:"size_bytes,omitempty"`
	FreeBytes uint64 `json:"free_bytes,omitempty"`
	Mount     string `json:"mount,omitempty"` // "/", "C:" — never a user path
}

type AudioDev struct {
	Name        string `json:"name"`
	Driver      string `json:"driver,omitempty"` // ALSA driver, CoreAudio, WASAPI/ASIO ...
	SampleRates []int  `json:"sample_rates,omitempty"`
	Inputs      int    `json:"inputs,omitempty"`
	Outputs     int    `json:"outputs,omitempty"`
}

type USBDevice struct {
	VendorID  string `json:"vendor_id"`  // 4 hex digits
	ProductID string `json:"product_id"` // 4 hex digits
	Vendor    string `json:"vendor,omitempty"`
	Product   string `json:"product,omitempty"`
	Class     string `json:"class,omitempty"` // audio, hid, hub, midi, mass-storage ...; "audio+midi+hid" for composite devices
	Speed     string `json:"speed,omitempty"`
	Revision  string `json:"revision,omitempty"` // bcdDevice, usually the firmware version: "1.00"
}

type MIDIDev struct {
	Name    string `json:"name"`
	Port    string `json:"port,omitempty"` // hw:1,0 (ALSA)
	Inputs  int    `json:"inputs,omitempty"`
	Outputs int    `json:"outputs,omitempty"`
}

type Power struct {
	OnAC           bool    `json:"on_ac"`
	HasBattery     bool    `json:"has_battery"`
	BatteryPercent float64 `json:"battery_percent,omitempty"`
}
