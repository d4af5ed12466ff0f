package spool

import (
	"bytes"
	"crypto/rand"
	"errors"
	"os"
	"os/exec"
	"runtime"
	"testing"
	"time"

	"crashd/report"
)

// A real full file system: a 256 KiB tmpfs, where the test may mount one
// (Linux, root or CAP_SYS_ADMIN); elsewhere TestDiskFull's injected
// ENOSPC covers the same paths.
func TestDiskFullTmpfs(t *testing.T) {
	if runtime.GOOS != "linux" || testing.Short() {
		t.Skip("needs a Linux tmpfs mount")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })

	s := open(t, dir, Limits{})
	payload := make([]byte, 48<<10)
	rand.Read(payload)
	var stored []Record
	var fullErr error
	for range 20 {
		r, err := s.Add(meta(report.KindCrash), bytes.NewReader(payload))
		if err != nil {
			fullErr = err
			break
		}
		stored = append(stored, r)
	}
	if !errors.Is(fullErr, ErrDiskFull) || len(stored) == 0 {
		t.Fatalf("after %d reports: %v", len(stored), fullErr)
	}
	t.Logf("%d reports fit, then: %v", len(stored), fullErr)
	if st := s.Stats(); st.LastError == "" {
		t.Fatal("status does not show the full disk")
	}
	if ents, _ := os.ReadDir(s.path(tmpDir)); len(ents) != 0 {
		t.Fatalf("%d temp files left", len(ents))
	}
	// Nothing already stored was damaged, also after a restart.
	s2 := open(t, dir, Limits{})
	for _, r := range stored {
		g, _ := s2.Get(r.EventID)
		if g.State != StatePending || verifyFile(s2.dataPath(r.EventID), g.Size, g.SHA256) != nil {
			t.Fatalf("damaged: %+v", g)
		}
	}
	// Space returns (two reports sent, payloads removed): writing works.
	for _, r := range stored[:2] {
		if err := s2.MarkSent(r.EventID, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s2.Add(meta(report.KindCrash), bytes.NewReader(payload)); err != nil {
		t.Fatalf("after space returned: %v", err)
	}
	if st := s2.Stats(); st.LastError != "" {
		t.Fatalf("error not cleared: %q", st.LastError)
	}
}
