package perf

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func FuzzSummarize(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*.jsonl")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// Small limits so the fuzzer reaches the sketch and the caps.
		opts := SummaryOptions{MaxSamplesExact: 8, MaxLineBytes: 512, MaxMetrics: 4, MaxEvents: 4}
		s, err := Summarize(bytes.NewReader(data), opts)
		if err != nil {
			t.Fatal(err)
		}
		if s.BadLines+s.Skipped+s.Dropped > s.Lines {
			t.Fatalf("counts: %+v", s)
		}
		for name, m := range s.Metrics {
			if m.Count < 1 || !(m.Min <= m.P50 && m.P50 <= m.P95 && m.P95 <= m.P99 && m.P99 <= m.Max) ||
				m.Mean < m.Min || m.Mean > m.Max {
				t.Fatalf("%q: %+v", name, m)
			}
		}
		for name, e := range s.Events {
			if e.Count < 1 || e.Last.Before(e.First) {
				t.Fatalf("%q: %+v", name, e)
			}
		}
		if _, err := json.Marshal(s); err != nil {
			t.Fatalf("summary not JSON-encodable: %v", err)
		}
		// Every accepted line is valid JSON (the parser is never laxer
		// than encoding/json) and agrees with it on the fields.
		var p lineParser
		for _, line := range bytes.Split(data, []byte("\n")) {
			l, ok := p.parse(line)
			if !ok {
				continue
			}
			// Exact key match, last duplicate wins: as the parser does.
			var ref map[string]json.RawMessage
			if err := json.Unmarshal(line, &ref); err != nil {
				t.Fatalf("accepted %q: encoding/json says %v", line, err)
			}
			if l.hasMetric {
				var v float64
				if err := json.Unmarshal(ref["value"], &v); err != nil || v != l.value {
					t.Fatalf("%q: value %v vs %v (%v)", line, l.value, v, err)
				}
				var m string
				if err := json.Unmarshal(ref["metric"], &m); err != nil || m != string(l.metric) {
					t.Fatalf("%q: metric %q vs %q (%v)", line, l.metric, m, err)
				}
			}
			_ = Sniff(line)
		}
		Sniff(data)
	})
}
