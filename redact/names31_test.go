package redact

import "testing"

// A DAW's project or preset named after a couple, one given name on each
// side of "and" in the producer's language or '&' ("Ana e Pedro.RPP",
// "Lucía y Mateo.als", "Anna und Jonas.cpr"), names them where REAPER,
// Ableton, FL Studio and Cubase write it: a path, a recent-projects list,
// a window's title. A title's pair ("Rise and Fall", "Amor y Paz") and
// a genre's ("Drum & Bass") name nobody.
func TestNames31ProjectCouple(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"[Recent]\nrecent_project_1=/home/tiago/Music/REAPER Projects/Ana e Pedro.RPP\n", "Pedro"},
		{"[Recent]\nrecent_project_1=/home/tiago/Music/REAPER Projects/Ana e Pedro.RPP\n", "Ana e"},
		{"Opening project: C:\\Users\\studio\\Documents\\Ableton\\Lucía y Mateo Project\\Lucía y Mateo.als\n", "Mateo"},
		{"Opening project: C:\\Users\\studio\\Documents\\Ableton\\Lucía y Mateo Project\\Lucía y Mateo.als\n", "Lucía"},
		{"Cubase: loading \"D:\\Projekte\\Anna und Jonas.cpr\"\n", "Jonas"},
		{"FL Studio 21.2.3 [build 4004] - C:\\Users\\kwame\\Documents\\Image-Line\\FL Studio\\Projects\\Efua & Kojo.flp\n", "Kojo"},
		{"Bitwig Studio: saved /Users/emre/Documents/Bitwig Studio/Projects/Elif ve Can/Elif ve Can.bwproject\n", "Elif"},
		{"<recent path=\"/Users/wanjiru/Music/Logic/Wanjiru na Otieno.logicx\"/>\n", "Otieno"},
		{"Projects/Chloé et Hugo.als\n", "Hugo"},
		{"Ostatni projekt: /home/ola/Muzyka/Kasia i Tomek.RPP\n", "Tomek"},
		{"recent02=C:\\Users\\Tiago\\Documents\\REAPER Media\\Juliana y Andrés - Boda.RPP\n", "Andrés"},
		{"Playlist: Efua & Kojo – Wedding\n", "Efua"},
		{"Logic Pro: recent \"file:///Users/studio/Music/Logic/Wanjiru%20na%20Otieno.logicx\"\n", "Otieno"},
		{"open file:///Users/studio/Music/Efua%20%26%20Kojo.flp\n", "Kojo"},
		{"Ableton Live 12.0.5: Opening C:\\Users\\dima\\Music\\Ableton\\Анна и Иван.als\n", "Иван"},
		{"Ableton Live 12.0.5: Opening C:\\Users\\dima\\Music\\Ableton\\Анна и Иван.als\n", "Анна"},
		{"[Recent]\nrecent01=Ana e Pedro.RPP\n", "Pedro"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"recent_project_1=/home/x/Music/REAPER Projects/Rise and Fall.RPP\n",
		"Opening project: Projects/Amor y Paz.als\n",
		"Opening project: Projects/Sol e Mar.RPP\n",
		"Projects/Drum & Bass.als\n",
		"Projects/Rock and Roll.flp\n",
		"Projects/Black and White.flp\n",
		"Projects/Liebe und Hass.cpr\n",
		"Projects/Noir et Blanc.als\n",
		"Projects/Salt & Pepper.als\n",
		"Projects/Love and Hate.mp3\n",
		"Music/Kofi and Ama.mp3 is a song\n",
		"cp build/Hide and Seek.flp /tmp\n",
		"Projects/Ibiza and Berlin.als\n",
		"Projects/Mum and Dad.als\n",
		"docs/Read and Write.rst\n",
		"Copy and Paste.doc\n",
		"Music/Ashford & Simpson - Anniversary.mp3\n",
		"Projects/Война и Мир.als\n",
		"Анна и Иван пришли домой.\n",
		"count=Rise and Fall.RPP\n",
		"open file:///Volumes/Media/Music/Rise%20and%20Fall.als\n",
		"open file:///Volumes/Media/Music/Love%20and%20Hate.mp3\n",
		"GET /search?q=Tom%20and%20Jerry.mp4 HTTP/1.1\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A dedication in a beat's or a title's name, "<thing> for NAME" ("Beat
// for Amara.flp", Traktor's TITLE="Intro for Priya", "Mix für Anna"),
// names its person; who a beat is sold or made for ("Beat for Sale",
// "Intro for Beginners", "Mix for Club") is nobody.
func TestNames31MadeFor(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"C:\\Users\\kwame\\Documents\\Image-Line\\FL Studio\\Projects\\Beat for Amara.flp\n", "Amara"},
		{"FL Studio: Beat for Amara.flp - autosave\n", "Amara"},
		{"Music/Riddim for Chiamaka.wav\n", "Chiamaka"},
		{"<ENTRY MODIFIED_DATE=\"2024/3/1\" MODIFIED_TIME=\"43261\" TITLE=\"Intro for Priya\" ARTIST=\"DJ Kofi\">\n" +
			"<LOCATION DIR=\"/:Users/:kofi.m/:Music/:\" FILE=\"intro priya.wav\" VOLUME=\"Macintosh HD\" VOLUMEID=\"Macintosh HD\"></LOCATION>\n", "Priya"},
		{"<LOCATION DIR=\"/:Users/:kofi.m/:Music/:\" FILE=\"intro.wav\" VOLUME=\"Macintosh HD\" VOLUMEID=\"Macintosh HD\"></LOCATION>\n", "kofi.m"},
		{`{"title":"Outro for Thandeka Mokoena","bpm":124}` + "\n", "Mokoena"},
		{"Playlist: Mix für Anna\n", "Anna"},
		{"Crate \"Set für Jürgen\" exported\n", "Jürgen"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Music/Beat for Sale.mp3\n",
		"Music/Beats for Radio.flp\n",
		"<ENTRY TITLE=\"Intro for Radio\" ARTIST=\"Bakermat\">\n",
		"<ENTRY TITLE=\"Intro for Beginners\" ARTIST=\"Tutorials\">\n",
		"<ENTRY TITLE=\"Mix for Club\" ARTIST=\"Black Coffee\">\n",
		"<ENTRY TITLE=\"Intro for Ibiza\" ARTIST=\"x\">\n",
		"Playlist: Mix für Anfänger\n",
		"Playlist: Mix für Alle\n",
		"Serum Bass.fxp\nMassive Lead.nmsv\nDeep House 124 Am.als\n",
		"\"Support for Windows\"\n",
		"\"Intro for Nothing\" by x\n",
		"func (s *Set) For(x int)\n",
		"Geben Sie einen Wert für Name ein.\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A person's occasion names its person after an en dash too, and after a
// set's word ("Birthday mix – Thandiwe", "Bday Set - Kemi"); a newborn's
// naming ceremony names the child after its dash ("Naming Ceremony -
// Chidi.als").
func TestNames31OccasionDash(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Playlist: Birthday mix – Thandiwe\n", "Thandiwe"},
		{"Playlist: Bday Set - Kemi Adeyemi\n", "Adeyemi"},
		{"\"Birthday – Amaka\"\n", "Amaka"},
		{"C:\\Users\\x\\Music\\Ableton\\Projects\\Naming Ceremony - Chidi.als\n", "Chidi"},
		{"Opening \"Naming Ceremony – Adaeze Okafor.als\"\n", "Okafor"},
		{"Naming Ceremony - Chidi.als\n", "Chidi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Playlist: Birthday Mix - Extended\n",
		"Music/Birthday Mix - Extended.mp3\n",
		"The Naming Ceremony - Part 2 of the Series\n",
		"Naming Ceremony - Overview\n",
		"Opening Ceremony - Highlights\n",
		"Naming Conventions - Style\n",
	} {
		mustKeepTwice(t, keep)
	}
}
