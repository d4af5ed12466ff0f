package spool

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"crashd/report"
	"crashd/ticket"
)

func newID() string {
	var b [16]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func meta(kind report.Kind) Record {
	return Record{EventID: newID(), Ticket: ticket.New(), Kind: kind, App: "mixer", Format: "minidump",
		SourceHash: "sha256:" + newID(), Categories: []string{"error", "attachment"}, RawSize: 100}
}

func open(t *testing.T, dir string, lim Limits) *Spool {
	t.Helper()
	s, err := Open(dir, lim, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func mustAdd(t *testing.T, s *Spool, m Record, payload string) Record {
	t.Helper()
	r, err := s.Add(m, strings.NewReader(payload))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func readPayload(t *testing.T, s *Spool, id string) string {
	t.Helper()
	rc, _, err := s.OpenPayload(id)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestLifecycle(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, Limits{})
	changed := s.Changed()
	m := meta(report.KindCrash)
	r := mustAdd(t, s, m, "payload-1")
	select {
	case <-changed:
	default:
		t.Fatal("Changed not closed by Add")
	}
	if r.State != StatePending || !r.HasPayload || r.Size != 9 || r.SHA256 == "" {
		t.Fatalf("%+v", r)
	}
	if _, err := s.Add(m, strings.NewReader("again")); !errors.Is(err, ErrExists) {
		t.Fatalf("duplicate add: %v", err)
	}
	if !s.HasSource(m.SourceHash) || s.HasSource("sha256:other") {
		t.Fatal("HasSource")
	}
	// Any ticket spelling finds it.
	if g, ok := s.Get(strings.ToLower(strings.ReplaceAll(m.Ticket, "-", ""))); !ok || g.EventID != m.EventID {
		t.Fatal("Get by ticket")
	}
	now := time.Now()
	l, ok := s.Lease(now, 0, nil)
	if !ok || l.EventID != m.EventID {
		t.Fatal("lease")
	}
	if _, ok := s.Lease(now, 0, nil); ok {
		t.Fatal("leased twice")
	}
	if got := readPayload(t, s, m.EventID); got != "payload-1" {
		t.Fatalf("payload %q", got)
	}
	if err := s.MarkRetry(m.EventID, now.Add(time.Minute), "HTTP 503"); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Lease(now, 0, nil); ok {
		t.Fatal("leased before next attempt")
	}
	if w, ok := s.NextWake(0, nil); !ok || !w.Equal(now.Add(time.Minute).UTC()) {
		t.Fatalf("NextWake %v %v", w, ok)
	}
	// State survives a restart.
	s2 := open(t, dir, Limits{})
	g, _ := s2.Get(m.EventID)
	if g.Attempts != 1 || g.Reason != "HTTP 503" || !g.NextAttempt.Equal(now.Add(time.Minute).UTC()) {
		t.Fatalf("after reopen %+v", g)
	}
	if _, ok := s2.Lease(now.Add(2*time.Minute), 0, nil); !ok {
		t.Fatal("not due after next attempt")
	}
	if err := s2.MarkSent(m.EventID, now); err != nil {
		t.Fatal(err)
	}
	g, _ = s2.Get(m.Ticket)
	if g.State != StateSent || g.HasPayload || g.Attempts != 2 {
		t.Fatalf("%+v", g)
	}
	if _, err := os.Stat(s2.dataPath(m.EventID)); !os.IsNotExist(err) {
		t.Fatal("payload kept after sent")
	}
	if err := s2.MarkSent(m.EventID, now); !errors.Is(err, ErrState) {
		t.Fatalf("double MarkSent: %v", err)
	}
}

func TestHoldApproveDrop(t *testing.T) {
	s := open(t, t.TempDir(), Limits{})
	held, err := s.Hold(meta(report.KindCrash), strings.NewReader("h"))
	if err != nil {
		t.Fatal(err)
	}
	pend := mustAdd(t, s, meta(report.KindPerformance), "p")
	if r, ok := s.Lease(time.Now(), 0, nil); !ok || r.EventID != pend.EventID {
		t.Fatal("held report offered for upload")
	}
	s.Release(pend.EventID)
	n, err := s.DropUnsent("consent withdrawn", nil)
	if err != nil || n != 1 {
		t.Fatalf("dropped %d %v", n, err)
	}
	if r, _ := s.Get(pend.EventID); r.State != StateDeleted || r.HasPayload || r.Reason != "consent withdrawn" {
		t.Fatalf("%+v", r)
	}
	if r, _ := s.Get(held.EventID); r.State != StateHeld || !r.HasPayload {
		t.Fatalf("held report touched: %+v", r)
	}
	if _, err := s.Approve(pend.Ticket); !errors.Is(err, ErrState) {
		t.Fatalf("approved a deleted report: %v", err)
	}
	r, err := s.Approve(held.Ticket)
	if err != nil || r.State != StatePending || !r.Approved {
		t.Fatalf("%+v %v", r, err)
	}
	if _, ok := s.Lease(time.Now(), 0, nil); !ok {
		t.Fatal("approved report not offered")
	}
	if err := s.MarkFailed(held.EventID, "HTTP 413"); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Get(held.EventID); r.State != StateFailed || !r.HasPayload || r.Reason != "HTTP 413" {
		t.Fatalf("%+v", r)
	}
}

func TestLeaseFilters(t *testing.T) {
	s := open(t, t.TempDir(), Limits{})
	small := mustAdd(t, s, meta(report.KindCrash), "s")
	time.Sleep(2 * time.Millisecond)
	big := mustAdd(t, s, meta(report.KindCrash), strings.Repeat("b", 1000))
	if r, ok := s.Lease(time.Now(), 100, func(r Record) bool { return r.EventID != small.EventID }); ok {
		t.Fatalf("filters ignored: %s", r.EventID)
	}
	if r, ok := s.Lease(time.Now(), 0, nil); !ok || r.EventID != small.EventID {
		t.Fatal("oldest first")
	}
	if r, ok := s.Lease(time.Now(), 0, nil); !ok || r.EventID != big.EventID {
		t.Fatal("second")
	}
}

func TestRateLimitPersists(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, Limits{})
	m := meta(report.KindCrash)
	m.Categories = []string{"error"}
	mustAdd(t, s, m, "x")
	until := time.Now().Add(time.Hour)
	if err := s.SetRateLimit([]string{"attachment"}, until); err != nil {
		t.Fatal(err)
	}
	if _, ok := s.Next(time.Now()); !ok {
		t.Fatal("limited by another category")
	}
	if err := s.SetRateLimit([]string{"error"}, until); err != nil {
		t.Fatal(err)
	}
	s2 := open(t, dir, Limits{})
	if _, ok := s2.Next(time.Now()); ok {
		t.Fatal("rate limit lost on restart")
	}
	if w, _ := s2.NextWake(0, nil); !w.Equal(until.UTC()) {
		t.Fatalf("wake %v want %v", w, until)
	}
	if _, ok := s2.Next(until.Add(time.Second)); !ok {
		t.Fatal("not due after the limit")
	}
	if err := s2.SetRateLimit(nil, until.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if _, ok := s2.Next(until.Add(time.Second)); ok {
		t.Fatal("all-category limit ignored")
	}
}

func TestLimitsPruneOldestWithHistory(t *testing.T) {
	s := open(t, t.TempDir(), Limits{MaxCount: 3, MaxBytes: 1000, MaxHistory: 4})
	base := time.Now().Add(-time.Hour)
	var recs []Record
	for i := range 5 {
		m := meta(report.KindCrash)
		m.CapturedAt = base.Add(time.Duration(i) * time.Minute)
		recs = append(recs, mustAdd(t, s, m, "0123456789"))
	}
	for i, r := range recs {
		g, _ := s.Get(r.EventID)
		if want := i >= 2; g.HasPayload != want {
			t.Fatalf("record %d payload %v, want %v (%s)", i, g.HasPayload, want, g.Reason)
		}
		if i < 2 && (g.State != StateDeleted || !strings.Contains(g.Reason, "over 3 reports")) {
			t.Fatalf("record %d: %+v", i, g)
		}
	}
	// Bytes: one 600-byte report pushes out older ones.
	m := meta(report.KindCrash)
	big := mustAdd(t, s, m, strings.Repeat("x", 995))
	if st := s.Stats(); st.Bytes > 1000 || st.Counts[StatePending] != 1 {
		t.Fatalf("stats %+v", st)
	}
	if g, _ := s.Get(big.EventID); !g.HasPayload {
		t.Fatal("newest pruned")
	}
	// History is bounded too: 5 deleted rows + 1 live, MaxHistory 4.
	if n := len(s.List()); n != 5 {
		t.Fatalf("history %d rows, want 4 + 1 live", n)
	}
	// Age.
	s.now = func() time.Time { return time.Now().Add(31 * 24 * time.Hour) }
	s.Prune()
	if g, _ := s.Get(big.EventID); g.HasPayload || !strings.Contains(g.Reason, "older than") {
		t.Fatalf("age prune: %+v", g)
	}
	// Too large for the spool at all: recorded as skipped.
	m = meta(report.KindCrash)
	r, err := s.Add(m, strings.NewReader(strings.Repeat("y", 1001)))
	if !errors.Is(err, ErrTooLarge) || r.State != StateSkipped || r.HasPayload {
		t.Fatalf("too large: %+v %v", r, err)
	}
	if ents, _ := os.ReadDir(s.path(tmpDir)); len(ents) != 0 {
		t.Fatalf("tmp not cleaned: %d", len(ents))
	}
}

type fullFile struct {
	*os.File
	left int
}

func (f *fullFile) Write(p []byte) (int, error) {
	if len(p) > f.left {
		n, _ := f.File.Write(p[:f.left])
		f.left = 0
		return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}
	f.left -= len(p)
	return f.File.Write(p)
}

func TestDiskFull(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, Limits{})
	s.create = func(d, p string) (tempFile, error) {
		f, err := os.CreateTemp(d, p)
		return &fullFile{File: f, left: 100}, err
	}
	m := meta(report.KindCrash)
	_, err := s.Add(m, bytes.NewReader(make([]byte, 4096)))
	if !errors.Is(err, ErrDiskFull) || !errors.Is(err, syscall.ENOSPC) || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("err = %v", err)
	}
	if st := s.Stats(); !strings.Contains(st.LastError, "disk full") {
		t.Fatalf("status does not show it: %+v", st)
	}
	if _, ok := s.Get(m.EventID); ok {
		t.Fatal("half-written report recorded")
	}
	for _, d := range []string{tmpDir, reportsDir} {
		if ents, _ := os.ReadDir(s.path(d)); len(ents) != 0 {
			t.Fatalf("%s left %d files", d, len(ents))
		}
	}
	// The metadata write failing (payload fitted) leaves nothing either.
	_, err = s.Add(meta(report.KindCrash), strings.NewReader("tiny"))
	if !errors.Is(err, ErrDiskFull) {
		t.Fatalf("meta write: %v", err)
	}
	if ents, _ := os.ReadDir(s.path(reportsDir)); len(ents) != 0 {
		t.Fatalf("reports left %d files", len(ents))
	}
	// Space returns: the same report goes in, the error clears.
	s.create = func(d, p string) (tempFile, error) { return os.CreateTemp(d, p) }
	mustAdd(t, s, m, "ok")
	if st := s.Stats(); st.LastError != "" {
		t.Fatalf("error not cleared: %q", st.LastError)
	}
}

func TestRecovery(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir, Limits{})
	good := mustAdd(t, s, meta(report.KindCrash), "good payload")
	corrupt := mustAdd(t, s, meta(report.KindCrash), "will be flipped")
	truncated := mustAdd(t, s, meta(report.KindCrash), "will be truncated")
	missing := mustAdd(t, s, meta(report.KindHang), "will vanish")
	sent := mustAdd(t, s, meta(report.KindCrash), "sent")
	if err := s.MarkSent(sent.EventID, time.Now()); err != nil {
		t.Fatal(err)
	}

	flip := func(p string) {
		b, _ := os.ReadFile(p)
		b[0] ^= 0xff
		os.WriteFile(p, b, 0o600)
	}
	flip(s.dataPath(corrupt.EventID))
	os.Truncate(s.dataPath(truncated.EventID), 3)
	os.Remove(s.dataPath(missing.EventID))
	// Killed mid-write: a temp payload, a metadata temp file, a payload
	// whose record was never written, a torn record, a stale payload of a
	// sent report.
	os.WriteFile(s.path(tmpDir, newID()+".123.part"), []byte("partial"), 0o600)
	os.WriteFile(s.path(reportsDir, "."+newID()+".json.99"), []byte("{"), 0o600)
	orphan := newID()
	os.WriteFile(s.dataPath(orphan), []byte("orphan"), 0o600)
	torn := newID()
	os.WriteFile(s.metaPath(torn), []byte(`{"event_id":"`+torn+`","sta`), 0o600)
	os.WriteFile(s.dataPath(torn), []byte("torn"), 0o600)
	os.WriteFile(s.dataPath(sent.EventID), []byte("stale"), 0o600)

	s2 := open(t, dir, Limits{})
	for _, id := range []string{corrupt.EventID, truncated.EventID, missing.EventID} {
		r, _ := s2.Get(id)
		if r.State != StateFailed || r.HasPayload {
			t.Fatalf("%s: %+v", id, r)
		}
	}
	if r, _ := s2.Get(corrupt.EventID); !strings.Contains(r.Reason, "checksum") {
		t.Fatalf("reason %q", r.Reason)
	}
	for _, id := range []string{orphan, torn} {
		if _, ok := s2.Get(id); ok {
			t.Fatalf("%s indexed", id)
		}
	}
	var leased []string
	for {
		r, ok := s2.Lease(time.Now(), 0, nil)
		if !ok {
			break
		}
		leased = append(leased, r.EventID)
	}
	if len(leased) != 1 || leased[0] != good.EventID {
		t.Fatalf("leased %v, want only the good one", leased)
	}
	if readPayload(t, s2, good.EventID) != "good payload" {
		t.Fatal("good payload changed")
	}
	ents, _ := os.ReadDir(s2.path(tmpDir))
	q, _ := os.ReadDir(s2.path(quarantineDir))
	rep, _ := os.ReadDir(s2.path(reportsDir))
	if len(ents) != 0 || len(q) != 5 || len(rep) != 6 {
		// quarantine: corrupt + truncated payloads, orphan, torn json + payload
		// reports: 5 records + the good payload
		t.Fatalf("tmp %d quarantine %d reports %d", len(ents), len(q), len(rep))
	}
	if s2.Stats().Quarantined != 5 {
		t.Fatalf("stats %+v", s2.Stats())
	}
}

func TestCorruptionWhileUploading(t *testing.T) {
	s := open(t, t.TempDir(), Limits{})
	r := mustAdd(t, s, meta(report.KindCrash), strings.Repeat("z", 100000))
	rc, size, err := s.OpenPayload(r.EventID)
	if err != nil || size != 100000 {
		t.Fatal(err)
	}
	defer rc.Close()
	f, _ := os.OpenFile(s.dataPath(r.EventID), os.O_WRONLY, 0)
	f.WriteAt([]byte("Q"), 99999)
	f.Close()
	if _, err := io.ReadAll(rc); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("read err %v", err)
	}
	if g, _ := s.Get(r.EventID); g.State != StateFailed || g.HasPayload {
		t.Fatalf("%+v", g)
	}
}

func TestWaitFor(t *testing.T) {
	s := open(t, t.TempDir(), Limits{})
	r := mustAdd(t, s, meta(report.KindCrash), "w")
	go func() {
		time.Sleep(20 * time.Millisecond)
		s.MarkSent(r.EventID, time.Now())
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	got, err := s.WaitFor(ctx, r.Ticket, func(r Record) bool { return r.State.Final() })
	if err != nil || got.State != StateSent {
		t.Fatalf("%+v %v", got, err)
	}
	if _, err := s.WaitFor(ctx, "ZZZZ-ZZZZ-ZZZ", func(Record) bool { return true }); !errors.Is(err, ErrNotFound) {
		t.Fatal(err)
	}
}

// The child process adds and sends reports in a loop until killed.
func TestHelperSpoolWriter(t *testing.T) {
	dir := os.Getenv("SPOOL_CHILD_DIR")
	if dir == "" {
		t.Skip("helper process")
	}
	s, err := Open(dir, Limits{}, nil)
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(3)
	}
	payload := bytes.Repeat([]byte("crash dump bytes "), 4096)
	for i := 0; ; i++ {
		r, err := s.Add(meta(report.KindCrash), bytes.NewReader(payload))
		if err != nil {
			fmt.Println("add:", err)
			os.Exit(3)
		}
		if i%2 == 0 {
			s.MarkSent(r.EventID, time.Now())
		}
	}
}

// kill -9 at random points while reports are written and marked sent:
// after each restart every record is consistent, every payload verifies,
// and no temp file survives.
func TestKillDuringWrites(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	for round := range 6 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestHelperSpoolWriter$")
		cmd.Env = append(os.Environ(), "SPOOL_CHILD_DIR="+dir)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(150+round*37) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		if strings.Contains(out.String(), "add:") || strings.Contains(out.String(), "open:") {
			t.Fatalf("child failed: %s", out.String())
		}
		s := open(t, dir, Limits{})
		recs := s.List()
		for _, r := range recs {
			if r.State == StateFailed {
				t.Fatalf("round %d: record damaged by kill: %+v", round, r)
			}
			if r.HasPayload {
				if err := verifyFile(s.dataPath(r.EventID), r.Size, r.SHA256); err != nil {
					t.Fatal(err)
				}
			}
		}
		if ents, _ := os.ReadDir(s.path(tmpDir)); len(ents) != 0 {
			t.Fatalf("tmp files survived: %d", len(ents))
		}
		t.Logf("round %d: %d records, %d quarantined", round, len(recs), s.Stats().Quarantined)
	}
}
