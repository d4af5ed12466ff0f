package platform

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"crashd/report"
)

func testLog(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

var update = flag.Bool("update", false, "rewrite golden files")

// extractTxtar writes a txtar archive ("-- name --" headed sections) below
// dir. Recorded sysfs trees live in txtar files because sysfs names hold
// ':' and a few files must be binary (written by the tests instead).
func extractTxtar(t testing.TB, archive, dir string) {
	t.Helper()
	b, err := os.ReadFile(archive)
	if err != nil {
		t.Fatal(err)
	}
	var name string
	var body bytes.Buffer
	flush := func() {
		if name == "" {
			return
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Skipf("cannot create %s here: %v", name, err)
		}
		if err := os.WriteFile(p, body.Bytes(), 0o644); err != nil {
			t.Skipf("cannot create %s here: %v", name, err)
		}
		body.Reset()
	}
	for line := range strings.Lines(string(b)) {
		if strings.HasPrefix(line, "-- ") && strings.HasSuffix(line, " --\n") {
			flush()
			name = strings.TrimSuffix(strings.TrimPrefix(line, "-- "), " --\n")
			continue
		}
		if name != "" {
			body.WriteString(line)
		}
	}
	flush()
}

// makeEDID builds a valid EDID base block for a monitor, with a serial
// number in both places EDID keeps one.
func makeEDID(pnp, name, serial string, w, h int, clock10kHz, hBlank, vBlank int) []byte {
	b := make([]byte, 128)
	copy(b, edidHeader)
	m := uint16(pnp[0]-'@')<<10 | uint16(pnp[1]-'@')<<5 | uint16(pnp[2]-'@')
	b[8], b[9] = byte(m>>8), byte(m)
	b[10], b[11] = 0x7a, 0xa0                           // product code
	b[12], b[13], b[14], b[15] = 0x4c, 0x33, 0x32, 0x30 // numeric serial
	b[18], b[19] = 1, 4
	d := b[54:72]
	d[0], d[1] = byte(clock10kHz), byte(clock10kHz>>8)
	d[2], d[3], d[4] = byte(w), byte(hBlank), byte(w>>8<<4|hBlank>>8)
	d[5], d[6], d[7] = byte(h), byte(vBlank), byte(h>>8<<4|vBlank>>8)
	text := func(d []byte, tag byte, s string) {
		d[3] = tag
		t := []byte(s + "\n            ")[:13]
		copy(d[5:], t)
	}
	text(b[72:90], 0xff, serial)
	text(b[90:108], 0xfc, name)
	text(b[108:126], 0xfe, "ASSET "+serial)
	var sum byte
	for _, c := range b[:127] {
		sum += c
	}
	b[127] = -sum
	return b
}

// fixtureSecrets are the identifiers planted in the recorded tree.
var fixtureSecrets = []string{
	"5f3c0d1e9a8b4c7d2e6f1a0b3c4d5e6f", "PF2XK9ZQ", "9f1c6a2e-5b7d-11ec-8a3b-0c9d92c1f00d", "L1HF16Q01AB",
	"KHMP012345NS", "Y8RZ9AB123456C", "S5GXNF0R712345X", "eui.002538b11150a1e2", "ZFL3ABCD",
	"BAT1337XY", "4081-9b-ab-12-34", "maria-studio-x1", "djmaria", "Maria Lopez",
	"DPX7K21", // EDID serial
}

// fixtureTree extracts the recorded Linux tree and returns a source on it.
func fixtureTree(t testing.TB) *linuxSource {
	dir := t.TempDir()
	extractTxtar(t, filepath.Join("testdata", "linux-sysfs.txtar"), dir)
	edid := makeEDID("DEL", "DELL U2720Q", "DPX7K21", 2560, 1440, 24150, 160, 41)
	if err := os.WriteFile(filepath.Join(dir, "sys/class/drm/card1-DP-1/edid"), edid, 0o644); err != nil {
		t.Fatal(err)
	}
	l := newLinuxSource(dir, testLog(t))
	l.uname = func() (unameInfo, error) { return unameInfo{Release: "6.8.0-45-generic", Machine: "x86_64"}, nil }
	l.statfs = func(path string) (uint64, uint64, error) {
		if path != dir {
			t.Errorf("statfs(%q), want the tree root", path)
		}
		return 1000204886016, 412316860416, nil
	}
	return l
}

var fixtureTime = time.Date(2026, 3, 14, 15, 9, 26, 0, time.FixedZone("", 3600))

func TestLinuxFixtureSnapshot(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the recorded Linux /proc is read through gopsutil, which reads /proc only on Linux")
	}
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "es_ES.UTF-8")
	l := fixtureTree(t)
	s, err := l.snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	finish(s, fixtureTime)
	got, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "linux-sysfs.golden.json")
	if *update {
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
		t.Errorf("snapshot differs from %s (run with -update to accept):\n%s", golden, got)
	}

	// The facts support needs, spelled out (the golden file could be
	// accepted wrong).
	check := func(what string, ok bool) {
		t.Helper()
		if !ok {
			t.Errorf("%s: wrong in\n%s", what, got)
		}
	}
	check("os", s.OS == report.OSInfo{Name: "Linux", Version: "24.04", KernelVersion: "6.8.0-45-generic", Distribution: "Ubuntu 24.04.1 LTS", Arch: "amd64"})
	check("cpu", s.CPU.Model == "11th Gen Intel(R) Core(TM) i7-1185G7 @ 3.00GHz" && s.CPU.Cores == 4 && s.CPU.Threads == 8 && s.CPU.MHz == 3000 &&
		strings.Join(s.CPU.Features, ",") == "sse4_2,avx,avx2,fma,avx512f,avx512bw,avx512vl,f16c,aes,sha_ni")
	check("memory", s.Memory.TotalBytes == 32546204*1024 && s.Memory.AvailableBytes == 25123456*1024 && s.Memory.SwapTotalBytes == 8388604*1024)
	check("gpus", len(s.GPUs) == 2 && s.GPUs[0].Model == "Iris Xe Graphics" && s.GPUs[0].Driver == "i915" &&
		s.GPUs[1] == report.GPU{Vendor: "NVIDIA Corporation", Model: "GeForce RTX 3070", VendorID: "0x10de", DeviceID: "0x2484", Driver: "nvidia", DriverVer: "550.54.14"})
	check("displays", len(s.Displays) == 2 && s.Displays[0] == report.Display{Name: "eDP-1", Width: 1920, Height: 1200} &&
		s.Displays[1] == report.Display{Name: "DELL U2720Q", Width: 2560, Height: 1440, RefreshHz: 59.95})
	check("disks", len(s.Disks) == 2 && s.Disks[0] == report.Disk{Type: "nvme", Model: "Samsung SSD 980 PRO 1TB", SizeBytes: 1953525168 * 512, FreeBytes: 412316860416, Mount: "/"} &&
		s.Disks[1].Type == "hdd" && s.Disks[1].Mount == "")
	check("usb", len(s.USB) == 4)
	byID := map[string]report.USBDevice{}
	for _, d := range s.USB {
		byID[d.VendorID+":"+d.ProductID] = d
	}
	check("dj controller", byID["2b73:0001"] == report.USBDevice{VendorID: "2b73", ProductID: "0001", Vendor: "Pioneer DJ Corporation", Product: "DDJ-400", Class: "audio+midi", Speed: "full", Revision: "1.00"})
	check("audio interface", byID["1235:8210"].Class == "audio+app-specific" && byID["1235:8210"].Speed == "high" && byID["1235:8210"].Revision == "6.23")
	check("usb.ids names, MIDI-only class", byID["0763:2012"] == report.USBDevice{VendorID: "0763", ProductID: "2012", Vendor: "M-Audio", Product: "Fast Track Pro", Class: "midi", Speed: "full", Revision: "1.00"})
	check("hid", byID["046d:c52b"].Class == "hid")
	check("audio", len(s.Audio) == 3 && s.Audio[1].Name == "Pioneer DDJ-400" && s.Audio[1].Outputs == 4 &&
		s.Audio[2].Name == "Focusrite Scarlett 2i2 USB" && s.Audio[2].Inputs == 2 && s.Audio[2].Outputs == 2 && len(s.Audio[2].SampleRates) == 6 &&
		s.Audio[0].Driver == "HDA-Intel" && len(s.Audio[0].SampleRates) == 4)
	check("midi", len(s.MIDI) == 1 && s.MIDI[0] == report.MIDIDev{Name: "DDJ-400", Port: "hw:1,0", Inputs: 1, Outputs: 1})
	check("power", s.Power != nil && *s.Power == report.Power{HasBattery: true, BatteryPercent: 76})
	check("machine", s.Machine != nil && *s.Machine == report.Machine{Vendor: "LENOVO", Model: "ThinkPad X1 Carbon Gen 9", Form: "laptop"})
	check("uptime, locale, tz", s.UptimeSec == 12345 && s.Locale == "es_ES" && s.TZOffsetMin == 60)
	check("no virtualization", s.Virtualization == "" && s.Container == "")
}

func TestLinuxFixtureNoIdentifiers(t *testing.T) {
	l := fixtureTree(t)
	s, err := l.snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	finish(s, fixtureTime)
	js, _ := json.Marshal(s)
	low := strings.ToLower(string(js))
	for _, secret := range fixtureSecrets {
		if strings.Contains(low, strings.ToLower(secret)) {
			t.Errorf("snapshot holds identifier %q:\n%s", secret, js)
		}
	}
	// And LocalIdentity's reader finds them, so the redactor can scrub them elsewhere.
	var id identity
	l.identitySecrets(&id)
	id.normalise()
	all := strings.Join(append(append(id.Secrets, id.UserNames...), id.HostNames...), "\n")
	for _, want := range []string{"5f3c0d1e9a8b4c7d2e6f1a0b3c4d5e6f", "5f3c0d1e-9a8b-4c7d-2e6f-1a0b3c4d5e6f", "PF2XK9ZQ",
		"9f1c6a2e-5b7d-11ec-8a3b-0c9d92c1f00d", "L1HF16Q01AB", "KHMP012345NS", "Y8RZ9AB123456C", "S5GXNF0R712345X",
		"eui.002538b11150a1e2", "ZFL3ABCD", "djmaria", "Maria Lopez", "Maria", "Lopez"} {
		if !strings.Contains(all, want) {
			t.Errorf("identity lacks %q; has:\n%s", want, all)
		}
	}
	if strings.Contains(all, "0000:00:14.0") || strings.Contains(all, "\nroot\n") {
		t.Errorf("identity holds a non-identifier:\n%s", all)
	}
}
