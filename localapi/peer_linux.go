package localapi

import (
	"errors"
	"net"

	"golang.org/x/sys/unix"
)

// openPathFlag marks descriptors opened without read access (O_PATH).
const openPathFlag = unix.O_PATH

// peerOf returns the kernel-verified credentials of the caller
// (SO_PEERCRED: taken at connect time, not spoofable by the caller).
func peerOf(conn net.Conn) (Peer, error) {
	uc, ok := conn.(*net.UnixConn)
	if !ok {
		return Peer{}, errors.New("not a unix connection")
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		return Peer{}, err
	}
	var cred *unix.Ucred
	var cerr error
	if err := raw.Control(func(fd uintptr) {
		cred, cerr = unix.GetsockoptUcred(int(fd), unix.SOL_SOCKET, unix.SO_PEERCRED)
	}); err != nil {
		return Peer{}, err
	}
	if cerr != nil {
		return Peer{}, cerr
	}
	return Peer{UID: int(cred.Uid), GID: int(cred.Gid), PID: int(cred.Pid), Root: cred.Uid == 0}, nil
}
