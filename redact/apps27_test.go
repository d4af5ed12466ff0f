package redact

import (
	"strings"
	"testing"
)

// A log line that prints a JSON object it was handed as a string (a
// Sentry breadcrumb's message, an Electron app's logger, Docker's "log"
// field copied into a report) escapes its quotes: {\"user\":\"…\"}. The
// keys in it name what their values hold as they do unescaped; the ':'
// between \" and \" is no drive's "C:\".
func TestEscapedJSONInText(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`[info] sentry breadcrumb: {"message":"{\"user\":{\"id\":\"u_8842931\",\"username\":\"ngozi_a\",\"email\":\"ngozi.adaeze@yahoo.com\"}}"}` + "\n", "ngozi_a"},
		{`2026-12-06 21:14:03 [renderer] login ok {\"userName\":\"thandiwe.nkosi\",\"plan\":\"pro\"}` + "\n", "thandiwe.nkosi"},
		{`{"log":"auth: {\"login\":\"mateusz_k\",\"result\":\"ok\"}\n","stream":"stdout"}` + "\n", "mateusz_k"},
		{`extra={\"user\":{\"name\":\"Oluwaseun Adeyemi\"}}` + "\n", "Adeyemi"},
		{`payload: {\"hostname\":\"wanjiru-thinkpad\",\"os\":\"linux\"}` + "\n", "wanjiru"},
		{`msg="{\"account\":\"zeynep.yilmaz\"}"` + "\n", "zeynep"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		`{\"level\":\"info\",\"msg\":\"Signed in\",\"component\":\"auth\",\"version\":\"1.2.3\",\"module\":\"libfoo.so\"}` + "\n",
		`{\"user\":\"root\",\"username\":\"admin\",\"name\":\"Serato DJ Pro\"}` + "\n",
		`{\"name\":\"libc.so.6\",\"path\":\"/usr/lib/libc.so.6\",\"device\":\"Scarlett 2i2 USB\",\"host\":\"localhost\"}` + "\n",
		`{\"hostname\":\"localhost\",\"user\":\"SYSTEM\",\"userAgent\":\"Mozilla/5.0\"}` + "\n",
		`cd "C:\"` + "\n",
		`copy C:\"Program Files\" D:\` + "\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Chat clients write the account they signed in with as its handle, '@'
// and all: Slack's "logged in as @fatima.z", Discord's, Twitch's.
func TestSignedInAsHandle(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026/12/06 21:14:08.123 info: [TEAM] logged in as @fatima.z in workspace T0123ABCD\n", "fatima.z"},
		{"[12/6/2026, 9:14:07 PM] [info] Signed in as @kofi_beats (Twitch)\n", "kofi_beats"},
		{"[RPC] Connected to Discord as @yusuf.demir\n", "yusuf.demir"},
		{"Signed in as @nguyenthilinh\n", "nguyenthilinh"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"logged in as @admin\n",
		"connected to output as @fallback\n",
		"Signed in as @everyone\n",
		"logged in as @me\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A DJ names a wedding's set, recording or project after the couple and
// the part of the day it was for, with no "Wedding" in it: Ableton's
// "Tolu & Femi First Dance.als", a crate "Efua & Kojo Reception".
func TestCoupleWeddingPart(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`2026-12-06T21:14:04.001: info: Loading document "/Users/dj/Music/Ableton/Projects/Wedding 2026/Tolu & Femi First Dance.als"` + "\n", "Femi"},
		{"Serato: Loading crate: Subcrates/Efua & Kojo Reception.crate\n", "Kojo"},
		{`recent01=C:\Users\dj\Documents\REAPER Media\Lena und Jonas Reception\mix.RPP` + "\n", "Jonas"},
		{"Recording saved: Priya and Arjun Ceremony.wav\n", "Arjun"},
		{"rekordbox: Playlist \"Ngozi & Emeka Vows\" exported\n", "Emeka"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Drum & Bass Reception.crate\n",
		"Sound & Vision Ceremony.wav\n",
		"Bride & Groom Entrance.mp3\n",
		"Peace & Love Ceremony\n",
		"Art & Craft Entrance\n",
		"Rock & Roll First Dance.mp3\n",
		"Q&A: First Dance lessons\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A newborn's rites written in lower case after a possessive name the
// child as a birthday does: Breakpad's Comments= a user typed, a photo
// app's log ("Chidi's naming ceremony", Ghana's "outdooring").
func TestPossessiveNamingRite(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Comments=crashed while uploading photos of Chidi's naming ceremony\n", "Chidi"},
		{"upload failed: photos of Kwaku's outdooring (42 files)\n", "Kwaku"},
		{"Export: Maria's christening.mp4 failed\n", "Maria"},
		{"Playlist saved: Yusuf's aqiqah\n", "Yusuf"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Python's naming conventions\n",
		"Django's naming rules apply to models\n",
		"See Go's naming ceremony of exported identifiers\n",
		"the naming ceremony was postponed\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A birthday's set named with the person's given name alone, with no age
// and no possessive ("Chioma Birthday Mix", "Kemi Graduation Party"), as
// DJs in Lagos and Accra write them, names its person where it opens a
// path's segment, a quote or a field.
func TestSoleBirthdayOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`Command Line: -jar /opt/bitwig/bitwig-studio.jar --project "/home/dj/Music/Chioma Birthday Mix.bwproject"` + "\n", "Chioma"},
		{"2026-12-06T21:14:04.002: info: Live Set: Kemi Graduation Party.als\n", "Kemi"},
		{"Serato: Loading crate: Subcrates/Yaw Bday.crate\n", "Yaw"},
		{`recent02=D:\Projetos\Thabo Birthday Set\festa.RPP` + "\n", "Thabo"},
		{"Saved /Users/dj/Music/Anh Birthday/set.wav\n", "Anh"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"/Music/Happy Birthday.mp3\n",
		"/Music/Stevie Wonder - Happy Birthday.mp3\n",
		"/Music/Unicorn Birthday Party.m3u\n",
		"Set: Surprise Birthday Party\n",
		"Playlist: Office Birthday Party\n",
		"/Music/Kanye West/Graduation/01 Good Morning.mp3\n",
		"/Music/The Birthday Massacre/Pins and Needles.flac\n",
		"/Music/Viking Funeral.mp3\n",
		"Birthday Mix 2026.crate\n",
		"Crates/Virtual Birthday.crate\n",
		"notes: Kemi Birthday was fun\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A quinceañera's set or project named as Brazil's and Latin America's
// DJs write it, the girl's name and "15 anos" or "15 años", names her.
func TestQuinceOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`[REAPER] recent02=D:\Projetos\Mariana 15 anos\festa.RPP` + "\n", "Mariana"},
		{"Serato: Loading crate: Subcrates/Sofía 15 años.crate\n", "Sofía"},
		{"VirtualDJ: playlist C:/Users/dj/Documents/VirtualDJ/Playlists/Valentina 15 años.m3u\n", "Valentina"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"/Videos/Festa 15 anos.mp4\n",
		"Linux 15 anos\n",
		"/Music/Unicorn 15 anos.mp3\n",
		"Crates/Baile 15 años.crate\n",
		"kernel: page 15 anos\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A wedding's crate named with one name, the family's as often as the
// bride's, and no couple's '&' ("Okafor Wedding.crate", "Johnson Wedding
// 2026-06-14"), names the family; a song's or a style's wedding stays.
func TestSoleWeddingOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Serato: Loading crate: Subcrates/Okafor Wedding.crate\n", "Okafor"},
		{"rekordbox: Loading playlist: Johnson Wedding 2026-06-14\n", "Johnson"},
		{"Subcrates/Weddings%%Nguyen Wedding Mix.crate\n", "Nguyen"},
		{`{"path":"/Users/dj/Music/Kowalczyk Wedding/first.wav"}` + "\n", "Kowalczyk"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"/Music/Billy Idol - White Wedding.mp3\n",
		"Crates/Royal Wedding.crate\n",
		"Crates/Beach Wedding.crate\n",
		"Crates/Indian Wedding Mix.crate\n",
		"Crates/Greek Wedding.crate\n",
		"Set: Church Wedding\n",
		"Warning: Windows Wedding\n",
		"Wedding Mix 2026.crate\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A sweet sixteen's set named with the girl's given name ("Efua Sweet
// 16.als", "Maya Sweet 16 Mix") names her; the word is no surname.
func TestSweetSixteenOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-12-06T21:14:04.010: info: Recent Set: /Users/dj/Music/Ableton/Projects/Efua Sweet 16 Project/Efua Sweet 16.als\n", "Efua"},
		{"Serato: Loading crate: Subcrates/Maya Sweet 16 Mix.crate\n", "Maya"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if !strings.Contains(out, "Sweet 16") {
			t.Errorf("%q: the occasion went too: %q", c.in, out)
		}
	}
	for _, keep := range []string{
		"Crates/Sweet 16.crate\n",
		"/Music/Happy Sweet 16.mp3\n",
		"Crates/Her Sweet 16.crate\n",
		"Set: Sweet 16\n",
		"Crates/Super Sweet 16 Party.crate\n",
	} {
		mustKeepTwice(t, keep)
	}
}
