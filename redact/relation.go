package redact

import (
	"bytes"
	"math/bits"
)

// relations name the people a writer mentions by their relation ("my
// partner Rangi Parata also sees it", "my wife Ngozi said"): the name
// after "my RELATION" is a person's.
var relations = wordSet(`partner wife husband girlfriend boyfriend fiance fiancee friend brother sister son daughter
	mum mom dad colleague coworker manager boss flatmate roommate housemate cousin bandmate niece nephew
	uncle aunt DJ dj`)

// djRelationStop are the words after "our DJ" that name the DJ's things,
// not the DJ ("Our DJ Booth Setup failed", "my DJ Pro license"),
// lowercased; djFolderThings and musicGenres are asked too.
var djRelationStop = wordSet(`booth setup mixer name names app apps console deck decks lights light stand equipment
	laptop account profile career controller software friend friends crew gig gigs night nights mode view tab page
	panel station stream channel`)

// timeWords may stand between a relation and the name after it, a
// comma after them: "Our DJ tonight, Kofi Mensah, played …".
var timeWords = wordSet(`tonight today yesterday tomorrow`)

// relationLens: bit n of relationLens[c] is set for the n-byte words of
// relations ending with c.
var relationLens = func() (t [256]uint16) {
	for w := range relations {
		t[w[len(w)-1]] |= 1 << len(w)
	}
	return t
}()

// relationName handles the name at p after "my RELATION " (or "our"),
// the relation's word ending at the blank te. One to three capitalised
// words (the first in title case: "our partner API" is none), which the clause's punctuation or a lowercase word ends; one
// word is replaced but not learned (it may be a common word elsewhere).
// It returns where the name ends, 0 when no relation stands before p, or
// -1.
func (sc *scanner) relationName(te, p int) int {
	b := sc.b
	ws := -1
	// (most words before a capital are none: the lengths the last byte
	// allows, a blank and "my" or "our" before, then the word)
	for lens := relationLens[b[te-1]]; lens != 0; lens &= lens - 1 {
		s := te - bits.TrailingZeros16(lens)
		if s >= 3 && b[s-1] == ' ' && (b[s-2] == 'y' || b[s-2] == 'r') && relations[string(b[s:te])] {
			ws = s
			break
		}
	}
	if ws < 0 || !afterFold(b, ws, "my ") && !afterFold(b, ws, "our ") {
		return 0
	}
	e, n := proseNameEnd(b, p, 3, true)
	if n == 0 || e-p < 2 || !titleCaseAt(b, p) || !proseNameFollows(b, e, true) && !lowerWordAfter(b, e) {
		return -1
	}
	if b[ws]|0x20 == 'd' && te-ws == 2 {
		var lb [16]byte
		w := lowerInto(lb[:0], b[p:nameWordEnd(b, p)])
		if djRelationStop[string(w)] || djFolderThings[string(w)] || musicGenres[string(w)] {
			return -1 // "Our DJ Booth Setup failed"
		}
	}
	sc.proseSpan(p, e, n >= 2)
	return e
}

// passedTo handles "to" at [i, j) after a verb of passing something on
// ("forward this to Kwame Mensah", "I spoke to Ama Owusu", "pass it on
// to Yaw Darko"), after "thanks", and "of" after "behalf": a writer
// names a third person there. Two words at
// least, as "send it to Apple" names a company. It returns where the
// name ends, or -1.
func (sc *scanner) passedTo(i, j int) int {
	b := sc.b
	e := i - 1 // the blank before "to"
	var wb [12]byte
	for n := 0; n < 3 && e > 0 && b[e] == ' '; n++ {
		s := e
		for s > 0 && e-s < 12 && isLetter(b[s-1]) {
			s--
		}
		w := lowerInto(wb[:0], b[s:e])
		if s == e || w == nil || s > 0 && !(b[s-1] == ' ' || lineBreak(b[s-1])) {
			return -1
		}
		if b[i] == 'o' {
			// "on behalf of Adaeze Nwosu", "at the request of …"
			if n == 0 && (string(w) == "behalf" || string(w) == "request") {
				return sc.proseNameMin(j+1, 2)
			}
			return -1
		}
		if passedToVerbs[string(w)] {
			return sc.proseNameMin(j+1, 2)
		}
		if n == 0 && string(w) == "thanks" {
			// "Thanks to Ngozi Okafor for the repro": words in title case
			// ("Thanks to GNU Standards", an acronym, names none)
			en, words := proseNameEnd(b, j+1, 4, true)
			if words >= 2 && (proseNameFollows(b, en, true) || bytes.HasPrefix(b[en:], []byte(" for "))) && titleWords(b[j+1:en]) {
				sc.proseSpan(j+1, en, true)
				return en
			}
			return -1
		}
		if !passedToFill[string(w)] {
			return -1
		}
		e = s - 1 // "pass it on to", "forward this to", "hand it over to"
	}
	return -1
}

// passedToVerbs pass something on to a person; passedToFill may come
// between them and "to".
var (
	passedToVerbs = wordSet(`forward forwarded forwarding send sent sending pass passed passing escalate escalated
		talk talked talking speak spoke spoken speaking reply replied write wrote written introduce introduced give gave
		given hand handed refer referred email emailed mail mailed message messaged mention mentioned explain explained
		report reported show showed shown`)
	passedToFill = wordSet(`this it that them these those on over back`)
)

// titleWords: each word of the name n, one blank apart, is written in
// title case: a capital, then no capital but after a dash or an
// apostrophe ("Okafor", "Okonjo-Iweala", "O'Neil"; not "GNU").
func titleWords(n []byte) bool {
	for _, w := range bytes.Fields(n) {
		for k := 1; k < len(w); k++ {
			if c := w[k]; c >= 'A' && c <= 'Z' && w[k-1] != '-' && w[k-1] != '\'' {
				return false
			}
		}
	}
	return true
}
