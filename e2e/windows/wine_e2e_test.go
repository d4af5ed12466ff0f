// Package windows is the Windows end-to-end test: the real Windows crashd.exe
// runs under Wine, watches %LOCALAPPDATA%\CrashDumps, and a real Windows
// program crashes under Wine and writes its minidump there; the report must
// reach a native crashrecv on loopback with the Wine user's identity gone.
//
// It runs only on linux/amd64 with CRASHD_WINE=1 (scripts/test-windows.sh
// sets it after preparing Wine) and needs ../shared/tools (wine, crashgen).
package windows

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

const wine64 = "/usr/lib/wine/wine64"

// identity is what the crashing program plants (as crashgen's
// gen-windows-dumps.sh does): the Wine user's name in its paths, and an
// email, license key and session token in its memory.
type identity struct {
	User, Email, License, Token string
}

func newIdentity() identity {
	firsts := []string{"zoe", "mateusz", "aroha", "siobhan", "kwame", "ingrid", "tomasz", "priya", "lucia", "henrik"}
	lasts := []string{"kowalski", "nakamura", "okafor", "lindqvist", "ferreira", "odonnell", "haddad", "petrov", "tanaka", "whitfield"}
	f, l := firsts[rand.IntN(len(firsts))], lasts[rand.IntN(len(lasts))]
	hex := func(n int) string {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rand.IntN(256))
		}
		return fmt.Sprintf("%x", b)
	}
	return identity{
		User:    fmt.Sprintf("%s.%s%d", f, l, 10+rand.IntN(89)),
		Email:   fmt.Sprintf("%s.%s%d@studio-%d.example.net", f, l, rand.IntN(99), rand.IntN(999)),
		License: "SDJP-" + strings.ToUpper(hex(4)) + "-" + strings.ToUpper(hex(4)),
		Token:   "sk_live_" + hex(12),
	}
}

func (id identity) needles() map[string]string {
	return map[string]string{"user name": id.User, "email": id.Email, "license key": id.License, "token": id.Token}
}

// sharedTools finds ../shared/tools by walking up from this package.
func sharedTools(t *testing.T) string {
	_, file, _, _ := runtime.Caller(0)
	for dir := filepath.Dir(file); ; dir = filepath.Dir(dir) {
		p := filepath.Join(dir, "shared", "tools")
		if _, err := os.Stat(filepath.Join(p, "wine", "setup.sh")); err == nil {
			return p
		}
		if filepath.Dir(dir) == dir {
			t.Skip("skipped: ../shared/tools/wine not found")
		}
	}
}

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(filepath.Dir(file)))
}

// syncBuf collects a process's output while it runs.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Write(p) }
func (s *syncBuf) String() string              { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

type harness struct {
	t      *testing.T
	tools  string
	dir    string   // scratch (native)
	prefix string   // the Wine prefix
	env    []string // for Wine processes: prefix and user
	id     identity
}

// run runs a command to completion within limit, returning its output.
func (h *harness) run(limit time.Duration, env []string, name string, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Env = env
	var out syncBuf
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	if ctx.Err() != nil {
		err = fmt.Errorf("%w (no exit within %s)", err, limit)
	}
	return out.String(), err
}

func (h *harness) must(limit time.Duration, env []string, name string, args ...string) string {
	h.t.Helper()
	out, err := h.run(limit, env, name, args...)
	if err != nil {
		h.t.Fatalf("%s %s: %v\n%s", filepath.Base(name), strings.Join(args, " "), err, out)
	}
	return out
}

// win maps a path inside the prefix's drive_c to its Windows form.
func (h *harness) win(native string) string {
	rel, err := filepath.Rel(filepath.Join(h.prefix, "drive_c"), native)
	if err != nil || strings.HasPrefix(rel, "..") {
		h.t.Fatalf("%s is not on drive C:", native)
	}
	return `C:\` + strings.ReplaceAll(rel, "/", `\`)
}

func (h *harness) step(start time.Time, what string) {
	h.t.Logf("%6.1fs %s", time.Since(start).Seconds(), what)
}

func TestWindowsCrashReachesReceiverScrubbed(t *testing.T) {
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		t.Skip("skipped: Wine runs the Windows build only on linux/amd64")
	}
	if os.Getenv("CRASHD_WINE") == "" {
		t.Skip("skipped: set CRASHD_WINE=1 to run the Windows build under Wine (scripts/test-windows.sh does)")
	}
	tools := sharedTools(t)
	for _, bin := range []string{wine64, "x86_64-w64-mingw32-gcc"} {
		if _, err := exec.LookPath(bin); err != nil {
			t.Skipf("skipped: %s not installed (run ../shared/tools/wine/setup.sh)", bin)
		}
	}
	start := time.Now()
	h := &harness{t: t, tools: tools, dir: t.TempDir(), id: newIdentity()}
	h.prefix = filepath.Join(h.dir, "wineprefix")
	base := []string{}
	for _, kv := range os.Environ() {
		// SENTRY_DSN would override the config's dsn; Wine settings are ours.
		if k, _, _ := strings.Cut(kv, "="); k != "SENTRY_DSN" && !strings.HasPrefix(k, "WINE") && k != "USER" && k != "LOGNAME" && k != "USERNAME" {
			base = append(base, kv)
		}
	}
	h.env = append(base, "WINEPREFIX="+h.prefix, "WINEDEBUG=-all", "USER="+h.id.User, "LOGNAME="+h.id.User)
	t.Logf("Wine user %q, planted email %q license %q token %q", h.id.User, h.id.Email, h.id.License, h.id.Token)

	// A fresh prefix whose Windows user is the planted name (Wine takes
	// it from $USER), with setup.sh's stand-in bcryptprimitives.dll.
	h.must(3*time.Minute, h.env, filepath.Join(tools, "wine", "setup.sh"), h.prefix)
	t.Cleanup(func() { // before TempDir's removal: no Wine process may hold the prefix
		cmd := exec.Command("/usr/lib/wine/wineserver", "-k")
		cmd.Env = h.env
		_ = cmd.Run()
	})
	profile := filepath.Join(h.prefix, "drive_c", "users", h.id.User)
	if _, err := os.Stat(profile); err != nil {
		t.Fatalf("Wine did not make the user profile for $USER: %v", err)
	}
	h.step(start, "Wine prefix ready")

	// Binaries: Windows crashd.exe, native crashrecv, the mingw crasher
	// installed where a real app lives (its path names the user).
	bin := filepath.Join(h.dir, "bin")
	crashd, recv := filepath.Join(bin, "crashd.exe"), filepath.Join(bin, "crashrecv")
	winEnv := append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0")
	build := func(env []string, out, pkg string) {
		cmd := exec.Command("go", "build", "-o", out, pkg)
		cmd.Dir, cmd.Env = repoRoot(), env
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build %s: %v\n%s", pkg, err, b)
		}
	}
	build(winEnv, crashd, "./cmd/crashd")
	build(append(os.Environ(), "CGO_ENABLED=0"), recv, "./cmd/crashrecv")
	appDir := filepath.Join(profile, "AppData", "Local", "Programs", "Serato DJ Pro")
	app := filepath.Join(appDir, "Serato DJ Pro.exe")
	if err := os.MkdirAll(appDir, 0o755); err != nil {
		t.Fatal(err)
	}
	h.must(2*time.Minute, os.Environ(), "x86_64-w64-mingw32-gcc", "-O0", "-o", app, filepath.Join(tools, "crashgen", "wincrash.c"), "-ldbghelp")
	h.step(start, "built crashd.exe, crashrecv, wincrash.c")

	// The receiver, natively on loopback.
	data := filepath.Join(h.dir, "recv")
	recvCtx, stopRecv := context.WithCancel(context.Background())
	defer stopRecv()
	recvCmd := exec.CommandContext(recvCtx, recv, "serve", "--listen", "127.0.0.1:0", "--data", data)
	recvCmd.Cancel = func() error { return recvCmd.Process.Signal(os.Interrupt) }
	recvCmd.WaitDelay = 10 * time.Second
	var recvOut syncBuf
	recvCmd.Stdout, recvCmd.Stderr = &recvOut, &recvOut
	if err := recvCmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { stopRecv(); _ = recvCmd.Wait() }()
	var rj struct {
		DSN   string `json:"dsn"`
		Token string `json:"support_token"`
	}
	waitFor(t, 20*time.Second, "receiver.json", func() bool {
		b, err := os.ReadFile(filepath.Join(data, "receiver.json"))
		return err == nil && json.Unmarshal(b, &rj) == nil && rj.DSN != ""
	})

	// crashd's config on C:, watching the user's WER dump folder.
	cdir := filepath.Join(h.prefix, "drive_c", "crashd")
	dumps := filepath.Join(profile, "AppData", "Local", "CrashDumps")
	for _, d := range []string{cdir, dumps} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	cfg := filepath.Join(cdir, "config.toml")
	// A short perf after-window: the report waits for it before upload.
	toml := fmt.Sprintf("dsn = %q\nstate_dir = '%s'\npolicy_file = '%s'\nsettle_time = \"300ms\"\n[[watch]]\npath = '%s'\nkind = \"crash\"\n[perf]\ninterval = \"500ms\"\nafter = \"1s\"\n",
		rj.DSN, h.win(filepath.Join(cdir, "state")), h.win(filepath.Join(cdir, "policy.toml")), h.win(dumps))
	if err := os.WriteFile(cfg, []byte(toml), 0o644); err != nil {
		t.Fatal(err)
	}
	wcfg := h.win(cfg)
	out := h.must(90*time.Second, h.env, wine64, crashd, "consent", "set", "crash", "--config", wcfg)
	if !strings.Contains(out, "crash") {
		t.Fatalf("consent set crash: %s", out)
	}
	h.step(start, "consent set crash: "+strings.TrimSpace(out))

	// crashd.exe run, under Wine.
	daemon := exec.Command(wine64, crashd, "run", "--config", wcfg)
	daemon.Env = h.env
	var dout syncBuf
	daemon.Stdout, daemon.Stderr = &dout, &dout
	if err := daemon.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- daemon.Wait() }()
	stopped := false
	stopDaemon := func() {
		if stopped {
			return
		}
		stopped = true
		// Wine turns SIGINT into a console Ctrl+C for the Windows process.
		_ = daemon.Process.Signal(os.Interrupt)
		select {
		case err := <-exited:
			t.Logf("crashd.exe stopped on Ctrl+C: %v", err)
		case <-time.After(15 * time.Second):
			_ = daemon.Process.Kill()
			<-exited
			t.Logf("crashd.exe did not stop within 15 s of Ctrl+C; killed")
		}
	}
	defer stopDaemon()
	waitFor(t, 90*time.Second, "crashd.exe running", func() bool {
		select {
		case err := <-exited:
			stopped = true
			t.Fatalf("crashd.exe run exited: %v\n%s", err, dout.String())
		default:
		}
		return strings.Contains(dout.String(), "crashd running")
	})
	h.step(start, "crashd.exe run is watching "+h.win(dumps))

	// The crash: an access violation; the app's exception filter writes
	// its minidump straight into the watched folder, as WER's LocalDumps do.
	dumpName := "Serato DJ Pro.exe.4242.dmp"
	track := fmt.Sprintf(`C:\Users\%s\Music\Sets\%s_private_set.mp3`, h.id.User, strings.Split(h.id.User, ".")[0])
	crashEnv := append(append([]string{}, h.env...), "APP_LICENSE_KEY="+h.id.License, "APP_ACCOUNT_EMAIL="+h.id.Email, "APP_SESSION_TOKEN="+h.id.Token)
	crashCmd := exec.Command(wine64, app, h.win(filepath.Join(dumps, dumpName)), "0x1", track)
	crashCmd.Dir, crashCmd.Env = appDir, crashEnv
	cout, err := crashCmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 3 {
		t.Fatalf("crasher: want exit 3 from its exception filter, got %v\n%s", err, cout)
	}
	raw, err := os.ReadFile(filepath.Join(dumps, dumpName))
	if err != nil || !bytes.HasPrefix(raw, []byte("MDMP")) {
		t.Fatalf("no minidump from the crash: %v", err)
	}
	// The test means something only if the identity is in the dump.
	for _, what := range []string{"user name", "email"} {
		if n := h.id.needles()[what]; !containsFold(raw, n) {
			t.Fatalf("the raw dump lacks the planted %s %q", what, n)
		}
	}
	present := map[string]string{}
	for what, n := range h.id.needles() {
		if containsFold(raw, n) {
			present[what] = n
		}
	}
	h.step(start, fmt.Sprintf("crashed: %d-byte minidump holding the planted %s", len(raw), strings.Join(sortedKeys(present), ", ")))

	// The report arrives at the receiver.
	type listed struct {
		Ticket string `json:"ticket"`
		Kind   string `json:"kind"`
	}
	var got []listed
	waitFor(t, 2*time.Minute, "the report at the receiver", func() bool {
		select {
		case err := <-exited:
			stopped = true
			t.Fatalf("crashd.exe exited: %v\n%s", err, dout.String())
		default:
		}
		out, err := h.run(30*time.Second, os.Environ(), recv, "list", "--json", "--data", data)
		got = nil
		return err == nil && json.Unmarshal([]byte(out), &got) == nil && len(got) > 0
	}, func() string { return "crashd.exe output:\n" + dout.String() })
	h.step(start, fmt.Sprintf("receiver has %d report(s): %+v", len(got), got))

	// The ticket, from crashd.exe's own history (offline, daemon stopped:
	// the local API's named pipe is not relied on here).
	stopDaemon()
	out = h.must(90*time.Second, h.env, wine64, crashd, "history", "--json", "--config", wcfg)
	var hist []struct {
		Ticket, Kind, State string
	}
	if err := json.Unmarshal([]byte(out), &hist); err != nil || len(hist) != 1 {
		t.Fatalf("crashd.exe history --json: want one report (%v)\n%s", err, out)
	}
	if hist[0].State != "sent" || hist[0].Kind != "crash" || hist[0].Ticket != got[0].Ticket {
		t.Fatalf("history %+v, receiver %+v: want one sent crash with the same ticket", hist[0], got[0])
	}
	fetchDir := filepath.Join(h.dir, "fetched")
	report := h.must(60*time.Second, os.Environ(), recv, "fetch", hist[0].Ticket, "--json", "--data", data, "--out", fetchDir)
	h.step(start, "fetched ticket "+hist[0].Ticket)

	// Still useful: the exception and the app's module survive.
	for _, keep := range []string{hist[0].Ticket, "Serato DJ Pro.exe"} {
		if !strings.Contains(report, keep) {
			t.Errorf("fetched report lacks %q", keep)
		}
	}
	if !strings.Contains(strings.ToLower(report), "access_violation") && !strings.Contains(strings.ToLower(report), "c0000005") {
		t.Errorf("fetched report names no access violation")
	}
	var att struct {
		Attachments []struct {
			Name string `json:"name"`
		} `json:"attachments"`
	}
	_ = json.Unmarshal([]byte(report), &att)
	hasDump := false
	for _, a := range att.Attachments {
		hasDump = hasDump || strings.HasSuffix(strings.ToLower(a.Name), ".dmp")
	}
	if !hasDump {
		t.Errorf("fetched report has no minidump attachment: %+v", att.Attachments)
	}
	if err := os.WriteFile(filepath.Join(fetchDir, "fetch-stdout.json"), []byte(report), 0o600); err != nil {
		t.Fatal(err)
	}

	// Scrubbed: no planted value, in ASCII or UTF-16LE, any case, in
	// anything the receiver stored or support fetched (compressed files
	// are looked into too).
	leaks := 0
	for _, root := range []string{data, fetchDir} {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || !d.Type().IsRegular() {
				return err
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			for _, body := range expand(b) {
				for what, n := range h.id.needles() {
					if containsFold(body, n) {
						leaks++
						t.Errorf("%s: the planted %s %q is stored", strings.TrimPrefix(p, h.dir+"/"), what, n)
					}
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if leaks == 0 {
		h.step(start, fmt.Sprintf("scrubbed: none of %s in the receiver's storage or the fetched report", strings.Join(sortedKeys(present), ", ")))
	}
}

// expand returns b and, when b is zstd or gzip, its decompressed content.
func expand(b []byte) [][]byte {
	out := [][]byte{b}
	var r io.Reader
	switch {
	case bytes.HasPrefix(b, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		d, err := zstd.NewReader(bytes.NewReader(b))
		if err != nil {
			return out
		}
		defer d.Close()
		r = d
	case bytes.HasPrefix(b, []byte{0x1f, 0x8b}):
		z, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			return out
		}
		r = z
	default:
		return out
	}
	if dec, err := io.ReadAll(io.LimitReader(r, 1<<30)); err == nil {
		out = append(out, dec)
	}
	return out
}

// containsFold finds s in b as ASCII/UTF-8 or UTF-16LE, ignoring ASCII case.
func containsFold(b []byte, s string) bool {
	lb := lowerASCII(b)
	ls := lowerASCII([]byte(s))
	if bytes.Contains(lb, ls) {
		return true
	}
	u16 := make([]byte, 0, 2*len(ls))
	for _, c := range ls {
		u16 = append(u16, c, 0)
	}
	return bytes.Contains(lb, u16)
}

func lowerASCII(b []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out[i] = c
	}
	return out
}

func sortedKeys(m map[string]string) []string { return slices.Sorted(maps.Keys(m)) }

func waitFor(t *testing.T, d time.Duration, what string, cond func() bool, detail ...func() string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			msg := ""
			for _, f := range detail {
				msg += "\n" + f()
			}
			t.Fatalf("timed out after %s waiting for %s%s", d, what, msg)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
