package redact

import "testing"

// A home account's first name opening a folder's or a file's name, then
// the person's surname ("/home/thandiwe/Music/Thandiwe Mokoena/Mixes"):
// only a first name learned as a person's took the next word as its
// surname, and the surname went out after an account's first name.
func TestPath36SurnameAfterAccountInPath(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Dec  7 21:14:09 studio-pc pulseaudio[2211]: Loading /home/thandiwe/Music/Thandiwe Mokoena/Mixes/amapiano-set-03.flac\n", "Mokoena"},
		{"2026-12-07 21:14:09.112 [INFO] Scanning C:\\Users\\kofi\\Documents\\Kofi Mensah Sets\\Highlife Night.m3u8\n", "Mensah"},
		{`{"track":{"location":"C:\\Users\\kofi\\Music\\Kofi Mensah\\Kwaku the Traveller.mp3","bpm":112}}` + "\n", "Mensah"},
		{"Ableton Live 12.1.5: Set loaded: /Users/ngozi/Music/Ngozi Adeyemi - Live at Ozone.als\n", "Adeyemi"},
		{"<TRACK Location=\"file://localhost/Users/ngozi/Music/Ngozi%20Adeyemi/Afro%20Set.mp3\"/>\n", "Adeyemi"},
		{"open file:///Users/ngozi/Music/Ngozi%20Adeyemi%20Sets/intro.wav\n", "Adeyemi"},
		{"rekordbox: Import C:\\Users\\wanjiru\\Desktop\\Wanjiru Kamau (2025)\\Nairobi.wav\n", "Kamau"},
		{"Serato: crate path /Users/mehmet/Music/_Serato_/Subcrates/Mehmet Yılmaz Mixes.crate\n", "Yılmaz"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// words after the name that name what the folder holds, or a first
	// name that is a word ("max"), stay words
	out := scrubTwice(t, "HOME=/home/kofi\n/home/kofi/Music/Kofi Mix/a.mp3\n/home/kofi/Music/Kofi Live/b.mp3\n"+
		"/home/thandiwe/Thandiwe Sessions/x.als\n/home/thandiwe/Thandiwe Presets/Keys.adv\n/home/thandiwe/Thandiwe Notes/todo.txt\n"+
		"/Users/max/Documents/Max Patches/fm.maxpat\n/Users/max/Max Buffer Size/readme\n")
	mustKeep(t, "kofi", out, " Mix/a.mp3", " Live/b.mp3", " Sessions/x.als", " Presets/Keys.adv", " Notes/todo.txt", " Patches/fm.maxpat", " Buffer Size/readme")
	out = scrubTwice(t, "USER=ama\nLoaded /home/ama/Ama Music Library/Serato Kick.wav\nAma Kontakt7 Serum2 Massive X\n")
	mustKeep(t, "ama", out, " Music Library/Serato Kick.wav", "Kontakt7 Serum2 Massive X")
	mustKeepTwice(t, "/usr/share/doc/Max Buffer Size/\nC:\\Program Files\\Native Instruments\\Massive X\\\n/Applications/Max.app/Contents/Max Patches/\n")
}

// A machine named after its owner's first name and surname and then the
// machine ("njeri-gathoni-thinkpad", "kofi-mensah-pc"): learned as a host,
// it taught no name (ownerHostEnd reads one name before the machine's
// word), and the surname alone went out elsewhere in the report.
func TestPath36TwoNameHostOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"HOME=/home/njeri\nDec  7 09:12:01 njeri-gathoni-thinkpad kernel: [   12.301] usb 1-2: new high-speed USB device number 3\nDec  7 09:12:04 njeri-gathoni-thinkpad mixxx[2210]: Loading /media/usb/Gathoni Mixes/set.m3u\n", "Gathoni"},
		{"USER=njeri\nthanks Gathoni for the set\nDec  7 09:12:01 njeri-gathoni-thinkpad systemd[1]: Started Mixxx.\n", "Gathoni"},
		{"USER=kofi\nhostname=kofi-mensah-pc\nmixxx: track \"Mensah Highlife Edit.mp3\" added by Mensah\n", "Mensah"},
		{"USERNAME=kofi\nComputer name: KOFI-MENSAH-PC\nC:\\Music\\Mensah\\intro.wav\n", "Mensah"},
		{"Dec  7 22:40:11 Amara-Okafor-XPS-13-9380 pipewire[1402]: mod.rt: RTKit error\nOkafor set uploaded\n", "Okafor"},
		{"Dec  7 22:40:11 Ngozi-Adeyemi-MBP.local mDNSResponder[211]: started\nLibrary: /Volumes/Adeyemi Music/Rekordbox\nAdeyemi signed in\n", "Adeyemi"},
		{"HOME=/home/wanjiru\nDec  7 22:40:11 wanjiru-kamau-laptop-2 NetworkManager[812]: <info> hostname changed\nKamau", "Kamau"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// machines no person names: a service, a build agent, a cloud's
	// address, a team's desktop; their words stay elsewhere
	out := scrubTwice(t, "Dec  7 09:12:01 web-server-01 sshd[22]: Accepted publickey\nDec  7 09:12:02 build-agent-linux cron[1]: job done\n"+
		"Dec  7 09:12:03 ip-10-0-0-12 systemd[1]: Started\nDec  7 09:12:04 kde-plasma-desktop kernel: x\nDec  7 09:12:05 render-farm-workstation kernel: y\n"+
		"web server ready; build agent linux; KDE Plasma desktop; render farm\n")
	mustKeep(t, "hosts", out, "web server ready; build agent linux; KDE Plasma desktop; render farm")
	// a nickname of two words in one case, no learned account's: its
	// words are no one's name
	out = scrubTwice(t, "Dec  7 10:00:01 red-dragon-laptop kernel: x\nDec  7 10:00:02 BLACK-BEAST-PC kernel: y\n"+
		"Red Dragon keyboard; Black screen after Beast mode\n")
	mustKeep(t, "nicknames", out, "Red Dragon keyboard; Black screen after Beast mode")
}

// A handle gluing digits to a learned name, or to the name and a handle's
// suffix ("kofibeats2", "Ngozi2024", "ngozi_dj99", "kofi_mensah85"): the
// literal matcher found the name only at a word's end, and the account's
// tail only of letters, so the handle or the surname went out.
func TestPath36HandleDigits(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"HOME=/home/kofi\n2026-12-07 21:40:02 [SoundCloud] upload finished: https://soundcloud.com/kofibeats2/afro-house-set by kofibeats2\n", "kofibeats2"},
		{"USER=ngozi\nDec  7 21:40:02 studio OBS[4410]: twitch: connected as Ngozi2024\n", "Ngozi2024"},
		{"USER=ngozi\n[chat] <ngozi_dj99> thanks for tuning in!\nMixcloud: https://www.mixcloud.com/ngozi_dj99/\n", "dj99"},
		{"HOME=/Users/thandiwe\nuploaded as thandiwe.mixes2024 to mixcloud\n", "mixes2024"},
		{"USER=kofi\nrekordbox: cloud library owner kofi_mensah85 synced\n", "mensah"},
		{"USER=kofi\n{\"handle\":\"KofiBeats2\",\"plan\":\"pro\"}\n", "KofiBeats2"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
	}
	// one digit after the name is a version's as often ("Blake2",
	// "darwin9"); a name inside a longer word, a version, a file's or a
	// platform's word after it, and products stay
	out := scrubTwice(t, "USER=kofi\nkofi2 kofi2.0 x86_64-apple-kofi22 org.kofi.systemd1 kofi_win32 kofi.mp3 kofi12345\nSerum2 Kontakt7 Massive X\n")
	mustKeep(t, "kofi", out, "kofi2 kofi2.0 x86_64-apple-kofi22 org.", ".systemd1", "_win32", ".mp3", "kofi12345", "Serum2 Kontakt7 Massive X")
	mustKeepTwice(t, "Optimized implementations of Blake2 for darwin9 and python310\nSerum2 Kontakt7 Massive X\nsha256 md5 ipv6 win32\n")
}
