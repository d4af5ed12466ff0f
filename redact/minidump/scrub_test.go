package minidump

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	md "crashd/collector/minidump"
	"crashd/internal/testfixtures"
	"crashd/redact"
)

func findFixtures() string { return testfixtures.Find() }

func fixtures(t testing.TB) []string {
	root := testfixtures.Dir(t)
	files, _ := filepath.Glob(filepath.Join(root, "minidump", "*.dmp"))
	files = append(files, filepath.Join(root, "generated", "windows-x64-wine-stack.dmp"))
	return files
}

func newSession(t testing.TB) *redact.Session {
	t.Helper()
	s, err := redact.NewSession(redact.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// scrub runs Learn then Scrub with a fresh session, as the daemon does.
func scrub(t testing.TB, in []byte, p Policy) ([]byte, *redact.Session, error) {
	t.Helper()
	s := newSession(t)
	if err := Learn(bytes.NewReader(in), int64(len(in)), s); err != nil {
		return nil, s, err
	}
	var out bytes.Buffer
	err := Scrub(&out, bytes.NewReader(in), int64(len(in)), s, p)
	return out.Bytes(), s, err
}

func parse(t testing.TB, b []byte) *md.File {
	t.Helper()
	f, err := md.NewFile(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("output does not parse: %v", err)
	}
	return f
}

func readRange(b []byte, off, n int64) []byte { return b[off : off+n] }

func TestScrubFixtures(t *testing.T) {
	for _, path := range fixtures(t) {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			in, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			out, _, err := scrub(t, in, DefaultPolicy())
			if strings.HasPrefix(name, "corrupt") {
				var fe *md.FormatError
				if !errors.As(err, &fe) {
					t.Fatalf("corrupt input: want *FormatError, got %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			a, b := parse(t, in), parse(t, out)
			checkSameStructure(t, in, out, a, b)
			if len(b.Errors) > len(a.Errors) {
				t.Errorf("output has new stream errors: %v (input: %v)", b.Errors, a.Errors)
			}
			// Only stacks survive the default policy.
			for _, m := range b.Memory {
				if !isStack(b, m) {
					t.Errorf("non-stack memory %#x+%#x kept", m.Start, m.Size)
				}
			}
			for i, th := range a.Threads {
				if th.Stack.Size > 0 && b.Threads[i].Stack.Size != th.Stack.Size {
					t.Errorf("thread %d stack size %d -> %d", th.ID, th.Stack.Size, b.Threads[i].Stack.Size)
				}
			}
			// The report's crash facts survive, module names aside.
			ra, rb := a.Report(), b.Report()
			if ra.Crash.Reason != rb.Crash.Reason || ra.Crash.Address != rb.Crash.Address || ra.Crash.CrashedThread != rb.Crash.CrashedThread {
				t.Errorf("crash facts changed: %+v -> %+v", ra.Crash, rb.Crash)
			}
			// Frames found by scanning may differ (code bytes that confirmed
			// call sites are dropped); the crash frame may not.
			if fa, fb := ra.CrashedFrames(), rb.CrashedFrames(); len(fa) > 0 && (len(fb) == 0 || fa[0] != fb[0]) {
				t.Errorf("crash frame changed: %v -> %v", fa[0], fb)
			}
			t.Logf("%d -> %d bytes", len(in), len(out))
		})
	}
}

// checkSameStructure: same streams in the same order, same modules (count,
// bases, sizes, debug ids, base names), exception, contexts and system
// info byte-identical.
func checkSameStructure(t *testing.T, in, out []byte, a, b *md.File) {
	t.Helper()
	if len(a.Streams) != len(b.Streams) {
		t.Fatalf("stream count %d -> %d", len(a.Streams), len(b.Streams))
	}
	for i := range a.Streams {
		if a.Streams[i].Type != b.Streams[i].Type {
			t.Errorf("stream %d: %v -> %v", i, a.Streams[i].Type, b.Streams[i].Type)
		}
	}
	if len(a.Modules) != len(b.Modules) || len(a.UnloadedModules) != len(b.UnloadedModules) {
		t.Fatalf("modules %d/%d -> %d/%d", len(a.Modules), len(a.UnloadedModules), len(b.Modules), len(b.UnloadedModules))
	}
	for i := range a.Modules {
		ma, mb := a.Modules[i], b.Modules[i]
		if ma.Base != mb.Base || ma.Size != mb.Size || ma.DebugID() != mb.DebugID() || ma.Version != mb.Version {
			t.Errorf("module %d: %+v -> %+v", i, ma, mb)
		}
		if len(ma.Name) != len(mb.Name) && utf16Len(ma.Name) != utf16Len(mb.Name) {
			t.Errorf("module %d name length changed: %q -> %q", i, ma.Name, mb.Name)
		}
	}
	if (a.Exception == nil) != (b.Exception == nil) {
		t.Fatal("exception stream lost")
	}
	if a.Exception != nil {
		ea, eb := *a.Exception, *b.Exception
		if ea.ThreadID != eb.ThreadID || ea.Code != eb.Code || ea.Flags != eb.Flags || ea.Address != eb.Address || fmt.Sprint(ea.Params) != fmt.Sprint(eb.Params) {
			t.Errorf("exception %+v -> %+v", ea, eb)
		}
		if !sameContext(in, out, a, ea.Context, eb.Context) {
			t.Error("exception context changed")
		}
	}
	if len(a.Threads) != len(b.Threads) {
		t.Fatalf("threads %d -> %d", len(a.Threads), len(b.Threads))
	}
	for i := range a.Threads {
		ta, tb := a.Threads[i], b.Threads[i]
		if ta.ID != tb.ID || ta.Stack.Start != tb.Stack.Start || !sameContext(in, out, a, ta.Context, tb.Context) {
			t.Errorf("thread %d changed", ta.ID)
		}
	}
	if (a.SystemInfo == nil) != (b.SystemInfo == nil) {
		t.Fatal("system info lost")
	}
	if a.SystemInfo != nil {
		sa, sb := *a.SystemInfo, *b.SystemInfo
		sa.CSDVersion, sb.CSDVersion = "", ""
		if sa != sb {
			t.Errorf("system info %+v -> %+v", sa, sb)
		}
	}
}

// sameContext: a context record is byte for byte the same, but for its
// vector save area, which is scrubbed and so may differ only where it
// held text.
func sameContext(in, out []byte, f *md.File, la, lb md.Location) bool {
	x, y := readRange(in, la.Off, la.Size), readRange(out, lb.Off, lb.Size)
	if len(x) != len(y) {
		return false
	}
	if vs, ve, ok := f.VectorArea(la); ok {
		return bytes.Equal(x[:vs], y[:vs]) && bytes.Equal(x[ve:], y[ve:])
	}
	return bytes.Equal(x, y)
}

func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = binary.LittleEndian.AppendUint16(b, u)
	}
	return b
}

// containsFold looks for v in b in ASCII and UTF-16LE (at any byte offset),
// ignoring ASCII case.
func containsFold(b []byte, v string) bool {
	lb := bytes.ToLower(b)
	lv := strings.ToLower(v)
	return bytes.Contains(lb, []byte(lv)) || bytes.Contains(lb, utf16le(lv))
}

type manifest map[string]struct {
	Planted map[string]string `json:"planted"`
	Keep    []string          `json:"keep"`
}

func TestPlantedIdentifiersVanish(t *testing.T) {
	root := testfixtures.Dir(t)
	mb, err := os.ReadFile(filepath.Join(root, "generated", "manifest.json"))
	if err != nil {
		t.Skip("no manifest")
	}
	var man manifest
	if err := json.Unmarshal(mb, &man); err != nil {
		t.Fatal(err)
	}
	for name, m := range man {
		if !strings.HasSuffix(name, ".dmp") {
			continue
		}
		in, err := os.ReadFile(filepath.Join(root, "generated", name))
		if err != nil {
			t.Fatal(err)
		}
		for _, pol := range []Policy{DefaultPolicy(), {KeepStacks: true, KeepOtherMemory: true}} {
			out, s, err := scrub(t, in, pol)
			if err != nil {
				t.Fatal(err)
			}
			for class, v := range m.Planted {
				if !containsFold(in, v) {
					t.Logf("%s: planted %s not in input", name, class)
					continue
				}
				if containsFold(out, v) {
					t.Errorf("%s %+v: planted %s %q survives", name, pol, class, v)
				}
			}
			for _, k := range m.Keep {
				if containsFold(in, k) && !containsFold(out, k) {
					t.Errorf("%s: %q should be kept", name, k)
				}
			}
			t.Logf("%s %+v: %d -> %d bytes, summary %v", name, pol, len(in), len(out), s.Summary())
		}
	}
}

// TestLearnedUserScrubbedEverywhere: the user name in a module path of the
// Linux dump is also removed from the environment and maps streams.
func TestLearnedUserScrubbedEverywhere(t *testing.T) {
	root := testfixtures.Dir(t)
	in, err := os.ReadFile(filepath.Join(root, "minidump", "linux-x86_64-breakpad-dev-environ.dmp"))
	if err != nil {
		t.Skip(err)
	}
	if !containsFold(in, "liuandrew") {
		t.Skip("fixture changed")
	}
	out, _, err := scrub(t, in, DefaultPolicy())
	if err != nil {
		t.Fatal(err)
	}
	if containsFold(out, "liuandrew") {
		t.Error("user name from the home path survives")
	}
	b := parse(t, out)
	if len(b.Linux.Environ) == 0 || len(b.Linux.Maps) == 0 || !strings.Contains(b.Linux.Maps, "libc-2.19.so") {
		t.Errorf("Linux streams lost or over-scrubbed: %d env, maps %q", len(b.Linux.Environ), firstLine(b.Linux.Maps))
	}
	if !strings.HasSuffix(b.Modules[0].Name, "/driver") {
		t.Errorf("module base name lost: %q", b.Modules[0].Name)
	}
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func TestIdempotent(t *testing.T) {
	for _, path := range fixtures(t) {
		if strings.Contains(path, "corrupt") {
			continue
		}
		in, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		once, _, err := scrub(t, in, DefaultPolicy())
		if err != nil {
			t.Fatal(err)
		}
		twice, _, err := scrub(t, once, DefaultPolicy())
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(once, twice) {
			t.Errorf("%s: scrubbing twice differs from once (%d vs %d bytes)", filepath.Base(path), len(once), len(twice))
		}
	}
}

func TestPolicies(t *testing.T) {
	root := testfixtures.Dir(t)
	in, err := os.ReadFile(filepath.Join(root, "generated", "windows-x64-wine-stack.dmp"))
	if err != nil {
		t.Skip(err)
	}
	a := parse(t, in)
	none, _, err := scrub(t, in, Policy{})
	if err != nil {
		t.Fatal(err)
	}
	b := parse(t, none)
	checkSameStructure(t, in, none, a, b)
	if len(b.Memory) != 0 {
		t.Errorf("Policy{} kept %d memory ranges", len(b.Memory))
	}
	for _, th := range b.Threads {
		if th.Stack.Size != 0 || th.Stack.Off != 0 {
			t.Errorf("thread %d stack descriptor not emptied: %+v", th.ID, th.Stack)
		}
	}
	all, _, err := scrub(t, in, Policy{KeepStacks: true, KeepOtherMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	c := parse(t, all)
	if len(c.Memory) != len(a.Memory) {
		t.Errorf("KeepOtherMemory kept %d of %d ranges", len(c.Memory), len(a.Memory))
	}
	def, _, _ := scrub(t, in, DefaultPolicy())
	if !(len(none) < len(def) && len(def) < len(all)) {
		t.Errorf("sizes: none %d, default %d, all %d", len(none), len(def), len(all))
	}
}

var errSkip = errors.New("skip")

func osReadFile(p string) ([]byte, error) { return os.ReadFile(p) }

// On a machine with an account cloudsdk (the Cloud SDK image's user, in
// /etc/passwd and /home, so in the local identity) the environ block's
// CLOUDSDK_PYTHON= stayed a variable only in name: the account matched
// the variable's first word and gave <user-2>_PYTHON=. The variable's
// name stays; the dump's own user is still scrubbed in its value.
func TestLocalAccountInEnvironName(t *testing.T) {
	path := filepath.Join(testfixtures.Dir(t), "minidump", "macos-x86_64-crashpad-simple-annotations.dmp")
	in, err := os.ReadFile(path)
	if err != nil {
		t.Skip(err)
	}
	s, err := redact.NewSession(redact.Config{Identity: redact.Identity{UserNames: []string{"cloudsdk"}}})
	if err != nil {
		t.Fatal(err)
	}
	if err := Learn(bytes.NewReader(in), int64(len(in)), s); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Scrub(&out, bytes.NewReader(in), int64(len(in)), s, DefaultPolicy()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out.Bytes(), []byte("\x00CLOUDSDK_PYTHON=/Users/<u>/src/fsdev-mac/tools/python/bin/python\x00")) {
		k := bytes.Index(out.Bytes(), []byte("_PYTHON="))
		t.Errorf("CLOUDSDK_PYTHON= not kept: %q", out.Bytes()[max(k-20, 0):k+40])
	}
	if bytes.Contains(out.Bytes(), []byte("/Users/ted")) {
		t.Error("the dump's user is left")
	}
}
