package report

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// Addresses travel as "0x..." strings (JavaScript's numbers lose bits past
// 2^53), are left out when zero under omitempty, and read back from
// either a string or a number.
func TestAddrJSON(t *testing.T) {
	f := Frame{Address: 0x7fff61bc6c2a, Module: "libsystem_kernel.dylib", Offset: 0}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"address":"0x7fff61bc6c2a","module":"libsystem_kernel.dylib"}`; string(b) != want {
		t.Errorf("got %s, want %s", b, want)
	}
	m := Module{Name: "x", Base: 0xffffffffffffffff, Size: 1}
	if b, _ := json.Marshal(m); string(b) != `{"name":"x","base":"0xffffffffffffffff","size":1}` {
		t.Errorf("got %s", b)
	}
	var back Frame
	if err := json.Unmarshal(b, &back); err != nil || back.Address != f.Address {
		t.Errorf("round trip: %v %#x", err, back.Address)
	}
	for in, want := range map[string]Addr{`{"address":"0x10"}`: 16, `{"address":4096}`: 4096, `{"address":null}`: 0} {
		var fr Frame
		if err := json.Unmarshal([]byte(in), &fr); err != nil || fr.Address != want {
			t.Errorf("%s: %v %#x", in, err, fr.Address)
		}
	}
}

// ParseAddr reads what strconv.ParseUint(s, 16, 64) reads, after an
// optional 0x and blanks, and fails where it fails.
func FuzzParseAddr(f *testing.F) {
	for _, s := range []string{"0x7fff61bc6c2a", "0X1", "ffffffffffffffff", "10000000000000000", "00000000000000000001", " 0xabc ", "0xg", "", "0x", "-1", "+1", "1_0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseAddr(s)
		ref := strings.TrimPrefix(strings.TrimPrefix(strings.TrimSpace(s), "0x"), "0X")
		if ref == "" {
			if got != 0 || err != nil {
				t.Fatalf("%q: %#x %v, want 0", s, got, err)
			}
			return
		}
		want, werr := strconv.ParseUint(ref, 16, 64)
		if (err != nil) != (werr != nil) || err == nil && uint64(got) != want {
			t.Fatalf("%q: %#x %v, ParseUint %#x %v", s, got, err, want, werr)
		}
	})
}
