// Package collector notices finished crash dumps and performance logs in
// watched folders and hands each one over exactly once, opened safely.
//
// A dump folder may be writable by others, so nothing in it is trusted:
// symlinks are never followed, FIFOs, sockets and devices are never read,
// hard links are refused, and every file is opened so that a swap between
// the check and the open is detected. Parsing is the daemon's job; the
// collector only sniffs the format.
package collector

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watch kinds.
const (
	KindCrash = "crash"
	KindPerf  = "perf"
)

// Defaults and bounds.
const (
	DefaultSettle  = 500 * time.Millisecond
	DefaultMaxSize = 2 << 30 // systemd-coredump keeps compressed cores below this by default

	maxDepth   = 6     // Crashpad nests 2 levels; deeper trees are not crash folders
	maxDirs    = 4096  // watched folders in all, well below inotify's per-user limit
	maxPending = 65536 // tracked files; beyond it the folder is rescanned once the backlog drains
	numWorkers = 4     // concurrent open+hash; the rest wait in a queue
	// incompleteRounds is how many settle periods an unchanged file that is
	// structurally incomplete (declared streams beyond its end) is held back
	// before it is handed over anyway for the parser to reject.
	incompleteRounds = 6
)

// Watch is one folder to watch and what its files are.
type Watch struct {
	Path string
	Kind string // KindCrash or KindPerf
}

// Options configure a Collector.
type Options struct {
	Watches []Watch
	// Settle is how long a file's size and mtime must stay unchanged after its
	// last write event before it counts as complete (default DefaultSettle).
	Settle time.Duration
	// MaxSize: larger files are skipped without being read (0 means
	// DefaultMaxSize, negative means no limit).
	MaxSize int64
	// Seen reports whether content with this sha256 hex was already handled
	// in an earlier run (the daemon answers from its history and spool).
	Seen   func(hash string) bool
	Logger *slog.Logger
}

// Found is a complete file ready for parsing. The receiver owns File and
// must close it.
type Found struct {
	Path    string
	Kind    string
	Size    int64
	ModTime time.Time
	Hash    string   // sha256 hex of the content, read from File
	File    *os.File // positioned at 0
	Format  Format
}

// Skipped is a file the collector refused, reported once per state of the
// file (a changed file is looked at again).
type Skipped struct {
	Path   string
	Kind   string
	Reason string // short, without the path
	Hash   string // set when the content was read (e.g. unknown format)
	Err    error  // the reason as an error: errors.Is(s.Err, ErrSymlink) ...
}

// Collector watches folders. Make one with New and call Run once.
type Collector struct {
	settle  time.Duration
	maxSize int64
	seen    func(string) bool
	log     *slog.Logger
	roots   []*root

	// between, when set by tests, runs inside the safe open between the
	// check and the open.
	between func()

	// Owned by the Run goroutine.
	w    *fsnotify.Watcher
	dirs map[string]*dirInfo // watched folders with files we collect
	anc  map[string]bool     // ancestors watched while a root does not exist
	full bool                // maxDirs reached (logged once)

	rescanReq chan struct{}
	wake      chan struct{}

	mu         sync.Mutex
	started    bool
	stopped    bool
	pend       map[string]*pending
	queue      []string
	needRescan bool
	decided    map[string]decision
	hashes     map[string]struct{}
}

type root struct {
	path, kind string
	present    bool
}

type dirInfo struct {
	root  *root
	depth int
}

// pending is a file waiting to be judged complete. Its timer fires Settle
// after the last event; a worker then decides.
type pending struct {
	root       *root
	timer      *time.Timer
	queued     bool        // in the queue or being processed
	dirty      bool        // an event arrived while queued
	last       fs.FileInfo // state at the previous check
	incomplete int         // rounds found structurally incomplete
}

// decision remembers what was done with a path in a given state, so events
// that do not change the file (or a rescan) do not repeat the work or the report.
type decision struct {
	fi     fs.FileInfo
	reason string
}

// New checks opts and makes a Collector.
func New(opts Options) (*Collector, error) {
	c := &Collector{
		settle:    opts.Settle,
		maxSize:   opts.MaxSize,
		seen:      opts.Seen,
		log:       opts.Logger,
		dirs:      map[string]*dirInfo{},
		anc:       map[string]bool{},
		rescanReq: make(chan struct{}, 1),
		wake:      make(chan struct{}, 1),
		pend:      map[string]*pending{},
		decided:   map[string]decision{},
		hashes:    map[string]struct{}{},
	}
	switch {
	case c.settle < 0:
		return nil, fmt.Errorf("collector: negative settle time %v", c.settle)
	case c.settle == 0:
		c.settle = DefaultSettle
	}
	if c.maxSize == 0 {
		c.maxSize = DefaultMaxSize
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	byPath := map[string]bool{}
	for _, w := range opts.Watches {
		if w.Path == "" {
			return nil, errors.New("collector: watch with empty path")
		}
		if w.Kind != KindCrash && w.Kind != KindPerf {
			return nil, fmt.Errorf("collector: watch %q: kind %q is not %q or %q", w.Path, w.Kind, KindCrash, KindPerf)
		}
		p, err := filepath.Abs(w.Path)
		if err != nil {
			return nil, fmt.Errorf("collector: watch %q: %w", w.Path, err)
		}
		if byPath[p] {
			continue
		}
		byPath[p] = true
		c.roots = append(c.roots, &root{path: p, kind: w.Kind})
	}
	return c, nil
}

// Run scans the watched folders, then follows their changes, sending every
// complete new file on found and every refused one on skipped (which may be
// nil). Sends block, which is the backpressure; Run returns nil when ctx is
// done. A Collector runs once.
func (c *Collector) Run(ctx context.Context, found chan<- Found, skipped chan<- Skipped) error {
	if found == nil {
		return errors.New("collector: nil found channel")
	}
	c.mu.Lock()
	if c.started {
		c.mu.Unlock()
		return errors.New("collector: Run called twice")
	}
	c.started = true
	c.mu.Unlock()

	w, err := fsnotify.NewWatcher()
	if err != nil {
		return fmt.Errorf("collector: %w", err)
	}
	c.w = w
	defer w.Close()

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	for range numWorkers {
		wg.Go(func() { c.work(ctx, found, skipped) })
	}
	defer func() {
		cancel()
		c.stop()
		wg.Wait()
	}()

	c.checkRoots(ctx)
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-w.Events:
			if !ok {
				return nil
			}
			c.handle(ctx, ev)
		case err, ok := <-w.Errors:
			if !ok {
				return nil
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				c.log.Warn("collector: event queue overflowed; rescanning")
				c.rescan(ctx)
			} else {
				c.log.Warn("collector: watcher error", "err", err)
			}
		case <-c.rescanReq:
			c.rescan(ctx)
		}
	}
}

// requestRescan asks the Run goroutine to rescan (used when events were lost).
func (c *Collector) requestRescan() {
	select {
	case c.rescanReq <- struct{}{}:
	default:
	}
}

// stop cancels all timers; no new ones are made afterwards.
func (c *Collector) stop() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stopped = true
	for path, p := range c.pend {
		p.timer.Stop()
		delete(c.pend, path)
	}
	c.queue = nil
}

// handle runs on the Run goroutine; it only does cheap bookkeeping so that
// the event queue never backs up.
func (c *Collector) handle(ctx context.Context, ev fsnotify.Event) {
	path := filepath.Clean(ev.Name)
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		c.forget(path)
		if c.dirs[path] != nil || c.isRoot(path) || c.anc[path] {
			c.dropTree(path)
			c.checkRoots(ctx)
		}
		return
	}
	if !ev.Has(fsnotify.Create) && !ev.Has(fsnotify.Write) && !ev.Has(fsnotify.Chmod) {
		return
	}
	parent := filepath.Dir(path)
	di := c.dirs[parent]
	if ev.Has(fsnotify.Create) {
		if fi, err := os.Lstat(path); err == nil && fi.IsDir() {
			if di != nil && !skipDir(parent, filepath.Base(path)) && !c.isRoot(path) {
				c.addTree(ctx, path, di.root, di.depth+1, c.settle)
			}
			if c.missingRoots() {
				c.checkRoots(ctx)
			}
			return
		}
	}
	if di == nil || ignoredName(filepath.Base(path)) {
		return
	}
	c.touch(path, di.root, c.settle)
}

func (c *Collector) isRoot(path string) bool {
	for _, r := range c.roots {
		if r.path == path {
			return true
		}
	}
	return false
}

func (c *Collector) missingRoots() bool {
	for _, r := range c.roots {
		if !r.present {
			return true
		}
	}
	return false
}

// checkRoots adds roots that exist now and watches the nearest existing
// ancestor of each one that does not, so its creation is noticed.
func (c *Collector) checkRoots(ctx context.Context) {
	need := map[string]bool{}
	for _, r := range c.roots {
		if r.present {
			continue
		}
		// Each pass watches the nearest existing ancestor, then looks again:
		// folders created before that watch existed sent no event to us.
		for range 64 {
			// The configured path itself is trusted (it comes from the
			// admin's config), so Stat may follow a symlink there.
			if fi, err := os.Stat(r.path); err == nil && fi.IsDir() {
				r.present = true
				c.log.Debug("collector: watching", "path", r.path, "kind", r.kind)
				c.addTree(ctx, r.path, r, 0, 0)
				break
			}
			a := nearestDir(r.path)
			if a == "" {
				break
			}
			if !c.anc[a] {
				if err := c.w.Add(a); err != nil {
					if errors.Is(err, fs.ErrNotExist) {
						// removed since we looked: watch its parent
						continue
					}
					c.log.Warn("collector: cannot watch for folder creation", "path", a, "err", err)
					break
				}
				c.anc[a] = true
				c.log.Debug("collector: waiting for folder", "path", r.path, "watching", a)
			}
			need[a] = true
			if nearestDir(r.path) == a {
				if _, err := os.Stat(r.path); err != nil {
					break
				}
			}
		}
	}
	for a := range c.anc {
		if !need[a] {
			delete(c.anc, a)
			if c.dirs[a] == nil {
				_ = c.w.Remove(a) // may already be gone with the folder
			}
		}
	}
}

func nearestDir(p string) string {
	for d := filepath.Dir(p); ; d = filepath.Dir(d) {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// addTree watches dir and its subfolders and schedules their files. The
// watch is added before listing so nothing created in between is missed.
func (c *Collector) addTree(ctx context.Context, dir string, r *root, depth int, delay time.Duration) {
	if ctx.Err() != nil {
		return
	}
	if depth > maxDepth {
		c.log.Debug("collector: folder too deep, not watched", "path", dir)
		return
	}
	if _, ok := c.dirs[dir]; !ok && len(c.dirs) >= maxDirs {
		if !c.full {
			c.full = true
			c.log.Warn("collector: too many folders, not watching more", "limit", maxDirs, "path", dir)
		}
		return
	}
	if err := c.w.Add(dir); err != nil {
		c.log.Warn("collector: cannot watch folder", "path", dir, "err", err)
		return
	}
	c.dirs[dir] = &dirInfo{root: r, depth: depth}
	f, err := os.Open(dir)
	if err != nil {
		c.log.Warn("collector: cannot list folder", "path", dir, "err", err)
		return
	}
	defer f.Close()
	for {
		// Batches keep memory flat for folders with very many entries.
		ents, err := f.ReadDir(256)
		for _, e := range ents {
			name := e.Name()
			p := filepath.Join(dir, name)
			if e.IsDir() {
				if !skipDir(dir, name) && !c.isRoot(p) {
					c.addTree(ctx, p, r, depth+1, delay)
				}
				continue
			}
			if ignoredName(name) {
				continue
			}
			// Files already handled in their current state need no timer;
			// this keeps rescans of a big, settled folder cheap.
			if fi, err := e.Info(); err == nil && c.unchanged(p, fi) {
				continue
			}
			c.touch(p, r, delay)
		}
		if err != nil {
			if err != io.EOF {
				c.log.Warn("collector: cannot list folder", "path", dir, "err", err)
			}
			return
		}
	}
}

// dropTree forgets dir and everything below it (it was removed or renamed).
func (c *Collector) dropTree(dir string) {
	under := func(p string) bool {
		return p == dir || strings.HasPrefix(p, dir+string(filepath.Separator))
	}
	for d := range c.dirs {
		if under(d) {
			delete(c.dirs, d)
			_ = c.w.Remove(d) // usually already removed by the kernel
		}
	}
	for a := range c.anc {
		if under(a) {
			delete(c.anc, a)
			_ = c.w.Remove(a)
		}
	}
	for _, r := range c.roots {
		if under(r.path) {
			r.present = false
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for p, pe := range c.pend {
		if under(p) {
			pe.timer.Stop()
			delete(c.pend, p)
		}
	}
	for p := range c.decided {
		if under(p) {
			delete(c.decided, p)
		}
	}
}

// rescan rebuilds the picture after lost events: gone folders are dropped,
// every folder re-listed, every file looked at again (cheaply when unchanged).
func (c *Collector) rescan(ctx context.Context) {
	for d := range c.dirs {
		stat := os.Lstat
		if c.isRoot(d) {
			stat = os.Stat // a configured root may be a symlink (trusted)
		}
		if fi, err := stat(d); err != nil || !fi.IsDir() {
			c.dropTree(d)
		}
	}
	c.mu.Lock()
	for p := range c.decided {
		if _, err := os.Lstat(p); errors.Is(err, fs.ErrNotExist) {
			delete(c.decided, p)
		}
	}
	c.needRescan = false
	c.mu.Unlock()
	present := map[*root]bool{}
	for _, r := range c.roots {
		present[r] = r.present
	}
	c.checkRoots(ctx) // adds (and lists) roots that appeared
	for _, r := range c.roots {
		if present[r] {
			c.addTree(ctx, r.path, r, 0, 0)
		}
	}
}

// touch (re)arms the settle timer of path.
func (c *Collector) touch(path string, r *root, delay time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return
	}
	p := c.pend[path]
	if p == nil {
		if len(c.pend) >= maxPending {
			c.needRescan = true
			return
		}
		p = &pending{root: r}
		c.pend[path] = p
		p.timer = time.AfterFunc(delay, func() { c.fire(path, p) })
		return
	}
	p.root = r
	if p.queued {
		p.dirty = true
		return
	}
	p.timer.Reset(delay)
}

// fire queues path for a worker (timer goroutine).
func (c *Collector) fire(path string, p *pending) {
	c.mu.Lock()
	if c.pend[path] != p || p.queued || c.stopped {
		c.mu.Unlock()
		return
	}
	p.queued = true
	c.queue = append(c.queue, path)
	c.mu.Unlock()
	c.signal()
}

func (c *Collector) signal() {
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// forget drops path's state (it was removed or renamed away).
func (c *Collector) forget(path string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if p := c.pend[path]; p != nil {
		p.timer.Stop()
		delete(c.pend, path)
	}
	delete(c.decided, path)
}

// finish ends a worker's turn with path: done, unless an event came in
// meanwhile, then it waits for the next settle.
func (c *Collector) finish(path string, p *pending) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pend[path] != p {
		return
	}
	if p.dirty && !c.stopped {
		p.dirty, p.queued, p.last = false, false, nil
		p.timer.Reset(c.settle)
		return
	}
	p.timer.Stop()
	delete(c.pend, path)
	if c.needRescan && len(c.pend) < maxPending/2 {
		c.needRescan = false
		c.requestRescan()
	}
}

// rearm sends path back to wait another settle period.
func (c *Collector) rearm(path string, p *pending, fi fs.FileInfo) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pend[path] != p || c.stopped {
		return
	}
	p.last, p.queued, p.dirty = fi, false, false
	p.timer.Reset(c.settle)
}

func (c *Collector) next(ctx context.Context) (string, *pending, bool) {
	for {
		c.mu.Lock()
		for len(c.queue) > 0 {
			path := c.queue[0]
			c.queue[0] = ""
			c.queue = c.queue[1:]
			p := c.pend[path]
			if p == nil || !p.queued {
				continue // forgotten while queued
			}
			more := len(c.queue) > 0
			c.mu.Unlock()
			if more {
				c.signal()
			}
			return path, p, true
		}
		c.queue = nil // let the backing array go
		c.mu.Unlock()
		select {
		case <-ctx.Done():
			return "", nil, false
		case <-c.wake:
		}
	}
}

func (c *Collector) work(ctx context.Context, found chan<- Found, skipped chan<- Skipped) {
	buf := make([]byte, 64<<10)
	for {
		path, p, ok := c.next(ctx)
		if !ok {
			return
		}
		c.process(ctx, path, p, buf, found, skipped)
	}
}

// process decides about one file whose settle timer fired.
func (c *Collector) process(ctx context.Context, path string, p *pending, buf []byte, found chan<- Found, skipped chan<- Skipped) {
	kind := p.root.kind
	fi, err := os.Lstat(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			c.finish(path, p)
			return
		}
		c.skip(ctx, skipped, path, kind, nil, unwrapPathError(err), "")
		c.finish(path, p)
		return
	}
	if fi.IsDir() {
		c.finish(path, p) // folders are handled by the Run goroutine
		return
	}
	if c.unchanged(path, fi) {
		c.finish(path, p)
		return
	}
	if fi.Mode().IsRegular() {
		if !c.stable(p, fi) {
			c.rearm(path, p, fi)
			return
		}
		if fi.Size() == 0 {
			// A writer that has not written yet; its first write is an event.
			c.finish(path, p)
			return
		}
		if c.maxSize > 0 && fi.Size() > c.maxSize {
			c.skip(ctx, skipped, path, kind, fi, fmt.Errorf("%w (%d bytes, limit %d)", ErrTooLarge, fi.Size(), c.maxSize), "")
			c.finish(path, p)
			return
		}
	}
	f, ofi, err := openWith(path, OpenOptions{Root: p.root.path, RejectHardlinks: true}, c.between)
	if err != nil {
		var oe *OpenError
		if errors.As(err, &oe) {
			err = oe.Err
		}
		c.skip(ctx, skipped, path, kind, fi, err, "")
		c.finish(path, p)
		return
	}
	hash, err := hashFile(f, ofi, buf)
	if errors.Is(err, ErrChanged) {
		f.Close()
		c.rearm(path, p, nil)
		return
	}
	if err != nil {
		f.Close()
		c.skip(ctx, skipped, path, kind, fi, err, "")
		c.finish(path, p)
		return
	}
	// Content already handled (or already recorded as skipped, e.g. an
	// unknown format) is not looked at again, in this run or after a restart.
	if c.seenBefore(hash) {
		f.Close()
		c.decide(path, fi, "")
		c.finish(path, p)
		return
	}
	head := buf[:min(len(buf), SniffLen)]
	n, err := f.ReadAt(head, 0)
	if err != nil && err != io.EOF {
		f.Close()
		c.skip(ctx, skipped, path, kind, fi, fmt.Errorf("read: %w", unwrapPathError(err)), hash)
		c.finish(path, p)
		return
	}
	format := Sniff(head[:n], filepath.Base(path))
	if format == FormatUnknown {
		f.Close()
		c.skip(ctx, skipped, path, kind, fi, ErrUnknownFormat, hash)
		c.finish(path, p)
		return
	}
	if ok, err := complete(f, ofi.Size(), format); err == nil && !ok {
		p.incomplete++
		if p.incomplete < incompleteRounds {
			f.Close()
			c.rearm(path, p, fi)
			return
		}
		c.log.Info("collector: handing over a structurally incomplete file", "path", path, "format", format)
	}
	if c.duplicate(hash) {
		f.Close()
		c.decide(path, fi, "")
		c.finish(path, p)
		return
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		c.skip(ctx, skipped, path, kind, fi, fmt.Errorf("seek: %w", unwrapPathError(err)), hash)
		c.finish(path, p)
		return
	}
	c.decide(path, fi, "")
	select {
	case found <- Found{Path: path, Kind: kind, Size: ofi.Size(), ModTime: ofi.ModTime(), Hash: hash, File: f, Format: format}:
		c.log.Debug("collector: found", "path", path, "format", format, "size", ofi.Size())
	case <-ctx.Done():
		f.Close()
	}
	c.finish(path, p)
}

// stable: unchanged since the previous check, or last modified longer than
// Settle ago (a file renamed in, or found by a scan). The timer already
// guarantees no write event for Settle.
func (c *Collector) stable(p *pending, fi fs.FileInfo) bool {
	if p.last != nil && sameState(p.last, fi) {
		return true
	}
	return time.Since(fi.ModTime()) >= c.settle
}

func sameState(a, b fs.FileInfo) bool {
	return a.Size() == b.Size() && a.ModTime().Equal(b.ModTime()) && a.Mode() == b.Mode() && os.SameFile(a, b)
}

// unchanged: path was already handled (found, duplicate or skipped) in
// exactly this state.
func (c *Collector) unchanged(path string, fi fs.FileInfo) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.decided[path]
	return ok && d.fi != nil && sameState(d.fi, fi)
}

func (c *Collector) decide(path string, fi fs.FileInfo, reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.decided[path] = decision{fi: fi, reason: reason}
}

// duplicate marks hash as handled and reports whether it already was, in this
// process or (via Seen) in an earlier one.
// seenBefore reports whether hash was emitted in this run or is known to
// the daemon (Seen), without recording it.
func (c *Collector) seenBefore(hash string) bool {
	c.mu.Lock()
	_, dup := c.hashes[hash]
	c.mu.Unlock()
	return dup || (c.seen != nil && c.seen(hash))
}

func (c *Collector) duplicate(hash string) bool {
	c.mu.Lock()
	_, dup := c.hashes[hash]
	c.mu.Unlock()
	if dup {
		return true
	}
	// Seen may touch disk; call it unlocked.
	prior := c.seen != nil && c.seen(hash)
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, dup = c.hashes[hash]; dup {
		return true
	}
	c.hashes[hash] = struct{}{}
	return prior
}

// skip reports path once per state; fi nil means the state is unknown (the
// file could not be looked at), then the reason text is what repeats are
// recognised by.
func (c *Collector) skip(ctx context.Context, skipped chan<- Skipped, path, kind string, fi fs.FileInfo, err error, hash string) {
	reason := err.Error()
	c.mu.Lock()
	d, ok := c.decided[path]
	repeat := ok && d.reason == reason && ((fi == nil && d.fi == nil) || (fi != nil && d.fi != nil && sameState(d.fi, fi)))
	c.decided[path] = decision{fi: fi, reason: reason}
	c.mu.Unlock()
	if repeat {
		return
	}
	c.log.Info("collector: skipped", "path", path, "reason", reason)
	if skipped == nil {
		return
	}
	select {
	case skipped <- Skipped{Path: path, Kind: kind, Reason: reason, Hash: hash, Err: err}:
	case <-ctx.Done():
	}
}

// hashFile hashes f's content and fails with ErrChanged when the file
// changed while being read (it was not complete after all).
func hashFile(f *os.File, fi fs.FileInfo, buf []byte) (string, error) {
	h := sha256.New()
	// One byte more than the size reveals a file still growing.
	n, err := io.CopyBuffer(h, io.LimitReader(f, fi.Size()+1), buf)
	if err != nil {
		return "", fmt.Errorf("read: %w", unwrapPathError(err))
	}
	after, err := f.Stat()
	if err != nil {
		return "", fmt.Errorf("stat: %w", unwrapPathError(err))
	}
	if n != fi.Size() || after.Size() != fi.Size() || !after.ModTime().Equal(fi.ModTime()) {
		return "", ErrChanged
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// ignoredName: files that are still being written under a temporary name
// (they are picked up once renamed) and Crashpad's bookkeeping.
func ignoredName(name string) bool {
	if name == "" || name[0] == '.' || strings.HasSuffix(name, "~") {
		return true
	}
	lower := strings.ToLower(name)
	for _, s := range []string{".tmp", ".temp", ".part", ".partial", ".crdownload", ".lock", ".meta"} {
		if strings.HasSuffix(lower, s) {
			return true
		}
	}
	return lower == "settings.dat" // Crashpad database settings
}

// skipDir: hidden folders, and the in-progress and attachment folders of a
// Crashpad database (reports in new/ are unfinished and are moved to
// pending/ when done; attachments belong to their report).
func skipDir(parent, name string) bool {
	if name == "" || name[0] == '.' {
		return true
	}
	if name == "new" || name == "attachments" {
		if _, err := os.Lstat(filepath.Join(parent, "settings.dat")); err == nil {
			return true
		}
	}
	return false
}
