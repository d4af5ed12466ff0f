package redact

import "bytes"

// cursorSeqnum replaces the sequence number id of the journal cursor
// whose boot id "b=" starts at i ("s=<seqnum id>;i=…;b=…"): a random id
// made with the machine's journal, which every journal file after it
// keeps (cursorBootAt checked the cursor's shape).
func (sc *scanner) cursorSeqnum(i int) {
	b := sc.b
	h := backHex(b, i-1, 16) // the entry's number, "i=…"
	s := backHex(b, h-3, 32)
	if h-3-s != 32 {
		return
	}
	v := string(b[s : h-3])
	if !sc.s.allowed(v) {
		sc.add(s, h-3, ClassMachineID, canonical(v))
	}
}

// pulseMachineID replaces the machine id PulseAudio names its files
// after in the word [i, j) ("~/.config/pulse/8c5d…1e2f-default-sink",
// "…-card-database.tdb", as ls and its warnings print them): the
// machine's lasting id (/etc/machine-id), learned.
func (sc *scanner) pulseMachineID(i, j int) {
	b := sc.b
	for k := i + 32; k < j; k++ {
		d := bytes.IndexByte(b[k:j], '-')
		if d < 0 {
			return
		}
		k += d
		s := k - 32
		if s > i && b[s-1] != '/' || !pulseFile(b[k+1:j]) || !allHex(b[s:k]) {
			continue
		}
		sc.learnedSpan(s, k, ClassMachineID)
	}
}

// pulseFile: f starts with the name of a file PulseAudio keeps per
// machine after its id and a '-'.
func pulseFile(f []byte) bool {
	for _, n := range [...]string{"card-database", "default-sink", "default-source", "device-volumes", "stream-volumes", "device-manager", "runtime"} {
		if bytes.HasPrefix(f, []byte(n)) {
			return true
		}
	}
	return false
}
