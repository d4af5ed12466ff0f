// Package perf summarises application performance logs (JSON Lines, see
// FORMAT.md) and samples the system's own performance into an on-disk ring
// buffer so that every crash report can carry the minutes before and after
// the crash.
package perf

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"time"

	"crashd/report"
)

// Defaults for SummaryOptions' zero values.
const (
	DefaultMaxSamplesExact = 1_000_000
	DefaultMaxSamplesTotal = 4_000_000 // 32 MB of float64 across all metrics
	DefaultMaxLineBytes    = 64 << 10
	DefaultMaxMetrics      = 256
	DefaultMaxEvents       = 256

	// MaxNameBytes caps metric and event names; longer names make the line invalid.
	MaxNameBytes = 256
	// MaxUnitBytes caps the unit string; a longer one makes the line invalid.
	MaxUnitBytes = 64
)

// HangEvent is the event name that turns a perf log into a hang report.
const HangEvent = "hang"

// SummaryOptions tunes Summarize. The zero value summarises the whole log
// with the package defaults.
type SummaryOptions struct {
	// From and To select lines whose ts lies in [From, To]; a zero bound is
	// unbounded. Valid lines outside are counted in PerfSummary.Skipped.
	From, To time.Time
	// MaxSamplesExact is how many samples of one metric are kept for exact
	// percentiles (default 1,000,000). Beyond it the metric switches to a
	// sketch with ≤ 1 % relative error (MetricStats.Approx).
	MaxSamplesExact int
	// MaxSamplesTotal caps the exact samples kept across all metrics
	// (default 4,000,000, 32 MB), so memory stays bounded whatever the log.
	MaxSamplesTotal int
	// MaxLineBytes caps one line (default 64 KiB); longer lines are invalid.
	MaxLineBytes int
	// MaxMetrics and MaxEvents cap the distinct names tracked (default 256
	// each); lines for further names are counted in PerfSummary.Dropped.
	MaxMetrics, MaxEvents int
}

func (o SummaryOptions) withDefaults() SummaryOptions {
	if o.MaxSamplesExact <= 0 {
		o.MaxSamplesExact = DefaultMaxSamplesExact
	}
	if o.MaxSamplesTotal <= 0 {
		o.MaxSamplesTotal = DefaultMaxSamplesTotal
	}
	if o.MaxLineBytes <= 0 {
		o.MaxLineBytes = DefaultMaxLineBytes
	}
	if o.MaxMetrics <= 0 {
		o.MaxMetrics = DefaultMaxMetrics
	}
	if o.MaxEvents <= 0 {
		o.MaxEvents = DefaultMaxEvents
	}
	return o
}

// Summarize reads a perf log and returns per-metric statistics and event
// counts. Invalid lines are counted in BadLines and skipped; only a read
// error from r is returned, together with the summary of what was read
// before it. Memory is bounded by the options, not by the log's size.
func Summarize(r io.Reader, opts SummaryOptions) (*report.PerfSummary, error) {
	s := newSummarizer(opts.withDefaults())
	// One spare byte so a line of exactly MaxLineBytes plus its '\n' fits.
	br := bufio.NewReaderSize(r, s.opts.MaxLineBytes+1)
	first := true
	for {
		b, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			s.sum.Lines++
			s.sum.BadLines++
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			first = false
			if err == nil {
				continue
			}
		} else if len(b) > 0 {
			if first {
				b = bytes.TrimPrefix(b, utf8BOM)
				first = false
			}
			s.line(b)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return s.finish(), fmt.Errorf("perf: read log: %w", err)
		}
	}
	return s.finish(), nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

type metricAcc struct {
	unit     string
	n        int
	min, max float64
	sum, c   float64 // Neumaier-compensated sum
	cmean    float64 // running mean that cannot overflow, used if sum does
	exact    []float64
	sk       *sketch
}

type summarizer struct {
	opts       SummaryOptions
	sum        report.PerfSummary
	metrics    map[string]*metricAcc
	events     map[string]*report.EventStats
	exactTotal int // capacity of all exact slices, against MaxSamplesTotal
	p          lineParser
}

func newSummarizer(o SummaryOptions) *summarizer {
	return &summarizer{
		opts:    o,
		metrics: make(map[string]*metricAcc),
		events:  make(map[string]*report.EventStats),
	}
}

func (s *summarizer) line(b []byte) {
	b = bytes.TrimRight(b, "\r\n")
	if len(bytes.TrimSpace(b)) == 0 {
		return // blank lines are neither samples nor errors
	}
	s.sum.Lines++
	l, ok := s.p.parse(b)
	if !ok {
		s.sum.BadLines++
		return
	}
	if (!s.opts.From.IsZero() && l.ts.Before(s.opts.From)) || (!s.opts.To.IsZero() && l.ts.After(s.opts.To)) {
		s.sum.Skipped++
		return
	}
	// Look the names up before touching anything so that a line is either
	// summarised completely or counted once as dropped.
	var m *metricAcc
	var e *report.EventStats
	if l.hasMetric {
		m = s.metrics[string(l.metric)]
		if m == nil && len(s.metrics) >= s.opts.MaxMetrics {
			s.sum.Dropped++
			return
		}
	}
	if l.hasEvent {
		e = s.events[string(l.event)]
		if e == nil && len(s.events) >= s.opts.MaxEvents {
			s.sum.Dropped++
			return
		}
	}
	if l.hasMetric {
		if m == nil {
			m = &metricAcc{min: l.value, max: l.value}
			s.metrics[string(l.metric)] = m
		}
		if m.unit == "" && len(l.unit) > 0 {
			m.unit = string(l.unit)
		}
		s.add(m, l.value)
	}
	if l.hasEvent {
		if e == nil {
			e = &report.EventStats{First: l.ts, Last: l.ts}
			s.events[string(l.event)] = e
		}
		e.Count++
		// Logs from several threads are not strictly ordered.
		if l.ts.Before(e.First) {
			e.First = l.ts
		}
		if l.ts.After(e.Last) {
			e.Last = l.ts
		}
	}
	if s.sum.From.IsZero() || l.ts.Before(s.sum.From) {
		s.sum.From = l.ts
	}
	if l.ts.After(s.sum.To) {
		s.sum.To = l.ts
	}
}

func (s *summarizer) add(m *metricAcc, v float64) {
	m.n++
	m.min = min(m.min, v)
	m.max = max(m.max, v)
	t := m.sum + v
	if math.Abs(m.sum) >= math.Abs(v) {
		m.c += (m.sum - t) + v
	} else {
		m.c += (v - t) + m.sum
	}
	m.sum = t
	// A convex combination of finite values stays finite.
	m.cmean = m.cmean - m.cmean/float64(m.n) + v/float64(m.n)

	if m.sk != nil {
		m.sk.add(v)
		return
	}
	if len(m.exact) == cap(m.exact) {
		limit := s.opts.MaxSamplesExact
		if len(m.exact) >= limit {
			m.toSketch()
			m.sk.add(v)
			return
		}
		grow := min(max(2*cap(m.exact), 64), limit) - cap(m.exact)
		if s.exactTotal+grow > s.opts.MaxSamplesTotal {
			grow = s.opts.MaxSamplesTotal - s.exactTotal
		}
		if grow <= 0 {
			s.exactTotal -= cap(m.exact)
			m.toSketch()
			m.sk.add(v)
			return
		}
		s.exactTotal += grow
		m.exact = slices.Grow(m.exact, grow)
	}
	m.exact = append(m.exact, v)
}

func (m *metricAcc) toSketch() {
	m.sk = newSketch()
	for _, x := range m.exact {
		m.sk.add(x)
	}
	m.exact = nil
}

func (s *summarizer) finish() *report.PerfSummary {
	out := s.sum
	if len(s.metrics) > 0 {
		out.Metrics = make(map[string]report.MetricStats, len(s.metrics))
	}
	for name, m := range s.metrics {
		st := report.MetricStats{Unit: m.unit, Count: m.n, Min: m.min, Max: m.max}
		st.Mean = (m.sum + m.c) / float64(m.n)
		if math.IsInf(st.Mean, 0) || math.IsNaN(st.Mean) {
			st.Mean = m.cmean // the sum overflowed; the running mean cannot
		}
		st.Mean = min(max(st.Mean, m.min), m.max) // rounding can leave the range
		if m.sk != nil {
			st.Approx = true
			st.P50 = m.sk.quantile(rank(50, m.n), m.min, m.max)
			st.P95 = m.sk.quantile(rank(95, m.n), m.min, m.max)
			st.P99 = m.sk.quantile(rank(99, m.n), m.min, m.max)
		} else {
			slices.Sort(m.exact)
			st.P50 = m.exact[rank(50, m.n)-1]
			st.P95 = m.exact[rank(95, m.n)-1]
			st.P99 = m.exact[rank(99, m.n)-1]
		}
		out.Metrics[name] = st
	}
	if len(s.events) > 0 {
		out.Events = make(map[string]report.EventStats, len(s.events))
	}
	for name, e := range s.events {
		out.Events[name] = *e
	}
	return &out
}

// rank is the 1-based nearest rank of the p-th percentile of n samples:
// the smallest r with r ≥ p·n/100.
func rank(p, n int) int {
	return max((p*n+99)/100, 1)
}

// HangEvents reports whether the summarised log contains "hang" events,
// which make the log a hang report rather than a performance report.
func HangEvents(s *report.PerfSummary) bool {
	return s != nil && s.Events[HangEvent].Count > 0
}

// Sniff reports whether head (the first bytes of a file) looks like a perf
// log: its first non-blank line is a valid perf-log line. When head ends
// inside the first line, a JSON object starting with a "ts" field and
// naming a "metric" or "event" is accepted.
func Sniff(head []byte) bool {
	head = bytes.TrimPrefix(head, utf8BOM)
	var p lineParser
	for len(head) > 0 {
		i := bytes.IndexByte(head, '\n')
		if i < 0 {
			return sniffPartial(head)
		}
		l := bytes.TrimRight(head[:i], "\r")
		head = head[i+1:]
		if len(bytes.TrimSpace(l)) == 0 {
			continue
		}
		_, ok := p.parse(l)
		return ok
	}
	return false
}

func sniffPartial(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r")
	if len(b) < 16 || b[0] != '{' {
		return false
	}
	// The complete form was rejected above; the prefix must at least
	// be plausible JSON text.
	if bytes.IndexByte(b, 0) >= 0 {
		return false
	}
	return bytes.Contains(b, []byte(`"ts"`)) &&
		(bytes.Contains(b, []byte(`"metric"`)) || bytes.Contains(b, []byte(`"event"`)))
}
