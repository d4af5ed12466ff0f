package redact

import (
	"math/rand"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The forms learning a name used before round 40 made them faster
// (stack buffers, one string for many spellings): kept here to hold the
// new ones to the same answers.

func oldLitAdd(l *literals, pat, class, canon string) bool {
	if len(pat) < 3 || l.full() {
		return false
	}
	low := asciiLower(pat)
	caps := low != canon && len(low) <= 8 && class == ClassUser && wordNames[low]
	first, had := l.byPat[low]
	if i, ok := l.find(class, low, first, had); ok {
		if !caps && l.entries[i].caps {
			if l.shared {
				l.entries, l.shared = slices.Clone(l.entries), false
			}
			l.entries[i].caps = false
			l.gen++
		}
		return false
	}
	idx := len(l.entries)
	if had {
		l.other[class+"\x00"+low] = idx
	} else {
		l.byPat[low] = idx
	}
	if len(l.slab)+len(low) > cap(l.slab) {
		l.slab = make([]byte, 0, max(4096, len(low)))
	}
	n := len(l.slab)
	l.slab = append(l.slab, low...)
	l.entries = append(l.entries, litEntry{pat: l.slab[n:len(l.slab):len(l.slab)], class: class, canon: canon, caps: caps})
	c := low[0]
	l.groups[c] = withEntry(l.groups[c], low[1], idx, len(low))
	l.first[c] = true
	l.walk[c] |= wLit | wAny
	l.pair.add(c, low[1])
	l.gen++
	if isDigit(c) {
		l.digitFirst = true
	}
	if c >= 'a' && c <= 'z' {
		l.first[c-32] = true
		l.walk[c-32] |= wLit | wAny
	}
	return true
}

func oldASCIIEncodings(v string) []string {
	n := 0
	for k := 0; k < len(v); k++ {
		if oldURLPunct(v[k]) {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	buf := make([]byte, 0, 2*len(v)+6*n)
	for _, twice := range []bool{false, true} {
		for k := 0; k < len(v); k++ {
			c := v[k]
			if !oldURLPunct(c) {
				buf = append(buf, c)
				continue
			}
			buf = append(buf, '%')
			if twice {
				buf = append(buf, '2', '5')
			}
			buf = append(buf, upperHex[c>>4], upperHex[c&15])
		}
	}
	all := string(buf)
	once := len(v) + 2*n
	out := []string{all[:once], all[once:]}
	if strings.IndexByte(v, ' ') >= 0 {
		out = append(out, strings.ReplaceAll(v, " ", "+"))
	}
	return out
}

func oldURLPunct(c byte) bool {
	return c == '.' || c == ' ' || c == '-' || c == '_' || c == '@' || c == '+' || c == '\''
}

func oldShortStem(v string) string {
	var b strings.Builder
	for _, r := range strings.ToUpper(v) {
		if r == ' ' || r == '.' {
			continue
		}
		if r >= 0x80 {
			r = '_'
		}
		b.WriteRune(r)
	}
	st := b.String()
	if len(st) <= 8 && !strings.ContainsAny(v, " .") {
		return ""
	}
	if len(st) > 6 {
		st = st[:6]
	}
	if len(st) < 2 {
		return ""
	}
	return st
}

func oldShortNames(v string) []string {
	var stems, out []string
	add := func(st string) {
		if len(st) > 6 {
			st = st[:6]
		}
		if len(st) >= 2 && !slices.Contains(stems, st) {
			stems = append(stems, st)
		}
	}
	if st := oldShortStem(v); st != "" {
		add(st)
	}
	if !isASCII(v) {
		f := shortForms(v)
		add(f[0])
		add(f[1])
		add(f[2])
		if k := strings.LastIndexByte(v, '.'); k > 0 {
			base, ext := shortForms(v[:k]), shortForms(v[k+1:])
			for x := range 2 {
				add(base[x])
				if e := ext[x][:min(3, len(ext[x]))]; e != "" && len(base[x]) >= 2 {
					st := base[x][:min(6, len(base[x]))]
					for i := 1; i <= 4; i++ {
						out = append(out, st+"~"+"01234"[i:i+1]+"."+e)
					}
				}
			}
		}
	}
	for _, st := range stems {
		for i := 1; i <= 4; i++ {
			out = append(out, st+"~"+"01234"[i:i+1])
		}
	}
	return out
}

func oldIsGenericUser(v string) bool {
	c := canonical(v)
	if genericUsers[c] || codeVars[c] {
		return true
	}
	var buf [64]byte
	nk := string(normKey(buf[:0], []byte(c)))
	k := keyClass(nk, userKeyEnd(nk))
	return k == ClassUser || k == keyKeep || strings.IndexByte(c, ' ') > 0 && accountKindName(c)
}

// randName40 is a name-like string: ASCII letters in both cases, the
// separators names are joined by, digits, letters outside ASCII (some
// that change length or leave ASCII when cased), invalid UTF-8, and
// now and then a generic account or a key's name.
func randName40(r *rand.Rand) string {
	words := []string{"root", "Admin", "USER", "login", "Owner", "will", "Mark", "park", "zoe", "Kowalski",
		"jürgen", "Müller", "ſam", "ıvan", "\u212Aelvin", "Zoë", "Nguyễn", "АНДРЕЙ", "李", "default user", "Team Users"}
	pieces := []string{"a", "B", "c", "Z", "e", "o", "u", "ae", "Oe", ".", " ", "-", "_", "@", "+", "'", "~", "1", "9",
		"é", "É", "ß", "ø", "\xff", "\xc3", "\xe2\x80", "😀", "%", "\\", ":"}
	if r.Intn(6) == 0 {
		return words[r.Intn(len(words))]
	}
	n := r.Intn(12)
	if r.Intn(10) == 0 {
		n = 30 + r.Intn(40) // past the stack buffers
	}
	var b strings.Builder
	for range n {
		if r.Intn(5) == 0 {
			b.WriteString(words[r.Intn(len(words))])
		} else {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
	}
	return b.String()
}

func TestLearnSpeed40OldNew(t *testing.T) {
	r := rand.New(rand.NewSource(40))
	for range 20000 {
		v := randName40(r)
		if got, want := isGenericUser(v), oldIsGenericUser(v); got != want {
			t.Fatalf("isGenericUser(%q) = %v, old %v", v, got, want)
		}
		if got, want := shortNames(v), oldShortNames(v); !slices.Equal(got, want) {
			t.Fatalf("shortNames(%q) = %q, old %q", v, got, want)
		}
		if got, want := shortStem(v), oldShortStem(v); got != want {
			t.Fatalf("shortStem(%q) = %q, old %q", v, got, want)
		}
		if isASCII(v) {
			if got, want := asciiEncodings(v), oldASCIIEncodings(v); !slices.Equal(got, want) {
				t.Fatalf("asciiEncodings(%q) = %q, old %q", v, got, want)
			}
		}
	}
	for c := range 256 {
		if urlPunct(byte(c)) != oldURLPunct(byte(c)) {
			t.Fatalf("urlPunct(%q)", byte(c))
		}
	}
}

// TestLearnSpeed40AddOldNew adds the same random spellings, in several
// classes and canons, to two literals, one by the old add: every answer
// and the whole state must agree (entries in the same order: the
// pseudonyms are numbered in the order names are met).
func TestLearnSpeed40AddOldNew(t *testing.T) {
	r := rand.New(rand.NewSource(41))
	classes := []string{ClassUser, ClassHost, ClassUser, ClassEmail}
	for round := range 40 {
		a, b := newLiterals(), newLiterals()
		var pool []string
		for k := range 3000 {
			var v string
			switch {
			case len(pool) > 0 && r.Intn(3) == 0:
				// learned again, in another case
				v = pool[r.Intn(len(pool))]
				if r.Intn(2) == 0 {
					v = strings.ToUpper(v)
				} else {
					v = titleCase(v)
				}
			case round%4 == 0:
				// names of one length
				v = string(rune('a'+r.Intn(26))) + randName40(r)
				v = (v + "abcdefgh")[:8]
			default:
				v = randName40(r)
			}
			pool = append(pool, v)
			class := classes[r.Intn(len(classes))]
			canon := canonical(v)
			if r.Intn(3) == 0 {
				canon = canonical(pool[r.Intn(len(pool))])
			}
			if k%500 == 499 {
				// a snapshot taken: the next writes copy
				a.clone()
				b.clone()
			}
			if got, want := a.add(v, class, canon), oldLitAdd(b, v, class, canon); got != want {
				t.Fatalf("add(%q, %q, %q) = %v, old %v", v, class, canon, got, want)
			}
		}
		a.shared, b.shared = false, false
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("round %d: literals differ from the old add's", round)
		}
	}
}

func oldUserAlias(s *Session, canon string) string {
	if len(s.squashed) == 0 {
		return canon
	}
	var buf [64]byte
	if sq, ok := squash(buf[:0], []byte(canon)); ok && len(sq) >= 3 && len(sq) <= 63 {
		// (a name of three letters only when one of the two has letters
		// outside ASCII: "Zoë" of zoe, "lea" of Léa)
		if c, found := s.squashed[string(sq)]; found && c != canon && (len(sq) >= 4 || !isASCII(c) || !isASCII(canon)) {
			return c
		}
	}
	// a full name: its last word, the surname
	k := strings.LastIndexByte(canon, ' ')
	if k <= 0 {
		return canon
	}
	last, ok := squash(buf[:0], []byte(canon[k+1:]))
	if !ok || len(last) < 4 || len(last) > 63 {
		return canon
	}
	if c, found := s.squashed[string(last)]; found && c != canon {
		return c
	}
	// a first name and surname an account abbreviates (tmokoena,
	// thandekam: learnInitials), as initialName reads them in text, where
	// another detector found the name ("Thanks, Thandeka Mokoena")
	if sp := strings.IndexByte(canon, ' '); sp > 0 {
		var fb [64]byte
		if first, ok := squash(fb[:0], []byte(canon[:sp])); ok && len(first) >= 3 {
			if c, found := s.squashed["^"+string(first[0])+string(last)]; found && c != canon {
				return c
			}
			if c, found := s.squashed["$"+string(first)+string(last[0])]; found && c != canon {
				return c
			}
		}
	}
	if isASCII(canon) || len(last) < 5 {
		return canon
	}
	// an accented name and an account that joins its surname to the
	// given name, or to its start or initial, without a separator
	// (seunadebayo, oadebayo of "Oluwaseun Adébáyọ̀", sadebayo of "Seun
	// Adébáyọ̀")
	var fb [64]byte
	first, ok := squash(fb[:0], []byte(canon[:strings.IndexByte(canon, ' ')]))
	if !ok || len(first) == 0 {
		return canon
	}
	given := func(r string) bool {
		return strings.HasPrefix(string(first), r) || len(r) >= 3 && strings.HasSuffix(string(first), r)
	}
	best := ""
	for key, c := range s.squashed {
		if len(key) <= len(last) || c == canon || !isASCII(c) || best != "" && c >= best {
			continue
		}
		if strings.HasSuffix(key, string(last)) && given(key[:len(key)-len(last)]) ||
			strings.HasPrefix(key, string(last)) && given(key[len(last):]) {
			best = c // the least, whatever the map's order
		}
	}
	if best != "" {
		return best
	}
	return canon
}

func oldJoinedVariants(v string) []string {
	sep := func(r rune) bool { return r == '.' || r == '_' || r == '-' || r == ' ' }
	letters := strings.FieldsFunc(v, func(r rune) bool { return sep(r) || r >= '0' && r <= '9' })
	// as nameParts: a part of four letters or more must read as a name
	// (no "build" of build.bot2: a role mailbox), and one must
	named := false
	for _, p := range letters {
		if utf8.RuneCountInString(p) >= 4 {
			if nameStop[strings.ToLower(p)] || isGenericUser(p) {
				return nil
			}
			named = true
		}
	}
	if !named {
		return nil
	}
	var out []string
	var buf []byte
	for _, digits := range []bool{true, false} {
		f := letters
		if digits {
			if !strings.ContainsAny(v, "0123456789") {
				// (the same parts: the round without digits adds none)
				digits = false
			} else {
				f = strings.FieldsFunc(v, sep)
			}
		}
		if len(f) < 2 || len(f) > 4 {
			if !digits {
				break
			}
			continue
		}
		short, runes := false, 0
		for _, p := range f {
			n := utf8.RuneCountInString(p)
			short = short || n < 2
			runes += n
		}
		for _, s := range []string{".", "_", "-", " ", ""} {
			if s == "" && short || runes+len(s)*(len(f)-1) < 6 {
				continue
			}
			buf = append(buf[:0], f[0]...)
			for _, p := range f[1:] {
				buf = append(buf, s...)
				buf = append(buf, p...)
			}
			if string(buf) == v || slices.ContainsFunc(out, func(o string) bool { return o == string(buf) }) {
				continue
			}
			out = append(out, string(buf))
		}
		if !digits {
			break
		}
	}
	return out
}
func oldNameParts(v string) []string {
	var out []string
	f := strings.FieldsFunc(v, func(r rune) bool {
		return r == '.' || r == '_' || r == '-' || r == ' ' || r == '+' || r >= '0' && r <= '9'
	})
	if len(f) < 2 && len(f) == 1 && f[0] == v || serviceAccount(v, f) {
		return nil
	}
	for _, p := range f {
		// isGenericUser also rejects the user keys themselves ("login" of
		// x.login): learned, they would be replaced where they name the key
		if l := strings.ToLower(p); utf8.RuneCountInString(p) >= 4 && !nameStop[l] && !platformParts[l] && !isGenericUser(p) {
			out = append(out, p)
		}
	}
	return out
}

func TestLearnSpeed40PartsOldNew(t *testing.T) {
	r := rand.New(rand.NewSource(42))
	for range 30000 {
		v := randName40(r)
		if r.Intn(3) == 0 {
			// an account's shape: parts joined, digits after
			v = randName40(r) + []string{".", "_", "-", " ", ".."}[r.Intn(5)] + randName40(r)
			if r.Intn(2) == 0 {
				v += "85"
			}
		}
		if got, want := joinedVariants(v), oldJoinedVariants(v); !slices.Equal(got, want) {
			t.Fatalf("joinedVariants(%q) = %q, old %q", v, got, want)
		}
		if got, want := nameParts(v), oldNameParts(v); !slices.Equal(got, want) {
			t.Fatalf("nameParts(%q) = %q, old %q", v, got, want)
		}
	}
}

// TestLearnSpeed40AliasOldNew learns random accounts and full names and
// asks userAlias of random names, with the old form.
func TestLearnSpeed40AliasOldNew(t *testing.T) {
	r := rand.New(rand.NewSource(43))
	firsts := []string{"thandeka", "Zoë", "oluwaseun", "Seun", "jürgen", "Li", "minh", "Kofi", "ama", "Adébáyọ̀"}
	lasts := []string{"mokoena", "Kowalski", "adebayo", "Adébáyọ̀", "Müller", "mueller", "wei", "nguyen", "Mensah", "x"}
	name := func() string {
		f, l := firsts[r.Intn(len(firsts))], lasts[r.Intn(len(lasts))]
		switch r.Intn(6) {
		case 0:
			return f[:1] + l
		case 1:
			return l + f[:1]
		case 2:
			return f + "." + l
		case 3:
			return f + " " + l
		case 4:
			return f + l[:1]
		}
		return randName40(r)
	}
	for range 30 {
		s, _ := NewSession(Config{})
		for range 200 {
			s.learnUser(name())
			s.learnPerson(name())
		}
		for range 2000 {
			c := canonical(name())
			if got, want := s.userAlias(c), oldUserAlias(s, c); got != want {
				t.Fatalf("userAlias(%q) = %q, old %q", c, got, want)
			}
		}
	}
}
