package redact

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Free text people write (a report's user comment, a support message or
// an app's greeting pasted into a log) names them in a few fixed shapes:
// an introduction ("Hi, this is Jana Nováková", "my name is Kwame
// Mensah", "I'm Siobhan", "Hi, Henrik here"), a closing ("Thanks,\nJana",
// "Best regards, Tomasz Wiśniewski", "cheers - søren"), a form of address
// ("Mr. Mensah"), a greeting by the app ("Welcome back, Kwabena!"), a
// document's author ("Created by Priya Raman"), an account ("my username
// is djkwabena88", "insta @kwabena.mixes"), an address written against
// harvesters ("kwame(at)example(dot)com") and a number to call back ("+44
// 7700 900123", "(415) 555-0134", "call me at 0171 1234567"). Each shape
// is anchored on the words that say a name follows: a capitalised word
// alone says nothing, since artists, products and places are capitalised
// too.

// proseBefore: the last bytes of the words after which an introduction,
// a greeting, an author, a title's name or a number follows (proseAfter's
// "is", "am", "by", "back,", "welcome", "at", "on", and "Mr", "Dr.",
// "Frau"): a name or a number whose previous word ends in none of them is
// not looked at.
var proseBefore = func() (t [256]bool) {
	t = triggerLast
	t[0x93] = true // an en dash before an owner's name (dashOwner)
	t['w'] = true  // "my nephew Kwame Mensah" (relations; announcedAt)
	for _, in := range intros {
		c := in.phrase[len(in.phrase)-2]
		t[c] = true
		if c >= 'a' && c <= 'z' {
			t[c-'a'+'A'] = true // ("MEIN NAME IST …")
		}
	}
	return t
}()

// triggerLast: the last bytes of the English triggers (proseTrigger) and
// of the words before a greeting's name.
var triggerLast = func() (t [256]bool) {
	for _, c := range []byte("smykKe,tnrfu.hdo") {
		t[c] = true
	}
	t['S'], t['M'], t['Y'], t['E'], t['T'], t['N'] = true, true, true, true, true, true
	t['J'], t['j'] = true, true // "our DJ" (relations)
	return t
}()

// intros are how people give their name in other languages than
// English, as written before it, lower case: "je m'appelle Amélie
// Dubois", "mein Name ist Jürgen Weber", "meu nome é João Pereira",
// "jina langu ni Amani". weak: the phrase also comes before what is no
// name ("ich bin Anfänger"), so the name is replaced where it stands but
// not learned, as after English "I am".
type intro struct {
	phrase string
	weak   bool
}

var intros = []intro{
	{"je m'appelle ", false}, {"je m’appelle ", false}, {"mon nom est ", false}, {"je suis ", true},
	{"mein name ist ", false}, {"ich heiße ", false}, {"ich heisse ", false}, {"ich bin ", true},
	{"me llamo ", false}, {"mi nombre es ", false}, {"soy ", true},
	{"meu nome é ", false}, {"me chamo ", false}, {"o meu nome é ", false}, {"sou o ", true}, {"sou a ", true},
	{"mi chiamo ", false}, {"il mio nome è ", false}, {"sono ", true},
	{"ik heet ", false}, {"mijn naam is ", false}, {"ik ben ", true},
	{"nazywam się ", false}, {"mam na imię ", false}, {"benim adım ", false}, {"adım ", true},
	{"jina langu ni ", false}, {"naitwa ", false}, {"mera naam ", false}, {"mera nam ", false},
	{"nama saya ", false}, {"jmenuji se ", false}, {"jmenuju se ", false}, {"volám se ", false}, {"volám sa ", false},
	{"moje meno je ", false}, {"tôi tên là ", false}, {"tên tôi là ", false}, {"tôi là ", true},
	{"jag heter ", false}, {"mitt namn är ", false}, {"jeg heter ", false}, {"jeg hedder ", false},
	{"mitt navn er ", false}, {"mit navn er ", false}, {"nimeni on ", false}, {"a nevem ", false},
	{"mă numesc ", false}, {"numele meu este ", false}, {"ako si ", false}, {"ang pangalan ko ay ", false},
	// (matchFold folds ASCII only: Cyrillic and Greek both ways)
	{"меня зовут ", false}, {"Меня зовут ", false}, {"мене звати ", false}, {"Мене звати ", false},
	{"με λένε ", false}, {"Με λένε ", false},
	// Hindi: "मेरा नाम राहुल शर्मा है", a name without capitals (hindiIntroName)
	{"मेरा नाम ", false}, {"मेरा नाम है ", false},
}

// introPairs: the last two bytes of intros before the blank.
var introPairs = func() (t pairSet) {
	for _, in := range intros {
		t.add(in.phrase[len(in.phrase)-3], in.phrase[len(in.phrase)-2])
	}
	return t
}()

// introsByEnd: intros by those two bytes, in intros' order ("is " ends
// words in every log: one lookup, not a test of each intro).
var introsByEnd = func() map[uint16][]intro {
	m := map[uint16][]intro{}
	for _, in := range intros {
		k := uint16(in.phrase[len(in.phrase)-3])<<8 | uint16(in.phrase[len(in.phrase)-2])
		m[k] = append(m[k], in)
	}
	return m
}()

// introAt handles a name at i (i >= 3) after one of intros. It returns
// where the name ends, 0 when no intro stands before i, or -1.
func (sc *scanner) introAt(i int) int {
	b := sc.b
	x, y := lower(b[i-3]), lower(b[i-2])
	if !introPairs.has(x, y) {
		return 0
	}
	for _, in := range introsByEnd[uint16(x)<<8|uint16(y)] {
		p := i - len(in.phrase)
		if p < 0 || p > 0 && !proseBoundary(b[p-1]) || matchFold(b, p, in.phrase) < 0 {
			continue
		}
		if b[i] == 0xe0 {
			return sc.hindiIntroName(i)
		}
		if in.weak {
			return sc.proseName(i, 3, false, true)
		}
		return sc.proseName(i, 4, true, true)
	}
	return 0
}

// hindiIntroName handles the name at i after a Hindi intro ("मेरा नाम
// राहुल शर्मा है"): one to three words without capitals (caselessName),
// then "है", the danda, punctuation or the line's end. It returns where
// the name ends, or -1.
func (sc *scanner) hindiIntroName(i int) int {
	b := sc.b
	e, n := i, 0
	for n < 3 {
		we := e
		for we < len(b) && we-e < 64 && b[we] >= 0x80 {
			we++
		}
		w := string(b[e:we])
		if w == "है" || w == "हूँ" || w == "।" || !caselessName(w) {
			break
		}
		e, n = we, n+1
		if e+1 >= len(b) || b[e] != ' ' {
			break
		}
		e++
	}
	if n == 0 {
		return -1
	}
	if b[e-1] == ' ' {
		e--
	}
	if e < len(b) && !lineBreak(b[e]) && b[e] != ',' && b[e] != '.' && b[e] != ' ' && !bytes.HasPrefix(b[e:], []byte("।")) {
		return -1
	}
	if e < len(b) && b[e] == ' ' && !bytes.HasPrefix(b[e:], []byte(" है")) && !bytes.HasPrefix(b[e:], []byte(" हूँ")) && !bytes.HasPrefix(b[e:], []byte(" ।")) {
		return -1
	}
	sc.proseSpan(i, e, true)
	return e
}

// cjkIntros are how people give their name in Chinese and Japanese,
// with no blank before the name: "我叫张伟，", "我的名字是李娜",
// "私の名前は田中太郎です".
var cjkIntros = []string{"我叫", "我的名字是", "我的名字叫", "我名叫", "私の名前は", "わたしの名前は", "僕の名前は"}

// chineseSurnames: the common Chinese surnames' first characters, in
// simplified and traditional writing (compound ones: 欧阳, 司马, 诸葛,
// 上官, 慕容): a name after "我叫" starts with one.
const chineseSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧司诸上慕" +
	"張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龔錢嚴湯歐諸"

// cjkNameStop: what a form says of a name in Japanese ("必須です",
// required), no name.
var cjkNameStop = wordSet(`必須 未設定 未入力 不明 空欄 無効 変更 登録 表示 入力 必要 不正 正しくありません`)

// cjkIntro handles an intro of cjkIntros in the word [i, j) of letters
// outside ASCII (its first 256 bytes): the name after it, two to four
// ideographs (Japanese: to six, or katakana), which punctuation, an
// ASCII byte, the word's end or (Japanese) a particle in hiragana ("です",
// "と申します") ends.
func (sc *scanner) cjkIntro(i, j int) {
	b := sc.b
	w := b[i:min(j, i+256)]
	for _, in := range cjkIntros {
		k := bytes.Index(w, []byte(in))
		if k < 0 {
			continue
		}
		s := i + k + len(in)
		ja := in[0] != 0xe6 // (我: Chinese)
		e, n := s, 0
		for e < j && n <= 6 {
			r, size := utf8.DecodeRune(b[e:j])
			if !(r >= 0x4e00 && r <= 0x9fff || ja && r >= 0x30a1 && r <= 0x30fa || ja && r == 0x30fc) {
				break
			}
			e, n = e+size, n+1
		}
		if n < 2 || !ja && n > 4 || n > 6 {
			return
		}
		if r, _ := utf8.DecodeRune(b[s:e]); !ja && !strings.ContainsRune(chineseSurnames, r) || ja && cjkNameStop[string(b[s:e])] {
			return // "我叫了出租车", "我的名字是必填项": no surname first; "私の名前は必須です"
		}
		if e < j {
			r, _ := utf8.DecodeRune(b[e:j])
			if !(r >= 0x3000 && r <= 0x303f || r >= 0xff00 && r <= 0xffef) &&
				!(ja && (bytes.HasPrefix(b[e:j], []byte("です")) || bytes.HasPrefix(b[e:j], []byte("と申します")) ||
					bytes.HasPrefix(b[e:j], []byte("といいます")) || bytes.HasPrefix(b[e:j], []byte("と言います")) || bytes.HasPrefix(b[e:j], []byte("だ")))) {
				return // more ideographs or letters, or a verb: no name's end
			}
		}
		sc.proseSpan(s, e, true)
		return
	}
}

// announcedAt handles the name or number at i that the word before it
// announces, one proseAfter takes ("is", "by", "back,", "at" …). It
// returns where the name or number ends, or -1.
func (sc *scanner) announcedAt(i int) int {
	b := sc.b
	if b[i-2]|0x20 == 'j' {
		// "our DJ Kofi Annan" (relation.go); most are "Serato DJ Pro"
		if i < 6 || b[i-3]|0x20 != 'd' || b[i-4] != ' ' || b[i-5]|0x20 != 'r' && b[i-5]|0x20 != 'y' {
			return -1
		}
		if e := sc.relationName(i-1, i); e != 0 {
			return e
		}
		return -1
	}
	if e := sc.introAt(i); e != 0 {
		return e // "je m'appelle Amélie Dubois", "mein Name ist Jürgen"
	}
	if !triggerLast[b[i-2]] {
		if b[i-2] == 'w' {
			// of the words ending in 'w' ("new", "show", "now"), only
			// relations' "nephew" is a trigger
			if i >= 9 && b[i-3] == 'e' && b[i-4] == 'h' {
				if e := sc.relationName(i-1, i); e > 0 {
					return e
				}
			}
			return -1
		}
		if b[i-2] == 0x93 {
			return sc.dashOwner(i) // "AirPods Pro – Amélie" (parenowner.go)
		}
		return -1
	}
	if b[i-2] == 'o' && (i < 5 || b[i-3] != 't' || b[i-4] != ' ') {
		return -1 // of the words ending in 'o', only "to" (talkedTo) is a trigger
	}
	te := i - 1 // the blank
	if relationLens[b[te-1]] != 0 {
		if e := sc.relationName(te, i); e != 0 {
			return e // "my partner Rangi Parata" (relation.go)
		}
	}
	if b[te-1] == ',' || b[te-1] == '.' {
		te--
	}
	ts := te
	for ts > 0 && te-ts < 8 && isLetter(b[ts-1]) {
		ts--
	}
	if ts > 0 && b[ts-1] == '\\' && te-ts >= 3 && (b[ts] == 'n' || b[ts] == 't' || b[ts] == 'r') && b[ts+1]-'A' < 26 {
		ts++ // after a JSON or C escape: `"Ticket\nHerr. Torben Kasprzak called"`
	} else if ts > 0 && (isAlnum(b[ts-1]) || b[ts-1] >= 0x80) {
		return -1
	}
	if ts == te || te-ts >= 8 {
		return -1
	}
	if !proseTrigger(b, ts, te) {
		if b[te] == ',' && te-ts == 2 && b[ts]|0x20 == 'm' && b[ts+1] == 'e' {
			return sc.itsMe(ts, i) // "It's me, Obiora" (itsme.go)
		}
		if b[te] == ',' && closingStart(b, ts) {
			return sc.greetedHere(ts, te, i) // "Hi, Henrik here."
		}
		if b[te] == ',' && te-ts >= 5 && (b[ts] == 't' || b[ts] == 'y') && ts >= 4 && b[ts-1] == ' ' && timeWords[string(b[ts:te])] {
			// "Our DJ tonight, Kofi Mensah" (relation.go)
			if e := sc.relationName(ts-1, i); e != 0 {
				return e
			}
		}
		return -1
	}
	return sc.proseAfter(ts, te)
}

// greetedHere handles "Hi, Henrik here." and "Hello, Ana Silva here!":
// a greeting [ts, te) that opens a line or a sentence, a comma, the
// writer's name at p and "here". It returns where the name ends, or -1.
func (sc *scanner) greetedHere(ts, te, p int) int {
	b := sc.b
	var gb [16]byte
	if g := lowerInto(gb[:0], b[ts:te]); g == nil || !greetings[string(g)] {
		return -1
	}
	e, n := proseNameEnd(b, p, 3, true)
	if n == 0 || !bytes.HasPrefix(b[e:], []byte(" here")) {
		return -1
	}
	if h := e + 5; h < len(b) && !lineBreak(b[h]) && strings.IndexByte(".,!;:- ", b[h]) < 0 {
		return -1 // "Henrik hereby"
	}
	sc.proseSpan(p, e, true)
	return e
}

// nameHere handles a message whose first line opens with its writer's
// full name and "here" ("Kofi Mensah here, the app crashed mid-set"),
// the name at i, a line's first word. ("Hi, Ama here": greetedHere.)
func (sc *scanner) nameHere(i int) {
	b := sc.b
	if i > 0 && !lineBreak(b[i-1]) || !bytes.Contains(b[i:min(len(b), i+56)], []byte(" here")) {
		return
	}
	// a full name: one word before "here" is as often a verb or a
	// label ("Click here, then …", "Logs here.")
	e, n := proseNameEnd(b, i, 3, true)
	if n < 2 || !bytes.HasPrefix(b[e:], []byte(" here")) {
		return
	}
	if h := e + 5; h < len(b) && !lineBreak(b[h]) && b[h] != ',' && b[h] != '.' && b[h] != '!' &&
		!(b[h] == ' ' && h+1 < len(b) && (b[h+1] == '-' || b[h+1] == 0xe2)) {
		return // "Kofi Mensah here is the log", "Download Links here:"
	}
	sc.proseSpan(i, e, true)
}

// closingAfterSentence handles a closing whose first word starts at p,
// after a sentence's end ("… a track. Thanks, Jana").
func (sc *scanner) closingAfterSentence(p int) {
	b := sc.b
	e := p
	for e < len(b) && e-p < 16 && (isLetter(b[e]) || b[e] >= 0x80) {
		e++
	}
	if e-p >= 2 {
		sc.closing(p, e)
	}
}

// closings are the phrases that end a message before the writer's name,
// lowercased; closingFirst holds their first bytes.
var closings = wordLines(`thanks
thank you
thanks again
thanks a lot
thanks in advance
many thanks
thx
regards
best regards
kind regards
warm regards
warmest regards
best
all the best
best wishes
cheers
sincerely
yours
yours truly
yours sincerely
respectfully
greetings
br
kr
danke
vielen dank
grüße
gruß
grüsse
viele grüße
liebe grüße
beste grüße
mit freundlichen grüßen
lg
vg
mfg
merci
merci beaucoup
cordialement
bien à vous
amitiés
saludos
un saludo
gracias
muchas gracias
atentamente
obrigado
obrigada
abraços
atenciosamente
grazie
saluti
cordiali saluti
groeten
groetjes
met vriendelijke groet
pozdrawiam
pozdrav
hälsningar
med vänlig hälsning
mvh
hilsen
med venlig hilsen
med vennlig hilsen
vennlig hilsen
venlig hilsen
merci d'avance
vielen dank und viele grüße
danke und viele grüße
danke und liebe grüße
grazie mille
un saluto
distinti saluti
trân trọng
salam
wassalam
üdvözlettel
с уважением
з повагою
terveisin
ystävällisin terveisin
dank je
dank u
bedankt
dziękuję
dzięki
teşekkürler
teşekkür ederim
saygılarımla
cảm ơn
cordialmente
saludos cordiales
un abrazo
abrazos
bisous
bises
ciao
terima kasih
salamat
shukran
medaase
nagode
ngiyabonga
dhanyavaad`)

var closingFirst = func() (t [256]bool) {
	for w := range closings {
		t[w[0]] = true
		t[w[0]-'a'+'A'] = true
	}
	for w := range greetings {
		t[w[0]] = true
		t[w[0]-'a'+'A'] = true
	}
	return t
}()

// closingWords holds the first words of closings.
var closingWords = func() map[string]bool {
	m := map[string]bool{}
	for w := range closings {
		f, _, _ := strings.Cut(w, " ")
		m[f] = true
	}
	return m
}()

// lowerInto lowercases w into buf (ASCII, the two-byte letters of
// Latin-1, Latin Extended-A and Cyrillic's basic ones, Vietnamese's Ơ, Ư
// and the three-byte letters of Latin Extended Additional: "GRÜSSE",
// "Grüße", "С уважением", "Trân Trọng"), or returns nil when it does not
// fit.
func lowerInto(buf []byte, w []byte) []byte {
	if len(w) > cap(buf) {
		return nil
	}
	// (the result is as long as w: written by index)
	buf = buf[:len(w)]
	for k := 0; k < len(w) && k < len(buf); k++ {
		c := w[k]
		if c < 0xc3 || k+1 >= len(w) || k+1 >= len(buf) {
			buf[k] = lower(c)
			continue
		}
		d := w[k+1]
		switch {
		case c == 0xc3 && d >= 0x80 && d <= 0x9e && d != 0x97:
			d += 0x20 // À-Þ -> à-þ
		case c == 0xd0 && d >= 0x90 && d <= 0xaf:
			// Cyrillic А-П -> а-п, Р-Я -> р-я ("С уважением")
			if d += 0x20; d >= 0xc0 {
				c, d = 0xd1, d-0x40
			}
		case c == 0xc4 && (d&1 == 0 && (d <= 0xaf || d >= 0xb2 && d <= 0xb7) || d&1 == 1 && d >= 0xb9 && d <= 0xbd),
			c == 0xc5 && (d&1 == 1 && (d >= 0x81 && d <= 0x87 || d >= 0xb9 && d <= 0xbd) || d&1 == 0 && d >= 0x8a && d <= 0xb6),
			c == 0xc6 && d == 0xa0:
			d++ // Latin Extended-A: Ā-Ķ, Ĺ-Ň, Ŋ-Ŷ, Ź-Ž ("Đ", "Ł", "Ś"); Ơ
		case c == 0xc6 && d == 0xaf:
			d = 0xb0 // Ư -> ư
		case c == 0xe1 && k+2 < len(w) && k+2 < len(buf) && w[k+2]&1 == 0 && (d == 0xba && w[k+2] >= 0xa0 || d == 0xbb && w[k+2] <= 0xb8):
			// Vietnamese: Ạ-Ỹ (U+1EA0-U+1EF8, the capitals even)
			buf[k], buf[k+1], buf[k+2] = c, d, w[k+2]+1
			k += 2
			continue
		default:
			buf[k] = c
			continue
		}
		buf[k], buf[k+1] = c, d
		k++
	}
	return buf
}

// greetings open a message before "this is <name>", lowercased first
// words.
var greetings = wordSet(`hi hello hey dear hallo hola bonjour salut ciao hej moin servus ola olá greetings good`)

// proseStop are capitalised words a closing, greeting or "I am" is
// followed by that name nobody ("Thanks, Team", "Cheers All", "I am
// German").
var proseStop = wordSet(`team support everyone everybody all guys folks again advance there back home sir madam
	you yours me mate friend friends in for much very so a lot
	watson english german french spanish italian dutch polish russian ukrainian japanese chinese korean portuguese
	brazilian swedish norwegian danish finnish turkish greek arabic hebrew hindi indian american british
	canadian australian mexican irish scottish welsh african european asian latin
	done end update edit note todo fin finished fixed resolved solved ok okay`)

func wordLines(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			m[l] = true
		}
	}
	return m
}

// proseTrigger: the word [i, j) is one proseAfter takes, in the place
// it takes it ("at" and "on" only before a number, "am" only after "I").
func proseTrigger(b []byte, i, j int) bool {
	switch j - i {
	case 2:
		switch uint16(b[i]|0x20)<<8 | uint16(b[i+1]|0x20) {
		case 'i'<<8 | 's', 'b'<<8 | 'y':
			return true
		case 'a'<<8 | 't', 'o'<<8 | 'n':
			return isDigit(b[j+1]) || b[j+1] == '+' || b[j+1] == '('
		case 'a'<<8 | 'm':
			return i >= 2 && b[i-1] == ' ' && b[i-2] == 'I'
		case 't'<<8 | 'o':
			return i >= 5 && b[i-1] == ' ' // "spoke to Ama Owusu" (talkedTo)
		}
	case 3:
		if b[i]|0x20 == 'a' && b[i+1] == 's' && b[i+2] == 'k' {
			return true // "Ask Kwame Mensah about it"
		}
	case 5:
		if b[i]|0x20 == 'a' && b[i+1] == 's' && b[i+2] == 'k' && b[i+3] == 'e' && b[i+4] == 'd' {
			return true // "I asked Ama Owusu"
		}
	case 4:
		if b[i+1]|0x20 == 'a' && b[i+2]|0x20 == 'c' {
			return true // back
		}
		if b[i+1]|0x20 == 'i' && b[i+2]|0x20 == 't' && b[i+3] == 'h' {
			return true // with
		}
		if b[i+1] == 'r' && b[i+2] == 'o' && b[i+3] == 'm' {
			return true // from
		}
		if b[i+1] == 'o' && b[i+2] == 's' && b[i+3] == 't' {
			return i >= 4 && b[i-1] == ' ' && b[i-2]|0x20 == 'y' // "by host"
		}
	case 7:
		return b[i+1]|0x20 == 'e' && b[i+2]|0x20 == 'l' || b[i+1]|0x20 == 'n' && b[i+2]|0x20 == 'v' // welcome, invited
	}
	if c := b[j-1]; c == 'h' || c == 'd' {
		return false // no title ends so ("and", "found": common words)
	}
	return titles[string(b[i:j])]
}

// seniorRole: the title [i, j) is "Sr" and the word at s a job's, which
// makes it "Senior" ("Sr. Software Engineer", "Sr. Sound Designer"), no
// "Señor" before a name.
func seniorRole(b []byte, i, j, s int) bool {
	if j-i != 2 || b[i] != 'S' || b[i+1] != 'r' {
		return false
	}
	var lb [16]byte
	e := s
	for e < len(b) && e-s < 16 && isLetter(b[e]) {
		e++
	}
	return e-s < 16 && jobWords[string(lowerInto(lb[:0], b[s:e]))]
}

// jobWords are the words of a job's title after "Sr." (Senior).
var jobWords = wordSet(`software engineer engineering developer manager director analyst consultant designer architect
	producer product program programme project account accountant sales support systems system data research technical
	vice staff associate audio sound qa test quality marketing operations network security cloud backend frontend
	mobile web platform solutions specialist officer editor recruiter scientist`)

// titles are the forms of address before a person's name ("Mr. Mensah",
// "Dr Ngozi Okonjo", "Frau Schröder"), as written: "MS" and "ms" are
// other words.
var titles = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Mx": true, "Dr": true, "Prof": true,
	"Herr": true, "Frau": true, "Mme": true, "Mlle": true, "Sr": true, "Sra": true, "Srta": true}

// proseAfter handles the word [i, j), a trigger (proseTrigger), when a
// name or a number follows it: "my name is X", "Hi, this is X", "I am X",
// "welcome back, X", "created by X Y", "call me at +44 …". It returns
// where the name or number ends, or -1.
func (sc *scanner) proseAfter(i, j int) int {
	b := sc.b
	if j+2 >= len(b) {
		return -1
	}
	w := b[i:j]
	var pb [24]byte
	if e := sc.postalAfter(i, j); e > j {
		return e // "my address is …", "I live at …", "ship to …"
	}
	switch {
	case j-i == 2 && (eqLower(w, "at") || eqLower(w, "on") || eqLower(w, "is")) && b[j] == ' ' && (isDigit(b[j+1]) || b[j+1] == '+' || b[j+1] == '('):
		// "call me at 0171 1234567", "text me on +44 …", "my number is …"
		switch string(sc.prevWord(i, pb[:0])) {
		case "me", "number", "phone", "mobile", "cell", "tel", "telephone", "whatsapp", "landline", "fax":
			return sc.announcedPhone(j + 1)
		case "line":
			// "my office line is 01 270 4455"; "the line is 12 345 678" counts
			var qb [16]byte
			if i >= 6 && b[i-1] == ' ' && lineOwners[string(sc.prevWord(i-5, qb[:0]))] {
				return sc.announcedPhone(j + 1)
			}
		}
		return -1
	case titles[string(w)]:
		// "Mr. Mensah", "Dr Ngozi Okonjo-Iweala"
		p := j
		if b[p] == '.' {
			p++
		}
		if p+1 >= len(b) || b[p] != ' ' || seniorRole(b, i, j, p+1) {
			return -1
		}
		// (the title makes even one word a name: "Frau Schröder hat
		// angerufen")
		e, n := proseNameEnd(b, p+1, 3, true)
		if n == 0 || !proseNameFollows(b, e, true) && !lowerWordAfter(b, e) {
			return -1
		}
		if n == 1 && musicGenres[asciiLower(string(b[p+1:e]))] {
			return -1 // a crate's or a party's name: "Mr & Mrs Wedding", "Mr Disco"
		}
		sc.proseSpan(p+1, e, true)
		return e
	case j-i == 2 && eqLower(w, "is") && b[j] == ' ':
		if w[0] == 'i' && afterWordIs(b, j, "presenting") {
			sc.meetingEvent(i, j) // "Yaw Dartey is presenting" (meeting.go)
			return -1
		}
		pw := sc.prevWord(i, pb[:0])
		if accountWords[string(pw)] {
			// "my username is djkwabena88", "My Serato account is thandi.dj"
			return sc.accountAfterIs(i, j)
		}
		switch string(pw) {
		case "owner":
			// "Library owner is Zanele Mokoena": a full name, as after
			// a weak cue ("The owner is System" names no one)
			return sc.cuedFullName(j + 1)
		case "name":
			// "my name is Kwame Mensah", "Name is Kwame"; "my user name is
			// kwame.m"
			if e := sc.proseName(j+1, 4, true, true); e > j {
				return e
			}
			return sc.accountAfterIs(i, j)
		case "this":
			// "Hi, this is Jana Nováková": only after a greeting, since
			// "This is Serato DJ Pro" names a program
			if !greetingBefore(b, i-5) {
				return sc.thisIsFrom(j + 1) // "this is Kofi from the studio" (speaker.go)
			}
			return sc.proseName(j+1, 4, true, true)
		}
	case j-i == 2 && eqLower(w, "am") && b[j] == ' ':
		// "I am Kwame from Accra"
		if i < 2 || b[i-1] != ' ' || b[i-2] != 'I' || i >= 3 && !proseBoundary(b[i-3]) {
			return -1
		}
		if e := sc.proseName(j+1, 3, false, true); e > j {
			return e
		}
		return sc.handleAt(j+1, false) // "I am djkwabena88"
	case j-i == 2 && eqLower(w, "by") && b[j] == ' ':
		// "Created by Priya Raman on 2024-03-02": two words at least, as
		// "Created by Rekordbox" names a program
		switch prev := string(sc.prevWord(i, pb[:0])); prev {
		case "hosted", "organized", "organised", "moderated", "presented",
			"created", "edited", "modified", "uploaded", "shared", "owned", "saved", "added", "updated",
			"deleted", "removed", "invited", "assigned", "reported", "submitted", "approved",
			// an app store's "review by Sipho M.", "Review by Hemi Walker on …"
			"review", "reviewed", "rated", "feedback", "posted", "written":
			return sc.proseNameMin(j+1, 2)
		case "requested", "req", "request", "requests":
			// a DJ's track comments: "req by Sipho Dlamini", "requested
			// by Nomvula Khumalo for the first dance"
			return sc.requestedBy(j + 1)
		default:
			if callActBy(b, i, prev) {
				return sc.callName(j + 1) // "Recording started by Yaw Dartey" (chat.go)
			}
		}
	case j-i == 4 && eqLower(w, "host") && b[j] == ' ':
		// a meeting's "started by host Adebola Ogunleye"
		if i >= 4 && afterFold(b, i-1, "by") {
			return sc.proseNameMin(j+1, 2)
		}
	case j-i == 4 && eqLower(w, "with") && b[j] == ' ' && sharedBefore(b, i):
		// a collaboration app's breadcrumb: "Shared project with Ama
		// Owusu", "Share with Ama Owusu"
		return sc.proseNameMin(j+1, 2)
	case j-i == 4 && eqLower(w, "with") && b[j] == ' ':
		return sc.callWith(i, j) // "Call with Kofi Mensah started" (chat.go)
	case j-i == 4 && eqLower(w, "from") && b[j] == ' ':
		if i > 4 && b[i-1] == ' ' && (afterFold(b, i-1, "req") || afterFold(b, i-1, "request")) {
			// a DJ's track comments, as "req by": "req from Funmilayo
			// Bakare for the wedding"
			return sc.requestedBy(j + 1)
		}
		return sc.callFrom(i, j) // "Missed call from Kwabena Osei" (chat.go)
	case j-i == 7 && eqLower(w, "invited") && b[j] == ' ':
		// "Invited Ama Owusu to the project"
		e, n := proseNameEnd(b, j+1, 4, true)
		if n >= 2 && bytes.HasPrefix(b[e:], []byte(" to ")) {
			sc.proseSpan(j+1, e, true)
			return e
		}
		return sc.proseNameOf(j+1, e, n, 2)
	case j-i == 2 && b[j] == ' ' && (w[0] == 't' || w[0] == 'T'):
		if talkedTo[string(sc.prevWord(i, pb[:0]))] {
			return sc.cuedFullName(j + 1) // "I spoke to Ama Owusu yesterday"
		}
		return -1
	case (j-i == 3 || j-i == 5) && b[j] == ' ' && (w[0] == 'a' || w[0] == 'A'):
		return sc.cuedFullName(j + 1) // "Ask Kwame Mensah about it", "I asked Ama Owusu"
	case j-i == 4 && eqLower(w, "back") || j-i == 7 && eqLower(w, "welcome"):
		// "Welcome back, Kwabena!", "Welcome Kwabena"
		if j-i == 4 && !afterFold(b, i, "welcome ") {
			return -1
		}
		p := j
		if b[p] == ',' {
			p++
		}
		if p >= len(b) || b[p] != ' ' {
			return -1
		}
		return sc.proseName(p+1, 3, true, false)
	}
	return -1
}

// proseBoundary: c ends the words before "I" ("… Hi! I am Kwame"); a
// control byte ends a string in binary data.
func proseBoundary(c byte) bool {
	return lineBreak(c) || c == ' ' || c == '\t' || c == '.' || c == ',' || c == '!' || c == '?' || c == '"' || c == '(' || c == ':'
}

// accountWords name a person's account at a service when "my … is"
// comes around them ("my username is", "my Discord is").
var accountWords = wordSet(`username user login handle nick nickname account id gamertag tag alias
	discord insta instagram twitter tiktok soundcloud mixcloud beatport spotify skype telegram steam
	psn xbox github twitch youtube`)

// accountAfterIs handles "my … ACCOUNTWORD is X" at the word "is" [i,
// j): X, a handle, is the person's account. It returns where it ends, or
// -1.
func (sc *scanner) accountAfterIs(i, j int) int {
	b := sc.b
	// "my" or "our" among the three words before "is"
	ls := i - 1
	for words := 0; ls > 0 && words < 4 && i-ls < 48; ls-- {
		if b[ls-1] == ' ' {
			words++
		} else if lineBreak(b[ls-1]) || b[ls-1] == '.' || b[ls-1] == ',' {
			break
		}
	}
	if !afterWord(b, ls, i, "my") && !afterWord(b, ls, i, "our") && !sessionUserBefore(b, i) {
		return -1
	}
	return sc.handleAt(j+1, true)
}

// afterWord: w (lowercase) is a word of its own in b[s:e].
func afterWord(b []byte, s, e int, w string) bool {
	for k := s; k+len(w) <= e; k++ {
		if (k == 0 || !isAlnum(b[k-1])) && matchFold(b, k, w) == k+len(w) && (k+len(w) == len(b) || !isAlnum(b[k+len(w)])) {
			return true
		}
	}
	return false
}

// handleAt replaces the account handle at p ("djkwabena88", "kai.okonkwo",
// "@kwabena.mixes", "thandi#0420"): letters first, then letters, digits,
// '.', '_', '-', '#'. A plain word is taken only where it ends the
// clause (plain: "my username is thandi."; "is the same" is prose); a
// handle with a digit or punctuation anywhere. It returns where the
// handle ends, or -1.
func (sc *scanner) handleAt(p int, plain bool) int {
	b := sc.b
	s, marked := p, false
	if s < len(b) && b[s] == '@' {
		s, marked = s+1, true
	}
	if s >= len(b) || !isLetter(b[s]) {
		return -1
	}
	e := s
	for e < len(b) && e-s < 40 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-' || b[e] == '#') {
		e++
	}
	for e > s && (b[e-1] == '.' || b[e-1] == '-') {
		e-- // the end of a sentence
	}
	for k := s; k < e && !marked; k++ {
		marked = !isLetter(b[k])
	}
	if e-s < 2 || e < len(b) && (isAlnum(b[e]) || b[e] >= 0x80 || b[e] == '@' || b[e] == '/') {
		return -1
	}
	if !marked && !(plain && proseNameFollows(b, e, false) && !accountState(b[s:e])) {
		return -1
	}
	if !sc.accountSpan(s, e) {
		return -1
	}
	return e
}

// accountState: a plain word after "my account is" that says how the
// account is, not what it is called ("blocked", "new", "premium"), or a
// word of a greeting or a closing ("my name is Cheers!").
func accountState(w []byte) bool {
	var lb [40]byte
	l := lowerInto(lb[:0], w)
	if l == nil {
		return false
	}
	return accountStates[string(l)] || closings[string(l)] || greetings[string(l)] || proseStop[string(l)] ||
		bytes.HasSuffix(l, []byte("ed")) || bytes.HasSuffix(l, []byte("ing"))
}

var accountStates = wordSet(`new old fine ok okay active inactive free premium pro basic plus valid invalid empty gone
	correct wrong same different private public open closed here there mine gmail hotmail outlook icloud yahoo
	none null unknown missing disabled enabled expired suspended banned locked blocked`)

// iAm handles "I'm X" (the word [i, j) is the "m" after "I'") and "I’m X"
// (the word is "I’m"): the name after it. It returns where the name
// ends, or -1.
func (sc *scanner) iAm(i, j int) int {
	b := sc.b
	if j+2 >= len(b) || b[j] != ' ' {
		return -1
	}
	s := i
	if j-i == 1 {
		if i < 2 || b[i-1] != '\'' || b[i-2] != 'I' {
			return -1
		}
		s = i - 2
	}
	if s > 0 && !proseBoundary(b[s-1]) {
		return -1
	}
	if e := sc.proseName(j+1, 3, false, true); e > j {
		return e
	}
	return sc.handleAt(j+1, false) // "I'm djkwabena88 on the forum"
}

// itsName handles "s" [i, j) of "it's" after a greeting ("Hi, it's Nomsa
// from Soweto", "Hello! it's Kwame Mensah here"): the writer's name, as
// after "this is".
func (sc *scanner) itsName(i, j int) {
	b := sc.b
	if j+2 >= len(b) || b[j] != ' ' {
		return
	}
	// "Hi, it's Friday!", "Hello, it's January": a day, a month, an app
	var wb [16]byte
	if w := lowerInto(wb[:0], b[j+1:wordAfter(b, j+1)]); w == nil || thingOwnerStop[string(w)] || possStop[string(w)] {
		return
	}
	sc.proseName(j+1, 4, true, true)
}

// greetingBefore: the line before p (the start of "this is") opens with
// a greeting (or a sentence or a label's value does: "Comment: Hi, …") and holds at most four words before p, the last ending in a
// comma or an exclamation mark ("Hi,", "Hello Serato team,").
func greetingBefore(b []byte, p int) bool {
	if p < 3 || p > len(b) {
		return false
	}
	e := p
	for e > 0 && b[e-1] == ' ' {
		e--
	}
	if e == 0 || (b[e-1] != ',' && b[e-1] != '!') {
		return false
	}
	ls := e - 1
	for ls > 0 && e-ls < 48 && !lineBreak(b[ls-1]) && !(b[ls-1] == ' ' && ls >= 2 && (b[ls-2] == '.' || b[ls-2] == '?' || b[ls-2] == ':')) {
		ls--
	}
	line := b[ls : e-1]
	words := bytes.Fields(line)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	first := strings.ToLower(strings.TrimRight(string(words[0]), ",!"))
	return greetings[first]
}

// proseName takes the name at s: one to max capitalised name words (an
// initial "N." among them) followed by the end of the line or text, by
// punctuation, or (intro) by " and", " from", " here". A name of one word
// that only a weak shape found ("I am X": nationalities and moods are
// capitalised there too) is replaced but not learned for the rest of the
// report. It returns where the name ends, or -1.
func (sc *scanner) proseName(s, max int, learn, intro bool) int {
	b := sc.b
	e, n := proseNameEnd(b, s, max, learn)
	if n == 0 || !proseNameFollows(b, e, intro) && !(intro && n >= 2 && lowerWordAfter(b, e)) {
		// (a full name may go on with any lowercase word: "this is
		// Jana Nováková again")
		return -1
	}
	sc.proseSpan(s, e, learn || n >= 2)
	return e
}

// lineOwners: the words before "line" that make it a telephone's.
var lineOwners = wordSet(`office work direct phone home private my our landline`)

// talkedTo: the words before "to" that make the name after it a person
// the writer spoke to ("I spoke to Ama Owusu", "talked to Kwame Mensah").
var talkedTo = wordSet(`spoke speak speaking spoken talked talk talking chatted chat wrote write writing emailed
	texted messaged replied reply sent forwarded introduced shoutout shoutouts dedicated dedication`)

// cuedFullName replaces the full name at s after a weak cue ("ask",
// "spoke to"): two name words at least, which the sentence
// goes on after or ends with ("Ask Kwame Mensah about it"). One word
// after such a cue is as often a product's or a team's ("ask Support").
// It returns where the name ends, or -1.
func (sc *scanner) cuedFullName(s int) int {
	b := sc.b
	e, n := proseNameEnd(b, s, 4, true)
	if n < 2 || !proseNameFollows(b, e, true) && !lowerWordAfter(b, e) || e+1 < len(b) && b[e] == ' ' && isDigit(b[e+1]) {
		return -1
	}
	sc.proseSpan(s, e, true)
	return e
}

// lowerWordAfter: a blank and a lowercase word follow the name ending at
// e ("Jana Nováková again", "Frau Schröder hat angerufen").
func lowerWordAfter(b []byte, e int) bool {
	return e+1 < len(b) && b[e] == ' ' && (b[e+1] >= 'a' && b[e+1] <= 'z' || lowerLetterAt(b, e+1))
}

// proseNameMin is proseName for a name of at least min words, learned.
func (sc *scanner) proseNameMin(s, min int) int {
	e, n := proseNameEnd(sc.b, s, 4, true)
	return sc.proseNameOf(s, e, n, min)
}

// proseNameOf is proseNameMin on the name [s, e) of n words that
// proseNameEnd read at s.
func (sc *scanner) proseNameOf(s, e, n, min int) int {
	b := sc.b
	if n < min || !proseNameFollows(b, e, true) {
		return -1
	}
	if e+1 < len(b) && b[e] == ' ' && isDigit(b[e+1]) {
		return -1 // "Created by Ableton Live 11": a program and its version
	}
	if n >= 2 && roleName(b, s, e) {
		return -1 // "Created by Task Scheduler" (chat.go)
	}
	sc.proseSpan(s, e, true)
	return e
}

// requestedBy takes the name at s after "requested by" as proseNameMin
// does, and a full name of two or three words that " for " and a
// lowercase word follow ("requested by Nomvula Khumalo for the first
// dance"; not "requested by Windows Update for the installation", a
// program's words).
func (sc *scanner) requestedBy(s int) int {
	b := sc.b
	e, n := proseNameEnd(b, s, 3, true)
	if n >= 2 && e+6 < len(b) && string(b[e:e+5]) == " for " && requestMoment(b, e+5) && proseWords(string(b[s:e])) && !roleName(b, s, e) {
		sc.proseSpan(s, e, true)
		return e
	}
	return sc.proseNameOf(s, e, n, 2)
}

// requestMoments are the words of what a guest asks a song for: a
// party's moment, an occasion, a relative ("for the first dance", "for
// her mum's 60th"), lowercased (relations and occasions are asked too).
var requestMoments = wordSet(`dance entrance couple bride groom ceremony reception speeches speech cake toast vows
	party`)

// requestMoment: one of the three lowercase words at p names a moment a
// guest requests a song for (requestMoments).
func requestMoment(b []byte, p int) bool {
	for w := 0; w < 3 && p < len(b) && b[p]-'a' < 26; w++ {
		e := p
		for e < len(b) && e-p < 16 && b[e]-'a' < 26 {
			e++
		}
		l := b[p:e]
		if _, occ := occasions[string(l)]; occ || requestMoments[string(l)] || relations[string(l)] {
			return true // (a wedding, an anniversary too: occasions' false ones)
		}
		if e+2 < len(b) && b[e] == '\'' && b[e+1] == 's' {
			e += 2 // "her mum's 60th"
		}
		if e >= len(b) || b[e] != ' ' {
			break
		}
		p = e + 1
	}
	return false
}

// proseNameEnd returns where the name at s ends and how many words it
// has (0: none there). Words are title case or capitals, an initial, or
// the particles between them ("Ana da Silva").
func proseNameEnd(b []byte, s, max int, strong bool) (int, int) {
	e, n := s, 0
	for p := s; n < max && p < len(b); {
		if n > 0 {
			if p >= len(b) || b[p] != ' ' {
				break
			}
			p++
			if !capitalised(b, p) {
				q := particlesEnd(b, p)
				if q == p || !capitalised(b, q) {
					break
				}
				p = q
			}
		}
		if !capitalised(b, p) {
			break
		}
		we := nameWordEnd(b, p)
		w := string(b[p:we])
		if len(w) == 2 && w[1] == '.' {
			// an initial ("Jana N.")
		} else {
			w = strings.TrimRight(w, ".'")
			we = p + len(w)
			if !proseWord(w, strong) && !(n > 0 && lastNameAn(b, p, we)) {
				break
			}
		}
		e, p = we, we
		n++
	}
	return e, n
}

// proseWord: w reads as a word of a name: capitalised, letters (and
// hyphens, apostrophes, combining marks: "O'Donnell", "Jean-Luc"), and no
// common word that starts a label or follows a greeting. Where the shape
// is weak (strong false: "I am X"), a participle or gerund is a mood or an
// activity ("I am Confused"), not a name.
func proseWord(w string, strong bool) bool {
	if w == "" || !utf8.ValidString(w) {
		return false
	}
	// capitals after a lower-case letter, in one part of a double name:
	// "NumberOfNodes" is an identifier; "McDonald", "MacKenzie-McLeod" are
	// names
	humps := 0
	prevLower := false
	ascii := true
	for k, r := range w {
		ascii = ascii && r < utf8.RuneSelf
		switch {
		case k == 0:
			if !unicode.IsUpper(r) {
				return false
			}
		case r == '-':
			humps = 0
		case r == '\'' || unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			if prevLower && unicode.IsUpper(r) {
				if humps++; humps == 2 {
					return false
				}
			}
		default:
			return false
		}
		prevLower = unicode.IsLower(r)
	}
	var lb [32]byte
	if ascii && len(w) <= len(lb) {
		// (most names: lowered here, as strings.ToLower would, with no
		// string made for the look-up)
		for k := 0; k < len(w); k++ {
			lb[k] = lower(w[k])
		}
		if proseWordStops[string(lb[:len(w)])] {
			return false
		}
		return strong || !verbForm(string(lb[:len(w)]))
	}
	lw := strings.ToLower(w)
	if proseWordStops[lw] {
		return false
	}
	return strong || !verbForm(lw)
}

// proseWordStops are the words proseWord refuses, lowercased, in one set
// (one look-up, not one in each): proseStop, closings, greetings,
// possStop, nameLead and determiners.
var proseWordStops = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{proseStop, closings, greetings, possStop, nameLead, determiners} {
		for w, ok := range set {
			if ok {
				m[w] = true
			}
		}
	}
	return m
}()

// proseWords: every word of the name v is a name's (proseWord, strong):
// "Kofi Mensah", not "Input Method".
func proseWords(v string) bool {
	for w := range strings.FieldsSeq(v) {
		if !proseWord(w, true) {
			return false
		}
	}
	return v != ""
}

// proseNameFollows: what follows a name at e ends it: the end of the line
// or text, punctuation, or, after an introduction, " and", " from",
// " here", " -".
func proseNameFollows(b []byte, e int, intro bool) bool {
	if e >= len(b) || lineBreak(b[e]) {
		return true
	}
	switch b[e] {
	case '.', ',', '!', '?', ';', ')', '"':
		return true
	case '\'':
		// a closing single quote ("Button 'Share with Chinedu Okeke'
		// tapped"), not a possessive's or a contraction's
		return e+1 >= len(b) || !isLetter(b[e+1]) && b[e+1] != '<'
	case ' ':
		if !intro {
			// (not '<': what a second pass sees where the first replaced
			// something the first refused)
			return e+1 >= len(b) || lineBreak(b[e+1]) || b[e+1] == '-' || b[e+1] == '('
		}
		for _, w := range []string{" and ", " from ", " here", " - ", " (", " on ", " at ", " in "} {
			if bytes.HasPrefix(b[e:], []byte(w)) {
				return true
			}
		}
	}
	return false
}

// proseSpan replaces the name [s, e), learning it as a person's when
// learn is set.
func (sc *scanner) proseSpan(s, e int, learn bool) {
	if x, ent := sc.s.lits.match(sc.b, s); ent != nil && ent.class == ClassUser && x == e {
		// a name the report taught already ("Jana" of "this is Jana
		// Nováková"): its pseudonym
		sc.add(s, e, ent.class, ent.canon)
		return
	}
	if learn {
		sc.nameSpan(s, e)
		return
	}
	name := string(sc.b[s:e])
	if sc.s.allowed(name) {
		return
	}
	if canon := canonical(cleanName(name)); canon != "" {
		sc.add(s, e, ClassUser, canon)
	}
}

// salutation handles a greeting g at the word [i, j), which opens a line
// or a sentence, and the name after it, which a comma, '!', ':' or the
// line's end follows: "Hi Rick,", "Hello Siobhan, the app…", "Good
// morning Jana,", "Hallo Jürgen!". The greeted is a person ("Hi team,",
// "Dear Support," and "Hi Serato," are proseWord's stop words).
func (sc *scanner) salutation(i, j int, g string) {
	b := sc.b
	p := j
	if g == "good" {
		// "Good morning", "Good afternoon", "Good evening"
		var wb [16]byte
		e := p + 1
		for e < len(b) && e-p < 12 && isLetter(b[e]) {
			e++
		}
		if p >= len(b) || b[p] != ' ' {
			return
		}
		if w := lowerInto(wb[:0], b[p+1:e]); w == nil || !dayParts[string(w)] {
			return
		}
		p = e
	}
	if p+2 >= len(b) || b[p] != ' ' {
		return
	}
	if _, ent := sc.s.lits.match(b, p+1); ent != nil {
		return // a name the report taught: the literal's, and a surname after it
	}
	e, n := proseNameEnd(b, p+1, 3, true)
	if n == 0 || e < len(b) && b[e] != ',' && b[e] != '!' && b[e] != ':' && !lineBreak(b[e]) {
		return
	}
	sc.proseSpan(p+1, e, true)
}

// wordFilter is a bitset of a hash of words' length and first and last
// bytes: a word whose bit is clear is none of them.
type wordFilter [64]uint64

func wordBit(w []byte) uint {
	return (uint(len(w))*31 + uint(w[0])*7 + uint(w[len(w)-1])) & 4095
}

func (t *wordFilter) maybe(w []byte) bool {
	if len(w) == 0 {
		return true
	}
	x := wordBit(w)
	return t[x/64]&(1<<(x%64)) != 0
}

// greetOrClose filters the words closing looks up in greetings and
// closingWords.
var greetOrClose = func() (t wordFilter) {
	for _, m := range []map[string]bool{greetings, closingWords} {
		for w := range m {
			if len(w) > 0 {
				x := wordBit([]byte(w))
				t[x/64] |= 1 << (x % 64)
			}
		}
	}
	return t
}()

// dayParts follow "Good" in a greeting.
var dayParts = wordSet(`morning afternoon evening day`)

// closing handles a message's closing at the word [i, j), which starts a
// line or a sentence: the closing phrase ("Best regards", "Thanks",
// "Cheers -") and then the writer's name, on the same line or alone on
// the next one. The caller scans the words on as they come (a name
// learned here is a literal for them).
func (sc *scanner) closing(i, j int) {
	b := sc.b
	var fb [16]byte
	fw := i
	for fw < j && b[fw] != '!' && b[fw] != '.' {
		fw++
	}
	f := lowerInto(fb[:0], b[i:fw])
	if f != nil && !greetOrClose.maybe(f) {
		return // in neither map (a bit per word's length and end bytes)
	}
	if f != nil && fw == j && greetings[string(f)] {
		sc.salutation(i, j, string(f))
		return
	}
	if f == nil || !closingWords[string(f)] {
		return
	}
	// the phrase: up to the punctuation or line end after it
	k := i
	for k < len(b) && k-i < 32 && b[k] != ',' && b[k] != '!' && b[k] != '.' && !lineBreak(b[k]) && !(b[k] == ' ' && k+1 < len(b) && (b[k+1] == '-' || b[k+1] == 0xe2)) {
		k++
	}
	var pb [32]byte
	if f := lowerInto(pb[:0], b[i:k]); f == nil || !closings[string(f)] {
		sc.bareClosing(i, k)
		return
	}
	p := k
	for p < len(b) && (b[p] == ',' || b[p] == '!' || b[p] == '.' || b[p] == ' ' || b[p] == '-') {
		p++
	}
	for _, dash := range []string{"\u2013", "\u2014"} {
		if bytes.HasPrefix(b[p:], []byte(dash)) {
			p += len(dash)
			for p < len(b) && b[p] == ' ' {
				p++
			}
		}
	}
	if p < len(b) && !lineBreak(b[p]) {
		// "Regards, Kwame Mensah": the rest of the line is the name
		sc.signature(p)
		return
	}
	// "Thanks,\nJana": the next line (after at most one blank one) is
	// the name alone
	for lines := 0; lines < 2 && p < len(b); lines++ {
		if b[p] == '\r' {
			p++
		}
		if p >= len(b) || b[p] != '\n' {
			return
		}
		p++
		for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
			p++
		}
		if p < len(b) && !lineBreak(b[p]) {
			break
		}
	}
	sc.signature(p)
}

// bareClosings are the closings a writer puts before the name on the
// same line with no comma ("Hilsen Ola Nordmann", "Mit freundlichen
// Grüßen Max Mustermann", "Pozdrawiam Jan Kowalski"): regards, not
// thanks ("Thanks Obama", "Danke Schön").
var bareClosings = wordLines(`hilsen
vennlig hilsen
venlig hilsen
med vennlig hilsen
med venlig hilsen
mvh
hälsningar
med vänlig hälsning
grüße
gruß
grüsse
viele grüße
liebe grüße
beste grüße
mit freundlichen grüßen
mfg
pozdrawiam
pozdrav
saludos
un saludo
saludos cordiales
atentamente
atenciosamente
cordialement
saluti
cordiali saluti
distinti saluti
groeten
met vriendelijke groet
trân trọng
с уважением
з повагою
terveisin
ystävällisin terveisin
üdvözlettel
saygılarımla
best regards
kind regards
warm regards
warmest regards`)

// bareClosing handles the line [i, k) that opens with one of
// bareClosings and goes on with the writer's full name, no comma between
// them: "Hilsen Ola Nordmann". Two name words at least, which end the
// line.
func (sc *scanner) bareClosing(i, k int) {
	b := sc.b
	for q := k - 1; q > i+2; q-- {
		if b[q] != ' ' || !capitalised(b, q+1) {
			continue
		}
		var pb [32]byte
		if f := lowerInto(pb[:0], b[i:q]); f != nil && bareClosings[string(f)] {
			if e, n := signatureName(b, q+1); n >= 2 && closingEnd(b, e) {
				sc.proseSpan(q+1, e, true)
			}
			return
		} else if k < len(b) && b[k] == '!' && f != nil && thanksWords[string(f)] {
			sc.thankedName(q+1, k) // "Thanks Kofi!" (speaker.go)
			return
		}
	}
}

// signature replaces the writer's name at p after a closing, when it ends
// the line: capitalised words, or one lowercase word (lowerSignature).
func (sc *scanner) signature(p int) {
	b := sc.b
	e, n := signatureName(b, p)
	if n == 0 {
		e = lowerSignature(b, p)
	}
	if e > p && closingEnd(b, e) {
		sc.proseSpan(p, e, true)
	}
}

// signatureName returns where the capitalised name at p after a closing
// ends, and its words (0: none there).
func signatureName(b []byte, p int) (int, int) {
	e, n := proseNameEnd(b, p, 4, true)
	if n == 0 && capitalised(b, p) {
		// a first name that is a greeting too ("Ola Nordmann"): with a
		// surname after it, the two are the name
		if w := nameWordEnd(b, p); w+1 < len(b) && b[w] == ' ' && capitalised(b, w+1) {
			var lb [8]byte
			if l := lowerInto(lb[:0], b[p:w]); l != nil && greetings[string(l)] {
				if e2, n2 := proseNameEnd(b, w+1, 3, true); n2 > 0 {
					e, n = e2, n2+1
				}
			}
		}
	}
	if n >= 2 && n < 4 && e+2 < len(b) && b[e] == ' ' && capitalised(b, e+1) {
		// a last word that is a common word in English ("Nguyễn Văn
		// An"): after a full name, ending the line, a name's too
		if w := nameWordEnd(b, e+1); w-e-1 >= 2 && w-e-1 <= 8 && closingEnd(b, w) && titleWords(b[e+1:w]) {
			e, n = w, n+1
		}
	}
	return e, n
}

// lowerSignature returns where a name written in lowercase after a
// closing ends ("thanks,\njana", "cheers - søren"): one word of letters,
// no common word of a closing ("thanks, bye", "cheers mate"), nor a
// participle. Else p.
func lowerSignature(b []byte, p int) int {
	e := nameWordEnd(b, p)
	w := b[p:e]
	for len(w) > 0 && (w[len(w)-1] == '.' || w[len(w)-1] == '\'') {
		w = w[:len(w)-1]
	}
	if len(w) < 3 || !utf8.Valid(w) || capitalised(b, p) || accountState(w) || bytes.ContainsAny(w, ".'-") {
		return p
	}
	for _, r := range string(w) {
		if !unicode.IsLower(r) {
			return p
		}
	}
	var lb [40]byte
	if l := lowerInto(lb[:0], w); l == nil || signoffStop[string(l)] || possStop[string(l)] || nameLead[string(l)] || determiners[string(l)] {
		return p
	}
	return p + len(w)
}

// signoffStop are the lowercase words a closing is followed by that name
// nobody.
var signoffStop = wordSet(`bye byebye goodbye anyway anyways again guys mate mates man bro dude folks team everyone
	everybody all you ya yall lol xx xxx xoxo love peace later cya ciao ok okay thx ty please regards
	cheers thanks best much lots loads heaps advance`)

// closingEnd: the name after a closing ends at e, with the line (or the
// text): only a full stop or blanks may follow.
func closingEnd(b []byte, e int) bool {
	for e < len(b) && (b[e] == '.' || b[e] == ' ' || b[e] == '!') {
		e++
	}
	return e >= len(b) || lineBreak(b[e])
}

// closingAfter: a closing's first word starts a sentence when a blank
// and one of these come before it ("… a track. Thanks, Jana"; " Thanks"
// at a line's start).
var closingAfter = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = lineBreak(byte(c))
	}
	t['.'], t['!'], t['?'] = true, true, true
	return t
}()

// sentenceEnd: the bytes that end a sentence, before a closing that
// follows it in the same line.
var sentenceEnd = [256]bool{'.': true, '!': true, '?': true}

// closingStart: the word at i starts a line or a sentence.
func closingStart(b []byte, i int) bool {
	return i == 0 || lineBreak(b[i-1]) || i >= 2 && b[i-1] == ' ' && closingAfter[b[i-2]]
}

// nanpPhone replaces a North American number written in free text,
// "(415) 555-0134", at p (its bracket). It returns where the number ends,
// or -1.
func (sc *scanner) nanpPhone(p int) int {
	e := nanpEnd(sc.b, p)
	if v := sc.b[p:e]; len(v) != 14 || v[4] != ')' || v[5] != ' ' || v[9] != '-' && v[9] != ' ' {
		return -1
	}
	return sc.phoneSpan(p, e)
}

// announcedPhone replaces the national number at p after words that
// announce one ("call me at 0171 1234567"). International numbers
// ("+44 7700 900123") are intlPhone's. It returns where the number ends,
// or -1.
func (sc *scanner) announcedPhone(p int) int {
	return sc.phoneSpan(p, phoneEnd(sc.b, p))
}

// phoneSpan replaces the number [p, e) unless it is part of something
// longer. It returns e, or -1.
func (sc *scanner) phoneSpan(p, e int) int {
	b := sc.b
	// Glued to a word or a pseudonym on either side, it is part of
	// something longer; '<' and '(' are refused after it, as a pseudonym
	// is where a second pass sees the next number the first replaced
	// ("(415) 555-0134(415) 555-0134").
	if e <= p || e < len(b) && (isAlnum(b[e]) || b[e] >= 0x80 || b[e] == '<' || b[e] == '(') ||
		p > 0 && (isAlnum(b[p-1]) || b[p-1] >= 0x80 || b[p-1] == '>' || b[p-1] == ')') {
		return -1
	}
	if e+2 < len(b) && b[e] == ' ' && (b[e+1] == '(' && isDigit(b[e+2]) || b[e+1] == '<' && pseudonymAt(b, e+1)) {
		// a number ending where another starts, "(415) 555-0134" or
		// the pseudonym a first pass put there: the two read as one in
		// the first pass ("12345678 (415) 555 0134"), no number
		return -1
	}
	v := b[p:e]
	if !phoneValue(v) || bytes.IndexByte(v, '/') >= 0 || e+1 < len(b) && b[e] == ':' && isDigit(b[e+1]) {
		return -1 // (a date and a time: "… is 2024-01-01 10:00")
	}
	sc.phone(p, e)
	return e
}

// phone replaces the telephone number [p, e).
func (sc *scanner) phone(p, e int) {
	b := sc.b
	sc.add(p, e, ClassPhone, canonicalPhone(b[p:e]))
	if e+4 < len(b) && b[e] == ' ' && b[e+1] == '(' && b[e+2]-'A' < 26 {
		sc.phoneContact(e + 2)
	}
	if e+3 < len(b) && b[e] == '.' && b[e+1] == ' ' && closingFirst[b[e+2]] {
		// the sentence ends with the number, a closing follows ("… on
		// +44 7700 900123. Thanks, Priya Sharma"): scanning resumes past
		// the number, where the sentence's end is no word of its own
		sc.closingAfterSentence(e + 2)
	}
}

// phoneContact replaces the name in brackets at s after a telephone
// number, the contact's as a phone or a messenger shows it ("from +44
// 7700 900123 (Noor)", "… (Samira Khalil)"), but a kind of number ("(Mobile)",
// "(WhatsApp)"). It is learned, a full name or one word alike.
func (sc *scanner) phoneContact(s int) {
	b := sc.b
	e, n := proseNameEnd(b, s, 3, true)
	if n == 0 || e >= len(b) || b[e] != ')' || e-s < 3 || b[s+1]-'a' >= 26 && b[s+1] < 0x80 {
		return
	}
	v := string(b[s:e])
	if !proseWords(v) {
		return
	}
	for w := range strings.FieldsSeq(v) {
		if lw := strings.ToLower(w); phoneLabels[lw] || callApps[lw] || deviceMakers[lw] {
			return
		}
	}
	sc.proseSpan(s, e, true)
}

// phoneLabels: what kind of number a bracket after one says.
var phoneLabels = wordSet(`mobile home work cell main office fax pager other iphone android landline business personal private
	emergency sales hotline toll free primary secondary preferred daytime evening weekend direct switchboard reception
	international domestic local intl ext extension voip sip sms text`)

// nanpEnd returns where a number written "(415) 555-0134" at p (its
// bracket) ends: the bracketed group, then digit groups joined by one
// blank, '-' or '.'. Unlike phoneEnd, it does not run on into a next
// number after a sentence's end or a bracket.
func nanpEnd(b []byte, p int) int {
	k := p + 1
	for k < len(b) && k-p <= 4 && isDigit(b[k]) {
		k++
	}
	if k == p+1 || k >= len(b) || b[k] != ')' {
		return p
	}
	e := k + 1
	for e < len(b) && e-p < 24 {
		c := b[e]
		switch {
		case isDigit(c):
			e++
		case (c == ' ' || c == '-' || c == '.') && (isDigit(b[e-1]) || b[e-1] == ')') && e+1 < len(b) && isDigit(b[e+1]):
			e++
		default:
			return e
		}
	}
	return e
}

// serviceHandle handles "@handle" at the word [i, j) after a service's
// name ("insta @kwabena.mixes", "twitter @djkwabena") or where a chat
// names an account (chatHandle), and a name in parentheses after it. It
// returns where the handle ends, or -1.
func (sc *scanner) serviceHandle(i, j int) int {
	var pb [24]byte
	if w := sc.prevWord(i, pb[:0]); !accountWords[string(w)] && !greetings[string(w)] && !mentionWords[string(w)] && !chatHandle(sc.b, i, string(w)) {
		return -1
	}
	e := sc.handleAt(i, false)
	if e > 0 {
		sc.chatDisplayName(e) // "Message from @kwesi_dj (Kwesi Boateng)" (chat.go)
	}
	return e
}

// mentionWords, before "@handle", address or credit a person by their
// account: "thanks @djkwabena", "cc @thandi.m" (and greetings: "Hi
// @raulongo").
var mentionWords = wordSet(`thanks thank thx ty cc ping`)

// mailProviders: the first label of a mail service's domain, which makes
// "ama at gmail dot com" an address though "ama" is a plain word.
var mailProviders = wordSet(`gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol proton protonmail
	pm gmx web yandex mail zoho fastmail tutanota hey qq 163 126 naver rediffmail`)

// spokenTLDs: the generic top-level domains an address spelled with
// " at " ends in (a country's two letters end one too).
var spokenTLDs = wordSet(`com net org edu gov mil int info biz name pro mobi app dev page io ai me tv cc
	xyz online site tech store shop email mail cloud art music studio live club space website blog`)

// mailLocalBefore: the word ending at the blank e is an address's local
// part with no dot but a '_', '-', '+' or digit ("ngozi_a", "kofi-m",
// "ama88"), which an address spelled with " at " and a real domain
// ("ngozi_a at outlook.com.ng") has before its "at" as a dotted one does
// ("kofi.mensah at gmail.com": dottedWord asks it); a plain word ("look
// at file.txt") has none.
func mailLocalBefore(b []byte, e int) bool {
	s, mark := e, false
	for s > 0 && e-s < 64 && (isAlnum(b[s-1]) || b[s-1] == '_' || b[s-1] == '-' || b[s-1] == '+') {
		s--
		mark = mark || !isLetter(b[s])
	}
	return mark && s < e && isAlnum(b[s]) && (s == 0 || b[s-1] != '.' && b[s-1] != '@' && b[s-1] != '/' && b[s-1] != '\\')
}

// mailDomainAfter: the domain at p is a mail provider's (outlook.com.ng,
// gmx.de), or ends in .com, .net, .org or .edu, or in a country's
// second-level domain (mensah.co.uk, unilag.edu.ng): a frame's "at
// tasks.py" or "at engine.io" is none.
func mailDomainAfter(b []byte, p int) bool {
	var lab [8][2]int
	n := 0
	for n < len(lab) {
		q := p
		for q < len(b) && q-p < 63 && (isAlnum(b[q]) || b[q] == '-') {
			q++
		}
		if q == p {
			return false
		}
		lab[n] = [2]int{p, q}
		n++
		if q+1 >= len(b) || b[q] != '.' || !isAlnum(b[q+1]) {
			break
		}
		p = q + 1
	}
	if n < 2 {
		return false
	}
	word := func(k int) string { return strings.ToLower(string(b[lab[k][0]:lab[k][1]])) }
	if mailProviders[word(0)] {
		return true
	}
	switch tld := word(n - 1); {
	case tld == "com" || tld == "net" || tld == "org" || tld == "edu":
		return true
	case len(tld) == 2 && n >= 3:
		switch word(n - 2) {
		case "co", "com", "org", "net", "ac", "edu", "gov":
			return true
		}
	}
	return false
}

// spelledDotAfter: the domain's first label after " at " at j ends in a
// spelled "dot" (" dot ", "(dot)", "[dot]"), as a spoken address's does
// ("at gmail dot com"): most " at " are no address.
func spelledDotAfter(b []byte, j int) bool {
	k := j + 1
	for k < len(b) && k-j < 64 && (isAlnum(b[k]) || b[k] == '-') {
		k++
	}
	if k < len(b) && b[k] == ' ' {
		k++
	}
	if k < len(b) && (b[k] == '(' || b[k] == '[') {
		k++
	}
	return k+3 < len(b) && b[k]|0x20 == 'd' && b[k+1]|0x20 == 'o' && b[k+2]|0x20 == 't' && !isLetter(b[k+3])
}

// spelledAddressAfter: an address spelled against harvesters goes on
// at e, after its local part's first word ("kofi| dot mensah at gmail dot
// com", "kwame| [at] example [dot] com").
func spelledAddressAfter(b []byte, e int) bool {
	if e+5 >= len(b) || b[e] != ' ' && b[e] != '(' && b[e] != '[' {
		return false
	}
	if b[e] == ' ' && b[e+1] != '[' && b[e+1] != '(' && matchFold(b, e, " dot ") < 0 && matchFold(b, e, " at ") < 0 {
		return false // (most values: "email: a@b.c", "email: none set")
	}
	// an "at" then a spelled or plain dot, on the line
	at := -1
	for k := e; k+4 < len(b) && k-e < 96 && !lineBreak(b[k]); k++ {
		if at < 0 {
			if matchFold(b, k, " at ") > 0 || matchFold(b, k, "[at]") > 0 || matchFold(b, k, "(at)") > 0 {
				at = k + 4
			}
		} else if k > at && (b[k] == '.' || matchFold(b, k, "dot") > 0) {
			return true
		}
	}
	return false
}

// obfuscatedEmail replaces an address written against harvesters,
// "kwame(at)example(dot)com" or "kwame [at] example [dot] com", whose "at"
// is the word at i, in brackets, or between blanks ("kofi.mensah at
// gmail.com"); spoken, the local part before " at " is a plain word ("kofi
// dot mensah at gmail dot com"), and the address must spell a dot. It
// returns where the address ends, or -1.
func (sc *scanner) obfuscatedEmail(i int, spoken bool) int {
	b := sc.b
	open, closing := b[i-1], b[i+2]
	// the local part, right before the bracket (or one blank before it)
	le := i - 1
	if le > 0 && b[le-1] == ' ' {
		le--
	}
	ls := le
	for ls > 0 && le-ls < 64 && (isAlnum(b[ls-1]) || b[ls-1] == '.' || b[ls-1] == '_' || b[ls-1] == '-' || b[ls-1] == '+') {
		ls--
	}
	if ls == le || !isAlnum(b[ls]) {
		return -1
	}
	local := strings.ToLower(string(b[ls:le]))
	ldot := " dot "
	if open != ' ' {
		ldot = " " + string([]byte{open}) + "dot" + string([]byte{closing}) + " "
		if le == i-1 {
			ldot = ldot[1 : len(ldot)-1] // "kwame(dot)asante(at)…"
		}
	}
	for n := 0; n < 3 && ls >= len(ldot)+1 && matchFold(b, ls-len(ldot), ldot) == ls; n++ {
		// "kofi dot mensah at gmail dot com", "kwame [dot] asante [at]
		// …": the local part's dots spelled too
		ws := ls - len(ldot)
		for ws > 0 && ls-len(ldot)-ws < 32 && (isAlnum(b[ws-1]) || b[ws-1] == '_' || b[ws-1] == '-') {
			ws--
		}
		if ws == ls-len(ldot) || !isAlnum(b[ws]) {
			break
		}
		local = strings.ToLower(string(b[ws:ls-len(ldot)])) + "." + local
		ls = ws
	}
	// the domain: labels joined by "(dot)", "[dot]" or '.'
	dot := string([]byte{open}) + "dot" + string([]byte{closing})
	p := i + 3
	if p < len(b) && b[p] == ' ' {
		p++
	}
	canon := local + "@"
	labels, e, spelled := 0, -1, false
	for labels < 8 {
		q := p
		for q < len(b) && q-p < 63 && (isAlnum(b[q]) || b[q] == '-') {
			q++
		}
		if q == p {
			break
		}
		if labels > 0 {
			canon += "."
		}
		canon += strings.ToLower(string(b[p:q]))
		labels++
		e = q
		switch {
		case q+1 < len(b) && b[q] == '.' && isAlnum(b[q+1]):
			p = q + 1
		case matchFold(b, q, " "+dot) >= 0: // (any case: "yahoo DOT co DOT uk")
			p, spelled = q+1+len(dot), true
		case matchFold(b, q, dot) >= 0:
			p, spelled = q+len(dot), true
		default:
			p = -1
		}
		if p < 0 {
			break
		}
		if p < len(b) && b[p] == ' ' {
			p++
		}
	}
	if labels < 2 || e < len(b) && (isAlnum(b[e]) || b[e] == '@') {
		return -1
	}
	tld := canon[strings.LastIndexByte(canon, '.')+1:]
	if len(tld) < 2 || strings.IndexFunc(tld, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return -1
	}
	if open == ' ' && !spelled && (e < len(b) && (b[e] == '(' || b[e] == ':' && e+1 < len(b) && isDigit(b[e+1])) ||
		fileExtTLD[tld] || len(tld) > 2 && !spokenTLDs[tld]) {
		// "… at x.y.z" with real dots is a stack frame's as often: .NET's
		// "System.NullReferenceException at VirtualDJ.Deck.Load()", "at
		// com.serato.Deck.load:42", "panic at engine.audio.render". An
		// address there ends in a country's domain or a common one.
		return -1
	}
	if open == ' ' && (sc.learnOnly || spoken) {
		// learned as spelled, and only then an address (the word before
		// " at " is a plain word, spoken: "kofi dot mensah at …"): a scan
		// finds the literal before it too. (Only a domain spelled so: "me
		// at ama.owusu (at) …" is prose.)
		dom := canon[len(local)+1:]
		if !spelled || le-ls < 3 || !bytes.ContainsAny(b[ls:le], " ._-0123456789") && !mailProviders[dom[:strings.IndexByte(dom, '.')]] {
			return -1 // ("look at the dot matrix")
		}
		sc.learnLiteral(ClassEmail, canon, string(b[ls:e]), false)
	}
	sc.add(ls, e, ClassEmail, canon)
	return e
}

// learnProse runs, for a learn pass (Learn, LearnReader, LearnXML), the
// prose shapes at the word [i, j) with the gates find and word run them
// behind, so that the names they learn (closings, introductions, titles,
// accounts) are known before anything is scrubbed: a mention earlier in
// the text, or in a file scrubbed first, goes too. The weak shapes run as
// well and teach nothing, as add records nothing in a learn pass. It
// returns where the words it read end, or -1.
func (sc *scanner) learnProse(i, j int, bits uint16) int {
	b := sc.b
	c := b[i]
	if sentenceEnd[b[j-1]] && j+2 < len(b) && b[j] == ' ' && closingFirst[b[j+1]] {
		sc.closingAfterSentence(j + 1) // "… a track. Thanks, Jana"
	}
	if bits == cAlpha {
		if j-i == 2 && i >= 2 && j+1 < len(b) && b[j] == ' ' && (c == 'i' && b[i+1] == 's' || c == 'a' && b[i+1] == 'm') {
			if e := sc.proseAfter(i, j); e > j {
				return e // "my username is djkwabena88"
			}
		}
		if closingFirst[c] && j-i >= 2 && (i == 0 || lineBreak(b[i-1]) || j-i == 3 && indented(b, i)) {
			sc.closing(i, j) // "Best regards,\nTomasz"
		}
	} else if bits&^(cAlpha|cOther|cDot|cHigh) == 0 && closingFirst[c] && closingStart(b, i) {
		sc.closing(i, j) // "Thanks!\nJana", "Viele Grüße\nJürgen"
	}
	if i >= 3 && b[i-1] == ' ' && proseBefore[b[i-2]] && (c-'A' < 26 || c >= 0xc3) {
		if e := sc.announcedAt(i); e > j {
			return e // "my name is Kwame", "Welcome back, Kwabena!"
		}
	}
	if c == '@' && i >= 3 && b[i-1] == ' ' {
		if e := sc.serviceHandle(i, j); e > j {
			return e // "insta @kwabena.mixes"
		}
	}
	return -1
}

// mailSignature handles a mail's signature separator, "-- " alone on its
// line, at the word [i, j) ("--"): the line after it, when it is a name
// alone ("-- \nJana Nováková\n+420 …"), is the writer's. "--" without the
// blank (grep's group separator, a diff's line) and "-- comment" (SQL)
// are no separator, and a name is no word in capitals.
func (sc *scanner) mailSignature(i, j int) {
	b := sc.b
	if i >= 2 && b[i-2] == '"' {
		sc.quoteSignature(i, j) // `"Works now, thanks!" -- Rahul Sharma`
		return
	}
	if j+2 < len(b) && b[j] == ' ' && b[j+1] != ' ' && !lineBreak(b[j+1]) {
		sc.dashSignature(i, j)
		return
	}
	if j+2 >= len(b) || b[j] != ' ' || !lineBreak(b[j+1]) || i > 0 && !lineBreak(b[i-1]) {
		return
	}
	p := j + 1
	if b[p] == '\r' {
		p++
	}
	if p+2 >= len(b) || b[p] != '\n' || b[p+2]-'A' < 26 {
		return // (capitals: "-- \nCOMMIT" in SQL)
	}
	sc.signature(p + 1)
}

// plainAccount reports whether the word at p, after "user" (prev: the word
// before it, lowercased), is an account of plain lowercase letters that
// ends its clause ("Github user pdknsk.", "As user joe, you", "this is
// user djngozi, please"). Prose puts a noun there ("user space.", "for
// user input,", "the user interface."), so the word is none of the common
// ones (userNouns and the package's stop lists), none an English ending
// makes ("user settings.", "user specified."), and "user" follows no
// determiner.
func plainAccount(b []byte, p int, prev []byte) bool {
	e := p
	for e < len(b) && e-p <= 32 && b[e]-'a' < 26 {
		e++
	}
	if e-p < 3 || e-p > 32 || p < 5 || b[p-2] != 'r' || !clauseEndAt(b, e) {
		return false // (and "USER column.": a heading, a variable)
	}
	if pw := string(prev); determiners[pw] || pw == "and" || pw == "or" {
		return false // "the user interface.", "sys and user dirmngr"
	}
	k := p - 6 // before "user "
	for k >= 0 && b[k] == ' ' {
		k--
	}
	if len(prev) == 0 && k >= 0 && (isAlnum(b[k]) || b[k] == '>') {
		return false // the word before is a finding's, unknown: "sys <user-1> user dirmngr"
	}
	w := string(b[p:e])
	if userNouns[w] || accountState(b[p:e]) || nameStop[w] || roleWords[w] || signoffStop[w] || possStop[w] ||
		nameLead[w] || determiners[w] || genitiveStop[w] || accountWords[w] {
		return false
	}
	for _, suf := range englishEndings {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// clauseEndAt: a clause ends at e: the text or line does, or a comma,
// ';', ')', or a full stop, '!' or '?' before a blank ("user joe.txt"
// goes on).
func clauseEndAt(b []byte, e int) bool {
	if e >= len(b) || lineBreak(b[e]) || b[e] == ',' || b[e] == ';' || b[e] == ')' {
		return true
	}
	return (b[e] == '.' || b[e] == '!' || b[e] == '?') && (e+1 == len(b) || b[e+1] == ' ' || lineBreak(b[e+1]))
}

// englishEndings make nouns, adjectives, verbs and plurals of English
// words, which follow "user" in prose ("user permissions", "user
// defined", "user friendly", "user manager"), German verbs ("user
// anlegen"), and end the compounds
// written as one word ("user commandstream", "user filespace").
var englishEndings = []string{"s", "ed", "ing", "tion", "sion", "ment", "ness", "ity", "able", "ible", "ful", "less", "ous",
	"ive", "ance", "ence", "ary", "ory", "ize", "ise", "ism", "ist", "er", "or", "al", "ic", "ly", "ure", "age", "ship",
	"ware", "ion", "ent", "ant", "ty", "cy", "en", "ern", "eln", "stream", "space", "name", "mode", "data", "code", "base", "file", "path", "type"}

// userNouns are the words after "user" in prose, manuals and changelogs
// that no ending marks ("user space", "user input", "user id"), and the
// short German words that follow it ("der User ist").
var userNouns = wordSet(`interface space agent data input id code name mode namespace database program cache login lock
	service certificate request doc control site unit transform shell prompt hit guide fullname valid type text
	query port path output mail group format context config abort value unknown switch style state specify set see
	root operand man keychain interrupt file construct command callback auth about through recovery contract
	info profile level list menu page dir key table model role right scope base side land view area event task job
	tag flag note post chat link call feed pool zone class object entry item field email address image icon avatar
	photo picture script macro font theme skin layout dict word log history cookie token hash salt pass pin uid gid
	sid guid uuid tmp bin lib slice bus mount quota limit cron daemon init sudo guest kind end part world story
	flow fault issue bug crash problem logon logout signup sign choice pick select click press touch tap content
	media folder store storage memory stack heap thread process app tool cmd search action message alert warning
	trace record window screen button title comment locale language lang date timezone region country domain host
	url web secret passwd hash share room channel voice video audio sound library playlist crate track deck mix
	nobody anonymous local remote global private public custom primary secondary current active invalid null nil
	blank too only also just even still way want need like know said first last next same other another both any
	more most none all and but nor yet with without into onto upon over under via per above below after before
	again off out can cannot will would should could must may might does did get got put use run add own else
	who what which whom whose when where why how then than are was were has had have not now here there one
	experience home directory option access group store session instance context console terminal tty pty number
	contact phone friendly support team help forum faq manual feedback error column row cell
	der die das dem den des ein eine einen und oder mit ist hat wird kann muss nicht sein zu im am auf aus bei für
	von vor nach über wie was wer hier da dann auch noch schon nur`)

// postalAfter handles a postal address after the words that announce one
// in prose (and "Adresse:", see word), the word [i, j) being their last:
// "my address is 221B Baker Street,
// London NW1 6XE", "I live at 12 rue de la Paix, 75002 Paris", "please
// ship to 1600 Amphitheatre Pkwy, Mountain View, CA 94043". It returns
// where the address ends, or -1.
func (sc *scanner) postalAfter(i, j int) int {
	b := sc.b
	if j-i != 2 || b[j] != ' ' {
		return -1
	}
	switch {
	case eqLower(b[i:j], "is") && (afterFold(b, i, "my address ") || afterFold(b, i, "our address ")),
		eqLower(b[i:j], "at") && (afterFold(b, i, "i live ") || afterFold(b, i, "we live ")),
		eqLower(b[i:j], "to") && afterFold(b, i, "ship "):
	default:
		return -1
	}
	return sc.postalAt(j)
}

// postalAt replaces the postal address after the blank at p (the
// announcing words end there). It returns where the address ends, or -1.
func (sc *scanner) postalAt(p int) int {
	b := sc.b
	if p+1 >= len(b) || b[p] != ' ' {
		return -1
	}
	e := postalEnd(b, p+1)
	if e < 0 {
		return -1
	}
	sc.add(p+1, e, ClassLocation, canonical(string(b[p+1:e])))
	return e
}

// postalEnd returns where the address at p ends: words joined by blanks
// and commas, each holding a digit, capitalised, or a word streets are
// named with ("rue de la Paix", "Via del Corso"), up to the first other
// word or the end of the line or sentence. It holds a digit (a house
// number, a postcode) and two words at least; else -1.
func postalEnd(b []byte, p int) int {
	e, words, digit := p, 0, false
	for q := p; q < len(b) && words < 12; {
		we := q
		for we < len(b) && (isAlnum(b[we]) || b[we] >= 0x80 || b[we] == '-' || b[we] == '/' || b[we] == '\'' || b[we] == '.' && we+1 < len(b) && b[we+1] != ' ' && !lineBreak(b[we+1])) {
			we++
		}
		if we == q {
			break
		}
		w := b[q:we]
		hasDigit := bytes.ContainsAny(w, "0123456789")
		if !hasDigit && !capitalised(b, q) && !streetWords[string(w)] || len(w) > 2 && w[0] == '0' && w[1]|0x20 == 'x' {
			break // (and a hex address: "Adresse: 0x7fff5fbff8a8")
		}
		digit = digit || hasDigit
		words++
		e = we
		if e < len(b) && b[e] == '.' && streetAbbrev(w) {
			e++ // "Baker St."
		}
		q = e
		if q < len(b) && b[q] == ',' {
			q++
		}
		if q+1 >= len(b) || b[q] != ' ' {
			break
		}
		q++
	}
	if !digit || words < 2 {
		return -1
	}
	return e
}

// streetWords are the lowercase words of street names and addresses.
var streetWords = wordSet(`rue de la le les du des avenue via del della di calle avenida da do dos das am an der im in
	straße strasse str weg platz allee gasse ul ulica`)

// streetAbbrev: w, before a full stop, abbreviates a kind of street.
func streetAbbrev(w []byte) bool {
	var lb [8]byte
	l := lowerInto(lb[:0], w)
	return l != nil && streetAbbrevs[string(l)]
}

var streetAbbrevs = wordSet(`st rd ave av blvd ln dr ct pl sq hwy pkwy str apt ste no nr`)

// dashSignature handles "-- Peter" on a line of its own after a blank one
// and before a blank one or the end ("Here's the crashdump.\n\n-- Peter\n\n"):
// the writer's name after the dashes [i, j). A comment in SQL ("-- Users")
// has a statement after it, not a blank line.
func (sc *scanner) dashSignature(i, j int) {
	b := sc.b
	s := sc.lineHead(i)
	for k := s; k < i; k++ {
		if b[k] != ' ' && b[k] != '\t' {
			return
		}
	}
	if !blankLineBefore(b, s) {
		return
	}
	e, t := signedName(b, j+1)
	if e < 0 || t < len(b) && !lineBreak(b[t]) || !blankLineAfter(b, t) {
		return
	}
	sc.proseSpan(j+1, e, true)
}

// signedName reads the name that signs a text at p (up to three words,
// proseNameEnd): it returns the name's end e, and t past a full stop
// after it, or e -1 (dashSignature, quoteSignature).
func signedName(b []byte, p int) (e, t int) {
	e, n := proseNameEnd(b, p, 3, true)
	if n == 0 {
		return -1, 0
	}
	t = e
	if t < len(b) && b[t] == '.' {
		t++
	}
	return e, t
}

// blankLineBefore: the line that starts at s follows a blank line, or
// starts the text.
func blankLineBefore(b []byte, s int) bool {
	if s == 0 {
		return true
	}
	k := s - 1 // the line break ending the line before
	if k > 0 && b[k] == '\n' && b[k-1] == '\r' {
		k--
	}
	for k > 0 && (b[k-1] == ' ' || b[k-1] == '\t') {
		k--
	}
	return k == 0 || lineBreak(b[k-1])
}

// blankLineAfter: the line break at t (or the text's end) is followed by
// a blank line or the end.
func blankLineAfter(b []byte, t int) bool {
	if t >= len(b) {
		return true
	}
	if b[t] == '\r' && t+1 < len(b) && b[t+1] == '\n' {
		t++
	}
	t++
	for t < len(b) && (b[t] == ' ' || b[t] == '\t') {
		t++
	}
	return t >= len(b) || lineBreak(b[t])
}

// sharedBefore: one of the two words before "with" at i is "share",
// "shared" or "sharing" ("Shared project with …"): a person follows, as
// "compatible with Ableton Live" names a program.
func sharedBefore(b []byte, i int) bool {
	k := i
	for range 2 {
		for k > 0 && b[k-1] == ' ' {
			k--
		}
		e := k
		for k > 0 && isLetter(b[k-1]) && e-k < 8 {
			k--
		}
		w := b[k:e]
		if len(w) >= 5 && eqLower(w[:5], "share") && (len(w) == 5 || eqLower(w[5:], "d") || eqLower(w[5:], "ing")) {
			return true
		}
		if k == e || k > 0 && b[k-1] != ' ' {
			return false
		}
	}
	return false
}

// sessionUserBefore: the words before "is" at i are "console user",
// "current user" or "logged-in user" (MDM's and loginwindow's "Console
// user is afia"): the account of the session follows.
func sessionUserBefore(b []byte, i int) bool {
	if i < 10 || b[i-1] != ' ' || !eqLower(b[i-5:i-1], "user") || b[i-6] != ' ' {
		return false
	}
	k := i - 6
	s := k
	for s > 0 && k-s < 10 && (isLetter(b[s-1]) || b[s-1] == '-') {
		s--
	}
	w := b[s:k]
	return eqLower(w, "console") || eqLower(w, "current") || eqLower(w, "logged-in") || eqLower(w, "active")
}

// quoteSignature handles the dash [h, he) ("-", "--", an en or em dash)
// between a quoted comment and its writer's name, a user's feedback in a
// crash report: `Comment: "Please fix the crash, I lose my sets" -
// Mandla`, `Feedback: "app froze twice" — Ngozi A.`, `"Works now,
// thanks!" -- Rahul Sharma`. The quote opens the line or follows one of
// feedbackKeys, and reads as a sentence: two words or more, one of them
// in lower case and no title's small word ("Hotel California" - Eagles,
// "Man in the Mirror" - Michael Jackson are a song and its artist); the
// name, one to three words, ends the line ("Out of memory" - see log,
// "Start" - Stop name none).
func (sc *scanner) quoteSignature(h, he int) {
	b := sc.b
	if h < 4 || he+2 >= len(b) || b[h-1] != ' ' || b[h-2] != '"' || b[he] != ' ' || !capitalised(b, he+1) {
		return
	}
	if he-h == 3 && !(b[h] == 0xe2 && b[h+1] == 0x80 && (b[h+2] == 0x94 || b[h+2] == 0x93)) {
		return // an en or em dash, no other three bytes
	}
	q := h - 2 // the closing quote
	if b[q-1] == '\\' {
		q-- // JSON's \"
	}
	o := q - 1
	for o > 0 && q-o < 256 && b[o] != '"' && !lineBreak(b[o]) {
		o--
	}
	if b[o] != '"' || o+1 >= q {
		return
	}
	ts := o + 1
	if o > 0 && b[o-1] == '\\' {
		o--
	}
	if !sentenceQuote(b[ts:q]) || !feedbackLead(b, o) {
		return
	}
	e, t := signedName(b, he+1)
	if e < 0 || t < len(b) && !lineBreak(b[t]) && b[t] != '"' && b[t] != '\\' && b[t] != '<' {
		return
	}
	for k := he + 1; k < e; {
		we := k
		for we < e && b[we] != ' ' {
			we++
		}
		var lb [16]byte
		if w := lowerInto(lb[:0], b[k:we]); w == nil || signerStop[string(w)] {
			return // "- Anonymous", "-- Bash Manual", "- Crash Reporter"
		}
		k = we + 1
	}
	sc.proseSpan(he+1, e, true)
}

// signerStop are words after a quote and a dash that sign no person's
// comment: a placeholder, a role, a program or a document
// (quoteSignature).
var signerStop = wordSet(`anonymous anon unknown user users customer customers client tester testers beta reporter crash
	bug manual guide docs documentation faq wiki readme bot system admin administrator moderator mod staff developer
	developers dev devs app application service server team support helpdesk desk reviewer store editor author
	assistant agent operator owner maintainer maintainers contributor contributors community forum page chapter
	section log logs console output`)

// sentenceQuote: the quoted text q reads as a sentence, not a title: two
// words or more, one of them starting in lower case and no small word a
// title leaves in lower case ("app froze twice", "Works now, thanks!").
func sentenceQuote(q []byte) bool {
	if bytes.IndexByte(q, ' ') < 0 {
		return false
	}
	for k := 0; k < len(q); {
		for k < len(q) && !isLetter(q[k]) {
			k++
		}
		s := k
		for k < len(q) && isLetter(q[k]) {
			k++
		}
		if s < k && q[s]-'a' < 26 && (s == 0 || q[s-1] == ' ') && !titleSmall(q[s:k]) {
			return true
		}
	}
	return false
}

// titleSmall: w is a word a title leaves in lower case ("Man in the
// Mirror", "Sweet Child o' Mine").
func titleSmall(w []byte) bool {
	switch string(w) {
	case "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by", "from", "with",
		"as", "o", "de", "la", "le", "el", "da", "feat", "ft", "vs", "x":
		return true
	}
	return false
}

// feedbackLead: the quote at o opens its line (blanks before it at most)
// or a JSON string, or follows one of feedbackKeys and ':' or '='.
func feedbackLead(b []byte, o int) bool {
	p := o
	for p > 0 && o-p < 16 && (b[p-1] == ' ' || b[p-1] == '\t') {
		p--
	}
	if p == 0 || lineBreak(b[p-1]) || p == o && b[p-1] == '"' {
		return true
	}
	if b[p-1] != ':' && b[p-1] != '=' {
		return false
	}
	e := p - 1
	s := e
	for s > 0 && e-s < 16 && (isLetter(b[s-1]) || b[s-1] == '_') {
		s--
	}
	var lb [16]byte
	k := lowerInto(lb[:0], b[s:e])
	return k != nil && feedbackKeys[string(k)]
}

// feedbackKeys name a user's comment in a crash report or an app's
// feedback form (feedbackLead).
var feedbackKeys = wordSet(`comment comments feedback review message note notes remark remarks description
	user_comment user_feedback usercomment userfeedback`)

// byHandle handles "by" at [i, j) after "created", "shared", "owned" or
// "uploaded" and before an account's handle in lower case, two parts
// joined by one '.' or '_' ("Playlist created by tobiloba.a", "Crate
// shared by kofi_m", "Folder owned by zoe.k"), which ends the clause.
// Neither part is a common or a system word, a dotted one is no file's
// extension or domain ("created by com.apple.xyz", "created by
// setup.py", "owned by www_data", "created by root" stay). It returns
// where the handle ends, or -1.
func (sc *scanner) byHandle(i, j int) int {
	b := sc.b
	s := j + 1
	var pb [24]byte
	switch string(sc.prevWord(i, pb[:0])) {
	case "created", "shared", "owned", "uploaded":
	default:
		return -1
	}
	m := s
	for m < len(b) && m-s < 20 && b[m]-'a' < 26 {
		m++
	}
	if m-s < 2 || m+1 >= len(b) || b[m] != '.' && b[m] != '_' || b[m+1]-'a' >= 26 {
		return -1
	}
	e := m + 1
	for e < len(b) && e-m < 21 && b[e]-'a' < 26 {
		e++
	}
	le := e // the letters' end
	for e < len(b) && e-m < 24 && isDigit(b[e]) {
		e++
	}
	if !clauseEndAt(b, e) && !(e < len(b) && (b[e] == ' ' || b[e] == '"' || b[e] == '\'')) {
		return -1 // more: "com.apple.xyz", "kai.o@x", "a.b/c"
	}
	if e+13 <= len(b) && string(b[e:e+13]) == " in goroutine" {
		return -1 // a Go traceback's "created by pool.spawn in goroutine 7"
	}
	first, second := string(b[s:m]), string(b[m+1:le])
	if b[m] == '.' && len(second) == 2 || fileExtTLD[second] || archiveExt[second] || fileExt("."+second) ||
		spokenTLDs[second] || mediaExt(b[m+1:le]) {
		return -1 // "setup.py", "libfoo.so", "example.io", "tar_gz"
	}
	if !handlePart(first) || len(second) > 1 && !handlePart(second) {
		return -1
	}
	if !sc.accountSpan(s, e) {
		return -1
	}
	return e
}

// handlePart: w, a part of a handle byHandle reads, is no common word, no
// system's or role's word and no English word's form ("node_modules",
// "init_task", "sys_admin").
func handlePart(w string) bool {
	if userNouns[w] || nameStop[w] || roleWords[w] || possStop[w] || nameLead[w] || determiners[w] ||
		genitiveStop[w] || accountWords[w] || systemAccounts[w] || isGenericUser(w) || accountState([]byte(w)) {
		return false
	}
	for _, suf := range englishEndings {
		if len(w) > len(suf)+1 && strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// twoLetterNames are given names and surnames of two letters that no English
// word, language or product a log names writes so ("Go", "Ok", "Qt" are
// none), lowercased.
var twoLetterNames = wordSet(`li wu xu hu lu yu bo jo`)

// speechVerbs say what a person said or wrote in a report's prose.
var speechVerbs = wordSet(`said says wrote told asked mentioned reported noticed`)

// shortSpeaker handles a short name [i, j) (twoLetterNames, title case) that
// opens a sentence before one of speechVerbs: "Li said the deck froze",
// "…. Wu reported it twice". A name that short is replaced where it
// stands, never learned: "Li-ion", "Hu" of a table's row stay. It
// returns where the name ends, or -1.
func (sc *scanner) shortSpeaker(i, j int) int {
	b := sc.b
	if i > 0 && !lineBreak(b[i-1]) && !(i >= 2 && b[i-1] == ' ' && (b[i-2] == '.' || b[i-2] == '!' || b[i-2] == '?' || b[i-2] == '"')) {
		return -1
	}
	var lb [2]byte
	if !twoLetterNames[string(lowerInto(lb[:0], b[i:j]))] {
		return -1
	}
	e := wordAfter(b, j+1)
	var vb [16]byte
	if e-j-1 < 4 || !speechVerbs[string(lowerInto(vb[:0], b[j+1:e]))] || b[j+1]-'a' >= 26 {
		return -1
	}
	if e < len(b) && b[e] != ' ' && b[e] != ',' && b[e] != ':' && b[e] != '.' && !lineBreak(b[e]) {
		return -1
	}
	sc.proseSpan(i, j, false)
	return j
}
