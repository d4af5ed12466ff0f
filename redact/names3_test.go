package redact

import "testing"

// TestHolderAndContactKeys: whose account or card it is, and who to
// contact, name a person, in every encoding.
func TestHolderAndContactKeys(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"account holder", "Account holder: Thandeka Mokoena\n"},
		{"cardholder", "Cardholder: THANDEKA MOKOENA\n"},
		{"contact", "contact=Thandeka Mokoena\n"},
		{"contact name", "ContactName: Thandeka Mokoena\n"},
		{"billing name", "billing_name=\"Thandeka Mokoena\"\n"},
	} {
		checkAllEncodings(t, c.name, c.in, []string{"Thandeka", "Mokoena"}, "")
	}
	out := scrubTwice(t, "Contact: none\ncontact_id=42\n")
	mustKeep(t, "no name", out, "Contact: none", "contact_id=42")
}

// TestLastFirstName: "Last, First" after a name key is one name; the
// first name used to stay.
func TestLastFirstName(t *testing.T) {
	for _, c := range []struct{ name, in string }{
		{"author", "Author: Mokoena, Thandeka\n"},
		{"owner", "Owner: Mokoena, Thandeka Grace\nnext line"},
		{"with mail", "Contact: Mokoena, Thandeka <tm@example.org>\n"},
	} {
		checkAllEncodings(t, c.name, c.in, []string{"Thandeka", "Mokoena"}, "hi Thandeka Mokoena")
	}
	// more words after it: a sentence, the comma is no "Last, First"
	out := scrubTwice(t, "Owner: Mokoena, Thandeka and Sipho share it\n")
	mustKeep(t, "sentence", out, "and Sipho share it")
}

// TestCloudStorageOrg: macOS names a business OneDrive or Dropbox folder
// after the organisation (~/Library/CloudStorage/OneDrive-Contoso); the
// organisation is replaced there and learned.
func TestCloudStorageOrg(t *testing.T) {
	checkAllEncodings(t, "onedrive", "/Users/thandeka/Library/CloudStorage/OneDrive-MokoenaSoundLtd/set.mp3\n",
		[]string{"MokoenaSoundLtd"}, "org MokoenaSoundLtd")
	checkAllEncodings(t, "dropbox", "/Users/thandeka/Library/CloudStorage/Dropbox-MokoenaSound/set.mp3\n", []string{"MokoenaSound"}, "")
	out := scrubTwice(t, "/Users/thandeka/Library/CloudStorage/OneDrive-Personal/x and \\\\wsl.localhost\\Ubuntu\\home\\thandeka\\y\n")
	mustKeep(t, "no org", out, "OneDrive-Personal", `\\wsl.localhost\Ubuntu`)
}
