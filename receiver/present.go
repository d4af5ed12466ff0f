package receiver

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"crashd/report"
)

// Presentation shared by the CLI's fetch output and the support page.

func decodeReport(b []byte) (*report.Report, error) {
	r := &report.Report{}
	if err := json.Unmarshal(b, r); err != nil {
		return nil, err
	}
	return r, nil
}

func humanBytes(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit && exp < 5; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

// crashLine is the one-line crash reason.
func crashLine(r *report.Report) string {
	c := r.Crash
	if c == nil {
		return ""
	}
	var parts []string
	if c.Reason != "" {
		parts = append(parts, c.Reason)
	}
	if c.Signal != "" && c.Signal != c.Reason {
		parts = append(parts, c.Signal)
	}
	if c.Code != "" {
		parts = append(parts, "code "+c.Code)
	}
	if c.Address != 0 {
		parts = append(parts, "at "+c.Address.String())
	}
	s := strings.Join(parts, ", ")
	if c.Message != "" {
		if s != "" {
			s += ": "
		}
		s += c.Message
	}
	return s
}

func frameLine(f report.Frame) string {
	var b strings.Builder
	if f.Module != "" {
		b.WriteString(baseName(f.Module))
		if f.Offset != 0 {
			b.WriteString("+" + f.Offset.String())
		}
	} else if f.Address != 0 {
		b.WriteString(f.Address.String())
	}
	if f.Symbol != "" {
		if b.Len() > 0 {
			b.WriteString("  ")
		}
		b.WriteString(f.Symbol)
	}
	if f.File != "" {
		fmt.Fprintf(&b, "  (%s", f.File)
		if f.Line > 0 {
			fmt.Fprintf(&b, ":%d", f.Line)
		}
		b.WriteString(")")
	}
	return b.String()
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 && i < len(p)-1 {
		return p[i+1:]
	}
	return p
}

type kv struct{ K, V string }

// hardwareRows flattens the system snapshot for a table.
func hardwareRows(s *report.System) []kv {
	if s == nil {
		return nil
	}
	var rows []kv
	add := func(k, v string) {
		if strings.TrimSpace(v) != "" {
			rows = append(rows, kv{k, v})
		}
	}
	osName := strings.TrimSpace(strings.Join([]string{s.OS.Name, s.OS.Version}, " "))
	if s.OS.Distribution != "" {
		osName += " (" + s.OS.Distribution + ")"
	}
	if s.OS.Build != "" {
		osName += " build " + s.OS.Build
	}
	add("OS", osName)
	add("Kernel", s.OS.KernelVersion)
	add("Architecture", s.OS.Arch)
	cpu := s.CPU.Model
	if s.CPU.Cores > 0 || s.CPU.Threads > 0 {
		cpu += fmt.Sprintf(" (%d cores, %d threads)", s.CPU.Cores, s.CPU.Threads)
	}
	if s.CPU.MHz > 0 {
		cpu += fmt.Sprintf(" @ %.0f MHz", s.CPU.MHz)
	}
	add("CPU", strings.TrimSpace(cpu))
	if len(s.CPU.Features) > 0 {
		add("CPU features", strings.Join(s.CPU.Features, " "))
	}
	if s.Memory.TotalBytes > 0 {
		add("Memory", fmt.Sprintf("%s total, %s available", humanBytes(s.Memory.TotalBytes), humanBytes(s.Memory.AvailableBytes)))
	}
	for i, g := range s.GPUs {
		v := strings.TrimSpace(g.Vendor + " " + g.Model)
		if g.VRAMBytes > 0 {
			v += ", " + humanBytes(g.VRAMBytes)
		}
		if g.Driver != "" || g.DriverVer != "" {
			v += ", driver " + strings.TrimSpace(g.Driver+" "+g.DriverVer)
		}
		add(fmt.Sprintf("GPU %d", i+1), v)
	}
	for i, d := range s.Displays {
		add(fmt.Sprintf("Display %d", i+1), strings.TrimSpace(fmt.Sprintf("%dx%d @ %.0f Hz %s", d.Width, d.Height, d.RefreshHz, d.Name)))
	}
	for _, d := range s.Disks {
		v := strings.TrimSpace(d.Type + " " + d.Model)
		if d.SizeBytes > 0 {
			v = strings.TrimLeft(v+fmt.Sprintf(", %s free of %s", humanBytes(d.FreeBytes), humanBytes(d.SizeBytes)), ", ")
		}
		add(strings.TrimSpace("Disk "+d.Mount), v)
	}
	for _, a := range s.Audio {
		v := a.Name
		if a.Driver != "" {
			v += " [" + a.Driver + "]"
		}
		if a.Inputs > 0 || a.Outputs > 0 {
			v += fmt.Sprintf(", %d in / %d out", a.Inputs, a.Outputs)
		}
		if len(a.SampleRates) > 0 {
			rates := make([]string, len(a.SampleRates))
			for i, r := range a.SampleRates {
				rates[i] = fmt.Sprint(r)
			}
			v += ", " + strings.Join(rates, "/") + " Hz"
		}
		add("Audio", v)
	}
	for _, u := range s.USB {
		v := fmt.Sprintf("%s:%s %s %s", u.VendorID, u.ProductID, u.Vendor, u.Product)
		if u.Class != "" {
			v += " (" + u.Class + ")"
		}
		add("USB", strings.TrimSpace(v))
	}
	for _, m := range s.MIDI {
		add("MIDI", strings.TrimSpace(m.Name+" "+m.Port))
	}
	if s.Power != nil {
		v := "battery"
		if s.Power.OnAC {
			v = "AC"
		}
		if s.Power.HasBattery {
			v += fmt.Sprintf(", battery %.0f%%", s.Power.BatteryPercent)
		}
		add("Power", v)
	}
	add("Locale", s.Locale)
	if s.TZOffsetMin != 0 {
		add("UTC offset", fmt.Sprintf("%+03d:%02d", s.TZOffsetMin/60, abs(s.TZOffsetMin%60)))
	}
	if s.UptimeSec > 0 {
		add("Uptime", (time.Duration(s.UptimeSec) * time.Second).String())
	}
	add("Virtualization", s.Virtualization)
	return rows
}

func abs(i int) int {
	if i < 0 {
		return -i
	}
	return i
}

// stat is min/mean/max of one series.
type stat struct {
	N              int
	Min, Mean, Max float64
}

func statOf(xs []float64) stat {
	if len(xs) == 0 {
		return stat{}
	}
	s := stat{N: len(xs), Min: math.Inf(1), Max: math.Inf(-1)}
	sum := 0.0
	for _, x := range xs {
		s.Min, s.Max = math.Min(s.Min, x), math.Max(s.Max, x)
		sum += x
	}
	s.Mean = sum / float64(len(xs))
	return s
}

// memPercent is memory in use as a percentage, from the sample or, when it
// lacks available memory, from the snapshot's total.
func memPercent(p report.PerfSample, total uint64) (float64, bool) {
	den := p.MemUsed + p.MemAvailable
	if p.MemAvailable == 0 && total > 0 {
		den = total
	}
	if den == 0 {
		return 0, false
	}
	return math.Min(100, 100*float64(p.MemUsed)/float64(den)), true
}

// crashTime is the moment the chart marks.
func crashTime(r *report.Report) time.Time {
	if !r.CrashedAt.IsZero() {
		return r.CrashedAt
	}
	return r.CapturedAt
}

// perfText summarises performance around the crash as lines of text.
func perfText(r *report.Report) []string {
	var out []string
	if r.Perf != nil && len(r.Perf.Samples) > 0 {
		var total uint64
		if r.System != nil {
			total = r.System.Memory.TotalBytes
		}
		var cpu, mem, memBytes, proc []float64
		for _, p := range r.Perf.Samples {
			cpu = append(cpu, p.CPUBusy)
			if m, ok := memPercent(p, total); ok {
				mem = append(mem, m)
			}
			memBytes = append(memBytes, float64(p.MemUsed))
			if p.ProcCPU > 0 {
				proc = append(proc, p.ProcCPU)
			}
		}
		from, to := r.Perf.From, r.Perf.To
		if from.IsZero() {
			from, to = r.Perf.Samples[0].T, r.Perf.Samples[len(r.Perf.Samples)-1].T
		}
		ct := crashTime(r)
		window := fmt.Sprintf("%d samples, %s .. %s", len(r.Perf.Samples), from.UTC().Format(time.RFC3339), to.UTC().Format(time.RFC3339))
		if !ct.IsZero() {
			window += fmt.Sprintf(" (crash at %s)", ct.UTC().Format(time.RFC3339))
		}
		out = append(out, window)
		c := statOf(cpu)
		out = append(out, fmt.Sprintf("CPU busy      min %5.1f%%  mean %5.1f%%  max %5.1f%%", c.Min, c.Mean, c.Max))
		if len(mem) > 0 {
			m := statOf(mem)
			mb := statOf(memBytes)
			out = append(out, fmt.Sprintf("Memory used   min %5.1f%%  mean %5.1f%%  max %5.1f%%  (max %s)", m.Min, m.Mean, m.Max, humanBytes(uint64(mb.Max))))
		}
		if len(proc) > 0 {
			p := statOf(proc)
			out = append(out, fmt.Sprintf("App CPU       min %5.1f%%  mean %5.1f%%  max %5.1f%%", p.Min, p.Mean, p.Max))
		}
	}
	for _, ps := range []*report.PerfSummary{r.PerfSummary, perfApp(r)} {
		if ps == nil {
			continue
		}
		names := make([]string, 0, len(ps.Metrics))
		for n := range ps.Metrics {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			m := ps.Metrics[n]
			out = append(out, fmt.Sprintf("%-13s n=%d p50 %.4g  p95 %.4g  max %.4g %s", n, m.Count, m.P50, m.P95, m.Max, m.Unit))
		}
		evs := make([]string, 0, len(ps.Events))
		for n, e := range ps.Events {
			evs = append(evs, fmt.Sprintf("%s x%d", n, e.Count))
		}
		sort.Strings(evs)
		if len(evs) > 0 {
			out = append(out, "events: "+strings.Join(evs, ", "))
		}
	}
	return out
}

func perfApp(r *report.Report) *report.PerfSummary {
	if r.Perf == nil {
		return nil
	}
	return r.Perf.App
}

func redactionLine(m map[string]int) string {
	if len(m) == 0 {
		return "nothing removed"
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", k, m[k])
	}
	return strings.Join(parts, ", ")
}
