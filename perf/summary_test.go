package perf

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"crashd/report"
)

var t0 = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

type dist struct {
	name string
	gen  func(r *rand.Rand) float64
}

var dists = []dist{
	{"uniform", func(r *rand.Rand) float64 { return r.Float64() * 100 }},
	{"normal", func(r *rand.Rand) float64 { return 10 + 3*r.NormFloat64() }},
	{"exponential", func(r *rand.Rand) float64 { return r.ExpFloat64() * 2 }},
	{"lognormal", func(r *rand.Rand) float64 { return math.Exp(2 * r.NormFloat64()) }},
	{"pareto", func(r *rand.Rand) float64 { return math.Pow(1-r.Float64(), -1/1.2) }},
	{"few-ints", func(r *rand.Rand) float64 { return float64(r.IntN(4)) }},
	{"mixed-sign", func(r *rand.Rand) float64 { return 1e3 * r.NormFloat64() }},
	{"constant", func(*rand.Rand) float64 { return 7.5 }},
}

// writeLog renders values of metric "m" as a perf log, one second apart.
func writeLog(vals []float64) []byte {
	var b bytes.Buffer
	for i, v := range vals {
		fmt.Fprintf(&b, `{"ts":%q,"metric":"m","value":%s,"unit":"ms"}`+"\n",
			t0.Add(time.Duration(i)*time.Second).Format(time.RFC3339Nano), strconv.FormatFloat(v, 'g', -1, 64))
	}
	return b.Bytes()
}

// checkPercentile verifies v is the nearest-rank p-th percentile of vals
// by its defining property, independent of the implementation's indexing:
// at least ⌈p·n/100⌉ samples are ≤ v and fewer than that are < v.
func checkPercentile(t *testing.T, vals []float64, p int, v float64) {
	t.Helper()
	want := int(math.Ceil(float64(p) * float64(len(vals)) / 100))
	want = max(want, 1)
	le, lt := 0, 0
	for _, x := range vals {
		if x <= v {
			le++
		}
		if x < v {
			lt++
		}
	}
	if le < want || lt >= want {
		t.Errorf("p%d = %v: %d samples ≤, %d <, rank %d (n=%d)", p, v, le, lt, want, len(vals))
	}
}

func TestPercentilesMatchBruteForce(t *testing.T) {
	sizes := []int{1, 2, 3, 5, 10, 19, 20, 21, 99, 100, 101, 1000, 12345}
	if !testing.Short() {
		sizes = append(sizes, 100_000)
	}
	for di, d := range dists {
		for _, n := range sizes {
			if n == 100_000 && di%3 != 0 {
				continue // the big size for a few distributions keeps the run short
			}
			r := rand.New(rand.NewPCG(uint64(di), uint64(n)))
			vals := make([]float64, n)
			for i := range vals {
				vals[i] = d.gen(r)
			}
			s, err := Summarize(bytes.NewReader(writeLog(vals)), SummaryOptions{})
			if err != nil {
				t.Fatal(err)
			}
			m, ok := s.Metrics["m"]
			if !ok || s.BadLines != 0 || s.Lines != n {
				t.Fatalf("%s/%d: summary %+v", d.name, n, s)
			}
			sorted := slices.Clone(vals)
			slices.Sort(sorted)
			var sum float64
			for _, v := range vals {
				sum += v
			}
			ref := func(p int) float64 {
				return sorted[int(math.Ceil(float64(p)*float64(n)/100))-1]
			}
			if m.Approx || m.Count != n || m.Min != sorted[0] || m.Max != sorted[n-1] ||
				m.P50 != ref(50) || m.P95 != ref(95) || m.P99 != ref(99) || m.Unit != "ms" {
				t.Errorf("%s/%d: got %+v, want min %v p50 %v p95 %v p99 %v max %v",
					d.name, n, m, sorted[0], ref(50), ref(95), ref(99), sorted[n-1])
			}
			if math.Abs(m.Mean-sum/float64(n)) > 1e-9*max(1, math.Abs(sum/float64(n)), sorted[n-1]-sorted[0]) {
				t.Errorf("%s/%d: mean %v, want %v", d.name, n, m.Mean, sum/float64(n))
			}
			checkPercentile(t, vals, 50, m.P50)
			checkPercentile(t, vals, 95, m.P95)
			checkPercentile(t, vals, 99, m.P99)
		}
	}
}

func TestSketchErrorBound(t *testing.T) {
	const n = 50_000
	for di, d := range dists {
		r := rand.New(rand.NewPCG(42, uint64(di)))
		vals := make([]float64, n)
		for i := range vals {
			vals[i] = d.gen(r)
		}
		s, err := Summarize(bytes.NewReader(writeLog(vals)), SummaryOptions{MaxSamplesExact: 1000})
		if err != nil {
			t.Fatal(err)
		}
		m := s.Metrics["m"]
		sorted := slices.Clone(vals)
		slices.Sort(sorted)
		if !m.Approx || m.Count != n || m.Min != sorted[0] || m.Max != sorted[n-1] {
			t.Fatalf("%s: %+v", d.name, m)
		}
		for _, pc := range []struct {
			p   int
			got float64
		}{{50, m.P50}, {95, m.P95}, {99, m.P99}} {
			want := sorted[int(math.Ceil(float64(pc.p)*n/100))-1]
			if math.Abs(pc.got-want) > SketchRelativeError*math.Abs(want)+sketchMinMagnitude {
				t.Errorf("%s p%d: sketch %v, exact %v (> %v%%)", d.name, pc.p, pc.got, want, 100*SketchRelativeError)
			}
		}
	}
}

func TestSketchWideRangeStaysBounded(t *testing.T) {
	sk := newSketch()
	for e := -300; e <= 300; e++ {
		sk.add(math.Pow(10, float64(e)))
		sk.add(-math.Pow(10, float64(e)))
	}
	sk.add(math.MaxFloat64)
	if len(sk.pos.counts) > sketchMaxBins || len(sk.neg.counts) > sketchMaxBins {
		t.Fatalf("bins %d/%d exceed %d", len(sk.pos.counts), len(sk.neg.counts), sketchMaxBins)
	}
	var total uint64
	for _, c := range sk.pos.counts {
		total += c
	}
	if total != 311 || sk.zero != 2*291 { // 1e-9..1e300 and MaxFloat64; tinier ones count as zero
		t.Errorf("positive store lost samples: %d", total)
	}
	// The top survives folding of the low buckets.
	if v := sk.quantile(1203, -math.MaxFloat64, math.MaxFloat64); v != math.MaxFloat64 {
		t.Errorf("max rank = %v", v)
	}
	if v := sk.quantile(1, -math.MaxFloat64, math.MaxFloat64); v > -1e299 {
		t.Errorf("min rank = %v", v)
	}
}

func TestExactBudgetAcrossMetrics(t *testing.T) {
	var b bytes.Buffer
	for i := range 3000 {
		for _, m := range []string{"a", "b", "c"} {
			fmt.Fprintf(&b, `{"ts":"2024-05-01T12:00:00Z","metric":%q,"value":%d}`+"\n", m, i)
		}
	}
	s, err := Summarize(&b, SummaryOptions{MaxSamplesTotal: 5000})
	if err != nil {
		t.Fatal(err)
	}
	approx := 0
	for name, m := range s.Metrics {
		if m.Count != 3000 || m.Min != 0 || m.Max != 2999 || m.Mean != 1499.5 {
			t.Errorf("%s: %+v", name, m)
		}
		if m.Approx {
			approx++
			if math.Abs(m.P50-1499) > 15 {
				t.Errorf("%s: approx p50 %v", name, m.P50)
			}
		} else if m.P50 != 1499 || m.P95 != 2849 || m.P99 != 2969 {
			t.Errorf("%s: exact %+v", name, m)
		}
	}
	if approx == 0 || approx == 3 {
		t.Errorf("budget 5000 for 3×3000 samples: %d metrics approximate, want 1 or 2", approx)
	}
}

func TestMalformedLines(t *testing.T) {
	data, err := os.ReadFile("testdata/malformed.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	// A huge line (over the cap) in the middle, and CRLF endings.
	huge := `{"ts":"2024-05-01T12:00:00Z","metric":"m","value":1000,"tags":{"x":"` + strings.Repeat("A", 100<<10) + `"}}` + "\n"
	data = append([]byte(huge), data...)
	data = append(data, []byte(`{"ts":"2024-05-01T12:00:13Z","metric":"m","value":8}`+"\r\n")...)
	s, err := Summarize(bytes.NewReader(data), SummaryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if s.Lines != 18 || s.BadLines != 14 {
		t.Errorf("lines %d bad %d, want 18/14", s.Lines, s.BadLines)
	}
	m := s.Metrics["m"]
	if m.Count != 3 || m.Min != 1 || m.Max != 8 || m.Mean != 4 || m.P50 != 3 || m.P99 != 8 {
		t.Errorf("metric m %+v", m)
	}
	if len(s.Metrics) != 1 {
		t.Errorf("metrics %v", s.Metrics)
	}
	h := s.Events["hang"]
	if h.Count != 1 || !HangEvents(s) {
		t.Errorf("hang %+v", h)
	}
	if !s.From.Equal(t0) || !s.To.Equal(t0.Add(13*time.Second)) {
		t.Errorf("range %v..%v", s.From, s.To)
	}
	// A huge line accepted when the cap allows it.
	s, err = Summarize(strings.NewReader(huge), SummaryOptions{MaxLineBytes: 200 << 10})
	if err != nil || s.BadLines != 0 || s.Metrics["m"].Count != 1 {
		t.Errorf("huge line with big cap: %+v %v", s, err)
	}
}

func TestBasicLog(t *testing.T) {
	f, err := os.Open("testdata/basic.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s, err := Summarize(f, SummaryOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := &report.PerfSummary{
		From: t0, To: t0.Add(4 * time.Second), Lines: 7,
		Metrics: map[string]report.MetricStats{
			"audio.callback_ms": {Unit: "ms", Count: 3, Min: 1.25, Mean: 2.5, P50: 1.5, P95: 4.75, P99: 4.75, Max: 4.75},
			"cpu.dsp_load":      {Unit: "ratio", Count: 1, Min: 0.42, Mean: 0.42, P50: 0.42, P95: 0.42, P99: 0.42, Max: 0.42},
			"ui.frame_ms":       {Unit: "ms", Count: 1, Min: 16, Mean: 16, P50: 16, P95: 16, P99: 16, Max: 16},
		},
		Events: map[string]report.EventStats{
			"buffer_underrun": {Count: 2, First: t0.Add(2 * time.Second), Last: t0.Add(4 * time.Second)},
		},
	}
	got, _ := json.Marshal(s)
	exp, _ := json.Marshal(want)
	if !bytes.Equal(got, exp) {
		t.Errorf("got  %s\nwant %s", got, exp)
	}
	if HangEvents(s) || HangEvents(nil) {
		t.Error("HangEvents true without hang events")
	}
}

func TestWindowSelection(t *testing.T) {
	vals := make([]float64, 100)
	for i := range vals {
		vals[i] = float64(i)
	}
	log := writeLog(vals) // value i at t0+i s
	cases := []struct {
		from, to         time.Time
		count, skip      int
		min, max, p50    float64
		wantFrom, wantTo time.Time
	}{
		{time.Time{}, time.Time{}, 100, 0, 0, 99, 49, t0, t0.Add(99 * time.Second)},
		{t0.Add(10 * time.Second), t0.Add(19 * time.Second), 10, 90, 10, 19, 14, t0.Add(10 * time.Second), t0.Add(19 * time.Second)},
		{t0.Add(90 * time.Second), time.Time{}, 10, 90, 90, 99, 94, t0.Add(90 * time.Second), t0.Add(99 * time.Second)},
		{time.Time{}, t0.Add(4500 * time.Millisecond), 5, 95, 0, 4, 2, t0, t0.Add(4 * time.Second)},
	}
	for i, c := range cases {
		s, err := Summarize(bytes.NewReader(log), SummaryOptions{From: c.from, To: c.to})
		if err != nil {
			t.Fatal(err)
		}
		m := s.Metrics["m"]
		if m.Count != c.count || s.Skipped != c.skip || m.Min != c.min || m.Max != c.max || m.P50 != c.p50 ||
			!s.From.Equal(c.wantFrom) || !s.To.Equal(c.wantTo) || s.Lines != 100 {
			t.Errorf("case %d: %+v skipped %d range %v..%v", i, m, s.Skipped, s.From, s.To)
		}
	}
	// An empty window gives no metrics, not an error.
	s, err := Summarize(bytes.NewReader(log), SummaryOptions{From: t0.Add(time.Hour)})
	if err != nil || len(s.Metrics) != 0 || s.Skipped != 100 {
		t.Errorf("empty window: %+v %v", s, err)
	}
}

func TestEventsOutOfOrderAndDropped(t *testing.T) {
	in := `{"ts":"2024-05-01T12:00:05Z","event":"hang"}
{"ts":"2024-05-01T12:00:01Z","event":"hang"}
{"ts":"2024-05-01T12:00:09Z","event":"hang","metric":"stall_ms","value":900}
{"ts":"2024-05-01T12:00:02Z","event":"e2"}
{"ts":"2024-05-01T12:00:02Z","event":"e3"}
{"ts":"2024-05-01T12:00:02Z","metric":"m2","value":1}
{"ts":"2024-05-01T12:00:02Z","metric":"m3","value":1}
`
	s, err := Summarize(strings.NewReader(in), SummaryOptions{MaxEvents: 2, MaxMetrics: 2})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Events["hang"]
	if h.Count != 3 || !h.First.Equal(t0.Add(time.Second)) || !h.Last.Equal(t0.Add(9*time.Second)) {
		t.Errorf("hang %+v", h)
	}
	if s.Dropped != 2 || len(s.Events) != 2 || len(s.Metrics) != 2 || s.Metrics["stall_ms"].Max != 900 {
		t.Errorf("dropped %d events %v metrics %v", s.Dropped, s.Events, s.Metrics)
	}
}

type failingReader struct {
	r   io.Reader
	err error
}

func (f *failingReader) Read(p []byte) (int, error) {
	n, err := f.r.Read(p)
	if err == io.EOF {
		return n, f.err
	}
	return n, err
}

func TestReadErrorKeepsPartialSummary(t *testing.T) {
	boom := errors.New("disk gone")
	log := writeLog([]float64{1, 2, 3})
	s, err := Summarize(&failingReader{bytes.NewReader(log), boom}, SummaryOptions{})
	if !errors.Is(err, boom) || s == nil || s.Metrics["m"].Count != 3 {
		t.Errorf("got %+v, %v", s, err)
	}
}

func TestSniff(t *testing.T) {
	basic, _ := os.ReadFile("testdata/basic.jsonl")
	yes := [][]byte{
		basic,
		basic[:200], // cut inside the second line
		[]byte("\xEF\xBB\xBF\n\n" + `{"ts":"2024-05-01T12:00:00Z","event":"hang"}`),
		[]byte(`{"ts":"2024-05-01T12:00:00Z","metric":"a.b","value":1,"tags":{"x":"` + strings.Repeat("y", 5000)), // cut in line 1
	}
	no := [][]byte{
		nil,
		[]byte("MDMP\x93\xa7"),
		[]byte(`{"hello":"world"}` + "\n"),
		[]byte(`{"ts":"2024-05-01T12:00:00Z","metric":"a"}` + "\n"),
		[]byte("panic: runtime error\n\ngoroutine 1 [running]:\n"),
		[]byte(`{"timestamp":"2024","app_name":"x","metric_x":1}`),
		[]byte(`{"app_name":"Foo","timestamp":"2024-01-01 10:00:00.00 +0100","bug_type":"309"}` + "\n"),
	}
	for i, b := range yes {
		if !Sniff(b) {
			t.Errorf("yes[%d] not sniffed", i)
		}
	}
	for i, b := range no {
		if Sniff(b) {
			t.Errorf("no[%d] sniffed", i)
		}
	}
}

func TestLineParser(t *testing.T) {
	cases := []struct {
		in     string
		ok     bool
		metric string
		event  string
		value  float64
	}{
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":-1.5e3}`, true, "a", "", -1500},
		{` { "ts" : "2024-05-01T12:00:00.123456789-07:00" , "metric" : "a" , "value" : 0 } `, true, "a", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","m\u0065tric":"a\u00e9\ud83c\udfb5","value":1}`, true, "aé🎵", "", 1},
		{`{"ts":"2024-05-01T12:00:00Z","event":"hang","extra":[1,{"a":[true,false,null]},"s\"q"]}`, true, "", "hang", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":1,"metric":"b"}`, true, "b", "", 1}, // last wins, like encoding/json
		{`{"ts":"2024-05-01T12:00:00Z","metric":null,"event":"x","value":null}`, true, "", "x", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":null}`, false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":01}`, false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":1.}`, false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":+1}`, false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":true}`, false, "", "", 0},
		{`{"ts":"2024-05-01 12:00:00Z","metric":"a","value":1}`, false, "", "", 0},
		{`{"ts":1714564800,"metric":"a","value":1}`, false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a\u0001","value":1}`, false, "", "", 0},
		{"{\"ts\":\"2024-05-01T12:00:00Z\",\"metric\":\"a\xff\",\"value\":1}", false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":1,}`, false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":1,"x":[1,]}`, false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":1,"x":"\q"}`, false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":1,"unit":"` + strings.Repeat("u", 65) + `"}`, false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"` + strings.Repeat("n", 257) + `","value":1}`, false, "", "", 0},
		{`{"ts":"2024-05-01T12:00:00Z","metric":"a","value":1,"x":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}`, false, "", "", 0},
		{`{}`, false, "", "", 0},
		{``, false, "", "", 0},
	}
	var p lineParser
	for i, c := range cases {
		l, ok := p.parse([]byte(c.in))
		if ok != c.ok {
			t.Errorf("%d: ok=%v want %v: %s", i, ok, c.ok, c.in)
			continue
		}
		if ok && (string(l.metric) != c.metric || string(l.event) != c.event || l.value != c.value) {
			t.Errorf("%d: got metric %q event %q value %v", i, l.metric, l.event, l.value)
		}
		if ok && !json.Valid([]byte(c.in)) {
			t.Errorf("%d: accepted invalid JSON", i)
		}
	}
}
