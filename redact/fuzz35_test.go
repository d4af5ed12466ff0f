package redact

import "testing"

// A COM class GUID stays after its registry key word ("HKCR\CLSID\{…}",
// "driver CLSID {…}"), but a key word that a detector replaced (a UNC
// host "\\CLSID", a host= value, a home folder) names no class: the GUID
// after it went out whole, and scrubbed again, after the pseudonym, it
// became <uuid-1> (found by FuzzScrubText).
func TestFuzz35ReplacedCLSIDWord(t *testing.T) {
	const g = "00000000-0000-0000-0000-000000000001"
	for _, in := range []string{
		`\\CLSID {` + g,
		`\\CLSID {` + g + "}\n",
		`open \\CLSID\{` + g + `}\x failed` + "\n",
		`copy \\Interface\{` + g + `}\y` + "\n",
		`x \\CLSID: {` + g + "}\n",
		"host=CLSID {" + g + "}\n",
		`C:\Users\CLSID {` + g + "}\n",
		"/home/clsid {" + g + "}\n",
	} {
		out := scrubTextTwice(t, in)
		mustNotContain(t, in, out, g)
		scrubTwice(t, in)
		checkBothPaths(t, in, g)
	}
	for _, keep := range []string{
		`HKCR\CLSID\{` + g + "}\n",
		`HKEY_CLASSES_ROOT\CLSID\{` + g + `}\InprocServer32` + "\n",
		`{"path":"HKEY_CLASSES_ROOT\\CLSID\\{` + g + `}"}` + "\n",
		"ASIO driver CLSID {" + g + "} loaded\n",
		"clsid={" + g + "}\n",
		`HKCR\Interface\{` + g + `} HKCR\TypeLib\{` + g + `} HKLM\SOFTWARE\Classes\AppID\{` + g + "}\n",
		"CoCreateInstance failed: CLSID {" + g + "} hr=0x80040154\n",
	} {
		mustKeepTwice(t, keep)
		if out := scrubTextTwice(t, keep); out != keep {
			t.Errorf("changed:\n in  %q\n out %q", keep, out)
		}
	}
}

// "--user" after systemctl, pip or flatpak is a flag taking no account,
// but a tool word that a finding replaced is no tool: a home folder that
// starts like one ("/home/piper", "/home/pipaluk") let the account after
// sudo's --user go out, and scrubbed again, after the pseudonym, it went
// (found by FuzzScrubXML: "0 Users&#x2F;systemctl --user 0A0").
func TestFuzz35UserFlagAfterReplacedTool(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"cd /home/piper && sudo --user kofi.mensah whoami\n", "kofi.mensah"},
		{"ls /home/pipaluk; sudo --user ngozi_a id\n", "ngozi_a"},
		{"0 Users/systemctl --user 0A0", "0A0"},
	} {
		out := scrubTextTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secret)
		scrubTwice(t, c.in)
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"systemctl --user restart pipewire.service\n",
		"/usr/bin/systemctl --user daemon-reload\n",
		"(systemd --user integration) journalctl --user -u wireplumber\n",
		"pip install --user requests==2.31.0\n",
		"flatpak install --user flathub org.mixxx.Mixxx\n",
		"dbus-daemon --user --nofork\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A UNC host at a sentence's end ("Could not reach \\NAS01: …", "\\NAS01.")
// took the punctuation after it into its pseudonym.
func TestFuzz35UNCHostPunctuation(t *testing.T) {
	for _, c := range []struct{ in, want, secret string }{
		{`Could not reach \\KOFI-NAS01: The network path was not found.`, `Could not reach \\<host-1>: The network path was not found.`, "KOFI-NAS01"},
		{`Reconnecting to \\ADEYEMI-PC. Retrying in 5 s`, `Reconnecting to \\<host-1>. Retrying in 5 s`, "ADEYEMI-PC"},
		{`{"msg":"\\\\NGUYEN-STUDIO: offline"}`, `{"msg":"\\\\<host-1>: offline"}`, "NGUYEN-STUDIO"},
	} {
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("\n in   %q\n out  %q\n want %q", c.in, out, c.want)
		}
		checkBothPaths(t, c.in, c.secret)
	}
}
