package redact

import (
	"strings"
	"testing"
)

// A DJ names the first dance's song after the couple, the occasion's
// word left out: "Busi & Themba first dance.wav" kept both names (only a
// wedding's own words, "Wedding", "Walima", "Mehndi", were read), and
// "Themba First Dance", once Themba was learned, learned "First" as his
// surname.
func TestNames27CoupleFirstDance(t *testing.T) {
	for in, secret := range map[string]string{
		"Loaded track: /Users/dj/Music/Weddings 2026/Busi & Themba first dance.wav\n": "Themba",
		"Analyzing \"Busi & Themba first dance.wav\" (BPM 72)\n":                      "Busi",
		"Recording saved: Chiamaka & Obinna First Dance.mp3\n":                        "Obinna",
		"Deck A: Lan and Tuan first dance.flac\n":                                     "Tuan",
		"Crate: Aylin & Emre first dance\n":                                           "Aylin",
	} {
		checkBothPaths(t, in, secret)
	}
	out := scrubTwice(t, "Music/Weddings/Busi & Themba First Dance.mp3\nFirst run done\n")
	mustNotContain(t, "first dance", out, "Themba")
	if !strings.Contains(out, "First Dance.mp3") || !strings.Contains(out, "First run done") {
		t.Errorf("First learned as a surname: %q", out)
	}
	for _, keep := range []string{
		"Loaded track: Salt & Pepper first dance.wav\n", "Sugar & Spice First Dance.mp3\n",
		"Rock & Roll first dance medley.mp3\n", "Love & Happiness first dance.flac\n",
		"Drum & Bass first dance edit.wav\n", "Q&A first dance lessons\n",
		"R & B First Dance Songs.m3u\n", "Black & Gold First Dance.mp3\n",
		"if a && b first dance(x)\n", "Hall & Oates first dance.mp3\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A crash report's user feedback signs a quoted comment with the
// writer's name after a dash: `Comment: "Please fix the crash, I lose my
// sets" - Mandla` kept the name, with '-', "--", an en or an em dash.
func TestNames27QuotedFeedbackSignature(t *testing.T) {
	for in, secret := range map[string]string{
		"Comment: \"Please fix the crash, I lose my sets\" - Mandla\n":                "Mandla",
		"Feedback: \"app froze twice\" \u2014 Ngozi A.\n":                             "Ngozi",
		"\"Works now, thanks!\" -- Rahul Sharma\n":                                    "Sharma",
		"User Comment: \"waveform stuck after sleep\" \u2013 Wojciech Kowalczyk\n":    "Kowalczyk",
		"[feedback] id=4411\n  \"deck B keeps drifting off beat\" - Nguyen Thi Mai\n": "Nguyen Thi Mai",
		"user_feedback=\"crashes when I load a crate, help\" - Oluwaseun Adeyemi\n":   "Adeyemi",
		"Note: \"Sync was fine until the update.\" -- Zeynep Yilmaz\n":                "Zeynep",
		"Review: \"lost my cue points again\" \u2014 Li Wei\n":                        "Li Wei",
	} {
		checkBothPaths(t, in, secret)
	}
	for _, keep := range []string{
		"Error: \"Out of memory\" - see log\n", "\"Start\" - Stop\n", "\"Out of memory\" - see log\n",
		"Now playing: \"Hotel California\" - Eagles\n", "\"Hotel California\" - Eagles\n",
		"  \"Man in the Mirror\" - Michael Jackson\n", "Error: \"connection reset by peer\" - Retry Later\n",
		"Comment: \"Please fix the crash\" - Crash Reporter\n", "Comment: \"see attached log\" - Anonymous\n",
		"Label \"Save as\" - Enabled\n", "msg = \"value out of range\" - Exception\n",
		"Comment: \"fix the crash\" - Support Team\n", "\"use -- to end options\" -- Bash Manual\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A library's owner named by a lower-case handle after "created by",
// "shared by", "owned by" ("Playlist created by tobiloba.a", "Crate
// shared by kofi_m") kept it: only a capitalised name was read there.
func TestNames27ByHandle(t *testing.T) {
	for in, secret := range map[string]string{
		"[Library] Playlist created by tobiloba.a (42 tracks)\n":                    "tobiloba.a",
		"2026-12-06 21:04:11 INFO Crate shared by kofi_m\n":                         "kofi_m",
		"sync: Folder owned by zoe.k, skipping\n":                                   "zoe.k",
		"Smart playlist \"Amapiano\" created by thandi_nkosi.\n":                    "thandi_nkosi",
		"Collection uploaded by wei.zhang88 on 2026-11-30\n":                        "wei.zhang88",
		"{\"event\":\"share\",\"detail\":\"Crate shared by ngozi_a, read-only\"}\n": "ngozi_a",
	} {
		checkBothPaths(t, in, secret)
	}
	for _, keep := range []string{
		"File created by root\n", "Folder owned by system\n", "Cache created by com.apple.xyz\n",
		"Lock file created by setup.py\n", "Directory owned by www_data\n", "Socket owned by systemd.socket\n",
		"Crate shared by node_modules\n", "Index created by init_task.\n", "Report created by sys_admin\n",
		"Bundle created by main.go\n", "Backup created by example.io\n", "Map created by os.path\n",
		"Archive created by tar_gz\n", "Page shared by Bumba Xpress Ltd\n", "created by the user\n",
		"goroutine 9 [select]:\ncrashd/pool.(*P).loop()\n\t/src/pool/pool.go:88 +0x1a4\ncreated by pool.spawn in goroutine 7\n",
		"created by net.start\n", "created by runtime.gc\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A DJ tags a track with whom it was asked for, in a quoted tag or
// comment: `My Tag "Yaw request"`, `Comment "Ngozi req"`, `Tag: "for
// Abena"` kept the name (only "req by Sipho Dlamini" was read).
func TestNames27QuotedRequestTag(t *testing.T) {
	for in, secret := range map[string]string{
		"[TagEditor] My Tag \"Yaw request\" added to 3 tracks\n":                              "Yaw",
		"Track 118 Comment \"Ngozi req\" saved\n":                                             "Ngozi",
		"Tag: \"for Abena\"\n":                                                                "Abena",
		`    <TRACK TrackID="7" Name="Water" Comments="Chidinma request" Rating="0"/>` + "\n": "Chidinma",
		`{"id":412,"comment":"Tendai req","bpm":112}` + "\n":                                  "Tendai",
		"Grouping: \"for Kwame Asante\"\n":                                                    "Asante",
		"MyTag=\"Siobhan requested\" (1 track)\n":                                             "Siobhan",
	} {
		checkBothPaths(t, in, secret)
	}
	for _, keep := range []string{
		"Tag: \"for Later\"\n", "Comment \"Feature request\"\n", "Tag \"Pull request\" merged\n",
		"Comment \"Guest request\"\n", "My Tag \"Bride request\"\n", "Tag: \"for Windows\"\n",
		"Label \"for Export\"\n", "Comment \"HTTP req\"\n", "Tag: \"for Tonight\"\n",
		"Sent \"Kofi request\" event\n", "Comments=\"Peak request\"\n", "Tag: \"for Everyone\"\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A couple named by their first names alone, where one of them was
// learned (the account "nomsa") and nothing else marks them: "Nomsa &
// Sizwe braai" kept Sizwe. The partner beside a learned name is learned
// now; a group's word ("& Friends", "& Co") and an event's ("Ama
// Dinner": no surname) stay.
func TestNames27LearnedPartner(t *testing.T) {
	for in, secret := range map[string]string{
		"User: nomsa\nLoaded crate: Nomsa & Sizwe braai\n":                            "Sizwe",
		"Home: /Users/kofi\nPlaylist \"Kofi & Ama Dinner\" (18 tracks)\n":             "Ama",
		"login: adaeze\nRecording saved: Chukwuemeka and Adaeze engagement mix.wav\n": "Chukwuemeka",
		"USER=tomasz\nsync: Tomasz & Agnieszka sangria night.m3u8 uploaded\n":         "Agnieszka",
		"Account: mehmet\nCue notes: \"Mehmet & Elif kina gecesi\" set, 2 decks\n":    "Elif",
	} {
		checkBothPaths(t, in, secret)
	}
	for in, keep := range map[string]string{
		"User: kofi\nKofi & Ama Dinner.crate\n": "Dinner",
		"User: nomsa\nNomsa & Friends.crate\n":  "Friends",
		"User: kofi\nKofi & Co Sound\n":         "& Co",
		"User: thabo\nThabo & Sons Audio\n":     "Sons",
		"User: ama\nAma & Crew live\n":          "Crew",
		"User: yaw\nYaw & Family\n":             "Family",
		"User: lerato\nLerato & Me\n":           "Me",
		"User: rock\nRock & Roll Hall\n":        "Roll",
	} {
		if out := scrubTwice(t, in); !strings.Contains(out, keep) {
			t.Errorf("%q learned: %q", keep, out)
		}
	}
	for _, keep := range []string{
		"Salt & Pepper\n", "Drum & Bass mix\n", "Tom & Jerry\n", "Q&A\n", "Rock & Roll\n",
	} {
		mustKeepTwice(t, keep)
	}
}
