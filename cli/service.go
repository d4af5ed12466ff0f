package cli

import (
	"context"
	"fmt"

	"crashd/config"
	"crashd/installer"
)

// runService runs the daemon under the OS service manager when it started
// us (Windows SCM), else in the foreground until SIGINT/SIGTERM.
func runService(e *env, cfg *config.Config, run func(context.Context) error) int {
	if err := installer.Run(installer.Options{System: cfg.System, ConfigPath: cfg.Path}, run); err != nil {
		return fail(e, err)
	}
	return exitOK
}

func serviceState(cfg *config.Config) string {
	s, err := installer.Status(installer.Options{System: cfg.System, ConfigPath: cfg.Path})
	if err != nil {
		return "unknown (" + oneLine(err.Error()) + ")"
	}
	return s
}

func cmdInstall(e *env, args []string) int {
	fs, cfgPath := flags(e, "install")
	system := fs.Bool("system", false, "machine-wide service (default: per-user)")
	dry := fs.Bool("dry-run", false, "print every file and command, change nothing")
	_, code, ok := parseN(e, fs, args, 0)
	if !ok {
		return code
	}
	if err := installer.Install(installer.Options{System: *system, ConfigPath: *cfgPath, DryRun: *dry, Out: e.stdout}); err != nil {
		return fail(e, err)
	}
	return exitOK
}

func cmdUninstall(e *env, args []string) int {
	fs, cfgPath := flags(e, "uninstall")
	system := fs.Bool("system", false, "the machine-wide service")
	purge := fs.Bool("purge", false, "also remove state, spool and config")
	yes := fs.Bool("yes", false, "with --purge: do not ask")
	dry := fs.Bool("dry-run", false, "print what would be removed, change nothing")
	_, code, ok := parseN(e, fs, args, 0)
	if !ok {
		return code
	}
	o := installer.Options{System: *system, ConfigPath: *cfgPath, DryRun: *dry, Out: e.stdout, In: e.stdin}
	if err := installer.Uninstall(o, *purge, *yes); err != nil {
		return fail(e, err)
	}
	return exitOK
}

func cmdServiceAction(action string) func(e *env, args []string) int {
	return func(e *env, args []string) int {
		fs, cfgPath := flags(e, action)
		system := fs.Bool("system", false, "the machine-wide service")
		_, code, ok := parseN(e, fs, args, 0)
		if !ok {
			return code
		}
		if err := installer.Control(installer.Options{System: *system, ConfigPath: *cfgPath, Out: e.stdout}, action); err != nil {
			return fail(e, err)
		}
		fmt.Fprintf(e.stdout, "crashd: %s done\n", action)
		return exitOK
	}
}
