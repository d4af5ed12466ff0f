package redact

import (
	"strings"
	"testing"
)

// A serial number after its key's words with no colon ("Seriennummer
// 1234-…", "numéro de série …", "número de serie …") is the device's, as
// after "serial number"; "de serie" without the number's word before it
// is a make's ("equipo de serie"), and the words alone stay.
func TestSerialPhraseOtherLanguages(t *testing.T) {
	const serial = "1234-5678-ABCD-EF01"
	for _, lead := range []string{"Seriennummer", "Serienummer", "Sarjanumero", "numéro de série", "Numéro de série",
		"número de serie", "Número de série", "numero di serie", "Nº de série"} {
		in := "Gerät: DDJ-400, " + lead + " " + serial + "\n"
		checkEncodingsOnePass(t, in, serial)
		if out := scrubTextTwice(t, in); strings.Contains(out, serial) {
			t.Errorf("%q: kept %q", in, out)
		}
	}
	for _, keep := range []string{"equipo de serie 1234-5678-ABCD-EF01\n", "Seriennummer des Geräts\n",
		"numéro de série du boîtier\n", "de série 2024\n", "serial number of the device\n"} {
		keepOnePass(t, keep)
	}
}

// Whom a licence is for, in its phrase's own words with no colon
// ("license for Siddharth Iyer", "licence issued to …", "Lizenziert für
// …", "Licence accordée à …", "Licencia a nombre de …"), is the person;
// a product's or a use's name there stays.
func TestLicenseePhrases(t *testing.T) {
	for _, lead := range []string{"license for", "Licence for", "licence issued to", "License granted to", "licenced to",
		"Lizenziert für", "Registriert für", "Licence accordée à", "Licencié à", "Licencia a nombre de", "Registrado a nombre de"} {
		in := "Pro edition, " + lead + " Siddharth Iyer\n"
		checkEncodingsOnePass(t, in, "Siddharth", "Iyer")
		if out := scrubTextTwice(t, in); strings.Contains(out, "Iyer") {
			t.Errorf("%q: kept %q", in, out)
		}
	}
	for _, keep := range []string{"license for commercial use\n", "License for Serato DJ\n", "license for Ableton Live\n",
		"Lizenz für Windows Server\n", "licence accordée à la société\n", "Licencia a nombre de la empresa\n",
		"Checking license for Native Instruments\n", "License for Massive X\n", "certificate issued to Let's Encrypt\n"} {
		keepOnePass(t, keep)
	}
}

// A full name under a key of a person's own with no "name" in it
// ("customer=Kofi Mensah", "Buyer: …", "recipient=\"…\"") is the person,
// and so is one under "name" beside such a key, or "full_name",
// "display_name", "customer_id"; a device's, an output's or a role's
// there stays.
func TestPersonKeysBesideName(t *testing.T) {
	for _, in := range []string{
		"order 5 customer=Kofi Mensah total=12.00\n",
		"Buyer: Kofi Mensah\n",
		"delivered recipient=\"Kofi Mensah\" status=ok\n",
		"name=Kofi Mensah customer_id=48213\n",
		"name=\"Kofi Mensah\" display_name=\"DJ K\"\n",
		"name=Kofi Mensah full_name=set\n",
		"name=Kofi Mensah buyer=yes\n",
	} {
		checkEncodingsOnePass(t, in, "Mensah")
		if out := scrubTextTwice(t, in); strings.Contains(out, "Mensah") {
			t.Errorf("%q: kept %q", in, out)
		}
	}
	for _, keep := range []string{"customer=true\n", "recipient=broadcast\n", "recipient: all\n", "buyer=none\n",
		"recipient=Main Output\n", "name=Default customer=1\n", "name=\"Master Out\" display_name=x\n",
		"name=Pioneer DDJ-400 buyer=x\n", "name=Default\n", "name=\"Master Out\"\n", "name=Pioneer DDJ-400\n"} {
		keepOnePass(t, keep)
	}
}

// A first name learned from an account ("/home/kofi") and written in a
// "name" key's value with its surname ("name=Kofi Mensah") takes the
// surname with it, as in a path's segment.
func TestLearnedNameKeySurname(t *testing.T) {
	for _, in := range []string{
		"C:\\Users\\kofi\\AppData\\x.log\nname=Kofi Mensah\n",
		"/home/kofi/.config/app.log\nfull_name: \"Kofi Mensah\"\n",
		"/home/kofi/.config/app.log\n{\"name\": \"Kofi Mensah\"}\n",
	} {
		if out := scrubTextTwice(t, in); strings.Contains(out, "Mensah") || strings.Contains(out, "kofi") {
			t.Errorf("%q: kept %q", in, out)
		}
	}
	for _, keep := range []string{"/home/kofi/x\nname=Kofi iPhone\n"} {
		if out := scrubTextTwice(t, keep); !strings.Contains(out, "iPhone") {
			t.Errorf("%q: lost the device's word: %q", keep, out)
		}
	}
}

// A two-letter name that opens a sentence before a speech verb ("Li
// said the deck froze", "…. Wu reported it") is a person, replaced where
// it stands and not learned ("Li-ion" stays); "Go said", "LI said" and
// one inside a sentence stay.
func TestShortNameSpeaker(t *testing.T) {
	for _, c := range []struct{ in, name string }{
		{"Li said the deck froze twice.\n", "Li"},
		{"The deck froze. Wu reported it on the USB hub.\n", "Wu"},
		{"Xu wrote: the deck froze\n", "Xu"},
	} {
		checkEncodingsOnePass(t, c.in, c.name+" ")
		if out := scrubTextTwice(t, c.in); strings.Contains(out, c.name+" ") {
			t.Errorf("%q: kept %q", c.in, out)
		}
	}
	if out := scrubTextTwice(t, "Li said it froze. Li-ion battery at 5%\n"); !strings.Contains(out, "Li-ion") {
		t.Errorf("Li-ion went: %q", out)
	}
	for _, keep := range []string{"Go said it was fine\n", "LI said\n", "the x Li said\n", "Li saidx\n", "Li-ion said nothing\n"} {
		keepOnePass(t, keep)
	}
}
