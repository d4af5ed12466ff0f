package minidump

import "sort"

// Unwinding limits. Without CFI the unwinder trusts frame pointers first
// and falls back to scanning the stack for return addresses.
const (
	maxFrames     = 128
	maxScanFrames = 64
)

// moduleIndex maps addresses to loaded modules.
type moduleIndex struct {
	r    []modRange
	code map[int][][2]uint64 // executable ranges (offsets) per module; nil entry: unknown
}

type modRange struct {
	base, end uint64
	idx       int
}

func newModuleIndex(mods []Module) *moduleIndex {
	mi := &moduleIndex{code: map[int][][2]uint64{}}
	for i, m := range mods {
		if m.Size == 0 || m.Base+m.Size < m.Base {
			continue
		}
		mi.r = append(mi.r, modRange{m.Base, m.Base + m.Size, i})
	}
	sort.Slice(mi.r, func(i, j int) bool { return mi.r[i].base < mi.r[j].base })
	return mi
}

// find returns the index (into the module slice) of the module holding addr.
func (mi *moduleIndex) find(addr uint64) (int, bool) {
	i := sort.Search(len(mi.r), func(i int) bool { return mi.r[i].base > addr }) - 1
	if i >= 0 && addr < mi.r[i].end {
		return mi.r[i].idx, true
	}
	return 0, false
}

// memRange holds bytes of the process's memory read for unwinding.
type memRange struct {
	start uint64
	b     []byte
}

func (m memRange) word(addr uint64, size int) (uint64, bool) {
	if addr < m.start || addr-m.start > uint64(len(m.b)) || uint64(len(m.b))-(addr-m.start) < uint64(size) {
		return 0, false
	}
	o := addr - m.start
	if size == 4 {
		return uint64(le32(m.b[o:])), true
	}
	return le64(m.b[o:]), true
}

// readVA reads n bytes of process memory at addr if a captured range holds
// them whole.
func (f *File) readVA(addr uint64, n int64) ([]byte, bool) {
	i := sort.Search(len(f.Memory), func(i int) bool { return f.Memory[i].Start > addr }) - 1
	if i < 0 {
		return nil, false
	}
	m := f.Memory[i]
	if addr-m.Start > uint64(m.Size) || uint64(m.Size)-(addr-m.Start) < uint64(n) {
		return nil, false
	}
	b, err := f.read(m.Off+int64(addr-m.Start), n)
	return b, err == nil
}

// stackFor returns up to maxStackRead bytes of t's stack from sp upward,
// falling back to a memory list's range holding sp when the thread's own
// descriptor is empty or has no bytes in the file (RVA 0).
func (f *File) stackFor(t *Thread, sp uint64) memRange {
	r := t.Stack
	if r.Size == 0 || r.Off == 0 || sp < r.Start || sp >= r.End() {
		found := false
		for _, m := range f.Memory {
			if sp >= m.Start && sp < m.End() {
				r, found = m, true
				break
			}
		}
		if !found && (r.Size == 0 || r.Off == 0 || sp >= r.End()) {
			return memRange{}
		}
	}
	start := r.Start
	if sp > start && sp < r.End() {
		start = sp &^ 7
		if start < r.Start {
			start = r.Start
		}
	}
	n := int64(r.End() - start)
	if n > maxStackRead {
		n = maxStackRead
	}
	b, err := f.read(r.Off+int64(start-r.Start), n)
	if err != nil {
		return memRange{}
	}
	return memRange{start: start, b: b}
}

// stripPAC removes arm64 pointer-authentication bits from a code address.
func stripPAC(c *Context, v uint64) uint64 {
	if c.Arch == "arm64" {
		return v & (1<<47 - 1)
	}
	return v
}

// unwind returns the thread's frame addresses, innermost first: the
// context's PC, then the frame-pointer chain, then (when the chain breaks
// early) a scan of the remaining stack for words that point into module
// code and, where code bytes were captured, follow a call instruction.
func (f *File) unwind(c *Context, stack memRange, mods *moduleIndex) []uint64 {
	frames := []uint64{c.PC}
	ptr := uint64(c.PtrSize)
	sp, fp := c.SP, c.FP
	inMod := func(a uint64) bool { _, ok := mods.find(a); return ok }
	chainEnded := false
	for len(frames) < maxFrames {
		if fp == 0 {
			chainEnded = len(frames) > 1
			break
		}
		if fp < sp || fp%ptr != 0 {
			break
		}
		prev, ok1 := stack.word(fp, c.PtrSize)
		ret, ok2 := stack.word(fp+ptr, c.PtrSize)
		if !ok1 || !ok2 {
			break
		}
		ret = stripPAC(c, ret)
		if !inMod(ret) {
			break
		}
		frames = append(frames, ret)
		sp = fp + 2*ptr
		if prev == 0 {
			chainEnded = true
			break
		}
		if prev <= fp {
			break
		}
		fp = prev
	}
	if len(frames) == 1 && (c.Arch == "arm64" || c.Arch == "arm") {
		// A leaf function has not saved the link register yet.
		if lr := stripPAC(c, c.LR); lr != c.PC && inMod(lr) {
			frames = append(frames, lr)
		}
	}
	if chainEnded || len(stack.b) == 0 {
		return frames
	}
	scanned := 0
	a := sp
	if a < stack.start {
		a = stack.start
	}
	a = (a + ptr - 1) &^ (ptr - 1)
	for ; len(frames) < maxFrames && scanned < maxScanFrames; a += ptr {
		v, ok := stack.word(a, c.PtrSize)
		if !ok {
			break
		}
		v = stripPAC(c, v)
		if v == frames[len(frames)-1] || !f.plausibleReturn(v, mods) || !f.followsCall(c, v) {
			continue
		}
		frames = append(frames, v)
		scanned++
	}
	return frames
}

// plausibleReturn says whether a scanned stack word can be a return
// address: inside a loaded module and past its headers (a PE image's first
// page is never code; no image starts with code at offset 0).
func (f *File) plausibleReturn(v uint64, mods *moduleIndex) bool {
	i, ok := mods.find(v)
	if !ok {
		return false
	}
	m := &f.Modules[i]
	off := v - m.Base
	// Page-aligned words are far more often section pointers than return
	// addresses.
	if off%0x1000 == 0 || (f.ModuleType(m) == "pe" && off < 0x1000) {
		return false
	}
	code, seen := mods.code[i]
	if !seen {
		code = f.peCodeRanges(m)
		mods.code[i] = code
	}
	if code == nil {
		return true
	}
	for _, r := range code {
		if off >= r[0] && off < r[1] {
			return true
		}
	}
	return false
}

// peCodeRanges returns a PE module's executable sections when its headers
// were captured (full-memory dumps), else nil.
func (f *File) peCodeRanges(m *Module) [][2]uint64 {
	if f.ModuleType(m) != "pe" || m.Size < 0x400 {
		return nil
	}
	h, ok := f.readVA(m.Base, 0x400)
	if !ok || h[0] != 'M' || h[1] != 'Z' {
		return nil
	}
	pe := int(le32(h[0x3c:]))
	if pe < 0 || pe+24 > len(h) || string(h[pe:pe+4]) != "PE\x00\x00" {
		return nil
	}
	n, opt := int(le16(h[pe+6:])), int(le16(h[pe+20:]))
	sec := pe + 24 + opt
	var out [][2]uint64
	for i := 0; i < n && sec+40*(i+1) <= len(h); i++ {
		e := h[sec+40*i:]
		const execute, code = 0x20000000, 0x20
		if le32(e[36:])&(execute|code) != 0 {
			va, size := uint64(le32(e[12:])), uint64(le32(e[8:]))
			out = append(out, [2]uint64{va, va + size})
		}
	}
	return out
}

// followsCall checks, when the code bytes before ret were captured, that
// they end in a call instruction. Without captured code it cannot tell and
// accepts (the module range test already passed).
func (f *File) followsCall(c *Context, ret uint64) bool {
	switch c.Arch {
	case "amd64", "386":
		if ret < 7 {
			return false
		}
		b, ok := f.readVA(ret-7, 7)
		if !ok {
			return true
		}
		if b[2] == 0xe8 { // call rel32
			return true
		}
		for k := 2; k <= 7; k++ { // call r/m (FF /2), optionally with REX/SIB/disp
			if b[7-k] == 0xff && (b[7-k+1]>>3)&7 == 2 {
				return true
			}
		}
		return false
	case "arm64":
		if ret%4 != 0 || ret < 4 {
			return false
		}
		b, ok := f.readVA(ret-4, 4)
		if !ok {
			return true
		}
		ins := le32(b)
		return ins&0xfc000000 == 0x94000000 || // BL
			ins&0xfffffc1f == 0xd63f0000 || // BLR
			ins&0xfefff800 == 0xd63f0800 // BLRAA/BLRAB(Z)
	}
	return true
}
