package redact

import (
	"strings"
	"testing"
)

// Documentation and usage text (a man page's header, a program's --help
// printed into its log, a library's README quoted in a report) taught
// words as names: a possessive of a product or of a common noun read as
// a person's ("Linux Programmer's Manual", "Google Cloud's Managed
// Service", "SQLite's C amalgamation", "Request's Body"), an option's
// name where its account would stand ("the --user option"), a secret's
// key where the user would ("curl -u user:password", `--user
// "key:secret"`) and a placeholder or a sentence where a host would
// ("--proxy-server=host:port", "host: Either the DNS name …"). Learned,
// "programmer", "cloud", "request", "option", "password" or "port" went
// from every line of the report. Found by scrubbing man pages, Go and
// Python documentation and module READMEs and listing what was learned.
func TestUsageTextNotLearned(t *testing.T) {
	s := newSession(t, Config{})
	for _, in := range []string{
		"HOSTNAME(1)                Linux Programmer's Manual               HOSTNAME(1)",
		"using Google Cloud's Managed Service for Microsoft Active Directory.",
		"Apple Music's Library was reloaded",
		"This module ships SQLite's C amalgamation transpiled to Go",
		"written by KSCrash's Apple-style formatter",
		"IOKit's USBDevice registry entry changed",
		"sends OTel spans directly to Sentry's OTLP endpoint.",
		"\t// Request's Body is nil (having already been consumed).",
		"\tlocation string // Response's Location header or \"\"",
		"curl --location-trusted -u user:password https://example.com",
		`curl --aws-sigv4 "aws:amz:east-2:es" --user "key:secret" https://example.com`,
		"--user Install into user directory (~/.bash_completion.d/)",
		"-u, --user option to set user name and password.",
		"--url or -u, --user options.",
		"when a subsequent --user argument is processed.",
		"--proxy-server=host:port",
		`--proxy-server="socks://foobar:1080"`,
		"# |        host: Either the DNS name or the IP number of the remote client",
		"\t// Virtual hostname: should not receive any request.",
	} {
		s.ScrubString(in)
	}
	const later = "the programmer's cloud request for an option: password, key and port " +
		"either should install foobar; the Request, Response, URL and Option of the programmer"
	if out := s.ScrubString(later); out != later {
		t.Errorf("learned from usage text:\n%q\n-> %q", later, out)
	}
	// the people, accounts, secrets and machines such lines name still go
	for _, c := range []struct{ in, secret string }{
		{"Kofi's MacBook Pro", "Kofi"},
		{"Connected to Ama Owusu's AirPods Pro", "Owusu"},
		{"DeShawn's iPhone", "DeShawn"},
		{"McKenzie's iPad", "McKenzie"},
		{"Apple Kwesi's iPhone", "Kwesi"},
		{"Yaw's Studio Rig", "Yaw"},
		{"curl -u kofi:hunter2x https://example.com", "hunter2x"},
		{"curl -u user:Zx81!pass https://example.com", "Zx81!pass"},
		{`curl --user "kofi.m:hunter2y" https://example.com`, "kofi.m"},
		{"run it as --user adwoa.", "adwoa"},
		{"sudo --user efua ls", "efua"},
		{"--proxy-server=proxy.mensah.home:3128", "mensah"},
		{"hostname: abena-xps", "abena"},
		{"login: user:secret", "secret"},
	} {
		if out := s.ScrubString(c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q -> %q: %q left", c.in, out, c.secret)
		}
	}
	// each line alone, learned first as crashd does, comes out as it
	// went in (but its password), and a second pass changes nothing
	for _, in := range []string{"--url or -u, --user options.", "Linux Programmer's Manual", "Google Cloud's Managed Service",
		"--user Install into user directory", "host: Either the DNS name", "SQLite's C amalgamation"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
	if out := scrubTwice(t, "curl -u user:password https://x.example"); out != "curl -u user:<password-1> https://x.example" {
		t.Errorf("placeholder pair: %q", out)
	}
}

// A weekday's or a month's possessive before a set or a mix ("Loaded
// Friday's Set", "Exported December's Playlist") taught the day as a
// person: every date of the report lost it. And a person's possessive
// before a thing in lower case ("for Ifeoma's session", "Loaded Kofi's
// library") kept the name: only a capitalised thing was read.
func TestPossessiveDaysAndThings(t *testing.T) {
	s := newSession(t, Config{})
	for _, in := range []string{"Loaded Friday's Set", "Saved Saturday's Mix", "Exported December's Playlist",
		"Dropbox's account", "Music's library", "Serato's library", "the user's library", "the Engine's session"} {
		if out := s.ScrubString(in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
	const later = "Friday, December 4: Saturday's and Music's library on Dropbox"
	if out := s.ScrubString(later); out != later {
		t.Errorf("learned: %q -> %q", later, out)
	}
	for _, c := range []struct{ in, secret string }{
		{"opened device \"MacBook Pro Speakers\" for Ifeoma's session", "Ifeoma"},
		{"Loaded Kofi's library", "Kofi"},
		{"Exported Ama's playlist to USB", "Ama"},
		{"Loaded Kwame's crate", "Kwame"},
		// the days' and months' names stay names' words elsewhere
		{"Reported by Yunqin Sun.", "Yunqin Sun"},
		{"Created by June Osei on Friday", "Osei"},
	} {
		mustNotContain(t, c.in, scrubTwice(t, c.in), c.secret)
	}
	checkAllEncodings(t, "possessive thing", "opened device for Ifeoma's session\n", []string{"Ifeoma"}, "")
}
