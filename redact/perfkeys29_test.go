package redact

import (
	"bytes"
	"fmt"
	"testing"
)

// TestRawKeyMemoSameAnswers: the key memo (rawKeySlot) answers what
// rawKeyword, normKey, classify and serviceAccountKey say of a key, for
// keys that fill slots over and over (more keys than slots), keys that
// differ only in their middle (longer than 16 bytes), long keys (past
// rawKeyMax), and short keys at a buffer's very end (keyWords' byte loop).
func TestRawKeyMemoSameAnswers(t *testing.T) {
	s, _ := NewSession(Config{})
	sc := s.stringScanner()
	var keys [][]byte
	for _, k := range []string{"user", "User Name", "deck 2", "deck 3", "Mixer.java", "INFO engine",
		"INFO  midi", "password", "ts", "ip", "took_ms", "Last login", "iLok User ID", "IG", "Submitted by",
		"com.example.userNameSettingXX", "com.example.userNameSettingYY", "com.example.hostNameSettingXX",
		"a_very_long_configuration_key_for_the_password_store", "a_very_long_configuration_key_for_the_username_store",
		"-Dapp.user", "x", "Ab", "пароль", "パスワード"} {
		keys = append(keys, []byte(k))
	}
	for i := range 600 {
		keys = append(keys, fmt.Appendf(nil, "key%03d_user", i), fmt.Appendf(nil, "%08x", i*7919))
	}
	for round := range 3 {
		for _, k := range keys {
			for _, key := range [][]byte{k, bytes.Clone(k)[:len(k):len(k)]} { // (the second: no bytes after it)
				m := sc.rawKeySlot(key)
				n, hit := rawKeyword(key)
				if int(m.n) != n || m.hit != hit {
					t.Fatalf("round %d %q: memo says %d %v, rawKeyword %d %v", round, key, m.n, m.hit, n, hit)
				}
				var kb, kb2 [64]byte
				nk := m.normKey(kb[:0], key)
				if want := normKey(kb2[:0], key); !bytes.Equal(nk, want) {
					t.Fatalf("%q: memo's normKey %q, normKey %q", key, nk, want)
				}
				if len(nk) < 2 {
					continue
				}
				f := m.colonFacts(key, nk)
				if c, want := m.classify(sc, nk), sc.classify(nk); c != want {
					t.Fatalf("%q: memo's class %q, classify %q", key, c, want)
				}
				if want := serviceAccountKey(key); f.svc != want {
					t.Fatalf("%q: memo's serviceAccountKey %q, %q", key, f.svc, want)
				}
				if f.ticket != (len(nk) < 16 && ticketLens[nk[0]]>>len(nk)&1 != 0 && ticketPeople[string(nk)]) {
					t.Fatalf("%q: memo's ticket %v", key, f.ticket)
				}
				if _, ok := socialKeys[string(nk)]; f.social != (ok && len(nk) < 16 && socialLens[nk[0]]>>len(nk)&1 != 0) {
					t.Fatalf("%q: memo's social %v", key, f.social)
				}
			}
		}
	}
}
