package redact

import "testing"

// Leak: a date of birth under a profile's or a form's key ("dob",
// "birthdate", "date_of_birth", "Birthday:") stayed, in any of its
// spellings.
func TestProbe17BirthDate(t *testing.T) {
	in := "user profile: dob=1994-03-12 birthday: 12 March 1994\nBirthday: March 14, 1991\nDOB: 12/03/1994 date_of_birth=1988-07-01\n"
	checkAllEncodings(t, "dob", in, []string{"1994-03-12", "12 March", "March 14", "12/03/1994", "1988-07-01"}, "")
	checkTextJSON(t, "dob-json", `{"user": {"dob": "1994-03-12", "birthdate": "12/03/1994", "birthday": "March 14, 1991"}}`,
		[]string{"1994-03-12", "12/03/1994", "March 14"}, "")
	mustKeep(t, "dob", scrubTwice(t, in), "dob=<birth-date-", "birthday: <birth-date-", "\nBirthday: <birth-date-")
	// the date ends where its words do
	mustKeep(t, "dob end", scrubTwice(t, "Birthday: 12 March 1994 (verified)\nShowBirthdays=true\n"), " (verified)", "ShowBirthdays=true")
}

// Leak: Firebase's account id ("uid=Xy7KpQ2mN9aB3cD4eF5gH6iJ7kL8", 28
// letters and digits) stayed under a uid key, which only numbers filled.
func TestProbe17RandomUID(t *testing.T) {
	in := "firebase auth: signed in uid=Xy7KpQ2mN9aB3cD4eF5gH6iJ7kL8\n"
	checkAllEncodings(t, "uid", in, []string{"Xy7KpQ2mN9aB3cD4eF5gH6iJ7kL8"}, "")
	checkTextJSON(t, "uid-json", `{"uid": "Xy7KpQ2mN9aB3cD4eF5gH6iJ7kL8"}`, []string{"Xy7KpQ2mN9aB3cD4eF5gH6iJ7kL8"}, "")
	keep := "ps: uid=0 euid=1000 uid=root\n"
	mustKeepTwice(t, keep)
}

// Over-scrub: the dictionary key Cocoa names in an exception's reason
// ("object cannot be nil (key: lastOpenedSet)") was replaced as a secret
// key's value, and with it what the developer needs to find the bug.
func TestProbe17CocoaKeyName(t *testing.T) {
	for _, in := range []string{
		"reason: '*** -[__NSDictionaryM setObject:forKey:]: object cannot be nil (key: lastOpenedSet)'\n",
		"*** setObjectForKey: object cannot be nil (key: kLastProjectPath)\n",
		`"asi" : {"CoreFoundation":["*** -[__NSDictionaryM setObject:forKey:]: object cannot be nil (key: audioDeviceName)"]}` + "\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("%q:\n got %q", in, out)
		}
	}
	// a key's value that is a secret still goes
	in := "license (key: ABCD-EFGH-1234-5678) api_key=xK9fQ2mN7pL4sT8v\nkey: sk_live_4eC39HqLyjWDarjtT1zdp7dc\n"
	checkAllEncodings(t, "key", in, []string{"ABCD-EFGH-1234-5678", "xK9fQ2mN7pL4sT8v", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"}, "")
}

// Leak: a YouTube channel's id under a key ("channel_id=UC…",
// {"channelId": "UC…"}) stayed (only its URL form went); iTunes' and
// Music's "Library Persistent ID" too. An audio or a chat channel's id,
// and a track's persistent id, stay.
func TestProbe17ChannelAndLibraryIDs(t *testing.T) {
	in := "youtube: upload done channel_id=UCx9fK2mN7pL4sT8vQ1wE3rY\nLibrary Persistent ID: 3F2A1B9C8D7E6F50\n"
	checkAllEncodings(t, "ids", in, []string{"UCx9fK2mN7pL4sT8vQ1wE3rY", "3F2A1B9C8D7E6F50"}, "watch the live stream on UCx9fK2mN7pL4sT8vQ1wE3rY tonight")
	checkTextJSON(t, "ids-json", `{"snippet": {"channelId": "UCx9fK2mN7pL4sT8vQ1wE3rY"}, "Library Persistent ID": "3F2A1B9C8D7E6F50"}`,
		[]string{"UCx9fK2mN7pL4sT8vQ1wE3rY", "3F2A1B9C8D7E6F50"}, "")
	keep := "audio channel_id=2 channel_id=C0123ABCD channelId: main\n<key>Persistent ID</key><string>1A2B3C4D5E6F7A8B</string>\n"
	mustKeepTwice(t, keep)
}

// An id the config allows stays in a Discord mention, as it does
// everywhere else; another is replaced, there and where it is met again.
func TestDiscordMentionAllowed(t *testing.T) {
	in := "msg: <@80351110224678912> hi <@!80351110224678913>; user 80351110224678913 left\n"
	s := newSession(t, Config{Allow: []string{"80351110224678912"}})
	out := s.ScrubString(in)
	mustKeep(t, "allowed", out, "<@80351110224678912>")
	mustNotContain(t, "other", out, "80351110224678913")
}

// A full name an account abbreviates (kofi.m: "Kofi M…") takes the
// account's pseudonym wherever it is found: after "Thanks," too, where
// the closing's reader found it, not only where initialName did.
func TestFullNameOfInitialsAccountOnePseudonym(t *testing.T) {
	s := newSession(t, Config{})
	out := s.ScrubString("Path: /Users/kofi.m/x\nKofi Mensah wrote: hi\nThanks, Kofi Mensah\n")
	if out != "Path: /Users/<user-1>/x\n<user-1> wrote: hi\nThanks, <user-1>\n" {
		t.Errorf("got %q", out)
	}
}
