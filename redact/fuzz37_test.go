package redact

import "testing"

// A quoted account with an address after a quote ("'0@0.AA", a fuzzer's
// find): the first pass leaves the value to the address's detector, and
// the second read the quote and the address's pseudonym as an account.
func TestFuzz37QuotedAccountAroundAddress(t *testing.T) {
	scrubTextTwice(t, "ACCount \"'0@0.AA\"")
	// the shape it stands for still goes
	checkEncodingsOnePass(t, "git: using user \"'kofi.mensah@example.com\"\n", "kofi.mensah")
}
