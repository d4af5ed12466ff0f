package minidump

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crashd/internal/testfixtures"
	"crashd/report"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// The shared fixtures live beside the repository, not in it.
func fixturesDir(t testing.TB) string { return testfixtures.Dir(t) }

func findFixtures() string { return testfixtures.Find() }

// dumpFixtures lists the minidump fixtures (the corrupt one included).
func dumpFixtures(t testing.TB) []string {
	root := fixturesDir(t)
	files, _ := filepath.Glob(filepath.Join(root, "minidump", "*.dmp"))
	files = append(files, filepath.Join(root, "generated", "windows-x64-wine-stack.dmp"))
	var out []string
	for _, f := range files {
		if _, err := os.Stat(f); err == nil {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Skip("no minidump fixtures")
	}
	return out
}

func openFixture(t testing.TB, path string) (*File, error) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return NewFile(bytes.NewReader(b), int64(len(b)))
}

// goldenLines renders what the golden files pin, one compact JSON record
// per line (header facts, crash, each thread, each module) so that files
// stay small and diffs readable.
func goldenLines(t testing.TB, f *File) []byte {
	t.Helper()
	r := f.Report()
	var streams, errs []string
	for _, s := range f.Streams {
		streams = append(streams, s.Type.String())
	}
	for _, e := range f.Errors {
		errs = append(errs, e.Error())
	}
	var crash report.Crash
	if r.Crash != nil {
		crash = *r.Crash
	}
	threads := crash.Threads
	crash.Threads = nil
	recs := []any{
		map[string]any{"streams": streams, "errors": errs, "os": f.SystemInfo.OS(), "arch": f.SystemInfo.ArchName(),
			"app": r.App, "kind": r.Kind, "format": r.Format, "platform": r.Platform, "crashed_at": r.CrashedAt},
		map[string]any{"crash": crash},
		map[string]any{"annotations": r.Annotations},
	}
	for _, th := range threads {
		recs = append(recs, map[string]any{"thread": th})
	}
	for _, m := range r.Modules {
		recs = append(recs, map[string]any{"module": m})
	}
	var buf bytes.Buffer
	for _, rec := range recs {
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

func TestFixturesGolden(t *testing.T) {
	for _, path := range dumpFixtures(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			f, err := openFixture(t, path)
			if strings.HasPrefix(name, "corrupt") {
				var fe *FormatError
				if !errors.As(err, &fe) {
					t.Fatalf("corrupt fixture: want *FormatError, got %v", err)
				}
				if !strings.HasPrefix(fe.Error(), "minidump: ") {
					t.Errorf("error text %q lacks package prefix", fe.Error())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := goldenLines(t, f)
			gp := filepath.Join("testdata", strings.TrimSuffix(name, ".dmp")+".golden.jsonl")
			if *update {
				if err := os.WriteFile(gp, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gp)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("report differs from %s (run with -update and review the diff)", gp)
			}
		})
	}
}
