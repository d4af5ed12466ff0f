package atomicfile

import (
	"errors"
	"os"
	"time"
)

// renameBudget bounds how long Rename keeps retrying a replace that another
// process's open handle blocks. Readers hold such handles for milliseconds;
// a second covers a loaded machine without hiding a real permission error
// for long.
const renameBudget = time.Second

// Rename moves oldpath to newpath, replacing newpath. On Windows a replace
// fails while any process has newpath open without FILE_SHARE_DELETE (which
// is how Go, and most programs, open files for reading), so a reader that
// happens to look at the file at that moment would make the writer fail;
// Rename retries those transient refusals with backoff instead.
func Rename(oldpath, newpath string) error {
	err := os.Rename(oldpath, newpath)
	if err == nil || !transient(err) {
		return err
	}
	if fi, serr := os.Lstat(newpath); serr == nil && fi.IsDir() {
		return err // a directory in the way is not going away
	}
	deadline := time.Now().Add(renameBudget)
	for wait := time.Millisecond; ; wait = min(2*wait, 100*time.Millisecond) {
		time.Sleep(wait)
		err = os.Rename(oldpath, newpath)
		if err == nil || !transient(err) || time.Now().After(deadline) {
			return err
		}
	}
}

// transient reports an error that another process's open handle causes and
// its close clears.
func transient(err error) bool {
	var le *os.LinkError
	if !errors.As(err, &le) {
		return false
	}
	return transientErrno(le.Err)
}
