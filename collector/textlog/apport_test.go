package textlog

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"crashd/internal/testfixtures"
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

// apportCore encodes core as apport does: a gzip stream written in
// pieces, each piece base64-encoded (and padded) on its own line.
func apportCore(t testing.TB, core []byte) string {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(core)
	zw.Close()
	z := gz.Bytes()
	var b strings.Builder
	b.WriteString("CoreDump: base64\n")
	for _, n := range []int{10, 7, 1000, 4096} { // uneven pieces, then the rest
		if len(z) <= n {
			break
		}
		b.WriteString(" " + base64.StdEncoding.EncodeToString(z[:n]) + "\n")
		z = z[n:]
	}
	b.WriteString(" " + base64.StdEncoding.EncodeToString(z) + "\n")
	return b.String()
}

func TestExtractCore(t *testing.T) {
	core, err := os.ReadFile(filepath.Join(testfixtures.Dir(t), "linux", "elf-core-x86_64.core"))
	if err != nil {
		t.Fatal(err)
	}
	in := "ProblemType: Crash\nArchitecture: amd64\n" + apportCore(t, core) + "Signal: 11\n"
	var out bytes.Buffer
	ok, err := ExtractCore(&out, strings.NewReader(in), 1<<30)
	if err != nil || !ok {
		t.Fatalf("ok %v, err %v", ok, err)
	}
	if !bytes.Equal(out.Bytes(), core) {
		t.Fatalf("core differs: %d bytes, want %d", out.Len(), len(core))
	}
	// no core
	if ok, err := ExtractCore(io.Discard, strings.NewReader("ProblemType: Crash\nSignal: 6\n"), 1<<30); ok || err != nil {
		t.Errorf("no core: ok %v, err %v", ok, err)
	}
	// over the limit, cut short, not gzip: typed errors
	var fe *FormatError
	if _, err := ExtractCore(io.Discard, strings.NewReader(in), 1000); !errors.As(err, &fe) {
		t.Errorf("limit: %v", err)
	}
	cut := in[:len(in)/2]
	if _, err := ExtractCore(io.Discard, strings.NewReader(cut), 1<<30); !errors.As(err, &fe) {
		t.Errorf("cut: %v", err)
	}
	if _, err := ExtractCore(io.Discard, strings.NewReader("ProblemType: Crash\nCoreDump: base64\n dG1va29lbmE=\n"), 1<<30); !errors.As(err, &fe) {
		t.Errorf("not gzip: %v", err)
	}
}

func FuzzExtractCore(f *testing.F) {
	f.Add([]byte("ProblemType: Crash\n" + apportCore(f, []byte("\x7fELF core"))))
	f.Add([]byte("ProblemType: Crash\nCoreDump: base64\n H4sI\n !!\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var out bytes.Buffer
		_, err := ExtractCore(&out, bytes.NewReader(in), 1<<20)
		var fe *FormatError
		if err != nil && !errors.As(err, &fe) {
			t.Fatalf("untyped error %v", err)
		}
		if out.Len() > 1<<20+1 {
			t.Fatalf("wrote %d bytes past the limit", out.Len())
		}
	})
}
