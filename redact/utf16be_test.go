package redact

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"
)

func utf16be(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

// A UTF-16BE log (byte-order mark FE FF) is learned from first, as a
// UTF-16LE one is: a name its last line teaches goes from its first.
func TestScrubTextRewindUTF16BE(t *testing.T) {
	// runs split by NULs (a padded record) and by length: the name is
	// learned in a later run than its bare use, in the same chunk and in
	// a later one
	text := "\ufeffsigned in as thandiwe.mokoena\n\x00\x00\x00\x00" + "loaded C:\\Users\\thandiwe.mokoena\\x.ini\n" + strings.Repeat("engine: 48 kHz, 256 frames\n", 8000) +
		"loaded C:\\Users\\thandiwe.mokoena\\Music\\set.flac on MOKOENA-STUDIO\n"
	for _, scrub := range []string{"rewind", "text", "plain"} {
		in := utf16be(text)
		s := newSession(t, Config{})
		var out memFile
		if scrub == "rewind" {
			if _, err := s.ScrubTextRewind(&out, bytes.NewReader(in)); err != nil {
				t.Fatal(err)
			}
		} else {
			if scrub == "text" {
				s.Learn(in)
			}
			if err := s.ScrubText(&out, bytes.NewReader(in)); err != nil {
				t.Fatal(err)
			}
		}
		if !bytes.HasPrefix(out.b, []byte{0xfe, 0xff}) || len(out.b)%2 != 0 {
			t.Fatalf("%s: not UTF-16BE with its mark: % x", scrub, out.b[:min(len(out.b), 8)])
		}
		for _, v := range []string{"thandiwe", "mokoena"} {
			if bytes.Contains(bytes.ToLower(out.b), bytes.ToLower(utf16be(v))[1:]) {
				t.Errorf("%s: %q left in the output", scrub, v)
			}
		}
		if !bytes.Contains(out.b, utf16be("engine: 48 kHz")) {
			t.Errorf("%s: plain text lost", scrub)
		}
	}
}
