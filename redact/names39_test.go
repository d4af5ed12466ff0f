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

// A web path names a site's person one segment after a collection of
// people, or after '~', in an access log's request and referer and in
// any URL; a request's path is no home folder, and the site's pages stay.
func TestNames39PeoplePaths(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`10.0.0.1 - - [07/Dec/2026:10:00:00 +0000] "GET /people/kofi.mensah HTTP/1.1" 200 512 "-" "Mozilla/5.0"` + "\n", "kofi.mensah"},
		{`10.0.0.1 - - [07/Dec/2026:10:00:00 +0000] "GET /about HTTP/1.1" 200 512 "https://example.com/u/kofi_m" "Mozilla/5.0"` + "\n", "kofi_m"},
		{`10.0.0.1 - - [07/Dec/2026:10:00:00 +0000] "GET /~kwabena/ HTTP/1.1" 200 512` + "\n", "kwabena"},
		{"2024-05-01 10:00:00 10.0.0.5 GET /members/ama-owusu/profile - 443 - 10.0.0.9 Mozilla/5.0 200 0 0 15\n", "ama-owusu"},
		{"referer: https://example.com/users/kofi.mensah/profile\n", "kofi.mensah"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		if out := scrubTextTwice(t, c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q: %q", c.in, out)
		}
	}
	for _, keep := range []string{
		`- - [07/Dec/2026:10:00:00 +0000] "GET /users/settings HTTP/1.1" 200 512` + "\n",
		`"GET /people/search?q=house HTTP/1.1" 200` + "\n",
		"see https://example.com/users/settings and https://example.com/users/sign_in\n",
		"https://mail.google.com/mail/u/0/#inbox\n",
	} {
		keepOnePass(t, keep)
	}
}
