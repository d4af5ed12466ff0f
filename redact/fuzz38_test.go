package redact

import "testing"

// A device's owner after "Galaxy da" glued by a quote to what the first
// pass replaced ("Aéa'<user-1>'s" of "Aéa'\xc3AAA…'s", a word of invalid
// UTF-8 it took for no name) is no name in the second pass either: both
// passes keep it (the fuzzer's find, on main since round 37).
func TestFuzz38DeviceOwnerQuoteGlued(t *testing.T) {
	for _, in := range []string{
		"Galaxy da Aéa'\xc3AAA\xe2\x80's A000000000000000000000000000000000000000000000000000000000000000000000",
		"Galaxy de Aéaaa'\xc3AB\xe2\x80's A000",
	} {
		scrubTextTwice(t, in)
	}
	// an owner the quote closes is still one
	checkBothPaths(t, "device: 'Galaxy S23 de Lucía'\n", "Lucía")
}
