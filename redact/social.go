package redact

import "bytes"

// socialKeys: a social or chat service written as a key of its own in a
// DJ's profile, a booking sheet or a signature ("IG: @djkwabena",
// "Insta: obiora.live", "TikTok: ChiomaSpins"): the value is the
// person's handle there. True: a bare handle is taken too; false: an
// SDK logs under the service's name ("Twitch: StreamStarted", "Discord:
// discord_game_sdk.dll"), so only an "@handle" is. ("threads", "x" and
// "fb" are left out: "Threads: 8", "X: 120".)
var socialKeys = map[string]bool{"ig": true, "insta": true, "instagram": true, "tiktok": true, "snapchat": true,
	"twitter": false, "facebook": false, "twitch": false, "discord": false, "bluesky": false}

// socialLens: bit n of socialLens[c] is set for the n-byte keys of
// socialKeys starting with c, the caller's gate.
var socialLens = func() (t [256]uint16) {
	for k := range socialKeys {
		t[k[0]] |= 1 << len(k)
	}
	return t
}()

// socialHandle handles the value after such a key ending at q (nk, the
// normalized key): an "@handle", or where bare handles are taken one
// with a mark (a dot, '_', a digit: "obiora.live") or in camel case
// ("ObioraLive"); a plain word ("Instagram: not linked"), a version, a
// file or a site stay. It returns where the handle ends, or -1.
func (sc *scanner) socialHandle(nk []byte, q int) int {
	if len(nk) < 2 || len(nk) > 9 {
		return -1
	}
	bare, ok := socialKeys[string(nk)]
	if !ok {
		return -1
	}
	b := sc.b
	p := q + 1
	for p < len(b) && p-q < 8 && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	if p+1 < len(b) && (b[p] == '"' || b[p] == '\'') {
		p++ // a JSON or a quoted value: {"instagram": "@akosua.spins"}
	}
	if p < len(b) && b[p] == '@' {
		return sc.handleAt(p, false)
	}
	if !bare || p+3 >= len(b) || isDigit(b[p+1]) {
		return -1
	}
	e := p
	for e < len(b) && e-p < 40 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-') {
		e++
	}
	v := bytes.ToLower(b[p:e])
	if bytes.Contains(v, nk) || bytes.Contains(v, []byte("sdk")) {
		return -1 // the service's own file, site or kit
	}
	if d := bytes.LastIndexByte(v, '.'); d > 0 && siteOrFile[string(v[d+1:])] {
		return -1
	}
	// camel case: a capital, lowercase letters, then a capital
	if c := p + 1; b[p] >= 'A' && b[p] <= 'Z' {
		for c < e && b[c] >= 'a' && b[c] <= 'z' {
			c++
		}
		if c-p >= 3 && c < e && b[c] >= 'A' && b[c] <= 'Z' && c+1 < e && b[c+1] >= 'a' && b[c+1] <= 'z' &&
			(e == len(b) || b[e] != '@' && b[e] != '/' && b[e] < 0x80) && sc.accountSpan(p, e) {
			return e
		}
	}
	return sc.handleAt(p, false)
}

// siteOrFile: the last label of a domain or the extension of a file,
// which a handle ("obiora.live") does not end with.
var siteOrFile = wordSet(`com net org io tv me app dll exe so dylib json js plist log txt framework`)
