package redact

import (
	"bytes"
	"encoding/json"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"
)

// JSON nested past maxJSONDepth keeps its keys' meaning where it can
// (an object's "password" still names its value) and stays valid.
func TestJSONDeepNesting(t *testing.T) {
	for _, depth := range []int{10, maxJSONDepth + 500, 3 * maxJSONDepth} {
		in := strings.Repeat(`{"a":[`, depth) + `{"zoe@example.com":"kai@example.org","password":"hunter2","n":[1,"10.1.2.3"]}` +
			strings.Repeat(`]}`, depth) + "\n"
		s, _ := NewSession(Config{})
		var out bytes.Buffer
		if err := s.ScrubJSON(&out, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		o := out.String()
		if !json.Valid(out.Bytes()) {
			t.Errorf("depth %d: output is no valid JSON", depth)
		}
		for _, v := range []string{"zoe@", "kai@", "hunter2", "10.1.2.3"} {
			if strings.Contains(o, v) {
				t.Errorf("depth %d: %q left", depth, v)
			}
		}
		if !strings.Contains(o, `"password":"<password-1>"`) {
			t.Errorf("depth %d: password's value not scrubbed as a password: %s", depth, o[len(o)/2-60:len(o)/2+60])
		}
	}
}

// Memory stays bounded however deep the input nests: 16 MiB of '['
// held a frame each (3.6 GB).
func TestJSONDeepNestingMemory(t *testing.T) {
	data := append(bytes.Repeat([]byte("["), 8<<20), bytes.Repeat([]byte("]"), 8<<20)...)
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	s, _ := NewSession(Config{})
	if err := s.ScrubJSON(io.Discard, bytes.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&m1)
	if a := m1.TotalAlloc - m0.TotalAlloc; a > 32<<20 {
		t.Errorf("16 MiB of nesting allocated %d MiB", a>>20)
	}
}

// A string longer than maxJSONString is scrubbed in steps, each cut at
// a separator in its second half but never inside an escape: a separator
// that was a backslash of a run (nested JSON escaped over and over, "\\\\…")
// had the cut step back over the whole run, to its start. Without a
// separator before it, that cut nothing, and the step was taken again
// forever. The step ends after the run's last complete escape now.
func TestJSONLongStringBackslashRun(t *testing.T) {
	run := strings.Repeat(`\\`, maxJSONString/2+1000)
	for _, in := range []string{
		`{"note":"` + run + `"}`,
		`{"note":"x` + run + `abc"}`,
		`{"note":"C:\\Users\\kofi.m\\AppData ` + run + ` C:\\Users\\kofi.m\\x"}`,
	} {
		s, _ := NewSession(Config{})
		var out bytes.Buffer
		done := make(chan error, 1)
		go func() { done <- s.ScrubJSON(&out, strings.NewReader(in)) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%q…: no end after 30 s", in[:20])
		}
		o := out.String()
		if !json.Valid(out.Bytes()) || strings.Count(o, `\`) < len(run) {
			t.Errorf("%q…: output no valid JSON or the run not kept: %d bytes", in[:20], len(o))
		}
		mustNotContain(t, in[:20], o[:200]+o[len(o)-200:], "kofi.m")
	}
}
