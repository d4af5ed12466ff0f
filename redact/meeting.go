package redact

import (
	"bytes"
	"slices"
	"strings"
)

// meetingVerb reports whether the word [i, j) is one a meeting or chat
// app writes after a participant's name: "joined" or "left" (then "the
// meeting", "the call", ...), "started" (then "screen sharing",
// "sharing" or "presenting") or "is" (then "presenting"). The scrub asks
// where serialPhrase's and proseAfter's tables already send these words
// (no test of its own on the hot path); learnWord asks of plain words,
// the table keeping that to a byte and a length.
func meetingVerb(b []byte, i, j int) bool {
	return j-i < 16 && meetVerbLens[b[i]]>>(j-i)&1 != 0 && meetVerbs[string(b[i:j])]
}

var meetVerbs = wordSet(`joined left started is`)

// meetVerbLens: bit n of meetVerbLens[c] is set for the n-byte words of
// meetVerbs starting with c.
var meetVerbLens = func() (t [256]uint16) {
	for w := range meetVerbs {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// meetingObjects follow "joined" and "left" in a meeting app's log.
var meetingObjects = []string{"the meeting", "the call", "the conference", "the webinar", "the huddle", "the channel",
	"the voice channel", "the room", "the lobby", "the stage"}

// meetingEvent handles the verb [i, j) (meetingVerb) of a meeting app's
// log line and the participant named before it: "Kwesi Boateng joined
// the meeting", "Ama Owusu has left the call", "Yaw Dartey is
// presenting", "Akosua Agyapong started screen sharing", "kwesi_dj
// joined the channel". The name is one to four capitalised words (no
// common or label word, proseWord) or a handle at the line's start; it
// is learned as a person's and replaced.
func (sc *scanner) meetingEvent(i, j int) {
	b := sc.b
	w := string(b[i:j])
	k := i - 1 // the blank before the verb
	if k < 1 || b[k] != ' ' {
		return
	}
	bare := false // "Participant Kwame Asante joined", ending the line
	switch w {
	case "joined", "left":
		if !slices.ContainsFunc(meetingObjects, func(o string) bool { return afterWordIs(b, j, o) }) {
			if j < len(b) && !lineBreak(b[j]) && b[j] != '.' && b[j] != '"' && b[j] != '\\' {
				return
			}
			bare = true
		}
		k = skipWordBack(b, k, "has")
	case "is", "started":
		e := j + 1
		if w == "started" && afterWordIs(b, j, "screen") {
			e += len("screen ")
		}
		if e >= len(b) || b[e-1] != ' ' {
			return
		}
		x := e
		for x < len(b) && isLetter(b[x]) {
			x++
		}
		switch string(b[e:x]) {
		case "presenting":
		case "sharing":
			if w == "is" {
				return
			}
		default:
			return
		}
		if !proseNameFollows(b, x, false) {
			return
		}
	default:
		return
	}
	// k is the blank after the name, or before the tag an app writes
	// after it ("Kwesi Boateng (Guest) joined the meeting")
	k = tagBefore(b, k)
	s, n := k, 0
	if !bare {
		s, n = nameWordsBefore(b, k, 4)
	}
	if n == 0 {
		// "Participant Ama Owusu joined the meeting"; without the
		// object, only after such a word
		if ps := participantName(b, k); ps >= 0 {
			s, n = ps, 1
		} else if bare {
			return
		}
	}
	if n == 0 {
		if hs := handleBefore(b, k); hs >= 0 {
			sc.nameSpan(hs, k)
		}
		return
	}
	if lw := strings.ToLower(string(b[s:k])); n == 1 && (genericUsers[lw] || meetingRoles[lw]) {
		return
	}
	sc.proseSpan(s, k, true)
}

// participantName returns where the name of one to three capitalised
// words (proseWord's) ending at the blank k starts, when the word a
// meeting app's log writes before a participant comes before it
// ("Participant Kwame Asante joined", "Guest Mei Ling Chen left"); or -1.
func participantName(b []byte, k int) int {
	s := k
	for n := 0; n < 4; n++ {
		p := s
		for p > 0 && s-p < 32 && (isLetter(b[p-1]) || b[p-1] >= 0x80 || b[p-1] == '-' || b[p-1] == '\'') {
			p--
		}
		if s-p < 2 || !capitalised(b, p) {
			return -1
		}
		w := b[p:s]
		for _, lead := range [...]string{"participant", "attendee", "guest"} {
			if n > 0 && eqLower(w, lead) && (p == 0 || nameLeadByte(b[p-1])) {
				return s + 1
			}
		}
		if n == 3 || nameWordEnd(b, p) < s || !proseWord(string(w), true) || p < 2 || b[p-1] != ' ' {
			return -1
		}
		if n == 0 && s == k && (notNameWord(w) || participantThings[strings.ToLower(string(w))]) {
			return -1 // "Guest Mode left", "Participant List joined": one word that names a thing
		}
		s = p - 1
	}
	return -1
}

// participantEvent handles "Participant Kwame Asante joined" from the
// name at p: the verb's line ending after it never reaches serialPhrase
// (a word followed by a blank does), so the scrub asks here.
func (sc *scanner) participantEvent(p int) {
	b := sc.b
	for n := 0; n < 4 && p < len(b); n++ {
		e := p
		for e < len(b) && e-p < 32 && b[e] != ' ' && !lineBreak(b[e]) {
			e++
		}
		v := p
		for v < e && isLetter(b[v]) {
			v++
		}
		if n > 0 && v > p && meetingVerb(b, p, v) {
			sc.meetingEvent(p, v)
			return
		}
		if e >= len(b) || b[e] != ' ' {
			return
		}
		p = e + 1
	}
}

// participantThings: words after "Guest" or "Participant" that name a
// feature, not a person.
var participantThings = wordSet(`mode list access network wifi session room link view count panel lobby chat portal pass
	login account accounts user users profile device devices support services`)

// meetingRoles join and leave meetings without a person's name
// ("Recorder joined the meeting").
var meetingRoles = wordSet(`recorder recording bot assistant notetaker copilot host organizer organiser presenter
	attendee participant moderator everyone someone somebody nobody anonymous caller`)

// tagBefore returns the blank before a participant's tag ("(Guest)",
// "(External)") that ends at the blank k, or k when none does.
func tagBefore(b []byte, k int) int {
	if k < 4 || b[k-1] != ')' {
		return k
	}
	o := bytes.LastIndexByte(b[max(0, k-14):k-1], '(')
	if o < 0 {
		return k
	}
	o += max(0, k-14)
	if o < 2 || b[o-1] != ' ' || !meetingTags[strings.ToLower(string(b[o+1:k-1]))] {
		return k
	}
	return o - 1
}

// meetingTags: what a meeting app writes in parentheses after a name.
var meetingTags = wordSet(`guest external unverified host co-host cohost organizer organiser presenter attendee me you`)

// skipWordBack returns the blank before the word w that ends at k (k the
// blank after it), or k when w does not end there.
func skipWordBack(b []byte, k int, w string) int {
	s := k - len(w)
	if s >= 1 && b[s-1] == ' ' && string(b[s:k]) == w {
		return s - 1
	}
	return k
}

// nameWordsBefore reads back from the blank at k over up to max words of
// a name (capitalised, proseWord's, two letters at least) separated by
// single blanks, and returns where the first starts and how many there
// are: after a line's start, a timestamp, a bracket or a colon.
func nameWordsBefore(b []byte, k, max int) (int, int) {
	s, n := k, 0
	for n < max {
		e := s
		if n > 0 {
			if e < 1 || b[e-1] != ' ' {
				break
			}
			e--
		}
		p := e
		for p > 0 && e-p < 32 && (isLetter(b[p-1]) || b[p-1] >= 0x80 || b[p-1] == '-' || b[p-1] == '\'') {
			p--
		}
		if e-p < 2 || !capitalised(b, p) || nameWordEnd(b, p) < e || !proseWord(string(b[p:e]), true) {
			break
		}
		s = p
		n++
	}
	if n == 0 || s > 0 && !nameLeadByte(b[s-1]) {
		return k, 0
	}
	if s >= 2 && b[s-1] == ' ' && isLetter(b[s-2]) {
		// the words before end in a capitalised one that is no name's
		// ("The Audio Engine joined the room"): part of a longer title,
		// unless it is in capitals, as log levels are ("INFO Ama Owusu
		// has left")
		if p := lastWordStart(b, s-1); capitalised(b, p) && !allUpperLetters(b[p:s-1]) {
			return k, 0
		}
	}
	return s, n
}

// nameLeadByte: a name read back ends (at its start) after a line's
// start, a blank (a timestamp or a level before it), a bracket, a colon
// or a quote (a JSON log line's message: {"msg":"Kwesi Boateng joined
// the meeting"}).
func nameLeadByte(c byte) bool {
	return lineBreak(c) || c == ' ' || c == ']' || c == ')' || c == ':' || c == '>' || c == '\t' || c == '"'
}

// handleBefore returns where an account's handle ending at the blank k
// starts ("kwesi_dj", "dj.ama2": letters with '_', '.' or digits), when
// a line's start, a timestamp's bracket, a colon or a quote comes before
// it; or
// -1.
func handleBefore(b []byte, k int) int {
	p := k
	for p > 0 && k-p < 32 && (isAlnum(b[p-1]) || b[p-1] == '_' || b[p-1] == '.') {
		p--
	}
	if k-p < 3 || !isLetter(b[p]) || p > 0 && !(lineBreak(b[p-1]) || b[p-1] == ']' || b[p-1] == ':' || b[p-1] == '"' || b[p-1] == ' ' && p >= 2 && (b[p-2] == ']' || b[p-2] == ':')) {
		return -1
	}
	h := b[p:k]
	if !bytes.ContainsAny(h, "_0123456789.") {
		return -1 // one word of letters: a common word as well as a name
	}
	if h[len(h)-1] == '.' {
		return -1
	}
	return p
}
