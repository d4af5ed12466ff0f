package installer

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/kardianos/service"
)

// Status is the service state: "running", "stopped", "failed" or
// "not installed".
func Status(o Options) (string, error) {
	t, err := resolve(o)
	if err != nil {
		return "", err
	}
	if path := t.unitPath(); path != "" && !fileExists(path) {
		return "not installed", nil
	}
	if err := t.initAvailable(); err != nil {
		return "", err
	}
	s, err := newService(t)
	if err != nil {
		return "", err
	}
	st, err := s.Status()
	switch {
	case errors.Is(err, service.ErrNotInstalled):
		return "not installed", nil
	case err != nil && strings.Contains(err.Error(), "failed state"):
		return "failed", nil
	case err != nil:
		return "", fmt.Errorf("installer: %w", err)
	case st == service.StatusRunning:
		return "running", nil
	case st == service.StatusStopped:
		return "stopped", nil
	}
	return "unknown", nil
}

// Control starts, stops or restarts the installed service.
func Control(o Options, action string) error {
	t, err := resolve(o)
	if err != nil {
		return err
	}
	var fn func(service.Service) error
	switch action {
	case "start":
		fn = service.Service.Start
	case "stop":
		fn = service.Service.Stop
	case "restart":
		fn = service.Service.Restart
	default:
		return fmt.Errorf("installer: unknown action %q (start, stop or restart)", action)
	}
	if err := t.initAvailable(); err != nil {
		return err
	}
	s, err := newService(t)
	if err != nil {
		return err
	}
	if !t.installed(s) {
		return fmt.Errorf("installer: the %s crashd service is not installed (run `crashd install`)", t.scope())
	}
	if err := fn(s); err != nil {
		return fmt.Errorf("installer: %s: %w", action, err)
	}
	return nil
}

// installed reports whether the service is registered: its unit file
// exists, or (Windows) the SCM knows it.
func (t *target) installed(s service.Service) bool {
	if path := t.unitPath(); path != "" {
		return fileExists(path)
	}
	_, err := s.Status()
	return !errors.Is(err, service.ErrNotInstalled)
}

// Uninstall stops and removes the service. With purge it also removes the
// state directory (spool, consent, history) and the config file, after a
// confirmation read from In unless yes. The apps' dump folders are never
// touched.
func Uninstall(o Options, purge, yes bool) error {
	t, err := resolve(o)
	if err != nil {
		return err
	}
	out := o.Out
	if out == nil {
		out = io.Discard
	}
	var steps []step
	var s service.Service
	present := t.unitPath() == "" || fileExists(t.unitPath())
	if present {
		if !o.DryRun {
			if err := t.initAvailable(); err != nil {
				return err
			}
			if err := t.checkPrivilege(); err != nil {
				return err
			}
		}
		if s, err = newService(t); err != nil {
			return err
		}
		present = t.unitPath() != "" || t.installed(s)
	}
	if present {
		steps = append(steps,
			step{kind: stepService, argv: t.controlCommands("stop"), svc: stopIfRunning},
			step{kind: stepService, argv: t.uninstallCommands(), svc: service.Service.Uninstall})
	} else {
		fmt.Fprintf(out, "# the %s crashd service is not installed\n", t.scope())
	}
	var remove []string
	if purge {
		if remove, err = t.purgePaths(); err != nil {
			return err
		}
		for _, p := range remove {
			steps = append(steps, step{kind: stepRemove, path: p})
		}
	}
	if o.DryRun {
		return printSteps(out, steps)
	}
	if len(remove) > 0 && !yes {
		ok, err := confirm(out, o.In, remove)
		if err != nil {
			return err
		}
		if !ok {
			return errors.New("installer: purge cancelled; nothing was changed")
		}
	}
	if err := runSteps(out, s, steps); err != nil {
		return err
	}
	if present {
		fmt.Fprintf(out, "crashd: removed the %s service\n", t.scope())
	}
	return nil
}

func stopIfRunning(s service.Service) error {
	if st, err := s.Status(); err == nil && st == service.StatusRunning {
		return s.Stop()
	}
	return nil
}

// uninstallCommands are what kardianos runs to remove the service.
func (t *target) uninstallCommands() []string {
	switch t.goos {
	case "linux":
		return []string{strings.Join(t.systemctl("disable", t.name()+".service"), " "),
			"rm " + shellQuote(t.unitPath()), strings.Join(t.systemctl("daemon-reload"), " ")}
	case "darwin":
		return []string{"rm " + shellQuote(t.unitPath())}
	default:
		return []string{"# SCM: delete service " + t.name() + " and its event log source"}
	}
}

// purgePaths lists what --purge removes, refusing any layout where that
// would reach beyond crashd's own files (an app's dump folder, a home).
func (t *target) purgePaths() ([]string, error) {
	state := filepath.Clean(t.stateDir)
	if !filepath.IsAbs(state) || isAncestorOrSame(state, t.home) || filepath.Dir(state) == state {
		return nil, fmt.Errorf("installer: refusing to purge state directory %s", state)
	}
	for _, w := range t.watches {
		if isAncestorOrSame(state, w) || isAncestorOrSame(w, state) {
			return nil, fmt.Errorf("installer: refusing to purge %s: it overlaps the watched folder %s", state, w)
		}
	}
	var paths []string
	if fileExists(state) {
		paths = append(paths, state)
	}
	if fileExists(t.configPath) && !isAncestorOrSame(state, t.configPath) {
		// The config's own folder goes too when crashd's file is all it holds.
		cfg := t.configPath
		dir := filepath.Dir(cfg)
		if ents, err := os.ReadDir(dir); err == nil && len(ents) == 1 && filepath.Base(dir) == "crashd" {
			cfg = dir
		}
		paths = append(paths, cfg)
	}
	if t.goos == "darwin" {
		log := filepath.Join(t.home, "Library/Logs/crashd.log")
		if t.system {
			log = "/Library/Logs/crashd.log"
		}
		if fileExists(log) {
			paths = append(paths, log)
		}
	}
	return paths, nil
}

// isAncestorOrSame reports whether dir is p or one of its parents.
func isAncestorOrSame(dir, p string) bool {
	if p == "" {
		return false
	}
	rel, err := filepath.Rel(dir, filepath.Clean(p))
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

func confirm(out io.Writer, in io.Reader, paths []string) (bool, error) {
	if in == nil {
		return false, errors.New("installer: --purge needs confirmation; pass --yes")
	}
	fmt.Fprintln(out, "crashd uninstall --purge removes:")
	for _, p := range paths {
		fmt.Fprintln(out, "  "+p)
	}
	fmt.Fprint(out, "Remove these? [y/N] ")
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return false, fmt.Errorf("installer: %w", err)
	}
	a := strings.ToLower(strings.TrimSpace(line))
	return a == "y" || a == "yes", nil
}
