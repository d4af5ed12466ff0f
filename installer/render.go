package installer

import (
	"fmt"
	"path"
	"strings"

	"howett.net/plist"
)

// ServiceName is the service's name under systemd and the Windows SCM.
const ServiceName = "crashd"

// LaunchdLabel is the launchd job label (and plist file name) on macOS,
// reverse-DNS as launchd expects.
const LaunchdLabel = "io.crashd.agent"

// SystemUser is the dedicated unprivileged account of the machine-wide
// service on Linux (created by the installer and the packages).
const SystemUser = "crashd"

// WindowsAccount is the machine-wide service's virtual account on Windows:
// a per-service identity with no password and no privileges beyond what
// the installer grants it (the state directory).
const WindowsAccount = `NT SERVICE\crashd`

// Unit describes a systemd unit for crashd.
type Unit struct {
	System     bool   // system unit (else a user unit)
	Exe        string // absolute path of crashd
	ConfigPath string // passed as --config when not empty
	StateDir   string // the only writable path of the system unit
}

// SystemdUnit renders the unit. kardianos/service v1.3.0 would install user
// units with WantedBy=multi-user.target, which a user manager never reaches
// (kardianos/service#415), so crashd supplies its own unit text.
func SystemdUnit(u Unit) string {
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	w("[Unit]")
	if u.System {
		w("Description=crashd crash reporter (machine-wide)")
		w("Wants=network-online.target")
		w("After=network-online.target")
	} else {
		w("Description=crashd crash reporter")
	}
	// Conditions take the rest of the line as the path: no quoting.
	w("ConditionFileIsExecutable=%s", strings.ReplaceAll(u.Exe, "%", "%%"))
	w("")
	w("[Service]")
	w("Type=simple")
	w("ExecStart=%s", systemdCommand(serviceArgs(u.Exe, u.ConfigPath)))
	// on-failure, not always: a clean exit (e.g. a second instance refused
	// by the state-dir lock) must not loop.
	w("Restart=on-failure")
	w("RestartSec=5s")
	// The daemon flushes in-flight work within StopTimeout after SIGTERM;
	// leave headroom before systemd escalates to SIGKILL.
	w("TimeoutStopSec=%d", int(StopTimeout.Seconds())*3)
	w("NoNewPrivileges=yes")
	if u.System {
		w("User=%s", SystemUser)
		w("Group=%s", SystemUser)
		w("UMask=0077")
		w("ProtectSystem=strict")
		// Dump folders under /home stay readable; nothing there is written.
		w("ProtectHome=read-only")
		w("PrivateTmp=yes")
		w("ProtectKernelTunables=yes")
		w("ProtectKernelModules=yes")
		w("ProtectControlGroups=yes")
		w("RestrictSUIDSGID=yes")
		w("LockPersonality=yes")
		if dir, ok := strings.CutPrefix(path.Clean(u.StateDir), "/var/lib/"); ok && !strings.Contains(dir, "/") {
			// systemd creates and chowns it before start (packages rely on this).
			w("StateDirectory=%s", dir)
			w("StateDirectoryMode=0711")
		}
		w("ReadWritePaths=%s", systemdQuote(u.StateDir))
	}
	w("")
	w("[Install]")
	if u.System {
		w("WantedBy=multi-user.target")
	} else {
		w("WantedBy=default.target")
	}
	return b.String()
}

// serviceArgs is the command line the service manager starts.
func serviceArgs(exe, configPath string) []string {
	args := []string{exe, "run"}
	if configPath != "" {
		args = append(args, "--config", configPath)
	}
	return args
}

// systemdCommand quotes a command line for ExecStart=.
func systemdCommand(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = systemdQuote(a)
	}
	return strings.Join(q, " ")
}

// systemdQuote quotes a word for a unit file: specifiers (%) and variable
// expansion ($) are escaped, and words with spaces or quotes are quoted.
func systemdQuote(s string) string {
	s = strings.NewReplacer("%", "%%", "$", "$$").Replace(s)
	if s != "" && !strings.ContainsAny(s, " \t\"'\\;") {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// launchdJob is the launchd property list; field names are launchd's keys.
type launchdJob struct {
	Label             string
	ProgramArguments  []string
	RunAtLoad         bool
	KeepAlive         launchdKeepAlive
	ProcessType       string
	ExitTimeOut       int
	StandardOutPath   string
	StandardErrorPath string
}

// launchdKeepAlive restarts the job only when it exits unsuccessfully,
// like systemd's Restart=on-failure.
type launchdKeepAlive struct {
	SuccessfulExit bool
}

// LaunchdPlist renders the LaunchAgent (per-user) or LaunchDaemon plist.
// logFile receives the daemon's stdout and stderr.
func LaunchdPlist(exe, configPath, logFile string) ([]byte, error) {
	job := launchdJob{
		Label:             LaunchdLabel,
		ProgramArguments:  serviceArgs(exe, configPath),
		RunAtLoad:         true,
		KeepAlive:         launchdKeepAlive{SuccessfulExit: false},
		ProcessType:       "Background",
		ExitTimeOut:       int(StopTimeout.Seconds()) * 3,
		StandardOutPath:   logFile,
		StandardErrorPath: logFile,
	}
	b, err := plist.MarshalIndent(job, plist.XMLFormat, "\t")
	if err != nil {
		return nil, fmt.Errorf("installer: launchd plist: %w", err)
	}
	return append(b, '\n'), nil
}
