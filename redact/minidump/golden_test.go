package minidump

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crashd/collector/elfcore"
	"crashd/internal/testfixtures"
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
			testfixtures.GoldenText(t, name+".strings", testfixtures.Readable(out, 6), *update)
		})
	}
}

// TestCoreFixtureGoldens: an ELF core never leaves; the minidump derived
// from it does, scrubbed as the daemon scrubs it. Its strings are kept in
// testdata/golden like the dumps'.
func TestCoreFixtureGoldens(t *testing.T) {
	root := testfixtures.Dir(t)
	for _, rel := range []string{"linux/elf-core-x86_64.core", "generated/linux-x86_64-sigsegv.core"} {
		name := filepath.Base(rel)
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(root, rel))
			if err != nil {
				t.Skip(err)
			}
			f, err := elfcore.NewFile(bytes.NewReader(raw), int64(len(raw)))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			var dmp bytes.Buffer
			if err := f.WriteMinidump(&dmp); err != nil {
				t.Fatal(err)
			}
			out, _, err := scrub(t, dmp.Bytes(), DefaultPolicy())
			if err != nil {
				t.Fatal(err)
			}
			checkSameStructure(t, dmp.Bytes(), out, parse(t, dmp.Bytes()), parse(t, out))
			testfixtures.GoldenText(t, name+".dmp.strings", testfixtures.Readable(out, 6), *update)
		})
	}
}
