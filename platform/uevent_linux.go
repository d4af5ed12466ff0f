package platform

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"golang.org/x/sys/unix"
)

// deviceEvents listens to the kernel's uevent broadcast (the netlink
// socket udev reads) and signals hot-plug changes of the subsystems a
// snapshot covers. It needs no privileges; in a network namespace other
// than the host's the kernel sends nothing, and the timer covers it.
func deviceEvents(ctx context.Context, log *slog.Logger) (<-chan struct{}, error) {
	fd, err := unix.Socket(unix.AF_NETLINK, unix.SOCK_DGRAM|unix.SOCK_CLOEXEC|unix.SOCK_NONBLOCK, unix.NETLINK_KOBJECT_UEVENT)
	if err != nil {
		return nil, fmt.Errorf("platform: uevent socket: %w", err)
	}
	if err := unix.Bind(fd, &unix.SockaddrNetlink{Family: unix.AF_NETLINK, Groups: 1}); err != nil {
		unix.Close(fd)
		return nil, fmt.Errorf("platform: uevent bind: %w", err)
	}
	// Non-blocking fd in an *os.File: reads park in the runtime poller and
	// Close wakes them, so the goroutine ends with ctx.
	f := os.NewFile(uintptr(fd), "uevent")
	ch := make(chan struct{}, 1)
	go func() {
		<-ctx.Done()
		f.Close()
	}()
	go func() {
		defer close(ch)
		buf := make([]byte, 16<<10)
		for {
			n, err := f.Read(buf)
			if err != nil {
				if ctx.Err() == nil {
					log.Warn("platform: uevent read", "err", err)
				}
				return
			}
			if action, subsystem, ok := parseUevent(buf[:n]); ok && relevantUevent(action, subsystem) {
				select {
				case ch <- struct{}{}:
				default: // a refresh is already pending
				}
			}
		}
	}()
	return ch, nil
}
