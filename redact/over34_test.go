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

// The kernel's print_hex_dump (DUMP_PREFIX_OFFSET) after its prefix: the
// offset ends in a colon ("usb 1-2: 00000000: 2f 68 …  /home/kofi/."),
// which only a dump at a line's start was read in: the hex digits kept
// the name's bytes while its text column lost them.
func TestOver34KernelHexDumpAfterPrefix(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"[   12.345678] usb 1-2: 00000000: 2f 68 6f 6d 65 2f 6b 6f 66 69 2f 00              /home/kofi/.\n", "6b 6f 66 69"},
		{"Dec 07 09:12:01 studio kernel: xhci_hcd 0000:00:14.0: 00000000: 2f 68 6f 6d 65 2f 6e 67 6f 7a 69 5f 61 2f 2e 63  /home/ngozi_a/.c\n" +
			"Dec 07 09:12:01 studio kernel: xhci_hcd 0000:00:14.0: 00000010: 6f 6e 66 69 67 00 00 00 00 00 00 00 00 00 00 00  onfig...........\n",
			"6e 67 6f 7a 69"},
		{"[  301.000112] cdc_acm 3-1:1.0: 00000000: 2f 55 73 65 72 73 2f 74 68 61 6e 64 65 6b 61 2f  /Users/thandeka/\n", "74 68 61 6e 64 65 6b 61"},
	} {
		secrets := []string{c.secret, "kofi", "ngozi", "thandeka"}
		for _, out := range []string{scrubTwice(t, c.in), scrubJSONMessage(t, c.in)} {
			mustNotContain(t, c.in, out, secrets...)
			if strings.Count(out, ": 000000") != strings.Count(c.in, ": 000000") {
				t.Errorf("layout changed:\n%s", out)
			}
		}
		var m memFile
		if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(c.in)); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, c.in+"/one pass", string(m.b), secrets...)
	}
	for _, keep := range []string{
		"[    1.234567] ACPI: 00000000: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00  ................\n",
		"[   12.345678] usb 1-2: 00000000: 12 01 00 02 09 00 01 40 6b 1d 03 00 19 05 03 02  .......@k.......\n",
		"[    0.512000] nvme 0000:01:00.0: 00000000: 4e 56 4d 65 20 53 53 44 20 31 54 42  NVMe SSD 1TB\n",
		"exit status 00000000: success\n",
		"crc 1a2b3c4d: ok, 00000000: idle\n",
	} {
		mustKeepTwice(t, keep)
	}
}
