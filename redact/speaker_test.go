package redact

import "testing"

// A name that opens a sentence before a verb of speech is a person's,
// learned for the rest of the report; a program's or a system's "said"
// stays.
func TestSpeakerName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Kofi said the mix was ready\n", "Kofi"},
		{"The deck froze twice, Ama Owusu told me.\n", "Owusu"},
		{"It crashed again. Siobhán said so\n", "Siobhán"},
		{"Kofi McDonald said yes\n", "McDonald"},
		{`comment: "Kwabena asked for a refund"` + "\n", "Kwabena"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Windows said the device was not ready\n",
		"said the kernel\n",
		"He said the mix was ready\n",
		"Server replied with 404\n",
		"The app crashed. Kernel said nothing\n",
		"Spotify said: rate limited\n",
		"GitHub said the token expired\n",
		"Xcode said the build failed\n",
	} {
		keepOnePass(t, keep)
	}
}

// "this is NAME from …" with no greeting before it introduces the writer
// when lowercase words follow "from"; a program and its maker stay.
func TestThisIsFrom(t *testing.T) {
	checkBothPaths(t, "this is Kofi from the studio\n", "Kofi")
	checkBothPaths(t, "This is Ama Owusu from support, the export fails\n", "Owusu")
	for _, keep := range []string{
		"this is Traktor Pro from Native Instruments\n",
		"This is Windows from the factory image\n",
	} {
		keepOnePass(t, keep)
	}
}

// A licence's owner before the edition in parentheses ("license for
// Kofi Mensah (Pro)") is a person's; a company a licence is registered to
// is no one's.
func TestLicenseOwnerEdition(t *testing.T) {
	checkEncodingsOnePass(t, "Checking license for Kofi Mensah (Pro)\n", "Kofi", "Mensah")
	for _, keep := range []string{
		"Checking license for Serato DJ Pro (Pro)\n",
		"License registered to Native Instruments GmbH\n",
		"Licensed to Acme Studios Ltd.\n",
	} {
		keepOnePass(t, keep)
	}
}

// A mix's or a playlist's title that is a line of its own names its
// maker after "by"; a sort order and a setting's "Set by" stay.
func TestMadeByLine(t *testing.T) {
	checkEncodingsOnePass(t, "Mix by Kofi\n", "Kofi")
	checkEncodingsOnePass(t, "Playlist by Siobhán\n", "Siobhán")
	checkEncodingsOnePass(t, "Now playing: Mix by Kofi Mensah\n", "Kofi", "Mensah")
	for _, keep := range []string{
		"Playlist by Genre\n",
		"Mix by Default\n",
		"Set by Group Policy\n",
		"Sort playlist by Name\n",
	} {
		keepOnePass(t, keep)
	}
}

// Discord names a new server after its owner ("Ama & Yaw's server").
func TestDefaultServerOwner(t *testing.T) {
	checkEncodingsOnePass(t, `Joined guild "Ama & Yaw's server"`+"\n", "Ama", "Yaw")
	checkEncodingsOnePass(t, `Joined guild "Kofi's server"`+"\n", "Kofi")
	for _, keep := range []string{`Joined guild "Techno Heads"` + "\n", `the app's server"` + "\n"} {
		keepOnePass(t, keep)
	}
}

// "Thanks NAME!" thanks a person; a product, a maker or a team stays.
func TestThankedName(t *testing.T) {
	checkBothPaths(t, "Thanks Kofi!\n", "Kofi")
	checkBothPaths(t, "The export works now. Thank you Ama Owusu!\n", "Owusu")
	for _, keep := range []string{"Thanks Serato!\n", "Thanks Team!\n", "Thanks Apple!\n", "Thanks Obama\n"} {
		keepOnePass(t, keep)
	}
}
