package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crashd/config"
	"crashd/redact"
	"crashd/report"
)

// The names people give their devices, which the system snapshot lists
// ("Thandeka's AirPods Pro"), are learned before the log is scrubbed: a
// log line naming the device or its owner loses the name too, and the
// snapshot attached to the report holds no name either.
func TestSystemNamesLearnedBeforeLog(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "crash.log")
	log := "2024-05-02 10:11:12 INFO output device changed: Thandeka AirPods Pro (2 ch)\n" +
		"2024-05-02 10:11:13 INFO hello Thandeka\n" +
		"Unhandled exception: System.NullReferenceException: Object reference not set to an instance of an object.\n" +
		"   at Deckhand.Deck.Play(Track t) in C:\\src\\Deck.cs:line 42\n"
	if err := os.WriteFile(path, []byte(log), 0o600); err != nil {
		t.Fatal(err)
	}
	src, err := OpenSource(path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.File.Close()
	sys := func(context.Context) *report.System {
		return &report.System{OS: report.OSInfo{Name: "macOS", Arch: "arm64"},
			Audio: []report.AudioDev{{Name: "Thandeka's AirPods Pro", Driver: "CoreAudio"}, {Name: "MacBook Pro Speakers"}}}
	}
	p := NewPipeline(config.Default(), redact.Identity{}, sys, dir, slog.New(slog.DiscardHandler))
	res, err := p.Process(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Cleanup()
	out, err := os.ReadFile(res.Report.Attachments[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	rep, _ := json.Marshal(res.Report)
	for what, b := range map[string][]byte{"log": out, "report": rep} {
		if bytes.Contains(bytes.ToLower(b), []byte("thandeka")) {
			t.Errorf("%s names the owner: %s", what, b)
		}
	}
	if !strings.Contains(string(out), "AirPods Pro (2 ch)") || !strings.Contains(string(rep), "MacBook Pro Speakers") {
		t.Errorf("device models lost:\n%s\n%s", out, rep)
	}
}
