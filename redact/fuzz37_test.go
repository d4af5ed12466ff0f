package redact

import "testing"

// Inputs the fuzzer found that a second scrub changed. A quoted account
// with an address after a quote ("'0@0.AA"): the first pass leaves the
// value to the address's detector, and the second read the quote and the
// address's pseudonym as an account.
func TestFuzz37SecondScrubSame(t *testing.T) {
	scrubTextTwice(t, "ACCount \"'0@0.AA\"")
	// a profile folder's root after a word a first pass replaced
	// ("home/0A\\Documents And Settings\\00A0": winbind's domain, as
	// the path reads it): the second pass took the account after it
	scrubTextTwice(t, "home/0A\\DoCuments And Settings\\00A0")
	scrubTextTwice(t, "home/0A\\DoCuments And Settings\\0A")
	// an article's letter that ends a word with an apostrophe ("C'A")
	// before a possessive: a pseudonym replacing the word is none
	scrubTextTwice(t, "\"/home/C'A AA's A0000000000000\"")
	// the shape it stands for still goes
	checkEncodingsOnePass(t, "git: using user \"'kofi.mensah@example.com\"\n", "kofi.mensah")
}
