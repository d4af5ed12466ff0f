package textlog

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf16"
	"unicode/utf8"
)

// encodeUTF16 writes s (UTF-8) as UTF-16 in order, with its byte-order mark.
func encodeUTF16(s []byte, order binary.ByteOrder) []byte {
	out := make([]byte, 0, 2+2*len(s))
	if order == binary.LittleEndian {
		out = append(out, bomUTF16LE...)
	} else {
		out = append(out, bomUTF16BE...)
	}
	for _, u := range utf16.Encode([]rune(string(s))) {
		out = order.(binary.AppendByteOrder).AppendUint16(out, u)
	}
	return out
}

// units writes raw code units (lone surrogates included) with a mark.
func units(order binary.ByteOrder, us ...uint16) []byte {
	out := encodeUTF16(nil, order)
	for _, u := range us {
		out = order.(binary.AppendByteOrder).AppendUint16(out, u)
	}
	return out
}

var orders = []struct {
	name  string
	order binary.ByteOrder
}{{"le", binary.LittleEndian}, {"be", binary.BigEndian}}

// sampleLogs are the UTF-8 logs whose UTF-16 twins must parse the same.
func sampleLogs(t *testing.T) map[string][]byte {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.log"))
	paths = append(paths, filepath.Join(fixturesDir(t), "linux", "hs_err-linux-ppc64le.log"))
	logs := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		logs[filepath.Base(p)] = b
	}
	if len(logs) < 6 {
		t.Fatalf("only %d sample logs", len(logs))
	}
	return logs
}

// TestUTF16SameReport: a log written in UTF-16 (either byte order, with
// LF or CRLF line ends, with or without a UTF-8 mark) gives the report of
// the same log in UTF-8, also when read a byte at a time.
func TestUTF16SameReport(t *testing.T) {
	for name, b := range sampleLogs(t) {
		want, err := Parse(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		crlf := bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
		variants := map[string][]byte{"utf8-bom": append(append([]byte{}, bomUTF8...), b...)}
		for _, o := range orders {
			variants[o.name] = encodeUTF16(b, o.order)
			variants[o.name+"-crlf"] = encodeUTF16(crlf, o.order)
		}
		for vname, in := range variants {
			for _, slow := range []bool{false, true} {
				var r io.Reader = bytes.NewReader(in)
				if slow {
					r = iotest.OneByteReader(r)
				}
				got, err := Parse(r, int64(len(in)))
				if err != nil {
					t.Errorf("%s %s: %v", name, vname, err)
					continue
				}
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s %s (slow %v): report differs\n got %+v\nwant %+v", name, vname, slow, got.Crash, want.Crash)
				}
			}
		}
	}
}

// TestUTF16Decode checks the decoder on what real files hold: pairs,
// non-ASCII, lone surrogates, a dangling byte; read whole, a byte at a
// time and in halves.
func TestUTF16Decode(t *testing.T) {
	for _, o := range orders {
		cases := []struct {
			name string
			in   []byte
			want string
		}{
			{"empty", units(o.order), ""},
			{"ascii", encodeUTF16([]byte("panic: x\r\n"), o.order), "panic: x\r\n"},
			{"non-ascii and pair", encodeUTF16([]byte("Søren 🎧 日本\n"), o.order), "Søren 🎧 日本\n"},
			{"lone high", units(o.order, 'a', 0xd83c, 'b'), "a\uFFFDb"},
			{"lone high at end", units(o.order, 'a', 0xd83c), "a\uFFFD"},
			{"high high low", units(o.order, 0xd83c, 0xd83c, 0xdfa7), "\uFFFD🎧"},
			{"lone low", units(o.order, 'a', 0xdfa7, 'b'), "a\uFFFDb"},
			{"odd byte", append(units(o.order, 'a'), 'b'), "a\uFFFD"},
			{"high then odd byte", append(units(o.order, 0xd83c), 0xdf), "\uFFFD\uFFFD"},
		}
		for _, tc := range cases {
			for _, wrap := range []func(io.Reader) io.Reader{
				func(r io.Reader) io.Reader { return r }, iotest.OneByteReader, iotest.HalfReader, iotest.DataErrReader,
			} {
				u := newUTF16Reader(wrap(bytes.NewReader(tc.in[2:])), o.order, 2)
				got, err := io.ReadAll(iotest.OneByteReader(u))
				if err != nil || string(got) != tc.want {
					t.Errorf("%s %s: %q, %v; want %q", o.name, tc.name, got, err, tc.want)
				}
				if !utf8.Valid(got) {
					t.Errorf("%s %s: invalid UTF-8 %q", o.name, tc.name, got)
				}
			}
		}
	}
}

// TestUTF16ReadError: a read error of the file is reported as one, not as
// the end of the log.
func TestUTF16ReadError(t *testing.T) {
	in := encodeUTF16([]byte("panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/a/main.go:3 +0x1\n"), binary.LittleEndian)
	boom := errors.New("disk on fire")
	r := io.MultiReader(bytes.NewReader(in[:40]), iotest.ErrReader(boom))
	if _, err := Parse(r, -1); !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the read error", err)
	}
}

// TestUTF16NulOffset: binary data in a UTF-16 log is still refused, and
// the offset names the U+0000 code unit in the file.
func TestUTF16NulOffset(t *testing.T) {
	for _, o := range orders {
		in := units(o.order, 'p', 'a', 'n', 'i', 'c', 0, 'x')
		_, err := Parse(bytes.NewReader(in), int64(len(in)))
		var fe *FormatError
		if !errors.As(err, &fe) || fe.Off != 2+2*5 {
			t.Errorf("%s: err = %v, want FormatError at offset 12", o.name, err)
		}
	}
	in := append(append([]byte{}, bomUTF8...), "ab\x00"...)
	_, err := Parse(bytes.NewReader(in), int64(len(in)))
	var fe *FormatError
	if !errors.As(err, &fe) || fe.Off != 5 {
		t.Errorf("utf-8 mark: err = %v, want FormatError at offset 5", err)
	}
}

// TestUTF16Errors: what holds no crash stays a FormatError in UTF-16.
func TestUTF16Errors(t *testing.T) {
	for _, o := range orders {
		for _, in := range [][]byte{units(o.order), encodeUTF16([]byte("just some words\n"), o.order),
			units(o.order, 0xdc00, 0xdc00), append(units(o.order), 0x41)} {
			_, err := Parse(bytes.NewReader(in), int64(len(in)))
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Errorf("%s: Parse(% x) error = %v, want FormatError", o.name, in, err)
			}
		}
	}
}

// TestUTF16LongLinesBounded: a 10 MB UTF-16 line (20 MB of input) is not
// held whole; frames after it still parse.
func TestUTF16LongLinesBounded(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("panic: boom\n\ngoroutine 1 [running]:\n")
	b.WriteString(strings.Repeat("ø", 5<<20))
	b.WriteString("\nmain.main()\n\t/src/a/main.go:3 +0x1\n")
	in := encodeUTF16(b.Bytes(), binary.LittleEndian)
	r, err := Parse(bytes.NewReader(in), int64(len(in)))
	if err != nil {
		t.Fatal(err)
	}
	fr := r.CrashedFrames()
	if len(fr) != 1 || fr[0].Symbol != "main.main" || fr[0].Line != 3 {
		t.Fatalf("frames = %+v", fr)
	}
}

// FuzzParseUTF16: any valid UTF-8 input parses to the same report (or a
// FormatError both ways) when it is handed in as UTF-16, either order.
func FuzzParseUTF16(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.log"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("Søren 🎧\r\nSegmentation fault\r\n#0  0x1 in f () at a.c:3\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		data = []byte(strings.ToValidUTF8(string(data), "\uFFFD"))
		if bytes.HasPrefix(data, bomUTF8) {
			return // a mark in UTF-8 and a U+FEFF character in UTF-16 differ
		}
		want, werr := Parse(bytes.NewReader(data), int64(len(data)))
		for _, o := range orders {
			in := encodeUTF16(data, o.order)
			got, err := Parse(bytes.NewReader(in), int64(len(in)))
			if (err == nil) != (werr == nil) {
				t.Fatalf("%s: err %v, utf-8 err %v", o.name, err, werr)
			}
			if err != nil {
				var fe *FormatError
				if !errors.As(err, &fe) {
					t.Fatalf("%s: non-FormatError %T: %v", o.name, err, err)
				}
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s: report differs\n got %+v\nwant %+v", o.name, got.Crash, want.Crash)
			}
		}
	})
}

func BenchmarkParseHsErrUTF16(b *testing.B) {
	p := filepath.Join(fixturesDir(b), "linux", "hs_err-linux-ppc64le.log")
	data, err := os.ReadFile(p)
	if err != nil {
		b.Fatal(err)
	}
	data = encodeUTF16(data, binary.LittleEndian)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(bytes.NewReader(data), int64(len(data))); err != nil {
			b.Fatal(err)
		}
	}
}
