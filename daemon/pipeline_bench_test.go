package daemon

import (
	"context"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"

	"crashd/config"
	"crashd/internal/testfixtures"
	"crashd/redact"
)

// BenchmarkPipelineTextLog is `crashd redact` on a large varied app log
// (parse + learn + scrub), reported as a ratio to single-threaded zstd -3
// compressing the same bytes in the same run.
func BenchmarkPipelineTextLog(b *testing.B) {
	dir := b.TempDir()
	in := filepath.Join(dir, "app.log")
	cmd := exec.Command("go", "run", "./scripts/genlog", "-size", "67108864", "-out", in)
	cmd.Dir = filepath.Join("..")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("genlog: %v\n%s", err, out)
	}
	fi, _ := os.Stat(in)
	p := NewPipeline(config.Default(), redact.Identity{}, nil, dir, slog.New(slog.DiscardHandler))

	zstdTime := func() time.Duration {
		f, _ := os.Open(in)
		defer f.Close()
		enc, _ := zstd.NewWriter(io.Discard, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
		t0 := time.Now()
		io.Copy(enc, f)
		enc.Close()
		return time.Since(t0)
	}
	b.SetBytes(fi.Size())
	b.ResetTimer()
	var total, ztotal time.Duration
	for range b.N {
		total += processTimed(b, p, in)
		b.StopTimer()
		ztotal += zstdTime()
		b.StartTimer()
	}
	b.ReportMetric(ztotal.Seconds()/total.Seconds(), "x_zstd3")
}

// BenchmarkPipelineReports is the daemon's whole job on real crash reports
// (../shared/fixtures: Apple .crash logs and an .ips, a JVM hs_err log),
// one at a time, each in a new session as each report gets: sniff, parse,
// learn, scrub and write the attachment. It is reported as a ratio to
// single-threaded zstd -3 compressing the same bytes in the same run.
func BenchmarkPipelineReports(b *testing.B) {
	fx := testfixtures.Dir(b)
	var paths []string
	for _, pat := range []string{"apple/*.crash", "apple/*.ips", "linux/hs_err*"} {
		m, _ := filepath.Glob(filepath.Join(fx, pat))
		paths = append(paths, m...)
	}
	var data [][]byte
	size := 0
	for _, path := range paths {
		d, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
		size += len(d)
	}
	dir := b.TempDir()
	p := NewPipeline(config.Default(), redact.Identity{}, nil, dir, slog.New(slog.DiscardHandler))
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	var dst []byte
	var total, ztotal time.Duration
	b.SetBytes(int64(size))
	for range b.N {
		for k, path := range paths {
			total += processTimed(b, p, path)
			t1 := time.Now()
			dst = enc.EncodeAll(data[k], dst[:0])
			ztotal += time.Since(t1)
		}
	}
	b.ReportMetric(float64(size)*float64(b.N)/1e6/total.Seconds(), "pipeline_MB/s")
	b.ReportMetric(ztotal.Seconds()/total.Seconds(), "x_zstd3")
}

// processTimed runs the pipeline on the file at path and returns how long
// Process took.
func processTimed(b *testing.B, p *Pipeline, path string) time.Duration {
	src, err := OpenSource(path)
	if err != nil {
		b.Fatal(err)
	}
	defer src.File.Close()
	t0 := time.Now()
	res, err := p.Process(context.Background(), src)
	d := time.Since(t0)
	if err != nil {
		b.Fatalf("%s: %v", path, err)
	}
	res.Cleanup()
	return d
}
