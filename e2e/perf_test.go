package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writePerfLog writes an app perf log with samples around now, a path
// carrying a user name, an underrun event and one malformed line.
func writePerfLog(t *testing.T, dir, name string, hang bool) {
	t.Helper()
	var b strings.Builder
	now := time.Now().UTC()
	for i := range 200 {
		ts := now.Add(time.Duration(i-200) * 100 * time.Millisecond).Format(time.RFC3339Nano)
		fmt.Fprintf(&b, `{"ts":%q,"metric":"audio.callback_ms","value":%g,"unit":"ms","tags":{"track":"/home/marisol.quint/Music/set.mp3"}}`+"\n", ts, 1+float64(i%10)/10)
		if i%50 == 0 {
			fmt.Fprintf(&b, `{"ts":%q,"event":"buffer_underrun"}`+"\n", ts)
		}
	}
	b.WriteString("this is not json\n")
	if hang {
		fmt.Fprintf(&b, `{"ts":%q,"event":"hang","tags":{"duration_ms":4200}}`+"\n", now.Format(time.RFC3339Nano))
	}
	tmp := filepath.Join(dir, "."+name+".tmp")
	if err := os.WriteFile(tmp, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
}

// A finished perf log becomes a performance report only with crash+perf
// consent; with crash consent it is held. A crash report carries the
// system samples and the app's perf samples around the crash.
func TestPerfReportsEndToEnd(t *testing.T) {
	crashd, recv := build(t)
	rv := startReceiver(t, recv, filepath.Join(t.TempDir(), "recv"))
	env := newDaemonEnv(t, rv.DSN, "")
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	d := start(t, crashd, "run", "--config", env.cfg)
	defer func() {
		if t.Failed() {
			t.Logf("daemon log:\n%s", d.out.String())
		}
	}()
	time.Sleep(700 * time.Millisecond) // a few sampler ticks

	writePerfLog(t, env.perfDir, "session1.jsonl", false)
	waitFor(t, 30*time.Second, "perf report held under crash consent", func() bool {
		h := history(t, crashd, env.cfg)
		return len(h) == 1 && h[0].Kind == "performance" && h[0].State == "held"
	})

	mustRun(t, crashd, "consent", "set", "crash+perf", "--config", env.cfg)
	time.Sleep(1200 * time.Millisecond) // the daemon acts within a second
	writePerfLog(t, env.perfDir, "session2.jsonl", true)
	var tk string
	waitFor(t, 30*time.Second, "hang report sent", func() bool {
		for _, e := range history(t, crashd, env.cfg) {
			if e.Kind == "hang" && e.State == "sent" {
				tk = e.Ticket
				return true
			}
		}
		return false
	})
	out := mustRun(t, recv, "fetch", tk, "--json", "--data", rv.data)
	var f struct {
		Report struct {
			Kind        string `json:"kind"`
			PerfSummary struct {
				Lines    int `json:"lines"`
				BadLines int `json:"bad_lines"`
				Metrics  map[string]struct {
					Count int     `json:"count"`
					P50   float64 `json:"p50"`
					Max   float64 `json:"max"`
				} `json:"metrics"`
				Events map[string]struct {
					Count int `json:"count"`
				} `json:"events"`
			} `json:"perf_summary"`
		} `json:"report"`
	}
	if err := json.Unmarshal([]byte(out), &f); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	ps := f.Report.PerfSummary
	m := ps.Metrics["audio.callback_ms"]
	if m.Count != 200 || m.Max != 1.9 || ps.BadLines != 1 || ps.Events["buffer_underrun"].Count != 4 || ps.Events["hang"].Count != 1 {
		t.Errorf("summary: %+v", ps)
	}
	assertAbsent(t, rv.data, []string{"marisol.quint"})

	// A crash now: the report carries system samples and the app's perf
	// samples inside the window.
	drop(t, fixture(t, "generated/linux-x86_64-sigsegv.core"), env.dumps, "core.77")
	waitFor(t, 30*time.Second, "crash report sent", func() bool {
		for _, e := range history(t, crashd, env.cfg) {
			if e.Kind == "crash" && e.State == "sent" {
				tk = e.Ticket
				return true
			}
		}
		return false
	})
	out = mustRun(t, recv, "fetch", tk, "--json", "--data", rv.data)
	var c struct {
		Report struct {
			Perf struct {
				Samples []json.RawMessage `json:"samples"`
				App     *struct {
					Metrics map[string]json.RawMessage `json:"metrics"`
				} `json:"app"`
			} `json:"perf"`
		} `json:"report"`
	}
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if len(c.Report.Perf.Samples) < 2 {
		t.Errorf("crash report has %d system samples", len(c.Report.Perf.Samples))
	}
	if c.Report.Perf.App == nil || c.Report.Perf.App.Metrics["audio.callback_ms"] == nil {
		t.Errorf("crash report lacks the app's perf samples in the window: %s", out[:min(len(out), 2000)])
	}
}
