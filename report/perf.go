package report

import "time"

// PerfWindow is the system's performance around a crash, from the daemon's
// sampler, plus the app's own perf-log samples in the same window.
type PerfWindow struct {
	From    time.Time    `json:"from"`
	To      time.Time    `json:"to"`
	Samples []PerfSample `json:"samples,omitempty"`
	App     *PerfSummary `json:"app,omitempty"` // app perf log samples inside the window
}

// PerfSample is one system sample.
type PerfSample struct {
	T            time.Time `json:"t"`
	CPUBusy      float64   `json:"cpu_busy"` // percent, all cores
	CPUPerCore   []float64 `json:"cpu_per_core,omitempty"`
	Load1        float64   `json:"load1,omitempty"`
	MemUsed      uint64    `json:"mem_used"`
	MemAvailable uint64    `json:"mem_available"`
	SwapUsed     uint64    `json:"swap_used,omitempty"`
	DiskReadBps  float64   `json:"disk_read_bps,omitempty"`
	DiskWriteBps float64   `json:"disk_write_bps,omitempty"`
	ProcCPU      float64   `json:"proc_cpu,omitempty"` // the crashing app's process, when known
	ProcRSS      uint64    `json:"proc_rss,omitempty"`
}

// PerfSummary summarises an app's performance log (JSON Lines).
type PerfSummary struct {
	From     time.Time `json:"from,omitempty"`
	To       time.Time `json:"to,omitempty"`
	Lines    int       `json:"lines"`
	BadLines int       `json:"bad_lines"`
	// Skipped counts valid lines outside the requested time window.
	Skipped int `json:"skipped,omitempty"`
	// Dropped counts valid lines not summarised because the log had more
	// distinct metric or event names than the summariser tracks.
	Dropped int                    `json:"dropped,omitempty"`
	Metrics map[string]MetricStats `json:"metrics,omitempty"`
	Events  map[string]EventStats  `json:"events,omitempty"`
}

// MetricStats are statistics of one metric. Count, Min, Mean and Max are
// always exact; the percentiles are exact unless Approx is set (then they
// come from a bounded-error sketch, see perf/FORMAT.md).
type MetricStats struct {
	Unit   string  `json:"unit,omitempty"`
	Approx bool    `json:"approx,omitempty"`
	Count  int     `json:"count"`
	Min    float64 `json:"min"`
	Mean   float64 `json:"mean"`
	P50    float64 `json:"p50"`
	P95    float64 `json:"p95"`
	P99    float64 `json:"p99"`
	Max    float64 `json:"max"`
}

// EventStats counts one notable event (buffer_underrun, hang ...).
type EventStats struct {
	Count int       `json:"count"`
	First time.Time `json:"first"`
	Last  time.Time `json:"last"`
}
