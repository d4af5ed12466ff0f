package collector

import (
	"encoding/binary"
	"io"
)

// Bounds on how much of a header complete() reads; beyond them it cannot
// judge and says complete (the parser has the last word).
const (
	maxCheckStreams = 4096
	maxCheckPhdrs   = 65534
	maxMem64Ranges  = 1 << 16
)

// complete reports whether a file with internal structure has everything its
// header declares: a minidump whose streams (and Memory64List data) lie
// within the file, an ELF core whose segments do. Other formats are complete
// when stable. err means the structure could not be read; the file is then
// left to the parser.
func complete(r io.ReaderAt, size int64, f Format) (bool, error) {
	switch f {
	case FormatMinidump:
		return minidumpComplete(r, size)
	case FormatELFCore:
		return elfCoreComplete(r, size)
	}
	return true, nil
}

func minidumpComplete(r io.ReaderAt, size int64) (bool, error) {
	var h [32]byte
	if _, err := r.ReadAt(h[:], 0); err != nil {
		return false, nil // shorter than its header: not written yet
	}
	n := int64(binary.LittleEndian.Uint32(h[8:]))
	dir := int64(binary.LittleEndian.Uint32(h[12:]))
	if n > maxCheckStreams {
		return true, nil
	}
	if n == 0 {
		return true, nil
	}
	if dir+n*12 > size {
		return false, nil
	}
	ents := make([]byte, n*12)
	if _, err := r.ReadAt(ents, dir); err != nil {
		return false, err
	}
	for i := int64(0); i < n; i++ {
		e := ents[i*12:]
		typ := binary.LittleEndian.Uint32(e)
		dsize := int64(binary.LittleEndian.Uint32(e[4:]))
		rva := int64(binary.LittleEndian.Uint32(e[8:]))
		if typ == 0 { // UnusedStream
			continue
		}
		if rva+dsize > size {
			return false, nil
		}
		var ok bool
		var err error
		switch typ {
		case 3: // ThreadListStream: stacks and contexts live elsewhere in the file
			ok, err = mdListComplete(r, rva, dsize, size, 48, []int{32, 40})
		case 4: // ModuleListStream: CodeView and misc records, and the names
			ok, err = mdListComplete(r, rva, dsize, size, 108, []int{76, 84})
			if ok && err == nil {
				ok, err = mdModuleNamesComplete(r, rva, dsize, size)
			}
		case 5: // MemoryListStream
			ok, err = mdListComplete(r, rva, dsize, size, 16, []int{8})
		case 9: // Memory64ListStream: raw memory follows at BaseRva
			ok, err = mem64Complete(r, rva, dsize, size)
		default:
			ok = true
		}
		if !ok || err != nil {
			return ok, err
		}
	}
	return true, nil
}

// mdListComplete checks a minidump list stream (u32 count, then entries of
// entSize bytes) whose entries hold location descriptors (u32 size, u32 rva)
// at the given offsets.
func mdListComplete(r io.ReaderAt, rva, dsize, size int64, entSize int64, locs []int) (bool, error) {
	if dsize < 4 {
		return true, nil
	}
	var c [4]byte
	if _, err := r.ReadAt(c[:], rva); err != nil {
		return false, err
	}
	count := int64(binary.LittleEndian.Uint32(c[:]))
	// Thread and memory lists may have 4 bytes of padding after the count.
	start := rva + 4
	if 4+count*entSize+4 == dsize {
		start += 4
	}
	if count > maxCheckStreams || start+count*entSize > rva+dsize {
		return true, nil // malformed: the parser decides
	}
	b := make([]byte, count*entSize)
	if _, err := r.ReadAt(b, start); err != nil {
		return false, err
	}
	for i := int64(0); i < count; i++ {
		for _, off := range locs {
			loc := b[i*entSize+int64(off):]
			ls := int64(binary.LittleEndian.Uint32(loc))
			lr := int64(binary.LittleEndian.Uint32(loc[4:]))
			if ls > 0 && lr+ls > size {
				return false, nil
			}
		}
	}
	return true, nil
}

func elfCoreComplete(r io.ReaderAt, size int64) (bool, error) {
	var h [64]byte
	n, _ := r.ReadAt(h[:], 0)
	if n < 4 || string(h[:4]) != "\x7fELF" {
		return true, nil // zstd-compressed (systemd-coredump): the parser checks the frame
	}
	if n < 52 {
		return false, nil // header not written yet
	}
	if h[4] != 1 && h[4] != 2 {
		return true, nil // unknown class: the parser decides
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if h[5] == 2 {
		bo = binary.BigEndian
	}
	is64 := h[4] == 2
	var phoff int64
	var entsize, num int
	if is64 {
		if n < 64 {
			return false, nil
		}
		phoff = int64(bo.Uint64(h[32:]))
		entsize, num = int(bo.Uint16(h[54:])), int(bo.Uint16(h[56:]))
	} else {
		phoff = int64(bo.Uint32(h[28:]))
		entsize, num = int(bo.Uint16(h[42:])), int(bo.Uint16(h[44:]))
	}
	minEnt := 32
	if is64 {
		minEnt = 56
	}
	if num > maxCheckPhdrs || entsize < minEnt || phoff < 0 {
		return true, nil // PN_XNUM or malformed: the parser decides
	}
	if phoff+int64(entsize*num) > size {
		return false, nil
	}
	ph := make([]byte, entsize*min(num, 64))
	for i := 0; i < num; {
		k := min(num-i, 64)
		b := ph[:entsize*k]
		if _, err := r.ReadAt(b, phoff+int64(i*entsize)); err != nil {
			return false, err
		}
		for j := 0; j < k; j++ {
			e := b[j*entsize:]
			var off, fsz uint64
			if is64 {
				off, fsz = bo.Uint64(e[8:]), bo.Uint64(e[32:])
			} else {
				off, fsz = uint64(bo.Uint32(e[4:])), uint64(bo.Uint32(e[16:]))
			}
			if fsz > 0 && (off+fsz < off || off+fsz > uint64(size)) {
				return false, nil
			}
		}
		i += k
	}
	return true, nil
}

func mem64Complete(r io.ReaderAt, rva, dsize, size int64) (bool, error) {
	if dsize < 16 {
		return true, nil
	}
	var h [16]byte
	if _, err := r.ReadAt(h[:], rva); err != nil {
		return false, err
	}
	count := binary.LittleEndian.Uint64(h[:])
	base := binary.LittleEndian.Uint64(h[8:])
	if count > maxMem64Ranges || count > uint64(dsize-16)/16 {
		return true, nil
	}
	desc := make([]byte, count*16)
	if _, err := r.ReadAt(desc, rva+16); err != nil {
		return false, err
	}
	end := base
	for i := uint64(0); i < count; i++ {
		end += binary.LittleEndian.Uint64(desc[i*16+8:])
		if end < base { // overflow: nonsense the parser will reject
			return true, nil
		}
	}
	return end <= uint64(size), nil
}

// mdModuleNamesComplete checks that each module's name (a MINIDUMP_STRING:
// u32 byte length, UTF-16 text, NUL) lies within the file; writers often put
// the names last.
func mdModuleNamesComplete(r io.ReaderAt, rva, dsize, size int64) (bool, error) {
	var c [4]byte
	if _, err := r.ReadAt(c[:], rva); err != nil {
		return false, err
	}
	count := int64(binary.LittleEndian.Uint32(c[:]))
	if count > maxCheckStreams || 4+count*108 > dsize {
		return true, nil
	}
	b := make([]byte, count*108)
	if _, err := r.ReadAt(b, rva+4); err != nil {
		return false, err
	}
	for i := int64(0); i < count; i++ {
		nameRVA := int64(binary.LittleEndian.Uint32(b[i*108+20:]))
		if nameRVA == 0 {
			continue // some writers (Breakpad on macOS) leave names out
		}
		if nameRVA+4 > size {
			return false, nil
		}
		if _, err := r.ReadAt(c[:], nameRVA); err != nil {
			return false, err
		}
		if l := int64(binary.LittleEndian.Uint32(c[:])); l <= 1<<16 && nameRVA+4+l > size {
			return false, nil
		}
	}
	return true, nil
}
