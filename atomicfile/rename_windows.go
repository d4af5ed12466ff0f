package atomicfile

import (
	"errors"

	"golang.org/x/sys/windows"
)

// transientErrno: ACCESS_DENIED is what MoveFileEx reports when the target
// is open without FILE_SHARE_DELETE (or still pending deletion); the other
// two when a handle or byte-range lock blocks it.
func transientErrno(err error) bool {
	return errors.Is(err, windows.ERROR_ACCESS_DENIED) ||
		errors.Is(err, windows.ERROR_SHARING_VIOLATION) ||
		errors.Is(err, windows.ERROR_LOCK_VIOLATION)
}
