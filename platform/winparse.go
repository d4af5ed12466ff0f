package platform

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"crashd/report"
)

// winValues are registry values as the windows code reads them: string,
// uint64 (DWORD/QWORD), []string (MULTI_SZ) or []byte (BINARY). In
// recorded JSON, numbers are numbers and binary values are {"hex": "..."}.
type winValues map[string]any

// UnmarshalJSON reads recorded registry values.
func (v *winValues) UnmarshalJSON(b []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	out := winValues{}
	for k, r := range raw {
		var s string
		var n uint64
		var ss []string
		var bin struct{ Hex *string }
		switch {
		case json.Unmarshal(r, &s) == nil:
			out[k] = s
		case json.Unmarshal(r, &n) == nil:
			out[k] = n
		case json.Unmarshal(r, &ss) == nil:
			out[k] = ss
		case json.Unmarshal(r, &bin) == nil && bin.Hex != nil:
			h, err := hex.DecodeString(*bin.Hex)
			if err != nil {
				return &FormatError{"registry", -1, fmt.Sprintf("value %s: %v", k, err)}
			}
			out[k] = h
		default:
			return &FormatError{"registry", -1, "value " + k + ": unsupported type"}
		}
	}
	*v = out
	return nil
}

func (v winValues) str(name string) string {
	switch x := v[name].(type) {
	case string:
		return strings.TrimSpace(x)
	case []string:
		if len(x) > 0 {
			return strings.TrimSpace(x[0])
		}
	}
	return ""
}

// uint reads a DWORD/QWORD, a little-endian BINARY (drivers store
// HardwareInformation.MemorySize either way) or a decimal string.
func (v winValues) uint(name string) (uint64, bool) {
	switch x := v[name].(type) {
	case uint64:
		return x, true
	case []byte:
		if len(x) == 0 || len(x) > 8 {
			return 0, false
		}
		var b [8]byte
		copy(b[:], x)
		return binary.LittleEndian.Uint64(b[:]), true
	case string:
		n, err := strconv.ParseUint(strings.TrimSpace(x), 10, 64)
		return n, err == nil
	}
	return 0, false
}

// winDevice is one present device as SetupAPI reports it. The device
// instance id is deliberately absent: its last segment is often the
// device's serial number.
type winDevice struct {
	HardwareIDs   []string  `json:"hardware_ids"`
	CompatibleIDs []string  `json:"compatible_ids,omitempty"`
	DeviceDesc    string    `json:"device_desc,omitempty"`
	FriendlyName  string    `json:"friendly_name,omitempty"`
	BusDesc       string    `json:"bus_reported_desc,omitempty"` // the device's own product string
	Mfg           string    `json:"mfg,omitempty"`
	Service       string    `json:"service,omitempty"`
	Driver        winValues `json:"driver,omitempty"` // values of the driver (software) key
	EDID          []byte    `json:"edid,omitempty"`   // monitors: Device Parameters\EDID
}

// winRecord is everything a Windows snapshot reads, so the parsing is
// tested on recorded values.
type winRecord struct {
	CurrentVersion winValues   `json:"current_version"` // HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion
	CPU            winValues   `json:"cpu"`             // HKLM\HARDWARE\DESCRIPTION\System\CentralProcessor\0
	BIOS           winValues   `json:"bios"`            // HKLM\HARDWARE\DESCRIPTION\System\BIOS
	Display        []winDevice `json:"display"`         // class {4d36e968-e325-11ce-bfc1-08002be10318}
	Media          []winDevice `json:"media"`           // class {4d36e96c-e325-11ce-bfc1-08002be10318}
	Monitor        []winDevice `json:"monitor"`         // class {4d36e96e-e325-11ce-bfc1-08002be10318}
	USB            []winDevice `json:"usb"`             // enumerator "USB", all classes
}

// apply parses the record into s.
func (r *winRecord) apply(s *report.System) {
	s.OS = winOS(r.CurrentVersion, s.OS.Arch)
	s.CPU.Model = cleanName(r.CPU.str("ProcessorNameString"))
	s.CPU.Vendor = r.CPU.str("VendorIdentifier")
	if mhz, ok := r.CPU.uint("~MHz"); ok {
		s.CPU.MHz = float64(mhz)
	}
	s.Machine, s.Virtualization = winMachine(r.BIOS)
	s.GPUs = winGPUs(r.Display)
	s.Audio = winAudio(r.Media)
	s.Displays = winDisplays(r.Monitor)
	s.USB, s.MIDI = winUSB(r.USB)
}

// winOS reads CurrentVersion. Never read: RegisteredOwner,
// RegisteredOrganization, ProductId, DigitalProductId, InstallDate.
func winOS(cv winValues, arch string) report.OSInfo {
	o := report.OSInfo{Name: "Windows", Arch: arch}
	build := cmpOr(cv.str("CurrentBuildNumber"), cv.str("CurrentBuild"))
	if major, ok := cv.uint("CurrentMajorVersionNumber"); ok {
		minor, _ := cv.uint("CurrentMinorVersionNumber")
		o.Version = fmt.Sprintf("%d.%d.%s", major, minor, build)
	} else if v := cv.str("CurrentVersion"); v != "" {
		o.Version = v + "." + build
	}
	o.Build, o.KernelVersion = build, o.Version
	if ubr, ok := cv.uint("UBR"); ok && build != "" {
		o.Build = fmt.Sprintf("%s.%d", build, ubr)
		o.KernelVersion = fmt.Sprintf("%s.%d", o.Version, ubr) // ntoskrnl's file version
	}
	product := cv.str("ProductName")
	// Windows 11 kept "Windows 10" in ProductName; build 22000 is the first 11.
	if b, _ := strconv.Atoi(build); b >= 22000 {
		product = strings.Replace(product, "Windows 10", "Windows 11", 1)
	}
	o.Distribution = strings.TrimSpace(product + " " + cmpOr(cv.str("DisplayVersion"), cv.str("ReleaseId")))
	return o
}

// winMachine reads the firmware's make and model. The BIOS key holds no
// serial; SystemSKU and BaseBoard* strings are not copied either.
func winMachine(bios winValues) (*report.Machine, string) {
	m := report.Machine{Vendor: cleanName(bios.str("SystemManufacturer")), Model: cleanName(bios.str("SystemProductName"))}
	virt := vmFromVendor(m.Vendor, m.Model)
	if placeholder(m.Vendor) {
		m.Vendor = ""
	}
	if placeholder(m.Model) {
		m.Model = ""
	}
	if strings.EqualFold(m.Vendor, "LENOVO") {
		if v := cleanName(bios.str("SystemVersion")); !placeholder(v) {
			m.Model = v
		}
	}
	if virt != "" {
		m.Form = "vm"
	}
	if m == (report.Machine{}) {
		return nil, virt
	}
	return &m, virt
}

// descString strips the INF reference Windows keeps in descriptions:
// "@oem42.inf,%ddj400.devicedesc%;DDJ-400" → "DDJ-400".
func descString(s string) string {
	if strings.HasPrefix(s, "@") {
		if i := strings.LastIndexByte(s, ';'); i >= 0 {
			s = s[i+1:]
		}
	}
	return cleanName(s)
}

var (
	pciHWID    = regexp.MustCompile(`(?i)^PCI\\VEN_([0-9A-F]{4})&DEV_([0-9A-F]{4})`)
	usbHWID    = regexp.MustCompile(`(?i)^USB\\VID_([0-9A-F]{4})&PID_([0-9A-F]{4})(?:&REV_([0-9A-F]{4}))?(?:&MI_([0-9A-F]{2}))?$`)
	usbClassID = regexp.MustCompile(`(?i)^USB\\(Dev)?Class_([0-9A-F]{2})&SubClass_([0-9A-F]{2})`)
)

func winGPUs(devs []winDevice) []report.GPU {
	var out []report.GPU
	for _, d := range devs {
		g := report.GPU{
			Model:     cmpOr(descString(d.Driver.str("DriverDesc")), descString(cmpOr(d.FriendlyName, d.DeviceDesc))),
			Driver:    d.Service,
			DriverVer: d.Driver.str("DriverVersion"),
		}
		for _, id := range d.HardwareIDs {
			if m := pciHWID.FindStringSubmatch(id); m != nil {
				g.VendorID, g.DeviceID = "0x"+strings.ToLower(m[1]), "0x"+strings.ToLower(m[2])
				break
			}
		}
		g.Vendor = descString(d.Driver.str("ProviderName"))
		if g.VendorID != "" && (g.Vendor == "" || g.Vendor == "Microsoft") {
			g.Vendor = cmpOr(pciVendorFallback[g.VendorID[2:]], g.Vendor)
		}
		if v, ok := d.Driver.uint("HardwareInformation.qwMemorySize"); ok && v > 0 {
			g.VRAMBytes = v
		} else if v, ok := d.Driver.uint("HardwareInformation.MemorySize"); ok {
			g.VRAMBytes = v
		}
		if g.Model != "" || g.VendorID != "" {
			out = append(out, g)
		}
	}
	return out
}

func winAudio(devs []winDevice) []report.AudioDev {
	var out []report.AudioDev
	for _, d := range devs {
		a := report.AudioDev{Name: cmpOr(descString(d.FriendlyName), cmpOr(descString(d.BusDesc), descString(d.DeviceDesc))), Driver: d.Service}
		if p, v := descString(d.Driver.str("ProviderName")), d.Driver.str("DriverVersion"); p != "" || v != "" {
			a.Driver = strings.TrimSpace(a.Driver + " (" + strings.TrimSpace(p+" "+v) + ")")
		}
		if a.Name != "" {
			out = append(out, a)
		}
	}
	return out
}

func winDisplays(mons []winDevice) []report.Display {
	var out []report.Display
	for _, m := range mons {
		d := report.Display{Name: descString(cmpOr(m.FriendlyName, m.DeviceDesc))}
		if len(m.EDID) > 0 {
			if e, err := parseEDID(m.EDID); err == nil {
				d.Width, d.Height, d.RefreshHz = e.Width, e.Height, e.RefreshHz
				d.Name = cmpOr(e.Name, d.Name)
			}
		}
		out = append(out, d)
	}
	return out
}

// winUSB turns the USB enumerator's device nodes into devices: nodes
// without MI_xx are devices, MI_xx nodes are interfaces of a composite
// device and give its classes and MIDI ports.
func winUSB(nodes []winDevice) ([]report.USBDevice, []report.MIDIDev) {
	type ifaceInfo struct {
		words        []string
		audioControl bool
	}
	ifaces := map[string]*ifaceInfo{}
	var midi []report.MIDIDev
	type devNode struct {
		d      report.USBDevice
		words  []string
		ac     bool
		devCls int
	}
	var devs []devNode
	for _, n := range nodes {
		var vid, pid, rev, mi string
		for _, id := range n.HardwareIDs {
			if m := usbHWID.FindStringSubmatch(id); m != nil {
				vid, pid, rev, mi = strings.ToLower(m[1]), strings.ToLower(m[2]), m[3], m[4]
				if rev != "" || mi != "" {
					break // the most specific id
				}
			}
		}
		if vid == "" {
			continue // root hubs (USB\ROOT_HUB30) and other non-device nodes
		}
		key := vid + ":" + pid
		cls, sub, isDevClass := -1, -1, false
		for _, id := range n.CompatibleIDs {
			if m := usbClassID.FindStringSubmatch(id); m != nil {
				c, _ := strconv.ParseInt(m[2], 16, 32)
				s, _ := strconv.ParseInt(m[3], 16, 32)
				cls, sub, isDevClass = int(c), int(s), m[1] != ""
				break
			}
		}
		if mi != "" {
			inf := ifaces[key]
			if inf == nil {
				inf = &ifaceInfo{}
				ifaces[key] = inf
			}
			switch {
			case cls == 0x01 && sub == 0x01:
				inf.audioControl = true
			case cls >= 0:
				inf.words = append(inf.words, usbClassName(cls, sub))
			}
			if cls == 0x01 && sub == 0x03 {
				midi = append(midi, report.MIDIDev{Name: cmpOr(descString(n.BusDesc), descString(cmpOr(n.FriendlyName, n.DeviceDesc)))})
			}
			continue
		}
		d := report.USBDevice{VendorID: vid, ProductID: pid, Revision: bcdVersion(rev)}
		d.Product = cmpOr(descString(n.BusDesc), descString(cmpOr(n.FriendlyName, n.DeviceDesc)))
		if mfg := descString(n.Mfg); mfg != "" && !strings.HasPrefix(mfg, "(") {
			d.Vendor = mfg
		}
		dn := devNode{d: d, devCls: -1}
		if cls >= 0 && !(isDevClass && (cls == 0 || cls == 0xef)) {
			// A single-interface device reports its interface class here.
			if cls == 0x01 && sub == 0x01 {
				dn.ac = true
			} else {
				dn.words = append(dn.words, usbClassName(cls, sub))
			}
		}
		devs = append(devs, dn)
	}
	out := make([]report.USBDevice, 0, len(devs))
	for _, dn := range devs {
		words, ac := dn.words, dn.ac
		if inf := ifaces[dn.d.VendorID+":"+dn.d.ProductID]; inf != nil {
			words = append(slices.Clone(words), inf.words...)
			ac = ac || inf.audioControl
		}
		if ac && !slices.Contains(words, "audio") && !slices.Contains(words, "midi") {
			words = append(words, "audio")
		}
		dn.d.Class = joinClasses(words)
		out = append(out, dn.d)
	}
	for i := range midi {
		if midi[i].Name == "" {
			midi[i].Name = "USB MIDI"
		}
	}
	return out, midi
}

// winPower reads GetSystemPowerStatus's SYSTEM_POWER_STATUS bytes.
func winPower(acLine, batteryFlag, percent byte) *report.Power {
	const noBattery, unknown = 128, 255
	p := &report.Power{OnAC: acLine == 1}
	if batteryFlag != noBattery && batteryFlag != unknown {
		p.HasBattery = true
		if percent <= 100 {
			p.BatteryPercent = float64(percent)
		}
	}
	if !p.HasBattery && acLine == unknown {
		return nil
	}
	return p
}

// winInstanceSerial returns the serial in a USB device instance id
// ("USB\VID_2B73&PID_0001\ABC123456"), for LocalIdentity; ids Windows
// generates itself contain '&' ("5&1a2b3c4d&0&2") and are not serials.
func winInstanceSerial(instanceID string) string {
	i := strings.LastIndexByte(instanceID, '\\')
	if i < 0 || !strings.HasPrefix(strings.ToUpper(instanceID), `USB\VID_`) {
		return ""
	}
	s := instanceID[i+1:]
	if strings.Contains(s, "&") || len(s) < 4 {
		return ""
	}
	return s
}
