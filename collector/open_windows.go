//go:build windows

package collector

import (
	"errors"
	"fmt"
	"os"
	"syscall"

	"golang.org/x/sys/windows"
)

// os.Root already opens every component without following reparse points and
// shares read/write/delete, so writers and cleaners are never blocked.
const openFlags = os.O_RDONLY

func isLoop(err error) bool { return errors.Is(err, syscall.ELOOP) }

func linkCount(f *os.File, _ os.FileInfo) (uint64, error) {
	var d windows.ByHandleFileInformation
	if err := windows.GetFileInformationByHandle(windows.Handle(f.Fd()), &d); err != nil {
		return 0, fmt.Errorf("collector: link count: %w", err)
	}
	return uint64(d.NumberOfLinks), nil
}
