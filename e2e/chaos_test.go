//go:build linux

package e2e

// Reliability suite, part 1 (issue 11): kill -9, network faults and
// consent under faults, against the real binaries on loopback. Every test
// runs scaled down in `make test` and at full size with CRASHD_CHAOS=1.

import (
	"fmt"
	mrand "math/rand/v2"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// Dumps arrive and upload while the daemon is killed with SIGKILL at
// random points and restarted: every report reaches the receiver exactly
// once (by event id and by ticket) and no temp files are left behind.
func TestChaosKill9(t *testing.T) {
	t.Parallel()
	crashd, recv := build(t)
	nDumps, nKills := chaosScale(8, 30), chaosScale(3, 8)
	rv := startReceiver(t, recv, t.TempDir()+"/recv")
	px := newFaultProxy(t, chaosDSNHost(rv.DSN))
	env := newDaemonEnv(t, chaosDSNVia(rv.DSN, px.addr), chaosCrashLoopOff)
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)

	var mu sync.Mutex
	d := chaosStart(t, crashd, env)
	cur := func() *proc { mu.Lock(); defer mu.Unlock(); return d }
	rss := chaosWatchRSS(cur)
	var logs []string
	defer func() {
		if t.Failed() {
			t.Logf("daemon logs:\n%s\n%s", strings.Join(logs, "\n--- killed ---\n"), cur().out.String())
		}
	}()

	base := chaosSampleDump(t)
	dropped := make(chan struct{})
	go func() {
		defer close(dropped)
		for i := range nDumps {
			chaosWrite(t, env.dumps, fmt.Sprintf("crash-%03d.dmp", i), chaosUniqueDump(base, fmt.Sprint(i)))
			time.Sleep(time.Duration(100+mrand.IntN(300)) * time.Millisecond)
		}
	}()
	// Kill at random points: during detection, parsing, the perf wait, the
	// spool write and the upload (the arrivals keep every stage busy).
	for k := 0; k < nKills; k++ {
		time.Sleep(time.Duration(300+mrand.IntN(1500)) * time.Millisecond)
		p := cur()
		rss.note(p.cmd.Process.Pid)
		p.kill()
		logs = append(logs, p.out.String())
		mu.Lock()
		d = chaosStart(t, crashd, env)
		mu.Unlock()
	}
	<-dropped
	var h []chaosHist
	waitFor(t, time.Duration(chaosScale(60, 120))*time.Second, "every dump sent", func() bool {
		h = chaosHistory(t, crashd, env.cfg)
		return chaosCount(h, "sent") >= nDumps
	})
	maxRSS := rss.Stop()
	// One more restart: recovery must not resend or lose anything.
	cur().kill()
	d2 := chaosStart(t, crashd, env)
	time.Sleep(2 * time.Second)
	h = chaosHistory(t, crashd, env.cfg)
	for _, e := range h {
		if e.State != "sent" {
			t.Errorf("history: %s %s (%s)", e.Ticket, e.State, e.Reason)
		}
	}
	rows := chaosRecvList(t, recv, rv)
	events, tickets, dups := chaosCountRows(rows)
	if events != nDumps || tickets != nDumps || len(h) != nDumps {
		t.Errorf("receiver has %d rows, %d event ids, %d tickets; history %d rows; want %d each", len(rows), events, tickets, len(h), nDumps)
	}
	reposts := 0
	for _, n := range px.posts() {
		reposts += n - 1
	}
	files, leaked := chaosOrphans(t, env.state, chaosSentSet(h))
	if len(files) > 0 {
		t.Errorf("orphaned files in the state dir after restart: %v", files)
	}
	d2.stop()
	t.Logf("%d dumps, %d kills, %d re-posts of an event already stored (receiver dedupes by event id)", nDumps, nKills, reposts)
	chaosPrintRow(chaosRow{Scenario: fmt.Sprintf("kill -9 ×%d during %d dumps", nKills, nDumps), In: nDumps, Delivered: min(events, tickets), Duplicates: dups, Leaked: leaked, MaxRSSKB: maxRSS})
}

// The receiver is down for a while, then connections are reset mid-body,
// answers are lost after the report was stored, answers come a byte at a
// time, 5xx bursts and 429s (Retry-After and X-Sentry-Rate-Limits) follow:
// everything is delivered once, nothing is sent while rate limited, and
// retries stay within the backoff bounds.
func TestChaosNetworkFaults(t *testing.T) {
	t.Parallel()
	crashd, recv := build(t)
	n := chaosScale(6, 30)
	rv := startReceiver(t, recv, t.TempDir()+"/recv")
	px := newFaultProxy(t, chaosDSNHost(rv.DSN))
	// The fault script, by request number. Full size adds a 5xx burst and
	// a stalled answer that only the client's timeout ends.
	script := []string{actResetBody, act503, actResetAfter, act429RA, actSlow, act429RL, act429RLCat}
	if chaosMode() {
		script = append(script, act502, actResetBody)
		script = append(script, actStall)
		for range 10 {
			script = append(script, act503)
		}
		script = append(script, actResetAfter, actSlow, actResetBody, act429RA, act503, act503, act429RL)
	}
	px.setPlan(func(i int, _ string) string {
		if i < len(script) {
			return script[i]
		}
		return actPass
	})
	env := newDaemonEnv(t, chaosDSNVia(rv.DSN, px.addr), chaosCrashLoopOff)
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	d := chaosStart(t, crashd, env)
	rss := chaosWatchRSS(func() *proc { return d })
	defer func() {
		if t.Failed() {
			t.Logf("daemon log:\n%s", d.out.String())
		}
	}()

	px.down()
	wentDown := time.Now()
	base := chaosSampleDump(t)
	for i := range n {
		chaosWrite(t, env.dumps, fmt.Sprintf("net-%03d.dmp", i), chaosUniqueDump(base, fmt.Sprint(i)))
		time.Sleep(50 * time.Millisecond)
	}
	// Down long enough for the first attempts to be refused.
	downFor := time.Duration(chaosScale(0, 15)) * time.Second
	waitFor(t, 30*time.Second, "a refused attempt", func() bool {
		for _, e := range chaosHistory(t, crashd, env.cfg) {
			if e.Attempts > 0 {
				return true
			}
		}
		return false
	})
	time.Sleep(downFor)
	px.up()
	recovered := time.Now()

	var h []chaosHist
	deadline := time.Duration(chaosScale(90, 400)) * time.Second
	waitFor(t, deadline, "every report sent after recovery", func() bool {
		h = chaosHistory(t, crashd, env.cfg)
		return chaosCount(h, "sent") == n
	})
	took := time.Since(recovered)
	for _, v := range px.violations() {
		t.Errorf("rate limit not honoured: %s", v)
	}
	reqs := px.requests()
	// Backoff bounded: with full jitter an attempt follows the previous
	// one of the same report within BackoffBase·2^k (5 s base), unless a
	// rate limit (limitSecs) holds the whole queue.
	byEvent := map[string][]time.Time{}
	for _, q := range reqs {
		if q.EventID != "" {
			byEvent[q.EventID] = append(byEvent[q.EventID], q.At)
		}
	}
	attempts := map[string]int{}
	for _, e := range h {
		attempts[e.EventID] = e.Attempts
	}
	for id, ts := range byEvent {
		sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
		for i := 1; i < len(ts); i++ {
			k := min(attempts[id]+1, 10)
			bound := 5*time.Second<<k + time.Duration(px.limitSecs)*time.Second + 2*time.Second
			if chaosMode() {
				bound += 65 * time.Second // the stalled answer's client timeout
			}
			if gap := ts[i].Sub(ts[i-1]); gap > bound {
				t.Errorf("event %s: %s between attempts %d and %d (bound %s)", id, gap, i-1, i, bound)
			}
		}
	}
	if len(reqs) > n*(len(script)+4) {
		t.Errorf("%d requests for %d reports: retries not backing off", len(reqs), n)
	}
	rows := chaosRecvList(t, recv, rv)
	events, tickets, dups := chaosCountRows(rows)
	if events != n || tickets != n {
		t.Errorf("receiver: %d rows, %d events, %d tickets; want %d", len(rows), events, tickets, n)
	}
	files, leaked := chaosOrphans(t, env.state, chaosSentSet(h))
	if len(files) > 0 {
		t.Errorf("chaosOrphans: %v", files)
	}
	maxRSS := rss.Stop()
	t.Logf("%d requests for %d reports; all delivered %s after recovery", len(reqs), n, took.Round(time.Millisecond))
	if testing.Verbose() {
		for _, q := range reqs {
			t.Logf("  %s +%s %s %s %d", q.At.Format("15:04:05.000"), q.At.Sub(recovered).Round(time.Millisecond), q.EventID, q.Action, q.Status)
		}
		for _, e := range h {
			t.Logf("  %s attempts %d", e.EventID, e.Attempts)
		}
	}
	chaosPrintRow(chaosRow{Scenario: fmt.Sprintf("network: down %s, %d injected faults", recovered.Sub(wentDown).Round(time.Second), len(script)), In: n, Delivered: min(events, tickets), Duplicates: dups, Leaked: leaked, MaxRSSKB: maxRSS})
}

// Consent withdrawn while uploads retry against a failing endpoint, while
// one is in flight, and while the daemon is down: nothing reaches the
// receiver after the withdrawal and the queued reports show deleted.
func TestChaosConsentRevoke(t *testing.T) {
	t.Parallel()
	crashd, recv := build(t)
	n := chaosScale(4, 12)
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

	// Phase 1: reports retrying (5xx), one upload in flight (the proxy
	// reads its body slowly), then the user withdraws consent.
	for i := range n {
		chaosWrite(t, env.dumps, fmt.Sprintf("c1-%03d.dmp", i), chaosUniqueDump(base, "c1"+fmt.Sprint(i)))
	}
	waitFor(t, 60*time.Second, "all retrying", func() bool {
		h := chaosHistory(t, crashd, env.cfg)
		k := 0
		for _, e := range h {
			if e.State == "pending" && e.Attempts > 0 {
				k++
			}
		}
		return k == n
	})
	px.setPlan(func(int, string) string { return actSlowBody })
	waitFor(t, 30*time.Second, "an upload in flight", func() bool {
		for _, q := range px.requests() {
			if q.Action == "" && q.Done.IsZero() {
				return true
			}
		}
		return false
	})
	revoked := time.Now()
	mustRun(t, crashd, "consent", "set", "off", "--config", env.cfg)
	px.setPlan(func(int, string) string { return actPass })
	waitFor(t, 5*time.Second, "queued reports deleted", func() bool {
		return chaosCount(chaosHistory(t, crashd, env.cfg), "deleted") == n
	})

	// Phase 2: consent on again, reports retrying, daemon killed; consent
	// withdrawn while it is down; restart with a healthy endpoint.
	px.setPlan(func(int, string) string { return act503 })
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	time.Sleep(1200 * time.Millisecond)
	for i := range n {
		chaosWrite(t, env.dumps, fmt.Sprintf("c2-%03d.dmp", i), chaosUniqueDump(base, "c2"+fmt.Sprint(i)))
	}
	waitFor(t, 60*time.Second, "phase 2 retrying", func() bool {
		k := 0
		for _, e := range chaosHistory(t, crashd, env.cfg) {
			if e.State == "pending" && e.Attempts > 0 {
				k++
			}
		}
		return k == n
	})
	rss.note(d.cmd.Process.Pid)
	d.kill()
	revoked2 := time.Now()
	mustRun(t, crashd, "consent", "set", "off", "--config", env.cfg)
	px.setPlan(func(int, string) string { return actPass })
	d = chaosStart(t, crashd, env)
	waitFor(t, 10*time.Second, "phase 2 deleted", func() bool {
		return chaosCount(chaosHistory(t, crashd, env.cfg), "deleted") == 2*n
	})
	// Granting consent again sends none of them.
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	time.Sleep(time.Duration(chaosScale(3, 8)) * time.Second)
	maxRSS := rss.Stop()

	h := chaosHistory(t, crashd, env.cfg)
	if k := chaosCount(h, "deleted"); k != 2*n {
		t.Errorf("%d of %d withdrawn reports deleted: %+v", k, 2*n, h)
	}
	rows := chaosRecvList(t, recv, rv)
	for _, r := range rows {
		t.Errorf("report %s received at %s (withdrawals at %s and %s)", r.Ticket, r.ReceivedAt.Format(time.RFC3339Nano), revoked.Format(time.RFC3339Nano), revoked2.Format(time.RFC3339Nano))
	}
	waitFor(t, 30*time.Second, "proxy requests finished", func() bool {
		for _, q := range px.requests() {
			if q.Done.IsZero() {
				return false
			}
		}
		return true
	})
	hungUp := 0
	for _, q := range px.requests() {
		if strings.Contains(q.Action, "client hung up") {
			hungUp++
		}
		if q.Status >= 200 && q.Status < 300 {
			t.Errorf("request at %s for %s was forwarded and stored", q.At.Format(time.RFC3339Nano), q.EventID)
		}
	}
	if hungUp == 0 {
		t.Errorf("the upload in flight at the withdrawal was not cancelled: %+v", px.requests())
	}
	if _, err := os.Stat(env.state); err != nil {
		t.Fatal(err)
	}
	files, leaked := chaosOrphans(t, env.state, chaosSentSet(h))
	if len(files) > 0 {
		t.Errorf("chaosOrphans: %v", files)
	}
	d.stop()
	chaosPrintRow(chaosRow{Scenario: "consent revoked while retrying / in flight / daemon down", In: 2 * n, Delivered: len(rows), Duplicates: 0, Leaked: leaked, MaxRSSKB: maxRSS})
}
