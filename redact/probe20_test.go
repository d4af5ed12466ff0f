package redact

import (
	"testing"
)

// Leak: a HOME outside /home, /Users and their kin (HOME=/srv/dj/yaa in
// an env block or /proc/PID/environ, "$HOME is /data/users/ama", the
// line after "echo $HOME") kept the account. Its last folder is now the
// user; system and service homes stay.
func TestProbe20HomeAnyRoot(t *testing.T) {
	in := "HOME=/srv/dj/yaa\x00USER=x\x00PATH=/usr/bin\x00\n"
	checkAllEncodings(t, "env", in, []string{"yaa"}, "yaa logged in")
	mustKeep(t, "env", scrubTwice(t, in), "HOME=/srv/dj/<user-1>\x00USER=x\x00")
	in = "$ export HOME=/nfs/home/kofi\n$ echo $HOME\n/data/users/ama\n$HOME is /mnt2/staff/yaw.\n"
	checkAllEncodings(t, "shell", in, []string{"kofi", "ama", "yaw"}, "kofi, ama and yaw")
	mustKeep(t, "shell", scrubTwice(t, in), "$ echo $HOME\n/data/users/<user-", "$HOME is /mnt2/staff/<user-3>.\n")
	keep := "HOME=/var/lib/postgresql\nHOME=/root\nHOME=/nonexistent\nHOME=/var/www\nHOME=/srv/ftp\nHOME=/opt/app\n" +
		"HOME=/config\nHOME=/data/app\nHOME=/github/home\nHOME=/srv/git\n$HOME is /srv/www\n"
	mustKeepTwice(t, keep)
}

// Leak: an asset tag holding its owner's name ("Asset Tag: Kwesi
// Boateng", dmidecode, wmic, hostnamectl's DMI fields) kept the surname:
// the value stopped at the first blank. Two capitalised words ending the
// line are now read as a person's name; placeholders stay.
func TestProbe20AssetTagName(t *testing.T) {
	in := "Chassis Information\n\tManufacturer: Dell Inc.\n\tAsset Tag: Kwesi Boateng\n" +
		"AssetTag=Ama Serwaa\r\ndmi.chassis.asset.tag: Yaw Dartey\n"
	checkAllEncodings(t, "dmi", in, []string{"Kwesi", "Boateng", "Serwaa", "Dartey"}, "Boateng's laptop")
	mustKeep(t, "dmi", scrubTwice(t, in), "\tAsset Tag: <user-1>\n", "AssetTag=<user-2>\r\n")
	js := `{"asset_tag":"Kwesi Boateng"}`
	mustNotContain(t, "json", scrubJSONString(t, js), "Kwesi", "Boateng")
	keep := "\tAsset Tag: No Asset Tag\n\tAsset Tag: To Be Filled By O.E.M.\n\tAsset Tag: Default string\n" +
		"\tAsset Tag: Not Specified\n\tSerial Number: System Serial Number\n\tAsset Tag: Not Available\n"
	mustKeepTwice(t, keep)
}

// Leak: sudo's refusal "kofi is not in the sudoers file." and the groups
// lines of groups NAME ("kofi : kofi adm cdrom sudo") and id -nG ("kofi
// adm cdrom sudo dip plugdev") kept the account; it is now learned and
// replaced, the primary group its namesake with it.
func TestProbe20SudoersGroups(t *testing.T) {
	in := "$ sudo apt update\n[sudo] password for kofi: \nkofi is not in the sudoers file.  This incident will be reported.\n" +
		"$ groups yaw\nyaw : yaw adm cdrom sudo dip plugdev lpadmin\n$ id -nG\nama adm cdrom sudo dip plugdev lpadmin sambashare\n"
	checkAllEncodings(t, "sudo", in, []string{"kofi", "yaw", "ama"}, "kofi, yaw and ama")
	mustKeep(t, "sudo", scrubTwice(t, in), "\n<user-1> is not in the sudoers file.  This incident will be reported.\n",
		" : <user-2> adm cdrom sudo dip plugdev lpadmin\n", "\n<user-3> adm cdrom sudo dip")
	keep := "members adm sudo wheel\nvideo audio input\nthe user is not in the sudoers file.\nStarting adm cdrom sudo\n" +
		"make check\nroot : root adm sudo\n"
	mustKeepTwice(t, keep)
}

// Leak: Office's user information in reg query output (HKCU\Software\
// Microsoft\Office\Common\UserInfo) kept the initials ("UserInitials
// REG_SZ KM") and the organisation's name past a learned surname
// ("Company REG_SZ Mensah Productions"): there Company is the user's
// own. Elsewhere a Company row (a vendor's) stays.
func TestProbe20OfficeUserInfo(t *testing.T) {
	in := "C:\\>reg query HKCU\\Software\\Microsoft\\Office\\Common\\UserInfo\r\n\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Office\\Common\\UserInfo\r\n" +
		"    UserName    REG_SZ    Kofi Mensah\r\n    UserInitials    REG_SZ    KM\r\n    Company    REG_SZ    Asante Sound Productions\r\n"
	checkAllEncodings(t, "office", in, []string{"Kofi", "Mensah", "Asante", "Productions", "    KM\r\n"}, "")
	mustKeep(t, "office", scrubTwice(t, in), "    UserInitials    REG_SZ    <user-", "    Company    REG_SZ    <org-1>\r\n")
	reg := "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\Common\\UserInfo]\r\n" +
		"\"UserName\"=\"Kofi Mensah\"\r\n\"UserInitials\"=\"KM\"\r\n\"Company\"=\"Asante Sound Productions\"\r\n"
	checkAllEncodings(t, "reg", reg, []string{"Kofi", "Mensah", "Asante", "Productions", "\"KM\""}, "")
	mustKeep(t, "reg", scrubTwice(t, reg), "\"UserInitials\"=\"<user-", "\"Company\"=\"<org-1>\"\r\n")
	keep := "HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme\\Player\r\n    Company    REG_SZ    Acme Audio\r\n    UserInitials    REG_SZ    XY\r\n" +
		"[HKEY_LOCAL_MACHINE\\SOFTWARE\\Acme]\r\n\"Company\"=\"Acme Audio\"\r\n"
	mustKeepTwice(t, keep)
}

// Leak: WmiMonitorID's serial in PowerShell's list format when the list
// wraps at the console's width (",\r\n      0}"), is cut at four items
// ("{67, 78, 52, 49...}", the default $FormatEnumerationLimit) or comes
// without blanks (wmic's "{67,78,…}"): the codes stayed. The whole
// serial is learned; a cut one is replaced where it stands.
func TestProbe20WmiMonitorSerialText(t *testing.T) {
	in := "Active                 : True\r\nManufacturerName       : {68, 69, 76, 0...}\r\n" +
		"SerialNumberID         : {67, 78, 52, 49, 50, 51, 52, 53, 54, 55, 0, 0, 0, 0, 0,\r\n                         0}\r\n" +
		"UserFriendlyName       : {68, 69, 76, 76...}\r\n"
	checkAllEncodings(t, "wrapped", in, []string{"67, 78, 52, 49"}, "monitor CN41234567")
	mustKeep(t, "wrapped", scrubTwice(t, in), "SerialNumberID         : {<serial-1>}\r\n", "ManufacturerName       : {68, 69, 76, 0...}\r\n", "{68, 69, 76, 76...}")
	cut := "SerialNumberID         : {67, 78, 52, 49...}\r\nSerialNumberID={72,50,76,65,52,57,0,0}\r\n"
	checkAllEncodings(t, "cut", cut, []string{"67, 78, 52, 49", "72,50"}, "H2LA49")
	mustKeep(t, "cut", scrubTwice(t, cut), "SerialNumberID         : {<serial-1>}\r\n", "SerialNumberID={<serial-2>}\r\n")
	keep := "SerialNumberID         : {0, 0, 0, 0...}\r\nUserFriendlyName       : {68, 69, 76, 76...}\r\n"
	mustKeepTwice(t, keep)
}

// Over-scrub: "OneDrive - Personal", the folder of a personal Microsoft
// account beside a business one's, read as an organisation's name; a
// business account's organisation still goes.
func TestProbe20OneDrivePersonal(t *testing.T) {
	keep := "C:\\Users\\<user-1>\\OneDrive - Personal\\Music\\a.mp3\r\nOpened C:/Users/<user-1>/OneDrive - personal/x\r\n"
	mustKeepTwice(t, keep)
	in := "C:\\Users\\<user-1>\\OneDrive - Mensah Productions\\Docs\\a.docx\r\n"
	checkAllEncodings(t, "org", in, []string{"Mensah", "Productions"}, "")
}

// Leak: cmdkey /list's targets named machines of the user's network
// ("Target: Domain:target=fileserver01", Remote Desktop's
// "LegacyGeneric:target=TERMSRV/studio-pc"); they are now hosts. A
// public name stays.
func TestProbe20CmdkeyTargets(t *testing.T) {
	in := "Currently stored credentials:\r\n\r\n    Target: LegacyGeneric:target=TERMSRV/studio-pc\r\n    Type: Generic \r\n    User: ama\r\n\r\n" +
		"    Target: Domain:target=fileserver01\r\n    Type: Domain Password\r\n    User: CORP\\kofi\r\n"
	checkAllEncodings(t, "cmdkey", in, []string{"studio-pc", "fileserver01", "ama", "kofi"}, "ping fileserver01")
	mustKeep(t, "cmdkey", scrubTwice(t, in), "target=TERMSRV/<host-", "    Target: Domain:target=<host-")
	keep := "    Target: LegacyGeneric:target=git:https://github.com\r\n    Target: Domain:target=outlook.office365.com\r\n    Target: WindowsLive:target=virtualapp/didlogical\r\n"
	mustKeepTwice(t, keep)
}

// Leak: a Discord tag after "Logged in as" ("kofi_m#0042", a bot's or a
// client's log) kept the account, the '#' ending no account there; and
// the snowflake id in parentheses after it stayed. The account is now
// learned and replaced, the id replaced.
func TestProbe20DiscordTag(t *testing.T) {
	in := "[READY] Logged in as kofi_m#0042 (812233445566778899)\r\nSigned in as KofiM#1234\r\n"
	checkAllEncodings(t, "discord", in, []string{"kofi_m", "KofiM", "812233445566778899"}, "kofi_m and KofiM")
	mustKeep(t, "discord", scrubTwice(t, in), "Logged in as <user-1>#0042 (<uid-1>)\r\n", "Signed in as <user-1>#1234\r\n") // (the same name folded)
	keep := "Logged in as user#1\r\nconnected to output as fallback#2\r\nLogged in as <user-1>#0042 (1234)\r\n"
	mustKeepTwice(t, keep)
}

// Leak: Windows's home variables outside C:\Users (set's
// "USERPROFILE=D:\Profiles\yaw", "HOMEPATH=\Profiles\ama", a roaming
// "HOMESHARE=\\fs01\users$\kofi") and a "home directory:" line kept the
// account; they are now read as HOME is. System profiles stay.
func TestProbe20WindowsHomes(t *testing.T) {
	in := "HOMESHARE=\\\\fs01\\users$\\kofi\r\nHOMEPATH=\\Profiles\\ama\r\nUSERPROFILE=D:\\Profiles\\yaw\r\nhome directory: /srv/dj/abena\r\n"
	checkAllEncodings(t, "win", in, []string{"kofi", "ama", "yaw", "abena"}, "kofi, ama, yaw, abena")
	mustKeep(t, "win", scrubTwice(t, in), "HOMESHARE=\\\\fs01\\users$\\<user-", "HOMEPATH=\\Profiles\\<user-", "USERPROFILE=D:\\Profiles\\<user-")
	keep := "USERPROFILE=C:\\Windows\\system32\\config\\systemprofile\r\nHOMESHARE=\\\\fs01\\home$\r\nHOMEPATH=\\\r\nUSERPROFILE=C:\\Program Files\\App\\data\r\nhomedir: /srv/app/data\r\n"
	mustKeepTwice(t, keep)
}
