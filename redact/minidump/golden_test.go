package minidump

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestFixtureGoldens keeps, for each fixture, the readable strings of its
// scrubbed output (ASCII, and UTF-16LE at both byte parities) in
// testdata/golden: what a fixture gives away, or stops giving away, shows
// in review as a diff. Refresh with -update.
func TestFixtureGoldens(t *testing.T) {
	for _, path := range fixtures(t) {
		name := filepath.Base(path)
		if strings.HasPrefix(name, "corrupt") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			out, _, err := scrub(t, in, DefaultPolicy())
			if err != nil {
				t.Fatal(err)
			}
			got := []byte(strings.Join(readable(out, 6), "\n") + "\n")
			golden := filepath.Join("testdata", "golden", name+".strings")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for k := 0; k < len(gl) && k < len(wl); k++ {
					if gl[k] != wl[k] {
						t.Fatalf("%s differs at line %d:\n got: %q\nwant: %q\n(run with -update if the change is intended)", golden, k+1, gl[k], wl[k])
					}
				}
				t.Fatalf("%s differs in length: %d lines, want %d (run with -update if intended)", golden, len(gl), len(wl))
			}
		})
	}
}

// readable returns the runs of at least min printable ASCII characters in
// b, as "a OFFSET text", then the UTF-16LE ones as "w OFFSET text".
func readable(b []byte, min int) []string {
	var out []string
	printable := func(c byte) bool { return c >= ' ' && c < 0x7f || c == '\t' }
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && printable(b[j]) {
			j++
		}
		if j-i >= min {
			out = append(out, "a "+hexOff(i)+" "+string(b[i:j]))
		}
		i = j + 1
	}
	for parity := 0; parity < 2; parity++ {
		for i := parity; i+1 < len(b); {
			j := i
			var s []byte
			for j+1 < len(b) && b[j+1] == 0 && printable(b[j]) {
				s = append(s, b[j])
				j += 2
			}
			if len(s) >= min {
				out = append(out, "w "+hexOff(i)+" "+string(s))
			}
			i = j + 2
		}
	}
	return out
}

func hexOff(i int) string {
	const d = "0123456789abcdef"
	var s [8]byte
	for k := 7; k >= 0; k-- {
		s[k] = d[i&15]
		i >>= 4
	}
	return string(s[:])
}
