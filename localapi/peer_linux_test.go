package localapi

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

func openFDs(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	return len(ents)
}

// 1,000 concurrent clients against MaxConns 16: all are answered, at most
// 16 handlers run at once, and no descriptor or goroutine outlives them.
func TestSocketManyClientsNoLeak(t *testing.T) {
	runtime.GC()
	fds0, gr0 := openFDs(t), runtime.NumGoroutine()
	h := newFakeHandler()
	h.delay = time.Millisecond
	addr, stop := serveTest(t, ServerOptions{MaxConns: 16}, h)
	const n = 1000
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			c, err := Dial(ctx, addr)
			if err != nil {
				errs <- err
				return
			}
			defer c.Close()
			if _, err := c.Status(ctx); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("client: %v", err)
	}
	t.Logf("%d clients in %s, at most %d handlers at once", n, time.Since(start).Round(time.Millisecond), h.maxSeen.Load())
	if m := h.maxSeen.Load(); m > 16 || m < 2 {
		t.Errorf("max concurrent handlers %d, want 2..16", m)
	}
	stop()
	deadline := time.Now().Add(5 * time.Second)
	for {
		fds, gr := openFDs(t), runtime.NumGoroutine()
		if fds <= fds0 && gr <= gr0+1 {
			break
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<16)
			t.Fatalf("leak: fds %d→%d, goroutines %d→%d\n%s", fds0, fds, gr0, gr, buf[:runtime.Stack(buf, true)])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// An O_PATH descriptor (obtainable without read permission) or a
// write-only one is refused; neither leaks.
func TestSocketRefusesUnreadableDescriptors(t *testing.T) {
	h := newFakeHandler()
	addr, _ := serveTest(t, ServerOptions{System: true}, h)
	c := dialTest(t, addr)
	path := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, flags := range []int{unix.O_PATH, unix.O_WRONLY} {
		fd, err := unix.Open(path, flags|unix.O_CLOEXEC, 0)
		if err != nil {
			t.Fatal(err)
		}
		f := os.NewFile(uintptr(fd), path)
		_, err = c.Do(ctx5(t), Request{Op: OpReport, Path: path}, f)
		f.Close()
		if CodeOf(err) != CodeForbidden {
			t.Errorf("flags %#x: %v, want forbidden", flags, err)
		}
	}
	if len(h.opened) != 0 {
		t.Errorf("handler called for unreadable descriptors: %v", h.opened)
	}
}

// The helper process: when CRASHD_LOCALAPI_HELPER is set, the test binary
// (running as another uid) dials that socket, tries status, a report of
// CRASHD_LOCALAPI_FILE, and a path-only report, and prints the outcome.
func TestMain(m *testing.M) {
	if addr := os.Getenv("CRASHD_LOCALAPI_HELPER"); addr != "" {
		os.Exit(helper(addr, os.Getenv("CRASHD_LOCALAPI_FILE")))
	}
	os.Exit(m.Run())
}

type helperResult struct {
	UID        int    `json:"uid"`
	DialErr    string `json:"dial_err,omitempty"`
	StatusCode string `json:"status_code"` // "" when ok
	ReportErr  string `json:"report_err"`
	PathCode   string `json:"path_code"`
}

func helper(addr, file string) int {
	r := helperResult{UID: os.Getuid()}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	call := func(f func(c *Client) error) error {
		c, err := Dial(ctx, addr)
		if err != nil {
			return err
		}
		defer c.Close()
		return f(c)
	}
	code := func(err error) string {
		if err == nil {
			return ""
		}
		return CodeOf(err)
	}
	err := call(func(c *Client) error { _, err := c.Status(ctx); return err })
	var e *Error
	if err != nil && !errors.As(err, &e) {
		r.DialErr = err.Error()
	}
	r.StatusCode = code(err)
	if err := call(func(c *Client) error { _, err := c.Report(ctx, file, Request{}); return err }); err != nil {
		r.ReportErr = err.Error()
	}
	r.PathCode = code(call(func(c *Client) error { _, err := c.Do(ctx, Request{Op: OpReport, Path: file}, nil); return err }))
	json.NewEncoder(os.Stdout).Encode(r)
	return 0
}

// runAsNobody runs the test binary as uid/gid 65534 against addr.
func runAsNobody(t *testing.T, dir, addr, file string) helperResult {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "helper.test")
	in, err := os.Open(self)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	out.Close()
	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = append(os.Environ(), "CRASHD_LOCALAPI_HELPER="+addr, "CRASHD_LOCALAPI_FILE="+file)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	b, err := cmd.Output()
	if err != nil {
		t.Fatalf("helper: %v\n%s", err, b)
	}
	var r helperResult
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("helper output %q: %v", b, err)
	}
	if r.UID != 65534 {
		t.Fatalf("helper ran as uid %d", r.UID)
	}
	return r
}

// Peer credentials, checked with a real second user: a per-user server
// refuses uid 65534 (even if its socket were world-writable); a
// machine-wide one answers it, sees uid 65534, and gets only what that
// user could open itself.
func TestPeerCredentialsOtherUser(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to run a client as another uid")
	}
	// Every directory on the way must be traversable by uid 65534.
	dir := t.TempDir()
	for p := dir; p != filepath.Dir(p) && strings.HasPrefix(p, os.TempDir()) && p != os.TempDir(); p = filepath.Dir(p) {
		if err := os.Chmod(p, 0o711); err != nil {
			t.Fatal(err)
		}
	}
	secret := filepath.Join(dir, "root-only.log")
	if err := os.WriteFile(secret, []byte("root secret"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, system := range []bool{false, true} {
		t.Run(fmt.Sprintf("system=%v", system), func(t *testing.T) {
			h := newFakeHandler()
			stateDir := filepath.Join(dir, fmt.Sprintf("state-%v", system))
			if err := os.Mkdir(stateDir, 0o711); err != nil {
				t.Fatal(err)
			}
			addr := Address(stateDir)
			srv, err := Listen(addr, ServerOptions{System: system})
			if err != nil {
				t.Fatal(err)
			}
			if !system {
				// Only the server's own check stands between them now.
				if err := os.Chmod(addr, 0o666); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- srv.Serve(ctx, h) }()
			defer func() { cancel(); <-done }()

			r := runAsNobody(t, dir, addr, secret)
			if r.DialErr != "" {
				t.Fatalf("dial as 65534: %s", r.DialErr)
			}
			if !strings.Contains(r.ReportErr, "permission denied") {
				t.Errorf("report of a root-only file as 65534: %q, want permission denied in the client", r.ReportErr)
			}
			if !system {
				if r.StatusCode != CodeForbidden || r.PathCode != CodeForbidden {
					t.Errorf("per-user server answered another user: %+v", r)
				}
				if len(h.peers) != 0 {
					t.Errorf("handler saw %v", h.peers)
				}
				return
			}
			if r.StatusCode != "" {
				t.Errorf("system server refused status: %+v", r)
			}
			if p := h.lastPeer(); p.UID != 65534 || p.GID != 65534 || p.Root {
				t.Errorf("peer %+v, want uid/gid 65534", p)
			}
			// The fake handler refuses path-only reports as the daemon does;
			// what matters here is that it never got a descriptor to the secret.
			if r.PathCode != CodeForbidden {
				t.Errorf("path-only report: code %q", r.PathCode)
			}
		})
	}
}
