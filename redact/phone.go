package redact

import "bytes"

// ipv4AfterPhone cuts an IPv4 address off the end of the run [p, e) that
// phoneEnd read as a telephone number: blank-separated groups of digits
// run on into an address written after the number ("+1 415 555 0133
// 10.0.0.5"), which then had too many digits to be one. It returns the
// run's new end.
func ipv4AfterPhone(b []byte, p, e int) int {
	k := bytes.LastIndexByte(b[p:e], ' ')
	if k > 0 && isIPv4Literal(string(b[p+k+1:e])) && (e == len(b) || !isAlnum(b[e]) && b[e] != '-' && b[e] != '_') {
		return p + k
	}
	return e
}

// vcardTel handles a vCard's telephone line at i, "TEL" at the line's
// start then its parameters or ':' ("TEL;TYPE=CELL:+27 82 555 0142",
// "TEL:0825550142"): the parameters glue the number to the key, where
// neither the key detectors nor intlPhone look. The value after the ':'
// is the number when it reads as one. It returns where it ends, or -1.
func (sc *scanner) vcardTel(i int) int {
	b := sc.b
	if i > 0 && !lineBreak(b[i-1]) && b[i-1] != '.' { // (Apple's "item1.TEL;…")
		return -1
	}
	p := i + 3
	for p < len(b) && p-i < 64 && b[p] != ':' && b[p] > ' ' {
		p++
	}
	if p >= len(b) || b[p] != ':' {
		return -1
	}
	p++
	if p < len(b) && b[p] == ' ' {
		p++
	}
	if matchFold(b, p, "tel:") > 0 {
		p += 4 // vCard 4's URI value, "TEL;VALUE=uri;TYPE=cell:tel:+1-415-555-0199"
	}
	e := phoneEnd(b, p)
	if e-p < 7 || e < len(b) && !lineBreak(b[e]) && b[e] != ' ' || !phoneValue(b[p:e]) || pseudonymAt(b, p) {
		return -1
	}
	sc.phone(p, e)
	return e
}
