// Package elfcore parses Linux ELF core files (kernel-written cores and
// systemd-coredump's zstd-compressed ones) into crash facts, and derives
// from them a minidump that can be uploaded instead of the raw core.
//
// The input is hostile: every count and size read from the file is checked
// against the file size before anything is allocated, and memory use is
// bounded whatever the core's size (only headers, notes and a few stack
// pages are ever held in memory).
package elfcore

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"sort"
)

// FormatError reports a malformed core, in the style of debug/elf.
type FormatError struct {
	Off int64  // byte offset in the (decompressed) core
	Msg string // what is wrong
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("elfcore: %s at offset %#x", e.Msg, e.Off)
}

func formatErr(off int64, format string, args ...any) error {
	return &FormatError{Off: off, Msg: fmt.Sprintf(format, args...)}
}

// Limits that keep memory bounded on hostile or huge cores.
const (
	maxNoteBytes  = 64 << 20 // all PT_NOTE segments together
	maxThreads    = 4096
	maxMappings   = 1 << 16
	maxFrames     = 256
	maxNameLen    = 4096
	stackScanSize = 16 << 10 // bytes scanned above SP when frame pointers fail
)

// ELF constants (debug/elf has them too, but core note types and the
// fields we need are few; keeping them local avoids mixing the two APIs).
const (
	etCore = 4

	emX86_64  = 62
	emAArch64 = 183

	ptLoad = 1
	ptNote = 4

	pfX = 1

	ntPrstatus = 1
	ntFpregset = 2
	ntPrpsinfo = 3
	ntAuxv     = 6
	ntSiginfo  = 0x53494749
	ntFile     = 0x46494c45

	ntGNUBuildID = 3

	pnXNum = 0xffff

	atExecfn = 31
)

// Arch is the CPU architecture of the crashed process.
type Arch int

const (
	ArchUnknown Arch = iota
	ArchAMD64
	ArchARM64
)

func (a Arch) String() string {
	switch a {
	case ArchAMD64:
		return "amd64"
	case ArchARM64:
		return "arm64"
	}
	return "unknown"
}

type segment struct {
	vaddr, memsz uint64
	off, filesz  uint64 // filesz already clipped to the file size
	flags        uint32
}

// Thread is one thread's state from NT_PRSTATUS (and NT_FPREGSET).
type Thread struct {
	TID    uint32
	Signal int // pr_cursig: non-zero for the thread that took the signal
	// Regs holds the general registers in the kernel's order:
	// x86_64 user_regs_struct (27 words) or arm64 user_pt_regs (34 words).
	Regs []uint64
	// FP is the raw NT_FPREGSET payload (x86_64 FXSAVE area, or arm64
	// user_fpsimd_state), nil when absent.
	FP []byte
}

// Mapping is one NT_FILE entry.
type Mapping struct {
	Start, End uint64
	FileOff    uint64 // byte offset into the file
	Path       string
}

// SigInfo is the NT_SIGINFO of the crash.
type SigInfo struct {
	Signo, Errno, Code int32
	Addr               uint64 // si_addr for fault signals
	HasAddr            bool
}

// File is a parsed core.
type File struct {
	r    io.ReaderAt
	size int64
	arch Arch

	segs     []segment // PT_LOAD, sorted by vaddr
	threads  []Thread
	maps     []Mapping
	sig      *SigInfo
	fname    string // pr_fname
	psargs   string // pr_psargs
	pid      uint32
	auxv     []uint64
	closer   io.Closer
	modCache []module
}

// Arch reports the core's architecture.
func (f *File) Arch() Arch { return f.arch }

// Threads returns the threads in note order (the signalled thread first,
// as the kernel writes it).
func (f *File) Threads() []Thread { return f.threads }

// Mappings returns the NT_FILE mappings.
func (f *File) Mappings() []Mapping { return f.maps }

// Close releases the temporary file used for a compressed core. It is a
// no-op for plain cores.
func (f *File) Close() error {
	if f.closer != nil {
		c := f.closer
		f.closer = nil
		return c.Close()
	}
	return nil
}

var zstdMagic = []byte{0x28, 0xb5, 0x2f, 0xfd}

// isCoreHeader reports whether b starts an ELF ET_CORE of either class or
// byte order (NewFile then rejects what it does not support, with a reason).
func isCoreHeader(b []byte) bool {
	if len(b) < 18 || !bytes.HasPrefix(b, []byte("\x7fELF")) {
		return false
	}
	if b[5] == 2 {
		return binary.BigEndian.Uint16(b[16:]) == etCore
	}
	return binary.LittleEndian.Uint16(b[16:]) == etCore
}

// Sniff reports whether head (the first bytes of a file) looks like an ELF
// core or a zstd-compressed one. For zstd it decodes what it can of head
// and checks the ELF header; when head is too short to hold a whole first
// block it answers true on the zstd magic alone (NewFile then decides).
func Sniff(head []byte) bool {
	if isCoreHeader(head) {
		return true
	}
	if !bytes.HasPrefix(head, zstdMagic) {
		return false
	}
	dec, ok := peekZstd(head, 64)
	if !ok {
		return true
	}
	return isCoreHeader(dec)
}

// NewFile parses a core of size bytes read through r. A zstd-compressed
// core (systemd-coredump) is decompressed into a temporary file first,
// which Close removes; see NewFileFromZstd to control where it goes.
func NewFile(r io.ReaderAt, size int64) (*File, error) {
	var magic [4]byte
	if size >= 4 {
		if _, err := r.ReadAt(magic[:], 0); err != nil {
			return nil, fmt.Errorf("elfcore: read magic: %w", err)
		}
		if bytes.Equal(magic[:], zstdMagic) {
			return newFileFromZstdTemp(io.NewSectionReader(r, 0, size), "", DefaultMaxDecompressed)
		}
	}
	return parse(r, size)
}

func parse(r io.ReaderAt, size int64) (*File, error) {
	if size < 64 {
		return nil, formatErr(0, "file too small for an ELF header (%d bytes)", size)
	}
	var hdr [64]byte
	if _, err := r.ReadAt(hdr[:], 0); err != nil {
		return nil, fmt.Errorf("elfcore: read header: %w", err)
	}
	if !bytes.HasPrefix(hdr[:], []byte("\x7fELF")) {
		return nil, formatErr(0, "bad ELF magic")
	}
	if hdr[4] != 2 {
		return nil, formatErr(4, "unsupported ELF class %d (want ELF64)", hdr[4])
	}
	if hdr[5] != 1 {
		return nil, formatErr(5, "unsupported ELF data encoding %d (want little-endian)", hdr[5])
	}
	le := binary.LittleEndian
	if t := le.Uint16(hdr[16:]); t != etCore {
		return nil, formatErr(16, "ELF type %d is not ET_CORE", t)
	}
	f := &File{r: r, size: size}
	switch m := le.Uint16(hdr[18:]); m {
	case emX86_64:
		f.arch = ArchAMD64
	case emAArch64:
		f.arch = ArchARM64
	default:
		return nil, formatErr(18, "unsupported machine %d", m)
	}
	phoff := le.Uint64(hdr[32:])
	shoff := le.Uint64(hdr[40:])
	phentsize := uint64(le.Uint16(hdr[54:]))
	phnum := uint64(le.Uint16(hdr[56:]))
	if phentsize < 56 {
		return nil, formatErr(54, "program header size %d too small", phentsize)
	}
	if phnum == pnXNum {
		// More than 0xfffe segments: the real count is in section 0's sh_info.
		if shoff == 0 || shoff > uint64(size) || uint64(size)-shoff < 64 {
			return nil, formatErr(40, "PN_XNUM without a readable section header")
		}
		var sh [64]byte
		if _, err := r.ReadAt(sh[:], int64(shoff)); err != nil {
			return nil, fmt.Errorf("elfcore: read section header 0: %w", err)
		}
		phnum = uint64(le.Uint32(sh[44:]))
	}
	if phoff > uint64(size) || phnum > (uint64(size)-phoff)/phentsize {
		return nil, formatErr(32, "%d program headers at %#x exceed file size %d", phnum, phoff, size)
	}
	if phnum == 0 {
		return nil, formatErr(56, "no program headers")
	}
	var notes []segment
	ph := make([]byte, phentsize)
	for i := uint64(0); i < phnum; i++ {
		off := int64(phoff + i*phentsize)
		if _, err := r.ReadAt(ph, off); err != nil {
			return nil, fmt.Errorf("elfcore: read program header %d: %w", i, err)
		}
		s := segment{
			flags:  le.Uint32(ph[4:]),
			off:    le.Uint64(ph[8:]),
			vaddr:  le.Uint64(ph[16:]),
			filesz: le.Uint64(ph[32:]),
			memsz:  le.Uint64(ph[40:]),
		}
		switch le.Uint32(ph[0:]) {
		case ptLoad:
			// A core truncated by RLIMIT_CORE keeps its headers; clip to
			// what is really in the file rather than rejecting it.
			if s.off >= uint64(size) {
				s.filesz = 0
			} else if s.filesz > uint64(size)-s.off {
				s.filesz = uint64(size) - s.off
			}
			if s.filesz > s.memsz {
				s.filesz = s.memsz
			}
			if s.vaddr+s.memsz < s.vaddr {
				return nil, formatErr(off, "PT_LOAD %#x+%#x wraps", s.vaddr, s.memsz)
			}
			f.segs = append(f.segs, s)
		case ptNote:
			if s.off > uint64(size) || s.filesz > uint64(size)-s.off {
				return nil, formatErr(off, "PT_NOTE %#x+%#x beyond file size %d", s.off, s.filesz, size)
			}
			notes = append(notes, s)
		}
	}
	sort.Slice(f.segs, func(i, j int) bool { return f.segs[i].vaddr < f.segs[j].vaddr })
	var total uint64
	for _, n := range notes {
		total += n.filesz
		if total > maxNoteBytes {
			return nil, formatErr(int64(n.off), "notes exceed %d bytes", maxNoteBytes)
		}
		buf := make([]byte, n.filesz)
		if _, err := r.ReadAt(buf, int64(n.off)); err != nil {
			return nil, fmt.Errorf("elfcore: read notes at %#x: %w", n.off, err)
		}
		if err := f.parseNotes(buf, int64(n.off)); err != nil {
			return nil, err
		}
	}
	if len(f.threads) == 0 {
		return nil, formatErr(0, "no NT_PRSTATUS note")
	}
	return f, nil
}

func align4(n uint64) uint64 { return (n + 3) &^ 3 }

func (f *File) parseNotes(b []byte, base int64) error {
	le := binary.LittleEndian
	var cur *Thread
	for p := uint64(0); p < uint64(len(b)); {
		if uint64(len(b))-p < 12 {
			return formatErr(base+int64(p), "truncated note header")
		}
		namesz := uint64(le.Uint32(b[p:]))
		descsz := uint64(le.Uint32(b[p+4:]))
		typ := le.Uint32(b[p+8:])
		q := p + 12
		if namesz > uint64(len(b))-q || align4(namesz) > uint64(len(b))-q {
			return formatErr(base+int64(p), "note name size %d beyond note segment", namesz)
		}
		name := string(bytes.TrimRight(b[q:q+namesz], "\x00"))
		q += align4(namesz)
		if descsz > uint64(len(b))-q {
			return formatErr(base+int64(p), "note desc size %d beyond note segment", descsz)
		}
		desc := b[q : q+descsz]
		next := q + align4(descsz)
		if next > uint64(len(b)) {
			next = uint64(len(b))
		}
		off := base + int64(q)
		if name == "CORE" {
			switch typ {
			case ntPrstatus:
				if len(f.threads) >= maxThreads {
					cur = nil
					break
				}
				t, err := f.parsePrstatus(desc, off)
				if err != nil {
					return err
				}
				f.threads = append(f.threads, t)
				cur = &f.threads[len(f.threads)-1]
			case ntFpregset:
				if cur != nil && cur.FP == nil {
					cur.FP = bytes.Clone(desc)
				}
			case ntPrpsinfo:
				if len(desc) < 136 {
					return formatErr(off, "NT_PRPSINFO too short (%d bytes)", len(desc))
				}
				f.pid = le.Uint32(desc[24:])
				f.fname = cstring(desc[40:56])
				f.psargs = cstring(desc[56:136])
			case ntSiginfo:
				if len(desc) < 16 {
					return formatErr(off, "NT_SIGINFO too short (%d bytes)", len(desc))
				}
				s := &SigInfo{
					Signo: int32(le.Uint32(desc[0:])),
					Errno: int32(le.Uint32(desc[4:])),
					Code:  int32(le.Uint32(desc[8:])),
				}
				// si_addr is meaningful for the fault signals only.
				switch s.Signo {
				case 4, 5, 7, 8, 11: // SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV
					if len(desc) >= 24 {
						s.Addr = le.Uint64(desc[16:])
						s.HasAddr = true
					}
				}
				f.sig = s
			case ntAuxv:
				n := len(desc) / 8
				if n > 1024 {
					n = 1024
				}
				f.auxv = make([]uint64, n)
				for i := range f.auxv {
					f.auxv[i] = le.Uint64(desc[i*8:])
				}
			case ntFile:
				if err := f.parseNTFile(desc, off); err != nil {
					return err
				}
			}
		}
		p = next
	}
	return nil
}

func (f *File) parsePrstatus(d []byte, off int64) (Thread, error) {
	le := binary.LittleEndian
	nregs := 27
	if f.arch == ArchARM64 {
		nregs = 34
	}
	const regOff = 112
	if len(d) < regOff+nregs*8 {
		return Thread{}, formatErr(off, "NT_PRSTATUS too short (%d bytes)", len(d))
	}
	t := Thread{
		Signal: int(le.Uint16(d[12:])),
		TID:    le.Uint32(d[32:]),
		Regs:   make([]uint64, nregs),
	}
	for i := range t.Regs {
		t.Regs[i] = le.Uint64(d[regOff+8*i:])
	}
	return t, nil
}

func (f *File) parseNTFile(d []byte, off int64) error {
	le := binary.LittleEndian
	if len(d) < 16 {
		return formatErr(off, "NT_FILE too short")
	}
	count := le.Uint64(d[0:])
	page := le.Uint64(d[8:])
	if count > uint64(len(d)-16)/24 {
		return formatErr(off, "NT_FILE count %d exceeds note size %d", count, len(d))
	}
	if count > maxMappings {
		count = maxMappings
	}
	names := d[16+24*count:]
	f.maps = make([]Mapping, 0, count)
	for i := uint64(0); i < count; i++ {
		e := d[16+24*i:]
		m := Mapping{Start: le.Uint64(e), End: le.Uint64(e[8:]), FileOff: le.Uint64(e[16:]) * page}
		j := bytes.IndexByte(names, 0)
		if j < 0 {
			return formatErr(off, "NT_FILE names truncated at entry %d", i)
		}
		if j > maxNameLen {
			m.Path = string(names[:maxNameLen])
		} else {
			m.Path = string(names[:j])
		}
		names = names[j+1:]
		if m.End < m.Start {
			return formatErr(off, "NT_FILE entry %d ends before it starts", i)
		}
		f.maps = append(f.maps, m)
	}
	return nil
}

func cstring(b []byte) string {
	if i := bytes.IndexByte(b, 0); i >= 0 {
		b = b[:i]
	}
	return string(b)
}

// findSeg returns the PT_LOAD holding addr, or nil.
func (f *File) findSeg(addr uint64) *segment {
	i := sort.Search(len(f.segs), func(i int) bool { return f.segs[i].vaddr+f.segs[i].memsz > addr })
	if i < len(f.segs) && f.segs[i].vaddr <= addr {
		return &f.segs[i]
	}
	return nil
}

// ReadMemory copies process memory at addr into b. It reports false when
// any of it is not in the core (not mapped, or not dumped).
func (f *File) ReadMemory(addr uint64, b []byte) bool {
	s := f.findSeg(addr)
	if s == nil || addr-s.vaddr >= s.filesz || uint64(len(b)) > s.filesz-(addr-s.vaddr) {
		return false
	}
	n, err := f.r.ReadAt(b, int64(s.off+addr-s.vaddr))
	return n == len(b) && (err == nil || err == io.EOF)
}

// memAvail returns how many bytes from addr on are readable in one segment.
func (f *File) memAvail(addr uint64) uint64 {
	s := f.findSeg(addr)
	if s == nil || addr-s.vaddr >= s.filesz {
		return 0
	}
	return s.filesz - (addr - s.vaddr)
}

func (f *File) readU64(addr uint64) (uint64, bool) {
	var b [8]byte
	if !f.ReadMemory(addr, b[:]) {
		return 0, false
	}
	return binary.LittleEndian.Uint64(b[:]), true
}

// isCode reports whether addr lies in an executable mapping.
func (f *File) isCode(addr uint64) bool {
	s := f.findSeg(addr)
	return s != nil && s.flags&pfX != 0
}

func (f *File) auxval(key uint64) (uint64, bool) {
	for i := 0; i+1 < len(f.auxv); i += 2 {
		if f.auxv[i] == key {
			return f.auxv[i+1], true
		}
		if f.auxv[i] == 0 {
			break
		}
	}
	return 0, false
}
