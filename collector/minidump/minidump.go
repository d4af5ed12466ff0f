// Package minidump parses Microsoft minidump files (MDMP) as written by
// Windows (dbghelp, WER), Breakpad, Crashpad and sentry-native on every OS,
// in the style of debug/elf.
//
// The input is hostile: every count and size declared in the file is checked
// against the file size (and the declaring stream's size) before anything is
// allocated; memory contents are never read whole, only the few stack bytes
// the unwinder needs. Besides the parsed streams, the parser records every
// pointer (RVA) it followed as a Ref, so that the structure-aware scrubber
// (crashd/redact/minidump) can rewrite a dump without re-deriving its layout.
package minidump

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
	"time"
	"unicode/utf16"
)

// Magic is the signature every minidump starts with.
const Magic = "MDMP"

// HeaderSize is the size of MINIDUMP_HEADER.
const HeaderSize = 32

// Limits that bound memory on hostile input. Counts are additionally capped
// by the size of the stream that declares them.
const (
	maxStreams     = 1 << 12
	maxStringBytes = 1 << 16 // one MINIDUMP_STRING / UTF-8 string
	maxTextStream  = 16 << 20
	maxCVRecord    = 1 << 12
	maxAnnotations = 1 << 12
	maxStackRead   = 256 << 10 // bytes of each thread's stack the unwinder reads
)

// StreamType is a MINIDUMP_STREAM_TYPE.
type StreamType uint32

// Stream types this package understands (Windows, Breakpad, Crashpad,
// Mozilla extensions).
const (
	StreamUnused             StreamType = 0
	StreamThreadList         StreamType = 3
	StreamModuleList         StreamType = 4
	StreamMemoryList         StreamType = 5
	StreamException          StreamType = 6
	StreamSystemInfo         StreamType = 7
	StreamThreadExList       StreamType = 8
	StreamMemory64List       StreamType = 9
	StreamCommentA           StreamType = 10
	StreamCommentW           StreamType = 11
	StreamHandleData         StreamType = 12
	StreamFunctionTable      StreamType = 13
	StreamUnloadedModuleList StreamType = 14
	StreamMiscInfo           StreamType = 15
	StreamMemoryInfoList     StreamType = 16
	StreamThreadInfoList     StreamType = 17
	StreamHandleOperation    StreamType = 18
	StreamToken              StreamType = 19
	StreamJavaScriptData     StreamType = 20
	StreamSystemMemoryInfo   StreamType = 21
	StreamProcessVMCounters  StreamType = 22
	StreamIptTrace           StreamType = 23
	StreamThreadNames        StreamType = 24

	StreamBreakpadInfo    StreamType = 0x47670001
	StreamAssertionInfo   StreamType = 0x47670002
	StreamLinuxCPUInfo    StreamType = 0x47670003
	StreamLinuxProcStatus StreamType = 0x47670004
	StreamLinuxLSBRelease StreamType = 0x47670005
	StreamLinuxCmdLine    StreamType = 0x47670006
	StreamLinuxEnviron    StreamType = 0x47670007
	StreamLinuxAuxv       StreamType = 0x47670008
	StreamLinuxMaps       StreamType = 0x47670009
	StreamLinuxDSODebug   StreamType = 0x4767000A

	StreamCrashpadInfo StreamType = 0x43500001

	// StreamWineELFModules is Wine's list of the Unix (ELF) libraries
	// loaded into the process (libc.so.6, Wine's ntdll.so), a
	// MINIDUMP_MODULE_LIST in a type of the reserved range that only
	// Wine's dbghelp writes.
	StreamWineELFModules StreamType = 0xfff0

	StreamMozMacosCrashInfo StreamType = 0x4d7a0001
	StreamMozMacosBootargs  StreamType = 0x4d7a0002
	StreamMozLinuxLimits    StreamType = 0x4d7a0003
	StreamMozSoftErrors     StreamType = 0x4d7a0004
)

var streamNames = map[StreamType]string{
	StreamUnused: "Unused", StreamThreadList: "ThreadList", StreamModuleList: "ModuleList",
	StreamMemoryList: "MemoryList", StreamException: "Exception", StreamSystemInfo: "SystemInfo",
	StreamThreadExList: "ThreadExList", StreamMemory64List: "Memory64List", StreamCommentA: "CommentA",
	StreamCommentW: "CommentW", StreamHandleData: "HandleData", StreamFunctionTable: "FunctionTable",
	StreamUnloadedModuleList: "UnloadedModuleList", StreamMiscInfo: "MiscInfo",
	StreamMemoryInfoList: "MemoryInfoList", StreamThreadInfoList: "ThreadInfoList",
	StreamHandleOperation: "HandleOperationList", StreamToken: "Token", StreamJavaScriptData: "JavaScriptData",
	StreamSystemMemoryInfo: "SystemMemoryInfo", StreamProcessVMCounters: "ProcessVmCounters",
	StreamIptTrace: "IptTrace", StreamThreadNames: "ThreadNames",
	StreamBreakpadInfo: "BreakpadInfo", StreamAssertionInfo: "AssertionInfo",
	StreamLinuxCPUInfo: "LinuxCpuInfo", StreamLinuxProcStatus: "LinuxProcStatus",
	StreamLinuxLSBRelease: "LinuxLsbRelease", StreamLinuxCmdLine: "LinuxCmdLine",
	StreamLinuxEnviron: "LinuxEnviron", StreamLinuxAuxv: "LinuxAuxv", StreamLinuxMaps: "LinuxMaps",
	StreamLinuxDSODebug: "LinuxDsoDebug", StreamCrashpadInfo: "CrashpadInfo", StreamWineELFModules: "WineElfModuleList",
	StreamMozMacosCrashInfo: "MozMacosCrashInfo", StreamMozMacosBootargs: "MozMacosBootargs",
	StreamMozLinuxLimits: "MozLinuxLimits", StreamMozSoftErrors: "MozSoftErrors",
}

func (t StreamType) String() string {
	if s, ok := streamNames[t]; ok {
		return s
	}
	return fmt.Sprintf("%#x", uint32(t))
}

// FormatError reports a malformed minidump, in the style of debug/elf.
type FormatError struct {
	Off int64  // byte offset in the file
	Msg string // what is wrong
	Val any    // the offending value, if any
}

func (e *FormatError) Error() string {
	msg := "minidump: " + e.Msg
	if e.Val != nil {
		msg += fmt.Sprintf(" '%v'", e.Val)
	}
	return msg + fmt.Sprintf(" in record at byte %#x", e.Off)
}

func formatErr(off int64, msg string, val any) error {
	return &FormatError{Off: off, Msg: msg, Val: val}
}

// Header is MINIDUMP_HEADER.
type Header struct {
	Version       uint32 // low 16 bits 0xa793; high bits implementation-specific
	NumStreams    uint32
	DirectoryRVA  uint32
	CheckSum      uint32
	TimeDateStamp uint32 // time of the dump, seconds since the Unix epoch
	Flags         uint64 // MINIDUMP_TYPE
}

// Stream is one stream directory entry.
type Stream struct {
	Type StreamType
	Off  int64 // file offset of the stream data (RVA)
	Size int64 // DataSize
	// EntryOff is the file offset of the 12-byte directory entry.
	EntryOff int64
}

// Location is a MINIDUMP_LOCATION_DESCRIPTOR resolved to file offsets.
type Location struct {
	Off  int64
	Size int64
}

// RefKind says what a referenced blob is, which is what a rewriter needs to
// know to treat it correctly.
type RefKind uint8

const (
	RefStream             RefKind = iota + 1 // a stream's data (see Ref.Stream)
	RefString                                // MINIDUMP_STRING: u32 byte length + UTF-16LE
	RefUTF8String                            // Crashpad MinidumpUTF8String: u32 length + bytes + NUL
	RefByteArray                             // Crashpad MinidumpByteArray: u32 length + bytes
	RefContext                               // CPU context record
	RefStack                                 // a thread's stack memory
	RefMemory                                // a MemoryList range's bytes
	RefCodeView                              // CodeView record (RSDS/NB10/BpEL/...)
	RefMiscRecord                            // IMAGE_DEBUG_MISC record
	RefStruct                                // a fixed binary structure holding further refs
	RefMemory64Base                          // Memory64List BaseRva: start of all Memory64 bytes
	RefMacCrashInfoRecord                    // Mozilla macOS crash info record (binary header + strings)
)

// Ref is one pointer the parser followed: the field at PtrOff (PtrSize
// bytes, little-endian) holds the file offset of the blob [Off, Off+Size).
// Streams are refs too, with PtrOff at their directory entry's RVA field.
type Ref struct {
	Kind    RefKind
	PtrOff  int64
	PtrSize int // 4 or 8; 0 when the blob is not pointed to by a single field
	Off     int64
	Size    int64
	Stream  StreamType // for RefStream: the stream's type; else the stream it came from
}

// File is an open minidump.
type File struct {
	Header  Header
	Streams []Stream // directory order, unused entries included

	SystemInfo      *SystemInfo
	Exception       *Exception
	Threads         []Thread
	Modules         []Module
	UnloadedModules []Module
	MiscInfo        *MiscInfo
	Memory          []MemoryRange // MemoryList and Memory64List, sorted by Start
	Crashpad        *CrashpadInfo
	Assertion       *AssertionInfo
	Breakpad        *BreakpadInfo
	Linux           LinuxInfo

	// WineModules are the modules of Wine's ELF module list; non-nil only
	// when that stream is one (its size that of its entries exactly).
	WineModules []Module

	// Errors holds problems in individual streams. Such a stream is skipped
	// (or partly parsed) so that one bad stream does not hide the rest.
	Errors []error

	r           io.ReaderAt
	size        int64
	refs        []Ref
	threadNames map[uint32]string
}

// Sniff reports whether head starts like a minidump.
func Sniff(head []byte) bool { return bytes.HasPrefix(head, []byte(Magic)) }

// Size is the file size given to NewFile.
func (f *File) Size() int64 { return f.size }

// Refs returns every pointer the parser followed, streams first, in the
// order found. The slice is shared; do not modify it.
func (f *File) Refs() []Ref { return f.refs }

// StreamsOf returns the directory entries of type t.
func (f *File) StreamsOf(t StreamType) []Stream {
	var out []Stream
	for _, s := range f.Streams {
		if s.Type == t {
			out = append(out, s)
		}
	}
	return out
}

// ReadStream returns the data of s (at most maxTextStream bytes).
func (f *File) ReadStream(s Stream) ([]byte, error) {
	if s.Size > maxTextStream {
		return nil, formatErr(s.EntryOff, "stream too large", s.Size)
	}
	return f.read(s.Off, s.Size)
}

// NewFile parses the minidump in r, which is size bytes long. It fails with a
// *FormatError when the header or stream directory is malformed; problems
// inside individual streams are collected in File.Errors instead.
func NewFile(r io.ReaderAt, size int64) (*File, error) {
	f := &File{r: r, size: size}
	if size < HeaderSize {
		return nil, formatErr(0, "file too short for header", size)
	}
	hb, err := f.read(0, HeaderSize)
	if err != nil {
		return nil, err
	}
	if string(hb[:4]) != Magic {
		return nil, formatErr(0, "bad magic", fmt.Sprintf("%q", hb[:4]))
	}
	h := Header{
		Version:       le32(hb[4:]),
		NumStreams:    le32(hb[8:]),
		DirectoryRVA:  le32(hb[12:]),
		CheckSum:      le32(hb[16:]),
		TimeDateStamp: le32(hb[20:]),
		Flags:         le64(hb[24:]),
	}
	f.Header = h
	if h.Version&0xffff != 0xa793 {
		return nil, formatErr(4, "unsupported version", h.Version)
	}
	dirOff := int64(h.DirectoryRVA)
	if dirOff < HeaderSize {
		return nil, formatErr(12, "stream directory overlaps header", dirOff)
	}
	if int64(h.NumStreams) > (size-dirOff)/12 || h.NumStreams > maxStreams {
		return nil, formatErr(8, "stream count exceeds file size", h.NumStreams)
	}
	dir, err := f.read(dirOff, int64(h.NumStreams)*12)
	if err != nil {
		return nil, err
	}
	for i := 0; i < int(h.NumStreams); i++ {
		e := dir[i*12:]
		s := Stream{Type: StreamType(le32(e)), Size: int64(le32(e[4:])), Off: int64(le32(e[8:])), EntryOff: dirOff + int64(i)*12}
		if s.Type != StreamUnused {
			if s.Off+s.Size > size {
				return nil, formatErr(s.EntryOff, "stream "+s.Type.String()+" extends past end of file", s.Off+s.Size)
			}
			if s.Size > 0 && s.Off < HeaderSize {
				return nil, formatErr(s.EntryOff, "stream "+s.Type.String()+" overlaps header", s.Off)
			}
		}
		f.Streams = append(f.Streams, s)
		if s.Type != StreamUnused {
			f.refs = append(f.refs, Ref{Kind: RefStream, PtrOff: s.EntryOff + 8, PtrSize: 4, Off: s.Off, Size: s.Size, Stream: s.Type})
		}
	}
	f.refs = slices.Grow(f.refs, 64)
	f.parseStreams()
	return f, nil
}

// parseStreams decodes the known streams. SystemInfo goes first because the
// CPU architecture decides how thread contexts are read.
func (f *File) parseStreams() {
	seen := map[StreamType]bool{}
	order := []StreamType{StreamSystemInfo}
	for _, s := range f.Streams {
		if s.Type != StreamSystemInfo {
			order = append(order, s.Type)
		}
	}
	for _, t := range order {
		if seen[t] || t == StreamUnused {
			continue
		}
		seen[t] = true
		ss := f.StreamsOf(t)
		if len(ss) == 0 {
			continue
		}
		// Duplicates of a stream type are kept in the directory (and in
		// the output of a rewrite) but only the first is interpreted, as
		// dbghelp does.
		if err := f.parseStream(ss[0]); err != nil {
			f.Errors = append(f.Errors, err)
		}
	}
	if len(f.StreamsOf(StreamThreadList)) == 0 {
		if ss := f.StreamsOf(StreamThreadExList); len(ss) > 0 {
			if err := f.parseThreadList(ss[0], 64); err != nil {
				f.Errors = append(f.Errors, err)
			}
		}
	}
	slices.SortStableFunc(f.Memory, func(a, b MemoryRange) int { return cmp.Compare(a.Start, b.Start) })
	f.attachThreadNames()
}

func (f *File) parseStream(s Stream) error {
	switch s.Type {
	case StreamSystemInfo:
		return f.parseSystemInfo(s)
	case StreamException:
		return f.parseException(s)
	case StreamThreadList:
		return f.parseThreadList(s, 48)
	case StreamModuleList:
		return f.parseModuleList(s, &f.Modules)
	case StreamWineELFModules:
		if s.Size >= 4 {
			if b, err := f.read(s.Off, 4); err == nil && s.Size == 4+int64(le32(b))*moduleEntry {
				f.WineModules = []Module{}
				return f.parseModuleList(s, &f.WineModules)
			}
		}
	case StreamUnloadedModuleList:
		return f.parseUnloadedModuleList(s)
	case StreamMemoryList:
		return f.parseMemoryList(s)
	case StreamMemory64List:
		return f.parseMemory64List(s)
	case StreamMiscInfo:
		return f.parseMiscInfo(s)
	case StreamThreadNames:
		return f.parseThreadNames(s)
	case StreamCrashpadInfo:
		return f.parseCrashpadInfo(s)
	case StreamAssertionInfo:
		return f.parseAssertionInfo(s)
	case StreamBreakpadInfo:
		return f.parseBreakpadInfo(s)
	case StreamHandleData:
		return f.parseHandleData(s)
	case StreamLinuxCPUInfo, StreamLinuxProcStatus, StreamLinuxLSBRelease, StreamLinuxCmdLine,
		StreamLinuxEnviron, StreamLinuxMaps, StreamLinuxAuxv:
		return f.parseLinuxText(s)
	case StreamLinuxDSODebug:
		return f.parseDSODebug(s)
	case StreamMozMacosCrashInfo:
		return f.parseMacCrashInfo(s)
	case StreamMozMacosBootargs:
		return f.parseMacBootargs(s)
	}
	return nil
}

// read returns n bytes at off, refusing ranges outside the file.
func (f *File) read(off, n int64) ([]byte, error) {
	if off < 0 || n < 0 || off > f.size || n > f.size-off {
		return nil, formatErr(off, "range past end of file", n)
	}
	b := make([]byte, n)
	if n == 0 {
		return b, nil
	}
	if n, err := f.r.ReadAt(b, off); n < len(b) {
		if err == nil || err == io.EOF {
			err = io.ErrUnexpectedEOF // the reader is shorter than size
		}
		return nil, fmt.Errorf("minidump: read at %#x: %w", off, err)
	}
	return b, nil
}

func (f *File) inFile(off, n int64) bool {
	return off >= 0 && n >= 0 && off <= f.size && n <= f.size-off
}

func (f *File) addRef(r Ref) { f.refs = append(f.refs, r) }

// readString reads a MINIDUMP_STRING at rva (UTF-16LE, byte length first)
// and records the reference from the field at ptrOff.
func (f *File) readString(rva uint32, ptrOff int64, ptrSize int, st StreamType) (string, error) {
	if rva == 0 {
		return "", nil
	}
	off := int64(rva)
	n, err := f.stringLen(off)
	if err != nil {
		return "", err
	}
	b, err := f.read(off+4, n&^1)
	if err != nil {
		return "", err
	}
	f.addRef(Ref{Kind: RefString, PtrOff: ptrOff, PtrSize: ptrSize, Off: off, Size: 4 + n, Stream: st})
	return decodeUTF16(b), nil
}

// stringLen reads the byte length that starts a MINIDUMP_STRING or a
// Crashpad UTF-8 string at off, capped by the file.
func (f *File) stringLen(off int64) (int64, error) {
	lb, err := f.read(off, 4)
	if err != nil {
		return 0, err
	}
	n := int64(le32(lb))
	if n > maxStringBytes || !f.inFile(off+4, n) {
		return 0, formatErr(off, "string length exceeds file", n)
	}
	return n, nil
}

// readUTF8 reads a Crashpad MinidumpUTF8String (length, bytes, NUL).
func (f *File) readUTF8(rva uint32, ptrOff int64, st StreamType) (string, error) {
	if rva == 0 {
		return "", nil
	}
	off := int64(rva)
	n, err := f.stringLen(off)
	if err != nil {
		return "", err
	}
	b, err := f.read(off+4, n)
	if err != nil {
		return "", err
	}
	size := 4 + n
	if f.inFile(off+4+n, 1) {
		size++ // the terminating NUL belongs to the string's storage
	}
	f.addRef(Ref{Kind: RefUTF8String, PtrOff: ptrOff, PtrSize: 4, Off: off, Size: size, Stream: st})
	return string(b), nil
}

func decodeUTF16(b []byte) string {
	u := make([]uint16, len(b)/2)
	for i := range u {
		u[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	for len(u) > 0 && u[len(u)-1] == 0 {
		u = u[:len(u)-1]
	}
	return string(utf16.Decode(u))
}

// utf16Fixed decodes a fixed-size, NUL-terminated UTF-16LE field.
func utf16Fixed(b []byte) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		c := binary.LittleEndian.Uint16(b[i:])
		if c == 0 {
			break
		}
		u = append(u, c)
	}
	return string(utf16.Decode(u))
}

func le16(b []byte) uint16 { return binary.LittleEndian.Uint16(b) }
func le32(b []byte) uint32 { return binary.LittleEndian.Uint32(b) }
func le64(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

// Time is the dump's creation time from the header (zero if unset).
func (f *File) Time() time.Time {
	if f.Header.TimeDateStamp == 0 {
		return time.Time{}
	}
	return time.Unix(int64(f.Header.TimeDateStamp), 0).UTC()
}
