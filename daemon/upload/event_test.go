package upload

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"crashd/report"
)

// Copied from ../shared/fixtures/sentry/event.schema.json (Sentry's
// published event schema) so the test runs wherever the repo is checked out.
const schemaPath = "testdata/event.schema.json"

func compileSchema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	// The schema's formats as Relay (which generated it) defines them:
	// "uuid" also accepts the 32-digit simple form Sentry uses for event
	// ids; the numeric formats are range checks.
	c.RegisterFormat(&jsonschema.Format{Name: "uuid", Validate: func(v any) error {
		s, ok := v.(string)
		if !ok {
			return nil
		}
		if _, err := uuid.Parse(s); err != nil {
			return err
		}
		return nil
	}})
	c.RegisterFormat(&jsonschema.Format{Name: "uint64", Validate: func(v any) error {
		if n, ok := v.(json.Number); ok {
			if _, err := strconv.ParseUint(string(n), 10, 64); err != nil {
				return fmt.Errorf("not a uint64: %s", n)
			}
		}
		return nil
	}})
	c.RegisterFormat(&jsonschema.Format{Name: "int64", Validate: func(v any) error {
		if n, ok := v.(json.Number); ok {
			if _, err := strconv.ParseInt(string(n), 10, 64); err != nil {
				return fmt.Errorf("not an int64: %s", n)
			}
		}
		return nil
	}})
	c.RegisterFormat(&jsonschema.Format{Name: "double", Validate: func(any) error { return nil }})
	if err := c.AddResource("event.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("event.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func validate(t *testing.T, s *jsonschema.Schema, b []byte) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Validate(inst); err != nil {
		t.Fatalf("event does not validate: %v\n%s", err, b)
	}
}

var t0 = time.Date(2025, 3, 14, 9, 26, 53, 0, time.UTC)

func system() *report.System {
	return &report.System{
		OS:       report.OSInfo{Name: "Windows", Version: "10.0.22631", Build: "22631", Arch: "amd64"},
		CPU:      report.CPUInfo{Model: "AMD Ryzen 9 7950X", Vendor: "AuthenticAMD", Cores: 16, Threads: 32, MHz: 4500, Features: []string{"avx2", "avx512f"}},
		Memory:   report.MemoryInfo{TotalBytes: 64 << 30, AvailableBytes: 40 << 30},
		GPUs:     []report.GPU{{Vendor: "NVIDIA", Model: "GeForce RTX 4080", VendorID: "0x10de", DeviceID: "0x2704", DriverVer: "551.86", VRAMBytes: 16 << 30}},
		Displays: []report.Display{{Width: 2560, Height: 1440, RefreshHz: 144}},
		Disks:    []report.Disk{{Type: "nvme", SizeBytes: 2 << 40, FreeBytes: 1 << 40, Mount: "C:"}},
		Audio:    []report.AudioDev{{Name: "Focusrite USB ASIO", Driver: "ASIO", SampleRates: []int{44100, 48000}, Inputs: 2, Outputs: 2}},
		USB:      []report.USBDevice{{VendorID: "1235", ProductID: "8210", Vendor: "Focusrite", Product: "Scarlett 2i2", Class: "audio"}},
		MIDI:     []report.MIDIDev{{Name: "DDJ-FLX6", Port: "1"}},
		Power:    &report.Power{OnAC: true, HasBattery: true, BatteryPercent: 87},
		Locale:   "de_DE", TZOffsetMin: 60, UptimeSec: 3600,
	}
}

// Reports shaped like what each collector produces from the fixture formats.
func fixtureReports() map[string]*report.Report {
	base := func(kind report.Kind, format string) *report.Report {
		return &report.Report{
			EventID: "9ec79c33ec9942ab8353589fcb2e04dc", Ticket: "K7QF-2M9X-4TA", Kind: kind, Format: format,
			App: report.App{Name: "mixer", Version: "2.4.1", Build: "1187"}, Consent: "crash",
			CapturedAt: t0, Redaction: map[string]int{"user": 3},
		}
	}
	win := base(report.KindCrash, "minidump")
	win.Platform = "native"
	win.CrashedAt = t0.Add(-time.Second)
	win.Crash = &report.Crash{
		Reason: "EXCEPTION_ACCESS_VIOLATION_READ", Code: "0xc0000005", Address: 0x10, CrashedThread: 1,
		Threads: []report.Thread{
			{ID: 100, Name: "main", Frames: []report.Frame{{Address: 0x7ff6a0001000, Module: "mixer.exe", Offset: 0x1000}}},
			{ID: 101, Name: "audio", Crashed: true, Frames: []report.Frame{
				{Address: 0x7ffb10002345, Module: "engine.dll", Offset: 0x2345, Symbol: "Engine::process", File: "engine.cpp", Line: 42},
				{Address: 0x7ffb10001000, Module: "engine.dll", Offset: 0x1000},
				{Address: 0x7ffb20001000, Module: `C:\Windows\System32\kernel32.dll`, Offset: 0x1000, Symbol: "BaseThreadInitThunk"},
			}, Registers: map[string]string{"rip": "0x7ffb10002345"}},
		},
	}
	win.Modules = []report.Module{
		{Name: `C:\Program Files\Mixer\mixer.exe`, Base: 0x7ff6a0000000, Size: 0x200000, DebugID: "3249d99d-0c40-4931-8610-f4e4fb0b6936-1", CodeID: "5AB380779000", DebugFile: "mixer.pdb", Type: "pe"},
		{Name: "engine.dll", Base: 0x7ffb10000000, Size: 0x100000, DebugID: "b0e7a2c4-1234-4a5b-8c9d-0123456789ab-2", DebugFile: "engine.pdb"},
		{Name: `C:\Windows\System32\kernel32.dll`, Base: 0x7ffb20000000, Size: 0xc0000, Unloaded: true},
	}
	win.System = system()
	win.Attachments = []report.Attachment{{Name: "crash.dmp", Type: report.AttachmentMinidump, Size: 1234}}
	win.Annotations = map[string]string{"plugin": "reverb"}

	linux := base(report.KindCrash, "elfcore")
	linux.Crash = &report.Crash{Reason: "SIGSEGV", Signal: "SIGSEGV", Code: "11", Address: 0, CrashedThread: 0,
		Threads: []report.Thread{{ID: 4242, Crashed: true, Frames: []report.Frame{{Address: 0x55d0c0ffee00, Module: "/usr/bin/mixer"}}}}}
	linux.Modules = []report.Module{{Name: "/usr/bin/mixer", Base: 0x55d0c0000000, Size: 0x100000, CodeID: "b3c0a1d2e3f4", DebugID: "d2a1c0b3-f4e3-0000-0000-000000000000"}}
	s := system()
	s.OS = report.OSInfo{Name: "Linux", Version: "24.04", KernelVersion: "6.8.0-45-generic", Distribution: "Ubuntu 24.04.1 LTS", Arch: "amd64"}
	s.Power, s.GPUs = nil, nil
	linux.System = s

	apple := base(report.KindCrash, "apple-ips")
	apple.Platform = "cocoa"
	apple.Crash = &report.Crash{Reason: "EXC_BAD_ACCESS", Signal: "SIGBUS", Message: "KERN_INVALID_ADDRESS at 0x0", CrashedThread: -1,
		Threads: []report.Thread{{ID: 1, Crashed: true, Frames: []report.Frame{{Address: 0x100004000, Module: "Mixer"}}}}}
	apple.Modules = []report.Module{{Name: "/Applications/Mixer.app/Contents/MacOS/Mixer", Base: 0x100000000, Size: 0x10000, DebugID: "6a1f2e3d-4c5b-6a79-8897-a6b5c4d3e2f1"}}

	text := base(report.KindCrash, "textlog")
	text.Platform = "go"
	text.Crash = &report.Crash{Reason: "panic", Message: "runtime error: index out of range [3] with length 3", CrashedThread: 0,
		Threads: []report.Thread{{ID: 1, Frames: []report.Frame{{Symbol: "main.main", File: "main.go", Line: 12}}}}}

	hang := base(report.KindHang, "minidump")
	hang.Crash = &report.Crash{CrashedThread: -1}

	perf := base(report.KindPerformance, "perflog")
	perf.PerfSummary = &report.PerfSummary{Lines: 10, Metrics: map[string]report.MetricStats{"frame_ms": {Unit: "ms", Count: 10, P50: 4, P95: 9, Max: 12}}}
	perf.Perf = &report.PerfWindow{From: t0.Add(-time.Minute), To: t0, Samples: []report.PerfSample{{T: t0, CPUBusy: 55, MemUsed: 1 << 30}}}
	perf.System = system()

	minimal := &report.Report{EventID: "0123456789abcdef0123456789abcdef", Kind: report.KindCrash, CapturedAt: t0}

	return map[string]*report.Report{"windows-minidump": win, "linux-elfcore": linux, "apple-ips": apple,
		"textlog": text, "hang": hang, "performance": perf, "minimal": minimal}
}

func TestEventsValidateAgainstSentrySchema(t *testing.T) {
	s := compileSchema(t)
	for name, r := range fixtureReports() {
		t.Run(name, func(t *testing.T) {
			b, err := EventJSON(r)
			if err != nil {
				t.Fatal(err)
			}
			validate(t, s, b)
			// The receiver reads the report back from contexts.crashd.
			var ev struct {
				Contexts struct {
					Crashd struct {
						Report json.RawMessage `json:"report"`
					} `json:"crashd"`
				} `json:"contexts"`
			}
			if err := json.Unmarshal(b, &ev); err != nil {
				t.Fatal(err)
			}
			var back report.Report
			if err := json.Unmarshal(ev.Contexts.Crashd.Report, &back); err != nil {
				t.Fatal(err)
			}
			want, _ := json.Marshal(r)
			got, _ := json.Marshal(&back)
			if !bytes.Equal(want, got) {
				t.Fatalf("report not carried as-is:\n%s\n%s", want, got)
			}
		})
	}
}

// A schema that accepts everything would make the test above useless.
func TestSchemaRejectsSentryGoListForm(t *testing.T) {
	s := compileSchema(t)
	r := fixtureReports()["windows-minidump"]
	raw, _ := json.Marshal(Event(r)) // sentry-go's own form: exception as a list
	inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err := s.Validate(inst); err == nil {
		t.Fatal("schema accepted exception as a bare list")
	}
}

func TestEventFields(t *testing.T) {
	r := fixtureReports()["windows-minidump"]
	b, err := EventJSON(r)
	if err != nil {
		t.Fatal(err)
	}
	var ev map[string]any
	json.Unmarshal(b, &ev)
	get := func(path string) any {
		var cur any = ev
		for _, p := range strings.Split(path, ".") {
			switch c := cur.(type) {
			case map[string]any:
				cur = c[p]
			case []any:
				i := int(p[0] - '0')
				if i >= len(c) {
					return nil
				}
				cur = c[i]
			default:
				return nil
			}
		}
		return cur
	}
	want := map[string]any{
		"event_id":                               "9ec79c33ec9942ab8353589fcb2e04dc",
		"level":                                  "fatal",
		"platform":                               "native",
		"release":                                "mixer@2.4.1",
		"dist":                                   "1187",
		"tags.ticket":                            "K7QF-2M9X-4TA",
		"tags.kind":                              "crash",
		"tags.format":                            "minidump",
		"tags.app":                               "mixer",
		"exception.values.0.type":                "EXCEPTION_ACCESS_VIOLATION_READ",
		"exception.values.0.value":               "fault address 0x10",
		"exception.values.0.thread_id":           float64(101),
		"exception.values.0.mechanism.type":      "minidump",
		"exception.values.0.mechanism.handled":   false,
		"exception.values.0.mechanism.data.code": "0xc0000005",
		"exception.values.0.stacktrace.frames.0.function":         "BaseThreadInitThunk", // outermost first
		"exception.values.0.stacktrace.frames.2.function":         "Engine::process",
		"exception.values.0.stacktrace.frames.2.instruction_addr": "0x7ffb10002345",
		"exception.values.0.stacktrace.frames.2.package":          "engine.dll",
		"exception.values.0.stacktrace.frames.2.filename":         "engine.cpp",
		"exception.values.0.stacktrace.frames.2.lineno":           float64(42),
		"exception.values.0.stacktrace.frames.2.image_addr":       "0x7ffb10000000",
		"exception.values.0.stacktrace.frames.0.image_addr":       "0x7ffb20000000",
		"threads.values.1.crashed":                                true,
		"threads.values.1.id":                                     "101",
		"threads.values.0.stacktrace.frames.0.package":            "mixer.exe",
		"debug_meta.images.0.type":                                "pe",
		"debug_meta.images.0.code_file":                           `C:\Program Files\Mixer\mixer.exe`,
		"debug_meta.images.0.debug_id":                            "3249d99d-0c40-4931-8610-f4e4fb0b6936-1",
		"debug_meta.images.0.code_id":                             "5AB380779000",
		"debug_meta.images.0.image_addr":                          "0x7ff6a0000000",
		"debug_meta.images.0.image_size":                          float64(0x200000),
		"debug_meta.images.0.debug_file":                          "mixer.pdb",
		"debug_meta.images.1.type":                                "pe",
		"contexts.os.name":                                        "Windows",
		"contexts.device.arch":                                    "amd64",
		"contexts.device.memory_size":                             float64(64 << 30),
		"contexts.gpu.name":                                       "GeForce RTX 4080",
		"contexts.gpu.memory_size":                                float64(16 << 10),
		"contexts.culture.locale":                                 "de_DE",
		"contexts.culture.timezone":                               "UTC+01:00",
		"contexts.app.app_version":                                "2.4.1",
		"contexts.hardware.usb.0.product":                         "Scarlett 2i2",
		"contexts.hardware.midi.0.name":                           "DDJ-FLX6",
		"contexts.hardware.audio.0.driver":                        "ASIO",
		"contexts.hardware.displays.0.width":                      float64(2560),
		"contexts.hardware.disks.0.type":                          "nvme",
		"contexts.hardware.power.on_ac":                           true,
		"contexts.hardware.cpu.model":                             "AMD Ryzen 9 7950X",
		"contexts.crashd.report.ticket":                           "K7QF-2M9X-4TA",
		"sdk.name":                                                "crashd",
		"timestamp":                                               "2025-03-14T09:26:52Z",
	}
	for path, w := range want {
		if got := get(path); !reflect.DeepEqual(got, w) {
			t.Errorf("%s = %#v, want %#v", path, got, w)
		}
	}
	if get("threads.values.1.stacktrace") != nil {
		t.Error("crashing stack duplicated on the thread")
	}

	// Signals carry mechanism.meta.signal.
	lb, _ := EventJSON(fixtureReports()["linux-elfcore"])
	ev = nil
	json.Unmarshal(lb, &ev)
	if get("exception.values.0.mechanism.meta.signal.number") != float64(11) || get("exception.values.0.mechanism.meta.signal.name") != "SIGSEGV" {
		t.Fatalf("signal meta: %v", get("exception.values.0.mechanism"))
	}
	if get("debug_meta.images.0.type") != "elf" || get("contexts.os.kernel_version") != "6.8.0-45-generic" {
		t.Fatal("linux image/os")
	}
	// Performance: info level, a logentry message, no exception.
	pb, _ := EventJSON(fixtureReports()["performance"])
	ev = nil
	json.Unmarshal(pb, &ev)
	if get("level") != "info" || get("logentry.formatted") != "Performance report: mixer" || get("exception") != nil {
		t.Fatalf("perf event: %s", pb)
	}
	hb, _ := EventJSON(fixtureReports()["hang"])
	ev = nil
	json.Unmarshal(hb, &ev)
	if get("level") != "error" || get("exception.values.0.type") != "Hang" {
		t.Fatalf("hang event: %s", hb)
	}
	ab, _ := EventJSON(fixtureReports()["apple-ips"])
	ev = nil
	json.Unmarshal(ab, &ev)
	if get("debug_meta.images.0.type") != "macho" || get("exception.values.0.mechanism.meta.signal.name") != "SIGBUS" {
		t.Fatalf("apple event: %s", ab)
	}
}
