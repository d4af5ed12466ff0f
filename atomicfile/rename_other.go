//go:build !windows

package atomicfile

// transientErrno: POSIX rename replaces a file however many processes hold
// it open, so no refusal there clears by waiting.
func transientErrno(error) bool { return false }
