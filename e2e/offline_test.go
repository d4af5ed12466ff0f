package e2e

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func sum(t *testing.T, p string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

func exitCode(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

// `crashd redact IN OUT` writes the scrubbed artifact, leaves IN untouched,
// and on bad input fails with one line and writes no OUT.
func TestRedactCommand(t *testing.T) {
	crashd, _ := build(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.toml")
	if err := os.WriteFile(cfg, []byte("state_dir = \"state\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		fixture string
		secrets []string
		magic   string
	}{
		{"minidump/linux-x86_64-breakpad-dev-environ.dmp", []string{"liuandrew", "proxyconfig.corp.google.com"}, "MDMP"},
		{"generated/windows-x64-wine-stack.dmp", []string{"aroha.kowalski85", "AROHA-DJ-RIG-870", "sk_live_2036172410118c68b5a6443f", "SDJP-831A07BC-CA8418E5"}, "MDMP"},
		{"generated/linux-x86_64-sigsegv.core", []string{"luciawhitfield29", "ghp_eb0aea10d618655ed2679bb8579a10", "SDJP-E86155AA-C49C478A"}, "MDMP"},
		{"apple/macos-x86_64-sigsegv.crash", []string{"/Users/bruno/"}, "Incident Identifier:"},
		{"linux/hs_err-linux-ppc64le.log", nil, "#"},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.fixture), func(t *testing.T) {
			in := fixture(t, c.fixture)
			before := sum(t, in)
			out := filepath.Join(t.TempDir(), "out")
			stdout := mustRun(t, crashd, "redact", in, out, "--config", cfg)
			if !strings.Contains(stdout, "removed:") {
				t.Errorf("no summary line: %q", stdout)
			}
			if sum(t, in) != before {
				t.Fatal("input changed")
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(b, []byte(c.magic)) {
				t.Errorf("output starts %q, want %q", b[:min(len(b), 8)], c.magic)
			}
			assertAbsent(t, filepath.Dir(out), c.secrets)
		})
	}
	t.Run("corrupt", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "out")
		got, err := run(t, crashd, "redact", fixture(t, "minidump/corrupt-invalid-range.dmp"), out, "--config", cfg)
		if exitCode(err) != 1 {
			t.Fatalf("exit %d, want 1: %s", exitCode(err), got)
		}
		if lines := strings.Count(strings.TrimSpace(got), "\n"); lines != 0 || !strings.Contains(got, "corrupt-invalid-range.dmp") {
			t.Errorf("want one line naming the file, got %q", got)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Error("OUT was written for corrupt input")
		}
		if ents, _ := os.ReadDir(filepath.Dir(out)); len(ents) != 0 {
			t.Errorf("leftovers: %v", ents)
		}
	})
	t.Run("unsupported", func(t *testing.T) {
		in := filepath.Join(t.TempDir(), "x.bin")
		os.WriteFile(in, []byte{0, 1, 2, 3, 0xff, 0xfe, 0, 0}, 0o600)
		out := filepath.Join(t.TempDir(), "out")
		got, err := run(t, crashd, "redact", in, out, "--config", cfg)
		if exitCode(err) != 1 || !strings.Contains(got, "unsupported") {
			t.Fatalf("exit %d: %s", exitCode(err), got)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Error("OUT was written for unsupported input")
		}
	})
	t.Run("text-crash-forms", func(t *testing.T) {
		// one-line crash records (kernel, libc, shell) are crash logs
		for _, line := range []string{
			"mixxx[4242]: segfault at 0 ip 00007f1a2b012345 sp 00007ffd1a2b3c40 error 4 in libportaudio.so.2.0.0[7f1a2b000000+200000]\n",
			"Abort trap: 6\n",
			"*** stack smashing detected ***: terminated\n",
			"wine: Unhandled page fault on read access to 0000000000000000 at address 000000014002A1B2\n",
		} {
			in := filepath.Join(t.TempDir(), "a.txt")
			os.WriteFile(in, []byte(line), 0o600)
			out := filepath.Join(t.TempDir(), "out")
			if got, err := run(t, crashd, "redact", in, out, "--config", cfg); err != nil {
				t.Errorf("%q: exit %d: %s", line, exitCode(err), got)
			}
		}
	})
	t.Run("not-a-crash-log", func(t *testing.T) {
		in := filepath.Join(t.TempDir(), "notes.txt")
		os.WriteFile(in, []byte("shopping list\nmilk\n"), 0o600)
		out := filepath.Join(t.TempDir(), "out")
		got, err := run(t, crashd, "redact", in, out, "--config", cfg)
		want := "crashd: " + in + ": not a crash log (no crash message, signal or stack frames found); nothing would be uploaded"
		if exitCode(err) != 1 || strings.TrimSpace(got) != want {
			t.Fatalf("exit %d, %q\nwant %q", exitCode(err), got, want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Error("OUT was written for a file without a crash")
		}
	})
	t.Run("stdout", func(t *testing.T) {
		in := fixture(t, "generated/windows-x64-wine-stack.dmp")
		cmd := exec.Command(crashd, "redact", in, "-", "--config", cfg)
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("%v: %s", err, stderr.String())
		}
		if !bytes.HasPrefix(stdout.Bytes(), []byte("MDMP")) || !strings.Contains(stderr.String(), "removed:") {
			t.Fatalf("stdout %q..., stderr %q", stdout.Bytes()[:min(stdout.Len(), 8)], stderr.String())
		}
		for _, v := range []string{"aroha.kowalski85", "AROHA-DJ-RIG-870", "sk_live_2036172410118c68b5a6443f"} {
			if bytes.Contains(stdout.Bytes(), []byte(v)) || bytes.Contains(stdout.Bytes(), utf16le(v)) {
				t.Errorf("%s left in stdout", v)
			}
		}
	})
	t.Run("apport", func(t *testing.T) {
		// an apport report: its text, and its core as a minidump beside
		// OUT; the base64 core itself never comes out
		core, err := os.ReadFile(fixture(t, "generated/linux-x86_64-sigsegv.core"))
		if err != nil {
			t.Fatal(err)
		}
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write(core)
		zw.Close()
		z := gz.Bytes()
		var b strings.Builder
		b.WriteString("ProblemType: Crash\nCoreDump: base64\n")
		for len(z) > 0 {
			n := min(len(z), 1<<16)
			b.WriteString(" " + base64.StdEncoding.EncodeToString(z[:n]) + "\n")
			z = z[n:]
		}
		b.WriteString("ExecutablePath: /usr/bin/crashme\nSignal: 11\n")
		in := filepath.Join(t.TempDir(), "_usr_bin_crashme.1000.crash")
		os.WriteFile(in, []byte(b.String()), 0o600)
		out := filepath.Join(t.TempDir(), "out")
		stdout := mustRun(t, crashd, "redact", in, out, "--config", cfg)
		text, _ := os.ReadFile(out)
		md, _ := os.ReadFile(out + ".core.dmp")
		if !strings.Contains(string(text), "CoreDump: (binary, ") || strings.Contains(string(text), "H4sI") || !bytes.HasPrefix(md, []byte("MDMP")) {
			t.Fatalf("stdout %q; text %.200q; core.dmp %q", stdout, text, md[:min(len(md), 8)])
		}
		assertAbsent(t, filepath.Dir(out), []string{"luciawhitfield29", "ghp_eb0aea10d618655ed2679bb8579a10", "SDJP-E86155AA-C49C478A"})
	})
	t.Run("not-regular-out", func(t *testing.T) {
		// OUT is replaced by a rename: a symlink (/dev/stdout is one) or a
		// FIFO there must be refused, not swapped for a file
		dir := t.TempDir()
		target := filepath.Join(dir, "target")
		os.WriteFile(target, []byte("keep"), 0o600)
		link := filepath.Join(dir, "link")
		if err := os.Symlink(target, link); err != nil {
			t.Skip("no symlinks:", err)
		}
		outs := []string{link, dir}
		entries := 2
		if fifo := filepath.Join(dir, "fifo"); exec.Command("mkfifo", fifo).Run() == nil {
			outs = append(outs, fifo)
			entries++
		}
		for _, out := range outs {
			got, err := run(t, crashd, "redact", fixture(t, "linux/hs_err-linux-ppc64le.log"), out, "--config", cfg)
			if exitCode(err) != 2 || !strings.Contains(got, "not a regular file") || strings.Count(strings.TrimSpace(got), "\n") != 0 {
				t.Errorf("%s: exit %d, %q", out, exitCode(err), got)
			}
			fi, _ := os.Lstat(out)
			if fi == nil || fi.Mode().IsRegular() {
				t.Errorf("%s was replaced", out)
			}
		}
		if b, _ := os.ReadFile(target); string(b) != "keep" {
			t.Errorf("symlink target changed: %q", b)
		}
		if ents, _ := os.ReadDir(dir); len(ents) != entries {
			t.Errorf("leftovers: %v", ents)
		}
	})
	t.Run("usage", func(t *testing.T) {
		_, err := run(t, crashd, "redact", "only-one-arg")
		if exitCode(err) != 2 {
			t.Fatalf("exit %d, want 2", exitCode(err))
		}
	})
}

// `crashd preview --json` shows the event and attachments, scrubbed,
// with no daemon, network or consent.
func TestPreviewCommand(t *testing.T) {
	crashd, _ := build(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "c.toml")
	os.WriteFile(cfg, []byte("state_dir = \"state\"\ndsn = \"https://k@crash.invalid/1\"\n"), 0o600)
	out := mustRun(t, crashd, "preview", fixture(t, "generated/windows-x64-wine-stack.dmp"), "--json", "--config", cfg)
	var p struct {
		Event       map[string]any   `json:"event"`
		Attachments []map[string]any `json:"attachments"`
		Redaction   map[string]int   `json:"redaction"`
	}
	if err := json.Unmarshal([]byte(out), &p); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if p.Event["exception"] == nil || p.Event["debug_meta"] == nil || p.Event["contexts"] == nil {
		t.Errorf("event lacks exception/debug_meta/contexts: %v", p.Event)
	}
	if len(p.Attachments) != 1 || p.Attachments[0]["attachment_type"] != "event.minidump" {
		t.Errorf("attachments %v", p.Attachments)
	}
	if p.Redaction["user"] == 0 {
		t.Errorf("redaction summary %v: the planted user name was not counted", p.Redaction)
	}
	for _, s := range []string{"aroha.kowalski85", "AROHA-DJ-RIG-870", "sk_live_2036172410118c68b5a6443f"} {
		if strings.Contains(strings.ToLower(out), strings.ToLower(s)) {
			t.Errorf("%q in preview output", s)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "state")); err == nil {
		if ents, _ := os.ReadDir(filepath.Join(dir, "state")); len(ents) > 0 {
			t.Errorf("preview wrote state: %v", ents)
		}
	}
	human := mustRun(t, crashd, "preview", fixture(t, "generated/windows-x64-wine-stack.dmp"), "--config", cfg)
	if !strings.Contains(human, "Attachments that would be sent") {
		t.Errorf("human preview:\n%s", human)
	}
}

func TestSysinfoCommand(t *testing.T) {
	crashd, _ := build(t)
	host, _ := os.Hostname()
	out := mustRun(t, crashd, "sysinfo", "--json")
	var s struct {
		OS  struct{ Name, Arch string } `json:"os"`
		CPU struct{ Threads int }       `json:"cpu"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if s.OS.Name == "" || s.CPU.Threads == 0 {
		t.Errorf("sysinfo: %s", out)
	}
	if len(host) >= 4 && strings.Contains(strings.ToLower(out), strings.ToLower(host)) {
		t.Errorf("host name %q in sysinfo", host)
	}
}

func TestUsageAndHelp(t *testing.T) {
	crashd, recv := build(t)
	for _, args := range [][]string{{"--help"}, {"run", "--help"}, {"report", "--help"}, {"consent", "--help"}} {
		if _, err := run(t, crashd, args...); err != nil {
			t.Errorf("crashd %v: %v", args, err)
		}
	}
	if _, err := run(t, crashd, "bogus"); exitCode(err) != 2 {
		t.Errorf("unknown command: exit %d, want 2", exitCode(err))
	}
	if _, err := run(t, recv, "--help"); err != nil {
		t.Errorf("crashrecv --help: %v", err)
	}
	out, err := run(t, recv, "fetch", "ABCD-EFGH-JK1", "--server", "http://127.0.0.1:1", "--token", "x")
	if exitCode(err) != 1 || !strings.Contains(out, "invalid ticket") {
		t.Errorf("bad ticket: exit %d %q", exitCode(err), out)
	}
}
