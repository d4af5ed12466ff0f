package spool

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"crashd/report"
)

// State is a report's place in its lifecycle.
//
// A report is written (to a temp file, then renamed in) and becomes pending
// (queued for upload) or held (waiting for the user's approval). Pending
// ends as sent, failed (the server refused it for good) or deleted (consent
// withdrawn, pruned). Skipped reports were never stored: they record why
// (parse failure, limits) for history.
type State string

const (
	StatePending State = "pending"
	StateHeld    State = "held"
	StateSent    State = "sent"
	StateFailed  State = "failed"
	StateSkipped State = "skipped"
	StateDeleted State = "deleted"
)

// Final reports whether no more uploads will happen without user action.
func (s State) Final() bool {
	return s == StateSent || s == StateFailed || s == StateSkipped || s == StateDeleted
}

// Record is a report's metadata and history row.
type Record struct {
	EventID    string      `json:"event_id"` // 32 lowercase hex digits; stable across retries
	Ticket     string      `json:"ticket"`
	Kind       report.Kind `json:"kind"`
	App        string      `json:"app,omitempty"`
	AppVersion string      `json:"app_version,omitempty"`
	Format     string      `json:"format,omitempty"`
	SourceHash string      `json:"source_hash,omitempty"` // content hash of the source file (collector dedupe)
	// Categories are the Sentry rate-limit data categories of the
	// envelope's items ("error", "attachment"); a rate limit on any of
	// them delays the report.
	Categories []string `json:"categories,omitempty"`

	State    State  `json:"state"`
	Reason   string `json:"reason,omitempty"`
	Approved bool   `json:"approved,omitempty"` // the user explicitly approved sending it

	RawSize    int64  `json:"raw_size"`         // uncompressed envelope bytes
	Size       int64  `json:"size"`             // compressed bytes on disk
	SHA256     string `json:"sha256,omitempty"` // of the compressed payload
	HasPayload bool   `json:"has_payload"`

	CapturedAt  time.Time `json:"captured_at"`
	ChangedAt   time.Time `json:"changed_at"`
	SentAt      time.Time `json:"sent_at,omitzero"`
	Attempts    int       `json:"attempts"`
	NextAttempt time.Time `json:"next_attempt,omitzero"` // no upload before this time
}

func (r Record) clone() Record {
	r.Categories = slices.Clone(r.Categories)
	return r
}

// Errors wrapped by spool operations.
var (
	ErrExists   = errors.New("spool: report already stored")
	ErrNotFound = errors.New("spool: no such report")
	ErrDiskFull = errors.New("spool: disk full")
	ErrTooLarge = errors.New("spool: report too large")
	ErrState    = errors.New("spool: wrong state")
	ErrCorrupt  = errors.New("spool: payload corrupt")
)

func validEventID(id string) error {
	if len(id) != 32 {
		return fmt.Errorf("spool: event id %q: want 32 lowercase hex digits", id)
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return fmt.Errorf("spool: event id %q: want 32 lowercase hex digits", id)
		}
	}
	return nil
}

// Limits bound the spool. Zero fields take the defaults.
type Limits struct {
	MaxBytes   int64         // compressed payload bytes kept (default 256 MiB)
	MaxCount   int           // reports with a payload (default 500)
	MaxAge     time.Duration // payloads older than this are pruned (default 30 days)
	MaxHistory int           // history rows without payload (default 2000)
	HistoryAge time.Duration // history rows older than this are dropped (default 180 days)
}

func (l Limits) withDefaults() Limits {
	if l.MaxBytes <= 0 {
		l.MaxBytes = 256 << 20
	}
	if l.MaxCount <= 0 {
		l.MaxCount = 500
	}
	if l.MaxAge <= 0 {
		l.MaxAge = 30 * 24 * time.Hour
	}
	if l.MaxHistory <= 0 {
		l.MaxHistory = 2000
	}
	if l.HistoryAge <= 0 {
		l.HistoryAge = 180 * 24 * time.Hour
	}
	return l
}

// Stats summarise the spool for `crashd status`.
type Stats struct {
	Counts      map[State]int        `json:"counts"`
	Bytes       int64                `json:"bytes"` // payload bytes on disk
	InFlight    int                  `json:"in_flight"`
	Quarantined int                  `json:"quarantined"`
	LastError   string               `json:"last_error,omitempty"` // last write failure (disk full ...), cleared by a successful write
	LastSent    time.Time            `json:"last_sent,omitzero"`
	RateLimited map[string]time.Time `json:"rate_limited,omitempty"`
}
