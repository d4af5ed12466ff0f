package wine

import (
	"os"
	"runtime"
	"testing"
)

// scripts/test-windows.sh sets CRASHD_WINE=1 when it runs the Windows test
// binaries under Wine; there detection must say so, and nowhere else.
func TestDetected(t *testing.T) {
	want := runtime.GOOS == "windows" && os.Getenv("CRASHD_WINE") == "1"
	if got := Detected(); got != want {
		t.Fatalf("Detected() = %v, want %v (GOOS=%s CRASHD_WINE=%q)", got, want, runtime.GOOS, os.Getenv("CRASHD_WINE"))
	}
}
