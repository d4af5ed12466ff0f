package redact

import (
	"strings"
	"testing"
)

// Windows' built-in and domain groups and principals (Get-Acl's "Owner:",
// an event's "Account:", icacls, "access denied for CORP\Domain Admins")
// name no person: a value cut at its first blank left "Domain" to go as an
// account ("CORP\<user-1> Admins"), and "Trusted Installer" or Apple's
// "Apple ID" went whole. Real accounts in the same places still go.
func TestOver34WindowsGroupsNoAccount(t *testing.T) {
	for _, keep := range []string{
		"Owner: CORP\\Domain Admins",
		"account: CORP\\Domain Users",
		"Owner  : CORP\\Domain Admins\nGroup  : CORP\\Domain Users\nAccess : NT AUTHORITY\\SYSTEM Allow  FullControl\n",
		"User: CORP\\Enterprise Admins",
		"account: CORP\\Domain Guests",
		"Owner: CORP\\Remote Desktop Users",
		"Owner: CORP\\Schema Admins.",
		"Owner: BUILTIN Administrators",
		"Owner: Trusted Installer",
		"account: Apple ID",
		"Owner: Domain Admins",
		"Account Name: Authenticated Users",
		"access denied for CORP\\Domain Admins",
		"Access is denied: ran as ACME\\Domain Users",
		"Owner: NT SERVICE\\TrustedInstaller",
		"account: NT AUTHORITY\\NETWORK SERVICE",
		// look-alikes: no group, no account either
		"Domain Admins can reset passwords (see Get-ADGroupMember).",
		"the Domain Users group",
		"Apple ID sign-in failed: -22406",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Owner: CORP\\kofi.m\n", "kofi.m"},
		{"account: AMA-STUDIO\\Ngozi Okafor\n", "Okafor"},
		{"Owner: CORP\\Zoe Kowalski\n", "Kowalski"},
		{"access denied for CONTOSO\\kmbonsu\n", "kmbonsu"},
		{"Owner: CORP\\Domain Admins\nAccess : CORP\\thandeka.n Allow  Modify\naccount: CORP\\nguyen.van.an\n", "nguyen.van.an"},
		{"User: ACME\\Ayse Yilmaz\n", "Yilmaz"},
		{"Owner: CORP\\Domain Admins.txt\nuser: CORP\\priya.r\n", "priya.r"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// the machine goes, the group stays
	for _, c := range []struct{ in, secret string }{
		{"Owner: CONTOSO\\Schema Admins.", "CONTOSO"},
		{"Computer: KAI-PC, user KAI-PC\\Enterprise Admins", "KAI-PC"},
	} {
		in := c.in
		out := checkBothPaths(t, in, c.secret)
		if !strings.Contains(out, "\\Schema Admins.") && !strings.Contains(out, "\\Enterprise Admins") {
			t.Errorf("group lost: %q -> %q", in, out)
		}
	}
}
