package installer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/kardianos/service"

	"crashd/config"
	"crashd/platform"
)

// target is one resolved installation: which service, which files.
type target struct {
	goos       string
	system     bool
	exe        string
	configPath string
	stateDir   string
	watches    []string // the apps' dump folders: never written or removed
	home       string
	uid        int
	getenv     func(string) string
}

func isWindows() bool { return runtime.GOOS == "windows" }

// resolve works out the target from the options and the config file.
func resolve(o Options) (*target, error) {
	home, _ := os.UserHomeDir()
	t := &target{
		goos:   runtime.GOOS,
		system: o.System || isWindows(),
		home:   home,
		uid:    os.Getuid(),
		getenv: os.Getenv,
	}
	exe := o.Exe
	if exe == "" {
		var err error
		if exe, err = os.Executable(); err != nil {
			return nil, fmt.Errorf("installer: locate crashd: %w", err)
		}
	}
	exe, err := filepath.Abs(exe)
	if err != nil {
		return nil, fmt.Errorf("installer: %w", err)
	}
	if real, err := filepath.EvalSymlinks(exe); err == nil {
		exe = real
	}
	t.exe = exe
	paths := platform.DefaultPaths(t.system)
	t.configPath, t.stateDir = paths.ConfigFile, paths.StateDir
	if o.ConfigPath != "" {
		if t.configPath, err = filepath.Abs(o.ConfigPath); err != nil {
			return nil, fmt.Errorf("installer: %w", err)
		}
	}
	switch _, err := os.Stat(t.configPath); {
	case err == nil:
		cfg, err := config.Load(t.configPath)
		if err != nil {
			return nil, err
		}
		if cfg.StateDir != "" {
			t.stateDir = cfg.StateDir
		}
		for _, w := range cfg.Watch {
			t.watches = append(t.watches, w.Path)
		}
	case !errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("installer: %w", err)
	}
	return t, nil
}

func (t *target) name() string {
	if t.goos == "darwin" {
		return LaunchdLabel
	}
	return ServiceName
}

// unitPath is the file the service manager reads ("" on Windows, where the
// SCM keeps the service in the registry). These are the paths kardianos
// writes.
func (t *target) unitPath() string {
	switch t.goos {
	case "windows":
		return ""
	case "darwin":
		if t.system {
			return "/Library/LaunchDaemons/" + t.name() + ".plist"
		}
		return filepath.Join(t.home, "Library/LaunchAgents", t.name()+".plist")
	default:
		if t.system {
			return "/etc/systemd/system/" + t.name() + ".service"
		}
		return filepath.Join(t.home, ".config/systemd/user", t.name()+".service")
	}
}

// unitFile renders the service file for unitPath.
func (t *target) unitFile() ([]byte, error) {
	switch t.goos {
	case "windows":
		return nil, nil
	case "darwin":
		log := filepath.Join(t.home, "Library/Logs/crashd.log")
		if t.system {
			log = "/Library/Logs/crashd.log"
		}
		return LaunchdPlist(t.exe, t.configPath, log)
	default:
		return []byte(SystemdUnit(Unit{System: t.system, Exe: t.exe, ConfigPath: t.configPath, StateDir: t.stateDir})), nil
	}
}

// serviceConfig is the kardianos configuration. The unit and plist are
// rendered here and handed over as the custom template, so the file a
// dry-run prints is byte for byte the file kardianos writes.
func serviceConfig(t *target) (*service.Config, error) {
	c := &service.Config{
		Name:        t.name(),
		DisplayName: "crashd crash reporter",
		Description: "Collects, redacts and uploads crash reports with the user's consent.",
		Executable:  t.exe,
		Arguments:   serviceArgs(t.exe, t.configPath)[1:],
		Option:      service.KeyValue{},
	}
	unit, err := t.unitFile()
	if err != nil {
		return nil, err
	}
	if strings.Contains(string(unit), "{{") {
		// kardianos renders the text as a template; crashd's is final text.
		return nil, fmt.Errorf("installer: a path contains %q, which the service template cannot carry", "{{")
	}
	switch t.goos {
	case "windows":
		c.UserName = WindowsAccount
		c.Option["StartType"] = "automatic"
		c.Option["DelayedAutoStart"] = true
		// kardianos sets no recovery actions unless OnFailure is given.
		c.Option["OnFailure"] = "restart"
		c.Option["OnFailureDelayDuration"] = "5s"
		c.Option["OnFailureResetPeriod"] = 24 * 60 * 60
	case "darwin":
		c.Option["UserService"] = !t.system
		c.Option["LaunchdConfig"] = string(unit)
	default:
		c.Option["UserService"] = !t.system
		c.Option["SystemdScript"] = string(unit)
	}
	return c, nil
}

// systemctl is the command kardianos runs for action, as it runs it.
func (t *target) systemctl(action string, args ...string) []string {
	cmd := []string{"systemctl", action}
	if !t.system {
		cmd = append(cmd, "--user")
	}
	return append(cmd, args...)
}

// initAvailable reports why the service manager cannot be used here
// (nil when it can). Only systemd can be absent: launchd and the SCM are
// always there.
func (t *target) initAvailable() error {
	if t.goos != "linux" {
		return nil
	}
	if _, err := os.Stat("/run/systemd/system"); err != nil {
		return errors.New("installer: systemd is not running on this machine (no /run/systemd/system); start `crashd run` under your init system instead, or see the unit with --dry-run")
	}
	if t.system {
		return nil
	}
	rt := t.getenv("XDG_RUNTIME_DIR")
	if rt == "" {
		rt = "/run/user/" + strconv.Itoa(t.uid)
	}
	if _, err := os.Stat(filepath.Join(rt, "systemd/private")); err != nil {
		return errors.New("installer: no systemd user manager for this user (log in to a desktop or SSH session, or `loginctl enable-linger`); use --system for the machine-wide service")
	}
	return nil
}

// newService wraps kardianos's constructor and refuses a service system
// other than the one crashd renders files for (kardianos would fall back
// to SysV or upstart scripts without the hardening).
func newService(t *target) (service.Service, error) {
	c, err := serviceConfig(t)
	if err != nil {
		return nil, err
	}
	s, err := service.New(nopProgram{}, c)
	if err != nil {
		return nil, fmt.Errorf("installer: %w", err)
	}
	if t.goos == "linux" && s.Platform() != "linux-systemd" {
		return nil, fmt.Errorf("installer: service system %s is not supported; crashd installs systemd units only", s.Platform())
	}
	return s, nil
}

// nopProgram is the Interface for a service handle that only installs or
// controls; the running daemon goes through Run.
type nopProgram struct{}

func (nopProgram) Start(service.Service) error { return nil }
func (nopProgram) Stop(service.Service) error  { return nil }
