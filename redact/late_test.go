package redact

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// seekOnly hides a reader's ReadAt: ScrubTextRewind then cannot read its
// input again and starts over whenever a chunk after the first learns.
type seekOnly struct{ io.ReadSeeker }

func rewindOut(t *testing.T, data []byte, chunk int, readAt bool) (equivResult, int) {
	t.Helper()
	s, _ := NewSession(Config{})
	s.par.workers, s.par.chunk, s.par.carry = -1, chunk, chunk/4
	var out memFile
	var src io.ReadSeeker = bytes.NewReader(data)
	if !readAt {
		src = seekOnly{src}
	}
	passes, err := s.ScrubTextRewind(&out, src)
	if err != nil {
		t.Fatal(err)
	}
	return equivResult{out: out.b, summary: s.Summary(), learned: s.Learned()}, passes
}

// A JVM's hs_err log names its user only in a memory map near its end
// (/tmp/hsperfdata_<user>): nothing written before holds the name, so the
// optimistic pass goes on, and writes what starting over would.
func TestRewindLateNameNotWrittenBefore(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures, "linux", "hs_err-linux-ppc64le.log"))
	if err != nil {
		t.Skip(err)
	}
	got, passes := rewindOut(t, data, textChunk, true)
	want, wantPasses := rewindOut(t, data, textChunk, false)
	if passes != 1 || wantPasses != 3 {
		t.Errorf("passes %d (without reading again %d), want 1 (3)", passes, wantPasses)
	}
	if !bytes.Equal(got.out, want.out) || !maps.Equal(got.summary, want.summary) {
		t.Errorf("output or summary differs from starting over: %v vs %v", got.summary, want.summary)
	}
	mustNotContain(t, "hs_err", string(got.out), "jvmtests", "testhost02")
}

// Where the input already scrubbed holds the late name in any spelling
// the scan reads (another case, UTF-16 either way, a .reg hex value), or
// may (inside a longer word), or the late learning matches text by other
// means (a folded full name), the pass starts over as before.
func TestRewindLateNameWrittenBefore(t *testing.T) {
	filler := func(b *strings.Builder) {
		for i := 0; b.Len() < 24<<10; i++ {
			fmt.Fprintf(b, "INFO engine: processed %d blocks\n", i)
		}
	}
	utf16be := func(s string) string {
		le := utf16le(s)
		for k := 0; k+1 < len(le); k += 2 {
			le[k], le[k+1] = le[k+1], le[k]
		}
		return string(le)
	}
	for name, c := range map[string]struct{ early, late, gone string }{
		"upper":        {"OWNER NGOZI.EZE\n", "open /home/ngozi.eze/x failed\n", "ngozi.eze"},
		"inside":       {"cfg=xngozi.eze.ini\n", "open /home/ngozi.eze/x failed\n", ""},
		"utf16le":      {"buf " + string(utf16le("C:\\x\\ngozi.eze here")) + "\n", "open /home/ngozi.eze/x failed\n", "n\x00g\x00o\x00z\x00i\x00"},
		"utf16be":      {"buf \x00" + utf16be("C:\\x\\ngozi.eze here") + "\n", "open /home/ngozi.eze/x failed\n", "\x00n\x00g\x00o\x00z\x00i"},
		"reg hex":      {"\"Last\"=hex(2):6e,00,67,00,6f,00,7a,00,69,00,2e,00,65,00,7a,00,65,00,00,00\n", "open /home/ngozi.eze/x failed\n", "6e,00,67,00,6f,00,7a,00,69,00"},
		"host utf16le": {"buf " + string(utf16le("connect studio-nas7 failed")) + "\n", "hostname=studio-nas7\n", "s\x00t\x00u\x00d\x00i\x00o\x00-\x00n\x00a\x00s\x00"},
		"host utf16be": {"buf \x00" + utf16be("connect STUDIO-NAS7 failed") + "\n", "hostname=studio-nas7\n", "\x00S\x00T\x00U\x00D\x00I\x00O\x00-\x00N"},
		"full name":    {"Signed in: Søren Ødegård\n", "open /home/sorenodegard/x failed\n", "Ødegård"},
	} {
		var b strings.Builder
		b.WriteString(c.early)
		filler(&b)
		b.WriteString(c.late)
		data := []byte(b.String())
		got, passes := rewindOut(t, data, 8<<10, true)
		want, _ := rewindOut(t, data, 8<<10, false)
		if passes != 3 {
			t.Errorf("%s: %d passes, want 3", name, passes)
		}
		if !bytes.Equal(got.out, want.out) {
			t.Errorf("%s: output differs from starting over", name)
		}
		if c.gone != "" {
			mustNotContain(t, name, string(got.out), c.gone)
		}
	}
}

// On every fixture and generated log, cut in small chunks so that many
// chunks learn late, reading the input again gives the bytes and summary
// of starting over.
func TestRewindReadAgainSameAsStartingOver(t *testing.T) {
	one := 0
	for _, c := range equivCases(t) {
		for _, chunk := range []int{4 << 10, 32 << 10} {
			got, passes := rewindOut(t, c.data, chunk, true)
			want, _ := rewindOut(t, c.data, chunk, false)
			if !bytes.Equal(got.out, want.out) || !maps.Equal(got.summary, want.summary) || !slices.Equal(got.learned, want.learned) {
				t.Fatalf("%s chunk=%d: output, summary or learned values differ from starting over", c.name, chunk)
			}
			if passes == 1 {
				one++
			}
		}
	}
	if one == 0 {
		t.Error("no input went through in one pass: the test tests nothing")
	}
}

// countReads counts the bytes read through ReadAt.
type countReads struct {
	*bytes.Reader
	n int64
}

func (c *countReads) ReadAt(p []byte, off int64) (int, error) {
	c.n += int64(len(p))
	return c.Reader.ReadAt(p, off)
}

// A log that teaches a new full name in every chunk, none of them written
// before: each late chunk had the whole input before it read again, which
// was quadratic (16 MiB: 512 MiB read again, 41 s). What is read again is
// bounded now (late's lateBudget); past it the pass starts over, with
// what starting over gives.
func TestRewindLateNameEveryChunk(t *testing.T) {
	var b bytes.Buffer
	for k := 0; b.Len() < 1<<20; k++ {
		fmt.Fprintf(&b, "Signed in as Kofi Mens%cah%c\n", 'a'+k%26, 'a'+k/26%26)
		for n := b.Len() + 8<<10; b.Len() < n; {
			b.WriteString("INFO engine: processed 12 blocks ok\n")
		}
	}
	data := b.Bytes()
	s, _ := NewSession(Config{})
	s.par.workers, s.par.chunk, s.par.carry = -1, 16<<10, 4<<10
	src := &countReads{Reader: bytes.NewReader(data)}
	var out memFile
	passes, err := s.ScrubTextRewind(&out, src)
	if err != nil {
		t.Fatal(err)
	}
	if src.n > lateBudget*int64(len(data)) {
		t.Errorf("read again %d bytes of a %d-byte input", src.n, len(data))
	}
	want, _ := rewindOut(t, data, 16<<10, false)
	if passes != 3 || !bytes.Equal(out.b, want.out) {
		t.Errorf("%d passes; output differs from starting over: %v", passes, !bytes.Equal(out.b, want.out))
	}
	mustNotContain(t, "late names", string(out.b), "Mensaha", "Mensabh")
}

// FuzzRewind: with small chunks, so that names are learned late, reading
// the input again gives exactly what starting over gives.
func FuzzRewind(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		got, _ := rewindOut(t, in, 256, true)
		want, _ := rewindOut(t, in, 256, false)
		if !bytes.Equal(got.out, want.out) || !maps.Equal(got.summary, want.summary) {
			t.Fatalf("reading again differs from starting over:\n in   %q\n got  %q\n want %q", in, got.out, want.out)
		}
	})
}

// lettersHold and foldASCII answer what squashRun and bytes.Contains
// answer, on ASCII text, for every key a squashed name can be.
func FuzzLettersHold(f *testing.F) {
	f.Add([]byte("T. Mokoena, t-mokoena, TMO KOENA"), []byte("tmokoena"))
	f.Add([]byte("Ab1c\x00d"), []byte("abcd"))
	f.Add([]byte("aaab"), []byte("aab"))
	f.Add([]byte("x"), []byte(""))
	f.Fuzz(func(t *testing.T, w, k []byte) {
		key := bytes.Map(func(r rune) rune { return 'a' + (r & 0x7fffffff % 26) }, k)
		folded := bytes.Clone(w)
		ascii := foldASCII(folded)
		// ASCII letters lowered, every other byte as it was (bytes.ToLower
		// changes the length of some: "İ" lowers to "i")
		want := bytes.Clone(w)
		for i, c := range w {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if !bytes.Equal(folded, want) && isASCII(w) {
			t.Fatalf("foldASCII(%q) = %q, want %q", w, folded, want)
		}
		if ascii != isASCII(w) {
			t.Fatalf("foldASCII(%q) says ASCII %v", w, ascii)
		}
		if !ascii {
			return
		}
		if got, want := lettersHold(folded, key), bytes.Contains(squashRun(nil, folded), key); got != want {
			t.Fatalf("lettersHold(%q, %q) = %v, squashRun says %v", folded, key, got, want)
		}
	})
}

// onlyReader hides everything but Read: sizeHint cannot tell its size.
type onlyReader struct{ io.Reader }

// A reader that tells how much it has left gets buffers its size: the
// chunks, and so the output, are those of one that does not.
func TestSizeHintSameChunks(t *testing.T) {
	data := variedLog(40<<10, 3)
	sec := io.NewSectionReader(bytes.NewReader(data), 0, int64(len(data)))
	sec.Seek(100, io.SeekStart)
	p := newPeekReader(bytes.NewReader(data))
	p.peek(2)
	for _, c := range []struct {
		r    io.Reader
		want int64
	}{{bytes.NewReader(data), int64(len(data))}, {sec, int64(len(data) - 100)}, {p, int64(len(data))}, {onlyReader{bytes.NewReader(data)}, -1}} {
		if got := sizeHint(c.r); got != c.want {
			t.Errorf("sizeHint(%T) = %d, want %d", c.r, got, c.want)
		}
	}
	for _, chunk := range []int{4 << 10, 64 << 10} {
		var outs [2][]byte
		for k, r := range []io.Reader{bytes.NewReader(data), onlyReader{bytes.NewReader(data)}} {
			s, _ := NewSession(Config{})
			s.par.workers, s.par.chunk, s.par.carry = -1, chunk, chunk/4
			var out bytes.Buffer
			if err := s.ScrubText(&out, r); err != nil {
				t.Fatal(err)
			}
			outs[k] = out.Bytes()
		}
		if !bytes.Equal(outs[0], outs[1]) {
			t.Errorf("chunk %d: the output differs with the size known", chunk)
		}
	}
}
