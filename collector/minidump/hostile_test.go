package minidump

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"testing"
)

// builder assembles small synthetic minidumps for edge cases no fixture
// covers (arm64, hostile counts).
type builder struct {
	buf     []byte
	streams [][3]uint32 // type, size, rva
}

func newBuilder() *builder { return &builder{buf: make([]byte, HeaderSize)} }

func (b *builder) add(data []byte) uint32 {
	for len(b.buf)%8 != 0 {
		b.buf = append(b.buf, 0)
	}
	off := uint32(len(b.buf))
	b.buf = append(b.buf, data...)
	return off
}

func (b *builder) stream(t StreamType, data []byte) {
	off := b.add(data)
	b.streams = append(b.streams, [3]uint32{uint32(t), uint32(len(data)), off})
}

func (b *builder) bytes() []byte {
	dir := make([]byte, 12*len(b.streams))
	for i, s := range b.streams {
		binary.LittleEndian.PutUint32(dir[i*12:], s[0])
		binary.LittleEndian.PutUint32(dir[i*12+4:], s[1])
		binary.LittleEndian.PutUint32(dir[i*12+8:], s[2])
	}
	dirOff := b.add(dir)
	copy(b.buf, Magic)
	binary.LittleEndian.PutUint32(b.buf[4:], 0xa793)
	binary.LittleEndian.PutUint32(b.buf[8:], uint32(len(b.streams)))
	binary.LittleEndian.PutUint32(b.buf[12:], dirOff)
	binary.LittleEndian.PutUint32(b.buf[20:], 1700000000)
	return b.buf
}

func le(vals ...any) []byte {
	var w bytes.Buffer
	for _, v := range vals {
		binary.Write(&w, binary.LittleEndian, v)
	}
	return w.Bytes()
}

func utf16String(s string) []byte {
	var w bytes.Buffer
	binary.Write(&w, binary.LittleEndian, uint32(2*len(s)))
	for _, c := range s {
		binary.Write(&w, binary.LittleEndian, uint16(c))
	}
	w.Write([]byte{0, 0})
	return w.Bytes()
}

// arm64Dump is a Linux arm64 dump whose crashed thread has a two-record
// frame-pointer chain on its stack.
func arm64Dump() []byte {
	b := newBuilder()
	b.stream(StreamSystemInfo, le(uint16(ArchARM64), uint16(0), uint16(0), uint8(4), uint8(0), uint32(5), uint32(15), uint32(0),
		uint32(PlatformLinux), uint32(0), uint16(0), uint16(0), make([]byte, 24)))
	const base, stackStart = 0x5500000000, 0x7ff0000000
	name := b.add(utf16String("/home/zoe/app/bin/synth"))
	var mod bytes.Buffer
	mod.Write(le(uint32(1), uint64(base), uint32(0x10000), uint32(0), uint32(0), name))
	mod.Write(make([]byte, 108-24))
	b.stream(StreamModuleList, mod.Bytes())
	// Stack: frame record at +0x10 -> {fp=+0x30, lr=base+0x2004}; at +0x30 -> {0, base+0x3008}.
	stack := make([]byte, 0x100)
	binary.LittleEndian.PutUint64(stack[0x10:], stackStart+0x30)
	binary.LittleEndian.PutUint64(stack[0x18:], base+0x2004|0x0012000000000000) // PAC bits set
	binary.LittleEndian.PutUint64(stack[0x30:], 0)
	binary.LittleEndian.PutUint64(stack[0x38:], base+0x3008)
	stackOff := b.add(stack)
	ctx := make([]byte, 912)
	binary.LittleEndian.PutUint32(ctx, 0x00400002)
	binary.LittleEndian.PutUint64(ctx[240:], stackStart+0x10) // fp
	binary.LittleEndian.PutUint64(ctx[248:], base+0x1111)     // lr (stale)
	binary.LittleEndian.PutUint64(ctx[256:], stackStart)      // sp
	binary.LittleEndian.PutUint64(ctx[264:], base+0x1000)     // pc
	ctxOff := b.add(ctx)
	b.stream(StreamThreadList, le(uint32(1), uint32(77), uint32(0), uint32(0), uint32(0), uint64(0),
		uint64(stackStart), uint32(len(stack)), stackOff, uint32(len(ctx)), ctxOff))
	exc := le(uint32(77), uint32(0), uint32(11), uint32(1), uint64(0), uint64(0xdead), uint32(0), uint32(0), make([]byte, 120), uint32(len(ctx)), ctxOff)
	b.stream(StreamException, exc)
	return b.bytes()
}

func TestARM64FramePointerWalk(t *testing.T) {
	d := arm64Dump()
	f, err := NewFile(bytes.NewReader(d), int64(len(d)))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Errors) > 0 {
		t.Fatalf("stream errors: %v", f.Errors)
	}
	r := f.Report()
	c := r.Crash
	if c.Reason != "SIGSEGV" || c.CrashedThread != 0 || c.Address != 0xdead {
		t.Fatalf("crash facts: %+v", c)
	}
	var got []uint64
	for _, fr := range c.Threads[0].Frames {
		if fr.Module != "synth" {
			t.Errorf("frame %v not mapped to module", fr)
		}
		got = append(got, uint64(fr.Offset))
	}
	want := []uint64{0x1000, 0x2004, 0x3008}
	if len(got) != len(want) {
		t.Fatalf("frames %#x, want %#x", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("frames %#x, want %#x", got, want)
		}
	}
	if c.Threads[0].Registers["pc"] != "0x0000005500001000" {
		t.Errorf("pc register %q", c.Threads[0].Registers["pc"])
	}
	if r.Modules[0].Type != "elf" || r.App.Name != "synth" {
		t.Errorf("module/app: %+v %+v", r.Modules[0], r.App)
	}
}

func TestHostileHeaders(t *testing.T) {
	good := arm64Dump()
	cases := map[string]func(b []byte) []byte{
		"short":       func(b []byte) []byte { return b[:10] },
		"bad magic":   func(b []byte) []byte { b[0] = 'X'; return b },
		"bad version": func(b []byte) []byte { b[4] = 0; return b },
		"huge stream count": func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[8:], 0xffffffff)
			return b
		},
		"directory past EOF": func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[12:], uint32(len(b)))
			return b
		},
		"stream past EOF": func(b []byte) []byte {
			dir := binary.LittleEndian.Uint32(b[12:])
			binary.LittleEndian.PutUint32(b[dir+4:], 0x7fffffff)
			return b
		},
	}
	for name, mutate := range cases {
		t.Run(name, func(t *testing.T) {
			d := mutate(append([]byte(nil), good...))
			_, err := NewFile(bytes.NewReader(d), int64(len(d)))
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("want *FormatError, got %v", err)
			}
		})
	}
}

// TestHostileCounts: counts inside streams that exceed the stream are
// reported per stream, never allocated.
func TestHostileCounts(t *testing.T) {
	for _, st := range []StreamType{StreamThreadList, StreamModuleList, StreamMemoryList, StreamThreadNames, StreamMemory64List, StreamUnloadedModuleList} {
		b := newBuilder()
		b.stream(st, le(uint32(0xfffffff0), uint32(0xfffffff0), uint32(0xfffffff0), uint32(0xfffffff0), make([]byte, 48)))
		d := b.bytes()
		f, err := NewFile(bytes.NewReader(d), int64(len(d)))
		if err != nil {
			t.Fatalf("%v: header error %v", st, err)
		}
		if len(f.Errors) == 0 {
			t.Errorf("%v: absurd count accepted", st)
		}
		f.Report()
	}
}

// TestTruncatedFixtures cuts every fixture at many lengths: each cut either
// parses or fails with a *FormatError, and never panics.
func TestTruncatedFixtures(t *testing.T) {
	for _, p := range dumpFixtures(t) {
		d, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		step := len(d)/97 + 1
		for n := 0; n < len(d); n += step {
			f, err := NewFile(bytes.NewReader(d[:n]), int64(n))
			if err != nil {
				var fe *FormatError
				if !errors.As(err, &fe) {
					t.Fatalf("%s[:%d]: %v is not a *FormatError", filepath.Base(p), n, err)
				}
				continue
			}
			if _, err := json.Marshal(f.Report()); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestDebugIDForms(t *testing.T) {
	m := Module{CodeView: parseCodeView(append([]byte("RSDS\x78\x56\x34\x12\x34\x12\x78\x56\x01\x02\x03\x04\x05\x06\x07\x08\x02\x00\x00\x00"), "a.pdb\x00"...))}
	if got := m.DebugID(); got != "12345678-1234-5678-0102-030405060708-2" {
		t.Errorf("RSDS debug id %q", got)
	}
	if m.CodeView.PDBName != "a.pdb" {
		t.Errorf("pdb name %q", m.CodeView.PDBName)
	}
	e := Module{CodeView: parseCodeView([]byte("LEpB\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13\x14"))}
	if got := e.DebugID(); got != "04030201-0605-0807-090a-0b0c0d0e0f10" {
		t.Errorf("ELF debug id %q", got)
	}
	if got := e.CodeID("elf"); got != "0102030405060708090a0b0c0d0e0f1011121314" {
		t.Errorf("ELF code id %q", got)
	}
	p := Module{TimeDateStamp: 0x5ba523af, Size: 0x191000}
	if got := p.CodeID("pe"); got != "5BA523AF191000" {
		t.Errorf("PE code id %q", got)
	}
}

func TestExceptionNames(t *testing.T) {
	cases := []struct {
		e      Exception
		os     string
		reason string
		signal string
	}{
		{Exception{Code: 0xc0000005, Params: []uint64{0, 0x10}}, "windows", "EXCEPTION_ACCESS_VIOLATION_READ", ""},
		{Exception{Code: 0xc0000005, Params: []uint64{1, 0x10}}, "windows", "EXCEPTION_ACCESS_VIOLATION_WRITE", ""},
		{Exception{Code: 0xc0000005, Params: []uint64{8, 0x10}}, "windows", "EXCEPTION_ACCESS_VIOLATION_EXEC", ""},
		{Exception{Code: 0xc0000409, Params: []uint64{5}}, "windows", "EXCEPTION_STACK_BUFFER_OVERRUN", ""},
		{Exception{Code: 6}, "linux", "SIGABRT", "SIGABRT"},
		{Exception{Code: 11}, "android", "SIGSEGV", "SIGSEGV"},
		{Exception{Code: 1, Flags: 1}, "macos", "EXC_BAD_ACCESS", "SIGSEGV"},
		{Exception{Code: 10, Flags: 6 << 24}, "macos", "EXC_CRASH", "SIGABRT"},
		{Exception{Code: 0, Params: []uint64{10, 6 << 24}}, "macos", "EXC_CRASH", "SIGABRT"},
		{Exception{Code: 0xffffffff}, "linux", "DUMP_REQUESTED", ""},
	}
	for _, c := range cases {
		got := describeException(&c.e, c.os)
		if got.reason != c.reason || got.signal != c.signal {
			t.Errorf("%#x on %s: got %q/%q, want %q/%q", c.e.Code, c.os, got.reason, got.signal, c.reason, c.signal)
		}
	}
	if got := describeException(&Exception{Code: 0xc0000005, Params: []uint64{1, 0x20}}, "windows"); got.address != 0x20 {
		t.Errorf("access violation address %#x, want the faulting data address", got.address)
	}
	if got := describeException(&Exception{Code: 0xc0000409, Params: []uint64{5}}, "windows"); got.message != "FAST_FAIL_INVALID_ARG" {
		t.Errorf("fast fail message %q", got.message)
	}
}

func TestRefsPointAtTargets(t *testing.T) {
	for _, p := range dumpFixtures(t) {
		f, err := openFixture(t, p)
		if err != nil {
			continue
		}
		d, _ := os.ReadFile(p)
		for _, r := range f.Refs() {
			if r.PtrSize == 0 {
				continue
			}
			var v uint64
			if r.PtrSize == 4 {
				v = uint64(binary.LittleEndian.Uint32(d[r.PtrOff:]))
			} else {
				v = binary.LittleEndian.Uint64(d[r.PtrOff:])
			}
			if int64(v) != r.Off {
				t.Fatalf("%s: ref %+v: pointer field holds %#x", filepath.Base(p), r, v)
			}
			if r.Off+r.Size > int64(len(d)) {
				t.Fatalf("%s: ref %+v past EOF", filepath.Base(p), r)
			}
		}
	}
}

func FuzzNewFile(f *testing.F) {
	f.Add(arm64Dump())
	if root := findFixtures(); root != "" && os.Getenv("MD_FUZZ_NOSEED") == "" {
		files, _ := filepath.Glob(filepath.Join(root, "minidump", "*.dmp"))
		for _, p := range files {
			if st, err := os.Stat(p); err == nil && st.Size() < 50<<10 {
				if d, err := os.ReadFile(p); err == nil {
					f.Add(d)
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, d []byte) {
		mf, err := NewFile(bytes.NewReader(d), int64(len(d)))
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("non-FormatError %T: %v", err, err)
			}
			return
		}
		if _, err := json.Marshal(mf.Report()); err != nil {
			t.Fatal(err)
		}
	})
}

// TestScanUsesCapturedPEHeaders: when a module's headers were captured, a
// scanned stack word counts as a return address only inside an executable
// section.
func TestScanUsesCapturedPEHeaders(t *testing.T) {
	b := newBuilder()
	b.stream(StreamSystemInfo, le(uint16(ArchAMD64), uint16(6), uint16(0), uint8(4), uint8(1), uint32(10), uint32(0), uint32(19045),
		uint32(PlatformWin32NT), uint32(0), uint16(0), uint16(0), make([]byte, 24)))
	const base, stackVA = 0x140000000, 0x7ff000000
	name := b.add(utf16String(`C:\app\app.exe`))
	var mod bytes.Buffer
	mod.Write(le(uint32(1), uint64(base), uint32(0x4000), uint32(0), uint32(0x5f000000), name))
	mod.Write(make([]byte, 108-24))
	b.stream(StreamModuleList, mod.Bytes())
	hdr := make([]byte, 0x400)
	copy(hdr, "MZ")
	binary.LittleEndian.PutUint32(hdr[0x3c:], 0x80)
	copy(hdr[0x80:], "PE\x00\x00")
	binary.LittleEndian.PutUint16(hdr[0x86:], 2)    // sections
	binary.LittleEndian.PutUint16(hdr[0x94:], 0xf0) // optional header size
	sec := 0x80 + 24 + 0xf0
	for i, s := range []struct{ va, char uint32 }{{0x1000, 0x60000020}, {0x2000, 0xc0000040}} {
		e := hdr[sec+40*i:]
		binary.LittleEndian.PutUint32(e[8:], 0x1000)
		binary.LittleEndian.PutUint32(e[12:], s.va)
		binary.LittleEndian.PutUint32(e[36:], s.char)
	}
	hdrOff := b.add(hdr)
	stack := make([]byte, 0x40)
	binary.LittleEndian.PutUint64(stack[0:], base+0x2100) // .data pointer
	binary.LittleEndian.PutUint64(stack[8:], base+0x1500) // .text: a return address
	stackOff := b.add(stack)
	b.stream(StreamMemoryList, le(uint32(2), uint64(base), uint32(len(hdr)), hdrOff, uint64(stackVA), uint32(len(stack)), stackOff))
	ctx := make([]byte, 1232)
	binary.LittleEndian.PutUint32(ctx[48:], 0x0010000b)
	binary.LittleEndian.PutUint64(ctx[152:], stackVA)     // rsp
	binary.LittleEndian.PutUint64(ctx[248:], base+0x1010) // rip
	ctxOff := b.add(ctx)
	b.stream(StreamThreadList, le(uint32(1), uint32(5), uint32(0), uint32(0), uint32(0), uint64(0),
		uint64(stackVA), uint32(len(stack)), stackOff, uint32(len(ctx)), ctxOff))
	d := b.bytes()
	f, err := NewFile(bytes.NewReader(d), int64(len(d)))
	if err != nil || len(f.Errors) > 0 {
		t.Fatal(err, f.Errors)
	}
	fr := f.Report().Crash.Threads[0].Frames
	if len(fr) != 2 || fr[1].Offset != 0x1500 {
		t.Fatalf("frames %+v, want rip and the .text return address only", fr)
	}
}

// TestMutatedFixtures parses seeded random corruptions of the small
// fixtures: always a report or a *FormatError, never a panic.
func TestMutatedFixtures(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for _, p := range dumpFixtures(t) {
		d0, err := os.ReadFile(p)
		if err != nil || len(d0) > 50<<10 {
			continue
		}
		for i := 0; i < 100; i++ {
			d := append([]byte(nil), d0...)
			for k := 0; k < 1+rng.Intn(6); k++ {
				pos := rng.Intn(len(d))
				if rng.Intn(2) == 0 && pos < 4096 {
					pos = rng.Intn(min(len(d), 512))
				}
				d[pos] = byte(rng.Intn(256))
			}
			f, err := NewFile(bytes.NewReader(d), int64(len(d)))
			if err != nil {
				var fe *FormatError
				if !errors.As(err, &fe) {
					t.Fatalf("%v is not a *FormatError", err)
				}
				continue
			}
			if _, err := json.Marshal(f.Report()); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// VectorArea points at the FP/vector save area of each known context
// layout, never at the registers an unwinder reads, and at nothing for an
// unknown or hostile record.
func TestVectorArea(t *testing.T) {
	seen := 0
	for _, path := range dumpFixtures(t) {
		f, err := openFixture(t, path)
		if err != nil {
			continue
		}
		for _, th := range f.Threads {
			vs, ve, ok := f.VectorArea(th.Context)
			if !ok {
				continue
			}
			c, err := f.ReadContext(th.Context)
			if err != nil {
				t.Fatalf("%s: %v", filepath.Base(path), err)
			}
			// every register the unwinder reads ends before the area
			limit := map[string]int64{"amd64": 256, "386": 204, "arm64": 272}[c.Arch]
			if limit == 0 || vs < limit || ve > th.Context.Size || vs >= ve {
				t.Errorf("%s: %s context: area [%d,%d) of %d", filepath.Base(path), c.Arch, vs, ve, th.Context.Size)
			}
			seen++
		}
	}
	if seen == 0 {
		t.Error("no fixture context has a vector area")
	}
	f := &File{}
	for _, loc := range []Location{{Off: 0, Size: 0}, {Off: 0, Size: maxContext + 1}, {Off: 1 << 40, Size: 716}} {
		if _, _, ok := f.VectorArea(loc); ok {
			t.Errorf("%+v: area for a record that cannot be read", loc)
		}
	}
}
