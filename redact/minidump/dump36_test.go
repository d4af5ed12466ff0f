package minidump

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand"

	md "crashd/collector/minidump"
	"testing"
)

// A string routine that copied a document path 16 bytes at a time left
// the registers holding cut pieces of it: "nedu wedding.m3u" and
// "\Music\Sets\Adae" (Wine's dbghelp, from a real crash, wrote exactly
// these). The scrubber, reading whole words, took "Adae" and "nedu" for no
// name although the stack taught it Adaeze and Chinedu. Text that runs
// into a register's edge goes; registers holding numbers, and the
// registers outside the save area, stay byte for byte.
func TestVectorRegisterTextPiecesVanish(t *testing.T) {
	const user = "Chukwuemeka Obi"
	path := `C:\Users\` + user + `\Music\Sets\Adaeze & Chinedu wedding.m3u`
	in := synthDump(0, user)
	a := parse(t, in)
	zeroVectorArea(t, a, in)
	xmm := func(i int) []byte { return xmmAt(t, a, in, i) }
	wide := utf16le(path)
	cut := bytes.Index(wide, utf16le("nedu wedding"))
	copy(xmm(0), wide[cut:cut+16])
	copy(xmm(1), wide[cut+16:cut+32])
	copy(xmm(2), utf16le(`\Music\Sets\Adae`))
	copy(xmm(3), `ments\Wanjiru_Ka`) // UTF-8 pieces of another path
	copy(xmm(4), "mau.pdb\x00\x00\x00\x00\x00\x00\x00\x00\x00")
	// an odd-parity UTF-16 piece, and numbers
	copy(xmm(5)[1:], utf16le("\\Users\\Chuk"))
	var keep [][]byte
	put := func(i int, b []byte) { copy(xmm(i), b); keep = append(keep, append([]byte(nil), xmm(i)...)) }
	f64 := func(x, y float64) []byte {
		b := binary.LittleEndian.AppendUint64(nil, math.Float64bits(x))
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(y))
	}
	f32 := func(v ...float32) []byte {
		var b []byte
		for _, x := range v {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
		}
		return b
	}
	put(6, f64(3.141592653589793, -0.25))
	put(7, f32(0.70710677, 44100, -1.5, 1e-3))
	put(8, f32(12.345, 98.6, 440, 0.5))
	put(9, binary.LittleEndian.AppendUint64(binary.LittleEndian.AppendUint64(nil, 0x0001000200030004), 0x7ff6a1b2c3d40000))
	put(10, f64(48000, 1.0/3))
	put(11, []byte("\x00\x00id=42\x00\x00\x00\x00\x00\x00\x00")) // a short string inside a register
	// the stack holds the whole path, from which the names are learned
	stk := a.Threads[0].Stack
	for _, m := range a.Memory {
		if m.Start == stk.Start {
			copy(in[m.Off+0x900:], wide)
		}
	}
	out, s, err := scrub(t, in, DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	b := parse(t, out)
	checkSameStructure(t, in, out, a, b)
	for _, v := range []string{"Adae", "nedu", "Chinedu", "Adaeze", "Chuk", "Wanjiru", "Kamau", "mau.pdb", "nedu wedding", "Obi"} {
		if containsFold(out, v) || bytes.Contains(out, utf16le(v)[1:]) {
			t.Errorf("%q survives; summary %v", v, s.Summary())
		}
	}
	for i, k := range keep {
		if got := xmmAt(t, b, out, 6+i); !bytes.Equal(got, k) {
			t.Errorf("XMM%d % x -> % x", 6+i, k, got)
		}
	}
}

// zeroVectorArea zeroes the vector registers' save area in the first
// thread's context of the dump b (parsed as f).
func zeroVectorArea(t *testing.T, f *md.File, b []byte) {
	t.Helper()
	ctx := f.Threads[0].Context
	vs, ve, ok := f.VectorArea(ctx)
	if !ok {
		t.Fatal("no vector area")
	}
	clear(b[ctx.Off+vs : ctx.Off+ve])
}

// xmmAt returns register XMM i of the first thread of the dump b (parsed
// as f): XMM0..XMM15 start 0x80 into the vector area, after the x87
// registers.
func xmmAt(t *testing.T, f *md.File, b []byte, i int) []byte {
	t.Helper()
	ctx := f.Threads[0].Context
	vs, _, ok := f.VectorArea(ctx)
	if !ok {
		t.Fatal("no vector area")
	}
	o := ctx.Off + vs + 0x80 + 16*int64(i)
	return b[o : o+16]
}

// cutText leaves registers of numbers alone: a sweep of float32 and
// float64 vectors over the ranges audio, graphics and layout code use.
func TestCutTextKeepsNumbers(t *testing.T) {
	r := make([]byte, 16)
	n := 0
	for x := 1e-6; x < 1e9; x *= 1.37 {
		for _, sign := range []float64{1, -1} {
			v := sign * x
			binary.LittleEndian.PutUint64(r, math.Float64bits(v))
			binary.LittleEndian.PutUint64(r[8:], math.Float64bits(v*0.731))
			if l, tr := cutText(r); l+tr > 0 {
				n++
				t.Logf("float64 %g: lead %d trail %d", v, l, tr)
			}
			for i := 0; i < 4; i++ {
				binary.LittleEndian.PutUint32(r[4*i:], math.Float32bits(float32(v*float64(i+1)*1.1)))
			}
			if l, tr := cutText(r); l+tr > 0 {
				n++
				t.Logf("float32 %g: lead %d trail %d", v, l, tr)
			}
		}
	}
	if n > 0 {
		t.Errorf("%d number registers read as text", n)
	}
	// random bytes (hashes, keys, noise): hardly ever
	rng := rand.New(rand.NewSource(36))
	n = 0
	for i := 0; i < 100000; i++ {
		rng.Read(r)
		if l, tr := cutText(r); l+tr > 0 {
			n++
		}
	}
	if n > 60 { // under 0.06%
		t.Errorf("%d of 100000 random registers read as text", n)
	}
	t.Logf("%d of 100000 random registers read as text", n)
}

// A full-memory dump (dbghelp's MiniDumpWithFullMemory, as Wine wrote one
// from a real crash) captures each stack's whole region, 2 MB of it, of
// which the thread owns only the part above its stack pointer; below lie
// dead frames: the crash handler's own, and the context the exception
// dispatcher saved there, registers holding cut pieces of a document
// path ("nedu wedding.m3u", "\Music\Sets\Adae") included. Stacks are kept
// as the thread list gives them, as a stack-only dump holds them; the rest
// of the region goes with the heap.
func TestFullDumpKeepsOnlyThreadStacks(t *testing.T) {
	const user = "Bartosz Wiśniewski"
	in := synthDump(1<<16, user)
	a := parse(t, in)
	const dead = 0x1000
	// the thread's stack starts dead bytes into its region
	tl := a.StreamsOf(0x3)[0]
	th := in[tl.Off+4:]
	start := binary.LittleEndian.Uint64(th[24:])
	binary.LittleEndian.PutUint64(th[24:], start+dead)
	binary.LittleEndian.PutUint32(th[32:], binary.LittleEndian.Uint32(th[32:])-dead)
	binary.LittleEndian.PutUint32(th[36:], binary.LittleEndian.Uint32(th[36:])+dead)
	ctx := a.Threads[0].Context
	binary.LittleEndian.PutUint64(in[ctx.Off+152:], start+dead+0x40) // rsp
	var region md.MemoryRange
	for _, m := range a.Memory {
		if m.Start == start {
			region = m
		}
	}
	if region.Size != 64<<10 {
		t.Fatalf("stack region %+v", region)
	}
	// dead frames: a saved context's registers, a stale file name
	copy(in[region.Off+0x200:], utf16le(`nedu wedding.m3u\Music\Sets\Adae`))
	copy(in[region.Off+0x400:], "Wesele Agnieszki i Bartka - final.m3u")
	// live frames: text the thread still uses, and a number
	live := region.Off + dead + 0x80
	copy(in[live:], "deck A gain=0.75 bpm=128")
	a = parse(t, in)
	if a.Threads[0].Stack.Start != start+dead {
		t.Fatalf("thread stack %+v", a.Threads[0].Stack)
	}
	out, s, err := scrub(t, in, DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	b := parse(t, out)
	checkSameStructure(t, in, out, a, b)
	for _, v := range []string{"Adae", "nedu", "Agnieszki", "Bartka", "Wesele", "Wiśniewski", "Bartosz"} {
		if containsFold(out, v) || bytes.Contains(out, utf16le(v)[1:]) {
			t.Errorf("%q survives; summary %v", v, s.Summary())
		}
	}
	if len(b.Memory) != 1 || b.Memory[0].Start != start+dead || b.Memory[0].Size != region.Size-dead {
		t.Fatalf("memory %+v, want the thread's stack %#x+%#x", b.Memory, start+dead, region.Size-dead)
	}
	// the live stack is where the list says, its bytes as they were
	got := out[b.Memory[0].Off : b.Memory[0].Off+b.Memory[0].Size]
	want := in[region.Off+dead : region.Off+region.Size]
	if !bytes.Equal(got, want) {
		t.Errorf("live stack bytes changed")
	}
	if !bytes.Contains(got, []byte("deck A gain=0.75 bpm=128")) {
		t.Errorf("live stack text lost")
	}
	if len(out) > 80<<10 {
		t.Errorf("%d bytes out", len(out))
	}
	// Keeping all memory keeps the whole region.
	out, _, err = scrub(t, in, Policy{KeepStacks: true, KeepOtherMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	b = parse(t, out)
	checkAllMemory(t, in, out, a, b)
}

// A thread's stack spans two Memory64 ranges (the stack's region and the
// one after it in memory) between which, in file order, a heap range with
// the exception context in it lies: dropping the heap would move the
// second range's bytes, so every range is kept (scrubbed), each at its own
// bytes.
func TestMemory64OverlapBetweenStacks(t *testing.T) {
	in := synthDump(2<<20, "zoe.kowalczyk")
	a := parse(t, in)
	st := a.Threads[0].Stack
	var m64 md.Stream
	for _, s := range a.Streams {
		if s.Type == md.StreamMemory64List {
			m64 = s
		}
	}
	// file order: stack, heap 0, heap 1; heap 1 moves right after the stack
	binary.LittleEndian.PutUint64(in[m64.Off+16+2*16:], st.Start+uint64(st.Size))
	// the stack runs 4 KiB into it (its bytes found by address: RVA 0, as
	// Wine writes a full dump's stacks)
	th := in[a.StreamsOf(md.StreamThreadList)[0].Off+4:]
	binary.LittleEndian.PutUint32(th[32:], uint32(st.Size)+4096)
	binary.LittleEndian.PutUint32(th[36:], 0)
	// the context moves into heap 0
	var heap0 md.MemoryRange
	for _, m := range a.Memory {
		if m.Is64 && m.Off > st.Off && (heap0.Off == 0 || m.Off < heap0.Off) {
			heap0 = m
		}
	}
	ctx := a.Exception.Context
	dst := heap0.Off + 4096
	copy(in[dst:], in[ctx.Off:ctx.Off+ctx.Size])
	binary.LittleEndian.PutUint32(in[a.StreamsOf(md.StreamException)[0].Off+164:], uint32(dst))
	a = parse(t, in)
	out, _, err := scrub(t, in, DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	b := parse(t, out)
	checkSameStructure(t, in, out, a, b)
	checkAllMemory(t, in, out, a, b)
}

// Wine's dbghelp writes a full-memory dump's thread stacks with RVA 0:
// their bytes are in the Memory64List only. The parser took offset 0 for
// the stack's bytes: the walk read the header as the stack (one frame
// where the real dump has 37), and the scrubber kept the file's first
// bytes, whatever they held, as that stack. The stack is found by address.
func TestStackWithoutRVAIsReadByAddress(t *testing.T) {
	in := synthDump(1<<16, "kwabena.owusu")
	a := parse(t, in)
	st := a.Threads[0].Stack
	th := in[a.StreamsOf(md.StreamThreadList)[0].Off+4:]
	binary.LittleEndian.PutUint32(th[36:], 0)
	// a return address into the module, right above the stack pointer
	const base = 0x140000000
	ctx := a.Threads[0].Context
	sp := binary.LittleEndian.Uint64(in[ctx.Off+152:])
	for _, m := range a.Memory {
		if m.Start == st.Start {
			binary.LittleEndian.PutUint64(in[m.Off+int64(sp-m.Start)+8:], base+0x2345)
		}
	}
	a = parse(t, in)
	for _, r := range a.Refs() {
		if r.Kind == md.RefStack && r.Off == 0 {
			t.Errorf("stack ref at offset 0: %+v", r)
		}
	}
	fa := a.Report().CrashedFrames()
	if len(fa) < 2 || fa[1].Address != base+0x2345 {
		t.Fatalf("input frames %v: want the return address second", fa)
	}
	out, _, err := scrub(t, in, DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	b := parse(t, out)
	checkSameStructure(t, in, out, a, b)
	if len(b.Memory) != 1 || b.Memory[0].Start != st.Start || b.Memory[0].Size != st.Size {
		t.Fatalf("memory %+v: want the stack %+v", b.Memory, st)
	}
	if fb := b.Report().CrashedFrames(); len(fb) < 2 || fb[1] != fa[1] {
		t.Errorf("output frames %v, input %v", fb, fa)
	}
}
