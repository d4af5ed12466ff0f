package redact

import "testing"

// Leak: Discord's gateway logs "READY user=ngozi.dj#0 id=4839…": the
// name went, the account's id after it (a bare "id", which says nothing
// alone) stayed. An "id" right after a user key's pair is now the
// account's id; an "id" after other pairs stays.
func TestUserPairID(t *testing.T) {
	in := "[2026-12-04 19:00:03.789] [info] [Gateway] READY user=ngozi.dj#0 id=483920174856392704 sessionId=8f3c2a1b9d7e6f5a4b3c2d1e0f9a8b7c\n"
	checkAllEncodings(t, "discord", in, []string{"483920174856392704", "ngozi"}, "")
	mustKeep(t, "discord", scrubTwice(t, in), "user=<user-1> id=<uid-1> ")
	mustKeepTwice(t, "track=Lagos id=12 mode=a\nmixer deck=2 id=7 gain=0.5\nuser= id=3\n")
}

// Leak: OBS's YouTube chat dock logs "Logged in as olamidebeats
// (UCx7fQ…)": the channel id in the parentheses, the account's id on
// YouTube, stayed where the display name would have gone.
func TestSignedInChannelID(t *testing.T) {
	in := "11:42:10.002: [YouTube Chat] Logged in as olamidebeats (UCx7fQ9kP2mN3bV8cZ1yW4tA)\n"
	checkAllEncodings(t, "youtube", in, []string{"olamidebeats", "UCx7fQ9kP2mN3bV8cZ1yW4tA"}, "")
	mustKeep(t, "youtube", scrubTwice(t, in), "Logged in as <user-1> (<user-2>)")
}

// Leak: Get-LocalUser piped to Select-Object ("Name FullName Enabled")
// kept the second account and both full names: only the default header
// ("Name Enabled Description") was read as the accounts' table. A header
// of the accounts' properties is one now: the Name column's accounts and
// the FullName column's names go; the built-in accounts stay.
func TestLocalUserSelectedColumns(t *testing.T) {
	in := "PS C:\\Users\\x> Get-LocalUser | Select Name,FullName,Enabled\r\n" +
		"Name               FullName         Enabled\r\n" +
		"----               --------         -------\r\n" +
		"Administrator                         False\r\n" +
		"Lungile            Lungile Dlamini     True\r\n" +
		"Sipho              Sipho Nkosi         True\r\n" +
		"WDAGUtilityAccount                    False\r\n\r\n"
	checkAllEncodings(t, "localuser", in, []string{"Lungile", "Sipho", "Dlamini", "Nkosi"}, "")
	mustKeep(t, "localuser", scrubTwice(t, in), "Administrator                         False", "WDAGUtilityAccount", "Name               FullName         Enabled")
	// a table of other things with a Name column stays
	mustKeepTwice(t, "Name               Status   StartType\r\n----               ------   ---------\r\nAudiosrv           Running  Automatic\r\n\r\n")
}
