package collector

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Reasons a file is refused. They are wrapped in *OpenError (or returned by
// the collector as a Skipped reason); test with errors.Is.
var (
	ErrSymlink       = errors.New("symlink not followed")
	ErrNotRegular    = errors.New("not a regular file")
	ErrHardlink      = errors.New("hard link (more than one name) not followed")
	ErrSwapped       = errors.New("file replaced between check and open")
	ErrOutside       = errors.New("path escapes the watched folder")
	ErrTooLarge      = errors.New("file too large")
	ErrUnknownFormat = errors.New("unknown format")
	ErrChanged       = errors.New("file changed while reading")
)

// OpenError is returned by Open and OpenWith.
type OpenError struct {
	Path string
	Err  error
}

func (e *OpenError) Error() string {
	return "collector: open " + strconv.Quote(e.Path) + ": " + e.Err.Error()
}

func (e *OpenError) Unwrap() error { return e.Err }

// OpenOptions tightens OpenWith for files in a watched (untrusted) folder.
type OpenOptions struct {
	// Root, when set, is the watched folder: the file must be inside it and
	// no path component below it may lead outside (checked by os.Root).
	Root string
	// RejectHardlinks refuses files with more than one name: in a folder
	// others can write to, a hard link can point at a file they could not
	// read themselves.
	RejectHardlinks bool
}

// Open opens path for reading without following a symlink in its last
// component, without blocking on FIFOs or devices, and only if it is a regular
// file; the opened descriptor must be the file that was checked. It is the
// open used for `crashd report FILE` and `crashd preview FILE`.
func Open(path string) (*os.File, os.FileInfo, error) {
	return openWith(path, OpenOptions{}, nil)
}

// OpenWith is Open with the watched-folder checks of o.
func OpenWith(path string, o OpenOptions) (*os.File, os.FileInfo, error) {
	return openWith(path, o, nil)
}

// openWith is OpenWith; between (tests only) runs after the check and before
// the open to simulate a swap in that window.
func openWith(path string, o OpenOptions, between func()) (*os.File, os.FileInfo, error) {
	fail := func(err error) (*os.File, os.FileInfo, error) {
		return nil, nil, &OpenError{Path: path, Err: err}
	}
	dir, name := filepath.Split(filepath.Clean(path))
	if o.Root != "" {
		rel, err := filepath.Rel(filepath.Clean(o.Root), filepath.Clean(path))
		if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
			return fail(ErrOutside)
		}
		dir, name = filepath.Clean(o.Root), rel
	}
	if dir == "" {
		dir = "."
	}
	lfi, err := os.Lstat(path)
	if err != nil {
		return fail(unwrapPathError(err))
	}
	if err := checkType(lfi.Mode()); err != nil {
		return fail(err)
	}
	if between != nil {
		between()
	}
	// os.Root resolves every component with O_NOFOLLOW and refuses anything
	// that leads out of dir, so a subfolder swapped for a symlink cannot
	// redirect the open.
	root, err := os.OpenRoot(dir)
	if err != nil {
		return fail(unwrapPathError(err))
	}
	f, err := root.OpenFile(name, openFlags, 0)
	root.Close()
	if err != nil {
		if isEscape(err) {
			return fail(fmt.Errorf("%w: %w", ErrSwapped, ErrOutside))
		}
		if isLoop(err) {
			return fail(fmt.Errorf("%w: %w", ErrSwapped, ErrSymlink))
		}
		return fail(unwrapPathError(err))
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return fail(unwrapPathError(err))
	}
	if err := checkType(fi.Mode()); err != nil {
		f.Close()
		return fail(fmt.Errorf("%w: %w", ErrSwapped, err))
	}
	if !os.SameFile(lfi, fi) {
		f.Close()
		return fail(ErrSwapped)
	}
	if o.RejectHardlinks {
		n, err := linkCount(f, fi)
		if err != nil {
			f.Close()
			return fail(err)
		}
		if n > 1 {
			f.Close()
			return fail(fmt.Errorf("%w (%d names)", ErrHardlink, n))
		}
	}
	return f, fi, nil
}

func checkType(m fs.FileMode) error {
	switch {
	case m&fs.ModeSymlink != 0:
		return ErrSymlink
	case m.IsRegular():
		return nil
	case m.IsDir():
		return fmt.Errorf("%w (directory)", ErrNotRegular)
	case m&fs.ModeNamedPipe != 0:
		return fmt.Errorf("%w (named pipe)", ErrNotRegular)
	case m&fs.ModeSocket != 0:
		return fmt.Errorf("%w (socket)", ErrNotRegular)
	case m&fs.ModeDevice != 0:
		return fmt.Errorf("%w (device)", ErrNotRegular)
	}
	return fmt.Errorf("%w (%s)", ErrNotRegular, m.Type())
}

// unwrapPathError drops the PathError wrapper: OpenError already names the
// path, and a reason without the path is what history shows.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isEscape recognises os.Root's refusal of a path leading out of the root;
// os does not export that error.
func isEscape(err error) bool {
	return strings.Contains(err.Error(), "path escapes from parent")
}
