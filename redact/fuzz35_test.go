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
