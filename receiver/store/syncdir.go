package store

import (
	"fmt"
	"os"
	"runtime"
)

// syncDir makes a rename or create in dir durable. Windows cannot fsync a
// directory handle (and NTFS journals renames), so it is skipped there.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer d.Close()
	if err := d.Sync(); err != nil {
		return fmt.Errorf("store: sync %s: %w", dir, err)
	}
	return nil
}
