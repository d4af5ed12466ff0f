package redact

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

func isTokChar(c byte) bool { return isAlnum(c) || c == '_' || c == '-' }

type tokenShape struct {
	prefix string
	min    int // minimum length of the part after the prefix
	max    int // the maximum; 0: unbounded
	chars  func(byte) bool
}

func alnumOnly(c byte) bool     { return isAlnum(c) }
func alnumUnder(c byte) bool    { return isAlnum(c) || c == '_' }
func upperDigit(c byte) bool    { return c >= 'A' && c <= 'Z' || isDigit(c) }
func urlSafeB64(c byte) bool    { return isAlnum(c) || c == '_' || c == '-' }
func slackTokChars(c byte) bool { return isAlnum(c) || c == '-' }

// Known credential formats, by prefix.
var tokenShapes = []tokenShape{
	{"ghp_", 20, 0, alnumOnly}, {"gho_", 20, 0, alnumOnly}, {"ghu_", 20, 0, alnumOnly},
	{"ghs_", 20, 0, alnumOnly}, {"ghr_", 20, 0, alnumOnly}, {"github_pat_", 20, 0, alnumUnder},
	{"glpat-", 20, 0, urlSafeB64},
	{"sk_live_", 10, 0, alnumOnly}, {"sk_test_", 10, 0, alnumOnly}, {"pk_live_", 10, 0, alnumOnly},
	{"pk_test_", 10, 0, alnumOnly}, {"rk_live_", 10, 0, alnumOnly}, {"rk_test_", 10, 0, alnumOnly},
	{"whsec_", 10, 0, alnumOnly},
	{"xoxb-", 10, 0, slackTokChars}, {"xoxp-", 10, 0, slackTokChars}, {"xoxa-", 10, 0, slackTokChars},
	{"xoxr-", 10, 0, slackTokChars}, {"xoxs-", 10, 0, slackTokChars}, {"xapp-", 10, 0, slackTokChars},
	{"AKIA", 16, 16, upperDigit}, {"ASIA", 16, 16, upperDigit}, {"AGPA", 16, 16, upperDigit},
	{"AIDA", 16, 16, upperDigit}, {"AROA", 16, 16, upperDigit},
	// Google API keys: 35 after the prefix; a few less where a log cut
	// or a hand copied one (no word starts "AIza")
	{"AIza", 30, 35, urlSafeB64},
	{"sk-", 20, 0, urlSafeB64},
	{"npm_", 30, 0, alnumOnly}, {"pypi-", 30, 0, urlSafeB64},
	{"SG.", 20, 0, func(c byte) bool { return urlSafeB64(c) || c == '.' }},
	{"shpat_", 20, 0, alnumOnly}, {"dop_v1_", 20, 0, alnumOnly},
}

var tokenFirst, tokenByFirst = func() (t [256]bool, by [256][]int) {
	for i, s := range tokenShapes {
		t[s.prefix[0]] = true
		by[s.prefix[0]] = append(by[s.prefix[0]], i)
	}
	t['e'] = true // JWT
	return t, by
}()

// tokenPairs holds the first two bytes of every token prefix (and "ey" of
// a JWT): most words that start with a prefix's first letter stop there.
var tokenPairs = func() (t pairSet) {
	for _, sh := range tokenShapes {
		t.add(sh.prefix[0], sh.prefix[1])
	}
	t.add('e', 'y')
	return t
}()

// tokenAt matches a credential by shape at a sub-word boundary.
func (sc *scanner) tokenAt(p int) int {
	b := sc.b
	if p+1 >= len(b) {
		return -1 // every shape is longer than one byte
	}
	if !tokenPairs.has(b[p], b[p+1]) {
		return -1
	}
	{
		if b[p] == 'e' {
			if e := jwtAt(b, p); e > 0 {
				sc.tokenSpan(p, e)
				return e
			}
			if e := sc.base64JSONAt(p); e > 0 {
				return e // "state=eyJ1c2VyIjoia29maV9tIn0" (b64json.go)
			}
		}
		for _, si := range tokenByFirst[b[p]] {
			sh := &tokenShapes[si]
			if !bytes.HasPrefix(b[p:], []byte(sh.prefix)) {
				continue
			}
			s := p + len(sh.prefix)
			e := s
			for e < len(b) && sh.chars(b[e]) {
				e++
			}
			l := e - s
			if l < sh.min || sh.max > 0 && l > sh.max {
				continue
			}
			if e < len(b) && isAlnum(b[e]) {
				continue
			}
			sc.tokenSpan(p, e)
			return e
		}
	}
	return -1
}

// learnedUID replaces the account's number or id [s, e) and learns it: a
// log names the account by it elsewhere (a Gaia id, a SoundCloud user's
// number). It reports false for an allowed value, left.
func (sc *scanner) learnedUID(s, e int) bool {
	v := string(sc.b[s:e])
	if sc.s.allowed(v) {
		return false
	}
	sc.learnLiteral(ClassUID, v, v, false)
	sc.add(s, e, ClassUID, v)
	return true
}

func (sc *scanner) tokenSpan(s, e int) {
	v := string(sc.b[s:e])
	if !sc.s.allowed(v) {
		sc.add(s, e, ClassToken, v)
	}
}

// jwtAt matches header.payload.signature with a JSON header (eyJ...).
func jwtAt(b []byte, p int) int {
	if !bytes.HasPrefix(b[p:], []byte("eyJ")) {
		return -1
	}
	e := p
	parts := 0
	for {
		s := e
		for e < len(b) && urlSafeB64(b[e]) {
			e++
		}
		if e-s < 4 && parts < 2 {
			return -1
		}
		parts++
		if parts < 3 && e < len(b) && b[e] == '.' {
			e++
			continue
		}
		break
	}
	if parts < 2 || e-p < 24 {
		return -1
	}
	return e
}

// bearer handles "Bearer <token>" / "Basic <b64>" outside headers.
func (sc *scanner) bearer(i, j int) {
	b := sc.b
	if !eqLower(b[i:j], "bearer") || j+1 >= len(b) || b[j] != ' ' {
		return
	}
	s := j + 1
	e := s
	for e < len(b) && (urlSafeB64(b[e]) || b[e] == '.' || b[e] == '~' || b[e] == '+' || b[e] == '/' || b[e] == '=') {
		e++
	}
	if e-s >= 8 {
		sc.tokenSpan(s, e)
	}
}

// syslog learns the host field of syslog lines:
// "Mar  4 10:01:02 zoe-laptop kernel: ..." and RFC 5424
// "<34>1 2024-03-04T10:01:02.003Z zoe-laptop app 12 - - ...", and ISO
// journal lines "2024-03-04T10:01:02+0100 zoe-laptop sshd[12]: ...".
func (sc *scanner) syslog(i, j int) {
	b := sc.b
	if j-i >= 6 && hexVal[b[i+4]] >= 0 && hexVal[b[i]] >= 0 && sc.dumpAt == 0 {
		sc.dumpWord(i) // a hex dump's offset? (hexdump.go)
	}
	p := i
	spaced := false // an ISO date and time with a blank between
	switch {
	case j-i == 3 && isMonth(b[i:j]) || j-i >= 3 && j-i <= 7 && j+1 < len(b) && b[j] == ' ' && (isDigit(b[j+1]) || b[j+1] == ' ') &&
		localMonths[string(b[i:j])]:
		// Mmm dd hh:mm:ss
		p = j
		for p < len(b) && b[p] == ' ' {
			p++
		}
		if p >= len(b) || !isDigit(b[p]) {
			return
		}
		for p < len(b) && isDigit(b[p]) {
			p++
		}
		if p >= len(b) || b[p] != ' ' {
			return
		}
		p++
		if p+8 > len(b) || !isDigit(b[p]) || b[p+2] != ':' || b[p+5] != ':' {
			return
		}
		p += 8
		for p < len(b) && (isDigit(b[p]) || b[p] == '.') {
			p++
		}
	case p+10 < len(b) && isDigit(b[p]) && b[p+4] == '-' && b[p+7] == '-' && (b[p+10] == 'T' || b[p+10] == ' '):
		spaced = b[p+10] == ' '
		p += 11
		// (four bytes a step, then one: the same end)
		for p+4 <= len(b) {
			w := b[p : p+4]
			if !syslogTimeChar[w[0]] || !syslogTimeChar[w[1]] || !syslogTimeChar[w[2]] || !syslogTimeChar[w[3]] {
				break
			}
			p += 4
		}
		for p < len(b) && syslogTimeChar[b[p]] {
			p++
		}
		if spaced && p == i+19 && j == i+10 {
			sc.iisRow(i) // "2026-12-07 10:00:01 10.0.0.5 GET /x - 443 kofi 10.0.0.9 …" (w3clog.go)
		}
	case i > 0 && b[i-1] == '<' && j < len(b) && b[j] == '>' && allDigits(b[i:j]):
		// RFC 5424: <PRI>1 TIMESTAMP HOST APP PROCID MSGID
		p = j + 1
		for p < len(b) && isDigit(b[p]) {
			p++
		}
		if p == j+1 || p+1 >= len(b) || b[p] != ' ' || !isDigit(b[p+1]) {
			return
		}
		p++
		for p < len(b) && b[p] != ' ' && b[p] != '\n' {
			p++
		}
		sc.syslogHost(p, true, false)
		return
	case j-i == 3 && (b[i] == 't' || b[i] == 'p' || b[i] == 's'):
		// (no syslog line: find asks here of every line's first word, so
		// these cost no word a test)
		if b[i] == 't' {
			sc.avahiTxt(j) // avahi-browse -r's `   txt = ["pk=…" …]` (avahi.go)
		} else {
			sc.gpgFingerprint(i, j) // gpg --list-keys' "pub   ed25519 …" (gpg.go)
		}
		return
	default:
		if b[i]-'A' < 26 && j+7 < len(b) && b[j] == ' ' {
			// "Kofi Mensah here, the app crashed" (prose.go): asked here
			// because find asks syslog of every line's first word, and a
			// test added to find's loop costs every word
			sc.nameHere(i)
		}
		return
	}
	sc.syslogHost(p, false, spaced)
}

// syslogHost learns the host of a syslog line whose time ends at p.
// spaced: the time is an ISO date and time with a blank between, as
// apps write it, where syslog writes a 'T' (RFC 3339) or the month's name.
func (sc *scanner) syslogHost(p int, rfc5424, spaced bool) {
	b := sc.b
	if p >= len(b) || b[p] != ' ' {
		return
	}
	p++
	hs := p
	var or byte // every byte of the name ORed: its top bit says one is not ASCII
	for p < len(b) && syslogHostChar[b[p]] {
		or |= b[p]
		p++
	}
	he := p
	if he-hs < 2 || p >= len(b) || b[p] != ' ' || or >= 0x80 && !utf8.Valid(b[hs:he]) {
		return // a host name is ASCII or UTF-8 (zoë-thinkpad)
	}
	if logLevel(b[hs:he]) {
		return // hostAt would end here whatever the tag
	}
	if !rfc5424 {
		// the tag that follows: "proc[pid]:" or "proc:"
		t := p + 1
		for t < len(b) && syslogTagChar[b[t]] {
			t++
		}
		pid := t < len(b) && b[t] == '['
		if pid {
			for t < len(b) && b[t] != ']' && b[t] != '\n' {
				t++
			}
			t++
		}
		if t >= len(b) || b[t] != ':' || t == p+1 {
			return
		}
		if !pid && t+1 < len(b) && b[t+1] != ' ' && !lineBreak(b[t+1]) {
			// a tag's colon ends it; "libc6:amd64" is a package in
			// dpkg.log's "2024-06-24 14:36:25 upgrade libc6:amd64 …",
			// whose action word is no host
			return
		}
		if !pid && b[p+1] >= 'A' && b[p+1] <= 'Z' && allLetters(b[hs:he]) {
			// an app's log line, "2026-11-30 21:14:09 Audio Engine:
			// underrun": a component's name in words, no host and tag
			// (a tag with no [pid] is a daemon's: "kernel:", "sudo:")
			return
		}
		if !pid && logVerb(b[hs:he]) {
			// "2026-11-30 14:04:00.500 Loading plugin: Serum": a
			// message's verb, which learned would go everywhere
			return
		}
		if !pid && spaced && allLetters(b[hs:he]) && !daemonTag(b[p+1:t]) {
			// "2026-12-04 10:11:12 audio engine: started", "… network
			// proxy: auto-detect": an app's component in words; a machine
			// named in letters alone is learned where syslog's own time
			// stands before it, or a daemon's tag after it ("kernel:")
			return
		}
	}
	sc.hostAt(hs, he)
}

// daemonTag: a syslog tag that daemons write with no [pid].
func daemonTag(t []byte) bool {
	switch string(t) {
	case "kernel", "sudo", "su", "login", "CRON", "cron", "anacron", "dhclient", "avahi-daemon", "systemd", "rsyslogd":
		return true
	}
	return false
}

// logVerb reports whether w, the word after a log line's time, is a
// capitalised verb opening its message ("Loading", "Opened", "Found")
// rather than a host name (which is rarely an English verb, less often
// capitalised).
func logVerb(w []byte) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || !allLetters(w[1:]) {
		return false
	}
	n := len(w)
	switch {
	case n >= 6 && string(w[n-3:]) == "ing", n >= 5 && string(w[n-2:]) == "ed":
		return true
	}
	switch string(w) {
	case "Found", "Sent", "Lost", "Using", "Start", "Stop", "Open", "Close", "Load", "Save", "Init", "Read", "Wrote", "Made", "Began", "Done":
		return true
	}
	return false
}

// hostAt learns and replaces a host name found by its position.
func (sc *scanner) hostAt(hs, he int) {
	if logLevel(sc.b[hs:he]) {
		return
	}
	if canon, ok := sc.hostCache[string(sc.b[hs:he])]; ok {
		if canon != "" {
			sc.add(hs, he, ClassHost, canon)
		}
		return
	}
	name := string(sc.b[hs:he])
	canon := ""
	if name != "-" && !isGenericHost(name) && !sc.s.allowed(name) && !isIPv4Literal(name) && plausibleName(name) {
		sc.learnHost(name)
		canon = canonical(name)
		sc.add(hs, he, ClassHost, canon)
	}
	if sc.hostCache == nil {
		sc.hostCache = map[string]string{}
	}
	if len(sc.hostCache) < 1024 {
		sc.hostCache[name] = canon
	}
}

// logLevel reports whether w is a log level where a journal line has its
// host ("<time> INFO engine: …"): a generic host name (isGenericHost),
// known without hostAt's cache lookup.
func logLevel(w []byte) bool {
	switch string(w) {
	case "INFO", "WARN", "DEBUG", "ERROR", "TRACE", "FATAL", "NOTICE", "WARNING":
		return true
	}
	return false
}

// localMonths are the months journalctl and syslog write in other
// locales (glibc's %b: "Dez 09 14:56:44 jurgens-laptop kernel: …"), as
// written and capitalised, with and without a trailing dot.
var localMonths = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mär mai okt dez janv. févr. mars avril juin juil. août sept. oct. déc. ene abr ago dic
		gen mag giu lug set ott fev out mrt mei maj sty lut kwi cze lip sie wrz paź lis gru oca şub nis haz tem ağu eyl
		eki kas ara янв фев мар апр мая июн июл авг сен окт ноя дек`) {
		for _, v := range []string{w, strings.TrimSuffix(w, ".")} {
			r, n := utf8.DecodeRuneInString(v)
			m[v], m[string(unicode.ToUpper(r))+v[n:]] = true, true
			m[v+"."], m[string(unicode.ToUpper(r))+v[n:]+"."] = true, true
		}
	}
	return m
}()

func isMonth(w []byte) bool {
	if len(w) != 3 {
		return false
	}
	// the three bytes with ASCII upper case folded (|0x20 folds nothing
	// else onto a lower case letter)
	switch uint32(w[0]|0x20)<<16 | uint32(w[1]|0x20)<<8 | uint32(w[2]|0x20) {
	case 'j'<<16 | 'a'<<8 | 'n', 'f'<<16 | 'e'<<8 | 'b', 'm'<<16 | 'a'<<8 | 'r', 'a'<<16 | 'p'<<8 | 'r',
		'm'<<16 | 'a'<<8 | 'y', 'j'<<16 | 'u'<<8 | 'n', 'j'<<16 | 'u'<<8 | 'l', 'a'<<16 | 'u'<<8 | 'g',
		's'<<16 | 'e'<<8 | 'p', 'o'<<16 | 'c'<<8 | 't', 'n'<<16 | 'o'<<8 | 'v', 'd'<<16 | 'e'<<8 | 'c':
		return true
	}
	return false
}

// Byte classes of syslog's fields, as tables: a timestamp's bytes after
// its date, a host name's, a tag's.
var syslogTimeChar, syslogHostChar, syslogTagChar = func() (t, h, g [256]bool) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		t[c] = isDigit(b) || b == ':' || b == '.' || b == '+' || b == '-' || b == 'Z'
		h[c] = isAlnum(b) || b == '-' || b == '.' || b == '_' || b >= 0x80
		g[c] = isAlnum(b) || b == '-' || b == '_' || b == '.' || b == '/' || b == '(' || b == ')'
	}
	return
}()

// pem replaces a private-key block starting at i ("-----BEGIN ... PRIVATE
// KEY-----"). Returns where scanning resumes, or -1 if not a private key.
func (sc *scanner) pem(i int) int {
	b := sc.b
	// the rest of the line from i names a private key: sc.pemLine keeps
	// what was read of the line, so a line of many "-----BEGIN" words
	// is read once, not once for each (quadratic)
	c := &sc.pemLine
	if sc.lineRead&16 == 0 || i < c.from || i >= c.end || c.end > len(b) {
		end := len(b)
		if le := bytes.IndexByte(b[i:], '\n'); le >= 0 {
			end = i + le
		}
		key := max(bytes.LastIndex(b[i:end], []byte("PRIVATE KEY-----")), bytes.LastIndex(b[i:end], []byte("OPENSSH PRIVATE KEY")))
		if key >= 0 {
			key += i
		}
		*c = pemScan{from: i, end: end, key: key}
		sc.lineRead |= 16
	}
	if c.key < i {
		return -1
	}
	hs := c.end
	if hs < len(b) {
		hs++ // body starts after the BEGIN line
	}
	return sc.pemBodyFrom(hs)
}

// pemScan is what pem read of a line: from from to its end (a '\n', or
// the buffer's end), where the last name of a private key in it starts
// (-1: none).
type pemScan struct{ from, end, key int }

// pemBody continues a block left open by the previous chunk.
func (sc *scanner) pemBody(p int) int { return sc.pemBodyFrom(p) }

func (sc *scanner) pemBodyFrom(p int) int {
	b := sc.b
	k := bytes.Index(b[p:], []byte("-----END"))
	if k < 0 {
		sc.inPEM = true
		// the block goes on past b: replace it, keeping a final newline
		// so that line-wise callers (ScrubJSON's text lines) keep their
		// line structure and a second pass gives the same bytes
		e := len(b)
		if e > p && b[e-1] == '\n' {
			e--
		}
		if p < e {
			sc.add(p, e, ClassPrivateKey, "pem")
		}
		return len(b)
	}
	sc.inPEM = false
	e := p + k
	if be := e; be > p {
		if b[be-1] == '\n' {
			be--
		}
		sc.add(p, be, ClassPrivateKey, "pem")
	}
	// skip the END line
	le := bytes.IndexByte(b[e:], '\n')
	if le < 0 {
		return len(b)
	}
	return e + le
}

// twitchKeyEnd returns the length of a Twitch stream key's rest at the
// start of v (after "live_"): digits, '_', then 20 to 40 letters and
// digits, ending the word or before a '.', ',' or ':' ("live_reload_..."
// is no key); 0 when there is none.
func twitchKeyEnd(v []byte) int {
	k := 0
	for k < len(v) && isDigit(v[k]) {
		k++
	}
	if k == 0 || k >= len(v) || v[k] != '_' {
		return 0
	}
	e := k + 1
	for e < len(v) && isAlnum(v[e]) {
		e++
	}
	if n := e - k - 1; n < 20 || n > 40 || e < len(v) && v[e] != '.' && v[e] != ',' && v[e] != ':' {
		return 0
	}
	return e
}

// hexTokenAfter handles a token written after its name and a blank
// instead of a key ("push token 3f1a…", "client_id 8c1d…"): the word
// [i, j) is "token" or "client_id", and the value after the blank is 32
// hex digits or more, alone. It returns where the value ends, or -1.
func (sc *scanner) hexTokenAfter(i, j int) int {
	b := sc.b
	if !eqLower(b[i:j], "token") && !eqLower(b[i:j], "client_id") {
		return -1
	}
	p := j + 1
	e := p
	for e < len(b) && isHex(b[e]) {
		e++
	}
	if e-p < 32 || e < len(b) && (isAlnum(b[e]) || b[e] == '_' || b[e] == '-' || b[e] >= 0x80) || pseudonymAt(b, e) {
		return -1
	}
	sc.tokenSpan(p, e)
	return e
}
