//go:build linux

package collector

import "path/filepath"

// DefaultDirs returns the usual crash folders on Linux: apport's /var/crash,
// systemd-coredump's store, and Crashpad databases of apps under ~/.config.
func DefaultDirs() []Watch {
	ws := []Watch{
		{Path: "/var/crash", Kind: KindCrash},
		{Path: "/var/lib/systemd/coredump", Kind: KindCrash},
	}
	if h := home(); h != "" {
		ws = append(ws, crashpadDBs(
			filepath.Join(h, ".config", "*", "Crashpad"),
			filepath.Join(h, ".config", "*", "*", "Crashpad"),
		)...)
	}
	return ws
}
