package redact

// queryPersonName reports whether the value at p of a URL's "name="
// parameter is a person's full name: two or three capitalised words
// joined by "%20" or '+' ("?name=Efua%20Boateng"), ending the parameter.
// A name elsewhere ("?name=CVE-2010-0405", "name=New%20Playlist") is no
// person's.
func queryPersonName(b []byte, p int) bool {
	words := 0
	for words < 4 {
		s := p
		if p < len(b) && b[p] >= 'A' && b[p] <= 'Z' {
			p++
		} else if p = pctLetter(b, p); p < 0 {
			return false // ("%C3%89mile", "%C5%81ukasz")
		}
		n := 1 // letters
		for p < len(b) && n < 16 {
			if b[p] >= 'a' && b[p] <= 'z' {
				p++
			} else if e := pctLetter(b, p); e > 0 {
				p = e // "Zo%C3%AB", "Bj%C3%B6rn"
			} else {
				break
			}
			n++
		}
		var lb [16]byte
		if n < 2 || uiNameWords[string(lowerInto(lb[:0], b[s:p]))] {
			return false
		}
		words++
		switch {
		case p+3 < len(b) && b[p] == '%' && b[p+1] == '2' && b[p+2] == '0':
			p += 3
		case p+1 < len(b) && b[p] == '+':
			p++
		default:
			return words >= 2 && words <= 3 && (p == len(b) || b[p] == '&' || b[p] == '#' || b[p] == ' ' ||
				b[p] == '"' || b[p] == '\'' || b[p] == '\\' || lineBreak(b[p]))
		}
	}
	return false
}

// uiNameWords: words of the names an app gives its own things (a
// playlist, a preset, a page), which a URL's "name=" may carry.
var uiNameWords = wordSet(`new untitled my main default menu playlist playlists crate crates folder track tracks list
	settings report crash test demo sample home library set sets mix mixes session project file export import
	recording audio video preset presets bank deck master output input channel page view window the of and to
	user users team group room studio stream live radio`)

// pctLetter returns where the letter outside ASCII percent-encoded at p
// ends (two bytes of UTF-8: Latin, Greek, Cyrillic), or -1.
func pctLetter(b []byte, p int) int {
	if p+6 > len(b) || b[p] != '%' || b[p+3] != '%' || !isHex(b[p+1]) || !isHex(b[p+2]) || !isHex(b[p+4]) || !isHex(b[p+5]) {
		return -1
	}
	lead, cont := unhex(b[p+1])<<4|unhex(b[p+2]), unhex(b[p+4])<<4|unhex(b[p+5])
	if lead < 0xc3 || lead > 0xd4 || cont < 0x80 || cont > 0xbf || lead == 0xc3 && (cont == 0x97 || cont == 0xb7) {
		return -1 // (not × or ÷)
	}
	return p + 6
}
