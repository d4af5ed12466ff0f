package upload

import (
	"context"
	"encoding/json"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crashd/daemon/consent"
	"crashd/daemon/spool"
	"crashd/receiver"
	"crashd/receiver/store"
	"crashd/report"
)

// End to end against the bundled receiver (crashrecv's server) on
// loopback: zstd (concatenated frames) and gzip bodies, a minidump
// attachment, the report fetched back by ticket.
func TestRealReceiver(t *testing.T) {
	dir := testDir(t)
	st, err := store.Open(filepath.Join(dir, "recv"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	srv, err := receiver.NewServer(receiver.Options{Store: st, ProjectID: "7", PublicKey: "k3y", SupportToken: "tok", RateLimit: -1})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	defer hs.Close()
	dsn := "http://k3y@" + strings.TrimPrefix(hs.URL, "http://") + "/7"
	client := &receiver.Client{Server: hs.URL, Token: "tok"}

	dump := dump200K(t)
	fi, _ := os.Stat(dump)
	for _, gz := range []bool{false, true} {
		rg := newRig(t, consent.Crash, dsn, func(o *Options) { o.Gzip = gz })
		rg.run()
		rep := newReport(report.KindCrash)
		rep.Attachments = []report.Attachment{{Name: "crash.dmp", Type: report.AttachmentMinidump, Size: fi.Size(), Path: dump}}
		if _, err := rg.up.Enqueue(spool.Record{}, rep, true); err != nil {
			t.Fatal(err)
		}
		if rec := rg.wait(rep.Ticket, 10*time.Second); rec.State != spool.StateSent {
			t.Fatalf("gzip=%v: %+v", gz, rec)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		got, err := client.Get(ctx, rep.Ticket)
		cancel()
		if err != nil {
			t.Fatalf("gzip=%v: fetch: %v", gz, err)
		}
		var back report.Report
		if err := json.Unmarshal(got.Report, &back); err != nil {
			t.Fatal(err)
		}
		if got.EventID != rep.EventID || back.Ticket != rep.Ticket || back.Crash == nil || back.Crash.Reason != rep.Crash.Reason {
			t.Fatalf("gzip=%v: stored %+v", gz, got.ReportSummary)
		}
		if len(got.Attachments) != 1 || got.Attachments[0].Type != report.AttachmentMinidump || got.Attachments[0].Size != fi.Size() {
			t.Fatalf("gzip=%v: attachments %+v", gz, got.Attachments)
		}
		rc, err := client.Attachment(context.Background(), rep.EventID, got.Attachments[0].Seq)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		want, _ := os.ReadFile(dump)
		if string(b) != string(want) {
			t.Fatalf("gzip=%v: attachment bytes differ", gz)
		}
	}
}
