package redact

import "testing"

// Leak: wmic's table of "wmic computersystem get" (and "get
// PrimaryOwnerName" alone, the name on the line under its header) and
// "wmic os get Organization,RegisteredUser" kept the owner's full name:
// the column reader (serialColumn) knew SerialNumber, IdentifyingNumber,
// SMBIOSAssetTag and FullName only. wmic ends its lines "\r\r\n".
func TestSys27WmicOwnerColumns(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"PrimaryOwnerName  \r\r\nMohammed Al-Farsi  \r\r\n\r\r\n", "Al-Farsi"},
		{"PrimaryOwnerName\nMohammed Al-Farsi\n\n", "Mohammed"},
		{"Caption          Description       DNSHostName      Domain     Manufacturer           Model                 Name             PrimaryOwnerName  TotalPhysicalMemory  UserName               \r\r\n" +
			"DESKTOP-8F3KQ2L  AT/AT COMPATIBLE  DESKTOP-8F3KQ2L  WORKGROUP  ASUSTeK COMPUTER INC.  ROG Strix G15 G513QM  DESKTOP-8F3KQ2L  Kavya Iyer        16541134848          DESKTOP-8F3KQ2L\\kavya  \r\r\n\r\r\n", "Iyer"},
		{"Domain     Name             PrimaryOwnerName    UserName\r\r\nWORKGROUP  DESKTOP-Q1W2E3R  Nguyễn Thị Mai      DESKTOP-Q1W2E3R\\mai\r\r\n\r\r\n", "Nguyễn"},
		{"Organization  RegisteredUser  \r\r\n              Zanele Mokoena  \r\r\n\r\r\n", "Mokoena"},
		{"PS C:\\> Get-CimInstance Win32_ComputerSystem | Format-Table Name, PrimaryOwnerName, Model\n\nName      PrimaryOwnerName   Model\n----      ----------------   -----\nWOJTEK-PC Wojciech Kowalczyk ThinkPad T14 Gen 3\n", "Kowalczyk"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "PrimaryOwnerName  \r\r\nWindows User      \r\r\n\r\r\n")
	mustKeepTwice(t, "Manufacturer           Model                 PrimaryOwnerName  SystemType    \r\r\nASUSTeK COMPUTER INC.  ROG Strix G15 G513QM  Administrator     x64-based PC  \r\r\n\r\r\n")
	mustKeepTwice(t, "The PrimaryOwnerName property of Win32_ComputerSystem holds the owner's name.\nRegisteredUser\nstring value read from the registry\n")
	// the table's other columns stay what they are
	out := scrubTwice(t, "Manufacturer           Model                 Name             PrimaryOwnerName  \r\r\nASUSTeK COMPUTER INC.  ROG Strix G15 G513QM  DESKTOP-8F3KQ2L  Kavya Iyer        \r\r\n\r\r\n")
	mustKeep(t, "wmic model", out, "ASUSTeK COMPUTER INC.", "ROG Strix G15 G513QM")
}
