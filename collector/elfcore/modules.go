package elfcore

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"path"
)

// module is one mapped file, all its NT_FILE entries merged.
type module struct {
	path    string
	base    uint64 // start of the mapping of file offset 0 (else lowest start)
	end     uint64
	buildID []byte // nil when the headers were not in the core
}

const maxModules = 4096

// modules merges NT_FILE entries by path, in order of first appearance,
// and reads each one's GNU build id from the core's copy of its headers.
func (f *File) modules() []module {
	if f.modCache != nil || len(f.maps) == 0 {
		return f.modCache
	}
	idx := map[string]int{}
	var mods []module
	for _, m := range f.maps {
		i, ok := idx[m.Path]
		if !ok {
			if len(mods) >= maxModules {
				continue
			}
			idx[m.Path] = len(mods)
			mods = append(mods, module{path: m.Path, base: m.Start, end: m.End})
			i = len(mods) - 1
		}
		mod := &mods[i]
		if m.Start < mod.base {
			mod.base = m.Start
		}
		if m.End > mod.end {
			mod.end = m.End
		}
	}
	for i := range mods {
		mods[i].buildID = f.buildIDAt(mods[i].base)
	}
	f.modCache = mods
	return mods
}

// moduleFor returns the module containing addr, or nil.
func (f *File) moduleFor(addr uint64) *module {
	mods := f.modules()
	for i := range mods {
		if addr >= mods[i].base && addr < mods[i].end {
			return &mods[i]
		}
	}
	return nil
}

// buildIDAt reads the NT_GNU_BUILD_ID of the ELF object whose headers are
// mapped at base, using only memory the core holds (the kernel dumps the
// first page of file-backed ELF mappings by default).
func (f *File) buildIDAt(base uint64) []byte {
	var eh [64]byte
	if !f.ReadMemory(base, eh[:]) || !bytes.HasPrefix(eh[:], []byte("\x7fELF")) || eh[4] != 2 || eh[5] != 1 {
		return nil
	}
	le := binary.LittleEndian
	phoff := le.Uint64(eh[32:])
	phentsize := uint64(le.Uint16(eh[54:]))
	phnum := uint64(le.Uint16(eh[56:]))
	if phentsize < 56 || phnum == 0 || phnum > 128 || phoff > 1<<20 {
		return nil
	}
	phs := make([]byte, phnum*phentsize)
	if !f.ReadMemory(base+phoff, phs) {
		return nil
	}
	// The load bias is base minus the page of the PT_LOAD that maps file
	// offset 0 (0 for ET_EXEC, base for PIE and shared objects).
	bias, haveBias := uint64(0), false
	for i := uint64(0); i < phnum; i++ {
		p := phs[i*phentsize:]
		if le.Uint32(p) == ptLoad && le.Uint64(p[8:]) == 0 {
			bias, haveBias = base-(le.Uint64(p[16:])&^0xfff), true
			break
		}
	}
	if !haveBias {
		return nil
	}
	for i := uint64(0); i < phnum; i++ {
		p := phs[i*phentsize:]
		if le.Uint32(p) != ptNote {
			continue
		}
		sz := le.Uint64(p[32:])
		if sz == 0 || sz > 4096 {
			continue
		}
		buf := make([]byte, sz)
		if !f.ReadMemory(bias+le.Uint64(p[16:]), buf) {
			continue
		}
		if id := findBuildID(buf); id != nil {
			return id
		}
	}
	return nil
}

func findBuildID(b []byte) []byte {
	le := binary.LittleEndian
	for len(b) >= 12 {
		namesz := uint64(le.Uint32(b))
		descsz := uint64(le.Uint32(b[4:]))
		typ := le.Uint32(b[8:])
		rest := uint64(len(b) - 12)
		if align4(namesz) > rest || descsz > rest-align4(namesz) {
			return nil
		}
		name := b[12 : 12+namesz]
		desc := b[12+align4(namesz) : 12+align4(namesz)+descsz]
		if typ == ntGNUBuildID && string(bytes.TrimRight(name, "\x00")) == "GNU" && len(desc) > 0 && len(desc) <= 64 {
			return bytes.Clone(desc)
		}
		n := 12 + align4(namesz) + align4(descsz)
		if n > uint64(len(b)) {
			return nil
		}
		b = b[n:]
	}
	return nil
}

// debugIDGUID turns a build id into the 16-byte GUID Breakpad and Sentry
// use: the first 16 bytes (zero-padded), first three fields byte-swapped
// when shown as text.
func debugIDGUID(id []byte) [16]byte {
	var g [16]byte
	copy(g[:], id)
	return g
}

// DebugID formats a build id as Sentry's ELF debug id (UUID text of the
// little-endian GUID, age 0).
func DebugID(id []byte) string {
	if len(id) == 0 {
		return ""
	}
	g := debugIDGUID(id)
	le := binary.LittleEndian
	return fmt.Sprintf("%08x-%04x-%04x-%s-%s",
		le.Uint32(g[0:]), le.Uint16(g[4:]), le.Uint16(g[6:]),
		hex.EncodeToString(g[8:10]), hex.EncodeToString(g[10:16]))
}

func baseName(p string) string {
	if p == "" {
		return ""
	}
	return path.Base(p)
}
