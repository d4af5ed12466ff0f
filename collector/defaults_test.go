package collector

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDefaultDirs(t *testing.T) {
	for _, w := range DefaultDirs() {
		if w.Kind != KindCrash || !filepath.IsAbs(w.Path) {
			t.Errorf("default %+v", w)
		}
	}
	if _, err := New(Options{Watches: DefaultDirs()}); err != nil {
		t.Error(err)
	}
}

func TestCrashpadDBs(t *testing.T) {
	base := t.TempDir()
	mkdir(t, base, "AppA", "Crashpad")
	mkdir(t, base, "Vendor", "AppB", "Crashpad")
	writeFile(t, filepath.Join(base, "AppC"), nil)
	os.MkdirAll(filepath.Join(base, "AppD"), 0o755)
	got := crashpadDBs(filepath.Join(base, "*", "Crashpad"), filepath.Join(base, "*", "*", "Crashpad"))
	want := []string{
		filepath.Join(base, "AppA", "Crashpad", "pending"),
		filepath.Join(base, "AppA", "Crashpad", "completed"),
		filepath.Join(base, "Vendor", "AppB", "Crashpad", "pending"),
		filepath.Join(base, "Vendor", "AppB", "Crashpad", "completed"),
	}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if got[i].Path != want[i] {
			t.Errorf("%d: %s, want %s", i, got[i].Path, want[i])
		}
	}
}
