package redact

import (
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
		g := s.gen
		sc.find(b)
		if s.gen == g {
			break
		}
	}
	return slices.Clone(sc.spans)
}

// stableScan is findStable on a new session; it also returns how many
// rescans took the findings after a checkpoint.
func stableScan(b []byte) ([]span, int) {
	s, _ := NewSession(Config{})
	sc := &scanner{s: s}
	s.findStable(sc, b)
	return slices.Clone(sc.spans), sc.resumed
}

func sameRescan(t *testing.T, name string, b []byte) int {
	t.Helper()
	want := fullRescans(b)
	got, resumed := stableScan(b)
	if !slices.Equal(got, want) {
		for k := range min(len(got), len(want)) {
			if got[k] != want[k] {
				t.Fatalf("%s: finding %d is %+v, a full rescan finds %+v (%d and %d findings)", name, k, got[k], want[k], len(got), len(want))
			}
		}
		t.Fatalf("%s: %d findings, a full rescan finds %d", name, len(got), len(want))
	}
	return resumed
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
	got, _ := stableScan(in)
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
}

func FuzzRescan(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		sameRescan(t, "fuzz", in)
	})
}
