package installer

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"howett.net/plist"
)

// fakeHome points every per-user path (home, XDG dirs) into a temp dir.
func fakeHome(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("XDG_STATE_HOME", filepath.Join(home, ".local/state"))
	return home
}

// testExe is an executable file that exists, as ExecStart must for verify.
func testExe(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

// fileBlocks splits dry-run output into the files it prints: a "# /abs/path"
// line followed by content up to the next command line.
func fileBlocks(t *testing.T, out string) map[string]string {
	t.Helper()
	blocks := map[string]string{}
	var cur string
	var b strings.Builder
	flush := func() {
		if cur != "" {
			blocks[cur] = b.String()
		}
		cur = ""
		b.Reset()
	}
	header := regexp.MustCompile(`^# (/\S+)(?: \(mode \d+\))?$`)
	command := regexp.MustCompile(`^(mkdir|chown|useradd|systemctl|launchctl|rm|icacls) `)
	for _, line := range strings.SplitAfter(out, "\n") {
		l := strings.TrimSuffix(line, "\n")
		if m := header.FindStringSubmatch(l); m != nil {
			flush()
			cur = m[1]
			continue
		}
		if command.MatchString(l) {
			flush()
			continue
		}
		if cur != "" {
			b.WriteString(line)
		}
	}
	flush()
	return blocks
}

// treeOf lists every path under dir, to prove a dry-run wrote nothing.
func treeOf(t *testing.T, dir string) []string {
	t.Helper()
	var paths []string
	filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		paths = append(paths, p)
		return err
	})
	return paths
}

func TestDryRunPerUserChangesNothing(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("systemd units are rendered on Linux")
	}
	home := fakeHome(t)
	before := treeOf(t, home)
	var out bytes.Buffer
	if err := Install(Options{DryRun: true, Out: &out, Exe: testExe(t)}); err != nil {
		t.Fatal(err)
	}
	if got := treeOf(t, home); len(got) != len(before) {
		t.Fatalf("dry-run created files: %v", got)
	}
	blocks := fileBlocks(t, out.String())
	unit := blocks[filepath.Join(home, ".config/systemd/user/crashd.service")]
	if !strings.Contains(unit, "WantedBy=default.target\n") || strings.Contains(unit, "multi-user") {
		t.Errorf("user unit must be wanted by default.target:\n%s", unit)
	}
	cfg := blocks[filepath.Join(home, ".config/crashd/config.toml")]
	if !strings.Contains(cfg, `state_dir = "`+filepath.Join(home, ".local/state/crashd")+`"`) {
		t.Errorf("default config lacks the state dir:\n%s", cfg)
	}
	for _, want := range []string{
		"mkdir -p -m 0700 " + filepath.Join(home, ".local/state/crashd") + "\n",
		"mkdir -p -m 0700 " + filepath.Join(home, ".local/state/crashd/spool") + "\n",
		"systemctl enable --user crashd.service\n",
		"systemctl start --user crashd.service\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("dry-run lacks %q:\n%s", want, out.String())
		}
	}
}

func TestDryRunSystemUnitHardened(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("systemd units are rendered on Linux")
	}
	fakeHome(t)
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "etc", "config.toml")
	var out bytes.Buffer
	if err := Install(Options{System: true, DryRun: true, ConfigPath: cfgPath, Out: &out, Exe: testExe(t)}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Dir(cfgPath)); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("dry-run created the config dir (%v)", err)
	}
	unit := fileBlocks(t, out.String())["/etc/systemd/system/crashd.service"]
	for _, want := range []string{
		"User=crashd", "NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=read-only",
		"PrivateTmp=yes", "Restart=on-failure", "ReadWritePaths=/var/lib/crashd",
		"StateDirectoryMode=0711", "WantedBy=multi-user.target",
		"ExecStart=" + testExe(t) + " run --config " + cfgPath,
	} {
		if !strings.Contains(unit, want+"\n") {
			t.Errorf("system unit lacks %q:\n%s", want, unit)
		}
	}
	if !strings.Contains(out.String(), "mkdir -p -m 0711 /var/lib/crashd\n") ||
		!strings.Contains(out.String(), "mkdir -p -m 0700 /var/lib/crashd/spool\n") {
		t.Errorf("state dir must be 0711 and the spool 0700:\n%s", out.String())
	}
}

// TestSystemdAnalyzeVerify checks the exact units a dry-run prints with
// systemd's own verifier; it reports problems as warnings with exit 0, so
// any output fails the test.
func TestSystemdAnalyzeVerify(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("systemd units are rendered on Linux")
	}
	analyze, err := exec.LookPath("systemd-analyze")
	if err != nil {
		t.Skip("systemd-analyze not installed")
	}
	for _, system := range []bool{false, true} {
		home := fakeHome(t)
		exe := filepath.Join(t.TempDir(), "my crashd%bin") // quoting and specifier escaping
		if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := Install(Options{System: system, DryRun: true, Out: &out, Exe: exe}); err != nil {
			t.Fatal(err)
		}
		path := "/etc/systemd/system/crashd.service"
		if !system {
			path = filepath.Join(home, ".config/systemd/user/crashd.service")
		}
		unit := fileBlocks(t, out.String())[path]
		if unit == "" {
			t.Fatalf("no unit %s in:\n%s", path, out.String())
		}
		dir := t.TempDir()
		file := filepath.Join(dir, "crashd.service")
		if err := os.WriteFile(file, []byte(unit), 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"verify", file}
		if !system {
			args = []string{"--user", "verify", file}
		}
		cmd := exec.Command(analyze, args...)
		rt := filepath.Join(dir, "run")
		os.Mkdir(rt, 0o700)
		cmd.Env = append(os.Environ(), "XDG_RUNTIME_DIR="+rt, "SYSTEMD_LOG_COLOR=0")
		b, err := cmd.CombinedOutput()
		if err != nil || len(bytes.TrimSpace(b)) > 0 {
			t.Errorf("system=%v: systemd-analyze %v: %v\n%s\n--- unit:\n%s", system, args, err, b, unit)
		}
	}
}

func TestSystemdQuote(t *testing.T) {
	for in, want := range map[string]string{
		"/usr/bin/crashd":     "/usr/bin/crashd",
		"/opt/my app/crashd":  `"/opt/my app/crashd"`,
		"/x/100%/$HOME":       "/x/100%%/$$HOME",
		`/a "b"\c`:            `"/a \"b\"\\c"`,
		"":                    `""`,
		"/semi;colon/crashd":  `"/semi;colon/crashd"`,
		"/Users/o'neil/bin/x": `"/Users/o'neil/bin/x"`,
	} {
		if got := systemdQuote(in); got != want {
			t.Errorf("systemdQuote(%q) = %s, want %s", in, got, want)
		}
	}
}

func TestExistingConfigKept(t *testing.T) {
	fakeHome(t)
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "config.toml")
	state := filepath.Join(dir, "state")
	orig := []byte("state_dir = \"" + state + "\"\ndsn = \"https://k@example.com/1\"\n")
	if err := os.WriteFile(cfgPath, orig, 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Install(Options{DryRun: true, ConfigPath: cfgPath, Out: &out, Exe: testExe(t)}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "# "+cfgPath+" exists: kept\n") {
		t.Errorf("dry-run should keep the config:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "mkdir -p -m 0700 "+state+"\n") {
		t.Errorf("state dir from the config not used:\n%s", out.String())
	}
	// The real writer never replaces a file either.
	if err := writeIfAbsent(cfgPath, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(cfgPath); !bytes.Equal(b, orig) {
		t.Fatalf("config overwritten: %q", b)
	}
	fresh := filepath.Join(dir, "new.toml")
	if err := writeIfAbsent(fresh, []byte("y"), 0o600); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(fresh); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("new config: %v %v", fi, err)
	}
}

func TestNoInitSystemClearError(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("only systemd can be absent")
	}
	if _, err := os.Stat("/run/systemd/system"); err == nil {
		t.Skip("systemd is running here")
	}
	home := fakeHome(t)
	for name, fn := range map[string]func() error{
		"install": func() error { return Install(Options{Out: &bytes.Buffer{}, Exe: testExe(t)}) },
		"start":   func() error { return Control(Options{Exe: testExe(t)}, "start") },
	} {
		err := fn()
		if err == nil || !strings.Contains(err.Error(), "systemd is not running") || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: want a one-line 'systemd is not running' error, got %v", name, err)
		}
	}
	if got := treeOf(t, home); len(got) != 1 {
		t.Errorf("failed install changed files: %v", got)
	}
	st, err := Status(Options{Exe: testExe(t)})
	if err != nil || st != "not installed" {
		t.Errorf("Status = %q, %v; want not installed", st, err)
	}
	if err := Control(Options{Exe: testExe(t)}, "reload"); err == nil || !strings.Contains(err.Error(), "unknown action") {
		t.Errorf("Control(reload) = %v", err)
	}
}

func TestPurge(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows uninstall asks the SCM")
	}
	home := fakeHome(t)
	dir := t.TempDir()
	state := filepath.Join(dir, "state")
	dumps := filepath.Join(dir, "dumps")
	cfgDir := filepath.Join(dir, "crashd")
	cfgPath := filepath.Join(cfgDir, "config.toml")
	for _, d := range []string{filepath.Join(state, "spool"), dumps, cfgDir} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(state, "spool", "r1.env"), []byte("x"), 0o600)
	os.WriteFile(filepath.Join(dumps, "app.dmp"), []byte("MDMP"), 0o600)
	os.WriteFile(cfgPath, []byte("state_dir = \""+state+"\"\n[[watch]]\npath = \""+dumps+"\"\nkind = \"crash\"\n"), 0o600)
	o := Options{ConfigPath: cfgPath, Exe: testExe(t)}

	// Dry-run lists and keeps everything.
	var out bytes.Buffer
	o.DryRun, o.Out = true, &out
	if err := Uninstall(o, true, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "rm -rf "+state+"\n") || !strings.Contains(out.String(), "rm -rf "+cfgDir+"\n") || strings.Contains(out.String(), dumps) {
		t.Errorf("dry-run purge:\n%s", out.String())
	}
	o.DryRun = false

	// Declined: nothing removed.
	o.Out, o.In = &bytes.Buffer{}, strings.NewReader("n\n")
	if err := Uninstall(o, true, false); err == nil || !strings.Contains(err.Error(), "cancelled") {
		t.Fatalf("declined purge: %v", err)
	}
	// No way to ask: refused.
	o.In = nil
	if err := Uninstall(o, true, false); err == nil || !strings.Contains(err.Error(), "--yes") {
		t.Fatalf("purge without In: %v", err)
	}
	if !fileExists(filepath.Join(state, "spool", "r1.env")) || !fileExists(cfgPath) {
		t.Fatal("declined purge removed files")
	}
	// Confirmed.
	var prompt bytes.Buffer
	o.Out, o.In = &prompt, strings.NewReader("y\n")
	if err := Uninstall(o, true, false); err != nil {
		t.Fatal(err)
	}
	if fileExists(state) || fileExists(cfgDir) {
		t.Errorf("purge left %s or %s", state, cfgDir)
	}
	if !fileExists(filepath.Join(dumps, "app.dmp")) {
		t.Error("purge touched the watched dump folder")
	}
	if !strings.Contains(prompt.String(), "Remove these? [y/N]") {
		t.Errorf("no prompt: %q", prompt.String())
	}
	if fileExists(filepath.Join(home, ".config/systemd")) {
		t.Error("uninstall created unit dirs")
	}
}

func TestPurgeRefusesOverlaps(t *testing.T) {
	home := fakeHome(t)
	dir := t.TempDir()
	for name, tc := range map[string]struct{ state, watch string }{
		"watch inside state": {filepath.Join(dir, "s"), filepath.Join(dir, "s", "dumps")},
		"state inside watch": {filepath.Join(dir, "w", "state"), filepath.Join(dir, "w")},
		"state is home":      {home, filepath.Join(dir, "w")},
		"state is root":      {"/", filepath.Join(dir, "w")},
	} {
		tg := &target{goos: runtime.GOOS, stateDir: tc.state, watches: []string{tc.watch}, home: home, configPath: filepath.Join(dir, "c.toml")}
		if _, err := tg.purgePaths(); err == nil {
			t.Errorf("%s: purge allowed", name)
		}
	}
}

func TestLaunchdPlistRoundTrip(t *testing.T) {
	for _, system := range []bool{false, true} {
		tg := &target{goos: "darwin", system: system, exe: "/Applications/My & App.app/Contents/MacOS/crashd",
			configPath: "/Users/dj/Library/Application Support/crashd/config.toml", home: "/Users/dj"}
		c, err := serviceConfig(tg)
		if err != nil {
			t.Fatal(err)
		}
		if c.Name != LaunchdLabel || c.Option["UserService"] != !system {
			t.Errorf("config %+v", c)
		}
		text, _ := c.Option["LaunchdConfig"].(string)
		var job map[string]any
		if _, err := plist.Unmarshal([]byte(text), &job); err != nil {
			t.Fatalf("plist does not parse back: %v\n%s", err, text)
		}
		args, _ := job["ProgramArguments"].([]any)
		if job["Label"] != LaunchdLabel || len(args) != 4 || args[0] != tg.exe || args[1] != "run" || args[3] != tg.configPath {
			t.Errorf("plist job: %#v", job)
		}
		if job["RunAtLoad"] != true {
			t.Errorf("RunAtLoad = %v", job["RunAtLoad"])
		}
		ka, _ := job["KeepAlive"].(map[string]any)
		if ka["SuccessfulExit"] != false {
			t.Errorf("KeepAlive = %#v, want restart on failure only", job["KeepAlive"])
		}
		wantPath := "/Users/dj/Library/LaunchAgents/" + LaunchdLabel + ".plist"
		if system {
			wantPath = "/Library/LaunchDaemons/" + LaunchdLabel + ".plist"
		}
		if tg.unitPath() != wantPath {
			t.Errorf("plist path %s, want %s", tg.unitPath(), wantPath)
		}
	}
}

// TestWindowsServiceConfig checks what kardianos hands the SCM: the
// virtual account, the start type and the recovery actions (kardianos sets
// none unless OnFailure is given).
func TestWindowsServiceConfig(t *testing.T) {
	tg := &target{goos: "windows", system: true, exe: `C:\Program Files\crashd\crashd.exe`,
		configPath: `C:\ProgramData\crashd\config.toml`, stateDir: `C:\ProgramData\crashd`}
	c, err := serviceConfig(tg)
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "crashd" || c.Executable != tg.exe || c.UserName != WindowsAccount {
		t.Errorf("config %+v", c)
	}
	if strings.Join(c.Arguments, " ") != `run --config C:\ProgramData\crashd\config.toml` {
		t.Errorf("arguments %q", c.Arguments)
	}
	for k, want := range map[string]any{"OnFailure": "restart", "OnFailureDelayDuration": "5s", "OnFailureResetPeriod": 86400, "StartType": "automatic", "DelayedAutoStart": true} {
		if c.Option[k] != want {
			t.Errorf("Option[%s] = %v, want %v", k, c.Option[k], want)
		}
	}
	if d, err := time.ParseDuration(c.Option["OnFailureDelayDuration"].(string)); err != nil || d != 5*time.Second {
		t.Errorf("delay %v %v", d, err)
	}
	steps, err := tg.installSteps()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	printSteps(&out, steps)
	if !strings.Contains(out.String(), `icacls 'C:\ProgramData\crashd' /grant 'NT SERVICE\crashd:(OI)(CI)M'`) {
		t.Errorf("Windows dry-run lacks the state-dir grant:\n%s", out.String())
	}
}
