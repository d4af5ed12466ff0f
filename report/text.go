package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// WriteText writes the human summary support reads first: what crashed and
// where, the machine, what was removed, and performance around the crash.
func (r *Report) WriteText(w io.Writer) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	p("Ticket:     %s\n", r.Ticket)
	p("Event:      %s\n", r.EventID)
	p("Kind:       %s (%s)\n", r.Kind, r.Format)
	app := strings.TrimSpace(strings.Join([]string{r.App.Name, r.App.Version}, " "))
	if r.App.Build != "" {
		app += " (build " + r.App.Build + ")"
	}
	if app != "" {
		p("App:        %s\n", app)
	}
	if !r.CrashedAt.IsZero() {
		p("Time:       %s\n", r.CrashedAt.UTC().Format("2006-01-02 15:04:05Z"))
	}
	if c := r.Crash; c != nil {
		reason := c.Reason
		if c.Code != "" && c.Code != reason {
			reason += " (" + c.Code + ")"
		}
		p("Crash:      %s", reason)
		if c.Address != 0 {
			p(" at %s", c.Address)
		}
		p("\n")
		if c.Message != "" {
			p("Message:    %s\n", firstLine(c.Message, 200))
		}
		frames := r.CrashedFrames()
		if len(frames) > 0 {
			name := ""
			if i := c.CrashedThread; i >= 0 && i < len(c.Threads) {
				name = c.Threads[i].Name
				if name == "" {
					name = fmt.Sprintf("thread %d", c.Threads[i].ID)
				}
			}
			p("Crashed thread %s, top frames:\n", name)
			for i, f := range frames {
				if i == 10 {
					p("  ... %d more\n", len(frames)-10)
					break
				}
				p("  #%-2d %s\n", i, f.Describe())
			}
		}
	}
	if len(r.Modules) > 0 {
		p("Modules:    %d loaded\n", len(r.Modules))
	}
	if s := r.System; s != nil {
		s.WriteText(w)
	}
	if pw := r.Perf; pw != nil && len(pw.Samples) > 0 {
		pw.WriteText(w)
	}
	if ps := r.PerfSummary; ps != nil {
		ps.WriteText(w)
	}
	if len(r.Redaction) > 0 {
		keys := make([]string, 0, len(r.Redaction))
		for k := range r.Redaction {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = fmt.Sprintf("%s=%d", k, r.Redaction[k])
		}
		p("Redacted:   %s\n", strings.Join(parts, " "))
	} else {
		p("Redacted:   nothing identifying found\n")
	}
	for _, a := range r.Attachments {
		p("Attachment: %s (%s, %d bytes)\n", a.Name, a.Type, a.Size)
	}
	if r.UserComment != "" {
		p("Comment:    %s\n", firstLine(r.UserComment, 500))
	}
}

// Describe renders a frame as "module+0xoff symbol (file:line)".
func (f Frame) Describe() string {
	var b strings.Builder
	if f.Module != "" {
		b.WriteString(baseName(f.Module))
		b.WriteString("+")
		b.WriteString(f.Offset.String())
	} else {
		b.WriteString(f.Address.String())
	}
	if f.Symbol != "" {
		b.WriteString(" ")
		b.WriteString(f.Symbol)
	}
	if f.File != "" {
		fmt.Fprintf(&b, " (%s:%d)", baseName(f.File), f.Line)
	}
	return b.String()
}

// WriteText writes the hardware/system lines.
func (s *System) WriteText(w io.Writer) {
	p := func(format string, a ...any) { fmt.Fprintf(w, format, a...) }
	os := strings.TrimSpace(s.OS.Name + " " + s.OS.Version)
	if s.OS.Distribution != "" {
		os = s.OS.Distribution
	}
	if s.OS.Build != "" {
		os += " build " + s.OS.Build
	}
	p("OS:         %s (%s", os, s.OS.Arch)
	if s.OS.KernelVersion != "" {
		p(", kernel %s", s.OS.KernelVersion)
	}
	p(")\n")
	if s.CPU.Model != "" {
		p("CPU:        %s, %d cores / %d threads\n", s.CPU.Model, s.CPU.Cores, s.CPU.Threads)
	}
	if s.Memory.TotalBytes > 0 {
		p("Memory:     %s total, %s available\n", Bytes(s.Memory.TotalBytes), Bytes(s.Memory.AvailableBytes))
	}
	for _, g := range s.GPUs {
		p("GPU:        %s %s", g.Vendor, g.Model)
		if g.DriverVer != "" || g.Driver != "" {
			p(" (driver %s)", strings.TrimSpace(g.Driver+" "+g.DriverVer))
		}
		p("\n")
	}
	for _, d := range s.Displays {
		p("Display:    %dx%d @ %.0f Hz\n", d.Width, d.Height, d.RefreshHz)
	}
	for _, a := range s.Audio {
		p("Audio:      %s", a.Name)
		if a.Driver != "" {
			p(" [%s]", a.Driver)
		}
		p("\n")
	}
	for _, u := range s.USB {
		p("USB:        %s:%s %s %s", u.VendorID, u.ProductID, u.Vendor, u.Product)
		if u.Class != "" {
			p(" (%s)", u.Class)
		}
		p("\n")
	}
	for _, m := range s.MIDI {
		p("MIDI:       %s\n", m.Name)
	}
	if s.Virtualization != "" {
		p("Virtual:    %s\n", s.Virtualization)
	}
}

// WriteText summarises system performance in the window.
func (pw *PerfWindow) WriteText(w io.Writer) {
	var cmin, cmax, csum float64
	var mmin, mmax uint64
	for i, s := range pw.Samples {
		if i == 0 || s.CPUBusy < cmin {
			cmin = s.CPUBusy
		}
		if s.CPUBusy > cmax {
			cmax = s.CPUBusy
		}
		csum += s.CPUBusy
		if i == 0 || s.MemUsed < mmin {
			mmin = s.MemUsed
		}
		if s.MemUsed > mmax {
			mmax = s.MemUsed
		}
	}
	n := float64(len(pw.Samples))
	fmt.Fprintf(w, "Perf:       %d samples %s..%s: CPU min/mean/max %.0f/%.0f/%.0f%%, memory used %s..%s\n",
		len(pw.Samples), pw.From.UTC().Format("15:04:05"), pw.To.UTC().Format("15:04:05"), cmin, csum/n, cmax, Bytes(mmin), Bytes(mmax))
}

// WriteText summarises an app performance log.
func (ps *PerfSummary) WriteText(w io.Writer) {
	fmt.Fprintf(w, "App perf:   %d lines (%d invalid)\n", ps.Lines, ps.BadLines)
	keys := make([]string, 0, len(ps.Metrics))
	for k := range ps.Metrics {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		m := ps.Metrics[k]
		fmt.Fprintf(w, "  %-28s n=%d p50=%g p95=%g p99=%g max=%g %s\n", k, m.Count, m.P50, m.P95, m.P99, m.Max, m.Unit)
	}
	keys = keys[:0]
	for k := range ps.Events {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ev := ps.Events[k]
		fmt.Fprintf(w, "  event %-22s x%d (%s..%s)\n", k, ev.Count, ev.First.UTC().Format("15:04:05"), ev.Last.UTC().Format("15:04:05"))
	}
}

// Bytes formats a byte count for people.
func Bytes(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

func firstLine(s string, max int) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i] + " …"
	}
	if len(s) > max {
		s = s[:max] + "…"
	}
	return s
}
