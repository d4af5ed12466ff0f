// Package testfixtures finds the shared crash fixtures and checks golden
// files for tests across packages.
package testfixtures

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Find returns ../shared/fixtures, found by walking up from the working
// directory, or "" when there is none (a clone without the shared folder).
func Find() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, "shared", "fixtures")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Dir is Find for a test that needs the fixtures: it is skipped without them.
func Dir(t testing.TB) string {
	t.Helper()
	p := Find()
	if p == "" {
		t.Skip("shared/fixtures not found")
	}
	return p
}

// Golden compares v, as indented JSON, with testdata/golden/NAME.json, or
// rewrites that file when update is set.
func Golden(t *testing.T, name string, v any, update bool) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "golden", name+".json")
	if update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if !bytes.Equal(bytes.TrimSpace(got), bytes.TrimSpace(want)) {
		t.Errorf("%s: differs from %s (run with -update to accept):\n%s", name, golden, got)
	}
}

// GoldenText compares got with testdata/golden/NAME, or rewrites that file
// when update is set. A difference is reported at its first line.
func GoldenText(t *testing.T, name string, got []byte, update bool) {
	t.Helper()
	golden := filepath.Join("testdata", "golden", name)
	if update {
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
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := bytes.Split(got, []byte("\n")), bytes.Split(want, []byte("\n"))
	for k := 0; k < len(gl) && k < len(wl); k++ {
		if !bytes.Equal(gl[k], wl[k]) {
			t.Fatalf("%s differs at line %d:\n got: %q\nwant: %q\n(run with -update if the change is intended)", golden, k+1, gl[k], wl[k])
		}
	}
	t.Fatalf("%s differs in length: %d lines, want %d (run with -update if intended)", golden, len(gl), len(wl))
}

// Readable lists the runs of at least min printable ASCII characters in b
// as "a OFFSET text", then the UTF-16LE ones (both byte parities) as
// "w OFFSET text", one per line: what a binary gives away, for a golden
// file that shows it in review.
func Readable(b []byte, min int) []byte {
	var out bytes.Buffer
	line := func(kind byte, off int, s []byte) {
		fmt.Fprintf(&out, "%c %08x %s\n", kind, off, s)
	}
	printable := func(c byte) bool { return c >= ' ' && c < 0x7f || c == '\t' }
	for i := 0; i < len(b); {
		j := i
		for j < len(b) && printable(b[j]) {
			j++
		}
		if j-i >= min {
			line('a', i, b[i:j])
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
				line('w', i, s)
			}
			i = j + 2
		}
	}
	return out.Bytes()
}
