package redact

import "bytes"

// edidSerial reads a display's EDID written as hex, whose header
// ("00ffffffffffff00") starts the word [i, j): ioreg's "IODisplayEDID" =
// <…> on one line, xrandr --verbose's 16 bytes a line. The EDID holds
// the monitor's serial number twice: as a number (bytes 12-15) and as
// text in a descriptor tagged 0xff ("CN0ABC123456"). Both are replaced
// (the text one is learned: edid-decode and system_profiler spell it);
// the rest of the EDID, the display's modes, stays.
func (sc *scanner) edidSerial(i, j int) {
	b := sc.b
	var pos [128]int // where each byte of the base block is written
	n := 0
	for p, e := i, j; ; {
		for k := p; k+1 < e && n < 128; k += 2 {
			pos[n] = k
			n++
		}
		if n == 128 || e-p != 32 {
			break
		}
		// xrandr's next line: blanks, then 32 hex digits
		q := e
		if q < len(b) && b[q] == '\r' {
			q++
		}
		if q >= len(b) || b[q] != '\n' {
			break
		}
		q++
		for q < len(b) && q-e < 16 && (b[q] == ' ' || b[q] == '\t') {
			q++
		}
		r := q
		for r < len(b) && r-q <= 32 && isHex(b[r]) {
			r++
		}
		if r-q != 32 || r < len(b) && !lineBreak(b[r]) {
			break
		}
		p, e = q, r
	}
	if n < 128 {
		return
	}
	at := func(k int) byte { return unhex(b[pos[k]])<<4 | unhex(b[pos[k]+1]) }
	if v := [4]byte{at(12), at(13), at(14), at(15)}; v != [4]byte{} && v != [4]byte{1, 1, 1, 1} {
		sc.edidSpan(pos[:], 12, 16, ClassSerial, canonical(string(b[pos[12]:pos[12]+2])+string(b[pos[13]:pos[13]+2])+string(b[pos[14]:pos[14]+2])+string(b[pos[15]:pos[15]+2])))
	}
	for _, d := range [4]int{54, 72, 90, 108} {
		if at(d) != 0 || at(d+1) != 0 || at(d+2) != 0 || at(d+3) != 0xff {
			continue
		}
		var buf [13]byte
		s := buf[:0]
		for k := d + 5; k < d+18; k++ {
			c := at(k)
			if c == '\n' || c == 0 {
				break
			}
			s = append(s, c)
		}
		s = bytes.TrimRight(s, " ")
		if !serialShaped(s) || sc.s.allowed(string(s)) {
			continue
		}
		canon := canonical(string(s))
		sc.learnLiteral(ClassSerial, canon, string(s), false)
		sc.edidSpan(pos[:], d+5, d+5+len(s), ClassSerial, canon)
	}
}

// edidSpan replaces the EDID's bytes [from, to), whose hex digits start
// at pos, line by line where they wrap (xrandr), with one pseudonym.
func (sc *scanner) edidSpan(pos []int, from, to int, class, canon string) {
	for k := from; k < to; {
		e := k + 1
		for e < to && pos[e] == pos[e-1]+2 {
			e++
		}
		sc.add(pos[k], pos[e-1]+2, class, canon)
		k = e
	}
}
