// Package consent decides whether crashd may send a report: the user's level,
// the machine policy that caps or forces it, and the per-report decision.
package consent

import (
	"fmt"
	"strings"

	"crashd/report"
)

// Level is a consent level; higher levels allow more.
type Level int

const (
	Off       Level = iota // nothing leaves the machine (default)
	Ask                    // every report is held until the user approves it
	Crash                  // crashes and hangs are sent, performance reports held
	CrashPerf              // everything is sent
)

var levelNames = [...]string{Off: "off", Ask: "ask", Crash: "crash", CrashPerf: "crash+perf"}

// String returns the level's canonical name.
func (l Level) String() string {
	if l < Off || l > CrashPerf {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelNames[l]
}

// Parse parses a level name: off, ask, crash, crash+perf ("crash-perf" is
// accepted because '+' is awkward in some shells and registry editors).
func Parse(s string) (Level, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "off":
		return Off, nil
	case "ask":
		return Ask, nil
	case "crash":
		return Crash, nil
	case "crash+perf", "crash-perf":
		return CrashPerf, nil
	}
	return Off, fmt.Errorf("consent: unknown level %q (want off, ask, crash or crash+perf)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (l Level) MarshalText() ([]byte, error) {
	if l < Off || l > CrashPerf {
		return nil, fmt.Errorf("consent: invalid level %d", int(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (l *Level) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// Decision is what to do with a newly captured report.
type Decision int

const (
	Hold Decision = iota // keep locally; sent only on explicit approval
	Send                 // queue for upload
	Drop                 // not a report crashd knows how to gate; do not keep
)

func (d Decision) String() string {
	switch d {
	case Hold:
		return "hold"
	case Send:
		return "send"
	case Drop:
		return "drop"
	}
	return fmt.Sprintf("Decision(%d)", int(d))
}

// Allows decides for a report of the given kind under level l.
func (l Level) Allows(kind report.Kind) Decision {
	switch kind {
	case report.KindCrash, report.KindHang:
		if l >= Crash {
			return Send
		}
		return Hold
	case report.KindPerformance:
		if l >= CrashPerf {
			return Send
		}
		return Hold
	}
	return Drop
}
