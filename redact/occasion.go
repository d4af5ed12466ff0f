package redact

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A DJ names a crate, a playlist, a recording or a project after the
// event and the people it was for: "Wedding - Efua & Kojo.crate",
// "Efua & Kojo Wedding 2025-03-01.wav", "Amaka 30th Birthday", "Zainab
// Sulaimon Bday". Those names are learned (a learn pass reads these
// shapes, and a scrub's scan as it goes: eventWord), so that a client's
// name leaves the library's paths and the app's log lines alike. The
// event's word is the anchor: a capitalised pair ("Drum & Bass", "Rock &
// Roll") or a song's title ("White Wedding", "Happy Birthday") is none.

// occasions are the events a set is played at. true: a person's own
// (a birthday), which one name and an age or a possessive marks; false: a
// couple's (a wedding), which two names joined by '&' mark.
var occasions = map[string]bool{"birthday": true, "bday": true, "graduation": true, "funeral": true,
	"christening": true, "baptism": true,
	"wedding": false, "weddings": false, "engagement": false, "anniversary": false,
	// the same in other languages a DJ names a crate in (those spelled
	// in ASCII): de, fr, es, it, nl, pl, no/da, sv, pt, tl, sw, id
	"geburtstag": true, "anniversaire": true, "cumpleanos": true, "verjaardag": true,
	"urodziny": true, "imieniny": true, "bursdag": true, "fodselsdag": true, "aniversario": true, "kaarawan": true,
	"hochzeit": false, "mariage": false, "boda": false, "matrimonio": false, "bruiloft": false, "wesele": false,
	"bryllup": false, "casamento": false, "kasal": false, "harusi": false, "pernikahan": false,
	// a couple's feasts and rites by their own names: Muslim (nikah,
	// walima), South Asian (mehndi, sangeet, shaadi), Southern and East
	// African (lobola, umembeso, kwanjula, ruracio)
	"nikah": false, "nikkah": false, "walima": false, "mehndi": false, "mehendi": false, "mehandi": false, "sangeet": false, "shaadi": false, "haldi": false,
	"baraat": false, "lobola": false, "umembeso": false, "umabo": false, "kwanjula": false, "ruracio": false, "ngurario": false,
	// a person's: a newborn's naming (aqiqah, Ghana's outdooring), a
	// fifteenth birthday (quinceañera spelled in ASCII)
	"aqiqah": true, "outdooring": true, "quinceanera": true,
	// a Jewish coming of age, read after "Bar " or "Bat " (ritePrefix)
	"mitzvah": true}

// occasionLens: bit n of occasionLens[c] is set for the n-byte words of
// occasions starting with c (either case).
var occasionLens = func() (t [256]uint16) {
	for w := range occasions {
		t[w[0]] |= 1 << len(w)
		t[w[0]-'a'+'A'] |= 1 << len(w)
	}
	return t
}()

// coupleWords join a couple's names as '&' does, in the languages of
// occasions: "Ama and Kwame Wedding", "Bryllup - Kari og Ole", "Hochzeit -
// Anna und Jonas", "Mariage - Chloé et Hugo", "Boda: Lucía y Mateo".
var coupleWords = wordSet(`and og och und et en y e i ve na dan`)

// coupleWord: w is one of coupleWords (a switch, not the map: eventWord
// asks it of every short word its gate lets through, "on", "de", "do").
func coupleWord(w []byte) bool {
	switch string(w) {
	case "and", "og", "och", "und", "et", "en", "y", "e", "i", "ve", "na", "dan":
		return true
	}
	return false
}

// ownLens is occasionLens of one person's occasions alone, and
// ownSecond holds in bit n of ownSecond[c] that one of them starts with c
// and then the letter 'a'+n (either case): the gates before a word is
// asked (eventWord, gluedEvent), as only those are read from their
// word (a couple's are read from the '&' or "and" between the names).
var ownLens, ownSecond = func() (l [256]uint16, s [256]uint32) {
	for w, own := range occasions {
		if own {
			l[w[0]] |= 1 << len(w)
			l[w[0]-'a'+'A'] |= 1 << len(w)
			s[w[0]] |= 1 << (w[1] - 'a')
			s[w[0]-'a'+'A'] |= 1 << (w[1] - 'a')
		}
	}
	return l, s
}()

// ownStart: one person's occasion may start with the two bytes at i
// (ownSecond; the byte after i must be there).
func ownStart(b []byte, i int) bool {
	return ownSecond[b[i]]>>(b[i+1]|0x20-'a')&1 != 0
}

// dashAfter: " - " follows the word ending at j, and a name may follow it
// ("Birthday - Amaka").
func dashAfter(b []byte, j int) bool {
	return j+4 < len(b) && b[j] == ' ' && b[j+1] == '-' && b[j+2] == ' '
}

// dashEnd returns where the name after a dash between blanks after the
// word ending at j starts (" - ", " – ", " — "), or -1.
func dashEnd(b []byte, j int) int {
	if dashAfter(b, j) {
		return j + 3
	}
	if j+6 < len(b) && b[j] == ' ' && b[j+1] == 0xe2 && b[j+2] == 0x80 && (b[j+3] == 0x93 || b[j+3] == 0x94) && b[j+4] == ' ' {
		return j + 5
	}
	return -1
}

// occasionAt reports whether the word [i, j) is one of occasions, and
// whose (true: one person's).
func occasionAt(b []byte, i, j int) (found, own bool) {
	if j-i < 4 || j-i > 12 || occasionLens[b[i]]>>(j-i)&1 == 0 {
		return wideOccasionAt(b, i, j)
	}
	var lb [16]byte
	if own, found = occasions[string(lowerInto(lb[:0], b[i:j]))]; !found {
		return wideOccasionAt(b, i, j) // ("nişan" is as long as "nikkah")
	}
	return found, own
}

// wideOccasions are occasions spelled outside ASCII, lowercased
// (lowerInto), one word or two: a photo library's, a calendar's or a
// video's folder names them before the couple or the person as a DJ's
// crate does ("Ślub Ani i Tomka", "Düğün Ayşe & Emre", "Đám cưới Lan &
// Minh", "Свадьба Ани и Ивана"). true: one person's (a birthday), false:
// a couple's.
var wideOccasions = map[string]bool{
	// pl, tr, vi, ru, uk, el, sv, fr, cs
	"ślub": false, "zaręczyny": false, "düğün": false, "nişan": false, "kına gecesi": false,
	"đám cưới": false, "lễ cưới": false, "đám hỏi": false,
	"свадьба": false, "венчание": false, "помолвка": false, "весілля": false, "заручини": false, "γάμος": false,
	"bröllop": false, "fiançailles": false, "svatba": false,
	"doğum günü": true, "sinh nhật": true, "thôi nôi": true, "день рождения": true, "день народження": true,
	"юбилей": true, "крестины": true, "хрестини": true, "baptême": true, "chrzciny": true, "sünnet": true,
}

// wideOccLens: bit n of wideOccLens[c] is set for the n-byte
// wideOccasions (their last word's, of two) whose first byte is c, in
// lower case or capitalised: the gate before one is looked up.
var wideOccLens = func() (t [256]uint32) {
	for w := range wideOccasions {
		n := len(w)
		if k := strings.LastIndexByte(w, ' '); k > 0 {
			n = len(w) - k - 1
		}
		for _, v := range [...]string{w, upperFirst(w), strings.ToUpper(w)} {
			t[v[0]] |= 1 << len(v)
		}
		if n != len(w) {
			// the last word of two, for occasionEndingAt
			l := w[len(w)-n:]
			for _, v := range [...]string{l, upperFirst(l), strings.ToUpper(l)} {
				t[v[0]] |= 1 << len(v)
			}
		}
	}
	return t
}()

// upperFirst returns w with its first letter a capital.
func upperFirst(w string) string {
	r, z := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[z:]
}

// wideOccasionAt reports whether the words [i, j) are one of
// wideOccasions, and whose.
func wideOccasionAt(b []byte, i, j int) (found, own bool) {
	if j-i < 4 || j-i > 31 || wideOccLens[b[i]]>>(j-i)&1 == 0 {
		return false, false
	}
	var lb [32]byte
	own, found = wideOccasions[string(lowerInto(lb[:0], b[i:j]))]
	return found, own
}

// wideOwnOccasion handles the word [i, j), with bytes outside ASCII, that
// ends one person's occasion of wideOccasions opening a name (a line, a
// path's segment, a quote, ": "): the name after a dash ("Doğum günü -
// Elif", "День рождения – Аня") or after Vietnamese "bé" (a child's) or
// "của" (of) ("Sinh nhật bé Na", "Thôi nôi bé Bin", "Sinh nhật của
// Lan"), ending the name, is the person's.
func (sc *scanner) wideOwnOccasion(i, j int) {
	b := sc.b
	q, own := occasionEndingAt(b, i, j)
	if q < 0 || !own || q > 0 && !clientLead(b, q) {
		return
	}
	if d := dashEnd(b, j); d > j {
		if dashName(b, d) && !songArtistAt(b, d) {
			sc.occasionOwnerAfter(d)
		}
		return
	}
	if j+3 >= len(b) || b[j] != ' ' {
		return
	}
	k := wordAfter(b, j+1)
	if w := string(b[j+1 : k]); (w == "bé" || w == "của") && k+2 < len(b) && b[k] == ' ' && givenName(b, k+1, wordAfter(b, k+1)) {
		sc.occasionOwnerAfter(k + 1)
	} else {
		sc.nameAfterOccasion(j) // "День рождения Ани", "Sinh nhật Lan"
	}
}

// colonOccasion handles a word [i, j) that ends in one person's occasion
// of namedAfter right after a calendar's property and ':'
// ("SUMMARY:Geburtstag Anna", "SUMMARY:Urodziny Zosi"): the name after it.
// namedEnds, by the word's last byte, gives the lengths the occasion may
// have: a symbol's or a path's word ("std::string", "C:\\Users\\Lucia")
// is passed over by a table's bit and a byte or two.
func (sc *scanner) colonOccasion(i, j int) {
	b := sc.b
	for m := namedEnds[b[j-1]]; m != 0; m &= m - 1 {
		s := j - bits.TrailingZeros16(m)
		if s > i && b[s-1] == ':' && namedStarts[b[s]]&(1<<(j-s)) != 0 && namedAfter(b[s:j]) && occasionOpens(b, s) {
			sc.nameAfterOccasion(j)
			return
		}
	}
}

// occasionEndingAt returns where the occasion whose last word is [p, e)
// starts (one word of occasions or occasionsOf, or one or two words of
// wideOccasions: "Đám cưới", "Doğum günü"), or -1, and whose it is.
func occasionEndingAt(b []byte, p, e int) (s int, own bool) {
	if found, own := occasionAt(b, p, e); found {
		return p, own
	}
	if p >= 3 && b[p-1] == ' ' && e-p <= 20 && wideOccLens[b[p]]>>(e-p)&1 != 0 {
		if q := wordBefore(b, p-1); q < p-1 {
			if found, own := wideOccasionAt(b, q, e); found {
				return q, own
			}
		}
	}
	return -1, false
}

// notClientWords are capitalised words before an event or beside '&'
// that name no person: a song's, a genre's, a family role.
var notClientWords = wordSet(`happy white royal red big fat my our your his her their the a an surprise party
	drum bass rock roll rhythm blues hip hop rnb r rap soul funk house tech dance country western
	mr mrs ms dr bride groom mum mom dad mama papa mother father grandma grandpa granny baby kids family
	oma opa omi opi mami papi mamie papy mamá papá abuela abuelo abuelita nonna nonno avó avô vovó vovô tia tio
	tía tío tante onkel zia zio
	office company staff team school church college university uni class annual summer winter spring
	autumn new old best top classics mix mixes songs hits vibes set sets intro first last dance slow
	wedding weddings birthday bday engagement anniversary graduation funeral christening baptism reception
	ceremony cocktail hour dinner entrance exit cake cutting speeches gold silver golden diamond ruby pearl platinum
	bronze crystal ivory business sales marketing commerce enterprise platform
	oma opa mutti vati tante onkel abuela abuelo abuelita tia tio mamie papi nonna nonno zia zio
	familie famille familia famiglia luxe`)

// clientWord reports whether [s, e) is a word of a client's name.
func clientWord(b []byte, s, e int) bool {
	if e-s < 2 || !capitalised(b, s) {
		return false
	}
	w := string(b[s:e])
	if !proseWord(w, true) && !greetingName(w) {
		return false
	}
	if found, _ := occasionAt(b, s, e); found {
		return false // "Anniversaire de Mariage", "Boda - Hochzeit"
	}
	lw := strings.ToLower(w)
	_, occ := occasions[lw]
	_, occOf := occasionsOf[lw]
	return !notClientWords[lw] && !occ && !occOf && !wideOccParts[lw]
}

// wideOccParts are the words of wideOccasions of two words ("Đám Cưới",
// "Doğum Günü", "Kına Gecesi"): no client's, in title case too.
var wideOccParts = func() map[string]bool {
	m := map[string]bool{}
	for w := range wideOccasions {
		if k := strings.IndexByte(w, ' '); k > 0 {
			m[w[:k]], m[w[k+1:]] = true, true
		}
	}
	return m
}()

// occasionsOf are occasions read only before a preposition and a name
// (occasionLeads): those spelled outside ASCII, and more languages'.
var occasionsOf = map[string]bool{"cumpleaños": true, "aniversário": true, "compleanno": true, "anniversario": false,
	"aniversari": true, "fête": true, "fete": true, "verjaardag": true, "quinceañera": true}

// occasionPreps stand between an occasion and its person or couple
// (occasionLeads): "Anniversaire de Chloé", "Geburtstag von Lena",
// "Compleanno di Giulia", "Aniversário da Beatriz", "Wedding of Efua &
// Kojo".
var occasionPreps = wordSet(`de di da do del von van of`)

// occasionPrepWord: w is one of occasionPreps (as coupleWord).
func occasionPrepWord(w []byte) bool {
	switch string(w) {
	case "de", "di", "da", "do", "del", "von", "van", "of":
		return true
	}
	return false
}

// occasionLeads reports whether an occasion's word ends one blank before
// the name at s, with one of occasionPreps between them or none
// ("Wedding Efua", "Mariage de Chloé", "Geburtstag von Lena"), and opens
// a name itself (a line, a path's segment, a quote: clientLead); and
// whose (true: one person's).
func occasionLeads(b []byte, s int) (found, own bool) {
	if s < 5 || b[s-1] != ' ' {
		return false, false
	}
	e := s - 1
	p := wordBefore(b, e)
	if e-p <= 3 && p >= 5 && b[p-1] == ' ' && occasionPrepWord(b[p:e]) {
		e = p - 1
		p = wordBefore(b, e)
	}
	if e-p < 4 {
		return false, false
	}
	if q, o := occasionEndingAt(b, p, e); q >= 0 {
		// ("Ślub Ani i Tomka", "Đám cưới Lan & Minh")
		return occasionOpens(b, q), o
	}
	if e-p <= 12 && occasionOpens(b, p) {
		var lb [16]byte
		own, found = occasionsOf[string(lowerInto(lb[:0], b[p:e]))]
	}
	return found, own
}

// occasionOpens: the occasion's word at q opens a name (clientLead), or
// a calendar's or a card's property in capitals ends right before it
// (iCalendar's "SUMMARY:Wedding of …", vCard's "NOTE:Birthday of …").
func occasionOpens(b []byte, q int) bool {
	return q == 0 || clientLead(b, q) || q >= 3 && b[q-1] == ':' && b[q-2]-'A' < 26 && b[q-3]-'A' < 26
}

// occasionThings are capitalised words after an occasion's word that
// name a thing, not a person ("Wedding Dress & Shoes", "Wedding Songs &
// Ballads"), lowercased; musicGenres, djFolderThings, possThingStop and
// thingOwnerStop are asked too (givenName).
var occasionThings = wordSet(`dress dresses gown gowns shoes shoe suit suits tux tuxedo veil hair makeup nails
	jewelry jewellery ring rings vows vow toast toasts song songs ballad ballads cake cakes candles candle flowers
	flower decor decorations photo photos pictures pics video videos music favors favours gift gifts card cards
	invitations invitation invites venue venues drinks food games balloons guests friends love romance oldies jams
	bangers anthems bells march planning plans plan tips ideas prep bash planner jokes poems quotes wishes messages
	memories highlights slideshow montage dj djs band bands playlist playlists list lists readings speech cocktails
	dinner lunch brunch breakfast buffet menu meal drinks bar dancing dances dance entrances processional recessional
	ceremony reception firstdance garter bouquet toss sparkler sendoff party after afterparty
	mixcloud twitch instagram tiktok facebook podcast stream livestream
	kościelny cywilny zdjęcia wideo przyjęcie tort zaproszenia sala impreza prezenty życzenia
	salonu salonları fotoğrafları fotoğraf davetiyesi davetiye pastası videosu albümü kutlama kutlaması partisi
	parti hediye hediyeler fikirleri organizasyon
	ảnh video nhạc thiệp tiệc quà
	фото видео платье торт приглашения зал праздник поздравления подарки вечеринка`)

// givenName: the word [s, e) reads as a given name where nothing but its
// place says so (an occasion's word before it with no separator, a
// "for" after a set's): a client's word (clientWord) in title case that
// names no thing an occasion or a set is known for.
func givenName(b []byte, s, e int) bool {
	if !clientWord(b, s, e) || b[s+1]-'A' < 26 {
		return false
	}
	var lb [32]byte
	l := lowerInto(lb[:0], b[s:e])
	return !occasionThings[string(l)] && !musicGenres[string(l)] && !djFolderThings[string(l)] &&
		!possThingStop[string(l)] && !thingOwnerStop[string(l)]
}

// milestoneAge: w is an age a party is thrown for ("21st", "30th").
func milestoneAge(w []byte) bool {
	switch string(w) {
	case "13th", "16th", "18th", "21st", "25th", "30th", "40th", "50th", "60th", "65th", "70th", "75th", "80th", "90th":
		return true
	}
	return false
}

// ageAfter handles the age [i, j) after a blank: a possessive's
// ("Thabiso's 30th", ageOwner) or a given name's ("Kagiso 30th",
// ageNamed).
func (sc *scanner) ageAfter(i, j int) {
	b := sc.b
	if c := b[i-2]; c == 's' && (b[i-3] == '\'' || i >= 6 && string(b[i-5:i-2]) == "\u2019") {
		sc.ageOwner(i, j)
	} else if j-i == 4 && isLetter(c) && milestoneAge(b[i:j]) {
		sc.ageNamed(i, j) // (a name may end in 's': "Marcus 30th")
	}
}

// ageNamed handles a milestone age [i, j) right after a given name that
// opens a name and ending it, the party's name without its word
// ("Crates/Tatenda 21st.crate", "Playlist: Kagiso 30th"): the person.
// With the word after it ("Amaka 30th Birthday") it is eventWord's; a
// month's day ("March 21st") is no name.
func (sc *scanner) ageNamed(i, j int) {
	b := sc.b
	if i < 4 || !(j == len(b) || lineBreak(b[j]) || strings.IndexByte(".\"'/\\)_", b[j]) >= 0) {
		return
	}
	s := wordBefore(b, i-1)
	if s == i-1 || s == 0 || lineBreak(b[s-1]) || !clientLead(b, s) || !givenName(b, s, i-1) {
		return // (a line's first word is no party's name: "Century 21st")
	}
	var lb [16]byte
	if w := lowerInto(lb[:0], b[s:i-1]); w == nil || ageLeads[string(w)] {
		return // "Sweet 16th", "Dirty 30th", "Mum 60th"
	}
	sc.proseSpan(s, i-1, true)
}

// ageLeads: words before an age that name no one ("Sweet 16th", "Golden
// 50th", "Mum 60th").
var ageLeads = wordSet(`sweet happy big dirty flirty fabulous golden silver ruby diamond pearl surprise joint double
	mum mom mam dad papa mama granny grandma grandpa nana nan gran auntie aunty uncle century chapter level floor`)

// nameEnds: what follows a client's name at e ends it: the text's or the
// line's end, punctuation, a path's separator, a file's extension, or a
// blank before a number or a parenthesis ("Efua & Kojo 2025-03-01",
// "Amara (30th)").
func nameEnds(b []byte, e int) bool {
	return e >= len(b) || lineBreak(b[e]) || strings.IndexByte(".,;\"'/\\)]%", b[e]) >= 0 ||
		b[e] == ' ' && e+1 < len(b) && (isDigit(b[e+1]) || b[e+1] == '(')
}

// gluedCouple reports whether the names [bs, be) and [as, ae) around a
// couple's '&' or "and" are one given name each and a couple's occasion
// opens them with no separator, or a preposition ("Wedding Efua &
// Kojo.crate", "Hochzeit Anna & Jonas", "Mariage de Chloé et Hugo"):
// with no separator to say so, both must read as given names and end the
// name ("Wedding Dress & Shoes", "Wedding Songs & Ballads" name none).
// After a preposition a side may be a full name too, a given name and a
// surname ("Wedding of Priya Nair and Arjun Menon", "Boda de Lucía García
// y Pablo Ruiz"): "of" says a person follows as a dash does.
func gluedCouple(b []byte, bs, be, as, ae int) bool {
	if !nameEnds(b, ae) {
		return false
	}
	if wordBefore(b, be) != bs || wordAfter(b, as) != ae {
		if p := wordBefore(b, bs-1); bs < 4 || b[bs-1] != ' ' || !occasionPrepWord(b[p:bs-1]) {
			return false
		}
	}
	if !givenWords(b, bs, be) || !givenWords(b, as, ae) {
		return false
	}
	found, own := occasionLeads(b, bs)
	return found && !own
}

// givenWords: each word of the name [s, e), one or two words one blank
// apart, reads as a given name (givenName).
func givenWords(b []byte, s, e int) bool {
	if k := bytes.IndexByte(b[s:e], ' '); k > 0 {
		return givenName(b, s, s+k) && givenName(b, s+k+1, e)
	}
	return givenName(b, s, e)
}

// occasionPrep handles the preposition [i, j) (of occasionPreps) between a
// person's occasion and the person, who ends the name: "Anniversaire de
// Chloé", "Cumpleaños de Lucía", "Geburtstag von Lena Schmidt",
// "Verjaardag van Daan Visser" (a couple's, "Mariage de Chloé et Hugo",
// is coupleAt's). It alone reads these: occasionOwner reads the name
// before the occasion and after its dash.
func (sc *scanner) occasionPrep(i, j int) {
	b := sc.b
	if j+2 >= len(b) || b[j] != ' ' || !givenName(b, j+1, wordAfter(b, j+1)) {
		return
	}
	if found, own := occasionLeads(b, j+1); found && own {
		sc.occasionOwnerAfter(j + 1)
	}
}

// madeForThings are what a DJ makes for a person, named "<thing> for
// <name>": "Set for Obinna.m3u", "Mix for Amara (30th).crate", "Gig for
// Ama Serwaa.wav".
var madeForThings = wordSet(`set sets mix mixes mixtape playlist crate tracks songs gig gigs recording edit remix`)

// madeForFirst: the first letters of madeForThings, in either case.
var madeForFirst = func() (t [256]bool) {
	for w := range madeForThings {
		t[w[0]], t[w[0]-32] = true, true
	}
	return t
}()

// madeFor handles "for" at [i, j) after one of madeForThings, capitalised,
// that opens a name (clientLead): the given name after it, which ends the name, is
// the person's ("Set for Obinna.m3u"; not "Set for Tomorrow", "Mix for
// Radio", "Playlist for Friday", "Set for 2 decks").
func (sc *scanner) madeFor(i, j int) {
	b := sc.b
	if i < 4 || b[i-1] != ' ' || j+2 >= len(b) || b[j] != ' ' {
		return
	}
	p := wordBefore(b, i-1)
	if i-1-p < 3 || i-1-p > 24 || b[p]-'A' >= 26 || p > 0 && !clientLead(b, p) && !(p >= 2 && b[p-1] == ' ' && isDigit(b[p-2])) {
		return // (after a date too: "2026-12-01 Gig for Ama Serwaa.wav")
	}
	var lb [32]byte
	t := lowerInto(lb[:0], b[p:i-1])
	made := madeForThings[string(t)] || madeForParty(t, b[i] != 'f' || b[i+1] != 'o')
	audio := !made && madeForAudio[string(t)]
	if !made && !audio || !givenName(b, j+1, wordAfter(b, j+1)) || partyPlace(b, j+1, wordAfter(b, j+1)) ||
		madeForStop[string(lowerInto(lb[:0], b[j+1:wordAfter(b, j+1)]))] || sortWords[string(lowerInto(lb[:0], b[j+1:wordAfter(b, j+1)]))] {
		return
	}
	e := clientNameAfter(b, j+1)
	ps, pe := e, e
	if ce := madeForCouple(b, e); ce > e {
		ps, pe = wordBefore(b, ce), ce // "Outro for Kwame and Efua", "Party für Jürgen und Lena"
		if ps > 0 && b[ps-1] == ' ' && ps-1 > e+1 && givenName(b, wordBefore(b, ps-1), ps-1) {
			ps = wordBefore(b, ps-1) // (with a surname: "… and Efua Mensah")
		}
	}
	if nameEnds(b, pe) && (made || mediaFileAt(b, pe, min(len(b), pe+11)) || quotedWhole(b, p, pe) ||
		audio && !(p >= 2 && b[p-1] == ' ' && isDigit(b[p-2])) && (pe == len(b) || lineBreak(b[pe]))) {
		// (an intro or an outro that is a track's whole title, on a
		// line of its own or after "Track 3: ": "Outro for Amara")
		sc.proseSpan(j+1, e, true)
		if pe > e {
			sc.proseSpan(ps, pe, true)
		}
	}
}

// madeByThings are what a person records or puts together under their
// own name: a set, a mix, a playlist ("Live set by Kwabena Boateng.wav",
// Traktor's broadcast title "Mix by Ioana Popescu"). A remix or an edit
// by someone is an artist's, whose name a track's title holds.
var madeByThings = wordSet(`set sets mix mixes mixtape playlist crate recording gig`)

// madeBy handles "by" at [i, j) after one of madeByThings, capitalised or
// after one word that is ("Live set by …"), that opens a name (clientLead,
// or a date before it): the given name after it, with a surname, or a
// couple ("Mix by Ama & Yaw"), which ends the title (a quote that opened
// it, a media file's extension) is the person's.
func (sc *scanner) madeBy(i, j int) {
	b := sc.b
	if i < 4 || j+2 >= len(b) || b[j] != ' ' {
		return
	}
	p := wordBefore(b, i-1)
	var lb [16]byte
	if i-1-p < 3 || i-1-p > 8 || !madeByThings[string(lowerInto(lb[:0], b[p:i-1]))] {
		return
	}
	// in lower case, "set" and "mix" are verbs as often ("Default set
	// by Group Policy"): only a media file's name is a recording's then
	verb := b[p]-'a' < 26
	// (a line's "Set by Group Policy" is a setting's too: a title of a
	// line of its own is a mix's, a playlist's)
	line := b[p]|0x20 != 's'
	if b[p]-'A' >= 26 || p > 0 && !clientLead(b, p) {
		// one capitalised word before it may open the name ("Live set
		// by", "Sunset Mix by")
		if p < 3 || b[p-1] != ' ' {
			return
		}
		if q := wordBefore(b, p-1); q > 0 && q < p-1 && b[q]-'A' < 26 && p-1-q <= 12 && clientLead(b, q) {
			p = q
		} else {
			return
		}
	}
	if !givenName(b, j+1, wordAfter(b, j+1)) || partyPlace(b, j+1, wordAfter(b, j+1)) ||
		madeForStop[string(lowerInto(lb[:0], b[j+1:wordAfter(b, j+1)]))] || sortWords[string(lowerInto(lb[:0], b[j+1:wordAfter(b, j+1)]))] {
		return
	}
	e := clientNameAfter(b, j+1)
	ps, pe := e, e
	if ce := madeForCouple(b, e); ce > e {
		ps, pe = wordBefore(b, ce), ce
	}
	if nameEnds(b, pe) && (mediaFileAt(b, pe, min(len(b), pe+11)) || !verb && (quotedWhole(b, p, pe) || line && titleLine(b, p, pe))) {
		// (a title's end: "Value set by Administrator" ends many a
		// settings line)
		sc.proseSpan(j+1, e, true)
		if pe > e {
			sc.proseSpan(ps, pe, true)
		}
	}
}

// madeForParty: the lowercased word t before "for" (or "für", when
// german) is a party, or a German compound ending with a set's word
// ("Geburtstagsmix", "Hochzeitsplaylist", "Partymix"): the person it is
// thrown or made for follows ("Party für Jürgen", "Party for Ama.als",
// "Geburtstagsmix für Lena").
func madeForParty(t []byte, german bool) bool {
	if string(t) == "party" || string(t) == "feier" || string(t) == "fete" {
		return true
	}
	if !german || len(t) < 7 {
		return false
	}
	for _, x := range [...]string{"mix", "playlist", "party", "set", "feier"} {
		if len(t) >= len(x)+4 && string(t[len(t)-len(x):]) == x {
			return true
		}
	}
	return false
}

// madeForCouple returns where a second given name (and its surname) ends
// after "and", "und" or '&' right after the name ending at e
// ("Outro for Kwame and Efua", "Party für Jürgen und Lena"), or e.
func madeForCouple(b []byte, e int) int {
	if e+6 >= len(b) || b[e] != ' ' {
		return e
	}
	s := e + 1
	switch {
	case b[s] == '&' && b[s+1] == ' ':
		s += 2
	case b[s] == 'a' && b[s+1] == 'n' && b[s+2] == 'd' && b[s+3] == ' ',
		b[s] == 'u' && b[s+1] == 'n' && b[s+2] == 'd' && b[s+3] == ' ':
		s += 4
	default:
		return e
	}
	if s >= len(b) || !givenName(b, s, wordAfter(b, s)) || partyPlace(b, s, wordAfter(b, s)) {
		return e
	}
	var lb [16]byte
	if w := lowerInto(lb[:0], b[s:wordAfter(b, s)]); w == nil || madeForStop[string(w)] || partnerStop[string(w)] || pairedWords[string(w)] {
		return e
	}
	return clientNameAfter(b, s)
}

// quotedWhole: a quote opens the title at p and closes it at e, as a
// tag's value (Traktor's TITLE="Intro for Priya", `"title":"Intro for
// Priya"`, `\"Intro for Priya\"`): the title is all the dedication.
func quotedWhole(b []byte, p, e int) bool {
	return p > 0 && b[p-1] == '"' && e < len(b) && (b[e] == '"' || b[e] == '\\' && e+1 < len(b) && b[e+1] == '"')
}

// vaAt: the word [i, j) is Vietnamese "và" (and), which joins a couple's
// names as coupleWords do ("Đám cưới Lan và Minh").
func vaAt(b []byte, i, j int) bool {
	return j-i == 3 && b[i] == 'v' && b[i+1] == 0xc3 && b[i+2] == 0xa0
}

// fuerAt: "für" (German "for", UTF-8) is at i.
func fuerAt(b []byte, i int) bool {
	return i+4 <= len(b) && b[i] == 'f' && b[i+1] == 0xc3 && b[i+2] == 0xbc && b[i+3] == 'r'
}

// configForThings are what an app loads, syncs or restores for its user,
// named "<thing> for <name>": "Loaded user config for Zhang Wei",
// "Syncing library for Kwame Asante", "Restoring session for Aisha
// Bello"; and a license ("license for Siddharth Iyer", "Lizenziert für
// Siddharth Iyer").
var configForThings = wordSet(`config configuration settings preferences prefs library profile session workspace
	license licence lizenz lizenziert registriert`)

// configForStop are capitalised words of what an app's settings are for
// that no name has: a device's, an output's, a program's ("Loaded config
// for Main Output", "Restoring session for Untitled Project").
var configForStop = wordSet(`main default current new untitled left right master output outputs input inputs channel
	channels deck decks mixer device devices track tracks project projects plugin plugins controller controllers midi
	sample samples engine server client module display monitor screen window windows panel view layout theme global
	local shared remote primary secondary external internal built virtual demo example generic standard custom
	unknown guest all other every active recent audio video network cloud sync library playlist playlists crate
	crates bridge link hub beta preview pro live lite studio suite edition mode
	size shift buffer sound blaster hardware software color colour night day morning evening weekend friday saturday
	sunday rate gain level speed quality format cache memory storage disk drive power battery graphics dark light
	auto time machine voice chat folder folders file files music photos service services
	game games steam xbox playstation controller keyboard mouse headset microphone mic speaker speakers camera
	adobe google visual chrome office teams spotify connect`)

// configForSuffixes end English nouns that name a setting, not a person
// ("Hardware Acceleration", "Color Management", "Noise Reduction"), or an
// adjective before one ("Continuous Backups").
var configForSuffixes = []string{"tion", "sion", "ment", "ness", "ity", "ize", "ise", "ics", "ware", "ous"}

// configFor handles "for" at [i, j) after one of configForThings: the
// name of two or three words after it that ends the line, each a name's
// word (title case, no common, product's or device's word: "Loaded
// config for Serato DJ", "for Windows Update", "for Pioneer DDJ" stay),
// is the user's.
func (sc *scanner) configFor(i, j int) {
	b := sc.b
	p := wordBefore(b, i-1)
	if i-1-p < 4 || i-1-p > 13 {
		return
	}
	var lb [16]byte
	if !configForThings[string(lowerInto(lb[:0], b[p:i-1]))] {
		return
	}
	sc.forName(j + 1)
}

// licenseeAt handles the word [i, j) that ends the words of a licence's
// holder in French ("à": "Licence accordée à", "Licencié à") or Spanish
// ("de": "Licencia a nombre de", "Registrado a nombre de"): the name
// after it (forName) is the holder's.
func (sc *scanner) licenseeAt(i, j int) {
	b := sc.b
	if j+2 >= len(b) || b[j] != ' ' {
		return
	}
	leads := licenseeLeadsFr
	if b[i] == 'd' {
		leads = licenseeLeadsEs
	}
	for _, w := range leads {
		if afterFold(b, i, w) {
			sc.forName(j + 1)
			return
		}
	}
}

// licenseeLeadsFr and licenseeLeadsEs are the words before "à" and "de"
// that say a licence's holder follows, lowercased.
var (
	licenseeLeadsFr = []string{"accord\u00e9e ", "d\u00e9livr\u00e9e ", "attribu\u00e9e ", "licenci\u00e9 ", "licenci\u00e9e ",
		"enregistr\u00e9 ", "enregistr\u00e9e "}
	licenseeLeadsEs = []string{"a nombre "}
)

// forName replaces the name of two or three words at s that ends the
// line, each a name's word (title case, no common, product's or device's
// word), after configFor's "config for" or licenseeAt's "licence issued
// to".
func (sc *scanner) forName(s int) {
	b := sc.b
	e, n := s, 0
	for n < 3 {
		we := wordAfter(b, e)
		if we-e < 2 || !titleCaseAt(b, e) {
			return
		}
		w := string(b[e:we])
		lw := strings.ToLower(w)
		if n > 0 && lastNameAn(b, e, we) {
			// "Nguyễn Văn An" (net.go)
		} else if !utf8.ValidString(w) || !nameWord(w, false) || !clientWord(b, e, we) || configForStop[lw] || editionWords[lw] ||
			brandWords[lw] || deviceMakers[lw] {
			return
		}
		for _, x := range configForSuffixes {
			if strings.HasSuffix(lw, x) {
				return
			}
		}
		n++
		e = we
		if n == 3 || e+1 >= len(b) || b[e] != ' ' || !titleCaseAt(b, e+1) {
			break
		}
		e++
	}
	if n < 2 {
		return // one word ("for Kofi", a team's or a product's as often), or more words after
	}
	if q := editionAfter(b, e); q < len(b) && !lineBreak(b[q]) && !(b[q] == '.' && (q+1 == len(b) || lineBreak(b[q+1]))) {
		return // the name must end the line ("for Zhang Wei", "for Zhang Wei.", "for Zhang Wei (Pro)")
	}
	if roleName(b, s, e) {
		return
	}
	sc.proseSpan(s, e, true)
}

// madeForPct handles a file URL's madeFor, its blanks encoded: "%20for%20"
// at k in the word [i, j) after one of madeForThings that opens a path's
// segment, and one to three capitalised words joined by "%20" that end
// the file's name: "Gig%20for%20Ama%20Serwaa.wav",
// "Intro%20for%20Abena%20Osei.wav" (not "Mix%20for%20Radio.mp3").
func (sc *scanner) madeForPct(i, k, j int) {
	b := sc.b
	p := k
	for p > i && k-p <= 9 && isLetter(b[p-1]) {
		p--
	}
	if k-p < 3 || k-p > 9 || b[p]-'A' >= 26 || p > i && b[p-1] != '/' && b[p-1] != '\\' && !(p-3 >= i && b[p-3] == '%') {
		return
	}
	var lb [16]byte
	if t := lowerInto(lb[:0], b[p:k]); !madeForThings[string(t)] && !madeForAudio[string(t)] {
		return
	}
	s := k + 9
	var ws [3][2]int
	n, e := 0, s
	for n < 3 {
		we := e
		for we < j && we-e < 24 && (isLetter(b[we]) || b[we] >= 0x80) {
			we++
		}
		if we-e < 2 || !capitalised(b, e) || n == 0 && (!givenName(b, e, we) || partyPlace(b, e, we)) || n > 0 && !clientWord(b, e, we) {
			break
		}
		ws[n] = [2]int{e, we}
		n++
		e = we
		if e+3 >= j || string(b[e:e+3]) != "%20" {
			break
		}
		e += 3
	}
	if n == 0 {
		return
	}
	end := ws[n-1][1]
	if end < j && b[end] != '.' && b[end] != '/' && b[end] != '\\' && b[end] != '"' && b[end] != '&' && b[end] != '%' {
		return
	}
	if !madeForThings[string(lowerInto(lb[:0], b[p:k]))] && !mediaFileAt(b, end, j) {
		return // an intro's name must end a media file ("Intro%20for%20Beginners.pdf")
	}
	for x := 0; x < n; x++ {
		sc.proseSpan(ws[x][0], ws[x][1], true)
	}
}

// partyPlaces are the places a set or a mix is made for most often
// ("Set for Ibiza.m3u", "Playlist for Berlin", "Mix for Lagos.mp3"), in
// lower case: the party towns, the festivals and the cities DJs name
// their sets after. A place that is a given name too (Paris, Sydney,
// Austin, Kenya, India, Florence, Chelsea, Georgia) is left out: after
// "for" it may be a person's, and then it goes.
var partyPlaces = wordSet(`ibiza mykonos tulum miami vegas cancun goa bali phuket berlin london amsterdam barcelona
	lisbon madrid rome milan dubai lagos accra abuja kumasi nairobi mombasa johannesburg joburg durban pretoria
	kampala kigali dakar cairo marrakech casablanca tokyo seoul bangkok mumbai delhi bangalore singapore manila
	shanghai beijing toronto montreal chicago atlanta houston nyc detroit brighton manchester glasgow dublin
	croatia greece spain italy mexico jamaica trinidad ghana nigeria brazil portugal france germany japan
	coachella tomorrowland glastonbury afronation`)

// partyPlace: the word [s, e) is one of partyPlaces.
func partyPlace(b []byte, s, e int) bool {
	if e-s < 2 || e-s > 16 {
		return false
	}
	var lb [16]byte
	return partyPlaces[string(lowerInto(lb[:0], b[s:e]))]
}

// madeForStop are capitalised words after "<thing> for" that name who a
// beat or an intro is sold or made for, no person ("Beat for Sale.mp3",
// "Intro for Beginners"), lowercased.
var madeForStop = wordSet(`sale sales lease leasing rent hire free download purchase license licence beginners dummies
	everyone everybody anyone all you me us them kids children dancers rappers singers artists producers
	anfänger alle dich euch mich uns zuhause unterwegs kinder
	two three four five ten zwei drei vier fünf freunde familie ostern weihnachten silvester neujahr karneval fasching`)

// madeForAudio are recordings a DJ makes for a person that madeFor reads
// before a media file's extension only: "Intro for Abena Osei.wav" (not
// "Intro for Beginners.pdf").
var madeForAudio = wordSet(`intro outro entrance tribute medley beat beats riddim instrumental jingle`)

// mediaFileAt: a '.' at e opens one of mediaExts that ends the word
// before j.
func mediaFileAt(b []byte, e, j int) bool {
	if e >= j || b[e] != '.' {
		return false
	}
	x := e + 1
	for x < j && x-e <= 10 && isAlnum(b[x]) {
		x++
	}
	return (x == j || !isAlnum(b[x])) && mediaExt(b[e+1:x])
}

// wordBefore returns the start of the word ending at e (letters, letters
// outside ASCII, '-' and '\” between them).
func wordBefore(b []byte, e int) int {
	s := e
	for s > 0 && e-s < 32 && (isLetter(b[s-1]) || b[s-1] >= 0x80 || b[s-1] == '-' || b[s-1] == '\'') {
		s--
	}
	for s < e && (b[s] == '-' || b[s] == '\'') {
		s++ // a quote before the word
	}
	return s
}

// wordAfter returns the end of the word at s, as wordBefore reads one.
func wordAfter(b []byte, s int) int {
	e := s
	for e < len(b) && e-s < 32 && (isLetter(b[e]) || b[e] >= 0x80 || b[e] == '-' || b[e] == '\'') {
		e++
	}
	for e > s && (b[e-1] == '-' || b[e-1] == '\'') {
		e--
	}
	return e
}

// occasionOwner handles a person's event, the word [i, j) ("Birthday"):
// the name before it, one word with an age or a possessive after it
// ("Amaka 30th Birthday", "Amaka's Birthday") or two words ("Zainab
// Sulaimon Bday"), standing where a name opens (a line, a path's
// segment, a quote).
func (sc *scanner) occasionOwner(i, j int) {
	b := sc.b
	lead := i
	if j-i == 7 && (b[i]|0x20) == 'm' {
		if lead = ritePrefix(b, i); lead == i {
			return // "Mitzvah" alone: no occasion's word
		}
	}
	if lead == 0 || clientLead(b, lead) {
		k := j
		if k+5 < len(b) && b[k] == ' ' {
			// a set's word between ("Birthday Mix – Thandiwe", "Bday set - Kemi")
			var lb [16]byte
			if e := wordAfter(b, k+1); e-k-1 >= 3 && e-k-1 <= 9 && madeForThings[string(lowerInto(lb[:0], b[k+1:e]))] {
				k = e
			}
		}
		if d := dashEnd(b, k); d > k {
			if (d == j+3 && !dashTitleWord(b, d) || dashName(b, d)) && !(k == j && lead == i && songArtistAt(b, d)) {
				sc.occasionOwnerAfter(d) // a calendar's "Birthday - Amaka", "Bar Mitzvah - Eli Cohen"
			}
			return
		}
	}
	if lead == i && namedAfter(b[i:j]) && occasionOpens(b, i) {
		sc.nameAfterOccasion(j) // "Urodziny Zosi 2024", "Geburtstag Anna"
		return
	}
	if lead != i {
		return
	}
	if i < 3 || b[i-1] != ' ' {
		return
	}
	e := i - 1
	marked := false
	if p := wordStartNum(b, e); p < e && p >= 2 && b[p-1] == ' ' {
		e, marked = p-1, true // "30th"
	}
	if e >= 2 && b[e-1] == 's' && (b[e-2] == '\'' || e >= 4 && string(b[e-4:e-1]) == "\u2019") {
		marked = true // "Amaka's"
		if b[e-2] == '\'' {
			e -= 2
		} else {
			e -= 4
		}
	}
	s := wordBefore(b, e)
	if !clientWord(b, s, e) {
		return
	}
	n := 1
	if s >= 2 && b[s-1] == ' ' {
		if g := wordBefore(b, s-1); clientWord(b, g, s-1) && !monthName(b[g:s-1]) {
			s, n = g, 2
		}
	}
	if n < 2 && !marked && !soleOwner(b, s, e, i, j) || s > 0 && !clientLead(b, s) && !wordDateLead(b, s) {
		return // (a day in words may open it: "Sat 9 Mar Amaka 30th Birthday", occasionshapes.go)
	}
	sc.proseSpan(s, e, true)
}

// namedAfter: w is one person's occasion in a language that names the
// person right after it, with no preposition and no dash, and writes its
// nouns in lower case or knows them (namedStop): Polish's genitive
// ("Urodziny Zosi", "Imieniny Kasi"), German's, Dutch's, the Romance
// languages' and Norwegian's in a file's or an event's name ("Geburtstag
// Anna", "Verjaardag Sanne", "Anniversaire Léa"). English's is left:
// "Birthday Girl", "Birthday Bash", "Graduation Day" name no one.
func namedAfter(w []byte) bool {
	if len(w) < 4 || len(w) > 16 || namedEnds[w[len(w)-1]]&namedStarts[w[0]]&(1<<len(w)) == 0 {
		return false
	}
	var lb [16]byte
	return namedAfters[string(lowerInto(lb[:0], w))]
}

// namedAfters are namedAfter's occasions, lowercased.
var namedAfters = wordSet(`geburtstag urodziny imieniny verjaardag anniversaire cumpleanos aniversario bursdag fodselsdag`)

// namedEnds and namedStarts: bit n of namedEnds[c] (of namedStarts[c])
// is set for the n-byte words of namedAfters that end (start) with c,
// either case: the gates before one is looked up.
var namedEnds, namedStarts = func() (e, s [256]uint16) {
	for w := range namedAfters {
		n := uint16(1) << len(w)
		e[w[len(w)-1]] |= n
		e[w[len(w)-1]-'a'+'A'] |= n
		s[w[0]] |= n
		s[w[0]-'a'+'A'] |= n
	}
	return e, s
}()

// nameAfterOccasion handles the name one blank after a person's occasion
// of namedAfter that ends at j (or of wideOccasions: "День рождения Ани",
// "Sinh nhật Lan"): one or two given names that end the name (a date, an
// age, a file's extension after it), no word of namedStop.
func (sc *scanner) nameAfterOccasion(j int) {
	b := sc.b
	if j+3 >= len(b) || b[j] != ' ' {
		return
	}
	s := j + 1
	e := wordAfter(b, s)
	if e-s > 16 || !givenName(b, s, e) {
		return
	}
	var lb [16]byte
	if namedStop[string(lowerInto(lb[:0], b[s:e]))] {
		return
	}
	sc.occasionOwnerAfter(s)
}

// namedStop are capitalised words after an occasion of namedAfter that
// name a thing or a relative, no person by their name ("Geburtstag
// Feier", "Urodziny Mamy", "Verjaardag Feest", "День рождения Мамы"),
// lowercased.
var namedStop = wordSet(`feier fete party einladung einladungen geschenk geschenke geschenkideen kuchen torte lied
	lieder musik fotos bilder karte karten glückwünsche wünsche sprüche gedicht gedichte deko dekoration spiele rede
	gäste gästeliste planung essen überraschung kind kinder heute morgen gestern mutter vater schwester bruder sohn
	tochter frau mann freund freundin chef kollege kollegin mama papa mami papi oma opa tante onkel
	mamy taty babci dziadka córki syna żony męża brata siostry cioci wujka szefa dziecka przyjęcie
	feest taart cadeau cadeaus kaart uitnodiging moeder vader
	surprise fiesta sorpresa festa fête maman papa
	мамы папы бабушки дедушки сына дочери жены мужа брата сестры
	vui mẹ bố ba má con ông bà`)

// soleOwner reports whether the one word [s, e) before a person's event
// [.., j), with no age or possessive to mark it, names the person: a
// crate's, a set's or a project's name that opens a path's segment, a
// quote or a field after ": " ("Projects/Chioma Birthday Mix.als",
// "Live Set: Kemi Graduation Party"), a given name no stop table knows
// (no theme's: partyTheme), and the event's word ends the
// name or one set's word after it does. Birthdays, graduations and
// weddings (a family's name as often: "Crates/Okafor Wedding.crate") and
// a "Sweet 16" only.
func soleOwner(b []byte, s, e, i, j int) bool {
	if (j-i != 8 && j-i != 4 && j-i != 10 && j-i != 7 || !eqLower(b[i:j], "birthday") && !eqLower(b[i:j], "bday") && !eqLower(b[i:j], "graduation") &&
		string(b[i:j]) != "Wedding" && string(b[i:j]) != "Sweet 16") && !soleWedding(b[i:j]) {
		return false // (a funeral's or a christening's title names a theme as often: "Viking Funeral")
	}
	if s == 0 || lineBreak(b[s-1]) {
		// a line's first words are prose's as often ("Kofi Birthday
		// party tonight"): a photo's or a clip's file name there is a
		// person's ("Kofi Birthday.heic" opening a pasted listing)
		if j >= len(b) || b[j] != '.' || !photoFileAt(b, j) {
			return false
		}
	} else if s < 2 || b[s-1] == '\t' || b[s-1] == '(' {
		return false
	}
	if e-s < 3 || !givenName(b, s, e) || !gluedName(b, s, e) {
		return false
	}
	var lb [16]byte
	if l := string(lowerInto(lb[:0], b[s:e])); l == "" || nameStop[l] || partyTheme(l) || ageLeads[l] {
		return false
	}
	if nameEnds(b, j) {
		return true // "…/Chioma Birthday.crate", "\"Kemi Graduation\"", "Johnson Wedding 2026-06-14"
	}
	if j+2 >= len(b) || b[j] != ' ' {
		return false
	}
	k := wordAfter(b, j+1)
	if k <= j+1 || k-j-1 >= len(lb) {
		return false
	}
	l := string(lowerInto(lb[:0], b[j+1:k]))
	return (madeForThings[l] || madeForAudio[l] || l == "party" || l == "night") && nameEnds(b, k) && (k >= len(b) || b[k] != ' ')
}

// partyTheme: l (lower case) is a word of a themed party's name before
// its event, no person's ("Unicorn Birthday Party", "Pirate Birthday
// Mix"). (A switch, not a map.)
func partyTheme(l string) bool {
	switch l {
	case "unicorn", "princess", "pirate", "pirates", "dinosaur", "dino", "superhero", "superheroes",
		"safari", "jungle", "disco", "mermaid", "fairy", "frozen", "minecraft", "fortnite", "roblox",
		"pokemon", "barbie", "spiderman", "batman", "paw", "patrol", "sesame", "elmo", "space", "galaxy",
		"rainbow", "neon", "glow", "luau", "hawaiian", "tropical", "masquerade", "carnival", "circus",
		"farm", "zoo", "football", "soccer", "sports", "gaming", "karaoke", "pool", "bowling", "skate",
		"camping", "garden", "tea", "cocktail", "toddler", "baby", "teen", "adult", "milestone", "first",
		"second", "third", "sixteenth", "sweet", "golden", "silver", "joint", "combined", "double",
		"triple", "twin", "twins", "group", "staff", "class", "virtual", "zoom", "online", "office",
		"work", "surprise", "greek", "italian", "irish", "polish", "vegas", "bollywood", "fall", "christmas",
		"halloween", "valentine", "valentines", "fairytale", "shotgun", "green", "blue", "pink", "viking",
		"medieval", "gothic", "elopement", "festa", "fiesta", "baile", "niver", "fotos", "video", "videos", "album", "mis",
		// a wedding's music or its kind before a rite's own word ("Dholki
		// Mehndi", "Punjabi Sangeet", "Traditional Lobola", "Polskie Wesele")
		"dholki", "dhol", "desi", "punjabi", "bhangra", "garba", "sufi", "qawwali", "filmi", "indian", "pakistani",
		"traditional", "modern", "classic", "civil", "destination", "beach", "church", "court", "sikh", "hindu", "muslim",
		"islamic", "christian", "polskie", "deutsche", "french", "german", "dutch", "zulu", "xhosa":
		return true
	}
	return false
}

// occasionDash handles the word [i, j) before " - " that ends in a
// person's event after ':', an escaped line break or a path's separator
// ("SUMMARY:Birthday", `VEVENT\nBirthday`, "Music/Christening",
// `Videos\Christening`): the name after the dash is the person's.
func (sc *scanner) occasionDash(i, j int) {
	b := sc.b
	s := i + bytes.LastIndexByte(b[i:j], ':') + 1
	path := false
	if k := i + bytes.LastIndexByte(b[i:j], '/') + 1; k > s {
		s, path = k, true
	}
	if k := i + bytes.LastIndexByte(b[i:j], '\\') + 1; k > s {
		s, path = k, true
		if b[k] == 'n' && j-k > 4 {
			if found, _ := occasionAt(b, k, j); !found {
				s, path = k+1, false // `\nBirthday`
			}
		}
	}
	if s == i || j-s < 4 {
		return
	}
	var lb [16]byte
	if path && (!pathRites[string(lowerInto(lb[:0], b[s:j]))] || !givenName(b, j+3, wordAfter(b, j+3))) {
		// a song's file is named "Title - Artist" ("Birthday - Katy
		// Perry.mp3", "Graduation - Kanye West.mp3"): in a path only a
		// rite names its person so
		return
	}
	if found, own := occasionAt(b, s, j); found && own {
		sc.occasionOwnerAfter(j + 3)
	}
}

// pathRites are the person's occasions that a path's segment names before
// " - " and the person ("Videos/Christening - Ama.mov"), lowercased: no
// song is named so.
var pathRites = wordSet(`christening baptism aqiqah outdooring`)

// songArtistAt: the name at s after an occasion's word and its dash ends
// in an audio file's extension: a song's file, "Title - Artist.mp3"
// ("Birthday - Katy Perry.mp3"), the artist no one the occasion is for (a
// project's file, "Naming Ceremony - Chidi.als", a set's, "Birthday Mix -
// Thandiwe.mp3", and a rite's recording, "Bat Mitzvah - Noa Mizrahi.wav",
// still name them).
func songArtistAt(b []byte, s int) bool {
	e := clientNameAfter(b, s)
	if e == s || e+3 >= len(b) || b[e] != '.' {
		return false
	}
	x := e + 1
	for x < len(b) && x-e <= 5 && isAlnum(b[x]) {
		x++
	}
	if x < len(b) && (isLetter(b[x]) || b[x] >= 0x80) {
		return false
	}
	var lb [8]byte
	switch string(lowerInto(lb[:0], b[e+1:x])) {
	case "mp3", "wav", "flac", "aiff", "aif", "m4a", "aac", "ogg", "opus", "alac", "wma":
		return true
	}
	return false
}

// occasionOwnerAfter handles the name at s after a person's event that
// opens a name ("Birthday - Amaka", "Bday - Zainab Sulaimon", a
// calendar's and a crate's): one or two name words, ending the name.
// pathEndOccasion handles a path's word [i, j) whose last segment is one
// person's occasion, a blank after it: the name after a dash there is
// theirs ("…/Projects/Birthday - Amaka.als", "Music\\Bday Set - Kemi.als").
// A word of letters alone is eventWord's.
func (sc *scanner) pathEndOccasion(i, j int) {
	b := sc.b
	s := j
	for s > i && j-s <= 12 && b[s-1] != '/' && b[s-1] != '\\' {
		s--
	}
	if s == i || j-s < 4 {
		return
	}
	if ownStart(b, s) {
		if found, own := occasionAt(b, s, j); found && own {
			sc.occasionOwner(s, j)
			return
		}
	}
	if j-s >= 7 && b[j+1] == 'O' {
		sc.titleCaseCouple(s, j) // "Crates/Wedding Of Priya And Raj.crate" (occasionshapes.go)
	} else if j-s >= 7 {
		sc.coupleOccasionDash(s, j, true) // "…/Projects/Anniversary - Ngozi Okafor.flp"
	}
}

// coupleOccasionDash handles a couple's occasion [i, j) (a wedding, an
// anniversary, seven letters or more) that opens a name, a dash after it
// and one person's full name after the dash, two name words that end the
// name: "Anniversary - Ngozi Okafor.flp", "Wedding – Kwabena Asante.als"
// (the couple's, "Wedding - Efua & Kojo", is coupleAt's; one word alone
// may be the family's, "Wedding - Okafor"). A song's file ("Wedding -
// Katy Perry.mp3") names its artist; in a path (path) or after a word
// only a project's or a preset's file is read.
func (sc *scanner) coupleOccasionDash(i, j int, path bool) {
	b := sc.b
	d := dashEnd(b, j)
	if d < 0 {
		return
	}
	if found, own := occasionAt(b, i, j); !found || own || !dashName(b, d) {
		return
	}
	f := wordAfter(b, d)
	e := clientNameAfter(b, d)
	if e <= f || !nameEnds(b, e) || !givenName(b, f+1, e) || songArtistAt(b, d) {
		return
	}
	// (a project's file needs nothing before it: "opened Anniversary -
	// Ngozi Okafor.flp"; else the occasion opens a name)
	if project := e < len(b) && b[e] == '.' && projectFileAt(b, e); !project && (path || i > 0 && !clientLead(b, i)) {
		return
	}
	sc.proseSpan(d, e, true)
}

func (sc *scanner) occasionOwnerAfter(s int) {
	b := sc.b
	e := clientNameAfter(b, s)
	if e == s {
		return
	}
	if !nameEnds(b, e) {
		return // more words: a title, not a name
	}
	sc.proseSpan(s, e, true)
}

// namingOwner handles "Ceremony" at [i, j) after "Naming " that opens a
// name (a line, a path's segment, a quote, ": "), a newborn's naming
// ceremony, and a dash after it: the name after the dash, which ends the
// name, is the child's ("Projects/Naming Ceremony - Chidi.als", "Naming
// Ceremony – Adaeze Okafor").
func (sc *scanner) namingOwner(i, j int) {
	b := sc.b
	if i < 7 || b[i-1] != ' ' || !eqLower(b[i-7:i-1], "naming") || i > 7 && b[i-8] >= ' ' && b[i-8] != 0x7f && !clientLead(b, i-7) {
		return
	}
	if d := dashEnd(b, j); d > j && dashName(b, d) {
		sc.occasionOwnerAfter(d)
	}
}

// dashName: the word at s after an occasion's or a set's dash reads as a
// given name (givenName), no participle, edition or section of a title
// ("Birthday Mix - Extended", "Naming Ceremony - Overview").
func dashName(b []byte, s int) bool {
	e := wordAfter(b, s)
	return e-s >= 2 && e-s <= 16 && givenName(b, s, e) && !dashTitleWord(b, s)
}

// dashTitleWord: the word at s after an occasion's dash names a part of a
// title or a document, no person: a section, an edition, a participle, a
// document's noun ("Birthday - Overview.html", "Birthday - Extended",
// "Birthday - Invitation.pdf"). A plain dash after the occasion's word
// itself asks this alone (a name in capitals, "Birthday - AMAKA", is
// still one).
func dashTitleWord(b []byte, s int) bool {
	e := wordAfter(b, s)
	if e-s < 2 || e-s > 16 {
		return false
	}
	var lb [16]byte
	lw := string(lowerInto(lb[:0], b[s:e]))
	if verbForm(lw) || editionWords[lw] || dashNameStop[lw] || occasionThings[lw] {
		return true
	}
	// English nouns of a setting or a document ("Presentation",
	// "Arrangement"); no given name ends so ("Louise", "Trinity" end in
	// configForSuffixes' "ise" and "ity")
	for _, x := range [...]string{"tion", "sion", "ment", "ness", "ics", "ware"} {
		if strings.HasSuffix(lw, x) {
			return true
		}
	}
	return false
}

// dashNameStop are capitalised words after a set's or an occasion's dash
// that name a part, a version or a section, no person, lowercased.
var dashNameStop = wordSet(`overview summary highlights part parts extended original full final radio club bonus
	reprise vip dub acapella instrumental clean explicit vol volume side disc day night morning evening afternoon
	recap teaser trailer promo sample samples demo draft rough master mastered stems notes agenda program programme
	schedule checklist timeline guide details info
	index contents content readme report minutes template templates form forms budget itinerary rsvp letter
	slides deck document documents doc docs page pages home gallery album albums calendar reminder reminders event
	events tasks todo invoice receipt estimate contract proposal brief outline script copy backup export print
	preview poster flyer banner layout mockup sketch cover artwork logo faq help`)

// ritePrefix returns where "Bar " or "Bat " before the word at i
// ("Mitzvah") starts, or i.
func ritePrefix(b []byte, i int) int {
	if i >= 4 && b[i-1] == ' ' && b[i-4]|0x20 == 'b' && b[i-3]|0x20 == 'a' && (b[i-2]|0x20 == 'r' || b[i-2]|0x20 == 't') {
		return i - 4
	}
	return i
}

// wordStartNum returns where an age ("30th", "21st", "40TH") ending at e
// starts, or e.
func wordStartNum(b []byte, e int) int {
	if e < 4 {
		return e
	}
	suf := strings.ToLower(string(b[e-2 : e]))
	if suf != "th" && suf != "st" && suf != "nd" && suf != "rd" {
		return e
	}
	p := e - 2
	for p > 0 && e-2-p < 3 && isDigit(b[p-1]) {
		p--
	}
	if p == e-2 {
		return e
	}
	return p
}

// clientLead: what stands before a client's name at s opens a name: a
// line, a path's segment, a quote, a tab, ": " or "%%" (Serato's
// subcrates).
func clientLead(b []byte, s int) bool {
	switch c := b[s-1]; c {
	case '\n', '\r', '/', '\\', '"', '\'', '\t', '%', '>', '(':
		return true
	case ' ':
		return s >= 2 && (b[s-2] == ':' || b[s-2] == '-' || b[s-2] == 0x93 || b[s-2] == 0x9c || b[s-2] == 0x98 ||
			isDigit(b[s-2]) && (cameraShotBefore(b, s-1) || dateLeadBefore(b, s-1)))
	default:
		// any other control byte: a string's length or a NUL before it in
		// a binary (a plist's, a database's), DEL (0x7f) too
		return c < ' ' || c == 0x7f
	}
}

// dateLeadBefore: the word before the blank at p is a numeric date that
// itself opens a name: Serato's history sessions and many a crate or
// project are named by their day, and their owner adds the occasion
// ("2024-03-09 Amaka 30th Birthday", "09.03.2024 Wedding of Efua and
// Kojo"). The date is 2024-03-09 or 09.03.2024 (or '_' between).
func dateLeadBefore(b []byte, p int) bool {
	k := p
	for k > 0 && p-k <= 10 && (isDigit(b[k-1]) || b[k-1] == '-' || b[k-1] == '.' || b[k-1] == '_') {
		k--
	}
	if p-k != 10 || k == 0 {
		return false
	}
	d := b[k:p]
	sep := d[4]
	if !isDigit(d[2]) {
		sep = d[2] // 09.03.2024
	}
	n := 0
	for i, c := range d {
		switch {
		case c == sep && (sep == '-' || sep == '.' || sep == '_'):
			n++
			if (sep != d[4] || i != 4 && i != 7) && (sep != d[2] || i != 2 && i != 5) {
				return false
			}
		case !isDigit(c):
			return false
		}
	}
	return n == 2 && b[k-1] != ' ' && clientLead(b, k) || n == 2 && k >= 2 && b[k-1] == ' ' && b[k-2] == ':'
}

// cameraShotBefore: the word before the blank at p is the name a phone
// or a camera gave a photo ("IMG_2041", "DSC_0042", "PXL_20240312_101500",
// "IMG-20240312-WA0001"), which its owner's words follow: "IMG_2041 Kofi
// Birthday.heic". Three or four capitals, '_' or '-', then digits (and
// '_', '-', capitals), four digits at least, after a blank or a lead.
func cameraShotBefore(b []byte, p int) bool {
	k, digits := p, 0
	for k > 0 && p-k < 32 && (isDigit(b[k-1]) || b[k-1] == '_' || b[k-1] == '-' || b[k-1]-'A' < 26) {
		if isDigit(b[k-1]) {
			digits++
		}
		k--
	}
	if digits < 4 || p-k < 8 || k > 0 && b[k-1] != ' ' && !clientLead(b, k) {
		return false
	}
	x := k
	for x < p && b[x]-'A' < 26 {
		x++
	}
	return x-k >= 3 && x-k <= 4 && x < p && (b[x] == '_' || b[x] == '-' || x-k == 4 && isDigit(b[x]))
}

// ampEntity: w, before a ';', is XML's '&' as a reference: "&amp", or
// "&#38" as Apple Music's and iTunes' library XML writes it.
func ampEntity(w []byte) bool {
	return string(w) == "&amp" || string(w) == "&#38"
}

// coupleAt handles the '&' at i (the word [i, j): "&", "&amp;", "&#38;" or "and") of a
// couple's event: "Wedding - Efua & Kojo", "Weddings%%Ngozi & Emeka",
// "Efua & Kojo Wedding", "Tunde & Bisi Engagement". Each side is one or
// two name words; the event's word comes right before the pair (after
// " - ", ": ", "%%" or '/') or right after it.
func (sc *scanner) coupleAt(i, j int) {
	b := sc.b
	bs, be, as, ae, ok := namesAround(b, i, j)
	if !ok {
		return
	}
	after := false
	if fe := wordAfter(b, as); fe+1 < ae && b[fe] == ' ' && weddingPartAt(b, fe+1, ae) {
		ae = fe // "Efua & Kojo Reception": no surname
	}
	if ae+1 < len(b) && b[ae] == ' ' {
		we := ae + 1
		for we < len(b) && we-ae < 13 && isLetter(b[we]) {
			we++
		}
		found, own := occasionAt(b, ae+1, we)
		if !found && we < len(b) && b[we] >= 0x80 {
			// a word outside ASCII that ends the name ("Ayşe & Emre
			// Düğün"; not "… Düğün Salonu", a wedding hall's)
			if we = wordAfter(b, ae+1); nameEnds(b, we) {
				found, own = wideOccasionAt(b, ae+1, we)
			}
		}
		// a part of the wedding says less than the wedding's own word:
		// given names on both sides ("Sound & Vision Ceremony" names none)
		after = found && !own || we-ae == 6 && firstDance(b, ae+1) && dancePair(b, bs, be, as, ae) ||
			weddingPartAt(b, ae+1, we) && partName(b, wordBefore(b, be), be) && partName(b, as, wordAfter(b, as))
	}
	if d := dashEnd(b, ae); !after && d > ae {
		// the wedding's word after a dash ends the name ("Juliana y
		// Andrés - Boda.RPP", "Efua & Kojo – Wedding"), no song's file
		// ("Ashford & Simpson - Anniversary.mp3": a title after its
		// artists)
		we := d
		for we < len(b) && we-d < 13 && isLetter(b[we]) {
			we++
		}
		found, own := occasionAt(b, d, we)
		after = found && !own && nameEnds(b, we) && (we == len(b) || b[we] != '.' || projectFileAt(b, we))
	}
	if !after && !sc.occasionBefore(bs) && !gluedCouple(b, bs, be, as, ae) && !projectCouple(b, bs, be, as, ae) &&
		!photoCouple(b, bs, be, as, ae) {
		sc.learnedPartner(be, as)
		return
	}
	sc.proseSpan(bs, be, true)
	sc.proseSpan(as, ae, true)
}

// projectCouple reports whether the names [bs, be) and [as, ae) around a
// couple's '&' or "and" word (coupleWords: "Ana e Pedro", "Lucía y
// Mateo", "Anna und Jonas") are the whole name of a DAW's project or
// preset file, one given name each, that opens a name (a path's segment,
// a quote, a line, ": ", '='): "Music/Ana e Pedro.RPP", "Projects\Efua &
// Kojo.flp". With no occasion to say so, both must read as given names
// and as no title's words ("Amor y Paz.als", "Rise and Fall.flp",
// "Drum & Bass.als" name none).
func projectCouple(b []byte, bs, be, as, ae int) bool {
	if ae >= len(b) || b[ae] != '.' || be-bs < 3 || ae-as < 3 || wordBefore(b, be) != bs || wordAfter(b, as) != ae ||
		bs > 0 && !clientLead(b, bs) && b[bs-1] != '=' || !projectFileAt(b, ae) {
		return false
	}
	return pairName(b, bs, be) && pairName(b, as, ae)
}

// projectCouplePct handles projectCouple in a file URL's word [i, j),
// its blanks encoded: a path's last segment of one given name, "%20",
// one of coupleWords or "%26", "%20" and a given name before a project's
// extension ("file:///Users/wanjiru/Music/Logic/Wanjiru%20na%20Otieno.logicx").
func (sc *scanner) projectCouplePct(i, j int) {
	b := sc.b
	d := j - 1
	for d > i && j-d <= 11 && b[d] != '.' {
		d--
	}
	if b[d] != '.' || !projectFileAt(b, d) && !photoFileAt(b, d) {
		return // (most words: no project's file, no photo)
	}
	s := d
	for s > i && d-s < 128 && b[s-1] != '/' && b[s-1] != '\\' {
		s--
	}
	// the segment: NAME%20AND%20NAME.ext
	p := s
	for p < j && p-s < 32 && isLetter(b[p]) {
		p++
	}
	if p-s < 3 || p+7 >= j || string(b[p:p+3]) != "%20" {
		return
	}
	q := p + 3
	if string(b[q:q+3]) == "%26" {
		q += 3 // '&'
	} else {
		for q < j && q-p < 8 && isLetter(b[q]) {
			q++
		}
		if !coupleWord(b[p+3 : q]) {
			return
		}
	}
	if q+3 >= j || string(b[q:q+3]) != "%20" {
		return
	}
	as := q + 3
	ae := as
	for ae < j && ae-as < 32 && isLetter(b[ae]) {
		ae++
	}
	if ae-as < 3 || ae >= j || !(b[ae] == '.' && projectFileAt(b, ae) || photoTail(b[:j], ae)) || !pairName(b, s, p) ||
		!pairName(b, as, ae) {
		return
	}
	sc.proseSpan(s, p, true)
	sc.proseSpan(as, ae, true)
}

// photoCouple reports whether the names [bs, be) and [as, ae) around a
// couple's '&' or "and" word open a photo's or a clip's name, one given
// name each (pairName), that opens a name (clientLead) and is the whole
// name or goes on with a place or a time (photoTail): "Pictures/Yousef
// and Layla at the beach.jpg", "Ana e Pedro.heic". "Salt and
// Pepper.png", "Black and White.jpg" name none; "Tom and Jerry
// S01E01.mkv" is no photo.
func photoCouple(b []byte, bs, be, as, ae int) bool {
	if bs == 0 || ae >= len(b) || b[ae] != '.' && b[ae] != ' ' && b[ae] != '_' && b[ae] != '-' || !clientLead(b, bs) ||
		be-bs < 3 || ae-as < 3 || wordBefore(b, be) != bs || wordAfter(b, as) != ae || !photoTail(b, ae) {
		return false
	}
	var lb [16]byte
	return pairName(b, bs, be) && pairName(b, as, ae) && !photoSubjects[string(lowerInto(lb[:0], b[bs:be]))] &&
		!photoSubjects[string(lowerInto(lb[:0], b[as:ae]))]
}

// photoSubjects are capitalised words a photo's name joins with "and"
// that name no one ("Cats and Dogs at home.jpg", "Friends and Family
// at the beach.jpg", "Before and After.png"), lowercased.
var photoSubjects = wordSet(`cats dogs cat dog kids boys girls friends family puppies kittens puppy kitten horses
	birds flowers trees mountains beach lake city food drinks sunset sunrise snow rain sand before after me you us
	them him her romeo juliet search replace find copy paste cut drag drop zoom pan save close load read write import
	export undo redo open edit view add remove insert delete crop rotate resize scale select`)

// photoPreps open what a photo's name says after the people in it,
// lowercased: a place or a time ("at the beach", "in Lagos", "on
// holiday"; "em Lisboa", "en Madrid", "au Louvre", "am Strand").
var photoPreps = wordSet(`at in on with from during em en au im am`)

// photoTail: at e, after a couple's names, a photo's name ends (a
// camera's, photoShot: "Ana e Pedro.heic"; an icon's or a screen's
// ".png", "Search and Replace.png", is no couple), or a blank (or "%20", '_', '-') and one of
// photoPreps go on to its end within 80 bytes of letters, digits and
// such separators.
func photoTail(b []byte, e int) bool {
	if e >= len(b) {
		return false
	}
	if b[e] == '.' {
		return photoFileAt(b, e) && photoShot(b, e)
	}
	k := e
	switch {
	case b[e] == ' ' || b[e] == '_' || b[e] == '-':
		k++
	case e+3 < len(b) && b[e] == '%' && b[e+1] == '2' && b[e+2] == '0':
		k += 3
	default:
		return false
	}
	w := k
	for w < len(b) && w-k < 8 && b[w]-'a' < 26 {
		w++
	}
	if !photoPreps[string(b[k:w])] {
		return false
	}
	d := bytes.IndexByte(b[w:min(len(b), e+80)], '.')
	if d < 0 || !photoFileAt(b, w+d) {
		return false // (prose: "Keys and Values in a map")
	}
	for x := w; x < w+d; x++ {
		if c := b[x]; !isAlnum(c) && c != ' ' && c != '_' && c != '-' && c != '%' && c != ',' && c < 0x80 {
			return false
		}
	}
	return true
}

// photoExts are the files of a phone's or a camera's photos and clips,
// lowercased.
var photoExts = wordSet(`jpg jpeg png heic mov mp4`)

// photoShot: the '.' at e opens a camera's photo (after photoFileAt):
// ".jpg", ".jpeg", ".heic", either case.
func photoShot(b []byte, e int) bool {
	return e+4 <= len(b) && (b[e+1]|0x20 == 'j' || b[e+1]|0x20 == 'h' && b[e+2]|0x20 == 'e')
}

// photoFileAt: a '.' at e opens one of photoExts that ends the word.
func photoFileAt(b []byte, e int) bool {
	x := e + 1
	for x < len(b) && x-e <= 5 && isAlnum(b[x]) {
		x++
	}
	if x-e < 4 || x-e > 5 || x < len(b) && (isAlnum(b[x]) || b[x] >= 0x80) {
		return false
	}
	var lb [8]byte
	return photoExts[string(lowerInto(lb[:0], b[e+1:x]))]
}

// pairName: the word [s, e) beside a couple's word in a project's name
// reads as a given name (givenName), and no word that a title pairs
// (pairedWords, titlePairWords), no place, no common name part.
func pairName(b []byte, s, e int) bool {
	var lb [32]byte
	if e-s >= len(lb) || !givenName(b, s, e) || partyPlace(b, s, e) {
		return false
	}
	w := lowerInto(lb[:0], b[s:e])
	return !nameStop[string(w)] && !pairedWords[string(w)] && !titlePairWords[string(w)] && !relations[string(w)] &&
		!partnerStop[string(w)]
}

// titlePairWords are capitalised words a track's or a project's title
// joins with "and" in the languages of coupleWords that name no couple
// ("Rise and Fall", "Amor y Paz", "Sol e Mar", "Liebe und Hass", "Noir
// et Blanc"), lowercased.
var titlePairWords = wordSet(`rise fall trial error call response hide seek cause effect life death light dark shadow
	shadows dust bones blood tears smoke mirrors odds ends give take push pull up down in out back forth high low
	hot cold old new loud quiet slow fast yes no east west north south left right open close heaven hell angels
	demons good evil truth lies dreams nightmares sound vision space time rhythm groove bass drums keys strings
	amor paz vida morte sol mar luz sombra noite dia fogo agua terra ceu saudade alegria tristeza
	cielo tierra fuego noche luna estrella corazon alma muerte
	vie mort nuit jour feu eau ciel terre amour coeur noir blanc rouge
	liebe hass nacht tag feuer wasser himmel erde herz licht schatten
	ask hayat gece gun su ates dunya mapenzi maisha usiku siku moto maji cinta hidup malam hari api air
	milosc zycie noc dzien ogien woda
	война мир любовь жизнь смерть день ночь свет тьма огонь вода небо земля`)

// projectExts are the project and preset files of DAWs that a producer
// names after a person (projectCouple), lowercased: REAPER, FL Studio,
// Ableton Live, Logic, Cubase, Nuendo, Bitwig, Pro Tools, Audacity,
// Studio One, Cakewalk, LMMS, Ardour, GarageBand.
var projectExts = wordSet(`rpp flp als alp adg logicx cpr npr bwproject bwpreset ptx ptf aup aup3 song cwp mmp mmpz
	ardour band`)

// projectExtEnd holds the last bytes of projectExts (either case): a
// gate before a word is asked (projectCouplePct; a photo's ".jpg" and
// ".jpeg" end so too).
var projectExtEnd = func() (t [256]bool) {
	for x := range projectExts {
		c := x[len(x)-1]
		t[c] = true
		if c >= 'a' && c <= 'z' {
			t[c-'a'+'A'] = true
		}
	}
	return t
}()

// projectFileAt: a '.' at e opens one of projectExts that ends the word
// (a line's end, a blank, a quote, punctuation after it).
func projectFileAt(b []byte, e int) bool {
	x := e + 1
	for x < len(b) && x-e <= 10 && isAlnum(b[x]) {
		x++
	}
	if x-e < 3 || x-e > 10 || x < len(b) && (isLetter(b[x]) || b[x] >= 0x80) {
		return false
	}
	var lb [16]byte
	return projectExts[string(lowerInto(lb[:0], b[e+1:x]))]
}

// learnedPartner handles a couple's '&' or "and" with nothing to mark
// them but one side, a word just before be or just after as, learned as
// a person's name ("User: nomsa" … "Nomsa & Sizwe braai"): the other
// side, one given name (givenName) that no title pairs and no group
// names ("Nomsa & Friends", "Kofi & Co", "Salt & Pepper"), is the
// partner's.
func (sc *scanner) learnedPartner(be, as int) {
	b := sc.b
	bs, ae := wordBefore(b, be), wordAfter(b, as)
	if sc.rec != nil {
		// a parallel learn worker: its session has learned nothing
		if partnerWord(b, as, ae) || partnerWord(b, bs, be) {
			sc.stateful = true
		}
		return
	}
	lb, la := sc.learnedUserAt(bs, be), sc.learnedUserAt(as, ae)
	switch {
	case lb && !la && partnerWord(b, as, ae):
		sc.proseSpan(as, ae, true)
	case la && !lb && partnerWord(b, bs, be):
		sc.proseSpan(bs, be, true)
	}
}

// learnedUserAt: the word [s, e) is a person's name learned whole.
func (sc *scanner) learnedUserAt(s, e int) bool {
	if !sc.s.lits.first[sc.b[s]] {
		return false
	}
	end, x := sc.s.lits.match(sc.b, s)
	return end == e && x != nil && x.class == ClassUser
}

// partnerWord: the word [s, e) beside a learned name and '&' reads as
// the partner's given name (learnedPartner).
func partnerWord(b []byte, s, e int) bool {
	if e-s < 3 || bytes.IndexByte(b[s:e], '\'') >= 0 || !givenName(b, s, e) {
		return false // (a possessive's owner is possessiveWord's: "Ama & Kofi's HomePod")
	}
	var lb [16]byte
	w := lowerInto(lb[:0], b[s:e])
	return w != nil && !pairedWords[string(w)] && !partnerStop[string(w)] && !relations[string(w)] && !proseStop[string(w)]
}

// partnerStop are words after a name and '&' that name a group or a
// firm, no partner ("Kofi & Co", "Thabo & Sons", "Nomsa & Crew").
var partnerStop = wordSet(`co sons daughters brothers sisters partners associates crew band gang squad others colleagues
	kids children cousins friends fam guests company ltd inc llc plc group studio studios records productions
	entertainment events sound sounds audio music media`)

// firstDance: "first dance" (either case) is at k, a word of its own
// after it: the couple's dance at their wedding, which a DJ names the
// song's file after ("Busi & Themba first dance.wav").
func firstDance(b []byte, k int) bool {
	if k+11 > len(b) || k+11 < len(b) && isLetter(b[k+11]) {
		return false
	}
	var lb [16]byte
	return string(lowerInto(lb[:0], b[k:k+11])) == "first dance"
}

// dancePair reports whether the names [bs, be) and [as, ae) around a
// couple's '&' before "first dance" are one given name each that opens a
// name (a line, a path's segment, a quote) and no word that pairs with
// another in a title ("Salt & Pepper first dance", "Rock & Roll"): the
// dance marks a couple more weakly than the wedding's word.
func dancePair(b []byte, bs, be, as, ae int) bool {
	if wordBefore(b, be) != bs || wordAfter(b, as) != ae || bs > 0 && !clientLead(b, bs) ||
		!givenName(b, bs, be) || !givenName(b, as, ae) {
		return false
	}
	var lb [16]byte
	return !pairedWords[string(lowerInto(lb[:0], b[bs:be]))] && !pairedWords[string(lowerInto(lb[:0], b[as:ae]))]
}

// pairedWords are capitalised words a title joins with '&' that name no
// couple ("Salt & Pepper", "Love & Happiness", "Sugar & Spice"),
// lowercased (dancePair).
var pairedWords = wordSet(`salt pepper bread butter fish chips mac cheese peanut jelly milk honey sugar spice coffee tea
	cream cookies love peace war fire ice sun moon stars star sticks stones thunder lightning heart soul body mind
	beauty beast black gold pride joy hope faith grace glory sweet sour rain shine day night earth wind water sky
	sea river lord lady king queen prince princess rhythm blues now forever always
	lost found kiss tell guns roses bonnie clyde hall oates simon garfunkel sonny cher ike tina`)

// weddingPartAt: the word [s, e) after a couple's names is a part of
// their wedding a DJ names a set, a recording or a project after, as the
// wedding's own word does ("Tolu & Femi First Dance.als", "Efua & Kojo
// Reception.crate", "Ama and Kwame Ceremony.wav"), in title case.
func weddingPartAt(b []byte, s, e int) bool {
	if e-s < 4 || e-s > 12 || b[s]-'A' >= 26 {
		return false
	}
	switch string(b[s:e]) {
	case "Reception", "Ceremony", "Vows", "Processional", "Recessional":
		return true
	case "First":
		return e+6 <= len(b) && (string(b[e:e+6]) == " Dance" || string(b[e:e+6]) == " dance")
	case "Sweet":
		return e+3 <= len(b) && string(b[e:e+3]) == " 16" // (no surname: "Efua Sweet 16", soleOwner)
	}
	return false
}

// partName: the word [s, e) beside a couple's '&' reads as a given name
// when a part of their wedding follows the pair (givenName, and no word
// nameStop or pairedWords knows: "Sound & Vision Ceremony").
func partName(b []byte, s, e int) bool {
	var lb [32]byte
	if e-s >= len(lb) || !givenName(b, s, e) {
		return false
	}
	w := lowerInto(lb[:0], b[s:e])
	return !nameStop[string(w)] && !pairedWords[string(w)] // ("Sugar & Spice First Dance": dancePair)
}

// namesAround returns the client's names on both sides of the word [i,
// j) ("&", "and", "B2B"), one blank apart: [bs, be) before it, a word or
// a given name and a surname, and [as, ae) after it, a word or a word and
// a surname.
func namesAround(b []byte, i, j int) (bs, be, as, ae int, ok bool) {
	if i < 4 || j+3 >= len(b) || b[i-1] != ' ' || b[j] != ' ' {
		return
	}
	as = j + 1
	if ae = clientNameAfter(b, as); ae == as {
		return
	}
	be = i - 1
	bs = wordBefore(b, be)
	if !clientWord(b, bs, be) {
		return
	}
	if bs >= 2 && b[bs-1] == ' ' {
		if g := wordBefore(b, bs-1); clientWord(b, g, bs-1) {
			bs = g // a given name before a surname
		}
	}
	return bs, be, as, ae, true
}

// clientNameAfter returns where the client's name at s ends, a word or a
// word and a surname one blank after it; s when none starts there.
func clientNameAfter(b []byte, s int) int {
	e := wordAfter(b, s)
	if !clientWord(b, s, e) {
		return s
	}
	if e+1 < len(b) && b[e] == ' ' {
		if se := wordAfter(b, e+1); clientWord(b, e+1, se) {
			e = se // a surname
		}
	}
	return e
}

// occasionBefore reports whether a couple's event ends right before the
// name at s, after a separator: "Wedding - ", "Weddings%%", "Wedding/",
// "Engagement: ".
func (sc *scanner) occasionBefore(s int) bool {
	b := sc.b
	e := s
	switch {
	case e >= 3 && (string(b[e-3:e]) == " - " || string(b[e-2:e]) == "%%" || string(b[e-2:e]) == ": "):
		e -= 3
		if b[e+1] == '%' || b[e+1] == ':' {
			e++
		}
	case e >= 5 && string(b[e-5:e]) == " \u2013 ":
		e -= 5
	case e >= 1 && b[e-1] == '/':
		e--
	default:
		return false
	}
	w := e
	for w > 0 && e-w < 12 && isLetter(b[w-1]) {
		w--
	}
	found, own := occasionAt(b, w, e)
	if !found && (w == e || w > 0 && (b[w-1] >= 0x80 || b[w-1] == ' ')) {
		// a word outside ASCII, or two ("Ślub - Ani i Tomek", "Đám
		// cưới: Lan & Minh")
		if q, o := occasionEndingAt(b, wordBefore(b, e), e); q >= 0 {
			return !o
		}
	}
	return found && !own
}

// backToBack handles "B2B" at [i, j), two DJs playing a set together:
// "Nomvula B2B Thabiso", "Kwame Mensah b2b Tolu": the names on both sides,
// one or two words each, are learned and replaced.
func (sc *scanner) backToBack(i, j int) {
	b := sc.b
	if b[i]|0x20 != 'b' || b[i+2]|0x20 != 'b' {
		return
	}
	bs, be, as, ae, ok := namesAround(b, i, j)
	if !ok {
		return
	}
	sc.proseSpan(bs, be, true)
	sc.proseSpan(as, ae, true)
}

// ageOwner handles an age's ordinal [i, j) after a possessive that ends a
// crate's or a playlist's name, a birthday's: "Thabiso's 30th.crate",
// "Playlist: Amaka’s 21st". The owner before the possessive is learned
// and replaced; more words after the age make it no such name ("Ghana's
// 50th anniversary").
func (sc *scanner) ageOwner(i, j int) {
	b := sc.b
	if wordStartNum(b, j) != i || j-i < 3 {
		return
	}
	if j < len(b) && !(lineBreak(b[j]) || b[j] == ',' || b[j] == ')' || b[j] == '"' || b[j] == '\'' ||
		b[j] == '.' && (j+1 == len(b) || isLetter(b[j+1]) || lineBreak(b[j+1])) ||
		dashEnd(b, j) > 0 && milestoneAge(b[i:j])) { // (a set's part after a dash: "Kemi's 40th - Warmup.djayset")
		return
	}
	e := i - 3 // before "'s "
	switch {
	case b[i-3] == '\'':
	case i >= 6 && string(b[i-5:i-2]) == "\u2019":
		e = i - 5
	default:
		return
	}
	s := wordBefore(b, e)
	if !clientWord(b, s, e) || s > 0 && !clientLead(b, s) && b[s-1] != ' ' {
		return
	}
	sc.proseSpan(s, e, true)
}

// mediaExts end the files a DJ names after a client and an occasion with
// no blanks ("zanele_birthday_mix.mp3", "kofi-wedding-set.crate",
// "thabo_30th.m3u"), lowercased; the projects of REAPER, Ableton, Logic,
// FL Studio, Cubase, Nuendo, Bitwig, Pro Tools and Audacity too
// ("Zanele_wedding_edit.rpp", "Priya_sangeet.bwproject").
var mediaExts = wordSet(`mp3 wav flac aiff aif m4a aac ogg opus alac crate m3u m3u8 pls xspf als mp4 mov mkv
	rpp logicx flp cpr npr bwproject ptx ptf aup aup3`)

// mediaExt: e is one of mediaExts, in either case (a switch, not the
// map: gluedFile asks it of many a word with '-' or '_' and a '.').
func mediaExt(e []byte) bool {
	var lb [9]byte
	if len(e) < 2 || len(e) > len(lb) {
		return false
	}
	for k, c := range e {
		lb[k] = lower(c)
	}
	switch string(lb[:len(e)]) {
	case "mp3", "wav", "flac", "aiff", "aif", "m4a", "aac", "ogg", "opus", "alac", "crate", "m3u", "m3u8", "pls",
		"xspf", "als", "mp4", "mov", "mkv",
		"rpp", "logicx", "flp", "cpr", "npr", "bwproject", "ptx", "ptf", "aup", "aup3":
		return true
	}
	return false
}

// gluedStop are the words before '_' or '-' and an occasion in a file's
// name that name no person ("happy_birthday.mp3", "beach_wedding.crate",
// "sweet_16th.m3u"), lowercased, with notClientWords, musicGenres,
// djFolderThings, occasionThings and the other tables gluedName asks.
var gluedStop = wordSet(`happy sweet dream beach garden church chapel temple mosque indian nigerian ghanaian
	african jewish muslim hindu christian catholic royal perfect classic modern traditional vintage rustic boho
	destination virtual online office company work family twins double joint combined teen quince quinceanera
	mitzvah bar bat kid dog cat pet puppy final draft demo test sample copy backup edit remix extended short long
	full clean dirty radio intro outro part track tracks song songs mix mixes set sets playlist playlists crate
	crates live studio session sessions master mastered vocal vocals inst instrumental acapella bonus disc side
	surprise secret fake real hot cool fun funny sad love lovely wild crazy epic mega super ultimate grand
	anniversary silver golden ruby pearl diamond year years day days week month night morning evening afternoon
	cake party reception ceremony dinner lunch after pre post slow fast
	punjabi gujarati tamil telugu yoruba igbo hausa twi xhosa swahili amharic somali persian afghan pakistani
	bengali nepali filipino vietnamese thai romanian bulgarian serbian croatian albanian armenian lebanese
	moroccan egyptian ethiopian eritrean kenyan ugandan congolese jamaican haitian cuban dominican colombian
	peruvian latino latina desi goan sikh gay lesbian queer barn farm lake castle vineyard rooftop backyard
	ballroom hotel villa park forest mountain island tropical elegant intimate small fancy formal casual themed
	retro take version ver attempt try round place floor row level rev black tie vol volume mixtape episode chapter`)

// gluedFile handles a file's name in the word [i, j) that opens with a
// name joined by '_' or '-' to an occasion or an age and ends in a media
// file's or a crate's extension: "zanele_birthday_mix.mp3",
// "Zanele_birthday_mix.mp3", "kofi-wedding-set.crate", "thabo_30th.m3u"
// (not "happy_birthday.mp3", "birthday_mix.mp3", "wedding_march.flac",
// "my_birthday_set.crate"). The name, in lower case as often as not, is
// learned.
func (sc *scanner) gluedFile(i, j int) {
	b := sc.b
	k := j - 1
	for k > i && j-k <= 10 && b[k] != '.' {
		k--
	}
	if b[k] != '.' || j-k < 3 {
		return
	}
	photo := false
	if !mediaExt(b[k+1:j]) && !(j-k == 8 && string(b[k+4:j]) == "-bak" && mediaExt(b[k+1:k+4])) {
		// a phone's photo is named so too ("Kofi_Birthday.heic"), in
		// title case (an app's picture, "icon_birthday.png", is no one's)
		if photo = photoFileAt(b, k) && photoShot(b, k); !photo {
			return
		}
	}
	s := k
	for s > i && k-s < 64 && b[s-1] != '/' && b[s-1] != '\\' {
		s--
	}
	p := s
	for p < k && p-s <= 16 && isLetter(b[p]) {
		p++
	}
	if p-s < 3 || p-s > 16 || p >= k || b[p] != '_' && b[p] != '-' {
		return
	}
	q := p + 1
	for q < k && q-p <= 13 && isAlnum(b[q]) {
		q++
	}
	if q < k && b[q] != '_' && b[q] != '-' || q-p-1 < 3 {
		return
	}
	if found, _ := occasionAt(b, p+1, q); !found && (wordStartNum(b, q) != p+1 || q-p-1 > 5) {
		sc.gluedPair(s, p, q, k)
		return
	}
	if !gluedName(b, s, p) {
		return
	}
	if photo {
		var lb [16]byte
		if b[s]-'A' >= 26 || partyTheme(string(lowerInto(lb[:0], b[s:p]))) {
			return // ("unicorn_birthday.jpg", "Pirate_Birthday.jpg")
		}
	}
	sc.proseSpan(s, p, true)
}

// occasionPct handles a URL's or a share's file name, "%20" between its
// words, in the word [i, j) that ends in a person's birthday or
// graduation (or wedding, after two names) and a photo's, a clip's or a
// set's extension: the one or two given names before it, opening the
// file's name or after a camera's name for the shot, are the person's
// ("IMG_2041%20Kofi%20Birthday.heic", "Photos/Kofi%20Mensah%20Birthday.jpg",
// "photo=Ama%20Owusu%20Wedding.jpg"; "Pirate%20Birthday.jpg" names no
// one).
func (sc *scanner) occasionPct(i, j int) {
	b := sc.b
	d := j - 1
	for d > i && j-d <= 6 && b[d] != '.' {
		d--
	}
	if b[d] != '.' || !(photoFileAt(b, d) && photoShot(b, d) || mediaFileAt(b, d, j)) {
		return
	}
	p := d
	for p > i && d-p < 10 && isLetter(b[p-1]) {
		p--
	}
	wed := string(b[p:d]) == "Wedding"
	if p-i < 7 || string(b[p-3:p]) != "%20" || !eqLower(b[p:d], "birthday") && !eqLower(b[p:d], "bday") &&
		!eqLower(b[p:d], "graduation") && !wed {
		return
	}
	ne := p - 3
	ns := ne
	for ns > i && ne-ns < 24 && isLetter(b[ns-1]) {
		ns--
	}
	if !pctName(b, ns, ne) {
		return
	}
	fs, fe := ns, ns // a given name before a family name
	if ns-i >= 6 && string(b[ns-3:ns]) == "%20" {
		fe = ns - 3
		fs = fe
		for fs > i && fe-fs < 24 && isLetter(b[fs-1]) {
			fs--
		}
		if !pctName(b, fs, fe) {
			fs, fe = ns, ns
		}
	}
	if wed && fe == fs {
		return // a wedding's one word is a family's or a theme's ("Beach%20Wedding.jpg")
	}
	// what opens the name: the word's or a path's segment's start, a
	// query's value ("photo=Ama%20Owusu%20Wedding.jpg"), or a camera's
	// name for the shot ("IMG_2041%20")
	if o := fs; o > i && b[o-1] != '/' && b[o-1] != '\\' && b[o-1] != '=' && !(o-i >= 11 && string(b[o-3:o]) == "%20" && cameraShotBefore(b, o-3)) {
		return
	}
	sc.proseSpan(ns, ne, true)
	if fe > fs {
		sc.proseSpan(fs, fe, true)
	}
}

// pctName: the letters [s, e) before an occasion in a URL's file name
// read as a given name, capitalised, no party's theme.
func pctName(b []byte, s, e int) bool {
	if e-s < 3 || b[s]-'A' >= 26 || !givenName(b, s, e) || !gluedName(b, s, e) {
		return false
	}
	var lb [32]byte
	l := string(lowerInto(lb[:0], b[s:e]))
	return l != "" && !nameStop[l] && !partyTheme(l) && !ageLeads[l]
}

// gluedPair handles a given name and a family name, both capitalised,
// before an occasion in a file's name: "Obiora_Nnamdi_birthday_set.mp3",
// "Ama-Serwaa-Wedding.crate", "Mei_Tanaka_30th.wav" (not "Black_Tie_Wedding.mp3" where a stop
// table knows a word). [s, p) is the first word, [p+1, q) the second,
// k the extension's dot.
func (sc *scanner) gluedPair(s, p, q, k int) {
	b := sc.b
	if q >= k || b[q] != b[p] || b[s]-'A' >= 26 || b[p+1]-'A' >= 26 || q-p-1 > 16 {
		return
	}
	for x := p + 1; x < q; x++ {
		if !isLetter(b[x]) {
			return
		}
	}
	r := q + 1
	for r < k && r-q <= 13 && isAlnum(b[r]) {
		r++
	}
	if r < k && b[r] != '_' && b[r] != '-' {
		return
	}
	if found, _ := occasionAt(b, q+1, r); !found && (wordStartNum(b, r) != q+1 || r-q-1 > 5) {
		return
	}
	if !gluedName(b, s, p) || !gluedName(b, p+1, q) {
		return
	}
	sc.proseSpan(s, p, true)
	sc.proseSpan(p+1, q, true)
}

// slugSegments runs slugCouple on each segment of the word [i, j) (a
// path's, a URL's; bits, its classes, say whether it has more than one)
// long enough to hold a couple and their occasion that opens as a
// couple's slug does (slugOpens): a symbol's or a library's words
// ("objc_msgSend", "libsystem_kernel.dylib", "std::__1::string") end
// there. slugOpens reads no further than a separator ('/' and '\\' are
// none of its bytes): a segment's end is looked for only where it may
// be one.
func (sc *scanner) slugSegments(i, j int, bits uint16) {
	b := sc.b
	if bits&(cSlash|cBack) == 0 {
		if slugOpens(b, i, j) {
			sc.slugCouple(i, j)
		}
		return
	}
	for s := i; s+12 <= j; {
		if b[s] == '/' || b[s] == '\\' {
			s++ // (an empty segment: "\\\\host\\share", "https://")
			continue
		}
		open := slugOpens(b, s, j)
		e := j
		if bits&cSlash != 0 {
			if k := bytes.IndexByte(b[s:j], '/'); k >= 0 {
				e = s + k
			}
		}
		if bits&cBack != 0 {
			if k := bytes.IndexByte(b[s:e], '\\'); k >= 0 {
				e = s + k
			}
		}
		if open && e-s >= 12 {
			sc.slugCouple(s, e)
		}
		s = e + 1
	}
}

// slugOpens: the segment [s, e), of 12 bytes or more, opens as
// slugCouple's slugs do, the test before it: a name's letters (3 to 16,
// a capital first at the most), '-' or '_', a name's or one of
// coupleWords' letters (the same), the same separator again, and a word
// one of occasions (or of wideOccasions) can start, unless the second
// word was of coupleWords.
func slugOpens(b []byte, s, e int) bool {
	if !isLetter(b[s]) || b[s+1]-'a' >= 26 || b[s+2]-'a' >= 26 {
		return false
	}
	x := lowerRun(b, s+3, min(e, s+17))
	if x-s > 16 || x+1 >= e || b[x] != '-' && b[x] != '_' || !isLetter(b[x+1]) {
		return false
	}
	y := lowerRun(b, x+2, min(e, x+18))
	if y-x > 17 || y+1 >= e || b[y] != b[x] {
		return false
	}
	return occasionLens[b[y+1]] != 0 || wideOccLens[b[y+1]] != 0 || coupleWord(b[x+1:y])
}

// lowerRun returns where the bytes in lower case ('a' to 'z') that start
// at k in b end, e at the most. It reads eight at a time (past e where b
// goes on; what lies there is not looked at): a library's or a symbol's
// words slugOpens reads are as long as a name.
func lowerRun(b []byte, k, e int) int {
	for k < e {
		if k+8 > len(b) {
			if b[k]-'a' >= 26 {
				return k
			}
			k++
			continue
		}
		x := binary.LittleEndian.Uint64(b[k:])
		// a byte's high bit is set here unless it is from 'a' (0x61,
		// which 0x1f carries to 0x80) to 'z' (0x7a, which 0x05 does not);
		// a byte of 0x80 or more sets its own, and the carry it makes
		// only reaches the bytes above it: the lowest set bit is exact
		if m := (^(x + 0x1f1f1f1f1f1f1f1f) | (x + 0x0505050505050505) | x) & 0x8080808080808080; m != 0 {
			return min(k+bits.TrailingZeros64(m)>>3, e)
		}
		k += 8
	}
	return e
}

// slugCouple handles a couple's names that open a slug, the segment [s,
// e) of words joined by '-' or '_' (a video's, a web page's, a folder's
// name), before their occasion: two names and the occasion
// ("kapoor-sharma-wedding.mp4", "priya_arjun_wedding_mix.mp3"), or two
// names joined by one of coupleWords ("priya-and-arjun-wedding",
// "anna_und_lukas_hochzeit"). A slug is written in lower case as often
// as not: two words in lower case before a person's occasion may be a
// theme's ("rustic-barn-birthday"), so only a couple's reads them so,
// and no word a stop table knows ("beach-house-wedding",
// "black-and-white-wedding").
func (sc *scanner) slugCouple(s, e int) {
	b := sc.b
	var c [4][2]int
	n, k := 0, s
	for n < len(c) {
		x := k
		for x < e && x-k <= 16 && isLetter(b[x]) {
			x++
		}
		if x == k && n >= 3 {
			break // a year or a number after the occasion ("kapoor-sharma-wedding-2024")
		}
		if x == k || x-k > 16 {
			return
		}
		c[n] = [2]int{k, x}
		n++
		if x >= e || b[x] != b[c[0][1]] || b[x] != '-' && b[x] != '_' {
			break
		}
		k = x + 1
	}
	if n < 3 {
		return
	}
	// the occasion's word ends the slug, or a separator or an extension
	// follows it
	occ := func(w [2]int) (found, own bool) {
		if x := w[1]; x < e && b[x] != '-' && b[x] != '_' && b[x] != '.' {
			return false, false
		}
		if b[s]-'a' < 26 && (eqLower(b[w[0]:w[1]], "engagement") || eqLower(b[w[0]:w[1]], "anniversary")) {
			// a business's as often, in lower case ("user-retention-engagement",
			// "company-tenth-anniversary")
			return false, false
		}
		return occasionAt(b, w[0], w[1])
	}
	first, second := c[0], c[1]
	if found, own := occ(c[2]); found && (!own || b[first[0]]-'A' < 26 && b[second[0]]-'A' < 26) {
		// "kapoor-sharma-wedding", "Zainab-Sulaimon-Birthday"
	} else if n == 4 && coupleWord(b[c[1][0]:c[1][1]]) {
		if found, _ := occ(c[3]); !found {
			return
		}
		second = c[2] // "priya-and-arjun-wedding"
	} else {
		return
	}
	if !slugName(b, first[0], first[1]) || !slugName(b, second[0], second[1]) {
		return
	}
	sc.proseSpan(first[0], first[1], true)
	sc.proseSpan(second[0], second[1], true)
}

// slugName: the letters [s, e) of a slug before an occasion read as a
// name (gluedName, pairName's tables, no theme's or place's word).
func slugName(b []byte, s, e int) bool {
	if e-s < 3 || !gluedName(b, s, e) || partyPlace(b, s, e) {
		return false
	}
	var lb [16]byte
	l := string(lowerInto(lb[:0], b[s:e]))
	return !partyTheme(l) && !pairedWords[l] && !titlePairWords[l] && !nameStop[l] && !slugStop[l] &&
		!photoSubjects[l] && !partnerStop[l]
}

// slugStop are words of a slug before an occasion that name a place, a
// kind or a time of it, no person ("country-club-wedding",
// "town-hall-wedding", "same-sex-wedding"), lowercased.
var slugStop = wordSet(`town city club house hall lodge manor estate resort cabin cottage winery brewery yacht boat
	cruise pool courthouse registry call game pride sex same pre post mini micro covid lockdown elopement
	cinematic highlight highlights teaser trailer film movie shoot session day weekend`)

// gluedName: the letters [s, e) before an occasion in a file's name read
// as a given name: one capital at the most, first, and no word of the
// stop tables.
func gluedName(b []byte, s, e int) bool {
	for k := s + 1; k < e; k++ {
		if b[k]-'A' < 26 {
			return false // "DJ", "PartyMix"
		}
	}
	var lb [16]byte
	l := lowerInto(lb[:0], b[s:e])
	if _, occ := occasions[string(l)]; occ {
		return false
	}
	for _, stop := range gluedStops {
		if stop[string(l)] {
			return false
		}
	}
	return true
}

// gluedStops are the tables gluedName asks.
var gluedStops = []map[string]bool{gluedStop, notClientWords, musicGenres, djFolderThings, occasionThings, possStop,
	possThingStop, thingOwnerStop, proseStop, relations, determiners, closings, greetings, deviceMakers, personalThings}

// quotedRequest handles a given name [i, j) that opens a quoted tag or
// comment and "req" or "request" ends it: a DJ's note on a track of whom
// it was asked for (rekordbox's `My Tag "Yaw request"`, `Comment "Ngozi
// req"`, `Comments="Yaw request"`). The quote follows one of tagKeys
// ("Feature request", "Pull request" name no one: requestStop).
func (sc *scanner) quotedRequest(i, j int) {
	b := sc.b
	k := j + 1
	for k < len(b) && k-j <= 9 && b[k]-'a' < 26 {
		k++
	}
	switch string(b[j+1 : k]) {
	case "req", "request", "requested":
	default:
		return
	}
	if k < len(b) && b[k] == '\\' {
		k++ // JSON's \"
	}
	if k >= len(b) || b[k] != '"' || !givenName(b, i, j) || !tagKeyBefore(b, i-1) {
		return
	}
	var lb [16]byte
	if w := lowerInto(lb[:0], b[i:j]); w == nil || requestStop[string(w)] {
		return
	}
	sc.proseSpan(i, j, true)
}

// quotedFor handles "for" at [i, j) that opens a quoted tag or comment
// after one of tagKeys, and the given name after it that ends the quote
// (`Tag: "for Abena"`, `My Tag "for Kwame Asante"`; not "for Later",
// "for Windows").
func (sc *scanner) quotedFor(i, j int) {
	b := sc.b
	if !tagKeyBefore(b, i-1) || !givenName(b, j+1, wordAfter(b, j+1)) {
		return
	}
	e := clientNameAfter(b, j+1)
	if e >= len(b) || b[e] != '"' && !(b[e] == '\\' && e+1 < len(b) && b[e+1] == '"') {
		return
	}
	var lb [16]byte
	if w := lowerInto(lb[:0], b[j+1:wordAfter(b, j+1)]); w == nil || requestStop[string(w)] {
		return
	}
	sc.proseSpan(j+1, e, true)
}

// tagKeyBefore: the quote at o (a JSON string's \" too) opens the value
// of one of tagKeys: `My Tag "…"`, `Tag: "…"`, `Comments="…"`,
// `"comment":"…"`.
func tagKeyBefore(b []byte, o int) bool {
	if o < 3 || b[o] != '"' {
		return false
	}
	e := o
	if b[e-1] == '\\' {
		e--
	}
	for e > 0 && o-e < 6 && (b[e-1] == ' ' || b[e-1] == ':' || b[e-1] == '=' || b[e-1] == '"' || b[e-1] == '\\') {
		e--
	}
	s := e
	for s > 0 && e-s < 12 && isLetter(b[s-1]) {
		s--
	}
	if s == e || s > 0 && (isAlnum(b[s-1]) || b[s-1] == '_') {
		return false
	}
	var lb [16]byte
	return tagKeys[string(lowerInto(lb[:0], b[s:e]))]
}

// tagKeys are a DJ library's fields where a note of whom a track was
// asked for goes (tagKeyBefore), lowercased: rekordbox's "My Tag" and
// "Comments", Serato's and Traktor's "Comment", "Grouping", "Label".
var tagKeys = wordSet(`tag tags mytag comment comments note notes grouping label memo remark remarks`)

// requestStop are capitalised words before "request" or after "for" in
// a tag that name no person (quotedRequest, quotedFor).
var requestStop = wordSet(`feature pull merge change changes access client clients guest guests customer customers user users
	support song songs track tracks crowd special late later last final encore party group table audience couple
	radio club venue promoter manager boss owner host mc staff bar door vip friend friends public private personal
	system service http api server data info help test demo download upload sync update review feedback info
	now today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday weekend opening closing
	warmup warm peak peaktime afterparty dancing dance floor everyone everybody all kids teens ladies
	export import print sale sales rent review mixing mastering master backup archive reference practice editing
	streaming stream live soon use sharing share delete deletion removal approval testing prep set sets gig gigs
	wedding weddings birthday christmas easter eid diwali summer winter spring autumn fall`)

// quinceOwner handles "anos" or "años" at [i, j) after " 15 ": a girl's
// fifteenth, the quinceañera, named as Brazil's and Latin America's DJs
// name its set or project ("REAPER Media/Mariana 15 anos/festa.RPP",
// "Crates/Sofía 15 años.crate"): the given name before the age, opening a
// path's segment, a quote or a field, when the years' word ends the name.
func (sc *scanner) quinceOwner(i, j int) {
	b := sc.b
	if !eqLower(b[i:j], "anos") && !eqLower(b[i:j], "años") || !nameEnds(b, j) || j < len(b) && b[j] == ' ' {
		return
	}
	e := i - 4
	s := wordBefore(b, e)
	if s == e || s < 2 || lineBreak(b[s-1]) || !clientLead(b, s) || !givenName(b, s, e) || !gluedName(b, s, e) {
		return
	}
	var lb [16]byte
	if l := string(lowerInto(lb[:0], b[s:e])); l == "" || nameStop[l] || ageLeads[l] || partyTheme(l) {
		return
	}
	sc.proseSpan(s, e, true)
}

// weddingOwner handles "Wedding" at [i, j) after one name word, a family's
// or a given name, with no couple's '&': "Crates/Okafor Wedding.crate",
// "Loading crate: Johnson Wedding 2026-06-14.crate" (soleOwner's shapes),
// and "Sweet 16" after a given name ("Projects/Efua Sweet 16.als").
func (sc *scanner) weddingOwner(i, j int) {
	b := sc.b
	if i < 4 || b[i-1] != ' ' {
		return
	}
	e := i - 1
	s := wordBefore(b, e)
	if s == e || !clientWord(b, s, e) || !soleOwner(b, s, e, i, j) {
		return
	}
	if !clientLead(b, s) && !dateLead(b, s) {
		// a given name and a family's before it, the given one opening
		// the name: "Logic/Mei Lin Wedding Medley.logicx"
		f := wordBefore(b, s-1)
		if s < 4 || b[s-1] != ' ' || f == s-1 || f == 0 || !clientLead(b, f) && !dateLead(b, f) || !givenName(b, f, s-1) || !gluedName(b, f, s-1) {
			return
		}
		var lb [16]byte
		if l := string(lowerInto(lb[:0], b[f:s-1])); l == "" || nameStop[l] || partyTheme(l) || ageLeads[l] {
			return
		}
		s = f
	}
	sc.proseSpan(s, e, true)
}

// soleWedding: w is a couple's wedding or rite in the words a DJ or a
// producer names its set or project by, capitalised, that weddingOwner
// reads after one name as it reads "Wedding": the bride's or the
// family's ("Agnieszka Wesele.cpr", "Priya Sangeet", "Rohan Mehendi
// Night.wav", "Okafor Hochzeit"). Those that are words of their own
// elsewhere ("Boda", "Kasal") are left out.
func soleWedding(w []byte) bool {
	if len(w) < 4 || soleWedLens[w[0]]>>len(w)&1 == 0 {
		return false
	}
	switch string(w) {
	case "Wesele", "Hochzeit", "Mariage", "Casamento", "Bruiloft", "Bryllup", "Matrimonio", "Pernikahan",
		"Mehndi", "Mehendi", "Mehandi", "Sangeet", "Shaadi", "Nikah", "Nikkah", "Walima", "Lobola":
		return true
	}
	return false
}

// soleWedLens: bit n of soleWedLens[c] is set for the n-byte words of
// soleWedding that start with c; soleWedSecond holds in bit n of
// soleWedSecond[c] that one of them starts with c and then 'a'+n. They
// gate gluedEvent's call: a rite's word glued to what ends the name
// ("Wesele.cpr", "Lobola\"). (One followed by a blank, "Priya Sangeet
// Intro.mp3", is left: a gate by first byte and length lets "Session",
// "Message", "Server" through, costing every line.)
var soleWedLens, soleWedSecond = func() (t [256]uint16, s [256]uint32) {
	for _, w := range [...]string{"Wesele", "Hochzeit", "Mariage", "Casamento", "Bruiloft", "Bryllup", "Matrimonio", "Pernikahan",
		"Mehndi", "Mehendi", "Mehandi", "Sangeet", "Shaadi", "Nikah", "Nikkah", "Walima", "Lobola"} {
		t[w[0]] |= 1 << len(w)
		s[w[0]] |= 1 << (w[1] - 'a')
	}
	return t, s
}()

// dateLead: a date's last two digits and a blank come before s, as a
// recording's or a set's file name opens ("2024-02-10 Rohan Mehendi
// Night.wav").
func dateLead(b []byte, s int) bool {
	return s >= 4 && b[s-1] == ' ' && isDigit(b[s-2]) && isDigit(b[s-3]) && (b[s-4] == '-' || b[s-4] == '.' || b[s-4] == '_')
}

// cjkOccasions are a couple's or a person's occasions in Chinese
// (simplified and traditional) and Japanese: a photo album's, a video's,
// a calendar's title names the couple or the person right after the
// occasion ("婚礼 李娜 王伟", "结婚典礼 李娜&王伟") or before it, with "的"
// (of) or none ("李娜的生日", "李娜&王伟婚礼").
var cjkOccasions = []string{"结婚典礼", "結婚典禮", "毕业典礼", "畢業典禮", "生日派对", "生日派對", "婚礼", "婚禮", "结婚式",
	"結婚式", "婚宴", "喜宴", "订婚", "訂婚", "结婚", "結婚", "披露宴", "生日会", "生日會", "生日", "誕生日", "满月", "滿月",
	"周岁", "週歲", "寿宴", "壽宴", "葬礼", "葬禮"}

// cjkOccStop are words of two or three ideographs a common surname starts
// that name no one before or after an occasion ("高中毕业典礼", a high
// school's graduation; "婚礼 高清", in high definition).
var cjkOccStop = wordSet(`高中 高三 高二 高一 高清 高考 金色 金婚 银婚 白色 方案 万岁 上午 江南 龙年 马年 现场 王子 公主`)

// cjkOccAt returns where the occasion of cjkOccasions that starts at s
// ends, or -1.
func cjkOccAt(b []byte, s int) int {
	for _, o := range cjkOccasions {
		if bytes.HasPrefix(b[s:], []byte(o)) {
			return s + len(o)
		}
	}
	return -1
}

// hanAt: an ideograph (U+4E00 to U+9FFF, three bytes) starts at s.
func hanAt(b []byte, s int) bool {
	return s+2 < len(b) && b[s] >= 0xe4 && b[s] <= 0xe9 && b[s+1] >= 0x80 && b[s+2] >= 0x80
}

// cjkJoiner returns where the joiner of two names at s ends ('&', "＆",
// "和", "与", "與", "、"), or -1.
func cjkJoiner(b []byte, s int) int {
	if s < len(b) && b[s] == '&' {
		return s + 1
	}
	for _, w := range [...]string{"＆", "和", "与", "與", "、"} {
		if bytes.HasPrefix(b[s:], []byte(w)) {
			return s + len(w)
		}
	}
	return -1
}

// hanName: the ideographs [s, e) read as a Chinese name: two or three,
// a common surname first (chineseSurnames), no word cjkOccStop knows.
func hanName(b []byte, s, e int) bool {
	if n := (e - s) / 3; n < 2 || n > 3 {
		return false
	}
	for k := s; k < e; k += 3 {
		if !hanAt(b, k) {
			return false
		}
	}
	r, _ := utf8.DecodeRune(b[s:e])
	return strings.ContainsRune(chineseSurnames, r) && !cjkOccStop[string(b[s:e])] && cjkJoiner(b, s+3) < 0 &&
		(e-s == 6 || cjkJoiner(b, s+6) < 0)
}

// cjkNameEnds: what follows a name at e ends it: the text's end, an ASCII
// byte but a letter, or CJK punctuation (U+3000 to U+303F, fullwidth
// forms); no ideograph, kana or letter.
func cjkNameEnds(b []byte, e int) bool {
	if e >= len(b) || b[e] < 0x80 {
		return e >= len(b) || !isLetter(b[e])
	}
	return e+2 < len(b) && (b[e] == 0xe3 && b[e+1] == 0x80 || b[e] == 0xef && (b[e+1] == 0xbc || b[e+1] == 0xbd))
}

// cjkOccasion handles a word [i, j) that opens with an occasion of
// cjkOccasions or with the names before one, after a path's separator
// or a calendar property's ':' too: "婚礼 李娜 王伟", "结婚典礼 李娜&王伟", "婚礼-李娜-王伟.mp4", "李娜的生日",
// "照片/李娜&王伟婚礼.jpg". With no dictionary of names, a name is two or
// three ideographs that a common surname opens (hanName) where the
// occasion's place says a name stands.
func (sc *scanner) cjkOccasion(i, j int) {
	b := sc.b
	s := i
	if k := bytes.LastIndexAny(b[i:j], `/\:`); k >= 0 {
		s = i + k + 1
	}
	if !hanAt(b, s) {
		return
	}
	if o := cjkOccAt(b, s); o > 0 {
		// the names after the occasion, a blank or a separator between
		if o+1 >= len(b) || o < j && b[o] != '-' && b[o] != '_' && b[o] != ':' || o == j && b[o] != ' ' {
			return
		}
		sc.cjkNames(o + 1)
		return
	}
	// the names before the occasion: one, or two joined
	for _, n1 := range [...]int{6, 9} {
		if !hanName(b, s, s+n1) {
			continue
		}
		p := s + n1
		if q := cjkJoiner(b, p); q > 0 {
			for _, n2 := range [...]int{6, 9} {
				if hanName(b, q, q+n2) && cjkOccBefore(b, q+n2) {
					sc.proseSpan(s, p, true)
					sc.proseSpan(q, q+n2, true)
					return
				}
			}
			continue
		}
		if cjkOccBefore(b, p) {
			sc.proseSpan(s, p, true)
			return
		}
	}
}

// cjkOccBefore: an occasion of cjkOccasions starts at p, "的" (of) before
// it or not.
func cjkOccBefore(b []byte, p int) bool {
	if bytes.HasPrefix(b[p:], []byte("的")) {
		p += len("的")
	}
	return p < len(b) && cjkOccAt(b, p) > 0
}

// cjkNames handles the names at s after a CJK occasion: one, or two that
// a blank, a separator or a joiner (cjkJoiner) parts, each ending where
// no ideograph follows.
func (sc *scanner) cjkNames(s int) {
	b := sc.b
	for _, n1 := range [...]int{6, 9} {
		e := s + n1
		if !hanName(b, s, e) {
			continue
		}
		q := cjkJoiner(b, e)
		if q < 0 && e+1 < len(b) && (b[e] == ' ' || b[e] == '-' || b[e] == '_') && hanAt(b, e+1) {
			q = e + 1
		}
		if q > 0 {
			for _, n2 := range [...]int{6, 9} {
				if f := q + n2; hanName(b, q, f) && !hanAt(b, f) && cjkNameEnds(b, f) {
					sc.proseSpan(s, e, true)
					sc.proseSpan(q, f, true)
					return
				}
			}
		}
		if !hanAt(b, e) && cjkNameEnds(b, e) {
			sc.proseSpan(s, e, true)
			return
		}
	}
}
