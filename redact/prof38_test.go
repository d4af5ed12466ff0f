package redact

import (
	"strings"
	"testing"
)

// A profile folder named by a person's full name that ends its value
// goes whole: at a line's end, in quotes, JSON-escaped, behind cmd's and
// PowerShell's prompt ("C:\Users\Ngozi Adeyemi>dir", "PS C:\Users\Ngozi
// Adeyemi> ls"), a shell's, a sentence's punctuation; with a particle
// ("Ana da Silva"), an apostrophe ("Sean O'Connor"), an initial, a last
// word that is a determiner in English (Vietnamese "Nguyễn Văn An"), a
// given name that is an edition's ("Max"). It is learned whole, and a
// second scrub changes nothing.
func TestProf38ProfileNameEndsValue(t *testing.T) {
	for _, c := range []struct{ in, secret, want string }{
		{`C:\Users\Nguyễn Văn An` + "\n", "Nguyễn Văn An", `C:\Users\<user-1>` + "\n"},
		{`C:\Users\Nguyen Van An` + "\n", "Nguyen Van An", `C:\Users\<user-1>` + "\n"},
		{`C:\Users\Ngozi Adeyemi>dir` + "\n", "Adeyemi", `C:\Users\<user-1>>dir` + "\n"},
		{`PS C:\Users\Ngozi Adeyemi> ls` + "\n", "Adeyemi", `PS C:\Users\<user-1>> ls` + "\n"},
		{`PS C:\Users\Nguyễn Văn An>` + "\n", "Nguyễn Văn An", `PS C:\Users\<user-1>>` + "\n"},
		{`kofi@PC:/mnt/c/Users/Ngozi Adeyemi$ ls` + "\n", "Adeyemi", `<user-1>@PC:/mnt/c/Users/<user-2>$ ls` + "\n"},
		{`Saved to C:\Users\Ngozi Adeyemi.` + "\n", "Adeyemi", `Saved to C:\Users\<user-1>.` + "\n"},
		{`C:\Users\Ngozi Adeyemi: Access is denied.` + "\n", "Adeyemi", `C:\Users\<user-1>: Access is denied.` + "\n"},
		{`C:\Users\Ana da Silva` + "\n", "Silva", `C:\Users\<user-1>` + "\n"},
		{`'C:\Users\Sean O'Connor'` + "\n", "O'Connor", `'C:\Users\<user-1>'` + "\n"},
		{`C:\Users\Ngozi A. Adeyemi` + "\n", "Adeyemi", `C:\Users\<user-1>` + "\n"},
		{`C:\Users\Max Mustermann` + "\n", "Mustermann", `C:\Users\<user-1>` + "\n"},
		{`{"cwd":"C:\\Users\\Nguyen Van An"}` + "\n", "Nguyen Van An", `{"cwd":"C:\\Users\\<user-1>"}` + "\n"},
		{`{"msg":"{\"cwd\":\"C:\\\\Users\\\\Nguyen Van An\"}"}` + "\n", "Nguyen Van An", `{"msg":"{\"cwd\":\"C:\\\\Users\\\\<user-1>\"}"}` + "\n"},
	} {
		checkBothPaths(t, c.in, c.secret)
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
	// the same session's 8.3 short name and joined spellings of it
	in := `PS C:\Users\Ngozi Adeyemi> cd AppData` + "\n" + `C:\Users\NGOZIA~1\AppData\Local\Temp\x.tmp ngozi.adeyemi NgoziAdeyemi` + "\n"
	if out, want := scrubTextTwice(t, in), "PS C:\\Users\\<user-1>> cd AppData\nC:\\Users\\<user-1>\\AppData\\Local\\Temp\\x.tmp <user-1> <user-1>\n"; out != want {
		t.Errorf("%q:\n got  %q\n want %q", in, out, want)
	}
	for _, in := range []string{
		`"C:\Users\Ngozi Adeyemi"`, `C:/Users/Ngozi Adeyemi`, `file:///C:/Users/Ngozi%20Adeyemi/`,
		`C:\Documents and Settings\Ngozi Adeyemi`, `/Users/Ngozi Adeyemi`, `/home/Ngozi Adeyemi`,
		`USERPROFILE=C:\Users\Ngozi Adeyemi`,
	} {
		checkBothPaths(t, in+"\n", "Adeyemi")
		if out := scrubTextTwice(t, in+"\nlater Adeyemi, Ngozi\n"); strings.Contains(out, "Adeyemi") || strings.Contains(out, "Ngozi") {
			t.Errorf("%q: %q", in, out)
		}
	}
}

// What follows a profile root and is no person's folder stays: a known
// account's ("Public", "Default User", "All Users"), a folder inside the
// profile, a prompt after an account, another root's folders, a prompt
// elsewhere.
func TestProf38ProfileNameKeep(t *testing.T) {
	for _, keep := range []string{
		`C:\Users\Public Documents` + "\n",
		`C:\Users\Default User>dir` + "\n",
		`"C:\Users\All Users"` + "\n",
		`C:\Program Files\Native Instruments` + "\n",
		`PS C:\Program Files\Native Instruments> ls` + "\n",
		`C:\Windows\System32>ipconfig /all` + "\n",
		`Installed to C:\Program Files\Common Files.` + "\n",
	} {
		keepOnePass(t, keep)
	}
	for _, c := range []struct{ in, want string }{
		{`C:\Users\kofi\Music Library` + "\n", `C:\Users\<user-1>\Music Library` + "\n"},
		{`C:\Users\kofi> dir /s` + "\n", `C:\Users\<user-1>> dir /s` + "\n"},
		{`C:\Users\Kofi Done` + "\n", `C:\Users\<user-1> Done` + "\n"},
		{`C:\Users\Kofi Audio Engine` + "\n", `C:\Users\<user-1> Audio Engine` + "\n"},
	} {
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// A profile's own folder written after the account with a blank for its
// separator ("C:\Users\Kofi Downloads") is no surname: learned, the
// folder's name went from every line.
func TestProf38ProfileFolderWord(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"C:\\Users\\Kofi Downloads\nsaved to Downloads\n", "C:\\Users\\<user-1> Downloads\nsaved to Downloads\n"},
		{"Saved to C:\\Users\\Kofi Pictures.\nopen Pictures\n", "Saved to C:\\Users\\<user-1> Pictures.\nopen Pictures\n"},
	} {
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}

// A profile folder's full name ends its value at a CSV field's comma, a
// note in parentheses, a logfmt line's next key, a Unix PATH list's ':'.
func TestProf38ProfileNameFieldEnd(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`C:\Users\Ngozi Adeyemi,4096,ok` + "\n", `C:\Users\<user-1>,4096,ok` + "\n"},
		{`Profile C:\Users\Ngozi Adeyemi (local) loaded` + "\n", `Profile C:\Users\<user-1> (local) loaded` + "\n"},
		{`cwd=C:\Users\Ngozi Adeyemi pid=4242` + "\n", `cwd=C:\Users\<user-1> pid=4242` + "\n"},
		{`HOME=/home/Ngozi Adeyemi:/usr/bin` + "\n", `HOME=/home/<user-1>:/usr/bin` + "\n"},
	} {
		checkBothPaths(t, c.in, "Adeyemi")
		if out := scrubTextTwice(t, c.in); out != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, out, c.want)
		}
	}
}
