package redact

import "testing"

// lowerRun, eight bytes at a time, ends each run where a byte's loop
// does, whatever byte stops it and wherever it stands, and never past e.
func TestCouple39LowerRun(t *testing.T) {
	for stop := 0; stop < 256; stop++ {
		for at := 0; at < 20; at++ {
			for _, n := range []int{at + 1, at + 9, 24} {
				b := []byte("abcdefghijklmnopqrstuvwxyzabcd")[:n]
				if at < n {
					b[at] = byte(stop)
				}
				for _, e := range []int{0, 3, 8, 17, n} {
					if e > n {
						continue
					}
					want := 0
					for want < e && b[want]-'a' < 26 {
						want++
					}
					if got := lowerRun(b, 0, e); got != want {
						t.Fatalf("lowerRun(%q, 0, %d) = %d, want %d", b, e, got, want)
					}
				}
			}
		}
	}
}

// The slug's and the calendar's gates (slugOpens, namedEnds) keep every
// shape couple38 read: a slug in a share's, a Windows path's or a URL's
// segment after empty ones, a colon's occasion of each length.
func TestCouple39Gates(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{`open \\nas\share\kapoor-sharma-wedding.mp4` + "\n", []string{"kapoor", "sharma"}},
		{`C:\Users\dj\Videos\priya_and_arjun_wedding.mov` + "\n", []string{"priya", "arjun"}},
		{"GET https://x.com//kapoor-sharma-wedding\n", []string{"kapoor", "sharma"}},
		{"/srv/media/Kapoor-Sharma-Wedding/a.mp4\n", []string{"Kapoor", "Sharma"}},
		{"SUMMARY:Urodziny Zosi\n", []string{"Zosi"}},
		{"SUMMARY:Anniversaire Chloé\n", []string{"Chloé"}},
		{"SUMMARY:Aniversario Lucía\n", []string{"Lucía"}},
	} {
		checkEncodingsOnePass(t, c.in, c.secrets...)
		out := scrubTextTwice(t, c.in)
		mustNotContain(t, c.in, out, c.secrets...)
	}
	for _, keep := range []string{
		"libsystem_kernel.dylib objc_msgSend std::__1::basic_string\n",
		"SUMMARY:Geburtstag Feier\n", "std::string juce::AudioDeviceManager\n",
	} {
		keepOnePass(t, keep)
	}
}
