// Package installer installs, controls and runs crashd as a native service
// (systemd, launchd, Windows SCM) through github.com/kardianos/service.
package installer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/kardianos/service"
)

// Options select the service and how to act.
type Options struct {
	System     bool      // machine-wide service (default per-user)
	ConfigPath string    // config file the service runs with
	DryRun     bool      // print files and commands, change nothing
	Out        io.Writer // where to print
	In         io.Reader // confirmation prompts
	Exe        string    // crashd binary (default: this executable)
}

// StopTimeout bounds the flush on stop: in-flight work reaches the spool
// within it.
const StopTimeout = 5 * time.Second

type program struct {
	run    func(context.Context) error
	cancel context.CancelFunc
	done   chan error
}

func (p *program) Start(s service.Service) error {
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel = cancel
	p.done = make(chan error, 1)
	go func() {
		err := p.run(ctx)
		if ctx.Err() == nil {
			// The daemon ended without a stop request. Exiting the process
			// (non-zero on error) is what makes the SCM apply the recovery
			// actions; returning would leave a "running" service doing nothing.
			if err != nil {
				fmt.Fprintln(os.Stderr, "crashd:", err)
				os.Exit(1)
			}
			os.Exit(0)
		}
		p.done <- err
	}()
	return nil
}

func (p *program) Stop(s service.Service) error {
	p.cancel()
	return waitStopped(p.done)
}

// waitStopped gives the daemon StopTimeout to flush after cancellation.
func waitStopped(done <-chan error) error {
	timer := time.NewTimer(StopTimeout)
	defer timer.Stop()
	select {
	case err := <-done:
		if errors.Is(err, context.Canceled) {
			return nil
		}
		return err
	case <-timer.C:
		return fmt.Errorf("installer: crashd did not stop within %s", StopTimeout)
	}
}

// Run runs fn under the service manager when it started this process
// (Windows SCM), else in the foreground until SIGINT/SIGTERM (systemd and
// launchd stop services with SIGTERM). After the signal fn has StopTimeout
// to return; a second signal ends the process at once.
func Run(o Options, fn func(context.Context) error) error {
	if isWindows() && !service.Interactive() {
		t, err := resolve(o)
		if err != nil {
			return err
		}
		c, err := serviceConfig(t)
		if err != nil {
			return err
		}
		s, err := service.New(&program{run: fn}, c)
		if err != nil {
			return fmt.Errorf("installer: %w", err)
		}
		return s.Run()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	done := make(chan error, 1)
	go func() { done <- fn(ctx) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		stop() // restore default handling: a second signal kills
		return waitStopped(done)
	}
}
