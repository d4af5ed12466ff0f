package daemon

import (
	"bytes"
	"encoding/binary"
	"reflect"
	"testing"
	"unicode/utf16"
)

func utf16Encode(s string, be bool) []byte {
	var out []byte
	var order binary.AppendByteOrder = binary.LittleEndian
	if be {
		out, order = []byte{0xfe, 0xff}, binary.BigEndian
	} else {
		out = []byte{0xff, 0xfe}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

// A UTF-16 log (Windows apps, PowerShell) is parsed and scrubbed: the
// report is that of the UTF-8 log, the attachment stays UTF-16 and holds
// no identifier in either encoding. Big-endian logs are learned from
// first, so a name is replaced also before the line that tells it.
func TestUTF16Log(t *testing.T) {
	text := "2024-05-02 10:11:12 INFO Deckhand 3.2.1 starting as soren.kierkegaard on STUDIO-PC-07\r\n" +
		"2024-05-02 10:11:12 INFO profile C:\\Users\\soren.kierkegaard\\AppData\\Roaming\\Deckhand\\prefs.json\r\n" +
		"2024-05-02 10:11:13 INFO account soren.k@nordvinter-konsult.se from 192.168.17.42 mac 3c:22:fb:0a:91:7e\r\n" +
		"2024-05-02 10:11:15 INFO track C:\\Users\\soren.kierkegaard\\Music\\Sets\\privat_sæt 🎧.mp3\r\n" +
		"Unhandled exception: System.NullReferenceException: Object reference not set to an instance of an object.\r\n" +
		"   at Deckhand.Deck.Play(Track t) in C:\\Users\\soren.kierkegaard\\src\\Deck.cs:line 42\r\n" +
		"   at Deckhand.MainWindow.OnPlay (C:\\Users\\soren.kierkegaard\\src\\MainWindow.js:17:5)\r\n" +
		"   at Deckhand.App.Run (C:\\Users\\soren.kierkegaard\\src\\App.js:3:1)\r\n"
	want, _ := processLog(t, "utf8.log", []byte(text))
	for _, be := range []bool{false, true} {
		in := utf16Encode(text, be)
		r, out := processLog(t, "utf16.log", in)
		if want.Crash == nil || want.Crash.Message == "" || len(want.CrashedFrames()) != 2 {
			t.Fatalf("UTF-8 log: crash = %+v", want.Crash)
		}
		if !reflect.DeepEqual(r.Crash, want.Crash) {
			t.Errorf("be=%v: crash = %+v, want %+v", be, r.Crash, want.Crash)
		}
		if !bytes.Equal(out[:2], in[:2]) || len(out)%2 != 0 {
			t.Fatalf("be=%v: not UTF-16 with its mark: % x", be, out[:4])
		}
		for _, id := range []string{"soren", "Kierkegaard", "nordvinter", "192.168.17.42", "3c:22:fb:0a:91:7e"} {
			for _, enc := range [][]byte{[]byte(id), utf16Encode(id, false)[2:], utf16Encode(id, true)[2:]} {
				if bytes.Contains(out, enc) {
					t.Errorf("be=%v: %q left in output", be, id)
				}
			}
		}
		for _, keep := range []string{"Deckhand.Deck.Play", "privat_sæt 🎧.mp3", "Object reference not set"} {
			if !bytes.Contains(out, utf16Encode(keep, be)[2:]) {
				t.Errorf("be=%v: %q lost", be, keep)
			}
		}
	}
}
