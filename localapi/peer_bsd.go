//go:build darwin || freebsd

package localapi

import (
	"net"

	"golang.org/x/sys/unix"
)

// openPathFlag: no O_PATH-style descriptors here.
const openPathFlag = 0

// peerOf returns the caller's credentials (LOCAL_PEERCRED).
func peerOf(conn net.Conn) (Peer, error) {
	var cred *unix.Xucred
	err := withSocket(conn, func(fd int) (err error) {
		cred, err = unix.GetsockoptXucred(fd, unix.SOL_LOCAL, unix.LOCAL_PEERCRED)
		return err
	})
	if err != nil {
		return Peer{}, err
	}
	p := Peer{UID: int(cred.Uid), GID: -1, PID: -1, Root: cred.Uid == 0}
	if cred.Ngroups > 0 {
		p.GID = int(cred.Groups[0])
	}
	return p, nil
}
