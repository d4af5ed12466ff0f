// Package envelope encodes and decodes Sentry envelopes
// (https://develop.sentry.dev/sdk/envelopes/): a JSON header line followed
// by items, each an item-header JSON line and a payload. It is shared by the
// uploader and the bundled receiver, so decoding treats input as hostile.
package envelope

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// Item is one envelope item. Header holds "type", "length" and, for
// attachments, "filename", "attachment_type", "content_type".
type Item struct {
	Header  map[string]any
	Payload []byte
}

// Type returns the item's "type" header.
func (it *Item) Type() string { s, _ := it.Header["type"].(string); return s }

// HeaderString returns a string header value or "".
func (it *Item) HeaderString(k string) string { s, _ := it.Header[k].(string); return s }

// Envelope is a decoded envelope.
type Envelope struct {
	Header map[string]any
	Items  []Item
}

// EventID returns the envelope header's event_id, or "".
func (e *Envelope) EventID() string { s, _ := e.Header["event_id"].(string); return s }

// Limits bound what Decode accepts.
type Limits struct {
	MaxItems    int   // items per envelope
	MaxItemSize int64 // bytes per item payload
	MaxTotal    int64 // bytes read in all
	MaxHeader   int   // bytes per header line
}

// DefaultLimits are in line with Sentry's ingest limits.
var DefaultLimits = Limits{MaxItems: 100, MaxItemSize: 100 << 20, MaxTotal: 100 << 20, MaxHeader: 64 << 10}

// FormatError reports malformed envelope input.
type FormatError struct {
	Off int64
	Msg string
}

func (e *FormatError) Error() string {
	return "envelope: " + e.Msg + " at byte " + strconv.FormatInt(e.Off, 10)
}

// ErrTooLarge is wrapped by errors about exceeded limits.
var ErrTooLarge = errors.New("envelope: too large")

type countingReader struct {
	r   *bufio.Reader
	off int64
	max int64
}

func (c *countingReader) readLine(max int) ([]byte, error) {
	var line []byte
	for {
		frag, err := c.r.ReadSlice('\n')
		c.off += int64(len(frag))
		if c.max > 0 && c.off > c.max {
			return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, c.max)
		}
		line = append(line, frag...)
		if len(line) > max {
			return nil, &FormatError{c.off, "header line too long"}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			return line, err
		}
		return line[:len(line)-1], nil
	}
}

// Decode reads a whole envelope from r within limits. Payloads are held in
// memory, bounded by l.MaxTotal.
func Decode(r io.Reader, l Limits) (*Envelope, error) {
	if l.MaxHeader <= 0 {
		l.MaxHeader = DefaultLimits.MaxHeader
	}
	cr := &countingReader{r: bufio.NewReaderSize(r, 32<<10), max: l.MaxTotal}
	line, err := cr.readLine(l.MaxHeader)
	if err != nil && !(errors.Is(err, io.EOF) && len(line) > 0) {
		if errors.Is(err, io.EOF) {
			return nil, &FormatError{cr.off, "empty envelope"}
		}
		return nil, err
	}
	env := &Envelope{}
	if err := json.Unmarshal(bytes.TrimSpace(line), &env.Header); err != nil || env.Header == nil {
		return nil, &FormatError{0, "envelope header is not a JSON object"}
	}
	for {
		start := cr.off
		line, err := cr.readLine(l.MaxHeader)
		if errors.Is(err, io.EOF) && len(bytes.TrimSpace(line)) == 0 {
			return env, nil
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue // tolerate blank lines between items
		}
		if l.MaxItems > 0 && len(env.Items) >= l.MaxItems {
			return nil, fmt.Errorf("%w: more than %d items", ErrTooLarge, l.MaxItems)
		}
		it := Item{}
		if err := json.Unmarshal(line, &it.Header); err != nil || it.Header == nil {
			return nil, &FormatError{start, "item header is not a JSON object"}
		}
		if lv, ok := it.Header["length"]; ok {
			n, ok := lv.(float64)
			if !ok || n < 0 || n != float64(int64(n)) {
				return nil, &FormatError{start, "bad item length"}
			}
			if l.MaxItemSize > 0 && int64(n) > l.MaxItemSize {
				return nil, fmt.Errorf("%w: item of %d bytes", ErrTooLarge, int64(n))
			}
			if l.MaxTotal > 0 && int64(n) > l.MaxTotal-cr.off {
				return nil, fmt.Errorf("%w: item of %d bytes", ErrTooLarge, int64(n))
			}
			// Read in chunks so a lying length cannot make us allocate
			// more than the bytes actually present.
			var buf bytes.Buffer
			if _, err := io.CopyN(&buf, cr.r, int64(n)); err != nil {
				return nil, &FormatError{cr.off, "item payload truncated"}
			}
			cr.off += int64(n)
			it.Payload = buf.Bytes()
			b, err := cr.r.ReadByte()
			if err == nil {
				cr.off++
				if b != '\n' {
					_ = cr.r.UnreadByte()
					cr.off--
				}
			}
		} else {
			max := int64(1 << 30)
			if l.MaxItemSize > 0 {
				max = l.MaxItemSize
			}
			p, err := cr.readLine(int(max))
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, err
			}
			it.Payload = p
		}
		env.Items = append(env.Items, it)
	}
}

// Writer writes an envelope item by item, streaming payloads.
type Writer struct {
	w   io.Writer
	err error
}

// NewWriter writes the envelope header to w.
func NewWriter(w io.Writer, header map[string]any) (*Writer, error) {
	ew := &Writer{w: w}
	ew.writeJSONLine(header)
	return ew, ew.err
}

func (ew *Writer) writeJSONLine(v any) {
	if ew.err != nil {
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		ew.err = fmt.Errorf("envelope: %w", err)
		return
	}
	b = append(b, '\n')
	_, ew.err = ew.w.Write(b)
}

// WriteItem writes one item whose payload is exactly length bytes from r.
func (ew *Writer) WriteItem(header map[string]any, r io.Reader, length int64) error {
	h := make(map[string]any, len(header)+1)
	for k, v := range header {
		h[k] = v
	}
	h["length"] = length
	ew.writeJSONLine(h)
	if ew.err != nil {
		return ew.err
	}
	n, err := io.Copy(ew.w, io.LimitReader(r, length))
	if err == nil && n != length {
		err = fmt.Errorf("envelope: item payload: got %d of %d bytes", n, length)
	}
	if err != nil {
		ew.err = err
		return err
	}
	_, ew.err = ew.w.Write([]byte{'\n'})
	return ew.err
}

// WriteTo writes e in full.
func (e *Envelope) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	ew, err := NewWriter(cw, e.Header)
	if err != nil {
		return cw.n, err
	}
	for _, it := range e.Items {
		if err := ew.WriteItem(it.Header, bytes.NewReader(it.Payload), int64(len(it.Payload))); err != nil {
			return cw.n, err
		}
	}
	return cw.n, nil
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
