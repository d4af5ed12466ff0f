package redact

import (
	"slices"
	"testing"
)

// encodings lists the spellings a learned name is also matched in (C's
// octal escapes: gdb, strace).
func TestEncodingsSpellings(t *testing.T) {
	for _, c := range []struct {
		v    string
		want []string
	}{
		{"kai", nil},
		{"zoe.k", []string{"zoe%2Ek", "zoe%252Ek"}},
		{"Zoë Kowalski", []string{"Zo%C3%AB%20Kowalski", "Zo%C3%AB Kowalski", `Zo\u00eb Kowalski`, `Zo\xc3\xab Kowalski`,
			`Zo\303\253 Kowalski`, "Zo%25C3%25AB%2520Kowalski", "Zo\xeb Kowalski", "Zoë+Kowalski"}},
		{"田中", []string{"%E7%94%B0%E4%B8%AD", "%E7%94%B0%E4%B8%AD", `\u7530\u4e2d`, `\xe7\x94\xb0\xe4\xb8\xad`, `\347\224\260\344\270\255`, "%25E7%2594%25B0%25E4%25B8%25AD"}},
		// past the BMP, JSON escapes a surrogate pair
		{"DJ 🎧 Ama", []string{"DJ%20%F0%9F%8E%A7%20Ama", "DJ %F0%9F%8E%A7 Ama", `DJ \ud83c\udfa7 Ama`, `DJ \xf0\x9f\x8e\xa7 Ama`,
			`DJ \360\237\216\247 Ama`, "DJ%2520%25F0%259F%258E%25A7%2520Ama", "DJ+🎧+Ama"}},
	} {
		if got := encodings(c.v); !slices.Equal(got, c.want) {
			t.Errorf("encodings(%q) =\n %q\nwant\n %q", c.v, got, c.want)
		}
	}
	// a display name with an emoji, learned, goes from JSON that escapes it
	s, _ := NewSession(Config{})
	s.learnUser("DJ 🎧 Ama")
	if got, want := s.ScrubString(`{"name":"DJ \ud83c\udfa7 Ama"}`), `{"name":"<user-1>"}`; got != want {
		t.Errorf("escaped emoji name: %s, want %s", got, want)
	}
}
