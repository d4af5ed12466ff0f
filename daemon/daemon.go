// Package daemon is crashd's service runtime: it wires collector → redact
// → platform/perf → consent gate → spool → upload, and serves the local
// API. It is the only package that knows all the stages.
package daemon

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/getsentry/sentry-go"
	"github.com/gofrs/flock"

	"crashd/collector"
	"crashd/config"
	"crashd/daemon/consent"
	"crashd/daemon/spool"
	"crashd/daemon/upload"
	"crashd/perf"
	"crashd/platform"
	"crashd/report"
	"crashd/ticket"
)

// ErrLocked is returned when another crashd already runs on the state dir.
var ErrLocked = errors.New("another crashd is already running on this state directory")

// Lock takes the state directory's lock. It is held by the running daemon,
// and by offline commands that open the spool while no daemon runs.
func Lock(stateDir string) (unlock func(), err error) {
	if err := os.MkdirAll(stateDir, 0o700); err != nil {
		return nil, fmt.Errorf("daemon: state dir: %w", err)
	}
	l := flock.New(filepath.Join(stateDir, "crashd.lock"))
	ok, err := l.TryLock()
	if err != nil {
		return nil, fmt.Errorf("daemon: lock %s: %w", l.Path(), err)
	}
	if !ok {
		return nil, fmt.Errorf("daemon: %s: %w", stateDir, ErrLocked)
	}
	return func() { _ = l.Unlock() }, nil
}

// Daemon is a running crashd.
type Daemon struct {
	cfg     *config.Config
	log     *slog.Logger
	unlock  func()
	spool   *spool.Spool
	consent *consent.Store
	plat    *platform.Cache
	sampler *perf.Sampler
	limiter *collector.Limiter
	pipe    *Pipeline
	up      *upload.Uploader
	self    *sentry.Hub // crashd's own errors and panics, into the same spool
	started time.Time

	captures sync.WaitGroup // reports between Submit and the spool

	mu        sync.Mutex
	lastState consent.State
	lastErr   string // last failure to store a report (disk full ...), for status
}

// New opens the state directory (taking its lock) and every stage.
func New(cfg *config.Config, log *slog.Logger) (_ *Daemon, err error) {
	if cfg.StateDir == "" {
		return nil, errors.New("daemon: no state_dir configured")
	}
	// A CLI command may hold the lock for a moment (it reads the spool
	// offline while no daemon answers): wait a little before giving up.
	unlock, err := Lock(cfg.StateDir)
	for deadline := time.Now().Add(3 * time.Second); errors.Is(err, ErrLocked) && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		unlock, err = Lock(cfg.StateDir)
	}
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			unlock()
		}
	}()
	d := &Daemon{cfg: cfg, log: log, unlock: unlock, started: time.Now()}
	work := filepath.Join(cfg.StateDir, "work")
	// Leftovers of a killed run are scrubbed artifacts of reports that were
	// not spooled; their sources are re-detected, so drop them.
	_ = os.RemoveAll(work)
	if err := os.MkdirAll(work, 0o700); err != nil {
		return nil, fmt.Errorf("daemon: %w", err)
	}
	d.spool, err = spool.Open(filepath.Join(cfg.StateDir, "spool"), spool.Limits{
		MaxBytes: cfg.Spool.MaxBytes, MaxCount: cfg.Spool.MaxCount, MaxAge: cfg.Spool.MaxAge.D(),
	}, log.With("stage", "spool"))
	if err != nil {
		return nil, err
	}
	d.consent, err = consent.Open(cfg.StateDir, cfg.PolicyFile, log.With("stage", "consent"))
	if err != nil {
		return nil, err
	}
	d.lastState = d.consent.Effective()
	d.plat = platform.NewCache(log.With("stage", "platform"))
	d.sampler, err = perf.NewSampler(filepath.Join(cfg.StateDir, "perf"), cfg.Perf.Interval.D(), cfg.Perf.Retention.D(), log.With("stage", "sampler"))
	if err != nil {
		return nil, err
	}
	d.limiter = collector.NewLimiter(cfg.CrashLoop.Max, cfg.CrashLoop.Window.D())
	d.pipe = NewPipeline(cfg, platform.LocalIdentity(), d.plat.Get, work, log.With("stage", "pipeline"))
	d.up, err = upload.New(upload.Options{
		DSN:         cfg.DSN,
		Spool:       d.spool,
		Consent:     d.consent,
		Gzip:        cfg.Upload.Gzip,
		Concurrency: cfg.Upload.Concurrency,
		Log:         log.With("stage", "upload"),
	})
	if err != nil {
		return nil, err
	}
	d.self, err = d.selfHub()
	if err != nil {
		return nil, err
	}
	return d, nil
}

// selfHub reports crashd's own errors and panics through sentry-go into the
// same spool, under the same consent, scrubbed like any report (an error
// message can carry a path with a user name).
func (d *Daemon) selfHub() (*sentry.Hub, error) {
	client, err := sentry.NewClient(sentry.ClientOptions{
		Dsn:       d.cfg.DSN,
		Transport: upload.NewSelfTransport(d.spool, d.consent, d.log.With("stage", "self")),
		Release:   "crashd@" + Version,
		BeforeSend: func(ev *sentry.Event, _ *sentry.EventHint) *sentry.Event {
			sess, err := d.pipe.session()
			if err != nil {
				return nil // cannot scrub: do not send
			}
			ev.ServerName = ""
			ev.Message = sess.ScrubString(ev.Message)
			for i := range ev.Exception {
				ex := &ev.Exception[i]
				ex.Value = sess.ScrubString(ex.Value)
				if ex.Stacktrace != nil {
					for j := range ex.Stacktrace.Frames {
						fr := &ex.Stacktrace.Frames[j]
						fr.AbsPath, fr.Filename = sess.ScrubString(fr.AbsPath), sess.ScrubString(fr.Filename)
					}
				}
			}
			for k, v := range ev.Tags {
				ev.Tags[k] = sess.ScrubString(v)
			}
			ev.Contexts = nil // runtime/os contexts of sentry-go carry the host
			ev.User = sentry.User{}
			ev.Breadcrumbs = nil
			return ev
		},
	})
	if err != nil {
		return nil, fmt.Errorf("daemon: self-reporting: %w", err)
	}
	return sentry.NewHub(client, sentry.NewScope()), nil
}

// selfReport records one of crashd's own errors.
func (d *Daemon) selfReport(err error) {
	if d.self != nil && err != nil {
		d.self.CaptureException(err)
	}
}

// Close releases the state directory.
func (d *Daemon) Close() {
	if d.sampler != nil {
		_ = d.sampler.Close()
	}
	d.unlock()
}

// Run runs until ctx is cancelled, then flushes and returns.
func (d *Daemon) Run(ctx context.Context) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	watches := make([]collector.Watch, 0, len(d.cfg.Watch))
	for _, w := range d.cfg.Watch {
		watches = append(watches, collector.Watch{Path: w.Path, Kind: w.Kind})
	}
	if d.cfg.WatchDefaults {
		watches = append(watches, collector.DefaultDirs()...)
	}
	coll, err := collector.New(collector.Options{
		Watches: watches,
		Settle:  d.cfg.SettleTime.D(),
		MaxSize: d.cfg.MaxFileSize,
		Seen:    d.spool.HasSource,
		Logger:  d.log.With("stage", "collector"),
	})
	if err != nil {
		return err
	}
	var wg sync.WaitGroup
	goRun := func(name string, f func(context.Context) error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(ctx); err != nil && !errors.Is(err, context.Canceled) {
				d.log.Error(name+" stopped", "err", err)
			}
		}()
	}
	goRun("platform", func(ctx context.Context) error { d.plat.Run(ctx); return nil })
	goRun("sampler", d.sampler.Run)
	goRun("upload", d.up.Run)
	goRun("consent", d.watchConsent)
	api, err := d.startAPI(ctx)
	if err != nil {
		return err
	}
	goRun("api", api)

	found := make(chan collector.Found)
	skipped := make(chan collector.Skipped)
	goRun("collector", func(ctx context.Context) error { return coll.Run(ctx, found, skipped) })
	// Two workers: parsing and scrubbing are CPU-bound; more would starve
	// the machine that just crashed.
	var work sync.WaitGroup
	for range 2 {
		work.Add(1)
		go func() {
			defer work.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case f := <-found:
					d.handleFound(ctx, f)
				case s := <-skipped:
					d.recordSkipped(s.Path, s.Hash, s.Kind, s.Reason)
				}
			}
		}()
	}
	d.log.Info("crashd running", "state_dir", d.cfg.StateDir, "watches", len(watches), "consent", d.lastState.Effective.String())
	<-ctx.Done()
	work.Wait()
	d.captures.Wait() // flush captures to the spool before exiting
	wg.Wait()
	d.log.Info("crashd stopped")
	return nil
}

// watchConsent applies consent changes within a second: a withdrawal
// deletes queued unsent reports and cancels uploads in flight.
func (d *Daemon) watchConsent(ctx context.Context) error {
	for st := range d.consent.Watch(ctx) {
		d.mu.Lock()
		prev := d.lastState
		d.lastState = st
		d.mu.Unlock()
		d.log.Info("consent changed", "effective", st.Effective.String())
		if st.Effective < prev.Effective {
			n := d.up.Withdraw(st)
			d.log.Info("consent withdrawn: unsent reports deleted", "deleted", n)
		}
	}
	return nil
}

func (d *Daemon) recordSkipped(path, hash, kind, reason string) {
	_, err := d.spool.Skip(spool.Record{
		EventID: newEventID(), Ticket: ticket.New(), Kind: report.Kind(kindOf(kind)), SourceHash: hash,
		Reason: reason, CapturedAt: time.Now().UTC(),
	})
	if err != nil {
		d.log.Warn("record skipped file", "err", err)
	}
	d.log.Info("file skipped", "file", filepath.Base(path), "reason", reason)
}

func kindOf(watchKind string) string {
	if watchKind == "perf" {
		return string(report.KindPerformance)
	}
	return string(report.KindCrash)
}

// handleFound processes one file the collector found complete. A panic
// (a parser bug on hostile input) is recorded for that file and reported;
// the daemon keeps running.
func (d *Daemon) handleFound(ctx context.Context, f collector.Found) {
	defer f.File.Close()
	defer func() {
		if p := recover(); p != nil {
			d.log.Error("internal error processing a file", "file", filepath.Base(f.Path), "panic", p)
			d.recordSkipped(f.Path, f.Hash, f.Kind, fmt.Sprintf("crashd internal error: %v", p))
			if d.self != nil {
				d.self.Recover(p)
			}
		}
	}()
	src := Source{File: f.File, Size: f.Size, Path: f.Path, ModTime: f.ModTime, Format: f.Format, Kind: f.Kind}
	if _, err := d.Submit(ctx, src, f.Hash, SubmitOptions{}); err != nil && !errors.Is(err, context.Canceled) {
		d.log.Warn("report not made", "file", filepath.Base(f.Path), "err", err)
	}
}

// SubmitOptions are what an app can add when it hands a file over.
type SubmitOptions struct {
	App, AppVersion string
	Comment         string
	Immediate       bool // do not wait for the perf after-window
	Approved        bool // the caller approved sending this very report
}

// Capture is a report being finished: its ticket exists at once; Done is
// closed when it is stored in the spool (Record) or failed (Err).
type Capture struct {
	Ticket, EventID string
	Kind            report.Kind
	Done            chan struct{}
	Record          spool.Record
	Err             error
}

// Submit parses and scrubs src synchronously (so a bad file is reported
// to the caller at once), then finishes the report in the background:
// waits for the perf after-window, applies the consent gate and spools it.
func (d *Daemon) Submit(ctx context.Context, src Source, hash string, o SubmitOptions) (*Capture, error) {
	if src.Format == "" {
		d.recordSkipped(src.Path, hash, src.Kind, "unsupported file format")
		return nil, fmt.Errorf("daemon: %s: %w", filepath.Base(src.Path), ErrUnsupported)
	}
	src.Comment = o.Comment
	res, err := d.pipe.Process(ctx, src)
	if err != nil {
		if spool.IsDiskFull(err) {
			d.retryLater(ctx, src, hash, o)
			return nil, err
		}
		d.recordSkipped(src.Path, hash, src.Kind, "unreadable "+string(src.Format)+": "+oneLine(err.Error()))
		return nil, err
	}
	r := res.Report
	if o.App != "" {
		r.App.Name = o.App
	}
	if o.AppVersion != "" {
		r.App.Version = o.AppVersion
	}
	if r.Kind != report.KindPerformance && !o.Approved && !d.limiter.Allow(r.App.Name, signature(r), time.Now()) {
		res.Cleanup()
		d.recordSkipped(src.Path, hash, src.Kind, fmt.Sprintf("crash loop: more than %d reports of this crash in %s", d.cfg.CrashLoop.Max, d.cfg.CrashLoop.Window.D()))
		return nil, ErrCrashLoop
	}
	r.EventID = newEventID()
	r.Ticket = ticket.New()
	r.CapturedAt = time.Now().UTC()
	c := &Capture{Ticket: r.Ticket, EventID: r.EventID, Kind: r.Kind, Done: make(chan struct{})}
	d.captures.Add(1)
	go func() {
		defer d.captures.Done()
		defer close(c.Done)
		defer res.Cleanup()
		if r.Kind != report.KindPerformance {
			d.attachPerf(ctx, r, o.Immediate)
		}
		st := d.consent.Effective()
		r.Consent = st.Effective.String()
		rec := spool.Record{
			EventID: r.EventID, Ticket: r.Ticket, Kind: r.Kind, App: r.App.Name, AppVersion: r.App.Version,
			Format: r.Format, SourceHash: hash, CapturedAt: r.CapturedAt, Approved: o.Approved,
		}
		send := o.Approved || st.Allows(r.Kind) == consent.Send
		c.Record, c.Err = d.up.Enqueue(rec, r, send)
		if c.Err != nil {
			d.log.Error("spool report", "ticket", r.Ticket, "err", c.Err)
			if spool.IsDiskFull(c.Err) && src.Path != "" {
				d.retryLater(ctx, src, hash, o)
			} else {
				d.selfReport(c.Err)
			}
			return
		}
		d.log.Info("report stored", "ticket", r.Ticket, "kind", r.Kind, "state", c.Record.State)
		d.mu.Lock()
		d.lastErr = ""
		d.mu.Unlock()
	}()
	return c, nil
}

// DiskFullRetry is how long the daemon waits before it tries again a file
// it could not store because the disk was full.
var DiskFullRetry = 15 * time.Second

// retryLater tries src again after DiskFullRetry, if the file still holds
// the same content: a full disk delays a report, it never loses it.
func (d *Daemon) retryLater(ctx context.Context, src Source, hash string, o SubmitOptions) {
	path, kind := src.Path, src.Kind
	d.log.Warn("disk full: will retry", "file", filepath.Base(path), "in", DiskFullRetry)
	d.mu.Lock()
	d.lastErr = "disk full in " + d.cfg.StateDir + ": reports wait until space returns"
	d.mu.Unlock()
	d.captures.Add(1)
	go func() {
		defer d.captures.Done()
		t := time.NewTimer(DiskFullRetry)
		defer t.Stop()
		select {
		case <-ctx.Done():
			return // not in the spool: found again by the startup scan
		case <-t.C:
		}
		s, err := OpenSource(path)
		if err != nil {
			d.log.Info("retry: file gone", "file", filepath.Base(path), "err", err)
			return
		}
		defer s.File.Close()
		if h, err := hashFile(s.File); err != nil || h != hash {
			return // replaced meanwhile: the collector sees the new content
		}
		s.Kind = kind
		if _, err := d.Submit(ctx, s, hash, o); err != nil && !spool.IsDiskFull(err) {
			d.log.Warn("retry: report not made", "file", filepath.Base(path), "err", err)
		}
	}()
}

func oneLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}

// ErrCrashLoop is returned when the crash-loop limiter suppressed a report.
var ErrCrashLoop = errors.New("daemon: crash loop: report suppressed")

// signature identifies "the same crash" for the crash-loop limiter.
func signature(r *report.Report) string {
	sig := ""
	if r.Crash != nil {
		sig = r.Crash.Reason
	}
	if fr := r.CrashedFrames(); len(fr) > 0 {
		sig += "|" + filepath.Base(fr[0].Module) + "+" + fr[0].Offset.String()
	}
	return sig
}

// attachPerf attaches the system samples around the crash. Unless the app
// asked for an immediate send, it waits for the after-window to pass.
func (d *Daemon) attachPerf(ctx context.Context, r *report.Report, immediate bool) {
	at := r.CrashedAt
	now := time.Now()
	if at.IsZero() || at.After(now) {
		at = now
	}
	to := at.Add(d.cfg.Perf.After.D())
	if !immediate && to.After(now) {
		t := time.NewTimer(to.Sub(now))
		select {
		case <-ctx.Done(): // shutting down: flush with the samples so far
			t.Stop()
		case <-t.C:
		}
	}
	if n := time.Now(); to.After(n) {
		to = n
	}
	from := at.Add(-d.cfg.Perf.Before.D())
	samples, err := d.sampler.Window(from, to)
	if err != nil {
		d.log.Warn("perf window", "err", err)
		return
	}
	w := &report.PerfWindow{From: from.UTC(), To: to.UTC(), Samples: samples}
	w.App = d.appPerf(r.App.Name, from, to)
	if len(w.Samples) > 0 || w.App != nil {
		r.Perf = w
	}
}

// appPerf summarises the app's own perf-log samples inside the window,
// from the perf folders configured for that app (or for any app).
func (d *Daemon) appPerf(app string, from, to time.Time) *report.PerfSummary {
	for _, w := range d.cfg.Watch {
		if w.Kind != "perf" || (w.App != "" && w.App != app) {
			continue
		}
		entries, err := os.ReadDir(w.Path)
		if err != nil {
			continue
		}
		for _, e := range entries {
			if !e.Type().IsRegular() {
				continue
			}
			p := filepath.Join(w.Path, e.Name())
			fi, err := e.Info()
			if err != nil || fi.ModTime().Before(from) {
				continue
			}
			src, err := OpenSource(p)
			if err != nil || src.Format != "perflog" {
				if err == nil {
					src.File.Close()
				}
				continue
			}
			sum, err := perf.Summarize(src.File, perf.SummaryOptions{From: from, To: to})
			src.File.Close()
			if err == nil && (len(sum.Metrics) > 0 || len(sum.Events) > 0) {
				if sess, err := d.pipe.session(); err == nil {
					tmp := &report.Report{PerfSummary: sum}
					sess.ScrubReport(tmp)
				}
				return sum
			}
		}
	}
	return nil
}

func newEventID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40 // UUID v4
	b[8] = b[8]&0x3f | 0x80
	return hex.EncodeToString(b[:])
}
