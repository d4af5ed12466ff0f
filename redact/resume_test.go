package redact

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// fullRescans is findStable without checkpoints: every scan after one
// that learned reads b whole. What findStable finds must be exactly this.
func fullRescans(b []byte) []span {
	s, _ := NewSession(Config{})
	sc := &scanner{s: s}
	for round := 0; round < 4; round++ {
		sc.inPEM, sc.wer = false, werPair{} // (as b began)
		g := s.gen
		sc.find(b)
		if s.gen == g {
			break
		}
	}
	return slices.Clone(sc.spans)
}

// stableScan is findStable on a new session; it also returns how many
// rescans took the findings after a checkpoint, and how many started
// after b's start.
func stableScan(b []byte) ([]span, int, int) {
	s, _ := NewSession(Config{})
	sc := &scanner{s: s}
	s.findStable(sc, b)
	return slices.Clone(sc.spans), sc.resumed, sc.started
}

func sameRescan(t *testing.T, name string, b []byte) int {
	t.Helper()
	resumed, _ := sameRescans(t, name, b)
	return resumed
}

// sameRescans is sameRescan that also returns how many rescans started
// after b's start.
func sameRescans(t *testing.T, name string, b []byte) (resumed, started int) {
	t.Helper()
	want := fullRescans(b)
	got, resumed, started := stableScan(b)
	if !slices.Equal(got, want) {
		for k := range min(len(got), len(want)) {
			if got[k] != want[k] {
				t.Fatalf("%s: finding %d is %+v, a full rescan finds %+v (%d and %d findings)", name, k, got[k], want[k], len(got), len(want))
			}
		}
		t.Fatalf("%s: %d findings, a full rescan finds %d", name, len(got), len(want))
	}
	return resumed, started
}

// A log that names its user in its first lines: the rescan stops after
// them and takes the first scan's findings for the rest, which are those
// of a full rescan (the user's name before the home path included).
func TestRescanResumesAfterLearning(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("Process: Serato DJ Pro [4242] signed in as ngozi.eze\n")
	sb.WriteString("Path: /Users/ngozi.eze/Applications/Serato DJ Pro.app/Contents/MacOS/Serato DJ Pro\n")
	for k := range 400 {
		sb.WriteString("Thread 0 Crashed:: Dispatch queue: com.apple.main-thread 0x00007ff80a1b2c3d frame ")
		sb.WriteString(strings.Repeat("x", k%7))
		sb.WriteString(" /Users/ngozi.eze/Music/_Serato_/Crates/house.crate ngozi.eze@example.org 10.0.0.7\n")
	}
	in := []byte(sb.String())
	if resumed := sameRescan(t, "log", in); resumed != 1 {
		t.Errorf("rescans that stopped at the checkpoint: %d, want 1", resumed)
	}
	got, _, _ := stableScan(in)
	if got[0].start != strings.Index(sb.String(), "ngozi.eze") {
		t.Errorf("the name before the home path is not replaced: first finding %+v", got[0])
	}
}

// Where the second scan reaches the checkpoint in another state, it reads
// on: a name learned on the line just before, found again there, changes
// the findings the look-back detectors see; a learned name the first scan
// met only at the end leaves no checkpoint at all.
func TestRescanReadsOnWhenStateDiffers(t *testing.T) {
	for name, in := range map[string]string{
		"same line":   "kofi wrote: x\nhome=/home/kofi kofi\nThanks, kofi\n" + strings.Repeat("user kofi 10.1.2.3 ok\n", 20),
		"at the end":  strings.Repeat("frame 0x1000 libc.so.6\n", 20) + "kofi /home/kofi",
		"no newline":  "kofi /home/kofi kofi",
		"pem":         "ama\n-----BEGIN PRIVATE KEY-----\nMIIB\n/home/ama\n-----END PRIVATE KEY-----\nama\n",
		"wer":         "Sig[0].Name=Application Name\r\nC:\\Users\\yaw\\x\r\nSig[0].Value=yaw.exe\r\nyaw\r\n",
		"crlf":        "C:\\Users\\esi\\x\r\nesi\r\nesi\r\n",
		"cr only":     "C:\\Users\\esi\\x\resi\resi\r",
		"learn twice": "/home/kwame/x\nkwame\n/Users/abena/y\nabena kwame\n" + strings.Repeat("abena kwame\n", 10),
	} {
		sameRescan(t, name, []byte(in))
	}
}

// Real logs, dumps and the generated benchmark log: every rescan finds
// what a full rescan finds, and most stop at their checkpoint.
func TestRescanSameAsFull(t *testing.T) {
	var files []string
	for _, pat := range []string{"*/*", "*/*/*"} {
		m, _ := filepath.Glob(filepath.Join(fixtures, pat))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skip("no fixtures")
	}
	resumed := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil || len(b) == 0 {
			continue
		}
		b = b[:min(len(b), textChunk)]
		resumed += sameRescan(t, filepath.Base(f), b)
	}
	resumed += sameRescan(t, "generated", genLogs(textChunk, 7))
	if resumed < len(files)/3 {
		t.Errorf("%d of %d rescans stopped at their checkpoint", resumed, len(files))
	}
	// the hs_err log's last chunk, which names its user near its end
	hs, err := os.ReadFile(filepath.Join(fixtures, "linux", "hs_err-linux-ppc64le.log"))
	if err != nil {
		t.Fatal(err)
	}
	tail := hs[len(hs)-200<<10:]
	tail = tail[bytes.IndexByte(tail, '\n')+1:]
	if _, started := sameRescans(t, "hs_err tail", tail); started != 1 {
		t.Errorf("hs_err tail: %d rescans started after its start, want 1", started)
	}
}

// rescanFiller is lines of a crash log that name nobody, with findings
// in them (an IP, an email-like build address), more than startGap long.
var rescanFiller = strings.Repeat("Thread 3 frame 0x00007ff80a1b2c3d libsystem_kernel.dylib + 42 peer 203.0.113.9 build@ci\n", 50)

// A buffer that learns a name far from its start: the rescan starts a
// line start startGap or more before the line it learned on, where
// nothing before that line spells the name, and finds what a full rescan
// finds; where something does, it reads from the start.
func TestRescanStartsBeforeLearning(t *testing.T) {
	learn := "Path: /home/kwabena.mensah/.local/share/app\nkwabena.mensah signed in\n" + rescanFiller
	for _, c := range []struct {
		name, before string
		started      int
	}{
		{"nothing before", "", 1},
		{"name far before", "kwabena.mensah wrote\n", 0},
		{"upper case before", strings.Repeat("frame\n", 5) + "KWABENA.MENSAH\n", 0},
		{"folded before", "sent by Kwábena Ménsah\n", 0},
		// (UTF-16 runs are scanned decoded after find: scrubUTF16Locked)
		{"in UTF-16 before", "\n\x00k\x00w\x00a\x00b\x00e\x00n\x00a\x00.\x00m\x00e\x00n\x00s\x00a\x00h\x00\n", 0},
	} {
		in := []byte(rescanFiller + c.before + rescanFiller + learn)
		if _, started := sameRescans(t, c.name, in); started != c.started {
			t.Errorf("%s: %d rescans started after the buffer's start, want %d", c.name, started, c.started)
		}
		got, _, _ := stableScan(in)
		if c.before != "" && !strings.Contains(c.name, "UTF-16") && !slices.ContainsFunc(got, func(sp span) bool {
			return sp.start == len(rescanFiller) || sp.start == len(rescanFiller)+30 || sp.start == len(rescanFiller)+8
		}) {
			t.Errorf("%s: the name written before the home path is not replaced: %+v", c.name, got[:3])
		}
	}
	// a scan that begins inside a private key carried from the chunk
	// before, and learns far on
	in := []byte("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n" + rescanFiller + learn)
	full := func() []span {
		s, _ := NewSession(Config{})
		sc := &scanner{s: s}
		for round := 0; round < 4; round++ {
			sc.inPEM, sc.wer = true, werPair{}
			g := s.gen
			sc.find(in)
			if s.gen == g {
				break
			}
		}
		return sc.spans
	}()
	s, _ := NewSession(Config{})
	sc := &scanner{s: s, inPEM: true}
	s.findStable(sc, in)
	if !slices.Equal(sc.spans, full) || sc.started != 1 || sc.inPEM {
		t.Errorf("in a key: %d findings (%d rescans started after the start; in a key at the end: %v), a full rescan finds %d", len(sc.spans), sc.started, sc.inPEM, len(full))
	}
}

func FuzzRescan(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		sameRescan(t, "fuzz", in)
		// learning far from the start: the rescan may start after it
		sameRescan(t, "fuzz after lines", append([]byte(rescanFiller+rescanFiller), in...))
	})
}
