package report

import (
	"encoding/json"
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
