package daemon

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
