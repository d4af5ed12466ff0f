package daemon

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/base64"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"crashd/config"
	"crashd/internal/testfixtures"
	"crashd/redact"
	"crashd/report"
)

// An apport report's core (base64 of a gzip'd ELF core: the process's
// memory and environment) never leaves; the rest of the report is
// scrubbed as text, and the work folder keeps no copy.
func TestApportCoreLeftOut(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(bytes.Repeat([]byte("\x7fELF HOME=/home/tmokoena USER=tmokoena password=Fjord!Pass99 "), 4000))
	zw.Close()
	full := base64.StdEncoding.EncodeToString(gz.Bytes())
	enc := full
	var core strings.Builder
	for len(enc) > 0 {
		n := min(len(enc), 1<<14)
		core.WriteString(" " + enc[:n] + "\n")
		enc = enc[n:]
	}
	in := "ProblemType: Crash\nArchitecture: amd64\nCoreDump: base64\n" + core.String() +
		"ExecutablePath: /usr/bin/mixxx\nProcCmdline: mixxx --settingsPath /home/tmokoena/.mixxx\n" +
		"Signal: 11\nSignalName: SIGSEGV\nStacktrace:\n #0  0x00007f1d2c3b4a10 in EngineBuffer::process () from /usr/lib/mixxx/libmixxx.so\n"
	r, out := processLog(t, "_usr_bin_mixxx.1000.crash", []byte(in))
	got := string(out)
	if strings.Contains(got, "H4sI") || strings.Contains(got, full[20:52]) || strings.Contains(got, "tmokoena") {
		t.Fatalf("core or user left in the artifact:\n%.400s", got)
	}
	for _, keep := range []string{"ProblemType: Crash", "CoreDump: (binary, ", "ExecutablePath: /usr/bin/mixxx", "EngineBuffer::process", "SignalName: SIGSEGV"} {
		if !strings.Contains(got, keep) {
			t.Errorf("%q lost:\n%s", keep, got)
		}
	}
	if r.Redaction["user"] == 0 {
		t.Errorf("summary %v: the user was not counted", r.Redaction)
	}
	// no stripped copy stays behind
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(r.Attachments[0].Path), "apport-*"))
	for _, f := range left {
		if _, err := os.Stat(f); err == nil {
			t.Errorf("left behind: %s", f)
		}
	}
}

// A real core in an apport report goes as the minidump the ELF-core path
// makes of it, scrubbed; the report's facts come from the core.
func TestApportCoreAsMinidump(t *testing.T) {
	fx := testfixtures.Dir(t)
	core, err := os.ReadFile(filepath.Join(fx, "generated", "linux-x86_64-sigsegv.core"))
	if err != nil {
		t.Fatal(err)
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(core)
	zw.Close()
	z := gz.Bytes()
	var b strings.Builder
	b.WriteString("ProblemType: Crash\nArchitecture: amd64\nCoreDump: base64\n")
	for len(z) > 0 { // apport: each piece base64-encoded on its own line
		n := min(len(z), 1<<16)
		b.WriteString(" " + base64.StdEncoding.EncodeToString(z[:n]) + "\n")
		z = z[n:]
	}
	b.WriteString("ExecutablePath: /usr/bin/crashme\nSignal: 11\n")
	dir := t.TempDir()
	path := filepath.Join(dir, "_usr_bin_crashme.1000.crash")
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
	src, err := OpenSource(path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.File.Close()
	work := t.TempDir()
	p := NewPipeline(config.Default(), redact.Identity{}, nil, work, slog.New(slog.DiscardHandler))
	res, err := p.Process(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Cleanup()
	atts := res.Report.Attachments
	if len(atts) != 2 || atts[1].Type != report.AttachmentMinidump {
		t.Fatalf("attachments %+v", atts)
	}
	md, err := os.ReadFile(atts[1].Path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(md, []byte("MDMP")) {
		t.Fatalf("core attachment starts %q", md[:8])
	}
	if c := res.Report.Crash; c == nil || c.Reason == "" || len(c.Threads) == 0 {
		t.Errorf("report without the core's facts: %+v", c)
	}
	// the identity planted in the core (manifest.json) is gone from both
	for _, v := range []string{"luciawhitfield29", "ghp_eb0aea10d618655ed2679bb8579a10", "SDJP-E86155AA-C49C478A"} {
		for _, a := range atts {
			data, _ := os.ReadFile(a.Path)
			if bytes.Contains(data, []byte(v)) || bytes.Contains(data, utf16LE(v)) {
				t.Errorf("%s left in %s", v, a.Name)
			}
		}
	}
	// only the two artifacts remain in the work folder
	ents, _ := os.ReadDir(work)
	if len(ents) != 2 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("work folder holds %v", names)
	}
}

func utf16LE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}
