package redact

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"crashd/internal/testfixtures"
)

// variedLog mixes genLogs with what makes chunks depend on each other: names
// first met late (learned mid-scrub), private-key blocks crossing chunk
// boundaries, long lines without newlines, NUL-padded UTF-16 strings.
func variedLog(size int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 99))
	base := genLogs(size, seed)
	var b bytes.Buffer
	for off := 0; off < len(base); {
		n := 1 + r.IntN(6000)
		e := min(off+n, len(base))
		if k := bytes.IndexByte(base[e:], '\n'); k >= 0 {
			e += k + 1
		} else {
			e = len(base)
		}
		b.Write(base[off:e])
		off = e
		switch r.IntN(40) {
		case 0:
			fmt.Fprintf(&b, "opened /Users/late.user%d/Library/x.plist for late.user%d\n", r.IntN(50), r.IntN(50))
		case 1:
			fmt.Fprintf(&b, "Mar  3 10:00:00 newhost-%d kernel: boot\nssh to newhost-%d.corp ok\n", r.IntN(30), r.IntN(30))
		case 2:
			b.WriteString("-----BEGIN RSA PRIVATE KEY-----\n")
			for k := r.IntN(200); k > 0; k-- {
				b.WriteString("MIIEowIBAAKCAQEA3Tz2mr7SZiAMfQyuvBjM1Yk8e2Hc0iG8WmqE+q/A7=\n")
			}
			b.WriteString("-----END RSA PRIVATE KEY-----\n")
		case 3:
			b.WriteString(strings.Repeat("word ", 300+r.IntN(600)) + "user=carol.w\n")
		case 4:
			b.Write(utf16le(fmt.Sprintf(`C:\Users\wide%d\AppData\x`, r.IntN(20))))
			b.Write([]byte{0, 0, 0, '\n'})
		case 5:
			fmt.Fprintf(&b, "contact: dev%d@example.org token=%x\n", r.IntN(9), r.Uint64())
		}
	}
	return b.Bytes()
}

type equivCase struct {
	name string
	data []byte
	cfg  Config
}

func equivCases(t *testing.T) []equivCase {
	var cs []equivCase
	dir := testfixtures.Dir(t)
	var files []string
	apple, _ := filepath.Glob(filepath.Join(dir, "apple", "*"))
	hs, _ := filepath.Glob(filepath.Join(dir, "linux", "hs_err*"))
	files = append(append(files, apple...), hs...)
	if len(files) == 0 {
		t.Fatal("no text fixtures found")
	}
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, equivCase{name: filepath.Base(f), data: d})
	}
	for seed := uint64(1); seed <= 3; seed++ {
		cs = append(cs, equivCase{name: fmt.Sprintf("varied-%d", seed), data: variedLog(400<<10, seed)})
	}
	cs = append(cs, equivCase{name: "varied-config", data: variedLog(300<<10, 7), cfg: Config{
		Patterns: []Pattern{{Name: "license", Regex: `SER-[0-9A-F]{4}-[0-9A-F]{4}`}},
		Allow:    []string{"bruno", "newhost-3"},
		Identity: Identity{UserNames: []string{"j.smith"}, HostNames: []string{"studio-mac"}},
	}})
	return cs
}

type equivResult struct {
	out     []byte
	summary map[string]int
	learned []string
}

func runEquiv(t *testing.T, c equivCase, workers, chunk int, learn bool) equivResult {
	t.Helper()
	s, err := NewSession(c.cfg)
	if err != nil {
		t.Fatal(err)
	}
	s.par.workers, s.par.chunk, s.par.carry = workers, chunk, chunk/4
	if learn {
		if err := s.LearnReader(bytes.NewReader(c.data)); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if err := s.ScrubText(&out, bytes.NewReader(c.data)); err != nil {
		t.Fatal(err)
	}
	return equivResult{out: out.Bytes(), summary: s.Summary(), learned: s.Learned()}
}

// TestParallelEquivalence: the parallel paths give byte for byte the
// serial output, summary and pseudonyms, for any worker count and chunking.
func TestParallelEquivalence(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for _, c := range equivCases(t) {
		for _, chunk := range []int{4 << 10, 32 << 10} {
			for _, learn := range []bool{false, true} {
				want := runEquiv(t, c, -1, chunk, learn)
				if learn && bytes.Equal(want.out, c.data) && len(c.data) > 100<<10 {
					t.Errorf("%s: nothing scrubbed: the case tests nothing", c.name)
				}
				for _, procs := range []int{1, 2, 4} {
					runtime.GOMAXPROCS(procs)
					got := runEquiv(t, c, procs, chunk, learn)
					tag := fmt.Sprintf("%s chunk=%d learn=%v procs=%d", c.name, chunk, learn, procs)
					if !bytes.Equal(got.out, want.out) {
						k := 0
						for k < len(got.out) && k < len(want.out) && got.out[k] == want.out[k] {
							k++
						}
						lo := max(k-80, 0)
						t.Fatalf("%s: output differs at %d:\n got %q\nwant %q", tag, k, got.out[lo:min(k+80, len(got.out))], want.out[lo:min(k+80, len(want.out))])
					}
					if !maps.Equal(got.summary, want.summary) || !slices.Equal(got.learned, want.learned) {
						t.Fatalf("%s: summary %v / %v, want %v / %v", tag, got.summary, got.learned, want.summary, want.learned)
					}
				}
			}
		}
	}
}

// TestParallelDefaults: with default chunking a multi-chunk input takes the
// parallel path and matches the serial one.
func TestParallelDefaults(t *testing.T) {
	data := variedLog(1<<20, 11)
	run := func(workers int) ([]byte, map[string]int) {
		s, _ := NewSession(Config{})
		s.par.workers = workers
		if err := s.LearnReader(bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := s.ScrubText(&out, bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
		return out.Bytes(), s.Summary()
	}
	want, ws := run(-1)
	got, gs := run(3)
	if !bytes.Equal(got, want) || !maps.Equal(gs, ws) {
		t.Fatal("parallel output differs from serial")
	}
}
