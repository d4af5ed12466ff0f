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
		src, err := OpenSource(in)
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		res, err := p.Process(context.Background(), src)
		total += time.Since(t0)
		src.File.Close()
		if err != nil {
			b.Fatal(err)
		}
		res.Cleanup()
		b.StopTimer()
		ztotal += zstdTime()
		b.StartTimer()
	}
	b.ReportMetric(ztotal.Seconds()/total.Seconds(), "x_zstd3")
}
