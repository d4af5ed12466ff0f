package redact

import "testing"

// icacls writes each principal of a file's ACL as DOMAIN\account glued
// to its rights by a colon ("CORP\kofi.m:(OI)(CI)(F)"), on the path's
// line and the indented lines under it: the account goes, the machine
// as machines go; the built-in principals stay.
func TestACL35IcaclsAccounts(t *testing.T) {
	in := "C:\\>icacls C:\\Data\n" +
		"C:\\Data CORP\\kofi.m:(OI)(CI)(F)\n" +
		"        DESKTOP-7F3K2Q\\ngozi.a:(OI)(CI)(M)\n" +
		"        BUILTIN\\Administrators:(I)(OI)(CI)(F)\n" +
		"        NT AUTHORITY\\SYSTEM:(I)(OI)(CI)(F)\n" +
		"        CREATOR OWNER:(I)(OI)(CI)(IO)(F)\n" +
		"        NT AUTHORITY\\Authenticated Users:(I)(M)\n" +
		"\n" +
		"Successfully processed 1 files; Failed processing 0 files\n"
	checkAllEncodings(t, "icacls", in, []string{"kofi.m", "ngozi.a"}, "later kofi.m and ngozi.a again")
	for _, c := range []struct{ in, secret string }{
		{"C:\\Users\\Public\\report.xlsx NT AUTHORITY\\SYSTEM:(I)(F)\n                            CORP\\wei.zhang:(I)(F)\n", "wei.zhang"},
		{"CONTOSO\\mehmet.yilmaz:(DENY)(W,D,Rc,DC)\n", "mehmet.yilmaz"},
		{"D:\\Projects\\crashd DESKTOP-7F3K2Q\\thandeka:(OI)(CI)(RX,W)\n", "thandeka"},
		{"        STUDIO-PC\\joao.silva:(Rc,S,RD)\n", "joao.silva"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"C:\\Windows NT SERVICE\\TrustedInstaller:(F)\n" +
			"           NT SERVICE\\TrustedInstaller:(CI)(IO)(F)\n" +
			"           NT AUTHORITY\\SYSTEM:(M)\n" +
			"           BUILTIN\\Administrators:(OI)(CI)(IO)(F)\n" +
			"           BUILTIN\\Users:(RX)\n" +
			"           CREATOR OWNER:(OI)(CI)(IO)(F)\n" +
			"           APPLICATION PACKAGE AUTHORITY\\ALL APPLICATION PACKAGES:(OI)(CI)(IO)(GR,GE)\n" +
			"           Everyone:(RX)\n" +
			"           LOCAL SERVICE:(R)\n" +
			"           NETWORK SERVICE:(R)\n" +
			"           Window Manager\\DWM-1:(R)\n" +
			"           Font Driver Host\\UMFD-0:(R)\n" +
			"           VORDEFINIERT\\Administratoren:(F)\n" +
			"           VORDEFINIERT\\Benutzer:(I)(RX)\n",
		"CREATOR OWNER:(OI)(CI)(IO)(F)\n",
		"HKLM\\SOFTWARE\\Microsoft:(x)\n",
		"std\\vector:(size)\n",
		"Loaded Foo\\Bar.dll: (0x7ff6a1b20000)\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Get-Acl | Format-List writes the Access property as AccessToString
// does: "CORP\kofi.m Allow  Modify, Synchronize", one rule a line.
func TestACL35GetAclAccess(t *testing.T) {
	in := "Path   : Microsoft.PowerShell.Core\\FileSystem::C:\\Data\n" +
		"Owner  : CORP\\ngozi.a\n" +
		"Group  : CORP\\Domain Users\n" +
		"Access : CORP\\kofi.m Allow  FullControl\n" +
		"         NT AUTHORITY\\SYSTEM Allow  FullControl\n" +
		"         BUILTIN\\Administrators Allow  FullControl\n" +
		"         DESKTOP-7F3K2Q\\mehmet.yilmaz Allow  ReadAndExecute, Synchronize\n" +
		"         CORP\\lindiwe.n Deny  Write\n" +
		"Audit  :\n"
	checkAllEncodings(t, "get-acl", in, []string{"ngozi.a", "kofi.m", "mehmet.yilmaz", "lindiwe.n"}, "later kofi.m, mehmet.yilmaz and lindiwe.n again")
	checkBothPaths(t, "         CORP\\priya.sharma Allow  Modify, Synchronize\n", "priya.sharma")
	for _, keep := range []string{
		"Access : NT AUTHORITY\\SYSTEM Allow  FullControl\n" +
			"         BUILTIN\\Administrators Allow  FullControl\n" +
			"         BUILTIN\\Users Allow  ReadAndExecute, Synchronize\n" +
			"         NT AUTHORITY\\Authenticated Users Allow  Modify, Synchronize\n" +
			"         NT SERVICE\\TrustedInstaller Allow  FullControl\n" +
			"         APPLICATION PACKAGE AUTHORITY\\ALL APPLICATION PACKAGES Allow  ReadAndExecute, Synchronize\n" +
			"         CREATOR OWNER Allow  268435456\n",
		"Group  : CORP\\Domain Users\n",
		"Copied Foo\\Bar.dll Allow  list\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// tasklist /v /fo csv and schtasks /query /v /fo csv quote each field:
// the "User Name", "Author" and "Run As User" fields hold DOMAIN\account
// with a domain of letters only ("CORP\kofi.m") as often as a machine's
// name.
func TestACL35AccountsCSV(t *testing.T) {
	in := "\"Image Name\",\"PID\",\"Session Name\",\"Session#\",\"Mem Usage\",\"Status\",\"User Name\",\"CPU Time\",\"Window Title\"\n" +
		"\"explorer.exe\",\"5512\",\"Console\",\"1\",\"142,004 K\",\"Running\",\"CORP\\kofi.m\",\"0:02:11\",\"N/A\"\n" +
		"\"svchost.exe\",\"1020\",\"Services\",\"0\",\"12,004 K\",\"Unknown\",\"NT AUTHORITY\\SYSTEM\",\"0:00:11\",\"N/A\"\n"
	checkAllEncodings(t, "tasklist csv", in, []string{"kofi.m"}, "later kofi.m again")
	sch := "\"HostName\",\"TaskName\",\"Next Run Time\",\"Status\",\"Logon Mode\",\"Last Run Time\",\"Last Result\",\"Author\",\"Task To Run\",\"Start In\",\"Comment\",\"Scheduled Task State\",\"Idle Time\",\"Power Management\",\"Run As User\"\n" +
		"\"DESKTOP-7F3K2Q\",\"\\Backup Nightly\",\"12/8/2026 2:00:00 AM\",\"Ready\",\"Interactive/Background\",\"12/7/2026 2:00:00 AM\",\"0\",\"CORP\\aisha.rahman\",\"C:\\Tools\\backup.cmd\",\"N/A\",\"N/A\",\"Enabled\",\"Disabled\",\"Stop On Battery Mode\",\"CORP\\emre.kaya\"\n"
	checkAllEncodings(t, "schtasks csv", sch, []string{"aisha.rahman", "emre.kaya"}, "later aisha.rahman and emre.kaya again")
	checkBothPaths(t, "\"code.exe\",\"9920\",\"Console\",\"1\",\"342,004 K\",\"Running\",\"CORP\\nguyen.van.an\",\"0:22:11\",\"main.go - crashd - Visual Studio Code\"\n", "nguyen.van.an")
	for _, keep := range []string{
		"\"svchost.exe\",\"1020\",\"Services\",\"0\",\"12,004 K\",\"Unknown\",\"NT AUTHORITY\\SYSTEM\",\"0:00:11\",\"N/A\"\n" +
			"\"dwm.exe\",\"1234\",\"Console\",\"1\",\"98,220 K\",\"Running\",\"Window Manager\\DWM-1\",\"0:01:02\",\"N/A\"\n" +
			"\"fontdrvhost.exe\",\"812\",\"Services\",\"0\",\"2,412 K\",\"Unknown\",\"Font Driver Host\\UMFD-0\",\"0:00:00\",\"N/A\"\n" +
			"\"TrustedInstaller.exe\",\"4410\",\"Services\",\"0\",\"6,120 K\",\"Unknown\",\"NT AUTHORITY\\SYSTEM\",\"0:00:02\",\"N/A\"\n",
		"\"Name\",\"Path\"\n\"zlib\",\"LIB\\zlib\"\n\"app\",\"DEBUG\\crashd\"\n\"x\",\"STD\\vector\"\n\"q\",\"NTFS\\Volume\"\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// sc query, sc qc, Get-Service | Format-List and wmic service name a
// service by its display name ("DISPLAY_NAME: Windows Update"): no
// person's, so nothing is learned from it (it took "Agent" of "Backup
// Agent" as a user and replaced it in the service's binary path). The
// account the service runs as still goes, and a directory's
// "DisplayName : Kofi Mensah" is still a person's.
func TestACL35ServiceDisplayName(t *testing.T) {
	for _, keep := range []string{
		"SERVICE_NAME: wuauserv\nDISPLAY_NAME: Windows Update\n        TYPE               : 20  WIN32_SHARE_PROCESS\n" +
			"        STATE              : 4  RUNNING\n\n" +
			"SERVICE_NAME: GoogleChromeElevationService\nDISPLAY_NAME: Google Chrome Elevation Service (GoogleChromeElevationService)\n" +
			"        TYPE               : 10  WIN32_OWN_PROCESS\n\n" +
			"SERVICE_NAME: FoxitReaderUpdateService\nDISPLAY_NAME: Foxit Reader Update Service\n" +
			"        TYPE               : 10  WIN32_OWN_PROCESS\n\n" +
			"SERVICE_NAME: Rtsp\nDISPLAY_NAME: Realtek Audio Universal Service\n        TYPE               : 10  WIN32_OWN_PROCESS\n",
		"[SC] QueryServiceConfig SUCCESS\n\nSERVICE_NAME: BackupAgent\n" +
			"        TYPE               : 10  WIN32_OWN_PROCESS\n" +
			"        START_TYPE         : 2   AUTO_START\n" +
			"        ERROR_CONTROL      : 1   NORMAL\n" +
			"        BINARY_PATH_NAME   : \"C:\\Program Files\\BackupAgent\\agent.exe\"\n" +
			"        LOAD_ORDER_GROUP   :\n" +
			"        TAG                : 0\n" +
			"        DISPLAY_NAME       : Backup Agent\n" +
			"        DEPENDENCIES       :\n" +
			"        SERVICE_START_NAME : LocalSystem\n",
		"Name                : wuauserv\nDisplayName         : Windows Update\nStatus              : Running\n" +
			"DependentServices   : {}\nServicesDependedOn  : {rpcss}\nCanPauseAndContinue : False\n" +
			"CanShutdown         : True\nCanStop             : True\nServiceType         : Win32OwnProcess, Win32ShareProcess\n",
		"Caption=Duo Agent\nDisplayName=Duo Agent\nName=DuoAuthProxy\nPathName=\"C:\\Program Files\\Duo\\agent.exe\"\nStartName=LocalSystem\nState=Running\n",
	} {
		mustKeepTwice(t, keep)
	}
	checkBothPaths(t, "SERVICE_NAME: SqlAgent\n        DISPLAY_NAME       : SQL Server Agent\n        SERVICE_START_NAME : .\\adebayo.o\n", "adebayo.o")
	checkBothPaths(t, "DisplayName=Sync Agent\nName=SyncAgent\nStartName=CORP\\svc_sync.wanjiru\nState=Running\n", "wanjiru")
	checkBothPaths(t, "DisplayName       : Nomvula Dlamini\nUserPrincipalName : nomvula.d@contoso.com\n", "Nomvula")
}

// A local account created with the person's full name is listed whole by
// icacls ("DESKTOP-7F3K2Q\Abena Owusu:(OI)(CI)(F)") and Get-Acl ("…\Abena
// Owusu Allow  FullControl"): first name and surname go. A domain's group
// with blanks ("CORP\Finance Staff", "CORP\Domain Users") stays.
func TestACL35FullNameAccounts(t *testing.T) {
	in := "C:\\Users\\Abena\\Documents DESKTOP-7F3K2Q\\Abena Owusu:(OI)(CI)(F)\n" +
		"                           NT AUTHORITY\\SYSTEM:(I)(OI)(CI)(F)\n" +
		"                           KWAME-LAPTOP\\Kwame Asante:(I)(F)\n"
	checkAllEncodings(t, "icacls full name", in, []string{"Owusu", "Asante"}, "later Abena Owusu and Kwame Asante again")
	acl := "Owner  : LAPTOP-9XK2\\Zeynep Öztürk\n" +
		"Access : NT AUTHORITY\\SYSTEM Allow  FullControl\n" +
		"         LAPTOP-9XK2\\Zeynep Öztürk Allow  FullControl\n" +
		"         LAPTOP-9XK2\\Bongani Khumalo Deny  Write\n"
	checkAllEncodings(t, "get-acl full name", acl, []string{"Öztürk", "Khumalo", "Bongani"}, "later Zeynep Öztürk and Bongani Khumalo again")
	checkBothPaths(t, "Access : DESKTOP-7F3K2Q\\Lucas Ferreira Allow  Modify, Synchronize\n", "Ferreira")
	for _, keep := range []string{
		"C:\\Shares\\Finance CORP\\Finance Staff:(OI)(CI)(M)\n" +
			"                  CORP\\Domain Users:(RX)\n" +
			"                  BUILTIN\\Remote Desktop Users:(R)\n" +
			"                  NT AUTHORITY\\Authenticated Users:(I)(M)\n",
		"Access : CORP\\Domain Admins Allow  FullControl\n" +
			"         BUILTIN\\Backup Operators Allow  ReadAndExecute, Synchronize\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Get-LocalGroupMember lists a local account named with the person's
// full name in its Name column, blanks and all.
func TestACL35GroupMemberFullName(t *testing.T) {
	in := "ObjectClass Name                          PrincipalSource\n" +
		"----------- ----                          ---------------\n" +
		"User        DESKTOP-7F3K2Q\\Administrator  Local\n" +
		"User        DESKTOP-7F3K2Q\\Abena Owusu    Local\n" +
		"Group       CORP\\Domain Admins            ActiveDirectory\n" +
		"User        CORP\\tunde.bakare             ActiveDirectory\n"
	checkAllEncodings(t, "Get-LocalGroupMember", in, []string{"Owusu", "tunde.bakare"}, "later Abena Owusu again")
	mustKeepTwice(t, "ObjectClass Name                          PrincipalSource\n"+
		"----------- ----                          ---------------\n"+
		"Group       CORP\\Domain Admins            ActiveDirectory\n"+
		"Group       BUILTIN\\Remote Desktop Users  Local\n")
}
