// Package textlog extracts best-effort crash facts from text crash logs:
// Go panics and runtime fatal errors, Java HotSpot hs_err_pid files, and a
// generic fallback that recognises common stack-frame shapes (Java/JS
// "at f (file:line)", gdb "#N 0x... in f", Python "File ..., line N",
// glibc backtrace_symbols "f+0x1d").
//
// Parsing is line by line with a capped line length and capped thread and
// frame counts, so memory stays bounded whatever the file size. Lines are
// classified by cheap byte-prefix checks; regexps only run on lines that
// are already known to be interesting.
//
// Logs in UTF-16 with a byte-order mark (Windows apps, PowerShell
// transcripts) are decoded to UTF-8 as they are read (utf16.go) and parse
// as the same log in UTF-8 would.
package textlog

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"crashd/report"
)

// Sub-formats reported by Sniff and recorded in the report's annotations.
const (
	FormatGoPanic = "gopanic"
	FormatHsErr   = "hs_err"
	FormatGeneric = "generic"
)

// FormatError reports input that holds no usable crash information, in
// the style of debug/elf.
type FormatError struct {
	Off int64
	Msg string
	Err error // a sentinel such as ErrNotCrashLog, or nil
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("textlog: %s at offset %#x", e.Msg, e.Off)
}

func (e *FormatError) Unwrap() error { return e.Err }

// ErrNotCrashLog is what a readable text file without any crash in it
// fails with (inside a FormatError): no crash message, signal or stack
// frame was found, so there is no report to make and nothing to upload.
// Callers that talk to users say so with this error's text.
var ErrNotCrashLog = errors.New("not a crash log (no crash message, signal or stack frames found)")

// Limits.
const (
	maxLine     = 16 << 10 // longer lines are truncated (the rest skipped)
	maxThreads  = 1024
	maxFrames   = 256
	maxModules  = 4096
	maxMessage  = 4 << 10
	sniffWindow = 8 << 10
)

var hsErrBanner = []byte("# A fatal error has been detected by the Java Runtime Environment")

// Sniff reports the sub-format of a text crash log from its first bytes.
// Binary data (NUL bytes) is never a text log.
func Sniff(head []byte) (string, bool) {
	if len(head) > sniffWindow {
		head = head[:sniffWindow]
	}
	if bytes.IndexByte(head, 0) >= 0 || len(bytes.TrimSpace(head)) == 0 {
		return "", false
	}
	if bytes.Contains(head, hsErrBanner) {
		return FormatHsErr, true
	}
	if isGoPanic(head) {
		return FormatGoPanic, true
	}
	if looksLikeCrashText(head) {
		return FormatGeneric, true
	}
	return "", false
}

// isGoPanic looks for a line starting "panic: " or "fatal error: " and, when
// the head is long enough to hold it, a goroutine header.
func isGoPanic(head []byte) bool {
	for rest := head; len(rest) > 0; {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		if bytes.HasPrefix(line, []byte("panic: ")) || bytes.HasPrefix(line, []byte("fatal error: ")) ||
			bytes.HasPrefix(line, []byte("runtime: ")) {
			// The goroutine dump may lie beyond a full sniff window.
			return bytes.Contains(rest, []byte("goroutine ")) || bytes.Contains(rest, []byte("[signal ")) ||
				len(head) >= sniffWindow
		}
	}
	return false
}

var crashMarkers = [][]byte{
	[]byte("Traceback (most recent call last)"),
	[]byte("Exception in thread"),
	[]byte("Segmentation fault"),
	[]byte("SIGSEGV"), []byte("SIGABRT"), []byte("SIGBUS"), []byte("SIGILL"), []byte("SIGFPE"),
	[]byte("Unhandled exception"), []byte("Uncaught "), []byte("Fatal error"), []byte("FATAL"),
	[]byte("\n\tat "), []byte("\n    at "), []byte("\n#0 "), []byte("\n#1 "), []byte("Backtrace:"),
	[]byte("stack backtrace:"), []byte("Stack trace:"), []byte("terminate called"),
}

func looksLikeCrashText(head []byte) bool {
	for _, m := range crashMarkers {
		if bytes.Contains(head, m) {
			return true
		}
	}
	return false
}

// lineReader yields lines without their terminator, truncated to maxLine.
// The returned slice is valid until the next call.
type lineReader struct {
	br      *bufio.Reader
	off     int64 // offset of the next line
	lineOff int64 // offset of the line last returned
	scratch []byte
	err     error
}

func newLineReader(r io.Reader) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(r, maxLine)}
}

func (lr *lineReader) next() ([]byte, bool) {
	if lr.err != nil {
		return nil, false
	}
	lr.lineOff = lr.off
	line, err := lr.br.ReadSlice('\n')
	lr.off += int64(len(line))
	if err == bufio.ErrBufferFull {
		// Keep the first maxLine bytes, skip the rest of the line.
		lr.scratch = append(lr.scratch[:0], line...)
		for err == bufio.ErrBufferFull {
			var more []byte
			more, err = lr.br.ReadSlice('\n')
			lr.off += int64(len(more))
		}
		line = lr.scratch
	}
	if err != nil {
		lr.err = err
		if len(line) == 0 {
			return nil, false
		}
	}
	n := len(line)
	if n > 0 && line[n-1] == '\n' {
		n--
	}
	if n > 0 && line[n-1] == '\r' {
		n--
	}
	return line[:n], true
}

// readErr returns a real read error (EOF is not one).
func (lr *lineReader) readErr() error {
	if lr.err == nil || errors.Is(lr.err, io.EOF) {
		return nil
	}
	return fmt.Errorf("textlog: read: %w", lr.err)
}

// Parse reads a text crash log (size is a hint, may be -1) and returns its
// crash facts. It fails with a FormatError when the log holds no
// recognisable crash information.
//
// A log that starts with a byte-order mark is read in its encoding:
// UTF-16LE (FF FE) and UTF-16BE (FE FF), as Windows apps and PowerShell
// write them, are decoded to UTF-8 as a stream; a UTF-8 mark is skipped.
// The report then is that of the same log written in UTF-8. FormatError
// offsets count bytes of the input as given, mark included.
func Parse(r io.Reader, size int64) (*report.Report, error) {
	br := bufio.NewReaderSize(r, maxLine)
	var src io.Reader = br
	var u16 *utf16Reader
	var skipped int64 // bytes of a UTF-8 mark
	bom, _ := br.Peek(3)
	switch {
	case bytes.HasPrefix(bom, bomUTF8):
		br.Discard(len(bomUTF8))
		skipped = int64(len(bomUTF8))
	case bytes.HasPrefix(bom, bomUTF16LE):
		br.Discard(len(bomUTF16LE))
		u16 = newUTF16Reader(br, binary.LittleEndian, int64(len(bomUTF16LE)))
		src = u16
	case bytes.HasPrefix(bom, bomUTF16BE):
		br.Discard(len(bomUTF16BE))
		u16 = newUTF16Reader(br, binary.BigEndian, int64(len(bomUTF16BE)))
		src = u16
	}
	lr := newLineReader(src)
	head, _ := lr.br.Peek(sniffWindow)
	if i := bytes.IndexByte(head, 0); i >= 0 {
		off := int64(i) + skipped
		if u16 != nil {
			off = u16.nulOff // where the U+0000 code unit is in the input
		}
		return nil, &FormatError{Off: off, Msg: "binary data (NUL byte) in text log"}
	}
	sub, ok := Sniff(head)
	if !ok {
		sub = FormatGeneric
	}
	var rep *report.Report
	var err error
	switch sub {
	case FormatHsErr:
		rep, err = parseHsErr(lr)
	case FormatGoPanic:
		rep, err = parseGoPanic(lr)
	default:
		rep, err = parseGeneric(lr)
	}
	if err != nil {
		return nil, err
	}
	if rerr := lr.readErr(); rerr != nil {
		return nil, rerr
	}
	rep.Format = "textlog"
	if rep.Annotations == nil {
		rep.Annotations = map[string]string{}
	}
	rep.Annotations["textlog_format"] = sub
	return rep, nil
}

// Small byte helpers that avoid converting every line to a string.

func hasPrefix(b []byte, p string) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == p
}

func trimLeftSpace(b []byte) []byte {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return b[i:]
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func newCrash() *report.Crash { return &report.Crash{CrashedThread: -1} }
