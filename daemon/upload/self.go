package upload

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/getsentry/sentry-go"

	"crashd/daemon/consent"
	"crashd/daemon/spool"
	"crashd/report"
)

// SelfTransport is a sentry.Transport that puts crashd's own errors and
// panics into the spool, where the uploader sends them like any report:
// same consent, same retries, nothing sent by sentry-go itself.
//
//	sentry.NewClient(sentry.ClientOptions{Dsn: dsn, Transport: upload.NewSelfTransport(sp, cs, log)})
type SelfTransport struct {
	sp      *spool.Spool
	consent Consent
	log     *slog.Logger
}

// NewSelfTransport makes the transport.
func NewSelfTransport(sp *spool.Spool, c Consent, log *slog.Logger) *SelfTransport {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &SelfTransport{sp: sp, consent: c, log: log}
}

// Configure implements sentry.Transport; the uploader owns the DSN.
func (t *SelfTransport) Configure(sentry.ClientOptions) {}

// SendEvent spools an error event when consent allows sending crashes;
// otherwise it is dropped (crashd's own errors are not held for approval).
func (t *SelfTransport) SendEvent(ev *sentry.Event) {
	if ev == nil || (ev.Type != "" && ev.Type != "event") {
		return // transactions, logs, check-ins: not collected
	}
	kind := report.KindCrash
	if st := t.consent.Effective(); st.Allows(kind) != consent.Send {
		return
	}
	id := strings.ReplaceAll(strings.ToLower(string(ev.EventID)), "-", "")
	if len(id) != 32 {
		id = newEventID()
		ev.EventID = sentry.EventID(id)
	}
	ev.Sdk = sentry.SdkInfo{Name: SDKName, Version: SDKVersion}
	if ev.Tags == nil {
		ev.Tags = map[string]string{}
	}
	ev.Tags["kind"] = "self"
	b, err := MarshalEvent(ev)
	if err != nil {
		t.log.Error("upload: self report", "err", err)
		return
	}
	meta := spool.Record{
		EventID: id, Kind: kind, App: SDKName, AppVersion: SDKVersion, Format: "self",
		Categories: []string{"error"}, CapturedAt: ev.Timestamp, State: spool.StatePending,
	}
	if meta.CapturedAt.IsZero() {
		meta.CapturedAt = time.Now()
	}
	if _, err := enqueue(t.sp, meta, func(w io.Writer) error { return writeItems(w, b, nil) }); err != nil {
		t.log.Error("upload: self report", "err", err)
	}
}

// Flush implements sentry.Transport: SendEvent is synchronous.
func (t *SelfTransport) Flush(time.Duration) bool { return true }

// FlushWithContext implements sentry.Transport.
func (t *SelfTransport) FlushWithContext(context.Context) bool { return true }

// Close implements sentry.Transport.
func (t *SelfTransport) Close() {}
