package redact

import "slices"

// A buffer that teaches the session a name is scanned again (findStable),
// so that the name is also replaced before the place it was learned. A
// log names its user in its first lines, so that second scan used to
// read the whole buffer again for what only its first lines could hold.
//
// Now the first scan notes where it last passed a line start after it
// learned something (a checkpoint), and keeps what it found after it.
// The second scan stops at that line start and takes those findings when
// it got there knowing the same and in the same state: past that point
// the first scan already knew everything the second knows, so it found
// what the second would.

// resumeWindow is how many of the last findings the detectors that look
// back over text consult (covered, findingEnd, findingEndsAt), and
// resumeReach more than the furthest they look back (versionTag: 192
// bytes): a scan reaching a checkpoint with the same ones ending within
// reach of it sees the same context after it.
const (
	resumeWindow = 8
	resumeReach  = 1024
)

// checkpoint is the scan's state at a line start, and at the buffer's end.
type checkpoint struct {
	pos    int // the line start (0: none)
	seq    int // sc.seq there
	gen    int // the session's generation there
	maxEnd int
	fold   bool
	pem    bool
	wer    werPair
	// the last findings before pos, as the look-back detectors see them
	last  [resumeWindow]spanEdge
	nLast int
	// at the end of the buffer
	endSeq, endMaxEnd int
	endPEM            bool
	endWer            werPair
	endPS             psTable
}

// spanEdge is what the look-back detectors read of a finding.
type spanEdge struct {
	start, end int
	classed    bool
}

// mark records a checkpoint at line start i. Called at a line start when
// the session has learned since the last one; the scan goes on knowing
// what it learned, as a second scan would from there.
func (sc *scanner) mark(i int) {
	s := sc.s
	sc.gen0 = s.gen
	ck := &sc.ck
	if ck.pos == 0 {
		// the scan's first learn, on the line from sc.line: the next scan
		// may start at a line start startGap or more before it
		st := sc.st[1]
		if sc.line-st.pos < startGap {
			st = sc.st[0]
		}
		if sc.line-st.pos < startGap {
			st.pos = 0 // none so far before it: the next scan reads b whole
		}
		sc.next, sc.nextL = st, sc.line
	}
	ck.pos, ck.seq, ck.gen, ck.maxEnd = i, sc.seq, s.gen, sc.maxEnd
	ck.fold, ck.pem, ck.wer = sc.fold, sc.inPEM, sc.wer
	ck.nLast = sc.lastEdges(&ck.last, i)
}

// lastEdges copies into w the edges of the last findings that end within
// reach of the line start pos.
func (sc *scanner) lastEdges(w *[resumeWindow]spanEdge, pos int) int {
	k := 0
	for _, sp := range sc.spans[len(sc.spans)-min(len(sc.spans), resumeWindow):] {
		if sp.end > pos-resumeReach {
			w[k] = spanEdge{sp.start, sp.end, sp.class != ""}
			k++
		}
	}
	return k
}

// keepTail closes a scan of b: when its last checkpoint came after all
// it learned, it keeps the findings after it (and the state at the end)
// for the next scan of b to take (resumeAt). Called before user patterns
// and resolve, which run over the whole buffer in every scan.
func (sc *scanner) keepTail(n int) {
	ck := &sc.ck
	if ck.pos <= 0 || ck.pos >= n || ck.gen != sc.s.gen || ck.maxEnd > ck.pos || sc.learnOnly {
		ck.pos = 0
		return
	}
	sc.tail = sc.tail[:0]
	for _, sp := range sc.spans {
		if sp.seq > ck.seq {
			sc.tail = append(sc.tail, sp)
		}
	}
	ck.endSeq, ck.endMaxEnd, ck.endPEM, ck.endWer, ck.endPS = sc.seq, sc.maxEnd, sc.inPEM, sc.wer, sc.psEnd
}

// resume takes the last scan's findings after the checkpoint when this
// scan reached it (at i) in the same state, and reports whether it did.
func (sc *scanner) resume(i int) bool {
	u := &sc.use
	if i != u.pos || sc.s.gen != u.gen || sc.maxEnd > u.pos || sc.fold != u.fold || sc.inPEM != u.pem || sc.wer != u.wer {
		return false
	}
	var last [resumeWindow]spanEdge
	if n := sc.lastEdges(&last, i); n != u.nLast || !slices.Equal(last[:n], u.last[:n]) {
		return false
	}
	sc.resumed++
	base := sc.seq - u.seq
	for _, sp := range sc.tail {
		sp.seq += base
		sc.spans = append(sc.spans, sp)
	}
	sc.seq = u.endSeq + base
	sc.maxEnd = max(sc.maxEnd, u.endMaxEnd)
	sc.inPEM, sc.wer, sc.psEnd = u.endPEM, u.endWer, u.endPS
	u.pos = -1 // (taken: find keeps no tail of its own)
	return true
}

// A scan that learns at the end of a long buffer (a JVM's hs_err log names
// its user in the memory map near its end) would have the rescan read
// everything before again. When what it learned is spelled nowhere before
// the line it learned on (harmlessBefore: the test lateHarmless makes of
// chunks already written), a second scan would find there what the first
// did, and reach each line start there in the same state. So the rescan
// starts at a line start before that line, in the first scan's state
// there, with its findings before it. The line start is startGap or more
// before the line learned on: what a detector before it reads ahead, and
// so could read differently knowing more, lies before that line.

// startGap is how far before the line it learned on a rescan starts, at
// least: more than any detector reads ahead over line breaks.
const startGap = 2048

// startState is a scan's state at a line start where a rescan may start.
type startState struct {
	pos    int // the line start (0: the buffer's start)
	nSpans int // the findings made before it
	seq    int
	maxEnd int
	rowAt  int
	wer    werPair
}

// lineStart notes line start i, startGap or more after the last it took,
// as a place a rescan may start, when no finding runs over it; it keeps
// the last two. (Those taken after the scan learned go unused: mark
// chose at the first learn.)
//
//go:noinline
func (sc *scanner) lineStart(i int) {
	if sc.maxEnd > i || sc.inPEM {
		return // (the next line start is tried)
	}
	sc.st[0] = sc.st[1]
	sc.st[1] = startState{pos: i, nSpans: len(sc.spans), seq: sc.seq, maxEnd: sc.maxEnd, rowAt: sc.rowAt, wer: sc.wer}
	sc.stAt = i + startGap
}
