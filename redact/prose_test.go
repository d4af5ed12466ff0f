package redact

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// People name themselves in what they write: a report's user comment, a
// support message pasted into a log, an app greeting them.
func TestProseNames(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
		later    string
	}{
		{"hi-this-is", "Hi, this is Jana Nováková. The app crashed when I loaded my set.", []string{"Jana", "Nováková"}, "track by jana"},
		{"hello-team-this-is", "Hello Serato team, this is Oluwadamilare Adébáyọ̀ again", []string{"Oluwadamilare", "Adébáyọ̀"}, ""},
		{"this-is-outside-ascii", "Hej! Hi, this is Éloïse Bénard, the crash is back", []string{"Éloïse", "Bénard"}, ""},
		{"closing-after-exclamation", "It crashed again! Cheers, Ørjan Håland", []string{"Ørjan", "Håland"}, ""},
		{"my-name-is", "My name is Kwame Mensah and I use a DDJ-400.", []string{"Kwame", "Mensah"}, "mensah's set"},
		{"name-is-particle", "my name is Ana da Silva, from Porto", []string{"Ana da Silva"}, ""},
		{"im-apostrophe", "I'm Siobhan O'Donnell, it crashed twice", []string{"Siobhan", "O'Donnell"}, ""},
		{"im-curly", "Hey! I\u2019m Aigerim Bekova and the deck froze", []string{"Aigerim", "Bekova"}, ""},
		{"i-am-one-word", "I am Kwabena from Kumasi, the app froze", []string{"Kwabena"}, ""},
		{"thanks-next-line", "It froze when I loaded a track.\nThanks,\nJana", []string{"Jana"}, ""},
		{"thanks-blank-line", "It froze.\n\nThanks!\n\nHjördis", []string{"Hjördis"}, ""},
		{"regards-same-line", "Regards, Kwame Mensah", []string{"Kwame", "Mensah"}, "Kwame"},
		{"best-regards", "Best regards,\nTomasz Wiśniewski", []string{"Tomasz", "Wiśniewski"}, ""},
		{"cheers-dash", "Crashes on every start. Cheers - Mateusz", []string{"Mateusz"}, ""},
		{"en-dash", "Cheers \u2013 Ngozi A.", []string{"Ngozi"}, ""},
		{"german", "Die App stürzt ab.\nViele Grüße\nJürgen Großmann", []string{"Jürgen", "Großmann"}, ""},
		{"french", "Cordialement,\nAmélie Lefèvre", []string{"Amélie", "Lefèvre"}, ""},
		{"polish", "Pozdrawiam, Małgorzata Wójcik", []string{"Małgorzata", "Wójcik"}, ""},
		{"caps", "Thanks\nKWAME MENSAH", []string{"KWAME", "MENSAH"}, ""},
		{"welcome-back", "2024-03-02 10:00:01 INFO ui: Welcome back, Kwabena!", []string{"Kwabena"}, ""},
		{"created-by", "Playlist 'Friday' created by Priya Raman on 2024-03-02", []string{"Priya", "Raman"}, ""},
		{"phone-intl", "Contact me: +44 7700 900123 or +1 (415) 555-0134", []string{"7700 900123", "555-0134"}, ""},
		{"phone-e164", "whatsapp +4915112345678 please", []string{"4915112345678"}, ""},
		{"phone-nanp", "call (415) 555-0134 after 6pm", []string{"555-0134"}, ""},
		{"phone-after-me", "you can call me at 0171 1234567 today", []string{"0171 1234567"}, ""},
		{"phone-then-note", "call me at 0171 1234567 (mobile) after six", []string{"0171 1234567", "1234567"}, ""},
		{"phone-area-bracket", "call me at +44 (0)20 7946 0958 please", []string{"7946 0958"}, ""},
		{"phone-number-is", "my number is 06 12 34 56 78.", []string{"12 34 56 78"}, ""},
		{"lowercase-signature", "it keeps crashing when i load a track\nthanks,\njana", []string{"jana"}, "JANA's crate"},
		{"lowercase-signature-same-line", "crashed again. cheers - søren", []string{"søren"}, ""},
		{"greeted-here", "Hi, Henrik here. The app froze again", []string{"Henrik"}, "henrik's set"},
		{"greeted-here-two", "It crashed. Hello, Ana Silva here!", []string{"Ana", "Silva"}, ""},
		{"username-is", "my username is djkwabena88 and it crashed", []string{"djkwabena88"}, "login djkwabena88"},
		{"service-account-is", "My Serato account is thandi.dj", []string{"thandi.dj"}, ""},
		{"user-name-is", "my user name is kwame.m", []string{"kwame.m"}, ""},
		{"name-is-lowercase", "my name is jana.", []string{"jana"}, ""},
		{"discord-is", "my discord is kwabena#1234 and insta @kwabena.mixes", []string{"kwabena"}, ""},
		{"im-handle", "I'm djkwabena88 on the forum", []string{"djkwabena88"}, ""},
		{"i-am-handle", "Hi! I am kai.okonkwo", []string{"kai.okonkwo"}, ""},
		{"titles", "Hi Mr. Mensah, Dr. Ngozi Okonjo-Iweala wrote", []string{"Mensah", "Ngozi", "Okonjo"}, ""},
		{"title-frau", "Frau Schröder hat angerufen", []string{"Schröder"}, ""},
		{"obfuscated-email", "reach me at kwame(at)example(dot)com please", []string{"kwame", "example"}, ""},
		{"mail-signature", "It crashed again.\n-- \nJana Nováková\n+420 601 123 456", []string{"Jana", "Nováková"}, "jana's set"},
		{"mail-signature-crlf", "x\r\n-- \r\nTomasz Wiśniewski\r\nSenior DJ", []string{"Tomasz", "Wiśniewski"}, ""},
		{"mail-signature-lower", "it froze\n-- \nsøren\n", []string{"søren"}, ""},
		{"user-plain-account", "Hi, this is user djngozi, please reset my password", []string{"djngozi"}, "djngozi's crate"},
		{"as-user-plain-account", "It crashed after I logged in as user djngozi.", []string{"djngozi"}, ""},
		{"github-user", "Thanks to Github user pdknsk.", []string{"pdknsk"}, ""},
		{"address-is", "my address is 221B Baker Street, London NW1 6XE, please send it", []string{"Baker", "London", "6XE"}, ""},
		{"live-at", "I live at 12 rue de la Paix, 75002 Paris.", []string{"Paix", "75002", "Paris"}, ""},
		{"ship-to", "please ship to 1600 Amphitheatre Pkwy, Mountain View, CA 94043", []string{"Amphitheatre", "Mountain View", "94043"}, ""},
		{"adresse", "Adresse: Hauptstraße 5, 10115 Berlin\nDanke", []string{"Hauptstraße", "10115", "Berlin"}, ""},
		{"obfuscated-email-spaced", "mail kwame [at] mensah-music [dot] co [dot] uk", []string{"kwame", "mensah-music"}, ""},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, tc.later)
		scrubTwice(t, tc.in)
	}
}

// The same shapes without a name after them, or with words that name no
// person, keep everything.
func TestProseKeeps(t *testing.T) {
	for _, in := range []string{
		"2024-03-02 10:00:01 INFO this is a test of the audio engine",
		"This is Serato DJ Pro 3.1.2 (build 456)",
		"This is Traktor Pro.",
		"Hi, this is version 3.1",
		"Name is required",
		"I am Confused about the crash",
		"I am German and the app is in English",
		"I'm Having trouble",
		"I'm on Windows 11",
		"Welcome to Serato DJ Pro",
		"Welcome back!",
		"Welcome Screen shown",
		"Created by Ableton Live 11.3.4",
		"created by user",
		"Best 3 results",
		"Thanks for the help",
		"Thanks, Team",
		"Best regards\nSerato Support",
		"Regards, the Serato team",
		"\tat com.serato.dj.Deck.load(Deck.java:123)",
		"0x00007fff +12345 offset",
		"tz +0100 and +05:30",
		"frame +0x1c",
		"sum 2 + 3 = 5 (415) items",
		"Call at 10:30 tomorrow",
		"text me on Monday",
		"  #3 0x00007fff5fbff8a8 in Deck::load at deck.cpp:42",
		"thanks, bye",
		"Thanks\nbye",
		"cheers mate",
		"thanks again",
		"thanks,\nsent from my phone",
		"Regards,\nthe team",
		"Hi, Serato Support here? no",
		"Hello, World here is the log",
		"Hi, everything here works",
		"my username is the same as my email",
		"my account is blocked",
		"my account is premium.",
		"the id is 42",
		"my id is 0x7fff",
		"took 12 ms Loading",
		"Dr. Watson log written",
		"MS Teams is running",
		"it is done",
		"this is fine",
		"objc[123]: Class X is implemented in both",
		"foo(at)bar",
		"see f(at) and g(dot)",
		"@property (nonatomic) id delegate",
		"match\n--\nNext Match",
		"-- comment\nJana Nováková",
		"It crashed.\n-- \nSent from my iPhone",
		"[PATCH] fix\n-- \n2.43.0\n",
		"SELECT 1;\n-- \nCOMMIT\n",
		"a -- \nJana Nováková",
		"-- \n Jana Nováková",
		"-- \nThe Serato Team",
		"the user interface.",
		"Moved to user space.",
		"waiting for user input, then",
		"Set the user agent; retry",
		"Saves user data.",
		"Open user settings.",
		"by user id)",
		"Handle sys and user dirmngr",
		"USER column.",
		"flush cache after user commandstream",
		"Der user anlegen.",
		"user joe.txt was read",
		"Mode: user\n",
		"as user root.",
		"run as user nobody,",
		"files of user who",
		"a user account.",
		"for user defined, and user friendly.",
		"Handle sys <user-1> user dirmngr",
		"my address is not valid",
		"I live at the moment in Berlin",
		"ship to Production",
		"value at 0x7fff Foo",
		"Adresse: 0x7fff5fbff8a8",
		"Speicheradresse: 0x7fff5fbff8a8 Modul 3",
		"the address is 0x7fff5fbff8a8 in Module 3",
		"I live at Berlin",
	} {
		out := scrubTwice(t, in)
		if out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}

// A name a comment teaches is replaced in the logs of the same report,
// with the same pseudonym.
func TestProseNameLearned(t *testing.T) {
	s := newSession(t, Config{})
	c := s.ScrubString("Crashes when I load a set. Thanks, Thandiwe Mokoena")
	log := s.ScrubString("loading /Volumes/USB/Thandiwe Mokoena Mixes/set1.mp3")
	mustNotContain(t, "comment", c, "Thandiwe", "Mokoena")
	mustNotContain(t, "log", log, "Thandiwe", "Mokoena")
	p := c[strings.Index(c, "<user-"):]
	p = p[:strings.IndexByte(p, '>')+1]
	if !strings.Contains(log, p) {
		t.Errorf("pseudonym %s of the comment not in the log: %q", p, log)
	}
}

// Names from many cultures, in every shape, vanish from the comment and
// from the log of the same report.
func TestProseNamesProperty(t *testing.T) {
	firsts := []string{"Aigerim", "Oluwaseun", "Siobhán", "Nguyễn", "Søren", "Zoë", "Mateusz", "Thandiwe", "Kwabena", "Hjördis",
		"Ana-Lucía", "Dmitrij", "Aroha", "Ngozi", "Priyanka", "Yusuf", "Élodie", "Kalani", "Bjørn", "Małgorzata"}
	lasts := []string{"Bekova", "Adeyemi", "O'Donnell", "Wiśniewski", "Mokoena", "Okonjo-Iweala", "Ngata", "Haddad", "Lindqvist", "Ferreira",
		"Nakamura", "Petrov", "Fernández", "Ødegård", "Kowalczyk", "Mensah", "Dubois", "Kahananui", "Tanaka", "Magnúsdóttir"}
	shapes := []string{
		"Hi, this is %s %s. The deck froze.", "Thanks,\n%s %s", "Best regards,\n%s %s", "my name is %s %s and it crashed",
		"I'm %s %s, it crashed twice", "Cheers - %s %s", "Hello, this is %s %s again", "Welcome back, %s %s!",
		"Playlist created by %s %s on 2024-03-02", "It froze when loading. Kind regards, %s %s",
	}
	for k := 0; k < 60; k++ {
		f, l := firsts[(k*7)%len(firsts)], lasts[(k*11+3)%len(lasts)]
		comment := fmt.Sprintf(shapes[k%len(shapes)], f, l)
		s := newSession(t, Config{})
		out := s.ScrubString(comment)
		log := s.ScrubString("loading /Volumes/USB/" + f + " " + l + " Mixes/set1.mp3")
		mustNotContain(t, comment, out, f, l)
		mustNotContain(t, comment+" (log)", log, f, l)
		if again := s.ScrubString(out); again != out {
			t.Errorf("not idempotent: %q -> %q -> %q", comment, out, again)
		}
	}
}

// Comments built at random from the prose shapes' words, names, numbers
// and pseudonyms scrub to the same text a second time. (The fuzz targets
// rarely put the anchoring words together; this puts them together
// often.)
func TestProseIdempotentRandom(t *testing.T) {
	frags := []string{"Hi, this is ", "my name is ", "I am ", "I'm ", "I\u2019m ", "Thanks,\n", "Thanks! ", "Best regards, ", "Cheers - ",
		"Welcome back, ", "Created by ", "call me at ", "+44 7700 900123", "(415) 555-0134", "Jana", "Nováková", "Kwame Mensah", "O'Donnell",
		"Éloïse", " ", "\n", ". ", "! ", "and ", "from ", "here", ",", "Team", "Serato", "DJ", "Pro", "3.1", "<user-1>", "x", "A.", "da ",
		"van der ", "0171 1234567", "is ", "by ", "at ", "12", "Viele Grüße\n", " \u2013 ", "Ørjan", "KWAME", "(0) ", "+1 ", "-", "?",
		"Regards,", "me on ", "number is ", "Welcome, ", "Cheers!\n\n", "Confused", "\t", "'", "my username is ", "my account is ",
		"djkwabena88", "kai.okonkwo", "@", "insta ", "(at)", "[at]", "(dot)", " [dot] ", "com", "Mr. ", "Dr ", "Frau ", "blocked",
		"#1234", "my user name is ", "Hi, ", " here", "Hello, ", "thanks,\n", "jana", "søren", "bye"}
	seeds, per := 4, 5000
	if testing.Short() {
		seeds, per = 1, 2000
	}
	for seed := 0; seed < seeds; seed++ {
		r := rand.New(rand.NewPCG(uint64(seed), 2))
		bad := 0
		for n := 0; n < per && bad < 5; n++ {
			var sb strings.Builder
			for k := 0; k < 3+r.IntN(10); k++ {
				sb.WriteString(frags[r.IntN(len(frags))])
			}
			in := sb.String()
			s := newSession(t, Config{})
			out := s.ScrubString(in)
			if again := s.ScrubString(out); again != out {
				t.Errorf("not idempotent:\n in    %q\n once  %q\n twice %q", in, out, again)
				bad++
			}
		}
	}
}

// An identifier after "Name is" in documentation ("If filter Name is
// NumberOfNodes", botocore) is no name to learn; a name with a capital
// inside each part is.
func TestProseIdentifierIsNoName(t *testing.T) {
	for _, tc := range []struct {
		in   string
		keep string
		gone string
	}{
		{"If filter Name is NumberOfNodes, then values can range from 0 to 200.\n", "NumberOfNodes", ""},
		{"Hi, my name is Eilidh MacKenzie-McLeod and the app froze.\n", "", "McLeod"},
		{"My name is Ciarán McDonagh.\n", "", "McDonagh"},
	} {
		s := newSession(t, Config{})
		s.Learn([]byte(tc.in))
		var o bytes.Buffer
		if err := s.ScrubText(&o, strings.NewReader(tc.in)); err != nil {
			t.Fatal(err)
		}
		if tc.keep != "" && !strings.Contains(o.String(), tc.keep) || tc.gone != "" && strings.Contains(o.String(), tc.gone) {
			t.Errorf("%q -> %q", tc.in, o.String())
		}
	}
}

// A greeting opening a line or a sentence names the greeted: "Hi Rick,"
// in a comment names support's agent or a friend. Teams, brands and
// "there" are nobody.
func TestProseSalutations(t *testing.T) {
	gone := map[string]string{
		"Hi Rhiannon,\nthe app froze again.\n":                "Rhiannon",
		"Hello Siobhan, the app crashed again.\n":             "Siobhan",
		"Hey Marta! It crashed.\n":                            "Marta",
		"Good morning Thandeka,\nsame problem\n":              "Thandeka",
		"Hallo Jürgen,\nes stürzt ab.\n":                      "Jürgen",
		"Hi Kwabena Owusu-Ansah,\n":                           "Owusu",
		"The deck froze. Hi Ngozi, any news on the ticket?\n": "Ngozi",
		"Hi @raulongo , you can find the log file\n":          "raulongo",
		"thanks @djkwabena for the tip\n":                     "djkwabena",
		"cc @thandi.m\n":                                      "thandi",
	}
	for in, name := range gone {
		s := newSession(t, Config{})
		var o bytes.Buffer
		if err := s.ScrubText(&o, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(o.String(), name) {
			t.Errorf("%q kept %s: %q", in, name, o.String())
		}
	}
	for _, in := range []string{"Hi there,\n", "Hi team,\n", "Hello everyone,\n", "Dear Support,\n", "Hi Serato,\n",
		"Hi all,\n", "Dear Sir or Madam,\n", "Hi Ableton Support,\n", "Hello World!\n", "Good luck Charlie\n",
		"upgrade to @babel/core 7\n", "@echo off\n", "thanks @2x assets\n"} {
		s := newSession(t, Config{})
		var o bytes.Buffer
		if err := s.ScrubText(&o, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if o.String() != in {
			t.Errorf("%q became %q", in, o.String())
		}
	}
}

// The learn pass (Learn, LearnReader, LearnXML; LearnJSON scrubs into
// nothing) learns the names the strong prose shapes give, so a mention
// before the closing, or in a file scrubbed first, goes too. The weak
// shapes teach nothing there, as they teach nothing when scrubbing.
func TestProseLearnPass(t *testing.T) {
	log := "user Jana logged in\n2\n3\n4\n5\n6\n7\n8\nThanks,\nJana Nováková\n"
	learners := map[string]func(*Session, string){
		"Learn":       func(s *Session, v string) { s.Learn([]byte(v)) },
		"LearnReader": func(s *Session, v string) { _ = s.LearnReader(strings.NewReader(v)) },
		"LearnXML":    func(s *Session, v string) { _ = s.LearnXML(strings.NewReader("<log>\n" + v + "</log>\n")) },
	}
	for name, learn := range learners {
		for _, tc := range []struct{ in, secret string }{
			{log, "Jana"},
			{"It froze. Best regards, Tomasz Wiśniewski\n", "Tomasz"},
			{"Hi, this is Éloïse Bénard. It crashed.\n", "Éloïse"},
			{"my username is djkwabena88 and it crashed\n", "djkwabena88"},
			{"Welcome back, Kwabena!\n", "Kwabena"},
			{"contact: insta @kwabena.mixes\n", "kwabena.mixes"},
			{"Dr. Ngozi Okonjo-Iweala wrote\n", "Okonjo-Iweala"},
			{"It crashed.\n-- \nJana Nováková\n", "Nováková"},
		} {
			s := newSession(t, Config{})
			learn(s, tc.in)
			mustNotContain(t, name+": "+tc.in, s.ScrubString("an earlier file: "+tc.secret+" was here"), tc.secret)
		}
		s := newSession(t, Config{})
		learn(s, "Hi! I am Kwabena from Kumasi\n")
		if out := s.ScrubString("Kwabena Mixes.mp3"); out != "Kwabena Mixes.mp3" {
			t.Errorf("%s: a weak shape's name learned: %q", name, out)
		}
	}
	// JSON: learned as ScrubJSON reads it, strings decoded
	js := `{"msg":"user Jana logged in"}` + "\n" + `{"msg":"Best regards,\nJana Nováková"}` + "\n"
	s := newSession(t, Config{})
	s.Learn([]byte(js))
	if err := s.LearnJSON(strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := s.ScrubJSON(&out, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "json", out.String(), "Jana")
}

// A word that leads a name in front of an address ("Thanks Jim Avera
// <jim@…>", as Debian changelogs write it; "From …", "Hello …") is no
// part of the name: it stays, and is not learned.
func TestDisplayNameLeadWord(t *testing.T) {
	for _, tc := range []struct{ in, keep, secret string }{
		{"  * Fix build. Thanks Jim Avera <jim@example.org>.", "Fix build. Thanks ", "Avera"},
		{"\tFrom Tom Smith <smith@example.com>:", "\tFrom ", "Smith"},
		{"Hello Kai Okonkwo <ko@example.com>", "Hello ", "Okonkwo"},
		{"Add Fergus Henderson <fjh@example.org>.", "Add ", "Henderson"},
		{"  * Applied Oisín Mac Giolla <omg@example.org> to fix it", "* Applied ", "Giolla"},
		// one word, called as the mailbox is: a name
		{"Closes: #123. Thanks Jim <jim@example.org>", "Closes: #123. Thanks ", "Jim"},
	} {
		s := newSession(t, Config{})
		out := s.ScrubString(tc.in)
		mustKeep(t, tc.in, out, tc.keep)
		mustNotContain(t, tc.in, out, tc.secret)
		lead := strings.Fields(tc.keep)
		w := lead[len(lead)-1]
		if later := s.ScrubString(w + " for the patch"); later != w+" for the patch" {
			t.Errorf("%q: %q learned as a name: %q", tc.in, w, later)
		}
	}
	// one word called otherwise than the mailbox: no name shape
	out := scrubTwice(t, "From Serato <support@example.com>")
	mustKeep(t, "one word", out, "From Serato <")
}

// "-- Peter" alone between blank lines signs a message; a SQL comment
// has its statement after it.
func TestDashSignature(t *testing.T) {
	for in, name := range map[string]string{
		"Here's the crashdump.\n\n-- Tadhg\n\n```\nDump Summary\n": "Tadhg",
		"thanks\n\n  -- Siobhán Ní Bhriain\n":                      "Bhriain",
		"It froze again.\r\n\r\n-- Nomfundo.\r\n":                  "Nomfundo",
	} {
		s := newSession(t, Config{})
		if out := s.ScrubString(in); strings.Contains(out, name) {
			t.Errorf("%q kept %s: %q", in, name, out)
		}
	}
	for _, in := range []string{"\n-- Users\nCREATE TABLE users (id int);\n", "a\n-- Peter\n", "\n-- Peter Pan was here\n\n",
		"\n-- Done\n\n"} {
		s := newSession(t, Config{})
		if out := s.ScrubString(in); out != in {
			t.Errorf("%q became %q", in, out)
		}
	}
}

// A mail reply's attribution names the quoted writer, with an address, a
// forum's hidden one or none; the time's AM/PM is no part of the name.
// Prose with "wrote:" inside a line is no attribution.
func TestWroteAttribution(t *testing.T) {
	for in, name := range map[string]string{
		"On Fri, 26 Jul 2024 at 19:22, Jonas Kuster ***@***.***> wrote:\n":          "Kuster",
		"On Mon, Dec 1, 2026 at 9:01 AM Thandiwe Mokoena wrote:\n":                  "Mokoena",
		"On Fri, Jul 26, 2024 at 7:22 PM Ilse Vermeulen <ilse@example.nl> wrote:\n": "Vermeulen",
		"Oluwaseun Bello wrote:\n> it crashed\n":                                    "Bello",
	} {
		s := newSession(t, Config{})
		out := s.ScrubString(in)
		if strings.Contains(out, name) {
			t.Errorf("%q kept %s: %q", in, name, out)
		}
		if later := s.ScrubString("at 7:22 PM"); later != "at 7:22 PM" {
			t.Errorf("%q: the time's PM was learned: %q", in, later)
		}
	}
	for _, in := range []string{"Then Serato wrote: something\n", "and Then Serato wrote:\n", "wrote:\n"} {
		s := newSession(t, Config{})
		if out := s.ScrubString(in); out != in {
			t.Errorf("%q became %q", in, out)
		}
	}
}

// A surname's particle ("Ilse de Vries", "Ludwig van der Berg", "María de
// la Cruz") is read over in front of an address, between capitalised
// words only.
func TestDisplayNameParticles(t *testing.T) {
	for in, name := range map[string]string{
		"On Fri, Jul 26, 2024 at 7:22 PM Ilse de Vries <ilse@example.nl> wrote:\n": "Ilse",
		"From: Ludwig van der Berg <l@example.de>\n":                               "Ludwig",
		"María de la Cruz <m@example.es>\n":                                        "María",
	} {
		s := newSession(t, Config{})
		if out := s.ScrubString(in); strings.Contains(out, name) {
			t.Errorf("%q kept %s: %q", in, name, out)
		}
	}
	in := "patch from van Vries <x@example.org>\n"
	if out := newSession(t, Config{}).ScrubString(in); !strings.Contains(out, "patch from van Vries <") {
		t.Errorf("%q became %q", in, out)
	}
}
