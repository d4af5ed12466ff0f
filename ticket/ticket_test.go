package ticket

import (
	"strings"
	"testing"
)

func TestRoundTripAndFormat(t *testing.T) {
	for range 1000 {
		tk := New()
		if len(tk) != 13 || tk[4] != '-' || tk[9] != '-' {
			t.Fatalf("bad format %q", tk)
		}
		got, err := Parse(tk)
		if err != nil || got != tk {
			t.Fatalf("Parse(%q) = %q, %v", tk, got, err)
		}
	}
}

func TestAliasesAndCase(t *testing.T) {
	tk := New()
	raw := strings.ReplaceAll(tk, "-", "")
	variants := []string{
		strings.ToLower(tk),
		raw,
		strings.Join([]string{raw[:4], raw[4:8], raw[8:]}, " "),
		strings.NewReplacer("1", "l", "0", "o").Replace(strings.ToLower(tk)),
		strings.NewReplacer("1", "I", "0", "O").Replace(tk),
	}
	for _, v := range variants {
		got, err := Parse(v)
		if err != nil || got != tk {
			t.Errorf("Parse(%q) = %q, %v; want %q", v, got, err, tk)
		}
	}
}

func symbols(tk string) []byte {
	return []byte(strings.ReplaceAll(tk, "-", ""))
}

// Every single-symbol substitution and every adjacent transposition of
// distinct symbols must be rejected.
func TestDetectsSubstitutionsAndTranspositions(t *testing.T) {
	for range 300 {
		tk := New()
		s := symbols(tk)
		for i := range s {
			for j := 0; j < len(alphabet); j++ {
				if alphabet[j] == s[i] {
					continue
				}
				m := append([]byte(nil), s...)
				m[i] = alphabet[j]
				if _, err := Parse(string(m)); err == nil {
					t.Fatalf("substitution %q -> %q accepted", tk, m)
				}
			}
			if i+1 < len(s) && s[i] != s[i+1] {
				m := append([]byte(nil), s...)
				m[i], m[i+1] = m[i+1], m[i]
				if _, err := Parse(string(m)); err == nil {
					t.Fatalf("transposition %q -> %q accepted", tk, m)
				}
			}
		}
	}
}

func TestRejectsMalformed(t *testing.T) {
	for _, s := range []string{"", "ABCD", "ABCD-EFGH-JKMN", "ABCD-EFGH-JU1", "ABCD-EFGH-J*1", strings.Repeat("0", 100)} {
		if _, err := Parse(s); err != ErrInvalid {
			t.Errorf("Parse(%q) err = %v, want ErrInvalid", s, err)
		}
	}
	if _, err := Parse("0000-0000-000"); err != nil {
		t.Errorf("all-zero ticket has zero syndrome and must parse: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(New())
	f.Add("abcd efgh jk1")
	f.Fuzz(func(t *testing.T, s string) {
		got, err := Parse(s)
		if err != nil {
			return
		}
		again, err := Parse(got)
		if err != nil || again != got {
			t.Fatalf("canonical form %q does not re-parse: %q %v", got, again, err)
		}
	})
}
