// Package store is crashrecv's storage: an SQLite index (modernc.org/sqlite,
// pure Go, WAL) plus attachment files written crash-safely beside it.
//
// Write order keeps the two consistent across crashes: attachment files are
// written into a fresh directory and fsynced (files, then directory entries)
// before the row that points to them is committed. A crash in between leaves an unreferenced directory,
// which Open's sweep removes; it never leaves a row without its files.
// Erasure deletes the row first, then the files (the sweep again finishes an
// interrupted erasure), with SQLite's secure_delete on and a WAL checkpoint
// so erased bytes do not linger in free pages or the log.
package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned when no report matches.
var ErrNotFound = errors.New("store: not found")

// Record is one stored report's index row.
type Record struct {
	EventID    string    `json:"event_id"`
	Ticket     string    `json:"ticket,omitempty"`
	Project    string    `json:"project"`
	ReceivedAt time.Time `json:"received_at"`
	Kind       string    `json:"kind,omitempty"`
	App        string    `json:"app,omitempty"`
	AppVersion string    `json:"app_version,omitempty"`
	Platform   string    `json:"platform,omitempty"`
	Reason     string    `json:"reason,omitempty"`
	// BodySize is the request body as received (compressed); AttachBytes
	// the attachments' stored size.
	BodySize    int64        `json:"body_size"`
	AttachBytes int64        `json:"attachment_bytes"`
	Attachments []Attachment `json:"attachments,omitempty"`

	// Report is the report JSON (report.Report); Event the raw Sentry
	// event JSON when there was one.
	Report []byte `json:"-"`
	Event  []byte `json:"-"`
}

// Attachment is one stored attachment.
type Attachment struct {
	Seq         int    `json:"seq"`
	Name        string `json:"name"`
	Type        string `json:"attachment_type,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	Size        int64  `json:"size"`
	SHA256      string `json:"sha256"`
	file        string // relative to the attachments root
}

// NewAttachment is an attachment to store; Data is read once.
type NewAttachment struct {
	Name        string
	Type        string
	ContentType string
	Data        io.Reader
}

// Store is safe for concurrent use.
type Store struct {
	dir   string // attachments root
	db    *sql.DB
	write *sql.DB // single connection: SQLite has one writer anyway
	log   *slog.Logger
}

const schema = `
CREATE TABLE IF NOT EXISTS reports(
  event_id     TEXT PRIMARY KEY,
  ticket       TEXT UNIQUE,
  project      TEXT NOT NULL,
  received_at  INTEGER NOT NULL,
  kind         TEXT NOT NULL DEFAULT '',
  app          TEXT NOT NULL DEFAULT '',
  app_version  TEXT NOT NULL DEFAULT '',
  platform     TEXT NOT NULL DEFAULT '',
  reason       TEXT NOT NULL DEFAULT '',
  body_size    INTEGER NOT NULL DEFAULT 0,
  report       BLOB NOT NULL,
  event        BLOB
) STRICT;
CREATE INDEX IF NOT EXISTS reports_received ON reports(received_at);
CREATE TABLE IF NOT EXISTS attachments(
  event_id     TEXT NOT NULL REFERENCES reports(event_id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  name         TEXT NOT NULL,
  type         TEXT NOT NULL DEFAULT '',
  content_type TEXT NOT NULL DEFAULT '',
  size         INTEGER NOT NULL,
  sha256       TEXT NOT NULL,
  file         TEXT NOT NULL,
  PRIMARY KEY(event_id, seq)
) STRICT;
`

func dsn(path string) string {
	// busy_timeout lets the reader pool wait out a checkpoint instead of
	// failing with SQLITE_BUSY; secure_delete zeroes erased content.
	return "file:" + filepath.ToSlash(path) +
		"?_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)" +
		"&_pragma=foreign_keys(ON)&_pragma=secure_delete(ON)&_txlock=immediate"
}

// Open opens (creating if needed) the store in dir.
func Open(dir string, log *slog.Logger) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(filepath.Join(dir, "attachments"), 0o700); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	path := filepath.Join(dir, "crashrecv.db")
	w, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	w.SetMaxOpenConns(1)
	if _, err := w.Exec(schema); err != nil {
		w.Close()
		return nil, fmt.Errorf("store: schema: %w", err)
	}
	_ = os.Chmod(path, 0o600)
	r, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	r.SetMaxOpenConns(8)
	s := &Store{dir: filepath.Join(dir, "attachments"), db: r, write: w, log: log}
	if err := s.sweep(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error {
	return errors.Join(s.db.Close(), s.write.Close())
}

// sweep removes attachment directories no row refers to: leftovers of a
// crash between writing files and committing, or between deleting a row
// and its files.
func (s *Store) sweep() error {
	used := map[string]bool{}
	rows, err := s.db.Query(`SELECT DISTINCT file FROM attachments`)
	if err != nil {
		return fmt.Errorf("store: sweep: %w", err)
	}
	for rows.Next() {
		var f string
		if err := rows.Scan(&f); err != nil {
			rows.Close()
			return fmt.Errorf("store: sweep: %w", err)
		}
		used[filepath.Dir(filepath.FromSlash(f))] = true
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("store: sweep: %w", err)
	}
	shards, _ := os.ReadDir(s.dir)
	for _, sh := range shards {
		if !sh.IsDir() {
			continue
		}
		dirs, _ := os.ReadDir(filepath.Join(s.dir, sh.Name()))
		for _, d := range dirs {
			rel := filepath.Join(sh.Name(), d.Name())
			if !used[rel] {
				s.log.Info("store: removing unreferenced attachments", "dir", rel)
				_ = os.RemoveAll(filepath.Join(s.dir, rel))
			}
		}
	}
	return nil
}

func randHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// writeFiles writes attachments into a fresh directory and returns it
// (relative) with the filled-in metadata. Names on disk are sequence
// numbers: client-supplied names never touch the file system. The
// directory is unreferenced until the caller commits its row, so a crash
// half-way leaves only what Open's sweep removes; no staging rename needed.
func (s *Store) writeFiles(eventID string, firstSeq int, atts []NewAttachment) (string, []Attachment, error) {
	if len(atts) == 0 {
		return "", nil, nil
	}
	shard := "00"
	if len(eventID) >= 2 {
		shard = eventID[:2]
	}
	rel := filepath.Join(shard, eventID+"-"+randHex(4))
	abs := filepath.Join(s.dir, rel)
	if err := os.Mkdir(abs, 0o700); errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(filepath.Dir(abs), 0o700); err == nil {
			err = os.Mkdir(abs, 0o700)
		}
		if err != nil {
			return "", nil, fmt.Errorf("store: %w", err)
		}
	} else if err != nil {
		return "", nil, fmt.Errorf("store: %w", err)
	}
	out := make([]Attachment, 0, len(atts))
	fail := func(err error) (string, []Attachment, error) {
		_ = os.RemoveAll(abs)
		return "", nil, err
	}
	for i, a := range atts {
		seq := firstSeq + i
		name := fmt.Sprint(seq)
		f, err := os.OpenFile(filepath.Join(abs, name), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return fail(fmt.Errorf("store: %w", err))
		}
		h := sha256.New()
		n, err := io.Copy(io.MultiWriter(f, h), a.Data)
		if err == nil {
			err = f.Sync()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fail(fmt.Errorf("store: attachment %q: %w", a.Name, err))
		}
		out = append(out, Attachment{
			Seq: seq, Name: a.Name, Type: a.Type, ContentType: a.ContentType,
			Size: n, SHA256: hex.EncodeToString(h.Sum(nil)),
			file: filepath.ToSlash(filepath.Join(rel, name)),
		})
	}
	// The files' names, then the directory's own entry, made durable
	// before the row that refers to them is committed.
	if err := syncDir(abs); err != nil {
		return fail(err)
	}
	if err := syncDir(filepath.Dir(abs)); err != nil {
		return fail(err)
	}
	return rel, out, nil
}

// Put stores a report with its attachments. It returns false (and stores
// nothing) when the event id is already stored. A ticket already held by a
// different event is not reassigned: the new report is stored without it
// and dupTicket is true.
func (s *Store) Put(ctx context.Context, rec *Record, atts []NewAttachment) (inserted, dupTicket bool, err error) {
	if rec.EventID == "" {
		return false, false, errors.New("store: empty event id")
	}
	if ok, err := s.Exists(ctx, rec.EventID); err != nil || ok {
		return false, false, err
	}
	rel, stored, err := s.writeFiles(rec.EventID, 0, atts)
	if err != nil {
		return false, false, err
	}
	undo := func() {
		if rel != "" {
			_ = os.RemoveAll(filepath.Join(s.dir, rel))
		}
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		undo()
		return false, false, fmt.Errorf("store: %w", err)
	}
	defer tx.Rollback()
	var ticket any
	if rec.Ticket != "" {
		var other string
		err := tx.QueryRowContext(ctx, `SELECT event_id FROM reports WHERE ticket=?`, rec.Ticket).Scan(&other)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			ticket = rec.Ticket
		case err != nil:
			undo()
			return false, false, fmt.Errorf("store: %w", err)
		case other != rec.EventID:
			dupTicket = true
		}
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO reports(event_id,ticket,project,received_at,kind,app,app_version,platform,reason,body_size,report,event)
		VALUES(?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(event_id) DO NOTHING`,
		rec.EventID, ticket, rec.Project, rec.ReceivedAt.UnixMilli(), rec.Kind, rec.App, rec.AppVersion,
		rec.Platform, rec.Reason, rec.BodySize, rec.Report, rec.Event)
	if err != nil {
		undo()
		return false, false, fmt.Errorf("store: insert: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		undo() // lost a race with the same event id
		return false, false, nil
	}
	if err := insertAtts(ctx, tx, rec.EventID, stored); err != nil {
		undo()
		return false, false, err
	}
	if err := tx.Commit(); err != nil {
		undo()
		return false, false, fmt.Errorf("store: commit: %w", err)
	}
	if dupTicket {
		rec.Ticket = ""
	}
	rec.Attachments = stored
	return true, dupTicket, nil
}

func insertAtts(ctx context.Context, tx *sql.Tx, eventID string, atts []Attachment) error {
	for _, a := range atts {
		if _, err := tx.ExecContext(ctx, `INSERT INTO attachments(event_id,seq,name,type,content_type,size,sha256,file) VALUES(?,?,?,?,?,?,?,?)`,
			eventID, a.Seq, a.Name, a.Type, a.ContentType, a.Size, a.SHA256, a.file); err != nil {
			return fmt.Errorf("store: insert attachment: %w", err)
		}
	}
	return nil
}

// AddAttachments appends attachments to an already stored report (Sentry
// lets SDKs send attachments in a later envelope). It returns ErrNotFound
// when the event is not stored.
func (s *Store) AddAttachments(ctx context.Context, eventID string, atts []NewAttachment) error {
	if len(atts) == 0 {
		return nil
	}
	var next int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq)+1,0) FROM attachments WHERE event_id=?`, eventID).Scan(&next); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if ok, err := s.Exists(ctx, eventID); err != nil {
		return err
	} else if !ok {
		return ErrNotFound
	}
	rel, stored, err := s.writeFiles(eventID, next, atts)
	if err != nil {
		return err
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err == nil {
		defer tx.Rollback()
		// Re-read the next sequence inside the write transaction: a
		// concurrent append may have taken ours.
		var now int
		if err = tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq)+1,0) FROM attachments WHERE event_id=?`, eventID).Scan(&now); err == nil {
			for i := range stored {
				stored[i].Seq = now + i
			}
			err = insertAtts(ctx, tx, eventID, stored)
		}
		if err == nil {
			err = tx.Commit()
		}
	}
	if err != nil {
		_ = os.RemoveAll(filepath.Join(s.dir, rel))
		return fmt.Errorf("store: %w", err)
	}
	return nil
}

// Exists reports whether eventID is stored.
func (s *Store) Exists(ctx context.Context, eventID string) (bool, error) {
	var one int
	err := s.db.QueryRowContext(ctx, `SELECT 1 FROM reports WHERE event_id=?`, eventID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	return true, nil
}

const cols = `event_id,COALESCE(ticket,''),project,received_at,kind,app,app_version,platform,reason,body_size`

func scanRecord(sc interface{ Scan(...any) error }, extra ...any) (*Record, error) {
	r := &Record{}
	var ms int64
	dst := append([]any{&r.EventID, &r.Ticket, &r.Project, &ms, &r.Kind, &r.App, &r.AppVersion, &r.Platform, &r.Reason, &r.BodySize}, extra...)
	if err := sc.Scan(dst...); err != nil {
		return nil, err
	}
	r.ReceivedAt = time.UnixMilli(ms).UTC()
	return r, nil
}

// Get returns one report by ticket (canonical form) or event id, with its
// report and event JSON and attachment list.
func (s *Store) Get(ctx context.Context, ticketOrID string) (*Record, error) {
	var rec *Record
	var rep, ev []byte
	row := s.db.QueryRowContext(ctx, `SELECT `+cols+`,report,event FROM reports WHERE ticket=?1 OR event_id=?1`, ticketOrID)
	rec, err := scanRecord(row, &rep, &ev)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	rec.Report, rec.Event = rep, ev
	atts, err := s.attachments(ctx, []string{rec.EventID})
	if err != nil {
		return nil, err
	}
	rec.Attachments = atts[rec.EventID]
	for _, a := range rec.Attachments {
		rec.AttachBytes += a.Size
	}
	return rec, nil
}

func (s *Store) attachments(ctx context.Context, ids []string) (map[string][]Attachment, error) {
	out := map[string][]Attachment{}
	if len(ids) == 0 {
		return out, nil
	}
	q := `SELECT event_id,seq,name,type,content_type,size,sha256,file FROM attachments WHERE event_id IN (?` +
		strings.Repeat(",?", len(ids)-1) + `) ORDER BY event_id,seq`
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var a Attachment
		if err := rows.Scan(&id, &a.Seq, &a.Name, &a.Type, &a.ContentType, &a.Size, &a.SHA256, &a.file); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
		out[id] = append(out[id], a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	return out, nil
}

// ListOptions select reports for List.
type ListOptions struct {
	Limit  int       // default 50, at most 1000
	Before time.Time // only reports received before this (paging)
}

// List returns the most recent reports (without report/event JSON).
func (s *Store) List(ctx context.Context, o ListOptions) ([]*Record, error) {
	if o.Limit <= 0 {
		o.Limit = 50
	}
	o.Limit = min(o.Limit, 1000)
	before := int64(1<<63 - 1)
	if !o.Before.IsZero() {
		before = o.Before.UnixMilli()
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+cols+` FROM reports WHERE received_at < ? ORDER BY received_at DESC, event_id LIMIT ?`, before, o.Limit)
	if err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	var out []*Record
	var ids []string
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: %w", err)
		}
		out = append(out, r)
		ids = append(ids, r.EventID)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	atts, err := s.attachments(ctx, ids)
	if err != nil {
		return nil, err
	}
	for _, r := range out {
		r.Attachments = atts[r.EventID]
		for _, a := range r.Attachments {
			r.AttachBytes += a.Size
		}
	}
	return out, nil
}

// Count returns the number of stored reports.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM reports`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return n, nil
}

// OpenAttachment opens attachment seq of eventID.
func (s *Store) OpenAttachment(ctx context.Context, eventID string, seq int) (*os.File, *Attachment, error) {
	atts, err := s.attachments(ctx, []string{eventID})
	if err != nil {
		return nil, nil, err
	}
	for _, a := range atts[eventID] {
		if a.Seq == seq {
			f, err := os.Open(filepath.Join(s.dir, filepath.FromSlash(a.file)))
			if err != nil {
				return nil, nil, fmt.Errorf("store: %w", err)
			}
			return f, &a, nil
		}
	}
	return nil, nil, ErrNotFound
}

// Delete erases one report (by ticket or event id) and its files.
func (s *Store) Delete(ctx context.Context, ticketOrID string) error {
	rec, err := s.Get(ctx, ticketOrID)
	if err != nil {
		return err
	}
	return s.deleteIDs(ctx, []*Record{rec})
}

func (s *Store) deleteIDs(ctx context.Context, recs []*Record) error {
	if len(recs) == 0 {
		return nil
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer tx.Rollback()
	for _, r := range recs {
		if _, err := tx.ExecContext(ctx, `DELETE FROM reports WHERE event_id=?`, r.EventID); err != nil {
			return fmt.Errorf("store: delete: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: delete: %w", err)
	}
	for _, r := range recs {
		dirs := map[string]bool{}
		for _, a := range r.Attachments {
			dirs[filepath.Dir(filepath.FromSlash(a.file))] = true
		}
		for d := range dirs {
			if err := os.RemoveAll(filepath.Join(s.dir, d)); err != nil && !errors.Is(err, fs.ErrNotExist) {
				s.log.Warn("store: removing attachments", "dir", d, "err", err)
			}
		}
	}
	// Push the erased pages out of the WAL too.
	if _, err := s.write.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		s.log.Warn("store: checkpoint after delete", "err", err)
	}
	return nil
}

// PurgeBefore erases every report received before t and returns how many.
func (s *Store) PurgeBefore(ctx context.Context, t time.Time) (int, error) {
	total := 0
	for {
		rows, err := s.db.QueryContext(ctx, `SELECT `+cols+` FROM reports WHERE received_at < ? LIMIT 500`, t.UnixMilli())
		if err != nil {
			return total, fmt.Errorf("store: purge: %w", err)
		}
		var recs []*Record
		var ids []string
		for rows.Next() {
			r, err := scanRecord(rows)
			if err != nil {
				rows.Close()
				return total, fmt.Errorf("store: purge: %w", err)
			}
			recs = append(recs, r)
			ids = append(ids, r.EventID)
		}
		rows.Close()
		if len(recs) == 0 {
			return total, nil
		}
		atts, err := s.attachments(ctx, ids)
		if err != nil {
			return total, err
		}
		for _, r := range recs {
			r.Attachments = atts[r.EventID]
		}
		if err := s.deleteIDs(ctx, recs); err != nil {
			return total, err
		}
		total += len(recs)
	}
}

// TicketOwner returns the event id holding ticket, or "".
func (s *Store) TicketOwner(ctx context.Context, ticket string) (string, error) {
	var id string
	err := s.db.QueryRowContext(ctx, `SELECT event_id FROM reports WHERE ticket=?`, ticket).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("store: %w", err)
	}
	return id, nil
}
