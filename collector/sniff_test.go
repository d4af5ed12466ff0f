package collector

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		name string
		head string
		want Format
	}{
		{"x.dmp", "MDMP\x93\xa7\x00\x00", FormatMinidump},
		{"core", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x3e\x00", FormatELFCore},
		{"core.be", "\x7fELF\x02\x02\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\x00\x15", FormatELFCore},
		{"a.out", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00", FormatUnknown},
		{"short.elf", "\x7fELF\x02\x01", FormatUnknown},
		{"core.app.1000.zst", "\x28\xb5\x2f\xfd\x00\x00", FormatELFCore},
		{"x.ips", `{"app_name":"Mixer","bug_type":"309"}` + "\n{\n}", FormatAppleIPS},
		{"renamed.txt", `{"bug_type":"309","timestamp":"x"}` + "\n{}", FormatAppleIPS},
		{"big.ips", `{"app_name":"Mixer","bug_type":"309","pad":"` + strings.Repeat("a", SniffLen), FormatAppleIPS},
		{"big.log", `{"app_name":"Mixer","bug_type":"309","pad":"` + strings.Repeat("a", SniffLen), FormatTextLog},
		{"perf.jsonl", "\n" + `{"ts":1,"metric":"cpu","value":3}` + "\n" + `{"ts":2}`, FormatPerfLog},
		{"perf.log", `{"ts":"2024","event":"xrun"}` + "\r\n", FormatPerfLog},
		{"other.json", `{"ts":1,"value":3}`, FormatTextLog},
		{"x.crash", "Incident Identifier: 1\nCrashReporter Key: k\nProcess: App [1]\nCode Type: ARM-64\n", FormatAppleCrash},
		{"x.log", "Process: started worker\nall good\n", FormatTextLog},
		{"hs_err_pid1.log", "#\n# A fatal error has been detected by the Java Runtime Environment:\n", FormatTextLog},
		{"latin1.log", "caf\xe9 crashed\n", FormatTextLog},
		{"utf16.log", "\xff\xfeh\x00i\x00", FormatTextLog},
		{"bom.log", "\xef\xbb\xbfpanic: x\n", FormatTextLog},
		{"blob", "\x00\x01\x02\x03", FormatUnknown},
		{"ctrl", strings.Repeat("\x01\x02ab", 50), FormatUnknown},
		{"blank", "  \n\n", FormatUnknown},
		{"empty", "", FormatUnknown},
	} {
		if got := Sniff([]byte(tc.head), tc.name); got != tc.want {
			t.Errorf("Sniff(%s) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSniffTestdata(t *testing.T) {
	want := map[string]Format{
		"go-panic.log":     FormatTextLog,
		"perf.jsonl":       FormatPerfLog,
		"mixer.ips":        FormatAppleIPS,
		"mixer.crash":      FormatAppleCrash,
		"empty.dmp":        FormatMinidump,
		"core-header.core": FormatELFCore,
		"exec-header.bin":  FormatUnknown,
		"core.zst":         FormatELFCore,
	}
	for name, f := range want {
		b, err := os.ReadFile(filepath.Join("testdata", "sniff", name))
		if err != nil {
			t.Fatal(err)
		}
		if got := Sniff(b, name); got != f {
			t.Errorf("%s: %q, want %q", name, got, f)
		}
	}
}

// TestSniffSharedFixtures checks the team's real-world fixtures when the
// checkout has them beside the repository.
func TestSniffSharedFixtures(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "fixtures")
	if _, err := os.Stat(dir); err != nil {
		t.Skip("shared fixtures not present")
	}
	n := 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		var want Format
		switch ext := filepath.Ext(p); {
		case ext == ".dmp":
			want = FormatMinidump
		case ext == ".core":
			want = FormatELFCore
		case ext == ".ips":
			want = FormatAppleIPS
		case ext == ".crash":
			want = FormatAppleCrash
		case strings.HasPrefix(filepath.Base(p), "hs_err"):
			want = FormatTextLog
		default:
			return nil
		}
		f, _, err := Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		head := make([]byte, SniffLen)
		k, _ := f.ReadAt(head, 0)
		if got := Sniff(head[:k], filepath.Base(p)); got != want {
			t.Errorf("%s: %q, want %q", p, got, want)
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Error("no fixtures checked")
	}
}

func FuzzSniff(f *testing.F) {
	ents, err := os.ReadDir(filepath.Join("testdata", "sniff"))
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join("testdata", "sniff", e.Name()))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, e.Name())
	}
	f.Fuzz(func(t *testing.T, head []byte, name string) {
		got := Sniff(head, name)
		switch got {
		case FormatUnknown, FormatMinidump, FormatELFCore, FormatAppleIPS, FormatAppleCrash, FormatTextLog, FormatPerfLog:
		default:
			t.Fatalf("unexpected format %q", got)
		}
		// Magic numbers decide regardless of the name.
		if len(head) >= 4 && string(head[:4]) == "MDMP" && got != FormatMinidump {
			t.Fatalf("MDMP head sniffed as %q", got)
		}
	})
}
