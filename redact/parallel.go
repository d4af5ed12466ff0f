package redact

import (
	"bytes"
	"fmt"
	"io"
	"maps"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// Parallel text paths. ScrubText and LearnReader cut their input into the
// same chunks as the serial loops; workers scan chunks ahead, and one
// stage applies the results in chunk order, so the output (pseudonym
// numbers included) is byte for byte the serial one.
//
// Learning: a learn-only scan does not depend on what was learned before
// (it never matches learned literals), so a worker records its learn calls
// and the apply stage replays them in order.
//
// Scrubbing: a scan depends on the learned literals, and it learns too. A
// worker scans against a frozen snapshot of the learned state, in a
// private copy. When the scan learned nothing (the common case once the
// names of a report are known) its findings are exactly what the serial
// scan would find, provided the session still matches that snapshot when
// the chunk's turn comes; pseudonyms are then handed out by the apply
// stage. Otherwise (the scan learned something, the session learned since
// the snapshot, or a private-key block is open from the previous chunk)
// the apply stage scans that chunk again itself, serially, and publishes a
// new snapshot if the session learned.

// maxWorkers bounds the workers (and so the chunks in flight: memory).
const maxWorkers = 16

// workerCount is how many workers the text paths use; 0 means serial.
// par.workers pins it (tests): > 0 that many, < 0 serial.
func (s *Session) workerCount() int {
	if s.par.workers != 0 {
		return max(s.par.workers, 0)
	}
	n := runtime.GOMAXPROCS(0)
	if n < 2 {
		return 0
	}
	return min(n, maxWorkers)
}

func (s *Session) chunkSize() int {
	if s.par.chunk > 0 {
		return s.par.chunk
	}
	return textChunk
}

func (s *Session) carrySize() int {
	if s.par.carry > 0 {
		return s.par.carry
	}
	return maxCarry
}

// learnCall is one learn call recorded by a parallel learn worker.
type learnCall struct {
	kind         byte // 'u' user, 'h' host, 'l' literal
	value        string
	class, canon string
	variants     bool
}

func (sc *scanner) learnUser(v string) {
	if sc.rec != nil {
		*sc.rec = append(*sc.rec, learnCall{kind: 'u', value: v})
		return
	}
	sc.s.learnUser(v)
	sc.fold = sc.s.squashLens != 0 && !sc.learnOnly
}

// learnPerson is learnUser for a person's name written as people write it
// (a possessive, a device's owner, a display name), not an account.
func (sc *scanner) learnPerson(v string) {
	if sc.rec != nil {
		*sc.rec = append(*sc.rec, learnCall{kind: 'p', value: v})
		return
	}
	sc.s.learnPerson(v)
}

func (sc *scanner) learnHost(v string) {
	if sc.rec != nil {
		*sc.rec = append(*sc.rec, learnCall{kind: 'h', value: v})
		return
	}
	sc.s.learnHost(v)
}

func (sc *scanner) learnLiteral(class, canon, value string, variants bool) {
	if sc.rec != nil {
		*sc.rec = append(*sc.rec, learnCall{kind: 'l', value: value, class: class, canon: canon, variants: variants})
		return
	}
	sc.s.learnLiteral(class, canon, value, variants)
}

// replay makes recorded learn calls, in order. Caller holds s.mu.
func (s *Session) replay(calls []learnCall) {
	for _, c := range calls {
		switch c.kind {
		case 'u':
			s.learnUser(c.value)
		case 'p':
			s.learnPerson(c.value)
		case 'h':
			s.learnHost(c.value)
		default:
			s.learnLiteral(c.class, c.canon, c.value, c.variants)
		}
	}
}

// clone copies l so that neither copy's later additions show in the
// other (slices are clipped: an append reallocates).
func (l *literals) clone() *literals {
	c := *l
	c.entries = slices.Clip(l.entries)
	l.shared, c.shared = true, true // (a snapshot's scan reads entries while l learns)
	c.slab = nil                    // (its free room is l's to write)
	c.byPat = maps.Clone(l.byPat)
	c.other = maps.Clone(l.other)
	c.spelled = maps.Clone(l.spelled)
	for k, gs := range l.groups {
		if gs == nil {
			continue
		}
		gs = slices.Clone(gs)
		for x := range gs {
			gs[x].runs = slices.Clone(gs[x].runs)
			for r := range gs[x].runs {
				gs[x].runs[r].idx = slices.Clone(gs[x].runs[r].idx)
			}
		}
		c.groups[k] = gs
	}
	return &c
}

// snapshot is the learned state the scrub workers scan against.
type snapshot struct {
	version, gen int
	lits         *literals
	learned      map[string]bool
	squashed     map[string]string
	squashLens   uint64
	squashPair   [26]uint32
	alias        map[string]string
	squashLog    []string
	aliases      int
}

func (s *Session) takeSnapshot(version int) *snapshot {
	return &snapshot{version: version, gen: s.gen, lits: s.lits.clone(), learned: maps.Clone(s.learned),
		squashed: maps.Clone(s.squashed), squashLens: s.squashLens, squashPair: s.squashPair, alias: maps.Clone(s.alias),
		squashLog: slices.Clip(s.squashLog), aliases: s.aliases}
}

// adopt takes over the learned state of priv, a private session made
// from a snapshot of s that s still matches.
func (s *Session) adopt(priv *Session) {
	s.lits, s.learned, s.gen = priv.lits, priv.learned, priv.gen
	s.squashed, s.squashLens, s.squashPair = priv.squashed, priv.squashLens, priv.squashPair
	s.alias, s.squashLog, s.aliases = priv.alias, priv.squashLog, priv.aliases
}

// private returns a session a worker may scan (and learn) in without
// touching s or the snapshot. Only detection state is filled in.
func (sn *snapshot) private(s *Session) *Session {
	return &Session{allow: s.allow, patterns: s.patterns, lits: sn.lits.clone(), learned: maps.Clone(sn.learned), gen: sn.gen,
		squashed: maps.Clone(sn.squashed), squashLens: sn.squashLens, squashPair: sn.squashPair, alias: maps.Clone(sn.alias),
		squashLog: slices.Clip(sn.squashLog), aliases: sn.aliases}
}

// pjob is one chunk in flight.
type pjob struct {
	buf []byte // owned by the job until applied
	n   int    // the chunk is buf[:n]
	off int64  // the chunk's input offset
	// partial: the chunk starts inside a word (learn chunks overlap)
	partial bool
	done    chan struct{}

	// scrub results
	version int
	dirty   bool
	endPEM  bool
	endPS   psTable // a process table whose rows run to the chunk's end
	// learned: the private session the chunk was scanned in, when the
	// scan learned (and the UTF-16 strings did not)
	learned *Session
	spans   []span
	wides   []wide
	// learn results
	calls []learnCall
	// stateful: the worker's scan met a case it could not tell without
	// the session's learned names (scanner.stateful)
	stateful bool
	// memo: walk's, kept with the job for the chunks it carries
	memo *walkMemo
}

// pipeline runs detect on up to workers goroutines, at most 2*workers
// chunks in flight, and applies results in chunk order on the caller's
// goroutine.
type pipeline struct {
	work  chan *pjob
	queue []*pjob
	free  []*pjob // applied jobs, reused with their buffers
	size  int
	stop  atomic.Bool
	wg    sync.WaitGroup
	apply func(*pjob) error
}

func newPipeline(workers, size int, detect func(*pjob), apply func(*pjob) error) *pipeline {
	p := &pipeline{work: make(chan *pjob, 2*workers), size: size, apply: apply}
	for range workers {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range p.work {
				if !p.stop.Load() {
					detect(j)
				}
				close(j.done)
			}
		}()
	}
	return p
}

// next returns an empty job with a chunk buffer, reusing applied ones (and
// their result slices).
func (p *pipeline) next() *pjob {
	if n := len(p.free); n > 0 {
		j := p.free[n-1]
		p.free = p.free[:n-1]
		*j = pjob{buf: j.buf[:0], spans: j.spans[:0], wides: j.wides[:0], calls: j.calls[:0], memo: j.memo}
		return j
	}
	return &pjob{buf: make([]byte, 0, p.size)}
}

// push queues job j for chunk j.buf[:n], applying the oldest ones while
// the window is full.
func (p *pipeline) push(j *pjob, n int) error {
	j.n, j.done = n, make(chan struct{})
	p.queue = append(p.queue, j)
	p.work <- j
	for len(p.queue) >= cap(p.work) {
		if err := p.applyFirst(); err != nil {
			return err
		}
	}
	return nil
}

func (p *pipeline) applyFirst() error {
	j := p.queue[0]
	<-j.done
	p.queue[0] = nil
	p.queue = p.queue[1:]
	err := p.apply(j)
	p.free = append(p.free, j)
	return err
}

// redo sends the queued chunks that are scanned but stale (stale says so)
// back to the workers, so that they are scanned again in parallel rather
// than one by one when their turn comes. Called only from apply (the
// chunk being applied has left the queue). It never blocks: the channel
// holds only queued chunks that are not scanned yet, fewer than its
// capacity.
func (p *pipeline) redo(stale func(*pjob) bool) {
	for _, j := range p.queue {
		select {
		case <-j.done:
		default:
			continue // still in a worker's hands, or waiting for one
		}
		if !stale(j) {
			continue
		}
		j.done = make(chan struct{})
		j.dirty, j.endPEM = false, false
		j.spans, j.wides = j.spans[:0], j.wides[:0]
		p.work <- j
	}
}

// drain applies every queued chunk.
func (p *pipeline) drain() error {
	for len(p.queue) > 0 {
		if err := p.applyFirst(); err != nil {
			return err
		}
	}
	return nil
}

// close stops the workers (skipping chunks not yet scanned) and waits.
func (p *pipeline) close() {
	p.stop.Store(true)
	close(p.work)
	p.wg.Wait()
}

// scrubTextPar is ScrubText's loop with workers. Caller holds s.mu.
func (s *Session) scrubTextPar(dst io.Writer, r io.Reader, workers int) error {
	carry := s.carrySize()
	size := s.chunkSize() + carry
	sc := &scanner{s: s, walkMemo: s.newWalkMemo()}
	var out []byte
	write := func() error {
		if _, err := dst.Write(out); err != nil {
			return fmt.Errorf("redact: write: %w", err)
		}
		return nil
	}
	buf, eof, err := fill(r, make([]byte, 0, size))
	if err != nil {
		return err
	}
	if eof {
		// one chunk: nothing to overlap
		if len(buf) == 0 {
			return nil
		}
		out = s.scrubTextChunk(sc, buf, make([]byte, 0, len(buf)+len(buf)/8))
		return write()
	}
	// Two chunks gain nothing from a worker: the first nearly always
	// teaches a name (a log's user, its host), and the worker's scan of
	// the second is then thrown away. They are scrubbed serially.
	more, eof, err := fill(r, make([]byte, 0, size))
	if err != nil {
		return err
	}
	if eof {
		return s.scrubTextSerial(dst, io.MultiReader(bytes.NewReader(buf), bytes.NewReader(more)))
	}
	r = io.MultiReader(bytes.NewReader(more), r)
	out = make([]byte, 0, size+size/8)
	version := 0
	var snap atomic.Pointer[snapshot]
	snap.Store(s.takeSnapshot(version))
	var p *pipeline
	scan := func(j *pjob, sn *snapshot) {
		j.version = sn.version
		j.dirty, j.learned = false, nil
		j.wides = j.wides[:0]
		priv := sn.private(s)
		chunk := j.buf[:j.n]
		if j.memo == nil {
			j.memo = s.newWalkMemo()
		}
		w := &scanner{s: priv, spans: j.spans, walkMemo: j.memo}
		// a chunk that teaches a name is scanned again so that the name
		// is replaced before the line that taught it too
		priv.findStable(w, chunk)
		dump := w.dumpAt > 0 // (hex dumps: rewritten by the serial path)
		j.spans = w.spans
		j.endPEM, j.endPS = w.inPEM, w.psEnd
		g := priv.gen
		if bytes.IndexByte(chunk, 0) >= 0 {
			// as scrubUTF16Locked, recording instead of rewriting
			u := &scanner{s: priv}
			forUTF16Runs(chunk, func(off, _ int, narrow []byte, pos []int32) {
				u.find(narrow)
				j.wides = wideSpans(j.wides, u.spans, off, pos)
			})
		}
		switch {
		case priv.gen != g || dump:
			// the UTF-16 strings taught a name: the serial path scans the
			// rewritten chunk again, which only it can do
			j.dirty = true
		case priv.gen != sn.gen:
			// what this chunk taught: the session takes it over if it
			// still matches the snapshot when the chunk's turn comes
			j.learned = priv
		}
	}
	detect := func(j *pjob) {
		sn := snap.Load()
		scan(j, sn)
		// the session learned while this chunk was scanned (a chunk
		// before it taught a name): scan again here, in parallel, rather
		// than in the apply stage
		if sn2 := snap.Load(); sn2.version != sn.version {
			scan(j, sn2)
		}
	}
	apply := func(j *pjob) error {
		chunk := j.buf[:j.n]
		ps := sc.ps
		if j.dirty || j.version != version || sc.inPEM || sc.ps.on {
			// (a chunk that reads a process table on from its start is
			// scanned here: the worker did not know the table)
			was := s.learnedNow()
			out = s.scrubTextChunk(sc, chunk, out[:0])
			if s.late(j.off, was) {
				s.lateTable = ps
				return errLate
			}
			if s.gen != was.gen {
				version++
				snap.Store(s.takeSnapshot(version))
				p.redo(func(q *pjob) bool { return q.version != version })
			}
			return write()
		}
		if j.learned != nil {
			// the chunk was scanned, learning as the serial scan does,
			// against exactly the session's state: take over what it
			// learned
			was := s.learnedNow()
			s.adopt(j.learned)
			if s.late(j.off, was) {
				s.lateTable = ps
				return errLate
			}
			version++
			snap.Store(s.takeSnapshot(version))
			p.redo(func(q *pjob) bool { return q.version != version })
		}
		s.applyWides(chunk, j.wides, len(chunk))
		out = s.emitText(out[:0], chunk, j.spans)
		sc.inPEM, sc.ps = j.endPEM, j.endPS
		return write()
	}
	p = newPipeline(workers, size, detect, apply)
	defer p.close()
	cur := &pjob{buf: buf}
	var off int64
	for {
		cut := len(buf)
		if !eof {
			cut = textCut(buf, carry)
		}
		nj := p.next()
		next := append(nj.buf, buf[cut:]...)
		cur.off = off
		off += int64(cut)
		if err := p.push(cur, cut); err != nil {
			return err
		}
		if eof {
			// the serial loop hands the rest of a final buffer over
			// again; a final chunk is never cut, so there is none
			return p.drain()
		}
		buf, eof, err = fill(r, next)
		nj.buf = buf
		cur = nj
		if err != nil {
			if derr := p.drain(); derr != nil {
				return derr
			}
			return err
		}
		if len(buf) == 0 && eof {
			return p.drain()
		}
	}
}

// learnReaderPar is LearnReader's loop with workers. Caller holds s.mu.
func (s *Session) learnReaderPar(r io.Reader, workers int) error {
	size := s.chunkSize() + s.carrySize() + binOverlap
	sc := &scanner{s: s, learnOnly: true, ps: s.lateTable}
	s.lateTable = psTable{}
	buf, eof, err := fill(r, make([]byte, 0, size))
	if err != nil {
		return err
	}
	if eof {
		if len(buf) > 0 {
			s.learnBuf(sc, buf)
		}
		return nil
	}
	// Workers read only the allow list through their own session.
	shadow := &Session{allow: s.allow, patterns: s.patterns, lits: newLiterals(), learned: map[string]bool{}}
	detect := func(j *pjob) {
		// a fresh scanner per chunk: its caches skip learn calls that
		// only this chunk's record holds
		w := &scanner{s: shadow, learnOnly: true, rec: &j.calls, partial: j.partial}
		shadow.learnBuf(w, j.buf[:j.n])
		j.endPEM, j.endPS, j.stateful = w.inPEM, w.psEnd, w.stateful
	}
	apply := func(j *pjob) error {
		if sc.inPEM || sc.ps.on || j.stateful {
			sc.partial = j.partial
			s.learnBuf(sc, j.buf[:j.n])
			sc.ps = psOverlapped(sc.psEnd)
			return nil
		}
		s.replay(j.calls)
		sc.inPEM, sc.ps = j.endPEM, psOverlapped(j.endPS)
		return nil
	}
	p := newPipeline(workers, size, detect, apply)
	defer p.close()
	cur := &pjob{buf: buf}
	for {
		nj := p.next()
		next := nj.buf
		if !eof {
			next = append(next, buf[len(buf)-binOverlap:]...)
			nj.partial = midWord(buf[len(buf)-binOverlap-1])
		}
		if err := p.push(cur, len(buf)); err != nil {
			return err
		}
		if eof {
			return p.drain()
		}
		buf, eof, err = fill(r, next)
		nj.buf = buf
		cur = nj
		if err != nil {
			if derr := p.drain(); derr != nil {
				return derr
			}
			return err
		}
		if len(buf) == 0 && eof {
			return p.drain()
		}
	}
}
