package redact

import (
	"strings"
	"testing"
)

// A capitalised name owning a capitalised thing ("Thandiwe's JBL Flip 5",
// "Andrey's Sonos Move", "E:\Thandiwe's Music") is named after its owner,
// whatever the thing is; common possessives ("Today's Top Hits") are kept.
func TestNamesOwnerAnyDevice(t *testing.T) {
	cases := []struct{ in, secret, keep string }{
		{"Device 00:42:79:AA:BB:CC Thandiwe's JBL Flip 5\n", "Thandiwe", "'s JBL Flip 5"},
		{"AirPlay: Andrey's Sonos Move\n", "Andrey", "AirPlay: "},
		{"\tDescription: Thandiwe's JBL Flip 5\n", "Thandiwe", "Description: "},
		{"library E:\\Thandiwe's Music\\crate.m3u\n", "Thandiwe", "'s Music\\crate.m3u"},
		{"paired with Amélie’s Bose QC45\n", "Amélie", "’s Bose QC45"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "later "+c.secret+" again")
		out := scrubTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secret)
		mustKeep(t, c.in, out, c.keep)
	}
	// common possessives, brands, contractions and titles stay
	for _, in := range []string{
		"Now playing: Today's Top Hits - Spotify\n", "Editor's Choice\n", "Women's Health Radio\n",
		"Children's Music\n", "Valentine's Day Mix\n", "Let's Dance by David Bowie\n", "It's Alright\n",
		"Apple's Music app\n", "Mother's Day\n", "New Year's Eve set\n", "That's Not My Name\n",
		"What's Going On\n", "The Queen's Gambit OST\n", "a Driver's License\n", "God's Plan - Drake\n",
		"Sgt. Pepper's Lonely Hearts Club Band\n", "McDonald's Radio\n", "Serato's Beatport Link\n",
		"the user's Music folder\n", "Here's Johnny\n", "Everybody's Free\n", "Rapper's Delight\n",
		"Life's a Beach\n", "DJ's Choice\n", "Kai's\n", "Bob's bar\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("over-scrub: %q -> %q", in, out)
		}
	}
}

// Possessive spellings beyond "Name's": all capitals, a full name, a
// lowercase name with an apostrophe, URL-encoded, a JSON \u2019 escape in
// a text log.
func TestNamesPossessiveVariants(t *testing.T) {
	cases := []struct {
		in      string
		secrets []string
		keep    string
	}{
		{"BT: THANDIWE'S IPHONE\n", []string{"THANDIWE"}, "'S IPHONE"},
		{"BT: Thandiwe Mokoena's MacBook Air\n", []string{"Thandiwe", "Mokoena"}, "'s MacBook Air"},
		{"BT: o'brien-smith's Pixel 8\n", []string{"o'brien-smith", "brien"}, "'s Pixel 8"},
		{"GET /devices?name=Thandiwe%27s%20MacBook%20Pro\n", []string{"Thandiwe"}, "%27s%20MacBook%20Pro"},
		{"{\"device\":\"Thandiwe\\u2019s iPhone\"}\n", []string{"Thandiwe"}, "\\u2019s iPhone"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, c.secrets, "later "+c.secrets[0]+" again")
		out := scrubTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secrets...)
		mustKeep(t, c.in, out, c.keep)
	}
	// the word before a single name is no surname when it is a verb or
	// a label; lowercase common nouns own nothing
	for _, c := range []struct{ in, keep string }{
		{"Connected Thandiwe's iPhone\n", "Connected "},
		{"Paired Kai's iPhone\n", "Paired "},
		{"Device Kai's iPhone\n", "Device "},
		{"AirPlay Kai's Sonos\n", "AirPlay "},
		{"Playing Kai's Mix\n", "Playing "},
	} {
		out := scrubTwice(t, c.in)
		mustKeep(t, c.in, out, c.keep)
		mustNotContain(t, c.in, out, "Kai", "Thandiwe")
	}
	for _, in := range []string{"it's Mac time", "the drive's SSD cache", "the app's PC build", "user's iPhone",
		"GET /search?q=Today%27s%20Top%20Hits\n", "IT'S MAC TIME\n", "WHAT'S NEW\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("over-scrub: %q -> %q", in, out)
		}
	}
}

// The default device names of iOS and macOS in other languages:
// "田中太郎のiPhone", "iPhone von Jürgen", "MacBook Pro de Amélie".
func TestNamesLocalisedDevices(t *testing.T) {
	cases := []struct{ in, secret, keep string }{
		{"BT: 田中太郎のiPhone\n", "田中太郎", "のiPhone"},
		{"BT: 田中太郎のMacBook Pro\n", "田中太郎", "のMacBook Pro"},
		{"BT: iPhone von Jürgen\n", "Jürgen", "BT: iPhone von "},
		{"BT: MacBook Pro de Amélie\n", "Amélie", "BT: MacBook Pro de "},
		{"BT: iPhone di Marco\n", "Marco", "BT: iPhone di "},
		{"BT: iPad van Sanne connected\n", "Sanne", " connected"},
		{"AirPlay: iPhone 15 Pro Max de Juan Carlos\n", "Juan Carlos", "iPhone 15 Pro Max de "},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "later "+c.secret+" again")
		out := scrubTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secret)
		mustKeep(t, c.in, out, c.keep)
	}
	for _, in := range []string{"iPhone de 2019\n", "iPhone von Apple\n", "MacBook Pro de SanDisk\n", "Mac de facto\n",
		"iPhone de la Maison\n", "Le Mac de Jean\n"[:0] + "la lista de Marco\n", "のiPhone\n", "設定のiPhone\n"[:0] + "version de Python\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("over-scrub: %q -> %q", in, out)
		}
	}
}

// ASCII spellings of a learned non-ASCII name name the same person:
// "kjærstad" is also "kjaerstad", "Jürgen" "Juergen" and "Jurgen".
func TestNamesTransliterated(t *testing.T) {
	cases := []struct {
		learn string
		later []string
	}{
		{"home=/home/kjærstad\n", []string{"mounted by kjaerstad", "KJAERSTAD-MBP"}},
		{"C:\\Users\\Jürgen\\AppData\n", []string{"hi Juergen", "hi Jurgen"}},
		{"/Users/søren/Music\n", []string{"by soren", "by soeren"}},
		{"/home/åse.lund/x\n", []string{"aase.lund", "ase.lund"}},
		{"/home/łukasz.wróbel/x\n", []string{"lukasz.wrobel", "Wrobel"}},
		{"/home/josé/x\n", []string{"jose"}},
		{"C:\\Users\\Groß\\x\n", []string{"Gross"}},
		{"C:\\Users\\Ðorđe\\x\n", []string{"Dorde"}},
	}
	for _, c := range cases {
		s := newSession(t, Config{})
		s.Learn([]byte(c.learn))
		for _, l := range c.later {
			if out := s.ScrubString(l); out == l {
				t.Errorf("learned %q: %q kept", c.learn, l)
			}
		}
		if out := s.ScrubString("Amsterdam Juli Jose"); c.learn[0] == 'h' && out != "Amsterdam Juli Jose" {
			t.Errorf("over-scrub %q", out)
		}
	}
	checkAllEncodings(t, "kjaerstad", "home=/home/kjærstad\nmounted by kjaerstad\n", []string{"kjaerstad", "kjærstad"}, "later kjaerstad")
}

// A learned first name spelled in title case, followed by a title-case
// word that is no common word, verb or label, is followed by its surname:
// the surname is replaced by the same pseudonym and learned.
func TestNamesSurnameAfterLearned(t *testing.T) {
	in := "Thandiwe's iPhone\nhi Thandiwe Mokoena\nMokoena Wedding 2026.crate\n"
	out := scrubTwice(t, in)
	mustNotContain(t, in, out, "Thandiwe", "Mokoena")
	mustKeep(t, in, out, "hi <user-1> <user-1>\n", "Wedding 2026.crate")
	checkAllEncodings(t, "surname", "Thandiwe's iPhone\nhi Thandiwe Mokoena\n", []string{"Thandiwe", "Mokoena"}, "Mokoena")
	// what follows a name but names no one stays
	for _, c := range []struct{ in, keep string }{
		{"Kai's iPhone\nKai Connected\n", "Connected"},
		{"Kai's iPhone\nKai Library scan\n", "Library scan"},
		{"Kai's iPhone\nKai Playing\n", "Playing"},
		{"Kai's iPhone\nsent to Kai The End\n", "The End"},
		{"Kai's iPhone\nfrom Kai Today\n", "Today"},
		{"Kai's iPhone\nkai Smith\n", "Smith"},
		{"Kai's iPhone\nKai BT\n", "BT"},
		{"Kai's iPhone\ncopied to KAI USB/a.mp3\n", " USB/a.mp3"},
		{"Kai's iPhone\nKAI Smith\n", "Smith"},
	} {
		out := scrubTwice(t, c.in)
		mustKeep(t, c.in, out, c.keep)
		mustNotContain(t, c.in, out, "Kai")
	}
	// An account name from a home folder is no person's first name: the
	// word after it is no surname, and learning it would erase a common
	// word everywhere ("buffer" of "Max Buffer Size").
	for _, c := range []struct{ in, keep string }{
		{"/Users/max/x\nMax Buffer Size: 512\nbuffer underrun\n", "buffer underrun"},
		{"/home/mark/x\nMark Sweep Compact took 10ms\nsweep done\n", "sweep done"},
		{"C:\\Users\\Will\\x\nWill Retry Later\nretry\n", "\nretry\n"},
		{"/home/grant/x\nGrant Access Denied\naccess\n", "\naccess\n"},
	} {
		out := scrubTwice(t, c.in)
		mustKeep(t, c.in, out, c.keep)
	}
}

// A volume label with a learned name ("THANDIWE USB") loses the name. In
// a mount path (/Volumes/, /media/USER/) a label is replaced whole
// (labels.go).
func TestNamesVolumeLabels(t *testing.T) {
	for _, in := range []string{
		"HOME=/home/thandiwe\nlibrary /Volumes/THANDIWE USB/Music/a.mp3\n",
		"library /Volumes/THANDIWE USB/Music/a.mp3\nHOME=/home/thandiwe\n",
		"HOME=/home/thandiwe\nlibrary /media/tmokoena/THANDIWE USB/Music/a.mp3\n",
		"HOME=/home/thandiwe\nlibrary /run/media/x/Thandiwe USB/Music/a.mp3\n",
		"Thandiwe's iPhone\nlibrary %2FVolumes%2FTHANDIWE%20USB%2Fa.mp3\n",
	} {
		out := scrubTwice(t, in)
		mustNotContain(t, in, out, "thandiwe")
		mustKeep(t, in, out, "library ")
		if !strings.Contains(in, "/Volumes/") && !strings.Contains(in, "/media/") {
			mustKeep(t, in, out, "USB")
		}
	}
	checkAllEncodings(t, "label", "HOME=/home/thandiwe\nlibrary /Volumes/THANDIWE USB/Music/a.mp3\n", []string{"thandiwe"}, "")
	for _, in := range []string{"/media/bob/SEAN DRIVE/a.wav\n"[:0] + "/Volumes/Macintosh HD/x\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("over-scrub: %q -> %q", in, out)
		}
	}
}

// Non-ASCII names are replaced whole: a host label with a non-ASCII
// letter, a Python bytes repr of a UTF-8 home folder.
func TestNamesNonASCIIWhole(t *testing.T) {
	in := "host kjærstad-mbp.fritz.box resolved\n"
	out := scrubTwice(t, in)
	if out != "host <host-1> resolved\n" {
		t.Errorf("%q -> %q", in, out)
	}
	checkAllEncodings(t, "idn host", in, []string{"kjærstad", "kjæ"}, "later kjærstad-mbp again")
	in = "path b'/home/kj\\xc3\\xa6rstad/Music'\nmounted by kjærstad\nb'kj\\xc3\\xa6rstad'\n"
	out = scrubTwice(t, in)
	mustNotContain(t, in, out, "kj", "rstad")
	mustKeep(t, in, out, "b'/home/<user-1>/Music'\n", "by <user-1>\n")
	checkAllEncodings(t, "py bytes", "path b'/home/kj\\xc3\\xa6rstad/Music'\n", []string{"kj\\xc3", "rstad"}, "later kjærstad")
	// Windows paths keep their backslashes as separators
	for _, in := range []string{`C:\Users\xavier\xa1\x.txt`, `/home/x/\xff`} {
		out := scrubTwice(t, in)
		mustKeep(t, in, out, `\x`)
	}
}

// A first name learned alone (a possessive) takes the surname after it
// also across a URL-encoded blank, as in a navigation breadcrumb.
func TestSurnameAfterEncodedBlank(t *testing.T) {
	in := "device Thandeka's MacBook Pro\nnavigate /library/Thandeka%20Mokoena%20Mixes ok\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "surname", out, "Thandeka", "Mokoena")
	mustKeep(t, "surname", out, "%20Mixes", "'s MacBook Pro")
}

// A mount path in parentheses, brackets or quotes: its label ends before
// the closer, which stays, and the whole label (several words too) is
// replaced and learned: its name goes from the prose before it.
func TestNamesVolumeLabelInParens(t *testing.T) {
	for in, want := range map[string]string{
		"Last opened USB: SIPHO_USB (/Volumes/SIPHO_USB)\n": "Last opened USB: <label-1> (/Volumes/<label-1>)\n",
		"opened (/Volumes/Kofi Drive) ok\n":                 "opened (/Volumes/<label-1>) ok\n",
		"opened '/Volumes/Ama Backup' ok\n":                 "opened '/Volumes/<label-1>' ok\n",
		"opened [/Volumes/TOLU], retry\n":                   "opened [/Volumes/<label-1>], retry\n",
		"disk (/Volumes/Data) full\n":                       "disk (/Volumes/Data) full\n",
	} {
		if out := scrubTwice(t, in); out != want {
			t.Errorf("%q -> %q, want %q", in, out, want)
		}
	}
	checkAllEncodings(t, "label in parens", "Last opened USB: SIPHO_USB (/Volumes/SIPHO_USB)\n", []string{"SIPHO"}, "later SIPHO_USB again")
}
