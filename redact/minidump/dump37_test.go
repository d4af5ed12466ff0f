package minidump

import (
	"bytes"
	"encoding/binary"
	"testing"
	"unicode/utf16"
)

// wineELFNames reads the module names of a dump's stream 0xfff0 (Wine's
// list of the Unix libraries in the process, a MINIDUMP_MODULE_LIST) by
// hand: what a reader of the output (winedbg) finds at each name's RVA.
func wineELFNames(t *testing.T, b []byte) []string {
	t.Helper()
	le := binary.LittleEndian
	n, dir := le.Uint32(b[8:]), le.Uint32(b[12:])
	for i := uint32(0); i < n; i++ {
		e := b[dir+12*i:]
		if le.Uint32(e) != 0xfff0 {
			continue
		}
		off := le.Uint32(e[8:])
		var names []string
		for k := uint32(0); k < le.Uint32(b[off:]); k++ {
			rva := le.Uint32(b[off+4+108*k+20:])
			if int(rva)+4 > len(b) || int(rva)+4+int(le.Uint32(b[rva:])) > len(b) {
				names = append(names, "<out of file>")
				continue
			}
			s := b[rva+4 : rva+4+le.Uint32(b[rva:])&^1]
			u := make([]uint16, len(s)/2)
			for j := range u {
				u[j] = le.Uint16(s[2*j:])
			}
			names = append(names, string(utf16.Decode(u)))
		}
		return names
	}
	t.Fatal("no stream 0xfff0")
	return nil
}

// Wine's dbghelp writes, besides the module list, a list of the process's
// Unix (ELF) libraries in stream 0xfff0, with the same MINIDUMP_MODULE
// entries and MINIDUMP_STRING names. Read as an unknown stream, it was
// scrubbed as text and its name RVAs kept their input values: in the
// smaller output they pointed at whatever was there now (stack bytes, a
// window title's pieces), and the strings themselves were dropped. The list
// is read as a module list now: names scrubbed (a Lutris runner under the
// user's home) and relocated, so each RVA still points at its own name.
func TestWineELFModuleListRelocated(t *testing.T) {
	const user = "kwame.asante"
	in := synthDump(0, user)
	le := binary.LittleEndian
	elf := []string{
		"/lib/x86_64-linux-gnu/libc.so.6",
		"/usr/lib/x86_64-linux-gnu/wine/x86_64-unix/ntdll.so",
		"/home/" + user + "/.local/share/lutris/runners/wine/wine-ge-8-26-x86_64/lib/wine/x86_64-unix/win32u.so",
		"[vdso].so",
	}
	for len(in)%8 != 0 {
		in = append(in, 0)
	}
	list := le.AppendUint32(nil, uint32(len(elf)))
	listOff := uint32(len(in))
	in = append(in, make([]byte, 4+108*len(elf))...)
	for i, name := range elf {
		for len(in)%4 != 0 {
			in = append(in, 0)
		}
		rva := uint32(len(in))
		u := utf16le(name)
		in = le.AppendUint32(in, uint32(len(u)))
		in = append(append(in, u...), 0, 0)
		e := make([]byte, 108)
		le.PutUint64(e, 0x7f5d00c00000+uint64(i)<<20)
		le.PutUint32(e[8:], 0x40000)
		le.PutUint32(e[20:], rva)
		list = append(list, e...)
	}
	copy(in[listOff:], list)
	// the dump's unused directory entry becomes the stream
	dir := le.Uint32(in[12:])
	for i := uint32(0); i < le.Uint32(in[8:]); i++ {
		if e := in[dir+12*i:]; le.Uint32(e) == 0 {
			le.PutUint32(e, 0xfff0)
			le.PutUint32(e[4:], uint32(len(list)))
			le.PutUint32(e[8:], listOff)
			break
		}
	}
	a := parse(t, in)
	if got := wineELFNames(t, in); len(got) != len(elf) || got[2] != elf[2] {
		t.Fatalf("built list reads %q", got)
	}
	out, s, err := scrub(t, in, DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	b := parse(t, out)
	checkSameStructure(t, in, out, a, b)
	got := wineELFNames(t, out)
	for i, want := range elf {
		if i == 2 {
			continue
		}
		if got[i] != want {
			t.Errorf("ELF module %d: %q -> %q", i, want, got[i])
		}
	}
	if len(got[2]) != len(elf[2]) || containsFold([]byte(got[2]), user) || containsFold([]byte(got[2]), "kwame") {
		t.Errorf("ELF module 2: %q -> %q", elf[2], got[2])
	}
	if containsFold(out, user) || containsFold(out, "asante") {
		t.Errorf("%q survives; summary %v", user, s.Summary())
	}
}

// Registers holding a piece of a name that cutText cannot tell from
// numbers: after bytes of data ("\x8f\x13..." then "Adae" of Adaeze, as
// an unaligned 16-byte load past a string's start leaves it), or with no
// ASCII letters at all (a Chinese name cut in two across registers:
// "欧阳" in one, "娜娜" and the NUL in the next). The session learned the
// names from the module path and the stack: a piece at a register's edge
// that is part of one goes. Registers of numbers, and words that are no
// learned name's, keep their bytes.
func TestVectorRegisterLearnedNamePieces(t *testing.T) {
	for _, c := range []struct {
		user   string
		pieces [][]byte // XMM0.. contents
		gone   []string
	}{
		{"欧阳娜娜", [][]byte{
			append([]byte{0x8f, 0x13, 0x22, 0xa7, 0x05, 0x91, 0x55, 0x66, 0x12, 0x34}, utf16le(`\欧阳`)...),
			append(utf16le("娜娜"), 0, 0, 0x8f, 0x13, 0x22, 0xa7, 0x05, 0x91, 0x55, 0x66, 0x12, 0x34),
			append([]byte{0x41}, append(utf16le("阳娜娜"), 0, 0, 0x9c, 0x31, 0x77, 0xe2, 0x10, 0x20, 0x30)...), // odd parity
			append([]byte{0xa0, 0xf8, 0x21, 0, 0, 0, 0, 0, 0x50, 0x91}, "欧阳"...),                            // UTF-8
		}, []string{"欧阳", "娜娜", "阳娜"}},
		{"Adaeze Okonkwo", [][]byte{
			append([]byte{0x8f, 0x13, 0x22, 0xa7, 0x05, 0x91, 0x55, 0x66}, utf16le("Adae")...),
			append([]byte("konkwo"), 0x8f, 0x13, 0x22, 0xa7, 0x05, 0x91, 0x55, 0x66, 0x12, 0x34),
			append([]byte{0xa0, 0xf8, 0x21, 0x00, 0x01, 0x00, 0x00, 0x91}, "\\Adaeze"...),
		}, []string{"Adae", "konkwo", "Adaeze"}},
	} {
		in := synthDump(0, c.user)
		a := parse(t, in)
		zeroVectorArea(t, a, in)
		xmm := func(i int) []byte { return xmmAt(t, a, in, i) }
		for i, p := range c.pieces {
			copy(xmm(i), p)
		}
		// numbers, and text that is no learned name's, stay
		keep := [][]byte{
			append([]byte{0x8f, 0x13, 0x22, 0xa7, 0x05, 0x91, 0x55, 0x66}, utf16le("Mixe")...),
			append(utf16le("音乐"), 0, 0, 0x8f, 0x13, 0x22, 0xa7, 0x05, 0x91, 0x55, 0x66, 0x12, 0x34),
			{0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x40, 0x40, 0xcd, 0xcc, 0x4c, 0xbe},
		}
		base := len(c.pieces)
		for i, k := range keep {
			copy(xmm(base+i), k)
		}
		out, s, err := scrub(t, in, DefaultPolicy())
		if err != nil {
			t.Fatal(err)
		}
		b := parse(t, out)
		checkSameStructure(t, in, out, a, b)
		for i := range c.pieces {
			got := xmmAt(t, b, out, i)
			for _, v := range c.gone {
				if bytes.Contains(got, []byte(v)) || bytes.Contains(got, utf16le(v)) || bytes.Contains(got, utf16le(v)[1:]) {
					t.Errorf("%s: XMM%d keeps %q: % x; summary %v", c.user, i, v, got, s.Summary())
				}
			}
		}
		for i, k := range keep {
			if got := xmmAt(t, b, out, base+i); !bytes.Equal(got, k) {
				t.Errorf("%s: XMM%d % x -> % x", c.user, base+i, k, got)
			}
		}
	}
}
