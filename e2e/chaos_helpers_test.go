//go:build linux

package e2e

// Helpers of the reliability suite (issue 11): scaled sizes, the result
// table, unique dumps, receiver listings, RSS sampling, state-dir orphans
// and a fault-injecting HTTP proxy in front of the real receiver.

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"

	"crashd/localapi"
)

// chaosMode: full sizes (CRASHD_CHAOS=1, `make chaos`); otherwise every
// scenario runs scaled down inside `make test`.
func chaosMode() bool { return os.Getenv("CRASHD_CHAOS") != "" }

func chaosScale(fast, full int) int {
	if chaosMode() {
		return full
	}
	return fast
}

// chaosRow is one line of the table `make chaos` prints (lines starting
// with "|"; the Makefile greps them out of `go test -v`).
type chaosRow struct {
	Scenario   string
	In         int   // reports (or files) put in
	Delivered  int   // distinct reports stored by the receiver
	Duplicates int   // receiver rows beyond one per report
	Leaked     int64 // secret bytes at the receiver + orphaned temp bytes in the state dir
	MaxRSSKB   int64 // daemon VmHWM
}

var chaosTable struct {
	mu     sync.Mutex
	header bool
}

func chaosPrintRow(r chaosRow) {
	chaosTable.mu.Lock()
	defer chaosTable.mu.Unlock()
	if !chaosTable.header {
		chaosTable.header = true
		fmt.Println("| scenario | reports in | delivered | duplicates | leaked bytes | max RSS |")
		fmt.Println("|---|---|---|---|---|---|")
	}
	rss := "n/a"
	if r.MaxRSSKB > 0 {
		rss = fmt.Sprintf("%.1f MiB", float64(r.MaxRSSKB)/1024)
	}
	fmt.Printf("| %s | %d | %d | %d | %d | %s |\n", r.Scenario, r.In, r.Delivered, r.Duplicates, r.Leaked, rss)
}

func chaosSampleDump(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(), "demo", "sample-crash.dmp"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// chaosWrite writes data as dir/name through a temp name and a rename, as
// crash handlers do.
func chaosWrite(t testing.TB, dir, name string, data []byte) {
	t.Helper()
	tmp := filepath.Join(dir, ".tmp-"+chaosRandHex(6))
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, filepath.Join(dir, name)); err != nil {
		t.Fatal(err)
	}
}

// chaosUniqueDump is the demo minidump with unique trailing bytes (the parser
// ignores bytes past the streams), so every copy is a distinct report.
func chaosUniqueDump(base []byte, tag string) []byte {
	out := append([]byte(nil), base...)
	return append(out, []byte("\nchaos-pad "+tag+" "+chaosRandHex(8)+"\n")...)
}

func chaosRandHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// chaosRecvRow is one report in `crashrecv list --json`.
type chaosRecvRow struct {
	Ticket     string    `json:"ticket"`
	EventID    string    `json:"event_id"`
	ReceivedAt time.Time `json:"received_at"`
}

func chaosRecvList(t testing.TB, recv string, r *receiver) []chaosRecvRow {
	t.Helper()
	out := mustRun(t, recv, "list", "--json", "--limit", "1000", "--data", r.data)
	var rows []chaosRecvRow
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("crashrecv list --json: %v\n%s", err, out)
	}
	return rows
}

// chaosCountRows gives distinct event ids, distinct tickets and duplicates
// (rows beyond one per ticket or event id).
func chaosCountRows(rows []chaosRecvRow) (events, tickets, dups int) {
	ev, tk := map[string]int{}, map[string]int{}
	for _, r := range rows {
		ev[r.EventID]++
		if r.Ticket != "" {
			tk[r.Ticket]++
		}
	}
	return len(ev), len(tk), len(rows) - min(len(ev), len(tk))
}

// chaosHist is `crashd history --json` with the fields the chaos tests need.
type chaosHist struct {
	Ticket   string `json:"ticket"`
	EventID  string `json:"event_id"`
	State    string `json:"state"`
	Reason   string `json:"reason"`
	Attempts int    `json:"attempts"`
}

func chaosHistory(t testing.TB, crashd, cfg string) []chaosHist {
	t.Helper()
	out := mustRun(t, crashd, "history", "--json", "--config", cfg)
	var h []chaosHist
	if err := json.Unmarshal([]byte(out), &h); err != nil {
		t.Fatalf("history --json: %v\n%s", err, out)
	}
	return h
}

func chaosCount(h []chaosHist, state string) int {
	n := 0
	for _, e := range h {
		if e.State == state {
			n++
		}
	}
	return n
}

// chaosRSS samples a process's peak RSS (VmHWM, kB) until stopped; the
// peak survives between samples, so sampling often is not needed.
type chaosRSS struct {
	mu   sync.Mutex
	max  int64
	stop chan struct{}
	done chan struct{}
}

func chaosVmHWM(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			n, _ := strconv.ParseInt(f[1], 10, 64)
			return n
		}
	}
	return 0
}

func (w *chaosRSS) note(pid int) {
	if v := chaosVmHWM(pid); v > 0 {
		w.mu.Lock()
		w.max = max(w.max, v)
		w.mu.Unlock()
	}
}

func (w *chaosRSS) Max() int64 {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.max
}

// chaosWatchRSS samples p every 100 ms until the returned watch is stopped.
func chaosWatchRSS(p func() *proc) *chaosRSS {
	w := &chaosRSS{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		tk := time.NewTicker(100 * time.Millisecond)
		defer tk.Stop()
		for {
			if pp := p(); pp != nil && pp.cmd.Process != nil {
				w.note(pp.cmd.Process.Pid)
			}
			select {
			case <-w.stop:
				return
			case <-tk.C:
			}
		}
	}()
	return w
}

func (w *chaosRSS) Stop() int64 {
	select {
	case <-w.stop:
	default:
		close(w.stop)
	}
	<-w.done
	return w.Max()
}

// chaosOrphans lists leftovers of unfinished writes in a crashd state dir:
// spool temp files, metadata temp files, scrubbed artifacts of reports
// never spooled, and payloads of reports already sent or deleted.
func chaosOrphans(t testing.TB, state string, sentIDs map[string]bool) (files []string, bytes int64) {
	t.Helper()
	add := func(p string) {
		if fi, err := os.Lstat(p); err == nil && fi.Mode().IsRegular() {
			files = append(files, strings.TrimPrefix(p, state+"/"))
			bytes += fi.Size()
		}
	}
	for _, d := range []string{"spool/tmp", "work"} {
		ents, _ := os.ReadDir(filepath.Join(state, d))
		for _, e := range ents {
			add(filepath.Join(state, d, e.Name()))
		}
	}
	ents, _ := os.ReadDir(filepath.Join(state, "spool", "reports"))
	for _, e := range ents {
		n := e.Name()
		if strings.HasPrefix(n, ".") || (strings.HasSuffix(n, ".zst") && sentIDs[strings.TrimSuffix(n, ".zst")]) {
			add(filepath.Join(state, "spool", "reports", n))
		}
	}
	return files, bytes
}

func chaosSentSet(h []chaosHist) map[string]bool {
	m := map[string]bool{}
	for _, e := range h {
		if e.State == "sent" || e.State == "deleted" {
			m[e.EventID] = true
		}
	}
	return m
}

// chaosSecretBytes counts bytes of any secret found (ASCII or UTF-16LE) in
// regular files under dir.
func chaosSecretBytes(t testing.TB, dir string, secrets []string) int64 {
	t.Helper()
	var n int64
	_ = filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil || !fi.Mode().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		for _, s := range secrets {
			for _, pat := range [][]byte{[]byte(s), utf16le(s)} {
				if c := bytes.Count(b, pat); c > 0 {
					t.Errorf("secret %q found %d times in %s", s, c, p)
					n += int64(c * len(pat))
				}
			}
		}
		return nil
	})
	return n
}

// chaosDSNVia rewrites a DSN's host:port to addr (the proxy).
func chaosDSNVia(dsn, addr string) string {
	at := strings.Index(dsn, "@")
	rest := dsn[at+1:]
	return dsn[:at+1] + addr + rest[strings.Index(rest, "/"):]
}

func chaosDSNHost(dsn string) string {
	h := dsn[strings.Index(dsn, "@")+1:]
	return h[:strings.Index(h, "/")]
}

// Proxy actions.
const (
	actPass       = "pass"        // forward to the receiver
	actResetBody  = "reset-body"  // read part of the body, then TCP RST
	actResetAfter = "reset-after" // forward (stored!), then RST instead of the answer
	act503        = "503"
	act502        = "502"
	act429RA      = "429-retry-after"     // 429 + Retry-After: limitSecs
	act429RL      = "429-rate-limits"     // 429 + X-Sentry-Rate-Limits (all categories)
	act429RLCat   = "429-rate-limits-cat" // 429 + X-Sentry-Rate-Limits for error;attachment
	actSlow       = "slow"                // forward, then dribble the answer a byte at a time
	actStall      = "stall"               // never answer (a byte of header every few seconds)
	actSlowBody   = "slow-body"           // read the body very slowly, forward if it completes
)

type chaosProxyReq struct {
	At      time.Time
	EventID string
	Action  string
	Done    time.Time // answer written (or connection dropped)
	Status  int       // receiver's status when forwarded
}

// faultProxy is an HTTP proxy in front of the real receiver that injects
// the fault its plan picks for each request, and records every request.
type faultProxy struct {
	t      testing.TB
	target string // receiver host:port
	addr   string
	client *http.Client

	mu        sync.Mutex
	ln        net.Listener
	srv       *http.Server
	reqs      []chaosProxyReq
	notBefore time.Time // no request may arrive before this (rate limit given)
	// limitSent is when that rate limit was answered: a request the client
	// sent before it could read the answer (uploads run side by side) is
	// no violation.
	limitSent time.Time
	early     []string // violations
	plan      func(n int, eventID string) string
	limitSecs int
	slowStep  time.Duration
}

func newFaultProxy(t testing.TB, target string) *faultProxy {
	p := &faultProxy{t: t, target: target, limitSecs: 2, slowStep: 20 * time.Millisecond,
		client: &http.Client{Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true}}}
	p.plan = func(int, string) string { return actPass }
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(p.close)
	return p
}

func (p *faultProxy) serve(ln net.Listener) {
	srv := &http.Server{Handler: http.HandlerFunc(p.handle), ReadHeaderTimeout: 10 * time.Second}
	p.mu.Lock()
	p.ln, p.srv = ln, srv
	p.mu.Unlock()
	go srv.Serve(ln)
}

func (p *faultProxy) close() {
	p.mu.Lock()
	srv := p.srv
	p.srv = nil
	p.mu.Unlock()
	if srv != nil {
		srv.Close()
	}
}

// down closes the listener (connections are refused) until up.
func (p *faultProxy) down() { p.close() }

func (p *faultProxy) up() {
	var ln net.Listener
	var err error
	for i := 0; i < 50; i++ {
		if ln, err = net.Listen("tcp", p.addr); err == nil {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		p.t.Errorf("proxy: re-listen on %s: %v", p.addr, err)
		return
	}
	p.serve(ln)
}

func (p *faultProxy) setPlan(f func(n int, eventID string) string) {
	p.mu.Lock()
	p.plan = f
	p.mu.Unlock()
}

func (p *faultProxy) requests() []chaosProxyReq {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]chaosProxyReq(nil), p.reqs...)
}

func (p *faultProxy) violations() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.early...)
}

// chaosEventID reads the envelope header's event_id from a (compressed) body.
func chaosEventID(enc string, body []byte) string {
	var r io.Reader = bytes.NewReader(body)
	switch enc {
	case "zstd":
		d, err := zstd.NewReader(r)
		if err != nil {
			return ""
		}
		defer d.Close()
		r = d
	case "gzip":
		g, err := gzip.NewReader(r)
		if err != nil {
			return ""
		}
		r = g
	}
	line, _ := bufio.NewReader(io.LimitReader(r, 64<<10)).ReadBytes('\n')
	var h struct {
		EventID string `json:"event_id"`
	}
	_ = json.Unmarshal(line, &h)
	return h.EventID
}

// chaosRST drops a hijacked connection with a TCP reset.
func chaosRST(c net.Conn) {
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.SetLinger(0)
	}
	c.Close()
}

// limitGrace is how long after a rate limit is answered a request can
// still be one the client had sent before reading that answer.
const limitGrace = 100 * time.Millisecond

func (p *faultProxy) handle(w http.ResponseWriter, r *http.Request) {
	at := time.Now()
	p.mu.Lock()
	if at.Before(p.notBefore) && at.Sub(p.limitSent) > limitGrace {
		p.early = append(p.early, fmt.Sprintf("request at %s, %s before the rate limit ends", at.Format("15:04:05.000"), p.notBefore.Sub(at)))
	}
	n := len(p.reqs)
	p.reqs = append(p.reqs, chaosProxyReq{At: at})
	plan := p.plan
	limit := p.limitSecs
	step := p.slowStep
	p.mu.Unlock()
	rec := func(f func(*chaosProxyReq)) {
		p.mu.Lock()
		f(&p.reqs[n])
		p.mu.Unlock()
	}
	act := plan(n, "")
	if act == actResetBody {
		_, _ = io.CopyN(io.Discard, r.Body, 200)
		rec(func(q *chaosProxyReq) { q.Action, q.Done = act, time.Now() })
		if c, _, err := w.(http.Hijacker).Hijack(); err == nil {
			chaosRST(c)
		}
		return
	}
	var body []byte
	var err error
	if act == actSlowBody {
		var buf bytes.Buffer
		for err == nil {
			var k int64
			// ~2 KiB/s: a report takes seconds to arrive.
			k, err = io.CopyN(&buf, r.Body, 512)
			if k > 0 {
				time.Sleep(250 * time.Millisecond)
			}
		}
		if err == io.EOF {
			err = nil
		}
		body = buf.Bytes()
	} else {
		body, err = io.ReadAll(r.Body)
	}
	id := chaosEventID(r.Header.Get("Content-Encoding"), body)
	if err == nil && act == actSlowBody {
		// The whole body may sit in socket buffers long before we read it:
		// what counts is whether the client gave up (closed) meanwhile.
		time.Sleep(100 * time.Millisecond)
		if r.Context().Err() != nil {
			err = errors.New("client hung up")
		}
	}
	if err != nil {
		rec(func(q *chaosProxyReq) {
			q.EventID, q.Action, q.Done = id, act+" (body read failed: "+err.Error()+")", time.Now()
		})
		return
	}
	if act2 := plan(n, id); act2 != act && act != actSlowBody {
		act = act2 // plans keyed by event id
	}
	rec(func(q *chaosProxyReq) { q.EventID, q.Action = id, act })
	defer rec(func(q *chaosProxyReq) { q.Done = time.Now() })
	switch act {
	case act503, act502:
		code, _ := strconv.Atoi(act)
		http.Error(w, "injected", code)
		return
	case act429RA, act429RL, act429RLCat:
		p.mu.Lock()
		p.limitSent = time.Now()
		p.notBefore = p.limitSent.Add(time.Duration(limit) * time.Second)
		p.mu.Unlock()
		switch act {
		case act429RA:
			w.Header().Set("Retry-After", strconv.Itoa(limit))
		case act429RL:
			w.Header().Set("X-Sentry-Rate-Limits", strconv.Itoa(limit)+"::organization")
		default:
			w.Header().Set("X-Sentry-Rate-Limits", strconv.Itoa(limit)+":error;attachment:key")
		}
		http.Error(w, "rate limited", http.StatusTooManyRequests)
		return
	case actStall:
		c, bw, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer c.Close()
		for _, b := range []byte("HTTP/1.1 200 OK\r\nX-Slow: ") {
			if _, err := bw.Write([]byte{b}); err != nil || bw.Flush() != nil {
				return
			}
			time.Sleep(3 * time.Second)
		}
		// Still here: the client never gave up.
		time.Sleep(time.Hour)
		return
	}
	req, _ := http.NewRequest(r.Method, "http://"+p.target+r.URL.RequestURI(), bytes.NewReader(body))
	for k, v := range r.Header {
		req.Header[k] = v
	}
	resp, err := p.client.Do(req)
	if err != nil {
		http.Error(w, "proxy: "+err.Error(), http.StatusBadGateway)
		return
	}
	rb, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	rec(func(q *chaosProxyReq) { q.Status = resp.StatusCode })
	switch act {
	case actResetAfter:
		if c, _, err := w.(http.Hijacker).Hijack(); err == nil {
			chaosRST(c)
		}
		return
	case actSlow:
		c, bw, err := w.(http.Hijacker).Hijack()
		if err != nil {
			return
		}
		defer c.Close()
		var raw bytes.Buffer
		fmt.Fprintf(&raw, "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n", resp.StatusCode, http.StatusText(resp.StatusCode), resp.Header.Get("Content-Type"), len(rb))
		raw.Write(rb)
		for _, b := range raw.Bytes() {
			if _, err := bw.Write([]byte{b}); err != nil || bw.Flush() != nil {
				return
			}
			time.Sleep(step)
		}
		return
	}
	for k, v := range resp.Header {
		w.Header()[k] = v
	}
	w.WriteHeader(resp.StatusCode)
	w.Write(rb)
}

// posts counts requests per event id that the receiver answered 2xx.
func (p *faultProxy) posts() map[string]int {
	m := map[string]int{}
	for _, q := range p.requests() {
		if q.EventID != "" && q.Status >= 200 && q.Status < 300 {
			m[q.EventID]++
		}
	}
	return m
}

// chaosCrashLoopOff lifts the crash-loop limiter: every chaos dump is a copy of
// the same crash.
const chaosCrashLoopOff = "[crash_loop]\nmax = 100000\nwindow = \"1s\"\n"

// chaosStart starts the daemon and waits until its local API answers.
// Until then no CLI command may run: `crashd history`/`status` fall back
// to opening the spool offline, taking the state-dir lock, and a daemon
// starting at that moment exits with "another crashd is already running"
// (reported to the lead).
func chaosStart(t testing.TB, crashd string, env *daemonEnv) *proc {
	t.Helper()
	p := start(t, crashd, "run", "--config", env.cfg)
	sock := localapi.Address(env.state)
	waitFor(t, 20*time.Second, "daemon API up", func() bool {
		if p.cmd.ProcessState != nil {
			t.Fatalf("daemon exited: %s", p.out.String())
		}
		line, err := chaosRawCall(sock, []byte(`{"op":"status"}`+"\n"), 2*time.Second)
		return err == nil && strings.Contains(line, fmt.Sprintf(`"pid":%d`, p.cmd.Process.Pid))
	})
	return p
}
