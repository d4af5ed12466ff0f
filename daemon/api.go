package daemon

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"crashd/collector"
	"crashd/daemon/consent"
	"crashd/daemon/spool"
	"crashd/localapi"
	"crashd/ticket"
)

// Version is crashd's version, reported in status (set by cli).
var Version = "dev"

// startAPI listens on the local API address and returns its serve loop.
func (d *Daemon) startAPI(ctx context.Context) (func(context.Context) error, error) {
	srv, err := localapi.Listen(localapi.Address(d.cfg.StateDir), localapi.ServerOptions{
		System: d.cfg.System,
		Log:    d.log.With("stage", "api"),
	})
	if err != nil {
		return nil, err
	}
	h := apiHandler{d: d, owners: &owners{m: map[string]string{}}}
	return func(ctx context.Context) error { return srv.Serve(ctx, h) }, nil
}

// owners remembers which local user handed in which report (this run
// only), so that on a machine-wide daemon a user may approve their own
// held reports but not another user's.
type owners struct {
	mu sync.Mutex
	m  map[string]string // ticket → peer identity
}

// identity is the peer's user: its SID on Windows, its uid elsewhere.
func identity(p localapi.Peer) string {
	if p.SID != "" {
		return "sid:" + p.SID
	}
	if p.UID < 0 {
		return ""
	}
	return "uid:" + strconv.Itoa(p.UID)
}

func (o *owners) set(tk string, p localapi.Peer) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.m[tk] = identity(p)
}

func (o *owners) is(tk string, p localapi.Peer) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	id, ok := o.m[tk]
	return ok && id != "" && id == identity(p)
}

// apiHandler answers the local API. Access rules: the server admits only
// the daemon's own user to a per-user daemon; a machine-wide daemon admits
// every local user, reads only files passed to it by descriptor (so it can
// never read what the caller could not), lets only admins change consent,
// and lets a user approve only the held reports they handed in.
type apiHandler struct {
	d      *Daemon
	owners *owners
}

func (h apiHandler) Report(ctx context.Context, p localapi.Peer, req localapi.Request, f *os.File) (localapi.TicketState, error) {
	d := h.d
	if f == nil {
		if d.cfg.System && !p.Root {
			return localapi.TicketState{}, localapi.Errorf(localapi.CodeForbidden, "pass the file by descriptor: a machine-wide daemon never opens a path for a caller")
		}
		if !filepath.IsAbs(req.Path) {
			return localapi.TicketState{}, localapi.Errorf(localapi.CodeBadRequest, "path must be absolute")
		}
		var err error
		if f, _, err = collector.Open(req.Path); err != nil {
			return localapi.TicketState{}, localapi.Errorf(localapi.CodeBadRequest, oneLine(err.Error()))
		}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return localapi.TicketState{}, localapi.Errorf(localapi.CodeBadRequest, "not a regular file")
	}
	if fi.Size() > d.cfg.MaxFileSize {
		return localapi.TicketState{}, localapi.Errorf(localapi.CodeBadRequest, fmt.Sprintf("file is %d bytes, above the %d-byte limit", fi.Size(), d.cfg.MaxFileSize))
	}
	hash, err := hashFile(f)
	if err != nil {
		return localapi.TicketState{}, localapi.Errorf(localapi.CodeBadRequest, oneLine(err.Error()))
	}
	head := make([]byte, 4096)
	n, _ := f.ReadAt(head, 0)
	src := Source{File: f, Size: fi.Size(), Path: req.Path, ModTime: fi.ModTime(), Format: collector.Sniff(head[:n], filepath.Base(req.Path))}
	if src.Format == "" {
		return localapi.TicketState{}, localapi.Errorf(localapi.CodeUnsupported, "unsupported file format")
	}
	c, err := d.Submit(ctx, src, hash, SubmitOptions{App: req.App, AppVersion: req.AppVersion, Comment: req.Comment, Immediate: req.Immediate || req.Wait})
	if err != nil {
		if errors.Is(err, ErrCrashLoop) {
			return localapi.TicketState{}, localapi.Errorf(localapi.CodeForbidden, "crash loop: this crash was reported too often recently")
		}
		return localapi.TicketState{}, localapi.Errorf(localapi.CodeBadRequest, oneLine(err.Error()))
	}
	if h.owners != nil {
		h.owners.set(c.Ticket, p)
	}
	ts := localapi.TicketState{Ticket: c.Ticket, EventID: c.EventID, Kind: string(c.Kind), State: "capturing"}
	if !req.Wait {
		return ts, nil
	}
	wctx, cancel := context.WithTimeout(ctx, waitTimeout(req))
	defer cancel()
	select {
	case <-c.Done:
	case <-wctx.Done():
		return ts, nil
	}
	if c.Err != nil {
		return ts, localapi.Errorf(localapi.CodeInternal, oneLine(c.Err.Error()))
	}
	return h.waitSettled(wctx, c.Ticket)
}

// hashFile is the content hash the collector uses for dedupe.
func hashFile(f *os.File) (string, error) {
	h := sha256.New()
	if _, err := io.Copy(h, io.NewSectionReader(f, 0, 1<<62)); err != nil {
		return "", fmt.Errorf("daemon: hash: %w", err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func waitTimeout(req localapi.Request) time.Duration {
	if req.TimeoutMS > 0 {
		return time.Duration(req.TimeoutMS) * time.Millisecond
	}
	return 60 * time.Second
}

// waitSettled waits until the report is sent, held, failed or deleted (or
// ctx ends) and returns its state.
func (h apiHandler) waitSettled(ctx context.Context, tk string) (localapi.TicketState, error) {
	rec, err := h.d.spool.WaitFor(ctx, tk, func(r spool.Record) bool {
		return r.State != spool.StatePending
	})
	if err != nil && !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		return localapi.TicketState{}, localapi.Errorf(localapi.CodeInternal, oneLine(err.Error()))
	}
	if rec.Ticket == "" {
		rec, _ = h.d.spool.Get(tk)
	}
	return ticketState(rec), nil
}

func ticketState(r spool.Record) localapi.TicketState {
	return localapi.TicketState{Ticket: r.Ticket, EventID: r.EventID, Kind: string(r.Kind), State: string(r.State), Reason: r.Reason}
}

func (h apiHandler) lookup(tk string) (spool.Record, error) {
	canon, err := ticket.Parse(tk)
	if err != nil {
		return spool.Record{}, localapi.Errorf(localapi.CodeInvalidTicket, "invalid ticket")
	}
	rec, ok := h.d.spool.Get(canon)
	if !ok {
		return spool.Record{}, localapi.Errorf(localapi.CodeNotFound, "no report with ticket "+canon)
	}
	return rec, nil
}

func (h apiHandler) Ticket(ctx context.Context, p localapi.Peer, tk string) (localapi.TicketState, error) {
	rec, err := h.lookup(tk)
	if err != nil {
		return localapi.TicketState{}, err
	}
	return ticketState(rec), nil
}

// Approve sends one held report: the user's explicit approval, the only
// way a report captured without consent ever leaves.
func (h apiHandler) Approve(ctx context.Context, p localapi.Peer, req localapi.Request) (localapi.TicketState, error) {
	rec, err := h.lookup(req.Ticket)
	if err != nil {
		return localapi.TicketState{}, err
	}
	if h.d.cfg.System && !p.Root && (h.owners == nil || !h.owners.is(rec.Ticket, p)) {
		return localapi.TicketState{}, localapi.Errorf(localapi.CodeForbidden, "only an administrator, or the user who reported it, may approve this report")
	}
	if rec.State != spool.StateHeld {
		if rec.State == spool.StatePending || rec.State == spool.StateSent {
			return ticketState(rec), nil
		}
		return ticketState(rec), localapi.Errorf(localapi.CodeBadRequest, fmt.Sprintf("report %s is %s, not held", rec.Ticket, rec.State))
	}
	st := h.d.consent.Effective()
	if st.Policy.HasForce && st.Policy.Force == consent.Off || st.Policy.HasMax && st.Policy.Max == consent.Off || st.Policy.Err != "" {
		return ticketState(rec), localapi.Errorf(localapi.CodeConsent, "machine policy forbids sending reports")
	}
	// Nothing leaves while the effective level is off, approved or not;
	// approving now would only get the report deleted by the uploader.
	if st.Effective == consent.Off {
		return ticketState(rec), localapi.Errorf(localapi.CodeConsent, "error reporting is off: nothing is sent; the report stays held (set consent to ask or higher, then send it)")
	}
	if rec, err = h.d.spool.Approve(rec.Ticket); err != nil {
		return localapi.TicketState{}, localapi.Errorf(localapi.CodeInternal, oneLine(err.Error()))
	}
	if !req.Wait {
		return ticketState(rec), nil
	}
	wctx, cancel := context.WithTimeout(ctx, waitTimeout(req))
	defer cancel()
	return h.waitSettled(wctx, rec.Ticket)
}

func consentState(s consent.State) localapi.ConsentState {
	cs := localapi.ConsentState{User: s.User.String(), Effective: s.Effective.String(), Endpoint: s.Endpoint}
	switch {
	case s.Policy.Err != "":
		cs.Policy = "machine policy unreadable (uploads off): " + s.Policy.Err
	case s.Policy.HasForce:
		cs.Policy = "forced to " + s.Policy.Force.String() + " by " + s.Policy.Source
	case s.Policy.HasMax:
		cs.Policy = "capped at " + s.Policy.Max.String() + " by " + s.Policy.Source
	}
	return cs
}

func (h apiHandler) Consent(ctx context.Context, p localapi.Peer) (localapi.ConsentState, error) {
	return consentState(h.d.consent.Effective()), nil
}

func (h apiHandler) SetConsent(ctx context.Context, p localapi.Peer, level string) (localapi.ConsentState, error) {
	if h.d.cfg.System && !p.Root {
		return localapi.ConsentState{}, localapi.Errorf(localapi.CodeForbidden, "only an administrator may change consent of a machine-wide crashd")
	}
	l, err := consent.Parse(level)
	if err != nil {
		return localapi.ConsentState{}, localapi.Errorf(localapi.CodeBadRequest, oneLine(err.Error()))
	}
	if err := h.d.consent.Set(l); err != nil {
		return consentState(h.d.consent.Effective()), localapi.Errorf(localapi.CodeConsent, oneLine(err.Error()))
	}
	return consentState(h.d.consent.Effective()), nil
}

// HistoryEntries converts spool records to history rows, newest first.
func HistoryEntries(recs []spool.Record) []localapi.HistoryEntry {
	out := make([]localapi.HistoryEntry, 0, len(recs))
	for _, r := range recs {
		out = append(out, localapi.HistoryEntry{
			Ticket: r.Ticket, EventID: r.EventID, Kind: string(r.Kind), App: r.App, AppVersion: r.AppVersion,
			Format: r.Format, State: string(r.State), Reason: r.Reason, RawSize: r.RawSize, Size: r.Size,
			CapturedAt: r.CapturedAt, ChangedAt: r.ChangedAt, SentAt: r.SentAt, Attempts: r.Attempts,
		})
	}
	return out
}

func (h apiHandler) History(ctx context.Context, p localapi.Peer) ([]localapi.HistoryEntry, error) {
	return HistoryEntries(h.d.spool.List()), nil
}

// StatusOf builds a status from a spool and consent store.
func StatusOf(sp *spool.Spool, cs consent.State) localapi.Status {
	st := sp.Stats()
	counts := map[string]int{}
	for k, v := range st.Counts {
		counts[string(k)] = v
	}
	return localapi.Status{Consent: consentState(cs), Counts: counts, SpoolBytes: st.Bytes, LastSent: st.LastSent, LastError: st.LastError, Version: Version}
}

func (h apiHandler) Status(ctx context.Context, p localapi.Peer) (localapi.Status, error) {
	d := h.d
	s := StatusOf(d.spool, d.consent.Effective())
	s.Running, s.PID, s.StartedAt, s.StateDir = true, os.Getpid(), d.started, d.cfg.StateDir
	d.mu.Lock()
	if s.LastError == "" {
		s.LastError = d.lastErr
	}
	d.mu.Unlock()
	for _, w := range d.cfg.Watch {
		s.Watches = append(s.Watches, w.Kind+":"+w.Path)
	}
	if i := strings.Index(d.cfg.DSN, "@"); i >= 0 {
		host := d.cfg.DSN[i+1:]
		if j := strings.IndexByte(host, '/'); j >= 0 {
			host = host[:j]
		}
		s.Endpoint = host
	}
	return s, nil
}
