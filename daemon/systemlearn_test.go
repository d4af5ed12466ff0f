package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"crashd/report"
)

// The names people give their devices, which the system snapshot lists
// ("Thandeka's AirPods Pro"), are learned before the log is scrubbed: a
// log line naming the device or its owner loses the name too, and the
// snapshot attached to the report holds no name either.
func TestSystemNamesLearnedBeforeLog(t *testing.T) {
	log := "2024-05-02 10:11:12 INFO output device changed: Thandeka AirPods Pro (2 ch)\n" +
		"2024-05-02 10:11:13 INFO hello Thandeka\n" +
		"Unhandled exception: System.NullReferenceException: Object reference not set to an instance of an object.\n" +
		"   at Deckhand.Deck.Play(Track t) in C:\\src\\Deck.cs:line 42\n"
	sys := func(context.Context) *report.System {
		return &report.System{OS: report.OSInfo{Name: "macOS", Arch: "arm64"},
			Audio: []report.AudioDev{{Name: "Thandeka's AirPods Pro", Driver: "CoreAudio"}, {Name: "MacBook Pro Speakers"}}}
	}
	r, out := processLogSystem(t, "crash.log", []byte(log), sys)
	rep, _ := json.Marshal(r)
	for what, b := range map[string][]byte{"log": out, "report": rep} {
		if bytes.Contains(bytes.ToLower(b), []byte("thandeka")) {
			t.Errorf("%s names the owner: %s", what, b)
		}
	}
	if !strings.Contains(string(out), "AirPods Pro (2 ch)") || !strings.Contains(string(rep), "MacBook Pro Speakers") {
		t.Errorf("device models lost:\n%s\n%s", out, rep)
	}
}
