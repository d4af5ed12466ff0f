package redact

import "testing"

// The public DNS services' anycast addresses identify no machine: they
// stay, in text and in JSON. RFC 5737's and RFC 3849's documentation
// addresses are scrubbed as any address is: a report holds one where its
// writer stood in for a person's (a Sentry event's user.ip_address).
func TestHunt39DocumentationAndResolverIPs(t *testing.T) {
	for _, keep := range []string{
		"nameserver 8.8.8.8\nnameserver 1.1.1.1\nnameserver 9.9.9.9\n",
		"DNS query to 2606:4700:4700::1111 timed out; fallback 8.8.4.4, 2001:4860:4860::8888\n",
		`{"resolver":"1.0.0.1"}`,
	} {
		keepOnePass(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"nameserver 8.8.8.8\nnameserver 192.168.40.2\n", "192.168.40.2"},
		{"connect to 192.0.2.1:443 failed\n", "192.0.2.1"},
		{"retrying 198.51.100.7 and 203.0.113.9\n", "198.51.100.7"},
		{`{"user":{"ip_address":"2001:db8:85a3::8a2e:370:7334"}}`, "2001:db8:85a3"},
		{"X-Forwarded-For: 203.0.113.77, 10.0.0.4\n", "203.0.113.77"},
		{"peer 2001:db9::17 joined\n", "2001:db9::17"},
		{"resolver 8.8.8.9\n", "8.8.8.9"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		mustNotContain(t, c.in, scrubTextTwice(t, c.in), c.secret)
	}
}

// A package at a four-part version is no account at an address where
// yarn, Deno, Node or npm write one: yarn's resolution "lodash@npm:…",
// a specifier's "npm:lodash@…", Node's "Cannot find module …", npm's
// "requires a peer of …", and npm explain's and ERESOLVE's pair alone on
// its line with the package's node_modules folder on the next. A pair
// alone with no such folder after it is still an account.
func TestHunt39PackageFourPartVersion(t *testing.T) {
	for _, keep := range []string{
		"\"lodash@npm:4.17.21.1\":\n  version: 4.17.21.1\n  resolution: \"lodash@npm:4.17.21.1\"\n",
		"import _ from \"npm:lodash@4.17.21.1\";\n",
		"error: Could not find npm:lodash@4.17.21.1 in the registry\n",
		"Error: Cannot find module lodash@4.17.21.1\n",
		"  eslint-plugin-x@1.0.0 requires a peer of react@18.2.0.1 but none is installed.\n",
		"lodash@4.17.21.1\nnode_modules/lodash\n  lodash@\"^4.17.21\" from the root project\n",
		"npm error code ERESOLVE\nnpm error While resolving: app@1.0.0\nnpm error Found: react@18.2.0.1\r\nnpm error node_modules/react\r\n",
		"npm ERR! peer dep\nleft-pad@1.3.0.1\nnpm ERR! node_modules/left-pad\n",
	} {
		keepOnePass(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Segmentation fault\nthandiwe@81.2.69.160\nnode_modules/express\n", "thandiwe"},
		{"login from thandiwe@81.2.69.160 module pam_unix\n", "thandiwe"},
		{"thandiwe@81.2.69.160\nnode_modules/thandiwe.bak\n", "thandiwe"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		mustNotContain(t, c.in, scrubTextTwice(t, c.in), c.secret)
	}
}

// Serato names a history session by its day and its owner adds the
// occasion; crates and projects are often named so: a date before a
// person's event opens the name as a quote or a path's '/' does, and
// the names go. A theme's event after a date stays, and so does a date
// in a log line's prose.
func TestHunt39DateBeforeOccasion(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Serato: History session \"2024-03-09 Wedding of Amaka and Tunde\" saved\n", "Tunde"},
		{"Loaded crate: /Volumes/DJ/_Serato_/Subcrates/2024-03-09 Chidinma 30th Birthday.crate\n", "Chidinma"},
		{"History session \"09.03.2024 Oyelaran Wedding\" saved\n", "Oyelaran"},
		{"Session: 2024_03_09 Thandeka Birthday\n", "Thandeka"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		mustNotContain(t, c.in, scrubTextTwice(t, c.in), c.secret)
	}
	for _, keep := range []string{
		"History session \"2024-03-09 Pirate Birthday\" saved\n",
		"History session \"2024-03-09 Friday Night Set\" saved\n",
		"build 2024-03-09 Release Party notes\n",
	} {
		keepOnePass(t, keep)
	}
}

// A set, a mix or a playlist titled after who made it names that person:
// Traktor's broadcast title "Mix by Ioana Popescu", a recording's "Live
// set by Kwabena Boateng.wav". A remix's artist, a title that goes on
// past the name and a setting "set by" someone stay.
func TestHunt39MadeBy(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Traktor: Broadcasting as \"Mix by Ioana Popescu\" to icecast\n", "Popescu"},
		{"Recording saved: \"Live set by Kwabena Boateng.wav\"\n", "Kwabena"},
		{"Loaded /Users/dj/Music/Mixes/Sunset Mix by Efua & Kojo.mp3\n", "Kojo"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		mustNotContain(t, c.in, scrubTextTwice(t, c.in), c.secret)
	}
	for _, keep := range []string{
		"Loaded: Last Last (Remix by Major Lazer).mp3\n",
		"Loaded \"Essential Mix by Pete Tong - 2024.mp3\"\n",
		"Wallpaper: \"Default set by Group Policy\"\nValue set by Administrator\n",
		"Status: \"Mix by Radio\"\nsorted by Date Added\n",
	} {
		keepOnePass(t, keep)
	}
}
