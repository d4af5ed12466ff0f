package redact

import (
	"bytes"
	"strings"
	"testing"
)

// "TIMESTAMP LEVEL component: message" has the shape of a syslog line with
// the level where the host stands; levels are no hosts.
func TestLogLevelIsNoSyslogHost(t *testing.T) {
	s := newSession(t, Config{})
	in := "2024-01-08T05:34:35.242Z INFO engine: processed 8318 blocks\n2024-01-08T05:34:35.250Z WARN sync: slow\n"
	s.Learn([]byte(in))
	if got := s.ScrubString(in + `{"level":"info"}`); got != in+`{"level":"info"}` {
		t.Errorf("log levels taken for hosts: %q", got)
	}
	// the real thing still is one
	mustNotContain(t, "syslog", s.ScrubString("2024-03-04T10:01:02.123+01:00 aroha-rig serato[123]: started"), "aroha-rig")
}

// A JSON-escaped path whose user folder holds a blank: the folders after
// it are no UNC host ("\\Music\\set" is not \\host\share).
func TestSpacedUserInEscapedPath(t *testing.T) {
	s := newSession(t, Config{})
	in := `"msg":"loaded C:\\Users\\Lucia Whitfield\\Music\\set 46.mp3"`
	s.Learn([]byte(in))
	if got := s.ScrubString(in); got != `"msg":"loaded C:\\Users\\<user-1>\\Music\\set 46.mp3"` {
		t.Errorf("got %q", got)
	}
}

// LearnReader's chunks overlap and are not cut at lines: one that starts
// inside "C:\\Users\\j.smith" must not take its tail for a UNC path.
func TestLearnChunkStartingInsideAWord(t *testing.T) {
	for _, workers := range []int{-1, 2} {
		s := newSession(t, Config{})
		s.par.workers, s.par.chunk, s.par.carry = workers, 4<<10, 1<<10
		step := s.chunkSize() + s.carrySize() // chunk k starts at k*step
		var b bytes.Buffer
		for b.Len() < 4*step {
			line := `{"msg":"loaded C:\\Users\\j.smith\\Music\\set.mp3"}` + "\n"
			// put the chunk starts right after "C:\\"
			if k := step - b.Len()%step; k > 18 && k < len(line)+18 {
				b.WriteString(strings.Repeat(" ", k-18) + "\n")
			}
			b.WriteString(line)
		}
		if err := s.LearnReader(bytes.NewReader(b.Bytes())); err != nil {
			t.Fatal(err)
		}
		if got := s.ScrubString("Users Music"); got != "Users Music" {
			t.Errorf("workers=%d: folder names learned as hosts: %q", workers, got)
		}
		mustNotContain(t, "learned", s.ScrubString("j.smith"), "j.smith")
	}
}

// ScrubBinary commits its chunks at a word start, so a path across the
// commit point is scrubbed whole: its user replaced, "Users" kept.
func TestScrubBinaryPathAcrossCommitPoint(t *testing.T) {
	commit := textChunk + maxCarry // the first buffer holds binOverlap more
	for _, at := range []int{commit - 12, commit - 9, commit - 3, commit - 2, commit} {
		data := bytes.Repeat([]byte{0}, commit+2*binOverlap)
		path := `C:\\Users\\zoe.kowalczyk\\AppData` // JSON-escaped
		copy(data[at:], path)
		s := newSession(t, Config{})
		var out bytes.Buffer
		if err := s.ScrubBinary(&out, bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
		if out.Len() != len(data) {
			t.Fatalf("length %d, want %d", out.Len(), len(data))
		}
		got := string(bytes.Trim(out.Bytes(), "\x00"))
		if strings.Contains(got, "kowalczyk") || !strings.HasPrefix(got, `C:\\Users\\`) {
			t.Errorf("path at %d (commit %d): %q", at, commit, got)
		}
	}
}
