package redact

import (
	"strings"
	"testing"
)

// A full name written with accents names the account learned in ASCII
// when a word of it folds to a part of the account: "Adébáyọ̀" is the
// surname of seun.adebayo, however the name is met (a possessive device
// name, capitals, combining marks), and gets the account's pseudonym.
func TestFoldedSurnameOfAccount(t *testing.T) {
	in := "/Users/seun.adebayo/Library/x\n" +
		"Oluwaseun Adébáyọ̀ signed in\n" +
		"Adébáyọ̀'s MacBook Pro connected\n" +
		"Adebayo's iPad connected\n" +
		"OLUWASEUN ADÉBÁYỌ̀ (owner)\n" +
		"by Ade\u0301ba\u0301yo\u0323\u0300 on Monday\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "folded surname", out, "Adébáyọ̀", "ADÉBÁYỌ̀", "Ade\u0301ba\u0301yo\u0323\u0300", "adebayo")
	if strings.Contains(out, "<user-2>") {
		t.Errorf("the surname got a pseudonym of its own: %q", out)
	}
	mustKeep(t, "folded surname", out, "<user-1> signed in", "<user-1>'s MacBook Pro connected", "<user-1>'s iPad", "<user-1> (owner)", "by <user-1> on Monday")
	// the name met before the account
	out = scrubTwice(t, "Adébáyọ̀'s MacBook Pro\nOluwaseun Adébáyọ̀\n/Users/seun.adebayo/x\n")
	mustKeep(t, "folded surname/late account", out, "<user-1>'s MacBook Pro\nOluwaseun <user-1>\n/Users/<user-1>/x\n")
	// the same from the machine's own account
	s := newSession(t, Config{Identity: Identity{UserNames: []string{"seun.adebayo"}}})
	out = s.ScrubString("Adébáyọ̀'s MacBook Pro; ADÉBÁYỌ̀ signed in; " + `{"owner":"Oluwaseun Adébáyọ̀"}`)
	mustNotContain(t, "folded surname/identity", out, "Adébáyọ̀", "ADÉBÁYỌ̀")
	if strings.Contains(out, "<user-2>") {
		t.Errorf("identity: the surname got a pseudonym of its own: %q", out)
	}
}

// Folding finds only the account's own parts: accented words and names
// that fold to something else stay.
func TestFoldedSurnameNoOverScrub(t *testing.T) {
	in := "/Users/seun.adebayo/x\n" +
		"Café Über Résumé Zürich São Paulo Ångström naïve CAFÉ ÉTÉ Déjà vu Adébáyọ̀ Adéwálé Adébáyọ̀lá\n" +
		"Ödön Müller's Mac; DJ Bájò Live; Crème Brûlée; ÉCOLE; Sé un; Seúnka\n"
	out := scrubTwice(t, in)
	mustKeep(t, "fold over-scrub", out, "Café Über Résumé Zürich São Paulo Ångström naïve CAFÉ ÉTÉ Déjà vu <user-1> Adéwálé Adébáyọ̀lá\n",
		"DJ Bájò Live; Crème Brûlée; ÉCOLE; Sé un; Seúnka")
}
