package redact

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

const maxJSONString = 1 << 20 // longer strings are scrubbed in escaped form, streaming

// personObjects are keys (normalized) whose object describes a person
// by "id" and "name" besides "user": an analytics SDK's traits (Segment,
// Mixpanel's $name), a profile, a customer or member record.
var personObjects = map[string]bool{"traits": true, "profile": true, "userprofile": true, "person": true,
	"customer": true, "member": true}

type jsonFrame struct {
	obj      bool
	keyClass string // arrays: the class of the key that holds them
	owner    string // objects: the class of the key that holds them
	// Name/value pairs: Sentry's request headers as [["Authorization",
	// "Basic …"], …] (pairs: the outer array, pair: an inner one, whose
	// element idx 0 names the class of element 1), and HAR's {"name":
	// "Authorization", "value": "Basic …"} (nameClass).
	pairs, pair bool
	idx         int
	pairClass   string
	nameClass   string
	// deps: an object of package names and versions ("dependencies")
	deps bool
	// argClass: an argv array's element idx argIdx follows a secret
	// option (["--password", "S3cret"]) and is scrubbed as that class
	argClass string
	argIdx   int
	// slack: the object is Slack's (auth.test's response): a "url" of
	// a workspace or a "team_id" came before its "team"
	slack bool
}

// ScrubJSON scrubs JSON, JSON Lines and Apple .ips (a JSON header line and a
// JSON body) token by token: string values are decoded, scrubbed with the
// class their key implies ("password", "hostname", "crashReporterKey"...)
// and re-encoded, so valid input gives valid output. Strings that need no
// change are copied byte for byte. Lines that are not JSON are scrubbed as
// text. Memory stays bounded (very long strings are scrubbed streaming).
func (s *Session) ScrubJSON(dst io.Writer, src io.Reader) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	size := bufFor(src, 64<<10)
	j := &jsonScrub{s: s, r: bufio.NewReaderSize(src, size), w: bufio.NewWriterSize(dst, size), sc: &scanner{s: s},
		keys: map[string]keyInfo{}, same: map[string]bool{}, sameGen: s.gen}
	if err := j.run(); err != nil {
		return err
	}
	if err := j.w.Flush(); err != nil {
		return fmt.Errorf("redact: write: %w", err)
	}
	return nil
}

// LearnJSON learns identifiers from JSON as ScrubJSON reads it (strings
// decoded: "\\u005c\\u005cNAS" is a UNC path there, not in the raw
// text LearnReader reads), changing nothing: no pseudonym is handed out
// and the summary stays as it was. A later ScrubJSON then replaces a name
// everywhere, even where the document teaches it late.
func (s *Session) LearnJSON(src io.Reader) error {
	s.mu.Lock()
	summary, next, pseudo, pcache := maps.Clone(s.summary), maps.Clone(s.next), maps.Clone(s.pseudo), s.pcache
	s.mu.Unlock()
	err := s.ScrubJSON(io.Discard, src)
	s.mu.Lock()
	s.summary, s.next, s.pseudo, s.pcache = summary, next, pseudo, pcache
	s.mu.Unlock()
	return err
}

// TryScrubJSON is ScrubJSON for a document the session has learned from
// as text (LearnReader), and saves LearnJSON's pass over it where that
// pass would teach nothing: it scrubs src into dst and reports whether
// that output stands. It does not when the scrub learned an identifier as
// it read (a name only the decoded strings spell, "\u005c\u005cNAS"),
// which what it wrote before may hold. The session then knows what
// LearnJSON would have taught it, with the summary and the pseudonyms
// handed out as before the call, and the caller empties dst and calls
// ScrubJSON again: the bytes are those of LearnJSON and ScrubJSON either
// way.
func (s *Session) TryScrubJSON(dst io.Writer, src io.Reader) (stands bool, err error) {
	s.mu.Lock()
	summary, next, pseudo, pcache := maps.Clone(s.summary), maps.Clone(s.next), maps.Clone(s.pseudo), s.pcache
	g := s.gen
	s.mu.Unlock()
	err = s.ScrubJSON(dst, src)
	s.mu.Lock()
	defer s.mu.Unlock()
	if err == nil && s.gen == g {
		return true, nil
	}
	s.summary, s.next, s.pseudo, s.pcache = summary, next, pseudo, pcache
	return false, err
}

// maxMemo: strings up to this long that needed no change are remembered
// (jsonScrub.same).
const maxMemo = 64

type keyInfo struct{ name, class string }

type jsonScrub struct {
	// keys: normalized key → its class; same: strings (raw) that scrub to
	// themselves with no class, while the session's generation is sameGen
	keys    map[string]keyInfo
	same    map[string]bool
	sameGen int
	s       *Session
	r       *bufio.Reader
	w       *bufio.Writer
	sc      *scanner
	stack   []jsonFrame
	// over counts the containers open past maxJSONDepth: they get no
	// frame (memory stays bounded however deep the input nests), only a
	// bit in overObj telling an object from an array (the first
	// maxOverBits of them: past those, arrays); deep is the frame that
	// stands for the innermost
	over    int
	overObj []uint64
	deep    jsonFrame
	wantKey bool
	key     string // class of the key whose value comes next
	keyName string // that key, normalized
	keyPkg  bool   // that key reads as a package name ("next-auth")
	colon   bool   // the ':' after the key was seen: a value, not garbage
	// keyWritten: the last string writeScrubbed wrote was changed (j.out
	// holds it decoded)
	keyWritten bool
	raw        []byte
	dec        []byte
	out        []byte
}

func (j *jsonScrub) run() error {
	lineStart := true
	for {
		c, err := j.r.ReadByte()
		if err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("redact: read: %w", err)
		}
		switch c {
		case ' ', '\t', '\r':
			j.w.WriteByte(c)
			continue
		case '\n':
			j.w.WriteByte(c)
			lineStart = true
			continue
		}
		atTop := len(j.stack) == 0
		wasLineStart := lineStart
		lineStart = false
		switch c {
		case '{':
			deps := false
			owner := j.valueClass()
			if t := j.top(); t != nil && t.obj && j.colon {
				deps = depsKeys[j.keyName]
				if personObjects[j.keyName] {
					owner = ClassUser
				} else if owner == "" && j.keyName == "device" {
					owner = ClassMachineID // its "id": see deviceID
				}
			}
			j.push(jsonFrame{obj: true, owner: owner, deps: deps})
			j.wantKey = true
			j.key = ""
			j.w.WriteByte(c)
		case '[':
			if t := j.top(); t != nil && t.obj && j.colon && (byteArrayKeys[j.keyName] || len(j.keyName) == 14 && j.keyName == "serialnumberid") {
				if done, err := j.byteArray(); done || err != nil {
					if err != nil {
						return err
					}
					j.key = ""
					j.wantKey = false
					continue
				}
			}
			f := jsonFrame{keyClass: j.valueClass()}
			if t := j.top(); t != nil && t.obj && j.colon {
				f.pairs = pairLists[j.keyName]
			} else if t != nil && !t.obj && t.pairs {
				f.pair = true
			}
			j.push(f)
			j.wantKey = false
			j.w.WriteByte(c)
		case '}', ']':
			if j.over > 0 {
				j.over--
				j.deep = jsonFrame{obj: j.overIsObj(j.over - 1)}
			} else if len(j.stack) > 0 {
				j.stack = j.stack[:len(j.stack)-1]
			}
			j.key = ""
			j.wantKey = false
			j.w.WriteByte(c)
		case ',':
			j.w.WriteByte(c)
			if top := j.top(); top != nil && top.obj {
				j.wantKey = true
				j.key = ""
			} else if top != nil {
				top.idx++
			}
		case ':':
			j.colon = true
			j.w.WriteByte(c)
		case '"':
			if err := j.str(); err != nil {
				return err
			}
		default:
			if atTop && wasLineStart && (!isJSONScalarStart(c) || j.sc.inPEM) {
				// not JSON, or the body of a private key a text line
				// opened (a base64 line may start with a digit): scrub
				// the rest of the line as text
				if err := j.textLine(c); err != nil {
					return err
				}
				lineStart = true
				continue
			}
			line, err := j.bare(c, atTop)
			if err != nil {
				return err
			}
			lineStart = line
		}
	}
}

// byteArrayKeys are the journal fields (journalctl -o json) that hold
// text: journald writes a field that is not valid UTF-8 as an array of
// its bytes ("MESSAGE":[116,109,...]).
var byteArrayKeys = map[string]bool{"message": true, "cmdline": true, "exe": true, "comm": true, "syslogidentifier": true}

// byteArray handles a journal field written as an array of bytes, its
// '[' read: the bytes are scrubbed as text and, if that changed them,
// written back as an array of the scrubbed bytes. It reports whether it
// wrote the array; if not, nothing was consumed after the '['. Arrays
// longer than the reader's buffer are left to the plain path.
func (j *jsonScrub) byteArray() (bool, error) {
	buf, _ := j.r.Peek(j.r.Buffered())
	end := bytes.IndexByte(buf, ']')
	if end < 0 {
		if more, _ := j.r.Peek(j.r.Size()); len(more) > len(buf) {
			buf = more
			end = bytes.IndexByte(buf, ']')
		}
		if end < 0 {
			return false, nil
		}
	}
	dec := j.dec[:0]
	v, digits, gap := 0, 0, false
	for _, c := range buf[:end+1] {
		switch {
		case isDigit(c) && digits < 3 && !gap:
			v = v*10 + int(c-'0')
			digits++
		case c == ',' || c == ']':
			if digits == 0 || v > 255 {
				return false, nil // [], [1,,2], 256
			}
			dec = append(dec, byte(v))
			v, digits, gap = 0, 0, false
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			gap = digits > 0 // "1 2" is no list of numbers
		default:
			return false, nil
		}
	}
	j.dec = dec
	if j.keyName == "serialnumberid" {
		return j.codeSerial(dec, end)
	}
	out := j.s.scrubStringLocked(string(dec))
	if out == string(dec) {
		return false, nil
	}
	if _, err := j.r.Discard(end + 1); err != nil {
		return false, fmt.Errorf("redact: read: %w", err)
	}
	j.w.WriteByte('[')
	for k := 0; k < len(out); k++ {
		if k > 0 {
			j.w.WriteByte(',')
		}
		j.w.WriteString(strconv.Itoa(int(out[k])))
	}
	j.w.WriteByte(']')
	return true, nil
}

// codeSerial handles WmiMonitorID's "SerialNumberID" (PowerShell's
// ConvertTo-Json): the monitor's serial as the array of its ASCII codes,
// dec, padded with zeros, the array ending at end of what was peeked.
// The serial is learned as the text form's is (decimalSerial) and the
// array becomes its pseudonym, a string: zeros would lose that the same
// monitor shows up elsewhere. It reports whether it wrote it.
func (j *jsonScrub) codeSerial(dec []byte, end int) (bool, error) {
	dec = bytes.TrimRight(dec, "\x00")
	if !serialShaped(dec) || bytes.IndexByte(dec, 0) >= 0 || j.s.allowed(string(dec)) {
		return false, nil
	}
	if _, err := j.r.Discard(end + 1); err != nil {
		return false, fmt.Errorf("redact: read: %w", err)
	}
	canon := canonical(string(dec))
	j.sc.learnLiteral(ClassSerial, canon, string(dec), false)
	j.numberPseudonym(ClassSerial, canon)
	return true, nil
}

func isJSONScalarStart(c byte) bool {
	return c == '-' || isDigit(c) || c == 't' || c == 'f' || c == 'n'
}

func (j *jsonScrub) top() *jsonFrame {
	if j.over > 0 {
		return &j.deep
	}
	if len(j.stack) == 0 {
		return nil
	}
	return &j.stack[len(j.stack)-1]
}

// maxJSONDepth bounds the frames kept: 16 MB of '[' would otherwise hold
// 8 million of them (3.6 GB). Past it a container keeps whether it is an
// object (its keys still name the class of their values) and loses what
// its parents' keys implied; maxOverBits bounds those bits (128 KiB).
const (
	maxJSONDepth = 1024
	maxOverBits  = 1 << 20
)

func (j *jsonScrub) push(f jsonFrame) {
	if len(j.stack) < maxJSONDepth {
		j.stack = append(j.stack, f)
		return
	}
	if k := j.over; k < maxOverBits {
		if k/64 == len(j.overObj) {
			j.overObj = append(j.overObj, 0)
		}
		if f.obj {
			j.overObj[k/64] |= 1 << (k % 64)
		} else {
			j.overObj[k/64] &^= 1 << (k % 64)
		}
	}
	j.over++
	j.deep = jsonFrame{obj: f.obj}
}

// overIsObj reports whether the k-th container past maxJSONDepth is an
// object (k < 0: the deepest frame kept stands for it instead).
func (j *jsonScrub) overIsObj(k int) bool {
	return k >= 0 && k < maxOverBits && j.overObj[k/64]&(1<<(k%64)) != 0
}

// valueClass is the key class governing the value being read.
func (j *jsonScrub) valueClass() string {
	t := j.top()
	if t != nil && !t.obj {
		if t.pair && t.idx == 1 && t.pairClass != "" {
			return t.pairClass
		}
		if t.argClass != "" && t.idx == t.argIdx {
			return t.argClass
		}
		return t.keyClass
	}
	if t != nil && !j.colon {
		return "" // {"usr" "x"}: no ':', so no value of the key
	}
	return j.key
}

func (j *jsonScrub) textLine(first byte) error {
	line, err := j.r.ReadSlice('\n')
	buf := append(append(j.raw[:0], first), line...)
	for errors.Is(err, bufio.ErrBufferFull) {
		line, err = j.r.ReadSlice('\n')
		buf = append(buf, line...)
		if len(buf) > maxJSONString {
			break
		}
	}
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return fmt.Errorf("redact: read: %w", err)
	}
	j.raw = buf
	j.s.findStable(j.sc, buf)
	j.out = j.s.emitText(j.out[:0], buf, j.sc.spans)
	_, werr := j.w.Write(j.out)
	return werr
}

// bare handles numbers, literals and stray bytes. It reports whether it
// scrubbed the rest of the line as text (the next byte starts a line).
func (j *jsonScrub) bare(first byte, atTop bool) (bool, error) {
	buf := append(j.raw[:0], first)
	for {
		c, err := j.r.ReadByte()
		if err != nil {
			break
		}
		if c == ',' || c == ']' || c == '}' || c == ':' || c == '"' || c == '{' || c == '[' || c <= ' ' {
			j.r.UnreadByte()
			break
		}
		buf = append(buf, c)
		if len(buf) > 4096 {
			break
		}
	}
	j.raw = buf
	scalar := isNumber(buf) || string(buf) == "true" || string(buf) == "false" || string(buf) == "null"
	if !scalar || j.sc.inPEM {
		// text between documents, garbage inside one (valid JSON has no
		// bare word but numbers and literals), or anything while a
		// private-key block a text line opened is still open: scrub the
		// rest of the line as text, as a text scan of the input reads it
		rest, err := j.r.ReadSlice('\n')
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
			return false, fmt.Errorf("redact: read: %w", err)
		}
		line := append(append([]byte(nil), buf...), rest...)
		j.s.findStable(j.sc, line)
		j.out = j.s.emitText(j.out[:0], line, j.sc.spans)
		_, werr := j.w.Write(j.out)
		if bytes.HasSuffix(line, []byte("\n")) {
			// the broken document ends with its line: the next line
			// starts at the top (JSON Lines)
			j.stack, j.over, j.wantKey, j.key = j.stack[:0], 0, false, ""
			return true, werr
		}
		return false, werr
	}
	class := j.valueClass()
	skip := skipValue(buf, class) // before the class is mapped: see accountID
	switch class {
	case keyUserID, keyNumID:
		class = ClassUID // {"user": {"id": 88123}}, {"user_id": 48213377}
	case ClassMachineID:
		if j.keyName == "id" {
			class = "" // {"device": {"id": 3}}: an audio device's index
		}
	case keyUnixUID:
		class = ""
		if directoryUID(buf) || randomID(buf) {
			class = ClassUID
		}
	}
	if isNumber(buf) || string(buf) == "true" || string(buf) == "false" || string(buf) == "null" {
		if class == ClassUser && len(buf) > 6 && allDigits(buf) || class == "" && steamID64(buf) {
			// {"accountid": 5521349}: an account's number, as a text
			// line's "Account ID: 5521349"; a SteamID64 under any key
			class = ClassUID
		}
		if class != "" && class != keyKeep && class != ClassUser && class != ClassHost && !metaKey(class) && isNumber(buf) && !skip {
			// a numeric serial or secret: becomes a string pseudonym
			j.numberPseudonym(class, string(buf))
			return false, nil
		}
		if ent := j.learnedNumber(buf); ent != nil {
			// a number learned elsewhere in the report (a Steam id, an
			// account's number) under a key that says nothing: replaced
			// as a text line's would be
			j.numberPseudonym(ent.class, ent.canon)
			return false, nil
		}
		j.w.Write(buf)
		return false, nil
	}
	j.s.findStable(j.sc, buf)
	j.out = j.s.emitText(j.out[:0], buf, j.sc.spans)
	j.w.Write(j.out)
	return false, nil
}

// numberPseudonym writes the pseudonym that replaces a number, as a
// string (a pseudonym is no number), and counts it.
func (j *jsonScrub) numberPseudonym(class, canon string) {
	j.w.WriteByte('"')
	j.w.WriteString(j.s.pseudonym(class, canon))
	j.s.summary[class]++
	j.w.WriteByte('"')
	j.wantKey = false
}

// learnedNumber returns the learned literal the number v spells whole
// (five bytes or more), or nil.
func (j *jsonScrub) learnedNumber(v []byte) *litEntry {
	l := j.s.lits
	if len(v) < 5 || !l.digitFirst || !l.first[v[0]] {
		return nil
	}
	if e, ent := l.match(v, 0); ent != nil && e == len(v) {
		return ent
	}
	return nil
}

// jsonNumber matches JSON's number grammar: -?(0|[1-9]d*)(.d+)?([eE][+-]?d+)?
func jsonNumber(b []byte) bool {
	k := 0
	if k < len(b) && b[k] == '-' {
		k++
	}
	digits := func() bool {
		s := k
		for k < len(b) && isDigit(b[k]) {
			k++
		}
		return k > s
	}
	if k < len(b) && b[k] == '0' {
		k++
	} else if !digits() {
		return false
	}
	if k < len(b) && b[k] == '.' {
		k++
		if !digits() {
			return false
		}
	}
	if k < len(b) && (b[k] == 'e' || b[k] == 'E') {
		k++
		if k < len(b) && (b[k] == '+' || b[k] == '-') {
			k++
		}
		if !digits() {
			return false
		}
	}
	return k == len(b)
}

// backslashRun counts the backslashes that end b: an odd count escapes
// what follows.
func backslashRun(b []byte) int {
	n := 0
	for n < len(b) && b[len(b)-1-n] == '\\' {
		n++
	}
	return n
}

func isNumber(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	if jsonNumber(b) {
		return true
	}
	// what else ParseFloat reads: NaN, Infinity (Python writes them), hex
	_, err := strconv.ParseFloat(string(b), 64)
	return err == nil
}

// str reads one string (the opening quote is consumed) and writes it back
// scrubbed.
func (j *jsonScrub) str() error {
	raw := j.raw[:0]
	esc := false
	cut := false
	for {
		// a run up to the next quote at a time: escaped quotes are rare
		part, err := j.r.ReadSlice('"')
		if err == nil {
			raw = append(raw, part[:len(part)-1]...)
			if backslashRun(raw)%2 == 0 {
				break
			}
			raw = append(raw, '"') // \"
		} else {
			raw = append(raw, part...)
			if errors.Is(err, io.EOF) {
				// cut short (a log its app was writing when it crashed):
				// the string is scrubbed as it would be whole, key and
				// all, and left open
				cut = true
				esc = backslashRun(raw)%2 == 1
				break
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				return fmt.Errorf("redact: read: %w", err)
			}
		}
		if len(raw) >= maxJSONString {
			j.raw = raw
			return j.longString()
		}
	}
	var tail []byte
	if cut && esc {
		tail, raw = []byte{'\\'}, raw[:len(raw)-1] // an escape the cut split
	}
	j.raw = raw
	end := func(err error) error {
		if cut && err == nil {
			_, err = j.w.Write(tail)
		}
		return err
	}
	isKey := false
	if t := j.top(); t != nil && t.obj && j.wantKey {
		isKey = true
	}
	if isKey {
		j.wantKey = false
		j.colon = false
		dec := j.decode(raw)
		j.setKey(withoutPseudonyms(dec))
		err := j.writeScrubbed(raw, dec, "", !cut)
		if err == nil && j.keyWritten {
			// a key holding an identifier ("pAss:2"): its class is that
			// of the key as written, as a second pass reads it
			// ("pAss:<password-1>", less the pseudonym)
			j.setKey(withoutPseudonyms(j.out))
		}
		return end(err)
	}
	class := j.valueClass()
	dec := j.decode(raw)
	if class == ClassMachineID && j.keyName == "id" && !randomID(dec) {
		class = "" // {"device": {"id": "BuiltInSpeakerDevice"}}: an audio device
	}
	if t := j.top(); t != nil && !t.obj && !t.pair {
		if t.argClass != "" && t.idx == t.argIdx && (len(dec) == 0 || dec[0] == '-' || metavar(dec)) {
			class = t.keyClass // "--password", "--verbose": no value given
		}
		if c := secretOption(dec); c != "" {
			t.argClass, t.argIdx = c, t.idx+1
		}
	}
	if class != "" && pkgVersionClass(class) {
		if t := j.top(); t != nil && t.obj && (j.keyPkg || t.deps) {
			// a package's version under its name ("google-auth":
			// "2.23.0"); in a dependencies object, whatever the name
			// ("jsonwebtoken": "9.0.0")
			if ok, op := versionSpec(dec); ok && (op || t.deps || class != ClassPassword || !strictVersionKey([]byte(j.keyName))) {
				class = ""
			}
		}
	}
	if t := j.top(); t != nil && t.obj && j.keyName == "key" && len(dec) <= 40 && class == ClassKeyValue {
		// {"key": "Owner", "value": "…"} (AWS's tags, settings stores):
		// a setting's name, no key; its value is scrubbed as that
		// name's. A word is no secret.
		if c := headerClass(dec); c != "" || settingWord(dec) {
			t.nameClass = c
			class = ""
		}
	}
	if t := j.top(); t != nil && (t.obj && j.keyName == "name" || t.pair && t.idx == 0) && len(dec) <= 64 {
		// a header's name: its value is scrubbed as that key's
		c := headerClass(dec)
		if t.obj {
			t.nameClass = c
		} else {
			t.pairClass = c
		}
	}
	if t := j.top(); t != nil && t.obj {
		if len(j.keyName) >= 3 && (j.keyName == "url" || j.keyName == "teamid") && slackTeamValue(j.keyName, dec) {
			t.slack = true
		}
		j.key = ""
	}
	return end(j.writeScrubbed(raw, dec, class, !cut))
}

// settingWord reports whether v is a setting's name: letters, with '_',
// '-' or '.' between ("theme", "window.width"), no digit.
func settingWord(v []byte) bool {
	if len(v) < 2 || !isLetter(v[0]) {
		return false
	}
	for _, c := range v {
		if !isLetter(c) && c != '_' && c != '-' && c != '.' {
			return false
		}
	}
	return true
}

// headerClass is the class of the value named by a header's or field's
// name in a [name, value] pair or a {"name": ..., "value": ...} object
// (Sentry's request interface, HAR files), or "" when it names nothing
// sensitive. ScrubJSON and the text scanner (such JSON printed in a log
// line) both ask it.
func headerClass(name []byte) string {
	if len(name) > 64 {
		return ""
	}
	var kb [64]byte
	c := classifyKey(string(normKey(kb[:0], name)))
	if c == keyNone || c == keyKeep || metaKey(c) {
		return ""
	}
	return c
}

// pairLists: keys whose arrays hold [name, value] pairs (Sentry's request
// interface writes headers, cookies and the query string so).
// depsKeys: keys (normalized) whose objects map package names to versions
// (package.json, composer.json, package-lock's "requires").
var depsKeys = map[string]bool{"dependencies": true, "devdependencies": true, "peerdependencies": true,
	"optionaldependencies": true, "resolutions": true, "overrides": true, "requires": true, "require": true,
	"requiredev": true}

var pairLists = map[string]bool{"headers": true, "cookies": true, "env": true, "querystring": true,
	"query": true, "params": true, "data": true, "form": true}

// longString streams the rest of a huge string through the text scanner in
// escaped form (paths and names are found in escaped form too).
func (j *jsonScrub) longString() error {
	j.w.WriteByte('"')
	buf := j.raw
	for {
		// cut after the last complete escape
		cut := len(buf)
		bs := 0
		for k := cut - 1; k >= 0 && buf[k] == '\\'; k-- {
			bs++
		}
		cut -= bs % 2
		if k := bytes.LastIndexAny(buf[:cut], " /\\,;"); k > len(buf)/2 {
			c := k + 1
			for c > 0 && buf[c-1] == '\\' {
				c-- // never split "\\" or "\/"
			}
			// (a run of backslashes back to the first half: the cut
			// after its last complete escape; stepping back over it
			// left no progress, and the loop read nothing more forever)
			if c > len(buf)/2 {
				cut = c
			}
		}
		j.s.findStable(j.sc, buf[:cut])
		j.out = j.s.emitText(j.out[:0], buf[:cut], j.sc.spans)
		j.w.Write(j.out)
		rest := append([]byte(nil), buf[cut:]...)
		buf = append(buf[:0], rest...)
		done := false
		esc := false
		for k := 0; k < len(buf); k++ { // an escape carried over
			esc = buf[k] == '\\' && !esc
		}
		for len(buf) < maxJSONString {
			c, err := j.r.ReadByte()
			if err != nil {
				done = true
				break
			}
			if !esc && c == '"' {
				done = true
				break
			}
			esc = !esc && c == '\\'
			buf = append(buf, c)
		}
		if done {
			j.s.findStable(j.sc, buf)
			j.out = j.s.emitText(j.out[:0], buf, j.sc.spans)
			j.w.Write(j.out)
			j.w.WriteByte('"')
			j.raw = buf[:0]
			j.wantKey = false
			return nil
		}
	}
}

// decode unescapes a JSON string body; it returns raw itself when there is
// nothing to unescape.
func (j *jsonScrub) decode(raw []byte) []byte {
	if bytes.IndexByte(raw, '\\') < 0 {
		return raw
	}
	d := j.dec[:0]
	for k := 0; k < len(raw); k++ {
		c := raw[k]
		if c != '\\' || k+1 >= len(raw) {
			d = append(d, c)
			continue
		}
		k++
		switch raw[k] {
		case 'n':
			d = append(d, '\n')
		case 't':
			d = append(d, '\t')
		case 'r':
			d = append(d, '\r')
		case 'b':
			d = append(d, '\b')
		case 'f':
			d = append(d, '\f')
		case 'u':
			if k+4 < len(raw) {
				if v, err := strconv.ParseUint(string(raw[k+1:k+5]), 16, 32); err == nil {
					r := rune(v)
					k += 4
					if r >= 0xd800 && r < 0xdc00 && k+6 < len(raw) && raw[k+1] == '\\' && raw[k+2] == 'u' {
						if v2, err := strconv.ParseUint(string(raw[k+3:k+7]), 16, 32); err == nil && v2 >= 0xdc00 && v2 < 0xe000 {
							r = utf16.DecodeRune(r, rune(v2))
							k += 6
						}
					}
					d = utf8.AppendRune(d, r)
					continue
				}
			}
			// an invalid \u escape reads as 'u', as an unknown escape
			// reads as its letter; kept whole, its backslash would join
			// one before it into a UNC prefix that Learn, reading the
			// raw text, never sees
			d = append(d, 'u')
		default:
			d = append(d, raw[k])
		}
	}
	j.dec = d
	return d
}

// writeScrubbed writes a string scrubbed under key class.
func (j *jsonScrub) writeScrubbed(raw, dec []byte, class string, closed bool) error {
	sc := j.sc
	s := j.s
	j.keyWritten = false
	memo := class == "" && closed && len(raw) <= maxMemo && !sc.inPEM && sc.wer.n == 0
	if memo {
		if j.sameGen != s.gen {
			clear(j.same)
			j.sameGen = s.gen
		}
		if j.same[string(raw)] {
			j.w.WriteByte('"')
			j.w.Write(raw)
			return j.w.WriteByte('"')
		}
	}
	g := s.gen
	var spans []span
	dumped := false
	switch {
	case class != "" && class != keyKeep:
		sc.b = dec
		sc.lineRead = 0
		sc.spans = sc.spans[:0]
		if len(dec) > 0 && dec[0] != '<' && !skipValue(dec, class) && !(class == ClassLicense && licenseNameKeys[j.keyName] && licenseName(dec)) {
			sc.valueSpan(0, len(dec), class)
		}
		if len(sc.spans) == 0 || sc.spans[0].class == "" {
			s.findStable(sc, dec)
		} else if e := sc.spans[len(sc.spans)-1].end; e < len(dec) {
			j.scanRest(dec, e)
		}
		spans = sc.spans
	default:
		sc.dumpAt = 0
		s.findStable(sc, dec)
		if sc.dumpAt > 0 && s.scrubDumpsAt(dec, sc.dumpAt) {
			// a hex dump's lines in a string (hexdump.go)
			dumped, memo = true, false
			s.findStable(sc, dec)
		}
		spans = sc.spans
		if (class == "" || class == keyKeep) && versionKeyName(j.keyName) && len(dec) <= 32 {
			// "app_version": "3.2.1.123": a four-part version, no address;
			// also under a build id key (.ips "build_version": "3.1.2.1")
			k := 0
			for _, sp := range spans {
				if sp.class != ClassIP || sp.start != 0 || sp.end != len(dec) {
					spans[k] = sp
					k++
				}
			}
			if k < len(spans) {
				memo = false // the same string under another key is an address
			}
			spans = spans[:k]
		}
		if class == keyKeep {
			// a debug id under "uuid"/"debug_id": keep ids, still scrub paths
			k := 0
			for _, sp := range spans {
				if sp.class != ClassUUID && sp.class != ClassMachineID && sp.class != ClassToken && sp.class != ClassLicense {
					spans[k] = sp
					k++
				}
			}
			spans = spans[:k]
		}
	}
	changed := dumped
	for _, sp := range spans {
		if sp.class != "" {
			changed = true
			break
		}
	}
	if memo && !changed && s.gen == g && !sc.inPEM && sc.wer.n == 0 && len(j.same) < 4096 {
		// nothing found and nothing learned: the same string (a key, a
		// log level, a logger name) comes out the same until the session
		// learns something
		j.same[string(raw)] = true
	}
	j.w.WriteByte('"')
	if !changed {
		j.w.Write(raw)
	} else {
		j.keyWritten = true
		j.out = s.emitText(j.out[:0], dec, spans)
		writeJSONString(j.w, j.out, bytes.Contains(raw, []byte(`\/`)), bytes.Contains(raw, []byte(`\u`)))
	}
	if !closed {
		return nil
	}
	return j.w.WriteByte('"')
}

// setKey classifies the object key dec (decoded, pseudonyms left out):
// the class of the value after it.
func (j *jsonScrub) setKey(dec []byte) {
	var kb [64]byte
	j.keyName = ""
	if len(dec) <= 64 {
		nk := normKey(kb[:0], dec)
		ki, ok := j.keys[string(nk)]
		if !ok {
			// logs repeat their keys: classified once
			ki = keyInfo{name: string(nk)}
			ki.class = classifyKey(ki.name)
			if ki.class == keyNone && socialKeys[ki.name] {
				ki.class = ClassUser // {"instagram": "akosua.spins"} (social.go)
			}
			if len(j.keys) < 4096 {
				j.keys[ki.name] = ki
			}
		}
		j.keyName = ki.name
		j.key = ki.class
		// only a key whose value is scrubbed asks (few are)
		j.keyPkg = pkgVersionClass(ki.class) && pkgName(dec)
		if t := j.top(); j.keyName == "value" && t.nameClass != "" {
			j.key = t.nameClass
		}
		if t := j.top(); j.key == keyNone && t.owner == ClassUser {
			// {"user": {"id": ..., "name": ...}} as Sentry events hold it
			if string(nk) == "id" || string(nk) == "name" {
				j.key = keyUserID
			}
		}
		if t := j.top(); j.key == keyNone && t.owner == ClassUser && string(nk) == "company" {
			// {"user": {"company": "Mensah Productions"}}: the person's
			// employer (a bare "Company" is mostly an app's vendor:
			// sigcheck, Get-Process, version resources)
			j.key = ClassOrg
		}
		if t := j.top(); j.key == keyKeep && t.owner == ClassUser && string(nk) == "uuid" {
			j.key = ClassUID // {"user": {"uuid": …}}: the account's id, no build's
		}
		if t := j.top(); j.key == keyNone && t.slack && string(nk) == "team" {
			j.key = ClassOrg // the workspace's name
		}
		if t := j.top(); j.key == keyNone && t.owner == ClassMachineID && string(nk) == "id" {
			// {"device": {"id": "cl6r2h9xv0000qz8l3b1c7d2e"}}, as
			// Bugsnag events hold the device's install id
			j.key = ClassMachineID
		}
	} else {
		j.key = ""
	}
}

// withoutPseudonyms returns b less the pseudonyms in it (b itself when it
// holds none).
func withoutPseudonyms(b []byte) []byte {
	if bytes.IndexByte(b, '<') < 0 {
		return b
	}
	var out []byte
	last := 0
	for p := 0; p < len(b); p++ {
		if pseudonymAt(b, p) {
			e := p + bytes.IndexByte(b[p:], '>') + 1
			out = append(out, b[last:p]...)
			last, p = e, e-1
		}
	}
	if out == nil && last == 0 {
		return b
	}
	return append(out, b[last:]...)
}

// versionKeyName reports whether a normalized JSON key names a version
// ("app_version", "kernel_version", "build", "osRelease").
func versionKeyName(k string) bool {
	return strings.Contains(k, "version") || strings.HasSuffix(k, "build") || strings.HasSuffix(k, "release") ||
		strings.HasSuffix(k, "ver") || strings.HasSuffix(k, "vers")
}

const hexDigits = "0123456789abcdef"

// writeJSONString escapes s; slashes and non-ASCII are escaped when the
// original string did so (Apple writes "\/").
func writeJSONString(w *bufio.Writer, s []byte, escSlash, escUnicode bool) {
	for k := 0; k < len(s); {
		c := s[k]
		switch {
		case c == '"' || c == '\\':
			w.WriteByte('\\')
			w.WriteByte(c)
		case c == '/' && escSlash:
			w.WriteString(`\/`)
		case c == '\n':
			w.WriteString(`\n`)
		case c == '\r':
			w.WriteString(`\r`)
		case c == '\t':
			w.WriteString(`\t`)
		case c < 0x20:
			w.WriteString(`\u00`)
			w.WriteByte(hexDigits[c>>4])
			w.WriteByte(hexDigits[c&15])
		case c >= 0x80:
			r, n := utf8.DecodeRune(s[k:])
			if r == utf8.RuneError && n <= 1 {
				w.WriteString(`\ufffd`)
				k++
				continue
			}
			if escUnicode {
				if r > 0xffff {
					r1, r2 := 0xd800+((r-0x10000)>>10), 0xdc00+((r-0x10000)&0x3ff)
					fmt.Fprintf(w, `\u%04x\u%04x`, r1, r2)
				} else {
					fmt.Fprintf(w, `\u%04x`, r)
				}
			} else {
				w.Write(s[k : k+n])
			}
			k += n
			continue
		default:
			w.WriteByte(c)
		}
		k++
	}
}

// randomID reports whether v is a random id: 16 to 64 letters and
// digits, both, and dashes (a UUID, Bugsnag's cuid, Firebase's uid, 16
// hex digits or more), no words. Under a "device" object's "id" it is the
// install's (an audio device's id names its model); under a uid key, an
// account's.
func randomID(v []byte) bool {
	if len(v) < 16 || len(v) > 64 {
		return false
	}
	digit, letter := false, false
	for _, c := range v {
		switch {
		case isDigit(c):
			digit = true
		case isLetter(c):
			letter = true
		case c != '-':
			return false
		}
	}
	return digit && letter
}

// scanRest scans the rest of a value dec past e, where what its key names
// ends (a user's "'kofi:staff", a host's host:port), as a second pass
// scans it after the pseudonym: a learned name there goes in the first
// pass too. The findings before e stay.
func (j *jsonScrub) scanRest(dec []byte, e int) {
	sc := j.sc
	head := slices.Clone(sc.spans)
	j.s.findStable(sc, dec)
	for _, sp := range sc.spans {
		if sp.start >= e {
			head = append(head, sp)
		}
	}
	sc.spans = head
}
