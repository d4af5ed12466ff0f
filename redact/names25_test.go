package redact

import (
	"strings"
	"testing"
)

// An occasion's word right before a couple, with no " - " or ':' between
// them, names the couple as the separated shape does ("Wedding Efua &
// Kojo.crate", "Hochzeit Anna & Jonas"), a preposition between them too
// ("Mariage de Chloé et Hugo"); a thing after the word names nobody
// ("Wedding Dress & Shoes").
func TestNames25GluedCouple(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Serato DJ Pro 3.1.2\nLoaded crate: Crates/Wedding Efua & Kojo.crate\n", "Efua"},
		{"Serato DJ Pro 3.1.2\nLoaded crate: Crates/Wedding Efua & Kojo.crate\n", "Kojo"},
		{`{"name":"Wedding Efua and Kojo","tracks":112}` + "\n", "Efua"},
		{"rekordbox[812]: playlist \"Wedding Ngozi and Emeka\" exported\n", "Emeka"},
		{"Opening /Users/dj/Musik/Hochzeit Anna & Jonas/01 Einzug.mp3\n", "Jonas"},
		{"Opening /Users/dj/Musik/Hochzeit Anna & Jonas/01 Einzug.mp3\n", "Anna"},
		{"Crate: Mariage de Chloé et Hugo\n", "Chloé"},
		{"Crate: Mariage de Chloé et Hugo\n", "Hugo"},
		{"Playlist: Boda de Lucía y Mateo 2025-06-14\n", "Mateo"},
		{"Loaded crate: Wedding of Aigerim & Nurlan.crate\n", "Aigerim"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Loaded crate: Crates/Wedding Dress & Shoes.crate\n",
		"Playlist: Wedding Songs & Ballads\n",
		"Playlist: Birthday Cake & Candles\n",
		"Playlist: Wedding Entrance & Exit\n",
		"Loaded crate: Wedding Drum & Bass.crate\n",
		"Crates/Wedding Rock and Roll.crate\n",
		"Playlist: Wedding Photos & Videos\n",
		"The Wedding Singer & Friends\n",
		"Playlist: Wedding R&B\n",
		"Playlist: Wedding Bride & Groom\n",
		"Playlist: Wedding Mix & Match\n",
		"Playlist: Wedding Black & White\n",
		"Playlist: Wedding Hair & Makeup\n",
		"Playlist: Anniversary Love & Romance\n",
		"Playlist: Graduation of Class 2025\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A person's occasion in another language names its person after a
// preposition ("Anniversaire de Chloé", "Cumpleaños de Lucía",
// "Geburtstag von Lena"), an occasion spelled outside ASCII too; a family
// role or another occasion after it names nobody.
func TestNames25OccasionPrep(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Playlist \"Anniversaire de Chloé\" loaded (48 tracks)\n", "Chloé"},
		{"Playlist \"Cumpleaños de Lucía\" loaded (48 tracks)\n", "Lucía"},
		{"Saved /Users/dj/Music/Aniversário da Beatriz/set.wav\n", "Beatriz"},
		{"Crate: Compleanno di Giulia.crate\n", "Giulia"},
		{"Playlist: Geburtstag von Lena Schmidt\n", "Schmidt"},
		{"Playlist: Verjaardag van Sanne\n", "Sanne"},
		{`{"title":"Cumpleaños de Valentina","bpm":124}` + "\n", "Valentina"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Playlist: Anniversaire de Mariage\n",
		"Playlist: Aniversário de Casamento\n",
		"Playlist: Geburtstag von Oma\n",
		"Playlist: Cumpleaños de Mamá\n",
		"Playlist: Geburtstag von Heute bis Morgen\n",
		"Playlist: Funeral of Queen Elizabeth\n",
		"Geburtstag von Anfang an\n",
		"la fonction de Bessel\n",
		"Dienst von Microsoft\n",
		"Compleanno di Natale e Capodanno\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A set, a mix or a playlist named for a person ("Set for Obinna.m3u",
// "Mix for Amara (30th).crate") names its person; a day, a station, an
// app or a count names nobody.
func TestNames25MadeFor(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Exported /Users/dj/Playlists/Set for Obinna.m3u\n", "Obinna"},
		{"Loaded crate: Mix for Amara (30th).crate\n", "Amara"},
		{"Playlist \"Playlist for Ngozi\" synced to device\n", "Ngozi"},
		{`{"crate":"Mix for Siobhan Kelly","count":40}` + "\n", "Siobhan"},
		{"C:\\Users\\dj\\Music\\Playlists\\Tracks for Mariam.m3u8\n", "Mariam"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Exported /Playlists/Set for Tomorrow.m3u\n",
		"Loaded crate: Mix for Radio.crate\n",
		"Playlist \"Playlist for Friday\" synced\n",
		"Playlist: Set for 2 decks\n",
		"Playlist: Mix for Serato\n",
		"Playlist: Mix for Christmas\n",
		"Playlist: Songs for Halloween\n",
		"Playlist: Mix for SoundCloud\n",
		"Playlist: Mix for BBC\n",
		"Search for Files\n",
		"\tset for Windows\n",
		"waiting for Device to settle\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// coupleWord and occasionPrepWord, the switches eventWord asks, hold the
// words of their maps, and no other.
func TestNames25WordSwitches(t *testing.T) {
	for w := range coupleWords {
		if !coupleWord([]byte(w)) {
			t.Errorf("coupleWord(%q) false", w)
		}
	}
	for w := range occasionPreps {
		if !occasionPrepWord([]byte(w)) {
			t.Errorf("occasionPrepWord(%q) false", w)
		}
	}
	for _, w := range []string{"an", "on", "or", "dev", "a", "vo", "o", "dn"} {
		if coupleWord([]byte(w)) || occasionPrepWord([]byte(w)) {
			t.Errorf("%q taken", w)
		}
	}
}

// The owner of an occasion after "at" ("Live at Tolu's birthday", "Live
// at Kwame's wedding") is a person, as a possessive's before a thing they
// own is.
func TestNames25OccasionPossessive(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Recording saved: Live at Tolu's birthday.wav\n", "Tolu"},
		{"Title: Live at Kwame's wedding\n", "Kwame"},
		{"Mix: Live at Ifeoma's graduation 2025\n", "Ifeoma"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Recording: Live at Mother's birthday.wav\n",
		"Apple's birthday event\n",
		"the world's wedding capital\n",
		"Valentine's birthday\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A review or a ticket names the DJ after "our DJ" ("Our DJ Kofi Annan
// was great", "Our DJ tonight, Kofi Mensah, played …"); the DJ's things
// and apps after it name nobody.
func TestNames25OurDJ(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Review: Our DJ Kofi Annan was great, the app froze twice though\n", "Annan"},
		{"Ticket #4411: Our DJ tonight, Kofi Mensah, played from a USB stick when Serato froze\n", "Mensah"},
		{"our dj Siobhan Kelly says the waveform lags\n", "Siobhan"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Our DJ Booth Setup failed\n",
		"Upgrade my DJ Pro license today\n",
		"Our DJ Software crashed at startup\n",
		"Our DJ tonight, Serato DJ Pro crashed\n",
		"Our DJ Controller Mapping is wrong\n",
		"Our DJ House Party playlist\n",
		"my DJ Lights flicker\n",
		"Switch to our DJ Mode now\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A closing and the writer's full name on one line with no comma
// ("Hilsen Ola Nordmann", "Mit freundlichen Grüßen Max Mustermann"), a
// Vietnamese closing in title case or capitals ("Trân Trọng,"), and a
// Vietnamese name ending in a word English reads as an article ("Nguyễn
// Văn An") name the writer.
func TestNames25Closings(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Appen krasjer ved oppstart.\nHilsen Ola Nordmann\n", "Nordmann"},
		{"Appen krasjer.\r\nMed vennlig hilsen Kari Nordmann\r\n", "Kari"},
		{"Die App stürzt ab.\nMit freundlichen Grüßen Max Mustermann\n", "Mustermann"},
		{"Aplikacja się zawiesza.\nPozdrawiam Łukasz Wiśniewski\n", "Łukasz"},
		{"Ứng dụng bị treo.\nTrân trọng, Nguyễn Văn An\n", "Nguyễn"},
		{"Ứng dụng bị treo.\nTrân Trọng,\nNguyễn Văn An\n", "Nguyễn"},
		{"Ứng dụng bị treo.\nTRÂN TRỌNG,\nLê Thị Hồng\n", "Hồng"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Best Practices Guide\n",
		"Thanks Obama\n",
		"Danke Schön Leute\n",
		"Regards Field Names\n",
		"Greetings From Earth\n",
		"Hilsen fra Oslo\n",
		"Saludos\n",
		"Trân trọng cảm ơn\n",
		"Cheers Mate\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// lowerInto folds the capitals of Latin Extended-A and Vietnamese's as
// strings.ToLower does, and leaves what it does not fold as it was.
func TestNames25LowerInto(t *testing.T) {
	for _, w := range []string{"TRÂN TRỌNG", "ĐƯỢC", "ŁÓDŹ ŚĆ", "С УВАЖЕНИЕМ", "GRÜSSE", "Ỹ Ạ Ơ Ư Ğ Ş Ž"} {
		var lb [32]byte
		if got := string(lowerInto(lb[:0], []byte(w))); got != strings.ToLower(w) {
			t.Errorf("lowerInto(%q) = %q, want %q", w, got, strings.ToLower(w))
		}
	}
	for r := rune(0x80); r < 0x2000; r++ {
		var lb [8]byte
		w := string(r)
		if got := string(lowerInto(lb[:0], []byte(w))); got != w && got != strings.ToLower(w) {
			t.Errorf("lowerInto(%q) = %q", w, got)
		}
	}
}

// A speaker or headphones named after the owner with a hyphen after the
// maker and model ("Bose QC45 - Kwame", "JBL Flip 5 - Ama") name the
// owner; a state, a setting or a channel after a device names nobody.
func TestNames25HyphenOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Bluetooth: connected Bose QC45 - Kwame\n", "Kwame"},
		{"CoreAudio: default output device changed to \"JBL Flip 5 - Ama\"\n", "Ama"},
		{"bluetoothd[412]: Device \"Sony WH-1000XM4 - Kofi Mensah\" connected\n", "Mensah"},
		{"Audio: Sonos Move - Ngozi\n", "Ngozi"},
		{`{"output":"Beats Studio Pro - Thandiwe","rate":48000}` + "\n", "Thandiwe"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"MIDI: Pioneer DDJ-400 - Channel 1\n",
		"DDJ-400 - Channel 1\n",
		"Bluetooth: Bose QC45 - Firmware 4.5\n",
		"Bluetooth: Bose QC45 - Firmware\n",
		"Output: JBL Flip 5 - Stereo\n",
		"Sony Music - Entertainment\n",
		"Serato DJ Pro - Main\n",
		"Bose SoundLink - Connected\n",
		"Output: Bose QC45 - Left\n",
		"Output: JBL Flip 5 - Bluetooth\n",
		"Output: Bose QC45 - Noise Cancelling\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A file named with a client's name joined by '_' or '-' to an occasion
// or an age ("zanele_birthday_mix.mp3", "kofi-wedding-set.crate",
// "thabo_30th.m3u") names the client, in lower case too; a word before
// the occasion or none names nobody.
func TestNames25GluedFile(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Serato: opened /Users/dj/Music/Gigs/zanele_birthday_mix.mp3 (44.1 kHz)\n", "zanele"},
		{"Track load: /Users/dj/Music/Zanele_birthday_mix.mp3\n", "Zanele"},
		{"Loaded crate C:\\Users\\dj\\Music\\_Serato_\\Subcrates\\kofi-wedding-set.crate\n", "kofi"},
		{"Exported playlist to /home/dj/Playlists/thabo_30th.m3u\n", "thabo"},
		{`{"file":"/Music/amaka_bday_set.m4a","bpm":122}` + "\n", "amaka"},
		{"rekordbox: analysing siobhan-graduation.wav\n", "siobhan"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"opened /Music/happy_birthday.mp3\n",
		"opened /Music/birthday_mix.mp3\n",
		"opened /Music/wedding_march.flac\n",
		"opened /Crates/my_birthday_set.crate\n",
		"opened /Music/first_dance-wedding.mp3\n",
		"opened /Music/beach_wedding_set.crate\n",
		"opened /Music/sweet_16th.m3u\n",
		"opened /Music/track_01_wedding.mp3\n",
		"opened /Music/DJ_birthday.mp3\n",
		"/usr/share/doc/wedding-planner/README.txt\n",
		"opened /Music/surprise_birthday_party.mp3\n",
		"go/src/time/format_rfc3339_30th.go\n",
		"opened /Music/mix_30th.m3u\n",
		"opened /Music/classic_wedding-songs.mp3\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// mediaExt holds mediaExts, in either case, and no other.
func TestNames25MediaExt(t *testing.T) {
	for e := range mediaExts {
		if !mediaExt([]byte(e)) || !mediaExt([]byte(strings.ToUpper(e))) {
			t.Errorf("mediaExt(%q) false", e)
		}
	}
	for _, e := range []string{"go", "txt", "so", "mp", "crates", "", "m3u88"} {
		if mediaExt([]byte(e)) {
			t.Errorf("mediaExt(%q) true", e)
		}
	}
}
