// Package spool is crashd's durable report queue and history, in the style
// of Crashpad's crash report database: one metadata file and one compressed
// envelope per report, every write made crash-safe (temp file, fsync, atomic
// rename, directory fsync), recovered and checked on Open.
//
// Layout under the spool directory:
//
//	reports/<event_id>.json   record (metadata, state, history)
//	reports/<event_id>.zst    zstd-compressed envelope items while unsent
//	tmp/                      payloads being written (cleared on Open)
//	quarantine/               half-written or corrupt files (bounded)
//	ratelimits.json           server rate limits by category
package spool

import (
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"crashd/atomicfile"
	"crashd/ticket"
)

const (
	reportsDir    = "reports"
	tmpDir        = "tmp"
	quarantineDir = "quarantine"
	rateFile      = "ratelimits.json"
	maxQuarantine = 50
)

// tempFile is what the spool writes through; a test replaces create to
// simulate a full disk.
type tempFile interface {
	io.Writer
	Sync() error
	Close() error
	Name() string
}

// Spool is the report database. Safe for concurrent use by one process.
type Spool struct {
	dir string
	lim Limits
	log *slog.Logger

	now    func() time.Time
	create func(dir, pattern string) (tempFile, error)

	mu          sync.Mutex
	recs        map[string]*Record
	byTicket    map[string]string
	bySource    map[string]string
	adding      map[string]bool // event ids being written
	leased      map[string]bool // event ids being uploaded
	rate        map[string]time.Time
	changed     chan struct{}
	lastErr     string
	quarantined int
}

// Open opens (creating if needed) the spool in dir and recovers it: temp
// files are removed, records without metadata and payloads whose checksum
// does not match are moved to quarantine (never uploaded), and the limits
// are applied.
func Open(dir string, lim Limits, log *slog.Logger) (*Spool, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Spool{
		dir: dir, lim: lim.withDefaults(), log: log,
		now:      time.Now,
		create:   func(d, p string) (tempFile, error) { return os.CreateTemp(d, p) },
		recs:     map[string]*Record{},
		byTicket: map[string]string{},
		bySource: map[string]string{},
		adding:   map[string]bool{},
		leased:   map[string]bool{},
		rate:     map[string]time.Time{},
		changed:  make(chan struct{}),
	}
	for _, d := range []string{dir, s.path(reportsDir), s.path(tmpDir), s.path(quarantineDir)} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, fmt.Errorf("spool: %w", err)
		}
	}
	if err := s.recover(); err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.pruneLocked()
	s.mu.Unlock()
	return s, nil
}

func (s *Spool) path(elem ...string) string {
	return filepath.Join(append([]string{s.dir}, elem...)...)
}
func (s *Spool) metaPath(id string) string { return s.path(reportsDir, id+".json") }
func (s *Spool) dataPath(id string) string { return s.path(reportsDir, id+".zst") }

func (s *Spool) recover() error {
	// Anything in tmp/ is an unfinished write: its report was never
	// recorded, so the collector will produce it again.
	if ents, err := os.ReadDir(s.path(tmpDir)); err == nil {
		for _, e := range ents {
			os.RemoveAll(s.path(tmpDir, e.Name()))
		}
	}
	if b, err := os.ReadFile(s.path(rateFile)); err == nil {
		var m map[string]time.Time
		if json.Unmarshal(b, &m) == nil {
			for k, v := range m {
				s.rate[k] = v
			}
		}
	}
	ents, err := os.ReadDir(s.path(reportsDir))
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	payloads := map[string]bool{}
	for _, e := range ents {
		name := e.Name()
		switch {
		case strings.HasPrefix(name, "."): // metadata temp file
			os.Remove(s.path(reportsDir, name))
		case strings.HasSuffix(name, ".zst"):
			payloads[strings.TrimSuffix(name, ".zst")] = true
		}
	}
	for _, e := range ents {
		name := e.Name()
		if strings.HasPrefix(name, ".") || !strings.HasSuffix(name, ".json") {
			continue
		}
		id := strings.TrimSuffix(name, ".json")
		var r Record
		b, err := os.ReadFile(s.metaPath(id))
		if err == nil {
			err = json.Unmarshal(b, &r)
		}
		if err == nil && r.EventID != id {
			err = fmt.Errorf("event id %q in file %s", r.EventID, name)
		}
		if err == nil {
			err = validEventID(id)
		}
		if err != nil {
			s.log.Warn("spool: unreadable record quarantined", "file", name, "err", err)
			s.quarantine(s.metaPath(id))
			if payloads[id] {
				s.quarantine(s.dataPath(id))
				delete(payloads, id)
			}
			continue
		}
		if r.HasPayload {
			if !payloads[id] {
				s.setState(&r, StateFailed, "payload missing after restart")
				r.HasPayload = false
				s.writeMetaBestEffort(&r)
			} else if err := verifyFile(s.dataPath(id), r.Size, r.SHA256); err != nil {
				s.log.Warn("spool: corrupt payload quarantined", "event_id", id, "err", err)
				s.quarantine(s.dataPath(id))
				s.setState(&r, StateFailed, "payload corrupt ("+err.Error()+"); quarantined, not uploaded")
				r.HasPayload = false
				s.writeMetaBestEffort(&r)
			}
		} else if payloads[id] {
			// Sent or deleted, then killed before the payload was removed.
			os.Remove(s.dataPath(id))
		}
		delete(payloads, id)
		s.index(&r)
	}
	// A payload without a record: killed between the payload rename and
	// the metadata write. It was never announced, so nobody waits for it.
	for id := range payloads {
		s.log.Warn("spool: payload without record quarantined", "event_id", id)
		s.quarantine(s.dataPath(id))
	}
	if err := syncDir(s.path(reportsDir)); err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	s.trimQuarantine()
	return nil
}

func (s *Spool) index(r *Record) {
	s.recs[r.EventID] = r
	if r.Ticket != "" {
		s.byTicket[r.Ticket] = r.EventID
	}
	if r.SourceHash != "" {
		s.bySource[r.SourceHash] = r.EventID
	}
}

func (s *Spool) quarantine(path string) {
	dst := s.path(quarantineDir, filepath.Base(path)+"."+strconv.FormatInt(time.Now().UnixNano(), 36))
	if err := atomicfile.Rename(path, dst); err != nil {
		os.Remove(path)
		return
	}
	s.quarantined++
}

// trimQuarantine keeps the newest maxQuarantine files for inspection.
func (s *Spool) trimQuarantine() {
	ents, err := os.ReadDir(s.path(quarantineDir))
	if err != nil {
		return
	}
	type fi struct {
		name string
		t    time.Time
	}
	var files []fi
	for _, e := range ents {
		if info, err := e.Info(); err == nil {
			files = append(files, fi{e.Name(), info.ModTime()})
		}
	}
	slices.SortFunc(files, func(a, b fi) int { return b.t.Compare(a.t) })
	for _, f := range files[min(len(files), maxQuarantine):] {
		os.Remove(s.path(quarantineDir, f.name))
	}
	s.quarantined = min(len(files), maxQuarantine)
}

func verifyFile(path string, size int64, sum string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return err
	}
	if n != size {
		return fmt.Errorf("size %d, recorded %d", n, size)
	}
	if hex.EncodeToString(h.Sum(nil)) != sum {
		return errors.New("checksum mismatch")
	}
	return nil
}

// notifyLocked wakes everyone waiting on Changed.
func (s *Spool) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Changed returns a channel that is closed at the next change of any
// record (added, state changed, pruned) or rate limit. Take the channel
// before looking at the spool, then wait on it: no change is missed.
func (s *Spool) Changed() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.changed
}

func (s *Spool) setState(r *Record, st State, reason string) {
	r.State, r.Reason, r.ChangedAt = st, reason, s.now().UTC()
}

// Add stores a report whose compressed envelope items are read from
// payload (if payload has a RawSize() int64 method, it is asked for the
// uncompressed size after the last read). meta.State is StatePending (the default) or StateHeld; EventID,
// Ticket and Kind are required. The payload is on disk and fsynced before
// Add returns. An event id already present gives ErrExists and the stored
// record.
func (s *Spool) Add(meta Record, payload io.Reader) (Record, error) {
	if meta.State == "" {
		meta.State = StatePending
	}
	if meta.State != StatePending && meta.State != StateHeld {
		return Record{}, fmt.Errorf("%w: cannot add a report as %q", ErrState, meta.State)
	}
	if err := s.checkMeta(&meta); err != nil {
		return Record{}, err
	}
	if r, err := s.reserve(meta.EventID); err != nil {
		return r, err
	}
	defer func() {
		s.mu.Lock()
		delete(s.adding, meta.EventID)
		s.mu.Unlock()
	}()

	tmp, size, sum, err := s.writeTemp(meta.EventID, payload)
	if err != nil {
		if !errors.Is(err, ErrTooLarge) {
			s.noteErr(err)
		} else {
			meta.Reason = err.Error()
			if r, serr := s.Skip(meta); serr == nil {
				return r, err
			}
		}
		return Record{}, err
	}
	defer os.Remove(tmp) // no-op once renamed

	if rs, ok := payload.(interface{ RawSize() int64 }); ok {
		meta.RawSize = rs.RawSize()
	}
	now := s.now().UTC()
	meta.Size, meta.SHA256, meta.HasPayload = size, sum, true
	meta.ChangedAt = now
	meta.Attempts, meta.SentAt = 0, time.Time{}
	if meta.State == StatePending && !meta.Approved {
		meta.Reason = ""
	}

	s.mu.Lock()
	defer s.mu.Unlock()
	if err := atomicfile.Rename(tmp, s.dataPath(meta.EventID)); err != nil {
		err = s.writeErr(meta.EventID, err)
		s.lastErr = err.Error()
		return Record{}, err
	}
	if err := s.writeMeta(&meta); err != nil {
		os.Remove(s.dataPath(meta.EventID))
		return Record{}, err
	}
	r := meta.clone()
	s.index(&r)
	s.pruneLocked()
	s.notifyLocked()
	return r.clone(), nil
}

// Hold stores a report as held: kept locally, uploaded only after Approve.
func (s *Spool) Hold(meta Record, payload io.Reader) (Record, error) {
	meta.State = StateHeld
	return s.Add(meta, payload)
}

// Skip records a report that was not stored (parse failure, limits) with
// its reason, for history.
func (s *Spool) Skip(meta Record) (Record, error) {
	if meta.Reason == "" {
		return Record{}, errors.New("spool: skip needs a reason")
	}
	if err := s.checkMeta(&meta); err != nil {
		return Record{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.recs[meta.EventID]; ok {
		return r.clone(), fmt.Errorf("%w: %s", ErrExists, meta.EventID)
	}
	meta.State, meta.ChangedAt = StateSkipped, s.now().UTC()
	meta.HasPayload, meta.Size, meta.SHA256 = false, 0, ""
	if err := s.writeMeta(&meta); err != nil {
		return Record{}, err
	}
	r := meta.clone()
	s.index(&r)
	s.pruneLocked()
	s.notifyLocked()
	return r.clone(), nil
}

func (s *Spool) checkMeta(m *Record) error {
	if err := validEventID(m.EventID); err != nil {
		return err
	}
	if m.Kind == "" {
		return errors.New("spool: record needs a kind")
	}
	if m.Ticket != "" {
		t, err := ticket.Parse(m.Ticket)
		if err != nil {
			return fmt.Errorf("spool: ticket %q: %w", m.Ticket, err)
		}
		m.Ticket = t
	}
	if m.CapturedAt.IsZero() {
		m.CapturedAt = s.now()
	}
	m.CapturedAt = m.CapturedAt.UTC()
	return nil
}

func (s *Spool) reserve(id string) (Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.recs[id]; ok {
		return r.clone(), fmt.Errorf("%w: %s", ErrExists, id)
	}
	if s.adding[id] {
		return Record{}, fmt.Errorf("%w: %s (being written)", ErrExists, id)
	}
	s.adding[id] = true
	return Record{}, nil
}

// writeTemp streams payload into tmp/, hashing it, and fsyncs it.
func (s *Spool) writeTemp(id string, payload io.Reader) (path string, size int64, sum string, err error) {
	f, err := s.create(s.path(tmpDir), id+".*.part")
	if err != nil {
		return "", 0, "", s.writeErr(id, err)
	}
	name := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(name)
		}
	}()
	h := sha256.New()
	lw := &limitWriter{w: io.MultiWriter(f, h), max: s.lim.MaxBytes}
	size, err = io.Copy(lw, payload)
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return "", 0, "", err
		}
		return "", 0, "", s.writeErr(id, err)
	}
	if err = f.Sync(); err != nil {
		return "", 0, "", s.writeErr(id, err)
	}
	if err = f.Close(); err != nil {
		return "", 0, "", s.writeErr(id, err)
	}
	return name, size, hex.EncodeToString(h.Sum(nil)), nil
}

type limitWriter struct {
	w   io.Writer
	n   int64
	max int64
}

func (l *limitWriter) Write(p []byte) (int, error) {
	if l.n+int64(len(p)) > l.max {
		return 0, fmt.Errorf("%w: more than the spool's %d bytes", ErrTooLarge, l.max)
	}
	n, err := l.w.Write(p)
	l.n += int64(n)
	return n, err
}

// writeErr wraps a write failure and classifies a full disk.
func (s *Spool) writeErr(id string, err error) error {
	if isDiskFull(err) {
		return fmt.Errorf("%w writing report %s in %s: %w", ErrDiskFull, id, s.dir, err)
	}
	return fmt.Errorf("spool: writing report %s: %w", id, err)
}

// noteErr remembers a write failure for Stats.
func (s *Spool) noteErr(err error) {
	s.mu.Lock()
	s.lastErr = err.Error()
	s.mu.Unlock()
}

// IsDiskFull reports whether err means the disk is full (here or in the
// daemon's work files): such failures are retried, never recorded as a
// verdict on the report.
func IsDiskFull(err error) bool { return errors.Is(err, ErrDiskFull) || isDiskFull(err) }

func isDiskFull(err error) bool {
	if errors.Is(err, syscall.ENOSPC) {
		return true
	}
	var en syscall.Errno
	if runtime.GOOS == "windows" && errors.As(err, &en) {
		return en == 112 || en == 39 // ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL
	}
	return false
}

// writeMeta persists r atomically; the caller holds s.mu.
func (s *Spool) writeMeta(r *Record) error {
	b, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("spool: %w", err)
	}
	if err := s.writeFileAtomic(s.path(reportsDir), r.EventID+".json", append(b, '\n')); err != nil {
		err = s.writeErr(r.EventID, err)
		s.lastErr = err.Error()
		return err
	}
	s.lastErr = ""
	return nil
}

func (s *Spool) writeMetaBestEffort(r *Record) {
	if err := s.writeMeta(r); err != nil {
		s.log.Error("spool: cannot update record", "event_id", r.EventID, "err", err)
	}
}

func (s *Spool) writeFileAtomic(dir, name string, data []byte) error {
	f, err := s.create(dir, "."+name+".*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	ok := false
	defer func() {
		if !ok {
			f.Close()
			os.Remove(tmp)
		}
	}()
	if _, err := f.Write(data); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := atomicfile.Rename(tmp, filepath.Join(dir, name)); err != nil {
		return err
	}
	ok = true
	return syncDir(dir)
}

func syncDir(dir string) error { return atomicfile.SyncDir(dir) }

// removePayloadLocked drops r's payload file after r's new state is on disk.
func (s *Spool) removePayloadLocked(r *Record) {
	if err := os.Remove(s.dataPath(r.EventID)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		s.log.Warn("spool: cannot remove payload", "event_id", r.EventID, "err", err)
	}
}

// HasSource reports whether a report from a source with this content hash
// is known (in any state), so the collector does not process it twice.
func (s *Spool) HasSource(hash string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.bySource[hash]
	return ok
}

// Get finds a record by event id or ticket (any accepted ticket spelling).
func (s *Spool) Get(ticketOrEventID string) (Record, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.lookupLocked(ticketOrEventID)
	if r == nil {
		return Record{}, false
	}
	return r.clone(), true
}

func (s *Spool) lookupLocked(key string) *Record {
	if r, ok := s.recs[strings.ToLower(strings.ReplaceAll(key, "-", ""))]; ok {
		return r
	}
	if t, err := ticket.Parse(key); err == nil {
		if id, ok := s.byTicket[t]; ok {
			return s.recs[id]
		}
	}
	return nil
}

// List returns every record (the history), oldest capture first.
func (s *Spool) List() []Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Record, 0, len(s.recs))
	for _, r := range s.recs {
		out = append(out, r.clone())
	}
	slices.SortFunc(out, func(a, b Record) int {
		return cmp.Or(a.CapturedAt.Compare(b.CapturedAt), strings.Compare(a.EventID, b.EventID))
	})
	return out
}

// Stats summarises the spool.
func (s *Spool) Stats() Stats {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := Stats{Counts: map[State]int{}, InFlight: len(s.leased), Quarantined: s.quarantined, LastError: s.lastErr}
	now := s.now()
	for _, r := range s.recs {
		st.Counts[r.State]++
		if r.HasPayload {
			st.Bytes += r.Size
		}
		if r.SentAt.After(st.LastSent) {
			st.LastSent = r.SentAt
		}
	}
	for c, t := range s.rate {
		if t.After(now) {
			if st.RateLimited == nil {
				st.RateLimited = map[string]time.Time{}
			}
			st.RateLimited[c] = t
		}
	}
	return st
}

// OpenPayload opens a stored payload for upload. The reader checks size
// and checksum as it goes and fails at the end on a mismatch (the file is
// then quarantined and the record marked failed), so a corrupt payload
// never completes an upload.
func (s *Spool) OpenPayload(id string) (io.ReadCloser, int64, error) {
	s.mu.Lock()
	r, ok := s.recs[id]
	var rec Record
	if ok {
		rec = r.clone()
	}
	s.mu.Unlock()
	if !ok {
		return nil, 0, fmt.Errorf("%w: %s", ErrNotFound, id)
	}
	if !rec.HasPayload {
		return nil, 0, fmt.Errorf("%w: %s is %s, no payload", ErrState, id, rec.State)
	}
	f, err := os.Open(s.dataPath(id))
	if err != nil {
		return nil, 0, fmt.Errorf("spool: %w", err)
	}
	return &verifyReader{s: s, f: f, id: id, size: rec.Size, sum: rec.SHA256, h: sha256.New()}, rec.Size, nil
}

type verifyReader struct {
	s    *Spool
	f    *os.File
	id   string
	size int64
	sum  string
	h    hash.Hash
	n    int64
	err  error
}

func (v *verifyReader) Read(p []byte) (int, error) {
	if v.err != nil {
		return 0, v.err
	}
	n, err := v.f.Read(p)
	v.h.Write(p[:n])
	v.n += int64(n)
	if v.n > v.size {
		v.err = v.corrupt(fmt.Sprintf("longer than recorded %d bytes", v.size))
		return 0, v.err
	}
	if err == io.EOF {
		if v.n != v.size {
			v.err = v.corrupt(fmt.Sprintf("size %d, recorded %d", v.n, v.size))
		} else if hex.EncodeToString(v.h.Sum(nil)) != v.sum {
			v.err = v.corrupt("checksum mismatch")
		} else {
			v.err = io.EOF
		}
		return n, v.err
	}
	return n, err
}

func (v *verifyReader) corrupt(why string) error {
	v.f.Close()
	v.s.markCorrupt(v.id, why)
	return fmt.Errorf("%w: %s: %s", ErrCorrupt, v.id, why)
}

func (v *verifyReader) Close() error { return v.f.Close() }

func (s *Spool) markCorrupt(id, why string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r, ok := s.recs[id]
	if !ok || !r.HasPayload {
		return
	}
	s.log.Error("spool: corrupt payload quarantined", "event_id", id, "why", why)
	s.quarantine(s.dataPath(id))
	s.setState(r, StateFailed, "payload corrupt ("+why+"); quarantined, not uploaded")
	r.HasPayload = false
	s.writeMetaBestEffort(r)
	s.notifyLocked()
}

// WaitFor blocks until the record for ticketOrEventID satisfies done, or
// ctx ends. It returns ErrNotFound at once for an unknown key.
func (s *Spool) WaitFor(ctx context.Context, ticketOrEventID string, done func(Record) bool) (Record, error) {
	for {
		ch := s.Changed()
		r, ok := s.Get(ticketOrEventID)
		if !ok {
			return Record{}, fmt.Errorf("%w: %s", ErrNotFound, ticketOrEventID)
		}
		if done(r) {
			return r, nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return r, ctx.Err()
		}
	}
}

func sortOldest(rs []*Record) {
	slices.SortFunc(rs, func(a, b *Record) int {
		return cmp.Or(a.CapturedAt.Compare(b.CapturedAt), strings.Compare(a.EventID, b.EventID))
	})
}

func removeFile(p string) error {
	if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
