package minidump

import (
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
)

// Processor architectures (MINIDUMP_SYSTEM_INFO.ProcessorArchitecture,
// Breakpad's extensions above 0x8000).
const (
	ArchX86      = 0
	ArchMIPS     = 1
	ArchPPC      = 3
	ArchARM      = 5
	ArchIA64     = 6
	ArchAMD64    = 9
	ArchARM64    = 12
	ArchSPARC    = 0x8001
	ArchPPC64    = 0x8002
	ArchARM64Old = 0x8003 // Breakpad's ARM64 before Windows defined one
	ArchMIPS64   = 0x8004
	ArchRISCV    = 0x8005
	ArchRISCV64  = 0x8006
	ArchUnknown  = 0xffff
)

// Platform ids (MINIDUMP_SYSTEM_INFO.PlatformId, Breakpad's above 0x8000).
const (
	PlatformWin32s       = 0
	PlatformWin32Windows = 1
	PlatformWin32NT      = 2
	PlatformWin32CE      = 3
	PlatformUnix         = 0x8000
	PlatformMacOS        = 0x8101
	PlatformIOS          = 0x8102
	PlatformLinux        = 0x8201
	PlatformSolaris      = 0x8202
	PlatformAndroid      = 0x8203
	PlatformPS3          = 0x8204
	PlatformNaCl         = 0x8205
	PlatformFuchsia      = 0x8206
)

// SystemInfo is MINIDUMP_SYSTEM_INFO.
type SystemInfo struct {
	Arch         uint16
	Level        uint16
	Revision     uint16
	NumCPUs      uint8
	ProductType  uint8
	Major, Minor uint32
	Build        uint32
	PlatformID   uint32
	CSDVersion   string // service pack; Breakpad puts the Linux kernel build here
	SuiteMask    uint16
	CPUVendor    string // x86/amd64 only
}

// ArchName is the architecture in Go's spelling (amd64, 386, arm64 ...).
func (s *SystemInfo) ArchName() string {
	if s == nil {
		return ""
	}
	switch s.Arch {
	case ArchX86:
		return "386"
	case ArchAMD64:
		return "amd64"
	case ArchARM:
		return "arm"
	case ArchARM64, ArchARM64Old:
		return "arm64"
	case ArchPPC:
		return "ppc"
	case ArchPPC64:
		return "ppc64"
	case ArchMIPS:
		return "mips"
	case ArchMIPS64:
		return "mips64"
	case ArchSPARC:
		return "sparc"
	case ArchRISCV:
		return "riscv"
	case ArchRISCV64:
		return "riscv64"
	case ArchIA64:
		return "ia64"
	}
	return fmt.Sprintf("unknown-%#x", s.Arch)
}

// OS names the platform: windows, macos, ios, linux, android, ...
func (s *SystemInfo) OS() string {
	if s == nil {
		return ""
	}
	switch s.PlatformID {
	case PlatformWin32s, PlatformWin32Windows, PlatformWin32NT, PlatformWin32CE:
		return "windows"
	case PlatformMacOS:
		return "macos"
	case PlatformIOS:
		return "ios"
	case PlatformLinux:
		return "linux"
	case PlatformAndroid:
		return "android"
	case PlatformSolaris:
		return "solaris"
	case PlatformFuchsia:
		return "fuchsia"
	case PlatformNaCl:
		return "nacl"
	case PlatformPS3:
		return "ps3"
	case PlatformUnix:
		return "unix"
	}
	return fmt.Sprintf("unknown-%#x", s.PlatformID)
}

// OSVersion is major.minor.build.
func (s *SystemInfo) OSVersion() string {
	if s == nil {
		return ""
	}
	return fmt.Sprintf("%d.%d.%d", s.Major, s.Minor, s.Build)
}

func (f *File) parseSystemInfo(s Stream) error {
	if s.Size < 56 {
		return formatErr(s.EntryOff, "SystemInfo stream too short", s.Size)
	}
	b, err := f.read(s.Off, 56)
	if err != nil {
		return err
	}
	si := &SystemInfo{
		Arch: le16(b), Level: le16(b[2:]), Revision: le16(b[4:]), NumCPUs: b[6], ProductType: b[7],
		Major: le32(b[8:]), Minor: le32(b[12:]), Build: le32(b[16:]), PlatformID: le32(b[20:]),
		SuiteMask: le16(b[28:]),
	}
	if si.Arch == ArchX86 || si.Arch == ArchAMD64 {
		si.CPUVendor = strings.TrimRight(string(b[32:44]), "\x00")
	}
	f.SystemInfo = si
	if rva := le32(b[24:]); rva != 0 {
		str, err := f.readString(rva, s.Off+24, 4, s.Type)
		if err != nil {
			return err
		}
		si.CSDVersion = str
	}
	return nil
}

// Exception is MINIDUMP_EXCEPTION_STREAM.
type Exception struct {
	ThreadID uint32
	Code     uint32
	Flags    uint32
	Record   uint64 // nested record address
	Address  uint64
	Params   []uint64 // ExceptionInformation[:NumberParameters]
	Context  Location
}

func (f *File) parseException(s Stream) error {
	if s.Size < 168 {
		return formatErr(s.EntryOff, "Exception stream too short", s.Size)
	}
	b, err := f.read(s.Off, 168)
	if err != nil {
		return err
	}
	e := &Exception{ThreadID: le32(b), Code: le32(b[8:]), Flags: le32(b[12:]), Record: le64(b[16:]), Address: le64(b[24:])}
	n := le32(b[32:])
	if n > 15 {
		n = 15
	}
	for i := uint32(0); i < n; i++ {
		e.Params = append(e.Params, le64(b[40+8*i:]))
	}
	e.Context = Location{Size: int64(le32(b[160:])), Off: int64(le32(b[164:]))}
	f.Exception = e
	if e.Context.Size > 0 {
		if !f.inFile(e.Context.Off, e.Context.Size) {
			return formatErr(s.Off+160, "exception context past end of file", e.Context.Off)
		}
		f.addRef(Ref{Kind: RefContext, PtrOff: s.Off + 164, PtrSize: 4, Off: e.Context.Off, Size: e.Context.Size, Stream: s.Type})
	}
	return nil
}

// Thread is MINIDUMP_THREAD (or _EX).
type Thread struct {
	ID            uint32
	SuspendCount  uint32
	PriorityClass uint32
	Priority      uint32
	TEB           uint64
	Stack         MemoryRange
	Context       Location
	Name          string // from the ThreadNames stream
}

// MemoryRange is a captured range of the crashed process's memory.
type MemoryRange struct {
	Start uint64 // virtual address
	Size  int64  // bytes captured (clipped to the file)
	Off   int64  // file offset of the bytes
	// Is64 marks Memory64List ranges (whose file offsets are implied by
	// their order, not stored per range).
	Is64 bool
}

// End is the first address past the range.
func (m MemoryRange) End() uint64 { return m.Start + uint64(m.Size) }

// listCount reads a u32 count and checks it against the stream size; some
// writers pad the count to 8 bytes, which the entry size then reveals.
func (f *File) listCount(s Stream, entry int64) (count int64, first int64, err error) {
	if s.Size < 4 {
		return 0, 0, formatErr(s.EntryOff, s.Type.String()+" stream too short", s.Size)
	}
	b, err := f.read(s.Off, 4)
	if err != nil {
		return 0, 0, err
	}
	count = int64(le32(b))
	if count > (s.Size-4)/entry {
		return 0, 0, formatErr(s.Off, s.Type.String()+" count exceeds stream size", count)
	}
	first = s.Off + 4
	if s.Size == 8+count*entry {
		first += 4
	}
	return count, first, nil
}

func (f *File) parseThreadList(s Stream, entry int64) error {
	count, first, err := f.listCount(s, entry)
	if err != nil {
		return err
	}
	b, err := f.read(first, count*entry)
	if err != nil {
		return err
	}
	for i := int64(0); i < count; i++ {
		e := b[i*entry:]
		base := first + i*entry
		t := Thread{
			ID: le32(e), SuspendCount: le32(e[4:]), PriorityClass: le32(e[8:]), Priority: le32(e[12:]), TEB: le64(e[16:]),
			Stack:   MemoryRange{Start: le64(e[24:]), Size: int64(le32(e[32:])), Off: int64(le32(e[36:]))},
			Context: Location{Size: int64(le32(e[40:])), Off: int64(le32(e[44:]))},
		}
		if t.Stack.Size > 0 && t.Stack.Off == 0 {
			// RVA 0: no bytes of its own (a full-memory dump's stack, which
			// Wine's dbghelp leaves in the Memory64List): the stack is read
			// by address (stackFor), never from the header at offset 0.
		} else if t.Stack.Size > 0 {
			if !f.inFile(t.Stack.Off, t.Stack.Size) {
				f.Errors = append(f.Errors, formatErr(base+32, "thread stack past end of file", t.Stack.Off))
				t.Stack.Size = 0
			} else {
				f.addRef(Ref{Kind: RefStack, PtrOff: base + 36, PtrSize: 4, Off: t.Stack.Off, Size: t.Stack.Size, Stream: s.Type})
			}
		}
		if t.Context.Size > 0 {
			if !f.inFile(t.Context.Off, t.Context.Size) {
				f.Errors = append(f.Errors, formatErr(base+40, "thread context past end of file", t.Context.Off))
				t.Context.Size = 0
			} else {
				f.addRef(Ref{Kind: RefContext, PtrOff: base + 44, PtrSize: 4, Off: t.Context.Off, Size: t.Context.Size, Stream: s.Type})
			}
		}
		f.Threads = append(f.Threads, t)
	}
	return nil
}

// Module is MINIDUMP_MODULE (or MINIDUMP_UNLOADED_MODULE) with its CodeView
// record decoded.
type Module struct {
	Base          uint64
	Size          uint64
	CheckSum      uint32
	TimeDateStamp uint32
	Name          string
	Version       string // file version from VS_FIXEDFILEINFO, "" when absent
	CodeView      CodeView
	Unloaded      bool
}

// CodeView is a decoded CodeView (debug info) record.
type CodeView struct {
	Signature string // "RSDS", "NB10", "BpEL", "" when absent
	GUID      [16]byte
	Age       uint32
	PDBName   string // RSDS/NB10 debug file name
	BuildID   []byte // BpEL (ELF build id)
}

// moduleEntry is the size of a MINIDUMP_MODULE.
const moduleEntry = 108

// parseModuleList reads a MINIDUMP_MODULE_LIST, appending to dst.
func (f *File) parseModuleList(s Stream, dst *[]Module) error {
	const entry = moduleEntry
	count, first, err := f.listCount(s, entry)
	if err != nil {
		return err
	}
	b, err := f.read(first, count*entry)
	if err != nil {
		return err
	}
	for i := int64(0); i < count; i++ {
		e := b[i*entry:]
		base := first + i*entry
		m := Module{Base: le64(e), Size: uint64(le32(e[8:])), CheckSum: le32(e[12:]), TimeDateStamp: le32(e[16:])}
		name, err := f.readString(le32(e[20:]), base+20, 4, s.Type)
		if err != nil {
			f.Errors = append(f.Errors, err)
		}
		m.Name = name
		if le32(e[24:]) == 0xfeef04bd { // VS_FIXEDFILEINFO signature
			ms, ls := le32(e[32:]), le32(e[36:])
			if ms|ls != 0 {
				m.Version = fmt.Sprintf("%d.%d.%d.%d", ms>>16, ms&0xffff, ls>>16, ls&0xffff)
			}
		}
		cv := Location{Size: int64(le32(e[76:])), Off: int64(le32(e[80:]))}
		if cv.Size > 0 {
			if cv.Size > maxCVRecord || !f.inFile(cv.Off, cv.Size) {
				f.Errors = append(f.Errors, formatErr(base+76, "CodeView record out of range", cv.Size))
			} else if cb, err := f.read(cv.Off, cv.Size); err == nil {
				m.CodeView = parseCodeView(cb)
				f.addRef(Ref{Kind: RefCodeView, PtrOff: base + 80, PtrSize: 4, Off: cv.Off, Size: cv.Size, Stream: s.Type})
			}
		}
		misc := Location{Size: int64(le32(e[84:])), Off: int64(le32(e[88:]))}
		if misc.Size > 0 && misc.Size <= maxCVRecord && f.inFile(misc.Off, misc.Size) {
			f.addRef(Ref{Kind: RefMiscRecord, PtrOff: base + 88, PtrSize: 4, Off: misc.Off, Size: misc.Size, Stream: s.Type})
		}
		*dst = append(*dst, m)
	}
	return nil
}

func parseCodeView(b []byte) CodeView {
	var cv CodeView
	if len(b) < 4 {
		return cv
	}
	switch string(b[:4]) {
	case "RSDS":
		if len(b) >= 24 {
			cv.Signature = "RSDS"
			copy(cv.GUID[:], b[4:20])
			cv.Age = le32(b[20:])
			cv.PDBName = cString(b[24:])
		}
	case "NB10":
		if len(b) >= 16 {
			cv.Signature = "NB10"
			copy(cv.GUID[:4], b[8:12]) // 32-bit timestamp signature
			cv.Age = le32(b[12:])
			cv.PDBName = cString(b[16:])
		}
	case "LEpB": // 0x4270454c ('BpEL') stored little-endian
		cv.Signature = "BpEL"
		cv.BuildID = append([]byte(nil), b[4:]...)
	}
	return cv
}

func cString(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// sizedList reads a list stream that declares its own header size, entry
// size and count (UnloadedModuleList, HandleData), checking all three
// against the stream before reading the entries.
func (f *File) sizedList(s Stream, minHdr, minEntry int64, name string) (hdr, entry, count int64, entries []byte, err error) {
	if s.Size < minHdr {
		return 0, 0, 0, nil, formatErr(s.EntryOff, name+" stream too short", s.Size)
	}
	h, err := f.read(s.Off, minHdr)
	if err != nil {
		return 0, 0, 0, nil, err
	}
	hdr, entry, count = int64(le32(h)), int64(le32(h[4:])), int64(le32(h[8:]))
	if hdr < minHdr || hdr > s.Size || entry < minEntry || count > (s.Size-hdr)/entry {
		return 0, 0, 0, nil, formatErr(s.Off, name+" header inconsistent", count)
	}
	entries, err = f.read(s.Off+hdr, count*entry)
	return hdr, entry, count, entries, err
}

func (f *File) parseUnloadedModuleList(s Stream) error {
	hdr, entry, count, b, err := f.sizedList(s, 12, 24, "UnloadedModuleList")
	if err != nil {
		return err
	}
	for i := int64(0); i < count; i++ {
		e := b[i*entry:]
		base := s.Off + hdr + i*entry
		m := Module{Base: le64(e), Size: uint64(le32(e[8:])), CheckSum: le32(e[12:]), TimeDateStamp: le32(e[16:]), Unloaded: true}
		name, err := f.readString(le32(e[20:]), base+20, 4, s.Type)
		if err != nil {
			f.Errors = append(f.Errors, err)
		}
		m.Name = name
		f.UnloadedModules = append(f.UnloadedModules, m)
	}
	return nil
}

func (f *File) parseMemoryList(s Stream) error {
	count, first, err := f.listCount(s, 16)
	if err != nil {
		return err
	}
	b, err := f.read(first, count*16)
	if err != nil {
		return err
	}
	f.refs = slices.Grow(f.refs, int(count))
	f.Memory = slices.Grow(f.Memory, int(count))
	for i := int64(0); i < count; i++ {
		e := b[i*16:]
		m := MemoryRange{Start: le64(e), Size: int64(le32(e[8:])), Off: int64(le32(e[12:]))}
		if !f.inFile(m.Off, m.Size) {
			f.Errors = append(f.Errors, formatErr(first+i*16, "memory range past end of file", m.Off))
			continue
		}
		f.Memory = append(f.Memory, m)
		f.addRef(Ref{Kind: RefMemory, PtrOff: first + i*16 + 12, PtrSize: 4, Off: m.Off, Size: m.Size, Stream: s.Type})
	}
	return nil
}

func (f *File) parseMemory64List(s Stream) error {
	if s.Size < 16 {
		return formatErr(s.EntryOff, "Memory64List stream too short", s.Size)
	}
	h, err := f.read(s.Off, 16)
	if err != nil {
		return err
	}
	count, baseRVA := le64(h), le64(h[8:])
	if count > uint64((s.Size-16)/16) {
		return formatErr(s.Off, "Memory64List count exceeds stream size", count)
	}
	if baseRVA > uint64(f.size) {
		return formatErr(s.Off+8, "Memory64List base past end of file", baseRVA)
	}
	b, err := f.read(s.Off+16, int64(count)*16)
	if err != nil {
		return err
	}
	f.Memory = slices.Grow(f.Memory, int(count))
	off := int64(baseRVA)
	var total int64
	for i := 0; i < int(count); i++ {
		e := b[i*16:]
		m := MemoryRange{Start: le64(e), Size: int64(le64(e[8:])), Off: off, Is64: true}
		if le64(e[8:]) > uint64(f.size) || !f.inFile(m.Off, m.Size) {
			f.Errors = append(f.Errors, formatErr(s.Off+16+int64(i)*16, "Memory64List range past end of file", m.Start))
			break
		}
		f.Memory = append(f.Memory, m)
		off += m.Size
		total += m.Size
	}
	f.addRef(Ref{Kind: RefMemory64Base, PtrOff: s.Off + 8, PtrSize: 8, Off: int64(baseRVA), Size: total, Stream: s.Type})
	return nil
}

// MiscInfo holds the useful fields of MINIDUMP_MISC_INFO(_N).
type MiscInfo struct {
	Flags             uint32
	ProcessID         uint32 // valid when Flags&1
	ProcessCreateTime uint32 // valid when Flags&2, seconds since the epoch
}

func (f *File) parseMiscInfo(s Stream) error {
	if s.Size < 24 {
		return formatErr(s.EntryOff, "MiscInfo stream too short", s.Size)
	}
	b, err := f.read(s.Off, 24)
	if err != nil {
		return err
	}
	f.MiscInfo = &MiscInfo{Flags: le32(b[4:]), ProcessID: le32(b[8:]), ProcessCreateTime: le32(b[12:])}
	return nil
}

func (f *File) parseThreadNames(s Stream) error {
	count, first, err := f.listCount(s, 12)
	if err != nil {
		return err
	}
	b, err := f.read(first, count*12)
	if err != nil {
		return err
	}
	names := map[uint32]string{}
	for i := int64(0); i < count; i++ {
		e := b[i*12:]
		rva := le64(e[4:])
		if rva > uint64(f.size) {
			f.Errors = append(f.Errors, formatErr(first+i*12+4, "thread name past end of file", rva))
			continue
		}
		name, err := f.readString(uint32(rva), first+i*12+4, 8, s.Type)
		if err != nil {
			f.Errors = append(f.Errors, err)
			continue
		}
		names[le32(e)] = name
	}
	f.threadNames = names
	return nil
}

func (f *File) attachThreadNames() {
	for i := range f.Threads {
		if n, ok := f.threadNames[f.Threads[i].ID]; ok {
			f.Threads[i].Name = n
		}
	}
}

// AssertionInfo is Breakpad's MDRawAssertionInfo (CRT invalid parameter or
// pure virtual call).
type AssertionInfo struct {
	Expression string
	Function   string
	File       string
	Line       uint32
	Type       uint32 // 1 invalid parameter, 2 pure virtual call
}

func (f *File) parseAssertionInfo(s Stream) error {
	const size = 3*256 + 8
	if s.Size < size {
		return formatErr(s.EntryOff, "AssertionInfo stream too short", s.Size)
	}
	b, err := f.read(s.Off, size)
	if err != nil {
		return err
	}
	f.Assertion = &AssertionInfo{
		Expression: utf16Fixed(b[:256]), Function: utf16Fixed(b[256:512]), File: utf16Fixed(b[512:768]),
		Line: le32(b[768:]), Type: le32(b[772:]),
	}
	return nil
}

// BreakpadInfo is MDRawBreakpadInfo.
type BreakpadInfo struct {
	Validity           uint32
	DumpThreadID       uint32 // the thread that wrote the dump
	RequestingThreadID uint32
}

func (f *File) parseBreakpadInfo(s Stream) error {
	if s.Size < 12 {
		return formatErr(s.EntryOff, "BreakpadInfo stream too short", s.Size)
	}
	b, err := f.read(s.Off, 12)
	if err != nil {
		return err
	}
	f.Breakpad = &BreakpadInfo{Validity: le32(b), DumpThreadID: le32(b[4:]), RequestingThreadID: le32(b[8:])}
	return nil
}

// parseHandleData records the type and object name strings of handle
// descriptors (object names are often file paths).
func (f *File) parseHandleData(s Stream) error {
	hdr, entry, count, b, err := f.sizedList(s, 16, 32, "HandleData")
	if err != nil {
		return err
	}
	for i := int64(0); i < count; i++ {
		base := s.Off + hdr + i*entry
		e := b[i*entry:]
		for _, fo := range []int64{8, 12} {
			if _, err := f.readString(le32(e[fo:]), base+fo, 4, s.Type); err != nil {
				f.Errors = append(f.Errors, err)
			}
		}
	}
	return nil
}

// LinuxInfo holds Breakpad's Linux streams as text.
type LinuxInfo struct {
	CPUInfo    string
	ProcStatus string
	LSBRelease string
	CmdLine    []string // argv
	Environ    []string // KEY=value
	Maps       string
	Auxv       []AuxvEntry
	DSOs       []DSO
}

// AuxvEntry is one ELF auxiliary vector entry.
type AuxvEntry struct{ Type, Value uint64 }

// DSO is one entry of the dynamic linker's link map (LinuxDsoDebug).
type DSO struct {
	Addr uint64
	Name string
	LD   uint64
}

func (f *File) parseLinuxText(s Stream) error {
	if s.Size > maxTextStream {
		return formatErr(s.EntryOff, s.Type.String()+" stream too large", s.Size)
	}
	b, err := f.read(s.Off, s.Size)
	if err != nil {
		return err
	}
	switch s.Type {
	case StreamLinuxCPUInfo:
		f.Linux.CPUInfo = string(b)
	case StreamLinuxProcStatus:
		f.Linux.ProcStatus = string(b)
	case StreamLinuxLSBRelease:
		f.Linux.LSBRelease = string(b)
	case StreamLinuxMaps:
		f.Linux.Maps = string(b)
	case StreamLinuxCmdLine:
		f.Linux.CmdLine = splitNUL(b)
	case StreamLinuxEnviron:
		f.Linux.Environ = splitNUL(b)
	case StreamLinuxAuxv:
		for i := 0; i+16 <= len(b); i += 16 {
			f.Linux.Auxv = append(f.Linux.Auxv, AuxvEntry{Type: le64(b[i:]), Value: le64(b[i+8:])})
		}
	}
	return nil
}

func splitNUL(b []byte) []string {
	var out []string
	for _, p := range strings.Split(strings.TrimRight(string(b), "\x00"), "\x00") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// parseDSODebug reads MDRawDebug64 (40 bytes) and its MDRawLinkMap64
// entries (24 bytes; both naturally aligned, padding included).
func (f *File) parseDSODebug(s Stream) error {
	const hdr, entry = 40, 24
	if s.Size < hdr {
		return formatErr(s.EntryOff, "LinuxDsoDebug stream too short", s.Size)
	}
	h, err := f.read(s.Off, hdr)
	if err != nil {
		return err
	}
	mapRVA, count := int64(le32(h[4:])), int64(le32(h[8:]))
	if count == 0 || mapRVA == 0 {
		return nil
	}
	if mapRVA > f.size || count > (f.size-mapRVA)/entry {
		return formatErr(s.Off+4, "LinuxDsoDebug link map past end of file", count)
	}
	b, err := f.read(mapRVA, count*entry)
	if err != nil {
		return err
	}
	f.addRef(Ref{Kind: RefStruct, PtrOff: s.Off + 4, PtrSize: 4, Off: mapRVA, Size: count * entry, Stream: s.Type})
	for i := int64(0); i < count; i++ {
		e := b[i*entry:]
		d := DSO{Addr: le64(e), LD: le64(e[16:])}
		name, err := f.readString(le32(e[8:]), mapRVA+i*entry+8, 4, s.Type)
		if err != nil {
			f.Errors = append(f.Errors, err)
		}
		d.Name = name
		f.Linux.DSOs = append(f.Linux.DSOs, d)
	}
	return nil
}

// parseMacCrashInfo records the Mozilla macOS crash-info records (they hold
// module paths and messages); only their locations matter to a rewriter.
func (f *File) parseMacCrashInfo(s Stream) error {
	if s.Size < 12 {
		return formatErr(s.EntryOff, "MozMacosCrashInfo stream too short", s.Size)
	}
	h, err := f.read(s.Off, 12)
	if err != nil {
		return err
	}
	count := int64(le32(h[4:]))
	if count > (s.Size-12)/8 {
		return formatErr(s.Off+4, "MozMacosCrashInfo count exceeds stream size", count)
	}
	b, err := f.read(s.Off+12, count*8)
	if err != nil {
		return err
	}
	for i := int64(0); i < count; i++ {
		loc := Location{Size: int64(le32(b[i*8:])), Off: int64(le32(b[i*8+4:]))}
		if loc.Size == 0 {
			continue
		}
		if !f.inFile(loc.Off, loc.Size) {
			f.Errors = append(f.Errors, formatErr(s.Off+12+i*8, "crash info record past end of file", loc.Off))
			continue
		}
		f.addRef(Ref{Kind: RefMacCrashInfoRecord, PtrOff: s.Off + 12 + i*8 + 4, PtrSize: 4, Off: loc.Off, Size: loc.Size, Stream: s.Type})
	}
	return nil
}

func (f *File) parseMacBootargs(s Stream) error {
	if s.Size < 8 {
		return formatErr(s.EntryOff, "MozMacosBootargs stream too short", s.Size)
	}
	h, err := f.read(s.Off, 8)
	if err != nil {
		return err
	}
	_, err = f.readString(le32(h[4:]), s.Off+4, 4, s.Type)
	return err
}

// DebugID is the module's debug identifier in Sentry's form
// (GUID-age, lowercase; the age only when non-zero).
func (m *Module) DebugID() string {
	switch m.CodeView.Signature {
	case "RSDS":
		return formatDebugID(m.CodeView.GUID, m.CodeView.Age)
	case "NB10":
		return fmt.Sprintf("%08x-%x", le32(m.CodeView.GUID[:4]), m.CodeView.Age)
	case "BpEL":
		var g [16]byte
		copy(g[:], m.CodeView.BuildID)
		return formatDebugID(g, 0)
	}
	return ""
}

// formatDebugID formats a little-endian GUID (Data1-3 byte-swapped, as
// Windows stores it) plus age the way Sentry's debugid crate prints it.
func formatDebugID(g [16]byte, age uint32) string {
	s := fmt.Sprintf("%08x-%04x-%04x-%s-%s", le32(g[:4]), le16(g[4:]), le16(g[6:]),
		hex.EncodeToString(g[8:10]), hex.EncodeToString(g[10:16]))
	if age != 0 {
		s += fmt.Sprintf("-%x", age)
	}
	return s
}

// CodeID is the module's code identifier: PE timestamp+size, the ELF build
// id, or the Mach-O UUID.
func (m *Module) CodeID(typ string) string {
	switch {
	case m.CodeView.Signature == "BpEL":
		return hex.EncodeToString(m.CodeView.BuildID)
	case typ == "pe":
		if m.TimeDateStamp == 0 && m.Size == 0 {
			return ""
		}
		return fmt.Sprintf("%08X%x", m.TimeDateStamp, m.Size)
	case typ == "macho" && m.CodeView.Signature == "RSDS":
		return strings.ReplaceAll(formatDebugID(m.CodeView.GUID, 0), "-", "")
	}
	return ""
}
