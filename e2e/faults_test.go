//go:build linux

package e2e

// Reliability suite, part 2 (issue 11): disk faults. A full state dir (a
// 2 MiB tmpfs) and spool payloads damaged on disk.

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

type chaosStatus struct {
	LastError string         `json:"last_error"`
	Counts    map[string]int `json:"counts"`
}

func chaosStatusOf(t testing.TB, crashd, cfg string) chaosStatus {
	t.Helper()
	out := mustRun(t, crashd, "status", "--json", "--config", cfg)
	var s chaosStatus
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("status --json: %v\n%s", err, out)
	}
	return s
}

// chaosFillDisk writes path until the file system is full.
func chaosFillDisk(t testing.TB, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	buf := make([]byte, 64<<10)
	for {
		if _, err := f.Write(buf); err != nil {
			if !strings.Contains(err.Error(), "no space") {
				t.Fatal(err)
			}
			// Byte-sized leftovers too, so even metadata writes fail.
			for f.Sync() == nil {
				if _, err := f.Write(buf[:512]); err != nil {
					break
				}
			}
			return
		}
	}
}

// knownBugDiskFullNoRetry: reports dropped while the state dir is full are
// only retried after a restart (reported; flip to false once fixed).
const knownBugDiskFullNoRetry = false

// The state dir fills up: the error is clear in status and history, no
// file is corrupted, and reports flow again once space returns.
func TestChaosDiskFull(t *testing.T) {
	if runtime.GOOS != "linux" || os.Getuid() != 0 {
		t.Skip("needs root on Linux to mount a tmpfs")
	}
	t.Parallel()
	crashd, recv := build(t)
	rv := startReceiver(t, recv, t.TempDir()+"/recv")
	env := newDaemonEnv(t, rv.DSN, chaosCrashLoopOff)
	if err := os.MkdirAll(env.state, 0o700); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", env.state).CombinedOutput(); err != nil {
		t.Skipf("mount tmpfs: %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("umount", "-l", env.state).Run() })
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	d := chaosStart(t, crashd, env)
	rss := chaosWatchRSS(func() *proc { return d })
	defer func() {
		if t.Failed() {
			t.Logf("daemon log:\n%s", d.out.String())
		}
	}()
	base := chaosSampleDump(t)
	chaosWrite(t, env.dumps, "before.dmp", chaosUniqueDump(base, "before"))
	waitFor(t, 30*time.Second, "first report sent", func() bool {
		return chaosCount(chaosHistory(t, crashd, env.cfg), "sent") == 1
	})

	filler := filepath.Join(env.state, "filler")
	chaosFillDisk(t, filler)
	nFull := chaosScale(2, 5)
	for i := range nFull {
		chaosWrite(t, env.dumps, fmt.Sprintf("full-%d.dmp", i), chaosUniqueDump(base, "full"+fmt.Sprint(i)))
	}
	var st chaosStatus
	waitFor(t, 20*time.Second, "disk-full error in status", func() bool {
		st = chaosStatusOf(t, crashd, env.cfg)
		return strings.Contains(st.LastError, "disk full") || strings.Contains(st.LastError, "no space")
	})
	human := mustRun(t, crashd, "status", "--config", env.cfg)
	if !strings.Contains(human, "disk full") && !strings.Contains(human, "no space") {
		t.Errorf("status does not say the disk is full:\n%s", human)
	}
	t.Logf("status while full: %s", st.LastError)

	// Space returns: the reports dropped meanwhile and new ones are sent.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	chaosWrite(t, env.dumps, "after.dmp", chaosUniqueDump(base, "after"))
	want := 2 + nFull
	var h []chaosHist
	ok := true
	deadline := time.Now().Add(30 * time.Second)
	for {
		h = chaosHistory(t, crashd, env.cfg)
		if chaosCount(h, "sent") >= want {
			break
		}
		if time.Now().After(deadline) {
			ok = false
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if !ok {
		// Reported to the lead: daemon.Submit records a write failure in the
		// work dir as "unreadable" (skip) and the collector never offers the
		// file again, so only a restart (which rescans) recovers these.
		msg := fmt.Sprintf("after space returned, %d of %d reports sent without a restart: %+v", chaosCount(h, "sent"), want, h)
		if knownBugDiskFullNoRetry {
			t.Logf("KNOWN BUG: %s", msg)
		} else {
			t.Error(msg)
		}
	}
	if st := chaosStatusOf(t, crashd, env.cfg); st.LastError != "" && chaosCount(h, "sent") >= want {
		t.Logf("status still shows %q after recovery", st.LastError)
	}
	// Nothing corrupted: a restart recovers every record, quarantines
	// nothing and resends nothing.
	if err := d.stop(); err != nil {
		t.Error(err)
	}
	d = chaosStart(t, crashd, env)
	var h2 []chaosHist
	waitFor(t, 30*time.Second, "every report sent after the restart", func() bool {
		h2 = chaosHistory(t, crashd, env.cfg)
		return chaosCount(h2, "sent") == want
	})
	for _, e := range h2 {
		if e.State != "sent" {
			t.Errorf("after the episode: %s %s %q", e.Ticket, e.State, e.Reason)
		}
	}
	if q, _ := os.ReadDir(filepath.Join(env.state, "spool", "quarantine")); len(q) > 0 {
		t.Errorf("files quarantined after a disk-full episode: %d", len(q))
	}
	rows := chaosRecvList(t, recv, rv)
	events, tickets, dups := chaosCountRows(rows)
	if events != want || tickets != want {
		t.Errorf("receiver: %d rows, %d events, %d tickets; want %d", len(rows), events, tickets, want)
	}
	files, leaked := chaosOrphans(t, env.state, chaosSentSet(h2))
	if len(files) > 0 {
		t.Errorf("chaosOrphans: %v", files)
	}
	d.stop()
	chaosPrintRow(chaosRow{Scenario: "state dir full (2 MiB tmpfs), then space returns", In: want, Delivered: min(events, tickets), Duplicates: dups, Leaked: leaked, MaxRSSKB: rss.Stop()})
}

// Spool payloads truncated, bit-flipped or extended on disk (while the
// daemon is stopped, and while it runs) are detected and quarantined:
// never uploaded, never a crash; the intact ones are still sent.
func TestChaosSpoolCorruption(t *testing.T) {
	t.Parallel()
	crashd, recv := build(t)
	rv := startReceiver(t, recv, t.TempDir()+"/recv")
	px := newFaultProxy(t, chaosDSNHost(rv.DSN))
	px.setPlan(func(int, string) string { return act503 })
	env := newDaemonEnv(t, chaosDSNVia(rv.DSN, px.addr), chaosCrashLoopOff)
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	d := chaosStart(t, crashd, env)
	rss := chaosWatchRSS(func() *proc { return d })
	defer func() {
		if t.Failed() {
			t.Logf("daemon log:\n%s", d.out.String())
		}
	}()
	base := chaosSampleDump(t)
	const n = 4
	for i := range n {
		chaosWrite(t, env.dumps, fmt.Sprintf("s-%d.dmp", i), chaosUniqueDump(base, "s"+fmt.Sprint(i)))
	}
	retrying := func(k int) {
		waitFor(t, 60*time.Second, "reports retrying", func() bool {
			c := 0
			for _, e := range chaosHistory(t, crashd, env.cfg) {
				if e.State == "pending" && e.Attempts > 0 {
					c++
				}
			}
			return c == k
		})
	}
	retrying(n)
	if err := d.stop(); err != nil {
		t.Error(err)
	}
	payloads, _ := filepath.Glob(filepath.Join(env.state, "spool", "reports", "*.zst"))
	if len(payloads) != n {
		t.Fatalf("%d payloads in the spool, want %d", len(payloads), n)
	}
	damage := []func(p string){
		func(p string) { // truncated (power loss)
			fi, _ := os.Stat(p)
			if err := os.Truncate(p, fi.Size()/2); err != nil {
				t.Fatal(err)
			}
		},
		chaosFlipByte,
		func(p string) { // garbage appended
			f, err := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			f.Write([]byte("garbage"))
			f.Close()
		},
	}
	bad := map[string]bool{}
	for i, f := range damage {
		f(payloads[i])
		bad[strings.TrimSuffix(filepath.Base(payloads[i]), ".zst")] = true
	}
	px.setPlan(func(int, string) string { return actPass })
	d = chaosStart(t, crashd, env)
	waitFor(t, 30*time.Second, "intact report sent", func() bool {
		return chaosCount(chaosHistory(t, crashd, env.cfg), "sent") == n-len(damage)
	})

	// Damaged while the daemon runs, between two attempts.
	px.setPlan(func(int, string) string { return act503 })
	chaosWrite(t, env.dumps, "live.dmp", chaosUniqueDump(base, "live"))
	retrying(1)
	live, _ := filepath.Glob(filepath.Join(env.state, "spool", "reports", "*.zst"))
	if len(live) != 1 {
		t.Fatalf("%d payloads, want 1", len(live))
	}
	chaosFlipByte(live[0])
	bad[strings.TrimSuffix(filepath.Base(live[0]), ".zst")] = true
	px.setPlan(func(int, string) string { return actPass })
	var h []chaosHist
	waitFor(t, 40*time.Second, "every damaged report failed", func() bool {
		h = chaosHistory(t, crashd, env.cfg)
		return chaosCount(h, "failed") == len(bad)
	})
	for _, e := range h {
		if bad[e.EventID] && (e.State != "failed" || !strings.Contains(e.Reason, "corrupt")) {
			t.Errorf("damaged %s: %s %q", e.EventID, e.State, e.Reason)
		}
	}
	rows := chaosRecvList(t, recv, rv)
	for _, r := range rows {
		if bad[r.EventID] {
			t.Errorf("damaged report %s reached the receiver", r.EventID)
		}
	}
	if len(rows) != n-len(damage) {
		t.Errorf("receiver has %d reports, want %d", len(rows), n-len(damage))
	}
	q, _ := os.ReadDir(filepath.Join(env.state, "spool", "quarantine"))
	if len(q) != len(bad) {
		t.Errorf("%d files in quarantine, want %d", len(q), len(bad))
	}
	events, tickets, dups := chaosCountRows(rows)
	files, leaked := chaosOrphans(t, env.state, chaosSentSet(h))
	if len(files) > 0 {
		t.Errorf("chaosOrphans: %v", files)
	}
	d.stop()
	chaosPrintRow(chaosRow{Scenario: fmt.Sprintf("spool payloads damaged (%d of %d), quarantined", len(bad), n+1), In: n + 1, Delivered: min(events, tickets), Duplicates: dups, Leaked: leaked, MaxRSSKB: rss.Stop()})
}

// chaosFlipByte inverts one byte in the middle of a file, keeping its size.
func chaosFlipByte(p string) {
	f, err := os.OpenFile(p, os.O_RDWR, 0)
	if err != nil {
		panic(err)
	}
	defer f.Close()
	fi, _ := f.Stat()
	b := make([]byte, 1)
	off := fi.Size() / 2
	f.ReadAt(b, off)
	b[0] ^= 0xff
	f.WriteAt(b, off)
}
