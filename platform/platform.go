package platform

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"os"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"crashd/report"
)

// Snapshot takes a fresh system and hardware snapshot. Sources that fail
// are logged and left out; an error is returned only when nothing useful
// could be read at all. It never copies an identifier (see package doc);
// device names still pass through the daemon's redaction afterwards.
func Snapshot(ctx context.Context, log *slog.Logger) (*report.System, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s, err := collect(ctx, log)
	if err != nil {
		return nil, fmt.Errorf("platform: snapshot: %w", err)
	}
	finish(s, time.Now())
	return s, nil
}

// finish fills the OS-independent fields and normalises the snapshot so
// two snapshots of the same machine compare equal.
func finish(s *report.System, now time.Time) {
	_, off := now.Zone()
	s.TZOffsetMin = off / 60
	if s.Locale == "" {
		s.Locale = localeFromEnv(os.Getenv)
	}
	s.CollectedAt = now.UTC().Truncate(time.Second)
	for i := range s.Audio {
		s.Audio[i].Name = scrubOwnerName(s.Audio[i].Name)
	}
	for i := range s.USB {
		s.USB[i].Product = scrubOwnerName(s.USB[i].Product)
	}
	for i := range s.MIDI {
		s.MIDI[i].Name = scrubOwnerName(s.MIDI[i].Name)
	}
	for i := range s.Displays {
		s.Displays[i].Name = scrubOwnerName(s.Displays[i].Name)
	}
	slices.SortStableFunc(s.USB, func(a, b report.USBDevice) int {
		return cmp.Or(cmp.Compare(a.VendorID, b.VendorID), cmp.Compare(a.ProductID, b.ProductID), cmp.Compare(a.Product, b.Product))
	})
	slices.SortStableFunc(s.Disks, func(a, b report.Disk) int {
		// The system disk first, then by size.
		return cmp.Or(cmp.Compare(b.Mount, a.Mount), cmp.Compare(b.SizeBytes, a.SizeBytes))
	})
}

// ownerPrefix matches the owner's name that macOS, iOS and Windows put in
// front of personal devices: "Juan's AirPods Pro", "Anna’s iPhone".
var ownerPrefix = regexp.MustCompile(`^[^\s'’]{1,40}(?:\s[^\s'’]{1,40})?['’]s\s+`)

// ownerSuffix matches the same in Romance-language order: "AirPods de Juan".
var ownerSuffix = regexp.MustCompile(`^((?:AirPods|iPhone|iPad|Beats|MacBook)[^\n]*?)\s+(?:de|di|von|van)\s+\S.*$`)

// scrubOwnerName removes a person's name from a device name. The redaction
// engine only knows the local account names; Bluetooth and AirPlay devices
// carry first names it cannot learn.
func scrubOwnerName(name string) string {
	name = strings.TrimSpace(name)
	if m := ownerPrefix.FindString(name); m != "" {
		return "<owner>'s " + name[len(m):]
	}
	if m := ownerSuffix.FindStringSubmatch(name); m != nil {
		return m[1]
	}
	return name
}

// localeFromEnv turns POSIX locale variables into "de_DE" (no codeset or
// modifier); "C" and "POSIX" say nothing and are dropped.
func localeFromEnv(getenv func(string) string) string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(k)
		if v == "" {
			continue
		}
		return normLocale(v)
	}
	return ""
}

func normLocale(v string) string {
	if i := strings.IndexAny(v, ".@"); i >= 0 {
		v = v[:i]
	}
	v = strings.ReplaceAll(strings.TrimSpace(v), "-", "_")
	if v == "C" || v == "POSIX" || len(v) > 16 {
		return ""
	}
	return v
}

// vmFromVendor maps a firmware vendor/product string (DMI sys_vendor,
// product_name; Windows SystemManufacturer) to a virtualization class word,
// the way systemd-detect-virt does. It returns "" for real hardware.
func vmFromVendor(vendor, product string) string {
	v := strings.ToLower(vendor)
	p := strings.ToLower(product)
	switch {
	case strings.Contains(p, "kvm"), strings.HasPrefix(v, "kvm"):
		return "kvm"
	case strings.HasPrefix(v, "qemu"), strings.HasPrefix(p, "qemu"):
		return "qemu"
	case strings.HasPrefix(v, "vmware"):
		return "vmware"
	case strings.HasPrefix(v, "innotek"), strings.HasPrefix(p, "virtualbox"):
		return "oracle"
	case strings.HasPrefix(v, "xen"):
		return "xen"
	case strings.HasPrefix(v, "parallels"):
		return "parallels"
	case strings.HasPrefix(v, "bochs"):
		return "bochs"
	case strings.HasPrefix(v, "amazon ec2"):
		return "amazon"
	case strings.HasPrefix(v, "google") && strings.Contains(p, "compute engine"):
		return "google"
	case strings.HasPrefix(v, "microsoft") && strings.Contains(p, "virtual machine"):
		return "microsoft"
	case strings.HasPrefix(v, "apple") && strings.Contains(p, "virtual"):
		return "apple"
	}
	return ""
}

// placeholder reports firmware strings that vendors leave unset.
func placeholder(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "to be filled by o.e.m.", "to be filled by oem", "default string", "not specified",
		"not applicable", "system product name", "system manufacturer", "none", "n/a", "0",
		"o.e.m.", "oem", "unknown", "system serial number", "123456789", "0123456789",
		"00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
		"03000200-0400-0500-0006-000700080009":
		return true
	}
	return false
}

// chassisForm maps an SMBIOS chassis type number to a form word.
func chassisForm(t int) string {
	switch t {
	case 3, 4, 5, 6, 7, 13, 15, 16, 24, 35, 36:
		return "desktop"
	case 8, 9, 10, 14, 31, 32:
		return "laptop"
	case 11:
		return "handheld"
	case 30:
		return "tablet"
	case 17, 23, 25, 28, 29:
		return "server"
	case 1:
		return "other"
	}
	return ""
}

// usbClassName names a USB (interface) class code. MIDI is audio subclass 3.
func usbClassName(class, subclass int) string {
	switch class {
	case 0x01:
		if subclass == 0x03 {
			return "midi"
		}
		return "audio"
	case 0x02, 0x0a:
		return "cdc"
	case 0x03:
		return "hid"
	case 0x05:
		return "physical"
	case 0x06:
		return "image"
	case 0x07:
		return "printer"
	case 0x08:
		return "mass-storage"
	case 0x09:
		return "hub"
	case 0x0b:
		return "smart-card"
	case 0x0e:
		return "video"
	case 0x10:
		return "audio-video"
	case 0x11:
		return "billboard"
	case 0xdc:
		return "diagnostic"
	case 0xe0:
		return "wireless"
	case 0xef:
		return "misc"
	case 0xfe:
		return "app-specific"
	case 0xff:
		return "vendor-specific"
	}
	return ""
}

// joinClasses orders interface class words (audio, midi, hid first: what
// support cares about) and joins them with "+".
func joinClasses(words []string) string {
	rank := map[string]int{"audio": 0, "midi": 1, "hid": 2}
	var out []string
	for _, w := range words {
		if w != "" && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int {
		ra, oka := rank[a]
		rb, okb := rank[b]
		if !oka {
			ra = 10
		}
		if !okb {
			rb = 10
		}
		return cmp.Compare(ra, rb)
	})
	return strings.Join(out, "+")
}

// cpuFeatureSet is the CPU features support cares about (audio DSP code
// paths, ML inference); the full flag list is noise.
var cpuFeatureSet = []string{
	"sse4_2", "avx", "avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx_vnni", "f16c", "aes", "sha_ni",
	"neon", "asimd", "asimddp", "fphp", "asimdhp", "sve", "sve2", "bf16", "i8mm", "sha2",
}

// keepCPUFeatures keeps only the features in cpuFeatureSet, in its order.
func keepCPUFeatures(flags []string) []string {
	have := map[string]bool{}
	for _, f := range flags {
		have[strings.ToLower(strings.TrimSpace(f))] = true
	}
	if have["asimd"] {
		have["neon"] = true // arm64 kernels say asimd; developers know it as NEON
	}
	var out []string
	for _, f := range cpuFeatureSet {
		if have[f] {
			out = append(out, f)
		}
	}
	return out
}

// hexID normalises "0x2B73", "2b73" or "0x2b73  (Pioneer DJ)" to "2b73"
// padded to digits hex digits; it returns "" for non-hex input.
func hexID(s string, digits int) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, " \t("); i >= 0 {
		s = s[:i]
	}
	s = strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"))
	if s == "" || len(s) > digits {
		return ""
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return ""
		}
	}
	return strings.Repeat("0", digits-len(s)) + s
}

// cleanName trims a device string and drops control characters; devices
// report padded, NUL-terminated or garbage strings.
func cleanName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == 0xfffd {
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 128 {
		s = s[:128]
		for !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
	}
	return s
}
