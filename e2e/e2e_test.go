package e2e

import (
	"bytes"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode/utf16"
)

// utf16le encodes s as UTF-16LE bytes.
func utf16le(s string) []byte {
	var b []byte
	for _, r := range utf16.Encode([]rune(s)) {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// assertAbsent checks that none of secrets occurs (case-insensitively, in
// ASCII or UTF-16LE) in any file under dir.
func assertAbsent(t *testing.T, dir string, secrets []string) {
	t.Helper()
	err := filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || !fi.Mode().IsRegular() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		lb := bytes.ToLower(b)
		for _, s := range secrets {
			ls := strings.ToLower(s)
			if bytes.Contains(lb, []byte(ls)) || bytes.Contains(lb, utf16le(ls)) {
				t.Errorf("%q found in %s", s, p)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// fetched is `crashrecv fetch --json`: the stored record with the report
// crashd sent inside it.
type fetched struct {
	Ticket      string `json:"ticket"`
	EventID     string `json:"event_id"`
	Attachments []struct {
		Name string `json:"name"`
		Type string `json:"attachment_type"`
		Size int64  `json:"size"`
	} `json:"attachments"`
	Report fetchedReport `json:"report"`
}

type fetchedReport struct {
	Kind      string         `json:"kind"`
	Format    string         `json:"format"`
	Redaction map[string]int `json:"redaction"`
	Crash     *struct {
		Reason  string `json:"reason"`
		Threads []struct {
			Frames []json.RawMessage `json:"frames"`
		} `json:"threads"`
		CrashedThread int `json:"crashed_thread"`
	} `json:"crash"`
	System *struct {
		OS struct {
			Name string `json:"name"`
		} `json:"os"`
		CPU struct {
			Threads int `json:"threads"`
		} `json:"cpu"`
	} `json:"system"`
	Perf *struct {
		Samples []json.RawMessage `json:"samples"`
	} `json:"perf"`
}

func fetchReport(t *testing.T, recv string, r *receiver, tk string) (fetched, string) {
	t.Helper()
	out := mustRun(t, recv, "fetch", tk, "--json", "--data", r.data)
	var f fetched
	if err := json.Unmarshal([]byte(out), &f); err != nil {
		t.Fatalf("fetch --json: %v\n%s", err, out)
	}
	return f, out
}

// A real minidump and an ELF core dropped into the watched folder are
// uploaded, scrubbed, and fetched by ticket from the real receiver.
func TestCrashToTicketEndToEnd(t *testing.T) {
	crashd, recv := build(t)
	rv := startReceiver(t, recv, filepath.Join(t.TempDir(), "recv"))
	env := newDaemonEnv(t, rv.DSN, "")
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	d := start(t, crashd, "run", "--config", env.cfg)

	type input struct {
		fixture, name, format string
		secrets               []string
	}
	inputs := []input{
		{"minidump/linux-x86_64-breakpad-dev-environ.dmp", "a.dmp", "minidump", []string{"liuandrew", "proxyconfig.corp.google.com"}},
		{"generated/windows-x64-wine-stack.dmp", "b.dmp", "minidump", []string{"aroha.kowalski85", "AROHA-DJ-RIG-870", "aroha.kowalski65@studio-469.example.net", "sk_live_2036172410118c68b5a6443f"}},
		{"generated/linux-x86_64-sigsegv.core", "core.1234", "elfcore", []string{"luciawhitfield29", "lucia.whitfield34@mix-914.example.org", "ghp_eb0aea10d618655ed2679bb8579a10"}},
		{"apple/macos-x86_64-sigsegv.crash", "game.crash", "apple-crash", []string{"/Users/bruno"}},
	}
	var secrets []string
	for _, in := range inputs {
		drop(t, fixture(t, in.fixture), env.dumps, in.name)
		secrets = append(secrets, in.secrets...)
	}
	var h []historyEntry
	defer func() {
		if t.Failed() {
			t.Logf("daemon log:\n%s", d.out.String())
		}
	}()
	waitFor(t, 60*time.Second, "4 reports sent", func() bool {
		h = history(t, crashd, env.cfg)
		sent := 0
		for _, e := range h {
			if e.State == "sent" {
				sent++
			}
			if e.State == "failed" || e.State == "skipped" {
				t.Fatalf("report %s %s: %s\ndaemon log:\n%s", e.Ticket, e.State, e.Reason, d.out.String())
			}
		}
		return sent == len(inputs)
	})
	formats := map[string]bool{}
	for _, e := range h {
		ff, raw := fetchReport(t, recv, rv, e.Ticket)
		if ff.Ticket != e.Ticket || ff.EventID != e.EventID {
			t.Errorf("fetched %s/%s, want %s/%s", ff.Ticket, ff.EventID, e.Ticket, e.EventID)
		}
		f := ff.Report
		formats[f.Format] = true
		if f.Crash == nil || f.Crash.Reason == "" {
			t.Errorf("%s (%s): no crash reason: %s", e.Ticket, f.Format, raw)
			continue
		}
		if f.Crash.CrashedThread < 0 || f.Crash.CrashedThread >= len(f.Crash.Threads) || len(f.Crash.Threads[f.Crash.CrashedThread].Frames) == 0 {
			t.Errorf("%s (%s): no frames for the crashed thread", e.Ticket, f.Format)
		}
		if f.System == nil || f.System.OS.Name == "" || f.System.CPU.Threads == 0 {
			t.Errorf("%s: no system snapshot", e.Ticket)
		}
		if len(f.Redaction) == 0 {
			t.Errorf("%s (%s): empty redaction summary", e.Ticket, f.Format)
		}
		// The fixtures' own crash times are years old (no samples then);
		// the ELF core has none, so its crash time is the file's: now.
		if f.Format == "elfcore" && (f.Perf == nil || len(f.Perf.Samples) == 0) {
			t.Errorf("%s: no performance window around a fresh crash", e.Ticket)
		}
		if len(ff.Attachments) != 1 {
			t.Errorf("%s: attachments %+v", e.Ticket, ff.Attachments)
		} else if (f.Format == "minidump" || f.Format == "elfcore") && ff.Attachments[0].Type != "event.minidump" {
			t.Errorf("%s: attachment type %s", e.Ticket, ff.Attachments[0].Type)
		}
		human := mustRun(t, recv, "fetch", e.Ticket, "--data", rv.data)
		if !strings.Contains(human, e.Ticket) || !strings.Contains(human, f.Crash.Reason) {
			t.Errorf("human fetch output lacks ticket/reason:\n%s", human)
		}
	}
	for _, fm := range []string{"minidump", "elfcore", "apple-crash"} {
		if !formats[fm] {
			t.Errorf("no %s report fetched (got %v)", fm, formats)
		}
	}
	// Nothing identifying reached the receiver, in any file it stored.
	if err := d.stop(); err != nil {
		t.Errorf("daemon stop: %v", err)
	}
	assertAbsent(t, rv.data, secrets)
}

// With consent off nothing leaves: no connection to the endpoint at all,
// and the report is held locally with a ticket.
func TestConsentOffNothingLeaves(t *testing.T) {
	crashd, _ := build(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var conns atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns.Add(1)
			c.Close()
		}
	}()
	env := newDaemonEnv(t, "http://abc@"+ln.Addr().String()+"/1", "")
	d := start(t, crashd, "run", "--config", env.cfg)
	drop(t, fixture(t, "minidump/windows-x64-sentry-native.dmp"), env.dumps, "x.dmp")
	var h []historyEntry
	waitFor(t, 30*time.Second, "report held", func() bool {
		h = history(t, crashd, env.cfg)
		return len(h) == 1 && h[0].State == "held"
	})
	// Granting consent later does not send a report captured without it.
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	time.Sleep(1500 * time.Millisecond)
	if h2 := history(t, crashd, env.cfg); h2[0].State != "held" {
		t.Fatalf("held report changed state after consent grant: %+v", h2[0])
	}
	mustRun(t, crashd, "consent", "set", "off", "--config", env.cfg)
	time.Sleep(500 * time.Millisecond)
	if n := conns.Load(); n != 0 {
		t.Fatalf("%d connections to the endpoint while consent was off\n%s", n, d.out.String())
	}
}

// A corrupt dump and an unknown file are recorded in history with a reason,
// once, and do not stop a good dump behind them; a restart does not retry
// them.
func TestBadFilesRecordedOnce(t *testing.T) {
	crashd, recv := build(t)
	rv := startReceiver(t, recv, filepath.Join(t.TempDir(), "recv"))
	env := newDaemonEnv(t, rv.DSN, "")
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	d := start(t, crashd, "run", "--config", env.cfg)
	drop(t, fixture(t, "minidump/corrupt-invalid-range.dmp"), env.dumps, "bad.dmp")
	if err := os.WriteFile(filepath.Join(env.dumps, "notes.bin"), []byte{0, 1, 2, 3, 0xfe, 0xff, 0, 9}, 0o644); err != nil {
		t.Fatal(err)
	}
	drop(t, filepath.Join(repoRoot(), "demo", "sample-crash.dmp"), env.dumps, "good.dmp")
	var h []historyEntry
	waitFor(t, 30*time.Second, "good sent, bad ones skipped", func() bool {
		h = history(t, crashd, env.cfg)
		sent, skipped := 0, 0
		for _, e := range h {
			switch e.State {
			case "sent":
				sent++
			case "skipped":
				skipped++
				if e.Reason == "" {
					t.Fatalf("skipped without reason: %+v", e)
				}
			}
		}
		return sent == 1 && skipped == 2
	})
	if err := d.stop(); err != nil {
		t.Fatal(err)
	}
	start(t, crashd, "run", "--config", env.cfg)
	time.Sleep(2 * time.Second) // startup scan + settle
	if h2 := history(t, crashd, env.cfg); len(h2) != len(h) {
		t.Fatalf("restart re-processed files: %d rows, had %d: %+v", len(h2), len(h), h2)
	}
}
