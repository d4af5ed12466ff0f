package redact

import (
	"testing"
)

// Leak: an asset tag holding its owner's name in capitals ("Asset Tag:
// KWESI BOATENG") kept the surname: only "Kwesi Boateng" was read as a
// name. Two words in capitals ending the line are now a name too;
// placeholders in capitals stay.
func TestProbe21AssetTagCaps(t *testing.T) {
	in := "Chassis Information\n\tManufacturer: Dell Inc.\n\tAsset Tag: KWESI BOATENG\n\tSerial Number: 5CD1234XYZ\n"
	checkAllEncodings(t, "dmi", in, []string{"KWESI", "BOATENG"}, "Boateng's laptop")
	mustKeep(t, "dmi", scrubTwice(t, in), "\tAsset Tag: <user-1>\n")
	in = "\tAsset Tag: kwesi-laptop\n"
	checkAllEncodings(t, "host", in, []string{"kwesi"}, "")
	for _, js := range []string{`{"asset_tag":"Kwesi Boateng","note":"Boateng's laptop"}`, `{"Asset Tag":"KWESI BOATENG","note":"Boateng's laptop"}`,
		`[{"handle":"0x0003","type":3,"description":"Chassis Information","values":{"manufacturer":"Dell Inc.","asset_tag":"Kwesi Boateng"}}]`} {
		mustNotContain(t, "json", scrubJSONString(t, js), "Kwesi", "Boateng")
	}
	keep := "\tAsset Tag: NO ASSET TAG\n\tAsset Tag: NOT SPECIFIED\n\tAsset Tag: DEFAULT STRING\n\tAsset Tag: NONE\n" +
		"\tAsset Tag: No Asset Tag\n\tAsset Tag: To Be Filled By O.E.M.\n\tAsset Tag: Default string\n\tAsset Tag: Not Specified\n" +
		"\tAsset Tag: None\n\tAsset Tag: NOT AVAILABLE\n\tAsset Tag: TO BE FILLED BY O.E.M.\n"
	mustKeepTwice(t, keep)
}

// Leak: a share named after its owner kept the name when nothing else
// taught it: a first.last share (net use's "\\nas\kofi.mensah$",
// smb://nas.local/kofi.mensah, mount's "//nas/kofi.mensah on /mnt/k")
// and the user's folder under folder redirection's shares
// (\\srv\RedirectedFolders$\kofi\Documents). Shares of other names stay.
func TestProbe21PersonShare(t *testing.T) {
	in := "Status       Local     Remote                    Network\r\n" +
		"-------------------------------------------------------------------------------\r\n" +
		"OK           Z:        \\\\nas\\kofi.mensah$        Microsoft Windows Network\r\n" +
		"OK           R:        \\\\srv01\\RedirectedFolders$\\yaw\\Documents Microsoft Windows Network\r\n" +
		"open smb://nas.local/Ama.Owusu\n//nas/kwame.nkrumah on /mnt/k type cifs (rw,relatime)\n" +
		"//nas/Yaa.Asantewaa /mnt/y cifs credentials=/etc/y 0 0\n\\\\srv\\FolderRedirection\\efua\\Desktop\n"
	checkAllEncodings(t, "shares", in, []string{"kofi", "mensah", "yaw", "Ama", "Owusu", "kwame", "nkrumah", "Yaa", "Asantewaa", "efua"},
		"kofi, yaw, kwame and efua")
	mustKeep(t, "shares", scrubTwice(t, in), "\\<user-1>$        Microsoft", "$\\<user-2>\\Documents")
	keep := "\\\\nas\\music\r\n\\\\nas\\Music.Library\\x\r\n\\\\nas\\setup.exe\r\n\\\\nas\\tools\\app.msi\r\n" +
		"//cdn.example.com/index.shtml\n//cdn.example.com/jquery.min.js\n<script src=\"//cdn.example.com/vendor.bundle\"></script>\n" +
		"//nas/media on /mnt/media type cifs\n\\\\nas\\data.old$\r\n"
	mustKeepTwice(t, keep)
}

// Leak: a meeting app's log kept the people of a call: "Participant
// joined: Kwesi Boateng", "Participant left: Ama Owusu", "Organizer:
// Efua Sutherland" ("organizer" had no trigram to reach classifyKey) and
// "Call with Kofi Mensah started". They are now read as names; a call
// with an app or a team stays.
func TestProbe21MeetingPeople(t *testing.T) {
	in := "2024-05-01 10:00:01 [Meeting] Participant joined: Kwesi Boateng\n2024-05-01 10:02:11 [Meeting] Participant left: Ama Owusu\n" +
		"Organizer: Efua Sutherland\nCall with Kofi Mensah started\nCall with Yaw Dartey ended after 00:12:33\n" +
		"Invited by Yaa Asantewaa\nShared by: Kwame Nkrumah\nattendee: Akosua Agyapong\n"
	checkAllEncodings(t, "meeting", in, []string{"Kwesi", "Boateng", "Ama", "Owusu", "Efua", "Sutherland", "Kofi", "Mensah", "Yaw", "Dartey",
		"Asantewaa", "Kwame", "Nkrumah", "Akosua", "Agyapong"}, "Boateng, Owusu, Mensah and Dartey")
	mustKeep(t, "meeting", scrubTwice(t, in), "Participant joined: <user-1>\n", "Call with <user-", "> started\n")
	js := `{"participant":"Kwesi Boateng","participantName":"Ama Owusu","participants":3,"organizer":"Efua Sutherland"}`
	mustNotContain(t, "json", scrubJSONString(t, js), "Kwesi", "Boateng", "Ama", "Owusu", "Efua", "Sutherland")
	keep := "Call with Microsoft Teams started\nMeeting with Product Team\nCall with Zoom Video Communications started\n" +
		"Compatible with Ableton Live 11\nparticipants: 4\nparticipant: 3\nCall with Google Meet ended\n"
	mustKeepTwice(t, keep)
}

// Leak: the groups lines of an account holding '.', '_' or digits
// ("kofi.m : kofi.m adm sudo", "kwame_99 adm cdrom sudo") kept it: only a
// word of letters was read there. And groups NAME's line with one known
// group ("dj_yaa2 : dj_yaa2 audio") was not read: the account said twice
// makes it one.
func TestProbe21GroupsDotted(t *testing.T) {
	in := "$ groups kofi.m\nkofi.m : kofi.m adm sudo\n$ groups dj_yaa2\ndj_yaa2 : dj_yaa2 audio\n$ id -nG\nkwame_99 adm cdrom sudo dip\n"
	checkAllEncodings(t, "groups", in, []string{"kofi", "yaa2", "kwame"}, "kofi.m, dj_yaa2 and kwame_99")
	mustKeep(t, "groups", scrubTwice(t, in), "\n<user-1> : <user-1> adm sudo\n", " : <user-2> audio\n", "\n<user-3> adm cdrom sudo dip\n")
	keep := "foo.bar adm\nx : y audio\nfile.txt : file.txt audio\nroot : root adm sudo\nv1.2 adm\nmembers.txt audio video\n"
	mustKeepTwice(t, keep)
}

// Leak: ssh-keygen -l's and ssh-add -l's line kept the fingerprint of
// the user's own key before its user@host ("256 SHA256:uNiV… kofi@studio
// (ED25519)"), and with it sshd's "Accepted publickey … SHA256:uNiV…";
// and a public key's comment naming a person ("Kofi Mensah",
// "ama.owusu") stayed. The fingerprint is now learned and replaced as an
// account's id, the comment as a name; tools' comments and fingerprints
// of no account stay.
func TestProbe21SSHFingerprint(t *testing.T) {
	fp := "uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"
	in := "$ ssh-add -l\n256 SHA256:" + fp + " yaw@studio (ED25519)\n2048 MD5:3f:2a:bb:01:9c:aa:11:22:33:44:55:66:77:88:99:00 kofi@kofis-mbp (RSA)\n" +
		"Accepted publickey for yaw from 10.0.0.5 port 50022 ssh2: ED25519 SHA256:" + fp + "\n"
	checkAllEncodings(t, "fp", in, []string{fp, "3f:2a:bb", "yaw", "kofi"}, "SHA256:"+fp)
	mustKeep(t, "fp", scrubTwice(t, in), "256 SHA256:<uid-1> <user-1>@<host-1> (ED25519)\n", "ED25519 SHA256:<uid-1>\n")
	key := "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
	in = "ssh-ed25519 " + key + " Kofi Mensah\nno-pty ssh-ed25519 " + key + " ama.owusu\n"
	checkAllEncodings(t, "comment", in, []string{"Kofi", "Mensah", "ama", "owusu"}, "")
	keep := "3072 SHA256:AbCdEfGhIjKlMnOpQrStUvWxYz0123456789+/AbCdE no comment (RSA)\nssh-rsa " + key + " rsa-key-20240101\n" +
		"ssh-ed25519 " + key + " imported-openssh-key\nssh-ed25519 " + key + " Generated By Terraform\n"
	mustKeepTwice(t, keep)
}

// Leak: a serial of three to six digits under a serial key (upower's
// battery "serial: 1234", "SerialNumber: 987", sysfs's
// POWER_SUPPLY_SERIAL_NUMBER=1234) stayed: short numbers were skipped as
// counts. Under a serial key it is the serial; placeholders ("0", "0000",
// "N/A", "None") stay.
func TestProbe21ShortSerial(t *testing.T) {
	in := "  native-path:          BAT0\n  vendor:               SMP\n  model:                5B10W13930\n  serial:               1234\n" +
		"Battery Information:\n      Model Information:\n          Serial Number: D865\nSerialNumber: 987\nPOWER_SUPPLY_SERIAL_NUMBER=4321\n" +
		"    \"BatterySerialNumber\" = \"F5D\"\nSerial Number (system): C02XK1Y\n"
	checkAllEncodings(t, "serial", in, []string{"1234", "D865", "987", "4321", "F5D", "C02XK1Y"}, "")
	mustKeep(t, "serial", scrubTwice(t, in), "  serial:               <serial-1>\n", "  model:                5B10W13930\n")
	mustNotContain(t, "json", scrubJSONString(t, `{"serial":"1234","serial_number":"D86"}`), "1234", "D86")
	keep := "  serial:               0\n  serial:               N/A\n  Serial Number: None\n  Serial Number: Not Available\n" +
		"  Serial Number: 0000\n  Serial Number: 0\n  serial: 1\nserial=0\n"
	mustKeepTwice(t, keep)
}

// Leak: a URL's ?uuid= parameter kept its value in both passes, after a
// userinfo of any shape ("http://contraseña:0@host/x?uuid=…"): the key
// "uuid" names a build's id in crash reports and was kept. In a query it
// is a device's or an account's, and its shape decides.
func TestProbe21QueryUUID(t *testing.T) {
	u := "550e8400-e29b-41d4-a716-446655440000"
	for _, in := range []string{"http://contraseña:0@host/x?uuid=" + u, "http://host/x?uuid=" + u, "http://kofi:pw@host/x?a=1&uuid=" + u,
		"http://contraseña@host/x?uuid=" + u, "https://a:b@c@host/?UUID=" + u + "&x=1", "http://user%40x:pw@host/?uuid=" + u,
		"http://üser:pw@host/x?device=550e8400-e29b-41d4-a716-446655440001&uuid=" + u} {
		checkAllEncodings(t, "query", in+"\n", []string{u}, "")
		scrubTwice(t, in)
	}
	keep := "Binary Images: uuid=" + u + "\nuuid=" + u + "\n"
	mustKeepTwice(t, keep)
}

// Leak: winver's owner ("… License Terms to:", then the name and the
// organisation on the two indented lines after it) and Office's
// registration ("User name: Kofi Mensah", then "Company: Asante Sound
// Productions") kept the names: the value on the lines after a key, and
// "Company:", a vendor's elsewhere, were not read. They are now replaced
// as "Registered Owner:" and "Registered Organization:" are.
func TestProbe21Registration(t *testing.T) {
	in := "Microsoft Windows\r\nVersion 22H2 (OS Build 19045.3570)\r\n© Microsoft Corporation. All rights reserved.\r\n\r\n" +
		"This product is licensed under the Microsoft Software License Terms to:\r\n    Kofi Mensah\r\n    Asante Sound Productions\r\n"
	checkAllEncodings(t, "winver", in, []string{"Kofi", "Mensah", "Asante", "Productions"}, "Mensah")
	mustKeep(t, "winver", scrubTwice(t, in), "Terms to:\r\n    <user-1>\r\n    <org-1>\r\n")
	in = "User name: Yaw Dartey\nInitials: YD\nCompany: Dartey Beats Ltd\n\nRegistered Owner:          Ama Owusu\n" +
		"Registered Organization:   Owusu Audio\nCompany: Owusu Audio\n"
	checkAllEncodings(t, "office", in, []string{"Yaw", "Dartey", "Ama", "Owusu"}, "Dartey and Owusu")
	keep := "This product is licensed under the Microsoft Software License Terms to:\r\n    Windows User\r\n\r\n" +
		"Company: Acme Audio\nFile version: 1.2\nCompany: Microsoft Corporation\n"
	mustKeepTwice(t, keep)
}

// Leak: a distinguished name's CN holding a person's name (Windows
// events' MemberName "CN=Akosua Agyapong,OU=Users,DC=corp,DC=local",
// dsquery's and ldapsearch's) kept it. Two words or more followed by
// another part of the name are now replaced as a name; the directory's
// groups and containers ("CN=Domain Admins", "CN=Print Operators") stay.
func TestProbe21DNCommonName(t *testing.T) {
	in := "    <Data Name=\"MemberName\">CN=Akosua Agyapong,OU=Users,DC=corp,DC=local</Data>\n" +
		"Distinguished name: CN=Kofi Mensah,OU=Staff,DC=mensah,DC=lan\n\"CN=Ama Owusu,CN=Users,DC=corp,DC=local\"\n"
	checkAllEncodings(t, "dn", in, []string{"Akosua", "Agyapong", "Kofi", "Mensah,", "Ama", "Owusu"}, "Agyapong, Kofi and Owusu")
	mustKeep(t, "dn", scrubTwice(t, in), ">CN=<user-1>,OU=Users,DC=corp,DC=local</Data>\n")
	keep := "CN=Domain Admins,CN=Users,DC=corp,DC=local\nCN=Users,DC=corp,DC=local\nCN=Microsoft Corporation,O=Microsoft,L=Redmond\n" +
		"CN=Group Policy Creator Owners,CN=Users,DC=corp\nCN=Remote Desktop Users,CN=Builtin,DC=corp\n" +
		"CN=Default Domain Policy,CN=System,DC=corp\nCN=Print Operators,CN=Builtin,DC=corp\nCN=Microsoft Root Certificate Authority 2011,O=Microsoft Corporation\n"
	mustKeepTwice(t, keep)
}

// Leak: macOS unified log lines named the session's account where no
// key did: securityd's "session 100005 created for uid 501 (yaw)" and
// mdmclient's "Console user is afia". The account in parentheses after
// "uid N" or "user N", and after "console user is", is now replaced.
func TestProbe21UnifiedLogAccounts(t *testing.T) {
	in := "2024-05-01 10:00:01.100000+0000 0x1a2b     Default     0x0                  88     0    securityd: [com.apple.securityd:] session 100005 created for uid 501 (yaw)\n" +
		"2024-05-01 10:00:02.100000+0000 0x1a2b     Default     0x0                  91     0    mdmclient: [com.apple.ManagedClient:] Console user is afia\n" +
		"loginwindow: session created for user 502 (kwesi)\n"
	checkAllEncodings(t, "ulog", in, []string{"yaw", "afia", "kwesi"}, "yaw, afia and kwesi")
	mustKeep(t, "ulog", scrubTwice(t, in), "created for uid 501 (<user-1>)\n", "Console user is <user-2>\n")
	keep := "created for uid 0 (root)\nuid 20 (staff)\nthe user is here\nConsole user is none\nprocess 501 (launchd)\npid 12 (kworker)\n"
	mustKeepTwice(t, keep)
}

// Leak: pam_unix's "session opened for user dj_yaa(uid=1000)" kept an
// account holding '.', '_' or digits (the "(uid=" after it was taken
// for no account's end). And pam_unix(login:session) and (login:auth)
// taught "session" and "auth" as accounts (the key "login"), replaced
// everywhere after: a PAM service and its group are no account.
func TestProbe21PamAccounts(t *testing.T) {
	in := "Dec 06 12:00:01 studio sudo[900]: pam_unix(sudo:session): session opened for user dj_yaa(uid=1000) by (uid=0)\n" +
		"Dec 06 12:00:02 studio login[901]: pam_unix(login:session): session opened for user kofi.m(uid=1001) by LOGIN(uid=0)\n" +
		"Dec 06 12:00:03 studio login[902]: pam_unix(login:auth): authentication failure; logname= uid=0 euid=0 tty=tty1 ruser= rhost=  user=yaw\n"
	checkAllEncodings(t, "pam", in, []string{"dj_yaa", "kofi.m", "yaw"}, "dj_yaa, kofi.m and yaw")
	out := scrubTwice(t, in)
	mustKeep(t, "pam", out, "pam_unix(login:session): session opened for user <user-", "pam_unix(login:auth): authentication failure;")
}

// Leak: a licence's holder in British spelling ("Licence owner: Abena
// Boateng", VirtualDJ; "Licencee:", "licence_holder=") kept the name:
// "licence" made the key a licence key's, and its value a key. They are
// now read as "License owner" is.
func TestProbe21LicenceOwner(t *testing.T) {
	in := "[2024-05-01 10:00:09] VirtualDJ: Licence owner: Abena Boateng\nLicenced to: Kofi Mensah\nLicencee: Yaw Dartey\nlicence_holder=Ama Owusu\n"
	checkAllEncodings(t, "licence", in, []string{"Abena", "Boateng", "Kofi", "Mensah", "Dartey", "Owusu"}, "Boateng, Mensah, Dartey and Owusu")
	mustKeep(t, "licence", scrubTwice(t, in), "Licence owner: <user-1>\n")
	keep := "Licence: Pro\nLicence type: Subscription\n"
	mustKeepTwice(t, keep)
}

// Leak: a DJ app's streaming log named the linked account by its handle
// in prose: "TIDAL account kwabena.o linked", "Beatport account dj_ama2
// connected". A handle (holding '.', '_', '-' or digits) between
// "account" and what was done to it is now replaced; a word or a version
// there stays.
func TestProbe21AccountLinked(t *testing.T) {
	in := "[2024-05-01 10:00:08] Serato: Streaming: TIDAL account kwabena.o linked\nBeatport account dj_ama2 connected.\n" +
		"Google account kofi-mensah-1 added\n"
	checkAllEncodings(t, "linked", in, []string{"kwabena", "ama2", "kofi"}, "kwabena.o, dj_ama2 and kofi-mensah-1")
	mustKeep(t, "linked", scrubTwice(t, in), "TIDAL account <user-1> linked\n")
	keep := "account settings linked\naccount v2.1 linked\naccount 12345 linked\nthe account was linked\n"
	mustKeepTwice(t, keep)
}

// Leak: an asset tag written "Property of Kofi Mensah" kept the name
// (the value stopped at "Property"), and wmic's table (wmic
// systemenclosure get smbiosassettag) kept its column, which no header
// rule read. Both are now replaced; a placeholder in a serial column
// ("No Asset Tag") stays.
func TestProbe21AssetTagForms(t *testing.T) {
	in := "Chassis Information\n\tAsset Tag: Property of Kofi Mensah\n"
	checkAllEncodings(t, "property", in, []string{"Kofi", "Mensah"}, "Mensah")
	mustKeep(t, "property", scrubTwice(t, in), "\tAsset Tag: Property of <user-1>\n")
	in = "C:\\>wmic systemenclosure get smbiosassettag,serialnumber\r\nSMBIOSAssetTag   SerialNumber\r\nKWESI BOATENG    5CD1234XYZ\r\n\r\n" +
		"SMBIOSAssetTag\r\nAma Owusu\r\n"
	checkAllEncodings(t, "wmic", in, []string{"KWESI", "BOATENG", "5CD1234XYZ", "Ama", "Owusu"}, "")
	keep := "SMBIOSAssetTag   SerialNumber\r\nNo Asset Tag     To Be Filled By O.E.M.\r\n"
	mustKeepTwice(t, keep)
}

// Leak: more of a meeting app's log kept the people of a call:
// "Recording started by Yaw Dartey", "Incoming call from Akosua
// Agyapong", "Missed call from …", "Meeting host: …", "Presenter: …".
// They are now replaced; "Started by Task Scheduler", a call from an app,
// stay.
func TestProbe21MeetingPeople2(t *testing.T) {
	in := "Recording started by Yaw Dartey\nMeeting ended by Efua Sutherland\nIncoming call from Akosua Agyapong\n" +
		"Missed call from Kwabena Osei.\nMeeting host: Ama Owusu\nPresenter: Adwoa Safo\n"
	checkAllEncodings(t, "meeting", in, []string{"Dartey", "Sutherland", "Akosua", "Agyapong", "Kwabena", "Osei", "Owusu", "Adwoa", "Safo"},
		"Dartey, Sutherland, Agyapong, Osei, Owusu and Safo")
	mustKeep(t, "meeting", scrubTwice(t, in), "Recording started by <user-1>\n", "Incoming call from <user-")
	keep := "Started by Task Scheduler\nService stopped by Service Control Manager\nIncoming call from Microsoft Teams\n" +
		"Message from Windows Update\nRecording started by Zoom Video\ncall from Main Thread\n"
	mustKeepTwice(t, keep)
}

// Leak: an app's log of a profile's change kept the new name: "Display
// name changed to Ama Serwaa". It is now replaced; other names changed
// ("Computer name changed to Studio PC") stay.
func TestProbe21DisplayNameChanged(t *testing.T) {
	in := "[2024-05-01 10:00:11] profile: Display name changed to Ama Serwaa\nFull name changed to Kojo Antwi.\n"
	checkAllEncodings(t, "changed", in, []string{"Serwaa", "Kojo", "Antwi"}, "Serwaa and Antwi")
	keep := "Computer name changed to Studio PC\nFile name changed to Final Mix\n"
	mustKeepTwice(t, keep)
}

// Leak: ssh -v's lines naming the user's own key kept its fingerprint
// ("Will attempt key: /Users/kofi/.ssh/id_ed25519 ED25519 SHA256:uNiV…",
// "Offering public key: …", "Server accepts key: …"). It is now learned
// and replaced as ssh-add -l's is; the server's host key stays.
func TestProbe21SSHVerboseKey(t *testing.T) {
	fp := "uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"
	host := "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"
	in := "debug1: Server host key: ssh-ed25519 SHA256:" + host + "\n" +
		"debug1: Will attempt key: /Users/kofi/.ssh/id_ed25519 ED25519 SHA256:" + fp + " explicit agent\n" +
		"debug1: Offering public key: /Users/kofi/.ssh/id_ed25519 ED25519 SHA256:" + fp + " explicit agent\n" +
		"debug1: Server accepts key: /Users/kofi/.ssh/id_ed25519 ED25519 SHA256:" + fp + " explicit agent\n"
	checkAllEncodings(t, "sshv", in, []string{fp, "kofi"}, "SHA256:"+fp)
	mustKeep(t, "sshv", scrubTwice(t, in), "SHA256:"+host+"\n", "ED25519 SHA256:<uid-1> explicit agent\n")
}

// Over-scrubbing found probing macOS's log show --style json: "processID"
// ends in "ssid" and was read as a Wi-Fi network's key, and a network
// value bare after a quoted key ran over the JSON field's comma
// ({"processID":88,"x":1} in a log line became {"processID":<network-1>"x":1},
// no JSON). "processID" and "accessId" are now no network keys, and a
// bare value ends at its field's ',' or '}'.
func TestProbe21ProcessIDNoSSID(t *testing.T) {
	keep := `{"processID":88,"senderProgramCounter":1,"accessId":"AB12"}` + "\n" + `{"ssid":88,"x":1}` + "\n"
	mustKeepTwice(t, keep)
	in := `{"networkSSID":Owusu_Home,"x":1}` + "\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "ssid", out, "Owusu")
	mustKeep(t, "ssid", out, `,"x":1}`)
}

// Leak: what cmd.exe printed after its prompt kept the user and the
// machine: the prompt has no blank before the command ("C:\Users\Public>
// hostname" is written "C:\Users\Public>hostname"), and "echo
// %USERNAME%", "echo %COMPUTERNAME%", "echo $env:USERNAME", "echo
// $HOSTNAME" were no commands read. Their output is now replaced.
func TestProbe21CmdPromptOutput(t *testing.T) {
	in := "C:\\Users\\Public>echo %USERNAME%\r\nkwame_b\r\n\r\nC:\\Users\\Public>hostname\r\nEFUA-STUDIO\r\n" +
		"C:\\>echo %computername%\r\nKOJO-PC\r\nPS C:\\> echo $env:USERNAME\r\ndj_kojo\r\n$ echo $HOSTNAME\nama-laptop\n"
	checkAllEncodings(t, "cmd", in, []string{"kwame_b", "EFUA-STUDIO", "KOJO-PC", "dj_kojo", "ama-laptop"}, "kwame_b and dj_kojo on EFUA-STUDIO")
	mustKeep(t, "cmd", scrubTwice(t, in), "C:\\Users\\Public>hostname\r\n<host-")
	keep := "C:\\x>echo %PATH%\r\nC:\\Windows\r\n<a>hostname</a>\n<b>hostname\nsomething\n"
	mustKeepTwice(t, keep)
}
