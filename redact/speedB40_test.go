package redact

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
)

// The memo's answers on random text: learned names from a random set,
// in paths, e-mails, key=value pairs, after a pseudonym's '>', glued to
// '*', '\\', '%', '<', ':' and non-ASCII or invalid UTF-8 tails, each
// word met many times in differing contexts. Where the memo answers,
// walk is run anyway (walkCheck) and must find nothing; and the output
// is the same as a scrub that runs walk on every word.
func TestSpeedB40MemoRandom(t *testing.T) {
	r := rand.New(rand.NewSource(40))
	pool := []string{"kofi", "kofi.mensah", "ama", "amaka", "zoe.k", "j.smith", "bruno", "aroha.kowalski85", "DDJ-400", "thabo-pc", "éloïse", "kwame_a", "stu", "studio-mac"}
	tails := []string{"", "/src/app.go:12", "/x", ".local", "@example.org", "::Add(", "-400", ":300", "\xc3\xa9t\xc3\xa9", "\xff\xfe", "*", ">", "<", "(", "\\n", "%2E", "-pc", "_v2", ".so.1"}
	heads := []string{"/home/", "/Users/", "C:\\Users\\", "", "<user-1>", "<u1>::", "*", "user=", "mail ", "\\n", "%2F", "host ", "Cafe::", ">::", "\xe2\x80\x94"}
	seps := []string{" ", "\t", "\n", " (", "'", "\"", ", ", "> ", " <", "=", ": "}
	hits, words := 0, 0
	for round := range 40 {
		names := []string{}
		for _, n := range pool {
			if r.Intn(2) == 0 {
				names = append(names, n)
			}
		}
		var in strings.Builder
		for _, n := range names {
			switch r.Intn(3) {
			case 0:
				in.WriteString("login: " + n + "\n")
			case 1:
				in.WriteString("open /home/" + n + "/notes.txt\n")
			default:
				in.WriteString("Hostname: " + n + "\n")
			}
		}
		// the words, each written many times in differing contexts
		var ws []string
		for range 12 {
			n := pool[r.Intn(len(pool))]
			ws = append(ws, heads[r.Intn(len(heads))]+n+tails[r.Intn(len(tails))]+tails[r.Intn(len(tails))])
		}
		for range 400 {
			in.WriteString(seps[r.Intn(len(seps))])
			if r.Intn(8) == 0 {
				in.WriteString(pool[r.Intn(len(pool))])
			} else {
				in.WriteString(ws[r.Intn(len(ws))])
			}
			if r.Intn(6) == 0 {
				in.WriteString("\n")
			}
		}
		text := in.String()
		for _, workers := range []int{-1, 2} {
			var plain, checked bytes.Buffer
			s := newSession(t, Config{})
			s.par.workers = workers
			if err := s.ScrubText(&plain, strings.NewReader(text)); err != nil {
				t.Fatal(err)
			}
			s = newSession(t, Config{})
			s.par.workers = workers
			c := &walkCheck{}
			s.memoCheck = c
			if err := s.ScrubText(&checked, strings.NewReader(text)); err != nil {
				t.Fatal(err)
			}
			hits += c.hits
			words += len(ws)
			for _, w := range c.wrong {
				t.Errorf("round %d (workers %d): the memo skipped a word walk finds something in: %s", round, workers, w)
			}
			if plain.String() != checked.String() {
				t.Errorf("round %d (workers %d): the memo's output differs from walk's:\n%q\n%q", round, workers, plain.String(), checked.String())
			}
		}
	}
	if hits < 1000 {
		t.Errorf("the memo answered only %d words", hits)
	}
}
