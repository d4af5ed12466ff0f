package redact

import (
	"strings"
	"testing"
)

// The board's identity as DMI and WMI print it: dmidecode's System
// Information UUID, PowerShell's Win32_ComputerSystemProduct (UUID and
// IdentifyingNumber, the serial); a build id printed by dwarfdump stays.
func TestDMIMachineIDs(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"dmidecode", "Handle 0x0001, DMI type 1, 27 bytes\nSystem Information\n\tManufacturer: Dell Inc.\n\tProduct Name: XPS 15 9570\n" +
			"\tSerial Number: 5KXJ8Q2\n\tUUID: 4c4c4544-004b-5810-804a-b5c04f385132\n\tWake-up Type: Power Switch\n",
			[]string{"5KXJ8Q2", "4c4c4544-004b-5810-804a-b5c04f385132"}},
		{"powershell", "PS C:\\> Get-CimInstance Win32_ComputerSystemProduct | Format-List\n\nIdentifyingNumber : 5KXJ8Q2\n" +
			"Name              : XPS 15 9570\nVendor            : Dell Inc.\nUUID              : 4C4C4544-004B-5810-804A-B5C04F385132\n",
			[]string{"5KXJ8Q2", "4C4C4544-004B-5810-804A-B5C04F385132"}},
		{"wmic", "IdentifyingNumber=PF2ABCDE\r\nUUID: 5B3C1A2D-9E8F-4A7B-8C6D-1E2F3A4B5C6D\r\n", []string{"PF2ABCDE", "5B3C1A2D-9E8F-4A7B-8C6D-1E2F3A4B5C6D"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "later "+c.secrets[0])
		if strings.Contains(c.in, "Dell") {
			mustKeep(t, c.name, scrubTwice(t, c.in), "Dell Inc.", "XPS 15 9570")
		}
	}
	in := "UUID: 6A1F4C8E-3B2D-3C4E-9F8A-1B2C3D4E5F60 (arm64) /Applications/Serato DJ Pro.app/Contents/MacOS/Serato DJ Pro\n" +
		"Binary Images: 0x1000 - 0x2000 Foo <6a1f4c8e-3b2d-3c4e-9f8a-1b2c3d4e5f61> /Applications/Foo.app\n" +
		"Kernel UUID: 2B3A9A4E-4B5C-3D2E-8F1A-0C9D8E7F6A5B\n"
	mustKeep(t, "build ids", scrubTwice(t, in), "6A1F4C8E-3B2D-3C4E-9F8A-1B2C3D4E5F60 (arm64)", "6a1f4c8e-3b2d-3c4e-9f8a-1b2c3d4e5f61",
		"2B3A9A4E-4B5C-3D2E-8F1A-0C9D8E7F6A5B")
}

// Fields firmware left unfilled hold the same text on millions of boards:
// kept whole, they tell support the board has no serial.
func TestDMIPlaceholders(t *testing.T) {
	lines := []string{
		"\tSerial Number: Default string", "\tAsset Tag: Default string", "\tSerial Number: Not Specified",
		"\tSerial Number: System Serial Number", "\tSerial Number: To Be Filled By O.E.M.", "\tAsset Tag: No Asset Tag",
		"\tSerial Number: 0123456789", "Chassis Serial Number: None", "SerialNumber=Unknown", "\tUUID: Not Settable",
	}
	in := strings.Join(lines, "\n") + "\n"
	out := scrubTwice(t, in)
	mustKeep(t, "placeholders", out, lines...)
	// a real value beside a placeholder's first word still goes
	mustNotContain(t, "real", scrubTwice(t, "\tSerial Number: Default-5KXJ8Q2\n\tAsset Tag: 5KXJ8Q2 Default string\n"), "5KXJ8Q2")
}
