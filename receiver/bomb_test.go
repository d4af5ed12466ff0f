package receiver

import (
	"bytes"
	"encoding/binary"
	"io"
	"net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
)

// zeroBomb returns a zstd frame that decompresses to n zero bytes (n a
// multiple of 128 KiB): RLE blocks of 128 KiB cost 4 bytes each, so 4 GiB
// is ≈128 KiB on the wire. Built directly rather than by running an
// encoder over 4 GiB, which would take the test seconds of CPU. prefix, if
// any, is sent first as its own frame.
func zeroBomb(t testing.TB, prefix []byte, n int64) []byte {
	const block = 128 << 10
	var b bytes.Buffer
	if len(prefix) > 0 {
		b.Write(zstdBytes(t, prefix))
	}
	b.Write([]byte{0x28, 0xb5, 0x2f, 0xfd}) // magic
	b.WriteByte(0x00)                       // no content size, not single-segment
	b.WriteByte(7 << 3)                     // window 2^(10+7) = 128 KiB
	blocks := n / block
	for i := int64(0); i < blocks; i++ {
		last := uint32(0)
		if i == blocks-1 {
			last = 1
		}
		var h [4]byte
		binary.LittleEndian.PutUint32(h[:], last|1<<1|block<<3) // RLE block
		b.Write(h[:3])
		b.WriteByte(0)
	}
	return b.Bytes()
}

func TestZeroBombRefusedWithBoundedMemory(t *testing.T) {
	e := newTestEnv(t, nil) // default limits: 20 MB body, 100 MB decompressed
	const fourGiB = 4 << 30
	plain := zeroBomb(t, nil, fourGiB)
	// A bomb behind a valid envelope header and an item without a length:
	// the decoder must read zeros until the decompressed cap stops it.
	headed := zeroBomb(t, []byte("{\"event_id\":\""+eventID(1)+"\"}\n{\"type\":\"attachment\",\"filename\":\"z\"}\n"), fourGiB)
	t.Logf("bomb sizes: %d and %d bytes compressed for 4 GiB", len(plain), len(headed))
	if len(plain) > 200<<10 {
		t.Fatalf("bomb is %d bytes", len(plain))
	}
	// Sanity: the frame really is valid zstd (decode the first MiB).
	d, _ := zstd.NewReader(bytes.NewReader(plain), zstd.WithDecoderConcurrency(1))
	if n, err := io.CopyN(io.Discard, d, 1<<20); err != nil || n != 1<<20 {
		t.Fatalf("bomb does not decode: %d %v", n, err)
	}
	d.Close()

	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > peak.Load() {
				peak.Store(m.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
			}
		}
	}()
	start := time.Now()
	for _, c := range []struct {
		name string
		body []byte
		want int
	}{{"zeros", plain, 400}, {"headed", headed, 413}} {
		resp := e.post("/api/1/envelope/", c.body, "zstd")
		body := readAll(t, resp)
		if resp.StatusCode != c.want {
			t.Errorf("%s: status %d, want %d: %s", c.name, resp.StatusCode, c.want, body)
		}
	}
	elapsed := time.Since(start)
	close(stop)
	wg.Wait()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	t.Logf("refused in %v; heap peak %d MiB (base %d MiB), Sys %d MiB", elapsed, peak.Load()>>20, base.HeapAlloc>>20, after.Sys>>20)
	if peak.Load() > 512<<20 || after.Sys > 768<<20 {
		t.Errorf("memory not bounded: heap peak %d MiB, sys %d MiB", peak.Load()>>20, after.Sys>>20)
	}
	if elapsed > 20*time.Second {
		t.Errorf("refusal took %v", elapsed)
	}
	if e.srv.budget.used != 0 {
		t.Errorf("budget leaked: %d", e.srv.budget.used)
	}
	// Still serving.
	wantStatus(t, e.post("/api/1/envelope/", zstdBytes(t, crashdEnvelope(t, richReport(eventID(2), ""), nil)), "zstd"), http.StatusOK)
}

func TestMemoryBudgetAnswers503(t *testing.T) {
	e := newTestEnv(t, func(o *Options) { o.MemoryBudget = 256 << 10 })
	body := zstdBytes(t, crashdEnvelope(t, richReport(eventID(1), ""), map[string][]byte{"big": bytes.Repeat([]byte("y"), 1<<20)}))
	resp := e.post("/api/1/envelope/", body, "zstd")
	wantStatus(t, resp, http.StatusServiceUnavailable)
	if resp.Header.Get("Retry-After") == "" {
		t.Error("no Retry-After")
	}
	wantStatus(t, e.post("/api/1/envelope/", crashdEnvelope(t, richReport(eventID(2), ""), nil), ""), http.StatusOK)
}
