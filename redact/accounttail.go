package redact

import "strings"

// accountTail handles a learned account [p, e) that goes on with '.' or
// '_' and letters, an account of its own: "kofi.mensah" or "kofi_mensah"
// where only "kofi" was learned ("<user-1>.mensah" kept the surname).
// The whole is learned and replaced; a file's extension or a host's
// domain after the name ("kofi.json", "kofi.local") is no part of an
// account. It returns where the account ends, or -1.
func (sc *scanner) accountTail(p, e int) int {
	b := sc.b
	te := e + 1
	for te < len(b) && te-e <= 21 && (b[te] >= 'a' && b[te] <= 'z' || b[te] >= 'A' && b[te] <= 'Z') {
		te++
	}
	le := te // the letters' end
	if te = handleDigitsEnd(b, te); te < 0 {
		return -1
	} else if te > le {
		// digits after the letters: a handle's or an account's
		// ("ngozi_dj99", "kofi_mensah85", "thandiwe.mixes2024"): a
		// handle's suffix before them, or a surname's letters; no
		// file's or a platform's word ("kofi.mp3", "kofi_win32"), nor
		// a name's of a longer one after a dot ("org.freedesktop.systemd1")
		if p > 0 && b[p-1] == '.' || !handleSuffix(b[e+1:le]) && (le-e-1 < 4 || notAccountTail[strings.ToLower(string(b[e+1:le]))]) {
			return -1
		}
	} else if le-e-1 < 3 || notAccountTail[strings.ToLower(string(b[e+1:le]))] {
		return -1
	}
	if le-e > 21 || te < len(b) && (isAlnum(b[te]) || b[te] >= 0x80 || b[te] == '.' && te+1 < len(b) && isAlnum(b[te+1]) ||
		b[te] == '@' || b[te] == '/' || b[te] == '\\' || b[te] == '-' || b[te] == '_' || b[te] == '<') {
		return -1
	}
	if sc.s.allowed(string(b[p:te])) {
		return -1
	}
	sc.learnedSpan(p, te, ClassUser)
	return te
}

// notAccountTail: what follows a name after a dot in a file's or a host's
// name, or a setting's after '_' ("kofi_settings"): no surname.
var notAccountTail = wordSet(`txt log logs json xml plist crate als alp mp3 wav flac aiff aif m4a aac ogg opus png jpg
	jpeg gif pdf zip tar tgz dmg pkg msi exe dll dylib lock pid sock csv tsv yml yaml toml ini cfg conf dat db sqlite
	bak tmp old new html htm css js ts md sh bash zsh py rb go rs java nml vdj vdjfolder m3u m3u8 pls xspf bin img iso
	local lan home com net org edu gov info biz dev app cloud internal corp intra localdomain
	key pem crt cer pub der gpg asc keychain profile config settings cache backup prefs preferences data files
	music library mixes sets session sessions usb drive folder dir test debug rpp logicx flp cpr npr bwproject ptx ptf aup aup3
	heic heif webp mov mp4 doc docx xlsx pptx odt rtf`)

// accountHead handles a learned account [p, e) written after '_' or '.'
// and a short lowercase part, an account of its own: "olu_adeyemi" where
// "adeyemi" was learned (of olumide.adeyemi) kept "olu_<user-1>", the
// person's short name. The part must start a word (a line, a blank, a
// quote, a path's separator before it) and be no setting's or a file's
// word ("backup_adeyemi", "my_adeyemi" stay as they were). The whole is
// learned and replaced; it returns where the account starts, or -1.
func (sc *scanner) accountHead(p, e int) int {
	b := sc.b
	if p < 3 || e < len(b) && (isAlnum(b[e]) || b[e] >= 0x80 || b[e] == '(' || b[e] == '_' || b[e] == '.' && b[p-1] == '.') {
		// (nor a method, "cmd.Output()", nor an identifier or a host
		// name going on after it: "gnutls_x_set", "facebook.x.io")
		return -1
	}
	s := p - 1
	for s > 0 && p-1-s <= 12 && b[s-1] >= 'a' && b[s-1] <= 'z' {
		s--
	}
	if n := p - 1 - s; n < 2 || n > 12 {
		return -1
	}
	if s > 0 {
		switch c := b[s-1]; {
		case isAlnum(c) || c >= 0x80 || c == '.' || c == '_' || c == '-' || c == '<' || c == '%' || c == '$' || c == '&':
			return -1
		case c == '\\' && (b[s] == 'n' || b[s] == 't' || b[s] == 'r'):
			return -1 // ("\nolu_adeyemi": an escape's letter, no part)
		}
	}
	if notAccountTail[string(b[s:p-1])] || notAccountHead[string(b[s:p-1])] {
		return -1
	}
	if sc.s.allowed(string(b[s:e])) {
		return -1
	}
	sc.learnedSpan(s, e, ClassUser)
	return s
}

// notAccountHead: a word before '_' or '.' and a name that says what the
// name's file or setting is ("my_kofi", "backup_kofi"), no part of an
// account.
var notAccountHead = wordSet(`my the old new get set is has to from for by with user users dir tmp temp copy mix
	www api cdn mail smtp ftp ns app lib src bin var etc opt usr`)

// handleSuffixes: what a DJ's or producer's handle glues to a given name
// ("KwabenaFX", "ngozibeats", "KofiMusic"), in lower case.
var handleSuffixes = []string{"fx", "dj", "beats", "beatz", "music", "musik", "mix", "mixes", "sounds", "audio",
	"official", "prod", "productions", "records", "tunes", "vibes", "studio", "studios", "tv"}

// handleSuffixLast: the last letters of handleSuffixes (lower case).
var handleSuffixLast = func() (t [256]bool) {
	for _, s := range handleSuffixes {
		c := s[len(s)-1]
		t[c], t[c-32] = true, true
	}
	return t
}()

// gluedHandle handles a handle [p, we) of letters that glues one of
// handleSuffixes to a learned account or name ("KwabenaFX", "ngozibeats",
// "KofiBeats" after kwabena, ngozi, kofi), where the literal matcher
// finds the name only at a word's end: the name, of four letters or more
// and no common word (wordNames), is followed by the suffix, in any case,
// and nothing after but up to four digits ("kofibeats2"); or the name is
// followed by two to four digits alone ("kofi99", "Ngozi2024"). The whole
// handle is replaced as the account. It returns where it ends, or -1.
func (sc *scanner) gluedHandle(p, we int) int {
	b := sc.b
	de := handleDigitsEnd(b, we)
	if de < 0 || de < len(b) && (isAlnum(b[de]) || b[de] >= 0x80) {
		return -1
	}
	if de-we >= 2 && we-p >= 4 && !hexLetters(b[p:we]) && (p == 0 || b[p-1] != '.' && b[p-1] != '-' && b[p-1] != '_') {
		// the name alone, then two digits or more: "kofi99",
		// "Ngozi2024"; one is a version's as often ("Blake2",
		// "darwin9" of a learned Blake or Darwin), and a name after a
		// dot or a dash a part of a longer one ("x86_64-apple-darwin22")
		if ent := sc.gluedName(p, we); ent != nil && !sc.s.allowed(string(b[p:de])) {
			sc.add(p, de, ClassUser, ent.canon)
			return de
		}
	}
	if we-p < 6 || we-p > 32 || !handleSuffixLast[b[we-1]] {
		return -1
	}
	for _, s := range handleSuffixes {
		k := we - len(s)
		if k-p < 4 || !eqFoldASCII(b[k:we], []byte(s)) {
			continue
		}
		ent := sc.gluedName(p, k)
		if ent == nil {
			continue
		}
		if sc.s.allowed(string(b[p:we])) {
			return -1
		}
		sc.add(p, de, ClassUser, ent.canon)
		return de
	}
	return -1
}

// handleDigitsEnd returns where the digits a handle ends with after its
// letters at we end ("kofibeats2", "ngozi_dj99", "mixes2024"): one to
// four of them, no version's or a number's dot after them ("kofi2.0").
// Returns we when no digit follows, -1 when digits follow and are none
// of a handle's.
func handleDigitsEnd(b []byte, we int) int {
	de := we
	for de < len(b) && de-we <= 4 && isDigit(b[de]) {
		de++
	}
	if de == we {
		return we
	}
	if de-we > 4 || de+1 < len(b) && (b[de] == '.' || b[de] == ',') && isDigit(b[de+1]) {
		return -1
	}
	return de
}

// handleSuffix: w is one of handleSuffixes, in any case.
func handleSuffix(w []byte) bool {
	for _, s := range handleSuffixes {
		if len(w) == len(s) && eqFoldASCII(w, []byte(s)) {
			return true
		}
	}
	return false
}

// hexLetters: w is letters a to f alone, in either case: a hex number's
// ("dade2", "face01") as much as a name's.
func hexLetters(w []byte) bool {
	for _, c := range w {
		if c|0x20 < 'a' || c|0x20 > 'f' {
			return false
		}
	}
	return true
}

// djHandle handles the plain word [i, j), "DJ" glued to a learned account
// or name of four letters or more ("DJKofi", "djngozi" after kofi,
// ngozi), as gluedHandle does a suffix. It returns where it ends, or -1.
func (sc *scanner) djHandle(i, j int) int {
	b := sc.b
	if b[i+1]|0x20 != 'j' || !sc.s.lits.first[b[i+2]] {
		return -1
	}
	ent := sc.gluedName(i+2, j)
	if ent == nil || sc.s.allowed(string(b[i:j])) {
		return -1
	}
	sc.add(i, j, ClassUser, ent.canon)
	return j
}

// gluedName returns the learned account or name that b[p:e] is exactly,
// when a handle may glue it to a suffix or to "DJ": a user's, neither
// learned as a capitalised common word (caps) nor one (wordNames). Else
// nil.
func (sc *scanner) gluedName(p, e int) *litEntry {
	m, ent := sc.s.lits.match(sc.b[:e], p)
	if m != e || ent == nil || ent.class != ClassUser || ent.caps || wordNames[string(ent.pat)] {
		return nil
	}
	return ent
}

// letterRunEnd returns where the ASCII letters at p end, at most 33 bytes
// on and not past j.
func letterRunEnd(b []byte, p, j int) int {
	e := p
	for e < j && e-p <= 32 && isLetter(b[e]) {
		e++
	}
	return e
}
