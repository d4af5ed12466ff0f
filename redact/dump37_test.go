package redact

import (
	"bytes"
	"testing"
)

// A Windows profile folder named after a person, the last folder of a
// path ("USERPROFILE=C:\Users\Ngozi Adeyemi" in a minidump's environment
// block, a quoted value, a PATH list, a UTF-16 string whose terminator is
// gone) lost the first name only: the name was read past its blank only
// when a separator followed ("\Ngozi Adeyemi\AppData"), and "Adeyemi" went
// out in every encoding. Two or three capitalised name words that end the
// value are the folder's name now.
func TestDump37ProfileNameEndsPath(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"USERPROFILE=C:\\Users\\Ngozi Adeyemi\x00HOMEDRIVE=C:\x00", "Adeyemi"},
		{"HOMEPATH=\\Users\\Chen Wei\r\nLOGONSERVER=\\\\STUDIO\r\n", "Chen Wei"},
		{`"C:\Users\Wanjiru Kamau"` + "\n", "Kamau"},
		{"Path=C:\\Users\\Mateusz Kowalski;C:\\Windows\\system32\x00", "Kowalski"},
		{"<ProfilePath>C:\\Users\\Aroha Ngata</ProfilePath>\n", "Ngata"},
		{"profile dir: C:\\Users\\Siobhan Murphy\n", "Murphy"},
		{"USERPROFILE=C:\\Users\\Kwame Asante Boateng\x00", "Boateng"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// UTF-16LE with no terminator, random bytes after it, at both parities
	for odd := 0; odd < 2; odd++ {
		b := append([]byte{0x41, 0x17}[:odd], 0x9a, 0x31, 0, 0)
		b = append(b, utf16le(`C:\Users\Ngozi Adeyemi`)...)
		b = append(b, 0x8f, 0x13, 0x22, 0xa7, 0x05, 0x91, 0x55, 0x66, 0x12, 0, 0, 0)
		newSession(t, Config{}).ScrubSameLength(b)
		for _, v := range []string{"Ngozi", "Adeyemi", "yemi"} {
			if bytes.Contains(b, utf16le(v)) {
				t.Errorf("parity %d: %q kept: %q", odd, v, b)
			}
		}
	}
	// a folder's name in another script with data after it, no NUL
	data := []byte{0x8f, 0x13, 0x22, 0xa7, 0x05, 0x91, 0x55, 0x66, 0x12, 0, 0, 0}
	for _, c := range []struct{ path, name string }{
		{`C:\Users\王伟`, "王伟"},
		{`C:\Users\Иван Петров`, "Петров"},
		{`/home/김민준`, "김민준"},
	} {
		for odd := 0; odd < 2; odd++ {
			b := append([]byte{0x41, 0x17}[:odd], 0x9a, 0x31, 0, 0)
			b = append(append(b, utf16le(c.path)...), data...)
			newSession(t, Config{}).ScrubSameLength(b)
			if bytes.Contains(b, utf16le(c.name)) || bytes.Contains(b, utf16le(c.name)[2:]) {
				t.Errorf("parity %d: %q kept: %q", odd, c.name, b)
			}
		}
	}
	// data after a folder that is no account's stays as it was
	for _, path := range []string{`C:\Program Files\`, `C:\Windows\System32\`, `C:\Users\Public\`} {
		b := append(append([]byte{0x9a, 0x31, 0, 0}, utf16le(path)...), 0x13, 0x8f, 0x22, 0x6b, 0x05, 0x91, 0x55, 0x66, 0x12, 0, 0, 0)
		orig := append([]byte{}, b...)
		newSession(t, Config{}).ScrubSameLength(b)
		if !bytes.Equal(b, orig) {
			t.Errorf("%q: data after it changed:\n % x\n % x", path, orig, b)
		}
	}
	for _, keep := range []string{
		"C:\\Users\\Public Documents\n",
		"C:\\Users\\Default User\x00",
		"C:\\Users\\All Users\n",
		"USERPROFILE=C:\\Windows\\system32\\config\\systemprofile\x00",
		"C:\\Program Files\\Common Files\n",
		"copy C:\\Users\\Public Audio Engine\n",
		"%USERPROFILE%\\Saved Games\n",
		"C:\\ProgramData\\Microsoft Windows\n",
	} {
		mustKeepTwice(t, keep)
	}
}
