package redact

import (
	"strings"
	"testing"
)

// PowerShell's Format-List ("Get-CimInstance Win32_DiskDrive | fl") puts
// "SerialNumber : WX71A933H5K7" on a line of its own: a key's line, not
// the header of a wmic table. The keys on the lines under it
// ("PNPDeviceID", "SystemName", "Size") are no serials; the serial is.
func TestFormatListSerialIsNoTableHeader(t *testing.T) {
	in := "\r\nConfigManagerErrorCode      : 0\r\nStatus                      : OK\r\n" +
		"DeviceID                    : \\\\.\\PHYSICALDRIVE1\r\nIndex                       : 1\r\n" +
		"InterfaceType               : USB\r\nCaption                     : WD My Passport 25E2 USB Device\r\n" +
		"FirmwareRevision            : 4004\r\nModel                       : WD My Passport 25E2 USB Device\r\n" +
		"SerialNumber                : WX71A933H5K7\r\n" +
		"PNPDeviceID                 : USBSTOR\\DISK&VEN_WD&PROD_MY_PASSPORT_25E2&REV_4004\\575836314139333348354B37&0\r\n" +
		"SystemName                  : DESKTOP-ADAEZE7\r\nSize                        : 4000750036992\r\n"
	out := checkBothPaths(t, in, "WX71A933H5K7")
	mustNotContain(t, in, out, "575836314139333348354B37", "ADAEZE")
	mustKeep(t, in, out, "\r\nPNPDeviceID                 : USBSTOR\\DISK&VEN_WD&PROD_MY_PASSPORT_25E2&REV_4004\\",
		"\r\nSystemName                  : <", "\r\nSize                        : 4000750036992\r\n",
		"DeviceID                    : \\\\.\\PHYSICALDRIVE1\r\n")
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	mustKeep(t, in, s.ScrubString(in), "\r\nPNPDeviceID  ", "\r\nSystemName  ", "\r\nSize  ", "\\\\.\\PHYSICALDRIVE1\r\n")
	// a wmic table's column still reads as one
	for _, c := range []struct{ in, secret string }{
		{"SerialNumber    \r\r\nWX71A933H5K7    \r\r\nS5GXNF0R1234    \r\r\n\r\r\n", "WX71A933H5K7"},
		{"Model                    SerialNumber\r\r\nWD My Passport 25E2      WX71A933H5K7\r\r\n\r\r\n", "WX71A933H5K7"},
		{"NAME   MAJ:MIN RM   SIZE SERIAL\nsda      8:0    0 931.5G WX71A933H5K7\n", "WX71A933H5K7"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"DeviceID                    : \\\\.\\PHYSICALDRIVE0\r\n",
		"Name                        : \\\\.\\PHYSICALDRIVE0\r\nIndex                       : 0\r\n",
		"PS C:\\> Get-CimInstance Win32_DiskDrive | Format-List DeviceID, Model, Size\r\n",
		"Size                        : 1000202273280\r\nTotalCylinders              : 121601\r\n",
		"CreateFile(\\\\.\\PhysicalDrive0) failed: access denied\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// "defaults read" prints an old-style property list, which writes each
// character outside ASCII as \U and four hex digits: "\U0141ukasz
// W\U00f3jcik" is a name, as JSON's "\u0141ukasz" is.
func TestPropertyListUEscapes(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"            DisplayName = \"\\U0141ukasz W\\U00f3jcik\";\n", "W\\U00f3jcik"},
		{"            firstName = \"\\U0141ukasz\";\n            lastName = \"W\\U00f3jcik\";\n", "\\U0141ukasz"},
		{"    RealName = \"Ay\\U015fe Y\\U0131lmaz\";\n", "Y\\U0131lmaz"},
		{"    FullName = \"Nguy\\U1ec5n Th\\U1ecb Mai\";\n", "Nguy\\U1ec5n"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"    NSNavLastRootDirectory = \"/Library/Application Support\";\n",
		"    title = \"Caf\\U00e9 del Mar \\U2013 Volume 5\";\n",
		"C:\\UCAD1\\bin\\acad.exe\n",
		"printf(\"\\U0001F600\\n\");\n",
		"    label = \"\\U2022\\U2022\\U2022\";\n",
	} {
		mustKeepTwice(t, keep)
	}
	if strings.Contains(scrubTwice(t, "lastName = \"W\\U00f3jcik\";\n"), "\\U00f3") {
		t.Error("the escaped letter stayed")
	}
}
