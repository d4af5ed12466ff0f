// Package apple parses macOS/iOS crash reports: the JSON .ips format of
// macOS 12+/iOS 15+ (a one-line JSON header followed by a JSON body) and
// the legacy text .crash format (also written by KSCrash and
// PLCrashReporter), including hang/spin reports.
//
// Input is hostile: lines are length-capped, the JSON body is size-capped,
// and thread, frame and image counts are bounded.
package apple

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"

	"crashd/report"
)

// FormatError reports a malformed report, in the style of debug/elf.
type FormatError struct {
	Off int64
	Msg string
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("apple: %s at offset %#x", e.Msg, e.Off)
}

// Limits on what one report may hold.
const (
	maxLine      = 64 << 10
	maxIPSBody   = 64 << 20
	maxThreads   = 1024
	maxFrames    = 512
	maxImages    = 8192
	maxASILines  = 64
	maxASIBytes  = 16 << 10
	maxHeaderLen = 1 << 20
)

// Sniff reports whether head (the first bytes of a file) is an Apple
// crash, hang or spin report.
func Sniff(head []byte) bool {
	h := bytes.TrimLeft(head, " \t\r\n\ufeff")
	h = bytes.TrimPrefix(h, []byte("\xef\xbb\xbf"))
	if len(h) > 0 && h[0] == '{' {
		line := h
		if i := bytes.IndexByte(h, '\n'); i >= 0 {
			line = h[:i]
		}
		return bytes.Contains(line, []byte(`"bug_type"`))
	}
	if bytes.HasPrefix(h, []byte("Incident Identifier:")) {
		return true
	}
	if bytes.HasPrefix(h, []byte("Process:")) || bytes.HasPrefix(h, []byte("Date/Time:")) {
		return bytes.Contains(h, []byte("\nPath:")) || bytes.Contains(h, []byte("\nOS Version:")) ||
			bytes.Contains(h, []byte("\nIdentifier:"))
	}
	return false
}

// Parse reads a report of size bytes from r.
func Parse(r io.ReaderAt, size int64) (*report.Report, error) {
	// (a report of a few KiB gets no buffer of 64 to clear: a line is
	// never longer than the report)
	br := bufio.NewReaderSize(io.NewSectionReader(r, 0, size), int(max(min(size+1, 64<<10), 16)))
	// Skip a BOM and leading blank space to find the first real byte.
	var skipped int64
	for {
		b, err := br.Peek(1)
		if err != nil {
			return nil, &FormatError{Off: skipped, Msg: "empty report"}
		}
		if b[0] == ' ' || b[0] == '\t' || b[0] == '\r' || b[0] == '\n' {
			br.Discard(1)
			skipped++
			continue
		}
		if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\xef\xbb\xbf")) {
			br.Discard(3)
			skipped += 3
			continue
		}
		break
	}
	first, _ := br.Peek(1)
	if first[0] == '{' {
		return parseIPS(br, skipped, size)
	}
	p := newTextParser()
	if err := p.run(br, skipped); err != nil {
		return nil, err
	}
	return p.finish(nil)
}

// ipsHeader is the first line of an .ips file.
type ipsHeader struct {
	AppName      string `json:"app_name"`
	Name         string `json:"name"`
	AppVersion   string `json:"app_version"`
	BuildVersion string `json:"build_version"`
	BugType      string `json:"bug_type"`
	OSVersion    string `json:"os_version"`
	Timestamp    string `json:"timestamp"`
	BundleID     string `json:"bundleID"`
	SliceUUID    string `json:"slice_uuid"`
}

func parseIPS(br *bufio.Reader, off, size int64) (*report.Report, error) {
	line, n, err := readLine(br, maxHeaderLen)
	if err != nil && err != io.EOF {
		return nil, fmt.Errorf("apple: read header: %w", err)
	}
	var h ipsHeader
	// encoding/json handles escaped quotes and braces in values (app_name
	// like `x{cte\"st`); a hand-rolled brace matcher would not.
	if jerr := json.Unmarshal(line, &h); jerr != nil {
		return nil, &FormatError{Off: off, Msg: "ips header: " + jerr.Error()}
	}
	off += n
	// Skip blank lines between header and body.
	for {
		b, perr := br.Peek(1)
		if perr != nil {
			break
		}
		if b[0] == '\n' || b[0] == '\r' || b[0] == ' ' || b[0] == '\t' {
			br.Discard(1)
			off++
			continue
		}
		break
	}
	b, perr := br.Peek(1)
	if perr != nil || len(b) == 0 {
		// Header only: some bug types carry no body worth parsing.
		return ipsReport(&h, nil), nil
	}
	if b[0] != '{' {
		// Older .ips (bug_type 109 and friends): JSON header, text body.
		p := newTextParser()
		if err := p.run(br, off); err != nil {
			return nil, err
		}
		return p.finish(&h)
	}
	if size-off > maxIPSBody {
		return nil, &FormatError{Off: off, Msg: fmt.Sprintf("ips body of %d bytes exceeds %d", size-off, maxIPSBody)}
	}
	var body ipsBody
	dec := json.NewDecoder(io.LimitReader(br, maxIPSBody))
	dec.UseNumber()
	if err := dec.Decode(&body); err != nil {
		return nil, &FormatError{Off: off + dec.InputOffset(), Msg: "ips body: " + err.Error()}
	}
	return ipsReport(&h, &body), nil
}

// readLine reads one line (without its terminator), keeping at most max
// bytes of it and discarding the rest. n counts every byte consumed.
func readLine(br *bufio.Reader, max int) (line []byte, n int64, err error) {
	for {
		frag, e := br.ReadSlice('\n')
		n += int64(len(frag))
		if room := max - len(line); room > 0 {
			if len(frag) > room {
				line = append(line, frag[:room]...)
			} else {
				line = append(line, frag...)
			}
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		line = bytes.TrimRight(line, "\r\n")
		if e != nil && len(line) == 0 && n == 0 {
			return nil, 0, e
		}
		return line, n, e
	}
}

// image is a loaded binary from usedImages or Binary Images.
type image struct {
	base, end uint64
	name      string // short name (frame column / image name)
	path      string
	uuid      string
	version   string
	arch      string
}

type imageSet []image

func (s imageSet) sorted() imageSet {
	out := append(imageSet(nil), s...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].base < out[j].base })
	return out
}

// find returns the image containing addr in a base-sorted set.
func (s imageSet) find(addr uint64) *image {
	i := sort.Search(len(s), func(i int) bool { return s[i].base > addr }) - 1
	if i >= 0 && addr >= s[i].base && (s[i].end == 0 || addr < s[i].end) {
		return &s[i]
	}
	return nil
}

func (im *image) module() report.Module {
	m := report.Module{
		Name:    im.path,
		Base:    report.Addr(im.base),
		Version: im.version,
		Type:    "macho",
	}
	if m.Name == "" {
		m.Name = im.name
	}
	if im.end > im.base {
		m.Size = im.end - im.base
	}
	if id := normUUID(im.uuid); id != "" {
		m.DebugID = id
		m.CodeID = strings.ReplaceAll(id, "-", "")
	}
	return m
}

func (im *image) shortName() string {
	if im.path != "" {
		return path.Base(im.path)
	}
	return im.name
}

// normUUID turns "2d903291397d3d14bfca52c7fb8c5e00" or an upper-case
// dashed UUID into the lower-case dashed form Sentry uses as debug id.
func normUUID(s string) string {
	// (one pass, one allocation: a report holds an image per module)
	var out [36]byte
	n := 0 // hex digits written
	for _, c := range []byte(strings.TrimSpace(s)) {
		switch {
		case c == '-':
			continue
		case c >= 'A' && c <= 'F':
			c += 'a' - 'A'
		case !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f'):
			return ""
		}
		if n == 32 {
			return ""
		}
		k := n
		switch {
		case n >= 20:
			k += 4
		case n >= 16:
			k += 3
		case n >= 12:
			k += 2
		case n >= 8:
			k++
		}
		out[k] = c
		n++
	}
	if n != 32 {
		return ""
	}
	out[8], out[13], out[18], out[23] = '-', '-', '-', '-'
	return string(out[:])
}

// isHangBugType reports whether an .ips bug_type is a hang/spin report.
func isHangBugType(t string) bool {
	// 288 is a stackshot (hang/spin); 309/109 are crashes.
	return t == "288"
}
