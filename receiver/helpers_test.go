package receiver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"

	"crashd/envelope"
	"crashd/receiver/store"
	"crashd/report"
)

const (
	testKey   = "0123456789abcdef0123456789abcdef"
	testToken = "support-token-for-tests"
)

type testEnv struct {
	t     testing.TB
	dir   string
	store *store.Store
	srv   *Server
	http  *httptest.Server
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

func newTestEnv(t testing.TB, mod func(*Options)) *testEnv {
	t.Helper()
	dir := t.TempDir()
	return newTestEnvIn(t, dir, mod)
}

func newTestEnvIn(t testing.TB, dir string, mod func(*Options)) *testEnv {
	t.Helper()
	st, err := store.Open(dir, testLogger(t))
	if err != nil {
		t.Fatal(err)
	}
	o := Options{Store: st, Logger: testLogger(t), ProjectID: "1", PublicKey: testKey, SupportToken: testToken, RateLimit: -1}
	if mod != nil {
		mod(&o)
	}
	srv, err := NewServer(o)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	e := &testEnv{t: t, dir: dir, store: st, srv: srv, http: hs}
	t.Cleanup(func() { hs.Close(); st.Close() })
	return e
}

func (e *testEnv) dsn() string {
	return "http://" + testKey + "@" + strings.TrimPrefix(e.http.URL, "http://") + "/1"
}

// post sends body to path with the test key and the given encoding.
func (e *testEnv) post(path string, body []byte, encoding string) *http.Response {
	e.t.Helper()
	req, err := http.NewRequest(http.MethodPost, e.http.URL+path, bytes.NewReader(body))
	if err != nil {
		e.t.Fatal(err)
	}
	req.Header.Set("X-Sentry-Auth", "Sentry sentry_version=7, sentry_client=test/1, sentry_key="+testKey)
	if encoding != "" {
		req.Header.Set("Content-Encoding", encoding)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp
}

func (e *testEnv) support(method, path string) *http.Response {
	e.t.Helper()
	req, _ := http.NewRequest(method, e.http.URL+path, nil)
	req.Header.Set("Authorization", "Bearer "+testToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	return resp
}

func readAll(t testing.TB, resp *http.Response) string {
	t.Helper()
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func wantStatus(t testing.TB, resp *http.Response, code int) string {
	t.Helper()
	body := readAll(t, resp)
	if resp.StatusCode != code {
		t.Fatalf("status %d, want %d: %s", resp.StatusCode, code, body)
	}
	return body
}

// richReport is a crashd report with everything the support views show.
func richReport(eventID, tk string) *report.Report {
	crash := time.Date(2025, 3, 1, 12, 0, 30, 0, time.UTC)
	var samples []report.PerfSample
	for i := 0; i < 40; i++ {
		samples = append(samples, report.PerfSample{
			T:       crash.Add(time.Duration(i-30) * time.Second),
			CPUBusy: float64(20 + i*2), MemUsed: uint64(4+i/8) << 30, MemAvailable: uint64(12-i/8) << 30,
		})
	}
	return &report.Report{
		EventID: eventID, Ticket: tk, Kind: report.KindCrash, Format: "minidump", Platform: "native",
		App: report.App{Name: "MixStudio", Version: "4.2.1", Build: "8812"},
		Crash: &report.Crash{Reason: "EXCEPTION_ACCESS_VIOLATION_READ", Code: "0xc0000005", Address: 0x10,
			CrashedThread: 0, Threads: []report.Thread{{ID: 4242, Name: "audio", Crashed: true, Frames: []report.Frame{
				{Address: 0x7ff712341234, Module: `C:\Program Files\MixStudio\engine.dll`, Offset: 0x1234, Symbol: "Mixer::render"},
				{Address: 0x7ff712340100, Module: `C:\Program Files\MixStudio\engine.dll`, Offset: 0x100, Symbol: "AudioThread::run"},
			}}}},
		System: &report.System{
			OS:     report.OSInfo{Name: "Windows", Version: "10.0.22631", Arch: "amd64"},
			CPU:    report.CPUInfo{Model: "AMD Ryzen 9 7950X", Cores: 16, Threads: 32},
			Memory: report.MemoryInfo{TotalBytes: 16 << 30, AvailableBytes: 8 << 30},
			GPUs:   []report.GPU{{Vendor: "NVIDIA", Model: "GeForce RTX 4070", VRAMBytes: 12 << 30}},
			Audio:  []report.AudioDev{{Name: "Focusrite Scarlett 2i2", Driver: "ASIO", Inputs: 2, Outputs: 2}},
			USB:    []report.USBDevice{{VendorID: "1235", ProductID: "8210", Vendor: "Focusrite", Product: "Scarlett 2i2", Class: "audio"}},
		},
		Perf:       &report.PerfWindow{From: samples[0].T, To: samples[len(samples)-1].T, Samples: samples},
		Redaction:  map[string]int{"user": 3, "host": 1},
		Consent:    "crash",
		CapturedAt: crash.Add(2 * time.Second),
		CrashedAt:  crash,
	}
}

// crashdEnvelope is what crashd sends: the report in contexts.crashd, the
// ticket as a tag, plus attachments.
func crashdEnvelope(t testing.TB, rep *report.Report, atts map[string][]byte) []byte {
	t.Helper()
	ev := map[string]any{
		"event_id": rep.EventID, "platform": "native", "level": "fatal",
		"timestamp": rep.CapturedAt.Format(time.RFC3339Nano),
		"contexts":  map[string]any{"crashd": map[string]any{"report": rep}},
	}
	if rep.Ticket != "" {
		ev["tags"] = map[string]string{"ticket": rep.Ticket}
	}
	evJSON, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	env := &envelope.Envelope{Header: map[string]any{"event_id": rep.EventID}}
	env.Items = append(env.Items, envelope.Item{Header: map[string]any{"type": "event"}, Payload: evJSON})
	for name, b := range atts {
		typ := report.AttachmentGeneric
		if strings.HasSuffix(name, ".dmp") {
			typ = report.AttachmentMinidump
		}
		env.Items = append(env.Items, envelope.Item{Header: map[string]any{"type": "attachment", "filename": name, "attachment_type": typ}, Payload: b})
	}
	var buf bytes.Buffer
	if _, err := env.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zstdBytes(t testing.TB, b []byte) []byte {
	t.Helper()
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer enc.Close()
	return enc.EncodeAll(b, nil)
}

func eventID(i int) string { return fmt.Sprintf("%032x", 0xabc0000+i) }
