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

// Apple Music's and iTunes' library XML writes '&' as "&#38;": a couple's
// event there ("Folake &#38; Adewale Wedding Reception") is one, as
// "&amp;" and '&' are; a duo's or a genre's name is none.
func TestCoupleNumericAmpEntity(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"\t\t\t<key>Name</key><string>Folake &#38; Adewale Wedding Reception</string>\n", "Folake"},
		{"\t\t\t<key>Name</key><string>Wedding - Efua &#38; Kojo</string>\n", "Efua"},
		{"\t\t\t<key>Name</key><string>Wanjiru &#38; Otieno Ruracio</string>\n", "Otieno"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"\t\t\t<key>Artist</key><string>Simon &#38; Garfunkel</string>\n",
		"\t\t\t<key>Name</key><string>Drum &#38; Bass Mix</string>\n",
		"\t\t\t<key>Album</key><string>Rhythm &#38; Blues Wedding Classics</string>\n",
		"\t\t\t<key>Name</key><string>Salt &#38; Pepper</string>\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A library's Location spells a learned account's owner, written out,
// with %20 between the words: "Adewale%20Ogunleye" of adewale.o and
// "Thandeka%20Mokoena" of tmokoena, as "Adewale Ogunleye" in text is
// (initialName). An artist's folder that merely starts with the same
// letters stays.
func TestPctEncodedInitialName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"<key>Location</key><string>file:///Users/adewale.o/Music/Music/Media.localized/Music/Adewale%20Ogunleye/Unknown%20Album/Voice%20Memo.mp3</string>\n", "Ogunleye"},
		{"<TRACK TrackID=\"12\" Location=\"file://localhost/Users/tmokoena/Music/Thandeka%20Mokoena%20-%20Voice%20Notes/intro.wav\"/>\n", "Mokoena%20"},
		{"<key>Location</key><string>file:///Users/ngozia/Music/Ngozi%20Adichie/Demos/a.m4a</string>\n", "Adichie"},
	} {
		// (the surname alone is not learned: as in text, it is found
		// next to its first name)
		checkEncodingsOnePass(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"<key>Location</key><string>file:///Users/Shared/Music/Tame%20Impala/Currents/01%20Let%20It%20Happen.mp3</string>\n",
		"<key>Location</key><string>file:///Users/Shared/Music/Burna%20Boy/Outside/05%20Ye.m4p</string>\n",
	} {
		mustKeepTwice(t, keep)
	}
	in := "Location=\"file://localhost/Users/tmokoena/Music/Tame%20Impala/Currents/a.mp3\"\n"
	mustKeep(t, in, scrubTwice(t, in), "/Music/Tame%20Impala/Currents/a.mp3")
}

// A device interface's path spells the instance id with '#' for '\':
// a USB drive's serial stands there as in "USBSTOR\Disk&Ven_…\SERIAL&0"
// (setupapi.dev.log, Kernel-PnP events, an audio app's device list).
// Windows' own instance ids for devices with no serial ("5&2a8c1f3e&0&2")
// and the interface class GUIDs stay.
func TestDeviceInterfacePathSerial(t *testing.T) {
	for _, in := range []string{
		">>>  [Device Install (Hardware initiated) - SWD\\WPDBUSENUM\\_??_USBSTOR#Disk&Ven_SanDisk&Prod_Ultra_Fit&Rev_1.00#4C530001280617119443&0#{53f56307-b6bf-11d0-94f2-00a0c91efb8b}]\r\n",
		"   dvi: Device 'SWD\\WPDBUSENUM\\_??_USBSTOR#DISK&VEN_SANDISK&PROD_ULTRA_FIT&REV_1.00#4C530001280617119443&0#{53F56307-B6BF-11D0-94F2-00A0C91EFB8B}' installed.\r\n",
		"Volume \\\\?\\USBSTOR#Disk&Ven_SanDisk&Prod_Ultra_Fit&Rev_1.00#4C530001280617119443&0#{53f56307-b6bf-11d0-94f2-00a0c91efb8b} arrived\n",
		"[audio] opened \\\\?\\USB#VID_0781&PID_5583#4C530001280617119443#{a5dcbf10-6530-11d2-901f-00c04fb951ed}\n",
	} {
		out := checkBothPaths(t, in, "4C530001280617119443")
		mustKeep(t, in, out, "#{")
	}
	for _, keep := range []string{
		"\\\\?\\USB#VID_046D&PID_C52B#5&2a8c1f3e&0&2#{a5dcbf10-6530-11d2-901f-00c04fb951ed}\n",
		"\\\\?\\HID#VID_046D&PID_C52B&MI_00#7&1d3a2c88&0&0000#{4d1e55b2-f16f-11cf-88cb-001111000030}\n",
		"\\\\?\\USBSTOR#CdRom&Ven_HL-DT-ST&Prod_DVDRAM_GP57EB40&Rev_PR00#7&2a8c1f3e&0#{53f5630d-b6bf-11d0-94f2-00a0c91efb8b}\n",
	} {
		mustKeepTwice(t, keep)
	}
}
