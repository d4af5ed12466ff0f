package redact

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
)

// teamNameRef is teamName's earlier form, the reference its in-place
// reading must answer as.
func teamNameRef(n []byte) bool {
	for _, w := range bytes.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '-' }) {
		if len(w) >= 2 && len(w) <= 14 && teamWords[string(bytes.ToLower(w))] {
			return true
		}
	}
	return false
}

// TestSpeedA39TeamNameSame: teamName answers as teamNameRef on display
// names, team words in any case and glued to separators, non-ASCII
// letters that lower to ASCII ones (Kelvin sign, dotted capital I),
// invalid UTF-8 and random words of their alphabet.
func TestSpeedA39TeamNameSame(t *testing.T) {
	check := func(n []byte) {
		t.Helper()
		if got, want := teamName(n), teamNameRef(n); got != want {
			t.Fatalf("teamName(%q) = %v, reference %v", n, got, want)
		}
	}
	seeds := []string{
		"Debian Java Maintainers", "Ableton Support Team", "Kofi Asante", "Åse Kjærstad", "DES\u212A", "des\u212A Office",
		"L\u0130ST", "\u0130nc", "Foo-Bar.Team", "a,b,,team", "x team-", "TEAM", "Helpdesk", "helpdeskhelpdesk",
		"notifications", "nötifications", "S\u212Aill Desk", "\xc3 team", "team\xc3", "\xff\xfe", "", " ", "--",
	}
	for _, s := range seeds {
		w := []byte(s)
		check(w)
		for k := range w {
			check(w[:k])
			check(w[k:])
		}
	}
	words := []string{"team", "Desk", "INC", "bot", "list", "\u212A", "\u0130", "é", "\xc3", "\xff", "a", "xyzzy",
		"Maintainers", "systems", "Kofi", "ltd", "DES", "L"}
	const seps = " ,.-\t'"
	r := rand.New(rand.NewSource(39))
	for range 200000 {
		var b []byte
		for range r.Intn(6) {
			b = append(b, words[r.Intn(len(words))]...)
			if r.Intn(3) > 0 {
				b = append(b, seps[r.Intn(len(seps))])
			}
		}
		check(b)
	}
	for range 100000 {
		b := make([]byte, r.Intn(20))
		for k := range b {
			b[k] = byte(r.Intn(256))
		}
		check(b)
	}
}

// nameLeadWordRef is nameLeadWord's earlier form, four look-ups.
func nameLeadWordRef(w []byte) bool {
	var lb [16]byte
	l := lowerInto(lb[:0], w)
	return l != nil && (nameLead[string(l)] || closingWords[string(l)] || greetings[string(l)] || listVerbs[string(l)] ||
		string(l) == "am" || string(l) == "pm" ||
		len(l) > 5 && string(l[len(l)-3:]) == "-by")
}

// TestSpeedA39NameLeadWordSame: nameLeadWord, one look-up in nameLeads,
// answers as nameLeadWordRef on every word of the four sets in three
// cases, cut and grown, on names, letters outside ASCII and random bytes.
func TestSpeedA39NameLeadWordSame(t *testing.T) {
	check := func(w []byte) {
		t.Helper()
		if got, want := nameLeadWord(w), nameLeadWordRef(w); got != want {
			t.Fatalf("nameLeadWord(%q) = %v, reference %v", w, got, want)
		}
	}
	var words []string
	for _, set := range []map[string]bool{nameLead, closingWords, greetings, listVerbs} {
		for w := range set {
			words = append(words, w)
		}
	}
	words = append(words, "am", "PM", "Requested-by", "Tested-By", "-by", "Kofi", "Åse", "ÀM", "HÉLLO", "Olá", "OLÁ", "Jürgen", "\xc3", "")
	for _, s := range words {
		for _, v := range []string{s, strings.ToUpper(s), strings.ToTitle(s[:min(1, len(s))]) + s[min(1, len(s)):]} {
			w := []byte(v)
			check(w)
			check(append(append([]byte(nil), w...), 's'))
			for k := range w {
				check(w[:k])
				check(w[k:])
			}
		}
	}
	r := rand.New(rand.NewSource(391))
	const alpha = "amphiyeoAMPHIYO-b\xc3\xa1\x81\xff"
	for range 200000 {
		w := make([]byte, r.Intn(18))
		for k := range w {
			w[k] = alpha[r.Intn(len(alpha))]
		}
		check(w)
	}
}

// TestSpeedA39FoldASCIIAsLower: displayNameSpan's last word, lowered by
// foldASCII in a stack buffer, is asciiLower's lowering, on words of up to
// 16 bytes with letters of both cases, bytes past ASCII and the bytes
// next to 'A' and 'Z'.
func TestSpeedA39FoldASCIIAsLower(t *testing.T) {
	r := rand.New(rand.NewSource(392))
	const alpha = "AZaz@[`{MusicLtdÉé\xc3\x80\xff\xc1\xda\xdb\x9a"
	for range 300000 {
		w := make([]byte, r.Intn(17))
		for k := range w {
			w[k] = alpha[r.Intn(len(alpha))]
		}
		var lb [16]byte
		lw := lb[:copy(lb[:], w)]
		foldASCII(lw)
		if want := asciiLower(string(w)); string(lw) != want {
			t.Fatalf("foldASCII(%q) = %q, asciiLower %q", w, lw, want)
		}
	}
}

// TestSpeedA39BracketValueWordSame: bracketValueWord answers as the
// look-up of bytes.ToLower it replaced, on the set's words in any case,
// cut and grown, letters that lower to ASCII ("\u0130S", the Kelvin
// sign), long words and random bytes.
func TestSpeedA39BracketValueWordSame(t *testing.T) {
	check := func(w []byte) {
		t.Helper()
		if got, want := bracketValueWord(w), bracketValueWords[string(bytes.ToLower(w))]; got != want {
			t.Fatalf("bracketValueWord(%q) = %v, reference %v", w, got, want)
		}
	}
	words := []string{"\u0130S", "\u0130E", "\u0130.E.", "E.G.", "D\u00c9FAULT", "CURRENTLY", "defaults", "x", "", "\xc3", "valuevaluevalue\u0130"}
	for w := range bracketValueWords {
		words = append(words, w, strings.ToUpper(w), w+"s", w+"\u0130")
	}
	for _, s := range words {
		w := []byte(s)
		check(w)
		for k := range w {
			check(w[:k])
			check(w[k:])
		}
	}
	r := rand.New(rand.NewSource(393))
	const alpha = "valueIsOLDnewDefault.gE\xc4\xb0\xe2\x84\xaa\xff"
	for range 300000 {
		w := make([]byte, r.Intn(14))
		for k := range w {
			w[k] = alpha[r.Intn(len(alpha))]
		}
		check(w)
	}
}
