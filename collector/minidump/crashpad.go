package minidump

import "encoding/hex"

// CrashpadInfo is Crashpad's MinidumpCrashpadInfo stream.
type CrashpadInfo struct {
	Version           uint32
	ReportID          string // UUID
	ClientID          string // UUID of the Crashpad database (an install id)
	SimpleAnnotations []KeyValue
	Modules           []CrashpadModuleInfo
}

// KeyValue is one annotation, in file order (keys may repeat).
type KeyValue struct{ Key, Value string }

// CrashpadModuleInfo holds the annotations one module registered.
type CrashpadModuleInfo struct {
	ModuleIndex       uint32 // index into the ModuleList stream
	ListAnnotations   []string
	SimpleAnnotations []KeyValue
	Objects           []AnnotationObject
}

// Annotation object types (crashpad::Annotation::Type).
const (
	AnnotationString = 1
	AnnotationUser   = 0x8000 // first user-defined type
)

// AnnotationObject is a typed Crashpad annotation.
type AnnotationObject struct {
	Name  string
	Type  uint16
	Value []byte
}

// crashpadUUID formats a UUID the way Crashpad prints it (big-endian fields
// stored as raw bytes).
func crashpadUUID(b []byte) string {
	h := hex.EncodeToString(b)
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func (f *File) parseCrashpadInfo(s Stream) error {
	if s.Size < 52 {
		return formatErr(s.EntryOff, "CrashpadInfo stream too short", s.Size)
	}
	b, err := f.read(s.Off, 52)
	if err != nil {
		return err
	}
	ci := &CrashpadInfo{Version: le32(b), ReportID: crashpadUUID(b[4:20]), ClientID: crashpadUUID(b[20:36])}
	f.Crashpad = ci
	ci.SimpleAnnotations = f.readDictionary(Location{Size: int64(le32(b[36:])), Off: int64(le32(b[40:]))}, s.Off+40, s.Type)
	ml := Location{Size: int64(le32(b[44:])), Off: int64(le32(b[48:]))}
	if ml.Size == 0 {
		return nil
	}
	lb, err := f.structAt(ml, 4, s.Off+48, s.Type)
	if err != nil {
		return err
	}
	count := int64(le32(lb))
	if count > (ml.Size-4)/12 || count > maxAnnotations {
		return formatErr(ml.Off, "Crashpad module list count exceeds its size", count)
	}
	eb, err := f.read(ml.Off+4, count*12)
	if err != nil {
		return err
	}
	for i := int64(0); i < count; i++ {
		e := eb[i*12:]
		mi := CrashpadModuleInfo{ModuleIndex: le32(e)}
		loc := Location{Size: int64(le32(e[4:])), Off: int64(le32(e[8:]))}
		mb, err := f.structAt(loc, 28, ml.Off+4+i*12+8, s.Type)
		if err != nil {
			f.Errors = append(f.Errors, err)
			continue
		}
		mi.ListAnnotations = f.readRVAList(Location{Size: int64(le32(mb[4:])), Off: int64(le32(mb[8:]))}, loc.Off+8, s.Type)
		mi.SimpleAnnotations = f.readDictionary(Location{Size: int64(le32(mb[12:])), Off: int64(le32(mb[16:]))}, loc.Off+16, s.Type)
		mi.Objects = f.readAnnotationObjects(Location{Size: int64(le32(mb[20:])), Off: int64(le32(mb[24:]))}, loc.Off+24, s.Type)
		ci.Modules = append(ci.Modules, mi)
	}
	return nil
}

// structAt checks a location holds at least min bytes, records it as a
// structure reference and returns its first loc.Size bytes (capped).
func (f *File) structAt(loc Location, min int64, ptrOff int64, st StreamType) ([]byte, error) {
	if loc.Size < min || !f.inFile(loc.Off, loc.Size) || loc.Size > maxTextStream {
		return nil, formatErr(ptrOff, st.String()+": structure out of range", loc.Off)
	}
	b, err := f.read(loc.Off, min)
	if err != nil {
		return nil, err
	}
	f.addRef(Ref{Kind: RefStruct, PtrOff: ptrOff, PtrSize: 4, Off: loc.Off, Size: loc.Size, Stream: st})
	return b, nil
}

// countedArray reads a Crashpad counted array at loc: a uint32 count and
// count entries of elem bytes each, the count capped by the array's size.
// Problems are recorded in f.Errors and give no entries.
func (f *File) countedArray(loc Location, ptrOff int64, st StreamType, elem int64, what string) (int64, []byte) {
	if loc.Size == 0 {
		return 0, nil
	}
	b, err := f.structAt(loc, 4, ptrOff, st)
	if err != nil {
		f.Errors = append(f.Errors, err)
		return 0, nil
	}
	count := int64(le32(b))
	if count > (loc.Size-4)/elem || count > maxAnnotations {
		f.Errors = append(f.Errors, formatErr(loc.Off, what+" count exceeds its size", count))
		return 0, nil
	}
	eb, err := f.read(loc.Off+4, count*elem)
	if err != nil {
		f.Errors = append(f.Errors, err)
		return 0, nil
	}
	return count, eb
}

func (f *File) readDictionary(loc Location, ptrOff int64, st StreamType) []KeyValue {
	count, eb := f.countedArray(loc, ptrOff, st, 8, "annotation dictionary")
	var out []KeyValue
	for i := int64(0); i < count; i++ {
		k, err1 := f.readUTF8(le32(eb[i*8:]), loc.Off+4+i*8, st)
		v, err2 := f.readUTF8(le32(eb[i*8+4:]), loc.Off+4+i*8+4, st)
		if err1 != nil || err2 != nil {
			f.Errors = append(f.Errors, formatErr(loc.Off+4+i*8, "annotation string out of range", i))
			continue
		}
		out = append(out, KeyValue{Key: k, Value: v})
	}
	return out
}

func (f *File) readRVAList(loc Location, ptrOff int64, st StreamType) []string {
	count, eb := f.countedArray(loc, ptrOff, st, 4, "annotation list")
	var out []string
	for i := int64(0); i < count; i++ {
		s, err := f.readUTF8(le32(eb[i*4:]), loc.Off+4+i*4, st)
		if err != nil {
			f.Errors = append(f.Errors, err)
			continue
		}
		out = append(out, s)
	}
	return out
}

func (f *File) readAnnotationObjects(loc Location, ptrOff int64, st StreamType) []AnnotationObject {
	count, eb := f.countedArray(loc, ptrOff, st, 12, "annotation object")
	var out []AnnotationObject
	for i := int64(0); i < count; i++ {
		e := eb[i*12:]
		base := loc.Off + 4 + i*12
		name, err := f.readUTF8(le32(e), base, st)
		if err != nil {
			f.Errors = append(f.Errors, err)
			continue
		}
		ao := AnnotationObject{Name: name, Type: le16(e[4:])}
		if rva := le32(e[8:]); rva != 0 {
			vb, err := f.read(int64(rva), 4)
			if err != nil {
				f.Errors = append(f.Errors, err)
				continue
			}
			n := int64(le32(vb))
			if n > maxStringBytes || !f.inFile(int64(rva)+4, n) {
				f.Errors = append(f.Errors, formatErr(int64(rva), "annotation value past end of file", n))
				continue
			}
			ao.Value, _ = f.read(int64(rva)+4, n)
			f.addRef(Ref{Kind: RefByteArray, PtrOff: base + 8, PtrSize: 4, Off: int64(rva), Size: 4 + n, Stream: st})
		}
		out = append(out, ao)
	}
	return out
}
