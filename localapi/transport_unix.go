//go:build unix

package localapi

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// passesDescriptors: Unix sockets carry the open file (SCM_RIGHTS).
const passesDescriptors = true

// Address is the socket of the daemon whose state directory is stateDir.
// Socket paths are limited to 104 bytes (macOS; 108 on Linux), so a long
// state dir maps to a fixed-length name in the temp dir instead; clients
// check who listens there (see verifyServer), so squatting that shared
// directory gains nothing.
func Address(stateDir string) string {
	p := filepath.Join(stateDir, "crashd.sock")
	if len(p) < 100 {
		return p
	}
	sum := sha256.Sum256([]byte(filepath.Clean(stateDir)))
	return filepath.Join(os.TempDir(), "crashd-"+hex.EncodeToString(sum[:8])+".sock")
}

func listen(addr string, system bool) (net.Listener, error) {
	if err := os.MkdirAll(filepath.Dir(addr), 0o700); err != nil {
		return nil, err
	}
	// A socket left by a killed daemon: remove it unless someone answers.
	if fi, err := os.Lstat(addr); err == nil {
		if fi.Mode()&os.ModeSocket == 0 {
			return nil, fmt.Errorf("%s exists and is not a socket", addr)
		}
		if c, err := net.DialTimeout("unix", addr, 200*time.Millisecond); err == nil {
			c.Close()
			return nil, errors.New("another daemon is listening there")
		}
		_ = os.Remove(addr)
	}
	ln, err := net.Listen("unix", addr)
	if err != nil {
		return nil, err
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(true)
	mode := os.FileMode(0o600)
	if system {
		mode = 0o666 // every local user may call; peer credentials decide what
	}
	if err := os.Chmod(addr, mode); err != nil {
		ln.Close()
		return nil, err
	}
	return ln, nil
}

func cleanup(addr string) {}

// dial connects; a full listen backlog (EAGAIN on a non-blocking connect
// to a Unix socket) is retried until ctx ends, as a blocking connect would.
func dial(ctx context.Context, addr string) (net.Conn, error) {
	var d net.Dialer
	for delay := 5 * time.Millisecond; ; delay = min(2*delay, 200*time.Millisecond) {
		c, err := d.DialContext(ctx, "unix", addr)
		if err == nil {
			if verr := verifyServer(c, addr); verr != nil {
				c.Close()
				return nil, verr
			}
			return c, nil
		}
		if !errors.Is(err, syscall.EAGAIN) {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, err
		case <-time.After(delay):
		}
	}
}

// errWrongServer: the socket is served by a process of another user.
var errWrongServer = errors.New("the socket is served by another user's process; refusing to send it anything")

// verifyServer checks that the listening process runs as this user, as
// root, or as the owner of the socket's directory when only that owner
// can create entries there (a machine-wide daemon under its own account).
// Without it, another local user who got to a shared path first could
// receive our crash dumps.
func verifyServer(c net.Conn, addr string) error {
	p, err := peerOf(c)
	if err != nil {
		return fmt.Errorf("server credentials: %w", err)
	}
	if p.UID == os.Getuid() || p.UID == 0 {
		return nil
	}
	var st unix.Stat_t
	if err := unix.Stat(filepath.Dir(addr), &st); err == nil && int(st.Uid) == p.UID && st.Mode&0o022 == 0 {
		return nil
	}
	return fmt.Errorf("%w (uid %d)", errWrongServer, p.UID)
}

// openReport opens a file to pass to the daemon without blocking on a
// FIFO or acquiring a controlling terminal.
func openReport(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
	if err != nil {
		return nil, err
	}
	if err := requireRegular(f, path); err != nil {
		return nil, err
	}
	// The open file description is shared with the daemon: leave it blocking.
	if err := syscall.SetNonblock(int(f.Fd()), false); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// line is one request line and the descriptor that came with it.
type line struct {
	b []byte
	f *os.File
}

// requestReader splits a connection into request lines, attributing each
// passed descriptor to its request. On Linux, recvmsg never reads past a
// message carrying descriptors, so the descriptor belongs to the request
// that contains the last byte read with it.
type requestReader struct {
	uc      *net.UnixConn
	buf     []byte
	oob     []byte
	partial []byte
	pf      *os.File // descriptor of the partial request
	ready   []line   // complete lines not yet returned
}

func newRequestReader(conn net.Conn, _ *bufio.Reader) (*requestReader, error) {
	uc, ok := conn.(*net.UnixConn)
	if !ok {
		return nil, errors.New("not a unix connection")
	}
	return &requestReader{uc: uc, buf: make([]byte, 4096), oob: make([]byte, unix.CmsgSpace(16*4))}, nil
}

// next returns the next request line (without its newline) and any
// descriptor passed with it; the caller closes the file.
func (r *requestReader) next() ([]byte, *os.File, error) {
	for len(r.ready) == 0 {
		n, oobn, flags, _, err := r.uc.ReadMsgUnix(r.buf, r.oob)
		n, oobn = max(n, 0), max(oobn, 0) // -1 on some errors
		var f *os.File
		if oobn > 0 {
			f = takeFiles(r.oob[:oobn])
		}
		if flags&unix.MSG_CTRUNC != 0 {
			// More descriptors than one request may carry.
			closeFile(f)
			return nil, nil, errTooManyFiles
		}
		chunk := r.buf[:n]
		start := 0
		for i, c := range chunk {
			if c != '\n' {
				continue
			}
			r.partial = append(r.partial, chunk[start:i]...)
			if len(r.partial) > MaxMessage {
				closeFile(f)
				return nil, nil, errTooLong
			}
			r.ready = append(r.ready, line{b: r.partial, f: r.pf})
			r.partial, r.pf, start = nil, nil, i+1
		}
		r.partial = append(r.partial, chunk[start:]...)
		if f != nil {
			if start == n && n > 0 {
				attach(&r.ready[len(r.ready)-1].f, f)
			} else {
				attach(&r.pf, f)
			}
		}
		if len(r.ready) > 0 {
			break
		}
		if len(r.partial) > MaxMessage {
			return nil, nil, errTooLong
		}
		if err != nil {
			return nil, nil, err
		}
		if n == 0 {
			return nil, nil, errors.New("connection closed")
		}
	}
	l := r.ready[0]
	r.ready = r.ready[1:]
	return l.b, l.f, nil
}

// attach sets *dst to f, or closes f when the request already has one.
func attach(dst **os.File, f *os.File) {
	if *dst != nil {
		f.Close()
		return
	}
	*dst = f
}

// close releases descriptors of requests that were never answered.
func (r *requestReader) close() {
	closeFile(r.pf)
	for _, l := range r.ready {
		closeFile(l.f)
	}
	r.pf, r.ready = nil, nil
}

// takeFiles keeps the first passed descriptor and closes any others.
func takeFiles(oob []byte) *os.File {
	msgs, err := unix.ParseSocketControlMessage(oob)
	if err != nil {
		return nil
	}
	var f *os.File
	for _, m := range msgs {
		fds, err := unix.ParseUnixRights(&m)
		if err != nil {
			continue
		}
		for _, fd := range fds {
			if f == nil {
				unix.CloseOnExec(fd)
				f = os.NewFile(uintptr(fd), "passed-file")
			} else {
				unix.Close(fd)
			}
		}
	}
	return f
}

// checkPassed refuses descriptors the caller could have obtained without
// read permission (Linux O_PATH) or that are not open for reading.
func checkPassed(f *os.File) error {
	raw, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var fl int
	var ferr error
	if err := raw.Control(func(fd uintptr) { fl, ferr = unix.FcntlInt(fd, unix.F_GETFL, 0) }); err != nil {
		return err
	}
	if ferr != nil {
		return ferr
	}
	if fl&openPathFlag != 0 || fl&unix.O_ACCMODE == unix.O_WRONLY {
		return errors.New("the passed descriptor is not open for reading")
	}
	return nil
}

func writeRequest(conn net.Conn, line []byte, f *os.File) error {
	uc, ok := conn.(*net.UnixConn)
	if !ok || f == nil {
		_, err := conn.Write(line)
		return err
	}
	// The descriptor travels with the first bytes of its request line.
	oob := unix.UnixRights(int(f.Fd()))
	n, _, err := uc.WriteMsgUnix(line, oob, nil)
	if err != nil {
		return err
	}
	if n < len(line) {
		_, err = conn.Write(line[n:])
	}
	return err
}

func isSelf(p Peer) bool { return p.UID == os.Getuid() }

// openAsPeer is the named-pipe path (see transport_windows.go); Unix
// clients pass descriptors instead.
func openAsPeer(net.Conn, string) (*os.File, error) {
	return nil, errors.New("pass the file by descriptor")
}

// withSocket runs fn on the descriptor of a Unix connection.
func withSocket(conn net.Conn, fn func(fd int) error) error {
	uc, ok := conn.(*net.UnixConn)
	if !ok {
		return errors.New("not a unix connection")
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if err := raw.Control(func(fd uintptr) { ferr = fn(int(fd)) }); err != nil {
		return err
	}
	return ferr
}
