package redact

// A report's prose names who said what: "Kofi said the mix was ready",
// "The deck froze, Ama Owusu told me.", `"Kofi asked for a refund"`. The
// name opens a sentence (a line, a quote, or after ". ", "! ", "? " or a
// clause's ", ") right before a verb of speech that prose goes on after.
// Programs and systems "say" things in logs as well ("Windows said the
// device was not ready", "Server replied with 404"): speakerStops and
// the sets of products, makers and roles keep them.

// speakerVerbs are the verbs of speech after a person's name, a
// program's seldom ("Kernel reported …", "Driver noticed …" are left to
// shortSpeaker's two-letter names).
var speakerVerbs = wordSet(`said says told asked replied wrote`)

// speakerFirst: the first bytes of speakerVerbs, a gate before any
// look-up.
var speakerFirst = func() (t [256]bool) {
	for w := range speakerVerbs {
		t[w[0]] = true
	}
	return t
}()

// speakerStops are capitalised words before "said" or "replied" that name
// no person: pronouns, systems, programs and their parts, roles
// (lowercased; products', makers' and common words' sets are asked too).
var speakerStops = wordSet(`he she it they we you i one who someone everyone nobody somebody anyone everybody
	windows macos linux android ios ipados chrome chromium firefox safari edge kernel system systemd server client
	host peer device driver firmware app application program process daemon service browser console shell terminal
	log logger error warning compiler linker debugger installer updater helper agent tool script bot robot assistant
	siri alexa cortana gemini chatgpt claude copilot google apple microsoft amazon spotify discord slack zoom
	customer user users support staff admin administrator operator manager moderator developer developers dev
	doctor nurse teacher mom mum dad mother father brother sister wife husband son daughter friend boss
	then also and but so if when while because after before yesterday today tonight everything nothing
	python java node npm pip cargo git docker gcc clang make cmake rust go xcode finder explorer valgrind gdb lldb
	jenkins sentry crashlytics instruments steam origin uplay epic battle launcher setup wizard dialog popup
	prompt message notification alert output result response request test tests check checker validator
	everything`)

// speakerWord: the name word [s, e) may be a person's before a verb of
// speech.
func speakerWord(b []byte, s, e int) bool {
	if !titleCaseAt(b, s) {
		return false
	}
	for k := s + 1; k < e; k++ {
		if b[k]-'A' < 26 && b[k-1] != '-' && b[k-1] != '\'' && !(k-s == 2 && b[s] == 'M' && b[s+1] == 'c') {
			return false // a product's capitals inside ("GitHub", "PlayStation"; not "McDonald", "O'Brien")
		}
	}
	var lb [32]byte
	l := lowerInto(lb[:0], b[s:e])
	if l == nil {
		return false
	}
	w := string(l)
	return !speakerStops[w] && !nameStop[w] && !deviceMakers[w] && !brandWords[w] && !thingOwnerStop[w] &&
		!roleWords[w] && !configForStop[w] && !editionWords[w] && !verbForm(w)
}

// sentenceMark: the bytes before the blank before a word that opens a
// sentence or a clause.
var sentenceMark = func() (t [256]bool) {
	for _, c := range []byte(`.!?,":`) {
		t[c] = true
	}
	return t
}()

// speakerStart: the name at i opens a sentence, a quote or a clause.
func speakerStart(b []byte, i int) bool {
	if i == 0 || lineBreak(b[i-1]) || b[i-1] == '"' {
		return true
	}
	if i < 3 || b[i-1] != ' ' {
		return false
	}
	return sentenceMark[b[i-2]]
}

// speaker handles the capitalised word [i, j) that opens a sentence
// (speakerStart) before a verb of speech, one name word or two ("Kofi
// said the mix was ready", "Ama Owusu told me"): the name is replaced
// and learned. The verb ends the clause or lowercase prose follows it
// ("said the", "asked for", "told me", "wrote:"). It returns where the
// name ends, or -1.
func (sc *scanner) speaker(i, j int) int {
	b := sc.b
	if j+5 >= len(b) || b[j] != ' ' || !speakerStart(b, i) {
		return -1
	}
	e := j
	if c := b[j+1]; c-'A' < 26 || c >= 0xc3 {
		// a surname: "Ama Owusu said"
		e = nameWordEnd(b, j+1)
		if e == j+1 || e+5 >= len(b) || b[e] != ' ' {
			return -1
		}
	}
	v := e + 1
	if !speakerFirst[b[v]] {
		return -1
	}
	ve := v
	for ve < len(b) && ve-v < 8 && b[ve]-'a' < 26 {
		ve++
	}
	if !speakerVerbs[string(b[v:ve])] {
		return -1
	}
	if ve < len(b) && !lineBreak(b[ve]) {
		switch b[ve] {
		case ',':
			if i >= 2 && b[i-1] == ' ' && b[i-2] == ',' {
				// "let me, Dave said, try": an aside between commas, which
				// TestProbe23ItsMe keeps
				return -1
			}
		case ':', '.', '!', '"':
		case ' ':
			// prose after it ("said the", "told me"), or a quote
			if ve+1 >= len(b) || !(b[ve+1]-'a' < 26 || b[ve+1] == '"' || b[ve+1] == 0xe2) {
				return -1
			}
		default:
			return -1
		}
	}
	if !speakerWord(b, i, j) || e > j && !speakerWord(b, j+1, e) {
		return -1
	}
	sc.proseSpan(i, e, true)
	return e
}

// thisIsFrom handles the name at s after "this is" with no greeting
// before it, where a person says where they write from: one name word or
// two, then "from" and lowercase words ("this is Kofi from the studio",
// "This is Ama Owusu from support"); "This is Traktor Pro from Native
// Instruments" names a program and its maker. It returns where the name
// ends, or -1.
func (sc *scanner) thisIsFrom(s int) int {
	b := sc.b
	e, n := proseNameEnd(b, s, 2, true)
	if n == 0 || e+7 >= len(b) || string(b[e:e+6]) != " from " || b[e+6]-'a' >= 26 {
		return -1
	}
	for p := s; p < e; {
		we := nameWordEnd(b, p)
		if we == p || !speakerWord(b, p, we) {
			return -1
		}
		for p = we; p < e && b[p] == ' '; p++ {
		}
	}
	sc.proseSpan(s, e, true)
	return e
}

// editionAfter returns where an edition in parentheses after the name
// ending at e ends ("license for Kofi Mensah (Pro)", "(Studio Edition)":
// letters and blanks, 24 bytes at most), or e.
func editionAfter(b []byte, e int) int {
	if e+4 >= len(b) || b[e] != ' ' || b[e+1] != '(' || b[e+2]-'A' >= 26 {
		return e
	}
	for q := e + 3; q < len(b) && q-e < 26; q++ {
		if b[q] == ')' {
			return q + 1
		}
		if !isLetter(b[q]) && b[q] != ' ' {
			return e
		}
	}
	return e
}

// titleLine: the title [p, e) ("Mix by Kofi", "Playlist by Siobhán") is
// a line of its own, or a label's value that ends the line ("Now
// playing: Mix by Kofi"), in a JSON string too ("…\n").
func titleLine(b []byte, p, e int) bool {
	if p > 0 && !lineBreak(b[p-1]) && !(p >= 2 && b[p-1] == ' ' && b[p-2] == ':') {
		return false
	}
	return e == len(b) || lineBreak(b[e]) || b[e] == '\\' && e+1 < len(b) && (b[e+1] == 'n' || b[e+1] == 'r')
}

// sortWords are what an app groups or sorts a list by, capitalised in
// its menus ("Playlist by Genre", "Mix by Default"), lowercased: no
// maker of a mix.
var sortWords = wordSet(`genre genres artist artists album albums name title date year bpm tempo key rating
	label mood energy length duration time type kind tag tags popularity source country decade style category
	folder color colour comment comments composer remixer default random shuffle added played plays
	count size format bitrate track tracks number order alphabet letter`)

// defaultServer: the possessive's thing at ns is "server" that a quote
// closes, the name Discord gives a new server after its owner (`Joined
// guild "Ama & Yaw's server"`).
func defaultServer(b []byte, ns int) bool {
	e := ns + 6
	return e < len(b) && string(b[ns:e]) == "server" && (b[e] == '"' || b[e] == '\'' || b[e] == '\\' || b[e] == 0xe2)
}

// thanksWords thank a person named after them with no comma, when '!'
// follows the name ("Thanks Kofi!", "Thank you Ama Owusu!"); "Thanks
// Obama" with no '!' is a saying's.
var thanksWords = map[string]bool{"thanks": true, "thank you": true, "thx": true, "cheers": true, "many thanks": true}

// thankedName replaces the name [s, k) after thanksWords, one name word
// or two (speakerWord: no product, maker or role: "Thanks Serato!",
// "Thanks Team!" stay), that '!' ends at k.
func (sc *scanner) thankedName(s, k int) {
	b := sc.b
	e, n := proseNameEnd(b, s, 2, true)
	if n == 0 || e != k {
		return
	}
	for p := s; p < e; {
		we := nameWordEnd(b, p)
		if we == p || !speakerWord(b, p, min(we, e)) {
			return
		}
		for p = we; p < e && b[p] == ' '; p++ {
		}
	}
	sc.proseSpan(s, e, true)
}
