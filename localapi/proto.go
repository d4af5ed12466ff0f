// Package localapi is the local API between apps (and the crashd CLI) and
// the running daemon: newline-delimited JSON over a Unix domain socket
// (Linux, macOS) or a named pipe (Windows). See README "Local API".
package localapi

import (
	"context"
	"errors"
	"os"
	"time"
)

// Operations.
const (
	OpReport     = "report"      // hand over a file (by descriptor where the OS allows)
	OpTicket     = "ticket"      // one report's state
	OpApprove    = "approve"     // send a held report
	OpConsentGet = "consent.get" // consent state
	OpConsentSet = "consent.set" // change the user's level
	OpHistory    = "history"     // every report
	OpStatus     = "status"      // daemon status
)

// MaxMessage bounds one request line; longer requests are refused.
const MaxMessage = 64 << 10

// Request is one message from a client.
type Request struct {
	Op         string `json:"op"`
	Path       string `json:"path,omitempty"`        // report: the file (informational when a descriptor is passed)
	App        string `json:"app,omitempty"`         // report: app name
	AppVersion string `json:"app_version,omitempty"` // report: app version
	Comment    string `json:"comment,omitempty"`     // report: the user's words
	Wait       bool   `json:"wait,omitempty"`        // report/approve: answer when uploaded, held or failed
	Immediate  bool   `json:"immediate,omitempty"`   // report: skip the perf after-window
	TimeoutMS  int64  `json:"timeout_ms,omitempty"`  // wait bound (default 60 s)
	Ticket     string `json:"ticket,omitempty"`      // ticket/approve
	Level      string `json:"level,omitempty"`       // consent.set
}

// Response is the daemon's answer. Error/Code are set on failure.
type Response struct {
	OK      bool           `json:"ok"`
	Error   string         `json:"error,omitempty"`
	Code    string         `json:"code,omitempty"`
	Ticket  *TicketState   `json:"ticket,omitempty"`
	Consent *ConsentState  `json:"consent,omitempty"`
	History []HistoryEntry `json:"history,omitzero"` // [] when there are none
	Status  *Status        `json:"status,omitempty"`
}

// Error codes.
const (
	CodeBadRequest    = "bad_request"
	CodeInvalidTicket = "invalid_ticket"
	CodeNotFound      = "not_found"
	CodeForbidden     = "forbidden"
	CodeUnsupported   = "unsupported"
	CodeConsent       = "consent"
	CodeTimeout       = "timeout"
	CodeInternal      = "internal"
)

// TicketState is one report's state as an app shows it.
type TicketState struct {
	Ticket  string `json:"ticket"`
	EventID string `json:"event_id"`
	Kind    string `json:"kind,omitempty"`
	State   string `json:"state"` // capturing | pending | held | sent | failed | skipped | deleted
	Reason  string `json:"reason,omitempty"`
}

// ConsentState is the consent in force.
type ConsentState struct {
	User      string `json:"user"`
	Effective string `json:"effective"`
	Policy    string `json:"policy,omitempty"` // a sentence when a machine policy caps or forces
	Endpoint  string `json:"endpoint,omitempty"`
}

// HistoryEntry is one row of `crashd history`.
type HistoryEntry struct {
	Ticket     string    `json:"ticket"`
	EventID    string    `json:"event_id"`
	Kind       string    `json:"kind"`
	App        string    `json:"app,omitempty"`
	AppVersion string    `json:"app_version,omitempty"`
	Format     string    `json:"format,omitempty"`
	State      string    `json:"state"`
	Reason     string    `json:"reason,omitempty"`
	RawSize    int64     `json:"raw_size"`
	Size       int64     `json:"size"`
	CapturedAt time.Time `json:"captured_at"`
	ChangedAt  time.Time `json:"changed_at"`
	SentAt     time.Time `json:"sent_at,omitzero"`
	Attempts   int       `json:"attempts"`
}

// Status is the daemon's state for `crashd status`.
type Status struct {
	Running    bool           `json:"running"`
	PID        int            `json:"pid"`
	Version    string         `json:"version"`
	StartedAt  time.Time      `json:"started_at"`
	StateDir   string         `json:"state_dir"`
	Consent    ConsentState   `json:"consent"`
	Counts     map[string]int `json:"counts"`
	SpoolBytes int64          `json:"spool_bytes"`
	LastSent   time.Time      `json:"last_sent,omitzero"`
	LastError  string         `json:"last_error,omitempty"`
	Watches    []string       `json:"watches,omitempty"`
	Endpoint   string         `json:"endpoint,omitempty"` // upload host only
}

// Peer is the verified identity of the process on the other end.
type Peer struct {
	UID  int // -1 when unknown (Windows: see SID)
	GID  int
	PID  int
	SID  string // Windows user SID
	Root bool   // uid 0 / Administrators
}

// Handler is what the daemon implements. f is the file the client passed
// by descriptor (nil when only a path was given, which a machine-wide
// daemon must verify against the peer's identity before opening).
type Handler interface {
	Report(ctx context.Context, p Peer, req Request, f *os.File) (TicketState, error)
	Ticket(ctx context.Context, p Peer, ticket string) (TicketState, error)
	Approve(ctx context.Context, p Peer, req Request) (TicketState, error)
	Consent(ctx context.Context, p Peer) (ConsentState, error)
	SetConsent(ctx context.Context, p Peer, level string) (ConsentState, error)
	History(ctx context.Context, p Peer) ([]HistoryEntry, error)
	Status(ctx context.Context, p Peer) (Status, error)
}

// Error is a typed API error; handlers return it to choose the code.
type Error struct {
	Code string
	Msg  string
}

func (e *Error) Error() string { return "localapi: " + e.Msg }

// Errorf builds an *Error.
func Errorf(code, msg string) *Error { return &Error{Code: code, Msg: msg} }

// CodeOf returns err's code (CodeInternal for untyped errors).
func CodeOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}
