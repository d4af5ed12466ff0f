package minidump

import (
	"bytes"
	"encoding/binary"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"

	md "crashd/collector/minidump"
)

// synthDump builds a Windows x64 full-memory style minidump: one thread
// whose stack and a heap of heapSize bytes live in a Memory64List, as
// dbghelp writes them with MiniDumpWithFullMemory. The user name is planted
// in the module path, the debug file name, the stack (UTF-16 at an odd
// offset), the vector registers of its context and all over the heap.
func synthDump(heapSize int, user string) []byte {
	var b []byte
	pad := func() {
		for len(b)%8 != 0 {
			b = append(b, 0)
		}
	}
	at := func(data []byte) uint32 { pad(); off := uint32(len(b)); b = append(b, data...); return off }
	w := func(vals ...any) []byte {
		var buf bytes.Buffer
		for _, v := range vals {
			binary.Write(&buf, binary.LittleEndian, v)
		}
		return buf.Bytes()
	}
	b = make([]byte, md.HeaderSize)
	type ent struct{ typ, size, rva uint32 }
	var dir []ent
	stream := func(t md.StreamType, data []byte) { dir = append(dir, ent{uint32(t), uint32(len(data)), at(data)}) }

	stream(md.StreamSystemInfo, w(uint16(md.ArchAMD64), uint16(6), uint16(0), uint8(8), uint8(1), uint32(10), uint32(0), uint32(19045),
		uint32(md.PlatformWin32NT), uint32(0), uint16(0), uint16(0), []byte("GenuineIntel"), make([]byte, 12)))
	const base, stackVA, heapVA = 0x140000000, 0x7ff000000, 0x20000000
	modPath := `C:\Users\` + user + `\AppData\Local\Programs\Mixer\Mixer.exe`
	name := at(append(w(uint32(2*len(modPath))), append(utf16le(modPath), 0, 0)...))
	cv := at(append(append([]byte("RSDS"), w([16]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, uint32(1))...), `C:\Users\`+user+`\src\Mixer.pdb`+"\x00"...))
	cvSize := uint32(24 + len(`C:\Users\`+user+`\src\Mixer.pdb`) + 1)
	mod := w(uint32(1), uint64(base), uint32(0x100000), uint32(0), uint32(0x5f000000), name, make([]byte, 52), cvSize, cv, uint64(0), uint64(0), uint64(0))
	stream(md.StreamModuleList, mod)

	plugin := `C:\Users\` + user + `\Documents\VST\Plugin.dll`
	pname := at(append(w(uint32(2*len(plugin))), append(utf16le(plugin), 0, 0)...))
	stream(md.StreamUnloadedModuleList, w(uint32(12), uint32(24), uint32(1), uint64(0x180000000), uint32(0x20000), uint32(0), uint32(0x5f000001), pname))
	tn := "deck loader (" + user + ")"
	tname := at(append(w(uint32(2*len(tn))), append(utf16le(tn), 0, 0)...))
	stream(md.StreamThreadNames, w(uint32(1), uint32(0x1a2c), uint64(tname)))
	hpath := `\Device\HarddiskVolume3\Users\` + user + `\Music\library.db`
	htype, hobj := at(append(w(uint32(8)), append(utf16le("File"), 0, 0)...)), at(append(w(uint32(2*len(hpath))), append(utf16le(hpath), 0, 0)...))
	stream(md.StreamHandleData, w(uint32(16), uint32(32), uint32(1), uint32(0), uint64(4), htype, hobj, uint32(0), uint32(0x120089), uint32(1), uint32(1)))
	stream(md.StreamCommentW, utf16le("crash while "+user+" loaded a crate"))

	ctx := make([]byte, 1232)
	binary.LittleEndian.PutUint32(ctx[48:], 0x0010000b)
	binary.LittleEndian.PutUint64(ctx[152:], stackVA+0x100) // rsp
	binary.LittleEndian.PutUint64(ctx[248:], base+0x1234)   // rip
	// XMM0..XMM2 hold what a string copy left there
	copy(ctx[0x1a0:], `C:\Users\`+user+`\Music`)
	ctxOff := at(ctx)

	// Memory64 data goes last, as dbghelp writes it: stack, then heap.
	stack := make([]byte, 64<<10)
	rng := rand.New(rand.NewSource(1))
	rng.Read(stack[:4096])
	copy(stack[0x301:], utf16le(`C:\Users\`+user+`\Music\set.xml`)) // odd offset
	copy(stack[0x801:], `HOME=/home/`+user+"\x00")
	ranges := []struct {
		va   uint64
		size int
	}{{stackVA, len(stack)}}
	const chunk = 1 << 20
	for off := 0; off < heapSize; off += chunk {
		ranges = append(ranges, struct {
			va   uint64
			size int
		}{heapVA + uint64(off), min(chunk, heapSize-off)})
	}
	m64 := w(uint64(len(ranges)), uint64(0))
	for _, r := range ranges {
		m64 = append(m64, w(r.va, uint64(r.size))...)
	}
	m64Off := at(m64)
	dir = append(dir, ent{uint32(md.StreamMemory64List), uint32(len(m64)), m64Off})
	thread := w(uint32(1), uint32(0x1a2c), uint32(0), uint32(0), uint32(0), uint64(0), uint64(stackVA), uint32(len(stack)), uint32(0), uint32(len(ctx)), ctxOff)
	stream(md.StreamThreadList, thread)
	exc := w(uint32(0x1a2c), uint32(0), uint32(0xc0000005), uint32(0), uint64(0), uint64(base+0x1234), uint32(2), uint32(0), uint64(1), uint64(0x10), make([]byte, 13*8), uint32(len(ctx)), ctxOff)
	stream(md.StreamException, exc)

	dirOff := at(make([]byte, 12*(len(dir)+1)))
	pad()
	memBase := uint32(len(b))
	binary.LittleEndian.PutUint64(b[m64Off+8:], uint64(memBase))
	// Thread stack descriptor points into the Memory64 data.
	binary.LittleEndian.PutUint32(b[dir[len(dir)-2].rva+4+36:], memBase)
	b = append(b, stack...)
	text := []byte("user=" + user + " opened C:\\Users\\" + user + "\\Music\\Crate " + strings.Repeat("deck ", 7) + "\n")
	heap := make([]byte, heapSize)
	for i := 0; i < heapSize; {
		if rng.Intn(3) == 0 {
			i += copy(heap[i:], text)
		} else {
			n := min(heapSize-i, 64+rng.Intn(512))
			rng.Read(heap[i : i+n])
			i += n
		}
	}
	b = append(b, heap...)
	dir = append(dir, ent{0, 0, 0}) // an unused entry, as dbghelp adds
	for i, e := range dir {
		binary.LittleEndian.PutUint32(b[int(dirOff)+12*i:], e.typ)
		binary.LittleEndian.PutUint32(b[int(dirOff)+12*i+4:], e.size)
		binary.LittleEndian.PutUint32(b[int(dirOff)+12*i+8:], e.rva)
	}
	copy(b, md.Magic)
	binary.LittleEndian.PutUint32(b[4:], 0xa793)
	binary.LittleEndian.PutUint32(b[8:], uint32(len(dir)))
	binary.LittleEndian.PutUint32(b[12:], dirOff)
	binary.LittleEndian.PutUint64(b[24:], 2) // MiniDumpWithFullMemory
	return b
}

func TestFullMemoryDumpShrinks(t *testing.T) {
	const user = "zoe.kowalczyk"
	in := synthDump(8<<20, user)
	a := parse(t, in)
	if len(a.Errors) > 0 || len(a.Memory) != 9 {
		t.Fatalf("synthetic dump: %v, %d ranges", a.Errors, len(a.Memory))
	}
	out, s, err := scrub(t, in, DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	b := parse(t, out)
	checkSameStructure(t, in, out, a, b)
	stackIn := a.Memory[len(a.Memory)-1] // highest address: the stack
	if len(b.Memory) != 1 || !b.Memory[0].Is64 || b.Memory[0].Start != stackIn.Start || b.Memory[0].Size != stackIn.Size {
		t.Fatalf("kept memory %+v", b.Memory)
	}
	if b.Threads[0].Stack.Off != b.Memory[0].Off {
		t.Errorf("thread stack descriptor %#x does not point at the kept Memory64 range %#x", b.Threads[0].Stack.Off, b.Memory[0].Off)
	}
	if len(out) > len(in)/50 {
		t.Errorf("output %d bytes for %d input: heap not dropped", len(out), len(in))
	}
	if containsFold(out, user) {
		t.Errorf("user name survives; summary %v", s.Summary())
	}
	// Stack bytes are unchanged except where identifiers were.
	sa := in[stackIn.Off : stackIn.Off+stackIn.Size]
	sb := out[b.Memory[0].Off : b.Memory[0].Off+b.Memory[0].Size]
	diff := 0
	for i := range sa {
		if sa[i] != sb[i] {
			diff++
		}
	}
	if diff == 0 || diff > 200 {
		t.Errorf("%d stack bytes changed", diff)
	}
	if !containsFold(out, `\Mixer.exe`) || !containsFold(out, "Mixer.pdb") {
		t.Error("module or debug file base name lost")
	}
	if len(b.UnloadedModules) != 1 || b.UnloadedModules[0].Base != 0x180000000 || !strings.HasSuffix(b.UnloadedModules[0].Name, `\Documents\VST\Plugin.dll`) {
		t.Errorf("unloaded module: %+v", b.UnloadedModules)
	}
	if n := b.Threads[0].Name; len(n) != len("deck loader ("+user+")") || !strings.HasPrefix(n, "deck loader (") {
		t.Errorf("thread name %q", n)
	}
	twice, _, err := scrub(t, out, DefaultPolicy())
	if err != nil || !bytes.Equal(twice, out) {
		t.Errorf("not idempotent (%v)", err)
	}
}

func FuzzScrub(f *testing.F) {
	f.Add(synthDump(4096, "fuzzuser"))
	if root := findFixtures(); root != "" {
		for _, p := range fixtures(f) {
			if d, err := readSmall(p); err == nil {
				f.Add(d)
			}
		}
	}
	f.Fuzz(scrubProperty)
}

// scrubProperty: whatever parses, scrubs without error into a dump that
// parses with the same streams, modules and threads, and is not much
// longer than the input.
func scrubProperty(t *testing.T, in []byte) {
	a, err := md.NewFile(bytes.NewReader(in), int64(len(in)))
	if err != nil {
		return
	}
	out, _, err := scrub(t, in, DefaultPolicy())
	if err != nil {
		t.Fatalf("parsed input failed to scrub: %v", err)
	}
	b, err := md.NewFile(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatalf("output does not parse: %v", err)
	}
	if len(a.Streams) != len(b.Streams) || len(a.Modules) != len(b.Modules) || len(a.Threads) != len(b.Threads) {
		t.Fatalf("structure changed: streams %d->%d modules %d->%d threads %d->%d",
			len(a.Streams), len(b.Streams), len(a.Modules), len(b.Modules), len(a.Threads), len(b.Threads))
	}
	// Growth is bounded: alignment padding per kept run and the
	// rewritten memory lists.
	if limit := len(in) + 16*(len(a.Refs())+4) + 16*len(a.Memory) + 64; len(out) > limit {
		t.Fatalf("output %d bytes for %d input", len(out), len(in))
	}
}

// TestScrubMutatedFixtures runs the fuzz property over seeded random
// corruptions of the small fixtures, so every test run covers hostile
// layouts (overlapping blobs, counts, pointers) and not only fuzz runs.
func TestScrubMutatedFixtures(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	n := 0
	for _, p := range fixtures(t) {
		d0, err := readSmall(p)
		if err != nil {
			continue
		}
		for i := 0; i < 40; i++ {
			d := append([]byte(nil), d0...)
			for k := 0; k < 1+rng.Intn(6); k++ {
				pos := rng.Intn(len(d))
				if rng.Intn(2) == 0 && pos < 2048 {
					pos = rng.Intn(256) // the header and early structures
				}
				d[pos] = byte(rng.Intn(256))
			}
			scrubProperty(t, d)
			n++
		}
	}
	if n == 0 {
		t.Skip("no small fixtures")
	}
}

func readSmall(p string) ([]byte, error) {
	d, err := osReadFile(p)
	if err != nil || len(d) >= 50<<10 {
		return nil, errSkip
	}
	return d, nil
}

// BenchmarkScrubVsZstd measures Learn+Scrub against zstd -3 (klauspost
// SpeedDefault, one goroutine) compressing the same bytes in the same run,
// and reports speed ratio and output size.
func BenchmarkScrubVsZstd(b *testing.B) {
	inputs := []struct {
		name string
		data func() []byte
	}{
		{"full-memory-100MB", func() []byte { return synthDump(100<<20, "zoe.kowalczyk") }},
	}
	if root := findFixtures(); root != "" {
		inputs = append(inputs, struct {
			name string
			data func() []byte
		}{"wine-stack", func() []byte { d, _ := osReadFile(root + "/generated/windows-x64-wine-stack.dmp"); return d }})
	}
	enc, err := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	if err != nil {
		b.Fatal(err)
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			data := in.data()
			if len(data) == 0 {
				b.Skip("input missing")
			}
			b.SetBytes(int64(len(data)))
			var zdur, sdur time.Duration
			var zout []byte
			var out bytes.Buffer
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				t0 := time.Now()
				zout = enc.EncodeAll(data, zout[:0])
				zdur += time.Since(t0)
				out.Reset()
				t1 := time.Now()
				s := newSession(b)
				if err := Learn(bytes.NewReader(data), int64(len(data)), s); err != nil {
					b.Fatal(err)
				}
				if err := Scrub(&out, bytes.NewReader(data), int64(len(data)), s, DefaultPolicy()); err != nil {
					b.Fatal(err)
				}
				sdur += time.Since(t1)
			}
			mb := float64(len(data)) * float64(b.N) / 1e6
			b.ReportMetric(mb/sdur.Seconds(), "scrub_MB/s")
			b.ReportMetric(mb/zdur.Seconds(), "zstd3_MB/s")
			b.ReportMetric(zdur.Seconds()/sdur.Seconds(), "speed_x_zstd")
			b.ReportMetric(float64(out.Len())/float64(len(data)), "out/in")
		})
	}
}

// TestMemory64OverlapFallsBackToKeepingAll: a kept structure (here the
// exception context) inside a dropped heap range stays, and the heap goes:
// nothing kept lies between kept Memory64 ranges, whose offsets stay
// implied. Where something does (TestMemory64OverlapBetweenStacks), every
// range is kept (scrubbed) and each still maps to its own bytes.
func TestMemory64OverlapFallsBackToKeepingAll(t *testing.T) {
	in := synthDump(2<<20, "zoe.kowalczyk")
	a := parse(t, in)
	heap := a.Memory[0]
	// Move the exception context into the first heap range.
	ctxIn := in[a.Exception.Context.Off : a.Exception.Context.Off+a.Exception.Context.Size]
	dst := heap.Off + 4096
	copy(in[dst:], ctxIn)
	for _, s := range a.Streams {
		if s.Type == md.StreamException {
			binary.LittleEndian.PutUint32(in[s.Off+164:], uint32(dst))
		}
	}
	a = parse(t, in)
	out, _, err := scrub(t, in, DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	b := parse(t, out)
	checkSameStructure(t, in, out, a, b)
	if len(b.Memory) != 1 || b.Memory[0].Start != a.Threads[0].Stack.Start {
		t.Fatalf("memory %+v: want the stack alone", b.Memory)
	}
	st := a.Threads[0].Stack
	for _, m := range a.Memory {
		if m.Start == st.Start {
			ma, mb := m, b.Memory[0]
			diff := 0
			for k := int64(0); k < min(ma.Size, mb.Size); k++ {
				if in[ma.Off+k] != out[mb.Off+k] {
					diff++
				}
			}
			if ma.Size != mb.Size || diff > int(ma.Size/10) {
				t.Errorf("stack %+v -> %+v misplaced (%d bytes differ)", ma, mb, diff)
			}
		}
	}
}

// checkAllMemory: every input range is in the output, mapped to its own
// bytes (which differ only where identifiers were scrubbed).
func checkAllMemory(t *testing.T, in, out []byte, a, b *md.File) {
	t.Helper()
	if len(b.Memory) != len(a.Memory) {
		t.Fatalf("kept %d of %d ranges", len(b.Memory), len(a.Memory))
	}
	for i := range a.Memory {
		ma, mb := a.Memory[i], b.Memory[i]
		if ma.Start != mb.Start || ma.Size != mb.Size {
			t.Fatalf("range %d: %+v -> %+v", i, ma, mb)
		}
		diff := 0
		for k := int64(0); k < ma.Size; k++ {
			if in[ma.Off+k] != out[mb.Off+k] {
				diff++
			}
		}
		if diff > int(ma.Size/10) {
			t.Errorf("range %d: %d of %d bytes differ: misplaced", i, diff, ma.Size)
		}
	}
}

// TestKeepOtherMemoryKeepsFileOrder: Memory64 data follows the list's file
// order, not address order (here the stack is written before the heap).
func TestKeepOtherMemoryKeepsFileOrder(t *testing.T) {
	in := synthDump(2<<20, "zoe.kowalczyk")
	out, _, err := scrub(t, in, Policy{KeepStacks: true, KeepOtherMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	a, b := parse(t, in), parse(t, out)
	checkSameStructure(t, in, out, a, b)
	checkAllMemory(t, in, out, a, b)
	if containsFold(out, "zoe.kowalczyk") {
		t.Error("user name survives in kept heap")
	}
}

// A user name in another script (module paths, the PDB path, thread and
// handle names, a comment and a stack string, all UTF-16 but the PDB path)
// vanishes like an ASCII one, and the dump keeps its structure.
func TestNonLatinUserNamesVanish(t *testing.T) {
	for _, user := range []string{"田中太郎", "Зоя Ковальчук", "Łukasz.Wróbel", "김민준"} {
		t.Run(user, func(t *testing.T) {
			in := synthDump(1<<20, user)
			a := parse(t, in)
			out, s, err := scrub(t, in, DefaultPolicy())
			if err != nil {
				t.Fatal(err)
			}
			b := parse(t, out)
			checkSameStructure(t, in, out, a, b)
			for _, part := range append(strings.FieldsFunc(user, func(r rune) bool { return r == ' ' || r == '.' }), user) {
				if bytes.Contains(out, utf16le(part)) || bytes.Contains(out, []byte(part)) {
					t.Errorf("%q survives; summary %v", part, s.Summary())
				}
			}
		})
	}
}
