package redact

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"crashd/report"
)

// reportKeep lists the report's string fields that ScrubReport leaves as
// they are, and why. Every other string field (a new one too) must be
// scrubbed: TestScrubReportEveryField fails until it is, or is listed here.
var reportKeep = map[string]string{
	"Report.EventID": "ours: random hex", "Report.Ticket": "ours", "Report.Kind": "enum", "Report.Format": "enum",
	"Report.Platform": "enum", "Report.Consent": "enum", "Report.SourcePath": "never serialised",
	"App.Version":    "a version: scrubbed as text, 1.2.3.4 would read as an address",
	"Module.Version": "a version (PE resources, Mach-O), as App.Version",
	"Crash.Code":     "a number", "Crash.Signal": "a signal name",
	"Module.DebugID": "needed to symbolicate", "Module.CodeID": "needed to symbolicate", "Module.Type": "enum",
	"Attachment.Type": "enum", "Attachment.ContentType": "a MIME type", "Attachment.Path": "never serialised",
	"Thread.Registers": "register values",
	"GPU.VendorID":     "PCI id", "GPU.DeviceID": "PCI id",
	"Disk.Type": "enum", "USBDevice.VendorID": "USB id", "USBDevice.ProductID": "USB id",
	"USBDevice.Class": "enum", "USBDevice.Speed": "enum", "USBDevice.Revision": "bcdDevice, a version",
	"OSInfo.Arch": "enum", "CPUInfo.Features": "flag names from a fixed list", "Thread.Registers{key}": "register names",
	"Machine.Form": "enum", "System.Container": "enum",
}

// TestScrubReportEveryField fills every string field of a report (and map
// and slice element) with an identifier and checks ScrubReport replaces it
// wherever the field is not in reportKeep.
func TestScrubReportEveryField(t *testing.T) {
	const secret = "thandeka.mokoena@example.org"
	var r report.Report
	paths := map[string]bool{}
	fillReport(t, reflect.ValueOf(&r).Elem(), "Report", secret, paths)
	s := newSession(t, Config{})
	s.ScrubReport(&r)
	left := map[string]bool{}
	collectLeft(reflect.ValueOf(&r).Elem(), "Report", secret, left)
	for p := range paths {
		_, keep := reportKeep[p]
		switch {
		case left[p] && !keep:
			t.Errorf("%s: not scrubbed (scrub it, or list it in reportKeep with a reason)", p)
		case !left[p] && keep:
			t.Errorf("%s: scrubbed, but listed in reportKeep", p)
		}
	}
	for p := range reportKeep {
		if !paths[p] {
			t.Errorf("reportKeep lists %s, which the report does not have", p)
		}
	}
	out, _ := json.Marshal(&r)
	for p := range left {
		if _, keep := reportKeep[p]; !keep {
			t.Logf("serialised: %s", out)
			break
		}
	}
}

// TestLearnReportEveryField sets one field of a report at a time to a
// home path and checks that LearnReport learns its user, for every field
// ScrubReport scrubs (map keys too), and leaves the report as it was: the
// daemon learns a report before it scrubs the attachments, so a name that
// only a parsed field holds is gone from those too.
func TestLearnReportEveryField(t *testing.T) {
	const home = "/home/kwabena.m/Music/set.wav"
	var full report.Report
	paths := map[string]bool{}
	fillReport(t, reflect.ValueOf(&full).Elem(), "Report", home, paths)
	for p := range paths {
		if _, keep := reportKeep[p]; keep || p == "Report.Redaction{key}" { // (ScrubReport's own summary, which it sets)
			continue
		}
		var r report.Report
		fillReportWith(t, reflect.ValueOf(&r).Elem(), "Report", func(q string) string {
			if q == p {
				return home
			}
			return ""
		}, map[string]bool{})
		before, _ := json.Marshal(&r)
		s := newSession(t, Config{})
		s.LearnReport(&r)
		if after, _ := json.Marshal(&r); string(after) != string(before) {
			t.Errorf("%s: LearnReport changed the report:\n%s\n%s", p, before, after)
		}
		if out := s.ScrubString("hi kwabena.m"); strings.Contains(out, "kwabena") {
			t.Errorf("%s: the user of %q not learned: %q", p, home, out)
		}
	}
}

// fillReport sets every string in v (fields, map keys and values, one element of
// each slice and map) to secret, recording each field's Type.Field name.
func fillReport(t *testing.T, v reflect.Value, name, secret string, paths map[string]bool) {
	fillReportWith(t, v, name, func(q string) string {
		if strings.HasSuffix(q, "{key}") {
			return secret + " key"
		}
		return secret
	}, paths)
}

// fillReportWith is fillReport with the string for each field (map keys:
// its name plus "{key}") from val.
func fillReportWith(t *testing.T, v reflect.Value, name string, val func(string) string, paths map[string]bool) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(val(name))
		paths[name] = true
	case reflect.Struct:
		if v.Type().PkgPath() != "crashd/report" {
			return // time.Time
		}
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			fillReportWith(t, v.Field(i), v.Type().Name()+"."+f.Name, val, paths)
		}
	case reflect.Pointer:
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		fillReportWith(t, v.Elem(), name, val, paths)
	case reflect.Slice:
		e := reflect.New(v.Type().Elem()).Elem()
		fillReportWith(t, e, name, val, paths)
		v.Set(reflect.Append(reflect.MakeSlice(v.Type(), 0, 1), e))
	case reflect.Map:
		k := reflect.New(v.Type().Key()).Elem()
		e := reflect.New(v.Type().Elem()).Elem()
		fillReportWith(t, e, name, val, paths)
		if k.Kind() == reflect.String {
			k.SetString(val(name + "{key}"))
			paths[name+"{key}"] = true
		}
		m := reflect.MakeMap(v.Type())
		m.SetMapIndex(k, e)
		v.Set(m)
	}
}

// collectLeft records the fields of v that still hold secret.
func collectLeft(v reflect.Value, name, secret string, left map[string]bool) {
	switch v.Kind() {
	case reflect.String:
		if strings.Contains(strings.ToLower(v.String()), "mokoena") {
			left[name] = true
		}
	case reflect.Struct:
		if v.Type().PkgPath() != "crashd/report" {
			return
		}
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() {
				collectLeft(v.Field(i), v.Type().Name()+"."+f.Name, secret, left)
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			collectLeft(v.Elem(), name, secret, left)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			collectLeft(v.Index(i), name, secret, left)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			if it.Key().Kind() == reflect.String && strings.Contains(strings.ToLower(it.Key().String()), "mokoena") {
				left[name+"{key}"] = true
			}
			collectLeft(it.Value(), name, secret, left)
		}
	}
}
