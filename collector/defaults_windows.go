//go:build windows

package collector

import (
	"os"
	"path/filepath"
)

// DefaultDirs returns the usual crash folders on Windows: WER's local dump
// folder and Crashpad databases of apps under %LOCALAPPDATA%.
func DefaultDirs() []Watch {
	local := os.Getenv("LOCALAPPDATA")
	if local == "" {
		if h := home(); h != "" {
			local = filepath.Join(h, "AppData", "Local")
		}
	}
	if local == "" {
		return nil
	}
	ws := []Watch{{Path: filepath.Join(local, "CrashDumps"), Kind: KindCrash}}
	return append(ws, crashpadDBs(
		filepath.Join(local, "*", "Crashpad"),
		filepath.Join(local, "*", "*", "Crashpad"),
		filepath.Join(local, "*", "*", "User Data", "Crashpad"),
	)...)
}
