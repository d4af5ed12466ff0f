package localapi

import "testing"

// One untrusted user gets a bounded share of connections; others are not
// affected, and closing one frees a place.
func TestPerPeerConnectionShare(t *testing.T) {
	s := &Server{opts: ServerOptions{MaxConnsPerPeer: 2}}
	a, b := Peer{UID: 1001}, Peer{UID: 1002}
	for i := range 2 {
		if !s.admit(a) {
			t.Fatalf("connection %d refused", i+1)
		}
	}
	if s.admit(a) {
		t.Fatal("third connection of one user admitted")
	}
	if !s.admit(b) {
		t.Fatal("another user locked out")
	}
	s.release(a)
	if !s.admit(a) {
		t.Fatal("released place not reusable")
	}
	w := Peer{UID: -1, SID: "S-1-5-21-1"}
	first, second, third := s.admit(w), s.admit(w), s.admit(w)
	if !first || !second || third {
		t.Fatal("Windows peers (by SID) not bounded")
	}
}
