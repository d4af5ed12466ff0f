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
