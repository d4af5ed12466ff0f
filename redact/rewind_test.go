package redact

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// memFile is an in-memory Rewinder.
type memFile struct {
	b   []byte
	off int
}

func (m *memFile) Write(p []byte) (int, error) {
	m.b = append(m.b[:m.off], p...)
	m.off = len(m.b)
	return len(p), nil
}

func (m *memFile) Seek(off int64, whence int) (int64, error) {
	if whence != io.SeekStart || off < 0 || off > int64(len(m.b)) {
		return 0, errors.New("memFile: unsupported seek")
	}
	m.off = int(off)
	return off, nil
}

func (m *memFile) Truncate(n int64) error {
	m.b = m.b[:n]
	return nil
}

var pseudoNum = regexp.MustCompile(`<([a-z-]+)-h?[0-9a-f]+>`)

// samePseudonyms compares outputs with pseudonym numbers left out: the
// optimistic pass hands out numbers before it knows a late name, so that
// name's number differs from a learn-first run; consistency is checked
// apart.
func samePseudonyms(a, b []byte) bool {
	return bytes.Equal(pseudoNum.ReplaceAll(a, []byte("<$1>")), pseudoNum.ReplaceAll(b, []byte("<$1>")))
}

func learnThenScrub(t *testing.T, c equivCase, workers, chunk int) equivResult {
	return runEquiv(t, c, workers, chunk, true)
}

func rewindScrub(t *testing.T, c equivCase, workers, chunk int) (equivResult, int) {
	t.Helper()
	s, err := NewSession(c.cfg)
	if err != nil {
		t.Fatal(err)
	}
	s.par.workers, s.par.chunk, s.par.carry = workers, chunk, chunk/4
	var out memFile
	passes, err := s.ScrubTextRewind(&out, bytes.NewReader(c.data))
	if err != nil {
		t.Fatal(err)
	}
	return equivResult{out: out.b, summary: s.Summary(), learned: s.Learned()}, passes
}

// A log that names its user and host up front is scrubbed in one pass,
// exactly as learning first would.
func TestScrubTextRewindOnePass(t *testing.T) {
	c := equivCase{name: "genlog", data: genLogs(300<<10, 3)}
	for _, workers := range []int{-1, 2} {
		want := learnThenScrub(t, c, workers, 64<<10)
		got, passes := rewindScrub(t, c, workers, 64<<10)
		if passes != 1 {
			t.Errorf("workers=%d: %d passes, want 1", workers, passes)
		}
		if !bytes.Equal(got.out, want.out) || !maps.Equal(got.summary, want.summary) {
			t.Errorf("workers=%d: output or summary differs from learn-then-scrub (%v vs %v)", workers, got.summary, want.summary)
		}
	}
}

// Names first met late make the optimistic pass stop and start over: the
// result is learn-then-scrub's (pseudonym numbers aside), the summary
// counts each replacement once, and every worker count and chunking gives
// the same bytes.
func TestScrubTextRewindLateNames(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, c := range equivCases(t) {
		for _, chunk := range []int{4 << 10, 32 << 10} {
			want := learnThenScrub(t, c, -1, chunk)
			serial, passes := rewindScrub(t, c, -1, chunk)
			if strings.HasPrefix(c.name, "varied") && passes != 3 {
				t.Errorf("%s chunk=%d: %d passes; the case has late names, want 3", c.name, chunk, passes)
			}
			if !samePseudonyms(serial.out, want.out) || !maps.Equal(serial.summary, want.summary) {
				t.Fatalf("%s chunk=%d: differs from learn-then-scrub: summary %v, want %v", c.name, chunk, serial.summary, want.summary)
			}
			for _, procs := range []int{2, 4} {
				runtime.GOMAXPROCS(procs)
				got, gp := rewindScrub(t, c, procs, chunk)
				if gp != passes || !bytes.Equal(got.out, serial.out) || !maps.Equal(got.summary, serial.summary) {
					t.Fatalf("%s chunk=%d procs=%d: %d passes, output or summary differs from serial", c.name, chunk, procs, gp)
				}
			}
		}
	}
}

// A log that teaches a name on every line (a server's log of the hosts it
// hears from) would have every chunk read all the input before it again
// (late), each time once for each name: quadratic. The optimistic pass
// reads at most lateBudget times what it wrote, then takes the second
// pass, whose result is learn-then-scrub's.
func TestScrubTextRewindBoundedRereading(t *testing.T) {
	for _, shape := range []string{"new-host-per-line", "new-user-per-line"} {
		c := equivCase{name: shape, data: hostileShapes[shape](256 << 10)}
		for _, workers := range []int{-1, 2} {
			s := newSession(t, Config{})
			s.par.workers, s.par.chunk, s.par.carry = workers, 4<<10, 1<<10
			var out memFile
			passes, err := s.ScrubTextRewind(&out, bytes.NewReader(c.data))
			if err != nil || passes != 3 {
				t.Errorf("%s workers=%d: %d passes, %v; want the second pass", shape, workers, passes, err)
			}
			if max := lateBudget * int64(len(c.data)); s.lateSpent > max {
				t.Errorf("%s workers=%d: read %d byte-spellings again, over %d", shape, workers, s.lateSpent, max)
			}
			if want := learnThenScrub(t, c, workers, 4<<10); !samePseudonyms(out.b, want.out) {
				t.Errorf("%s workers=%d: differs from learn-then-scrub", shape, workers)
			}
		}
	}
}

// The case the second pass exists for: a bare name early, its home path
// (which teaches it) chunks later.
func TestScrubTextRewindBareNameBeforeItsPath(t *testing.T) {
	var b strings.Builder
	b.WriteString("session owner is zoe.kowalczyk today\n")
	for i := 0; b.Len() < 64<<10; i++ {
		fmt.Fprintf(&b, "INFO engine: processed %d blocks\n", i)
	}
	b.WriteString("open /home/zoe.kowalczyk/.config/app.ini failed\n")
	for _, workers := range []int{-1, 2} {
		s, _ := NewSession(Config{})
		s.par.workers, s.par.chunk, s.par.carry = workers, 8<<10, 2<<10
		dst := filepath.Join(t.TempDir(), "out.log")
		f, err := os.Create(dst)
		if err != nil {
			t.Fatal(err)
		}
		passes, err := s.ScrubTextRewind(f, strings.NewReader(b.String()))
		f.Close()
		if err != nil || passes != 3 {
			t.Fatalf("workers=%d: %d passes, %v", workers, passes, err)
		}
		out, _ := os.ReadFile(dst)
		mustNotContain(t, "rewind", string(out), "zoe.kowalczyk", "kowalczyk")
		if !strings.HasPrefix(string(out), "session owner is <user-1> today\n") || len(out) > b.Len() {
			t.Fatalf("workers=%d: output not rewritten from the start: %q...", workers, out[:60])
		}
		if got := s.Summary()[ClassUser]; got != 2 {
			t.Errorf("workers=%d: user replacements counted %d times, want 2", workers, got)
		}
	}
}

// UTF-16 text (byte-order mark) is learned from, then scrubbed as its
// UTF-8 is and written back as UTF-16.
func TestScrubTextRewindUTF16(t *testing.T) {
	text := `bare zoe.kowalczyk then C:\Users\zoe.kowalczyk\x`
	in := append([]byte{0xff, 0xfe}, utf16le(text)...)
	s, _ := NewSession(Config{})
	var out memFile
	passes, err := s.ScrubTextRewind(&out, bytes.NewReader(in))
	if err != nil || passes != 2 || !bytes.HasPrefix(out.b, []byte{0xff, 0xfe}) {
		t.Fatalf("%d passes, % x, %v", passes, out.b, err)
	}
	if got := fromUTF16le(out.b[2:]); got != "bare <user-1> then C:\\Users\\<user-1>\\x" {
		t.Errorf("got %q", got)
	}
}
