// Package e2e runs the real crashd and crashrecv binaries as processes on
// loopback: no mocks of our own components.
package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

var bins struct {
	once   sync.Once
	dir    string
	crashd string
	recv   string
	err    error
}

// build compiles both binaries once per test binary.
func build(t testing.TB) (crashd, recv string) {
	t.Helper()
	bins.once.Do(func() {
		bins.dir, bins.err = os.MkdirTemp("", "crashd-e2e-bin-")
		if bins.err != nil {
			return
		}
		root := repoRoot()
		for _, name := range []string{"crashd", "crashrecv"} {
			out := filepath.Join(bins.dir, name)
			cmd := exec.Command("go", "build", "-o", out, "./cmd/"+name)
			cmd.Dir = root
			cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
			if b, err := cmd.CombinedOutput(); err != nil {
				bins.err = fmt.Errorf("build %s: %v\n%s", name, err, b)
				return
			}
		}
		bins.crashd = filepath.Join(bins.dir, "crashd")
		bins.recv = filepath.Join(bins.dir, "crashrecv")
	})
	if bins.err != nil {
		t.Fatal(bins.err)
	}
	return bins.crashd, bins.recv
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bins.dir != "" {
		os.RemoveAll(bins.dir)
	}
	os.Exit(code)
}

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// fixture returns a path under ../shared/fixtures, skipping when absent.
func fixture(t testing.TB, rel string) string {
	t.Helper()
	for dir := repoRoot(); ; dir = filepath.Dir(dir) {
		p := filepath.Join(dir, "shared", "fixtures", rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		if filepath.Dir(dir) == dir {
			t.Skipf("fixture %s not found (../shared missing)", rel)
		}
	}
}

// proc is a running binary with its output captured.
type proc struct {
	cmd *exec.Cmd
	out *syncBuf
	t   testing.TB
}

type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Write(p) }
func (s *syncBuf) String() string              { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func start(t testing.TB, bin string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(bin, args...)
	out := &syncBuf{}
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, out: out, t: t}
	t.Cleanup(func() { p.stop() })
	return p
}

// stop sends SIGTERM and waits (kill after 10 s).
func (p *proc) stop() error {
	if p.cmd.ProcessState != nil {
		return nil
	}
	_ = p.cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- p.cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		_ = p.cmd.Process.Kill()
		<-done
		return fmt.Errorf("%s did not stop within 10s", p.cmd.Path)
	}
}

// kill sends SIGKILL.
func (p *proc) kill() {
	_ = p.cmd.Process.Kill()
	_ = p.cmd.Wait()
}

func run(t testing.TB, bin string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	var out bytes.Buffer
	cmd.Stdout = &out
	var errb bytes.Buffer
	cmd.Stderr = &errb
	err := cmd.Run()
	if err != nil {
		return out.String() + errb.String(), err
	}
	return out.String(), nil
}

func mustRun(t testing.TB, bin string, args ...string) string {
	t.Helper()
	out, err := run(t, bin, args...)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, out)
	}
	return out
}

// receiver is a running crashrecv.
type receiver struct {
	*proc
	data  string
	DSN   string
	Token string
}

func startReceiver(t testing.TB, recvBin, data string) *receiver {
	t.Helper()
	p := start(t, recvBin, "serve", "--listen", "127.0.0.1:0", "--data", data)
	r := &receiver{proc: p, data: data}
	waitFor(t, 10*time.Second, "receiver.json", func() bool {
		b, err := os.ReadFile(filepath.Join(data, "receiver.json"))
		if err != nil {
			return false
		}
		var v struct {
			DSN   string `json:"dsn"`
			Token string `json:"support_token"`
		}
		if json.Unmarshal(b, &v) != nil || v.DSN == "" {
			return false
		}
		r.DSN, r.Token = v.DSN, v.Token
		return true
	})
	// The DSN's host must be accepting connections.
	host := r.DSN[strings.Index(r.DSN, "@")+1:]
	host = host[:strings.Index(host, "/")]
	waitFor(t, 10*time.Second, "receiver listening", func() bool {
		c, err := net.DialTimeout("tcp", host, time.Second)
		if err == nil {
			c.Close()
		}
		return err == nil
	})
	return r
}

func waitFor(t testing.TB, d time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// daemonEnv is a crashd config + state dir + watched folders.
type daemonEnv struct {
	dir, cfg, dumps, perfDir, state string
}

func newDaemonEnv(t testing.TB, dsn string, extra string) *daemonEnv {
	t.Helper()
	dir := t.TempDir()
	d := &daemonEnv{dir: dir, cfg: filepath.Join(dir, "crashd.toml"), dumps: filepath.Join(dir, "dumps"), perfDir: filepath.Join(dir, "perf"), state: filepath.Join(dir, "state")}
	for _, p := range []string{d.dumps, d.perfDir} {
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	cfg := fmt.Sprintf(`dsn = %q
state_dir = %q
settle_time = "150ms"
policy_file = %q
[[watch]]
path = %q
kind = "crash"
[[watch]]
path = %q
kind = "perf"
[perf]
interval = "200ms"
before = "1m"
after = "1s"
%s
`, dsn, d.state, filepath.Join(dir, "policy.toml"), d.dumps, d.perfDir, extra)
	if err := os.WriteFile(d.cfg, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return d
}

// drop copies src into dir atomically (temp name, then rename), as
// crash handlers do.
func drop(t testing.TB, src, dir, name string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	tmp := filepath.Join(dir, "."+name+".tmp")
	out, err := os.Create(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
}

// historyEntry is the subset of `crashd history --json` the tests use.
type historyEntry struct {
	Ticket  string `json:"ticket"`
	EventID string `json:"event_id"`
	Kind    string `json:"kind"`
	State   string `json:"state"`
	Reason  string `json:"reason"`
}

func history(t testing.TB, crashd, cfg string) []historyEntry {
	t.Helper()
	out := mustRun(t, crashd, "history", "--json", "--config", cfg)
	var h []historyEntry
	if err := json.Unmarshal([]byte(out), &h); err != nil {
		t.Fatalf("history --json: %v\n%s", err, out)
	}
	return h
}
