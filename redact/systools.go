package redact

import "bytes"

// psTranscriptMachine reports whether a PowerShell transcript's header
// line "Machine: KAI-STUDIO (Microsoft Windows NT 10.0.19045.0)" (on
// Linux and macOS "Machine: ravenwood (Unix 6.8.0.49)") goes on at p,
// after "Machine:": the computer's name. Other "Machine:" lines (an
// architecture, a VM's name) stay.
func psTranscriptMachine(b []byte, p int) bool {
	for p < len(b) && b[p] == ' ' {
		p++
	}
	e := p
	for e < len(b) && e-p <= 63 && b[e] > ' ' && b[e] != '(' {
		e++
	}
	if e == p {
		return false
	}
	r := b[e:min(len(b), e+25)]
	if bytes.HasPrefix(r, []byte(" (Microsoft Windows NT ")) {
		return true
	}
	return len(r) > 8 && bytes.HasPrefix(r, []byte(" (Unix ")) && isDigit(r[7])
}
