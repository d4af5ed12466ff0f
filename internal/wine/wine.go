// Package wine tells tests whether the Windows build runs under Wine rather
// than on Windows, so a test can skip the one case where Wine's emulation
// differs from Windows' documented behaviour (with a named reason) instead
// of skipping a whole package.
package wine

// Detected reports whether this process is a Windows binary running under
// Wine. It is always false on other operating systems.
func Detected() bool { return detected() }
