package redact

import "testing"

// A four-part version after a package's '@' ("lodash@4.17.21.1") is no
// account at an address; a user at a machine's address still goes.
func TestOver32PackageQuadVersionAfterAt(t *testing.T) {
	for _, keep := range []string{
		"deps: lodash@4.17.21.1",
		"x: lodash@4.17.21.1",
		"npm ERR! notarget No matching version found for lodash@4.17.21.1.",
		"Installing Microsoft.Extensions.Logging@8.0.1.2 from nuget.org",
		"  resolved: tslib@2.6.12.1, semver@7.5.4",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"user: kofi@10.1.2.3", "kofi"},
		{"ssh kofi.m@10.1.2.3", "kofi.m"},
		{"login ok for adaeze@3.120.45.67", "adaeze"},
		{"session owner: tomasz.w@81.2.69.160", "tomasz.w"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}
