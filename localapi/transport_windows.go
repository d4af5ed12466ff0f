//go:build windows

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
	"runtime"
	"strings"

	"github.com/Microsoft/go-winio"
	"golang.org/x/sys/windows"
)

// passesDescriptors: named pipes carry no handles here, so the client
// sends the path. A machine-wide daemon opens it while impersonating the
// caller (openAsPeer), so it reads nothing the caller could not; a
// per-user daemon serves only its own user.
const passesDescriptors = false

// Address is the named pipe of the daemon whose state directory is
// stateDir.
func Address(stateDir string) string {
	sum := sha256.Sum256([]byte(strings.ToLower(stateDir)))
	return `\\.\pipe\crashd-` + hex.EncodeToString(sum[:8])
}

func listen(addr string, system bool) (net.Listener, error) {
	// Owner and SYSTEM and Administrators full access; a machine-wide daemon
	// also admits interactive users (IU) to read/write.
	sddl := "D:P(A;;GA;;;OW)(A;;GA;;;SY)(A;;GA;;;BA)"
	if system {
		sddl += "(A;;GRGW;;;IU)"
	}
	return winio.ListenPipe(addr, &winio.PipeConfig{SecurityDescriptor: sddl, InputBufferSize: 65536, OutputBufferSize: 65536})
}

func cleanup(addr string) {}

func dial(ctx context.Context, addr string) (net.Conn, error) {
	return winio.DialPipeContext(ctx, addr)
}

func openReport(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if err := requireRegular(f, path); err != nil {
		return nil, err
	}
	return f, nil
}

// requestReader splits the pipe into request lines.
type requestReader struct{ br *bufio.Reader }

func newRequestReader(_ net.Conn, br *bufio.Reader) (*requestReader, error) {
	return &requestReader{br: br}, nil
}

func (r *requestReader) next() ([]byte, *os.File, error) {
	var line []byte
	for {
		frag, err := r.br.ReadSlice('\n')
		line = append(line, frag...)
		if len(line) > MaxMessage+1 {
			return nil, nil, errTooLong
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			return nil, nil, err
		}
		return line[:len(line)-1], nil, nil
	}
}

func (r *requestReader) close() {}

func checkPassed(*os.File) error { return nil }

func writeRequest(conn net.Conn, line []byte, _ *os.File) error {
	_, err := conn.Write(line)
	return err
}

func pipeHandle(conn net.Conn) (windows.Handle, error) {
	type fder interface{ Fd() uintptr }
	pc, ok := conn.(fder)
	if !ok {
		return 0, errors.New("pipe handle unavailable")
	}
	return windows.Handle(pc.Fd()), nil
}

// asClient runs f on a dedicated OS thread that impersonates the pipe
// client (impersonation is per thread, so the goroutine must not move).
// If reverting fails the thread keeps the caller's identity: it is not
// unlocked, so the runtime discards it when the goroutine ends.
func asClient(conn net.Conn, f func() error) error {
	h, err := pipeHandle(conn)
	if err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		if err := impersonate(h); err != nil {
			runtime.UnlockOSThread()
			done <- err
			return
		}
		ferr := f()
		if err := windows.RevertToSelf(); err != nil {
			done <- fmt.Errorf("revert impersonation: %w", err)
			return
		}
		runtime.UnlockOSThread()
		done <- ferr
	}()
	return <-done
}

// peerOf identifies the pipe client by its impersonation token's user SID.
func peerOf(conn net.Conn) (Peer, error) {
	var p Peer
	err := asClient(conn, func() error {
		var tok windows.Token
		if err := windows.OpenThreadToken(windows.CurrentThread(), windows.TOKEN_QUERY, true, &tok); err != nil {
			return err
		}
		defer tok.Close()
		u, err := tok.GetTokenUser()
		if err != nil {
			return err
		}
		p = Peer{UID: -1, GID: -1, PID: -1, SID: u.User.Sid.String(), Root: tok.IsElevated()}
		return nil
	})
	return p, err
}

// openAsPeer opens path with the pipe client's own rights, so a
// machine-wide daemon never reads a file its caller could not.
func openAsPeer(conn net.Conn, path string) (*os.File, error) {
	var f *os.File
	err := asClient(conn, func() error {
		p, err := windows.UTF16PtrFromString(path)
		if err != nil {
			return err
		}
		h, err := windows.CreateFile(p, windows.GENERIC_READ, windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE, nil, windows.OPEN_EXISTING, windows.FILE_ATTRIBUTE_NORMAL, 0)
		if err != nil {
			return err
		}
		f = os.NewFile(uintptr(h), path)
		return nil
	})
	return f, err
}

var procImpersonateNamedPipeClient = windows.NewLazySystemDLL("advapi32.dll").NewProc("ImpersonateNamedPipeClient")

func impersonate(h windows.Handle) error {
	r, _, err := procImpersonateNamedPipeClient.Call(uintptr(h))
	if r == 0 {
		return err
	}
	return nil
}

func isSelf(p Peer) bool {
	tok := windows.GetCurrentProcessToken()
	u, err := tok.GetTokenUser()
	if err != nil {
		return false
	}
	return u.User.Sid.String() == p.SID
}
