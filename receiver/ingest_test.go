package receiver

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"mime/multipart"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/getsentry/sentry-go"

	"crashd/receiver/store"
	"crashd/report"
	"crashd/ticket"
)

func TestSentryGoSDK(t *testing.T) {
	e := newTestEnv(t, nil)
	client, err := sentry.NewClient(sentry.ClientOptions{Dsn: e.dsn(), Release: "sdkapp@1.2.3"})
	if err != nil {
		t.Fatal(err)
	}
	hub := sentry.NewHub(client, sentry.NewScope())
	tk := ticket.New()
	hub.ConfigureScope(func(s *sentry.Scope) {
		s.SetTag("ticket", tk)
		s.AddAttachment(&sentry.Attachment{Filename: "app.log", ContentType: "text/plain", Payload: []byte("line 1\nline 2\n")})
	})
	id := hub.CaptureException(errors.New("disk on fire"))
	if id == nil {
		t.Fatal("SDK dropped the event")
	}
	if !hub.Flush(10 * time.Second) {
		t.Fatal("flush timed out")
	}
	rec, err := e.store.Get(context.Background(), tk)
	if err != nil {
		t.Fatalf("event not stored under ticket %s: %v", tk, err)
	}
	if rec.EventID != string(*id) {
		t.Errorf("event id %s, want %s", rec.EventID, *id)
	}
	rep, err := decodeReport(rec.Report)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Crash == nil || rep.Crash.Message != "disk on fire" || rep.Crash.Reason != "*errors.errorString" {
		t.Errorf("crash = %+v", rep.Crash)
	}
	if rep.App.Name != "sdkapp" || rep.App.Version != "1.2.3" {
		t.Errorf("app = %+v", rep.App)
	}
	if fr := rep.CrashedFrames(); len(fr) == 0 || !strings.Contains(fr[len(fr)-1].Symbol+fr[0].Symbol, "TestSentryGoSDK") && !strings.Contains(frameLine(fr[0]), "Test") {
		t.Errorf("frames = %+v", fr)
	}
	if rep.System == nil || rep.System.OS.Name == "" {
		t.Errorf("system from os/device contexts missing: %+v", rep.System)
	}
	if len(rec.Attachments) != 1 || rec.Attachments[0].Name != "app.log" || rec.Attachments[0].Size != 14 {
		t.Fatalf("attachments = %+v", rec.Attachments)
	}
	f, _, err := e.store.OpenAttachment(context.Background(), rec.EventID, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	_, _ = buf.ReadFrom(f)
	if buf.String() != "line 1\nline 2\n" {
		t.Errorf("attachment bytes %q", buf.String())
	}
}

func TestCrashdEnvelopeAllEncodings(t *testing.T) {
	e := newTestEnv(t, nil)
	encs := map[string]func([]byte) []byte{
		"":     func(b []byte) []byte { return b },
		"zstd": func(b []byte) []byte { return zstdBytes(t, b) },
		"gzip": func(b []byte) []byte {
			var w bytes.Buffer
			z := gzip.NewWriter(&w)
			z.Write(b)
			z.Close()
			return w.Bytes()
		},
		"deflate": func(b []byte) []byte { // zlib-wrapped, as HTTP specifies
			var w bytes.Buffer
			z := zlib.NewWriter(&w)
			z.Write(b)
			z.Close()
			return w.Bytes()
		},
		"deflate-raw": func(b []byte) []byte {
			var w bytes.Buffer
			z, _ := flate.NewWriter(&w, 5)
			z.Write(b)
			z.Close()
			return w.Bytes()
		},
	}
	i := 0
	for name, enc := range encs {
		i++
		tk := ticket.New()
		rep := richReport(eventID(i), tk)
		body := enc(crashdEnvelope(t, rep, map[string][]byte{"crash.dmp": []byte("MDMP fake dump"), "notes.txt": []byte("hi")}))
		header := strings.TrimSuffix(name, "-raw")
		got := wantStatus(t, e.post("/api/1/envelope/", body, header), http.StatusOK)
		if !strings.Contains(got, `"id":"`+eventID(i)+`"`) {
			t.Errorf("%s: reply %s", name, got)
		}
		rec, err := e.store.Get(context.Background(), tk)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		r, _ := decodeReport(rec.Report)
		if r.Ticket != tk || r.App.Name != "MixStudio" || len(r.Perf.Samples) != 40 || len(rec.Attachments) != 2 {
			t.Errorf("%s: stored %+v / %+v", name, r, rec.Attachments)
		}
		types := map[string]string{}
		for _, a := range rec.Attachments {
			types[a.Name] = a.Type
		}
		if types["crash.dmp"] != report.AttachmentMinidump || types["notes.txt"] != report.AttachmentGeneric {
			t.Errorf("%s: attachment types %v", name, types)
		}
	}
	if wantStatus(t, e.post("/api/1/envelope/", []byte("x"), "br"), http.StatusUnsupportedMediaType) == "" {
		t.Error("empty error body")
	}
}

func TestAuth(t *testing.T) {
	e := newTestEnv(t, nil)
	body := crashdEnvelope(t, richReport(eventID(1), ""), nil)
	post := func(path string, hdr string) int {
		req, _ := http.NewRequest(http.MethodPost, e.http.URL+path, bytes.NewReader(body))
		if hdr != "" {
			req.Header.Set("X-Sentry-Auth", hdr)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		readAll(t, resp)
		return resp.StatusCode
	}
	cases := []struct {
		path, hdr string
		want      int
	}{
		{"/api/1/envelope/", "", 401},
		{"/api/1/envelope/", "Sentry sentry_key=wrong", 403},
		{"/api/2/envelope/", "Sentry sentry_key=" + testKey, 403},
		{"/api/1/envelope/?sentry_key=wrong", "", 403},
		{"/api/1/envelope/?sentry_key=" + testKey, "", 200},
	}
	for _, c := range cases {
		if got := post(c.path, c.hdr); got != c.want {
			t.Errorf("%s %q: %d, want %d", c.path, c.hdr, got, c.want)
		}
	}
	if n, _ := e.store.Count(context.Background()); n != 1 {
		t.Errorf("stored %d, want 1", n)
	}
}

func TestDuplicateEventStoredOnce(t *testing.T) {
	e := newTestEnv(t, nil)
	tk := ticket.New()
	body := crashdEnvelope(t, richReport(eventID(7), tk), map[string][]byte{"a.txt": []byte("a")})
	for i := 0; i < 3; i++ {
		wantStatus(t, e.post("/api/1/envelope/", body, ""), http.StatusOK)
	}
	if n, _ := e.store.Count(context.Background()); n != 1 {
		t.Fatalf("stored %d, want 1", n)
	}
	// A different event claiming the same ticket keeps its own id but
	// does not take the ticket over.
	other := crashdEnvelope(t, richReport(eventID(8), tk), nil)
	wantStatus(t, e.post("/api/1/envelope/", other, ""), http.StatusOK)
	rec, err := e.store.Get(context.Background(), tk)
	if err != nil || rec.EventID != eventID(7) {
		t.Fatalf("ticket owner %v %v", rec, err)
	}
	rec8, err := e.store.Get(context.Background(), eventID(8))
	if err != nil || rec8.Ticket != "" {
		t.Fatalf("second event: %+v %v", rec8, err)
	}
	// Files: one directory per stored report, nothing left from duplicates.
	dirs, _ := filepath.Glob(filepath.Join(e.dir, "attachments", "*", "*"))
	var real []string
	for _, d := range dirs {
		if filepath.Base(filepath.Dir(d)) != "tmp" {
			real = append(real, d)
		}
	}
	if len(real) != 1 {
		t.Errorf("attachment dirs %v", real)
	}
}

func TestEventWithoutTicketStoredByID(t *testing.T) {
	e := newTestEnv(t, nil)
	body := crashdEnvelope(t, richReport(eventID(3), ""), nil)
	wantStatus(t, e.post("/api/1/envelope/", body, ""), http.StatusOK)
	// A malformed ticket tag is ignored too.
	r := richReport(eventID(4), "ABCD-EFGH-JKM")
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, r, nil), ""), http.StatusOK)
	for _, id := range []string{eventID(3), eventID(4)} {
		rec, err := e.store.Get(context.Background(), id)
		if err != nil || rec.Ticket != "" {
			t.Errorf("%s: %+v %v", id, rec, err)
		}
	}
}

func TestRateLimit(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	var mu sync.Mutex
	e := newTestEnv(t, func(o *Options) {
		o.RateLimit, o.RateBurst = 1, 2
		o.Now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	})
	codes := []int{}
	var last *http.Response
	for i := 0; i < 3; i++ {
		last = e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(i), ""), nil), "")
		readAll(t, last)
		codes = append(codes, last.StatusCode)
	}
	if codes[0] != 200 || codes[1] != 200 || codes[2] != 429 {
		t.Fatalf("codes %v", codes)
	}
	if last.Header.Get("Retry-After") != "1" || last.Header.Get("X-Sentry-Rate-Limits") != "1::key" {
		t.Errorf("headers %v", last.Header)
	}
	mu.Lock()
	now = now.Add(1500 * time.Millisecond)
	mu.Unlock()
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(9), ""), nil), ""), http.StatusOK)
}

func TestLimits(t *testing.T) {
	e := newTestEnv(t, func(o *Options) { o.MaxBody = 4 << 10; o.MaxDecompressed = 16 << 10 })
	big := crashdEnvelope(t, richReport(eventID(1), ""), map[string][]byte{"big.bin": bytes.Repeat([]byte("x"), 20<<10)})
	// Identity body over MaxBody (Content-Length known up front).
	wantStatus(t, e.post("/api/1/envelope/", big, ""), http.StatusRequestEntityTooLarge)
	// Small compressed, large decompressed.
	z := zstdBytes(t, big)
	if len(z) > 4<<10 {
		t.Fatalf("test body too big: %d", len(z))
	}
	wantStatus(t, e.post("/api/1/envelope/", z, "zstd"), http.StatusRequestEntityTooLarge)
	// Garbage in each encoding is a 400.
	for _, enc := range []string{"zstd", "gzip", "deflate", ""} {
		resp := e.post("/api/1/envelope/", []byte("\x00\x01garbage"), enc)
		readAll(t, resp)
		if resp.StatusCode != 400 {
			t.Errorf("%q garbage: %d", enc, resp.StatusCode)
		}
	}
	if n, _ := e.store.Count(context.Background()); n != 0 {
		t.Errorf("stored %d", n)
	}
}

func crashpadUpload(t testing.TB, tk string, dump []byte) (body []byte, ctype string) {
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range map[string]string{"prod": "MixStudio", "ver": "4.2.1", "plat": "Win64", "ptype": "browser", "ticket": tk, "sentry[tags][channel]": "beta"} {
		mw.WriteField(k, v)
	}
	fw, _ := mw.CreateFormFile("upload_file_minidump", "3f2a.dmp")
	fw.Write(dump)
	fw, _ = mw.CreateFormFile("attachment_log", "app.log")
	fw.Write([]byte("last log line"))
	mw.Close()
	return buf.Bytes(), mw.FormDataContentType()
}

func TestCrashpadMultipartUpload(t *testing.T) {
	e := newTestEnv(t, nil)
	tk := ticket.New()
	dump := append([]byte("MDMP\x93\xa7\x00\x00"), bytes.Repeat([]byte{1}, 120)...)
	body, ctype := crashpadUpload(t, tk, dump)
	// Crashpad gzips the body and passes the key in the URL.
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(body)
	zw.Close()
	req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/api/1/minidump/?sentry_key="+testKey, &gz)
	req.Header.Set("Content-Type", ctype)
	req.Header.Set("Content-Encoding", "gzip")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	id := wantStatus(t, resp, http.StatusOK)
	if _, ok := normalizeEventID(id); !ok {
		t.Fatalf("reply %q is not an event id", id)
	}
	rec, err := e.store.Get(context.Background(), tk)
	if err != nil || rec.EventID != id {
		t.Fatalf("by ticket: %+v %v", rec, err)
	}
	rep, _ := decodeReport(rec.Report)
	if rep.App.Name != "MixStudio" || rep.App.Version != "4.2.1" || rep.Format != "minidump" || rep.Annotations["channel"] != "beta" || rep.Annotations["plat"] != "Win64" {
		t.Errorf("report %+v", rep)
	}
	if len(rec.Attachments) != 2 || rec.Attachments[0].Type != report.AttachmentMinidump || rec.Attachments[0].Size != int64(len(dump)) || rec.Attachments[1].Name != "app.log" {
		t.Errorf("attachments %+v", rec.Attachments)
	}
	// Not a minidump, or no dump at all: refused.
	for _, d := range [][]byte{[]byte("not a dump at all, just text, long enough"), nil} {
		b, ct := crashpadUpload(t, "", d)
		if d == nil {
			var buf bytes.Buffer
			mw := multipart.NewWriter(&buf)
			mw.WriteField("prod", "x")
			mw.Close()
			b, ct = buf.Bytes(), mw.FormDataContentType()
		}
		req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/api/1/minidump/?sentry_key="+testKey, bytes.NewReader(b))
		req.Header.Set("Content-Type", ct)
		resp, _ := http.DefaultClient.Do(req)
		wantStatus(t, resp, http.StatusBadRequest)
	}
}

func TestConcurrentIngest(t *testing.T) {
	e := newTestEnv(t, nil)
	const workers, per = 8, 15
	var wg sync.WaitGroup
	errs := make(chan error, workers*per)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < per; i++ {
				// Every worker also re-sends worker 0's events: duplicates
				// racing with the original.
				n := w*per + i
				if i%3 == 0 {
					n = i
				}
				body := zstdBytes(t, crashdEnvelope(t, richReport(eventID(n), ""), map[string][]byte{"log.txt": bytes.Repeat([]byte{byte(n)}, 2000)}))
				req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/api/1/envelope/?sentry_key="+testKey, bytes.NewReader(body))
				req.Header.Set("Content-Encoding", "zstd")
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					errs <- err
					continue
				}
				readAll(t, resp)
				if resp.StatusCode != 200 {
					errs <- errors.New(resp.Status)
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	want := map[string]bool{}
	for w := 0; w < workers; w++ {
		for i := 0; i < per; i++ {
			n := w*per + i
			if i%3 == 0 {
				n = i
			}
			want[eventID(n)] = true
		}
	}
	if n, _ := e.store.Count(context.Background()); n != len(want) {
		t.Errorf("stored %d, want %d", n, len(want))
	}
	recs, _ := e.store.List(context.Background(), store.ListOptions{Limit: 1000})
	for _, r := range recs {
		if len(r.Attachments) != 1 || r.AttachBytes != 2000 {
			t.Errorf("%s: attachments %+v", r.EventID, r.Attachments)
		}
	}
}

func TestRestartKeepsData(t *testing.T) {
	dir := t.TempDir()
	tk := ticket.New()
	e := newTestEnvIn(t, dir, nil)
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(1), tk), map[string][]byte{"x.txt": []byte("xyz")}), ""), 200)
	e.http.Close()
	e.store.Close()
	// A crash mid-write leaves a staged directory; reopening sweeps it.
	stray := filepath.Join(dir, "attachments", "ab", "abandoned-0000")
	os.MkdirAll(stray, 0o700)
	os.WriteFile(filepath.Join(stray, "0"), []byte("half"), 0o600)

	e2 := newTestEnvIn(t, dir, nil)
	rec, err := e2.store.Get(context.Background(), tk)
	if err != nil || len(rec.Attachments) != 1 {
		t.Fatalf("after restart: %+v %v", rec, err)
	}
	body := wantStatus(t, e2.support("GET", "/api/support/reports/"+tk+"/attachments/0"), 200)
	if body != "xyz" {
		t.Errorf("attachment %q", body)
	}
	if _, err := os.Stat(stray); !os.IsNotExist(err) {
		t.Errorf("stray dir not swept: %v", err)
	}
}

func TestSupportAPI(t *testing.T) {
	e := newTestEnv(t, nil)
	tk := ticket.New()
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(1), tk), map[string][]byte{"../../etc/passwd": []byte("secret-ish")}), ""), 200)
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(2), ""), nil), ""), 200)

	// Token required everywhere.
	for _, p := range []string{"/api/support/reports", "/api/support/reports/" + tk, "/api/support/reports/" + tk + "/attachments/0", "/support/fragment?ticket=" + tk} {
		resp, _ := http.Get(e.http.URL + p)
		wantStatus(t, resp, 401)
		req, _ := http.NewRequest("GET", e.http.URL+p, nil)
		req.Header.Set("Authorization", "Bearer nope")
		resp, _ = http.DefaultClient.Do(req)
		wantStatus(t, resp, 401)
	}
	var list struct{ Reports []ReportSummary }
	json.Unmarshal([]byte(wantStatus(t, e.support("GET", "/api/support/reports"), 200)), &list)
	if len(list.Reports) != 2 {
		t.Fatalf("list %+v", list)
	}
	// Bad check symbol: 400 "invalid ticket", before any lookup.
	bad := []byte(tk)
	bad[len(bad)-1] ^= 1
	if b := wantStatus(t, e.support("GET", "/api/support/reports/"+string(bad)), 400); !strings.Contains(b, "invalid ticket") {
		t.Errorf("body %s", b)
	}
	wantStatus(t, e.support("GET", "/api/support/reports/"+ticket.New()), 404)
	// Lowercase, O-for-0 forms are the same ticket.
	var got ReportResponse
	json.Unmarshal([]byte(wantStatus(t, e.support("GET", "/api/support/reports/"+strings.ToLower(tk)), 200)), &got)
	if got.EventID != eventID(1) || got.Ticket != tk || len(got.Report) == 0 {
		t.Fatalf("get %+v", got)
	}
	if got.Attachments[0].Name != "passwd" {
		t.Errorf("attachment name not cleaned: %q", got.Attachments[0].Name)
	}
	resp := e.support("GET", "/api/support/reports/"+tk+"/attachments/0")
	if b := wantStatus(t, resp, 200); b != "secret-ish" || resp.Header.Get("Content-Type") != "application/octet-stream" ||
		!strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment") {
		t.Errorf("download %q %v", b, resp.Header)
	}
	wantStatus(t, e.support("GET", "/api/support/reports/"+tk+"/attachments/5"), 404)
	svg := wantStatus(t, e.support("GET", "/api/support/reports/"+tk+"/perf.svg"), 200)
	if !strings.Contains(svg, "<polyline") {
		t.Errorf("svg %s", svg)
	}
	// Erasure: row and files gone.
	dirs, _ := filepath.Glob(filepath.Join(e.dir, "attachments", eventID(1)[:2], eventID(1)+"-*"))
	if len(dirs) != 1 {
		t.Fatalf("attachment dirs %v", dirs)
	}
	wantStatus(t, e.support("DELETE", "/api/support/reports/"+tk), 200)
	wantStatus(t, e.support("GET", "/api/support/reports/"+tk), 404)
	wantStatus(t, e.support("DELETE", "/api/support/reports/"+tk), 404)
	if _, err := os.Stat(dirs[0]); !os.IsNotExist(err) {
		t.Errorf("attachment files survive erasure: %v", err)
	}
	// The ticket is free again after erasure.
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(3), tk), nil), ""), 200)
	if rec, err := e.store.Get(context.Background(), tk); err != nil || rec.EventID != eventID(3) {
		t.Errorf("re-used ticket: %+v %v", rec, err)
	}
}

func TestRetention(t *testing.T) {
	now := time.Now()
	var mu sync.Mutex
	e := newTestEnv(t, func(o *Options) {
		o.Now = func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	})
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(1), ""), map[string][]byte{"a": []byte("a")}), ""), 200)
	mu.Lock()
	now = now.Add(48 * time.Hour)
	mu.Unlock()
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(2), ""), nil), ""), 200)
	n, err := e.store.PurgeBefore(context.Background(), now.Add(-24*time.Hour))
	if err != nil || n != 1 {
		t.Fatalf("purged %d %v", n, err)
	}
	if _, err := e.store.Get(context.Background(), eventID(1)); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("old report still there: %v", err)
	}
	if _, err := e.store.Get(context.Background(), eventID(2)); err != nil {
		t.Errorf("new report gone: %v", err)
	}
}

func TestLegacyStoreAndSeparateAttachments(t *testing.T) {
	e := newTestEnv(t, nil)
	ev := `{"event_id":"` + eventID(5) + `","message":"legacy hello","level":"error","release":"old@0.9","tags":[["ticket","` + ticket.New() + `"]]}`
	if b := wantStatus(t, e.post("/api/1/store/", zstdBytes(t, []byte(ev)), "zstd"), 200); !strings.Contains(b, eventID(5)) {
		t.Fatalf("store reply %s", b)
	}
	rec, err := e.store.Get(context.Background(), eventID(5))
	if err != nil || rec.App != "old" || rec.Ticket == "" {
		t.Fatalf("legacy event: %+v %v", rec, err)
	}
	rep, _ := decodeReport(rec.Report)
	if rep.Kind != "message" || rep.Crash == nil || rep.Crash.Message != "legacy hello" {
		t.Errorf("report %+v", rep)
	}
	// An attachment-only envelope for that event is appended to it.
	att := "{\"event_id\":\"" + eventID(5) + "\"}\n{\"type\":\"attachment\",\"length\":3,\"filename\":\"late.txt\"}\nabc\n"
	wantStatus(t, e.post("/api/1/envelope/", []byte(att), ""), 200)
	rec, _ = e.store.Get(context.Background(), eventID(5))
	if len(rec.Attachments) != 1 || rec.Attachments[0].Name != "late.txt" {
		t.Errorf("appended attachments %+v", rec.Attachments)
	}
	// Sessions and client reports: accepted, nothing stored.
	if b := wantStatus(t, e.post("/api/1/envelope/", []byte("{}\n{\"type\":\"session\"}\n{\"started\":\"2020-02-07T14:16:00Z\"}\n"), ""), 200); strings.TrimSpace(b) != "{}" {
		t.Errorf("session reply %s", b)
	}
	if n, _ := e.store.Count(context.Background()); n != 1 {
		t.Errorf("stored %d", n)
	}
}

// TestCrashpadUploadRealDump uploads the demo's real minidump the way
// Crashpad does and checks the crash facts come from the dump itself.
func TestCrashpadUploadRealDump(t *testing.T) {
	dump, err := os.ReadFile("../demo/sample-crash.dmp")
	if err != nil {
		t.Skip("demo dump not present:", err)
	}
	e := newTestEnv(t, nil)
	tk := ticket.New()
	body, ctype := crashpadUpload(t, tk, dump)
	req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/api/1/minidump/?sentry_key="+testKey, bytes.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, resp, 200)
	rec, err := e.store.Get(context.Background(), tk)
	if err != nil {
		t.Fatal(err)
	}
	rep, _ := decodeReport(rec.Report)
	if rep.Crash == nil || rep.Crash.Reason == "" || len(rep.Modules) == 0 || len(rep.CrashedFrames()) == 0 {
		t.Errorf("no crash facts from the dump: crash=%+v modules=%d", rep.Crash, len(rep.Modules))
	}
	if rep.App.Name != "MixStudio" || rep.Annotations["plat"] != "Win64" {
		t.Errorf("annotations lost: %+v %v", rep.App, rep.Annotations)
	}
	t.Logf("crash: %s; %d frames, %d modules", crashLine(rep), len(rep.CrashedFrames()), len(rep.Modules))
}
