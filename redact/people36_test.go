package redact

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// TestManyPeopleRepeated: a report naming more people than the scanner's
// caches of addresses (emailCache, 1024) and names hold: each address and
// display name met again is replaced as the first time (emailMore and
// personCache keep the outcome and learn the local part again), and the
// learned name parts are replaced in prose.
func TestManyPeopleRepeated(t *testing.T) {
	first := []string{"Kofi", "Ngozi", "Thandiwe", "Wanjiru", "Priya", "Wei", "Minh", "Joao", "Agnieszka", "Ayse", "Fatima", "Efua"}
	last := []string{"Mensah", "Okafor", "Nkosi", "Kamau", "Raghunathan", "Zhang", "Nguyen", "Carvalho", "Wojcik", "Demirtas", "Haddad", "Asante"}
	type person struct{ first, last, mail string }
	var people []person
	for k := 0; len(people) < 1500; k++ {
		f, l := first[k%len(first)], last[k/len(first)%len(last)]
		suffix := strings.Repeat(string(rune('a'+k/144%26)), 1+k/3744)
		people = append(people, person{f + suffix, l, strings.ToLower(f+suffix) + "." + strings.ToLower(l) + "@example.org"})
	}
	var in bytes.Buffer
	for round := 0; round < 2; round++ {
		for i, p := range people {
			fmt.Fprintf(&in, "2024-03-0%dT10:00:00Z INFO share: sent \"set %d.mp3\" to %s %s <%s>\n", round+1, i%99, p.first, p.last, p.mail)
		}
	}
	s, _ := NewSession(Config{})
	var out bytes.Buffer
	if err := s.ScrubText(&out, bytes.NewReader(in.Bytes())); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	if len(lines) != 2*len(people) {
		t.Fatalf("%d lines out, %d in", len(lines), 2*len(people))
	}
	for i, p := range people {
		a, b := lines[i], lines[i+len(people)]
		for _, secret := range []string{p.mail, strings.ToLower(p.first) + "." + strings.ToLower(p.last), p.first + " " + p.last} {
			if strings.Contains(a, secret) || strings.Contains(b, secret) {
				t.Fatalf("%q left in\n%s\n%s", secret, a, b)
			}
		}
		// the same pseudonyms the second time
		if a[len("2024-03-01"):] != b[len("2024-03-02"):] {
			t.Fatalf("met again, replaced otherwise:\n%s\n%s", a, b)
		}
	}
	mustNotContain(t, "prose", s.ScrubString("Thanks to "+people[1400].first+" "+people[1400].last+" for the crate."), people[1400].last)
}
