//go:build !linux && !darwin && !windows

package collector

// DefaultDirs has no well-known crash folders to offer on this OS.
func DefaultDirs() []Watch { return nil }
