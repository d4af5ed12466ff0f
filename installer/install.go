package installer

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kardianos/service"

	"crashd/config"
)

// step is one change an install or uninstall makes. Dry-run prints the
// steps; a real run performs them in order.
type step struct {
	kind  stepKind
	path  string
	mode  fs.FileMode
	owner string // account that must own path ("" = whoever runs the installer)
	data  []byte
	argv  []string // stepCommand; for stepService, the commands kardianos runs
	svc   func(service.Service) error
}

type stepKind int

const (
	stepMkdir   stepKind = iota // create path (and parents) with mode; fix mode and owner
	stepConfig                  // write data to path unless it exists
	stepCommand                 // run argv
	stepService                 // call svc (kardianos), which writes path=data and runs argv
	stepRemove                  // remove path recursively
)

// Install installs and starts the service: dirs, default config, the unit,
// then start. With DryRun it prints every file and command and changes
// nothing.
func Install(o Options) error {
	t, err := resolve(o)
	if err != nil {
		return err
	}
	out := o.Out
	if out == nil {
		out = io.Discard
	}
	if t.system && !o.System && t.goos == "windows" {
		fmt.Fprintln(out, "# note: Windows services are machine-wide; installing the system service (needs an elevated prompt)")
	}
	steps, err := t.installSteps()
	if err != nil {
		return err
	}
	if o.DryRun {
		if err := t.initAvailable(); err != nil {
			fmt.Fprintf(out, "# note: a real install would fail here: %s\n", strings.TrimPrefix(err.Error(), "installer: "))
		}
		return printSteps(out, steps)
	}
	if err := t.initAvailable(); err != nil {
		return err
	}
	if err := t.checkPrivilege(); err != nil {
		return err
	}
	s, err := newService(t)
	if err != nil {
		return err
	}
	if t.installed(s) {
		return errors.New("installer: crashd is already installed; run `crashd uninstall` first")
	}
	if err := runSteps(out, s, steps); err != nil {
		return err
	}
	fmt.Fprintf(out, "crashd: installed and started the %s service (config %s)\n", t.scope(), t.configPath)
	return nil
}

func (t *target) scope() string {
	if t.system {
		return "machine-wide"
	}
	return "per-user"
}

// checkPrivilege fails early where installing needs an administrator.
func (t *target) checkPrivilege() error {
	if t.system && t.goos != "windows" && os.Geteuid() != 0 {
		return errors.New("installer: --system needs root (run with sudo)")
	}
	return nil
}

func (t *target) installSteps() ([]step, error) {
	unit, err := t.unitFile()
	if err != nil {
		return nil, err
	}
	owner := ""
	stateMode, dirMode, cfgMode := fs.FileMode(0o700), fs.FileMode(0o700), fs.FileMode(0o600)
	if t.system {
		// 0711: other users reach the local API socket inside by name but
		// cannot list the directory; the spool stays private.
		stateMode, dirMode, cfgMode = 0o711, 0o755, 0o644
		if t.goos == "linux" {
			owner = SystemUser
		}
	}
	var steps []step
	if owner != "" {
		if _, err := user.Lookup(owner); err != nil {
			steps = append(steps, step{kind: stepCommand, argv: []string{
				"useradd", "--system", "--user-group", "--no-create-home",
				"--home-dir", t.stateDir, "--shell", "/usr/sbin/nologin",
				"--comment", "crashd crash reporter", owner}})
		}
	}
	steps = append(steps,
		step{kind: stepMkdir, path: t.stateDir, mode: stateMode, owner: owner},
		step{kind: stepMkdir, path: filepath.Join(t.stateDir, "spool"), mode: 0o700, owner: owner},
	)
	// An existing config folder (maybe the user's own) keeps its mode.
	if cfgDir := filepath.Dir(t.configPath); cfgDir != t.stateDir && !fileExists(cfgDir) {
		steps = append(steps, step{kind: stepMkdir, path: cfgDir, mode: dirMode})
	}
	data, err := DefaultConfig(t.system, t.stateDir)
	if err != nil {
		return nil, err
	}
	steps = append(steps, step{kind: stepConfig, path: t.configPath, mode: cfgMode, data: data})
	install := step{kind: stepService, path: t.unitPath(), data: unit, svc: service.Service.Install}
	switch t.goos {
	case "linux":
		install.argv = []string{strings.Join(t.systemctl("enable", t.name()+".service"), " "), strings.Join(t.systemctl("daemon-reload"), " ")}
	case "windows":
		install.argv = []string{windowsDescription(t)}
	}
	steps = append(steps, install)
	if t.goos == "windows" {
		// The virtual account exists once the service does; give it the
		// state directory (and nothing else).
		steps = append(steps, step{kind: stepCommand, argv: []string{"icacls", t.stateDir, "/grant", WindowsAccount + ":(OI)(CI)M"}})
	}
	steps = append(steps, step{kind: stepService, argv: t.controlCommands("start"), svc: service.Service.Start})
	return steps, nil
}

// controlCommands are the commands kardianos runs for a start/stop/restart.
func (t *target) controlCommands(action string) []string {
	switch t.goos {
	case "linux":
		return []string{strings.Join(t.systemctl(action, t.name()+".service"), " ")}
	case "darwin":
		load := map[string][]string{"start": {"load"}, "stop": {"unload"}, "restart": {"unload", "load"}}[action]
		var cmds []string
		for _, l := range load {
			cmds = append(cmds, "launchctl "+l+" "+shellQuote(t.unitPath()))
		}
		return cmds
	default:
		return []string{"# SCM: " + action + " service " + t.name()}
	}
}

// windowsDescription states what kardianos registers with the SCM (there
// is no file to print).
func windowsDescription(t *target) string {
	return fmt.Sprintf("# SCM: create service %s: %s; start automatic (delayed); account %s; recovery: restart after 5s, failure count reset after 24h",
		t.name(), strings.Join(quoteAll(serviceArgs(t.exe, t.configPath)), " "), WindowsAccount)
}

func printSteps(w io.Writer, steps []step) error {
	bw := bufio.NewWriter(w)
	for _, s := range steps {
		switch s.kind {
		case stepMkdir:
			fmt.Fprintf(bw, "mkdir -p -m %04o %s\n", s.mode, shellQuote(s.path))
			if s.owner != "" {
				fmt.Fprintf(bw, "chown %s:%s %s\n", s.owner, s.owner, shellQuote(s.path))
			}
		case stepConfig:
			if fileExists(s.path) {
				fmt.Fprintf(bw, "# %s exists: kept\n", s.path)
				continue
			}
			fmt.Fprintf(bw, "# %s (mode %04o)\n", s.path, s.mode)
			bw.Write(s.data)
		case stepCommand:
			fmt.Fprintln(bw, strings.Join(quoteAll(s.argv), " "))
		case stepRemove:
			fmt.Fprintf(bw, "rm -rf %s\n", shellQuote(s.path))
		case stepService:
			if s.path != "" {
				fmt.Fprintf(bw, "# %s\n", s.path)
				bw.Write(s.data)
			}
			for _, c := range s.argv {
				fmt.Fprintln(bw, c)
			}
		}
	}
	return bw.Flush()
}

func runSteps(out io.Writer, svc service.Service, steps []step) error {
	for _, s := range steps {
		switch s.kind {
		case stepMkdir:
			if err := os.MkdirAll(s.path, s.mode); err != nil {
				return fmt.Errorf("installer: %w", err)
			}
			// MkdirAll leaves existing directories and the umask's bits alone.
			if err := os.Chmod(s.path, s.mode); err != nil {
				return fmt.Errorf("installer: %w", err)
			}
			if err := chownTo(s.path, s.owner); err != nil {
				return err
			}
		case stepConfig:
			if err := writeIfAbsent(s.path, s.data, s.mode); err != nil {
				return err
			}
		case stepCommand:
			cmd := exec.Command(s.argv[0], s.argv[1:]...)
			if b, err := cmd.CombinedOutput(); err != nil {
				return fmt.Errorf("installer: %s: %w: %s", strings.Join(s.argv, " "), err, strings.TrimSpace(string(b)))
			}
		case stepRemove:
			if err := os.RemoveAll(s.path); err != nil {
				return fmt.Errorf("installer: %w", err)
			}
			fmt.Fprintf(out, "crashd: removed %s\n", s.path)
		case stepService:
			if err := s.svc(svc); err != nil {
				return fmt.Errorf("installer: %w", err)
			}
		}
	}
	return nil
}

// writeIfAbsent creates path with data; an existing file is kept as is.
func writeIfAbsent(path string, data []byte, mode fs.FileMode) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if errors.Is(err, fs.ErrExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("installer: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(path)
		return fmt.Errorf("installer: %w", err)
	}
	if err := f.Close(); err != nil {
		os.Remove(path)
		return fmt.Errorf("installer: %w", err)
	}
	return nil
}

func chownTo(path, owner string) error {
	if owner == "" {
		return nil
	}
	u, err := user.Lookup(owner)
	if err != nil {
		return fmt.Errorf("installer: %w", err)
	}
	uid, err1 := strconv.Atoi(u.Uid)
	gid, err2 := strconv.Atoi(u.Gid)
	if err1 != nil || err2 != nil {
		return fmt.Errorf("installer: account %s has no numeric uid/gid", owner)
	}
	if err := os.Chown(path, uid, gid); err != nil {
		return fmt.Errorf("installer: %w", err)
	}
	return nil
}

func fileExists(p string) bool { _, err := os.Lstat(p); return err == nil }

// shellQuote quotes a word for the printed commands (POSIX sh rules).
func shellQuote(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\n'\"\\$`*?[]{}()<>|&;#~!") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func quoteAll(args []string) []string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = shellQuote(a)
	}
	return q
}

// DefaultConfig is the config file install writes when none exists (the
// packages ship the machine-wide one).
func DefaultConfig(system bool, stateDir string) ([]byte, error) {
	cfg := config.Default()
	cfg.System = system
	cfg.StateDir = stateDir
	data, err := cfg.Encode()
	if err != nil {
		return nil, err
	}
	head := "# crashd configuration (written by `crashd install`; edit freely, it is never overwritten).\n" +
		"# Add [[watch]] entries with path and kind (crash | perf) for the folders your apps write dumps to.\n\n"
	return append([]byte(head), data...), nil
}
