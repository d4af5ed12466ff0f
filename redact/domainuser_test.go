package redact

import "testing"

// DOMAIN\account in the tables and CSV that Windows tools print (tasklist
// /v, Get-Process, whoami /user), not only at a line's start: in a column
// of aligned output or a CSV field when the domain is named as Windows
// names machines, after a machine the report names, and before a SID.
// Relative paths stay.
func TestDomainAccountInTables(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"tasklist", "Image Name                     PID Session Name        Session#    Mem Usage Status          User Name                                              CPU Time Window Title\r\n" +
			"Serato DJ Pro.exe            12345 Console                    1    512,340 K Running         STUDIO-PC\\thandeka                                     0:12:34 Serato DJ Pro\r\n"},
		{"tasklist-csv", "\"Image Name\",\"PID\",\"Session Name\",\"Session#\",\"Mem Usage\",\"Status\",\"User Name\",\"CPU Time\",\"Window Title\"\r\n" +
			"\"rekordbox.exe\",\"4242\",\"Console\",\"1\",\"812,000 K\",\"Running\",\"DESKTOP-7QK2L9F\\thandeka\",\"0:01:02\",\"rekordbox\"\r\n"},
		{"whoami", "User Name          SID\r\n================== =============================================\r\nstudio-pc\\thandeka S-1-5-21-1004336348-1177238915-682003330-1001\r\n"},
		{"known-host", "COMPUTERNAME=MOKOENA\r\nrekordbox 6.8.5 (64-bit) session 1 (MOKOENA\\thandeka) ok\r\n"},
	} {
		checkAllEncodings(t, tc.name, tc.in, []string{"thandeka"}, "")
		scrubTwice(t, tc.in)
	}
	keep := "  Sets\\Amapiano  \r\n\"Data\\config\",\"x\"\r\nloaded  Presets\\Default  ok\r\ncopied  BUILD-2\\output.log  done\r\n"
	mustKeep(t, "paths", scrubTwice(t, keep), keep)
}
