package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Findings of a probe of DJ and music apps' files and logs (Traktor's
// NML, rekordbox's XML and logs, Serato, VirtualDJ, Ableton Live,
// iLok and Steinberg licensing, device lists).

// Leak: an Apple device's UDID of 2018 on ("00008101-001A2B3C4D5E001E")
// written bare, as rekordbox's agent and djay write the phone they sync
// with, stayed. Ids of other shapes stay.
func TestProbe13AppleUDID(t *testing.T) {
	in := "rekordboxAgent: sync with iPhone \"Kwesi's iPhone\" (00008101-001A2B3C4D5E001E)\n" +
		"Device: iPhone 15 Pro (00008130-001234567890001C) paired\n"
	checkAllEncodings(t, "udid", in, []string{"001A2B3C4D5E001E", "001234567890001C"}, "lockdown/00008101-001A2B3C4D5E001E.plist")
	mustKeep(t, "udid", scrubTwice(t, in), "(<serial-1>)\n", "Pro (<serial-2>) paired\n")
	in = "id 00000000-0000000000000000\nv 00001234-00000000000000zz\n" +
		"12345678-001A2B3C4D5E001E\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: Twitch chat's room-id tag, the id of the channel's broadcaster's
// account, stayed beside the user-id that went.
func TestProbe13TwitchRoomID(t *testing.T) {
	in := "@badge-info=;color=;display-name=KwesiDJ;emotes=;room-id=98765432;user-id=12345678 :tmi.twitch.tv USERSTATE #djama\n" +
		"{\"roomId\": 98765432}\n"
	checkAllEncodings(t, "roomid", in, []string{"98765432", "12345678"}, "")
	in = "room-id=3 roomId: 12\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Over-scrub: after a first name learned alone ("KWESI'S SSD", Traktor's
// VOLUME), the version of a track named after its DJ ("Midnight Drive
// (Kwesi Edit).mp3", "Kwesi Remix") was taken for the surname: the title
// lost the word. A surname still goes.
func TestProbe13TrackVersionNoSurname(t *testing.T) {
	in := "Output: Kwesi's AirPods\nloaded Midnight Drive (Kwesi Edit).mp3, Sunrise (Kwesi Remix), Bass (Kwesi Bootleg)\nby Kwesi Boateng\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "version", out, "Kwesi", "Boateng")
	mustKeep(t, "version", out, "(<user-1> Edit).mp3", "(<user-1> Remix)", "(<user-1> Bootleg)")
}

// Over-scrub: rekordbox's XML lists a playlist's tracks by their TrackID
// under Key (<TRACK Key="81926591"/>): each was replaced as a secret
// while the TrackID it points to stayed. A key's value of digits (ten at
// most) stays; longer ones and secrets of other shapes still go.
func TestProbe13RekordboxTrackKey(t *testing.T) {
	in := "<TRACK TrackID=\"81926591\" Name=\"Sunrise\"/>\n<NODE Name=\"Friday\" Type=\"1\" Entries=\"1\"><TRACK Key=\"81926591\"/></NODE>\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	out := scrubTwice(t, "key=12345678901234 key=sk_live_4eC39HqLyjWDarjtT1zdp7dc\n")
	mustNotContain(t, "key", out, "12345678901234", "4eC39HqLyjWDarjtT1zdp7dc")
}

// Over-scrub: a broadcast profile's login (Mixxx's .bcp.xml, Traktor's
// Broadcast settings) is Icecast's "source" for every broadcaster: it was
// replaced as an account. Another login and the password still go.
func TestProbe13IcecastSourceLogin(t *testing.T) {
	in := "<BroadcastProfile>\n <Host>stream.example.net</Host>\n <Login>source</Login>\n <Password>hunter2secret</Password>\n</BroadcastProfile>\nlogin=source\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "source", out, "hunter2secret")
	mustKeep(t, "source", out, "<Login>source</Login>", "login=source\n")
	mustNotContain(t, "login", scrubTwice(t, "<Login>kofi_dj</Login>\n"), "kofi_dj")
}

// Leak: Serato's crates and database store each track's path in UTF-16BE
// after a tag and a big-endian length, without its root ("ptrk", 0 0 0
// 'T', "Users/kofi/Music/x.mp3"). Read as UTF-16LE a byte off, the
// length's low byte was glued to the path ("TUsers/kofi/…") and the
// home folder stayed.
func TestProbe13SeratoCratePaths(t *testing.T) {
	tag := func(name string, body []byte) []byte {
		b := append([]byte(name), byte(len(body)>>24), byte(len(body)>>16), byte(len(body)>>8), byte(len(body)))
		return append(b, body...)
	}
	crate := tag("vrsn", utf16be("1.0/Serato ScratchLive Crate"))
	crate = append(crate, tag("osrt", tag("tvcn", utf16be("song")))...)
	for _, p := range []string{"Users/kofi/Music/Promos/Midnight Drive.mp3", "Users/ama.mensah/Music/sunrise.mp3", "Users/kofi/x.mp3"} {
		crate = append(crate, tag("otrk", tag("ptrk", utf16be(p)))...)
	}
	n := len(crate)
	s := newSession(t, Config{})
	s.ScrubSameLength(crate)
	if len(crate) != n {
		t.Fatal("length changed")
	}
	for _, v := range []string{"kofi", "ama.mensah"} {
		if bytes.Contains(crate, utf16be(v)) {
			t.Errorf("%q left in %q", v, crate)
		}
	}
	for _, v := range []string{"Users/", "/Music/Promos/Midnight Drive.mp", "1.0/Serato ScratchLive Crate", "song"} {
		if !bytes.Contains(crate, utf16be(v)) {
			t.Errorf("%q lost in %q", v, crate)
		}
	}
}

// Leak: SoundCloud's URN of an account ("soundcloud:users:123456789",
// in its API's answers the DJ apps log) kept the account's number. A
// track's URN stays.
func TestProbe13SoundCloudURN(t *testing.T) {
	in := "SoundCloud: resolved soundcloud:users:123456789 (kofi-asante)\nplaying soundcloud:tracks:987654321\n"
	checkAllEncodings(t, "urn", in, []string{"123456789"}, "user id 123456789")
	mustKeep(t, "urn", scrubTwice(t, in), "soundcloud:users:<uid-1> (", "playing soundcloud:tracks:987654321\n")
	s := newSession(t, Config{})
	var buf bytes.Buffer
	if err := s.ScrubJSON(&buf, strings.NewReader(`{"urn":"soundcloud:users:123456789","username":"x","kind":"user"}`)); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); out != `{"urn":"soundcloud:users:<uid-1>","username":"x","kind":"user"}` {
		t.Errorf("json: %s", out)
	}
	in = "soundcloud:users:me soundcloud:users:12 soundcloud:tracks:123456789\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: a host in .internal, the zone clouds and companies name private
// machines in, stayed outside a URL ("Connecting to
// build-07.corp.internal:443", GCE's and EC2's names). Docker's and GCE's
// public names and code's packages stay.
func TestProbe13InternalHosts(t *testing.T) {
	in := "Connecting to build-07.corp.internal:443\nhost vm-1.us-central1-a.c.kofi-project.internal up\nip-10-0-0-5.ec2.internal\n"
	checkAllEncodings(t, "internal", in, []string{"build-07", "kofi-project", "ip-10-0-0-5"}, "ping build-07.corp.internal")
	mustKeep(t, "internal", scrubTwice(t, in), "Connecting to <host-1>:443\n", "host <host-2> up\n")
	in = "kubernetes.docker.internal:6443 host.docker.internal metadata.google.internal\nimport com.example2-x.internal\n" +
		"at jdk.internal.misc.Unsafe.park(Native Method)\npackage kotlinx.coroutines.internal\nfrom a1-b.utils.internal import y\n" +
		"using System.Text-2.Internal;\n2024-03-04T10:01:02.003 x-1.internal.y\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: a YouTube channel's URL names the account streaming by its id
// ("https://studio.youtube.com/channel/UCa1B2c3D4e5F6g7H8i9J0kL/
// livestreaming", as streaming apps open and log it): the id stayed,
// while the @handle form went. Other sites and short ids stay.
func TestProbe13YouTubeChannel(t *testing.T) {
	in := "open https://studio.youtube.com/channel/UCa1B2c3D4e5F6g7H8i9J0kL/livestreaming\n"
	checkAllEncodings(t, "youtube", in, []string{"UCa1B2c3D4e5F6g7H8i9J0kL"}, "channel UCa1B2c3D4e5F6g7H8i9J0kL")
	mustKeep(t, "youtube", scrubTwice(t, in), "https://studio.youtube.com/channel/<user-1>/livestreaming\n")
	in = "https://notyoutube.com/channel/UCa1B2c3D4e5F6g7H8i9J0kL https://www.youtube.com/channel/UCshort\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: a device two people own ("Ama & Kofi's HomePod", as AirPlay and
// Ableton Link list it) lost the second owner's name; the first stayed.
// Words that are no given names stay.
func TestProbe13CoOwner(t *testing.T) {
	in := "AirPlay: Ama & Kofi's HomePod\nLink peer: Abena and Yaw's MacBook Pro\n"
	checkAllEncodings(t, "coowner", in, []string{"Ama", "Kofi", "Abena", "Yaw"}, "hi Abena")
	mustKeep(t, "coowner", scrubTwice(t, in), "AirPlay: <user-1> & <user-2>'s HomePod\n", "'s MacBook Pro\n")
	mustKeep(t, "coowner", scrubTwice(t, "Input & Kofi's AirPods\nSynced from Kofi's iPhone and Ama's iPad\n"), "Input & <user-1>'s AirPods\n", "Synced from <user-1>'s iPhone and <user-2>'s iPad\n")
}

// Leak: a Steam account's persona name (the Web API's "personaname",
// the client's "SetPersonaName: x") and its profile's own URL
// ("steamcommunity.com/id/kwesidj/") stayed. Other segments stay.
func TestProbe13SteamPersona(t *testing.T) {
	in := `{"steamid":"76561198012345678","personaname":"KwesiDJ","profileurl":"https://steamcommunity.com/id/kwesidj/","personastate":1}` + "\n" +
		"[2024-03-04 21:04:11] SetPersonaName: KwesiDJ\n"
	checkAllEncodings(t, "persona", in, []string{"KwesiDJ", "kwesidj"}, "friend KwesiDJ online")
	mustKeep(t, "persona", scrubTwice(t, in), `"profileurl":"https://steamcommunity.com/id/<user-`, `"personastate":1}`, "] SetPersonaName: <user-")
	in = "https://steamcommunity.com/app/570/ https://steamcommunity.com/id/ https://example.com/id/kwesidj/\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}
