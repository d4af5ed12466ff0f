package upload

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/getsentry/sentry-go"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"

	"crashd/daemon/consent"
	"crashd/daemon/spool"
	"crashd/report"
)

// Consent is what the uploader needs from the consent store.
type Consent interface {
	Effective() consent.State
	Watch(ctx context.Context) <-chan consent.State
}

// Options configure an Uploader.
type Options struct {
	DSN     string       // Sentry DSN; "" only uploads when the policy pins a full DSN
	Spool   *spool.Spool // required
	Consent Consent      // required
	Client  *http.Client // nil: proxy from the environment, bounded timeouts
	Gzip    bool         // send gzip instead of zstd (servers without zstd)
	// Concurrency is the number of parallel uploads (default 2). When all
	// but one are busy with large reports, the last takes only small ones,
	// so a large upload never blocks small ones.
	Concurrency int
	LargeSize   int64         // what counts as large (default 1 MiB compressed)
	BackoffBase time.Duration // first retry delay ceiling (default 5 s)
	BackoffMax  time.Duration // retry delay ceiling (default 1 h)
	Timeout     time.Duration // per request, plus 1 s per 32 KiB of body (default 60 s)
	Log         *slog.Logger
}

// Uploader sends pending spool reports to the Sentry endpoint.
type Uploader struct {
	sp      *spool.Spool
	consent Consent
	dsn     *sentry.Dsn
	dsnRaw  string
	client  *http.Client
	o       Options
	log     *slog.Logger

	mu       sync.Mutex
	inflight map[string]*flight
	lastErr  string
}

type flight struct {
	rec    spool.Record
	cancel context.CancelCauseFunc
	large  bool
}

// Errors.
var (
	ErrInsecure = errors.New("upload: refusing plain HTTP to a non-loopback host")
	ErrEndpoint = errors.New("upload: endpoint not allowed by machine policy")
	ErrNoDSN    = errors.New("upload: no DSN configured")
	errConsent  = errors.New("upload: consent withdrawn")
)

// New checks the options and makes an Uploader; Run starts it.
func New(o Options) (*Uploader, error) {
	if o.Spool == nil || o.Consent == nil {
		return nil, errors.New("upload: spool and consent are required")
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 2
	}
	if o.LargeSize <= 0 {
		o.LargeSize = 1 << 20
	}
	if o.BackoffBase <= 0 {
		o.BackoffBase = 5 * time.Second
	}
	if o.BackoffMax <= 0 {
		o.BackoffMax = time.Hour
	}
	if o.Timeout <= 0 {
		o.Timeout = 60 * time.Second
	}
	u := &Uploader{sp: o.Spool, consent: o.Consent, o: o, log: o.Log, inflight: map[string]*flight{}}
	if o.DSN != "" {
		d, err := parseDSN(o.DSN)
		if err != nil {
			return nil, err
		}
		u.dsn, u.dsnRaw = d, o.DSN
	}
	base := o.Client
	if base == nil {
		base = &http.Client{Transport: &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           (&net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			TLSHandshakeTimeout:   15 * time.Second,
			ResponseHeaderTimeout: 60 * time.Second,
			IdleConnTimeout:       90 * time.Second,
			MaxIdleConnsPerHost:   o.Concurrency,
			ForceAttemptHTTP2:     true,
		}}
	}
	c := *base
	rt := c.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	// The gate sits in the transport too, so nothing (no retry inside the
	// client, no redirect) can dial while consent is off.
	c.Transport = gateTransport{next: rt, consent: o.Consent}
	// A redirect could leave the pinned endpoint; Sentry never redirects
	// envelope posts.
	c.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }
	u.client = &c
	return u, nil
}

func parseDSN(raw string) (*sentry.Dsn, error) {
	d, err := sentry.NewDsn(raw)
	if err != nil {
		return nil, fmt.Errorf("upload: DSN: %w", err)
	}
	if err := checkSecure(d.GetAPIURL()); err != nil {
		return nil, err
	}
	return d, nil
}

// checkSecure allows https anywhere and http only to loopback.
func checkSecure(u *url.URL) error {
	if u.Scheme == "https" {
		return nil
	}
	if u.Scheme == "http" && isLoopback(u.Hostname()) {
		return nil
	}
	return fmt.Errorf("%w: %s", ErrInsecure, u.Redacted())
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

type gateTransport struct {
	next    http.RoundTripper
	consent Consent
}

func (g gateTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	if g.consent.Effective().Effective == consent.Off {
		if r.Body != nil {
			r.Body.Close()
		}
		return nil, errConsent
	}
	return g.next.RoundTrip(r)
}

// allowed says whether rec may be uploaded under st.
func allowed(st consent.State, rec spool.Record) bool {
	if st.Effective == consent.Off {
		return false
	}
	return rec.Approved || st.Allows(rec.Kind) == consent.Send
}

// Enqueue stores r in the spool: pending when send, else held. meta
// carries the record fields the caller knows (source hash, approval).
func (u *Uploader) Enqueue(meta spool.Record, r *report.Report, send bool) (spool.Record, error) {
	return Enqueue(u.sp, r, EnqueueOptions{SourceHash: meta.SourceHash, Held: !send, Approved: meta.Approved})
}

// Withdraw applies a lower consent at once: uploads no longer allowed are
// cancelled and pending reports no longer allowed are deleted (history
// rows stay). It returns the number deleted.
func (u *Uploader) Withdraw(st consent.State) int {
	u.mu.Lock()
	for _, f := range u.inflight {
		if !allowed(st, f.rec) {
			f.cancel(errConsent)
		}
	}
	u.mu.Unlock()
	reason := "consent withdrawn (" + st.Effective.String() + ")"
	n, err := u.sp.DropUnsent(reason, func(r spool.Record) bool { return !allowed(st, r) })
	if err != nil {
		u.log.Error("upload: deleting withdrawn reports", "err", err)
	}
	if n > 0 {
		u.log.Info("upload: consent withdrawn, unsent reports deleted", "deleted", n, "effective", st.Effective.String())
	}
	return n
}

// LastError is the last upload problem (for status), "" after a success.
func (u *Uploader) LastError() string {
	u.mu.Lock()
	defer u.mu.Unlock()
	return u.lastErr
}

func (u *Uploader) setErr(s string) {
	u.mu.Lock()
	u.lastErr = s
	u.mu.Unlock()
}

// Wait blocks until the report is acknowledged by the server or can go no
// further without the user (held, failed, deleted, skipped), or ctx ends.
func (u *Uploader) Wait(ctx context.Context, ticketOrEventID string) (spool.Record, error) {
	return u.sp.WaitFor(ctx, ticketOrEventID, func(r spool.Record) bool { return r.State != spool.StatePending })
}

type result struct{ id string }

// Run uploads until ctx ends; it then cancels uploads in flight (they stay
// pending) and returns nil.
func (u *Uploader) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cons := u.consent.Watch(ctx)
	st, ok := <-cons
	if !ok {
		return nil
	}
	u.Withdraw(st) // reports queued before a withdrawal made while we were down
	done := make(chan result, u.o.Concurrency)
	var wg sync.WaitGroup
	defer func() {
		u.mu.Lock()
		for _, f := range u.inflight {
			f.cancel(context.Canceled)
		}
		u.mu.Unlock()
		wg.Wait()
	}()
	var timer *time.Timer
	prune := time.NewTicker(time.Hour)
	defer prune.Stop()
	for {
		changed := u.sp.Changed()
		var wake <-chan time.Time
		if timer != nil {
			timer.Stop()
		}
		if maxSize, ok := u.fill(ctx, st, done, &wg); ok {
			// Sleep until the next report this uploader could take becomes
			// due; the floor keeps a clock hiccup from spinning.
			if t, ok := u.sp.NextWake(maxSize, func(r spool.Record) bool { return allowed(st, r) }); ok {
				timer = time.NewTimer(max(time.Until(t), 10*time.Millisecond))
				wake = timer.C
			}
		}
		select {
		case <-ctx.Done():
			return nil
		case s, ok := <-cons:
			if !ok {
				return nil
			}
			if s.Effective < st.Effective || s.Endpoint != st.Endpoint {
				u.Withdraw(s)
			}
			st = s
		case <-changed:
			// A report stored as pending by a capture that raced with a
			// consent change must not linger: apply the consent on disk now
			// (fresher than the watcher's, which may lag by a moment).
			st = u.consent.Effective()
			u.Withdraw(st)
		case <-wake:
		case r := <-done:
			u.mu.Lock()
			delete(u.inflight, r.id)
			u.mu.Unlock()
		case <-prune.C:
			u.sp.Prune()
		}
	}
}

// fill starts uploads while slots are free and reports are due. It
// returns the size limit for the next free slot, and false when no upload
// can start now whatever becomes due (consent off, endpoint refused, all
// slots busy).
func (u *Uploader) fill(ctx context.Context, st consent.State, done chan<- result, wg *sync.WaitGroup) (int64, bool) {
	if st.Effective == consent.Off {
		return 0, false
	}
	target, err := u.target(st)
	if err != nil {
		if _, pending := u.sp.NextWake(0, nil); pending && u.LastError() != err.Error() {
			u.log.Error("upload: not sending", "err", err)
			u.setErr(err.Error())
		}
		return 0, false
	}
	for {
		u.mu.Lock()
		n, large := len(u.inflight), 0
		for _, f := range u.inflight {
			if f.large {
				large++
			}
		}
		u.mu.Unlock()
		if n >= u.o.Concurrency {
			return 0, false
		}
		var maxSize int64
		if u.o.Concurrency > 1 && large >= u.o.Concurrency-1 {
			maxSize = u.o.LargeSize
		}
		rec, ok := u.sp.Lease(time.Now(), maxSize, func(r spool.Record) bool { return allowed(st, r) })
		if !ok {
			return maxSize, true
		}
		fctx, fcancel := context.WithCancelCause(ctx)
		f := &flight{rec: rec, cancel: fcancel, large: rec.Size > u.o.LargeSize}
		u.mu.Lock()
		u.inflight[rec.EventID] = f
		u.mu.Unlock()
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer fcancel(nil)
			u.upload(fctx, rec, target)
			done <- result{rec.EventID}
		}()
	}
}

type target struct {
	url  string
	auth string
	dsn  string
}

// target is where uploads go under st: the configured DSN, or the policy's
// pinned DSN; a pinned URL or host must match the DSN.
func (u *Uploader) target(st consent.State) (target, error) {
	dsn, raw := u.dsn, u.dsnRaw
	if pin := strings.TrimSpace(st.Endpoint); pin != "" {
		if d, err := sentry.NewDsn(pin); err == nil && d.GetPublicKey() != "" {
			if err := checkSecure(d.GetAPIURL()); err != nil {
				return target{}, err
			}
			dsn, raw = d, pin
		} else if dsn != nil && !endpointMatches(dsn, pin) {
			return target{}, fmt.Errorf("%w: DSN host %s, policy pins %s", ErrEndpoint, dsn.GetHost(), pin)
		}
	}
	if dsn == nil {
		return target{}, ErrNoDSN
	}
	auth := "Sentry sentry_version=7, sentry_client=" + SDKName + "/" + SDKVersion + ", sentry_key=" + dsn.GetPublicKey()
	if s := dsn.GetSecretKey(); s != "" {
		auth += ", sentry_secret=" + s
	}
	return target{url: dsn.GetAPIURL().String(), auth: auth, dsn: raw}, nil
}

// endpointMatches compares the DSN with a pinned "host", "host:port" or URL.
func endpointMatches(d *sentry.Dsn, pin string) bool {
	if !strings.Contains(pin, "://") {
		pin = "//" + pin
	}
	p, err := url.Parse(pin)
	if err != nil || p.Hostname() == "" {
		return false
	}
	if !strings.EqualFold(p.Hostname(), d.GetHost()) {
		return false
	}
	if p.Scheme != "" && p.Scheme != d.GetScheme() {
		return false
	}
	if p.Port() != "" && p.Port() != strconv.Itoa(d.GetPort()) {
		return false
	}
	return true
}

// upload makes one attempt and records its outcome.
func (u *Uploader) upload(ctx context.Context, rec spool.Record, t target) {
	id := rec.EventID
	// Consent right before the request: another process may have changed
	// it since the lease.
	if !allowed(u.consent.Effective(), rec) {
		u.sp.Release(id)
		return
	}
	body, length, err := u.body(rec, t)
	if err != nil {
		u.log.Error("upload: reading spooled report", "event_id", id, "err", err)
		if !errors.Is(err, spool.ErrCorrupt) && !errors.Is(err, spool.ErrState) {
			u.retry(rec, 0, "reading spool: "+err.Error())
		} else {
			u.sp.Release(id)
		}
		return
	}
	defer body.Close()
	timeout := u.o.Timeout + time.Duration(rec.Size/(32<<10))*time.Second
	rctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(rctx, http.MethodPost, t.url, body)
	if err != nil {
		u.sp.Release(id)
		return
	}
	req.ContentLength = length
	req.Header.Set("X-Sentry-Auth", t.auth)
	req.Header.Set("Content-Type", "application/x-sentry-envelope")
	req.Header.Set("User-Agent", SDKName+"/"+SDKVersion)
	if u.o.Gzip {
		req.Header.Set("Content-Encoding", "gzip")
	} else {
		req.Header.Set("Content-Encoding", "zstd")
	}
	start := time.Now()
	resp, err := u.client.Do(req)
	if err != nil {
		switch {
		case errors.Is(context.Cause(ctx), errConsent) || errors.Is(err, errConsent):
			u.log.Info("upload: cancelled, consent withdrawn", "event_id", id)
			u.sp.Release(id)
		case ctx.Err() != nil: // shutting down: stays pending
			u.sp.Release(id)
		case errors.Is(err, spool.ErrCorrupt):
			u.sp.Release(id) // already marked failed by the spool
		default:
			u.retry(rec, 0, "network: "+err.Error())
		}
		return
	}
	snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // let the connection be reused
	resp.Body.Close()
	now := time.Now()
	limits := rateLimits(resp.Header, now)
	if len(limits) > 0 {
		for cat, until := range limits {
			var cats []string
			if cat != "" {
				cats = []string{cat}
			}
			if err := u.sp.SetRateLimit(cats, until); err != nil {
				u.log.Error("upload: saving rate limit", "err", err)
			}
		}
	}
	status := fmt.Sprintf("HTTP %d", resp.StatusCode)
	switch code := resp.StatusCode; {
	case code >= 200 && code < 300:
		// Cleared before the spool says "sent": whoever sees the report sent
		// must not still see an older attempt's error.
		u.setErr("")
		if err := u.sp.MarkSent(id, now); err != nil {
			u.log.Error("upload: recording sent", "event_id", id, "err", err)
			u.setErr("recording sent: " + err.Error())
		}
		u.log.Info("upload: sent", "event_id", id, "ticket", rec.Ticket, "bytes", length, "took", time.Since(start))
	case code == http.StatusTooManyRequests:
		// X-Sentry-Rate-Limits wins over Retry-After; a minute is Sentry's
		// default when neither says.
		var until time.Time
		for _, c := range append([]string{""}, rec.Categories...) {
			if t, ok := limits[c]; ok && t.After(until) {
				until = t
			}
		}
		if until.IsZero() {
			until = now.Add(time.Minute)
			if d, ok := retryAfter(resp.Header.Get("Retry-After"), now); ok {
				until = now.Add(d)
			}
		}
		if len(limits) == 0 {
			if err := u.sp.SetRateLimit(nil, until); err != nil {
				u.log.Error("upload: saving rate limit", "err", err)
			}
		}
		u.retry(rec, until.Sub(now), status+" rate limited")
	case code == http.StatusBadRequest || code == http.StatusRequestEntityTooLarge ||
		(code >= 400 && code < 500 && code != 401 && code != 403 && code != 404 && code != 408):
		reason := status + ": " + oneLine(strings.TrimSpace(string(snippet)))
		if err := u.sp.MarkFailed(id, "rejected by server: "+strings.TrimSuffix(reason, ": ")); err != nil {
			u.log.Error("upload: recording failure", "event_id", id, "err", err)
		}
		u.setErr(reason)
		u.log.Warn("upload: rejected, not retried", "event_id", id, "status", code)
	default: // 5xx, 401/403/404/408, 3xx
		var min time.Duration
		if d, ok := retryAfter(resp.Header.Get("Retry-After"), now); ok {
			min = d
		}
		u.retry(rec, min, status)
	}
}

// retry schedules the next attempt: exponential backoff with full jitter,
// never sooner than min (Retry-After).
func (u *Uploader) retry(rec spool.Record, min time.Duration, reason string) {
	ceil := u.o.BackoffBase << min64(int64(rec.Attempts), 20)
	if ceil > u.o.BackoffMax || ceil <= 0 {
		ceil = u.o.BackoffMax
	}
	d := rand.N(ceil + 1)
	if d < min {
		d = min
	}
	next := time.Now().Add(d)
	u.setErr(reason)
	if err := u.sp.MarkRetry(rec.EventID, next, reason); err != nil {
		u.log.Error("upload: recording retry", "event_id", rec.EventID, "err", err)
	}
	u.log.Warn("upload: will retry", "event_id", rec.EventID, "reason", reason, "in", d.Round(time.Millisecond))
}

func min64(a, b int64) int64 {
	if a < b {
		return a
	}
	return b
}

func oneLine(s string) string {
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}

// body is the request body: a fresh zstd frame with the envelope header
// (sent_at is now) followed by the stored zstd frames of the items
// (concatenated frames are one zstd stream). With gzip the items are
// recompressed on the fly.
func (u *Uploader) body(rec spool.Record, t target) (io.ReadCloser, int64, error) {
	payload, size, err := u.sp.OpenPayload(rec.EventID)
	if err != nil {
		return nil, 0, err
	}
	var hdr bytes.Buffer
	if err := writeLine(&hdr, EnvelopeHeader(rec.EventID, t.dsn, time.Now())); err != nil {
		payload.Close()
		return nil, 0, err
	}
	if !u.o.Gzip {
		enc := encoderPool.Get().(*zstd.Encoder)
		frame := enc.EncodeAll(hdr.Bytes(), nil)
		encoderPool.Put(enc)
		return readCloser{io.MultiReader(bytes.NewReader(frame), payload), payload}, int64(len(frame)) + size, nil
	}
	pr, pw := io.Pipe()
	go func() {
		dec, err := zstd.NewReader(payload, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(1<<30))
		if err != nil {
			pw.CloseWithError(err)
			return
		}
		defer dec.Close()
		gz := gzip.NewWriter(pw)
		if _, err := gz.Write(hdr.Bytes()); err != nil {
			pw.CloseWithError(err)
			return
		}
		if _, err := io.Copy(gz, dec); err != nil {
			pw.CloseWithError(err)
			return
		}
		pw.CloseWithError(gz.Close())
	}()
	return readCloser{pr, closerFunc(func() error { pr.Close(); return payload.Close() })}, -1, nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

type closerFunc func() error

func (f closerFunc) Close() error { return f() }
