package redact

import "testing"

// "Full name" as Turkish, Indonesian, Malay, Vietnamese, Swahili and
// Tagalog forms, profiles and account pages write it: the key was not
// read ("Ad Soyad: Emre Yılmaz", "Họ và tên: Nguyễn Văn An" went out).
func TestNames35FullNameKeys(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Ad Soyad: Emre Yılmaz\n", "Yılmaz"},
		{"Adı Soyadı: Ayşe Demir\n", "Demir"},
		{"ADI SOYADI: AYŞE DEMİR\n", "DEMİR"},
		{`{"profile":{"Ad Soyad":"Emre Yılmaz","Şehir":"İzmir"}}` + "\n", "Yılmaz"},
		{"Nama lengkap: Budi Santoso\n", "Santoso"},
		{"Nama penuh: Siti Aminah binti Yusof\n", "Aminah"},
		{"Họ và tên: Nguyễn Văn An\n", "Nguyễn Văn An"},
		{"Ho va ten: Tran Thi Lan\n", "Tran Thi Lan"},
		{"Jina kamili: Wanjiru Kamau\n", "Kamau"},
		{"Buong pangalan: Maria Santos\n", "Santos"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Nama lengkap wajib diisi\n",
		"Soy sauce: 2 tbsp\n",
		"Jinja2: 3.1.2\nhover: true\n",
		"Adı: 3 öğe\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A learned name written in capitals with letters outside ASCII: the
// folded-name matcher took only a capital and a small letter ("Zoë"), so
// "ZOË", "AYŞE", "DEMİR" (Turkish dotted İ) went out after zoe, ayse or
// "Ayşe Demir" were learned.
func TestNames35CapitalsOutsideASCII(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"/Users/zoe/Music/Serato/Logs/serato.log\n[2026-03-14 22:10:03] Deck 1 loaded: \"Night Drive\" by ZOË (Extended Mix)\n", "ZOË"},
		{"C:\\Users\\ayse\\Music\\rekordbox\\rekordbox.log\nPlaylist renamed to AYŞE SET 2026\n", "AYŞE"},
		{"Full name: Ayşe Demir\nMC: AYŞE DEMİR, opening set\n", "DEMİR"},
		{"HOME=/home/isil\n<ENTRY MODIFIED_DATE=\"2026/3/14\" TITLE=\"Gece\" ARTIST=\"IŞIL\">\n", "IŞIL"},
		{"USER=kwame.mensah\nBANNER: KWAME MENSAH LIVE\n", "MENSAH"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// (the learned names stay names; words in capitals that fold to no
	// learned name stay)
	out := scrubTwice(t, "HOME=/Users/zoe\nNow playing: BEYONCÉ - HALO\nSIGUR RÓS - HOPPÍPOLLA\nCAFÉ DEL MAR VOL. 2\nDÉJÀ VU (REMIX)\nZOOË\n")
	mustKeep(t, "zoe", out, "BEYONCÉ - HALO", "SIGUR RÓS - HOPPÍPOLLA", "CAFÉ DEL MAR VOL. 2", "DÉJÀ VU (REMIX)", "ZOOË")
	out = scrubTwice(t, "user=ayse\nDURUM: HAZIR\nİSTANBUL GECESİ - ŞARKI\nÇIKIŞ KODU 0\nAYŞEGÜL\n")
	mustKeep(t, "ayse", out, "DURUM: HAZIR", "İSTANBUL GECESİ - ŞARKI", "ÇIKIŞ KODU 0", "AYŞEGÜL")
	mustKeepTwice(t, "CAFÉ DEL MAR\nMOTÖRHEAD - ACE OF SPADES\nÉTAT: PRÊT\n")
}

// A DJ's or producer's handle that glues a suffix, or "DJ" before it, to
// a learned name ("KwabenaFX", "ngozibeats", "KofiBeats", "DJKofi"): the
// literal matcher found the name only at a word's end, and the handle
// went out.
func TestNames35GluedHandles(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"HOME=/Users/kwabena\n2026-03-14 22:04:11.532 Serato DJ Pro[812:20311] Live stream title set: \"KwabenaFX Live @ Accra\"\n", "KwabenaFX"},
		{"C:\\Users\\ngozi\\AppData\\Local\\Mixcloud\\upload.log\n[INFO] Uploading \"Lagos Sunset.wav\" as ngozibeats\n", "ngozibeats"},
		{"USER=kofi\nrekordbox: Cloud library owner KofiBeats synced 412 tracks\n", "KofiBeats"},
		{"HOME=/Users/kofi\n[obs-websocket] stream target rtmp://live.twitch.tv/app for kofidj\n", "kofidj"},
		{"USER=kofi\nEvent: Saturday night set by DJKofi (2h)\n", "DJKofi"},
		{"/Users/thabo/Library/Logs/Ableton/Log.txt\n2026-03-14T21:02:33: info: Export to /Users/thabo/Music/ThaboMusic/Exports/set.wav\n", "ThaboMusic"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// (products and words that glue the same suffixes stay, the learned
	// names around them or not)
	const products = "Plugin KontaktFX loaded\nProTools session\nSoundFX bank\nAutoMix off\nEchoFX 2.1\nNativeMusic\nStudioFX\nDJAudio 3\nDJController MIDI\ndjangoapp\n"
	out := scrubTwice(t, "USER=kofi\nHOME=/Users/kwabena\n"+products)
	mustKeep(t, "handles", out, "KontaktFX", "ProTools", "SoundFX", "AutoMix", "EchoFX 2.1", "NativeMusic", "StudioFX", "DJAudio", "DJController", "djangoapp")
	mustKeepTwice(t, products)
}

// A drive named after its owner, as a key's whole value ("Mount Point:
// /Volumes/AKOSUA USB", system_profiler's and diskutil's): replaced there
// but not learned, so the label went out where an app named it bare.
func TestNames35OwnerDriveLabel(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"                  BSD Name: disk4s1\n                  Mount Point: /Volumes/AKOSUA USB\n2026-03-14 21:58:02 Serato DJ Pro: Library on AKOSUA USB scanned\n", "AKOSUA USB"},
		{"   Mount Point:               /Volumes/Kwame SSD\nrekordbox: export to Kwame SSD finished (212 tracks)\n", "Kwame SSD"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	out := scrubTwice(t, "Mount Point: /Volumes/Serato DJ Pro\nInstalling Serato DJ Pro 3.1\n")
	mustKeep(t, "disk image", out, "Installing Serato DJ Pro 3.1")
	mustKeepTwice(t, "Mount Point: /Volumes/SANDISK USB\nSANDISK USB\nMount Point: /Volumes/USB DISK\nUSB DISK\nNO NAME\nUNTITLED\n")
}
