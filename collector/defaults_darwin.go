//go:build darwin

package collector

import "path/filepath"

// DefaultDirs returns the usual crash folders on macOS: the user's and the
// system's DiagnosticReports, and Crashpad databases under Application Support.
func DefaultDirs() []Watch {
	ws := []Watch{{Path: "/Library/Logs/DiagnosticReports", Kind: KindCrash}}
	if h := home(); h != "" {
		ws = append([]Watch{{Path: filepath.Join(h, "Library", "Logs", "DiagnosticReports"), Kind: KindCrash}}, ws...)
		ws = append(ws, crashpadDBs(
			filepath.Join(h, "Library", "Application Support", "*", "Crashpad"),
			filepath.Join(h, "Library", "Application Support", "*", "*", "Crashpad"),
		)...)
	}
	return ws
}
