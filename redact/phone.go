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
