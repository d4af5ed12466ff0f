package daemon

import (
	"bytes"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"

	"crashd/config"
	"crashd/daemon/consent"
)

func testDaemon(t *testing.T) *Daemon {
	t.Helper()
	dir := t.TempDir()
	cfg := config.Default()
	cfg.StateDir = filepath.Join(dir, "state")
	cfg.PolicyFile = filepath.Join(dir, "no-policy.toml")
	cfg.DSN = "http://k@127.0.0.1:9/1"
	d, err := New(cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.Close)
	return d
}

// crashd's own errors go into the same spool, scrubbed, and only when
// consent allows crash reports.
func TestSelfReportScrubbedAndGated(t *testing.T) {
	d := testDaemon(t)
	d.selfReport(errors.New("open /home/zoe.kowalski/.config/app/secret.db: permission denied"))
	d.self.Flush(time.Second)
	if n := len(d.spool.List()); n != 0 {
		t.Fatalf("consent off: %d self reports stored", n)
	}
	if err := d.consent.Set(consent.Crash); err != nil {
		t.Fatal(err)
	}
	d.selfReport(errors.New("open /home/zoe.kowalski/.config/app/secret.db: permission denied"))
	d.self.Flush(time.Second)
	recs := d.spool.List()
	if len(recs) != 1 || recs[0].Format != "self" {
		t.Fatalf("records: %+v", recs)
	}
	rc, _, err := d.spool.OpenPayload(recs[0].EventID)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	zr, err := zstd.NewReader(rc)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	body, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(bytes.ToLower(body), []byte("zoe.kowalski")) {
		t.Fatalf("user name in self report: %s", body)
	}
	if !bytes.Contains(body, []byte("denied")) || !bytes.Contains(body, []byte("secret.db")) {
		t.Fatalf("error text lost: %s", body)
	}
}

// A second daemon on the same state directory is refused.
func TestSecondDaemonRefused(t *testing.T) {
	d := testDaemon(t)
	_, err := New(d.cfg, slog.New(slog.DiscardHandler))
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("second New: %v, want ErrLocked", err)
	}
}
