package redact

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"
)

// Every keyword classifyKey (keyClass) compares against must have its first trigram in
// keyTrigrams, or the fast pre-filter would hide it.
func TestKeyTrigrams(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "keys.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	ast.Inspect(f, func(node ast.Node) bool {
		fd, ok := node.(*ast.FuncDecl)
		if !ok || fd.Name.Name != "keyClass" {
			return true
		}
		ast.Inspect(fd.Body, func(x ast.Node) bool {
			lit, ok := x.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			w, _ := strconv.Unquote(lit.Value)
			if len(w) < 3 {
				return true
			}
			n++
			if !mayBeKeyword([]byte(w)) {
				t.Errorf("keyword %q: first trigram missing from keyTrigrams", w)
			}
			// a keyword anywhere inside a longer key is still seen
			if !mayBeKeyword([]byte("0012" + w + "77")) {
				t.Errorf("keyword %q not seen inside a longer key", w)
			}
			return true
		})
		return false
	})
	if n < 100 {
		t.Fatalf("found only %d keywords in classifyKey", n)
	}
	// the pre-filter agrees with classifyKey on keys it rejects
	for _, k := range []string{"01158zinfoengine", "cafecpp", "mixerjava", "vid", "zinfomidi", "tempo"} {
		if !mayBeKeyword([]byte(k)) && classifyKey(k) != keyNone {
			t.Errorf("%q rejected by the pre-filter but classifyKey says %q", k, classifyKey(k))
		}
	}
}

// mayBeKeyword is the pre-filter read plainly, over a normalized key: some
// three letters in a row are a keyword trigram. rawKeyword must agree.
func mayBeKeyword(nk []byte) bool {
	for i := 0; i+2 < len(nk); i++ {
		a, b, c := nk[i], nk[i+1], nk[i+2]
		if !isLetter(a) || !isLetter(b) || !isLetter(c) {
			continue
		}
		x := (int(a-'a')*26+int(b-'a'))*26 + int(c-'a')
		if keyTrigrams[x/64]&(1<<(x%64)) != 0 {
			return true
		}
	}
	return false
}

// normKey writes in place into a buffer the key fits, and appends past
// one it does not: the same key either way.
func TestNormKeyInPlace(t *testing.T) {
	for _, k := range []string{"", "-", "Password", "pass_word", "PASS-WORD", "-Dapp.user", "é user", "02.003Z INFO engine",
		strings.Repeat("Serial-Number ", 10)} {
		var kb [64]byte
		got, want := normKey(kb[:0], []byte(k)), normKey(nil, []byte(k))
		if string(got) != string(want) {
			t.Errorf("normKey(%q) = %q in a buffer, %q appended", k, got, want)
		}
	}
	if got := normKey(nil, []byte("User-Name_2")); string(got) != "username2" {
		t.Errorf("normKey(User-Name_2) = %q", got)
	}
}

func TestRawKeywordMatchesNormKey(t *testing.T) {
	for _, k := range []string{"", "a", "ab", "Password", "pass_word", "PASS-WORD", "02.003Z INFO engine", "pa1ssword",
		"x-api-key", "Serial Number (system)", "CrashReporter Key", "hostname", "h0stname", "é user", "usr", "us", "emai", "9email"} {
		nk := normKey(nil, []byte(k))
		n, hit := rawKeyword([]byte(k))
		if hit != mayBeKeyword(nk) || !hit && n != len(nk) {
			t.Errorf("rawKeyword(%q) = %d, %v; normKey gives %d, %v (the length matters only without a hit)", k, n, hit, len(nk), mayBeKeyword(nk))
		}
	}
}

func TestMACKeys(t *testing.T) {
	s := newSession(t, Config{})
	for in, want := range map[string]string{
		// one address in three spellings: one pseudonym
		"MACAddress=001A2B3C4D5E ether 00:1a:2b:3c:4d:5e macaddr=001a.2b3c.4d5e": "MACAddress=<mac-1> ether <mac-1> macaddr=<mac-1>",
		"NetworkAddress: 10.0.0.5":         "NetworkAddress: <ip-1>", // an IP under a MAC key is an IP
		"mac_address: 000000000000":        "mac_address: 000000000000",
		"bssid=001a2b3c4d5 hwaddr=12345":   "bssid=001a2b3c4d5 hwaddr=12345", // not 12 digits
		"macaddress=00:1a:2b:3c:4d-5e":     "macaddress=00:1a:2b:3c:4d-5e",   // mixed separators
		"PhysicalAddress=00-1A-2B-3C-4D5E": "PhysicalAddress=00-1A-2B-3C-4D5E",
	} {
		if got := s.ScrubString(in); got != want {
			t.Errorf("%q -> %q, want %q", in, got, want)
		}
	}
}
