package textlog

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
)

// apport's problem reports (/var/crash/*.crash on Ubuntu) are RFC 822
// style fields; binary ones ("CoreDump", the whole gzip'd core with the
// process's memory and environment) are written "Key: base64" followed by
// indented base64 lines. A raw core never leaves the machine, and base64
// hides what the scrubber looks for, so such values are left out.

var apportMagic = []byte("ProblemType: ")

// IsApport reports whether head starts an apport problem report.
func IsApport(head []byte) bool { return bytes.HasPrefix(head, apportMagic) }

// StripBinary copies an apport report from src to dst with the value of
// every binary field replaced by one line saying what was left out
// ("CoreDump: (binary, 1234 bytes of base64, not sent)"). It streams:
// memory stays bounded whatever the line lengths. It returns how many
// fields it left out.
func StripBinary(dst io.Writer, src io.Reader) (int, error) {
	r := bufio.NewReaderSize(src, 64<<10)
	w := bufio.NewWriterSize(dst, 64<<10)
	var (
		fields  int
		key     []byte // the binary field being skipped, or nil
		skipped int64
		mid     bool // inside a line longer than the buffer
	)
	end := func() {
		if key != nil {
			fmt.Fprintf(w, "%s: (binary, %d bytes of base64, not sent)\n", key, skipped)
			key, skipped = nil, 0
		}
	}
	for {
		line, err := r.ReadSlice('\n')
		if len(line) > 0 {
			switch {
			case mid && key != nil:
				skipped += int64(len(bytes.TrimRight(line, "\n")))
			case mid:
				w.Write(line)
			case key != nil && line[0] == ' ':
				skipped += int64(len(bytes.TrimSpace(line)))
			default:
				end()
				if k, ok := binaryField(line); ok {
					key = append([]byte(nil), k...)
					fields++
				} else {
					w.Write(line)
				}
			}
			mid = errors.Is(err, bufio.ErrBufferFull)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if errors.Is(err, io.EOF) {
			end()
			if ferr := w.Flush(); ferr != nil {
				return fields, fmt.Errorf("textlog: write: %w", ferr)
			}
			return fields, nil
		}
		if err != nil {
			return fields, fmt.Errorf("textlog: read: %w", err)
		}
	}
}

// binaryField reports whether line is "Key: base64" (the start of a
// binary value) and returns the key.
func binaryField(line []byte) ([]byte, bool) {
	line = bytes.TrimRight(line, "\r\n")
	k, v, ok := bytes.Cut(line, []byte(": "))
	if !ok || !bytes.Equal(v, []byte("base64")) || len(k) == 0 || len(k) > 128 {
		return nil, false
	}
	for _, c := range k {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return nil, false
		}
	}
	return k, true
}

// ExtractCore writes the core an apport report holds (its CoreDump field:
// each line base64 of one piece of a gzip stream, as apport writes it)
// to dst, decompressed, reading src once in bounded memory, at most limit
// bytes of core. It reports whether the report had a core.
func ExtractCore(dst io.Writer, src io.Reader, limit int64) (bool, error) {
	r := bufio.NewReaderSize(src, 64<<10)
	for {
		line, err := r.ReadSlice('\n')
		if k, ok := binaryField(line); ok && string(k) == "CoreDump" && err == nil {
			return true, inflateCore(dst, r, limit)
		}
		for errors.Is(err, bufio.ErrBufferFull) {
			_, err = r.ReadSlice('\n')
		}
		if errors.Is(err, io.EOF) {
			return false, nil
		}
		if err != nil {
			return false, fmt.Errorf("textlog: read: %w", err)
		}
	}
}

// inflateCore decodes the continuation lines at r and gunzips them to dst.
func inflateCore(dst io.Writer, r *bufio.Reader, limit int64) error {
	pr, pw := io.Pipe()
	go func() {
		pw.CloseWithError(decodeLines(pw, r))
	}()
	defer pr.Close() // stops the decoder when inflating ends early
	zr, err := gzip.NewReader(pr)
	if err != nil {
		return &FormatError{Msg: "apport CoreDump: " + err.Error()}
	}
	n, err := io.Copy(dst, io.LimitReader(zr, limit+1))
	if err != nil {
		var fe *FormatError
		if errors.As(err, &fe) {
			return fe
		}
		return &FormatError{Msg: "apport CoreDump: " + err.Error()}
	}
	if n > limit {
		return &FormatError{Msg: fmt.Sprintf("apport CoreDump: core larger than %d bytes", limit)}
	}
	return nil
}

// decodeLines writes the base64 of each indented line at r, decoded on
// its own (apport pads every line), to w, until a line that is no
// continuation.
func decodeLines(w io.Writer, r *bufio.Reader) error {
	for {
		c, err := r.Peek(1)
		if err != nil || c[0] != ' ' {
			return nil // end of the field (or of the report)
		}
		r.ReadByte()
		if _, err := io.Copy(w, base64.NewDecoder(base64.StdEncoding, &b64Line{r: r})); err != nil {
			return &FormatError{Msg: "apport CoreDump: " + err.Error()}
		}
	}
}

// b64Line reads up to the end of the current line (the newline is
// consumed, not returned; a CR before it is dropped).
type b64Line struct {
	r    *bufio.Reader
	done bool
}

func (l *b64Line) Read(p []byte) (int, error) {
	if l.done || len(p) == 0 {
		return 0, io.EOF
	}
	if l.r.Buffered() == 0 {
		if _, err := l.r.Peek(1); err != nil {
			l.done = true
			return 0, io.EOF
		}
	}
	b, _ := l.r.Peek(min(len(p), l.r.Buffered()))
	if k := bytes.IndexByte(b, '\n'); k >= 0 {
		l.done = true
		n := copy(p, bytes.TrimSuffix(b[:k], []byte("\r")))
		l.r.Discard(k + 1)
		return n, nil
	}
	n := copy(p, b)
	l.r.Discard(n)
	return n, nil
}
