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
