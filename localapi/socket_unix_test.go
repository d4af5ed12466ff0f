//go:build unix

package localapi

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// serveTest runs a Server on a socket in a temp dir until the test ends
// (or stop is called), and checks that Serve returns promptly.
func serveTest(t *testing.T, o ServerOptions, h Handler) (addr string, stop func()) {
	t.Helper()
	addr = Address(t.TempDir())
	srv, err := Listen(addr, o)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, h) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("Serve: %v", err)
				}
			case <-time.After(5 * time.Second):
				t.Errorf("Serve did not return within 5 s of cancel")
			}
		})
	}
	t.Cleanup(stop)
	return addr, stop
}

func dialTest(t *testing.T, addr string) *Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := Dial(ctx, addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func rawConn(t *testing.T, addr string) *net.UnixConn {
	t.Helper()
	c, err := net.Dial("unix", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c.(*net.UnixConn)
}

func readResponse(t *testing.T, br *bufio.Reader) Response {
	t.Helper()
	line, err := br.ReadBytes('\n')
	if err != nil {
		t.Fatalf("read response: %v (got %q)", err, line)
	}
	var r Response
	if err := json.Unmarshal(line, &r); err != nil {
		t.Fatalf("response %q: %v", line, err)
	}
	return r
}

func ctx5(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestSocketRoundTrip(t *testing.T) {
	h := newFakeHandler()
	h.history = 3
	addr, _ := serveTest(t, ServerOptions{}, h)
	if fi, err := os.Stat(addr); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("per-user socket mode: %v %v", fi.Mode(), err)
	}
	c := dialTest(t, addr)
	ctx := ctx5(t)

	file := filepath.Join(t.TempDir(), "crash.dmp")
	if err := os.WriteFile(file, []byte("MDMP dump bytes"), 0o600); err != nil {
		t.Fatal(err)
	}
	ts, err := c.Report(ctx, file, Request{App: "Mixer"})
	if err != nil || ts.Ticket != h.tk || ts.Reason != "MDMP dump bytes" {
		t.Fatalf("Report: %+v %v", ts, err)
	}
	if ts, err = c.Ticket(ctx, strings.ToLower(h.tk)); err != nil || ts.Ticket != h.tk || ts.State != "held" {
		t.Fatalf("Ticket: %+v %v", ts, err)
	}
	if ts, err = c.Approve(ctx, Request{Ticket: h.tk}); err != nil || ts.State != "pending" {
		t.Fatalf("Approve: %+v %v", ts, err)
	}
	if cs, err := c.SetConsent(ctx, "crash"); err != nil || cs.Effective != "crash" {
		t.Fatalf("SetConsent: %+v %v", cs, err)
	}
	if cs, err := c.Consent(ctx); err != nil || cs.User != "crash" {
		t.Fatalf("Consent: %+v %v", cs, err)
	}
	if hs, err := c.History(ctx); err != nil || len(hs) != 3 || hs[2].EventID != "00000000000000000000000000000002" {
		t.Fatalf("History: %+v %v", hs, err)
	}
	if st, err := c.Status(ctx); err != nil || !st.Running || st.PID != os.Getpid() || st.Counts["sent"] != 1 {
		t.Fatalf("Status: %+v %v", st, err)
	}
	if p := h.lastPeer(); p.UID != os.Getuid() || p.PID != os.Getpid() {
		t.Errorf("peer %+v, want this process", p)
	}

	// A history above the client's 64 KiB read buffer still arrives.
	h.history = 2000
	if hs, err := c.History(ctx); err != nil || len(hs) != 2000 {
		t.Fatalf("large History: %d rows, %v", len(hs), err)
	}
	// An empty history is [], not null.
	h.history = 0
	raw := rawConn(t, addr)
	br := bufio.NewReader(raw)
	raw.Write([]byte(`{"op":"history"}` + "\n"))
	if line, _ := br.ReadString('\n'); line != `{"ok":true,"history":[]}`+"\n" {
		t.Errorf("empty history line %q", line)
	}
}

func TestSocketTypedErrors(t *testing.T) {
	h := newFakeHandler()
	addr, _ := serveTest(t, ServerOptions{}, h)
	ctx := ctx5(t)
	for _, tc := range []struct {
		name string
		call func(c *Client) error
		code string
	}{
		{"invalid ticket", func(c *Client) error { _, err := c.Ticket(ctx, "K7QF-2M9X-4TB"); return err }, CodeInvalidTicket},
		{"not found", func(c *Client) error { _, err := c.Ticket(ctx, ticketOther(h.tk)); return err }, CodeNotFound},
		{"bad level", func(c *Client) error { _, err := c.SetConsent(ctx, "always"); return err }, CodeBadRequest},
		{"untyped handler error", func(c *Client) error { _, err := c.Approve(ctx, Request{Ticket: "plain-error"}); return err }, CodeInternal},
		{"handler panic", func(c *Client) error { _, err := c.SetConsent(ctx, "panic"); return err }, CodeInternal},
		{"report without file", func(c *Client) error { _, err := c.Do(ctx, Request{Op: OpReport}, nil); return err }, CodeBadRequest},
		{"unknown op", func(c *Client) error { _, err := c.Do(ctx, Request{Op: "format-disk"}, nil); return err }, CodeBadRequest},
	} {
		c := dialTest(t, addr)
		err := tc.call(c)
		var e *Error
		if !errors.As(err, &e) || e.Code != tc.code || CodeOf(err) != tc.code {
			t.Errorf("%s: %v (%T), want code %s", tc.name, err, err, tc.code)
			continue
		}
		if strings.HasPrefix(e.Msg, "localapi:") {
			t.Errorf("%s: message %q carries the Go prefix onto the wire", tc.name, e.Msg)
		}
		// The connection survives a failed request.
		if _, err := c.Status(ctx); err != nil {
			t.Errorf("%s: Status after error: %v", tc.name, err)
		}
	}
	// A missing file fails in the client, before anything is sent.
	c := dialTest(t, addr)
	if _, err := c.Report(ctx, filepath.Join(t.TempDir(), "nope.dmp"), Request{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Report of a missing file: %v", err)
	}
	if _, err := c.Report(ctx, t.TempDir(), Request{}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("Report of a directory: %v", err)
	}
	// A FIFO is refused without blocking on open.
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := unix.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Report(ctx, fifo, Request{}); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("Report of a FIFO: %v", err)
	}
	// Dial to nothing.
	if _, err := Dial(ctx, filepath.Join(t.TempDir(), "crashd.sock")); !errors.Is(err, ErrNotRunning) {
		t.Errorf("Dial to no socket: %v", err)
	}
}

// ticketOther is a valid ticket different from tk.
func ticketOther(tk string) string {
	for {
		if o := newTicket(); o != tk {
			return o
		}
	}
}

// The handler reads the file through the passed descriptor even when
// the server could not open it by path (here: it no longer has one).
func TestSocketDescriptorPassing(t *testing.T) {
	h := newFakeHandler()
	addr, _ := serveTest(t, ServerOptions{System: true}, h)
	c := dialTest(t, addr)
	ctx := ctx5(t)
	path := filepath.Join(t.TempDir(), "secret.log")
	if err := os.WriteFile(path, []byte("only via the descriptor"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	resp, err := c.Do(ctx, Request{Op: OpReport, Path: path}, f)
	if err != nil || resp.Ticket.Reason != "only via the descriptor" {
		t.Fatalf("report by descriptor: %+v %v", resp, err)
	}
	if got := h.opened[len(h.opened)-1]; !strings.HasPrefix(got, "not opened") {
		t.Fatalf("the server could open the path (%s): test proves nothing", got)
	}

	// Path only: the handler gets no file.
	if _, err := c.Do(ctx, Request{Op: OpReport, Path: "/etc/hostname"}, nil); CodeOf(err) != CodeForbidden {
		t.Errorf("path-only report: %v", err)
	}

	// Several descriptors with one request: the first counts, the rest are closed.
	g1, g2 := openTemp(t, "first"), openTemp(t, "second")
	raw := rawConn(t, addr)
	if _, _, err := raw.WriteMsgUnix([]byte(`{"op":"report","path":"/x"}`+"\n"), unix.UnixRights(int(g1.Fd()), int(g2.Fd())), nil); err != nil {
		t.Fatal(err)
	}
	br := bufio.NewReader(raw)
	if r := readResponse(t, br); !r.OK || r.Ticket.Reason != "first" {
		t.Errorf("two descriptors: %+v", r)
	}
	// More than fit in the server's control buffer: refused, none leaks.
	fds := make([]int, 40)
	for i := range fds {
		fds[i] = int(g1.Fd())
	}
	if _, _, err := raw.WriteMsgUnix([]byte(`{"op":"report","path":"/x"}`+"\n"), unix.UnixRights(fds...), nil); err != nil {
		t.Fatal(err)
	}
	if r := readResponse(t, br); r.OK || r.Code != CodeBadRequest {
		t.Errorf("40 descriptors: %+v", r)
	}

	// Pipelined requests in one write are answered in order; a descriptor
	// sent with the second request belongs to the second.
	raw = rawConn(t, addr)
	br = bufio.NewReader(raw)
	if _, err := raw.Write([]byte("{\"op\":\"consent.get\"}\n\n  \r\n{\"op\":\"status\"}\n")); err != nil {
		t.Fatal(err)
	}
	if r := readResponse(t, br); !r.OK || r.Consent == nil {
		t.Errorf("pipelined 1: %+v", r)
	}
	if r := readResponse(t, br); !r.OK || r.Status == nil {
		t.Errorf("pipelined 2: %+v", r)
	}
	if _, err := raw.Write([]byte(`{"op":"consent.get"}` + "\n" + `{"op":"report",`)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := raw.WriteMsgUnix([]byte(`"path":"/y"}`+"\n"), unix.UnixRights(int(g2.Fd())), nil); err != nil {
		t.Fatal(err)
	}
	if r := readResponse(t, br); !r.OK || r.Consent == nil {
		t.Errorf("pipelined consent: %+v", r)
	}
	if r := readResponse(t, br); !r.OK || r.Ticket == nil || r.Ticket.Reason != "second" {
		t.Errorf("descriptor with a split request: %+v", r)
	}
}

func openTemp(t *testing.T, content string) *os.File {
	t.Helper()
	p := filepath.Join(t.TempDir(), "f")
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// A request over MaxMessage is answered bad_request and the connection
// closed long before the client has written everything.
func TestSocketOversizedRequest(t *testing.T) {
	addr, _ := serveTest(t, ServerOptions{}, newFakeHandler())
	raw := rawConn(t, addr)
	const total = 64 << 20
	wrote := make(chan int64, 1)
	go func() {
		chunk := bytes.Repeat([]byte("x"), 64<<10)
		copy(chunk, `{"op":"status","path":"`)
		var n int64
		for n < total {
			k, err := raw.Write(chunk)
			n += int64(k)
			if err != nil {
				break
			}
		}
		wrote <- n
	}()
	raw.SetReadDeadline(time.Now().Add(10 * time.Second))
	r := readResponse(t, bufio.NewReader(raw))
	if r.OK || r.Code != CodeBadRequest || !strings.Contains(r.Error, "longer than") {
		t.Fatalf("oversized: %+v", r)
	}
	if n := <-wrote; n >= total {
		t.Fatalf("server accepted all %d bytes of an oversized request", n)
	} else {
		t.Logf("server stopped reading after the client wrote %d KiB", n>>10)
	}
	// The Go client refuses to send one.
	c := dialTest(t, addr)
	if _, err := c.Do(ctx5(t), Request{Op: OpStatus, Comment: strings.Repeat("x", MaxMessage)}, nil); CodeOf(err) != CodeBadRequest {
		t.Errorf("client-side limit: %v", err)
	}
}

func TestSocketGarbage(t *testing.T) {
	addr, _ := serveTest(t, ServerOptions{}, newFakeHandler())
	raw := rawConn(t, addr)
	br := bufio.NewReader(raw)
	for _, line := range []string{"not json", "{", `{"op":"nope"}`, `{"op":"status","timeout_ms":-5}`, "\x00\xff\xfe", `[{"op":"status"}]`} {
		raw.Write([]byte(line + "\n"))
		if r := readResponse(t, br); r.OK || r.Code != CodeBadRequest {
			t.Errorf("%q: %+v", line, r)
		}
	}
	raw.Write([]byte(`{"op":"status"}` + "\n"))
	if r := readResponse(t, br); !r.OK {
		t.Errorf("status after garbage: %+v", r)
	}
}

// An idle client and a slow one (a byte at a time, never finishing) are
// dropped after IdleTimeout; the single slot then serves a real client.
func TestSocketIdleAndSlowClients(t *testing.T) {
	h := newFakeHandler()
	addr, _ := serveTest(t, ServerOptions{MaxConns: 1, IdleTimeout: 300 * time.Millisecond}, h)
	idle := rawConn(t, addr)
	start := time.Now()
	idle.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := idle.Read(make([]byte, 1)); err == nil {
		t.Fatal("idle client got data")
	} else if errors.Is(err, os.ErrDeadlineExceeded) {
		t.Fatal("idle client was not dropped within 5 s")
	}
	if d := time.Since(start); d < 250*time.Millisecond {
		t.Fatalf("idle client dropped after %s, before the timeout", d)
	}

	slow := rawConn(t, addr)
	stopSlow := make(chan struct{})
	defer close(stopSlow)
	go func() {
		slow.Write([]byte(`{"op":`))
		for {
			select {
			case <-stopSlow:
				return
			case <-time.After(50 * time.Millisecond):
				if _, err := slow.Write([]byte(" ")); err != nil {
					return
				}
			}
		}
	}()
	start = time.Now()
	c := dialTest(t, addr) // queued behind the slow client
	if _, err := c.Status(ctx5(t)); err != nil {
		t.Fatalf("status behind a slow client: %v", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("slow client held the only slot for %s", d)
	}
}

func TestSocketContextCancel(t *testing.T) {
	addr, stop := serveTest(t, ServerOptions{}, newFakeHandler())
	c := dialTest(t, addr)
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Approve(ctx, Request{Ticket: "block"})
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 2*time.Second {
		t.Fatalf("deadline: %v after %s", err, time.Since(start))
	}
	if _, err := c.Status(ctx5(t)); err == nil {
		t.Fatal("a client whose call timed out was reused: a late answer could be read as this one's")
	}

	c = dialTest(t, addr)
	ctx, cancel = context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	if _, err := c.Approve(ctx, Request{Ticket: "block"}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancel: %v", err)
	}
	if _, err := c.Status(ctx); !errors.Is(err, context.Canceled) {
		t.Fatalf("call with a cancelled context: %v", err)
	}

	// Shutdown with a blocked handler and an idle client returns promptly
	// (serveTest checks 5 s) and closes both connections.
	c = dialTest(t, addr)
	idle := rawConn(t, addr)
	errc := make(chan error, 1)
	go func() { _, err := c.Approve(context.Background(), Request{Ticket: "block"}); errc <- err }()
	time.Sleep(100 * time.Millisecond)
	stop()
	if err := <-errc; err == nil {
		t.Error("blocked call survived shutdown")
	}
	idle.SetReadDeadline(time.Now().Add(2 * time.Second))
	if _, err := idle.Read(make([]byte, 1)); errors.Is(err, os.ErrDeadlineExceeded) {
		t.Error("idle connection still open after shutdown")
	}
	if _, err := os.Lstat(addr); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("socket left after shutdown: %v", err)
	}
}

func TestAddressLongStateDir(t *testing.T) {
	short := t.TempDir()
	if got := Address(short); got != filepath.Join(short, "crashd.sock") {
		t.Errorf("Address(%s) = %s", short, got)
	}
	long := filepath.Join(t.TempDir(), strings.Repeat("d", 120), strings.Repeat("e", 120))
	a := Address(long)
	if len(a) >= 104 || a != Address(long+"/") {
		t.Fatalf("Address(long) = %s (%d bytes)", a, len(a))
	}
	if Address(long+"x") == a {
		t.Fatal("different state dirs share a socket")
	}
	h := newFakeHandler()
	srv, err := Listen(a, ServerOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, h) }()
	defer func() { cancel(); <-done }()
	c := dialTest(t, a)
	if _, err := c.Status(ctx5(t)); err != nil {
		t.Fatal(err)
	}
	// A second daemon for the same state dir is refused; a stale socket
	// of a dead one is replaced.
	if _, err := Listen(a, ServerOptions{}); err == nil {
		t.Error("second Listen on a live socket succeeded")
	}
}

func TestListenReplacesStaleSocket(t *testing.T) {
	addr := Address(t.TempDir())
	ln, err := net.Listen("unix", addr)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	ln.Close() // leaves the file, as a killed daemon does
	srv, err := Listen(addr, ServerOptions{})
	if err != nil {
		t.Fatalf("Listen over a stale socket: %v", err)
	}
	srv.ln.Close()
	if err := os.WriteFile(addr, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Listen(addr, ServerOptions{}); err == nil {
		t.Error("Listen replaced a regular file")
	}
}
