package store

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

func rec(id, ticket string, at time.Time) *Record {
	return &Record{EventID: id, Ticket: ticket, Project: "1", ReceivedAt: at, Kind: "crash", App: "app", Report: []byte(`{"kind":"crash"}`)}
}

func att(name, data string) NewAttachment {
	return NewAttachment{Name: name, Type: "event.attachment", Data: bytes.NewReader([]byte(data))}
}

func TestPutGetDeleteSweep(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	s, err := Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now().UTC().Truncate(time.Millisecond)
	ok, dup, err := s.Put(ctx, rec("aa01", "T1", now), []NewAttachment{att("a.txt", "hello"), att("b.bin", "xy")})
	if err != nil || !ok || dup {
		t.Fatalf("put: %v %v %v", ok, dup, err)
	}
	// Same event id: not stored again, no files left behind.
	ok, _, err = s.Put(ctx, rec("aa01", "T1", now), []NewAttachment{att("c", "c")})
	if err != nil || ok {
		t.Fatalf("duplicate put: %v %v", ok, err)
	}
	// Same ticket, other event: stored without the ticket.
	ok, dup, err = s.Put(ctx, rec("aa02", "T1", now.Add(time.Second)), nil)
	if err != nil || !ok || !dup {
		t.Fatalf("ticket clash: %v %v %v", ok, dup, err)
	}
	if owner, _ := s.TicketOwner(ctx, "T1"); owner != "aa01" {
		t.Errorf("owner %q", owner)
	}
	r, err := s.Get(ctx, "T1")
	if err != nil || r.EventID != "aa01" || len(r.Attachments) != 2 || r.AttachBytes != 7 || !r.ReceivedAt.Equal(now) {
		t.Fatalf("get: %+v %v", r, err)
	}
	f, a, err := s.OpenAttachment(ctx, "aa01", 1)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(f)
	f.Close()
	if string(b) != "xy" || a.Name != "b.bin" || a.SHA256 == "" {
		t.Errorf("attachment %q %+v", b, a)
	}
	dirs, _ := filepath.Glob(filepath.Join(dir, "attachments", "aa", "*"))
	if len(dirs) != 1 {
		t.Fatalf("dirs %v", dirs)
	}
	list, err := s.List(ctx, ListOptions{})
	if err != nil || len(list) != 2 || list[0].EventID != "aa02" {
		t.Fatalf("list %+v %v", list, err)
	}
	if err := s.Delete(ctx, "T1"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, "aa01"); !errors.Is(err, ErrNotFound) {
		t.Errorf("after delete: %v", err)
	}
	if _, err := os.Stat(dirs[0]); !os.IsNotExist(err) {
		t.Errorf("files survive delete")
	}
	if err := s.Delete(ctx, "T1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v", err)
	}
	// Leftovers of a crash are swept on open; stored data survives.
	stray := filepath.Join(dir, "attachments", "ff", "ff00-dead")
	os.MkdirAll(stray, 0o700)
	s.Close()
	s, err = Open(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(stray); !os.IsNotExist(err) {
		t.Error("stray directory not swept")
	}
	if n, _ := s.Count(ctx); n != 1 {
		t.Errorf("count after reopen %d", n)
	}
}

func TestConcurrentPutsAndPurge(t *testing.T) {
	s, err := Open(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	old := time.Now().Add(-48 * time.Hour)
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				id := string(rune('a'+w)) + string(rune('a'+i))
				at := time.Now()
				if i%2 == 0 {
					at = old
				}
				if _, _, err := s.Put(ctx, rec(id, "", at), []NewAttachment{att("f", id)}); err != nil {
					t.Error(err)
				}
			}
		}(w)
	}
	wg.Wait()
	n, err := s.PurgeBefore(ctx, time.Now().Add(-24*time.Hour))
	if err != nil || n != 60 {
		t.Fatalf("purged %d %v", n, err)
	}
	if c, _ := s.Count(ctx); c != 60 {
		t.Errorf("left %d", c)
	}
}
