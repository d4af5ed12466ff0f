package elfcore

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
)

// Minidump constants (Microsoft's minidumpapiset.h and Breakpad's
// minidump_format.h for the Linux streams).
const (
	mdSignature = 0x504d444d // "MDMP"
	mdVersion   = 0xa793

	mdThreadList   = 3
	mdModuleList   = 4
	mdMemoryList   = 5
	mdException    = 6
	mdSystemInfo   = 7
	mdMiscInfo     = 15
	mdLinuxCmdLine = 0x47670007
	mdLinuxEnviron = 0x47670008
	mdLinuxMaps    = 0x47670009
	mdLinuxAuxv    = 0x4767000a

	mdPlatformLinux = 0x8201
	mdArchAMD64     = 9
	mdArchARM64     = 12

	mdContextAMD64Full = 0x0010000b // CONTEXT_AMD64 | CONTROL | INTEGER | SEGMENTS | FLOATING_POINT
	mdContextARM64Full = 0x00400007 // CONTEXT_ARM64 | CONTROL | INTEGER | FLOATING_POINT
	mdContextAMD64Size = 0x4d0
	mdContextARM64Size = 0x390

	mdCVSignatureELF = 0x4270454c // "BpEL": Breakpad's ELF build-id CodeView record

	mdMisc1ProcessID = 1
)

// Stack capture limits: per thread, and for all threads together (past
// which each further thread gets only the top of its stack).
const (
	mdStackPerThread = 64 << 10
	mdStackTotal     = 32 << 20
	mdStackSmall     = 8 << 10
	mdRedZone        = 128 // x86_64 ABI red zone below SP holds live data
	mdCodeAroundPC   = 256
)

// chunk is one piece of the output: bytes built here, or a range copied
// from the core when written (so stack memory is never held in memory).
type chunk struct {
	data    []byte
	coreOff int64
	n       uint32
}

type mdBuilder struct {
	chunks []chunk
	off    uint64
}

func (b *mdBuilder) pad() {
	if p := (8 - b.off%8) % 8; p != 0 {
		b.chunks = append(b.chunks, chunk{data: make([]byte, p)})
		b.off += p
	}
}

func (b *mdBuilder) add(d []byte) uint32 {
	b.pad()
	rva := uint32(b.off)
	b.chunks = append(b.chunks, chunk{data: d})
	b.off += uint64(len(d))
	return rva
}

func (b *mdBuilder) addCore(off int64, n uint32) uint32 {
	b.pad()
	rva := uint32(b.off)
	b.chunks = append(b.chunks, chunk{coreOff: off, n: n})
	b.off += uint64(n)
	return rva
}

func mdString(s string) []byte {
	u := utf16.Encode([]rune(s))
	out := make([]byte, 4+2*len(u)+2)
	binary.LittleEndian.PutUint32(out, uint32(2*len(u)))
	for i, c := range u {
		binary.LittleEndian.PutUint16(out[4+2*i:], c)
	}
	return out
}

type memRange struct {
	addr uint64
	size uint32
	rva  uint32
}

// coreRange returns the file offset and length of up to want bytes of
// process memory from addr, within one PT_LOAD.
func (f *File) coreRange(addr uint64, want uint64) (int64, uint32, bool) {
	s := f.findSeg(addr)
	if s == nil || addr-s.vaddr >= s.filesz {
		return 0, 0, false
	}
	n := s.filesz - (addr - s.vaddr)
	if n > want {
		n = want
	}
	return int64(s.off + addr - s.vaddr), uint32(n), n > 0
}

// WriteMinidump writes a minidump derived from the core (as Breakpad's
// core2md does): system info, threads with their register contexts and
// stack memory, the exception, modules with ELF build ids, the memory
// list, and the Linux maps, auxv, cmdline and environ streams when the
// core holds them. The raw core never needs to leave the machine.
func (f *File) WriteMinidump(w io.Writer) error {
	le := binary.LittleEndian
	b := &mdBuilder{}

	type stream struct {
		typ  uint32
		size uint32
		rva  uint32
	}
	var streams []stream
	addStream := func(typ uint32, d []byte) {
		streams = append(streams, stream{typ, uint32(len(d)), b.add(d)})
	}

	// Header and directory are filled in once the stream count is known;
	// reserve room for the most streams written below.
	const maxStreams = 12
	head := make([]byte, 32+12*maxStreams)
	b.add(head)

	// Thread contexts and stacks.
	threads := f.threads
	var mems []memRange
	var total uint64
	ctxRVA := make([]uint32, len(threads))
	ctxSize := uint32(mdContextAMD64Size)
	if f.arch == ArchARM64 {
		ctxSize = mdContextARM64Size
	}
	threadRecs := make([]byte, 4+48*len(threads))
	le.PutUint32(threadRecs, uint32(len(threads)))
	for i := range threads {
		t := &threads[i]
		ctxRVA[i] = b.add(f.context(t))
		_, sp, _ := f.pcSP(t)
		start := sp
		if f.arch == ArchAMD64 && start >= mdRedZone {
			start -= mdRedZone
		}
		start &^= 15
		if seg := f.findSeg(sp); seg != nil && start < seg.vaddr {
			start = seg.vaddr
		}
		limit := uint64(mdStackPerThread)
		if total > mdStackTotal {
			limit = mdStackSmall
		}
		rec := threadRecs[4+48*i:]
		le.PutUint32(rec[0:], t.TID)
		if off, n, ok := f.coreRange(start, limit); ok {
			rva := b.addCore(off, n)
			total += uint64(n)
			le.PutUint64(rec[24:], start)
			le.PutUint32(rec[32:], n)
			le.PutUint32(rec[36:], rva)
			mems = append(mems, memRange{start, n, rva})
		}
		le.PutUint32(rec[40:], ctxSize)
		le.PutUint32(rec[44:], ctxRVA[i])
	}
	// Code bytes around the crashing PC, when the core has them (it
	// usually does not for file-backed code).
	crashed := f.crashedIndex()
	if pc, _, _ := f.pcSP(&threads[crashed]); pc > mdCodeAroundPC/2 {
		if off, n, ok := f.coreRange(pc-mdCodeAroundPC/2, mdCodeAroundPC); ok && f.memAvail(pc) > 0 {
			mems = append(mems, memRange{pc - mdCodeAroundPC/2, n, b.addCore(off, n)})
		}
	}
	addStream(mdThreadList, threadRecs)

	// Modules with their names and build-id CodeView records.
	mods := f.modules()
	modRecs := make([]byte, 4+108*len(mods))
	le.PutUint32(modRecs, uint32(len(mods)))
	for i, m := range mods {
		rec := modRecs[4+108*i:]
		le.PutUint64(rec[0:], m.base)
		size := m.end - m.base
		if size > 0xffffffff {
			size = 0xffffffff
		}
		le.PutUint32(rec[8:], uint32(size))
		le.PutUint32(rec[20:], b.add(mdString(m.path)))
		if m.buildID != nil {
			cv := make([]byte, 4+len(m.buildID))
			le.PutUint32(cv, mdCVSignatureELF)
			copy(cv[4:], m.buildID)
			le.PutUint32(rec[76:], uint32(len(cv)))
			le.PutUint32(rec[80:], b.add(cv))
		}
	}
	addStream(mdModuleList, modRecs)

	memRecs := make([]byte, 4+16*len(mems))
	le.PutUint32(memRecs, uint32(len(mems)))
	for i, m := range mems {
		rec := memRecs[4+16*i:]
		le.PutUint64(rec[0:], m.addr)
		le.PutUint32(rec[8:], m.size)
		le.PutUint32(rec[12:], m.rva)
	}
	addStream(mdMemoryList, memRecs)

	// Exception: Breakpad's Linux convention is code = signal number,
	// flags = si_code, address = si_addr.
	signo, code, addr, _ := f.crashSignal()
	exc := make([]byte, 168)
	le.PutUint32(exc[0:], threads[crashed].TID)
	le.PutUint32(exc[8:], uint32(signo))
	le.PutUint32(exc[12:], uint32(code))
	le.PutUint64(exc[24:], addr)
	le.PutUint32(exc[160:], ctxSize)
	le.PutUint32(exc[164:], ctxRVA[crashed])
	addStream(mdException, exc)

	sys := make([]byte, 56)
	if f.arch == ArchARM64 {
		le.PutUint16(sys[0:], mdArchARM64)
	} else {
		le.PutUint16(sys[0:], mdArchAMD64)
	}
	sys[6] = 1 // NumberOfProcessors: unknown from a core; 1 keeps readers happy
	le.PutUint32(sys[20:], mdPlatformLinux)
	le.PutUint32(sys[24:], b.add(mdString("")))
	addStream(mdSystemInfo, sys)

	misc := make([]byte, 24)
	le.PutUint32(misc[0:], 24)
	le.PutUint32(misc[4:], mdMisc1ProcessID)
	le.PutUint32(misc[8:], f.pid)
	addStream(mdMiscInfo, misc)

	if maps := f.linuxMaps(); len(maps) > 0 {
		addStream(mdLinuxMaps, maps)
	}
	if len(f.auxv) > 0 {
		aux := make([]byte, 8*len(f.auxv))
		for i, v := range f.auxv {
			le.PutUint64(aux[8*i:], v)
		}
		addStream(mdLinuxAuxv, aux)
	}
	argv, env := f.procStrings()
	if len(argv) > 0 {
		addStream(mdLinuxCmdLine, joinNul(argv))
	}
	if len(env) > 0 {
		addStream(mdLinuxEnviron, joinNul(env))
	}

	if b.off > 0xffffffff {
		return fmt.Errorf("elfcore: minidump would exceed 4 GiB (%d bytes)", b.off)
	}
	le.PutUint32(head[0:], mdSignature)
	le.PutUint32(head[4:], mdVersion)
	le.PutUint32(head[8:], uint32(len(streams)))
	le.PutUint32(head[12:], 32)
	for i, s := range streams {
		d := head[32+12*i:]
		le.PutUint32(d[0:], s.typ)
		le.PutUint32(d[4:], s.size)
		le.PutUint32(d[8:], s.rva)
	}
	// Unused directory slots stay zero (type 0 = UnusedStream) but are
	// not counted in NumberOfStreams.

	bw := bufio.NewWriterSize(w, 64<<10)
	buf := make([]byte, 32<<10)
	for _, c := range b.chunks {
		if c.data != nil {
			if _, err := bw.Write(c.data); err != nil {
				return fmt.Errorf("elfcore: write minidump: %w", err)
			}
			continue
		}
		if _, err := io.CopyBuffer(bw, io.NewSectionReader(f.r, c.coreOff, int64(c.n)), buf); err != nil {
			return fmt.Errorf("elfcore: write minidump memory: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("elfcore: write minidump: %w", err)
	}
	return nil
}

func joinNul(ss []string) []byte {
	var out []byte
	for _, s := range ss {
		out = append(out, s...)
		out = append(out, 0)
	}
	return out
}

// context builds a CONTEXT_AMD64 or CONTEXT_ARM64 record for t.
func (f *File) context(t *Thread) []byte {
	le := binary.LittleEndian
	r := t.Regs
	if f.arch == ArchARM64 {
		c := make([]byte, mdContextARM64Size)
		le.PutUint32(c[0x000:], mdContextARM64Full)
		le.PutUint32(c[0x004:], uint32(r[arm64PState]))
		for i := 0; i < 31; i++ {
			le.PutUint64(c[0x008+8*i:], r[i])
		}
		le.PutUint64(c[0x100:], r[arm64SP])
		le.PutUint64(c[0x108:], r[arm64PC])
		// user_fpsimd_state: vregs[32] (16 bytes each), fpsr, fpcr.
		if len(t.FP) >= 520 {
			copy(c[0x110:0x310], t.FP[:512])
			le.PutUint32(c[0x314:], le.Uint32(t.FP[512:])) // Fpsr
			le.PutUint32(c[0x310:], le.Uint32(t.FP[516:])) // Fpcr
		}
		return c
	}
	c := make([]byte, mdContextAMD64Size)
	le.PutUint32(c[0x30:], mdContextAMD64Full)
	le.PutUint16(c[0x38:], uint16(r[amd64CS]))
	le.PutUint16(c[0x3a:], uint16(r[amd64DS]))
	le.PutUint16(c[0x3c:], uint16(r[amd64ES]))
	le.PutUint16(c[0x3e:], uint16(r[amd64FS]))
	le.PutUint16(c[0x40:], uint16(r[amd64GS]))
	le.PutUint16(c[0x42:], uint16(r[amd64SS]))
	le.PutUint32(c[0x44:], uint32(r[amd64EFLAGS]))
	gp := []int{amd64RAX, amd64RCX, amd64RDX, amd64RBX, amd64RSP, amd64RBP, amd64RSI, amd64RDI,
		amd64R8, amd64R9, amd64R10, amd64R11, amd64R12, amd64R13, amd64R14, amd64R15, amd64RIP}
	for i, idx := range gp {
		le.PutUint64(c[0x78+8*i:], r[idx])
	}
	// NT_FPREGSET on x86_64 is the 512-byte FXSAVE area, which is exactly
	// CONTEXT_AMD64's FltSave; MxCsr is also kept at offset 24 of it.
	if len(t.FP) >= 512 {
		copy(c[0x100:0x300], t.FP[:512])
		le.PutUint32(c[0x34:], le.Uint32(t.FP[24:]))
	}
	return c
}

// linuxMaps renders /proc/pid/maps lines from the PT_LOAD segments, with
// paths and offsets from NT_FILE.
func (f *File) linuxMaps() []byte {
	byStart := make(map[uint64]*Mapping, len(f.maps))
	for i := range f.maps {
		byStart[f.maps[i].Start] = &f.maps[i]
	}
	var sb bytes.Buffer
	for _, s := range f.segs {
		if sb.Len() > 16<<20 {
			break
		}
		perm := []byte("r--p")
		if s.flags&4 == 0 { // PF_R
			perm[0] = '-'
		}
		if s.flags&2 != 0 { // PF_W
			perm[1] = 'w'
		}
		if s.flags&pfX != 0 {
			perm[2] = 'x'
		}
		var off uint64
		p := ""
		if m := byStart[s.vaddr]; m != nil {
			off, p = m.FileOff, m.Path
		}
		fmt.Fprintf(&sb, "%x-%x %s %08x 00:00 0", s.vaddr, s.vaddr+s.memsz, perm, off)
		if p != "" {
			sb.WriteString(strings.Repeat(" ", 10) + p)
		}
		sb.WriteByte('\n')
	}
	return sb.Bytes()
}

// procStrings recovers argv and the environment from the initial stack
// the core holds: the kernel places argv strings, then envp strings, then
// the AT_EXECFN string at the top of the stack. argv[0] comes from
// pr_psargs. When any of that is missing, argv falls back to pr_psargs
// split at spaces (truncated by the kernel to 80 bytes) and env is nil.
func (f *File) procStrings() (argv, env []string) {
	fallback := strings.Fields(f.psargs)
	execfn, ok := f.auxval(atExecfn)
	if !ok || len(fallback) == 0 {
		return fallback, nil
	}
	s := f.findSeg(execfn)
	if s == nil || execfn-s.vaddr >= s.filesz {
		return fallback, nil
	}
	const window = 256 << 10
	start := s.vaddr
	if execfn-start > window {
		start = execfn - window
	}
	buf := make([]byte, execfn-start)
	if len(buf) == 0 || !f.ReadMemory(start, buf) {
		return fallback, nil
	}
	// Find argv[0] (followed by its NUL) and split from there.
	needle := append([]byte(fallback[0]), 0)
	i := bytes.LastIndex(buf, needle)
	if i < 0 || (i > 0 && buf[i-1] != 0) {
		return fallback, nil
	}
	strs := strings.Split(strings.TrimRight(string(buf[i:]), "\x00"), "\x00")
	// Everything from the first KEY=VALUE string after argv[0] on is the
	// environment (an argument of that shape is misfiled; rare).
	split := len(strs)
	for j := 1; j < len(strs); j++ {
		if isEnvString(strs[j]) {
			split = j
			break
		}
	}
	if split > 4096 {
		split = 4096
	}
	argv = strs[:split]
	env = strs[split:]
	if len(env) > 16384 {
		env = env[:16384]
	}
	return argv, env
}

func isEnvString(s string) bool {
	eq := strings.IndexByte(s, '=')
	if eq <= 0 {
		return false
	}
	for i := 0; i < eq; i++ {
		c := s[i]
		if !(c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
