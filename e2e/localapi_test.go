//go:build unix

package e2e

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"crashd/localapi"
)

// When CRASHD_E2E_RAWREPORT is set, this test binary is a raw local API
// client (re-executed as another uid): it sends a report request naming a
// path, with no descriptor, and prints the daemon's answer line.
func init() {
	addr := os.Getenv("CRASHD_E2E_RAWREPORT")
	if addr == "" {
		return
	}
	c, err := net.Dial("unix", addr)
	if err != nil {
		fmt.Printf("dial: %v\n", err)
		os.Exit(3)
	}
	req, _ := json.Marshal(localapi.Request{Op: localapi.OpReport, Path: os.Getenv("CRASHD_E2E_PATH"), Wait: true, TimeoutMS: 10000})
	c.Write(append(req, '\n'))
	line, _ := bufio.NewReader(c).ReadString('\n')
	fmt.Print(line)
	os.Exit(0)
}

// runCode runs bin and returns stdout, stderr and the exit code.
func runCode(t *testing.T, cmd *exec.Cmd) (string, string, int) {
	t.Helper()
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return out.String(), errb.String(), 0
	case errors.As(err, &ee):
		return out.String(), errb.String(), ee.ExitCode()
	default:
		t.Fatalf("%s: %v", cmd.Path, err)
		return "", "", -1
	}
}

func crashdCmd(bin string, args ...string) *exec.Cmd { return exec.Command(bin, args...) }

// goPanicLog is a small text crash log carrying marker in its panic value.
func goPanicLog(t *testing.T, path, marker string, mode os.FileMode) {
	t.Helper()
	body := "panic: runtime error: " + marker + "\n\ngoroutine 1 [running]:\nmain.render(0x0)\n\t/src/mixer/render.go:42 +0x1d\nmain.main()\n\t/src/mixer/main.go:10 +0x25\nexit status 2\n"
	if err := os.WriteFile(path, []byte(body), mode); err != nil {
		t.Fatal(err)
	}
}

type reportJSON struct {
	Ticket  string `json:"ticket"`
	State   string `json:"state"`
	EventID string `json:"event_id"`
	Reason  string `json:"reason"`
}

func parseReport(t *testing.T, out string) reportJSON {
	t.Helper()
	var r reportJSON
	if err := json.Unmarshal([]byte(out), &r); err != nil || r.Ticket == "" || r.EventID == "" || r.State == "" {
		t.Fatalf("report --json output %q: %v", out, err)
	}
	return r
}

// oneLineErr checks a failure: exit 1, nothing on stdout, one line on
// stderr that contains want.
func oneLineErr(t *testing.T, what, stdout, stderr string, code int, want string) {
	t.Helper()
	if code != 1 || stdout != "" || strings.Count(strings.TrimRight(stderr, "\n"), "\n") != 0 || !strings.Contains(stderr, want) {
		t.Errorf("%s: exit %d, stdout %q, stderr %q; want exit 1 and one line with %q", what, code, stdout, stderr, want)
	}
}

func TestLocalAPIReportSendStatusHistory(t *testing.T) {
	crashd, recv := build(t)
	rv := startReceiver(t, recv, filepath.Join(t.TempDir(), "recv"))
	env := newDaemonEnv(t, rv.DSN, "")
	dmp := fixture(t, "minidump/windows-x64-sentry-native.dmp")
	garbage := filepath.Join(env.dir, "garbage.bin")
	if err := os.WriteFile(garbage, []byte("\x00\x01 not a crash of any kind \xff"), 0o600); err != nil {
		t.Fatal(err)
	}

	// No daemon yet: a clear one-line reason. A ticket with a wrong check
	// symbol is refused before anything is looked up (no daemon needed).
	out, errOut, code := runCode(t, crashdCmd(crashd, "report", dmp, "--config", env.cfg))
	oneLineErr(t, "report without daemon", out, errOut, code, "not running")
	out, errOut, code = runCode(t, crashdCmd(crashd, "send", "K7QF-2M9X-4TB", "--config", env.cfg))
	oneLineErr(t, "send of a wrong-check ticket", out, errOut, code, "invalid ticket")

	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	d := start(t, crashd, "run", "--config", env.cfg)
	defer func() {
		if t.Failed() {
			t.Logf("daemon log:\n%s", d.out.String())
		}
	}()
	// (Not `crashd status`: offline, it takes the state lock the
	// starting daemon needs.)
	waitFor(t, 10*time.Second, "local API", func() bool {
		c, err := net.Dial("unix", localapi.Address(env.state))
		if err == nil {
			c.Close()
		}
		return err == nil
	})

	// Consent crash: --wait returns once the receiver acknowledged it.
	sent := parseReport(t, mustRun(t, crashd, "report", dmp, "--wait", "--json", "--app", "Mixer", "--config", env.cfg))
	if sent.State != "sent" {
		t.Fatalf("report --wait with consent: %+v", sent)
	}
	f, _ := fetchReport(t, recv, rv, sent.Ticket)
	if f.Ticket != sent.Ticket || f.EventID != sent.EventID {
		t.Fatalf("receiver has %s/%s, want %s/%s", f.Ticket, f.EventID, sent.Ticket, sent.EventID)
	}

	// The user's comment is scrubbed with the report: the account the dump
	// names and a name the comment gives both go, each with the
	// pseudonym the rest of the report uses.
	wine := fixture(t, "generated/windows-x64-wine-stack.dmp")
	comment := "aroha.kowalski85 here, it crashed while loading my set.\nThanks,\nThandiwe Mokoena"
	withComment := parseReport(t, mustRun(t, crashd, "report", wine, "--wait", "--json", "--comment", comment, "--config", env.cfg))
	if withComment.State != "sent" {
		t.Fatalf("report --comment --wait: %+v", withComment)
	}
	_, fetchedRaw := fetchReport(t, recv, rv, withComment.Ticket)
	var got struct {
		Report struct {
			UserComment string `json:"user_comment"`
		} `json:"report"`
	}
	if err := json.Unmarshal([]byte(fetchedRaw), &got); err != nil {
		t.Fatalf("fetch --json: %v", err)
	}
	if c := got.Report.UserComment; !strings.Contains(c, "it crashed while loading my set") || !strings.Contains(c, "<user-") {
		t.Errorf("fetched comment %q", c)
	}
	for _, secret := range []string{"aroha", "Thandiwe", "Mokoena"} {
		if strings.Contains(strings.ToLower(fetchedRaw), strings.ToLower(secret)) {
			t.Errorf("fetched report names %q: %s", secret, fetchedRaw)
		}
	}

	// Errors: one line, exit 1.
	out, errOut, code = runCode(t, crashdCmd(crashd, "report", filepath.Join(env.dir, "missing.dmp"), "--config", env.cfg))
	oneLineErr(t, "missing file", out, errOut, code, "no such file")
	out, errOut, code = runCode(t, crashdCmd(crashd, "report", garbage, "--config", env.cfg))
	oneLineErr(t, "unsupported file", out, errOut, code, "unsupported")
	out, errOut, code = runCode(t, crashdCmd(crashd, "report", env.dir, "--config", env.cfg))
	oneLineErr(t, "directory", out, errOut, code, "not a regular file")
	out, errOut, code = runCode(t, crashdCmd(crashd, "send", "k7qf-2m9x-4tb", "--config", env.cfg))
	oneLineErr(t, "send of a wrong-check ticket", out, errOut, code, "invalid ticket")

	// Consent off: held, exit 0; then approved by `crashd send --wait`.
	mustRun(t, crashd, "consent", "set", "off", "--config", env.cfg)
	time.Sleep(1200 * time.Millisecond) // the daemon acts on a change within a second
	core := fixture(t, "generated/linux-x86_64-sigsegv.core")
	held := parseReport(t, mustRun(t, crashd, "report", core, "--wait", "--json", "--config", env.cfg))
	if held.State != "held" {
		t.Fatalf("report --wait with consent off: %+v", held)
	}
	human := mustRun(t, crashd, "report", fixture(t, "apple/macos-x86_64-sigsegv.crash"), "--wait", "--config", env.cfg)
	if !strings.Contains(human, "crashd send ") {
		t.Errorf("held report output does not say how to send it:\n%s", human)
	}
	if _, err := run(t, recv, "fetch", held.Ticket, "--data", rv.data); err == nil {
		t.Fatalf("a held report reached the receiver")
	}
	// While consent is off nothing leaves, approved or not: send refuses
	// and the report stays held. At "ask" it is sent only when approved.
	out, errOut, code = runCode(t, crashdCmd(crashd, "send", held.Ticket, "--wait", "--config", env.cfg))
	oneLineErr(t, "send while consent is off", out, errOut, code, "off")
	mustRun(t, crashd, "consent", "set", "ask", "--config", env.cfg)
	time.Sleep(1200 * time.Millisecond)
	for _, h := range history(t, crashd, env.cfg) {
		if h.Ticket == held.Ticket && h.State != "held" {
			t.Fatalf("held report is %s after consent ask", h.State)
		}
	}
	var sendOut reportJSON
	if err := json.Unmarshal([]byte(mustRun(t, crashd, "send", strings.ToLower(held.Ticket), "--wait", "--json", "--config", env.cfg)), &sendOut); err != nil || sendOut.State != "sent" || sendOut.Ticket != held.Ticket {
		t.Fatalf("send --wait: %+v %v", sendOut, err)
	}
	if f, _ := fetchReport(t, recv, rv, held.Ticket); f.EventID != held.EventID {
		t.Fatalf("approved report not at the receiver: %+v", f)
	}

	// status --json and history --json shapes.
	var st struct {
		Running   bool           `json:"running"`
		PID       int            `json:"pid"`
		StateDir  string         `json:"state_dir"`
		Service   string         `json:"service"`
		Counts    map[string]int `json:"counts"`
		StartedAt time.Time      `json:"started_at"`
		LastSent  time.Time      `json:"last_sent"`
		Consent   struct {
			User      string `json:"user"`
			Effective string `json:"effective"`
		} `json:"consent"`
	}
	raw := mustRun(t, crashd, "status", "--json", "--config", env.cfg)
	if err := json.Unmarshal([]byte(raw), &st); err != nil {
		t.Fatalf("status --json: %v\n%s", err, raw)
	}
	if !st.Running || st.PID != d.cmd.Process.Pid || st.StateDir != env.state || st.Consent.Effective != "ask" ||
		st.Counts["sent"] != 3 || st.Counts["held"] != 1 || st.StartedAt.IsZero() || st.LastSent.IsZero() || st.Service == "" {
		t.Errorf("status --json: %s", raw)
	}
	var hist []map[string]any
	raw = mustRun(t, crashd, "history", "--json", "--config", env.cfg)
	if err := json.Unmarshal([]byte(raw), &hist); err != nil {
		t.Fatalf("history --json: %v\n%s", err, raw)
	}
	if len(hist) != 4 {
		t.Fatalf("history has %d rows, want 4:\n%s", len(hist), raw)
	}
	byTicket := map[string]map[string]any{}
	for _, h := range hist {
		for _, k := range []string{"ticket", "event_id", "kind", "state", "raw_size", "size", "captured_at", "changed_at", "attempts"} {
			if _, ok := h[k]; !ok {
				t.Errorf("history row lacks %q: %v", k, h)
			}
		}
		byTicket[h["ticket"].(string)] = h
	}
	if h := byTicket[sent.Ticket]; h == nil || h["state"] != "sent" || h["app"] != "Mixer" || h["sent_at"] == nil {
		t.Errorf("history row of the sent report: %v", h)
	}
	if h := byTicket[held.Ticket]; h == nil || h["state"] != "sent" {
		t.Errorf("history row of the approved report: %v", h)
	}
	// The daemon stopped: the same clear reason again.
	if err := d.stop(); err != nil {
		t.Errorf("daemon stop: %v", err)
	}
	out, errOut, code = runCode(t, crashdCmd(crashd, "report", dmp, "--wait", "--config", env.cfg))
	oneLineErr(t, "report after the daemon stopped", out, errOut, code, "not running")
}

// copyExec copies an executable where another uid can run it.
func copyExec(t *testing.T, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

func asNobody(cmd *exec.Cmd) *exec.Cmd {
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	return cmd
}

// A machine-wide daemon is reachable by every local user, but an
// unprivileged caller cannot get a root-only file uploaded through it:
// the CLI cannot open the file, and a raw request naming the path with no
// descriptor is refused. A readable file with the same content type does
// arrive (so the check below could see a leak).
func TestLocalAPISystemDaemonRefusesOtherUsersFiles(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("needs root to run a client as another uid")
	}
	crashd, recv := build(t)
	rv := startReceiver(t, recv, filepath.Join(t.TempDir(), "recv"))
	env := newDaemonEnv(t, rv.DSN, "")
	// A top-level key: before the tables newDaemonEnv writes.
	cfg, err := os.ReadFile(env.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(env.cfg, append([]byte("system = true\n"), cfg...), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(env.cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	// uid 65534 must reach the socket, its config and the binaries.
	for p := env.dir; p != filepath.Dir(p) && p != os.TempDir(); p = filepath.Dir(p) {
		if err := os.Chmod(p, 0o711); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(env.state, 0o711); err != nil {
		t.Fatal(err)
	}
	cli, self := filepath.Join(env.dir, "crashd"), filepath.Join(env.dir, "e2e.test")
	copyExec(t, crashd, cli)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	copyExec(t, exe, self)

	const secretMarker = "zebracorn7731quartz"
	secret := filepath.Join(env.dir, "root-only-panic.log")
	goPanicLog(t, secret, secretMarker, 0o600)
	const publicMarker = "okapi5521lantern"
	public := filepath.Join(env.dir, "public-panic.log")
	goPanicLog(t, public, publicMarker, 0o644)

	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	d := start(t, crashd, "run", "--config", env.cfg)
	defer func() {
		if t.Failed() {
			t.Logf("daemon log:\n%s", d.out.String())
		}
	}()
	addr := localapi.Address(env.state)
	waitFor(t, 10*time.Second, "local API socket", func() bool {
		c, err := net.Dial("unix", addr)
		if err == nil {
			c.Close()
		}
		return err == nil
	})
	if fi, err := os.Stat(addr); err != nil || fi.Mode().Perm() != 0o666 {
		t.Fatalf("machine-wide socket: %v %v", fi, err)
	}

	// 1. The CLI as uid 65534: it cannot open the file, so nothing is sent.
	out, errOut, code := runCode(t, asNobody(exec.Command(cli, "report", secret, "--wait", "--json", "--config", env.cfg)))
	oneLineErr(t, "report of a root-only file as 65534", out, errOut, code, "permission denied")

	// 2. A raw request with only the path, as uid 65534: forbidden.
	raw := asNobody(exec.Command(self, "-test.run=^$"))
	raw.Env = append(os.Environ(), "CRASHD_E2E_RAWREPORT="+addr, "CRASHD_E2E_PATH="+secret)
	b, err := raw.Output()
	var resp localapi.Response
	if err != nil || json.Unmarshal(b, &resp) != nil {
		t.Fatalf("raw client: %v %q", err, b)
	}
	if resp.OK || resp.Code != localapi.CodeForbidden {
		t.Fatalf("path-only report of a root-only file from uid 65534: %s", b)
	}

	// 3. The same user may report a file it can read (by descriptor).
	ok := parseReport(t, string(func() []byte {
		out, errOut, code := runCode(t, asNobody(exec.Command(cli, "report", public, "--wait", "--json", "--config", env.cfg)))
		if code != 0 {
			t.Fatalf("report of a readable file as 65534: exit %d: %s", code, errOut)
		}
		return []byte(out)
	}()))
	if ok.State != "sent" {
		t.Fatalf("readable file as 65534: %+v", ok)
	}
	// ...but not change machine-wide consent.
	out, errOut, code = runCode(t, asNobody(exec.Command(cli, "consent", "set", "off", "--config", env.cfg)))
	if code == 0 {
		t.Errorf("uid 65534 changed machine-wide consent: %s", out)
	}
	_ = errOut

	if err := d.stop(); err != nil {
		t.Errorf("daemon stop: %v", err)
	}
	if !dirContains(t, rv.data, publicMarker) {
		t.Fatalf("control: the readable file's marker is not in the receiver's data; the leak check would prove nothing")
	}
	assertAbsent(t, rv.data, []string{secretMarker})
	assertAbsent(t, env.state, []string{secretMarker})
	if h := history(t, crashd, env.cfg); len(h) != 1 {
		t.Errorf("history: %+v, want only the readable file's report", h)
	}
}

func dirContains(t *testing.T, dir, s string) bool {
	t.Helper()
	found := false
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			if b, err := os.ReadFile(p); err == nil && strings.Contains(string(b), s) {
				found = true
			}
		}
		return nil
	})
	return found
}
