// Package testfixtures finds the shared crash fixtures and checks golden
// files for tests across packages.
package testfixtures

import (
	"bytes"
	"encoding/json"
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
