package receiver

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/klauspost/compress/flate"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zlib"
	"github.com/klauspost/compress/zstd"

	"crashd/envelope"
	"crashd/receiver/store"
	"crashd/report"
)

// httpError is an ingest failure with the status to answer.
type httpError struct {
	code int
	msg  string
}

func (e *httpError) Error() string { return e.msg }

func fail(code int, format string, a ...any) error {
	return &httpError{code, fmt.Sprintf(format, a...)}
}

// sentryAuth returns the public key from X-Sentry-Auth (or an
// "Authorization: Sentry ..." header) or the sentry_key query parameter.
func sentryAuth(r *http.Request) string {
	for _, h := range []string{r.Header.Get("X-Sentry-Auth"), r.Header.Get("Authorization")} {
		h = strings.TrimSpace(h)
		if len(h) < 7 || !equalFold(h[:7], "sentry ") {
			continue
		}
		for _, kv := range strings.Split(h[7:], ",") {
			k, v, ok := strings.Cut(strings.TrimSpace(kv), "=")
			if ok && strings.TrimSpace(k) == "sentry_key" {
				return strings.TrimSpace(v)
			}
		}
	}
	return r.URL.Query().Get("sentry_key")
}

// authorize checks project and key; it answers the request on failure.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request) (string, bool) {
	key := sentryAuth(r)
	if key == "" {
		writeError(w, http.StatusUnauthorized, "missing authorization information")
		return "", false
	}
	if subtle.ConstantTimeCompare([]byte(key), []byte(s.o.PublicKey)) != 1 {
		writeError(w, http.StatusForbidden, "invalid api key")
		return "", false
	}
	if r.PathValue("project") != s.o.ProjectID {
		writeError(w, http.StatusForbidden, "project mismatch")
		return "", false
	}
	return key, true
}

// body is one request's body: compressed bytes capped at MaxBody,
// decompressed bytes capped at MaxDecompressed and charged to the budget.
// The caps are sticky flags because decoders above may replace the error
// they see with one of their own.
type body struct {
	s         *Server
	raw       *countReader
	dec       io.Reader
	n, max    int64
	charged   int64
	tooBig    bool
	busy      bool
	decodeErr error
	release   func()
}

type countReader struct {
	r      io.Reader
	n, max int64
	tooBig bool
}

func (c *countReader) Read(p []byte) (int, error) {
	if c.n >= c.max {
		// Probe for one more byte to tell "exactly max" from "more".
		var one [1]byte
		n, err := c.r.Read(one[:])
		if n > 0 {
			c.tooBig = true
			return 0, errTooLarge
		}
		return 0, err
	}
	if int64(len(p)) > c.max-c.n {
		p = p[:c.max-c.n]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

var errTooLarge = errors.New("receiver: body too large")

const chargeChunk = 64 << 10

func (b *body) Read(p []byte) (int, error) {
	if b.n >= b.max {
		var one [1]byte
		n, err := b.dec.Read(one[:])
		if n > 0 {
			b.tooBig = true
			return 0, errTooLarge
		}
		return 0, b.note(err)
	}
	if int64(len(p)) > b.max-b.n {
		p = p[:b.max-b.n]
	}
	if len(p) > chargeChunk {
		p = p[:chargeChunk]
	}
	// Charge in chunks ahead of use: whatever is read may be held until
	// the request ends.
	if b.n+int64(len(p)) > b.charged {
		if err := b.s.budget.take(chargeChunk); err != nil {
			b.busy = true
			return 0, err
		}
		b.charged += chargeChunk
	}
	n, err := b.dec.Read(p)
	b.n += int64(n)
	return n, b.note(err)
}

func (b *body) note(err error) error {
	if err != nil && err != io.EOF && !errors.Is(err, errTooLarge) && b.decodeErr == nil {
		b.decodeErr = err
	}
	return err
}

// close releases the budget and pooled decoders.
func (b *body) close() {
	b.s.budget.give(b.charged)
	b.charged = 0
	if b.release != nil {
		b.release()
	}
}

// verdict maps a decode failure to an HTTP error, preferring the sticky
// flags over whatever error the layers above reported.
func (b *body) verdict(err error) error {
	switch {
	case b.raw.tooBig:
		return fail(http.StatusRequestEntityTooLarge, "request body larger than %d bytes", b.raw.max)
	case b.tooBig || errors.Is(err, envelope.ErrTooLarge):
		return fail(http.StatusRequestEntityTooLarge, "decompressed body larger than %d bytes or too many items", b.max)
	case b.busy:
		return fail(http.StatusServiceUnavailable, "server busy")
	case errors.Is(b.decodeErr, zstd.ErrDecoderSizeExceeded), errors.Is(b.decodeErr, zstd.ErrWindowSizeExceeded):
		return fail(http.StatusRequestEntityTooLarge, "decompressed body too large: %v", b.decodeErr)
	case b.decodeErr != nil:
		return fail(http.StatusBadRequest, "bad request body: %v", b.decodeErr)
	}
	return fail(http.StatusBadRequest, "%v", err)
}

func (s *Server) openBody(r *http.Request) (*body, error) {
	if r.ContentLength > s.o.MaxBody {
		return nil, fail(http.StatusRequestEntityTooLarge, "request body larger than %d bytes", s.o.MaxBody)
	}
	raw := &countReader{r: r.Body, max: s.o.MaxBody}
	b := &body{s: s, raw: raw, max: s.o.MaxDecompressed}
	enc := strings.ToLower(strings.TrimSpace(r.Header.Get("Content-Encoding")))
	switch enc {
	case "", "identity":
		b.dec = raw
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(raw)
		if err != nil {
			return nil, b.verdictOpen(err)
		}
		b.dec = zr
	case "deflate":
		// HTTP says zlib-wrapped; some clients send raw deflate.
		br := bufio.NewReader(raw)
		hd, _ := br.Peek(2)
		if len(hd) == 2 && hd[0]&0x0f == 8 && (uint16(hd[0])<<8|uint16(hd[1]))%31 == 0 {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, b.verdictOpen(err)
			}
			b.dec = zr
		} else {
			b.dec = flate.NewReader(br)
		}
	case "zstd":
		d, err := s.zstdDecoder()
		if err != nil {
			return nil, fmt.Errorf("receiver: zstd: %w", err)
		}
		if err := d.Reset(raw); err != nil {
			s.zstd.Put(d)
			return nil, b.verdictOpen(err)
		}
		b.dec = d.IOReadCloser()
		b.release = func() {
			_ = d.Reset(nil)
			s.zstd.Put(d)
		}
	default:
		return nil, fail(http.StatusUnsupportedMediaType, "unsupported content encoding %q", enc)
	}
	return b, nil
}

func (b *body) verdictOpen(err error) error {
	if b.decodeErr == nil && !errors.Is(err, errTooLarge) {
		b.decodeErr = err
	}
	return b.verdict(err)
}

func (s *Server) zstdDecoder() (*zstd.Decoder, error) {
	if d, ok := s.zstd.Get().(*zstd.Decoder); ok {
		return d, nil
	}
	// Concurrency 1 decodes synchronously (no goroutines per stream), the
	// window cap refuses frames that would need large history buffers, and
	// MaxMemory refuses frames declaring a huge content size up front.
	return zstd.NewReader(nil,
		zstd.WithDecoderConcurrency(1),
		zstd.WithDecoderMaxWindow(maxZstdWindow),
		zstd.WithDecoderMaxMemory(uint64(s.o.MaxDecompressed)),
	)
}

func (s *Server) answer(w http.ResponseWriter, err error) {
	var he *httpError
	if errors.As(err, &he) {
		if he.code == http.StatusServiceUnavailable {
			w.Header().Set("Retry-After", "5")
		}
		writeError(w, he.code, he.msg)
		return
	}
	s.log.Error("receiver: ingest", "err", err)
	writeError(w, http.StatusInternalServerError, "internal error")
}

func (s *Server) handleEnvelope(w http.ResponseWriter, r *http.Request) {
	key, ok := s.authorize(w, r)
	if !ok || s.rateLimited(w, key) {
		return
	}
	b, err := s.openBody(r)
	if err != nil {
		s.answer(w, err)
		return
	}
	defer b.close()
	env, err := envelope.Decode(b, envelope.Limits{MaxItems: 100, MaxItemSize: s.o.MaxDecompressed, MaxTotal: s.o.MaxDecompressed})
	if err == nil && (b.raw.tooBig || b.tooBig || b.busy) {
		err = errTooLarge
	}
	if err != nil {
		s.answer(w, b.verdict(err))
		return
	}
	id, err := s.ingestEnvelope(r, env, b.raw.n)
	if err != nil {
		s.answer(w, err)
		return
	}
	if id == "" {
		writeJSON(w, http.StatusOK, struct{}{}) // nothing stored (sessions, client reports)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"id": id})
}

// handleStore is Sentry's legacy store endpoint: one event JSON body.
func (s *Server) handleStore(w http.ResponseWriter, r *http.Request) {
	key, ok := s.authorize(w, r)
	if !ok || s.rateLimited(w, key) {
		return
	}
	b, err := s.openBody(r)
	if err != nil {
		s.answer(w, err)
		return
	}
	defer b.close()
	ev, err := io.ReadAll(b)
	if err == nil && (b.raw.tooBig || b.tooBig || b.busy) {
		err = errTooLarge
	}
	if err != nil {
		s.answer(w, b.verdict(err))
		return
	}
	env := &envelope.Envelope{Header: map[string]any{}, Items: []envelope.Item{{Header: map[string]any{"type": "event"}, Payload: ev}}}
	id, err := s.ingestEnvelope(r, env, b.raw.n)
	if err != nil {
		s.answer(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"id": id})
}

// normalizeEventID accepts Sentry's 32-hex form or a hyphenated UUID.
func normalizeEventID(s string) (string, bool) {
	s = strings.ToLower(strings.ReplaceAll(s, "-", ""))
	if len(s) != 32 {
		return "", false
	}
	if _, err := hex.DecodeString(s); err != nil {
		return "", false
	}
	return s, true
}

func newEventID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40 // UUID v4
	b[8] = b[8]&0x3f | 0x80
	return hex.EncodeToString(b[:])
}

func (s *Server) ingestEnvelope(r *http.Request, env *envelope.Envelope, bodySize int64) (string, error) {
	var eventJSON []byte
	var atts []store.NewAttachment
	for i := range env.Items {
		it := &env.Items[i]
		// Other item types (transactions, sessions, client reports, logs)
		// are not crash reports and are dropped.
		switch it.Type() {
		case "event":
			if eventJSON != nil {
				return "", fail(http.StatusBadRequest, "more than one event item")
			}
			eventJSON = it.Payload
		case "attachment":
			atts = append(atts, attachmentOf(it, len(atts)))
		}
	}
	id := env.EventID()
	var ev *sentryEvent
	if eventJSON != nil {
		var err error
		if ev, err = parseEvent(eventJSON); err != nil {
			return "", fail(http.StatusBadRequest, "%v", err)
		}
		if id == "" {
			id = ev.EventID
		}
	}
	if id == "" {
		if eventJSON == nil {
			// Sessions, client reports, logs ...: accepted and dropped.
			return "", nil
		}
		id = newEventID()
	}
	id, ok := normalizeEventID(id)
	if !ok {
		return "", fail(http.StatusBadRequest, "invalid event id")
	}
	ctx := r.Context()
	if eventJSON == nil {
		if len(atts) == 0 {
			return id, nil
		}
		// Attachments for an event sent earlier.
		err := s.o.Store.AddAttachments(ctx, id, atts)
		if errors.Is(err, store.ErrNotFound) {
			rep := &report.Report{EventID: id, Kind: report.KindCrash, CapturedAt: s.o.Now().UTC()}
			return id, s.put(r, id, rep, nil, atts, bodySize)
		}
		return id, err
	}
	rep, ticketTag := ev.toReport(s.log)
	rep.EventID = id
	rep.Ticket = ticketTag
	if rep.CapturedAt.IsZero() {
		rep.CapturedAt = s.o.Now().UTC()
	}
	return id, s.put(r, id, rep, eventJSON, atts, bodySize)
}

func attachmentOf(it *envelope.Item, i int) store.NewAttachment {
	name := it.HeaderString("filename")
	if name == "" {
		name = fmt.Sprintf("attachment-%d", i)
	}
	typ := it.HeaderString("attachment_type")
	if typ == "" {
		typ = report.AttachmentGeneric
	}
	return store.NewAttachment{
		Name: cleanName(name), Type: typ, ContentType: it.HeaderString("content_type"),
		Data: bytes.NewReader(it.Payload),
	}
}

// cleanName keeps an attachment's base name, printable and short; it is
// only metadata (files on disk are named by sequence number).
func cleanName(n string) string {
	if i := strings.LastIndexAny(n, `/\`); i >= 0 {
		n = n[i+1:]
	}
	n = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '"' {
			return '_'
		}
		return r
	}, n)
	if len([]rune(n)) > 200 {
		n = string([]rune(n)[:200])
	}
	if n == "" || n == "." || n == ".." {
		n = "attachment"
	}
	return n
}

// put stores one report; a duplicate event id is answered as success
// without storing anything again.
func (s *Server) put(r *http.Request, id string, rep *report.Report, eventJSON []byte, atts []store.NewAttachment, bodySize int64) error {
	// What support sees as the attachment list is what arrived.
	rep.Attachments = rep.Attachments[:0]
	for _, a := range atts {
		size := int64(0)
		if br, ok := a.Data.(*bytes.Reader); ok {
			size = br.Size()
		}
		rep.Attachments = append(rep.Attachments, report.Attachment{Name: a.Name, Type: a.Type, ContentType: a.ContentType, Size: size})
	}
	if rep.Ticket != "" {
		owner, err := s.o.Store.TicketOwner(r.Context(), rep.Ticket)
		if err != nil {
			return err
		}
		if owner != "" && owner != id {
			// First report wins a ticket: a second event must not take
			// over what support finds under it.
			s.log.Warn("receiver: ticket already used by another event; storing without it", "event_id", id, "ticket", rep.Ticket, "owner", owner)
			rep.Ticket = ""
		}
	}
	repJSON, err := json.Marshal(rep)
	if err != nil {
		return fmt.Errorf("receiver: %w", err)
	}
	rec := &store.Record{
		EventID: id, Ticket: rep.Ticket, Project: s.o.ProjectID, ReceivedAt: s.o.Now().UTC(),
		Kind: string(rep.Kind), App: rep.App.Name, AppVersion: rep.App.Version, Platform: rep.Platform,
		BodySize: bodySize, Report: repJSON, Event: eventJSON,
	}
	if rep.Crash != nil {
		rec.Reason = rep.Crash.Reason
	}
	inserted, dupTicket, err := s.o.Store.Put(r.Context(), rec, atts)
	if err != nil {
		return err
	}
	if dupTicket {
		s.log.Warn("receiver: ticket taken concurrently by another event; stored without it", "event_id", id, "ticket", rep.Ticket)
	}
	if inserted {
		s.log.Info("receiver: stored", "event_id", id, "ticket", rec.Ticket, "kind", rec.Kind, "attachments", len(atts), "bytes", bodySize)
	}
	return nil
}
