package redact

// queryPersonName reports whether the value at p of a URL's "name="
// parameter is a person's full name: two or three capitalised words
// joined by "%20" or '+' ("?name=Efua%20Boateng"), ending the parameter.
// A name elsewhere ("?name=CVE-2010-0405", "name=New%20Playlist") is no
// person's.
func queryPersonName(b []byte, p int) bool {
	words := 0
	for words < 4 {
		if p >= len(b) || b[p] < 'A' || b[p] > 'Z' {
			return false
		}
		s := p
		p++
		for p < len(b) && p-s < 16 && b[p] >= 'a' && b[p] <= 'z' {
			p++
		}
		var lb [16]byte
		if p-s < 2 || uiNameWords[string(lowerInto(lb[:0], b[s:p]))] {
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
