package redact

import (
	"bytes"
	"strings"
	"testing"
)

// A Debian copyright file's (DEP-5) "License:" field names the license
// its files are under ("BSL-1.0", "public-domain", "OldBoost2", "CC0"):
// no product key. Product keys under the same key still go.
func TestOver38LicenseNames(t *testing.T) {
	keep := "Files: *\nCopyright: 2003-2008 The Boost authors\nLicense: BSL-1.0\n" +
		"License: AFL-2.1 or GPL-2+\nLicense: CC0 or Apache-2.0\nLicense: X11 and public-domain\n" +
		"License: OldBoost2\nLicense: FSF-unlimited-permission\nLicense: GFDL-NIV-1.3+\n" +
		"License: BSD3_DEShaw and BSL-1.0\nLicense: Tcl-BSDish\nLicense: g10-permissive\nLicense: LPGL-2.1+\n" +
		"License: autoconf-archive-permissive\nLicense: CC-BY-SA-4.0\n"
	keepOnePass(t, keep)
	js := `{"license":"BSL-1.0","licenses":"OldBoost2","license_key":"Abcd-Efgh-Ijkl"}`
	var out bytes.Buffer
	if err := newSession(t, Config{}).ScrubJSON(&out, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	if o := out.String(); !strings.Contains(o, `"BSL-1.0"`) || !strings.Contains(o, `"OldBoost2"`) || strings.Contains(o, "Abcd") {
		t.Errorf("json: %q", o)
	}
	keys := []string{"VK7JG-NPHTM-C97JM-9MPGT-3V66T", "ABCD-EFGH-IJKL-MNOP", "Abcd-Efgh-Ijkl", "SDJP-9F8E-7D6C-5B4A", "K3Y9-Q2ZR-7TX4"}
	for _, k := range keys {
		checkEncodingsOnePass(t, "License: "+k+"\n", k)
		checkEncodingsOnePass(t, "license_key="+k+"\n", k)
	}
	// a key named for a key holds one, however it reads
	checkEncodingsOnePass(t, "License Key: public-domain-key\nAPP_LICENSE_KEY=OldBoost2\n", "public-domain-key", "OldBoost2")
	if out := scrubTextTwice(t, "License: "+strings.Join(keys, "\nLicense: ")+"\n"); strings.Contains(out, "VK7JG") {
		t.Errorf("key kept: %q", out)
	}
}

// Go's crypto/tls writes "ServerName: clientHello.serverName,": a field
// of a receiver in camel case, no machine (learned, "clientHello" went
// everywhere). A host name under the key still goes.
func TestOver38CamelReceiverHost(t *testing.T) {
	keepOnePass(t, "\t\tServerName:        clientHello.serverName,\n\tif len(clientHello.serverName) > 0 {\n")
	checkEncodingsOnePass(t, "ServerName: kofisMac.lan\nHost: Kofis-MacBook-Pro.local\n", "kofisMac", "Kofis-MacBook-Pro")
	if out := scrubTextTwice(t, "ServerName: ama-studio.corp.lan\nbye ama-studio\n"); strings.Contains(out, "ama-studio") {
		t.Errorf("host kept: %q", out)
	}
}

// An '@' before an image's pixel density ("@2x.png") ends no URL's
// userinfo: a Chrome extension's id (32 letters a-p, the same on every
// machine) and its asset stay. A userinfo before a host goes.
func TestOver38ScaleSuffixNoUserinfo(t *testing.T) {
	keepOnePass(t, "chrome-extension://abcdefghijklmnopabcdefghijklmnop@2x.png\napp://assets/logo@3x.webp?v=2\n")
	checkEncodingsOnePass(t, "https://kai:hunter2@2x.io/x\nhttp://kofi.mensah@3x.example.com/\n", "kai:hunter2", "kofi.mensah")
	if out := scrubTextTwice(t, "moz-extension://1f9c3a52-7e4b-4c1d-9a3e-2b5d6f7a8c9e/icon@2x.png\n"); strings.Contains(out, "1f9c3a52") {
		t.Errorf("per-install uuid kept: %q", out)
	}
}

// An escaped backslash before a regular expression's class ("\\d+",
// "\\w*", "\\s{2}" in a JSON string or a C string) starts no UNC path.
// A UNC host, escaped or not, still goes.
func TestOver38RegexEscapeNoUNC(t *testing.T) {
	keepOnePass(t, "regex \\\\d+ matched\n{\"pattern\":\"\\\\\\\\w+\\\\\\\\s*\\\\\\\\.\"}\nsplit(\"\\\\s*,\\\\s*\")\nphone \\\\d{3}-\\\\d{4} a \\\\d\n")
	checkEncodingsOnePass(t, "open \\\\fileserver7\\share\\x\ncopy \\\\\\\\nas01\\\\homes\\\\x\nLogon Server: \\\\KOFI-PC\n", "fileserver7", "nas01", "KOFI-PC")
}

// "Encryption configuration for Continuous Backups." (gcloud's manual)
// names a feature, no person the configuration is for: learned, "backups"
// and "continuous" went everywhere. A person's name there still goes.
func TestOver38ConfigForFeature(t *testing.T) {
	keepOnePass(t, "Encryption configuration for Continuous Backups.\nNumber of most recent successful backups retained.\n")
	checkEncodingsOnePass(t, "Loaded user config for Zhang Wei\n", "Zhang Wei")
}
