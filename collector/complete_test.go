package collector

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestCompleteSharedFixtures(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "fixtures")
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*"))
	n := 0
	for _, p := range files {
		var f Format
		switch filepath.Ext(p) {
		case ".dmp":
			f = FormatMinidump
		case ".core":
			f = FormatELFCore
		default:
			continue
		}
		if filepath.Base(p) == "corrupt-invalid-range.dmp" {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		n++
		if ok, err := complete(bytes.NewReader(b), int64(len(b)), f); !ok || err != nil {
			t.Errorf("%s: complete=%v err=%v", p, ok, err)
		}
		// Cut short, as while being written: incomplete. (A cut in the last
		// bytes may fall in data no header points at; that is not judged.)
		for _, cut := range []int{31, len(b) / 4, len(b) / 2} {
			ok, _ := complete(bytes.NewReader(b[:cut]), int64(cut), f)
			if ok {
				t.Errorf("%s cut to %d bytes: complete", filepath.Base(p), cut)
			}
		}
	}
	if n == 0 {
		t.Skip("shared fixtures not present")
	}
}

func TestCompleteGenerated(t *testing.T) {
	for _, name := range []string{"empty.dmp", "core-header.core", "core.zst"} {
		b, err := os.ReadFile(filepath.Join("testdata", "sniff", name))
		if err != nil {
			t.Fatal(err)
		}
		f := Sniff(b, name)
		if ok, err := complete(bytes.NewReader(b), int64(len(b)), f); !ok || err != nil {
			t.Errorf("%s: %v %v", name, ok, err)
		}
	}
	if ok, _ := complete(bytes.NewReader([]byte("MDMP")), 4, FormatMinidump); ok {
		t.Error("4-byte minidump complete")
	}
	if ok, _ := complete(bytes.NewReader([]byte("\x7fELF\x02\x01")), 6, FormatELFCore); ok {
		t.Error("6-byte core complete")
	}
	if ok, _ := complete(bytes.NewReader([]byte("text")), 4, FormatTextLog); !ok {
		t.Error("text incomplete")
	}
}

func FuzzComplete(f *testing.F) {
	for _, name := range []string{"empty.dmp", "core-header.core"} {
		b, err := os.ReadFile(filepath.Join("testdata", "sniff", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		// Must not panic or allocate beyond its caps, whatever the header says.
		complete(bytes.NewReader(b), int64(len(b)), Sniff(b, "x"))
	})
}
