package platform

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crashd/report"
)

func TestWindowsRecord(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "windows-devices.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rec winRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		t.Fatal(err)
	}
	s := &report.System{OS: report.OSInfo{Arch: "amd64"}}
	rec.apply(s)
	s.Power = winPower(1, 128, 255)
	finish(s, fixtureTime)
	js, _ := json.MarshalIndent(s, "", "  ")
	for _, secret := range []string{"Maria", "00330-80000", "7RFDF23", "Video Controller"} {
		if strings.Contains(string(js), secret) {
			t.Errorf("snapshot holds %q:\n%s", secret, js)
		}
	}
	check := func(what string, ok bool) {
		t.Helper()
		if !ok {
			t.Errorf("%s: wrong in\n%s", what, js)
		}
	}
	check("os", s.OS == report.OSInfo{Name: "Windows", Version: "10.0.22631", Build: "22631.3447", KernelVersion: "10.0.22631.3447", Distribution: "Windows 11 Pro 23H2", Arch: "amd64"})
	check("cpu", s.CPU.Model == "AMD Ryzen 9 7950X 16-Core Processor" && s.CPU.Vendor == "AuthenticAMD" && s.CPU.MHz == 4501)
	check("machine placeholders", s.Machine != nil && *s.Machine == report.Machine{Vendor: "ASUS"} && s.Virtualization == "")
	check("gpus", len(s.GPUs) == 2 &&
		s.GPUs[0] == report.GPU{Vendor: "NVIDIA", Model: "NVIDIA GeForce RTX 4090", VendorID: "0x10de", DeviceID: "0x2684", Driver: "nvlddmkm", DriverVer: "32.0.15.5585", VRAMBytes: 25757220864} &&
		s.GPUs[1].VRAMBytes == 512<<20 && s.GPUs[1].VendorID == "0x1002")
	check("displays", len(s.Displays) == 2 && s.Displays[0] == report.Display{Name: "DELL U2720Q", Width: 3840, Height: 2160, RefreshHz: 59.99} &&
		s.Displays[1] == report.Display{Name: "Generic PnP Monitor"})
	check("audio", len(s.Audio) == 3 && s.Audio[0].Name == "DDJ-400" && s.Audio[0].Driver == "PIONEER_DDJ400 (Pioneer DJ 1.100.0.0)" &&
		s.Audio[1].Name == "Focusrite USB Audio" && s.Audio[2].Name == "Realtek(R) Audio")
	byID := map[string]report.USBDevice{}
	for _, d := range s.USB {
		byID[d.VendorID+":"+d.ProductID] = d
	}
	check("usb count (no root hub, no interfaces)", len(s.USB) == 4)
	check("dj controller", byID["2b73:0001"] == report.USBDevice{VendorID: "2b73", ProductID: "0001", Product: "DDJ-400", Class: "audio+midi", Revision: "1.00"})
	check("audio interface", byID["1235:8210"] == report.USBDevice{VendorID: "1235", ProductID: "8210", Product: "Scarlett 2i2 USB", Class: "audio+app-specific", Revision: "6.23"})
	check("receiver", byID["046d:c52b"].Class == "hid" && byID["046d:c52b"].Product == "USB Receiver")
	check("storage", byID["0781:5583"].Class == "mass-storage" && byID["0781:5583"].Vendor == "Compatible USB storage device" && byID["0781:5583"].Product == "SanDisk 3.2Gen1")
	check("midi", len(s.MIDI) == 1 && s.MIDI[0] == report.MIDIDev{Name: "DDJ-400 MIDI"})
	check("power", *s.Power == report.Power{OnAC: true})
}

func TestWinHelpers(t *testing.T) {
	if p := winPower(0, 1, 57); *p != (report.Power{HasBattery: true, BatteryPercent: 57}) {
		t.Errorf("battery: %+v", p)
	}
	if p := winPower(255, 255, 255); p != nil {
		t.Errorf("unknown: %+v", p)
	}
	for in, want := range map[string]string{
		`USB\VID_2B73&PID_0001\KHMP012345NS`:    "KHMP012345NS",
		`USB\VID_046D&PID_C52B\5&1a2b3c4d&0&2`:  "",
		`PCI\VEN_10DE&DEV_2684\4&abc`:           "",
		`USB\VID_1235&PID_8210&MI_00\6&2f0&0&0`: "",
	} {
		if got := winInstanceSerial(in); got != want {
			t.Errorf("winInstanceSerial(%q) = %q, want %q", in, got, want)
		}
	}
	if descString("@oem41.inf,%ddj400.devicedesc%;DDJ-400") != "DDJ-400" || descString("USB Input Device") != "USB Input Device" {
		t.Error("descString")
	}
	var v winValues
	if err := json.Unmarshal([]byte(`{"x": {"hex": "zz"}}`), &v); err == nil {
		t.Error("bad hex accepted")
	}
	if err := json.Unmarshal([]byte(`{"x": true}`), &v); err == nil {
		t.Error("bool accepted")
	}
}
