package redact

import "testing"

// The fuzzer's find: a second scrub of the first's output in the same
// session replaced "OLUWASEUN", which the first left.
func TestFuzz39NamesIdem(t *testing.T) {
	scrubTextTwice(t, "000000000000000000000000000 Users/00000AdeBAYo00 Oluwaseun Ad\xc3's OLUWASEUN ADÉB\xc3 YỌ")
}
