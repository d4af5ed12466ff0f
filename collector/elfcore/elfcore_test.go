package elfcore

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/klauspost/compress/zstd"

	"crashd/internal/testfixtures"
	"crashd/report"
)

var update = flag.Bool("update", false, "rewrite golden files")

func fixturesDir(t testing.TB) string { return testfixtures.Dir(t) }

func checkGolden(t *testing.T, name string, r *report.Report) {
	t.Helper()
	testfixtures.Golden(t, name, r, *update)
}

func openBytes(t *testing.T, b []byte) *File {
	t.Helper()
	f, err := NewFile(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func readFixture(t *testing.T, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixturesDir(t), rel))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestGeneratedCore(t *testing.T) {
	b := readFixture(t, "generated/linux-x86_64-sigsegv.core")
	if !Sniff(b[:64]) {
		t.Fatal("Sniff = false")
	}
	f := openBytes(t, b)
	r := f.Report()
	c := r.Crash
	if r.Format != "elfcore" || r.Kind != report.KindCrash || r.Platform != "native" || r.App.Name != "serato-dj" || r.App.PID != 15117 {
		t.Errorf("report = %s %s %s %+v", r.Format, r.Kind, r.Platform, r.App)
	}
	if c.Signal != "SIGSEGV" || c.Reason != "SIGSEGV / SEGV_MAPERR" || c.Code != "11" || c.CrashedThread != 0 {
		t.Errorf("crash = %+v", c)
	}
	fr := r.CrashedFrames()
	if len(fr) < 3 || fr[0].Module != "serato-dj" || fr[0].Offset != 0x1238 || fr[len(fr)-1].Module != "libc.so.6" {
		t.Errorf("frames = %+v", fr)
	}
	want := map[string]string{
		"serato-dj": "2f108831ef37832a7d0d3dafd6d30d0d7955d98c",
		"libc.so.6": "93ac61ec5a8eb1396f9fbd350e3169a558528a40",
	}
	for _, m := range r.Modules {
		if id, ok := want[filepath.Base(m.Name)]; ok {
			if m.CodeID != id {
				t.Errorf("%s build id = %q, want %q", m.Name, m.CodeID, id)
			}
			delete(want, filepath.Base(m.Name))
		}
	}
	if len(want) != 0 {
		t.Errorf("modules missing: %v", want)
	}
	if m := r.Modules[0]; m.DebugID != "3188102f-37ef-2a83-7d0d-3dafd6d30d0d" {
		t.Errorf("debug id = %q", m.DebugID)
	}
	checkGolden(t, "linux-x86_64-sigsegv", r)
}

func TestLLDBCore(t *testing.T) {
	f := openBytes(t, readFixture(t, "linux/elf-core-x86_64.core"))
	r := f.Report()
	if r.App.Name != "a.out" || r.Crash.Signal != "SIGSEGV" || len(r.Modules) != 1 || r.Modules[0].Name != "/home/labath/test/a.out" {
		t.Errorf("report = %+v modules %+v", r.App, r.Modules)
	}
	fr := r.CrashedFrames()
	if len(fr) != 3 || fr[0].Address != 0x40011c || fr[2].Offset != 0x15f {
		t.Errorf("frames = %+v", fr)
	}
	checkGolden(t, "elf-core-x86_64", r)
}

func TestARM64Synthetic(t *testing.T) {
	b := arm64Core().bytes()
	f := openBytes(t, b)
	if f.Arch() != ArchARM64 {
		t.Fatalf("arch = %v", f.Arch())
	}
	r := f.Report()
	c := r.Crash
	if c.Reason != "SIGSEGV / SEGV_ACCERR" || c.Address != 0xdead0 || len(c.Threads) != 2 || !c.Threads[0].Crashed {
		t.Errorf("crash = %+v", c)
	}
	var pcs []report.Addr
	for _, fr := range r.CrashedFrames() {
		pcs = append(pcs, fr.Address)
	}
	wantPCs := []report.Addr{0x401010, 0x401100, 0x401200, 0x401300}
	if !slicesEqual(pcs, wantPCs) {
		t.Errorf("pcs = %v, want %v", pcs, wantPCs)
	}
	if fr := r.CrashedFrames()[2]; fr.Module != "djapp" || fr.Offset != 0x1200 {
		t.Errorf("frame 2 = %+v", fr)
	}
	if len(r.Modules) != 1 || r.Modules[0].CodeID != "deadbeef0102030405060708090a0b0c0d0e0f10" ||
		r.Modules[0].DebugID != "efbeadde-0201-0403-0506-0708090a0b0c" || r.Modules[0].Size != 0x2000 {
		t.Errorf("modules = %+v", r.Modules)
	}
	if c.Threads[0].Registers["pc"] != "0x0000000000401010" || c.Threads[0].Registers["x28"] != "0x000000000000001c" {
		t.Errorf("registers = %v", c.Threads[0].Registers)
	}
	if r.App.Name != "djapp" || r.Annotations["cmdline"] != "/opt/dj/bin/djapp --safe-mode" {
		t.Errorf("app = %+v annotations %v", r.App, r.Annotations)
	}

	var out bytes.Buffer
	if err := f.WriteMinidump(&out); err != nil {
		t.Fatal(err)
	}
	md := checkMinidump(t, out.Bytes(), f)
	ctx := md.contexts[0]
	le := binary.LittleEndian
	if le.Uint32(ctx) != mdContextARM64Full || le.Uint64(ctx[0x108:]) != 0x401010 || le.Uint64(ctx[0x100:]) != 0x7ff0f0 ||
		le.Uint64(ctx[0x008+8*29:]) != 0x7ff100 || ctx[0x110] != 0xaa || le.Uint32(ctx[0x310:]) != 0x22 || le.Uint32(ctx[0x314:]) != 0x11 {
		t.Errorf("arm64 context wrong: flags %#x pc %#x", le.Uint32(ctx), le.Uint64(ctx[0x108:]))
	}
	if md.arch != mdArchARM64 {
		t.Errorf("arch = %d", md.arch)
	}
	if got := md.cmdline; got != "/opt/dj/bin/djapp\x00--safe-mode\x00" {
		t.Errorf("cmdline = %q", got)
	}
}

func slicesEqual[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// parsedMD is what checkMinidump verified.
type parsedMD struct {
	arch     uint16
	contexts [][]byte
	modules  []string
	cmdline  string
	environ  string
	maps     string
}

// checkMinidump verifies the minidump's structure against Microsoft's
// layouts: every RVA and size in bounds, strings well formed, thread
// contexts and stacks consistent with the core.
func checkMinidump(t *testing.T, d []byte, f *File) parsedMD {
	t.Helper()
	le := binary.LittleEndian
	var out parsedMD
	in := func(rva, size uint32) bool { return uint64(rva)+uint64(size) <= uint64(len(d)) }
	if len(d) < 32 || le.Uint32(d) != mdSignature || le.Uint32(d[4:])&0xffff != mdVersion {
		t.Fatalf("bad header % x", d[:min(32, len(d))])
	}
	n, dirRVA := le.Uint32(d[8:]), le.Uint32(d[12:])
	if !in(dirRVA, 12*n) {
		t.Fatalf("directory out of bounds")
	}
	mdString := func(rva uint32) string {
		if !in(rva, 4) {
			t.Fatalf("string rva %#x out of bounds", rva)
		}
		l := le.Uint32(d[rva:])
		if l%2 != 0 || !in(rva+4, l+2) || le.Uint16(d[rva+4+l:]) != 0 {
			t.Fatalf("malformed MINIDUMP_STRING at %#x", rva)
		}
		u := make([]uint16, l/2)
		for i := range u {
			u[i] = le.Uint16(d[rva+4+2*uint32(i):])
		}
		return string(utf16.Decode(u))
	}
	seen := map[uint32]bool{}
	for i := uint32(0); i < n; i++ {
		e := d[dirRVA+12*i:]
		typ, size, rva := le.Uint32(e), le.Uint32(e[4:]), le.Uint32(e[8:])
		if !in(rva, size) || rva%4 != 0 {
			t.Fatalf("stream %#x at %#x+%d out of bounds or unaligned", typ, rva, size)
		}
		if seen[typ] {
			t.Fatalf("duplicate stream %#x", typ)
		}
		seen[typ] = true
		s := d[rva : rva+size]
		switch typ {
		case mdThreadList:
			cnt := le.Uint32(s)
			if int(cnt) != len(f.threads) || size != 4+48*cnt {
				t.Fatalf("thread list: %d threads, size %d", cnt, size)
			}
			for j := uint32(0); j < cnt; j++ {
				th := s[4+48*j:]
				if le.Uint32(th) != f.threads[j].TID {
					t.Errorf("thread %d id %d", j, le.Uint32(th))
				}
				start, msize, mrva := le.Uint64(th[24:]), le.Uint32(th[32:]), le.Uint32(th[36:])
				if !in(mrva, msize) {
					t.Fatalf("thread %d stack out of bounds", j)
				}
				_, sp, _ := f.pcSP(&f.threads[j])
				if msize > 0 && (start > sp || start+uint64(msize) <= sp || msize > mdStackPerThread) {
					t.Errorf("thread %d stack %#x+%d does not hold sp %#x", j, start, msize, sp)
				}
				mem := make([]byte, msize)
				if msize > 0 && (!f.ReadMemory(start, mem) || !bytes.Equal(mem, d[mrva:mrva+msize])) {
					t.Errorf("thread %d stack bytes differ from the core", j)
				}
				csize, crva := le.Uint32(th[40:]), le.Uint32(th[44:])
				if !in(crva, csize) || (csize != mdContextAMD64Size && csize != mdContextARM64Size) {
					t.Fatalf("thread %d context %#x+%d", j, crva, csize)
				}
				out.contexts = append(out.contexts, d[crva:crva+csize])
			}
		case mdModuleList:
			cnt := le.Uint32(s)
			if size != 4+108*cnt {
				t.Fatalf("module list size %d for %d", size, cnt)
			}
			for j := uint32(0); j < cnt; j++ {
				m := s[4+108*j:]
				name := mdString(le.Uint32(m[20:]))
				out.modules = append(out.modules, name)
				cvSize, cvRVA := le.Uint32(m[76:]), le.Uint32(m[80:])
				if cvSize > 0 {
					if !in(cvRVA, cvSize) || cvSize < 5 || le.Uint32(d[cvRVA:]) != mdCVSignatureELF {
						t.Fatalf("module %q: bad CodeView record", name)
					}
					if want := f.modules()[j].buildID; !bytes.Equal(d[cvRVA+4:cvRVA+cvSize], want) {
						t.Errorf("module %q: build id %x, want %x", name, d[cvRVA+4:cvRVA+cvSize], want)
					}
				}
			}
		case mdMemoryList:
			cnt := le.Uint32(s)
			if size != 4+16*cnt {
				t.Fatalf("memory list size")
			}
			for j := uint32(0); j < cnt; j++ {
				m := s[4+16*j:]
				if !in(le.Uint32(m[12:]), le.Uint32(m[8:])) {
					t.Fatalf("memory range %d out of bounds", j)
				}
			}
		case mdException:
			if size != 168 {
				t.Fatalf("exception size %d", size)
			}
			signo, _, _, _ := f.crashSignal()
			if le.Uint32(s) != f.threads[f.crashedIndex()].TID || int32(le.Uint32(s[8:])) != signo {
				t.Errorf("exception thread %d code %d", le.Uint32(s), le.Uint32(s[8:]))
			}
			if !in(le.Uint32(s[164:]), le.Uint32(s[160:])) {
				t.Fatalf("exception context out of bounds")
			}
		case mdSystemInfo:
			if size != 56 || le.Uint32(s[20:]) != mdPlatformLinux {
				t.Fatalf("system info size %d platform %#x", size, le.Uint32(s[20:]))
			}
			out.arch = le.Uint16(s)
			mdString(le.Uint32(s[24:]))
		case mdLinuxCmdLine:
			out.cmdline = string(s)
		case mdLinuxEnviron:
			out.environ = string(s)
		case mdLinuxMaps:
			out.maps = string(s)
		}
	}
	for _, typ := range []uint32{mdThreadList, mdModuleList, mdMemoryList, mdException, mdSystemInfo} {
		if !seen[typ] {
			t.Errorf("stream %d missing", typ)
		}
	}
	return out
}

func TestMinidumpGenerated(t *testing.T) {
	f := openBytes(t, readFixture(t, "generated/linux-x86_64-sigsegv.core"))
	var out bytes.Buffer
	if err := f.WriteMinidump(&out); err != nil {
		t.Fatal(err)
	}
	md := checkMinidump(t, out.Bytes(), f)
	le := binary.LittleEndian
	ctx := md.contexts[0]
	if le.Uint32(ctx[0x30:]) != mdContextAMD64Full || le.Uint64(ctx[0xf8:]) != 0x55f9f8e30238 || le.Uint64(ctx[0x98:]) != 0x7fff44d8c070 {
		t.Errorf("amd64 context: flags %#x rip %#x rsp %#x", le.Uint32(ctx[0x30:]), le.Uint64(ctx[0xf8:]), le.Uint64(ctx[0x98:]))
	}
	if le.Uint32(ctx[0x34:]) != 0x1f80 {
		t.Errorf("mxcsr = %#x", le.Uint32(ctx[0x34:]))
	}
	if md.arch != mdArchAMD64 || len(md.modules) != 3 || !strings.HasSuffix(md.modules[1], "/libc.so.6") {
		t.Errorf("arch %d modules %v", md.arch, md.modules)
	}
	if !strings.HasPrefix(md.cmdline, "/home/luciawhitfield29/.local/bin/serato-dj\x00") {
		t.Errorf("cmdline = %q", md.cmdline)
	}
	if !strings.Contains(md.environ, "\x00PATH=/usr/bin:/bin\x00") || !strings.HasPrefix(md.environ, "HOME=") {
		t.Errorf("environ = %q", md.environ)
	}
	if !strings.Contains(md.maps, "r-xp 00026000 00:00 0          /usr/lib/x86_64-linux-gnu/libc.so.6\n") {
		t.Errorf("maps = %q", md.maps)
	}
	if out.Len() > 256<<10 {
		t.Errorf("minidump is %d bytes", out.Len())
	}
}

func TestMinidumpLLDB(t *testing.T) {
	f := openBytes(t, readFixture(t, "linux/elf-core-x86_64.core"))
	var out bytes.Buffer
	if err := f.WriteMinidump(&out); err != nil {
		t.Fatal(err)
	}
	checkMinidump(t, out.Bytes(), f)
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestMinidumpWriteError(t *testing.T) {
	f := openBytes(t, arm64Core().bytes())
	err := f.WriteMinidump(&failWriter{n: 100})
	if err == nil || !strings.Contains(err.Error(), "disk full") || !strings.HasPrefix(err.Error(), "elfcore: ") {
		t.Fatalf("err = %v", err)
	}
}

func zstdCompress(t testing.TB, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc, err := zstd.NewWriter(&buf, zstd.WithEncoderLevel(zstd.SpeedFastest))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := enc.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestZstdCore(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // os.TempDir: TMPDIR on Unix, TMP/TEMP on Windows
	t.Setenv("TMP", tmp)
	t.Setenv("TEMP", tmp)
	plain := readFixture(t, "generated/linux-x86_64-sigsegv.core")
	comp := zstdCompress(t, plain)
	if !Sniff(comp[:min(len(comp), 4096)]) {
		t.Error("Sniff(zstd head) = false")
	}
	if Sniff(zstdCompress(t, []byte("not a core at all, just text that compresses"))) {
		t.Error("Sniff(zstd of text) = true")
	}
	f, err := NewFile(bytes.NewReader(comp), int64(len(comp)))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(openBytes(t, plain).Report())
	got, _ := json.Marshal(f.Report())
	if !bytes.Equal(got, want) {
		t.Errorf("zstd report differs:\n%s\nvs\n%s", got, want)
	}
	if err := f.WriteMinidump(io.Discard); err != nil {
		t.Fatal(err)
	}
	if ents, _ := os.ReadDir(tmp); len(ents) != 1 {
		t.Errorf("temp dir holds %d entries while open, want 1", len(ents))
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if ents, _ := os.ReadDir(tmp); len(ents) != 0 {
		t.Errorf("temp file not removed: %v", ents)
	}

	// Truncated stream and decompression limit: FormatError, temp removed.
	for _, in := range [][]byte{comp[:len(comp)/2], append([]byte{0x28, 0xb5, 0x2f, 0xfd}, bytes.Repeat([]byte{0xff}, 64)...)} {
		_, err := NewFile(bytes.NewReader(in), int64(len(in)))
		var fe *FormatError
		if !errors.As(err, &fe) {
			t.Errorf("corrupt zstd: err = %v, want FormatError", err)
		}
	}
	scratch, err := os.CreateTemp(tmp, "s")
	if err != nil {
		t.Fatal(err)
	}
	defer scratch.Close()
	_, err = NewFileFromZstd(bytes.NewReader(comp), scratch, 4096)
	var fe *FormatError
	if !errors.As(err, &fe) || !strings.Contains(err.Error(), "exceeds") {
		t.Errorf("limit: err = %v", err)
	}
	scratch.Close()
	os.Remove(scratch.Name())
	if ents, _ := os.ReadDir(tmp); len(ents) != 0 {
		t.Errorf("temp files left after errors: %v", ents)
	}
}

func TestCorrupt(t *testing.T) {
	good := readFixture(t, "linux/elf-core-x86_64.core")
	// Truncation inside the headers or notes is a FormatError; inside
	// PT_LOAD data the core still parses (the kernel truncates cores too).
	for _, n := range []int{0, 4, 20, 63, 64, 100, 0x190, 0x200, 0x190 + 0x994 - 1} {
		_, err := NewFile(bytes.NewReader(good[:n]), int64(n))
		var fe *FormatError
		if !errors.As(err, &fe) {
			t.Errorf("truncated to %d: err = %v, want FormatError", n, err)
		}
	}
	f := openBytes(t, good[:0x3000])
	if r := f.Report(); r.Crash.Signal != "SIGSEGV" {
		t.Errorf("truncated-data core: %+v", r.Crash)
	}
	if err := f.WriteMinidump(io.Discard); err != nil {
		t.Error(err)
	}
	for _, in := range [][]byte{[]byte("\x7fELF\x01\x01\x01"), bytes.Repeat([]byte{0}, 64)} {
		if _, err := NewFile(bytes.NewReader(in), int64(len(in))); err == nil {
			t.Errorf("NewFile(% x) succeeded", in[:8])
		}
	}
	// Random corruption of headers and notes must never panic.
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 300; i++ {
		b := bytes.Clone(good)
		for j := 0; j < 1+rng.IntN(8); j++ {
			b[rng.IntN(0x190+0x994)] = byte(rng.Uint32())
		}
		exercise(t, b)
	}
}

// exercise parses b and, when it parses, runs every consumer.
func exercise(t *testing.T, b []byte) {
	t.Helper()
	Sniff(b)
	f, err := NewFile(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		var fe *FormatError
		if !errors.As(err, &fe) {
			t.Fatalf("non-FormatError %T: %v", err, err)
		}
		if !strings.HasPrefix(err.Error(), "elfcore: ") {
			t.Fatalf("error without prefix: %v", err)
		}
		return
	}
	defer f.Close()
	r := f.Report()
	if r.Crash == nil || r.Crash.CrashedThread >= len(r.Crash.Threads) {
		t.Fatalf("bad crash section: %+v", r.Crash)
	}
	if err := f.WriteMinidump(io.Discard); err != nil {
		t.Fatalf("WriteMinidump: %v", err)
	}
}

func TestHugeCounts(t *testing.T) {
	c := arm64Core()
	b := c.bytes()
	// phnum claims 0xfffe headers: more than the file holds.
	binary.LittleEndian.PutUint16(b[56:], 0xfffe)
	var fe *FormatError
	if _, err := NewFile(bytes.NewReader(b), int64(len(b))); !errors.As(err, &fe) {
		t.Errorf("huge phnum: %v", err)
	}
	// NT_FILE count far beyond the note's size.
	c.files = []Mapping{{Start: 1, End: 2, Path: "/x"}}
	b = c.bytes()
	i := bytes.Index(b, []byte("CORE\x00\x00\x00\x00"))
	for i >= 0 {
		if binary.LittleEndian.Uint32(b[i-4:]) == ntFile {
			binary.LittleEndian.PutUint64(b[i+8:], 1<<40)
			break
		}
		j := bytes.Index(b[i+1:], []byte("CORE\x00\x00\x00\x00"))
		if j < 0 {
			i = -1
			break
		}
		i += 1 + j
	}
	if i < 0 {
		t.Fatal("NT_FILE note not found")
	}
	if _, err := NewFile(bytes.NewReader(b), int64(len(b))); !errors.As(err, &fe) || !strings.Contains(err.Error(), "NT_FILE count") {
		t.Errorf("huge NT_FILE count: %v", err)
	}
}

func FuzzNewFile(f *testing.F) {
	f.Add(arm64Core().bytes())
	small := arm64Core()
	small.machine = emX86_64
	regs := make([]uint64, 27)
	regs[amd64RIP], regs[amd64RSP], regs[amd64RBP] = 0x401010, 0x7ff0f0, 0x7ff100
	small.threads = []synthThread{{tid: 7, signal: 6, regs: regs, fp: make([]byte, 512)}}
	f.Add(small.bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		exercise(t, data)
	})
}
