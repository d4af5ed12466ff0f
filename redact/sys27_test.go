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

// The owner's name a wmic column gave is learned: the surname alone
// elsewhere in the report goes too.
func TestSys27WmicOwnerLearned(t *testing.T) {
	checkBothPaths(t, "PrimaryOwnerName  \r\r\nKavya Iyer        \r\r\n\r\r\nbackup: D:\\Backups\\Iyer failed (0x80070005)\n", "Iyer")
	checkBothPaths(t, "Organization  RegisteredUser    \r\r\n              Bartosz Wiśniewski  \r\r\n\r\r\n2026-12-06 21:14:02 sync: folder \"Wiśniewski Faktury\" skipped\n", "Wiśniewski")
}

// Leak: an owner's given name ending as an English past tense or gerund
// does ("Ahmed", "Mohammed", "Fred", "Ming", "Jing") was read as a verb
// by nameWord and proseWord, so every device-owner detector kept it:
// "AirPods Pro (Ahmed)", bluetoothctl's "Device <addr> Ming AirPods Pro",
// "Galaxy Buds2 Pro (Xu Ming)". A Galaxy watch's model word ("Galaxy
// Watch5 (Thabo)", "Galaxy Watch6 Classic (…)") also ended the device's
// name, so no owner in brackets after it was read.
func TestSys27DeviceOwnerNamesEdIng(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"OK         Bluetooth       Pixel 7 Pro (Fred)                                  BTHENUM\\DEV_A0B1C2D3E4F8\\7&2F3E4D5C&0&BLUETOOTHDEVICE_A0B1C2D3E4F8\n", "Fred"},
		{"Device 6C:4A:85:11:22:48 Galaxy Buds2 Pro (Xu Ming)\n", "Ming"},
		{"Device 6C:4A:85:11:22:49 Ahmed Galaxy Buds\n", "Ahmed"},
		{"[bluetooth] Connected to Mohammed AirPods Pro (6C:4A:85:11:22:50)\n", "Mohammed"},
		{"\tName: Pixel Buds Pro (Saeed)\n\tAlias: Pixel Buds Pro (Saeed)\n", "Saeed"},
		{"2026-12-06 21:14:03.223456+0000 0x1a2b3    Default     0x0     87     0    sharingd: Discovered peer iPad (Zhang Xiaoming)\n", "Xiaoming"},
		{"\"USB Product Name\" = \"iPad (Jing)\"\n", "Jing"},
		{"OK         Bluetooth       Galaxy Watch5 (Thabo)                              BTHENUM\\DEV_A0B1C2D3E4F7\\7&2F3E4D5C&0&BLUETOOTHDEVICE_A0B1C2D3E4F7\n", "Thabo"},
		{"Device 6C:4A:85:11:22:51 Galaxy Watch6 Classic (Oluwaseun)\n", "Oluwaseun"},
		{"spa.bluez5: Device 'Galaxy Watch4 (Ahmed)' connected\n", "Ahmed"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeep(t, "bluetoothctl", scrubTwice(t, "Device 6C:4A:85:11:22:48 Galaxy Buds2 Pro (Pairing)\nDevice 6C:4A:85:11:22:52 Galaxy Watch5 (5F3A)\n"),
		" Galaxy Buds2 Pro (Pairing)\n", " Galaxy Watch5 (5F3A)\n")
	mustKeepTwice(t, "Galaxy Watch5 (R920)\nGalaxy Watch5 (5F3A)\nGalaxy Watch6 Classic (LTE)\nAirPods Pro (Connected)\n"+
		"Pixel 7 Pro (Charging)\niPad (Paired)\nAirPods Pro (Left)\n"+
		"ping: sendmsg: Network is unreachable\nThe King of Fighters XV (Steam)\nRing camera (Doorbell)\n"+
		"Fixed crash when Bluetooth audio device disconnected (Pixel Buds Pro)\n")
}

// Leak: an owner's name in brackets after a device kept its letters when
// the name had a dash or a letter outside ASCII ("Galaxy Buds2
// (Ji-woo)", "AirPods (Łukasz)", "AirPods Pro (Siobhán Kelly)"): only a
// word of ASCII letters asked asciiParenOwner, and a Latin word with an
// accent went to noPossessive, before the Cyrillic case could see it.
func TestSys27ParenOwnerDashAccent(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"OK         Bluetooth       Galaxy Buds2 (Ji-woo)                        BTHENUM\\DEV_A0B1C2D3E4FA\\7&2F3E4D5C&0&BLUETOOTHDEVICE_A0B1C2D3E4FA\n", "Ji-woo"},
		{"OK         Bluetooth       AirPods Pro (Ama-Serwaa)                     BTHENUM\\DEV_A0B1C2D3E4FB\\7&2F3E4D5C&0&BLUETOOTHDEVICE_A0B1C2D3E4FB\n", "Serwaa"},
		{"Device 6C:4A:85:11:22:70 AirPods (Łukasz Nowak)\n", "Łukasz"},
		{"Device 6C:4A:85:11:22:71 AirPods (Łukasz Nowak)\n", "Nowak"},
		{"\tAlias: AirPods Pro (Siobhán Kelly)\n", "Siobhán"},
		{"2026-12-06 21:14:02.123456+0000 0x1a2b3    Default     0x0    512    0    bluetoothd: Device connected: \"iPhone (Çağrı)\"\n", "Çağrı"},
		{"\"USB Product Name\" = \"iPad (Min-jun)\"\n", "Min-jun"},
		{"  model:                Galaxy Buds2 Pro (José Antônio)\n", "Antônio"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "AirPods Pro (Hands-Free)\nAirPods Pro (Built-in)\nHeadphones (Ébène)\nGalaxy Buds2 (Left)\n"+
		"iPhone (Wi-Fi)\nAirPods (Stereo)\nSpeakers (Realtek(R) Audio)\nMicrophone (Yeti Stereo Microphone)\n"+
		"iPad (Wi-Fi + Cellular)\nAirPods (Low-Latency)\nresolveAddress (Object.assign)\n")
}

// Leak: systeminfo /fo csv (and a CSV export of Get-CimInstance,
// Get-LocalUser) kept the registered owner, the organisation and the
// account's full name: nothing read a CSV header's names for the rows
// below it, as "Registered Owner:" is read in systeminfo's list.
func TestSys27SysteminfoCSV(t *testing.T) {
	head := `"Host Name","OS Name","OS Version","OS Manufacturer","OS Configuration","OS Build Type","Registered Owner","Registered Organization","Product ID","Original Install Date","System Boot Time","System Manufacturer","System Model","System Type","Processor(s)","BIOS Version","Windows Directory","System Directory","Boot Device","System Locale","Input Locale","Time Zone","Total Physical Memory","Available Physical Memory","Virtual Memory: Max Size","Virtual Memory: Available","Virtual Memory: In Use","Page File Location(s)","Domain","Logon Server","Hotfix(s)","Network Card(s)","Hyper-V Requirements"` + "\r\n"
	row := `"DESKTOP-ADE01","Microsoft Windows 11 Pro","10.0.22631 N/A Build 22631","Microsoft Corporation","Standalone Workstation","Multiprocessor Free","Adebayo Ogunleye","Ogunleye Ventures","00330-80000-00000-AA555","3/14/2024, 9:12:44 AM","12/6/2026, 8:01:02 AM","Dell Inc.","Inspiron 15 3520","x64-based PC","1 Processor(s) Installed.,[01]: Intel64 Family 6 Model 154 Stepping 4 GenuineIntel ~1300 Mhz","Dell Inc. 1.21.0, 5/10/2024","C:\WINDOWS","C:\WINDOWS\system32","\Device\HarddiskVolume1","en-us;English (United States)","en-us;English (United States)","(UTC+01:00) West Central Africa","16,088 MB","7,412 MB","18,520 MB","8,117 MB","10,403 MB","C:\pagefile.sys","WORKGROUP","\\DESKTOP-ADE01","4 Hotfix(s) Installed.,[01]: KB5034467","1 NIC(s) Installed.,[01]: Intel(R) Wi-Fi 6 AX201 160MHz","A hypervisor has been detected."` + "\r\n"
	for _, secret := range []string{"Ogunleye", "Adebayo"} {
		checkBothPaths(t, head+row, secret)
	}
	for _, c := range []struct{ in, secret string }{
		{"#TYPE Microsoft.PowerShell.Commands.LocalUser\n\"AccountExpires\",\"Description\",\"Enabled\",\"FullName\",\"PasswordLastSet\",\"Name\",\"SID\"\n\"\",\"\",\"True\",\"Nguyễn Thị Mai\",\"2/1/2025 10:14:22 AM\",\"mai\",\"S-1-5-21-1180699209-877415012-3182924384-1001\"\n", "Nguyễn"},
		{"\"Name\",\"Model\",\"PrimaryOwnerName\",\"UserName\"\n\"WOJTEK-PC\",\"ThinkPad T14 Gen 3\",\"Wojciech Kowalczyk\",\"WOJTEK-PC\\wojtek\"\n", "Kowalczyk"},
		{"\"Hostname\",\"Betriebssystemname\",\"Registrierter Benutzer\",\"Registrierte Organisation\"\n\"DESKTOP-JK01\",\"Microsoft Windows 11 Pro\",\"Jürgen Krämer\",\"Krämer GmbH\"\n", "Krämer"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	out := scrubTwice(t, head+row)
	mustKeep(t, "systeminfo csv", out, `"Microsoft Windows 11 Pro","10.0.22631 N/A Build 22631","Microsoft Corporation"`,
		`"Dell Inc.","Inspiron 15 3520","x64-based PC"`, "Intel(R) Wi-Fi 6 AX201 160MHz", `"WORKGROUP"`)
	mustKeepTwice(t, "\"Name\",\"Owner\",\"Status\"\n\"build\",\"\",\"Queued\"\n\n\"Name\",\"Version\",\"Vendor\"\n\"Realtek Audio\",\"6.0.9235.1\",\"Realtek Semiconductor Corp.\"\n")
	mustKeepTwice(t, "\"Image Name\",\"PID\",\"Session Name\",\"Session#\",\"Mem Usage\"\n\"System Idle Process\",\"0\",\"Services\",\"0\",\"8 K\"\n\"crashd.exe\",\"4242\",\"Console\",\"1\",\"52,112 K\"\n")
	mustKeepTwice(t, "\"Registered Owner\",\"Host Name\",\"Product ID\"\n\"Windows User\",\"localhost\",\"\"\n")
}

// Leak: dscl -read writes a value holding a blank on the line after its
// key, one blank before it ("RealName:\n Lerato Molefe"), and the key's
// reader found no value at the key's line end.
func TestSys27DsclRealNameNextLine(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"$ dscl . -read /Users/lerato RealName\nRealName:\n Lerato Molefe\n", "Molefe"},
		{"AppleMetaNodeLocation: /Local/Default\nGeneratedUID: 6A7B8C9D-1E2F-3A4B-5C6D-7E8F9A0B1C2D\nNFSHomeDirectory: /Users/mai\nPrimaryGroupID: 20\nRealName:\n Nguyễn Thị Mai\nRecordName: mai\nUniqueID: 501\nUserShell: /bin/zsh\n", "Nguyễn"},
		{"dsAttrTypeNative:RealName:\r\n Oluwaseun Bakare\r\n", "Bakare"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "user:\n name: build\n  id: 7\nowner:\n - team\nRealName:\n\nRealName: \nUserShell: /bin/zsh\n")
}

// Leak: "dscl . list /Users RealName" lists each account beside its full
// name ("thandeka.m               Thandeka Mthembu"), and both stayed
// unless the account was learned elsewhere. macOS's own accounts stay.
func TestSys27DsclListRealName(t *testing.T) {
	in := "$ dscl . list /Users RealName\n_amavisd                 AMaViS Daemon\n_appleevents             AppleEvents Daemon\n" +
		"daemon                   System Services\nthandeka.m               Thandeka Mthembu\nnobody                   Unprivileged User\n" +
		"root                     System Administrator\nwojtek                   Wojciech Kowalczyk\n"
	for _, secret := range []string{"Mthembu", "thandeka.m", "Kowalczyk", "wojtek"} {
		checkBothPaths(t, in, secret)
	}
	// pasted without its command line
	checkBothPaths(t, "_amavisd                 AMaViS Daemon\r\n_analyticsd              Analytics Daemon\r\ndaemon                   System Services\r\nngozi_a                  Ngozi Adeyemi\r\n", "Adeyemi")
	out := scrubTwice(t, in)
	mustKeep(t, "dscl system accounts", out, "_amavisd                 AMaViS Daemon\n", "daemon                   System Services\n",
		"nobody                   Unprivileged User\n", "root                     System Administrator\n")
	mustKeepTwice(t, "$ dscl . list /Users UniqueID\n_amavisd                 83\ndaemon                   1\nroot                     0\n"+
		"_start  Entry point of the program\n__init__.py   Package marker\n_ZN4core3fmt5write17h  Rust symbol\n")
}
