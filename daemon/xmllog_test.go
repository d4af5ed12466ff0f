package daemon

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf16"
)

// An event exported from Event Viewer (and a WER report, a property
// list) is XML: the attachment must still parse after scrubbing.
const eventXML = "\xef\xbb\xbf" + `<?xml version="1.0" encoding="utf-8"?>
<Events><Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Application Error"/><EventID Qualifiers="0">1000</EventID><Computer>KAI-STUDIO</Computer><Security UserID="S-1-5-21-3623811015-3361044348-30300820-1013"/></System><EventData><Data Name="AppName">rekordbox.exe</Data><Data Name="ExceptionCode">c0000005</Data><Data Name="AppPath">C:&#x5C;Users&#x5C;kai.okonkwo&#x5C;AppData&#x5C;Local&#x5C;rekordbox.exe</Data></EventData></Event></Events>
`

func wellFormed(t *testing.T, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("attachment is no longer XML: %v\n%s", err, b)
		}
	}
}

func TestXMLLogStaysXML(t *testing.T) {
	r, out := processLog(t, "Application-1000.xml", []byte(eventXML))
	wellFormed(t, out)
	s := string(out)
	for _, gone := range []string{"kai.okonkwo", "KAI-STUDIO", "3623811015"} {
		if strings.Contains(s, gone) {
			t.Errorf("%q still in %s", gone, s)
		}
	}
	for _, kept := range []string{"\xef\xbb\xbf<?xml", "<Computer>&lt;host-1&gt;</Computer>", "&#x5C;&lt;user-1&gt;&#x5C;AppData", "rekordbox.exe", "c0000005"} {
		if !strings.Contains(s, kept) {
			t.Errorf("%q lost in %s", kept, s)
		}
	}
	att := r.Attachments[0]
	if att.Name != "crash.xml" || att.ContentType != "application/xml" {
		t.Errorf("attachment %s %s", att.Name, att.ContentType)
	}
	if r.Redaction["user"] == 0 || r.Redaction["host"] == 0 {
		t.Errorf("summary %v", r.Redaction)
	}
}

// Windows writes some XML exports as UTF-16 with a mark: it stays UTF-16
// and stays XML.
func TestXMLLogUTF16(t *testing.T) {
	u := utf16.Encode([]rune(strings.TrimPrefix(eventXML, "\xef\xbb\xbf")))
	in := []byte{0xff, 0xfe}
	for _, c := range u {
		in = append(in, byte(c), byte(c>>8))
	}
	_, out := processLog(t, "Application-1000.xml", in)
	if len(out) < 2 || out[0] != 0xff || out[1] != 0xfe || len(out)%2 != 0 {
		t.Fatalf("not UTF-16LE with its mark: % x", out[:min(len(out), 8)])
	}
	var rs []uint16
	for k := 2; k+1 < len(out); k += 2 {
		rs = append(rs, uint16(out[k])|uint16(out[k+1])<<8)
	}
	text := []byte(string(utf16.Decode(rs)))
	wellFormed(t, text)
	if s := string(text); strings.Contains(s, "kai.okonkwo") || !strings.Contains(s, "<Computer>&lt;host-1&gt;</Computer>") {
		t.Errorf("got %s", s)
	}
}
