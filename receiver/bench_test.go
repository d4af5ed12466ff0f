package receiver

import (
	"bytes"
	"crypto/rand"
	"fmt"
	"io"
	"net/http"
	"os"
	"sort"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
)

// BenchmarkIngest is a loopback load generator: concurrent clients post
// ≈200 KB zstd envelopes (crashd event + a 200 KB incompressible
// attachment, unique event id each) to a real TCP listener and the
// benchmark reports ingests/s and latency percentiles.
//
//	go test ./receiver -run '^$' -bench Ingest -benchtime 2000x -cpu 2
//
// CRASHRECV_BENCH_CLIENTS sets the number of concurrent clients (8).
func BenchmarkIngest(b *testing.B) {
	e := newTestEnv(b, nil)
	att := make([]byte, 200<<10)
	rand.Read(att)
	full := crashdEnvelope(b, richReport(eventID(0), ""), map[string][]byte{"crash.dmp": att})
	// The envelope header (with the event id) is its own zstd frame
	// in front of a shared frame holding the items: decoders read
	// concatenated frames as one stream, and the generator need not
	// compress 200 KB per request on the same cores as the server.
	nl := bytes.IndexByte(full, '\n')
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedFastest))
	rest := enc.EncodeAll(full[nl+1:], nil)
	b.Logf("envelope: %d KB raw, %d KB zstd", len(full)>>10, len(rest)>>10)

	clients := 8
	if v, err := strconv.Atoi(os.Getenv("CRASHRECV_BENCH_CLIENTS")); err == nil && v > 0 {
		clients = v
	}
	tr := &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}
	hc := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	defer tr.CloseIdleConnections()
	var next atomic.Int64
	lat := make([]time.Duration, b.N)
	var failed atomic.Int64
	var encMu sync.Mutex
	b.SetBytes(int64(len(rest)))
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(b.N) {
					return
				}
				encMu.Lock()
				body := enc.EncodeAll([]byte(fmt.Sprintf(`{"event_id":"%032x"}`+"\n", 0xbe0000+i)), nil)
				encMu.Unlock()
				body = append(body, rest...)
				req, _ := http.NewRequest(http.MethodPost, e.http.URL+"/api/1/envelope/?sentry_key="+testKey, bytes.NewReader(body))
				req.Header.Set("Content-Encoding", "zstd")
				t0 := time.Now()
				resp, err := hc.Do(req)
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					if resp.StatusCode != 200 {
						err = fmt.Errorf("status %d", resp.StatusCode)
					}
				}
				lat[i] = time.Since(t0)
				if err != nil {
					failed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	el := time.Since(start)
	b.StopTimer()
	if failed.Load() > 0 {
		b.Fatalf("%d of %d requests failed", failed.Load(), b.N)
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(float64(b.N)/el.Seconds(), "ingests/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	if n, _ := e.store.Count(b.Context()); n != b.N {
		b.Fatalf("stored %d of %d", n, b.N)
	}
}
