package localapi

import (
	"net"

	"golang.org/x/sys/unix"
)

// openPathFlag marks descriptors opened without read access (O_PATH).
const openPathFlag = unix.O_PATH

// peerOf returns the kernel-verified credentials of the caller
// (SO_PEERCRED: taken at connect time, not spoofable by the caller).
func peerOf(conn net.Conn) (Peer, error) {
	var cred *unix.Ucred
	err := withSocket(conn, func(fd int) (err error) {
		cred, err = unix.GetsockoptUcred(fd, unix.SOL_SOCKET, unix.SO_PEERCRED)
		return err
	})
	if err != nil {
		return Peer{}, err
	}
	return Peer{UID: int(cred.Uid), GID: int(cred.Gid), PID: int(cred.Pid), Root: cred.Uid == 0}, nil
}
