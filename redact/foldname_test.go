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
	// a full name learned whole (after "Signed in as", an owner key)
	out = scrubTwice(t, "/Users/seun.adebayo/x\nSigned in as Oluwaseun Adébáyọ̀ (Pro)\nRegistered Owner: Oluwaseun Adébáyọ̀\ngit config user.name \"Oluwaseun Adébáyọ̀\"\n")
	mustKeep(t, "folded surname/full name", out, "Signed in as <user-1> (Pro)\nRegistered Owner: <user-1>\ngit config user.name \"<user-1>\"\n")
	// the same from the machine's own account
	s := newSession(t, Config{Identity: Identity{UserNames: []string{"seun.adebayo"}}})
	out = s.ScrubString("Adébáyọ̀'s MacBook Pro; ADÉBÁYỌ̀ signed in; " + `{"owner":"Oluwaseun Adébáyọ̀"}`)
	mustNotContain(t, "folded surname/identity", out, "Adébáyọ̀", "ADÉBÁYỌ̀")
	if strings.Contains(out, "<user-2>") {
		t.Errorf("identity: the surname got a pseudonym of its own: %q", out)
	}
}

// An account that joins the surname to the given name, its start or its
// initial without a separator has no parts to compare: a full name
// whose surname folds to one end of the account and whose given name
// holds the other is the account's.
func TestFoldedSurnameOfJoinedAccount(t *testing.T) {
	for _, acct := range []string{"seunadebayo", "oadebayo", "oluwaadebayo", "adebayoo", "adebayooluwaseun"} {
		in := "/Users/" + acct + "/x\nSigned in as Oluwaseun Adébáyọ̀ (Pro)\nHi Adébáyọ̀!\nRegistered Owner: Oluwaseun Adébáyọ̀\n"
		out := scrubTwice(t, in)
		mustNotContain(t, acct, out, "Adébáyọ̀", "Oluwaseun", acct)
		mustKeep(t, acct, out, "/Users/<user-1>/x\nSigned in as <user-1> (Pro)\nHi <user-1>!\nRegistered Owner: <user-1>\n")
	}
	// another given name is another person, though the surname matches
	out := scrubTwice(t, "/Users/seunadebayo/x\nSigned in as Tunde Adébáyọ̀ (Pro)\n")
	mustKeep(t, "other given name", out, "/Users/<user-1>/x\nSigned in as <user-2> (Pro)\n")
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

// A folded name glued to a learned name in ASCII ("AdéBáYọSEUN") is
// replaced in the first pass, as the second reads it once the ASCII name
// is replaced (found by FuzzScrubJSON: the second pass changed it).
func TestFoldedNameGluedToName(t *testing.T) {
	out := scrubTwice(t, "/Users/seun.adebayo/x\nby AdéBáYọSEUN today\n")
	mustNotContain(t, "glued folded name", out, "AdéBáYọ", "SEUN")
	// (folded whole: the account's names family name first, as the
	// Yoruba name is written)
	mustKeep(t, "glued folded name", out, "by <user-1> today")
}
