package redact

import "math/bits"

// The detectors word asks of a word with punctuation (a path, a key and
// its value, a dotted name), in word's order, as bits; tables by the
// word's first byte, its classes (in two halves), its length and the
// bytes before and after it clear the bits of the detectors that cannot
// hold there, as plainWord's do for plain words. Each detector still
// makes its whole test: a table only rules out.
const (
	wdSentence   = iota // "… a track. Thanks, Jana"
	wdFold              // a name that folds to a learned one: with '/', '\\' or '%' …
	wdFoldHigh          // … or with bytes outside ASCII
	wdPromptVar         // "PS C:\> $env:USERNAME"
	wdUIDOwner          // "by ravi.shankar(uid=1000)"
	wdSyslog            // a line's first word (or after "<PRI>") …
	wdSyslogInd         // … or an indented one starting with a digit
	wdPEM               // "-----BEGIN …"
	wdBitLocker         // a BitLocker recovery password
	wdNetUse            // net use's "/user:DOMAIN\kai"
	wdHomeShown         // "$HOME is /data/users/ama"
	wdDomainUser        // whoami's "KAI-STUDIO\kai"
	wdRow               // a passwd row
	wdGetprop           // Android's "[ro.serialno]: …"
	wdIDAccount         // id(1)'s "uid=1000(kai)"
	wdRegQuery          // reg query rows
	wdPhone             // phone numbers, tel:, a vCard's TEL:
	wdAppleHost         // Apple host names
	wdStreamKey         // Twitch stream keys
	wdRareOther         // rareWord: a word with '+', '_' …
	wdRareBack          // … with a backslash,
	wdRareEq            // … starting with '=',
	wdRareLong          // … or of 44 bytes or more
	wdPath              // paths
	wdColonDash         // iCalendar's "SUMMARY:Birthday - Amaka"
	wdCmdkey            // cmdkey /list's "Target: Domain:target=x"
	wdAudioUID          // "AppleUSBAudioEngine:Focusrite:…:SERIAL:1,2"
	wdCursor            // a journal cursor's ";b=<boot id>"
	wdSteam             // "[U:1:12345]", "STEAM_0:1:12345"
	wdAdresse           // "Adresse: Hauptstraße 5, …"
	wdColon             // keys and values: a word with ':' …
	wdEq                // … or with '='
	wdDUID              // dhclient's "default-duid"
	wdWrote             // "…, Jonas Kuster wrote:"
	wdKnownHosts        // "nas.mensah.home,192.168.1.20 ssh-ed25519 …"
	wdCmdOption         // "--user=kai"
	wdMailSig           // "-- \nJana Nováková"
	wdClosing           // "Thanks!\nJana"
	wdAnnounced         // "this is Éloïse Bénard"
	wdFormField         // `form-data; name="guid"`
	wdAt                // "insta @kwabena.mixes", "<@U024BE7LH|kwesi>"
	wdDiscord           // "abena.owusu#0420"
	wdHashSerial        // "SN#12345678", "s/n 98765432"
	wdDotted            // URL hosts, tenants …, a paper's file: "Zeynep_Kaya_CV.pdf"
	wdTwitch            // ":tmi.twitch.tv …"
	wdAtPct             // e-mails, IRC prefixes
	wdCouple            // "Efua &amp; Kojo", "Efua \u0026 Kojo"
	wdEvent             // "Amaka 30th Birthday.crate", `\"Zainab Sulaimon Bday\"`
	wdTitle             // "Dr. Ama Owusu"
	wdAge               // "Thabiso's 30th.crate"
	wdGluedFile         // "zanele_birthday_mix.mp3"
	wdCJKIntro          // "我叫张伟，", "私の名前は田中太郎です"
	wdPrinter           // "HP_OfficeJet_Pro_Kofi", "Brother-HL-L2350DW-Ama"
	wdFuer              // "Mix für Anna", "Lan và Minh", "numéro de série X", "accordée à X"
	wdWideOcc           // "Doğum günü - Elif", "Sinh nhật bé Na"
	wdWifi              // "connected to Wi-Fi 'x'"
	wdWifiTool          // "wpa_passphrase HomeNet x", "wpa_cli set_network 0 psk x"
	wdCLFTime           // an access log's "[10/Oct/2024:13:55:36 -0700]"
	wdSquidCode         // Squid's access.log's "TCP_MISS/200"
	wdSlug              // "kapoor-sharma-wedding.mp4", "priya-and-arjun-wedding"
	wdCJKOcc            // "婚礼 李娜 王伟", "李娜的生日"
	wdConnman           // ConnMan's "wifi_<MAC>_<SSID in hex>_managed_psk"
)

// wdRare and wdKeys are the bits of one detector asked under a test that
// joins parts no one table tells apart: the first of them to come runs
// it, and clears the others.
const (
	wdRare    = 1<<wdRareOther | 1<<wdRareBack | 1<<wdRareEq | 1<<wdRareLong
	wdKeys    = 1<<wdColon | 1<<wdEq
	wdFolds   = 1<<wdFold | 1<<wdFoldHigh
	wdSyslogs = 1<<wdSyslog | 1<<wdSyslogInd
)

type wordTables struct {
	first, prev, next [256]uint64
	lo                [1 << 7]uint64 // by the classes cAlpha to cColon
	hi                [1 << 6]uint64 // by the classes cEq to cOther
	size              [64]uint64     // (the last: that length or more)
}

var wordTab = func() (t wordTables) {
	is := oneOf
	has := func(m uint16) func(uint16) bool { return func(x uint16) bool { return x&m != 0 } }
	rules := []shapeRule{
		{bit: wdSentence, next: is(' '), bits: has(cDot | cOther)}, // (sentenceEnd's bytes)
		// (the classes of foldedWord's words are in both halves: a bit for each)
		{bit: wdFold, bits: has(cSlash | cBack | cPct)},
		{bit: wdFoldHigh, bits: has(cHigh)},
		{bit: wdPromptVar, first: is('$'), prev: is(' ')},
		{bit: wdUIDOwner, first: is('u'), size: atLeast(5)},
		{bit: wdSyslog, prev: func(c int) bool { return lineBreak(byte(c)) || c == '<' }},                // (syslogStart)
		{bit: wdSyslogInd, prev: is(' ', '\t'), first: func(c int) bool { return c >= '0' && c <= '9' }}, // (indented)
		{bit: wdPEM, first: is('-'), bits: has(cDash), size: atLeast(10)},
		{bit: wdBitLocker, size: is(55), bits: func(x uint16) bool { return x == cDigit|cDash }},
		{bit: wdNetUse, first: is('/'), bits: has(cColon), size: atLeast(4)},
		{bit: wdHomeShown, first: is('/'), prev: is('\n', ' ')},
		{bit: wdDomainUser, bits: has(cBack)},
		{bit: wdRow, bits: has(cColon), prev: func(c int) bool { return lineBreak(byte(c)) || c == '>' }}, // (passwdRowWord; rowAt follows '>': xmlValue)
		{bit: wdGetprop, prev: is('['), bits: has(cDot)},
		{bit: wdIDAccount, bits: has(cEq), next: is('('), size: func(l int) bool { return l <= 16 }},
		{bit: wdRegQuery, first: is('R'), size: func(l int) bool { return l >= 6 && l <= 16 }, prev: is(' '),
			bits: func(x uint16) bool { return x == cAlpha|cUnder }},
		{bit: wdPhone, first: is('+', 't', 'T'), size: atLeast(2)},
		{bit: wdAppleHost, first: func(c int) bool { return c >= 'A' && c <= 'Z' }, size: atLeast(8),
			bits: func(x uint16) bool { return x&cDash != 0 && x&(cSlash|cBack|cAt|cEq|cColon) == 0 }},
		{bit: wdStreamKey, first: is('l'), size: atLeast(30), bits: has(cUnder)},
		{bit: wdRareOther, bits: has(cOther | cUnder)},
		{bit: wdRareBack, bits: has(cBack)},
		{bit: wdRareEq, first: is('=')},
		{bit: wdRareLong, size: atLeast(44)},
		{bit: wdPath, bits: has(cSlash | cBack | cPct)},
		// (the detectors word asks first of the words with ':' or '=' that
		// need one of the two)
		{bit: wdColonDash, bits: has(cColon), next: is(' ')},
		{bit: wdCmdkey, first: is('D', 'L'), prev: is(' '), size: atLeast(15), bits: has(cEq)},
		{bit: wdAudioUID, first: is('A'), size: atLeast(21), bits: has(cColon)},
		{bit: wdCursor, first: is('b'), prev: is(';'), size: is(34), bits: has(cEq)},
		{bit: wdSteam, first: is('U', 'S'), bits: has(cColon)},
		{bit: wdAdresse, first: is('a', 'A'), size: is(8), bits: has(cColon)},
		{bit: wdColon, bits: has(cColon)},
		{bit: wdEq, bits: has(cEq)},
		{bit: wdDUID, bits: has(cDash), size: is(12, 15), first: is('d', 'D')},
		{bit: wdWrote, size: is(6), first: is('w')},
		{bit: wdKnownHosts, first: is('s', 'e'), bits: has(cDash), size: atLeast(7),
			prev: func(c int) bool { return c == ' ' || c < ' ' || c >= 0x7f }},
		{bit: wdCmdOption, first: is('-'), bits: has(cAlpha), size: func(l int) bool { return l >= 2 && l <= 24 }},
		{bit: wdMailSig, size: is(2, 3), bits: func(x uint16) bool { return x == cDash || x == cHigh }},
		{bit: wdClosing, first: func(c int) bool { return closingFirst[c] },
			bits: func(x uint16) bool { return x&(cOther|cDot|cHigh) != 0 && x&^(cAlpha|cOther|cDot|cHigh) == 0 }},
		{bit: wdAnnounced, first: func(c int) bool { return c >= 'A' && c <= 'Z' || c >= 0xc3 }, prev: is(' ')},
		{bit: wdFormField, first: is('n'), size: is(5), next: is('"')},
		{bit: wdAt, first: is('@')},
		{bit: wdDiscord, bits: has(cOther), size: atLeast(7)},
		{bit: wdHashSerial, first: is('s', 'S')},
		{bit: wdDotted, bits: has(cDot)},
		{bit: wdTwitch, first: is(':'), size: is(14)},
		{bit: wdAtPct, bits: has(cAt | cPct)},
		{bit: wdCouple, first: is('&', '\\'), size: is(4, 6), prev: is(' '), next: is(';', ' ')},
		{bit: wdEvent, first: func(c int) bool { return ownLens[c] != 0 || c == 'W' || soleWedLens[c] != 0 }, prev: is(' '), size: atLeast(5),
			bits: func(x uint16) bool { return x&cAlpha != 0 && x&(cDot|cSlash|cBack|cOther) != 0 }},
		{bit: wdTitle, first: func(c int) bool { return titleShape.first[c] }, size: func(l int) bool { return l < 8 && titleShape.lens>>l&1 != 0 },
			next: is(' '), bits: func(x uint16) bool { return x == cAlpha|cDot }},
		{bit: wdAge, first: func(c int) bool { return c >= '0' && c <= '9' }, prev: is(' '), size: atLeast(5),
			bits: func(x uint16) bool { return x&cDigit != 0 && x&cAlpha != 0 && x&cDot != 0 }},
		{bit: wdCJKIntro, first: func(c int) bool { return c >= 0xe3 && c <= 0xe9 }, size: atLeast(9),
			bits: func(x uint16) bool { return x&cHigh != 0 }},
		{bit: wdGluedFile, size: atLeast(10),
			bits: func(x uint16) bool { return x&(cDash|cUnder) != 0 && x&cAlpha != 0 && x&cDot != 0 }},
		{bit: wdPrinter, first: printerFirst, size: func(l int) bool { return l >= 8 && l <= 64 },
			bits: func(x uint16) bool {
				return x&(cDash|cUnder) != 0 && x&cAlpha != 0 && x&(cSlash|cBack|cPct|cAt|cEq|cOther|cDot) == 0
			}},
		{bit: wdFuer, first: is('f', 'v', 's', 'S', 0xc3), size: is(2, 3, 4, 6), prev: is(' '), next: is(' '), bits: func(x uint16) bool { return x == cAlpha|cHigh || x == cHigh }},
		{bit: wdWifiTool, first: is('w'), size: is(7, 14), next: is(' '), bits: func(x uint16) bool { return x == cAlpha|cUnder }},
		{bit: wdWifi, first: is('W', 'w'), size: is(5), next: is(' '), bits: func(x uint16) bool { return x == cAlpha|cDash }},
		{bit: wdWideOcc, first: func(c int) bool { return wideOccLens[c] != 0 }, size: func(l int) bool { return l >= 4 && l <= 31 }, next: is(' '),
			bits: func(x uint16) bool { return x&cHigh != 0 && x&^(cAlpha|cHigh) == 0 }},
		{bit: wdCLFTime, first: func(c int) bool { return c >= '0' && c <= '3' }, prev: is('['), size: atLeast(20),
			bits: func(x uint16) bool { return x&cSlash != 0 && x&cColon != 0 }},
		{bit: wdSquidCode, first: is('T', 'N', 'U'), prev: is(' '), size: func(l int) bool { return l >= 8 && l <= 40 },
			bits: func(x uint16) bool { return x&cUnder != 0 && x&cSlash != 0 && x&^(cAlpha|cDigit|cUnder|cSlash) == 0 }},
		{bit: wdSlug, size: atLeast(12), bits: func(x uint16) bool { return x&(cDash|cUnder) != 0 && x&cAlpha != 0 }},
		{bit: wdCJKOcc, size: atLeast(6), bits: func(x uint16) bool { return x&cHigh != 0 }},
		{bit: wdConnman, first: is('w', '/', '\'', '"'), size: atLeast(31), bits: func(x uint16) bool { return x&cUnder != 0 && x&cDigit != 0 }},
	}
	for _, r := range rules {
		setShape(r, t.first[:], t.prev[:], t.next[:], t.size[:])
		bit := uint64(1) << r.bit
		// each half of the classes: set where some other half makes the
		// whole hold (everywhere for a rule with none: package start-up
		// asks no 8192 classes of it)
		if r.bits == nil {
			for lo := range t.lo {
				t.lo[lo] |= bit
			}
			for hi := range t.hi {
				t.hi[hi] |= bit
			}
			continue
		}
		for lo := range t.lo {
			for hi := range t.hi {
				if x := uint16(lo) | uint16(hi)<<7; r.bits == nil || r.bits(x) {
					t.lo[lo] |= bit
					t.hi[hi] |= bit
				}
			}
		}
	}
	return t
}()

// titleShape: the first letters of titles and their lengths with the dot
// after them ("Dr.", "Sra.", "Herr."), for wdTitle.
var titleShape = func() (t struct {
	first [256]bool
	lens  uint8
}) {
	for w := range titles {
		t.first[w[0]] = true
		t.lens |= 1 << (len(w) + 1)
	}
	return t
}()

// wordBitsAt returns the bits of the detectors that word may ask of the
// word [i, j) of the classes cl in b.
func wordBitsAt(b []byte, i, j int, cl uint16) uint64 {
	pb, nb := byte('\n'), byte(0xff)
	if i > 0 {
		pb = b[i-1]
	}
	if j < len(b) {
		nb = b[j]
	}
	return wordTab.first[b[i]] & wordTab.lo[cl&(1<<7-1)] & wordTab.hi[cl>>7&(1<<6-1)] &
		wordTab.size[min(j-i, len(wordTab.size)-1)] & wordTab.prev[pb] & wordTab.next[nb]
}

// shapeRule says where a detector's gate can hold, as plainWord's and
// word's tables keep it: by a word's first byte, the bytes before and
// after it, its length and (word's only) its classes; nil: anywhere.
type shapeRule struct {
	bit                     int
	first, prev, next, size func(int) bool
	bits                    func(uint16) bool
}

// setShape sets r's bit in the entries of the tables by first byte, the
// byte before, the byte after and length where r holds. The last length
// entry stands for every longer word too: each size rule holds there as
// for all longer words.
func setShape[T uint32 | uint64](r shapeRule, first, prev, next, size []T) {
	bit := T(1) << r.bit
	for _, tr := range [...]struct {
		tab []T
		ok  func(int) bool
	}{{first, r.first}, {prev, r.prev}, {next, r.next}, {size, r.size}} {
		for k := range tr.tab {
			if tr.ok == nil || tr.ok(k) {
				tr.tab[k] |= bit
			}
		}
	}
}

// oneOf holds for the values cs (bytes, lengths).
func oneOf(cs ...int) func(int) bool {
	return func(c int) bool {
		for _, x := range cs {
			if x == c {
				return true
			}
		}
		return false
	}
}

// atLeast holds from n on.
func atLeast(n int) func(int) bool { return func(l int) bool { return l >= n } }

// lowBit is the number of the lowest set bit of m.
func lowBit(m uint64) int { return bits.TrailingZeros64(m) }
