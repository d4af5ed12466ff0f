package upload

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/getsentry/sentry-go"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"crashd/daemon/consent"
	"crashd/daemon/spool"
	"crashd/envelope"
	"crashd/report"
	"crashd/ticket"
)

func newReport(kind report.Kind) *report.Report {
	var b [16]byte
	rand.Read(b[:])
	r := fixtureReports()["windows-minidump"]
	r.EventID = hex.EncodeToString(b[:])
	r.Ticket = ticket.New()
	r.Kind = kind
	r.CapturedAt = time.Now().UTC()
	r.Attachments = nil
	return r
}

// received is one request as the fake Sentry saw it.
type received struct {
	at       time.Time
	eventID  string
	encoding string
	auth     string
	env      *envelope.Envelope
	status   int
}

// fakeSentry is a loopback Sentry with injectable faults. fault returns
// true when it has answered the request itself.
type fakeSentry struct {
	t      testing.TB
	srv    *httptest.Server
	mu     sync.Mutex
	reqs   []received
	acked  map[string]int
	fault  func(n int, w http.ResponseWriter, r *http.Request) bool
	inReq  chan string // event ids as their requests arrive
	accept atomic.Int64
}

func newFakeSentry(t testing.TB, fault func(n int, w http.ResponseWriter, r *http.Request) bool) *fakeSentry {
	f := &fakeSentry{t: t, acked: map[string]int{}, fault: fault, inReq: make(chan string, 100)}
	f.srv = httptest.NewUnstartedServer(http.HandlerFunc(f.handle))
	f.srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			f.accept.Add(1)
		}
	}
	f.srv.Start()
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSentry) dsn() string {
	return "http://pubkey@" + f.srv.Listener.Addr().String() + "/42"
}

func (f *fakeSentry) handle(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	n := len(f.reqs)
	f.reqs = append(f.reqs, received{at: time.Now()})
	f.mu.Unlock()
	select {
	case f.inReq <- r.Header.Get("X-Test-Event"):
	default:
	}
	if f.fault != nil && f.fault(n, w, r) {
		return
	}
	rec := received{at: time.Now(), encoding: r.Header.Get("Content-Encoding"), auth: r.Header.Get("X-Sentry-Auth"), status: 200}
	if r.URL.Path != "/api/42/envelope/" || r.Header.Get("Content-Type") != "application/x-sentry-envelope" {
		http.Error(w, "bad path or type", 400)
		return
	}
	var body io.Reader = r.Body
	switch rec.encoding {
	case "zstd":
		d, err := zstd.NewReader(r.Body)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		defer d.Close()
		body = d
	case "gzip":
		g, err := gzip.NewReader(r.Body)
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		body = g
	}
	env, err := envelope.Decode(body, envelope.DefaultLimits)
	if err != nil {
		http.Error(w, err.Error(), 400)
		return
	}
	rec.env, rec.eventID = env, env.EventID()
	f.mu.Lock()
	f.reqs[n] = rec
	f.acked[rec.eventID]++
	f.mu.Unlock()
	w.Write([]byte(`{"id":"` + rec.eventID + `"}`))
}

func (f *fakeSentry) requests() []received {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]received(nil), f.reqs...)
}

func (f *fakeSentry) ackCount(id string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.acked[id]
}

type rig struct {
	t   testing.TB
	dir string
	sp  *spool.Spool
	cs  *consent.Store
	up  *Uploader
}

func newRig(t testing.TB, level consent.Level, dsn string, tweak func(*Options)) *rig {
	t.Helper()
	dir := testDir(t)
	sp, err := spool.Open(filepath.Join(dir, "spool"), spool.Limits{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := consent.Open(dir, filepath.Join(dir, "policy.toml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := cs.Set(level); err != nil {
		t.Fatal(err)
	}
	o := Options{DSN: dsn, Spool: sp, Consent: cs, BackoffBase: 20 * time.Millisecond, BackoffMax: 100 * time.Millisecond, Timeout: 2 * time.Second}
	if tweak != nil {
		tweak(&o)
	}
	up, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	return &rig{t: t, dir: dir, sp: sp, cs: cs, up: up}
}

func (r *rig) run() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.up.Run(ctx) }()
	r.t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			r.t.Error("Run did not return after cancel")
		}
	})
}

func (r *rig) add(kind report.Kind, send bool) (*report.Report, spool.Record) {
	r.t.Helper()
	rep := newReport(kind)
	rec, err := r.up.Enqueue(spool.Record{SourceHash: "h-" + rep.EventID}, rep, send)
	if err != nil {
		r.t.Fatal(err)
	}
	return rep, rec
}

func (r *rig) wait(key string, d time.Duration) spool.Record {
	r.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	rec, err := r.up.Wait(ctx, key)
	if err != nil {
		r.t.Fatalf("wait %s: %v (record %+v)", key, err, rec)
	}
	return rec
}

func TestDeliveredOnceAfterFaults(t *testing.T) {
	fs := newFakeSentry(t, func(n int, w http.ResponseWriter, r *http.Request) bool {
		switch n {
		case 0:
			http.Error(w, "unavailable", http.StatusServiceUnavailable)
		case 1: // connection reset mid-request
			hj, _ := w.(http.Hijacker)
			c, _, _ := hj.Hijack()
			c.(*net.TCPConn).SetLinger(0)
			c.Close()
		case 2:
			w.WriteHeader(502)
		case 3: // slow-loris: nothing until the client gives up
			select {
			case <-r.Context().Done():
			case <-time.After(3 * time.Second):
			}
		default:
			return false
		}
		return true
	})
	rg := newRig(t, consent.Crash, fs.dsn(), func(o *Options) { o.Timeout = 300 * time.Millisecond })
	rg.run()
	var ids []string
	for range 3 {
		rep, _ := rg.add(report.KindCrash, true)
		ids = append(ids, rep.EventID)
	}
	for _, id := range ids {
		rec := rg.wait(id, 10*time.Second)
		if rec.State != spool.StateSent {
			t.Fatalf("%s: %+v", id, rec)
		}
		if n := fs.ackCount(id); n != 1 {
			t.Fatalf("%s acknowledged %d times", id, n)
		}
	}
	reqs := fs.requests()
	var ok int
	for _, r := range reqs {
		if r.status == 200 {
			ok++
			if r.encoding != "zstd" || !strings.Contains(r.auth, "sentry_key=pubkey") || !strings.Contains(r.auth, "sentry_version=7") {
				t.Fatalf("headers: %+v", r)
			}
			it := r.env.Items[0]
			if it.Type() != "event" || r.env.Header["sent_at"] == nil || r.env.Header["dsn"] != fs.dsn() {
				t.Fatalf("envelope: %+v", r.env.Header)
			}
		}
	}
	if ok != 3 || len(reqs) < 7 {
		t.Fatalf("%d requests, %d ok", len(reqs), ok)
	}
	if rg.up.LastError() != "" {
		t.Fatalf("last error after success: %q", rg.up.LastError())
	}
}

func TestRateLimitsHonoured(t *testing.T) {
	var first time.Time
	fs := newFakeSentry(t, func(n int, w http.ResponseWriter, r *http.Request) bool {
		if n == 0 {
			first = time.Now()
			w.Header().Set("Retry-After", "5") // the rate-limit header wins
			w.Header().Set("X-Sentry-Rate-Limits", "1:error;attachment:organization:quota, 3600:transaction:project")
			w.WriteHeader(429)
			return true
		}
		return false
	})
	rg := newRig(t, consent.Crash, fs.dsn(), nil)
	rg.run()
	rep, _ := rg.add(report.KindCrash, true)
	select {
	case <-fs.inReq:
	case <-time.After(5 * time.Second):
		t.Fatal("no first request")
	}
	// Once the 429 is recorded, more work for the limited category waits
	// as well. (Added earlier, it could race the first response: nothing
	// was known to limit it then.)
	deadline := time.Now().Add(5 * time.Second)
	for rg.sp.Stats().RateLimited["error"].IsZero() {
		if time.Now().After(deadline) {
			t.Fatal("rate limit never recorded")
		}
		time.Sleep(5 * time.Millisecond)
	}
	rep2, _ := rg.add(report.KindCrash, true)
	rg.wait(rep.EventID, 5*time.Second)
	rg.wait(rep2.EventID, 5*time.Second)
	reqs := fs.requests()
	for _, r := range reqs {
		t.Logf("request at +%v", r.at.Sub(first))
	}
	if len(reqs) != 3 {
		t.Fatalf("%d requests, want 3", len(reqs))
	}
	for _, r := range reqs[1:] {
		if gap := r.at.Sub(first); gap < time.Second {
			t.Fatalf("request %v after the 429, before the 1 s limit", gap)
		}
	}
	if st := rg.sp.Stats(); st.RateLimited["transaction"].IsZero() {
		t.Fatalf("transaction limit not recorded: %+v", st.RateLimited)
	}
}

func TestRetryAfterOn503PersistsAcrossRestart(t *testing.T) {
	fs := newFakeSentry(t, func(n int, w http.ResponseWriter, r *http.Request) bool {
		if n == 0 {
			w.Header().Set("Retry-After", "30")
			w.WriteHeader(http.StatusServiceUnavailable)
			return true
		}
		return false
	})
	rg := newRig(t, consent.Crash, fs.dsn(), nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- rg.up.Run(ctx) }()
	rep, _ := rg.add(report.KindCrash, true)
	deadline := time.Now().Add(5 * time.Second)
	for {
		if r, _ := rg.sp.Get(rep.EventID); r.Attempts == 1 {
			if d := time.Until(r.NextAttempt); d < 29*time.Second {
				t.Fatalf("next attempt in %v, Retry-After said 30 s", d)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no attempt")
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done
	// A restarted daemon does not ask before the time either.
	sp2, err := spool.Open(filepath.Join(rg.dir, "spool"), spool.Limits{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	up2, _ := New(Options{DSN: fs.dsn(), Spool: sp2, Consent: rg.cs})
	ctx2, cancel2 := context.WithCancel(context.Background())
	go up2.Run(ctx2)
	time.Sleep(300 * time.Millisecond)
	cancel2()
	if n := len(fs.requests()); n != 1 {
		t.Fatalf("%d requests before Retry-After", n)
	}
}

func TestRejectedNotRetried(t *testing.T) {
	for _, code := range []int{400, 413} {
		t.Run(fmt.Sprint(code), func(t *testing.T) {
			fs := newFakeSentry(t, func(n int, w http.ResponseWriter, r *http.Request) bool {
				http.Error(w, "envelope exceeded size limits", code)
				return true
			})
			rg := newRig(t, consent.Crash, fs.dsn(), nil)
			rg.run()
			rep, _ := rg.add(report.KindCrash, true)
			rec := rg.wait(rep.Ticket, 5*time.Second)
			if rec.State != spool.StateFailed || !strings.Contains(rec.Reason, fmt.Sprintf("HTTP %d", code)) || !strings.Contains(rec.Reason, "size limits") {
				t.Fatalf("%+v", rec)
			}
			time.Sleep(150 * time.Millisecond) // > BackoffMax
			if n := len(fs.requests()); n != 1 {
				t.Fatalf("%d requests", n)
			}
		})
	}
}

// countingListener counts accepted connections on a real loopback socket.
type countingListener struct {
	net.Listener
	n atomic.Int64
}

func (l *countingListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err == nil {
		l.n.Add(1)
	}
	return c, err
}

func TestConsentOffNoConnection(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	cl := &countingListener{Listener: ln}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.Copy(io.Discard, r.Body) })}
	go srv.Serve(cl)
	t.Cleanup(func() { srv.Close() })
	dsn := "http://pubkey@" + ln.Addr().String() + "/42"

	rg := newRig(t, consent.Crash, dsn, nil)
	// Queued while allowed, then consent goes off before the uploader runs.
	_, queued := rg.add(report.KindCrash, true)
	if err := rg.cs.Set(consent.Off); err != nil {
		t.Fatal(err)
	}
	// An explicit approval does not override "off" either.
	_, held := rg.add(report.KindCrash, false)
	if _, err := rg.sp.Approve(held.Ticket); err != nil {
		t.Fatal(err)
	}
	rg.run()
	time.Sleep(500 * time.Millisecond)
	if n := cl.n.Load(); n != 0 {
		t.Fatalf("%d connections while consent is off", n)
	}
	for _, id := range []string{queued.EventID, held.EventID} {
		if r, _ := rg.sp.Get(id); r.State != spool.StateDeleted || r.HasPayload {
			t.Fatalf("unsent report kept under off: %+v", r)
		}
	}
	// Even the transport refuses on its own.
	req, _ := http.NewRequest("POST", "http://"+ln.Addr().String()+"/", nil)
	if _, err := rg.up.client.Do(req); !errors.Is(err, errConsent) {
		t.Fatalf("client under off: %v", err)
	}
	// Consent granted later: old reports stay deleted, new ones go.
	if err := rg.cs.Set(consent.Crash); err != nil {
		t.Fatal(err)
	}
	rep, _ := rg.add(report.KindCrash, true)
	if rec := rg.wait(rep.EventID, 5*time.Second); rec.State != spool.StateSent {
		t.Fatalf("%+v", rec)
	}
	if n := cl.n.Load(); n != 1 {
		t.Fatalf("%d connections, want 1", n)
	}
}

func TestRevokeCancelsInFlight(t *testing.T) {
	cancelled := make(chan struct{})
	fs := newFakeSentry(t, func(n int, w http.ResponseWriter, r *http.Request) bool {
		io.Copy(io.Discard, r.Body)
		select {
		case <-r.Context().Done(): // the client went away
			close(cancelled)
		case <-time.After(5 * time.Second):
		}
		return true
	})
	rg := newRig(t, consent.CrashPerf, fs.dsn(), func(o *Options) { o.Timeout = 10 * time.Second })
	rg.run()
	rep, _ := rg.add(report.KindCrash, true)
	select {
	case <-fs.inReq:
	case <-time.After(5 * time.Second):
		t.Fatal("upload did not start")
	}
	// `crashd consent set off` from another process.
	other, err := consent.Open(rg.dir, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if err := other.Set(consent.Off); err != nil {
		t.Fatal(err)
	}
	select {
	case <-cancelled:
		t.Logf("in-flight upload cancelled %v after the revoke", time.Since(start))
	case <-time.After(2 * time.Second):
		t.Fatal("in-flight upload not cancelled")
	}
	rec := rg.wait(rep.EventID, 2*time.Second)
	if rec.State != spool.StateDeleted || !strings.Contains(rec.Reason, "consent withdrawn") {
		t.Fatalf("%+v", rec)
	}
	if fs.ackCount(rep.EventID) != 0 {
		t.Fatal("acknowledged")
	}
}

func TestLoweredConsentDropsPerfOnly(t *testing.T) {
	block := make(chan struct{})
	fs := newFakeSentry(t, func(n int, w http.ResponseWriter, r *http.Request) bool {
		<-block
		return false
	})
	defer close(block)
	rg := newRig(t, consent.CrashPerf, fs.dsn(), func(o *Options) { o.Concurrency = 1 })
	_, crash := rg.add(report.KindCrash, true)
	_, perf := rg.add(report.KindPerformance, true)
	if err := rg.cs.Set(consent.Crash); err != nil {
		t.Fatal(err)
	}
	if n := rg.up.Withdraw(rg.cs.Effective()); n != 1 {
		t.Fatalf("withdrew %d", n)
	}
	if r, _ := rg.sp.Get(perf.EventID); r.State != spool.StateDeleted {
		t.Fatalf("perf: %+v", r)
	}
	if r, _ := rg.sp.Get(crash.EventID); r.State != spool.StatePending {
		t.Fatalf("crash: %+v", r)
	}
}

func TestLargeDoesNotBlockSmall(t *testing.T) {
	release := make(chan struct{})
	var large atomic.Int64
	fs := newFakeSentry(t, func(n int, w http.ResponseWriter, r *http.Request) bool {
		if r.ContentLength > 4096 {
			large.Add(1)
			select {
			case <-release:
			case <-r.Context().Done():
				return true
			}
		}
		return false
	})
	rg := newRig(t, consent.Crash, fs.dsn(), func(o *Options) { o.LargeSize = 4096; o.Concurrency = 2 })
	rg.run()
	big := make([]byte, 64<<10)
	rand.Read(big) // incompressible
	addBig := func() string {
		rep := newReport(report.KindCrash)
		rec, err := Enqueue(rg.sp, rep, EnqueueOptions{Attachments: []AttachmentSource{{
			Name: "big.dmp", Type: report.AttachmentMinidump, Size: int64(len(big)),
			Open: func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(big)), nil },
		}}})
		if err != nil {
			t.Fatal(err)
		}
		return rec.EventID
	}
	b1 := addBig()
	b2 := addBig()
	small, _ := rg.add(report.KindCrash, true)
	if rec := rg.wait(small.EventID, 5*time.Second); rec.State != spool.StateSent {
		t.Fatalf("%+v", rec)
	}
	// The small report may be sent before the first large request reaches
	// the server (building a 64 KiB envelope takes longer): wait for it,
	// then give a second large one time to start if its slot were free.
	for deadline := time.Now().Add(5 * time.Second); large.Load() == 0 && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	if n := large.Load(); n != 1 {
		t.Fatalf("%d large uploads in flight, want 1 (the other slot is kept for small ones)", n)
	}
	close(release)
	rg.wait(b1, 5*time.Second)
	rg.wait(b2, 5*time.Second)
}

func TestGzipAndAttachments(t *testing.T) {
	fs := newFakeSentry(t, nil)
	rg := newRig(t, consent.Crash, fs.dsn(), func(o *Options) { o.Gzip = true })
	rg.run()
	rep := newReport(report.KindCrash)
	dump := filepath.Join(testDir(t), "scrubbed.dmp")
	content := append([]byte("MDMP\x93\xa7"), bytes.Repeat([]byte{0, 1, 2, '\n'}, 5000)...)
	os.WriteFile(dump, content, 0o600)
	rep.Attachments = []report.Attachment{{Name: "crash.dmp", Type: report.AttachmentMinidump, Size: int64(len(content)), Path: dump}}
	rec, err := rg.up.Enqueue(spool.Record{}, rep, true)
	if err != nil {
		t.Fatal(err)
	}
	if rec.RawSize <= int64(len(content)) || rec.Size >= rec.RawSize || len(rec.Categories) != 2 {
		t.Fatalf("sizes/categories: %+v", rec)
	}
	rg.wait(rep.EventID, 5*time.Second)
	reqs := fs.requests()
	r := reqs[len(reqs)-1]
	if r.encoding != "gzip" || len(r.env.Items) != 2 {
		t.Fatalf("%+v", r)
	}
	att := r.env.Items[1]
	if att.Type() != "attachment" || att.HeaderString("attachment_type") != "event.minidump" ||
		att.HeaderString("filename") != "crash.dmp" || !bytes.Equal(att.Payload, content) {
		t.Fatalf("attachment: %v", att.Header)
	}
}

func TestBuildEnvelopeDecodes(t *testing.T) {
	rep := newReport(report.KindCrash)
	att := []byte("MDMP attachment\nwith newline")
	var buf bytes.Buffer
	n, err := BuildEnvelope(&buf, rep, "https://k@o.ingest.sentry.io/1", t0, AttachmentSource{
		Name: "a.dmp", Type: report.AttachmentMinidump, Size: int64(len(att)),
		Open: func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(att)), nil },
	})
	if err != nil || n != int64(buf.Len()) {
		t.Fatal(n, err)
	}
	env, err := envelope.Decode(&buf, envelope.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	if env.EventID() != rep.EventID || env.Header["dsn"] != "https://k@o.ingest.sentry.io/1" || env.Header["sent_at"] != "2025-03-14T09:26:53Z" {
		t.Fatalf("header %v", env.Header)
	}
	sdk, _ := env.Header["sdk"].(map[string]any)
	if sdk["name"] != SDKName || len(env.Items) != 2 || !bytes.Equal(env.Items[1].Payload, att) {
		t.Fatalf("%+v", env)
	}
	// A source shorter than announced is an error, not a bad envelope.
	_, err = BuildEnvelope(io.Discard, rep, "", t0, AttachmentSource{Name: "short", Size: 100,
		Open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader("abc")), nil }})
	if err == nil {
		t.Fatal("short attachment accepted")
	}
}

func TestInsecureAndPinnedEndpoints(t *testing.T) {
	dir := testDir(t)
	sp, _ := spool.Open(filepath.Join(dir, "spool"), spool.Limits{}, nil)
	cs, _ := consent.Open(dir, "", nil)
	for dsn, ok := range map[string]bool{
		"https://k@sentry.example.com/1": true,
		"http://k@127.0.0.1:9000/1":      true,
		"http://k@[::1]:9000/1":          true,
		"http://k@localhost:9000/1":      true,
		"http://k@sentry.example.com/1":  false,
		"http://k@10.0.0.1/1":            false,
	} {
		_, err := New(Options{DSN: dsn, Spool: sp, Consent: cs})
		if ok != (err == nil) || (!ok && !errors.Is(err, ErrInsecure)) {
			t.Errorf("%s: %v", dsn, err)
		}
	}
	u, _ := New(Options{DSN: "https://k@sentry.example.com/1", Spool: sp, Consent: cs})
	for pin, want := range map[string]string{
		"":                                    "https://sentry.example.com/api/1/envelope/",
		"sentry.example.com":                  "https://sentry.example.com/api/1/envelope/",
		"https://SENTRY.example.com:443/":     "https://sentry.example.com/api/1/envelope/",
		"https://other@ingest.corp.example/7": "https://ingest.corp.example/api/7/envelope/",
		"evil.example.com":                    "",
		"http://sentry.example.com":           "",
		"http://other@ingest.corp.example/7":  "",
	} {
		tg, err := u.target(consent.State{Effective: consent.Crash, Endpoint: pin})
		if tg.url != want || (want == "") != (err != nil) {
			t.Errorf("pin %q: %q %v", pin, tg.url, err)
		}
	}
}

func TestPolicyPinMismatchNoConnection(t *testing.T) {
	fs := newFakeSentry(t, nil)
	rg := newRig(t, consent.Crash, fs.dsn(), nil)
	os.WriteFile(filepath.Join(rg.dir, "policy.toml"), []byte(`endpoint = "ingest.corp.example"`), 0o644)
	rg.run()
	rg.add(report.KindCrash, true)
	time.Sleep(300 * time.Millisecond)
	if n := fs.accept.Load(); n != 0 {
		t.Fatalf("%d connections to an endpoint the policy does not allow", n)
	}
	if !errors.Is(errors.New(rg.up.LastError()), ErrEndpoint) && !strings.Contains(rg.up.LastError(), "not allowed by machine policy") {
		t.Fatalf("last error %q", rg.up.LastError())
	}
}

func TestSelfReportsThroughSpool(t *testing.T) {
	fs := newFakeSentry(t, nil)
	rg := newRig(t, consent.Off, fs.dsn(), nil)
	client, err := sentry.NewClient(sentry.ClientOptions{Dsn: fs.dsn(), Transport: NewSelfTransport(rg.sp, rg.cs, nil)})
	if err != nil {
		t.Fatal(err)
	}
	hub := sentry.NewHub(client, sentry.NewScope())
	hub.CaptureException(errors.New("spool: disk on fire"))
	if n := len(rg.sp.List()); n != 0 {
		t.Fatalf("self report kept under off: %d", n)
	}
	rg.cs.Set(consent.Crash)
	id := hub.CaptureException(errors.New("spool: disk on fire"))
	if id == nil {
		t.Fatal("no event id")
	}
	rg.run()
	rec := rg.wait(string(*id), 5*time.Second)
	if rec.State != spool.StateSent || rec.Format != "self" {
		t.Fatalf("%+v", rec)
	}
	reqs := fs.requests()
	ev := reqs[len(reqs)-1].env.Items[0].Payload
	validate(t, compileSchema(t), ev)
	if !bytes.Contains(ev, []byte("disk on fire")) {
		t.Fatalf("%s", ev)
	}
}

func TestRateLimitParsing(t *testing.T) {
	now := time.Unix(1000, 0)
	h := http.Header{}
	h.Set("X-Sentry-Rate-Limits", "60:error;attachment:organization:quota, 10::key, junk, 5:error:org, -3:default:x")
	m := rateLimits(h, now)
	if !m["error"].Equal(now.Add(60*time.Second)) || !m["attachment"].Equal(now.Add(60*time.Second)) ||
		!m[""].Equal(now.Add(10*time.Second)) || len(m) != 3 {
		t.Fatalf("%v", m)
	}
	if d, ok := retryAfter("120", now); !ok || d != 2*time.Minute {
		t.Fatal(d)
	}
	if d, ok := retryAfter(now.Add(30*time.Second).UTC().Format(http.TimeFormat), now); !ok || d != 30*time.Second {
		t.Fatal(d)
	}
	if _, ok := retryAfter("soon", now); ok {
		t.Fatal("junk accepted")
	}
}

// Rate-limit headers come from the network: no input may panic or park
// the queue for more than a day.
func FuzzRateLimitHeaders(f *testing.F) {
	for _, s := range []string{"60:error;attachment:organization:quota", "10::key, 5:error:org", "1e9:error", "-1:x", "120", "Wed, 21 Oct 2015 07:28:00 GMT", ":::", "", "NaN:error", "NaN", "Inf:error"} {
		f.Add(s)
	}
	now := time.Unix(1700000000, 0)
	f.Fuzz(func(t *testing.T, v string) {
		h := http.Header{}
		h.Set("X-Sentry-Rate-Limits", v)
		for _, until := range rateLimits(h, now) {
			if until.Before(now) || until.After(now.Add(24*time.Hour)) {
				t.Fatalf("%q: deadline %v", v, until)
			}
		}
		if d, ok := retryAfter(v, now); ok && (d < 0 || d > 24*time.Hour) {
			t.Fatalf("%q: retry after %v", v, d)
		}
	})
}
