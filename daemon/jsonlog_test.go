package daemon

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crashd/config"
	"crashd/redact"
	"crashd/report"
)

// processLog runs the pipeline on content written to a file named name
// and returns the report and the scrubbed attachment's bytes.
func processLog(t *testing.T, name string, content []byte) (*report.Report, []byte) {
	t.Helper()
	return processLogSystem(t, name, content, nil)
}

// processLogSystem is processLog with sys as the pipeline's system
// snapshot.
func processLogSystem(t *testing.T, name string, content []byte, sys func(context.Context) *report.System) (*report.Report, []byte) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	src, err := OpenSource(path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.File.Close()
	if src.Format != "textlog" {
		t.Fatalf("%s: format %q, want textlog", name, src.Format)
	}
	p := NewPipeline(config.Default(), redact.Identity{}, sys, dir, slog.New(slog.DiscardHandler))
	res, err := p.Process(context.Background(), src)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	defer res.Cleanup()
	if len(res.Report.Attachments) != 1 {
		t.Fatalf("attachments = %+v", res.Report.Attachments)
	}
	out, err := os.ReadFile(res.Report.Attachments[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	return res.Report, out
}

// textScrubbed is what the plain-text path makes of content.
func textScrubbed(t *testing.T, content []byte) []byte {
	t.Helper()
	sess, err := redact.NewSession(redact.Config{})
	if err != nil {
		t.Fatal(err)
	}
	dst, err := os.CreateTemp(t.TempDir(), "text-*")
	if err != nil {
		t.Fatal(err)
	}
	defer dst.Close()
	if _, err := sess.ScrubTextRewind(dst, bytes.NewReader(content)); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(dst.Name())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// jsonValues decodes b as a stream of JSON values (encoding/json) and
// fails the test when it is not one.
func jsonValues(t *testing.T, b []byte) []any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var vs []any
	for {
		var v any
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			return vs
		}
		if err != nil {
			t.Fatalf("scrubbed output is not JSON: %v\n%s", err, b)
		}
		vs = append(vs, v)
	}
}

func assertGone(t *testing.T, out []byte, ids ...string) {
	t.Helper()
	for _, id := range ids {
		if bytes.Contains(out, []byte(id)) {
			t.Errorf("%q left in output:\n%s", id, out)
		}
	}
}

func assertKept(t *testing.T, out []byte, keep ...string) {
	t.Helper()
	for _, k := range keep {
		if !bytes.Contains(out, []byte(k)) {
			t.Errorf("%q lost from output:\n%s", k, out)
		}
	}
}

func readTestdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// lookup walks a decoded JSON value along keys.
func lookup(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// A Sentry event saved as a .json file is scrubbed as JSON: the user
// object goes, the output stays one valid JSON document.
func TestJSONLogSentryEvent(t *testing.T) {
	in := readTestdata(t, "sentry-event.json")
	r, out := processLog(t, "event.json", in)
	att := r.Attachments[0]
	if att.ContentType != "application/json" || att.Name != "crash.json" {
		t.Errorf("attachment = %s %s, want crash.json application/json", att.Name, att.ContentType)
	}
	vs := jsonValues(t, out)
	if len(vs) != 1 {
		t.Fatalf("%d JSON values, want 1", len(vs))
	}
	if id, _ := lookup(vs[0], "user", "id").(string); !strings.HasPrefix(id, "<") {
		t.Errorf("user.id = %v, want a pseudonym", lookup(vs[0], "user", "id"))
	}
	assertGone(t, out, "u_88213", "nguyen.thi.hang", "hang.nguyen@", "Hằng", "2001:db8:85a3", "Zx81kPqL0aaBBccDD99",
		"sessionid=8f2a9c1be77d4", "eyJhbGciOiJIUzI1NiJ9", "ak_live_51HxQ2mKzP0aB", "203.0.113.77", "app-srv-03",
		"PF3XK9Z2", "nb-hang-x1", "3c:22:fb:0a:91:7e", "S3cr3t-Pa55", "cs_9XyZ8wVu7", "ghp_1234567890")
	assertKept(t, out, `"function": "sync_orders"`, `"lineno": 42`, `"version": "6.5.0"`, `"model": "ThinkPad X1 Carbon Gen 11"`,
		`"memory_size": 34359738368`, `"rooted": false`)
	if r.Crash == nil || r.Format != "textlog" {
		t.Errorf("report = %+v", r)
	}
}

// An app's JSON Lines log: numeric values of sensitive keys become quoted
// pseudonyms (the output stays JSON), other values are kept as they were.
func TestJSONLogLines(t *testing.T) {
	in := readTestdata(t, "app-crash.jsonl")
	r, out := processLog(t, "app.jsonl", in)
	att := r.Attachments[0]
	if att.ContentType != "application/x-ndjson" || att.Name != "crash.jsonl" {
		t.Errorf("attachment = %s %s, want crash.jsonl application/x-ndjson", att.Name, att.ContentType)
	}
	lines := bytes.Split(bytes.TrimSuffix(out, []byte("\n")), []byte("\n"))
	if want := bytes.Count(in, []byte("\n")); len(lines) != want {
		t.Fatalf("%d lines, want %d", len(lines), want)
	}
	for i, l := range lines {
		if !json.Valid(l) {
			t.Errorf("line %d is not JSON: %s", i+1, l)
		}
	}
	vs := jsonValues(t, out)
	acc := lookup(vs[2], "account")
	for _, k := range []string{"password", "serial", "imei"} {
		if s, ok := lookup(acc, k).(string); !ok || !strings.HasPrefix(s, "<") {
			t.Errorf("account.%s = %v, want a quoted pseudonym", k, lookup(acc, k))
		}
	}
	if u, _ := lookup(vs[0], "user", "id").(string); !strings.HasPrefix(u, "<") {
		t.Errorf("user.id = %v", lookup(vs[0], "user", "id"))
	}
	assertGone(t, out, "soren", "Søren", "Kierkegaard", "nordvinter", "studio-mac-07", "12345678", "356938035643809",
		"QWERT-12345", "192.168.17.42", "3c:22:fb:0a:91:7e", "sk_live_9f8e", "eyJhbGciOiJIUzI1NiJ9")
	assertKept(t, out, `"tracks":18233`, `"pid":48211`, `"ms":812,"ok":true,"retry":null,"ratio":-1.5e-3`,
		`"frames":["AudioEngine::render+0x1d","Mixer::pull+0x88"]`, `"unicode":"Stra\u00dfe \ud83c\udfa7 \"quoted\" \\ back"`)
	if r.Crash == nil || r.Crash.Signal != "SIGSEGV" {
		t.Errorf("crash = %+v", r.Crash)
	}
}

// The reported variants of the bug: pure JSON, one object per line.
func TestJSONLogNumericSecretStaysJSON(t *testing.T) {
	in := []byte(`{"level":"fatal","msg":"crash","password":12345678,"serial":12345678901,"imei":356938035643809}` + "\n" +
		`{"level":"fatal","user":{"id":"soren.kierkegaard","username":"skierkegaard"}}` + "\n")
	_, out := processLog(t, "x.jsonl", in)
	vs := jsonValues(t, out)
	if len(vs) != 2 {
		t.Fatalf("values = %d", len(vs))
	}
	assertGone(t, out, "12345678", "356938035643809", "soren.kierkegaard", "skierkegaard")
}

// A JSON document with a UTF-8 byte-order mark (PowerShell 5 writes one)
// keeps its mark; what follows it is scrubbed as JSON.
func TestJSONLogUTF8Mark(t *testing.T) {
	in := append([]byte{0xef, 0xbb, 0xbf}, `{"level":"fatal","user":{"id":"soren.kierkegaard"},"password":12345678}`+"\n"...)
	r, out := processLog(t, "x.json", in)
	if !bytes.HasPrefix(out, bomUTF8) {
		t.Fatalf("mark lost: %q", out)
	}
	if ct := r.Attachments[0].ContentType; ct != "application/json" {
		t.Errorf("content type %q", ct)
	}
	jsonValues(t, out[3:])
	assertGone(t, out, "soren", "12345678")
}

// JSON Lines then a text panic (stderr into the same file): JSON lines are
// scrubbed as JSON, the text lines as text; the attachment is text.
func TestJSONLogThenTextPanic(t *testing.T) {
	jl := readTestdata(t, "app-crash.jsonl")
	panicText := "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\n" +
		"main.(*Deck).Load(0xc000012345)\n\t/Users/soren.kierkegaard/src/deckhand/deck.go:42 +0x1d\n" +
		"exit status 2 for soren.k@nordvinter-konsult.se on 10.1.2.3\n"
	in := append(append([]byte{}, jl...), panicText...)
	r, out := processLog(t, "app.log", in)
	if ct := r.Attachments[0].ContentType; ct != "text/plain" {
		t.Errorf("content type %q, want text/plain (not JSON throughout)", ct)
	}
	n := bytes.Count(jl, []byte("\n"))
	lines := bytes.SplitAfter(out, []byte("\n"))
	jsonValues(t, bytes.Join(lines[:n], nil))
	assertGone(t, out, "soren", "Kierkegaard", "nordvinter", "10.1.2.3", "12345678")
	assertKept(t, out, "goroutine 1 [running]:", "main.(*Deck).Load(0xc000012345)", "/src/deckhand/deck.go:42 +0x1d")
	if fr := r.CrashedFrames(); len(fr) == 0 || fr[0].Symbol != "main.(*Deck).Load" {
		t.Errorf("frames = %+v", fr)
	}
}

// Logs that are not JSON from their first line, or that stop being JSON
// in a way ScrubJSON would not read whole as text, take the text path and
// give exactly its output.
func TestJSONLogTextPath(t *testing.T) {
	jl := string(readTestdata(t, "app-crash.jsonl"))
	cases := map[string]string{
		"text first":       "2024-05-02 10:11:12 ERROR Unhandled exception: SIGSEGV in Worker.run\n" + jl,
		"bracket prefix":   "[2024-05-02 10:11:12] FATAL user soren.kierkegaard: SIGSEGV\n" + jl,
		"later bracket":    jl + "[ERROR] user \"soren.kierkegaard\" at /home/soren.kierkegaard/x SIGSEGV\n",
		"later quote":      jl + "\"soren.kierkegaard\" crashed: SIGSEGV\n",
		"later scalar":     jl + "null pointer at /home/soren.kierkegaard/x: SIGSEGV\n",
		"later number":     jl + "139 exit for soren.kierkegaard: SIGSEGV\n",
		"two on a line":    strings.Replace(jl, "\n", " ", 1),
		"bad value":        jl + `{"level":"fatal","user":'soren.kierkegaard'}` + "\n",
		"long text line":   jl + "Fatal error: " + strings.Repeat("soren.kierkegaard ", 4<<10) + "\n",
		"deep":             strings.Repeat("[", 600) + strings.Repeat("]", 600) + "\nFatal error: soren.kierkegaard\n",
		"leading zero":     `{"level":"fatal","n":012}` + "\n",
		"control in value": "{\"level\":\"fatal\",\"msg\":\"a\tb\"}\n",
	}
	for name, in := range cases {
		t.Run(name, func(t *testing.T) {
			r, out := processLog(t, "x.log", []byte(in))
			if ct := r.Attachments[0].ContentType; ct != "text/plain" {
				t.Errorf("content type %q", ct)
			}
			if want := textScrubbed(t, []byte(in)); !bytes.Equal(out, want) {
				t.Errorf("output differs from the text path:\n got %.300s\nwant %.300s", out, want)
			}
		})
	}
}

// Lines ScrubJSON reads whole as text are allowed after the first JSON
// line; whatever they hold is scrubbed as in a text log.
func TestJSONLogTextLinesScrubbed(t *testing.T) {
	head := `{"level":"info","msg":"start","host":"studio-mac-07.fritz.box","user":{"id":"soren.kierkegaard"}}` + "\n"
	lines := []string{
		"Fatal error in /Users/soren.kierkegaard/src/a.go for soren.k@nordvinter-konsult.se",
		"  at Deck.play (C:\\Users\\soren.kierkegaard\\deck.js:10:5) host studio-mac-07.fritz.box",
		"-----BEGIN PRIVATE KEY-----",
		"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7",
		"-----END PRIVATE KEY-----",
		"2024-05-02T10:11:12Z mac 3c:22:fb:0a:91:7e ip 192.168.17.42 token=sk_live_9f8e7d6c5b4a39281706",
		"truexyz password=hunter2hunter2",
		"Ñoño \"quoted\" {braces} [brackets] key: value, soren.kierkegaard",
	}
	in := head + strings.Join(lines, "\n") + "\n"
	r, out := processLog(t, "x.log", []byte(in))
	if ct := r.Attachments[0].ContentType; ct != "text/plain" {
		t.Errorf("content type %q", ct)
	}
	assertGone(t, out, "soren", "studio-mac-07", "nordvinter", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7",
		"3c:22:fb:0a:91:7e", "192.168.17.42", "sk_live_9f8e", "hunter2")
	assertKept(t, out, "Fatal error in /Users/", "Deck.play", `"quoted" {braces} [brackets]`)
	got := bytes.Split(out, []byte("\n"))
	if len(got) != len(lines)+2 {
		t.Fatalf("%d lines, want %d:\n%s", len(got), len(lines)+2, out)
	}
	jsonValues(t, got[0])
}

// A JSON Lines log whose last line was cut short (the app died writing
// it) is still scrubbed as JSON, and sent as text.
func TestJSONLogCutShort(t *testing.T) {
	in := `{"level":"fatal","msg":"SIGSEGV","user":{"id":"skierkegaard"},"password":12345678}` + "\n" +
		`{"level":"info","path":"/home/soren.kierkegaard/x","note":"for skierkegaard at C:\\Users\\skierkegaard\\Mus`
	r, out := processLog(t, "x.jsonl", []byte(in))
	if ct := r.Attachments[0].ContentType; ct != "text/plain" {
		t.Errorf("content type %q", ct)
	}
	jsonValues(t, bytes.SplitAfter(out, []byte("\n"))[0])
	assertGone(t, out, "soren", "skierkegaard", "12345678")
	assertKept(t, out, `{"level":"info","path":"/home/`, `\\Mus`)
}

func FuzzJSONCheck(f *testing.F) {
	f.Add([]byte(readTestdataF(f, "app-crash.jsonl")))
	f.Add([]byte(readTestdataF(f, "sentry-event.json")))
	f.Add([]byte("{\"a\":[1,-0.5e+3,true,null,\"\\u00e9\\n\"]}\n[{}]\ntext line\n"))
	f.Add([]byte("{\"password\":12345678}\n{\"user\":{\"id\":88123}}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := checkJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if !c.pure() {
			return
		}
		// what the checker calls JSON is JSON to encoding/json ...
		dec := json.NewDecoder(bytes.NewReader(data))
		n := 0
		for {
			var v json.RawMessage
			if err := dec.Decode(&v); errors.Is(err, io.EOF) {
				break
			} else if err != nil {
				t.Fatalf("checker says JSON, encoding/json: %v", err)
			}
			n++
		}
		if n != c.values {
			t.Fatalf("checker counts %d values, encoding/json %d", c.values, n)
		}
		// ... and stays JSON when ScrubJSON is done with it
		sess, err := redact.NewSession(redact.Config{})
		if err != nil {
			t.Fatal(err)
		}
		if err := sess.LearnReader(bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := sess.ScrubJSON(&out, bytes.NewReader(data)); err != nil {
			t.Fatal(err)
		}
		oc, _ := checkJSON(bytes.NewReader(out.Bytes()))
		if !oc.pure() || oc.values != c.values || !json.Valid(bytes.TrimSpace(out.Bytes())) && c.values == 1 {
			t.Fatalf("scrubbed JSON is not JSON (at %d):\nin  %q\nout %q", oc.badAt, data, out.Bytes())
		}
	})
}

func readTestdataF(f *testing.F, name string) []byte {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// A host that only the JSON's decoded strings spell (a UNC path in \u
// escapes), named bare in an earlier line: the scrub that learns it as
// it reads has written that line already, so the log is scrubbed again,
// and its mark written once.
func TestJSONLogLearnedLateScrubbedAgain(t *testing.T) {
	in := append([]byte{0xef, 0xbb, 0xbf}, `{"level":"info","msg":"synced with NASKOFI01"}`+"\n"+
		`{"level":"fatal","path":"\u005c\u005cNASKOFI01\u005cmusic\u005cset.mp3"}`+"\n"...)
	_, out := processLog(t, "x.jsonl", in)
	if !bytes.HasPrefix(out, bomUTF8) || bytes.HasPrefix(out[3:], bomUTF8) {
		t.Fatalf("mark lost or doubled: %q", out)
	}
	if vs := jsonValues(t, out[3:]); len(vs) != 2 {
		t.Fatalf("values = %d in %q", len(vs), out)
	}
	assertGone(t, out, "NASKOFI01", "naskofi01")
}
