package platform

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"crashd/report"
)

// profilerSecrets are the identifiers in testdata/system_profiler.json.
var profilerSecrets = []string{
	"C02ZK1ABMD6T", "5A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D", "00006000-001A2B3C4D5E601E", "fd626d62", "44364c4c",
	"KHMP012345NS", "Y8RZ9AB123456C", "F0T1234ABCD1QFHAJ", "LPMINIMK3-7A2B91", "F8Y1234567HQ9KQBX", "C4H2101ZXYW1WGRAQ",
	"0A81F3B1-51D9-3335-B3E3-169C3640360D", "7C2E1D0B-3A4F-4E5D-9C8B-7A6F5E4D3C2B",
}

func TestParseSystemProfiler(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "system_profiler.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := parseSystemProfiler(b)
	if err != nil {
		t.Fatal(err)
	}
	s := &report.System{Machine: p.Machine, GPUs: p.GPUs, Displays: p.Displays, Audio: p.Audio, USB: p.USB, Power: p.Power, Disks: p.Disks}
	finish(s, fixtureTime)
	js, _ := json.MarshalIndent(s, "", "  ")
	for _, secret := range append(profilerSecrets, "Juan") {
		if strings.Contains(string(js), secret) {
			t.Errorf("snapshot holds %q:\n%s", secret, js)
		}
	}
	for _, secret := range profilerSecrets {
		if !slices.Contains(p.Secrets, secret) {
			t.Errorf("Secrets lack %q", secret)
		}
	}
	check := func(what string, ok bool) {
		t.Helper()
		if !ok {
			t.Errorf("%s: wrong in\n%s", what, js)
		}
	}
	check("machine", *s.Machine == report.Machine{Vendor: "Apple Inc.", Model: "MacBookPro18,3", Form: "laptop"} && p.CPUModel == "Apple M1 Pro")
	check("gpus", len(s.GPUs) == 2 && s.GPUs[0] == report.GPU{Vendor: "Apple", Model: "Apple M1 Pro", Driver: "Metal 3"} &&
		s.GPUs[1] == report.GPU{Vendor: "AMD", Model: "AMD Radeon Pro 5500M", VendorID: "0x1002", DeviceID: "0x7340", VRAMBytes: 8 << 30})
	check("displays", len(s.Displays) == 2 && s.Displays[0] == report.Display{Name: "Color LCD", Width: 3456, Height: 2234, RefreshHz: 120} &&
		s.Displays[1] == report.Display{Name: "DELL U2720Q", Width: 3840, Height: 2160, RefreshHz: 60})
	check("audio", len(s.Audio) == 4 && s.Audio[0].Name == "DDJ-400" && s.Audio[0].Driver == "CoreAudio (usb)" && s.Audio[0].Outputs == 4 && s.Audio[0].SampleRates[0] == 44100 &&
		s.Audio[1].Inputs == 2 && s.Audio[1].SampleRates[0] == 48000 && s.Audio[2].Name == "<owner>'s AirPods Pro" && s.Audio[2].Driver == "CoreAudio (bluetooth)")
	byID := map[string]report.USBDevice{}
	for _, d := range s.USB {
		byID[d.VendorID+":"+d.ProductID] = d
	}
	check("usb count", len(s.USB) == 5)
	check("dj controller", byID["2b73:0001"] == report.USBDevice{VendorID: "2b73", ProductID: "0001", Vendor: "Pioneer DJ Corporation", Product: "DDJ-400", Speed: "full", Revision: "1.00"})
	check("audio interface", byID["1235:8210"] == report.USBDevice{VendorID: "1235", ProductID: "8210", Vendor: "Focusrite", Product: "Scarlett 2i2 USB", Speed: "high", Revision: "6.23"})
	check("apple vendor", byID["05ac:029c"].Vendor == "Apple Inc." && byID["05ac:029c"].Product == "Magic Keyboard with Touch ID")
	check("macOS 15 host keys", byID["1235:0113"] == report.USBDevice{VendorID: "1235", ProductID: "0113", Vendor: "Focusrite - Novation", Product: "Launchpad Mini MK3", Speed: "full", Revision: "6.03"})
	check("hub", byID["2109:2817"].Product == "USB2.0 Hub")
	check("power", *s.Power == report.Power{OnAC: true, HasBattery: true, BatteryPercent: 83})
	check("disks", len(s.Disks) == 2 && s.Disks[0] == report.Disk{Type: "ssd", Model: "APPLE SSD AP0512R", SizeBytes: 494384795648, FreeBytes: 212345678848, Mount: "/"} &&
		s.Disks[1].Model == "Portable SSD T5" && s.Disks[1].Mount == "")

	var fe *FormatError
	if _, err := parseSystemProfiler([]byte(`{"SPUSBDataType": {`)); !errors.As(err, &fe) {
		t.Errorf("bad JSON: %v", err)
	}
}

func FuzzParseSystemProfiler(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "system_profiler.json")); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"SPUSBDataType":[{"_items":[{"_items":[{"product_id":"0x1","vendor_id":"0x2"}]}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := parseSystemProfiler(b)
		if err != nil {
			return
		}
		for _, d := range p.USB {
			if len(d.VendorID) != 4 || len(d.ProductID) != 4 {
				t.Errorf("bad ids %+v", d)
			}
		}
	})
}

func TestParseIoreg(t *testing.T) {
	out := `+-o MacBookPro18,3  <class IOPlatformExpertDevice, id 0x100000249, registered, matched, active, busy 0 (16 ms), retain 35>
    {
      "IOPolledInterface" = "AppleARMWatchdogTimerHibernateHandler is not serializable"
      "IOPlatformUUID" = "5A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D"
      "IOPlatformSerialNumber" = "C02ZK1ABMD6T"
      "model" = <"MacBookPro18,3">
    }
`
	got := parseIoreg([]byte(out))
	if !slices.Equal(got, []string{"5A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D", "C02ZK1ABMD6T"}) {
		t.Errorf("got %q", got)
	}
}
