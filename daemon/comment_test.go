package daemon

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"crashd/config"
	"crashd/redact"
)

// The user's comment is scrubbed in the report's own session: an account
// the crash log teaches goes from the comment, a name the comment gives
// goes from the log, and each has one pseudonym in both.
func TestCommentSharesTheReportSession(t *testing.T) {
	log := "Unhandled exception: System.NullReferenceException: Object reference not set to an instance of an object.\n" +
		"   at Deckhand.Deck.Play(Track t) in C:\\Users\\kwabena.o\\src\\Deck.cs:line 42\n" +
		"2024-05-02 10:11:12 INFO loading D:\\Sets\\Thandiwe Mokoena Mixes\\opener.mp3\n"
	comment := "kwabena.o here, it crashed loading my set again.\nThanks,\nThandiwe Mokoena"
	dir := t.TempDir()
	path := filepath.Join(dir, "crash.log")
	if err := os.WriteFile(path, []byte(log), 0o600); err != nil {
		t.Fatal(err)
	}
	src, err := OpenSource(path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.File.Close()
	src.Comment = comment
	p := NewPipeline(config.Default(), redact.Identity{}, nil, dir, slog.New(slog.DiscardHandler))
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
	got := res.Report.UserComment
	for what, s := range map[string]string{"comment": got, "log": string(out), "report": string(rep)} {
		for _, secret := range []string{"kwabena", "Thandiwe", "Mokoena"} {
			if strings.Contains(strings.ToLower(s), strings.ToLower(secret)) {
				t.Errorf("%s still names %q: %s", what, secret, s)
			}
		}
	}
	if !strings.Contains(got, "it crashed loading my set again") {
		t.Errorf("comment lost its words: %q", got)
	}
	// the same pseudonyms in the comment and in the log
	users := regexp.MustCompile(`<user-\d+>`)
	inComment := users.FindAllString(got, -1)
	if len(inComment) != 2 {
		t.Fatalf("comment pseudonyms %v in %q", inComment, got)
	}
	for _, u := range inComment {
		if !strings.Contains(string(out), u) {
			t.Errorf("%s of the comment is not the log's: comment %q, log %q", u, got, out)
		}
	}
	if res.Report.Redaction["user"] == 0 {
		t.Errorf("summary %v", res.Report.Redaction)
	}
}
