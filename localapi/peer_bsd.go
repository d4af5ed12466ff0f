//go:build darwin || freebsd

package localapi

import (
	"errors"
	"net"

	"golang.org/x/sys/unix"
)

// openPathFlag: no O_PATH-style descriptors here.
const openPathFlag = 0

// peerOf returns the caller's credentials (LOCAL_PEERCRED).
func peerOf(conn net.Conn) (Peer, error) {
	uc, ok := conn.(*net.UnixConn)
	if !ok {
		return Peer{}, errors.New("not a unix connection")
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		return Peer{}, err
	}
	var cred *unix.Xucred
	var cerr error
	if err := raw.Control(func(fd uintptr) {
		cred, cerr = unix.GetsockoptXucred(int(fd), unix.SOL_LOCAL, unix.LOCAL_PEERCRED)
	}); err != nil {
		return Peer{}, err
	}
	if cerr != nil {
		return Peer{}, cerr
	}
	p := Peer{UID: int(cred.Uid), GID: -1, PID: -1, Root: cred.Uid == 0}
	if cred.Ngroups > 0 {
		p.GID = int(cred.Groups[0])
	}
	return p, nil
}
