package upload

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	"github.com/klauspost/compress/zstd"

	"crashd/daemon/spool"
	"crashd/report"
)

// AttachmentSource is one attachment to stream into an envelope.
type AttachmentSource struct {
	Name        string
	Type        string // report.AttachmentMinidump or report.AttachmentGeneric
	ContentType string
	Size        int64                         // exact byte count Open yields
	Open        func() (io.ReadCloser, error) // opened once, while streaming
}

// FileAttachments are r's attachments read from their local files.
func FileAttachments(r *report.Report) []AttachmentSource {
	var out []AttachmentSource
	for _, a := range r.Attachments {
		if a.Path == "" {
			continue
		}
		p := a.Path
		out = append(out, AttachmentSource{
			Name: a.Name, Type: a.Type, ContentType: a.ContentType, Size: a.Size,
			Open: func() (io.ReadCloser, error) { return os.Open(p) },
		})
	}
	return out
}

// EnvelopeHeader is the envelope header for an event.
func EnvelopeHeader(eventID, dsn string, sentAt time.Time) map[string]any {
	h := map[string]any{
		"event_id": eventID,
		"sent_at":  sentAt.UTC().Format(time.RFC3339Nano),
		"sdk":      map[string]string{"name": SDKName, "version": SDKVersion},
	}
	if dsn != "" {
		h["dsn"] = dsn
	}
	return h
}

// BuildEnvelope writes r's complete, uncompressed envelope to w: header,
// the event item, then one item per attachment (atts; nil means r's own
// attachment files), each streamed. It returns the bytes written.
func BuildEnvelope(w io.Writer, r *report.Report, dsn string, sentAt time.Time, atts ...AttachmentSource) (int64, error) {
	ev, err := EventJSON(r)
	if err != nil {
		return 0, err
	}
	if atts == nil {
		atts = FileAttachments(r)
	}
	cw := &countWriter{w: w}
	if err := writeLine(cw, EnvelopeHeader(r.EventID, dsn, sentAt)); err != nil {
		return cw.n, err
	}
	if err := writeItems(cw, ev, atts); err != nil {
		return cw.n, err
	}
	return cw.n, nil
}

// writeItems writes the event item and the attachment items. The spool
// stores exactly these bytes (zstd-compressed); the header, which carries
// sent_at, is made at upload time.
func writeItems(w io.Writer, event []byte, atts []AttachmentSource) error {
	if err := writeItem(w, map[string]any{"type": "event", "content_type": "application/json"}, bytes.NewReader(event), int64(len(event))); err != nil {
		return err
	}
	for _, a := range atts {
		if err := writeAttachment(w, a); err != nil {
			return err
		}
	}
	return nil
}

func writeAttachment(w io.Writer, a AttachmentSource) error {
	rc, err := a.Open()
	if err != nil {
		return fmt.Errorf("upload: attachment %s: %w", a.Name, err)
	}
	defer rc.Close()
	size := a.Size
	if f, ok := rc.(*os.File); ok && size <= 0 {
		if fi, err := f.Stat(); err == nil {
			size = fi.Size()
		}
	}
	typ := a.Type
	if typ == "" {
		typ = report.AttachmentGeneric
	}
	h := map[string]any{"type": "attachment", "filename": a.Name, "attachment_type": typ}
	if a.ContentType != "" {
		h["content_type"] = a.ContentType
	}
	return writeItem(w, h, rc, size)
}

// writeItem writes an item with an explicit length; a source that yields
// fewer or more bytes than announced is an error (the file changed).
func writeItem(w io.Writer, h map[string]any, r io.Reader, length int64) error {
	h["length"] = length
	if err := writeLine(w, h); err != nil {
		return err
	}
	n, err := io.Copy(w, io.LimitReader(r, length))
	if err != nil {
		return fmt.Errorf("upload: envelope item: %w", err)
	}
	if n != length {
		return fmt.Errorf("upload: envelope item %v: got %d of %d bytes", h["filename"], n, length)
	}
	var one [1]byte
	if m, _ := r.Read(one[:]); m > 0 {
		return fmt.Errorf("upload: envelope item %v: longer than %d bytes", h["filename"], length)
	}
	_, err = w.Write([]byte{'\n'})
	return err
}

func writeLine(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("upload: envelope: %w", err)
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Encoders are reused: building one allocates its tables.
var encoderPool = sync.Pool{New: func() any {
	e, err := zstd.NewWriter(nil, zstd.WithEncoderConcurrency(1), zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithWindowSize(1<<20))
	if err != nil {
		panic("upload: zstd encoder: " + err.Error()) // only on invalid options
	}
	return e
}}

// EnqueueOptions tune Enqueue.
type EnqueueOptions struct {
	SourceHash  string             // content hash of the source file, for collector dedupe
	Held        bool               // store as held (consent did not allow sending)
	Approved    bool               // the user approved sending this very report
	Attachments []AttachmentSource // nil: r's attachment files
}

// Enqueue builds r's envelope items and streams them through zstd into the
// spool (attachments are never held in memory whole). The report is on
// disk, fsynced, when Enqueue returns.
func Enqueue(sp *spool.Spool, r *report.Report, o EnqueueOptions) (spool.Record, error) {
	ev, err := EventJSON(r)
	if err != nil {
		return spool.Record{}, err
	}
	atts := o.Attachments
	if atts == nil {
		atts = FileAttachments(r)
	}
	cats := []string{"error"}
	if r.Crash == nil {
		cats = []string{"default"} // Sentry counts message events as "default"
	}
	if len(atts) > 0 {
		cats = append(cats, "attachment")
	}
	meta := spool.Record{
		EventID: r.EventID, Ticket: r.Ticket, Kind: r.Kind, App: r.App.Name, AppVersion: r.App.Version,
		Format: r.Format, SourceHash: o.SourceHash, Categories: cats, CapturedAt: r.CapturedAt,
		State: spool.StatePending, Approved: o.Approved,
	}
	if o.Held {
		meta.State = spool.StateHeld
	}
	return enqueue(sp, meta, func(w io.Writer) error { return writeItems(w, ev, atts) })
}

// enqueue compresses what write produces into sp via a pipe.
func enqueue(sp *spool.Spool, meta spool.Record, write func(io.Writer) error) (spool.Record, error) {
	pr, pw := io.Pipe()
	src := &rawSizeReader{r: pr}
	done := make(chan error, 1)
	go func() {
		enc := encoderPool.Get().(*zstd.Encoder)
		enc.Reset(pw)
		cw := &countWriter{w: enc}
		err := write(cw)
		if cerr := enc.Close(); err == nil {
			err = cerr
		}
		enc.Reset(nil)
		encoderPool.Put(enc)
		src.raw.Store(cw.n)
		pw.CloseWithError(err)
		done <- err
	}()
	rec, err := sp.Add(meta, src)
	pr.CloseWithError(errAborted) // unblocks the writer if Add stopped early
	werr := <-done
	if err != nil {
		if werr != nil && !errors.Is(werr, errAborted) && !errors.Is(err, werr) {
			return rec, fmt.Errorf("%w (envelope: %v)", err, werr)
		}
		return rec, err
	}
	return rec, nil
}

var errAborted = errors.New("upload: spool write aborted")

// rawSizeReader tells the spool the uncompressed size once the stream ends.
type rawSizeReader struct {
	r   io.Reader
	raw atomic.Int64
}

func (r *rawSizeReader) Read(p []byte) (int, error) { return r.r.Read(p) }

// RawSize is valid after Read returned io.EOF.
func (r *rawSizeReader) RawSize() int64 { return r.raw.Load() }

func newEventID() string {
	return strings.ReplaceAll(uuid.NewString(), "-", "")
}
