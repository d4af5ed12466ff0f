package redact

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"crashd/report"
)

var update = flag.Bool("update", false, "rewrite golden files")

const fixtures = "../../shared/fixtures"

func readFixture(t testing.TB, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtures, rel))
	if err != nil {
		t.Skipf("fixture %s: %v", rel, err)
	}
	return b
}

// The planted values of the generated fixtures must vanish when the files
// are scrubbed as binary (same length) and as text; the "keep" values must
// stay.
func TestGeneratedManifest(t *testing.T) {
	var manifest map[string]struct {
		Planted map[string]string `json:"planted"`
		Keep    []string          `json:"keep"`
	}
	if err := json.Unmarshal(readFixture(t, "generated/manifest.json"), &manifest); err != nil {
		t.Fatal(err)
	}
	for name, m := range manifest {
		t.Run(name, func(t *testing.T) {
			orig := readFixture(t, "generated/"+name)
			check := func(mode string, out []byte) {
				lo := bytes.ToLower(out)
				for class, v := range m.Planted {
					for _, enc := range [][]byte{[]byte(strings.ToLower(v)), bytes.ToLower(utf16le(v))} {
						if bytes.Contains(lo, enc) {
							t.Errorf("%s: planted %s %q survives", mode, class, v)
						}
					}
				}
				for _, k := range m.Keep {
					if !bytes.Contains(out, []byte(k)) && !bytes.Contains(out, utf16le(k)) {
						t.Errorf("%s: kept value %q lost", mode, k)
					}
				}
			}
			bin := bytes.Clone(orig)
			s := newSession(t, Config{})
			if s.ScrubSameLength(bin) == 0 {
				t.Error("nothing replaced")
			}
			if len(bin) != len(orig) {
				t.Fatal("length changed")
			}
			check("same-length", bin)
			var bout bytes.Buffer
			if err := newSession(t, Config{}).ScrubBinary(&bout, bytes.NewReader(orig)); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(bout.Bytes(), bin) && bout.Len() != len(orig) {
				t.Fatal("streaming binary length changed")
			}
			check("binary-stream", bout.Bytes())
			var tout bytes.Buffer
			if err := newSession(t, Config{}).ScrubText(&tout, bytes.NewReader(orig)); err != nil {
				t.Fatal(err)
			}
			check("text", tout.Bytes())
		})
	}
}

var textFixtures = []string{
	"apple/ios-armv7-kscrash-nsexception.crash",
	"apple/iossim-x86-nsexception.crash",
	"apple/macos-x86_64-sigsegv-handcrafted.crash",
	"apple/macos-x86_64-sigsegv.crash",
	"linux/hs_err-linux-ppc64le.log",
}

// Golden files hold only the lines scrubbing changed (line number and new
// text), which keeps them small and reviewable.
func TestGolden(t *testing.T) {
	all := append(append([]string(nil), textFixtures...), "apple/macos12-arm64-xctest.ips")
	for _, rel := range all {
		t.Run(filepath.Base(rel), func(t *testing.T) {
			in := readFixture(t, rel)
			s := newSession(t, Config{})
			var out bytes.Buffer
			var err error
			if strings.HasSuffix(rel, ".ips") {
				err = s.ScrubJSON(&out, bytes.NewReader(in))
			} else {
				err = s.ScrubText(&out, bytes.NewReader(in))
			}
			if err != nil {
				t.Fatal(err)
			}
			a := strings.Split(string(in), "\n")
			b := strings.Split(out.String(), "\n")
			if len(a) != len(b) {
				t.Fatalf("line count changed %d -> %d", len(a), len(b))
			}
			var g strings.Builder
			for i := range a {
				if a[i] != b[i] {
					fmt.Fprintf(&g, "%d: %s\n", i+1, b[i])
				}
			}
			fmt.Fprintf(&g, "summary: %v\n", s.Summary())
			path := filepath.Join("testdata", "golden", filepath.Base(rel)+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(g.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if string(want) != g.String() {
				t.Errorf("golden mismatch for %s:\n--- want\n%s\n--- got\n%s", rel, want, g.String())
			}
			if strings.HasSuffix(rel, ".ips") {
				docs := strings.SplitN(out.String(), "\n", 2)
				for _, d := range docs {
					if !json.Valid([]byte(d)) {
						t.Errorf("ips output is not valid JSON")
					}
				}
			}
		})
	}
}

// Planted identifiers vanish wherever they are inserted in real crash text,
// in every encoding.
func TestPlantedIdentifiersVanish(t *testing.T) {
	r := rand.New(rand.NewPCG(42, 4242))
	rounds := 6
	if testing.Short() {
		rounds = 2
	}
	for _, rel := range textFixtures {
		base := readFixture(t, rel)
		if len(base) > 64<<10 {
			base = base[:64<<10]
		}
		for round := 0; round < rounds; round++ {
			user := randName(r)
			host := strings.ToUpper(randName(r)) + "-PC"
			email := randName(r) + "@" + randName(r) + ".example.org"
			ip := fmt.Sprintf("10.%d.%d.%d", r.IntN(250), r.IntN(250), 1+r.IntN(250))
			token := "ghp_" + randAlnum(r, 30)
			lic := fmt.Sprintf("SDJP-%08X-%08X", r.Uint32()|0x10000000, r.Uint32()|0xA0000000)
			plants := []string{
				"/home/" + user + "/x.log",
				`C:\Users\` + user + `\AppData\Local\x.dll`,
				`C:\\Users\\` + user + `\\AppData`,
				`\/Users\/` + user + `\/Library`,
				"%2Fhome%2F" + user + "%2Fset",
				"file:///C:/Users/" + url.PathEscape(user) + "/a.mp3",
				`\\` + host + `\share\x`,
				"user " + user + " logged in",
				email, "peer " + ip + ":443", "token=" + token, "key " + lic,
			}
			text := string(base)
			for _, p := range plants {
				text = plantAt(r, text, p)
			}
			secrets := []string{user, host, email, ip, token, lic}
			var out bytes.Buffer
			if err := newSession(t, Config{}).ScrubText(&out, strings.NewReader(text)); err != nil {
				t.Fatal(err)
			}
			mustNotContain(t, rel+"/text", out.String(), secrets...)
			// as a JSON string
			js, _ := json.Marshal(map[string]string{"log": text})
			out.Reset()
			if err := newSession(t, Config{}).ScrubJSON(&out, bytes.NewReader(js)); err != nil {
				t.Fatal(err)
			}
			var back map[string]string
			if err := json.Unmarshal(out.Bytes(), &back); err != nil {
				t.Fatalf("json invalid: %v", err)
			}
			mustNotContain(t, rel+"/json", back["log"], secrets...)
			// UTF-16LE at an odd offset, and ASCII, in binary
			bin := append([]byte{0x7}, utf16le(text)...)
			newSession(t, Config{}).ScrubSameLength(bin)
			mustNotContain(t, rel+"/utf16", fromUTF16le(bin[1:]), secrets...)
			ab := []byte(text)
			newSession(t, Config{}).ScrubSameLength(ab)
			mustNotContain(t, rel+"/binary", string(ab), secrets...)
		}
	}
}

func randName(r *rand.Rand) string {
	const l = "abcdefghijklmnopqrstuvwxyz"
	n := 5 + r.IntN(6)
	var b strings.Builder
	b.WriteByte("qxzjvk"[r.IntN(6)]) // unlikely to start a real word
	for i := 0; i < n; i++ {
		b.WriteByte(l[r.IntN(len(l))])
	}
	if r.IntN(2) == 0 {
		b.WriteByte('.')
		b.WriteString(l[r.IntN(26):][:1] + "w")
	}
	fmt.Fprintf(&b, "%d", r.IntN(99))
	return b.String()
}

func randAlnum(r *rand.Rand, n int) string {
	const a = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b := make([]byte, n)
	for i := range b {
		b[i] = a[r.IntN(len(a))]
	}
	return string(b)
}

// plantAt inserts p after a random blank (so it starts a word) in text.
func plantAt(r *rand.Rand, text, p string) string {
	for try := 0; try < 100; try++ {
		k := r.IntN(len(text))
		if text[k] == ' ' || text[k] == '\n' {
			return text[:k+1] + p + " " + text[k+1:]
		}
	}
	return text + "\n" + p + "\n"
}

func TestScrubReport(t *testing.T) {
	s := newSession(t, Config{Identity: Identity{HostNames: []string{"AROHA-DJ-RIG"}}})
	r := &report.Report{
		App:         report.App{Name: "Serato DJ Pro", Version: "3.1.2.456", Build: "built by aroha.k on AROHA-DJ-RIG"},
		UserComment: "crashed while loading my set, mail me at aroha@studio.example.net",
		Crash: &report.Crash{
			Reason: "EXCEPTION_ACCESS_VIOLATION_READ", Code: "0xc0000005", Address: 0x10,
			Message: `failed to open C:\Users\aroha.k\Music\set.mp3`,
			Threads: []report.Thread{{Name: "aroha.k worker", Frames: []report.Frame{
				{Address: 0x7ff6a1b2c3d4, Module: "Serato DJ Pro.exe", Symbol: "Cafe::Add(int, int)", File: `C:\Users\aroha.k\src\cafe.cpp`, Line: 42},
				{Address: 0x7ffb2c3d1a40, Module: "ntdll.dll", Symbol: "RtlUserThreadStart"},
			}}},
		},
		Modules: []report.Module{{Name: `C:\Users\aroha.k\AppData\Local\Programs\Serato DJ Pro\Serato DJ Pro.exe`,
			DebugID: "3f2504e0-4f89-11d3-9a0c-0305e82c3301-1", CodeID: "5f0c7b6a1000", DebugFile: `C:\Users\aroha.k\build\serato.pdb`, Version: "10.0.19041.1"}},
		Annotations: map[string]string{"license_key": "SDJP-831A07BC-CA8418E5", "channel": "stable", "user_email": "x@y.example.com", "account": "aroha.k"},
		System: &report.System{
			OS:    report.OSInfo{Name: "Windows", Version: "10.0.19045", Build: "19045.3803", Arch: "amd64"},
			CPU:   report.CPUInfo{Model: "Intel(R) Core(TM) i7-9750H CPU @ 2.60GHz"},
			GPUs:  []report.GPU{{Model: "NVIDIA GeForce RTX 3080", VendorID: "0x10de", DeviceID: "0x2206", DriverVer: "31.0.15.3623"}},
			USB:   []report.USBDevice{{VendorID: "2b73", ProductID: "0013", Product: "DDJ-400"}},
			Audio: []report.AudioDev{{Name: "Speakers (Realtek(R) Audio)"}},
		},
		PerfSummary: &report.PerfSummary{Events: map[string]report.EventStats{"buffer_underrun": {Count: 3}, "open /home/aroha.k/x": {Count: 1}}},
	}
	s.ScrubReport(r)
	js, _ := json.Marshal(r)
	mustNotContain(t, "report", string(js), "aroha.k", "AROHA-DJ-RIG", "aroha@studio", "SDJP-831A07BC", "x@y.example.com")
	for _, keep := range []string{"Cafe::Add(int, int)", "Serato DJ Pro.exe", "ntdll.dll", "RtlUserThreadStart", "3f2504e0-4f89-11d3-9a0c-0305e82c3301-1",
		"10.0.19041.1", "3.1.2.456", "Intel(R) Core(TM) i7-9750H CPU @ 2.60GHz", "NVIDIA GeForce RTX 3080", "DDJ-400", "EXCEPTION_ACCESS_VIOLATION_READ",
		`"channel":"stable"`, "buffer_underrun", "serato.pdb", "Speakers (Realtek(R) Audio)"} {
		if !strings.Contains(string(js), keep) {
			t.Errorf("lost %q in %s", keep, js)
		}
	}
	if r.Redaction["user"] == 0 || r.Redaction["license"] != 1 || r.Redaction["host"] == 0 {
		t.Errorf("summary %v", r.Redaction)
	}
}
