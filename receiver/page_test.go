package receiver

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crashd/ticket"
)

func TestSupportPageServerRendered(t *testing.T) {
	e := newTestEnv(t, nil)
	tk := ticket.New()
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(1), tk), map[string][]byte{"crash.dmp": []byte("MDMP")}), ""), 200)

	resp, _ := http.Get(e.http.URL + "/support/")
	shell := wantStatus(t, resp, 200)
	if !strings.Contains(shell, `id="login"`) || strings.Contains(shell, `id="report"`) {
		t.Errorf("shell page: %s", shell)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("CSP %q", csp)
	}
	resp, _ = http.Get(e.http.URL + "/support/?ticket=" + tk + "&token=wrong")
	if b := wantStatus(t, resp, 401); strings.Contains(b, "MixStudio") {
		t.Error("report shown with a wrong token")
	}
	resp, _ = http.Get(e.http.URL + "/support/?ticket=" + tk + "&token=" + url.QueryEscape(testToken))
	page := wantStatus(t, resp, 200)
	for _, want := range []string{`<svg id="perf-chart"`, `class="cpu"`, `class="mem"`, `class="crash"`, `id="hardware"`,
		"GeForce RTX 4070", "Focusrite Scarlett 2i2", "EXCEPTION_ACCESS_VIOLATION_READ", "Mixer::render", "host 1, user 3",
		"/api/support/reports/" + eventID(1) + "/attachments/0?token="} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	resp, _ = http.Get(e.http.URL + "/support/?ticket=ZZZZ-ZZZZ-ZZZ&token=" + url.QueryEscape(testToken))
	if b := wantStatus(t, resp, 400); !strings.Contains(b, "invalid ticket") {
		t.Errorf("bad ticket page: %s", b)
	}
	// Fragment for the script: header auth, no token in links.
	frag := wantStatus(t, e.support("GET", "/support/fragment?ticket="+tk), 200)
	if !strings.Contains(frag, `id="perf-chart"`) || strings.Contains(frag, "token=") {
		t.Errorf("fragment: %s", frag)
	}
	// Report fields are escaped.
	r := richReport(eventID(2), "")
	r.App.Name = `<script>alert(1)</script>`
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, r, nil), ""), 200)
	frag = wantStatus(t, e.support("GET", "/support/fragment?ticket="+eventID(2)), 200)
	if strings.Contains(frag, "<script>alert") {
		t.Error("unescaped report field in page")
	}
}

func findChromium() string {
	for _, n := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	return ""
}

// TestSupportPageInChromium loads the page in headless Chromium: the
// server-rendered report (chart, hardware table) and the script's signed-in
// view (recent reports fetched with the Bearer token).
func TestSupportPageInChromium(t *testing.T) {
	bin := findChromium()
	if bin == "" {
		t.Skip("chromium not installed (apt-get install chromium)")
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	e := newTestEnv(t, nil)
	tk := ticket.New()
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(1), tk), map[string][]byte{"crash.dmp": []byte("MDMP")}), ""), 200)
	art := os.Getenv("CRASHD_TEST_ARTIFACTS")
	if art == "" {
		art = t.TempDir()
	}
	os.MkdirAll(art, 0o755)
	profile := t.TempDir()
	chrome := func(extra ...string) string {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
			"--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1100,1600"}, extra...)
		out, err := exec.CommandContext(ctx, bin, args...).Output()
		if err != nil {
			t.Fatalf("chromium %v: %v", extra, err)
		}
		return string(out)
	}
	u := e.http.URL + "/support/?ticket=" + tk + "&token=" + url.QueryEscape(testToken)
	dom := chrome("--dump-dom", u)
	for _, want := range []string{`<svg id="perf-chart"`, "<polyline", `<table id="hardware"`, "GeForce RTX 4070", "Mixer::render"} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered DOM lacks %q", want)
		}
	}
	shot := filepath.Join(art, "support-report.png")
	chrome("--screenshot="+shot, u)
	if fi, err := os.Stat(shot); err != nil || fi.Size() < 10<<10 {
		t.Errorf("screenshot %v %v", fi, err)
	}
	t.Logf("screenshot: %s", shot)
	// The script keeps the token in sessionStorage and lists recent
	// reports through the API.
	dom = chrome("--virtual-time-budget=5000", "--dump-dom", e.http.URL+"/support/?token="+url.QueryEscape(testToken))
	if !strings.Contains(dom, tk) || !strings.Contains(dom, `id="recent"`) {
		t.Errorf("signed-in page did not list the report:\n%s", dom)
	}
}
