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
