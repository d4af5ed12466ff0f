package platform

import (
	"os"
	"slices"
	"strings"
	"testing"
)

func TestLocalIdentity(t *testing.T) {
	id := LocalIdentity()
	host, err := os.Hostname()
	if err != nil {
		t.Skip(err)
	}
	if !slices.Contains(id.HostNames, host) {
		t.Errorf("host names %q lack %q", id.HostNames, host)
	}
	if b, err := os.ReadFile("/etc/machine-id"); err == nil {
		if mid := strings.TrimSpace(string(b)); len(mid) >= 4 && !slices.Contains(id.Secrets, mid) {
			t.Errorf("secrets lack the machine-id")
		}
	}
	if len(id.UserNames) == 0 {
		t.Error("no user names")
	}
	for _, u := range id.UserNames {
		if u == "root" || u == "" {
			t.Errorf("user names hold %q", u)
		}
	}
}

func TestIdentityAdders(t *testing.T) {
	var id identity
	id.addUser(`STUDIO\maria`)
	id.addUser("Maria José Pérez,,,")
	id.addHost("studio.fritz.box")
	id.addHost("localhost")
	id.addSecret("To Be Filled By O.E.M.")
	id.addSecret("abc")
	id.addSecret("0123456789ABCDEF0123456789abcdef")
	id.addSecret("0123456789abcdef0123456789abcdef")
	id.normalise()
	want := identity{
		UserNames: []string{"José", "Maria", "Maria José Pérez", "Pérez", "maria"},
		HostNames: []string{"STUDIO", "studio", "studio.fritz.box"},
		Secrets:   []string{"01234567-89AB-CDEF-0123-456789abcdef", "01234567-89ab-cdef-0123-456789abcdef", "0123456789ABCDEF0123456789abcdef", "0123456789abcdef0123456789abcdef"},
	}
	if !slices.Equal(id.UserNames, want.UserNames) || !slices.Equal(id.HostNames, want.HostNames) || !slices.Equal(id.Secrets, want.Secrets) {
		t.Errorf("got  %q\nwant %q", id, want)
	}
}
