package redact

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"
)

// regHex writes s as a .reg file writes a REG_EXPAND_SZ or REG_MULTI_SZ
// value: UTF-16LE bytes in hex, lines continued after 25 bytes.
func regHex(s string) string {
	var b strings.Builder
	for k, u := range append(utf16.Encode([]rune(s)), 0) {
		if k > 0 {
			b.WriteString(",")
			if k%12 == 0 {
				b.WriteString("\\\r\n  ")
			}
		}
		fmt.Fprintf(&b, "%02x,%02x", byte(u), byte(u>>8))
	}
	return b.String()
}

// A .reg export writes paths and names in hex bytes ("Name"=hex(2):43,00,
// …): a name inside is found (as binary data is scanned), replaced with
// the list's bytes, and learned for the rest of the report; a sensitive
// value name's bytes go whole. The value's type and what holds no
// identifier stay.
func TestRegHexValues(t *testing.T) {
	in := "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Image-Line\\FL Studio 21]\r\n" +
		"\"LastProject\"=hex(2):" + regHex(`%SystemDrive%\Users\thandeka.mokoena\Documents\Image-Line\Projects\set.flp`) + "\r\n" +
		"\"Recent\"=hex(7):" + regHex("D:\\Samples\x00C:\\Users\\thandeka.mokoena\\Music") + "\r\n" +
		"\"UserName\"=hex(2):" + regHex("Zanele Dlamini") + "\r\n" +
		"\"DigitalProductId\"=hex:a4,00,00,00,03,00,00,00,30,30,33,33,30,2d,38,30,30,30,30,2d,30,30,30,30,30\r\n" +
		"\"Flags\"=hex:01,00,00,00\r\n@=hex(2):" + regHex(`C:\Program Files\Image-Line`) + "\r\n" +
		"note: thandeka.mokoena and Zanele Dlamini were here\r\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "reg", out, "thandeka", "Zanele", "74,00,68,00,61,00", "5a,00,61,00,6e,00", "30,30,33,33,30,2d")
	mustKeep(t, "reg", out, `"LastProject"=hex(2):<user-1>`+"\r\n", `"Recent"=hex(7):<user-1>`+"\r\n", `"UserName"=hex(2):<user-2>`,
		`"DigitalProductId"=hex:<license-1>`, "\"Flags\"=hex:01,00,00,00\r\n", "@=hex(2):43,00,3a,00", "note: <user-1> and <user-2> were")
	// as regedit writes the file: UTF-16LE with a byte-order mark
	wide := utf16.Encode([]rune(in))
	var src bytes.Buffer
	src.Write([]byte{0xff, 0xfe})
	for _, u := range wide {
		src.Write([]byte{byte(u), byte(u >> 8)})
	}
	var dst bytes.Buffer
	if err := newSession(t, Config{}).ScrubText(&dst, &src); err != nil {
		t.Fatal(err)
	}
	ob := dst.Bytes()[2:]
	units := make([]uint16, len(ob)/2)
	for k := range units {
		units[k] = uint16(ob[2*k]) | uint16(ob[2*k+1])<<8
	}
	mustNotContain(t, "reg/utf16", string(utf16.Decode(units)), "thandeka", "Zanele", "74,00,68,00,61,00", "5a,00,61,00,6e,00")
}

// A value continued over many lines is read whole even where a chunk of
// the stream would end inside it.
func TestRegHexValueAcrossChunks(t *testing.T) {
	value := "\"Recent\"=hex(7):" + regHex(`C:\Users\thandeka.mokoena\Music\Sets\2024\Amapiano\set.flp`) + "\r\n"
	for pad := 0; pad < 40; pad++ {
		in := "Windows Registry Editor Version 5.00\r\n" + strings.Repeat("\"Flags\"=dword:00000001\r\n", 30+pad) + value
		for _, workers := range []int{-1, 2} {
			s := newSession(t, Config{})
			s.par.workers, s.par.chunk, s.par.carry = workers, 1<<10, 512
			var out bytes.Buffer
			if err := s.ScrubText(&out, strings.NewReader(in)); err != nil {
				t.Fatal(err)
			}
			mustNotContain(t, fmt.Sprint("pad ", pad, " workers ", workers), out.String(), "74,00,68,00,61,00,6e,00", "6b,00,61,00,2e,00", "6d,00,6f,00,6b,00")
		}
	}
}
