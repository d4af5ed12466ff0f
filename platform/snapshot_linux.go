package platform

import (
	"context"
	"log/slog"

	"golang.org/x/sys/unix"

	"crashd/report"
)

func collect(ctx context.Context, log *slog.Logger) (*report.System, error) {
	return liveLinux(log).snapshot(ctx)
}

// liveLinux is the linuxSource of the running system.
func liveLinux(log *slog.Logger) *linuxSource {
	l := newLinuxSource("/", log)
	l.uname = func() (unameInfo, error) {
		var u unix.Utsname
		if err := unix.Uname(&u); err != nil {
			return unameInfo{}, err
		}
		// Nodename (the host name) is deliberately not read.
		return unameInfo{Release: unix.ByteSliceToString(u.Release[:]), Machine: unix.ByteSliceToString(u.Machine[:])}, nil
	}
	l.statfs = func(path string) (uint64, uint64, error) {
		var st unix.Statfs_t
		if err := unix.Statfs(path, &st); err != nil {
			return 0, 0, err
		}
		return st.Blocks * uint64(st.Bsize), st.Bavail * uint64(st.Bsize), nil
	}
	return l
}

func osIdentity(id *identity) {
	liveLinux(slog.New(slog.DiscardHandler)).identitySecrets(id)
}
