package redact

import (
	"strings"
	"unicode/utf8"
)

// Sonos, AirPlay, Google Home and Alexa name a speaker or a TV after its
// room, and a household that has more than one after the room and its
// owner: "Bedroom (Kofi)", "Office - Mehmet", "Kofi - Living Room",
// "Living Room (Mehmet’s)", "Wohnzimmer (Ama)". Audio device lists,
// AirPlay and Cast logs and macOS and Windows dumps show the name whole.
// A room name that starts a value and a name word in brackets or after a
// dash is the owner; a room word that also names a product or a place
// ("Office", "Studio", "Den") counts only after a modifier ("Home
// Office") or a key that names a device ("AirPlay device: Office -
// Mehmet"): "Microsoft Office (Word)" and "Android Studio - Preview"
// name nobody.

// roomWords name a room, lowercased, as English, German, French,
// Spanish, Portuguese, Italian, Dutch and the Nordic languages do: true
// where the word names nothing else, false where it names a product or
// a place as often. "room" itself needs a modifier (roomModifiers).
var roomWords = map[string]bool{
	"bedroom": true, "kitchen": true, "garage": true, "basement": true, "nursery": true, "bathroom": true,
	"playroom": true, "hallway": true, "attic": true, "patio": true, "porch": true, "sunroom": true,
	"wohnzimmer": true, "schlafzimmer": true, "kinderzimmer": true, "arbeitszimmer": true, "esszimmer": true,
	"badezimmer": true, "gästezimmer": true, "küche": true, "chambre": true, "cuisine": true, "cocina": true,
	"dormitorio": true, "habitación": true, "cozinha": true, "quarto": true, "soggiorno": true, "cucina": true,
	"woonkamer": true, "slaapkamer": true, "keuken": true, "vardagsrum": true, "sovrum": true, "kök": true,
	"soverom": true, "kjøkken": true, "stue": true, "olohuone": true, "makuuhuone": true, "keittiö": true,
	"office": false, "studio": false, "den": false, "lounge": false, "loft": false, "gym": false, "room": false,
	"salon": false, "sala": false, "salón": false, "büro": false, "bureau": false, "oficina": false,
	"escritório": false, "estudio": false, "ufficio": false, "kantoor": false, "kontor": false, "hall": false,
	"library": false, "cellar": false, "keller": false, "deck": false, "terrace": false, "garden": false,
}

// roomModifiers come before a room word in a room's name ("Living Room",
// "Master Bedroom", "Home Office", "Music Studio"), lowercased.
var roomModifiers = wordSet(`living dining family guest master kids kid children childrens main upstairs downstairs
	front back spare home media tv game games play rec music sun utility laundry baby boys girls small big little
	upper lower north south east west primary second third first sitting drawing great bonus craft sewing fitness
	movie theater theatre home's kids' guest's parents teen nursery`)

// roomDeviceKeys are in the keys whose value names a speaker, a TV or an
// audio endpoint ("AirPlay device: ", "Output: ", `"name": "`),
// lowercased.
var roomDeviceKeys = []string{"device", "output", "input", "speaker", "airplay", "sonos", "cast", "room", "zone",
	"name", "endpoint", "sink", "source", "target", "receiver", "renderer", "player", "group", "homepod", "echo",
	"audio", "route", "destination", "headphone", "connected", "playing", "display", "tv"}

// roomOwnerStop are capitalised words after a room's name that name no
// owner: its devices and lights, a speaker's state or role in a group,
// an app's or a suite's part ("Office (Word)", "Studio - Preview"), a
// bed's size, lowercased.
var roomOwnerStop = wordSet(`echo dot nest hub chromecast roku alexa siri spotify airplay cast group grouped zone
	coordinator member pair sub subwoofer surround soundbar beam arc era ray playbar playbase amp port symfonisk
	shield firestick fire stick offline online unavailable available muted unmuted standby asleep awake away eco cool
	heat auto manual night day morning evening lamp lamps light lights fan heater thermostat blinds shades curtains
	plug switch sensor camera cam door doors lock window windows sink timer clock tablet
	word excel powerpoint outlook onenote access publisher teams visio project preview beta canary insiders community
	professional enterprise express code team
	bed beds queen king twin double single suite ensuite private shared small large big floor level
	speaker speakers tv display player receiver remote one two three four five six seven eight nine ten`)

// roomOwnerLeads are the words, lowercased, that open a value before
// the owner of a room's speaker ("See Kofi - Bedroom", "Ask Ama –
// Kitchen", "on Kofi - Bedroom"): verbs and prepositions, no names.
var roomOwnerLeads = wordSet(`see ask call play text message ping tell cast send stream playing casting on to from for with via by at in`)

// roomAt reads the room's name ending at e (after its last letter): a
// room word and a modifier before it. It returns where the name starts,
// whether its words name a room only, and false where they name none.
func roomAt(b []byte, e int) (s int, strong, ok bool) {
	s = roomWordStart(b, e)
	if s == e || e-s > 16 {
		return e, false, false
	}
	var lb [20]byte
	only, found := roomWords[string(lowerInto(lb[:0], b[s:e]))]
	if !found || !capitalised(b, s) {
		return e, false, false
	}
	if s >= 2 && b[s-1] == ' ' {
		ms := roomWordStart(b, s-1)
		if ms < s-1 && s-1-ms <= 12 && capitalised(b, ms) && roomModifiers[string(lowerInto(lb[:0], b[ms:s-1]))] {
			return ms, true, true
		}
	}
	if e-s == 4 && b[s+1] == 'o' && b[s+2] == 'o' {
		return e, false, false // "Room" alone: "Chat Room", "Server Room"
	}
	return s, only, true
}

// roomWordStart returns where the word of letters (ASCII, or outside it)
// ending at e starts.
func roomWordStart(b []byte, e int) int {
	s := e
	for s > 0 && e-s < 20 && (isLetter(b[s-1]) || b[s-1] >= 0x80) {
		s--
	}
	for s < e && b[s] >= 0x80 && b[s] < 0xc0 {
		s++ // (a character's tail: no start)
	}
	return s
}

// roomValueStart: what stands before s opens a value: a line, a quote, a
// bracket, a tab, '=' or ": " (JSON's escaped `\n` too).
func roomValueStart(b []byte, s int) bool {
	if s == 0 {
		return true
	}
	switch c := b[s-1]; c {
	case '"', '\'', '(', '[', '\t', '=', '>':
		return true
	case ' ':
		return s >= 2 && (b[s-2] == ':' || b[s-2] == '=')
	case 'n':
		return s >= 2 && b[s-2] == '\\'
	default:
		return lineBreak(c) || s >= 3 && string(b[s-3:s]) == "“"
	}
}

// roomDeviceKey: the value at s is a key's that names a device or a
// speaker (roomDeviceKeys): "AirPlay device: ", `"name": "`, "Output=".
func roomDeviceKey(b []byte, s int) bool {
	k := s
	for k > 0 && s-k < 4 && (b[k-1] == '"' || b[k-1] == '\'' || b[k-1] == ' ' || b[k-1] == '\\') {
		k--
	}
	if k == 0 || b[k-1] != ':' && b[k-1] != '=' {
		return false
	}
	k--
	for k > 0 && s-k < 8 && (b[k-1] == '"' || b[k-1] == '\\' || b[k-1] == ' ') {
		k--
	}
	ks := k
	for ks > 0 && k-ks < 40 && (isAlnum(b[ks-1]) || b[ks-1] == ' ' || b[ks-1] == '_' || b[ks-1] == '.' || b[ks-1] == '-') {
		ks--
	}
	var lb [40]byte
	key := string(lowerInto(lb[:0], b[ks:k]))
	for _, w := range roomDeviceKeys {
		if strings.Contains(key, w) {
			return true
		}
	}
	return false
}

// roomEndpointKey: key, one word holding no keyword (rawKeyword), names
// an audio endpoint or a speaker whose value may be a room's and its
// owner's name ("Output: Bedroom Kofi", "Speaker: Kofi Office").
func roomEndpointKey(key []byte) bool {
	switch len(key) {
	case 4:
		return eqLower(key, "zone") || eqLower(key, "room") || eqLower(key, "sink")
	case 5:
		return eqLower(key, "input")
	case 6:
		return eqLower(key, "output") || eqLower(key, "source")
	case 7:
		return eqLower(key, "speaker")
	}
	return false
}

// roomBefore: the blank at p ends a room's name that opens a value
// ("Output: Bedroom (", `"Living Room - `), a room word that names other
// things too ("Office") after a modifier or a device's key.
func roomBefore(b []byte, p int) bool {
	if p < 3 || b[p] != ' ' {
		return false
	}
	s, strong, ok := roomAt(b, p)
	return ok && roomValueStart(b, s) && (strong || roomDeviceKey(b, s))
}

// roomOwnerWord: w, a word in brackets or after a dash after a room's
// name, reads as its owner's name: a name word (a possessive's "’s"
// dropped) that names no device, state, maker or app (roomOwnerStop,
// parenWords, deviceStates, appleApps).
func roomOwnerWord(w string) bool {
	if len(w) < 2 || !utf8.ValidString(w) || !nameWord(w, false) && !apostropheName(w) {
		return false
	}
	lw := strings.ToLower(w)
	_, room := roomWords[lw]
	return !room && !roomOwnerStop[lw] && !parenWords[lw] && !dashedParenWords(w) && !deviceStates[lw] && !appleApps[lw] &&
		!deviceMakers[lw] && !audioMakers[lw] && !roomModifiers[lw]
}

// possessiveEnd returns where the name before a possessive's "'s" or
// "’s" ending at e ends, or e.
func possessiveEnd(b []byte, e int) int {
	switch {
	case e >= 3 && b[e-1] == 's' && b[e-2] == '\'':
		return e - 2
	case e >= 5 && b[e-1] == 's' && string(b[e-4:e-1]) == "\u2019":
		return e - 4
	}
	return e
}

// roomParenOwner handles the owner's name in brackets at i after a
// room's name (roomBefore at i-2): "Bedroom (Kofi)", "Living Room
// (Mehmet’s)", "Wohnzimmer (Ama Owusu)".
func (sc *scanner) roomParenOwner(i int) {
	b := sc.b
	if !roomBefore(b, i-2) {
		return
	}
	k, e := i, i
	for n := 0; n < 2; n++ {
		we := roomWordEnd(b, k)
		ne := possessiveEnd(b, we)
		if ne == k || !roomOwnerWord(string(b[k:ne])) {
			return
		}
		e = ne
		if ne < we || we+1 >= len(b) || b[we] != ' ' {
			k = we
			break
		}
		k = we + 1
	}
	if k < len(b) && b[k] == ')' {
		sc.nameSpan(i, e)
	}
}

// roomWordEnd returns where the word at p ends: letters (ASCII or
// outside it), hyphens, apostrophes.
func roomWordEnd(b []byte, p int) int {
	for p < len(b) && (isLetter(b[p]) || b[p] >= 0x80 && !(b[p] == 0xe2 && p+2 < len(b) && b[p+1] == 0x80 && b[p+2] != 0x99) || b[p] == '-' || b[p] == '\'') {
		p++
	}
	return p
}

// roomDashOwner handles the owner's name at s after a dash that follows
// a room's name: "Office - Mehmet", "Wohnzimmer – Jürgen" (ownerAfterDash
// reads it). It returns where the name ends, or -1.
func (sc *scanner) roomDashOwner(s int) int {
	b := sc.b
	if we := roomWordEnd(b, s); !roomOwnerWord(string(b[s:we])) {
		return -1
	}
	return sc.ownerAfterDash(s)
}

// ownerBeforeRoom handles the owner's name before a dash and a room's
// name that ends the value, "Kofi - Living Room", "Ama Owusu – Bedroom":
// p is the blank before the dash, s where the room's name starts. One or
// two name words (roomOwnerWord) opening the value are the owner.
func (sc *scanner) ownerBeforeRoom(p, s int) {
	b := sc.b
	e := roomWordEnd(b, s)
	if e+1 < len(b) && b[e] == ' ' && capitalised(b, e+1) {
		if e2 := roomWordEnd(b, e+1); e2 > e+1 {
			if rs, _, ok := roomAt(b, e2); ok && rs == s {
				e = e2 // "Living Room"
			}
		}
	}
	rs, strong, ok := roomAt(b, e)
	if !ok || rs != s || e < len(b) && !lineBreak(b[e]) && strings.IndexByte("\"',;)\\", b[e]) < 0 &&
		!strings.HasPrefix(string(b[e:min(len(b), e+3)]), "\u201d") {
		return
	}
	ns, ne := p, p
	for n := 0; n < 3 && ns > 0 && b[ns] == ' '; n++ {
		ws := wordBefore(b, ns)
		if n >= 1 && ws < ns && roomOwnerLeads[asciiLower(string(b[ws:ns]))] {
			// "See Kofi - Bedroom", "See Ama Owusu - Bedroom", "Play on
			// Kofi - Bedroom": a verb or a preposition before the
			// owner, no part of the name
			if roomValueStart(b, ws) && (strong || roomDeviceKey(b, ws)) {
				sc.nameSpan(ns+1, ne)
			}
			return
		}
		if n == 2 || ws == ns || !roomOwnerWord(string(b[ws:ns])) {
			break
		}
		ns = ws
		if roomValueStart(b, ns) {
			if strong || roomDeviceKey(b, ns) {
				sc.nameSpan(ns, ne)
			}
			return
		}
		ns--
	}
}

// roomPairOwner handles a device's name [s, e) of two words, a room's
// and its owner's, either way round: "Kofi Bedroom", "Bedroom Kofi"
// (`"name": "Kofi Bedroom"`, "Speakers (Mehmet Office)"). The caller
// knows the name is a device's.
func (sc *scanner) roomPairOwner(s, e int) {
	b := sc.b
	m := roomWordEnd(b, s)
	if m == s || m+1 >= e || b[m] != ' ' || roomWordEnd(b, m+1) != e {
		return
	}
	if rs, _, ok := roomAt(b, e); ok && rs == m+1 {
		if roomOwnerWord(string(b[s:m])) {
			sc.nameSpan(s, m) // "Kofi Bedroom"
		}
	} else if rs, _, ok := roomAt(b, m); ok && rs == s && roomOwnerWord(string(b[m+1:e])) {
		sc.nameSpan(m+1, e) // "Bedroom Kofi"
	}
}

// endpointKinds name an audio endpoint before its device's name in
// brackets, as Windows and PulseAudio list them ("Speakers (Kofi
// Bedroom)"), lowercased.
var endpointKinds = wordSet(`speakers speaker headphones headset earphones output input line digital monitor airplay`)

// endpointKindBefore: the blank at p ends a word of endpointKinds.
func endpointKindBefore(b []byte, p int) bool {
	ws := p
	for ws > 0 && p-ws < 12 && isLetter(b[ws-1]) {
		ws--
	}
	return ws < p && endpointKinds[asciiLower(string(b[ws:p]))]
}

// roomPairValue handles the value at s of a key that names a device
// ("AirPlay device: Kofi Bedroom", "Output: Bedroom Kofi"): two words to
// the line's end, a room's and its owner's (roomPairOwner).
func (sc *scanner) roomPairValue(s int) {
	b := sc.b
	e, blanks := s, 0
	for e < len(b) && e-s < 40 && !lineBreak(b[e]) && blanks < 2 {
		if b[e] == ' ' {
			blanks++ // (most values, a sentence, stop at their second)
		}
		e++
	}
	if blanks != 1 || e < len(b) && !lineBreak(b[e]) || b[e-1] == ' ' || !roomDeviceKey(b, s) {
		return
	}
	sc.roomPairOwner(s, e)
}
