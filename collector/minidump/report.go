package minidump

import (
	"fmt"
	"strings"

	"crashd/report"
)

const (
	maxReportThreads = 1024
	maxAnnotationLen = 16 << 10
)

// ModuleType is the module format for the dump's OS: pe, macho or elf.
func (f *File) ModuleType(m *Module) string {
	if m.CodeView.Signature == "BpEL" {
		return "elf"
	}
	switch f.SystemInfo.OS() {
	case "windows":
		return "pe"
	case "macos", "ios":
		return "macho"
	case "":
		if m.CodeView.Signature == "RSDS" || m.CodeView.Signature == "NB10" {
			return "pe"
		}
		return ""
	}
	return "elf"
}

// baseName returns the last element of a Windows or Unix path.
func baseName(p string) string {
	if i := strings.LastIndexAny(p, `/\`); i >= 0 {
		return p[i+1:]
	}
	return p
}

// Annotations merges Crashpad's process-wide and per-module simple
// annotations and string-typed annotation objects; the first value of a key
// wins.
func (f *File) Annotations() map[string]string {
	if f.Crashpad == nil {
		return nil
	}
	out := map[string]string{}
	add := func(k, v string) {
		if _, dup := out[k]; k == "" || dup {
			return
		}
		if len(v) > maxAnnotationLen {
			v = v[:maxAnnotationLen]
		}
		out[k] = v
	}
	for _, kv := range f.Crashpad.SimpleAnnotations {
		add(kv.Key, kv.Value)
	}
	for _, m := range f.Crashpad.Modules {
		for _, kv := range m.SimpleAnnotations {
			add(kv.Key, kv.Value)
		}
		for _, o := range m.Objects {
			if o.Type == AnnotationString {
				add(o.Name, strings.TrimRight(string(o.Value), "\x00"))
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// Report returns the crash facts as the shared report model: exception,
// threads with registers and unwound frames, modules and annotations.
// Identifiers are not removed here; that is the redactor's job.
func (f *File) Report() *report.Report {
	r := &report.Report{Kind: report.KindCrash, Format: "minidump", Platform: "native", CrashedAt: f.Time()}
	osName := f.SystemInfo.OS()
	for i := range f.Modules {
		r.Modules = append(r.Modules, f.reportModule(&f.Modules[i]))
	}
	for i := range f.UnloadedModules {
		r.Modules = append(r.Modules, f.reportModule(&f.UnloadedModules[i]))
	}
	r.Annotations = f.Annotations()
	if f.MiscInfo != nil && f.MiscInfo.Flags&1 != 0 {
		r.App.PID = int64(f.MiscInfo.ProcessID)
	}
	if len(f.Modules) > 0 {
		r.App.Name = baseName(f.Modules[0].Name)
		r.App.Version = f.Modules[0].Version
	}
	if v := r.Annotations["prod"]; v != "" {
		r.App.Name = v
	}
	if v := r.Annotations["ver"]; v != "" {
		r.App.Version = v
	}

	c := &report.Crash{CrashedThread: -1}
	r.Crash = c
	if e := f.Exception; e != nil {
		facts := describeException(e, osName)
		c.Reason, c.Code, c.Signal, c.Address, c.Message = facts.reason, facts.code, facts.signal, report.Addr(facts.address), facts.message
	}
	if a := f.Assertion; a != nil {
		c.Message = a.Message()
	} else if name, reason := r.Annotations["exceptionName"], r.Annotations["exceptionReason"]; name != "" || reason != "" {
		c.Message = strings.TrimPrefix(name+": "+reason, ": ")
	}
	mods := newModuleIndex(f.Modules)
	for i := range f.Threads {
		if i >= maxReportThreads {
			break
		}
		t := &f.Threads[i]
		rt := report.Thread{ID: uint64(t.ID), Name: t.Name}
		ctxLoc := t.Context
		if f.Exception != nil && f.Exception.ThreadID == t.ID {
			rt.Crashed = true
			c.CrashedThread = len(c.Threads)
			// The thread list holds the handler's context for the crashed
			// thread; the exception stream holds the one at the crash.
			if f.Exception.Context.Size > 0 {
				ctxLoc = f.Exception.Context
			}
		}
		if ctx, err := f.ReadContext(ctxLoc); err == nil {
			rt.Registers = registerMap(ctx)
			for _, a := range f.unwind(ctx, f.stackFor(t, ctx.SP), mods) {
				rt.Frames = append(rt.Frames, f.frame(a, mods))
			}
		}
		c.Threads = append(c.Threads, rt)
	}
	return r
}

func (f *File) reportModule(m *Module) report.Module {
	typ := f.ModuleType(m)
	return report.Module{
		Name: m.Name, Base: report.Addr(m.Base), Size: m.Size,
		DebugID: m.DebugID(), CodeID: m.CodeID(typ), DebugFile: m.CodeView.PDBName,
		Version: m.Version, Type: typ, Unloaded: m.Unloaded,
	}
}

func (f *File) frame(addr uint64, mods *moduleIndex) report.Frame {
	fr := report.Frame{Address: report.Addr(addr)}
	if i, ok := mods.find(addr); ok {
		m := &f.Modules[i]
		fr.Module = baseName(m.Name)
		fr.Offset = report.Addr(addr - m.Base)
	}
	return fr
}

func registerMap(c *Context) map[string]string {
	out := make(map[string]string, len(c.Regs))
	for _, r := range c.Regs {
		if c.PtrSize == 4 {
			out[r.Name] = fmt.Sprintf("0x%08x", r.Value)
		} else {
			out[r.Name] = fmt.Sprintf("0x%016x", r.Value)
		}
	}
	return out
}

// Message renders the assertion the way a developer reads it.
func (a *AssertionInfo) Message() string {
	var what string
	switch a.Type {
	case 1:
		what = "invalid parameter"
	case 2:
		what = "pure virtual function call"
	default:
		what = "assertion failed"
	}
	parts := []string{what}
	if a.Expression != "" {
		parts = append(parts, a.Expression)
	}
	loc := a.Function
	if a.File != "" {
		if loc != "" {
			loc += " "
		}
		loc += fmt.Sprintf("at %s:%d", a.File, a.Line)
	}
	if loc != "" {
		parts = append(parts, "in "+loc)
	}
	return strings.Join(parts, ": ")
}
