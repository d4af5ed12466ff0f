package redact

import "bytes"

// Chat and collaboration logs of apps (a DJ app's shared sets, a stream's
// chat) name people by their handles: "Message from @kwesi_dj (Kwesi
// Boateng)", "DM to @ama.k", "@yaw_beats joined the session".

// chatPrev, before "@handle", address a message to or from its account
// or credit it ("Now playing for @x", "shared by @x").
var chatPrev = wordSet(`from to for by dm mention`)

// codeAt are the words of code after '@' (Swift's and Objective-C's
// attributes and directives, doc comments' tags, CSS's at-rules,
// Texinfo's commands: "Replaced some @code by @file", JSDoc's "@function").
var codeAt = wordSet(`objc nonobjc escaping autoclosure available main property synthesize dynamic end interface
	implementation protocol selector encode autoreleasepool synchronized try catch finally throw class optional
	required discardableresult inlinable usablefrominline testable frozen unknown sendable preconcurrency
	param return returns throws see since deprecated type example media import font-face keyframes supports
	echo rem override inject
	code file samp var emph strong command option env kbd key url uref xref pxref ref dfn cite acronym
	item itemx table deffn defun defvar example verbatim cindex findex
	function typedef callback private public async module namespace constant const default description
	fileoverview version license link todo`)

// chatVerbs, after "@handle", say what the account did in a session or
// a chat; after a capitalised word of letters, code's messages write
// plainVerbs too ("@Transactional is ignored"), and those count only
// after a handle of another shape.
var chatVerbs = wordSet(`joined left followed subscribed raided cheered shared invited reacted replied mentioned
	says said wrote`)
var plainVerbs = wordSet(`sent is has was started stopped connected disconnected`)

// chatHandle: the word at i is "@handle" after the word prev; it reports
// whether a chat names the account there: after a word of chatPrev or
// before one of chatVerbs. After a word of chatPrev a capitalised word of
// letters is rather a code annotation ("moved to @MainActor"), as before
// one of plainVerbs.
func chatHandle(b []byte, i int, prev string) bool {
	s := i + 1
	e := s
	for e < len(b) && e-s < 40 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-') {
		e++
	}
	for e > s && (b[e-1] == '.' || b[e-1] == '-') {
		e-- // the end of a sentence ("by @file."), as handleAt reads it
	}
	if e == s {
		return false
	}
	letters := true
	for k := s; k < e && letters; k++ {
		letters = isLetter(b[k])
	}
	if letters {
		var lb [24]byte
		if w := lowerInto(lb[:0], b[s:e]); w == nil || codeAt[string(w)] {
			return false
		}
	}
	if chatPrev[prev] {
		return !letters || b[s]-'A' >= 26
	}
	if e+3 >= len(b) || b[e] != ' ' {
		return false
	}
	var lb [16]byte
	k := e + 1
	for k < len(b) && k-e <= len(lb) && isLetter(b[k]) {
		k++
	}
	w := lowerInto(lb[:0], b[e+1:k])
	return w != nil && (chatVerbs[string(w)] || plainVerbs[string(w)] && (!letters || b[s]-'A' >= 26))
}

// chatDisplayName replaces the person's name in parentheses at p after a
// handle or an account: "@kwesi_dj (Kwesi Boateng)", "Signed in as
// kwesi_dj (Kwesi Boateng)", two to four capitalised words ("(Fatima
// Zahra El Idrissi)"), none of them a word of an account's kind
// ("(Premium Account)", "(Local Account)").
func (sc *scanner) chatDisplayName(p int) {
	b := sc.b
	if p+4 >= len(b) || b[p] != ' ' || b[p+1] != '(' {
		return
	}
	s := p + 2
	if s+4 < len(b) && b[s]|0x20 == 'i' && b[s+1]|0x20 == 'd' && (b[s+2] == ' ' || b[s+2] == ':' || b[s+2] == '=') {
		// "Loaded library for user folasade_dj (id 4418820)": the
		// account's number at the service
		v := s + 3
		for v < len(b) && b[v] == ' ' {
			v++
		}
		if e := numberEnd(b, v); e > v && e-v >= 4 && e < len(b) && b[e] == ')' {
			sc.add(v, e, ClassUID, string(b[v:e]))
		}
		return
	}
	if s+25 <= len(b) && b[s+24] == ')' && youTubeChannelID(b[s:s+24]) {
		// "[YouTube Chat] Logged in as olamidebeats (UCx7fQ…)": the
		// account's channel id (djapps.go)
		sc.channelSpan(s, s+24)
		return
	}
	k, n := s, 0
	for n < 4 {
		we := k
		for we < len(b) && we-k < 24 && (isLetter(b[we]) || b[we] >= 0x80 || b[we] == '-' || b[we] == '\'') {
			we++
		}
		if we == k || !nameWord(string(b[k:we]), false) || notNameWord(b[k:we]) {
			return
		}
		n++
		if we < len(b) && b[we] == ')' {
			if n >= 2 {
				sc.nameSpan(s, we)
			}
			return
		}
		if we+1 >= len(b) || b[we] != ' ' {
			return
		}
		k = we + 1
	}
}

// slackMention handles Slack's mention of a user in a message's text,
// "<@U024BE7LH>" or "<@U024BE7LH|kwesi>": the member id (U or W and 8 to
// 10 capitals and digits) and the name after '|'; and Discord's
// (discordMention). The word [i, j) starts
// with the '@' after '<'. It returns where the mention ends, or -1.
func (sc *scanner) slackMention(i, j int) int {
	b := sc.b
	s := i + 1
	if b[s] == '!' || isDigit(b[s]) {
		return sc.discordMention(s)
	}
	e, digits := s, false
	for e < len(b) && e-s <= 11 && (b[e]-'A' < 26 || isDigit(b[e])) {
		digits = digits || isDigit(b[e])
		e++
	}
	if e-s < 9 || e-s > 11 || b[s] != 'U' && b[s] != 'W' || !digits || e >= len(b) || b[e] != '>' && b[e] != '|' {
		return -1
	}
	if !sc.accountSpan(s, e) {
		return -1
	}
	if b[e] == '>' {
		return e + 1
	}
	k := e + 1
	for k < len(b) && k-e <= 64 && b[k] != '>' && b[k] != '\n' && b[k] != '<' {
		k++
	}
	if k < len(b) && b[k] == '>' && k > e+1 {
		sc.accountSpan(e+1, k)
		return k + 1
	}
	return e
}

// ircCommands follow the prefix of an IRC message that a user sent.
var ircCommands = wordSet(`PRIVMSG NOTICE JOIN PART QUIT NICK KICK MODE TOPIC INVITE WHISPER USERNOTICE`)

// ircPrefix handles the prefix of an IRC message as a client logs it,
// ":nick!user@host COMMAND" (Twitch's chat: ":kwesi_dj!kwesi_dj@kwesi_dj.tmi.twitch.tv
// PRIVMSG #djama :hi"): the nick and the user, the nick again at the
// start of the host, and on Twitch the channel, which is named after its
// broadcaster's account. The word [i, j) starts with the ':'. It returns
// where its findings end, or -1.
func (sc *scanner) ircPrefix(i, j int) int {
	b := sc.b
	if i > 0 && b[i-1] != ' ' && b[i-1] != '\n' {
		return -1
	}
	s := i + 1
	bang := s
	for bang < j && b[bang] != '!' {
		bang++
	}
	at := bang + 1
	for at < j && b[at] != '@' {
		at++
	}
	if bang == s || at >= j-1 || j+4 >= len(b) || b[j] != ' ' {
		return -1
	}
	ce := j + 1
	for ce < len(b) && ce-j <= 12 && b[ce]-'A' < 26 {
		ce++
	}
	if !ircCommands[string(b[j+1:ce])] {
		return -1
	}
	nick := b[s:bang]
	if !sc.accountSpan(s, bang) {
		return -1
	}
	us := bang + 1
	if us < at && b[us] == '~' {
		us++ // ident did not answer
	}
	if us < at {
		sc.accountSpan(us, at)
	}
	host := b[at+1 : j]
	if len(host) > len(nick) && host[len(nick)] == '.' && bytes.EqualFold(host[:len(nick)], nick) {
		sc.accountSpan(at+1, at+1+len(nick))
	}
	if len(host) > 14 && string(host[len(host)-14:]) == ".tmi.twitch.tv" {
		if e := sc.twitchChannel(ce); e > 0 {
			return e
		}
	}
	return ce
}

// twitchChannel replaces the channel at p, " #name", of a line of
// Twitch's chat: a channel is named after its broadcaster's account. It
// returns where the name ends, or -1.
func (sc *scanner) twitchChannel(p int) int {
	b := sc.b
	if p+2 >= len(b) || b[p] != ' ' || b[p+1] != '#' {
		return -1
	}
	e := p + 2
	for e < len(b) && e-p < 28 && (isAlnum(b[e]) || b[e] == '_') {
		e++
	}
	if !sc.accountSpan(p+2, e) {
		return -1
	}
	return e
}

// twitchServer handles a message of Twitch's chat server, the word [i, j)
// is ":tmi.twitch.tv": the channel after the command ("USERNOTICE
// #djama"), the account a moderator's CLEARCHAT cleared (" :yaw_beats")
// and the nick a numeric reply is addressed to ("001 ama_k :Welcome,
// GLHF!", whose greeting is Twitch's own). It returns where its findings
// end, or -1.
func (sc *scanner) twitchServer(i, j int) int {
	b := sc.b
	if string(b[i:j]) != ":tmi.twitch.tv" || j+5 >= len(b) || b[j] != ' ' {
		return -1
	}
	ce := j + 1
	for ce < len(b) && ce-j <= 12 && (b[ce]-'A' < 26 || isDigit(b[ce])) {
		ce++
	}
	cmd := b[j+1 : ce]
	if len(cmd) == 3 && allDigits(cmd) && ce+2 < len(b) && b[ce] == ' ' {
		e := ce + 1
		for e < len(b) && e-ce < 28 && (isAlnum(b[e]) || b[e] == '_') {
			e++
		}
		if e == ce+1 && pseudonymAt(b, e) {
			e += bytes.IndexByte(b[e:], '>') + 1 // replaced before: the greeting stays as it did
		} else if !sc.accountSpan(ce+1, e) {
			return -1
		}
		if bytes.HasPrefix(b[e:], []byte(" :Welcome, GLHF!")) {
			return e + 16
		}
		return e
	}
	e := sc.twitchChannel(ce)
	if e < 0 {
		return -1
	}
	if string(cmd) == "CLEARCHAT" && e+2 < len(b) && b[e] == ' ' && b[e+1] == ':' {
		k := e + 2
		for k < len(b) && k-e < 28 && (isAlnum(b[k]) || b[k] == '_') {
			k++
		}
		if sc.accountSpan(e+2, k) {
			return k
		}
	}
	return e
}

// androidUserInfo handles the word [i, j) "UserInfo" before '{': an
// Android user as pm list users and dumpsys user print it,
// "UserInfo{10:Ada:410}": the id, the name its owner gave it, the flags.
// The name is a person's; the system's own names (the primary user's
// "Owner", "Guest", a work profile) stay. It returns where the braces
// end, or -1.
func (sc *scanner) androidUserInfo(i, j int) int {
	b := sc.b
	if string(b[i:j]) != "UserInfo" {
		return -1
	}
	s := numberEnd(b, j+1)
	if s == j+1 || s >= len(b) || b[s] != ':' {
		return -1
	}
	s++
	e := s
	for e < len(b) && e-s <= 64 && b[e] != ':' && b[e] != '}' && b[e] != '\n' {
		e++
	}
	f := e + 1
	for f < len(b) && f-e <= 9 && isHex(b[f]) {
		f++
	}
	if e == s || e >= len(b) || b[e] != ':' || f == e+1 || f >= len(b) || b[f] != '}' {
		return -1
	}
	if name := string(b[s:e]); !androidSystemUsers[asciiLower(name)] && !pseudonymAt(b, s) {
		sc.nameSpan(s, e)
	}
	return f + 1
}

// androidSystemUsers are the names Android gives its own users.
var androidSystemUsers = map[string]bool{"owner": true, "guest": true, "work profile": true, "managed profile": true,
	"private space": true, "clone": true, "system": true, "null": true, "restricted profile": true}

// androidAccount handles the name of an account as Android writes one
// (Account.toString, in AccountManager's and SyncManager's lines):
// "Account {name=kwesi_dj, type=com.soundcloud.android.account}", p at
// "name=". A name the type holds is an app's or the device's own
// ("name=WhatsApp, type=com.whatsapp", "name=Phone,
// type=com.android.localphone") and stays; an address is the email
// detector's. It returns where the name ends, or -1.
func (sc *scanner) androidAccount(p int) int {
	b := sc.b
	if !bytes.HasPrefix(b[p:], []byte("name=")) {
		return -1
	}
	s := p + 5
	e := s
	for e < len(b) && e-s <= 64 && b[e] != ',' && b[e] != '}' && b[e] != '\n' {
		e++
	}
	if e+7 >= len(b) || e == s || string(b[e:e+7]) != ", type=" || bytes.IndexByte(b[s:e], '@') >= 0 {
		return -1
	}
	te := e + 7
	for te < len(b) && te-e < 80 && b[te] != '}' && b[te] != '\n' {
		te++
	}
	var nb [64]byte
	name := nb[:0]
	for _, c := range b[s:e] {
		if c != ' ' {
			name = append(name, lower(c))
		}
	}
	if bytes.Contains(bytes.ToLower(b[e+7:te]), name) || !sc.accountSpan(s, e) {
		return -1
	}
	return e
}

// wifiSecFirst: the first bytes of wifiSecurity's words.
var wifiSecFirst = [256]bool{'W': true, 'N': true, 'S': true, 'O': true}

// wifiSecLens: the lengths of the security types Android's
// WifiConfiguration appends to the quoted SSID in a network's config key
// (wifiSecurity), one bit each.
const wifiSecLens = 1<<3 | 1<<4 | 1<<7 | 1<<8 | 1<<9 | 1<<11

// wifiSecurity: w is one of those security types.
func wifiSecurity(w []byte) bool {
	switch string(w) {
	case "WPA_PSK", "WPA_EAP", "NONE", "WEP", "SAE", "OWE", "SUITE_B_192", "WAPI_PSK", "WAPI_CERT":
		return true
	}
	return false
}

// wifiConfigKey handles Android's config key of a Wi-Fi network,
// `"Boateng Home"WPA_PSK` (WifiConfigManager, WifiService): the network's
// name in the quotes that the security type at the word [i, j) is glued
// to. After '=' it is the key's value, which the key detectors read.
func (sc *scanner) wifiConfigKey(i, j int) {
	b := sc.b
	if !wifiSecurity(b[i:j]) || j < len(b) && (isAlnum(b[j]) || b[j] == '_') {
		return
	}
	e := i - 1
	s := e
	for s > 0 && e-s <= 32 && b[s-1] != '"' && b[s-1] != '\n' {
		s--
	}
	if s == 0 || s == e || b[s-1] != '"' || s >= 2 && b[s-2] != ' ' && b[s-2] != ':' && b[s-2] != '(' && b[s-2] != '[' || b[s] == '<' {
		return
	}
	sc.networkSpan(s, e)
}

// telURI replaces the international number of a tel: URI at p (Apple's
// identity services register a phone as a handle, "tel:+233241234567";
// a web page's link, "tel:+44 20 7123 4567"), glued to the scheme where
// intlPhone does not look. (A national number there reads as a date as
// well.) It returns where it ends, or -1.
func (sc *scanner) telURI(p int) int {
	b := sc.b
	if b[p] == '+' && p+1 < len(b) && b[p+1]-'1' < 9 {
		return sc.intlPhone(p)
	}
	return -1
}

// formField handles a field of a multipart/form-data body, as a crash
// upload (Crashpad, Breakpad, Electron) sends its annotations:
// `Content-Disposition: form-data; name="guid"`, a blank line, the value
// on the next line. The field's name is read as a key ("guid": the
// install's id, "switch-1": a command line's switch). The word [i, j) is
// "name=". A file's part (filename=) holds no value to read there. It
// returns where the value ends, or -1.
func (sc *scanner) formField(i, j int) int {
	b := sc.b
	if string(b[i-11:i]) != "form-data; " || string(b[i:j]) != "name=" {
		return -1
	}
	ks := j + 1
	ke := ks
	for ke < len(b) && ke-ks < 64 && b[ke] != '"' && b[ke] != '\n' {
		ke++
	}
	if ke >= len(b) || b[ke] != '"' || ke == ks {
		return -1
	}
	p := ke + 1
	if p+1 < len(b) && b[p] == '\r' {
		p++
	}
	if p+1 >= len(b) || b[p] != '\n' {
		return -1 // more after the name: filename=, a file's part
	}
	p++
	if p+1 < len(b) && b[p] == '\r' {
		p++
	}
	if p+1 >= len(b) || b[p] != '\n' {
		return -1 // a header (Content-Type) comes first: a file's part
	}
	p++
	if ke-ks == 4 && eqLower(b[ks:ke], "guid") {
		// the install's client id, as keyValues reads "guid="
		if vs, ve := hex32At(b, p); ve > vs {
			sc.learnLiteral(ClassMachineID, string(b[vs:ve]), string(b[vs:ve]), false)
			sc.add(vs, ve, ClassMachineID, string(b[vs:ve]))
			return ve
		}
		return -1
	}
	var kb [64]byte
	class := sc.classify(normKey(kb[:0], b[ks:ke]))
	if class == keyNone || p >= len(b) || b[p] == '\r' || b[p] == '\n' {
		return -1
	}
	return sc.keyValueAt(p, class, false, true)
}

// discordTag handles a Discord tag, NAME#dddd (the legacy discriminator)
// at the word [i, j), after a word naming an account ("Discord:
// kwesi#1234 joined", "discord user abena.owusu#0420"): an issue's or a
// build's number after '#' names nobody elsewhere. It returns where the
// tag ends, or -1.
func (sc *scanner) discordTag(i, j int) int {
	b := sc.b
	h := j - 5
	if h-i < 2 || h-i > 32 || !allDigits(b[h+1:j]) || i == 0 || b[i-1] != ' ' {
		return -1
	}
	for _, c := range b[i:h] {
		if !isAlnum(c) && c != '.' && c != '_' {
			return -1
		}
	}
	var pb [24]byte
	if !accountWords[string(sc.prevWord(i, pb[:0]))] || !sc.accountSpan(i, h) {
		return -1
	}
	return j
}

// ircLogNick handles the nick an IRC client's log (irssi, mIRC, HexChat,
// ZNC) writes a message under, "[12:01] <kwesi_dj> nice transition!" or
// "12:01 <@ama_k> thanks" (a channel mode's mark before it): the word
// [i, j) is the time, at the start of its line (or of a string in binary
// data), then the nick in angle brackets and the message. Code's "<init>"
// and "<module>" follow no time. It returns where the nick ends, or -1.
func (sc *scanner) ircLogNick(i, j int) int {
	b := sc.b
	p := j
	if b[p] == ']' {
		p++
		if i == 0 || b[i-1] != '[' {
			return -1
		}
		i--
	}
	if p+3 >= len(b) || b[p] != ' ' || b[p+1] != '<' || i > 0 && b[i-1] >= ' ' && b[i-1] != 0x7f || pseudonymFrom(b, p+1) {
		return -1 // (a pseudonym a first pass left is no nick: "00:00 <user-1> x")
	}
	for _, c := range b[i:p] {
		if !isDigit(c) && c != ':' && c != '[' && c != ']' {
			return -1
		}
	}
	s := p + 2
	if b[s] == '@' || b[s] == '+' || b[s] == '%' || b[s] == '~' || b[s] == '&' {
		s++
	}
	e := s
	for e < len(b) && e-s < 32 && (isAlnum(b[e]) || b[e] == '_' || b[e] == '-' || b[e] == '.' || b[e] == '|' || b[e] == '^' || b[e] == '`') {
		e++
	}
	if e == s || e+1 >= len(b) || b[e] != '>' || b[e+1] != ' ' && b[e+1] != '\t' || !isLetter(b[s]) && b[s] != '_' {
		return -1
	}
	if e-s <= 5 && htmlTags[string(b[s:e])] || !sc.accountSpan(s, e) {
		return -1
	}
	return e + 1
}

// htmlTags are markup a log may hold after a time ("12:01 <br> x").
var htmlTags = wordSet(`b i u p s br hr em li ul ol tr td th div span html body head`)

// discordMention handles Discord's mention of a user in a message's
// content, "<@80351110224678912>" or "<@!80351110224678912>" (a nickname's
// form), p after the '@': the user's id, a snowflake of 17 to 20 digits.
// It returns where the mention ends, or -1.
func (sc *scanner) discordMention(p int) int {
	b := sc.b
	if b[p] == '!' {
		p++
	}
	e := p
	for e < len(b) && e-p <= 20 && isDigit(b[e]) {
		e++
	}
	if e-p < 17 || e-p > 20 || e >= len(b) || b[e] != '>' {
		return -1
	}
	sc.learnedUID(p, e) // (an id the config allows stays)
	return e + 1
}

// accountKinds name an account's kind or state in parentheses after it.
var accountKinds = wordSet(`account user member admin administrator guest owner local personal business work school
	enterprise team family standard trial student organization organisation microsoft google apple domain`)

// notNameWord: the capitalised word w says what an account is, not whose.
func notNameWord(w []byte) bool {
	var lb [24]byte
	l := lowerInto(lb[:0], w)
	return l == nil || accountKinds[string(l)] || accountStates[string(l)] || parenWords[string(l)] || proseStop[string(l)]
}

// slackTeamLine reports whether the "team" key whose separator is at q
// names a Slack workspace: its line holds Slack's (auth.test's response,
// logged by an SDK or an app) with the team's id ("team_id":"T…") or
// the workspace's URL (….slack.com). Elsewhere a team is a sports team's,
// a project's, a role.
func slackTeamLine(b []byte, q int) bool {
	s, e := max(0, q-1024), min(len(b), q+1024)
	if k := bytes.LastIndexByte(b[s:q], '\n'); k >= 0 {
		s += k + 1
	}
	if k := bytes.IndexByte(b[q:e], '\n'); k >= 0 {
		e = q + k
	}
	line := b[s:e]
	if bytes.Contains(line, []byte(".slack.com")) {
		return true
	}
	for k := 0; ; {
		x := bytes.Index(line[k:], []byte("team_id"))
		if x < 0 {
			return false
		}
		k += x + 7
		v := k
		for v < len(line) && v-k < 4 && (line[v] == '"' || line[v] == ':' || line[v] == '=' || line[v] == ' ' || line[v] == '\\') {
			v++
		}
		if v+8 < len(line) && line[v] == 'T' && slackID(line[v+1:]) {
			return true
		}
	}
}

// slackID: a Slack id's rest, eight upper case letters and digits or more.
func slackID(b []byte) bool {
	n := 0
	for n < len(b) && (b[n] >= 'A' && b[n] <= 'Z' || isDigit(b[n])) {
		n++
	}
	return n >= 8 && (n == len(b) || !isAlnum(b[n]))
}

// slackTeamValue: a JSON object's "url" is a Slack workspace's, or its
// "team_id" a Slack team's id (json.go's slack frames).
func slackTeamValue(key string, v []byte) bool {
	if key == "url" {
		return bytes.Contains(v, []byte(".slack.com"))
	}
	return len(v) > 8 && v[0] == 'T' && slackID(v[1:])
}

// callWith handles "with" at [i, j) after a word naming a call or a
// meeting (meetingWords: "Call with Kofi Mensah started", "Meeting with
// Ama Owusu ended", a calendar's "Dinner with Samira Khalil"): the
// person met. Two words at least, none of a team or a maker, nor of an
// app ("Call with Microsoft Teams", "Meeting with Product Team").
// It returns where the name ends, or -1.
func (sc *scanner) callWith(i, j int) int {
	if !setWordBefore(sc.b, i, meetingWords) {
		return -1
	}
	return sc.callName(j + 1)
}

// meetingWords: what a person is met for ("Lunch with …").
var meetingWords = wordSet(`call meeting dinner lunch breakfast brunch coffee drinks appointment interview rehearsal lesson`)

// messageWords: what a person sends ("Message from …", "Voicemail
// from …").
var messageWords = wordSet(`call message text sms imessage email mail voicemail invite invitation reply dm facetime payment
	request requests req dedication shoutout`)

// setWordBefore: a word of set (lower case) stands alone right before
// the blank at i-1 ("Lunch with": i at "with"), read as madeFor reads
// its thing (wordBefore, lowerInto).
func setWordBefore(b []byte, i int, set map[string]bool) bool {
	k := i - 1
	if k < 2 || b[k] != ' ' {
		return false
	}
	s := wordBefore(b, k)
	if s == k || s > 0 && (isKeyChar(b[s-1]) || b[s-1] >= 0x80) {
		return false
	}
	var wb [16]byte
	return set[string(lowerInto(wb[:0], b[s:k]))]
}

// callName replaces the name of a call's party at s: two words or more,
// none of a team, a maker or an app, then the line's end, punctuation or
// what the call did. It returns where the name ends, or -1.
func (sc *scanner) callName(s int) int {
	b := sc.b
	e, n := proseNameEnd(b, s, 4, true)
	if n < 2 || !proseNameFollows(b, e, true) && !callVerbAfter(b, e) {
		return -1
	}
	if roleName(b, s, e) {
		return -1
	}
	sc.proseSpan(s, e, true)
	return e
}

// roleName: a word of the name [s, e) names a team, a maker, an app, a
// role or a service ("Call with Microsoft Teams", "Message from Crash
// Reporter", "Created by Task Scheduler"), no person.
func roleName(b []byte, s, e int) bool {
	for p := s; p < e; {
		we := nameWordEnd(b, p)
		if lw := asciiLower(string(b[p:we])); teamWords[lw] || deviceMakers[lw] || callApps[lw] || ticketRoles[lw] ||
			serviceNouns[lw] || senderRoles[lw] {
			return true
		}
		p = we + 1
	}
	return false
}

// senderRoles: words of what sends mail or messages ("Mail Delivery
// Subsystem", "Security Alerts").
var senderRoles = wordSet(`mail delivery subsystem postmaster mailer administrator noreply notifications notification alerts
	alert security system systems store music voice cloud account accounts`)

// callFrom handles "from" at [i, j) after a word naming a call or a
// message (messageWords: "Incoming call from Akosua Agyapong", "Missed
// call from …", a notification's "Message from Rudo Chikwanha",
// "Voicemail from …"): the caller or sender. It returns where the name
// ends, or -1.
func (sc *scanner) callFrom(i, j int) int {
	if !setWordBefore(sc.b, i, messageWords) {
		return -1
	}
	return sc.callName(j + 1)
}

// quotedCaller handles a directory's name in quotes, "Last, First",
// after "from" or "with" at [i, j) and a word naming a call or a message
// (Teams' `Incoming call from "Ogunleye, Adebola"`, Outlook's `Message
// from "Mensah, Kwame" <…>`). It returns where the quote closes, or -1.
func (sc *scanner) quotedCaller(i, j int) int {
	b := sc.b
	set := messageWords
	if b[i] == 'w' {
		set = meetingWords
	}
	q, p := b[j+1], j+2
	if q != '"' || !setWordBefore(b, i, set) {
		return -1
	}
	e := lastFirstEnd(b, p)
	if e < 0 || e >= len(b) || b[e] != q {
		return -1
	}
	k := nameWordEnd(b, p) // the comma
	if roleName(b, p, k) || roleName(b, k+2, e) {
		return -1 // "Message from \"Alerts, Security\""
	}
	sc.nameSpan(p, e)
	return e + 1
}

// callActBy: the two words before "by" at i say what was done to a call
// ("Recording started by", "Meeting ended by", "Screen sharing stopped
// by"): its party follows, as "Started by Task Scheduler" names none.
func callActBy(b []byte, i int, prev string) bool {
	switch prev {
	case "started", "stopped", "ended", "paused", "resumed", "muted", "unmuted", "admitted", "locked":
	default:
		return false
	}
	k := i - 2 - len(prev)
	if k < 5 || b[k] != ' ' {
		return false
	}
	s := k
	for s > 0 && k-s < 13 && isLetter(b[s-1]) {
		s--
	}
	switch asciiLower(string(b[s:k])) {
	case "recording", "meeting", "call", "screen", "sharing", "presentation", "transcription", "webinar":
		return true
	}
	return false
}

// callApps: words of the apps and kinds of a call ("Call with Zoom Video
// Communications", "Meeting with Google Meet"), and of code ("call from
// Main Thread").
var callApps = wordSet(`zoom video voice audio conference communications skype webex meet slack discord whatsapp
	facetime signal telegram messenger teams gotomeeting bluejeans jitsi room rooms bridge line dial
	main thread background process server client queue handler worker app application unknown`)

// callVerbAfter: what a call did follows the name ending at e ("… started",
// "… ended after 00:12:33").
func callVerbAfter(b []byte, e int) bool {
	return afterWordIs(b, e, "started") || afterWordIs(b, e, "ended") || afterWordIs(b, e, "connected") ||
		afterWordIs(b, e, "failed") || afterWordIs(b, e, "declined") || afterWordIs(b, e, "missed")
}

// afterWordIs: " w" follows at e, then no letter.
func afterWordIs(b []byte, e int, w string) bool {
	x := e + 1 + len(w)
	return x <= len(b) && b[e] == ' ' && string(b[e+1:x]) == w && (x == len(b) || !isLetter(b[x]))
}

// accountLinked: what an app did to an account follows its handle
// ending at e ("TIDAL account kwabena.o linked", "account dj_ama2
// connected").
func accountLinked(b []byte, e int) bool {
	return afterWordIs(b, e, "linked") || afterWordIs(b, e, "unlinked") || afterWordIs(b, e, "connected") ||
		afterWordIs(b, e, "disconnected") || afterWordIs(b, e, "added") || afterWordIs(b, e, "removed") ||
		afterWordIs(b, e, "authorized") || afterWordIs(b, e, "signed") || afterWordIs(b, e, "logged")
}
