package redact

import (
	"bytes"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// walkMemo skips walk on a word walk found nothing in before, with the
// same bytes around it. Each word it answers, walk is run on anyway here
// (walkCheck): it must find nothing, learn nothing, and end at the word's
// end. The inputs are the benchmark's log kinds, the people's log, the
// fixtures (crash logs, minidumps and cores read as text), and every
// string of the package's tests, each twice; serially and with workers.
func TestWalkMemoAnswersAsWalk(t *testing.T) {
	inputs := map[string][]byte{}
	kinds := map[string]*bytes.Buffer{}
	genLogKinds(2<<20, 7, kinds)
	for k, v := range kinds {
		inputs["kind "+k] = v.Bytes()
	}
	inputs["people"] = genPeopleLog(1<<20, 5)
	err := filepath.WalkDir(fixtures, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b := readFixture(t, strings.TrimPrefix(p, fixtures+"/"))
		inputs[p] = append(append(append([]byte(nil), b...), '\n'), b...)
		return nil
	})
	if err != nil {
		t.Logf("fixtures: %v", err)
	}
	strs := strings.Join(testStrings(t), "\n")
	inputs["test strings"] = []byte(strs + "\n" + strs)

	hits := 0
	for name, in := range inputs {
		for _, workers := range []int{-1, 2} {
			s := newSession(t, Config{})
			s.par.workers = workers
			c := &walkCheck{}
			s.memoCheck = c
			if err := s.ScrubText(io.Discard, bytes.NewReader(in)); err != nil {
				t.Fatal(err)
			}
			hits += c.hits
			for k, w := range c.wrong {
				if k == 5 {
					t.Errorf("%s: and %d more", name, len(c.wrong)-k)
					break
				}
				t.Errorf("%s (workers %d): the memo skipped a word walk finds something in: %s", name, workers, w)
			}
		}
	}
	t.Logf("the memo answered %d words", hits)
	// (a memo that answered nothing would pass the above)
	if hits < 20000 {
		t.Errorf("the memo answered only %d words", hits)
	}
}

// FuzzWalkMemo: the memo's answers, checked on an input met twice.
func FuzzWalkMemo(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		s, _ := NewSession(Config{})
		s.par.workers = -1
		c := &walkCheck{}
		s.memoCheck = c
		twice := append(append(append([]byte(nil), in...), '\n'), in...)
		if err := s.ScrubText(io.Discard, bytes.NewReader(twice)); err != nil {
			t.Fatal(err)
		}
		if len(c.wrong) > 0 {
			t.Fatalf("the memo skipped a word walk finds something in: %s", c.wrong[0])
		}
	})
}

// A word the memo took for nothing holds a name learned later, that
// starts with the same two letters as one learned before: "kofi" of
// "libkojo.kofi.so" after kojo was learned. Learning it must make the
// memo forget (literals.gen), and the daemon's single pass replace it.
// So must a literal learned first as a part of a full name ("Will" of
// "Will Thompson", which matches only capitalised), then as an account.
func TestWalkMemoForgetsOnLearning(t *testing.T) {
	in := "open /home/kojo/x\nloaded libkojo.kofi.so at 0x7f00\nopen /home/kofi/y\nloaded libkojo.kofi.so at 0x7f00\n"
	s := newSession(t, Config{})
	s.par.workers = -1
	var out bytes.Buffer
	if err := s.ScrubText(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "kofi") {
		t.Errorf("kept kofi:\n%s", out.String())
	}
	checkBothPaths(t, in, "kofi")
	in = "Signed in as Will Thompson\nfile res.will.bin\nlogin: will\nfile res.will.bin\n"
	s = newSession(t, Config{})
	s.par.workers = -1
	out.Reset()
	if err := s.ScrubText(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "will") {
		t.Errorf("kept will:\n%s", out.String())
	}
}
