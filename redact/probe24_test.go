package redact

import "testing"

// Leak: who used the machine or the app last kept its account: Winlogon's
// "DefaultUserName", LogonUI's "LastLoggedOnUser" (".\tavita.l") and
// "LastLoggedOnDisplayName" rows of reg query, an app's "lastUser =
// tavita.l". Those keys now hold an account (a full name for the display
// name), and ".\" before one is this machine's name, not the account's.
func TestProbe24LastUser(t *testing.T) {
	in := "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\n" +
		"    DefaultUserName    REG_SZ    tavita.l\n    DefaultDomainName    REG_SZ    .\n" +
		"HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\LogonUI\n" +
		"    LastLoggedOnUser    REG_SZ    .\\mere.tane\n    LastLoggedOnDisplayName    REG_SZ    Siosaia Fifita\n" +
		"[Settings]\nlastUser = ivana.horvat\npreviousUser: lemlem_t\n"
	checkAllEncodings(t, "lastuser", in, []string{"tavita", "mere", "tane", "Siosaia", "Fifita", "ivana", "horvat", "lemlem"}, "tavita and mere.tane")
	mustKeep(t, "lastuser", scrubTwice(t, in), "    DefaultUserName    REG_SZ    <user-1>\n    DefaultDomainName    REG_SZ    .\n",
		"LastLoggedOnUser    REG_SZ    .\\<user-2>\n")
	keep := "lastUser = none\nlastUser: (null)\n    DefaultUserName    REG_SZ    \n    LastLoggedOnUser    REG_SZ    \n"
	mustKeepTwice(t, keep)
}
