package redact

import "strings"

// A "name" key alone, opening its line ("name=Kofi Mensah", "Name: Ama
// Owusu" in a form's dump) holds a thing's name as often as a
// person's ("name=Deck A", "name=Main Output", "name=Traktor Kontrol
// S4", "name=Summer Vibes"). With no other key of a person's around
// (personLine, personSection), the value is a person's only when it
// reads as a full name and nothing else: two or three capitalised words
// of letters, the whole value, the last a surname's (surnameWord), and
// none a word of a thing's, a device's, a folder's, a genre's or an
// app's own names.

// loneNameValue: the value [p, e) of the "name" key at k, its
// separator at q, is a person's full name by itself.
func (sc *scanner) loneNameValue(k, q, p, e int) bool {
	b := sc.b
	if k > 0 && !lineBreak(b[k-1]) {
		// a field's part ("device.name="), a step's or a block's
		// ("step name=Run Tests user=ci", "plugin:\n  name: Grand Piano")
		return false
	}
	if b[q] != '=' && (b[q] != ':' || q+1 >= len(b) || b[q+1] != ' ') {
		return false // compact JSON: a list of objects, products beside people
	}
	last, words := p, 0
	for w := p; w < e; {
		x := w
		for x < e && b[x] != ' ' {
			x++
		}
		if x-w < 2 || !proseWord(string(b[w:x]), true) || loneThingWord(b[w:x]) {
			return false
		}
		last, words = w, words+1
		for w = x; w < e && b[w] == ' '; w++ {
		}
	}
	return words >= 2 && words <= 3 && sc.surnameWord(last) == e
}

// loneThingWord: w names a thing, a place, a kind or a time more often
// than it is a word of a person's name.
func loneThingWord(w []byte) bool {
	var lb [32]byte
	l := lowerInto(lb[:0], w)
	if l == nil {
		return true
	}
	s := string(l)
	return thingEnding(w) || uiNameWords[s] || musicGenres[s] || djFolderThings[s] || occasionThings[s] ||
		possThingStop[s] || thingOwnerStop[s] || folderWords[s] || teamWords[s] || orgWords[s] || modelWords[s] ||
		audioMakers[s] || deviceMakers[s] || roomWords[s] || nameStop[s] || loneAppWords[s] || strings.ContainsRune(s, '.')
}

// loneAppWords name what a program is or shows (a desktop entry's
// "Name=Foo Viewer", "Name=Image Editor"), an instrument a preset plays
// ("name=Grand Piano") and the placeholders of examples, lowercased.
var loneAppWords = wordSet(`viewer player editor browser reader manager launcher installer updater uninstaller
	recorder converter monitor terminal console client server center centre tracker finder explorer organizer
	organiser scheduler downloader uploader builder checker helper writer maker mixer tuner
	piano keys guitar bass drums strings synth organ pad lead brass choir vocals
	foo bar baz qux quux example sample`)
