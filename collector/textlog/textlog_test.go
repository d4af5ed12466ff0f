package textlog

import (
	"bytes"
	"encoding/binary"
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

func parseFile(t *testing.T, path string) (*report.Report, string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sub, ok := Sniff(b)
	if !ok {
		t.Fatalf("%s: Sniff = false", path)
	}
	r, err := Parse(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return r, sub
}

func TestHsErrFixture(t *testing.T) {
	p := filepath.Join(fixturesDir(t), "linux", "hs_err-linux-ppc64le.log")
	r, sub := parseFile(t, p)
	if sub != FormatHsErr {
		t.Fatalf("sniff = %q", sub)
	}
	c := r.Crash
	if c == nil || c.Reason != "Internal Error" || !strings.Contains(c.Message, "is_bitmap_range_within_region_clear") {
		t.Fatalf("crash = %+v", c)
	}
	th := c.Threads[c.CrashedThread]
	if th.Name != "MainThread" || th.ID != 47741 || len(th.Frames) < 30 {
		t.Fatalf("crashed thread = %q %d, %d frames", th.Name, th.ID, len(th.Frames))
	}
	f0 := th.Frames[0]
	if f0.Module != "libjvm.so" || f0.Offset != 0x1c1a4f0 || f0.Symbol != "ShenandoahHeapRegion::set_affiliation(ShenandoahAffiliation)" ||
		f0.File != "shenandoahHeapRegion.cpp" || f0.Line != 870 || f0.Address != 0x7fff92c1a4f0 {
		t.Errorf("frame 0 = %+v", f0)
	}
	if th.Registers["pc"] != "0x00007fff92c1a4f0" {
		t.Errorf("pc register = %q", th.Registers["pc"])
	}
	if len(r.Modules) == 0 || r.Modules[0].Name != "/test/output/testee-vm/bin/java" {
		t.Errorf("modules = %v", r.Modules)
	}
	checkGolden(t, "hs_err-linux-ppc64le", r)
}

func TestSamples(t *testing.T) {
	cases := []struct {
		file, sub, reason, signal, msg string
		addr                           report.Addr
		frame0                         string
		threads                        int
	}{
		{"gopanic-nil.log", FormatGoPanic, "panic", "SIGSEGV", "runtime error: invalid memory address or nil pointer dereference", 0x18, "main.(*Mixer).Render", 2},
		{"gopanic-fatal.log", FormatGoPanic, "fatal error", "", "concurrent map writes", 0, "runtime.fatal", 2},
		{"gopanic-recovered.log", FormatGoPanic, "panic", "", "first failure\npanic: second failure", 0, "main.cleanup", 1},
		{"generic-gdb.log", FormatGeneric, "SIGSEGV", "SIGSEGV", "Program terminated with signal SIGSEGV, Segmentation fault.", 0, "render_deck", 1},
		{"generic-java.log", FormatGeneric, "error", "", `Exception in thread "main" java.lang.IllegalStateException: deck not loaded`, 0, "com.example.dj.Deck.play", 1},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			r, sub := parseFile(t, filepath.Join("testdata", tc.file))
			if sub != tc.sub {
				t.Fatalf("sniff = %q, want %q", sub, tc.sub)
			}
			c := r.Crash
			if c.Reason != tc.reason || c.Signal != tc.signal || c.Message != tc.msg || c.Address != tc.addr {
				t.Errorf("crash = reason %q signal %q msg %q addr %v", c.Reason, c.Signal, c.Message, c.Address)
			}
			if len(c.Threads) != tc.threads {
				t.Errorf("threads = %d, want %d", len(c.Threads), tc.threads)
			}
			if fr := r.CrashedFrames(); len(fr) == 0 || fr[0].Symbol != tc.frame0 {
				t.Errorf("frames = %+v", fr)
			}
			checkGolden(t, strings.TrimSuffix(tc.file, ".log"), r)
		})
	}
}

func TestGoFrameDetails(t *testing.T) {
	r, _ := parseFile(t, filepath.Join("testdata", "gopanic-fatal.log"))
	f := r.CrashedFrames()[2]
	if f.Symbol != "main.main.func1" || f.File != "/tmp/app/main.go" || f.Line != 12 || f.Address != 0x49a2ce {
		t.Errorf("frame = %+v", f)
	}
	if r.App.Name != "app" || r.Platform != "go" {
		t.Errorf("app = %+v platform %q", r.App, r.Platform)
	}
}

func TestSniffRejects(t *testing.T) {
	for _, in := range []string{"", "hello world\nnothing to see\n", "MDMP\x93\xa7\x00\x00", "\x7fELF\x02\x01\x01"} {
		if sub, ok := Sniff([]byte(in)); ok {
			t.Errorf("Sniff(%q) = %q, true", in, sub)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "just some words\n", "bin\x00ary"} {
		_, err := Parse(strings.NewReader(in), int64(len(in)))
		var fe *FormatError
		if !errors.As(err, &fe) {
			t.Errorf("Parse(%q) error = %v, want FormatError", in, err)
		} else if !strings.HasPrefix(fe.Error(), "textlog: ") {
			t.Errorf("error text %q lacks package prefix", fe.Error())
		}
	}
}

func TestLongLinesBounded(t *testing.T) {
	// A 10 MB line must not be held whole; the frames after it still parse.
	var b bytes.Buffer
	b.WriteString("panic: boom\n\ngoroutine 1 [running]:\n")
	b.WriteString(strings.Repeat("x", 10<<20))
	b.WriteString("\nmain.main()\n\t/src/a/main.go:3 +0x1\n")
	r, err := Parse(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	fr := r.CrashedFrames()
	if len(fr) != 1 || fr[0].Symbol != "main.main" || fr[0].Line != 3 {
		t.Fatalf("frames = %+v", fr)
	}
}

func TestFrameCaps(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("panic: deep\n\n")
	for g := 0; g < maxThreads+10; g++ {
		b.WriteString("goroutine 1 [running]:\n")
		if g == 0 {
			for i := 0; i < maxFrames+50; i++ {
				b.WriteString("main.f()\n\t/a/b.go:1 +0x1\n")
			}
		}
		b.WriteString("\n")
	}
	r, err := Parse(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.Crash.Threads); n != maxThreads {
		t.Errorf("threads = %d, want cap %d", n, maxThreads)
	}
	if n := len(r.CrashedFrames()); n != maxFrames {
		t.Errorf("frames = %d, want cap %d", n, maxFrames)
	}
}

func BenchmarkParseHsErr(b *testing.B) {
	p := filepath.Join(fixturesDir(b), "linux", "hs_err-linux-ppc64le.log")
	data, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.log"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
			f.Add(encodeUTF16(b, binary.LittleEndian)) // utf16_test.go
			f.Add(encodeUTF16(b, binary.BigEndian))
		}
	}
	f.Add(units(binary.LittleEndian, 'p', 0xd83c, 0xdc00, 0xdc00, 0, '\n'))
	f.Add([]byte("#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n#  SIGSEGV (0xb) at pc=0x1, pid=1, tid=2\n"))
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
		if r.Crash == nil || r.Format != "textlog" {
			t.Fatalf("report without crash: %+v", r)
		}
	})
}
