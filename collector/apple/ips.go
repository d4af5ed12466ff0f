package apple

import (
	"encoding/json"
	"fmt"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"crashd/report"
)

// ipsBody is the part of the .ips body crashd uses; encoding/json skips
// the rest.
type ipsBody struct {
	ProcName    string `json:"procName"`
	ProcPath    string `json:"procPath"`
	PID         int64  `json:"pid"`
	CPUType     string `json:"cpuType"`
	ModelCode   string `json:"modelCode"`
	CaptureTime string `json:"captureTime"`
	Translated  bool   `json:"translated"`
	BundleInfo  struct {
		ShortVersion string `json:"CFBundleShortVersionString"`
		Version      string `json:"CFBundleVersion"`
		Identifier   string `json:"CFBundleIdentifier"`
	} `json:"bundleInfo"`
	OSVersion struct {
		Train       string `json:"train"`
		Build       string `json:"build"`
		ReleaseType string `json:"releaseType"`
	} `json:"osVersion"`
	Exception *struct {
		Codes    string        `json:"codes"`
		RawCodes []json.Number `json:"rawCodes"`
		Type     string        `json:"type"`
		Signal   string        `json:"signal"`
		Subtype  string        `json:"subtype"`
		Message  string        `json:"message"`
	} `json:"exception"`
	Termination *struct {
		Code      json.Number `json:"code"`
		Namespace string      `json:"namespace"`
		Indicator string      `json:"indicator"`
		ByProc    string      `json:"byProc"`
		Reasons   []string    `json:"reasons"`
	} `json:"termination"`
	ASI                    map[string][]string `json:"asi"`
	FaultingThread         *int                `json:"faultingThread"`
	Threads                []ipsThread         `json:"threads"`
	UsedImages             []ipsImage          `json:"usedImages"`
	LastExceptionBacktrace []ipsFrame          `json:"lastExceptionBacktrace"`
	VMRegionInfo           string              `json:"vmRegionInfo"`
}

type ipsThread struct {
	Triggered   bool                       `json:"triggered"`
	ID          uint64                     `json:"id"`
	Name        string                     `json:"name"`
	Queue       string                     `json:"queue"`
	Frames      []ipsFrame                 `json:"frames"`
	ThreadState map[string]json.RawMessage `json:"threadState"`
}

type ipsFrame struct {
	ImageOffset    uint64 `json:"imageOffset"`
	ImageIndex     *int   `json:"imageIndex"`
	Symbol         string `json:"symbol"`
	SymbolLocation uint64 `json:"symbolLocation"`
	SourceFile     string `json:"sourceFile"`
	SourceLine     int    `json:"sourceLine"`
}

type ipsImage struct {
	Source       string `json:"source"`
	Arch         string `json:"arch"`
	Base         uint64 `json:"base"`
	Size         uint64 `json:"size"`
	UUID         string `json:"uuid"`
	Path         string `json:"path"`
	Name         string `json:"name"`
	ShortVersion string `json:"CFBundleShortVersionString"`
	Version      string `json:"CFBundleVersion"`
}

var reAtAddr = regexp.MustCompile(`at (0x[0-9a-fA-F]+)`)

func ipsReport(h *ipsHeader, b *ipsBody) *report.Report {
	r := &report.Report{
		Kind:        report.KindCrash,
		Format:      "apple-ips",
		Platform:    "cocoa",
		App:         report.App{Name: h.AppName, Version: h.AppVersion, Build: h.BuildVersion},
		Annotations: map[string]string{},
	}
	if r.App.Name == "" {
		r.App.Name = h.Name
	}
	if isHangBugType(h.BugType) {
		r.Kind = report.KindHang
	}
	setAnn(r, "bug_type", h.BugType)
	setAnn(r, "os_version", h.OSVersion)
	if t, ok := parseAppleTime(h.Timestamp); ok {
		r.CrashedAt = t
	}
	if b == nil {
		return r
	}
	if b.ProcName != "" {
		r.App.Name = b.ProcName
	} else if r.App.Name == "" && b.ProcPath != "" {
		r.App.Name = path.Base(b.ProcPath)
	}
	if b.BundleInfo.ShortVersion != "" {
		r.App.Version = b.BundleInfo.ShortVersion
	}
	if b.BundleInfo.Version != "" {
		r.App.Build = b.BundleInfo.Version
	}
	r.App.PID = b.PID
	setAnn(r, "bundle_id", b.BundleInfo.Identifier)
	setAnn(r, "cpu_type", b.CPUType)
	setAnn(r, "model", b.ModelCode)
	if b.Translated {
		setAnn(r, "translated", "true")
	}
	if b.OSVersion.Train != "" {
		v := b.OSVersion.Train
		if b.OSVersion.Build != "" {
			v += " (" + b.OSVersion.Build + ")"
		}
		setAnn(r, "os_version", v)
	}
	if t, ok := parseAppleTime(b.CaptureTime); ok {
		r.CrashedAt = t
	}

	imgs := make(imageSet, 0, min(len(b.UsedImages), maxImages))
	for i, u := range b.UsedImages {
		if i >= maxImages {
			break
		}
		im := image{base: u.Base, name: u.Name, path: u.Path, uuid: u.UUID, version: u.ShortVersion, arch: u.Arch}
		if u.Size > 0 {
			im.end = u.Base + u.Size
		}
		if im.version != "" && u.Version != "" && u.Version != u.ShortVersion {
			im.version += " (" + u.Version + ")"
		}
		imgs = append(imgs, im)
		if u.Base != 0 || u.UUID != "" {
			r.Modules = append(r.Modules, im.module())
		}
	}

	c := &report.Crash{CrashedThread: -1}
	if e := b.Exception; e != nil {
		c.Reason = e.Type
		c.Signal = e.Signal
		c.Code = e.Codes
		if m := reAtAddr.FindStringSubmatch(e.Subtype); m != nil {
			a, _ := report.ParseAddr(m[1])
			c.Address = report.Addr(a)
		} else if e.Type == "EXC_BAD_ACCESS" && len(e.RawCodes) > 1 {
			if v, err := strconv.ParseUint(e.RawCodes[1].String(), 10, 64); err == nil {
				c.Address = report.Addr(v)
			}
		}
		setAnn(r, "exception_subtype", e.Subtype)
		setAnn(r, "exception_message", e.Message)
	}
	asi := flattenASI(b.ASI)
	setAnn(r, "application_specific_information", asi)
	if t := b.Termination; t != nil {
		term := strings.TrimSpace(fmt.Sprintf("Namespace %s, Code %s", t.Namespace, t.Code.String()))
		if t.Indicator != "" {
			term += ", " + t.Indicator
		}
		if len(t.Reasons) > 0 {
			term += ": " + strings.Join(t.Reasons, "; ")
		}
		setAnn(r, "termination", term)
		c.Message = term
	}
	if m := uncaughtMessage(asi); m != "" {
		c.Message = m
	}
	sorted := imgs.sorted()
	for i, t := range b.Threads {
		if i >= maxThreads {
			break
		}
		th := report.Thread{ID: t.ID, Name: t.Name, Crashed: t.Triggered}
		if th.Name == "" && t.Queue != "" {
			th.Name = "Dispatch queue: " + t.Queue
		}
		for j, fr := range t.Frames {
			if j >= maxFrames {
				break
			}
			th.Frames = append(th.Frames, ipsFrameToReport(fr, imgs, sorted))
		}
		th.Registers = ipsRegisters(t.ThreadState)
		if t.Triggered && c.CrashedThread < 0 {
			c.CrashedThread = i
		}
		c.Threads = append(c.Threads, th)
	}
	if c.CrashedThread < 0 && b.FaultingThread != nil && *b.FaultingThread >= 0 && *b.FaultingThread < len(c.Threads) {
		c.CrashedThread = *b.FaultingThread
		c.Threads[c.CrashedThread].Crashed = true
	}
	if len(b.LastExceptionBacktrace) > 0 {
		th := report.Thread{Name: "Last Exception Backtrace"}
		for j, fr := range b.LastExceptionBacktrace {
			if j >= maxFrames {
				break
			}
			th.Frames = append(th.Frames, ipsFrameToReport(fr, imgs, sorted))
		}
		c.Threads = append(c.Threads, th)
	}
	if c.Reason != "" || len(c.Threads) > 0 {
		r.Crash = c
	}
	if len(r.Annotations) == 0 {
		r.Annotations = nil
	}
	return r
}

func ipsFrameToReport(fr ipsFrame, imgs, sorted imageSet) report.Frame {
	out := report.Frame{Symbol: fr.Symbol, File: fr.SourceFile, Line: fr.SourceLine}
	if fr.ImageIndex != nil && *fr.ImageIndex >= 0 && *fr.ImageIndex < len(imgs) {
		im := &imgs[*fr.ImageIndex]
		out.Address = report.Addr(im.base + fr.ImageOffset)
		out.Offset = report.Addr(fr.ImageOffset)
		out.Module = im.shortName()
	} else {
		out.Address = report.Addr(fr.ImageOffset)
		if im := sorted.find(fr.ImageOffset); im != nil {
			out.Module = im.shortName()
			out.Offset = report.Addr(fr.ImageOffset - im.base)
		}
	}
	return out
}

// ipsRegisters renders a threadState ({"pc":{"value":N}, "x":[{"value":N}...]}).
func ipsRegisters(ts map[string]json.RawMessage) map[string]string {
	if len(ts) == 0 {
		return nil
	}
	type val struct {
		Value *uint64 `json:"value"`
	}
	out := map[string]string{}
	for k, raw := range ts {
		if len(raw) == 0 {
			continue
		}
		switch raw[0] {
		case '{':
			var v val
			if json.Unmarshal(raw, &v) == nil && v.Value != nil {
				out[k] = fmt.Sprintf("0x%016x", *v.Value)
			}
		case '[':
			var vs []val
			if json.Unmarshal(raw, &vs) == nil {
				for i, v := range vs {
					if v.Value != nil && i < 64 {
						out[k+strconv.Itoa(i)] = fmt.Sprintf("0x%016x", *v.Value)
					}
				}
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

func flattenASI(asi map[string][]string) string {
	if len(asi) == 0 {
		return ""
	}
	keys := make([]string, 0, len(asi))
	for k := range asi {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		for _, l := range asi[k] {
			if sb.Len() > maxASIBytes {
				break
			}
			if sb.Len() > 0 {
				sb.WriteByte('\n')
			}
			sb.WriteString(k + ": " + l)
		}
	}
	return sb.String()
}

// uncaughtMessage picks the uncaught-exception line out of Application
// Specific Information, the most useful one-line summary of such crashes.
func uncaughtMessage(asi string) string {
	for _, l := range strings.Split(asi, "\n") {
		if i := strings.Index(l, "*** Terminating app due to uncaught exception"); i >= 0 {
			return strings.TrimSpace(l[i:])
		}
	}
	return ""
}

func setAnn(r *report.Report, k, v string) {
	v = strings.TrimSpace(v)
	if v == "" {
		return
	}
	if r.Annotations == nil {
		r.Annotations = map[string]string{}
	}
	r.Annotations[k] = v
}

var appleTimeLayouts = []string{
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05 -0700",
}

func parseAppleTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range appleTimeLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.UTC(), true
		}
	}
	return time.Time{}, false
}
