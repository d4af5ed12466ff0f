package redact

import (
	"strings"
	"testing"
)

// onePass scrubs in with the daemon's single pass (ScrubTextRewind).
func onePass29(t *testing.T, in string) string {
	t.Helper()
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	return string(m.b)
}

// A Vietnamese full name's middle part ("Van", "Thị") between two parts
// of a learned name, or before its short given name ("An", which is too
// short to be learned alone), belongs to the name: "Nguyen Van Hoang"
// after "Nguyen Hoang" was learned left "<user-1> Van <user-1>", and
// "Nguyen Van An" after an.nguyen left "<user-1> Van An".
func TestVietnameseMiddleNames(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"Logged in as Nguyen Hoang\n[sync] Uploaded set list for Nguyen Van Hoang\n", []string{"Van Hoang", "Nguyen Van"}},
		{"user: an.nguyen\nOpened project of Nguyen Van An today\n", []string{"Van An"}},
		{"Logged in as Nguyễn Văn An\nProfile: Nguyễn An (Premium)\n", []string{"Nguyễn An", "Văn An"}},
		{"Logged in as Trần Thị Mai\nLast opened by Trần Mai on 2026-03-01\n", []string{"Trần Mai", "Thị Mai"}},
		{"USER=nguyen.hoang\nSession owner: Nguyễn Văn Hoàng\n", []string{"Văn Hoàng", "Nguyễn Văn"}},
		{"Logged in as Kofi Mensah\nShared with Kofi Kwame Mensah\n", []string{"Kwame"}},
		{"user=mai.tran\nTran Thi Mai saved the session\n", []string{"Thi Mai", "Tran Thi"}},
	} {
		checkAllEncodings(t, c.in, c.in, c.secrets, "")
		mustNotContain(t, c.in+"/one pass", onePass29(t, c.in), c.secrets...)
	}
	// a capitalised word between two mentions of one person that reads
	// as no name stays
	s := newSession(t, Config{})
	s.Learn([]byte("Logged in as Kofi Mensah\n"))
	mustKeep(t, "between", s.ScrubString("Kofi The Mensah\nKofi And Mensah"), "The", "And")
}

// A Vietnamese name of three or four words after "của" (a device's
// owner: "iPhone của Nguyễn Văn An"), or one that ends in the given name
// "An" after a cue ("Shared by Nguyen Van An", "Hi Nguyễn Văn An,"),
// stayed whole or in part.
func TestVietnameseFullNames(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"Bluetooth: iPhone của Nguyễn Văn An đã kết nối\n", []string{"Nguyễn", "Văn An"}},
		{"AirDrop target: MacBook Pro của Lê Thị Hồng Nhung\n", []string{"Nhung", "Hồng"}},
		{"iPad của Trần Thị Mai\n", []string{"Trần", "Thị Mai"}},
		{"Playlist shared by Nguyen Van An\n", []string{"Nguyen", "Van An"}},
		{"Hi Nguyễn Văn An,\nyour trial ends in 3 days.\n", []string{"Nguyễn", "Văn An"}},
		{"Invitation from Tran An.\n", []string{"Tran An"}},
	} {
		checkAllEncodings(t, c.in, c.in, c.secrets, "")
		mustNotContain(t, c.in+"/one pass", onePass29(t, c.in), c.secrets...)
	}
	for _, keep := range []string{
		"Created by Apple An Example\n",
		"Reviewed by Kofi An apple a day\n",
		"Chapter 3: An Introduction\n",
		"See An Overview of the Go Scheduler.\n",
		"iPhone của tôi đã kết nối\n",
		"An error occurred. An\n",
		"Photo by Unsplash\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// An app's "Loaded user config for Zhang Wei", "Syncing library for
// Kwame Asante", "Restoring session for Aisha Bello" name its user: a
// full name after "for" and a config, library, profile or session word
// that ends the line. What settings are for otherwise (a program, a
// device, a feature) stays.
func TestConfigForName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-03-01 10:12:01 INFO  Loaded user config for Zhang Wei\n", "Zhang"},
		{"[library] Syncing library for Kwame Asante\n", "Asante"},
		{"Restoring session for Aisha Bello.\nsession restored in 210 ms\n", "Bello"},
		{"I/Prefs: loaded preferences for Ngozi Okafor-Adeyemi\n", "Okafor"},
		{"Loading profile for Nguyễn Văn An\n", "Nguyễn"},
		{"Restored workspace for Siobhan Kowalczyk\n", "Kowalczyk"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Loaded config for Serato DJ\n",
		"Loaded config for Windows Update\n",
		"Loaded config for Pioneer DDJ\n",
		"Loaded config for Main Output\n",
		"Restoring session for Ableton Live\n",
		"Loaded settings for Traktor Pro\n",
		"Syncing library for Apple Music\n",
		"Loaded profile for Native Instruments\n",
		"Loaded config for Hardware Acceleration\n",
		"Loaded settings for Night Shift\n",
		"Loaded settings for Buffer Size\n",
		"Loaded profile for Color Management\n",
		"Restoring session for Friday Night\n",
		"Loaded config for Sound Blaster\n",
		"Syncing library for Google Drive\n",
		"Loaded profile for Focusrite Scarlett\n",
		"Loaded config for Time Machine\n",
		"The library for Unicode Normalization\n",
		"Loading configuration for Go Modules\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// An owner in brackets after a personal device whose name has an
// apostrophe ("AirPods (O'Brien)", "Beats Studio (D'Souza)") stayed,
// where one without it goes ("AirPods (Kofi)").
func TestParenOwnerApostrophe(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Bluetooth: AirPods (O'Brien) connected\n", "O'Brien"},
		{"coreaudiod: default output changed to Beats Studio (D'Souza)\n", "D'Souza"},
		{"BTAudio: Jabra Elite (N'Golo) battery 80%\n", "N'Golo"},
		{"AirPods Pro (D’Angelo) connected\n", "D’Angelo"},
		{"Output device: Galaxy Buds2 (Siobhan O'Neill)\n", "O'Neill"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		mustNotContain(t, c.in+"/one pass", out, c.secret[len(c.secret)-4:])
	}
	for _, keep := range []string{
		"Speakers (Realtek) and AirPods (Don't)\n",
		"AirPods (L'Ambient) mode\n",
		"fmt.Println(\"AirPods (isn't) ready\")\n",
		"Microphone (Yeti) (O'Reilly book)\n",
		"AirPods (Stereo)\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A rite's recording named after its person in a path ("Videos/
// Christening - Ama.mov") and a Bar or Bat Mitzvah's ("Bar Mitzvah - Eli
// Cohen.wav") kept the name: the calendar's "Birthday - Amaka" was read
// only where a line, a quote or a key opened it, and "Mitzvah" was no
// occasion. A song's file named "Title - Artist" stays.
func TestRiteDashOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Exported /Users/dj/Movies/Christening - Ama.mov\n", "Ama.mov"},
		{`Opened C:\Users\dj\Videos\Baptism - Kofi Mensah.mp4` + "\n", "Mensah"},
		{"Render finished: \"Bar Mitzvah - Eli Cohen.wav\"\n", "Cohen"},
		{"Loaded /Users/dj/Music/Bat Mitzvah - Noa Mizrahi.wav\n", "Mizrahi"},
		{`{"path":"/Users/dj/Movies/Outdooring - Akosua.mp4"}` + "\n", "Akosua"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Playing /Music/Birthday - Katy Perry.mp3\n",
		"Playing /Music/Graduation - Kanye West.mp3\n",
		"Playing /Music/Funeral - Instrumental.wav\n",
		"Playing /Music/Christening - Instrumental.wav\n",
		"Mitzvah - Eli.wav\n",
		"Bar Mitzvah - Songs.wav\n",
		"cp /src/Funeral - Blues.mp3 .\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A quoted device name its owner's name opens with no possessive
// (`name="Ama iPad"`, `Bluetooth: "Kwame AirPods" connected`) kept the
// name: bareOwnerDevice read such names in Bluetooth listings only.
func TestQuotedBareOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`level=info msg="device paired" name="Ama iPad"` + "\n", "Ama"},
		{`Bluetooth: "Kwame AirPods" connected` + "\n", "Kwame"},
		{`{"deviceName": "Thandiwe Mokoena iPhone", "os": "17.4"}` + "\n", "Mokoena"},
		{`airplay: source "Siobhan MacBook" started streaming` + "\n", "Siobhan"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		`"Work iPhone"` + "\n",
		`"Living Room HomePod"` + "\n",
		`button title="Find iPhone"` + "\n",
		`menu item "Reset AirPods" clicked` + "\n",
		`"Settings iPhone"` + "\n",
		`"New iPad"` + "\n",
		`label="Apple Watch"` + "\n",
		`printf("Connected iPhone\n")` + "\n",
	} {
		mustKeepTwice(t, keep)
	}
}
