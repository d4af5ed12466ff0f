package platform

import (
	"bytes"
	"encoding/json"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"crashd/report"
)

// profilerResult is what a snapshot takes from `system_profiler -json`.
type profilerResult struct {
	Machine  *report.Machine
	CPUModel string // chip_type on Apple silicon, cpu_type on Intel
	GPUs     []report.GPU
	Displays []report.Display
	Audio    []report.AudioDev
	USB      []report.USBDevice
	Power    *report.Power
	Disks    []report.Disk
	// Secrets holds every serial, UUID and UDID value in the output, for
	// LocalIdentity only; the fields above copy named keys, never these.
	Secrets []string
}

type pnode = map[string]any

// parseSystemProfiler parses `system_profiler -json` output.
func parseSystemProfiler(b []byte) (*profilerResult, error) {
	var top map[string][]pnode
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	if err := dec.Decode(&top); err != nil {
		return nil, &FormatError{"system_profiler", -1, err.Error()}
	}
	r := &profilerResult{}
	for _, items := range top {
		for _, it := range items {
			collectSecrets(it, &r.Secrets)
		}
	}
	slices.Sort(r.Secrets)
	r.Secrets = slices.Compact(r.Secrets)
	for _, hw := range top["SPHardwareDataType"] {
		r.hardware(hw)
	}
	for _, gpu := range top["SPDisplaysDataType"] {
		r.display(gpu)
	}
	for _, grp := range top["SPAudioDataType"] {
		for _, dev := range children(grp) {
			r.audio(dev)
		}
	}
	seen := map[string]bool{}
	for _, bus := range append(top["SPUSBDataType"], top["SPUSBHostDataType"]...) {
		walkUSB(bus, func(d report.USBDevice) {
			k := d.VendorID + ":" + d.ProductID + ":" + d.Product
			if !seen[k] {
				seen[k] = true
				r.USB = append(r.USB, d)
			}
		}, 0)
	}
	for _, p := range top["SPPowerDataType"] {
		r.power(p)
	}
	for _, v := range top["SPStorageDataType"] {
		r.storage(v)
	}
	return r, nil
}

// secretKey: keys whose values identify a machine or device.
func secretKey(k string) bool {
	k = strings.ToLower(k)
	return strings.Contains(k, "serial") || strings.Contains(k, "uuid") || strings.Contains(k, "udid") || strings.Contains(k, "mac_address")
}

func collectSecrets(v any, out *[]string) {
	switch n := v.(type) {
	case pnode:
		for k, c := range n {
			if s, ok := c.(string); ok && secretKey(k) {
				if s = strings.TrimSpace(s); len(s) >= 4 && !placeholder(s) {
					*out = append(*out, s)
				}
				continue
			}
			collectSecrets(c, out)
		}
	case []any:
		for _, c := range n {
			collectSecrets(c, out)
		}
	}
}

func children(n pnode) []pnode {
	items, _ := n["_items"].([]any)
	var out []pnode
	for _, it := range items {
		if m, ok := it.(pnode); ok {
			out = append(out, m)
		}
	}
	return out
}

// pstr reads a string or number value.
func pstr(n pnode, key string) string {
	switch v := n[key].(type) {
	case string:
		return strings.TrimSpace(v)
	case json.Number:
		return v.String()
	}
	return ""
}

func pint(n pnode, key string) int {
	s := pstr(n, key)
	if i, err := strconv.Atoi(s); err == nil {
		return i
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return int(f)
	}
	return 0
}

// spValue turns system_profiler's enum-ish strings into words:
// "spdisplays_yes" → "yes", "coreaudio_device_type_usb" → "usb".
func spValue(s, prefix string) string { return strings.TrimPrefix(s, prefix) }

func (r *profilerResult) hardware(hw pnode) {
	m := report.Machine{Vendor: "Apple Inc.", Model: pstr(hw, "machine_model")}
	name := pstr(hw, "machine_name")
	if m.Model == "" {
		m.Model = name
	}
	switch {
	case strings.Contains(m.Model, "VirtualMac"), strings.Contains(name, "Virtual"):
		m.Form = "vm"
	case strings.Contains(name, "Book"):
		m.Form = "laptop"
	case name != "":
		m.Form = "desktop" // iMac, Mac mini, Mac Studio, Mac Pro
	}
	r.Machine = &m
	r.CPUModel = cmpOr(pstr(hw, "chip_type"), pstr(hw, "cpu_type"))
}

var (
	resRe     = regexp.MustCompile(`(\d+)\s*x\s*(\d+)`)
	hzRe      = regexp.MustCompile(`@\s*([\d.]+)\s*Hz`)
	sizeRe    = regexp.MustCompile(`^([\d.]+)\s*(KB|MB|GB|TB)$`)
	vendorHex = regexp.MustCompile(`\(?0x([0-9a-fA-F]{1,4})\)?`)
)

// byteSize parses "16 GB", "1536 MB".
func byteSize(s string) uint64 {
	m := sizeRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0
	}
	f, _ := strconv.ParseFloat(m[1], 64)
	mult := map[string]float64{"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30, "TB": 1 << 40}[m[2]]
	return uint64(math.Round(f * mult))
}

func (r *profilerResult) display(gpu pnode) {
	g := report.GPU{Model: cmpOr(pstr(gpu, "sppci_model"), pstr(gpu, "_name"))}
	vendor := pstr(gpu, "spdisplays_vendor")
	if m := vendorHex.FindStringSubmatch(vendor); m != nil {
		g.VendorID = "0x" + hexID(m[1], 4)
		vendor = strings.TrimSpace(vendor[:strings.Index(vendor, m[0])])
	}
	if v := hexID(pstr(gpu, "spdisplays_vendor-id"), 4); v != "" {
		g.VendorID = "0x" + v
	}
	vendor = spValue(vendor, "sppci_vendor_")
	g.Vendor = vendor
	if d := hexID(pstr(gpu, "spdisplays_device-id"), 4); d != "" {
		g.DeviceID = "0x" + d
	}
	g.VRAMBytes = byteSize(cmpOr(pstr(gpu, "spdisplays_vram"), pstr(gpu, "spdisplays_vram_shared")))
	if metal := pstr(gpu, "spdisplays_mtlgpufamilysupport"); metal != "" {
		g.Driver = "Metal " + strings.TrimPrefix(spValue(metal, "spdisplays_"), "metal")
	}
	if g.Model != "" {
		r.GPUs = append(r.GPUs, g)
	}
	mons, _ := gpu["spdisplays_ndrvs"].([]any)
	for _, mv := range mons {
		mon, ok := mv.(pnode)
		if !ok {
			continue
		}
		if online := pstr(mon, "spdisplays_online"); online != "" && online != "spdisplays_yes" {
			continue
		}
		d := report.Display{Name: cleanName(pstr(mon, "_name"))}
		if d.Name == "spdisplays_display" {
			d.Name = ""
		}
		res := cmpOr(pstr(mon, "_spdisplays_resolution"), pstr(mon, "spdisplays_resolution"))
		pix := cmpOr(pstr(mon, "_spdisplays_pixels"), res)
		if m := resRe.FindStringSubmatch(pix); m != nil {
			d.Width, _ = strconv.Atoi(m[1])
			d.Height, _ = strconv.Atoi(m[2])
		}
		if m := hzRe.FindStringSubmatch(res); m != nil {
			d.RefreshHz, _ = strconv.ParseFloat(m[1], 64)
		}
		r.Displays = append(r.Displays, d)
	}
}

func (r *profilerResult) audio(dev pnode) {
	a := report.AudioDev{
		Name:    cleanName(pstr(dev, "_name")),
		Inputs:  pint(dev, "coreaudio_device_input"),
		Outputs: pint(dev, "coreaudio_device_output"),
		Driver:  "CoreAudio",
	}
	if t := spValue(pstr(dev, "coreaudio_device_transport"), "coreaudio_device_type_"); t != "" {
		a.Driver += " (" + t + ")"
	}
	if sr := pint(dev, "coreaudio_device_srate"); sr > 0 {
		a.SampleRates = []int{sr}
	}
	if a.Name != "" {
		r.Audio = append(r.Audio, a)
	}
}

// walkUSB visits USB devices in the bus tree (hubs nest devices in
// _items). Keys differ between SPUSBDataType (vendor_id, product_id,
// manufacturer, bcd_device, device_speed) and macOS 15's SPUSBHostDataType
// (USBDeviceKeyVendorID ...). Serial keys are never read.
func walkUSB(n pnode, visit func(report.USBDevice), depth int) {
	if depth > 16 {
		return
	}
	find := func(suffixes ...string) string {
		for _, s := range suffixes {
			if v := pstr(n, s); v != "" {
				return v
			}
		}
		for k := range n {
			for _, s := range suffixes {
				if strings.HasPrefix(k, "USB") && strings.HasSuffix(k, s) && !secretKey(k) {
					return pstr(n, k)
				}
			}
		}
		return ""
	}
	rawVendor := find("vendor_id", "VendorID")
	pid := hexID(find("product_id", "ProductID"), 4)
	if pid != "" {
		d := report.USBDevice{ProductID: pid}
		if rawVendor == "apple_vendor_id" {
			d.VendorID, d.Vendor = "05ac", "Apple Inc."
		} else {
			d.VendorID = hexID(rawVendor, 4)
			if i := strings.IndexByte(rawVendor, '('); i >= 0 {
				d.Vendor = strings.TrimSpace(strings.Trim(rawVendor[i:], "()"))
			}
		}
		if v := cleanName(find("manufacturer", "VendorName", "ManufacturerName")); v != "" {
			d.Vendor = v
		}
		d.Product = cleanName(cmpOr(find("ProductName"), pstr(n, "_name")))
		d.Revision = find("bcd_device", "ProductVersion")
		switch sp := find("device_speed", "LinkSpeed"); {
		case strings.HasSuffix(sp, "_speed"):
			d.Speed = strings.TrimSuffix(sp, "_speed")
		case sp == "1.5 Mb/s":
			d.Speed = "low"
		case sp == "12 Mb/s":
			d.Speed = "full"
		case sp == "480 Mb/s":
			d.Speed = "high"
		case strings.HasPrefix(sp, "5 Gb/s"):
			d.Speed = "super"
		case strings.HasSuffix(sp, "Gb/s"):
			d.Speed = "super+"
		}
		if d.VendorID != "" {
			visit(d)
		}
	}
	for _, c := range children(n) {
		walkUSB(c, visit, depth+1)
	}
}

func (r *profilerResult) power(p pnode) {
	if pstr(p, "_name") == "spbattery_information" {
		if r.Power == nil {
			r.Power = &report.Power{}
		}
		r.Power.HasBattery = true
		if ci, ok := p["sppower_battery_charge_info"].(pnode); ok {
			r.Power.BatteryPercent = float64(pint(ci, "sppower_battery_state_of_charge"))
			if pstr(ci, "sppower_battery_is_charging") == "TRUE" || pstr(ci, "sppower_battery_fully_charged") == "TRUE" {
				r.Power.OnAC = true
			}
		}
	}
	if c := pstr(p, "sppower_battery_charger_connected"); c != "" {
		if r.Power == nil {
			r.Power = &report.Power{}
		}
		if c == "TRUE" {
			r.Power.OnAC = true
		}
	}
}

// storage keeps the physical drive facts of each volume; volume names
// (user-chosen) and mount points other than "/" are not copied.
func (r *profilerResult) storage(v pnode) {
	pd, _ := v["physical_drive"].(pnode)
	d := report.Disk{
		SizeBytes: uint64(pint(v, "size_in_bytes")),
		FreeBytes: uint64(pint(v, "free_space_in_bytes")),
	}
	if pd != nil {
		d.Model = cleanName(pstr(pd, "device_name"))
		switch pstr(pd, "medium_type") {
		case "ssd":
			d.Type = "ssd"
		case "rotational":
			d.Type = "hdd"
		}
	}
	if pstr(v, "mount_point") == "/" {
		d.Mount = "/"
	}
	for i, o := range r.Disks {
		if o.Model == d.Model && o.SizeBytes == d.SizeBytes { // APFS volumes of one container
			if d.Mount == "/" {
				r.Disks[i] = d
			}
			return
		}
	}
	if d.SizeBytes > 0 {
		r.Disks = append(r.Disks, d)
	}
}

// parseIoreg reads the identifiers in `ioreg -rd1 -c IOPlatformExpertDevice`
// output ("IOPlatformUUID" = "..."), for LocalIdentity only.
func parseIoreg(b []byte) []string {
	var out []string
	for line := range strings.Lines(string(b)) {
		k, v, ok := strings.Cut(strings.TrimSpace(line), " = ")
		if !ok {
			continue
		}
		k = strings.Trim(k, `"`)
		if k == "IOPlatformUUID" || k == "IOPlatformSerialNumber" {
			if s, err := strconv.Unquote(v); err == nil && s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}
