package redact

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Detectors for identifiers that DJ and music apps' files and logs hold
// in shapes of their own: a synced phone's UDID, Serato's tagged paths,
// the accounts of the services they stream from or to (SoundCloud,
// YouTube, Steam), devices two people own.

// appleUDID replaces the word [i, j) when it is the UDID of an Apple
// device of 2018 on (iPhone XS, Apple silicon Macs): "00008101-
// 001A2B3C4D5E001E", the chip id in eight hex digits, a dash and the
// chip's ECID in sixteen. Apps that sync with a phone write it bare
// ("sync with iPhone "x" (00008101-…)"); it names the device everywhere,
// so it is learned. The caller checked the length (25), the first byte
// and the dash.
func (sc *scanner) appleUDID(i, j int) {
	b := sc.b
	if b[i+1] != '0' || b[i+2] != '0' || b[i+3] != '0' || !allHex(b[i+4:i+8]) || !allHex(b[i+9:j]) || sc.covered(i) {
		return
	}
	zero := true
	for _, c := range b[i+9 : j] {
		zero = zero && c == '0'
	}
	if !zero {
		sc.serialAt(i, j)
	}
}

// trackKey: a key's value of ten digits at most, which no secret is
// (one that short is guessed) and a library's row is: rekordbox's XML
// lists a playlist's tracks as <TRACK Key="81926591"/>, the TrackID
// that stays where the track is defined.
func trackKey(v []byte) bool {
	return len(v) <= 10 && len(v) > 0 && allDigits(v)
}

// beTagString: the UTF-16 run [s, k) of p starts with the low byte of a
// big-endian length after a four-letter tag, and the string after it is
// in UTF-16BE, read here a byte off as UTF-16LE: Serato's crates and
// database ("ptrk", the length, then "Users/kai/Music/x.mp3", the path
// without its root). The length glued to the path ("TUsers/kai/...")
// hid the home folder; it returns where the string starts, else s.
func beTagString(p []byte, s, k int) int {
	if s < 7 || k-s < 8 || p[s]&1 != 0 || p[s-1] != 0 || p[s-2] != 0 || p[s-3] != 0 {
		return s
	}
	for _, c := range p[s-7 : s-3] {
		if c < 'a' || c > 'z' {
			return s
		}
	}
	return s + 2
}

// soundCloudURN replaces the account's number in a SoundCloud URN, the
// word [i, j) ("soundcloud:users:123456789", as SoundCloud's API and the
// DJ apps that stream from it write a user), and learns it: a log names
// the account by the number elsewhere. A track's or playlist's URN
// names public content and stays. It returns where the number ends, or
// -1.
func (sc *scanner) soundCloudURN(i, j int) int {
	b := sc.b
	const pre = "soundcloud:users:"
	if j-i <= len(pre) || !eqLower(b[i:i+len(pre)], pre) {
		return -1
	}
	s := i + len(pre)
	e := s
	for e < j && isDigit(b[e]) {
		e++
	}
	if e-s < 4 || e < j && isAlnum(b[e]) {
		return -1
	}
	if !sc.learnedUID(s, e) {
		return -1
	}
	return e
}

// spotifyURN replaces the account a Spotify user URI names, the word
// [i, j) ("spotify:user:kofimensah", its playlists' older URIs "spotify:
// user:kofimensah:playlist:…", as the Web API's "owner" objects and the
// apps that sync from it write them), and learns it. It returns where
// the name ends, or -1.
func (sc *scanner) spotifyURN(i, j int) int {
	b := sc.b
	const pre = "spotify:user:"
	if j-i <= len(pre)+1 || !eqLower(b[i:i+len(pre)], pre) {
		return -1
	}
	s := i + len(pre)
	e := s
	for e < j && e-s <= 64 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-') {
		e++
	}
	if e-s < 2 || e < j && b[e] != ':' || pseudonymAt(b, s) {
		return -1
	}
	name := string(b[s:e])
	if sc.s.allowed(name) || isGenericUser(name) {
		return -1
	}
	canon := canonical(name)
	sc.learnLiteral(ClassUser, canon, name, true)
	sc.add(s, e, ClassUser, canon)
	return e
}

// serviceURN replaces the account a SoundCloud or Spotify URN names at i,
// in the word ending at j: the word's start, or a key's value in it
// ("owner=soundcloud:users:123456789"). It returns where the account
// ends, or -1.
func (sc *scanner) serviceURN(i, j int) int {
	if j-i >= 18 && sc.b[i+10] == ':' {
		return sc.soundCloudURN(i, j)
	}
	if j-i >= 15 && sc.b[i+7] == ':' {
		return sc.spotifyURN(i, j)
	}
	return -1
}

// urnValues finds services' URNs as the values in a key=value word
// [i, j) ("owner=soundcloud:users:123456789"): keys name no URN's
// scheme. Every '=' is asked: a second pass reads what follows a
// pseudonym in the word as a word of its own. It returns where the last
// account found ends, or -1.
func (sc *scanner) urnValues(i, j int) int {
	b := sc.b
	next := -1
	for k := i; k < j; {
		q := bytes.IndexByte(b[k:j], '=')
		if q < 0 {
			break
		}
		k += q + 1
		if j-k >= 15 && b[k]|0x20 == 's' {
			if e := sc.serviceURN(k, j); e > next {
				next = e
			}
		}
	}
	return next
}

// siteAccount replaces the account a URL's path at p names on sites
// that put it after a fixed first segment (see profileHandle for those
// that put it first): host h.
func (sc *scanner) siteAccount(h []byte, p, j int) {
	sc.tenantURL(h, p, j) // "acme.okta.com/x", "dev.azure.com/contoso-music/" (tenants.go)
	sc.photoURL(h, p, j)  // "lh3.googleusercontent.com/a/ACg8…" (gaia.go)
	if len(h) >= 11 {
		sc.youTubeChannel(h, p, j)
		sc.steamVanity(h, p, j)
		sc.oneDrivePersonal(h, p, j)
	}
	if len(h) >= 5 && (h[len(h)-1]|0x20 == 'm' || h[len(h)-1]|0x20 == 'l') {
		sc.shareLink(h, p, j) // "dropbox.com/s/KEY/set.zip" (sharelinks.go)
	}
}

// steamVanity replaces the name of a Steam profile's own URL
// ("https://steamcommunity.com/id/kwesidj/", the Web API's profileurl)
// and learns it: the account names itself so (its number, under
// /profiles/, is replaced as an account id).
func (sc *scanner) steamVanity(h []byte, p, j int) {
	const host, path = "steamcommunity.com", "/id/"
	b := sc.b
	if len(h) != len(host) || !eqLower(h, host) || j-p < len(path)+2 || string(b[p:p+len(path)]) != path {
		return
	}
	s := p + len(path)
	e := s
	for e < j && e-s <= 32 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') {
		e++
	}
	if e-s < 2 || e-s > 32 || e < j && b[e] != '/' && b[e] != '?' && b[e] != '#' || pseudonymAt(b, s) {
		return
	}
	name := string(b[s:e])
	if !plausibleName(name) || sc.s.allowed(name) || isGenericUser(name) {
		return
	}
	canon := canonical(name)
	sc.learnLiteral(ClassUser, canon, name, true)
	sc.add(s, e, ClassUser, canon)
}

// youTubeChannel replaces the channel id in the path at p of a URL on
// host h ("https://studio.youtube.com/channel/UCa1B2c3D4e5F6g7H8i9J0kL/
// livestreaming", as streaming apps open and log it): "UC" and 22
// letters, digits, '-' and '_' name the account streaming, as a handle
// does (profileHandle), so it is learned.
func (sc *scanner) youTubeChannel(h []byte, p, j int) {
	const path, idLen = "/channel/UC", 24
	b := sc.b
	if len(h) < 11 || h[len(h)-11] != 'y' && h[len(h)-11] != 'Y' || !eqLower(h[len(h)-11:], "youtube.com") ||
		len(h) > 11 && h[len(h)-12] != '.' || j-p < len(path)+22 || !eqLower(b[p:p+9], "/channel/") {
		return
	}
	s := p + 9
	e := s + idLen
	if e > j || !youTubeChannelID(b[s:e]) || e < j && b[e] != '/' && b[e] != '?' && b[e] != '#' {
		return
	}
	sc.channelSpan(s, e)
}

// channelSpan replaces the YouTube channel id [s, e) as its account and
// learns it (unless allowed), in a URL or under a key.
func (sc *scanner) channelSpan(s, e int) { sc.learnedSpan(s, e, ClassUser) }

// coOwner replaces the first owner of a device two people own, before
// the second's name at s ("Ama & Kofi's HomePod", "Ama and Kofi's Apple
// TV"): a word that reads as a given name, in the same case as a name.
func (sc *scanner) coOwner(s int) {
	b := sc.b
	e := -1
	switch {
	case s >= 5 && string(b[s-3:s]) == " & ":
		e = s - 3
	case s >= 7 && string(b[s-5:s]) == " and ":
		e = s - 5
	}
	if e < 2 {
		return
	}
	ws := e
	for ws > 0 && e-ws < 24 && (isLetter(b[ws-1]) || b[ws-1] >= 0x80 || b[ws-1] == '-') {
		ws--
	}
	if e-ws < 2 || ws > 0 && !(b[ws-1] == ' ' || b[ws-1] == '\t' || b[ws-1] == '\n' || b[ws-1] == ':' || b[ws-1] == '"' || b[ws-1] == '\'' || b[ws-1] == '(') {
		return
	}
	w := string(b[ws:e])
	if !utf8.ValidString(w) || !nameWord(w, false) || nameStop[strings.ToLower(w)] {
		return
	}
	sc.nameSpan(ws, e)
}

// youTubeChannelID: v is a YouTube channel's id, "UC" and 22 letters,
// digits, '-' and '_'.
func youTubeChannelID(v []byte) bool {
	if len(v) != 24 || v[0] != 'U' || v[1] != 'C' {
		return false
	}
	for _, c := range v[2:] {
		if !urlSafeB64(c) {
			return false
		}
	}
	return true
}
