package apple

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crashd/internal/testfixtures"
	"crashd/report"
)

var update = flag.Bool("update", false, "rewrite golden files")

func fixturesDir(t testing.TB) string { return testfixtures.Dir(t) }

func checkGolden(t *testing.T, name string, r *report.Report) {
	t.Helper()
	testfixtures.Golden(t, name, r, *update)
}

func parseBytes(t *testing.T, b []byte) *report.Report {
	t.Helper()
	r, err := Parse(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestFixtures(t *testing.T) {
	dir := filepath.Join(fixturesDir(t), "apple")
	cases := []struct {
		file, format, app, version, reason, signal string
		addr                                       report.Addr
		crashed                                    int
		frame0Module, frame0Symbol                 string
		modules                                    int
	}{
		{"macos12-arm64-xctest.ips", "apple-ips", "xctest3", "", "EXC_BREAKPOINT", "SIGTRAP", 0, 0, "TpxUnitTests", "-[TpxUnitTests testExample1]", 8},
		{"macos-x86_64-sigsegv.crash", "apple-crash", "YetAnotherMac", "4.21.1", "SIGSEGV", "SIGSEGV", 0x88, 5, "YetAnotherMac", "", 272},
		{"macos-x86_64-sigsegv-handcrafted.crash", "apple-crash", "YetAnotherMac", "4.21.1", "SIGSEGV", "SIGSEGV", 0x88, 1, "libsystem_kernel.dylib", "", 5},
		{"iossim-x86-nsexception.crash", "apple-crash", "TableSearch", "1.3", "EXC_CRASH", "SIGABRT", 0, 0, "libsystem_kernel.dylib", "__pthread_kill", 124},
		{"ios-armv7-kscrash-nsexception.crash", "apple-crash", "Crash-Tester", "1.0", "EXC_CRASH", "SIGABRT", 0, 0, "CoreFoundation", "__exceptionPreprocess", 122},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if !Sniff(b[:min(len(b), 512)]) {
				t.Fatal("Sniff = false")
			}
			r := parseBytes(t, b)
			c := r.Crash
			if r.Format != tc.format || r.App.Name != tc.app || r.App.Version != tc.version || r.Kind != report.KindCrash {
				t.Errorf("report = format %q app %+v kind %q", r.Format, r.App, r.Kind)
			}
			if c.Reason != tc.reason || c.Signal != tc.signal || c.Address != tc.addr || c.CrashedThread != tc.crashed {
				t.Errorf("crash = %q %q %v thread %d", c.Reason, c.Signal, c.Address, c.CrashedThread)
			}
			fr := r.CrashedFrames()
			if len(fr) == 0 || fr[0].Module != tc.frame0Module || fr[0].Symbol != tc.frame0Symbol {
				t.Errorf("frame 0 = %+v", fr)
			}
			if len(r.Modules) != tc.modules {
				t.Errorf("modules = %d, want %d", len(r.Modules), tc.modules)
			}
			checkGolden(t, strings.TrimSuffix(tc.file, filepath.Ext(tc.file)), r)
		})
	}
}

func TestIPSDetails(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(fixturesDir(t), "apple", "macos12-arm64-xctest.ips"))
	if err != nil {
		t.Fatal(err)
	}
	r := parseBytes(t, b)
	f := r.CrashedFrames()[0]
	if f.Address != 0x10482d290 || f.Offset != 0x1290 || f.File != "TpxUnitTests.m" || f.Line != 15 {
		t.Errorf("frame 0 = %+v", f)
	}
	m := r.Modules[0]
	if m.DebugID != "3cec66ab-9a13-32df-8d80-959d522d451e" || m.Base != 4370644992 || m.Size != 16384 || m.Type != "macho" {
		t.Errorf("module 0 = %+v", m)
	}
	if r.Annotations["os_version"] != "macOS 12.3.1 (21E258)" || r.Annotations["cpu_type"] != "ARM-64" {
		t.Errorf("annotations = %v", r.Annotations)
	}
	if got := r.Crash.Threads[0].Registers["pc"]; got != "0x000000010482d290" {
		t.Errorf("pc = %q", got)
	}
	// The header's app_name holds an escaped quote and a brace; a naive
	// brace matcher would split the header there.
	line := b[:bytes.IndexByte(b, '\n')]
	hdr := parseBytes(t, line)
	if hdr.App.Name != `x{cte"st` {
		t.Errorf("header-only app name = %q", hdr.App.Name)
	}
}

func TestHandcraftedFrames(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(fixturesDir(t), "apple", "macos-x86_64-sigsegv-handcrafted.crash"))
	if err != nil {
		t.Fatal(err)
	}
	r := parseBytes(t, b)
	th := r.Crash.Threads[0]
	want := map[int]report.Frame{
		11: {Address: 0x108b702a6, Module: "YetAnotherMac", Offset: 0x5222a6, Symbol: "a_function_here"},
		13: {Address: 0xea004, Module: "YetanotherMac", Symbol: "main", File: "main.m", Line: 16},
	}
	for i, w := range want {
		if th.Frames[i] != w {
			t.Errorf("frame %d = %+v, want %+v", i, th.Frames[i], w)
		}
	}
	if r.Crash.Threads[1].Name != "Test Thread Name" || r.Crash.Threads[1].Registers["rip"] != "0x00000001090a0132" {
		t.Errorf("thread 1 = %+v", r.Crash.Threads[1])
	}
	if !strings.Contains(r.Annotations["application_specific_information"], "more information here") {
		t.Errorf("multi-line ASI lost: %q", r.Annotations["application_specific_information"])
	}
}

func TestHang(t *testing.T) {
	ips := `{"app_name":"Rekordbox","bug_type":"288","os_version":"macOS 14.5 (23F79)"}` + "\n" +
		`{"procName":"Rekordbox","pid":12,"threads":[{"id":5,"frames":[{"imageOffset":16,"imageIndex":0}]}],` +
		`"usedImages":[{"base":4096,"size":8192,"uuid":"3CEC66AB-9A13-32DF-8D80-959D522D451E","path":"/Applications/R.app/R","name":"R"}]}`
	r := parseBytes(t, []byte(ips))
	if r.Kind != report.KindHang {
		t.Errorf("kind = %q", r.Kind)
	}
	text := "Process:         DJApp [42]\nPath:            /Applications/DJApp.app/Contents/MacOS/DJApp\nEvent:           hang\n\nThread 0:\n0   DJApp  0x0000000100001000 0x100000000 + 4096\n"
	r = parseBytes(t, []byte(text))
	if r.Kind != report.KindHang || r.App.Name != "DJApp" || r.App.PID != 42 {
		t.Errorf("text hang = kind %q app %+v", r.Kind, r.App)
	}
}

func TestSniff(t *testing.T) {
	for in, want := range map[string]bool{
		`{"bug_type":"309"}` + "\n{}": true,
		`{"foo":1}`:                   false,
		"Incident Identifier: X\n":    true,
		"Process: a [1]\nPath: /x\n":  true,
		"hello":                       false,
		"MDMP":                        false,
	} {
		if got := Sniff([]byte(in)); got != want {
			t.Errorf("Sniff(%q) = %v", in, got)
		}
	}
}

func TestErrors(t *testing.T) {
	for _, in := range []string{"", "   \n", "{not json\n{}", `{"bug_type":"309"}` + "\n{\"threads\": [", "just text\nwithout structure\n"} {
		_, err := Parse(strings.NewReader(in), int64(len(in)))
		var fe *FormatError
		if !errors.As(err, &fe) {
			t.Errorf("Parse(%q) = %v, want FormatError", in, err)
		} else if !strings.HasPrefix(err.Error(), "apple: ") {
			t.Errorf("error %q lacks prefix", err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{"app_name":"a","bug_type":"309"}` + "\n" + `{"threads":[{"triggered":true,"frames":[{"imageOffset":1,"imageIndex":0}],"threadState":{"pc":{"value":1},"x":[{"value":2}]}}],"usedImages":[{"base":1,"size":2,"uuid":"3cec66ab-9a13-32df-8d80-959d522d451e"}],"exception":{"type":"EXC_BAD_ACCESS","rawCodes":[1,2]}}`))
	f.Add([]byte("Process: a [1]\nPath: /a\nException Type: EXC_BAD_ACCESS (SIGSEGV)\nException Codes: KERN_INVALID_ADDRESS at 0x10\n\nThread 0 Crashed:\n0   a   0x0000000000001010 0x1000 + 16 (f + 1)\n1   a   0x0000000000001020 main (main.m:3)\n\nThread 0 crashed with ARM Thread State (64-bit):\n    x0: 0x0000000000000001   pc: 0x0000000000001010\n\nBinary Images:\n0x1000 - 0x1fff +a arm64 (1.0) <3cec66ab9a1332df8d80959d522d451e> /a\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		Sniff(data)
		r, err := Parse(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("non-FormatError %T: %v", err, err)
			}
			return
		}
		if r == nil {
			t.Fatal("nil report without error")
		}
		if c := r.Crash; c != nil && c.CrashedThread >= len(c.Threads) {
			t.Fatalf("crashed thread %d out of %d", c.CrashedThread, len(c.Threads))
		}
	})
}

// normUUIDRef is normUUID as plainly written, the reference its one-pass
// form is checked against.
func normUUIDRef(s string) string {
	s = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(s), "-", ""))
	if len(s) != 32 {
		return ""
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return ""
		}
	}
	return s[:8] + "-" + s[8:12] + "-" + s[12:16] + "-" + s[16:20] + "-" + s[20:]
}

func FuzzNormUUID(f *testing.F) {
	for _, s := range []string{"", "4C4C4544-0042-3510-8052-B4C04F4E4E31", "4c4c454400423510 8052b4c04f4e4e31",
		" 4C4C4544004235108052B4C04F4E4E31\n", "4C4C4544-0042-3510-8052-B4C04F4E4E3", "4C4C4544-0042-3510-8052-B4C04F4E4E311",
		"--4c4c4544004235108052b4c04f4e4e31--", "4C4C4544-0042-3510-8052-B4C04F4E4E3G", "4C4C4544-0042-3510-8052-B4C04F4E4E3\u212a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normUUID(s), normUUIDRef(s); got != want {
			t.Fatalf("normUUID(%q) = %q, want %q", s, got, want)
		}
	})
}
