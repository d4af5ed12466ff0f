package redact

import (
	"strconv"

	"crashd/report"
)

// ScrubReport scrubs every free-text field of r in place: crash reason and
// message, thread names, frames (module, symbol, file), module names and
// debug files, annotations (their keys decide the class of their values),
// app, user comment, attachment names, system snapshot strings and perf
// metric/event names. Identifiers, addresses, debug/code ids, versions and
// registers are kept. It learns from all fields first so that a name seen
// in one field is removed from all of them, then sets r.Redaction to the
// session's summary (call it again, or set r.Redaction = s.Summary(), after
// scrubbing attachments with the same session).
func (s *Session) ScrubReport(r *report.Report) {
	if r == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	// pass 1 learns, pass 2 replaces
	s.learnReport(r)
	sc := s.stringScanner()
	visitReport(r, func(p *string) {
		if *p != "" {
			*p = s.scrubStringLocked(*p)
		}
	}, func(k string, v *string) {
		*v = s.annotationValue(sc, k, *v)
	})
	scrubMapKeys(s, r)
	r.Redaction = make(map[string]int, len(s.summary))
	for k, v := range s.summary {
		r.Redaction[k] = v
	}
}

// LearnReport learns from every free-text field of r that ScrubReport
// scrubs, annotation keys and perf names included, and changes nothing:
// what a parser surfaced (a module path, an annotation, a device's name)
// is then known before an attachment is scrubbed. The fields it passes
// over (addresses, ids, versions, registers, numbers) hold nothing to
// learn, which is why ScrubReport keeps them.
func (s *Session) LearnReport(r *report.Report) {
	if r == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.learnReport(r)
}

func (s *Session) learnReport(r *report.Report) {
	sc := s.stringScanner()
	sc.learnOnly = true
	learn := func(v string) {
		if v != "" {
			sc.find([]byte(v))
		}
	}
	visitReport(r, func(p *string) { learn(*p) }, func(k string, v *string) {
		learn(k)
		s.learnAnnotation(sc, k, *v)
	})
	for _, ps := range perfSummaries(r) {
		for k, v := range ps.Metrics {
			learn(k)
			learn(v.Unit)
		}
		for k := range ps.Events {
			learn(k)
		}
	}
}

// perfSummaries returns r's perf summaries that are set: its own and
// the app's inside its perf window.
func perfSummaries(r *report.Report) []*report.PerfSummary {
	var out []*report.PerfSummary
	if r.PerfSummary != nil {
		out = append(out, r.PerfSummary)
	}
	if r.Perf != nil && r.Perf.App != nil {
		out = append(out, r.Perf.App)
	}
	return out
}

// learnAnnotation learns from an annotation without replacing anything.
func (s *Session) learnAnnotation(sc *scanner, key, v string) {
	if v == "" {
		return
	}
	var kb [64]byte
	if len(key) <= 64 {
		if class := classifyKey(string(normKey(kb[:0], []byte(key)))); class == ClassUser || class == ClassHost {
			sc.b = []byte(v)
			sc.lineRead = 0
			sc.spans = sc.spans[:0]
			sc.valueSpan(0, len(v), class)
		}
	}
	sc.find([]byte(v))
}

// annotationValue scrubs an annotation: a sensitive key replaces the whole
// value; otherwise the value is scrubbed as text.
func (s *Session) annotationValue(sc *scanner, key, v string) string {
	if v == "" {
		return v
	}
	var kb [64]byte
	class := keyNone
	if len(key) <= 64 {
		class = classifyKey(string(normKey(kb[:0], []byte(key))))
	}
	if class != keyNone && class != keyKeep {
		b := []byte(v)
		sc.b = b
		sc.lineRead = 0
		sc.spans = sc.spans[:0]
		if b[0] != '<' && !skipValue(b, class) {
			sc.valueSpan(0, len(b), class)
		}
		if len(sc.spans) > 0 && sc.spans[0].class != "" {
			return string(s.emitText(nil, b, sc.spans))
		}
	}
	return s.scrubStringLocked(v)
}

// visitReport calls str for every free-text field and kv for every
// annotation value.
func visitReport(r *report.Report, str func(*string), kv func(string, *string)) {
	str(&r.App.Name)
	str(&r.App.Build)
	str(&r.UserComment)
	if c := r.Crash; c != nil {
		str(&c.Reason)
		str(&c.Message)
		for ti := range c.Threads {
			t := &c.Threads[ti]
			str(&t.Name)
			for fi := range t.Frames {
				f := &t.Frames[fi]
				str(&f.Module)
				str(&f.Symbol)
				str(&f.File)
			}
		}
	}
	for mi := range r.Modules {
		m := &r.Modules[mi]
		str(&m.Name)
		str(&m.DebugFile)
	}
	for k, v := range r.Annotations {
		vv := v
		kv(k, &vv)
		r.Annotations[k] = vv
	}
	for ai := range r.Attachments {
		str(&r.Attachments[ai].Name)
	}
	if sys := r.System; sys != nil {
		for _, p := range []*string{&sys.OS.Name, &sys.OS.Version, &sys.OS.Build, &sys.OS.KernelVersion,
			&sys.OS.Distribution, &sys.CPU.Model, &sys.CPU.Vendor, &sys.Locale, &sys.Virtualization} {
			str(p)
		}
		if m := sys.Machine; m != nil {
			// DMI's make and model: a system builder may write anything
			str(&m.Vendor)
			str(&m.Model)
		}
		for i := range sys.GPUs {
			g := &sys.GPUs[i]
			str(&g.Vendor)
			str(&g.Model)
			str(&g.Driver)
			str(&g.DriverVer)
		}
		for i := range sys.Displays {
			str(&sys.Displays[i].Name)
		}
		for i := range sys.Disks {
			str(&sys.Disks[i].Model)
			str(&sys.Disks[i].Mount)
		}
		for i := range sys.Audio {
			str(&sys.Audio[i].Name)
			str(&sys.Audio[i].Driver)
		}
		for i := range sys.USB {
			str(&sys.USB[i].Vendor)
			str(&sys.USB[i].Product)
		}
		for i := range sys.MIDI {
			str(&sys.MIDI[i].Name)
			str(&sys.MIDI[i].Port)
		}
	}
}

// scrubMapKeys scrubs map keys that are free text: annotation keys and perf
// metric/event names.
func scrubMapKeys(s *Session, r *report.Report) {
	if len(r.Annotations) > 0 {
		m := make(map[string]string, len(r.Annotations))
		for k, v := range r.Annotations {
			m[s.scrubStringLocked(k)] = v
		}
		r.Annotations = m
	}
	for _, ps := range perfSummaries(r) {
		if len(ps.Metrics) > 0 {
			m := make(map[string]report.MetricStats, len(ps.Metrics))
			for k, v := range ps.Metrics {
				v.Unit = s.scrubStringLocked(v.Unit)
				m[mergeKey(m, s.scrubStringLocked(k))] = v
			}
			ps.Metrics = m
		}
		if len(ps.Events) > 0 {
			m := make(map[string]report.EventStats, len(ps.Events))
			for k, v := range ps.Events {
				m[mergeKey(m, s.scrubStringLocked(k))] = v
			}
			ps.Events = m
		}
	}
}

// mergeKey keeps two names that scrub to the same text apart.
func mergeKey[V any](m map[string]V, k string) string {
	if _, ok := m[k]; !ok {
		return k
	}
	for i := 2; ; i++ {
		c := k + "#" + strconv.Itoa(i)
		if _, ok := m[c]; !ok {
			return c
		}
	}
}
