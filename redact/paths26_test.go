package redact

import "testing"

// A given name and a family name glued to an occasion in a DJ's file
// name ("Obiora_Nnamdi_birthday_set.mp3") name a person, as one name
// does ("zanele_birthday_mix.mp3").
func TestGluedFileTwoNames(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Now playing: /Users/dj/Music/Obiora_Nnamdi_birthday_set.mp3\n", "Nnamdi"},
		{"Now playing: /Users/dj/Music/Obiora_Nnamdi_birthday_set.mp3\n", "Obiora"},
		{"Loaded crate: Ama-Serwaa-Wedding-Reception.crate\n", "Serwaa"},
		{"[AudioEngine] decode C:\\Users\\dj\\Music\\Siobhan_Gallagher_Engagement.flac ok\n", "Gallagher"},
		{"Track loaded: Mei_Tanaka_30th_birthday.wav\n", "Tanaka"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Now playing: Happy_Birthday_Remix.mp3\n",
		"Now playing: White_Wedding_Extended.flac\n",
		"Loaded crate: Summer_Party_Birthday_Mix.crate\n",
		"Loaded crate: Drum_Bass_Wedding.crate\n",
		"Now playing: Best_Birthday_Ever.mp3\n",
		"open(\"Big_Day_Wedding.mp3\") = 3\n",
		"Now playing: Royal_Wedding_March.wav\n",
		"Now playing: Birthday_Party_Mix.mp3\n",
		"Loaded Black_Tie_Wedding.mp3\n",
		"Loaded Mixtape_Vol_30th.mp3\n",
		"Loaded Golden_Hour_Wedding_Mix.mp3\n",
		"Loaded Afro_House_Wedding.mp3\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A quinceañera, spelled with its ñ, before "de" and the girl's name is
// hers, in a folder's name as in a line ("Cumpleaños de Lucía").
func TestQuinceaneraOf(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Now playing: /Users/dj/Music/Quinceañera de Valentina/intro.mp3\n", "Valentina"},
		{"Loaded crate: Quinceañera de Ximena Castillo\n", "Castillo"},
		{"[Library] added C:\\Users\\dj\\Music\\Quinceañera de Guadalupe\\vals.wav\n", "Guadalupe"},
		{"D:\\Mezclas\\Cumpleanos de Valentina\\set.wav\n", "Valentina"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Loaded crate: Quinceañera Hits\n",
		"Loaded crate: Quinceañera Vals Classics 2024\n",
		"Quinceañera de la Ciudad\n",
		"Now playing: Quinceañera.mp3 by Fuerza Regida\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A file URL's name made for a person, its blanks encoded as "%20", names
// the person as its plain form does ("Gig for Ama Serwaa.wav"); a
// recording's intro for someone names them before a media file's
// extension ("Intro for Abena Osei.wav").
func TestMadeForURLEncoded(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`<TRACK Location="file://localhost/Users/dj/Music/Recordings/Intro%20for%20Abena%20Osei.wav" Name="Intro"/>` + "\n", "Osei"},
		{`<TRACK Location="file://localhost/Users/dj/Music/Recordings/Intro%20for%20Abena%20Osei.wav" Name="Intro"/>` + "\n", "Abena"},
		{"open file://localhost/Users/dj/Music/Gig%20for%20Ama%20Serwaa.wav failed: -43\n", "Serwaa"},
		{"open file://localhost/Users/dj/Music/2026-03-14%20Set%20for%20Tendai%20Moyo.m3u failed\n", "Moyo"},
		{"[Library] file:///C:/Users/dj/Music/Mix%20for%20Ngozi.crate missing\n", "Ngozi"},
		{"open file://localhost/Users/dj/Music/Kwame%27s%20Birthday.crate failed\n", "Kwame"},
		{"Loaded /Users/dj/Music/Recordings/Entrance for Siobhan Murphy.wav\n", "Murphy"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"open file://localhost/Users/Shared/Music/Mix%20for%20Radio.mp3 failed\n",
		"open file://localhost/Users/Shared/Music/Set%20for%20Tomorrow.crate failed\n",
		"GET /docs/Intro%20for%20Beginners.pdf HTTP/1.1\n",
		"GET /wiki/Intro%20for%20Developers HTTP/1.1\n",
		"Opened Intro for Beginners.pdf\n",
		"See Intro for Beginners.md in the docs folder\n",
		"open file://localhost/Users/Shared/Music/Playlist%20for%20Friday.m3u failed\n",
		"open file://localhost/Users/Shared/Music/Tracks%20for%20Afro%20House.crate failed\n",
		"search?q=gear%20for%20DJ%20Sets&page=2\n",
		"open file://localhost/Users/Shared/Music/Intro%20for%20Deep%20House.wav failed\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A print queue named after its owner after the printer's model names
// the owner: CUPS's error_log and lpstat's lines; a model's, a
// product's, a place's word is none.
func TestPrinterQueueOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"I [06/Dec/2026:10:01:02 +0000] [Job 42] Job queued on 'HP_LaserJet_Chipo_Office' by 'root'.\n", "Chipo"},
		{"printer HP_OfficeJet_Pro_Kofi is idle.  enabled since Sat Dec  5 10:00:00 2026\n", "Kofi"},
		{"device for Brother-HL-L2350DW-Ama: ipp://192.168.1.40/ipp/print\n", "Ama"},
		{"printer HP_DeskJet_2700_Tobias is idle.\n", "Tobias"},
		{"E [06/Dec/2026:10:01:02 +0000] [Job 7] Printer EPSON_ET-2850_Priyanka not responding\n", "Priyanka"},
		{"Brother_MFC-L2710DW_Zoë accepting requests since Sat Dec  5 10:00:00 2026\n", "Zoë"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"printer HP_LaserJet_Pro_M404 is idle.\n",
		"printer Canon_iR-ADV_C5535_Office is idle.\n",
		"printer EPSON_ET-2850_Series is idle.\n",
		"printer Brother_HL_L2350DW_series is idle.\n",
		"printer HP_Color_LaserJet_MFP_M479fdw is idle.\n",
		"printer Samsung_M2020_Series is idle.\n",
		"printer Xerox_WorkCentre_6515 is idle.\n",
		"printer Kyocera_ECOSYS_P2040dw is idle.\n",
		"printer EPSON_XP-440_Garage is idle.\n",
		"printer HP_ENVY_6000_Kitchen is idle.\n",
		"printer Lexmark_MS321dn_Finance is idle.\n",
		"printer Ricoh_Aficio_MP_C3003_Floor2 is idle.\n",
		"Samsung-Galaxy-S23-Ultra connected\n",
		"Epson-Perfection-V600-Photo scanner\n",
		"installing Brother_HL-L2350DW_Printer_Driver.pkg\n",
		"loaded hp-LaserJet-Professional-Plugin\n",
		"Canon_EOS_R5_Camera attached\n",
		"Samsung_SSD_980_PRO_1TB\n",
		"Ricoh-Theta-Z1-Camera attached\n",
		"func Test_HP_Printer_Setup(t *testing.T)\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A track's note names who asked for it by a full name, with what for
// after it: "requested by Nomvula Khumalo for the first dance".
func TestRequestedByFor(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Track note: requested by Nomvula Khumalo for the first dance\n", "Khumalo"},
		{"Comment: Requested by Nomvula Khumalo for the first dance\n", "Nomvula"},
		{`{"comment":"req by Aroha Ngata for her mum's 60th"}` + "\n", "Ngata"},
		{"Note: request by Diego Fernández for the entrance\n", "Fernández"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Restart requested by Windows Update for the installation of KB5034441\n",
		"Reboot requested by Software Update for the installation of macOS 15.2\n",
		"Access requested by Google Chrome for the microphone\n",
		"Permission requested by Visual Studio for the debugger\n",
		"Shutdown requested by Task Scheduler for the maintenance window\n",
		"Created by Visual Studio for Mac\n",
		"Feature requested by Many Users for years\n",
	} {
		mustKeepTwice(t, keep)
	}
}
