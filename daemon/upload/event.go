// Package upload turns reports into Sentry events and envelopes, stores
// them compressed in the spool, and uploads them under the user's consent:
// zstd bodies, retries with backoff and jitter, server rate limits, HTTPS
// only (except loopback).
package upload

import (
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/getsentry/sentry-go"

	"crashd/report"
)

// SDK identity sent in events and envelope headers.
const (
	SDKName    = "crashd"
	SDKVersion = "0.1.0"
)

// Event builds the Sentry event for r in sentry-go's model. Frames are in
// Sentry order (outermost first). The whole report travels in
// contexts["crashd"]["report"]. Parts sentry-go's model lacks (mechanism
// meta, the {"values": [...]} wrappers, logentry) are added by EventJSON.
func Event(r *report.Report) *sentry.Event {
	ev := sentry.NewEvent()
	ev.EventID = sentry.EventID(r.EventID)
	ev.Timestamp = r.CapturedAt.UTC()
	if !r.CrashedAt.IsZero() {
		ev.Timestamp = r.CrashedAt.UTC()
	}
	ev.Platform = r.Platform
	if ev.Platform == "" {
		ev.Platform = "native"
	}
	switch r.Kind {
	case report.KindCrash:
		ev.Level = sentry.LevelFatal
	case report.KindHang:
		ev.Level = sentry.LevelError
	default:
		ev.Level = sentry.LevelInfo
	}
	if r.App.Name != "" && r.App.Version != "" {
		ev.Release = r.App.Name + "@" + r.App.Version
	}
	ev.Dist = r.App.Build
	ev.Sdk = sentry.SdkInfo{Name: SDKName, Version: SDKVersion}
	for k, v := range map[string]string{"ticket": r.Ticket, "kind": string(r.Kind), "format": r.Format, "app": r.App.Name} {
		if v != "" {
			ev.Tags[k] = v
		}
	}

	images := moduleIndex(r.Modules)
	if c := r.Crash; c != nil {
		exc := sentry.Exception{Type: exceptionType(r), Value: c.Message}
		if exc.Value == "" && c.Address != 0 {
			exc.Value = "fault address " + c.Address.String()
		}
		mech := &sentry.Mechanism{Type: mechanismType(r.Format)}
		mech.SetUnhandled()
		data := map[string]any{}
		if c.Code != "" {
			data["code"] = c.Code
		}
		if c.Address != 0 {
			data["address"] = c.Address.String()
		}
		if len(data) > 0 {
			mech.Data = data
		}
		exc.Mechanism = mech
		crashed := crashedThread(c)
		for i, t := range c.Threads {
			th := sentry.Thread{ID: strconv.FormatUint(t.ID, 10), Name: t.Name, Crashed: i == crashed, Current: i == crashed}
			st := stacktrace(t.Frames, images)
			if i == crashed {
				// The exception carries the crashing stack; Sentry wants it
				// there and not duplicated on the thread.
				exc.ThreadID = t.ID
				exc.Stacktrace = st
			} else {
				th.Stacktrace = st
			}
			ev.Threads = append(ev.Threads, th)
		}
		ev.Exception = []sentry.Exception{exc}
	} else {
		ev.Message = message(r)
	}

	for _, m := range r.Modules {
		if ev.DebugMeta == nil {
			ev.DebugMeta = &sentry.DebugMeta{}
		}
		img := sentry.DebugMetaImage{
			Type:      imageType(m, r.Format),
			CodeFile:  m.Name,
			DebugID:   m.DebugID,
			CodeID:    m.CodeID,
			DebugFile: m.DebugFile,
			ImageAddr: m.Base.String(),
			ImageSize: int(m.Size),
		}
		ev.DebugMeta.Images = append(ev.DebugMeta.Images, img)
	}

	addContexts(ev, r)
	ev.Contexts["crashd"] = sentry.Context{"report": r}
	return ev
}

func message(r *report.Report) string {
	name := orStr(r.App.Name, "app")
	switch r.Kind {
	case report.KindPerformance:
		return "Performance report: " + name
	case report.KindHang:
		return "Hang: " + name
	}
	return "Crash: " + name
}

func orStr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func exceptionType(r *report.Report) string {
	c := r.Crash
	switch {
	case c.Reason != "":
		return c.Reason
	case c.Signal != "":
		return c.Signal
	case r.Kind == report.KindHang:
		return "Hang"
	}
	return "Crash"
}

func mechanismType(format string) string {
	switch {
	case format == "minidump":
		return "minidump"
	case strings.HasPrefix(format, "apple"):
		return "mach"
	case format == "elfcore":
		return "signalhandler"
	case format == "":
		return "crashd"
	}
	return format
}

func crashedThread(c *report.Crash) int {
	if c.CrashedThread >= 0 && c.CrashedThread < len(c.Threads) {
		return c.CrashedThread
	}
	for i, t := range c.Threads {
		if t.Crashed {
			return i
		}
	}
	return -1
}

type imageIndex map[string]report.Addr

func moduleIndex(mods []report.Module) imageIndex {
	idx := make(imageIndex, len(mods)*2)
	for _, m := range mods {
		idx[m.Name] = m.Base
		if b := baseName(m.Name); b != "" {
			if _, dup := idx[b]; !dup {
				idx[b] = m.Base
			}
		}
	}
	return idx
}

// baseName handles both slash styles: Windows paths reach Linux daemons.
func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// stacktrace converts innermost-first frames to Sentry's outermost-first.
func stacktrace(frames []report.Frame, images imageIndex) *sentry.Stacktrace {
	if len(frames) == 0 {
		return nil
	}
	st := &sentry.Stacktrace{Frames: make([]sentry.Frame, 0, len(frames))}
	for _, f := range slices.Backward(frames) {
		sf := sentry.Frame{
			InstructionAddr: f.Address.String(),
			Package:         f.Module,
			Function:        f.Symbol,
			Filename:        f.File,
			Lineno:          f.Line,
		}
		if base, ok := images[f.Module]; ok && f.Module != "" {
			sf.ImageAddr = base.String()
		}
		st.Frames = append(st.Frames, sf)
	}
	return st
}

func imageType(m report.Module, format string) string {
	switch m.Type {
	case "pe", "elf", "macho":
		return m.Type
	}
	name := strings.ToLower(baseName(m.Name))
	switch ext := path.Ext(name); {
	case ext == ".dll" || ext == ".exe" || ext == ".sys" || ext == ".pyd":
		return "pe"
	case ext == ".dylib" || strings.Contains(m.Name, ".framework/") || strings.HasPrefix(format, "apple"):
		return "macho"
	}
	return "elf"
}

func addContexts(ev *sentry.Event, r *report.Report) {
	if r.App.Name != "" || r.App.Version != "" {
		app := sentry.Context{"type": "app"}
		setStr(app, "app_name", r.App.Name)
		setStr(app, "app_version", r.App.Version)
		setStr(app, "app_build", r.App.Build)
		ev.Contexts["app"] = app
	}
	sys := r.System
	if sys == nil {
		return
	}
	osc := sentry.Context{"type": "os"}
	setStr(osc, "name", sys.OS.Name)
	setStr(osc, "version", sys.OS.Version)
	setStr(osc, "build", sys.OS.Build)
	setStr(osc, "kernel_version", sys.OS.KernelVersion)
	if sys.OS.Distribution != "" {
		osc["raw_description"] = sys.OS.Distribution
	}
	ev.Contexts["os"] = osc

	dev := sentry.Context{"type": "device"}
	setStr(dev, "arch", sys.OS.Arch)
	setStr(dev, "cpu_description", sys.CPU.Model)
	if sys.CPU.Threads > 0 {
		dev["processor_count"] = sys.CPU.Threads
	}
	if sys.CPU.MHz > 0 {
		dev["processor_frequency"] = sys.CPU.MHz
	}
	if sys.Memory.TotalBytes > 0 {
		dev["memory_size"] = sys.Memory.TotalBytes
		dev["free_memory"] = sys.Memory.AvailableBytes
	}
	if p := sys.Power; p != nil && p.HasBattery {
		dev["battery_level"] = p.BatteryPercent
		dev["charging"] = p.OnAC
	}
	if len(sys.Displays) > 0 && sys.Displays[0].Width > 0 {
		dev["screen_resolution"] = fmt.Sprintf("%dx%d", sys.Displays[0].Width, sys.Displays[0].Height)
	}
	setStr(dev, "locale", sys.Locale)
	ev.Contexts["device"] = dev

	if len(sys.GPUs) > 0 {
		g := sys.GPUs[0]
		gpu := sentry.Context{"type": "gpu"}
		setStr(gpu, "name", g.Model)
		setStr(gpu, "vendor_name", g.Vendor)
		setStr(gpu, "vendor_id", g.VendorID)
		if g.DeviceID != "" {
			gpu["id"] = g.DeviceID
		}
		setStr(gpu, "version", g.DriverVer)
		if g.VRAMBytes > 0 {
			gpu["memory_size"] = g.VRAMBytes / (1 << 20) // Sentry: MiB
		}
		ev.Contexts["gpu"] = gpu
	}
	culture := sentry.Context{"type": "culture"}
	setStr(culture, "locale", sys.Locale)
	culture["timezone"] = tzName(sys.TZOffsetMin)
	ev.Contexts["culture"] = culture

	hw := sentry.Context{"type": "hardware"}
	hw["cpu"] = sys.CPU
	setAny(hw, "gpus", sys.GPUs, len(sys.GPUs))
	setAny(hw, "usb", sys.USB, len(sys.USB))
	setAny(hw, "audio", sys.Audio, len(sys.Audio))
	setAny(hw, "midi", sys.MIDI, len(sys.MIDI))
	setAny(hw, "displays", sys.Displays, len(sys.Displays))
	setAny(hw, "disks", sys.Disks, len(sys.Disks))
	if sys.Power != nil {
		hw["power"] = sys.Power
	}
	setStr(hw, "virtualization", sys.Virtualization)
	ev.Contexts["hardware"] = hw
}

// tzName gives a UTC offset, never a zone name (a city narrows down where
// the user lives).
func tzName(min int) string {
	sign := "+"
	if min < 0 {
		sign, min = "-", -min
	}
	return fmt.Sprintf("UTC%s%02d:%02d", sign, min/60, min%60)
}

func setStr(c sentry.Context, k, v string) {
	if v != "" {
		c[k] = v
	}
}

func setAny(c sentry.Context, k string, v any, n int) {
	if n > 0 {
		c[k] = v
	}
}

// EventJSON is the event for r as sent: Event(r) in Sentry's wire form.
func EventJSON(r *report.Report) ([]byte, error) {
	return marshalEvent(Event(r), posixSignal(r))
}

// MarshalEvent encodes a sentry-go event in the form Sentry's event schema
// describes: exception and threads as {"values": [...]}, message as
// logentry.
func MarshalEvent(ev *sentry.Event) ([]byte, error) { return marshalEvent(ev, nil) }

type signalMeta struct {
	Number *int64 `json:"number,omitempty"`
	Code   *int64 `json:"code,omitempty"`
	Name   string `json:"name,omitempty"`
}

var signalNumbers = map[string]int64{
	"SIGHUP": 1, "SIGINT": 2, "SIGQUIT": 3, "SIGILL": 4, "SIGTRAP": 5, "SIGABRT": 6,
	"SIGFPE": 8, "SIGKILL": 9, "SIGSEGV": 11, "SIGPIPE": 13, "SIGALRM": 14, "SIGTERM": 15,
}

// posixSignal fills mechanism.meta.signal when the crash was a signal.
func posixSignal(r *report.Report) *signalMeta {
	if r.Crash == nil || r.Crash.Signal == "" {
		return nil
	}
	name := strings.ToUpper(r.Crash.Signal)
	if !strings.HasPrefix(name, "SIG") {
		name = "SIG" + name
	}
	sm := &signalMeta{Name: name}
	if n, ok := signalNumbers[name]; ok {
		sm.Number = &n
	} else if n, err := strconv.ParseInt(r.Crash.Code, 0, 64); err == nil && n > 0 && n < 128 {
		sm.Number = &n
	}
	// SIGBUS, SIGSYS ... differ between Linux and macOS: without a known
	// number, the name alone is sent.
	return sm
}

func marshalEvent(ev *sentry.Event, sig *signalMeta) ([]byte, error) {
	b, err := json.Marshal(ev)
	if err != nil {
		return nil, fmt.Errorf("upload: event: %w", err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("upload: event: %w", err)
	}
	wrap := func(k string) error {
		v, ok := m[k]
		if !ok || len(v) == 0 || v[0] != '[' {
			return nil
		}
		w, err := json.Marshal(map[string]json.RawMessage{"values": v})
		m[k] = w
		return err
	}
	if sig != nil && len(ev.Exception) > 0 && ev.Exception[0].Mechanism != nil {
		// sentry-go's Mechanism has no meta; splice it into the first
		// exception.
		var excs []map[string]json.RawMessage
		if err := json.Unmarshal(m["exception"], &excs); err != nil {
			return nil, fmt.Errorf("upload: event: %w", err)
		}
		var mech map[string]json.RawMessage
		if err := json.Unmarshal(excs[0]["mechanism"], &mech); err != nil {
			return nil, fmt.Errorf("upload: event: %w", err)
		}
		mb, err := json.Marshal(map[string]any{"signal": sig})
		if err != nil {
			return nil, fmt.Errorf("upload: event: %w", err)
		}
		mech["meta"] = mb
		if excs[0]["mechanism"], err = json.Marshal(mech); err != nil {
			return nil, fmt.Errorf("upload: event: %w", err)
		}
		if m["exception"], err = json.Marshal(excs); err != nil {
			return nil, fmt.Errorf("upload: event: %w", err)
		}
	}
	if err := wrap("exception"); err != nil {
		return nil, fmt.Errorf("upload: event: %w", err)
	}
	if err := wrap("threads"); err != nil {
		return nil, fmt.Errorf("upload: event: %w", err)
	}
	if msg, ok := m["message"]; ok {
		delete(m, "message")
		le, err := json.Marshal(map[string]json.RawMessage{"formatted": msg})
		if err != nil {
			return nil, fmt.Errorf("upload: event: %w", err)
		}
		m["logentry"] = le
	}
	if u, ok := m["user"]; ok && string(u) == "{}" {
		delete(m, "user")
	}
	out, err := json.Marshal(m)
	if err != nil {
		return nil, fmt.Errorf("upload: event: %w", err)
	}
	return out, nil
}
