package upload

import (
	"bytes"
	"crypto/rand"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"crashd/daemon/consent"
	"crashd/daemon/spool"
	"crashd/report"
)

// dump200K is the 200 KB fixture minidump when the shared fixtures are
// there, else a synthetic one of the same size and a similar mix of
// compressible and random bytes.
func dump200K(tb testing.TB) string {
	tb.Helper()
	if p, err := filepath.Abs("../../../shared/fixtures/generated/windows-x64-wine-stack.dmp"); err == nil {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	b := make([]byte, 200<<10)
	copy(b, "MDMP\x93\xa7")
	rand.Read(b[100<<10 : 150<<10])
	p := filepath.Join(tb.TempDir(), "synthetic.dmp")
	if err := os.WriteFile(p, b, 0o600); err != nil {
		tb.Fatal(err)
	}
	return p
}

// readyToWire measures, n times, from "report ready" (scrubbed, in memory,
// dump file on disk) to the request arriving at a loopback server: event
// JSON, envelope, zstd, spool write with fsyncs, uploader wake-up, POST.
// It also times a plain POST of the raw dump to the same server.
func readyToWire(tb testing.TB, n int) (ours, plain []time.Duration) {
	fs := newFakeSentry(tb, nil)
	rg := newRig(tb, consent.Crash, fs.dsn(), nil)
	rg.run()
	dump := dump200K(tb)
	fi, _ := os.Stat(dump)
	raw, _ := os.ReadFile(dump)
	for range n {
		rep := newReport(report.KindCrash)
		rep.Attachments = []report.Attachment{{Name: "crash.dmp", Type: report.AttachmentMinidump, Size: fi.Size(), Path: dump}}
		start := time.Now()
		if _, err := rg.up.Enqueue(spool.Record{}, rep, true); err != nil {
			tb.Fatal(err)
		}
		select {
		case <-fs.inReq:
		case <-time.After(5 * time.Second):
			tb.Fatal("not on the wire")
		}
		ours = append(ours, time.Since(start))
		rg.wait(rep.EventID, 5*time.Second)

		start = time.Now()
		resp, err := http.Post(fs.srv.URL+"/plain", "application/octet-stream", bytes.NewReader(raw))
		if err != nil {
			tb.Fatal(err)
		}
		<-fs.inReq
		plain = append(plain, time.Since(start))
		resp.Body.Close()
	}
	return ours, plain
}

func median(d []time.Duration) time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s[len(s)/2]
}

// The overhead budget: ≤ 50 ms from ready to on the wire for a 200 KB dump.
func TestReadyToWireBudget(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("timing")
	}
	ours, plain := readyToWire(t, 15)
	m, p := median(ours), median(plain)
	t.Logf("ready→wire median %v (min %v, max %v); plain POST median %v; ratio %.1f",
		m, slices.Min(ours), slices.Max(ours), p, float64(m)/float64(p))
	if m > 50*time.Millisecond {
		t.Fatalf("median %v over the 50 ms budget", m)
	}
}

func BenchmarkReadyToWire200K(b *testing.B) {
	ours, plain := readyToWire(b, b.N)
	b.ReportMetric(float64(median(ours).Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(median(ours))/float64(median(plain)), "x-plain-POST")
	b.ReportMetric(float64(median(plain).Microseconds())/1000, "ms-plain-POST")
}
