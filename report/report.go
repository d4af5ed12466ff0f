// Package report holds the crash/performance report model shared by the
// client (crashd) and the bundled receiver (crashrecv).
//
// A Report is what crashd knows about one crash, hang or performance log
// after parsing and redaction. It is carried to the receiver inside the
// Sentry event as contexts["crashd"] so the receiver can show it without
// re-deriving it from Sentry's generic fields.
package report

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Kind is what a report is about.
type Kind string

const (
	KindCrash       Kind = "crash"
	KindHang        Kind = "hang"
	KindPerformance Kind = "performance"
)

// Attachment types as Sentry names them.
const (
	AttachmentMinidump = "event.minidump"
	AttachmentGeneric  = "event.attachment"
)

// Report is one crash, hang or performance report.
type Report struct {
	EventID     string            `json:"event_id"` // 32 lowercase hex digits (Sentry form)
	Ticket      string            `json:"ticket"`   // XXXX-XXXX-XXX
	Kind        Kind              `json:"kind"`
	Format      string            `json:"format"`             // minidump, elfcore, apple-ips, apple-crash, textlog, perflog
	Platform    string            `json:"platform,omitempty"` // Sentry platform: native, cocoa, java, go
	App         App               `json:"app"`
	Crash       *Crash            `json:"crash,omitempty"`
	Modules     []Module          `json:"modules,omitempty"`
	Annotations map[string]string `json:"annotations,omitempty"` // Crashpad simple annotations, app-provided keys
	Attachments []Attachment      `json:"attachments,omitempty"`
	System      *System           `json:"system,omitempty"`
	Perf        *PerfWindow       `json:"perf,omitempty"`         // system samples around the crash
	PerfSummary *PerfSummary      `json:"perf_summary,omitempty"` // for performance reports (and app perf logs near a crash)
	Redaction   map[string]int    `json:"redaction,omitempty"`    // class -> count removed
	Consent     string            `json:"consent"`                // effective level at capture
	CapturedAt  time.Time         `json:"captured_at"`
	CrashedAt   time.Time         `json:"crashed_at,omitempty"`
	UserComment string            `json:"user_comment,omitempty"`

	// SourcePath is the local file the report came from. It never leaves
	// the machine (not serialised).
	SourcePath string `json:"-"`
}

// App identifies the crashing application.
type App struct {
	Name    string `json:"name,omitempty"`
	Version string `json:"version,omitempty"`
	Build   string `json:"build,omitempty"`
	PID     int64  `json:"pid,omitempty"`
}

// Crash holds the crash facts support needs without opening an attachment.
type Crash struct {
	Reason        string   `json:"reason,omitempty"`  // EXCEPTION_ACCESS_VIOLATION_READ, SIGSEGV, EXC_BAD_ACCESS ...
	Code          string   `json:"code,omitempty"`    // raw code, e.g. 0xc0000005 or signal number
	Signal        string   `json:"signal,omitempty"`  // signal name when known
	Address       Addr     `json:"address,omitempty"` // faulting address
	Message       string   `json:"message,omitempty"` // assertion text, panic message, termination reason
	CrashedThread int      `json:"crashed_thread"`    // index into Threads, -1 if unknown
	Threads       []Thread `json:"threads,omitempty"`
}

// Thread is one thread of the crashed process. Frames are ordered
// innermost (crashing) first.
type Thread struct {
	ID        uint64            `json:"id"`
	Name      string            `json:"name,omitempty"`
	Crashed   bool              `json:"crashed,omitempty"`
	Frames    []Frame           `json:"frames,omitempty"`
	Registers map[string]string `json:"registers,omitempty"`
}

// Frame is one stack frame.
type Frame struct {
	Address Addr   `json:"address"`
	Module  string `json:"module,omitempty"` // module base name or path (scrubbed)
	Offset  Addr   `json:"offset,omitempty"` // offset into Module
	Symbol  string `json:"symbol,omitempty"`
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
}

// Module is a loaded (or unloaded) binary image.
type Module struct {
	Name      string `json:"name"` // full path as the dump had it (scrubbed)
	Base      Addr   `json:"base"`
	Size      uint64 `json:"size"`
	DebugID   string `json:"debug_id,omitempty"` // Sentry debug id (GUID-age form)
	CodeID    string `json:"code_id,omitempty"`  // PE timestamp+size, ELF build id, Mach-O uuid
	DebugFile string `json:"debug_file,omitempty"`
	Version   string `json:"version,omitempty"`
	Type      string `json:"type,omitempty"` // pe, elf, macho
	Unloaded  bool   `json:"unloaded,omitempty"`
}

// Attachment is one file that travels with the report.
type Attachment struct {
	Name        string `json:"name"`
	Type        string `json:"attachment_type"` // AttachmentMinidump or AttachmentGeneric
	ContentType string `json:"content_type,omitempty"`
	Size        int64  `json:"size"`
	// Path is the local file holding the (already scrubbed) bytes.
	Path string `json:"-"`
}

// Addr is an address or offset; JSON carries it as a "0x..." string so it
// survives JavaScript's 53-bit numbers.
type Addr uint64

func (a Addr) String() string { return "0x" + strconv.FormatUint(uint64(a), 16) }

// MarshalText implements encoding.TextMarshaler: JSON writes it as a
// string. (Not json.Marshaler, whose output encoding/json checks again
// byte by byte: a report holds thousands of addresses.)
func (a Addr) MarshalText() ([]byte, error) {
	return strconv.AppendUint(append(make([]byte, 0, 18), "0x"...), uint64(a), 16), nil
}

// UnmarshalJSON accepts "0x..." strings and plain numbers.
func (a *Addr) UnmarshalJSON(b []byte) error {
	s := strings.TrimSpace(string(b))
	if s == "null" {
		return nil
	}
	if strings.HasPrefix(s, `"`) {
		var str string
		if err := json.Unmarshal(b, &str); err != nil {
			return fmt.Errorf("report: address: %w", err)
		}
		v, err := ParseAddr(str)
		if err != nil {
			return err
		}
		*a = v
		return nil
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return fmt.Errorf("report: address %q: %w", s, err)
	}
	*a = Addr(v)
	return nil
}

// ParseAddr parses "0x1f", "1f" (hex) or "" (zero).
func ParseAddr(s string) (Addr, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X")
	if s == "" {
		return 0, nil
	}
	if len(s) <= 16 {
		// (a crash report holds thousands: read directly what fits)
		var v uint64
		k := 0
		for ; k < len(s); k++ {
			c := s[k]
			switch {
			case c >= '0' && c <= '9':
				v = v<<4 | uint64(c-'0')
			case c|0x20 >= 'a' && c|0x20 <= 'f':
				v = v<<4 | uint64(c|0x20-'a'+10)
			default:
				k = -1 // not hex: ParseUint tells why
			}
			if k < 0 {
				break
			}
		}
		if k == len(s) {
			return Addr(v), nil
		}
	}
	v, err := strconv.ParseUint(s, 16, 64)
	if err != nil {
		return 0, fmt.Errorf("report: address %q: %w", s, err)
	}
	return Addr(v), nil
}

// CrashedFrames returns the crashed thread's frames, or nil.
func (r *Report) CrashedFrames() []Frame {
	if r.Crash == nil {
		return nil
	}
	i := r.Crash.CrashedThread
	if i >= 0 && i < len(r.Crash.Threads) {
		return r.Crash.Threads[i].Frames
	}
	for _, t := range r.Crash.Threads {
		if t.Crashed {
			return t.Frames
		}
	}
	return nil
}
