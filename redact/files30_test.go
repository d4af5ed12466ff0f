package redact

import (
	"strings"
	"testing"
)

// A DAW's project file named after a client and an occasion goes as the
// same name on a .wav does: REAPER's .rpp (and its .rpp-bak), Logic's
// .logicx, FL Studio's .flp, Cubase's .cpr, Bitwig's .bwproject, Pro
// Tools' .ptx ("Zanele_wedding_edit.rpp" kept Zanele), and the extension
// stays after the name ("Intro for Abena Osei.rpp" lost its ".rpp").
func TestFiles30DAWProjectNames(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"REAPER: opened project /Users/zk/Music/REAPER Media/Zanele_wedding_edit.rpp\n", "Zanele"},
		{"Recent projects: C:\\Users\\dj\\Documents\\REAPER Media\\Zanele_wedding_edit.RPP\n", "Zanele"},
		{"autosave: /Users/zk/Music/REAPER Media/Backups/Zanele_wedding_edit.rpp-bak\n", "Zanele"},
		{"Logic Pro: opened /Users/dj/Music/Logic/Thandiwe_wedding_v2.logicx\n", "Thandiwe"},
		{"FL Studio: Loading project C:\\Users\\dj\\Documents\\Image-Line\\FL Studio\\Projects\\Ngozi-30th.flp\n", "Ngozi"},
		{"Cubase: Project D:\\Projects\\Siddharth_sangeet_mix.cpr saved\n", "Siddharth"},
		{"Bitwig Studio: Opening /home/dj/Bitwig Studio/Projects/Priya_sangeet_mix.bwproject\n", "Priya"},
		{"Pro Tools: Session file: /Volumes/Audio/Obiora_Nnamdi_birthday_set.ptx\n", "Nnamdi"},
		{"Rendered: /Users/dj/Music/Intro for Abena Osei.rpp\n", "Osei"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, c := range []struct{ in, keep string }{
		{"Rendered: /Users/dj/Music/Intro for Abena Osei.rpp\n", ".rpp"},
		{"Saved /Users/dj/Music/Mix for Wanjiru Kamau.logicx\n", ".logicx"},
		{"Opened /Volumes/Gigs/Zanele_wedding_edit.bwproject\n", ".bwproject"},
	} {
		if out := scrubTwice(t, c.in); !strings.Contains(out, c.keep) {
			t.Errorf("%q lost %q: %q", c.in, c.keep, out)
		}
	}
	for _, keep := range []string{
		"Loaded project: default_template.rpp",
		"Untitled_project.logicx",
		"Big_Band_Session.cpr",
		"Drum_Kit_demo.flp",
		"Wedding_March_organ.rpp",
		"happy_birthday_remix.flp",
		"Beach_Wedding_mix.bwproject",
		"opened my_birthday_set.ptx",
		"reaper: loaded plugin reaper_csurf.dll from UserPlugins",
	} {
		mustKeepTwice(t, keep)
	}
}

// A first name learned alone ("Kofi's iPhone") before a full name of
// three words took the middle name for the surname and left the surname:
// "Kofi Kwame Mensah" gave "<user-1> <user-1> Mensah".
func TestFiles30MiddleNameAfterLearnedFirst(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"usbmuxd: Connected to Kofi's iPhone (iPhone15,2)\nlockdownd: pairing record for Kofi Kwame Mensah\n", "Mensah"},
		{"MobileDevice: paired with Ngozi's iPad\nbackup of Ngozi Adaeze Okafor completed\n", "Okafor"},
		{"AirDrop from Thandiwe's MacBook Pro\nShared album by Thandiwe Nomsa Dlamini\n", "Dlamini"},
		{"Bluetooth: Priya's AirPods connected\nAccount holder: Priya Lakshmi Raman\n", "Raman"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Mensah Photography", "Okafor Entertainment", "Mensah Studios", "Dlamini Media",
	} {
		in := "usbmuxd: Connected to Kofi's iPhone (iPhone15,2)\nNgozi's iPad\nKofi Mensah " + keep[strings.IndexByte(keep, ' ')+1:] + "\n"
		if out := scrubTwice(t, in); !strings.Contains(out, keep[strings.IndexByte(keep, ' ')+1:]) {
			t.Errorf("%q lost its business word: %q", in, out)
		}
	}
	for _, keep := range []string{
		"Loaded Core Audio Driver Kit",
		"Apple Music Library Sync",
		"Native Instruments Traktor Pro",
	} {
		mustKeepTwice(t, keep)
	}
}
