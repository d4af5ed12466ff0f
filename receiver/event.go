package receiver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"math"
	"strconv"
	"strings"
	"time"

	"crashd/report"
	"crashd/ticket"
)

// sentryEvent is the part of a Sentry event the receiver reads. Fields
// that SDKs send in more than one shape stay raw and are read leniently.
type sentryEvent struct {
	EventID   string                               `json:"event_id"`
	Timestamp json.RawMessage                      `json:"timestamp"`
	Platform  string                               `json:"platform"`
	Level     string                               `json:"level"`
	Release   string                               `json:"release"`
	Message   json.RawMessage                      `json:"message"`
	Logentry  *struct{ Formatted, Message string } `json:"logentry"`
	Exception json.RawMessage                      `json:"exception"`
	Threads   json.RawMessage                      `json:"threads"`
	Tags      json.RawMessage                      `json:"tags"`
	Contexts  map[string]json.RawMessage           `json:"contexts"`
}

type sentryException struct {
	Type       string            `json:"type"`
	Value      string            `json:"value"`
	Module     string            `json:"module"`
	ThreadID   json.RawMessage   `json:"thread_id"`
	Stacktrace *sentryStacktrace `json:"stacktrace"`
	Mechanism  *struct {
		Type string         `json:"type"`
		Meta map[string]any `json:"meta"`
	} `json:"mechanism"`
}

type sentryStacktrace struct {
	Frames []sentryFrame `json:"frames"`
}

type sentryFrame struct {
	Function        string `json:"function"`
	Symbol          string `json:"symbol"`
	Module          string `json:"module"`
	Package         string `json:"package"`
	Filename        string `json:"filename"`
	AbsPath         string `json:"abs_path"`
	Lineno          int    `json:"lineno"`
	InstructionAddr string `json:"instruction_addr"`
	ImageAddr       string `json:"image_addr"`
}

type sentryThread struct {
	ID         json.RawMessage   `json:"id"`
	Name       string            `json:"name"`
	Crashed    bool              `json:"crashed"`
	Stacktrace *sentryStacktrace `json:"stacktrace"`
}

func parseEvent(b []byte) (*sentryEvent, error) {
	ev := &sentryEvent{}
	if err := json.Unmarshal(b, ev); err != nil {
		return nil, fmt.Errorf("receiver: event is not valid JSON: %w", err)
	}
	return ev, nil
}

// values reads Sentry's {"values":[...]} or a bare array.
func values[T any](raw json.RawMessage) []T {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] == 'n' {
		return nil
	}
	var out []T
	if raw[0] == '[' {
		_ = json.Unmarshal(raw, &out)
		return out
	}
	var w struct {
		Values []T `json:"values"`
	}
	_ = json.Unmarshal(raw, &w)
	return w.Values
}

// tags reads {"k":"v"} or [["k","v"], ...].
func (ev *sentryEvent) tags() map[string]string {
	raw := bytes.TrimSpace(ev.Tags)
	out := map[string]string{}
	if len(raw) == 0 {
		return out
	}
	if raw[0] == '{' {
		var m map[string]any
		_ = json.Unmarshal(raw, &m)
		for k, v := range m {
			if s, ok := v.(string); ok {
				out[k] = s
			}
		}
		return out
	}
	var pairs [][]any
	_ = json.Unmarshal(raw, &pairs)
	for _, p := range pairs {
		if len(p) == 2 {
			k, _ := p[0].(string)
			v, _ := p[1].(string)
			if k != "" {
				out[k] = v
			}
		}
	}
	return out
}

func parseTimestamp(raw json.RawMessage) time.Time {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return time.Time{}
	}
	if raw[0] == '"' {
		var s string
		_ = json.Unmarshal(raw, &s)
		for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04:05"} {
			if t, err := time.Parse(layout, s); err == nil {
				return t.UTC()
			}
		}
		return time.Time{}
	}
	f, err := strconv.ParseFloat(string(raw), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f < 0 || f > 1e11 {
		return time.Time{}
	}
	sec, frac := math.Modf(f)
	return time.Unix(int64(sec), int64(frac*1e9)).UTC()
}

// toReport returns the report crashd embedded in the event, or one built
// from Sentry's generic fields for events from other SDKs, plus the
// event's valid ticket tag ("" when absent or malformed).
func (ev *sentryEvent) toReport(log *slog.Logger) (*report.Report, string) {
	tags := ev.tags()
	tk := ""
	if t, ok := tags["ticket"]; ok {
		if canon, err := ticket.Parse(t); err == nil {
			tk = canon
		} else {
			log.Warn("receiver: event has a malformed ticket tag; storing by event id only", "ticket", t)
		}
	}
	if raw, ok := ev.Contexts["crashd"]; ok {
		var c struct {
			Report *report.Report `json:"report"`
		}
		if err := json.Unmarshal(raw, &c); err == nil && c.Report != nil {
			if c.Report.CapturedAt.IsZero() {
				c.Report.CapturedAt = parseTimestamp(ev.Timestamp)
			}
			return c.Report, tk
		}
		log.Warn("receiver: unreadable crashd context; using generic event fields")
	}
	return ev.genericReport(tags), tk
}

func (ev *sentryEvent) genericReport(tags map[string]string) *report.Report {
	r := &report.Report{
		Kind:       report.KindCrash,
		Format:     "sentry-event",
		Platform:   ev.Platform,
		CapturedAt: parseTimestamp(ev.Timestamp),
	}
	if len(tags) > 0 {
		r.Annotations = tags
	}
	// App.
	var app struct {
		Name    string `json:"app_name"`
		Version string `json:"app_version"`
		Build   string `json:"app_build"`
	}
	_ = json.Unmarshal(ev.Contexts["app"], &app)
	r.App = report.App{Name: app.Name, Version: app.Version, Build: app.Build}
	if r.App.Name == "" && ev.Release != "" {
		name, ver, ok := strings.Cut(ev.Release, "@")
		if ok {
			r.App.Name, r.App.Version = name, ver
		} else {
			r.App.Version = ev.Release
		}
	}
	r.System = ev.system()

	excs := values[sentryException](ev.Exception)
	threads := values[sentryThread](ev.Threads)
	msg := ev.message()
	if len(excs) == 0 && len(threads) == 0 {
		if ev.Level != "fatal" {
			r.Kind = "message"
		}
		if msg != "" {
			r.Crash = &report.Crash{Message: msg, CrashedThread: -1}
		}
		return r
	}
	c := &report.Crash{CrashedThread: -1, Message: msg}
	// Sentry lists chained exceptions oldest first; the last is the one
	// that was raised.
	var top *sentryException
	if len(excs) > 0 {
		top = &excs[len(excs)-1]
		c.Reason = top.Type
		if top.Value != "" {
			c.Message = top.Value
		}
		if top.Mechanism != nil {
			if sig, ok := top.Mechanism.Meta["signal"].(map[string]any); ok {
				c.Signal, _ = sig["name"].(string)
				if n, ok := sig["number"].(float64); ok {
					c.Code = strconv.Itoa(int(n))
				}
			}
		}
	}
	for _, t := range threads {
		th := report.Thread{ID: rawUint(t.ID), Name: t.Name, Crashed: t.Crashed, Frames: frames(t.Stacktrace)}
		if top != nil && top.Stacktrace != nil && len(top.ThreadID) > 0 && bytes.Equal(bytes.TrimSpace(top.ThreadID), bytes.TrimSpace(t.ID)) {
			th.Crashed = true
			if len(th.Frames) == 0 {
				th.Frames = frames(top.Stacktrace)
			}
		}
		if th.Crashed && c.CrashedThread < 0 {
			c.CrashedThread = len(c.Threads)
		}
		c.Threads = append(c.Threads, th)
	}
	if top != nil && top.Stacktrace != nil && c.CrashedThread < 0 {
		// The exception's own stack is the crashed thread's.
		th := report.Thread{ID: rawUint(top.ThreadID), Crashed: true, Frames: frames(top.Stacktrace)}
		c.Threads = append([]report.Thread{th}, c.Threads...)
		c.CrashedThread = 0
	}
	r.Crash = c
	return r
}

func rawUint(raw json.RawMessage) uint64 {
	s := strings.Trim(string(bytes.TrimSpace(raw)), `"`)
	v, _ := strconv.ParseUint(s, 0, 64)
	return v
}

// frames converts Sentry's outermost-first frames to innermost-first.
func frames(st *sentryStacktrace) []report.Frame {
	if st == nil {
		return nil
	}
	out := make([]report.Frame, 0, len(st.Frames))
	for i := len(st.Frames) - 1; i >= 0; i-- {
		f := st.Frames[i]
		fr := report.Frame{Symbol: f.Function, Module: f.Module, File: f.Filename, Line: f.Lineno}
		if fr.Symbol == "" {
			fr.Symbol = f.Symbol
		}
		if fr.Module == "" {
			fr.Module = f.Package
		}
		if fr.File == "" {
			fr.File = f.AbsPath
		}
		addr, _ := report.ParseAddr(f.InstructionAddr)
		img, _ := report.ParseAddr(f.ImageAddr)
		fr.Address = addr
		if img != 0 && addr >= img {
			fr.Offset = addr - img
		}
		out = append(out, fr)
	}
	return out
}

func (ev *sentryEvent) message() string {
	if ev.Logentry != nil {
		if ev.Logentry.Formatted != "" {
			return ev.Logentry.Formatted
		}
		return ev.Logentry.Message
	}
	raw := bytes.TrimSpace(ev.Message)
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var m struct{ Formatted, Message string }
	_ = json.Unmarshal(raw, &m)
	if m.Formatted != "" {
		return m.Formatted
	}
	return m.Message
}

// system reads Sentry's os, device and gpu contexts.
func (ev *sentryEvent) system() *report.System {
	var osc struct {
		Name          string `json:"name"`
		Version       string `json:"version"`
		Build         string `json:"build"`
		KernelVersion string `json:"kernel_version"`
	}
	var dev struct {
		Arch           string  `json:"arch"`
		Model          string  `json:"model"`
		MemorySize     float64 `json:"memory_size"`
		FreeMemory     float64 `json:"free_memory"`
		CPUDescription string  `json:"cpu_description"`
		ProcessorCount int     `json:"processor_count"`
		NumCPU         int     `json:"num_cpu"`
		Frequency      float64 `json:"processor_frequency"`
	}
	var gpu struct {
		Name       string          `json:"name"`
		VendorName string          `json:"vendor_name"`
		VendorID   json.RawMessage `json:"vendor_id"`
		ID         json.RawMessage `json:"id"`
		Version    string          `json:"version"`
		MemorySize float64         `json:"memory_size"` // MiB
	}
	hasOS := json.Unmarshal(ev.Contexts["os"], &osc) == nil && ev.Contexts["os"] != nil
	hasDev := json.Unmarshal(ev.Contexts["device"], &dev) == nil && ev.Contexts["device"] != nil
	hasGPU := json.Unmarshal(ev.Contexts["gpu"], &gpu) == nil && ev.Contexts["gpu"] != nil
	if !hasOS && !hasDev && !hasGPU {
		return nil
	}
	s := &report.System{
		OS:     report.OSInfo{Name: osc.Name, Version: osc.Version, Build: osc.Build, KernelVersion: osc.KernelVersion, Arch: dev.Arch},
		CPU:    report.CPUInfo{Model: dev.CPUDescription, Threads: max(dev.ProcessorCount, dev.NumCPU), MHz: dev.Frequency},
		Memory: report.MemoryInfo{TotalBytes: uint64(max(dev.MemorySize, 0)), AvailableBytes: uint64(max(dev.FreeMemory, 0))},
	}
	if hasGPU {
		s.GPUs = []report.GPU{{
			Model: gpu.Name, Vendor: gpu.VendorName, VendorID: strings.Trim(string(gpu.VendorID), `"`),
			DeviceID: strings.Trim(string(gpu.ID), `"`), DriverVer: gpu.Version, VRAMBytes: uint64(max(gpu.MemorySize, 0)) << 20,
		}}
	}
	return s
}
