package redact

import (
	"strings"
	"testing"
)

// A meeting or chat app's log names who joined, left or presented before
// the verb: "Kwesi Boateng joined the meeting". The name (or a handle at
// the line's start) is replaced in every encoding, and learned; a role,
// an app or a title is no name.
func TestMeetingEvents(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Kwesi Boateng joined the meeting", "Boateng"},
		{"[10:11:12] Kwesi Boateng joined the meeting", "Boateng"},
		{"2024-05-02 10:11:12 INFO Ama Owusu has left the meeting", "Owusu"},
		{"then Abena Mensah-Bonsu joined the call", "Mensah-Bonsu"},
		{"Yaw Dartey is presenting", "Dartey"},
		{"Akosua Agyapong started screen sharing", "Agyapong"},
		{"kwesi_dj joined the channel", "kwesi_dj"},
		{"[10:11] dj.ama2 left the voice channel", "dj.ama2"},
		// a JSON log line's message, in a text log
		{`{"ts":1,"msg":"Kwesi Boateng joined the meeting"}`, "Boateng"},
		{`msg="kwesi_dj joined the channel"`, "kwesi_dj"},
		// the tag an app writes after a guest's name
		{"Kwesi Boateng (Guest) joined the meeting", "Boateng"},
		{"Ama Owusu (External) has left the call", "Owusu"},
	} {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "later "+c.secret)
	}
	s := newSession(t, Config{})
	for _, in := range []string{
		"The Audio Engine joined the room", "Microsoft Teams joined the call", "Guest joined the meeting",
		"Everyone left the call", "Recorder joined the meeting", "Deck A joined the sync group",
		"Kwesi joined", "thread worker joined the pool", `"The Audio Engine joined the room"`,
		"Recorder (Guest) joined the meeting",
	} {
		if out := s.ScrubString(in); out != in {
			t.Errorf("%q -> %q", in, out)
		}
	}
	out := scrubTwice(t, "Kwesi Boateng joined the meeting\nKwesi Boateng left the meeting\n")
	if strings.Count(out, "<user-1>") != 2 {
		t.Errorf("got %q", out)
	}
}
