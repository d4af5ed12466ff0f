// Package receiver is crashrecv, the bundled Sentry-compatible receiver:
// envelope and Crashpad/Breakpad minidump ingest, storage (receiver/store),
// the support API and page behind a support token, retention, and the
// crashrecv command line (Main).
//
// It faces the internet, so every input is treated as hostile: request
// bodies are capped before and after decompression, decompressed bytes held
// in memory are charged against a server-wide budget, zstd decoders run with
// a bounded window and memory, and per-key rate limits answer 429 the way
// Sentry does.
package receiver

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"crashd/receiver/store"
	"crashd/report"
)

// Defaults in line with Sentry's ingest limits.
const (
	DefaultMaxBody         = 20 << 20  // compressed request body
	DefaultMaxDecompressed = 100 << 20 // decompressed envelope / upload
	DefaultMemoryBudget    = 256 << 20 // decompressed bytes held by all requests together
	DefaultRateLimit       = 400       // events per second per key: below what one node ingests, so it stays responsive
	DefaultRateBurst       = 2000
	maxZstdWindow          = 8 << 20 // what zstd encoders use at default levels
)

// Options configure a Server.
type Options struct {
	Store        *store.Store
	Logger       *slog.Logger
	ProjectID    string // the DSN's project id
	PublicKey    string // the DSN's public key
	SupportToken string

	MaxBody         int64   // bytes of request body as sent; default DefaultMaxBody
	MaxDecompressed int64   // bytes after decompression; default DefaultMaxDecompressed
	MemoryBudget    int64   // default DefaultMemoryBudget
	RateLimit       float64 // events/s per key; 0 = DefaultRateLimit, <0 = off
	RateBurst       int     // default DefaultRateBurst

	Now func() time.Time // default time.Now

	// MinidumpReport derives crash facts from an uploaded minidump;
	// default: the collector/minidump parser.
	MinidumpReport func(r io.ReaderAt, size int64) (*report.Report, error)
}

// Server serves ingest, the support API and the support page.
type Server struct {
	o      Options
	log    *slog.Logger
	budget *budget
	limits *rateLimiter
	zstd   sync.Pool
}

// NewServer checks o and returns a Server.
func NewServer(o Options) (*Server, error) {
	if o.Store == nil {
		return nil, errors.New("receiver: no store")
	}
	if o.PublicKey == "" || o.SupportToken == "" || o.ProjectID == "" {
		return nil, errors.New("receiver: public key, project id and support token are required")
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.MaxDecompressed <= 0 {
		o.MaxDecompressed = DefaultMaxDecompressed
	}
	if o.MemoryBudget <= 0 {
		o.MemoryBudget = DefaultMemoryBudget
	}
	if o.RateLimit == 0 {
		o.RateLimit = DefaultRateLimit
	}
	if o.RateBurst <= 0 {
		o.RateBurst = DefaultRateBurst
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MinidumpReport == nil {
		o.MinidumpReport = parseMinidump
	}
	s := &Server{o: o, log: o.Logger, budget: &budget{max: o.MemoryBudget}}
	if o.RateLimit > 0 {
		s.limits = newRateLimiter(o.RateLimit, o.RateBurst, o.Now)
	}
	return s, nil
}

// Handler returns the HTTP handler for all endpoints.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/{project}/envelope/", s.handleEnvelope)
	mux.HandleFunc("POST /api/{project}/store/", s.handleStore)
	mux.HandleFunc("POST /api/{project}/minidump/", s.handleMinidump)
	mux.HandleFunc("GET /api/support/reports", s.support(s.handleList))
	mux.HandleFunc("GET /api/support/reports/{id}", s.support(s.handleGet))
	mux.HandleFunc("DELETE /api/support/reports/{id}", s.support(s.handleDelete))
	mux.HandleFunc("GET /api/support/reports/{id}/attachments/{seq}", s.support(s.handleAttachment))
	mux.HandleFunc("GET /api/support/reports/{id}/perf.svg", s.support(s.handleChart))
	mux.HandleFunc("GET /support/", s.handlePage)
	mux.HandleFunc("GET /support/fragment", s.support(s.handleFragment))
	mux.HandleFunc("GET /support/app.js", staticFile("app.js", "text/javascript; charset=utf-8"))
	mux.HandleFunc("GET /support/app.css", staticFile("app.css", "text/css; charset=utf-8"))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/support/", http.StatusFound)
	})
	return securityHeaders(mux)
}

func securityHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hd := w.Header()
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("Referrer-Policy", "no-referrer")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

// support wraps a handler with the support-token check. The token comes
// as "Authorization: Bearer T" or, for links opened by a browser (page,
// attachment downloads), as ?token=T.
func (s *Server) support(h http.HandlerFunc) http.HandlerFunc {
	want := []byte(s.o.SupportToken)
	return func(w http.ResponseWriter, r *http.Request) {
		tok := bearer(r)
		if tok == "" {
			tok = r.URL.Query().Get("token")
		}
		if tok == "" || subtle.ConstantTimeCompare([]byte(tok), want) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="crashrecv"`)
			writeError(w, http.StatusUnauthorized, "invalid or missing support token")
			return
		}
		h(w, r)
	}
}

func bearer(r *http.Request) string {
	const p = "Bearer "
	a := r.Header.Get("Authorization")
	if len(a) > len(p) && equalFold(a[:len(p)], p) {
		return a[len(p):]
	}
	return ""
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i]|0x20, b[i]|0x20
		if x != y {
			return false
		}
	}
	return true
}

type apiError struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, apiError{msg})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		code, b = http.StatusInternalServerError, []byte(`{"error":"encoding response"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)+1))
	w.WriteHeader(code)
	_, _ = w.Write(append(b, '\n'))
}

// budget bounds the decompressed bytes all requests hold in memory at once,
// so many concurrent large envelopes cannot exhaust memory even though each
// is within the per-envelope cap.
type budget struct {
	mu   sync.Mutex
	used int64
	max  int64
}

var errBudget = errors.New("receiver: server busy")

func (b *budget) take(n int64) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.used+n > b.max {
		return errBudget
	}
	b.used += n
	return nil
}

func (b *budget) give(n int64) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
}

// rateLimiter is a token bucket per public key.
type rateLimiter struct {
	mu      sync.Mutex
	rate    float64
	burst   float64
	now     func() time.Time
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newRateLimiter(rate float64, burst int, now func() time.Time) *rateLimiter {
	return &rateLimiter{rate: rate, burst: float64(burst), now: now, buckets: map[string]*bucket{}}
}

// allow takes one token for key, or returns how long until one is there.
func (l *rateLimiter) allow(key string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b := l.buckets[key]
	if b == nil {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) / l.rate * float64(time.Second))
}

func (s *Server) rateLimited(w http.ResponseWriter, key string) bool {
	if s.limits == nil {
		return false
	}
	ok, wait := s.limits.allow(key)
	if ok {
		return false
	}
	secs := max(1, int(math.Ceil(wait.Seconds())))
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	// Sentry's format: retry_after:categories:scope (empty categories = all).
	w.Header().Set("X-Sentry-Rate-Limits", fmt.Sprintf("%d::key", secs))
	writeError(w, http.StatusTooManyRequests, "rate limited")
	return true
}
