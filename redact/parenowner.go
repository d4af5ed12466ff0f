package redact

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// asciiParenOwner handles an owner's name written in Latin letters in
// parentheses after a personal device, the word at i after " (": "AirPods
// Pro (Thandiwe)", "Galaxy Buds2 (Ji-woo)", "AirPods (Łukasz Nowak)" (a device word of ownedDevices and its model words before
// it), or the model code under a headphone listing's key ("Headphones:
// WH-1000XM4 (Ola)"). Elsewhere a capitalised word in parentheses is a
// maker's or a driver's ("Speakers (Realtek)", "Microphone (Yeti)"), and
// a channel or a state is none anywhere ("(Stereo)", "(Left)",
// "(Hands-Free)", "(Built-in)").
func (sc *scanner) asciiParenOwner(i int) {
	b := sc.b
	// the words' ends and the ')' first, then what is before the '(':
	// most words in parentheses follow no device, and nameWord's tests
	// cost more
	var ends [2]int
	nw, k := 0, i
	for nw < len(ends) {
		we := k
		for we < len(b) && we-k < 24 && (isLetter(b[we]) || b[we] == '-' || b[we] >= 0x80 || b[we] == '\'' && we > k && we+1 < len(b) && isLetter(b[we+1])) {
			we++
		}
		if we == k {
			return
		}
		ends[nw] = we
		nw++
		if we+1 >= len(b) || b[we] != ' ' {
			break
		}
		k = we + 1
	}
	e := ends[nw-1]
	if e >= len(b) || b[e] != ')' {
		return
	}
	if !(personalDeviceBefore(b, i-2) || headphoneModelBefore(b, i-2) || audioMakerModelBefore(b, i-2)) {
		sc.roomParenOwner(i) // "Bedroom (Kofi)" (rooms.go)
		return
	}
	for n, k := 0, i; n < nw; n++ {
		w := string(b[k:ends[n]])
		if !utf8.ValidString(w) || !nameWord(w, false) && !apostropheName(w) || parenWords[asciiLower(w)] || dashedParenWords(w) {
			return
		}
		k = ends[n] + 1
	}
	sc.nameSpan(i, e)
}

// apostropheName: w is a name with an apostrophe after a prefix of one
// to three letters ("O'Brien", "D'Souza", "N'Golo", "D’Angelo",
// "Ng'ang'a" aside: one apostrophe), the part after it a name word
// too.
func apostropheName(w string) bool {
	k, n := strings.IndexByte(w, '\''), 1
	if k < 0 {
		k, n = strings.Index(w, "\u2019"), 3
	}
	if k < 1 || k > 3 || k+n >= len(w) || !nameWord(w[:k], false) || w[:k] == "L" {
		return false // (French's article: "L'Ambient", "L'Oréal")
	}
	rest := w[k+n:]
	return strings.IndexByte(rest, '\'') < 0 && !strings.Contains(rest, "\u2019") && nameWord(rest, false)
}

// dashedParenWords: a word with a dash is made of words of a device's
// mode or state ("Low-Latency", "Noise-Cancelling"), not a double name's
// ("Ama-Serwaa", "Ji-woo").
func dashedParenWords(w string) bool {
	for k := strings.IndexByte(w, '-'); k >= 0; k = strings.IndexByte(w, '-') {
		if parenWords[asciiLower(w[:k])] {
			return true
		}
		w = w[k+1:]
	}
	return w != "" && parenWords[asciiLower(w)]
}

// personalDeviceBefore: the blank at p ends a phone's, a tablet's, a
// watch's or earbuds' name and its model words ("AirPods Pro", "iPhone
// 15 Pro Max", "Galaxy Buds2 Pro"); a drive, a PC or a speaker is named
// after its maker there as often ("Drive (Seagate)", "Desktop (Dell)").
func personalDeviceBefore(b []byte, p int) bool {
	return deviceWordsBefore(b, p, func(ws int, w string) (bool, bool) {
		if !personalDevices[w] {
			return false, false
		}
		return true, ws == 0 || !isAlnum(b[ws-1]) && b[ws-1] != '-'
	})
}

// audioMakerModelBefore: the blank at p ends a portable speaker's or
// headphones' maker and model ("JBL Flip 6", "Bose SoundLink Flex", "UE
// Boom 3"): the maker named, a word in brackets after it is no maker's
// but its owner's ("JBL Flip 6 (Emeka)"), or a room's (roomWords).
func audioMakerModelBefore(b []byte, p int) bool {
	for n := 0; n < 4 && p > 0 && b[p] == ' '; n++ {
		ws := p
		for ws > 0 && p-ws < 16 && (isAlnum(b[ws-1]) || b[ws-1] == '-') {
			ws--
		}
		if ws == p {
			return false
		}
		if audioMakers[asciiLower(string(b[ws:p]))] || speakerLine(b[ws:p]) || streamerLine(b, ws, p) {
			return ws == 0 || !isAlnum(b[ws-1]) && b[ws-1] != '-'
		}
		p = ws - 1
	}
	return false
}

// speakerLine: w names a smart speaker's line before its model, as its
// maker writes it: Amazon's "Echo" ("Echo Dot (Kofi)", "Echo Show 8 -
// Ama"), Google's "Nest" and "Chromecast", Apple's "HomePod" ("HomePod
// mini - Kofi"). The case counts: the shell's "echo" prints anything in
// brackets after it.
func speakerLine(w []byte) bool {
	switch len(w) {
	case 4:
		return string(w) == "Echo" || string(w) == "Nest"
	case 7:
		return string(w) == "HomePod"
	case 10:
		return string(w) == "Chromecast"
	}
	return false
}

// streamerLine: the word [ws, p) and the one after the blank at p name a
// smart speaker's or a streaming box's line by its maker: Google's "Google
// Home" and "Google Nest" ("Google Home (Kofi)", "Google Nest Mini -
// Ama"), Apple's "Apple TV" ("Apple TV (Kofi)"). Alone, "Google" and
// "Apple" name a company ("Google (Search)").
func streamerLine(b []byte, ws, p int) bool {
	var line []string
	switch string(b[ws:p]) {
	case "Google":
		line = []string{"Home", "Nest"}
	case "Apple":
		line = []string{"TV"}
	default:
		return false
	}
	for _, w := range line {
		e := p + 1 + len(w)
		if e <= len(b) && string(b[p+1:e]) == w && (e == len(b) || !isAlnum(b[e])) {
			return true
		}
	}
	return false
}

// personalDevices are what a person carries or wears, named after them.
var personalDevices = wordSet(`iPhone iPad iPod AirPods Watch Galaxy Pixel Beats Buds Buds2 Buds3 HomePod MacBook`)

// headphoneModelBefore: the blank at p ends a model code (letters and
// digits, a digit among them: "WH-1000XM4", "QC45") that is a listing's
// value at its line's start under a key naming personal audio
// ("Headphones: ", "Bluetooth device: ").
func headphoneModelBefore(b []byte, p int) bool {
	ws := p
	digit := false
	for ws > 0 && p-ws < 24 && (isAlnum(b[ws-1]) || b[ws-1] == '-') {
		digit = digit || isDigit(b[ws-1])
		ws--
	}
	if ws == p || !digit || ws < 3 || b[ws-1] != ' ' || b[ws-2] != ':' {
		return false
	}
	ks := lineStartOf(b, ws-2)
	for ks < ws && (b[ks] == ' ' || b[ks] == '\t') {
		ks++
	}
	return personalAudioKeys[asciiLower(string(b[ks:ws-2]))]
}

// personalAudioKeys name what a person wears or carries in a device
// listing.
var personalAudioKeys = map[string]bool{"headphones": true, "headset": true, "earbuds": true, "earphones": true,
	"bluetooth": true, "bluetooth device": true, "bluetooth headphones": true, "paired device": true,
	"connected device": true, "wireless headphones": true}

// deviceStates are capitalised words an app writes after a device and a
// dash: its state, a setting, a part ("Bose QC45 - Firmware 4.5",
// "DDJ-400 - Channel 1").
var deviceStates = wordSet(`firmware update updating updated channel channels volume status level mode eq equalizer
	settings setting battery charging charged error errors warning failed failure ready idle off on low high sync
	pairing reconnecting connecting disconnecting input output playback recording test sound`)

// parenWords are capitalised words devices and drivers put in
// parentheses after a device's name: channels, states, connections,
// generations, makers.
var parenWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`stereo mono left right hands-free handsfree built-in builtin usb bluetooth null nil
		none mobile wired wireless default output input microphone mic speaker speakers headset headphones case audio
		voice media main primary secondary front rear back digital analog optical line internal external virtual
		aggregate display hdmi displayport thunderbolt unknown connected disconnected paired unpaired active inactive
		enabled disabled battery model generation gen edition version new old legacy classic standard lite mini max
		pro plus ultra air studio sport anc noise cancelling transparency call chat game gaming communications
		realtek intel nvidia amd focusrite scarlett yeti blue logitech jabra sony bose apple samsung google beats jbl
		sennheiser plantronics poly steelseries arctis razer hyperx corsair rode shure behringer motu apogee presonus
		airpods iphone ipad watch mac pixel galaxy buds cellular wifi global international refurbished renewed
		black white silver gold gray grey red green blue pink purple midnight starlight graphite space
		kitchen bedroom bathroom living room lounge office garage den patio basement hall hallway dining nursery
		guest attic porch garden pool gym loft upstairs downstairs desk bar shop car wi-fi work home personal family
		low latency high quality fidelity spatial adaptive fi lossless`) {
		m[w] = true
	}
	return m
}()

// dashOwner handles an owner's name at s after the en dash that follows
// a personal device, as Apple's naming writes it in some locales:
// "AirPods Pro – Amélie", "iPhone – Søren". The
// name is one or two capitalised words (nameWord's, no channel, state or
// maker: parenWords) ending the line, a clause or a quote. It returns
// where the name ends, or -1.
func (sc *scanner) dashOwner(s int) int {
	b := sc.b
	d := s - 4 // the dash's first byte
	if d < 1 || string(b[d:s-1]) != "\u2013" {
		return -1 // (a hyphen there is a title's: "iPhone - Settings")
	}
	if d < 3 || b[d-1] != ' ' {
		return -1
	}
	if !personalDeviceBefore(b, d-1) {
		if roomBefore(b, d-1) {
			return sc.roomDashOwner(s) // "Wohnzimmer – Jürgen" (rooms.go)
		}
		sc.ownerBeforeRoom(d-1, s) // "Jürgen – Wohnzimmer" (rooms.go)
		return -1
	}
	return sc.ownerAfterDash(s)
}

// audioMakers make the speakers and headphones a person names after
// themselves, with a hyphen ("Bose QC45 - Kwame", "JBL Flip 5 - Ama") or
// in brackets ("JBL Flip 6 (Emeka)"), as phones list them.
var audioMakers = wordSet(`bose jbl sony beats sennheiser jabra sonos marshall anker soundcore skullcandy jlab
	akg shure bang olufsen b&o harman kardon ue ultimate ears edifier tribit soundpeats nothing`)

// audioMakerFirst holds the first letters of audioMakers, either case,
// and of speakerLine's and streamerLine's words ("Chromecast", "Google
// Home").
var audioMakerFirst = func() (t [256]bool) {
	for w := range audioMakers {
		t[w[0]] = true
		t[w[0]-'a'+'A'] = true
	}
	t['C'], t['G'] = true, true
	return t
}()

// deviceTitleWords open what a page's or a video's title puts after a
// device and a hyphen, no owner ("iPhone 15 - Review", "Pixel 7 -
// Teardown"), lowercased.
var deviceTitleWords = wordSet(`review reviews overview teardown unboxing trailer specs specifications manual guide tips
	tricks support help faq comparison hands features price deals case cases accessories repair screen tutorial
	setup news rumors leaks release launch event keynote problems issues bug bugs fix fixes ad commercial
	wallpaper wallpapers ringtone ringtones emulator simulator template mockup
	wikipedia youtube reddit amazon ebay gsmarena verizon vodafone orange telstra rogers bell sprint tmobile t-mobile
	att o2 ee three movistar telcel airtel jio mtn safaricom`)

// hyphenOwner handles the owner's name after the hyphen at h (" - ")
// that follows a speaker's or headphones' maker and model, one to three
// words with a digit or a capital ("Bose QC45 - Kwame", "JBL Flip 5 -
// Ama", "Sony WH-1000XM4 - Kofi Mensah"): the name ends the line, a
// clause or a quote ("Pioneer DDJ-400 - Channel 1", "Bose QC45 -
// Firmware 4.5" name nobody). It returns where the name ends, or -1.
func (sc *scanner) hyphenOwner(h int) int {
	b := sc.b
	if h >= 2 && b[h-2] == '"' {
		sc.quoteSignature(h, h+1) // `"app froze twice" - Ngozi` (prose.go)
		return -1
	}
	if h < 3 || h+3 >= len(b) || b[h-1] != ' ' || b[h+1] != ' ' || !capitalised(b, h+2) {
		return -1
	}
	if roomBefore(b, h-1) {
		return sc.roomDashOwner(h + 2) // "Office - Mehmet" (rooms.go)
	}
	sc.ownerBeforeRoom(h-1, h+2) // "Kofi - Living Room" (rooms.go)
	if h < 6 {
		return -1
	}
	p := h - 1 // the blank before the hyphen
	for n := 0; n < 4 && p > 0 && b[p] == ' '; n++ {
		ws := p
		for ws > 0 && p-ws < 16 && (isAlnum(b[ws-1]) || b[ws-1] == '-' || b[ws-1] == '&') {
			ws--
		}
		if ws == p || ws > 0 && !(b[ws-1] == ' ' || b[ws-1] == '"' || b[ws-1] == '\'' || b[ws-1] == ':' || lineBreak(b[ws-1])) {
			return -1
		}
		if n > 0 && audioMakerFirst[b[ws]] && p-ws <= 12 {
			var lb [16]byte
			if audioMakers[string(lowerInto(lb[:0], b[ws:p]))] || speakerLine(b[ws:p]) || streamerLine(b, ws, p) {
				return sc.ownerAfterDash(h + 2)
			}
		}
		if n > 0 && personalDevices[string(b[ws:p])] {
			// "Pixel 7 - Kofi", "Galaxy S23 - Ama Owusu", "AirPods Pro -
			// Kofi": a model after the device word; a hyphen right after
			// a device word is a title's ("iPhone - Settings", "Galaxy
			// Buds2 - Thabo" as TestProbe23DashOwner has it), and so is
			// a title's word after the dash
			if personalDevices[string(b[wordStartBefore(b, h-1):h-1])] || deviceTitleWords[asciiLower(string(b[h+2:nameWordEnd(b, h+2)]))] {
				return -1
			}
			return sc.ownerAfterDash(h + 2)
		}
		if !isAlnum(b[p-1]) || n == 0 && !bytes.ContainsAny(b[ws:p], "0123456789") && !speakerModelWords[asciiLower(string(b[ws:p]))] ||
			!isDigit(b[p-1]) && b[ws]-'A' >= 26 && !(n == 0 && speakerModelWords[string(b[ws:p])]) {
			// a model's words are capitalised or end in a digit ("QC45",
			// "Flip 5"), the last a number or a model's word ("Beats
			// Studio Pro"; "Sony Music - Entertainment" names no owner)
			return -1
		}
		p = ws - 1
	}
	return -1
}

// wordStartBefore returns where the word of letters, digits and hyphens
// ending at p starts (at most 16 bytes back).
func wordStartBefore(b []byte, p int) int {
	ws := p
	for ws > 0 && p-ws < 16 && (isAlnum(b[ws-1]) || b[ws-1] == '-') {
		ws--
	}
	return ws
}

// speakerModelWords end a speaker's or headphones' model name with no
// number ("Bose SoundLink Flex", "Sonos Move", "Beats Studio Pro").
var speakerModelWords = wordSet(`pro max mini plus ultra studio air buds flex move roam charge clip go flip pulse
	xtreme boombox soundlink revolve micro solo one era ace emberton stanmore acton quietcomfort wonderboom boom
	megaboom headphones earbuds speaker dot show pop spot hub tv home nest`)

// ownerAfterDash handles the owner's name at s after a dash that follows
// a device: one or two capitalised words (nameWord's, no channel, state
// or maker: parenWords) ending the line, a clause or a quote. It returns
// where the name ends, or -1.
func (sc *scanner) ownerAfterDash(s int) int {
	b := sc.b
	e, k := s, s
	for n := 0; n < 2; n++ {
		we := nameWordEnd(b, k)
		w := string(b[k:we])
		if we-k < 2 || !capitalised(b, k) || !nameWord(w, false) || parenWords[strings.ToLower(w)] || appleApps[strings.ToLower(w)] ||
			deviceStates[strings.ToLower(w)] {
			if n == 0 {
				return -1
			}
			break
		}
		e = we
		if we+1 >= len(b) || b[we] != ' ' || !capitalised(b, we+1) {
			break
		}
		k = we + 1
	}
	if e < len(b) && !lineBreak(b[e]) && !strings.HasPrefix(string(b[e:min(len(b), e+3)]), "\u201d") &&
		strings.IndexByte("\"',;).\\", b[e]) < 0 && !(b[e] == ' ' && e+1 < len(b) && b[e+1] == '(') {
		return -1
	}
	sc.nameSpan(s, e)
	return e
}

// nameDashModel handles the host name an iPhone or an iPad (or a Mac)
// takes after its owner's first name without the possessive,
// OWNER-MODEL[-N] ("Kwesi-iPad", "Yaa-iPhone", "Temitope-MacBook-Air"),
// the word [i, j): the owner one capitalised word of letters, no maker,
// role or place ("Apple-iPhone", "Work-iPad", "Studio-iMac"). It returns
// where the name ends, or -1.
func (sc *scanner) nameDashModel(i, j int) int {
	b := sc.b
	d := i + 1
	for d < j && d-i < 20 && b[d] >= 'a' && b[d] <= 'z' {
		d++
	}
	if d-i < 3 || d+5 > j || b[d] != '-' || (b[d+1] != 'i' && b[d+1] != 'M') {
		return -1
	}
	for _, m := range appleModels {
		e := d + 1 + len(m)
		if e > j || string(b[d+1:e]) != m {
			continue
		}
		if e+1 < j && b[e] == '-' && isDigit(b[e+1]) {
			for e++; e < j && isDigit(b[e]); e++ {
			}
		}
		if e < j && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') || pseudonymAt(b, i) {
			return -1
		}
		o := strings.ToLower(string(b[i:d]))
		if notOwners[o] || deviceMakers[o] || possStop[o] || modelOwnerStop[o] || !proseWord(string(b[i:d]), true) {
			return -1
		}
		sc.hostSpan(i, e)
		return e
	}
	return -1
}

// modelDashName handles the name an Android phone or tablet takes after
// its model and its owner's first name, MODEL-CODE-OWNER
// ("Galaxy-S23-Thabo", "Galaxy-Tab-S9-Kofi", "Pixel-7-Mariana"), the word
// [i, j): after "Galaxy" or "Pixel", model parts each holding a digit or
// a model word, then one capitalised word of letters that is none. It
// returns where the name ends, or -1.
func (sc *scanner) modelDashName(i, j int) int {
	b := sc.b
	var k int
	switch {
	case b[i] == 'G' && j-i >= 12 && string(b[i:i+7]) == "Galaxy-":
		k = i + 7
	case b[i] == 'P' && j-i >= 10 && string(b[i:i+6]) == "Pixel-":
		k = i + 6
	default:
		return -1
	}
	parts := 0
	for {
		s := k
		digit := false
		for k < j && isAlnum(b[k]) {
			digit = digit || isDigit(b[k])
			k++
		}
		if k == s || k < j && b[k] != '-' {
			return -1
		}
		if k == j {
			// the last part: the owner's name
			o := strings.ToLower(string(b[s:k]))
			if parts == 0 || digit || k-s < 3 || !nameWord(string(b[s:k]), false) || deviceModelWords[o] || notOwners[o] ||
				modelOwnerStop[o] || galaxyModelWords[o] || pseudonymAt(b, i) {
				return -1
			}
			sc.hostSpan(i, j)
			return j
		}
		if !digit && !deviceModelWords[strings.ToLower(string(b[s:k]))] && !galaxyModelWords[strings.ToLower(string(b[s:k]))] {
			return -1
		}
		parts++
		k++
	}
}

// galaxyModelWords: the words of Android devices' model names beside
// deviceModelWords' ("Galaxy-Note-20", "Pixel-Fold"), and of what a
// phone's name may end with instead of an owner ("Pixel-8a-Setup").
var galaxyModelWords = wordSet(`note lite neo edge active watch classic xl a
	setup hotspot tablet phone mobile android wifi network guest test main backup spare unknown`)

// modelOwnerStop: words before a model in a device's host name that name
// its use, not its owner ("Demo-iPhone-12", "Loaner-iPad").
var modelOwnerStop = wordSet(`demo sample example default personal loaner spare company corp corporate school retail
	store display user admin owner device dev prod stage staging qa`)

// appleApps: an app's or a feature's name after a device and a dash
// ("iPhone – Photos", "Watch – Workout"), no owner.
var appleApps = wordSet(`settings photos home screen workout activity notes music camera messages mail maps health
	wallet files clock weather calendar reminders contacts podcasts books news stocks safari display battery general
	privacy control center lock today widgets app apps store fitness phone facetime find shortcuts translate tips
	keynote pages numbers garageband imovie journal freeform passwords preview siri`)
