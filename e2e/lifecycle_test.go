package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A second daemon on the same state dir refuses to start with a clear
// message; SIGTERM stops the first one within 5 s with exit status 0, and a
// report captured just before is in the spool afterwards.
func TestLifecycleLockAndGracefulStop(t *testing.T) {
	crashd, _ := build(t)
	env := newDaemonEnv(t, "http://k@127.0.0.1:9/1", "")
	d := start(t, crashd, "run", "--config", env.cfg)
	waitFor(t, 10*time.Second, "daemon up", func() bool {
		_, err := os.Stat(filepath.Join(env.state, "crashd.sock"))
		return err == nil
	})
	out, err := run(t, crashd, "run", "--config", env.cfg)
	if exitCode(err) != 1 || !strings.Contains(out, "already running") || strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Fatalf("second instance: exit %d, output %q", exitCode(err), out)
	}
	// Consent is off: the report is held; the after-window (1 s) is cut
	// short by the stop, and the report still reaches the spool.
	drop(t, filepath.Join(repoRoot(), "demo", "sample-crash.dmp"), env.dumps, "x.dmp")
	time.Sleep(600 * time.Millisecond) // settle + parse, inside the after-window
	t0 := time.Now()
	if err := d.stop(); err != nil {
		t.Fatalf("stop: %v\n%s", err, d.out.String())
	}
	if took := time.Since(t0); took > 5*time.Second {
		t.Errorf("stop took %v", took)
	}
	if d.cmd.ProcessState.ExitCode() != 0 {
		t.Errorf("exit status %d after SIGTERM", d.cmd.ProcessState.ExitCode())
	}
	h := history(t, crashd, env.cfg)
	if len(h) != 1 || h[0].State != "held" {
		t.Fatalf("history after stop: %+v\n%s", h, d.out.String())
	}
}
