package collector

import (
	"os"
	"path/filepath"
	"sort"
)

// crashpadDBs returns the pending and completed folders of every Crashpad
// database matching the glob patterns (one per app that uses Crashpad). The
// glob runs when called, so apps installed later need a daemon restart.
func crashpadDBs(patterns ...string) []Watch {
	var out []Watch
	seen := map[string]bool{}
	for _, pat := range patterns {
		matches, _ := filepath.Glob(pat) // only ErrBadPattern, and the patterns are ours
		sort.Strings(matches)
		for _, db := range matches {
			if fi, err := os.Stat(db); err != nil || !fi.IsDir() || seen[db] {
				continue
			}
			seen[db] = true
			out = append(out,
				Watch{Path: filepath.Join(db, "pending"), Kind: KindCrash},
				Watch{Path: filepath.Join(db, "completed"), Kind: KindCrash})
		}
	}
	return out
}

// home is the user's home directory or "" (a service account may have none).
func home() string {
	h, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return h
}
