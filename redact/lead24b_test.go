package redact

import (
	"strings"
	"testing"
)

// accountHead (a learned part's handle, "olu_adeyemi") takes no word
// that code or a host name puts before a learned name: a method, an
// identifier or a host name going on after it.
func TestAccountHeadNotInCodeOrHosts(t *testing.T) {
	out := scrubTwice(t, "path: /home/ama.mensah/x\ncall gnutls_mensah_set(x); r := cmd.mensah()\nsee https://facebook.mensah.io/x\nhandle: olu_mensah\n")
	mustKeep(t, "learn then scrub", out, "gnutls_<", "cmd.<", "https://facebook.<")
	if strings.Contains(out, "olu_") {
		t.Errorf("the handle's head stayed: %q", out)
	}
}

// A tilde before random bytes and a slash in a binary (memory, a hex
// dump's bytes) is no home folder: a dump of random bytes lost eleven of
// them to a user's pseudonym. A name in UTF-8 or cp1252 still is.
func TestTildeHomeNotRandomBytes(t *testing.T) {
	s, _ := NewSession(Config{})
	in := "\x1e~QJ\xde\xf6A\xe0l\xf9T\x86\xd0/g\x9a"
	b := []byte(in)
	s.ScrubSameLength(b)
	if string(b) != in {
		t.Errorf("changed: %q", b)
	}
	for _, in := range []string{"\x00~j\xf6rg/Music\x00", "\x00~jörg/Music\x00", "\x00~kofi.m/Music\x00"} {
		s, _ := NewSession(Config{})
		b := []byte(in)
		s.ScrubSameLength(b)
		if string(b) == in {
			t.Errorf("kept: %q", b)
		}
	}
}

// A two-name account written family name first, as Chinese, Vietnamese
// and Korean names are: "Li Wei" of wei.li went out ("Wei Li" did not).
func TestFamilyNameFirst(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"path: /Users/wei.li/x\nsender: Li Wei (iPhone)\n", "Li Wei"},
		{"path: C:\\Users\\minh_nguyen\\x\nowner Nguyen Minh said\n", "Nguyen Minh"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// "Full name" as localized tools, profiles and forms write it: only the
// English key was read ("Полное имя: Иван Петров", "Nom complet :
// Amélie Durand" went out).
func TestLocalizedFullNameKeys(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Полное имя: Иван Петров\n", "Петров"},
		{"Nom complet : Amélie Durand\n", "Durand"},
		{"Vollständiger Name: Jörg Müller\n", "Müller"},
		{"Nombre completo: Lucía Fernández\n", "Fernández"},
		{"Nome completo: Ana Souza\n", "Souza"},
		{"Volledige naam = Sanne de Vries\n", "Sanne"},
		{"Imię i nazwisko: Jan Kowalski\n", "Kowalski"},
		{"氏名: Yamada Taro\n", "Yamada"},
		{"姓名：Wang Wei\n", "Wang Wei"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "Nom complet : (aucun)\nPolnoe imya: none\n")
}
