package elfcore

import (
	"encoding/binary"
)

// synthCore builds small ELF cores in tests: arm64 coverage (no real
// fixture exists), fuzz seeds, and edge cases.
type synthCore struct {
	machine uint16
	threads []synthThread
	segs    []synthSeg
	files   []Mapping
	fname   string
	psargs  string
	pid     uint32
	sig     *SigInfo
	auxv    []uint64
}

type synthThread struct {
	tid    uint32
	signal uint16
	regs   []uint64
	fp     []byte
}

type synthSeg struct {
	vaddr uint64
	memsz uint64
	flags uint32
	data  []byte // file-backed part (len <= memsz)
}

func putNote(out []byte, name string, typ uint32, desc []byte) []byte {
	le := binary.LittleEndian
	var h [12]byte
	le.PutUint32(h[0:], uint32(len(name)+1))
	le.PutUint32(h[4:], uint32(len(desc)))
	le.PutUint32(h[8:], typ)
	out = append(out, h[:]...)
	out = append(out, name...)
	out = append(out, 0)
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	out = append(out, desc...)
	for len(out)%4 != 0 {
		out = append(out, 0)
	}
	return out
}

func (c *synthCore) notes() []byte {
	le := binary.LittleEndian
	var out []byte
	for i, t := range c.threads {
		d := make([]byte, 112+8*len(t.regs)+8)
		le.PutUint16(d[12:], t.signal)
		le.PutUint32(d[32:], t.tid)
		for j, r := range t.regs {
			le.PutUint64(d[112+8*j:], r)
		}
		out = putNote(out, "CORE", ntPrstatus, d)
		if i == 0 {
			ps := make([]byte, 136)
			le.PutUint32(ps[24:], c.pid)
			copy(ps[40:56], c.fname)
			copy(ps[56:136], c.psargs)
			out = putNote(out, "CORE", ntPrpsinfo, ps)
			if c.sig != nil {
				si := make([]byte, 128)
				le.PutUint32(si[0:], uint32(c.sig.Signo))
				le.PutUint32(si[8:], uint32(c.sig.Code))
				le.PutUint64(si[16:], c.sig.Addr)
				out = putNote(out, "CORE", ntSiginfo, si)
			}
			if len(c.auxv) > 0 {
				a := make([]byte, 8*len(c.auxv))
				for j, v := range c.auxv {
					le.PutUint64(a[8*j:], v)
				}
				out = putNote(out, "CORE", ntAuxv, a)
			}
			if len(c.files) > 0 {
				d := make([]byte, 16+24*len(c.files))
				le.PutUint64(d[0:], uint64(len(c.files)))
				le.PutUint64(d[8:], 4096)
				for j, m := range c.files {
					le.PutUint64(d[16+24*j:], m.Start)
					le.PutUint64(d[24+24*j:], m.End)
					le.PutUint64(d[32+24*j:], m.FileOff/4096)
				}
				for _, m := range c.files {
					d = append(d, m.Path...)
					d = append(d, 0)
				}
				out = putNote(out, "CORE", ntFile, d)
			}
		}
		if t.fp != nil {
			out = putNote(out, "CORE", ntFpregset, t.fp)
		}
	}
	return out
}

func (c *synthCore) bytes() []byte {
	le := binary.LittleEndian
	notes := c.notes()
	phnum := 1 + len(c.segs)
	hdr := make([]byte, 64+56*phnum)
	copy(hdr, "\x7fELF\x02\x01\x01")
	le.PutUint16(hdr[16:], etCore)
	le.PutUint16(hdr[18:], c.machine)
	le.PutUint32(hdr[20:], 1)
	le.PutUint64(hdr[32:], 64)
	le.PutUint16(hdr[52:], 64)
	le.PutUint16(hdr[54:], 56)
	le.PutUint16(hdr[56:], uint16(phnum))
	off := uint64(len(hdr))
	ph := hdr[64:]
	le.PutUint32(ph[0:], ptNote)
	le.PutUint64(ph[8:], off)
	le.PutUint64(ph[32:], uint64(len(notes)))
	body := append([]byte(nil), notes...)
	off += uint64(len(notes))
	for i, s := range c.segs {
		for off%16 != 0 {
			body = append(body, 0)
			off++
		}
		p := ph[56*(i+1):]
		le.PutUint32(p[0:], ptLoad)
		le.PutUint32(p[4:], s.flags)
		le.PutUint64(p[8:], off)
		le.PutUint64(p[16:], s.vaddr)
		le.PutUint64(p[32:], uint64(len(s.data)))
		le.PutUint64(p[40:], s.memsz)
		body = append(body, s.data...)
		off += uint64(len(s.data))
	}
	return append(hdr, body...)
}

// elfImage returns the first page of a tiny ELF shared object whose
// PT_NOTE holds a GNU build id, as the kernel would dump it.
func elfImage(buildID []byte) []byte {
	le := binary.LittleEndian
	b := make([]byte, 4096)
	copy(b, "\x7fELF\x02\x01\x01")
	le.PutUint16(b[16:], 3) // ET_DYN
	le.PutUint64(b[32:], 64)
	le.PutUint16(b[54:], 56)
	le.PutUint16(b[56:], 2)
	p := b[64:]
	le.PutUint32(p[0:], ptLoad)
	le.PutUint64(p[8:], 0)
	le.PutUint64(p[16:], 0)
	p = b[120:]
	le.PutUint32(p[0:], ptNote)
	note := putNote(nil, "GNU", ntGNUBuildID, buildID)
	le.PutUint64(p[8:], 0x200)
	le.PutUint64(p[16:], 0x200)
	le.PutUint64(p[32:], uint64(len(note)))
	copy(b[0x200:], note)
	return b
}

// arm64Core is a one-thread arm64 core: an ELF object mapped at 0x400000
// (headers dumped, code not), and a stack with two frame records.
func arm64Core() *synthCore {
	le := binary.LittleEndian
	stack := make([]byte, 0x1000)
	const stackBase = 0x7ff000
	// frame record at 0x7ff100 -> {0x7ff200, PAC-signed 0x401200}
	le.PutUint64(stack[0x100:], 0x7ff200)
	le.PutUint64(stack[0x108:], 0x0012000000401200)
	le.PutUint64(stack[0x200:], 0)
	le.PutUint64(stack[0x208:], 0x401300)
	regs := make([]uint64, 34)
	for i := range 29 {
		regs[i] = uint64(i)
	}
	regs[arm64FP] = 0x7ff100
	regs[arm64LR] = 0x401100
	regs[arm64SP] = 0x7ff0f0
	regs[arm64PC] = 0x401010
	regs[arm64PState] = 0x60000000
	fp := make([]byte, 528)
	fp[0] = 0xaa
	le.PutUint32(fp[512:], 0x11) // fpsr
	le.PutUint32(fp[516:], 0x22) // fpcr
	return &synthCore{
		machine: emAArch64,
		threads: []synthThread{
			{tid: 100, signal: 11, regs: regs, fp: fp},
			{tid: 101, regs: append([]uint64(nil), regs...)},
		},
		segs: []synthSeg{
			{vaddr: 0x400000, memsz: 0x1000, flags: 4, data: elfImage([]byte{0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})},
			{vaddr: 0x401000, memsz: 0x1000, flags: 5},
			{vaddr: stackBase, memsz: 0x1000, flags: 6, data: stack},
		},
		files: []Mapping{
			{Start: 0x400000, End: 0x401000, FileOff: 0, Path: "/opt/dj/bin/djapp"},
			{Start: 0x401000, End: 0x402000, FileOff: 0x1000, Path: "/opt/dj/bin/djapp"},
		},
		fname:  "djapp",
		psargs: "/opt/dj/bin/djapp --safe-mode",
		pid:    100,
		sig:    &SigInfo{Signo: 11, Code: 2, Addr: 0xdead0},
	}
}
