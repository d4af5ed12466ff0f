package upload

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"crashd/daemon/consent"
	"crashd/daemon/spool"
	"crashd/report"
)

// The child process runs an uploader on a spool until it is killed.
func TestHelperUploaderProcess(t *testing.T) {
	dir := os.Getenv("UPLOAD_CHILD_DIR")
	if dir == "" {
		t.Skip("helper process")
	}
	sp, err := spool.Open(filepath.Join(dir, "spool"), spool.Limits{}, nil)
	if err != nil {
		fmt.Println("child:", err)
		os.Exit(3)
	}
	cs, err := consent.Open(dir, "", nil)
	if err != nil {
		fmt.Println("child:", err)
		os.Exit(3)
	}
	up, err := New(Options{DSN: os.Getenv("UPLOAD_CHILD_DSN"), Spool: sp, Consent: cs,
		BackoffBase: 10 * time.Millisecond, BackoffMax: 50 * time.Millisecond})
	if err != nil {
		fmt.Println("child:", err)
		os.Exit(3)
	}
	up.Run(context.Background())
}

// kill -9 the uploading process at random points, restart it: every report
// reaches the server, none is lost or damaged; the same event id is the
// only thing that can repeat (a kill between the server's ack and the
// spool's record of it), which the receiver dedupes.
func TestKillDuringUpload(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	fs := newFakeSentry(t, func(n int, w http.ResponseWriter, r *http.Request) bool {
		// A slow reader: kills land mid-body as well as between requests.
		r.Body = slowBody{r.Body}
		return false
	})
	dir := t.TempDir()
	sp, err := spool.Open(filepath.Join(dir, "spool"), spool.Limits{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cs, _ := consent.Open(dir, "", nil)
	cs.Set(consent.Crash)
	big := make([]byte, 40<<10)
	var ids []string
	for range 30 {
		rep := newReport(report.KindCrash)
		rec, err := Enqueue(sp, rep, EnqueueOptions{Attachments: []AttachmentSource{{Name: "d.dmp", Type: report.AttachmentMinidump, Size: int64(len(big)),
			Open: func() (io.ReadCloser, error) { return io.NopCloser(&zeroReader{n: len(big)}), nil }}}})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, rec.EventID)
	}
	start := func() *exec.Cmd {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperUploaderProcess$")
		cmd.Env = append(os.Environ(), "UPLOAD_CHILD_DIR="+dir, "UPLOAD_CHILD_DSN="+fs.dsn())
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	for i := range 6 {
		cmd := start()
		time.Sleep(time.Duration(80+i*45) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
	}
	cmd := start()
	deadline := time.Now().Add(20 * time.Second)
	for {
		all := true
		for _, id := range ids {
			if fs.ackCount(id) == 0 {
				all = false
			}
		}
		if all {
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("not all reports delivered after the kills")
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(200 * time.Millisecond)
	cmd.Process.Kill()
	cmd.Wait()
	sp2, err := spool.Open(filepath.Join(dir, "spool"), spool.Limits{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	dups := 0
	for _, id := range ids {
		r, _ := sp2.Get(id)
		if r.State != spool.StateSent {
			t.Errorf("%s: %s %s", id, r.State, r.Reason)
		}
		dups += fs.ackCount(id) - 1
	}
	t.Logf("30 reports, 6 kills: %d requests, all delivered, %d repeated acks (same event id)", len(fs.requests()), dups)
}

type zeroReader struct{ n int }

func (z *zeroReader) Read(p []byte) (int, error) {
	if z.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), z.n)
	clear(p[:k])
	z.n -= k
	return k, nil
}

type slowBody struct{ io.ReadCloser }

func (s slowBody) Read(p []byte) (int, error) {
	time.Sleep(2 * time.Millisecond)
	return s.ReadCloser.Read(p[:min(len(p), 4096)])
}
