package redact

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// TestRewindStartOverSameNumbers: when the optimistic pass stops at a late
// chunk and starts over, the pseudonyms it handed out are not kept. The
// serial loop had numbered the late chunk's findings before it noticed;
// the parallel one stops before it applies them: the written report's
// numbers depended on the core count (crashd redact on Go's os package
// wrote STATUS_NO_<user-17> on one core, <user-4> on four).
func TestRewindStartOverSameNumbers(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(4)
	var b strings.Builder
	b.WriteString("OWNER NGOZI.EZE\nuser=first1\n")
	for i := 0; b.Len() < 24<<10; i++ {
		fmt.Fprintf(&b, "INFO engine: processed %d blocks\n", i)
	}
	for i := 0; i < 8; i++ {
		fmt.Fprintf(&b, "login user=late%d ok\n", i)
	}
	b.WriteString("open /home/ngozi.eze/x failed\n")
	for i := 0; b.Len() < 64<<10; i++ {
		fmt.Fprintf(&b, "INFO engine: processed %d blocks\n", i)
	}
	data := []byte(b.String())
	run := func(workers int) ([]byte, int) {
		s, _ := NewSession(Config{})
		s.par.workers, s.par.chunk, s.par.carry = workers, 8<<10, 2<<10
		var out memFile
		passes, err := s.ScrubTextRewind(&out, seekOnly{bytes.NewReader(data)})
		if err != nil {
			t.Fatal(err)
		}
		return out.b, passes
	}
	want, passes := run(-1)
	if passes != 3 {
		t.Fatalf("serial: %d passes, want 3 (the case tests nothing)", passes)
	}
	// numbered as a single pass over the whole input numbers them
	s, _ := NewSession(Config{})
	s.par.workers = -1
	if err := s.LearnReader(bytes.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	var one bytes.Buffer
	if err := s.ScrubText(&one, bytes.NewReader(data)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, one.Bytes()) {
		t.Errorf("starting over numbers differently from learning first:\n%s", firstDiff(want, one.Bytes()))
	}
	for _, w := range []int{1, 2, 4} {
		got, _ := run(w)
		if !bytes.Equal(got, want) {
			t.Errorf("workers=%d: output differs from serial:\n%s", w, firstDiff(got, want))
		}
	}
	mustNotContain(t, "rewind", string(want), "ngozi", "NGOZI", "late3", "first1")
	_ = io.Discard
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-60)
	return fmt.Sprintf("at %d: %q\nvs %q", i, a[lo:min(len(a), i+60)], b[lo:min(len(b), i+60)])
}

// TestLearnParallelPartner: learnedPartner ("Kevin Braunsdorf and Matthew
// Bradburn": a partner beside a learned name) asks what the session has
// learned, which a parallel learn worker's empty session cannot tell; the
// worker's chunk is learned from again in turn, so parallel learning
// learns what the serial loop does (it missed the partner: a man page's
// authors came out scrubbed on one core and kept on four).
func TestLearnParallelPartner(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(4)
	var b strings.Builder
	for i := 0; b.Len() < 64<<10; i++ {
		fmt.Fprintf(&b, "INFO engine: processed %d blocks\n", i)
		if i%300 == 150 {
			b.WriteString(".SH AUTHOR\nWritten by Kevin Braunsdorf and Matthew Bradburn.\nNomsa & Sizwe braai\nUser: nomsa\n")
		}
	}
	data := []byte(b.String())
	learned := func(workers int) string {
		s, _ := NewSession(Config{})
		s.par.workers, s.par.chunk, s.par.carry = workers, 4<<10, 1<<10
		if err := s.LearnReader(bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
		var lb strings.Builder
		for _, e := range s.lits.entries {
			lb.WriteString(e.class + " " + e.canon + " " + string(e.pat) + "\n")
		}
		return lb.String()
	}
	want := learned(-1)
	if !strings.Contains(want, "user matthew bradburn\n") {
		t.Fatalf("serial learning did not learn the partner (the case tests nothing):\n%s", want)
	}
	for _, w := range []int{1, 2, 4} {
		if got := learned(w); got != want {
			t.Errorf("workers=%d learned differs from serial:\n%s", w, firstDiff([]byte(got), []byte(want)))
		}
	}
}
