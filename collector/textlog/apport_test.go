package textlog

import (
	"bytes"
	"encoding/base64"
	"strconv"
	"strings"
	"testing"
)

func apportReport(core []byte) string {
	enc := base64.StdEncoding.EncodeToString(core)
	var lines []string
	for len(enc) > 0 {
		n := min(len(enc), 76)
		lines = append(lines, " "+enc[:n])
		enc = enc[n:]
	}
	return "ProblemType: Crash\nArchitecture: amd64\nCoreDump: base64\n" + strings.Join(lines, "\n") + "\n" +
		"Date: Sat Dec  5 09:00:00 2026\nExecutablePath: /usr/bin/mixxx\nProcCmdline: mixxx --settingsPath /home/tmokoena/.mixxx\n" +
		"ProcEnviron:\n LANG=en_ZA.UTF-8\n SHELL=/bin/bash\nSignal: 11\nUserGroups: base64\n dG1va29lbmE=\n"
}

// The whole core and any other binary field are left out; every other
// field comes through byte for byte.
func TestStripBinary(t *testing.T) {
	core := bytes.Repeat([]byte("tmokoena /home/tmokoena HOSTNAME=MOKOENA-STUDIO \x00\x01"), 5000)
	in := apportReport(core)
	if !IsApport([]byte(in)) {
		t.Fatal("not recognised")
	}
	var out bytes.Buffer
	n, err := StripBinary(&out, strings.NewReader(in))
	if err != nil || n != 2 {
		t.Fatalf("fields %d, err %v", n, err)
	}
	got := out.String()
	want := "ProblemType: Crash\nArchitecture: amd64\nCoreDump: (binary, " +
		itoa(len(base64.StdEncoding.EncodeToString(core))) + " bytes of base64, not sent)\n" +
		"Date: Sat Dec  5 09:00:00 2026\nExecutablePath: /usr/bin/mixxx\nProcCmdline: mixxx --settingsPath /home/tmokoena/.mixxx\n" +
		"ProcEnviron:\n LANG=en_ZA.UTF-8\n SHELL=/bin/bash\nSignal: 11\nUserGroups: (binary, 12 bytes of base64, not sent)\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Lines longer than the read buffer (apport writes a core's base64 in
// long lines) are skipped, or copied, whole.
func TestStripBinaryLongLines(t *testing.T) {
	long := strings.Repeat("QUJD", 100<<10) // 400 KiB
	in := "ProblemType: Crash\nCoreDump: base64\n " + long + "\n " + long + "\nStacktrace:\n #0 " + strings.Repeat("x", 200<<10) + "\nSignal: 6"
	var out bytes.Buffer
	if _, err := StripBinary(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	want := "ProblemType: Crash\nCoreDump: (binary, " + itoa(2*len(long)) + " bytes of base64, not sent)\nStacktrace:\n #0 " + strings.Repeat("x", 200<<10) + "\nSignal: 6"
	if out.String() != want {
		t.Errorf("long lines: got %d bytes, want %d", out.Len(), len(want))
	}
	// a report cut inside its core
	out.Reset()
	if _, err := StripBinary(&out, strings.NewReader("ProblemType: Crash\nCoreDump: base64\n H4sI")); err != nil {
		t.Fatal(err)
	}
	if out.String() != "ProblemType: Crash\nCoreDump: (binary, 4 bytes of base64, not sent)\n" {
		t.Errorf("cut: %q", out.String())
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// No input makes StripBinary fail or let a binary value through.
func FuzzStripBinary(f *testing.F) {
	f.Add([]byte(apportReport([]byte("core"))))
	f.Add([]byte("ProblemType: Crash\nCoreDump: base64\n H4sI\n\n x\nA: base64"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		if _, err := StripBinary(&out, bytes.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(out.String(), "\n")
		for _, l := range lines {
			if _, ok := binaryField([]byte(l)); ok {
				t.Fatalf("binary field %q kept in %q", l, out.String())
			}
		}
	})
}
