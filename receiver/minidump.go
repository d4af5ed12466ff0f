package receiver

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"

	"crashd/receiver/store"
	"crashd/report"
	"crashd/ticket"
)

const (
	maxFormFields  = 500
	maxFieldBytes  = 64 << 10
	maxUploadFiles = 20
)

// handleMinidump takes a Crashpad/Breakpad upload: multipart/form-data
// with the dump in "upload_file_minidump", simple annotations as plain
// fields, and optional extra files. It answers the event id as text, which
// Crashpad records as the report's server id.
func (s *Server) handleMinidump(w http.ResponseWriter, r *http.Request) {
	key, ok := s.authorize(w, r)
	if !ok || s.rateLimited(w, key) {
		return
	}
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/form-data" || params["boundary"] == "" {
		writeError(w, http.StatusBadRequest, "expected multipart/form-data")
		return
	}
	b, err := s.openBody(r) // Crashpad gzips uploads by default
	if err != nil {
		s.answer(w, err)
		return
	}
	defer b.close()
	id, err := s.ingestMultipart(r, multipart.NewReader(b, params["boundary"]), b)
	if err != nil {
		s.answer(w, err)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = io.WriteString(w, id)
}

func (s *Server) ingestMultipart(r *http.Request, mr *multipart.Reader, b *body) (string, error) {
	fields := map[string]string{}
	var dump []byte
	var atts []store.NewAttachment
	for n := 0; ; n++ {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", b.verdict(err)
		}
		if n >= maxFormFields+maxUploadFiles {
			return "", fail(http.StatusRequestEntityTooLarge, "too many form parts")
		}
		name := p.FormName()
		if p.FileName() == "" && name != "upload_file_minidump" {
			v, err := io.ReadAll(io.LimitReader(p, maxFieldBytes+1))
			if err != nil {
				return "", b.verdict(err)
			}
			if len(v) > maxFieldBytes {
				return "", fail(http.StatusRequestEntityTooLarge, "form field %q too large", name)
			}
			if len(fields) < maxFormFields {
				fields[name] = string(v)
			}
			continue
		}
		data, err := io.ReadAll(p)
		if err == nil && (b.tooBig || b.raw.tooBig || b.busy) {
			err = errTooLarge
		}
		if err != nil {
			return "", b.verdict(err)
		}
		if name == "upload_file_minidump" {
			if dump != nil {
				return "", fail(http.StatusBadRequest, "more than one upload_file_minidump")
			}
			dump = data
			continue
		}
		if len(atts) >= maxUploadFiles {
			return "", fail(http.StatusRequestEntityTooLarge, "too many files")
		}
		fn := p.FileName()
		if fn == "" {
			fn = name
		}
		atts = append(atts, store.NewAttachment{Name: cleanName(fn), Type: report.AttachmentGeneric,
			ContentType: p.Header.Get("Content-Type"), Data: bytes.NewReader(data)})
	}
	if dump == nil {
		return "", fail(http.StatusBadRequest, "missing upload_file_minidump")
	}
	if len(dump) < 32 || !(bytes.HasPrefix(dump, []byte("MDMP")) || bytes.HasPrefix(dump, []byte("PMDM"))) {
		return "", fail(http.StatusBadRequest, "upload_file_minidump is not a minidump")
	}
	rep, tk, eventJSON := s.minidumpReport(dump, fields)
	id := ""
	if eventJSON != nil {
		if ev, err := parseEvent(eventJSON); err == nil {
			id, _ = normalizeEventID(ev.EventID)
		}
	}
	if id == "" {
		id = newEventID()
	}
	rep.EventID, rep.Ticket = id, tk
	atts = append([]store.NewAttachment{{Name: "upload_file_minidump.dmp", Type: report.AttachmentMinidump,
		ContentType: "application/octet-stream", Data: bytes.NewReader(dump)}}, atts...)
	return id, s.put(r, id, rep, eventJSON, atts, b.raw.n)
}

// minidumpReport derives the report from the dump (when a parser is
// configured) and the upload's annotations. sentry-native sends its event
// as the "sentry" field; Sentry also accepts "sentry[tags][k]" style keys.
func (s *Server) minidumpReport(dump []byte, fields map[string]string) (*report.Report, string, []byte) {
	var rep *report.Report
	if s.o.MinidumpReport != nil {
		if r, err := s.o.MinidumpReport(bytes.NewReader(dump), int64(len(dump))); err == nil && r != nil {
			rep = r
		} else if err != nil {
			s.log.Info("receiver: minidump not parsed; storing as uploaded", "err", err)
		}
	}
	var eventJSON []byte
	tk := ""
	if raw, ok := fields["sentry"]; ok && json.Valid([]byte(raw)) {
		eventJSON = []byte(raw)
		if ev, err := parseEvent(eventJSON); err == nil {
			evRep, evTicket := ev.toReport(s.log)
			tk = evTicket
			if rep == nil {
				rep = evRep
			} else {
				rep.App, rep.System = pick(rep.App, evRep.App), pickPtr(rep.System, evRep.System)
			}
		}
		delete(fields, "sentry")
	}
	if rep == nil {
		rep = &report.Report{Kind: report.KindCrash}
	}
	rep.Kind, rep.Format = report.KindCrash, "minidump"
	if rep.Platform == "" {
		rep.Platform = "native"
	}
	if rep.CapturedAt.IsZero() {
		rep.CapturedAt = s.o.Now().UTC()
	}
	ann := map[string]string{}
	for k, v := range fields {
		if strings.HasPrefix(k, "sentry[tags][") && strings.HasSuffix(k, "]") {
			k = strings.TrimSuffix(strings.TrimPrefix(k, "sentry[tags]["), "]")
		}
		ann[k] = v
	}
	for _, k := range []string{"ticket", "sentry[ticket]"} {
		if v, ok := ann[k]; ok && tk == "" {
			if canon, err := ticket.Parse(v); err == nil {
				tk = canon
			}
		}
	}
	first := func(keys ...string) string {
		for _, k := range keys {
			if v := ann[k]; v != "" {
				return v
			}
		}
		return ""
	}
	// The uploader's own product annotations name the app better than
	// the dump's main module does.
	if v := first("prod", "product", "_productName", "sentry[release]"); v != "" {
		rep.App.Name = v
	}
	if v := first("ver", "version", "_version"); v != "" {
		rep.App.Version = v
	}
	if rep.App.Name != "" && rep.App.Version == "" {
		if n, v, ok := strings.Cut(rep.App.Name, "@"); ok {
			rep.App.Name, rep.App.Version = n, v
		}
	}
	if len(ann) > 0 {
		if rep.Annotations == nil {
			rep.Annotations = map[string]string{}
		}
		for k, v := range ann {
			rep.Annotations[k] = v
		}
	}
	return rep, tk, eventJSON
}

func pick(a, b report.App) report.App {
	if a.Name == "" {
		return b
	}
	return a
}

func pickPtr(a, b *report.System) *report.System {
	if a == nil {
		return b
	}
	return a
}
