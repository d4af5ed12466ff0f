// Package cli is crashd's command line: it parses arguments and calls the
// packages that do the work. Exit status: 0 ok, 1 failure, 2 usage error.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sort"
	"strings"

	"crashd/config"
	"crashd/platform"
)

// Version is set at build time with -ldflags "-X crashd/cli.Version=...".
var Version = "dev"

const (
	slogLevelWarn  = slog.LevelWarn
	slogLevelInfo  = slog.LevelInfo
	slogLevelDebug = slog.LevelDebug

	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

type command struct {
	name  string
	args  string
	short string
	run   func(e *env, args []string) int
}

func commands() []command {
	return []command{
		{"run", "[--config FILE]", "run in the foreground (what the service runs)", cmdRun},
		{"install", "[--system] [--dry-run] [--config FILE]", "install and start the service (per-user by default)", cmdInstall},
		{"uninstall", "[--system] [--purge [--yes]] [--dry-run]", "remove the service (and, with --purge, its data)", cmdUninstall},
		{"start", "[--system]", "start the installed service", cmdServiceAction("start")},
		{"stop", "[--system]", "stop the installed service", cmdServiceAction("stop")},
		{"restart", "[--system]", "restart the installed service", cmdServiceAction("restart")},
		{"status", "[--json]", "service state, consent, queue counts, last upload", cmdStatus},
		{"consent", "show|set LEVEL", "show or set consent: off | ask | crash | crash+perf", cmdConsent},
		{"report", "FILE [--wait] [--json] [--app NAME] [--app-version V] [--comment TEXT]", "hand a dump/log to the running daemon; prints the ticket", cmdReport},
		{"send", "TICKET", "approve one held report for upload", cmdSend},
		{"history", "[--json]", "every report: ticket, kind, state, sizes, time", cmdHistory},
		{"preview", "FILE [--json]", "offline: the exact event and attachments that would be sent", cmdPreview},
		{"redact", "IN OUT", "offline: write the scrubbed bytes that would be uploaded for IN (OUT \"-\": standard output)", cmdRedact},
		{"sysinfo", "[--json]", "the system/hardware snapshot that would be attached", cmdSysinfo},
		{"version", "", "print the version", func(e *env, _ []string) int { fmt.Fprintln(e.stdout, "crashd", Version); return exitOK }},
	}
}

// Main runs crashd with args (without the program name).
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			return Main([]string{args[1], "--help"}, stdin, stdout, stderr)
		}
		usage(stdout)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "crashd: unknown command %q (see crashd --help)\n", args[0])
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "crashd — crash and performance reporter that strips what identifies you before anything leaves.")
	fmt.Fprintln(w, "\nUsage: crashd COMMAND [flags]   (every command accepts --config FILE; data commands accept --json)")
	fmt.Fprintln(w)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-10s %-44s %s\n", c.name, c.args, c.short)
	}
}

// flags builds the named command's FlagSet with the common --config flag
// and its usage text.
func flags(e *env, name string) (*flag.FlagSet, *string) {
	c := spec(name)
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	cfg := fs.String("config", "", "config file (default: the per-OS location)")
	fs.Usage = func() {
		fmt.Fprintf(e.stdout, "Usage: crashd %s %s\n\n%s\n\nFlags:\n", c.name, c.args, c.short)
		fs.SetOutput(e.stdout)
		fs.PrintDefaults()
		fs.SetOutput(e.stderr)
	}
	return fs, cfg
}

// parseN parses args expecting exactly n positional arguments; a wrong
// count is a usage error naming the command.
func parseN(e *env, fs *flag.FlagSet, args []string, n int) ([]string, int, bool) {
	pos, code, ok := parse(fs, args)
	if !ok {
		return nil, code, false
	}
	if len(pos) != n {
		c := spec(fs.Name())
		fmt.Fprintf(e.stderr, "crashd %s: usage: crashd %s %s (see crashd %s --help)\n", c.name, c.name, c.args, c.name)
		return nil, exitUsage, false
	}
	return pos, 0, true
}

// parse parses flags that may follow positional arguments
// (`crashd report FILE --wait`), returning the positionals.
func parse(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK, false
			}
			return nil, exitUsage, false
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, 0, true
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), 0, true
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func spec(name string) command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	panic("cli: no command " + name)
}

// loadConfig loads --config, else the per-OS default file when present.
func loadConfig(path string) (*config.Config, error) {
	system := false
	if path == "" {
		p := platform.DefaultPaths(false)
		if _, err := os.Stat(p.ConfigFile); err == nil {
			path = p.ConfigFile
		} else if sp := platform.DefaultPaths(true); fileExists(sp.ConfigFile) {
			path, system = sp.ConfigFile, true
		}
	}
	c, err := config.Load(path)
	if err != nil {
		return nil, err
	}
	if system {
		c.System = true
	}
	paths := platform.DefaultPaths(c.System)
	if c.StateDir == "" {
		c.StateDir = paths.StateDir
	}
	if c.PolicyFile == "" {
		c.PolicyFile = paths.PolicyFile
	}
	return c, nil
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func fail(e *env, err error) int {
	fmt.Fprintln(e.stderr, "crashd:", oneLine(err.Error()))
	return exitFail
}

func oneLine(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "\n", "; ") }

func printJSON(w io.Writer, v any) int {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return exitFail
	}
	return exitOK
}

func logger(w io.Writer, level slog.Level) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
