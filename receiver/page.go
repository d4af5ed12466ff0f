package receiver

import (
	"bytes"
	"crypto/subtle"
	"embed"
	"errors"
	"fmt"
	"html"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"crashd/receiver/store"
	"crashd/report"
)

//go:embed web/*
var webFS embed.FS

var pageTmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"frame": frameLine,
	"bytes": func(n int64) string { return humanBytes(uint64(max(n, 0))) },
	"time":  func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05 MST") },
}).ParseFS(webFS, "web/*.html"))

const pageCSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

func staticFile(name, ctype string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		b, err := webFS.ReadFile("web/" + name)
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", ctype)
		_, _ = w.Write(b)
	}
}

// reportView is what the report template shows.
type reportView struct {
	Rec        *store.Record
	Rep        *report.Report
	Crash      string
	Frames     []report.Frame
	MoreFrames int
	Hardware   []kv
	Chart      template.HTML
	PerfText   []string
	Redaction  string
	Token      string // set only when the page itself came with ?token=
}

func (s *Server) view(rec *store.Record, token string) (*reportView, error) {
	rep, err := decodeReport(rec.Report)
	if err != nil {
		return nil, fmt.Errorf("receiver: stored report: %w", err)
	}
	v := &reportView{Rec: rec, Rep: rep, Crash: crashLine(rep), Hardware: hardwareRows(rep.System),
		Chart: perfChartSVG(rep), PerfText: perfText(rep), Redaction: redactionLine(rep.Redaction), Token: token}
	v.Frames = rep.CrashedFrames()
	if len(v.Frames) > 20 {
		v.MoreFrames = len(v.Frames) - 20
		v.Frames = v.Frames[:20]
	}
	return v, nil
}

type pageData struct {
	Query  string
	Error  string
	Report *reportView
	Authed bool
}

// handlePage serves the support page. With ?token= (and ?ticket=) it is
// rendered fully on the server; otherwise the script keeps the token in
// sessionStorage and loads reports as fragments with a Bearer header.
func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/support/" {
		http.NotFound(w, r)
		return
	}
	q := r.URL.Query()
	d := pageData{Query: q.Get("ticket")}
	code := http.StatusOK
	if tok := q.Get("token"); tok != "" {
		if subtle.ConstantTimeCompare([]byte(tok), []byte(s.o.SupportToken)) != 1 {
			d.Error, code = "Wrong support token.", http.StatusUnauthorized
		} else {
			d.Authed = true
			if d.Query != "" {
				v, c, msg := s.loadView(r, d.Query, tok)
				d.Report, code, d.Error = v, c, msg
			}
		}
	}
	s.render(w, code, "page.html", d)
}

// handleFragment returns one report's HTML section for the script.
func (s *Server) handleFragment(w http.ResponseWriter, r *http.Request) {
	v, code, msg := s.loadView(r, r.URL.Query().Get("ticket"), "")
	if v == nil {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(code)
		_, _ = w.Write([]byte(msg))
		return
	}
	s.render(w, code, "report.html", v)
}

func (s *Server) loadView(r *http.Request, q, token string) (*reportView, int, string) {
	key, err := LookupKey(strings.TrimSpace(q))
	if err != nil {
		return nil, http.StatusBadRequest, "invalid ticket"
	}
	rec, err := s.o.Store.Get(r.Context(), key)
	if errors.Is(err, store.ErrNotFound) {
		return nil, http.StatusNotFound, "No report with ticket " + key + "."
	}
	if err == nil {
		var v *reportView
		if v, err = s.view(rec, token); err == nil {
			return v, http.StatusOK, ""
		}
	}
	s.log.Error("receiver: support page", "err", err)
	return nil, http.StatusInternalServerError, "internal error"
}

func (s *Server) render(w http.ResponseWriter, code int, name string, data any) {
	var buf bytes.Buffer
	if err := pageTmpl.ExecuteTemplate(&buf, name, data); err != nil {
		s.log.Error("receiver: template", "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Security-Policy", pageCSP)
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

// attachmentURL is an attachment's download link; the token is only
// added when the page itself was opened with one.
func (v *reportView) AttachmentURL(seq int) string {
	u := "/api/support/reports/" + v.Rec.EventID + "/attachments/" + fmt.Sprint(seq)
	if v.Token != "" {
		u += "?token=" + url.QueryEscape(v.Token)
	}
	return u
}

// perfChartSVG draws CPU busy and memory used (both in percent) over the
// perf window, with the crash marked. Server-rendered so the page needs no
// script library and the chart works without JavaScript.
func perfChartSVG(r *report.Report) template.HTML {
	const (
		W, H                  = 720, 260
		left, right, top, bot = 52, 20, 24, 40
		pw, ph                = W - left - right, H - top - bot
	)
	var b strings.Builder
	fmt.Fprintf(&b, `<svg id="perf-chart" class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="CPU and memory around the crash">`, W, H, W, H)
	b.WriteString(`<title>CPU and memory around the crash</title>`)
	if r.Perf == nil || len(r.Perf.Samples) == 0 {
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle" fill="#666">no performance samples in this report</text></svg>`, W/2, H/2)
		return template.HTML(b.String())
	}
	smp := r.Perf.Samples
	t0, t1 := smp[0].T, smp[0].T
	for _, p := range smp {
		if p.T.Before(t0) {
			t0 = p.T
		}
		if p.T.After(t1) {
			t1 = p.T
		}
	}
	ct := crashTime(r)
	if !ct.IsZero() && ct.Sub(t1) > 0 && ct.Sub(t1) < time.Hour {
		t1 = ct
	}
	if !ct.IsZero() && t0.Sub(ct) > 0 && t0.Sub(ct) < time.Hour {
		t0 = ct
	}
	span := t1.Sub(t0).Seconds()
	if span <= 0 {
		span = 1
	}
	x := func(t time.Time) float64 { return left + float64(pw)*t.Sub(t0).Seconds()/span }
	y := func(pct float64) float64 { return top + float64(ph)*(1-pct/100) }
	// Grid and axes.
	for _, g := range []float64{0, 25, 50, 75, 100} {
		fmt.Fprintf(&b, `<line class="grid" x1="%d" x2="%d" y1="%.1f" y2="%.1f" stroke="#ddd"/>`, left, left+pw, y(g), y(g))
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end" font-size="11" fill="#555">%.0f%%</text>`, left-6, y(g)+4, g)
	}
	ref := ct
	if ref.IsZero() {
		ref = t1
	}
	// Ticks at round steps counted from the crash, so 0 sits on the marker.
	step := niceStep(span / 5)
	first := math.Ceil(t0.Sub(ref).Seconds()/step) * step
	for rel := first; rel <= t1.Sub(ref).Seconds()+1e-9; rel += step {
		t := ref.Add(time.Duration(rel * float64(time.Second)))
		label := strconv.FormatFloat(rel, 'f', -1, 64) + "s"
		if rel > 0 {
			label = "+" + label
		}
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" font-size="11" fill="#555">%s</text>`, x(t), H-bot+16, label)
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="middle" font-size="11" fill="#555">seconds relative to the crash</text>`, left+pw/2, H-6)
	var total uint64
	if r.System != nil {
		total = r.System.Memory.TotalBytes
	}
	var cpu, mem strings.Builder
	for _, p := range smp {
		fmt.Fprintf(&cpu, "%.1f,%.1f ", x(p.T), y(clamp(p.CPUBusy)))
		if m, ok := memPercent(p, total); ok {
			fmt.Fprintf(&mem, "%.1f,%.1f ", x(p.T), y(m))
		}
	}
	fmt.Fprintf(&b, `<polyline class="cpu" fill="none" stroke="#d9480f" stroke-width="2" points="%s"/>`, strings.TrimSpace(cpu.String()))
	if mem.Len() > 0 {
		fmt.Fprintf(&b, `<polyline class="mem" fill="none" stroke="#1c7ed6" stroke-width="2" points="%s"/>`, strings.TrimSpace(mem.String()))
	}
	if !ct.IsZero() && !ct.Before(t0) && !ct.After(t1) {
		fmt.Fprintf(&b, `<line class="crash" x1="%.1f" x2="%.1f" y1="%d" y2="%d" stroke="#c92a2a" stroke-width="1.5" stroke-dasharray="4 3"/>`, x(ct), x(ct), top, top+ph)
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle" font-size="11" fill="#c92a2a">crash</text>`, x(ct), top-8)
	}
	// Legend.
	fmt.Fprintf(&b, `<rect x="%d" y="6" width="12" height="3" fill="#d9480f"/><text x="%d" y="12" font-size="11">CPU busy</text>`, left, left+16)
	fmt.Fprintf(&b, `<rect x="%d" y="6" width="12" height="3" fill="#1c7ed6"/><text x="%d" y="12" font-size="11">memory used</text>`, left+90, left+106)
	fmt.Fprintf(&b, `<text x="%d" y="12" font-size="11" fill="#555" text-anchor="end">%s</text>`, W-right, html.EscapeString(fmt.Sprintf("%d samples", len(smp))))
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

func clamp(v float64) float64 { return min(100, max(0, v)) }

// niceStep rounds a raw tick spacing in seconds up to 1, 2 or 5 × 10^n.
func niceStep(raw float64) float64 {
	if raw <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*p {
			return m * p
		}
	}
	return 10 * p
}
