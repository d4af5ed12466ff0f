//go:build windows

package consent

import (
	"errors"
	"path/filepath"
	"testing"

	"golang.org/x/sys/windows"
	"golang.org/x/sys/windows/registry"
)

// The machine policy in HKLM\SOFTWARE\Policies\crashd caps or forces the
// level and pins the endpoint, read back through the store as the daemon
// reads it. Writing HKLM needs an administrator (Wine runs as one).
func TestRegistryPolicy(t *testing.T) {
	k, _, err := registry.CreateKey(registry.LOCAL_MACHINE, RegistryKey, registry.ALL_ACCESS)
	if errors.Is(err, registry.ErrNotExist) || errors.Is(err, windows.ERROR_ACCESS_DENIED) {
		t.Skipf("cannot write HKLM (not an administrator): %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		k.Close()
		_ = registry.DeleteKey(registry.LOCAL_MACHINE, RegistryKey)
	})
	dir := t.TempDir()
	s, err := Open(filepath.Join(dir, "state"), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Set(CrashPerf); err != nil {
		t.Fatal(err)
	}

	// A cap as Group Policy writes it (REG_DWORD 2 = crash) and a pinned endpoint.
	if err := k.SetDWordValue("MaxLevel", 2); err != nil {
		t.Fatal(err)
	}
	if err := k.SetStringValue("Endpoint", "https://crash.example.com"); err != nil {
		t.Fatal(err)
	}
	st := s.Effective()
	if st.User != CrashPerf || st.Effective != Crash || st.Endpoint != "https://crash.example.com" || !st.Policy.HasMax {
		t.Fatalf("capped: %+v", st)
	}

	// Forced off by name (REG_SZ) wins over the user and the cap.
	if err := k.SetStringValue("ForceLevel", "off"); err != nil {
		t.Fatal(err)
	}
	if st := s.Effective(); st.Effective != Off {
		t.Fatalf("forced off: %+v", st)
	}
	if err := s.Set(Crash); err == nil {
		t.Fatal("Set succeeded against a forced policy")
	}

	// A value nobody can understand fails closed.
	if err := k.SetStringValue("ForceLevel", "sometimes"); err != nil {
		t.Fatal(err)
	}
	if st := s.Effective(); st.Effective != Off || st.Policy.Err == "" {
		t.Fatalf("unreadable policy must fail closed: %+v", st)
	}
}
