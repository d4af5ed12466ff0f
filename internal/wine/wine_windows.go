//go:build windows

package wine

import (
	"sync"

	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"
)

// detected looks for ntdll's wine_get_version, an export only Wine's ntdll
// has, and falls back to HKCU\Software\Wine, which every Wine prefix holds.
var detected = sync.OnceValue(func() bool {
	if windows.NewLazySystemDLL("ntdll.dll").NewProc("wine_get_version").Find() == nil {
		return true
	}
	k, err := registry.OpenKey(registry.CURRENT_USER, `Software\Wine`, registry.QUERY_VALUE)
	if err != nil {
		return false
	}
	k.Close()
	return true
})
