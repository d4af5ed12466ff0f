package redact

import (
	"bytes"
	"io"
	"slices"
	"testing"
)

// Learn skips numbers, percentages, dates and times but for syslog's
// host after them, as the scrub does: both learn the same names from
// lines that hold them wherever a detector looks (a line's start, an
// apport indent, ipconfig's continuation column, a bracket, a key).
func TestLearnFromNumbersAsScrubbing(t *testing.T) {
	lines := []string{
		"2024-03-04T10:01:02.003Z studio-9 serato[12]: started",
		"<13>2024-03-04T10:01:02Z kofi-rig app: x",
		"Mar  4 10:01:02 aroha-mbp kernel: usb 1-1",
		" 2024-03-04 10:01:02 nas-7 cron[9]: ok",
		"10:01:02.5 zoe-laptop daemon[1]: up",
		"12.5 63% 2024-03-04 10:01 1.2.3 0.5% 7",
		"                                       1.2",
		"[10:01:02] <kwesi_dj> nice",
		"load 63% at 2024-03-04T10:01:02+01:00 user=kai.o",
		"   DNS Suffix Search List. . . . . . : corp.example\n                                       10.5",
		"Thanks,\n2024\nKai Okonkwo",
		"version 2.4.2 host=studio-mac 99.9%",
	}
	for _, l := range lines {
		learnt := newSession(t, Config{})
		learnt.par.workers = -1
		learnt.Learn([]byte(l + "\n"))
		scrubbed := newSession(t, Config{})
		scrubbed.par.workers = -1
		if err := scrubbed.ScrubText(io.Discard, bytes.NewReader([]byte(l+"\n"))); err != nil {
			t.Fatal(err)
		}
		names := func(s *Session) []string {
			var n []string
			for _, e := range s.lits.entries {
				n = append(n, e.class+" "+e.canon)
			}
			slices.Sort(n)
			return slices.Compact(n)
		}
		if a, b := names(learnt), names(scrubbed); !slices.Equal(a, b) {
			t.Errorf("%q: Learn learned %q, the scrub %q", l, a, b)
		}
	}
	// and the hosts after a time, and an IRC log's nick, are learned at all
	s := newSession(t, Config{})
	s.Learn([]byte(lines[0] + "\n" + lines[4] + "\n" + lines[7] + "\n"))
	for _, h := range []string{"studio-9", "zoe-laptop", "kwesi_dj"} {
		mustNotContain(t, "host", s.ScrubString("ping "+h), h)
	}
}
