package redact

import (
	"strings"
	"testing"
)

// A report's comment gives its writer's name in the writer's language:
// "je m'appelle Amélie Dubois", "mein Name ist Jürgen Weber", "meu nome é
// João Pereira", "jina langu ni Amani Mwangi". Only the English shapes
// were read ("my name is", "I am", "this is"), and the name stayed.
func TestIntrosInOtherLanguages(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Bonjour, je m'appelle Amélie Dubois et rekordbox plante au démarrage.", "Dubois"},
		{"Je m’appelle Amélie Dubois.", "Dubois"},
		{"Bonjour, mon nom est Amélie Dubois.", "Dubois"},
		{"Hallo, mein Name ist Jürgen Weber und Traktor stürzt ab.", "Weber"},
		{"Hallo, ich heiße Jürgen Weber.", "Weber"},
		{"Hallo, ich bin Jürgen Weber.", "Weber"},
		{"Hola, me llamo Mateo García y Serato se cierra.", "García"},
		{"Hola, mi nombre es Mateo García.", "García"},
		{"Olá, meu nome é João Pereira, o djay fecha sozinho.", "Pereira"},
		{"Olá, me chamo João Pereira.", "Pereira"},
		{"Ciao, mi chiamo Giulia Romano e il programma si blocca.", "Romano"},
		{"Hoi, ik heet Daan de Vries en rekordbox crasht.", "Vries"},
		{"Hoi, mijn naam is Daan de Vries.", "Vries"},
		{"Cześć, nazywam się Katarzyna Nowak.", "Nowak"},
		{"Merhaba, benim adım Elif Yılmaz.", "Yılmaz"},
		{"Habari, jina langu ni Amani Mwangi na programu inaanguka.", "Mwangi"},
		{"Namaste, mera naam Rahul Verma hai.", "Verma"},
		// a closing after a sentence that a detector took whole
		{"Call me on +44 7700 900123. Thanks, Priya Sharma", "Sharma"},
		{"Text me at 0244 123 456. Cheers, Kwabena Osei", "Osei"},
	} {
		s := newSession(t, Config{})
		s.Learn([]byte(c.in))
		if out := s.ScrubString(c.in); strings.Contains(out, c.secret) {
			t.Errorf("%q -> %q: %q left", c.in, out, c.secret)
		}
	}
	checkAllEncodings(t, "intro", "Bonjour, je m'appelle Amélie Dubois et rekordbox plante.\n", []string{"Amélie", "Dubois"}, "Dubois a écrit")
	// the phrases before what is no name, and the words in other places
	for _, keep := range []string{
		"ich bin nicht sicher, ob Traktor abstürzt",
		"je suis désolé",
		"the soy sauce step",
		"mon nom est inconnu",
		"Ik ben blij met Rekordbox 7",
	} {
		mustKeepTwice(t, keep)
	}
}

// A message that opens with its writer's full name and "here" ("Kofi
// Mensah here, the app crashed") kept it: only "Hi, Ama here" (after a
// greeting) was read. One word before "here" is as often a verb or a
// label ("Click here, then …", "Logs here."), so a full name is asked for.
func TestNameHere(t *testing.T) {
	in := "Kofi Mensah here, the app crashed mid-set.\nlater Kofi Mensah wrote again\n"
	checkAllEncodings(t, "name here", in, []string{"Mensah"}, "Kofi Mensah")
	mustKeep(t, "name here", scrubTwice(t, in), "<user-1> here, the app")
	for _, c := range []struct{ in, secret string }{
		{"Efua Boateng here - Serato froze", "Boateng"},
		{"Kwame Asante here!", "Asante"},
	} {
		mustNotContain(t, c.in, scrubTwice(t, c.in), c.secret)
	}
	for _, keep := range []string{"Click here, then restart.", "Download here: https://example.com", "Logs here.",
		"Release Notes here:", "Kofi here is the log", "See the Audio Engine here."} {
		mustKeepTwice(t, keep)
	}
}

// An e-mail address spelled out against spam with blanks, "kofi.mensah
// at gmail dot com" (only "(at)" and "[at]" were read).
func TestSpelledEmail(t *testing.T) {
	for _, in := range []string{"Contact me: kofi.mensah at gmail dot com\n", "write to kofi.mensah at gmail.com please\n", "ama.o at proton dot me\n"} {
		checkAllEncodings(t, in, in, []string{"kofi.mensah", "ama.o"}, "")
		mustKeep(t, in, scrubTwice(t, in), "<email-1>")
	}
	for _, keep := range []string{"version 1.2 at startup\n", "lib.so at 0x1234\n", "file.txt at line 4\n",
		// a stack frame's " at ": .NET's, Java's, a dotted function's
		"Unhandled exception: System.NullReferenceException at VirtualDJ.Deck.Load()\n",
		"crash: java.lang.IllegalStateException at com.serato.dj.Deck.load:42\n",
		"render_v2.cpp at engine.audio.render\n", "lib_audio.so at module.cc\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, in := range []string{"mail kwabena.o at studio.example.de\n", "mail ngozi.a at outlook.com.ng\n"} {
		checkAllEncodings(t, in, in, []string{"kwabena.o", "ngozi.a"}, "")
	}
}

// A comment's closing in other languages than those read before:
// "Dank je, Daan de Vries", "Dziękuję, Katarzyna Nowak", "Teşekkürler,
// Elif Yılmaz", "Cảm ơn, Nguyễn Linh",
// "Cordialmente, Mateo García", "Bisous, Amélie".
func TestClosingsInOtherLanguages(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Dank je, Daan de Vries", "Vries"}, {"Bedankt,\nDaan de Vries", "Vries"}, {"Dziękuję, Katarzyna Nowak", "Nowak"},
		{"Teşekkürler, Elif Yılmaz", "Yılmaz"}, {"Saygılarımla,\nElif Yılmaz", "Yılmaz"},
		{"Cảm ơn, Nguyễn Linh", "Nguyễn"}, {"Cordialmente, Mateo García", "García"}, {"Bisous, Amélie", "Amélie"},
		{"Terima kasih, Putri Lestari", "Lestari"}, {"Ngiyabonga, Thandeka Dlamini", "Dlamini"}, {"Medaase, Akosua Mensah", "Mensah"},
	} {
		in := "The app froze when I loaded a crate.\n" + c.in + "\n"
		checkAllEncodings(t, c.in, in, []string{c.secret}, "")
	}
	// (Swahili's "Asante" is left out: it is a surname as often, Kwame
	// Asante, and a closing's word is no name's word)
	for _, keep := range []string{"Ciao, the app froze\n"} {
		mustKeepTwice(t, keep)
	}
}
