package redact

import (
	"strings"
	"testing"
)

// macOS lets a computer's name hold blanks, and system_profiler
// SPSoftwareDataType writes it so ("Computer Name: Studio Szczęsnego"):
// read to its first blank, "Studio" went as the machine, learned, so
// that "Studio One" lost it everywhere, and the owner's name after it
// stayed.
func TestComputerNameWithBlanks(t *testing.T) {
	sw := "Software:\n\n    System Software Overview:\n\n      System Version: macOS 15.1 (24B83)\n" +
		"      Kernel Version: Darwin 24.1.0\n      Boot Volume: Macintosh HD\n      Computer Name: %s\n" +
		"      User Name: Przemysław Szczęsny (przemek.sz)\n      Secure Virtual Memory: Enabled\n"
	for _, c := range []struct{ name, secret string }{
		{"Studio Szczęsnego", "Szczęsnego"},
		{"Mensah Studio", "Mensah"},
		{"Pracownia Łukasza Wróbla", "Wróbla"},
		{"Kwabena Asante-Darko's MacBook Pro", "Asante-Darko"},
		{"DJ Booth Nkemdirim", "Nkemdirim"},
	} {
		in := strings.Replace(sw, "%s", c.name, 1)
		later := "later " + c.name + " again"
		if strings.Contains(c.name, "'s") {
			later = "later " + c.secret + " again" // an owner's name: its parts go too
		}
		checkAllEncodings(t, in, in, []string{c.secret}, later)
		var m memFile
		if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, in+"/one pass", string(m.b), c.secret)
		out := scrubTwice(t, in+"Opened session in Studio One 6 on MacBook Pro\n")
		if !strings.Contains(out, "Opened session in Studio One 6 on MacBook Pro") {
			t.Errorf("%q: a word of the computer's name went from other text:\n%s", c.name, out)
		}
	}
	out := scrubTwice(t, "Computer Name: Kwabena Asante-Darko's MacBook Pro\n")
	if !strings.Contains(out, "'s MacBook Pro") {
		t.Errorf("the model went with its owner: %s", out)
	}
	for _, keep := range []string{
		"      Computer Name: MacBook Pro\n",
		"      Computer Name: Mac Studio\n",
		"Computer Name: (null)\n",
		"Computer Name: MacBook Pro (2)\n",
		"Enter the Computer Name: and press Return.\n",
		"Open Studio One and the MacBook Pro Speakers\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// rekordbox's and Music's library XML write a track's Location as a file
// URL: the owner's full name, written out in a folder's name, has its
// words joined by %20 and its letters outside ASCII encoded, which the
// fold of a learned account (serkankaraagac, macOS's short name of
// "Serkan Karaağaç") missed: "Kara%C4%9Fa%C3%A7" stayed.
func TestPctEncodedFoldedName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`<TRACK TrackID="139201827" Name="Yenkõ (Extended Mix)" Kind="MP3 File" Location="file://localhost/Users/serkankaraagac/Music/Serkan%20Kara%C4%9Fa%C3%A7%20Promos/Yenk%C3%B5%20(Extended%20Mix).mp3" Tonality="8A"/>` + "\n", "%C4%9Fa%C3%A7"},
		{`<key>Location</key><string>file:///Users/nguyenthimai/Music/Music/Media.localized/Nguy%E1%BB%85n%20Th%E1%BB%8B%20Mai/Hanoi%20Rain.m4a</string>` + "\n", "Nguy%E1%BB%85n"},
		{`<TRACK Location="file://localhost/Users/lukaszwrobel/Music/%C5%81ukasz%20Wr%C3%B3bel%20Sets/x.mp3"/>` + "\n", "Wr%C3%B3bel"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
	}
	out := scrubTwice(t, `Location="file://localhost/Users/serkankaraagac/Music/Serkan%20Kara%C4%9Fa%C3%A7%20Promos/x.mp3"`+"\n"+
		`Location="file://localhost/Users/serkankaraagac/Music/Kara%20Kedi/%C3%87ok%20G%C3%BCzel%20Serkan.mp3"`+"\n")
	for _, keep := range []string{"%20Promos/x.mp3", "/Kara%20Kedi/%C3%87ok%20G%C3%BCzel%20Serkan.mp3"} {
		if !strings.Contains(out, keep) {
			t.Errorf("%s went: %s", keep, out)
		}
	}
	for _, keep := range []string{
		`Location="file://localhost/Volumes/USB/Caf%C3%A9%20del%20Mar/01%20Sunset.mp3"` + "\n",
		`Location="file://localhost/Volumes/USB/Kara%20Kedi/%C3%87ok%20G%C3%BCzel.mp3"` + "\n",
		"/usr/share/doc/100%25%20Pure/README\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A DJ app names the streaming service's account it broadcasts as:
// "Twitch user djrashida_kw connected" (VirtualDJ's and OBS' logs), as
// "TIDAL account kwabena.o linked" does: a handle after a service's name
// and "user", and what was done to it after.
func TestServiceUserLinked(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"[2026-12-01 18:02:14] Broadcast: Twitch user djrashida_kw connected\n", "djrashida_kw"},
		{"2026-11-30 20:11:09 info: SoundCloud user dj.kwesi88 linked\n", "dj.kwesi88"},
		{"Mixcloud user thandi-m authorized\n", "thandi-m"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Twitch user connected\n",
		"Twitch user v2.1 connected\n",
		"Mixer user input_gain added\n",
		"Plugin user session_id removed\n",
		"the user interface connected\n",
		"Root user enabled\n",
	} {
		mustKeepTwice(t, keep)
	}
}
