package redact

import (
	"strings"
	"testing"
)

// The fuzzer's find: a second scrub of the first's output in the same
// session replaced "OLUWASEUN", which the first left.
func TestFuzz39NamesIdem(t *testing.T) {
	scrubTextTwice(t, "000000000000000000000000000 Users/00000AdeBAYo00 Oluwaseun Ad\xc3's OLUWASEUN ADÉB\xc3 YỌ")
}

// A "name" key alone on its line, with no other key of a person's
// around, holds a person's full name when its value reads as one and
// nothing else; a thing's name stays.
func TestNames39LoneNameKey(t *testing.T) {
	for _, in := range []string{
		"name=Kofi Mensah\n",
		"Name: Kofi Mensah\n",
		"[2024-05-01 10:00:01] profile loaded\nname=\"Kofi Mensah\"\nstatus=ok\n",
		"name=Kofi Mensah level=info\n",
		"name=Ama Serwaa Mensah\n",
	} {
		checkEncodingsOnePass(t, in, "Mensah")
		if out := scrubTextTwice(t, in); strings.Contains(out, "Mensah") {
			t.Errorf("%q: %q", in, out)
		}
	}
	for _, keep := range []string{
		"name=Deck A\n", "name=Main Output\n", "name=Traktor Kontrol S4\n", "name=Summer Vibes\n",
		"Name=Foo Viewer\n", "name=Native Instruments\n", "name=Ableton Live\n", "name=Deep House\n",
		"name=Massive X\n", "name=Studio One\n", "Name: Built-in Output\n",
	} {
		keepOnePass(t, keep)
	}
}
