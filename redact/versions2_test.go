package redact

import (
	"strings"
	"testing"
)

// Four-part versions whose parts are all 255 or less read like IPv4
// addresses. Context tells them apart (versionContext): a version word or
// key before ("Version", "AppVersion=", "FileVersion:"), an XML element
// or Data item named for a version (<Data Name="AppVersion">, <Version>),
// or the build in parentheses right after the short version, as Apple's
// .crash header writes it ("3.11.1 (3.11.1.17)"). Addresses in ordinary
// text are still scrubbed.
func TestVersionsNotIPs(t *testing.T) {
	keep := []string{
		"Version:               3.11.1 (3.11.1.17)\n",
		"Version:     1.4 (1.4.0.2)\n",
		"<Data Name=\"AppVersion\">3.2.1.123</Data>\n",
		"<Data Name=\"ModuleVersion\">10.0.19041.1</Data>\n",
		"<Data Name=\"ModuleVersion\">6.3.9.1</Data>\n",
		"<ProductVersion>3.2.1.123</ProductVersion>\n",
		"<Version>3.2.1.123</Version>\n",
		"FileVersion: 10.0.22621.2506\n",
		"FileVersion: 3.2.1.123\n",
		"ProductVersion=3.2.1.123\n",
		"AppVersion: 3.2.1.123\n",
		"Version 3.2.1.123\n",
		"ver 3.2.1.123\n",
		"v3.2.1.123\n",
		"build 3.2.1.123\n",
	}
	for _, in := range keep {
		in = "Segmentation fault\n" + in
		if out := scrubTwice(t, in); out != in {
			t.Errorf("version scrubbed:\n in  %q\n out %q", in, out)
		}
	}
}

func TestIPsStillScrubbedNearVersions(t *testing.T) {
	for _, tc := range []struct{ in, ip string }{
		{"connected to 10.0.0.5\n", "10.0.0.5"},
		{"accepted from 81.2.69.160 port 51234\n", "81.2.69.160"},
		{"ip=192.168.1.20\n", "192.168.1.20"},
		{"peer 192.168.1.20 (192.168.1.21)\n", "192.168.1.21"},
		{"peer 192.168.1.20 (192.168.1.21)\n", "192.168.1.20"},
		{"host (81.2.69.160)\n", "81.2.69.160"},
		{"<Data Name=\"ClientIP\">81.2.69.160</Data>\n", "81.2.69.160"},
		{"<Address>192.168.1.20</Address>\n", "192.168.1.20"},
		{"<td>192.168.1.20</td>\n", "192.168.1.20"},
		{"Version: 3.11.1\nremote 81.2.69.160\n", "81.2.69.160"},
		{"Version: 3.11.1 connected (81.2.69.160)\n", "81.2.69.160"},
	} {
		out := scrubTwice(t, "Segmentation fault\n"+tc.in)
		if strings.Contains(out, tc.ip) {
			t.Errorf("%q: %s kept: %q", tc.in, tc.ip, out)
		}
	}
}

// What decides a version must read the same after one pass: a tag that
// holds something scrubbed, or parentheses after a scrubbed address.
func TestVersionContextIdempotent(t *testing.T) {
	for _, in := range []string{
		"<Data Name=\"AppVersion\" Owner=\"zoe@example.com\">3.2.1.123</Data>\n",
		"<Data Name=\"AppVersion\" Host=\"10.0.0.5\">3.2.1.123</Data>\n",
		"<Version><Data>3.2.1.123</Data></Version>\n",
		"peer 10.0.0.5 (10.0.0.6)\n",
		"3.11.1 (3.11.1.17) (3.11.1.18)\n",
		"Version: 3.11.1 (3.11.1.17\n",
		"<Version\n>3.2.1.123\n",
	} {
		scrubTwice(t, "Segmentation fault\n"+in)
	}
}
