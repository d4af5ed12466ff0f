package redact

import "testing"

// REAPER keeps its projects and renders under "Documents\REAPER Media\":
// the "Media" that ends that folder's name is no Linux mount (/media/x),
// and the folder after it ("Renders", a project's own) is no account.
// Learning it as one replaced "Mix" and "Renders" in every line.
func TestReaperMediaIsNoMount(t *testing.T) {
	in := `lastproject=C:\Users\Li Wei\Documents\REAPER Media\Mix for Ngozi 2024.rpp` + "\n" +
		`defrenderpath=C:\Users\Li Wei\Documents\REAPER Media\Renders` + "\n"
	out := scrubTwice(t, in)
	mustKeep(t, "reaper.ini", out, `REAPER Media\Mix for `, `REAPER Media\Renders`)
	checkBothPaths(t, in, "Ngozi")
	checkBothPaths(t, in, "Li Wei")
	for _, c := range []struct{ in, secret string }{
		{"mount: /dev/sdb1 mounted on /media/kwame.asante/USB DISK\n", "kwame.asante"},
		{"udisks: Mounted /dev/sdc1 at /run/media/ngozi_a/SAMPLES\n", "ngozi_a"},
		{`{"path":"\/media\/thabo\/DJ USB\/Music"}` + "\n", "thabo"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"defrenderpath=C:\\Users\\<user-1>\\Documents\\REAPER Media\\Renders\n",
		"Render: D:\\Audio\\REAPER Media\\Stems\\Drums.wav\n",
		"Import: E:\\Social Media\\Exports\\clip.mp4\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A session's or a license's key before a file's path: Pro Tools' and
// Serato's "Session:" name the session's file, Waves Central's
// "Licenses location:" the folder its licenses live in. The path is no
// secret: read as a token it hid the whole path and left the surname
// after the blank in "C:\Users\Aarav Sharma\…".
func TestSessionKeyBeforePath(t *testing.T) {
	for _, c := range []struct{ in, secret, keep string }{
		{"Session: /Users/farah.haddad/Documents/Pro Tools/Big Band/Big Band.ptx\n", "farah.haddad", "Documents/Pro Tools/Big Band/Big Band.ptx"},
		{"14/03/2026 10:22:32 Licenses location: C:\\Users\\Aarav Sharma\\AppData\\Roaming\\Waves Audio\\Licenses\n", "Sharma", "AppData\\Roaming\\Waves Audio\\Licenses"},
		{"[2026-03-14 10:22:33] History session: /Users/joao.silva/Music/_Serato_/History/Sessions/2026-03-14 Gig.session\n", "joao.silva", "/Music/_Serato_/History/Sessions/2026-03-14 Gig.session"},
		{`{"session":"\/Users\/kofi.mensah\/Music\/Pro Tools\/Demo.ptx"}` + "\n", "kofi.mensah", `\/Music\/Pro Tools\/Demo.ptx`},
	} {
		checkBothPaths(t, c.in, c.secret)
		mustKeep(t, c.in, scrubTwice(t, c.in), c.keep)
	}
	// a token stays one
	for _, c := range []struct{ in, secret string }{
		{"session: /9j/4AAQSkZJRgABAQAAAQABAADxq81\n", "4AAQSkZJRgABAQAAAQABAADxq81"},
		{"Cookie: session=/vK8q2mZ0pLx7TnR4wYb\n", "vK8q2mZ0pLx7TnR4wYb"},
		{"license: \"ABCD-1234-EFGH-5678\"\n", "ABCD-1234-EFGH-5678"},
	} {
		mustNotContain(t, c.in, scrubTwice(t, c.in), c.secret)
	}
}

// A producer names a preset, a rack or a sample folder after a person
// and the sound's kind ("Ngozi Pad.adv", "Efua Vocal Chops"): once the
// person's name was known (Ableton's "Mix for Ngozi 2024 Project"), the
// kind was read as a surname, learned, and "Pad" went from every line.
func TestPresetKindIsNoSurname(t *testing.T) {
	in := `2026-03-14T10:22:36.202121: info: Preset: /Users/kwame.asante/Music/Ableton/User Library/Presets/Instruments/Wavetable/Ngozi Pad.adv` + "\n" +
		`2026-03-14T10:22:37.102121: warning: Could not find sample "D:\Projects\Mix for Ngozi 2024 Project\Samples\Recorded\0001 Audio.wav"` + "\n" +
		`2026-03-14T10:22:37.202121: info: Loading sample "/Users/kwame.asante/Music/Samples/Ngozi Vocal Chops/ngozi_hook_01.wav"` + "\n" +
		"2026-03-14T10:22:38.102121: info: Wavetable: Pad, Synth and Vocal presets loaded\n"
	out := scrubTwice(t, in)
	mustKeep(t, "Log.txt", out, " Pad.adv", " Vocal Chops/", "Wavetable: Pad, Synth and Vocal presets")
	checkBothPaths(t, in, "Ngozi")
	checkBothPaths(t, in, "kwame.asante")
	for _, keep := range []string{
		"Browser: Sounds > Pad > Warm Pad.adv\n",
		"Wavetable: Synth Pad, Vocal Chops, Perc Rack\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A set or a project named after one person and a wedding's word in
// another language, or a rite of it (the bride's sangeet or mehndi, the
// family's lobola), as "Okafor Wedding.crate" is read, where the rite's
// word ends the name; two names before "Wedding" ("Mei Lin Wedding
// Medley"); a recording's name after its date.
func TestSoleRiteOwner(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`2026-03-14 10:22:33.000 [INFO] Project: C:\Users\piotr\Documents\Cubase Projects\Agnieszka Wesele\Agnieszka Wesele.cpr` + "\n", "Agnieszka"},
		{"Loading crate: Subcrates/Priya Sangeet.crate\n", "Priya"},
		{`<LOCATION DIR="/:Users/:arjun/:Documents/:Native Instruments/:Traktor 3.11.1/:Recordings/:" FILE="2024-02-10 Rohan Mehendi.wav" VOLUME="C:"></LOCATION>` + "\n", "Rohan"},
		{`  "openDocument" : "\/Users\/chen.jing\/Music\/Logic\/Mei Lin Wedding Medley.logicx",` + "\n", "Mei Lin"},
		{"Session: D:\\Sessions\\Nomvula Lobola\\Nomvula Lobola.ptx\n", "Nomvula"},
		{"Loading crate: Subcrates/Aisha Nikah.crate\n", "Aisha"},
		{"Recording saved: /Users/dj/Music/Recordings/Lena Hochzeit.wav\n", "Lena"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"C:\\Music\\Dholki Mehndi.mp3\n",
		"C:\\Music\\Polskie Wesele\\Disco Polo.mp3\n",
		"C:\\Music\\Punjabi Sangeet Hits.mp3\n",
		"Crates/Royal Wedding Medley.crate\n",
		"x/White Wedding Mix.mp3\n",
		"Crates/Mehndi Songs.crate\n",
		"version 1.2.10 Wedding Mix\n",
		"Loading Settings.json from Preferences.cfg\n",
	} {
		mustKeepTwice(t, keep)
	}
}
