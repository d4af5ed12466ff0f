package receiver

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"time"

	"crashd/receiver/store"
	"crashd/ticket"
)

// ReportSummary is one row of the support list.
type ReportSummary struct {
	Ticket      string             `json:"ticket,omitempty"`
	EventID     string             `json:"event_id"`
	ReceivedAt  time.Time          `json:"received_at"`
	Kind        string             `json:"kind,omitempty"`
	App         string             `json:"app,omitempty"`
	AppVersion  string             `json:"app_version,omitempty"`
	Platform    string             `json:"platform,omitempty"`
	Reason      string             `json:"reason,omitempty"`
	BodySize    int64              `json:"body_size"`
	AttachBytes int64              `json:"attachment_bytes"`
	Attachments []store.Attachment `json:"attachments,omitempty"`
}

// ReportResponse is one report as the support API returns it.
type ReportResponse struct {
	ReportSummary
	Report json.RawMessage `json:"report"`
}

func summaryOf(r *store.Record) ReportSummary {
	return ReportSummary{
		Ticket: r.Ticket, EventID: r.EventID, ReceivedAt: r.ReceivedAt, Kind: r.Kind, App: r.App,
		AppVersion: r.AppVersion, Platform: r.Platform, Reason: r.Reason, BodySize: r.BodySize,
		AttachBytes: r.AttachBytes, Attachments: r.Attachments,
	}
}

// LookupKey checks a support lookup key: a ticket (validated by its check
// symbol, so a mistyped ticket never reaches the database) or a 32-hex
// event id (for reports that came without a ticket).
func LookupKey(s string) (string, error) {
	if id, ok := normalizeEventID(s); ok && len(s) >= 32 {
		return id, nil
	}
	return ticket.Parse(s)
}

func (s *Server) lookup(w http.ResponseWriter, r *http.Request) (*store.Record, bool) {
	key, err := LookupKey(r.PathValue("id"))
	if err != nil {
		writeError(w, http.StatusBadRequest, ticket.ErrInvalid.Error())
		return nil, false
	}
	rec, err := s.o.Store.Get(r.Context(), key)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "no report for "+key)
		return nil, false
	}
	if err != nil {
		s.answer(w, err)
		return nil, false
	}
	return rec, true
}

func (s *Server) handleList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	o := store.ListOptions{}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			writeError(w, http.StatusBadRequest, "bad limit")
			return
		}
		o.Limit = n
	}
	if v := q.Get("before"); v != "" {
		t, err := time.Parse(time.RFC3339Nano, v)
		if err != nil {
			writeError(w, http.StatusBadRequest, "bad before (RFC 3339 time)")
			return
		}
		o.Before = t
	}
	recs, err := s.o.Store.List(r.Context(), o)
	if err != nil {
		s.answer(w, err)
		return
	}
	out := struct {
		Reports []ReportSummary `json:"reports"`
	}{Reports: []ReportSummary{}}
	for _, rec := range recs {
		out.Reports = append(out.Reports, summaryOf(rec))
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) handleGet(w http.ResponseWriter, r *http.Request) {
	rec, ok := s.lookup(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, ReportResponse{ReportSummary: summaryOf(rec), Report: rec.Report})
}

func (s *Server) handleDelete(w http.ResponseWriter, r *http.Request) {
	rec, ok := s.lookup(w, r)
	if !ok {
		return
	}
	if err := s.o.Store.Delete(r.Context(), rec.EventID); err != nil && !errors.Is(err, store.ErrNotFound) {
		s.answer(w, err)
		return
	}
	s.log.Info("receiver: erased report", "event_id", rec.EventID, "ticket", rec.Ticket)
	writeJSON(w, http.StatusOK, map[string]string{"deleted": rec.EventID, "ticket": rec.Ticket})
}

func (s *Server) handleAttachment(w http.ResponseWriter, r *http.Request) {
	rec, ok := s.lookup(w, r)
	if !ok {
		return
	}
	seq, err := strconv.Atoi(r.PathValue("seq"))
	if err != nil {
		writeError(w, http.StatusBadRequest, "bad attachment number")
		return
	}
	f, a, err := s.o.Store.OpenAttachment(r.Context(), rec.EventID, seq)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "no such attachment")
		return
	}
	if err != nil {
		s.answer(w, err)
		return
	}
	defer f.Close()
	// Always a download, never rendered: attachments are untrusted bytes.
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": a.Name}))
	w.Header().Set("Content-Length", strconv.FormatInt(a.Size, 10))
	w.Header().Set("X-Crashrecv-SHA256", a.SHA256)
	if _, err := io.Copy(w, f); err != nil {
		s.log.Debug("receiver: attachment download aborted", "err", err)
	}
}

func (s *Server) handleChart(w http.ResponseWriter, r *http.Request) {
	rec, ok := s.lookup(w, r)
	if !ok {
		return
	}
	rep, err := decodeReport(rec.Report)
	if err != nil {
		s.answer(w, fmt.Errorf("receiver: stored report: %w", err))
		return
	}
	w.Header().Set("Content-Type", "image/svg+xml")
	w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
	_, _ = io.WriteString(w, string(perfChartSVG(rep)))
}
