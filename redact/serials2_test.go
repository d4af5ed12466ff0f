package redact

import (
	"bytes"
	"testing"
)

// TestSerialForms: serial numbers after '#', lower-case "s/n", and keys
// in other languages and scripts; vendor account keys; "connected as".
func TestSerialForms(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Traktor Kontrol S4 MK3 SN#12345678 connected\n", "12345678"},
		{"Serial#: 4C530001234567 ok\n", "4C530001234567"},
		{"controller s/n 98765432 attached\n", "98765432"},
		{"Serial #: XQ44129877\n", "XQ44129877"},
		{"Seriennummer: 1234-5678-9012\n", "1234-5678-9012"},
		{"Numéro de série : XQ44129877\n", "XQ44129877"},
		{"Número de serie: 77ABX1298Q\n", "77ABX1298Q"},
		{"numero di serie: XQ44129877\n", "XQ44129877"},
		{"Serienummer: SE123456789\n", "SE123456789"},
		{"iLok User ID: kaiokonkwo\n", "kaiokonkwo"},
		{"iLok ID: kai_okonkwo_dj\n", "kai_okonkwo_dj"},
		{"Splice user: kai.okonkwo\n", "kai.okonkwo"},
		{"SoundCloud: connected as kai-okonkwo-music\n", "kai-okonkwo-music"},
	} {
		checkAllEncodings(t, c.secret, c.in, []string{c.secret}, "")
	}
	// keys in other scripts: text and JSON (a UTF-16 run of such
	// letters is no run of ASCII the binary scan reads)
	for _, c := range []struct{ in, secret string }{
		{"シリアル番号: JP1234567890\n", "JP1234567890"},
		{"序列号: CN1234567890\n", "CN1234567890"},
		{"Серийный номер: RU1234567890\n", "RU1234567890"},
		{"ユーザー名: kaiokonkwo\n", "kaiokonkwo"},
		{"Имя пользователя: kaiokonkwo\n", "kaiokonkwo"},
	} {
		s := newSession(t, Config{})
		mustNotContain(t, c.secret+"/text", s.ScrubString(c.in), c.secret)
		mustNotContain(t, c.secret+"/json", scrubJSONMessage(t, c.in), c.secret)
	}
	out := scrubTwice(t, "Device: XDJ-XZ firmware 1.21, issue #1234 fixed, sn#x, s/n pending, Serial #2 of 3\n")
	mustKeep(t, "no serial", out, "XDJ-XZ", "1.21", "#1234", "s/n pending", "#2 of 3")
}

// TestKeyPhraseSkipsNumbers: a key phrase does not reach back over a word
// starting with a digit (a timestamp, a count): the key stays the same on
// every line, so its class is cached, and a serial after it is found.
func TestKeyPhraseSkipsNumbers(t *testing.T) {
	b := []byte("2024-03-04T10:01:02.176Z INFO  Serial Number: XQ44129877")
	sc := &scanner{s: newSession(t, Config{}), b: b}
	if got := string(sc.keyPhrase(bytes.IndexByte(b[30:], ':') + 30)); got != "INFO  Serial Number" {
		t.Errorf("keyPhrase = %q", got)
	}
	checkAllEncodings(t, "after a timestamp", string(b)+"\n", []string{"XQ44129877"}, "")
}
