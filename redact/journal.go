package redact

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
