package collector

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestNewValidates(t *testing.T) {
	for _, o := range []Options{
		{Watches: []Watch{{Path: "", Kind: KindCrash}}},
		{Watches: []Watch{{Path: "/x", Kind: "dump"}}},
		{Settle: -time.Second},
	} {
		if _, err := New(o); err == nil {
			t.Errorf("New(%+v) accepted", o)
		}
	}
	c, err := New(Options{Watches: []Watch{{Path: "/x", Kind: KindCrash}, {Path: "/x/", Kind: KindCrash}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.roots) != 1 || c.settle != DefaultSettle || c.maxSize != DefaultMaxSize {
		t.Errorf("defaults/dedupe: roots %d settle %v max %d", len(c.roots), c.settle, c.maxSize)
	}
}

func TestStartupScanAndNewFile(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.dmp")
	writeOld(t, old, dump("old"))
	h := start(t, Options{Watches: []Watch{{Path: dir, Kind: KindCrash}}})
	g := h.waitFound(old, 3*time.Second)
	sum := sha256.Sum256(dump("old"))
	if g.Hash != hex.EncodeToString(sum[:]) || g.Format != FormatMinidump || g.Kind != KindCrash ||
		g.Size != int64(len(dump("old"))) || !bytes.Equal(g.data, dump("old")) {
		t.Errorf("found %+v, data %q", g.Found, g.data)
	}

	fresh := filepath.Join(dir, "app.log")
	writeFile(t, fresh, []byte("panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n"))
	if g := h.waitFound(fresh, 3*time.Second); g.Format != FormatTextLog {
		t.Errorf("format %q", g.Format)
	}
	h.waitFor(2*time.Second, "idle", h.idle)
	if n := h.nFound(); n != 2 {
		t.Errorf("found %d files, want 2: %v", n, h.foundPaths())
	}
}

func TestSlowWriterNotEmittedWhileGrowing(t *testing.T) {
	dir := t.TempDir()
	settle := 100 * time.Millisecond
	h := start(t, Options{Watches: []Watch{{Path: dir, Kind: KindCrash}}, Settle: settle})
	path := filepath.Join(dir, "slow.dmp")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	full := dump("slow")
	full = append(full, bytes.Repeat([]byte("x"), 4096)...)
	chunk := 256
	var last time.Time
	var gap time.Duration // the longest time the file stood still
	for off := 0; off < len(full); off += chunk {
		if _, err := f.Write(full[off:min(off+chunk, len(full))]); err != nil {
			t.Fatal(err)
		}
		if now := time.Now(); !last.IsZero() {
			gap = max(gap, now.Sub(last))
		}
		last = time.Now()
		time.Sleep(settle / 4)
		if n := len(h.foundFor(path)); n != 0 {
			if gap = max(gap, time.Since(last)); gap >= settle {
				// a loaded machine held the writer back longer than the
				// settle time: the file stood still, and was rightly taken
				t.Skipf("the writer stood still for %v (settle %v)", gap, settle)
			}
			t.Fatalf("emitted while still being written (after %d bytes)", off+chunk)
		}
	}
	f.Close()
	g := h.waitFound(path, 3*time.Second)
	if !bytes.Equal(g.data, full) {
		t.Errorf("got %d bytes, want %d", len(g.data), len(full))
	}
	h.waitFor(2*time.Second, "idle", h.idle)
	if n := len(h.foundFor(path)); n != 1 {
		t.Errorf("emitted %d times", n)
	}
}

func TestRenameInAndTempNames(t *testing.T) {
	dir := t.TempDir()
	h := start(t, Options{Watches: []Watch{{Path: dir, Kind: KindCrash}}})
	tmps := []string{"a.dmp.tmp", "a.dmp.part", "a.dmp~", ".a.dmp", ".#core.x.zst"}
	for i, n := range tmps {
		writeFile(t, filepath.Join(dir, n), dump(fmt.Sprint("tmp", i)))
	}
	final := filepath.Join(dir, "a.dmp")
	if err := os.Rename(filepath.Join(dir, "a.dmp.tmp"), final); err != nil {
		t.Fatal(err)
	}
	g := h.waitFound(final, 3*time.Second)
	if !bytes.Equal(g.data, dump("tmp0")) {
		t.Errorf("renamed file content %q", g.data)
	}
	h.waitFor(2*time.Second, "idle", h.idle)
	if n := h.nFound(); n != 1 {
		t.Errorf("temp names were emitted: %v", h.foundPaths())
	}
}

func TestFolderCreatedLaterAndRootReAdded(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "a", "b", "dumps")
	h := start(t, Options{Watches: []Watch{{Path: root, Kind: KindCrash}}})
	time.Sleep(50 * time.Millisecond) // let Run set up the ancestor watch
	mkdir(t, base, "a")
	mkdir(t, base, "a", "b")
	mkdir(t, root)
	p := filepath.Join(root, "one.dmp")
	writeFile(t, p, dump("one"))
	h.waitFound(p, 3*time.Second)

	// The root goes away and comes back: it is watched again.
	if err := os.RemoveAll(filepath.Join(base, "a")); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond)
	mkdir(t, root, "pending")
	p2 := filepath.Join(root, "pending", "two.dmp")
	writeFile(t, p2, dump("two"))
	h.waitFound(p2, 3*time.Second)
}

func TestCrashpadSubfolders(t *testing.T) {
	db := t.TempDir()
	writeOld(t, filepath.Join(db, "settings.dat"), []byte{1, 2, 3, 0, 0})
	mkdir(t, db, "new")
	mkdir(t, db, "attachments", "u1")
	pend := mkdir(t, db, "pending")
	done := filepath.Join(db, "completed") // created after start
	writeOld(t, filepath.Join(pend, "u0.dmp"), dump("u0"))
	writeOld(t, filepath.Join(pend, "u0.meta"), []byte{0, 1, 2})
	writeOld(t, filepath.Join(db, "attachments", "u1", "log.txt"), []byte("attachment\n"))
	h := start(t, Options{Watches: []Watch{{Path: db, Kind: KindCrash}}})
	h.waitFound(filepath.Join(pend, "u0.dmp"), 3*time.Second)

	writeFile(t, filepath.Join(db, "new", "u1.dmp"), dump("u1")) // in progress: not collected
	mkdir(t, done)
	time.Sleep(30 * time.Millisecond)
	if err := os.Rename(filepath.Join(db, "new", "u1.dmp"), filepath.Join(done, "u1.dmp")); err != nil {
		t.Fatal(err)
	}
	h.waitFound(filepath.Join(done, "u1.dmp"), 3*time.Second)
	h.waitFor(2*time.Second, "idle", h.idle)
	if n := h.nFound(); n != 2 {
		t.Errorf("found %v", h.foundPaths())
	}
	if s := h.skippedList(); len(s) != 0 {
		t.Errorf("Crashpad bookkeeping reported as skipped: %v", s)
	}
}

func TestManyFilesAtOnce(t *testing.T) {
	n := 10000
	if testing.Short() {
		n = 1000
	}
	dir := t.TempDir()
	h := start(t, Options{Watches: []Watch{{Path: dir, Kind: KindCrash}}})
	begin := time.Now()
	for i := range n {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("f%05d.dmp", i)), dump(fmt.Sprint(i)))
	}
	last := filepath.Join(dir, "after.dmp")
	writeFile(t, last, dump("after"))
	h.waitFor(25*time.Second, fmt.Sprintf("%d files", n+1), func() bool { return h.nFound() >= n+1 })
	t.Logf("%d files written and collected in %v", n+1, time.Since(begin))
	h.waitFor(2*time.Second, "idle", h.idle)
	if got := h.nFound(); got != n+1 {
		t.Errorf("found %d, want %d (duplicates?)", got, n+1)
	}
}

func TestOverflowRescan(t *testing.T) {
	dir := t.TempDir()
	sub := mkdir(t, dir, "sub")
	h := start(t, Options{Watches: []Watch{{Path: dir, Kind: KindCrash}}})
	first := filepath.Join(dir, "first.dmp")
	writeFile(t, first, dump("first"))
	h.waitFound(first, 3*time.Second)

	// Lose events: the kernel watches go away behind the collector's back,
	// as after an overflow, and files arrive unseen.
	for _, d := range []string{dir, sub} {
		if err := h.c.w.Remove(d); err != nil {
			t.Fatal(err)
		}
	}
	missed := []string{filepath.Join(dir, "missed.dmp"), filepath.Join(sub, "missed.dmp")}
	for i, p := range missed {
		writeOld(t, p, dump(fmt.Sprint("missed", i)))
	}
	time.Sleep(300 * time.Millisecond)
	if len(h.foundFor(missed[0])) != 0 {
		t.Fatal("event arrived although the watch was removed; test is void")
	}
	h.c.requestRescan() // what ErrEventOverflow triggers
	for _, p := range missed {
		h.waitFound(p, 3*time.Second)
	}
	// The watches are back.
	after := filepath.Join(sub, "after.dmp")
	writeFile(t, after, dump("after"))
	h.waitFound(after, 3*time.Second)
	h.waitFor(2*time.Second, "idle", h.idle)
	if len(h.foundFor(first)) != 1 {
		t.Error("rescan re-emitted an unchanged file")
	}
}

func TestExactlyOnce(t *testing.T) {
	dir := t.TempDir()
	prior := sha256.Sum256(dump("from-last-run"))
	var seenCalls atomic.Int32
	h := start(t, Options{
		Watches: []Watch{{Path: dir, Kind: KindCrash}},
		Seen: func(hash string) bool {
			seenCalls.Add(1)
			return hash == hex.EncodeToString(prior[:])
		},
	})
	a, b := filepath.Join(dir, "a.dmp"), filepath.Join(dir, "b.dmp")
	writeFile(t, a, dump("same"))
	writeFile(t, b, dump("same"))
	old := filepath.Join(dir, "old.dmp")
	writeFile(t, old, dump("from-last-run"))
	h.waitFor(3*time.Second, "one of a/b", func() bool { return h.nFound() >= 1 })
	h.waitFor(2*time.Second, "idle", h.idle)
	if n := h.nFound(); n != 1 {
		t.Fatalf("same content emitted %d times: %v", n, h.foundPaths())
	}
	if seenCalls.Load() == 0 {
		t.Error("Seen was never asked")
	}

	// Touching without a content change does not re-emit.
	now := time.Now()
	os.Chtimes(a, now, now)
	os.Chmod(a, 0o600)
	time.Sleep(200 * time.Millisecond)
	h.waitFor(2*time.Second, "idle", h.idle)
	if n := h.nFound(); n != 1 {
		t.Fatalf("re-emitted after touch: %v", h.foundPaths())
	}

	// Rewritten with new content: emitted again.
	writeFile(t, a, dump("second version"))
	h.waitFor(3*time.Second, "rewrite", func() bool { return len(h.foundFor(a))+len(h.foundFor(b)) >= 2 })
	ga := h.foundFor(a)
	if last := ga[len(ga)-1]; !bytes.Equal(last.data, dump("second version")) {
		t.Errorf("rewrite delivered %q", last.data)
	}
	if len(h.skippedList()) != 0 {
		t.Errorf("skipped: %v", h.skippedList())
	}
}

func TestUnknownAndTooLarge(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "blob.bin")
	writeOld(t, bin, []byte{0, 1, 2, 3, 0, 0, 9, 9})
	big := filepath.Join(dir, "big.dmp")
	writeOld(t, big, append(dump("big"), make([]byte, 4096)...))
	empty := filepath.Join(dir, "empty.dmp")
	writeOld(t, empty, nil)
	h := start(t, Options{Watches: []Watch{{Path: dir, Kind: KindCrash}}, MaxSize: 1024})
	s := h.waitSkipped(bin, 3*time.Second)
	if !errors.Is(s.Err, ErrUnknownFormat) || s.Hash == "" || s.Kind != KindCrash {
		t.Errorf("unknown: %+v", s)
	}
	s = h.waitSkipped(big, 3*time.Second)
	if !errors.Is(s.Err, ErrTooLarge) || s.Hash != "" || !strings.Contains(s.Reason, "too large") {
		t.Errorf("too large: %+v", s)
	}
	h.waitFor(2*time.Second, "idle", h.idle)
	if h.nFound() != 0 || len(h.skippedFor(empty)) != 0 {
		t.Errorf("found %v skipped %v", h.foundPaths(), h.skippedList())
	}
}

func TestIncompleteMinidumpHeldBack(t *testing.T) {
	dir := t.TempDir()
	settle := 40 * time.Millisecond
	h := start(t, Options{Watches: []Watch{{Path: dir, Kind: KindCrash}}, Settle: settle})
	// A header declaring one stream whose data is not written yet.
	full := dump("x")
	binary := append([]byte(nil), full[:8]...)
	binary = append(binary, 1, 0, 0, 0, 32, 0, 0, 0) // 1 stream, directory at 32
	binary = append(binary, full[16:32]...)
	binary = append(binary, 3, 0, 0, 0, 0x10, 0, 0, 0, 44, 0, 0, 0) // ThreadList: 16 bytes at 44
	path := filepath.Join(dir, "partial.dmp")
	writeFile(t, path, binary)
	time.Sleep(4 * settle)
	if len(h.foundFor(path)) != 0 {
		t.Fatal("structurally incomplete minidump emitted before its data arrived")
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(make([]byte, 16))
	f.Close()
	g := h.waitFound(path, 3*time.Second)
	if len(g.data) != 60 {
		t.Errorf("got %d bytes", len(g.data))
	}

	// One that never completes is handed over after a bounded wait.
	stuck := filepath.Join(dir, "stuck.dmp")
	writeFile(t, stuck, append(binary[:len(binary):len(binary)], 'z'))
	h.waitFound(stuck, time.Duration(incompleteRounds+8)*settle+2*time.Second)
}
