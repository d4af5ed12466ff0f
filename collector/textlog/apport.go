package textlog

import (
	"bufio"
	"bytes"
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
