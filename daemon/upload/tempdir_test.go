package upload

import (
	"os"
	"testing"
	"time"

	"crashd/internal/wine"
)

// testDir is t.TempDir, except under Wine: Wine 8 has no POSIX delete, so
// a spool file whose handle closes a moment late leaves its folder
// "delete pending" and t.TempDir's cleanup fails the test. There the folder
// is removed with retries, and a leftover is logged, not failed.
func testDir(t testing.TB) string {
	t.Helper()
	if !wine.Detected() {
		return t.TempDir()
	}
	d, err := os.MkdirTemp("", "crashd-upload-test-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for range 40 {
			if os.RemoveAll(d) == nil {
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Logf("Wine: %s left delete-pending", d)
	})
	return d
}
