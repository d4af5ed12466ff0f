package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Findings of a probe of formats earlier rounds had not written out:
// PowerShell transcripts, ipconfig /all, ioreg's console users, plists,
// /etc/passwd, shell history, Java command lines, cloud CLI configs and
// URLs with credentials.

// Leaks: a NetBIOS name spelled outside ASCII before an account
// (PowerShell transcript header), a URL's host address after its
// userinfo, Java's proxy account, ioreg's console user names, account
// numbers under Apple's and AWS's keys.
func TestProbe8Leaks(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
		later    string
	}{
		{"ps-transcript", "**********************\nWindows PowerShell transcript start\nStart time: 20261130211409\nUsername: STUDIO-ØRSTED\\Bjørn\nRunAs User: STUDIO-ØRSTED\\Bjørn\nMachine: STUDIO-ØRSTED (Microsoft Windows NT 10.0.22631.0)\n",
			[]string{"ØRSTED", "Bjørn"}, "Transcript started, output file is PowerShell_transcript.STUDIO-ØRSTED.Ab3xYz9q.20261130211409.txt"},
		{"smb-url", "mount_smbfs: smb://kwame.mensah:Pa55word@192.168.1.20/Music failed", []string{"192.168.1.20", "kwame", "Pa55word"}, ""},
		{"http-url", "GET http://dj:secret@10.44.3.2:8080/api/status", []string{"10.44.3.2", "secret"}, ""},
		{"java-proxy-user", "Command Line: -Dhttp.proxyHost=proxy.example.com -Dhttp.proxyUser=kmensah -Dhttps.proxyUser=kmensah -jar MixMeister.jar", []string{"kmensah"}, ""},
		{"ioreg-console-users", `  |   "IOConsoleUsers" = ({"kCGSSessionUserNameKey"="mirela","kCGSessionLongUserNameKey"="Mirela Ionescu","kCGSSessionUserIDKey"=501,"kCGSSessionOnConsoleKey"=Yes})`,
			[]string{"mirela", "Ionescu"}, "later: mirela"},
		{"aws-config", "[profile studio]\nsso_start_url = https://d-1234567890.awsapps.com/start\nsso_account_id = 123456789012\nsso_role_name = AdministratorAccess\n", []string{"123456789012"}, ""},
		{"account-dsid", "AccountDSID = 16273849501;", []string{"16273849501"}, ""},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, tc.later)
		scrubTwice(t, tc.in)
	}
	xml := "<plist version=\"1.0\"><dict><key>AccountDSID</key><string>16273849501</string><key>AccountID</key><string>zoe.durand@icloud.com</string></dict></plist>"
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubXML(&out, strings.NewReader(xml)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "plist", out.String(), "16273849501", "zoe.durand")
	// what stays: a package at a four-part version, a URL with an
	// address and no userinfo is an address as before
	mustKeep(t, "pkg", scrubTwice(t, "resolved pkg@1.2.3.4/lib/index.js"), "pkg@1.2.3.4/lib")
}

// Leak: /etc/passwd (getent passwd) lines of people's accounts hold the
// full name and telephone numbers in the GECOS field; system accounts'
// descriptions stay.
func TestProbe8PasswdGECOS(t *testing.T) {
	in := "root:x:0:0:root:/root:/bin/bash\n" +
		"pulse:x:117:122:PulseAudio daemon,,,:/run/pulse:/usr/sbin/nologin\n" +
		"olafur:x:1000:1000:Ólafur Arnalds-Sigurðsson,,,:/home/olafur:/bin/bash\n" +
		"mpopescu:x:1001:1001:Maria Popescu,Studio B,+40 721 123 456,:/srv/mp:/usr/bin/zsh\n" +
		"nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
	checkAllEncodings(t, "passwd", in, []string{"Ólafur", "Sigurðsson", "Popescu", "721 123", "mpopescu"}, "later: Maria Popescu called")
	out := scrubTwice(t, in)
	mustKeep(t, "passwd", out, "root:x:0:0:root:/root:/bin/bash", "PulseAudio daemon,,,:/run/pulse", "nobody:x:65534:65534:nobody:", ":/bin/bash", "Studio B")
}

// Over-scrub: ipconfig /all's "WINS Proxy Enabled" is no proxy setting,
// PowerShell's "SerializationVersion" no serial number.
func TestProbe8KeyWords(t *testing.T) {
	for _, in := range []string{
		"   WINS Proxy Enabled. . . . . . . . : No\n   IP Routing Enabled. . . . . . . . : No\n",
		"PSRemotingProtocolVersion: 2.3\nSerializationVersion: 1.1.0.1\n",
	} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leak: systeminfo in other languages names the registered owner,
// organisation and host under translated keys (the owner's and the
// organisation's rows were only read in English); a Russian key is
// longer than the 40 bytes a key phrase was read back.
func TestProbe8SysteminfoLanguages(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"de", "Hostname:                                      STUDIO-WOJTEK\nRegistrierter Benutzer:                        Wojciech Brzęczyszczykiewicz\nRegistrierte Organisation:                     Brzęczyszczykiewicz Audio\n", []string{"Wojciech", "Brzęczyszczykiewicz", "WOJTEK"}},
		{"fr", "Nom de l’hôte:                              PC-DE-LEA\nPropriétaire enregistré:                    Léa Rousseau\nOrganisation enregistrée:                   Rousseau Musique\nServeur d’ouverture de session:             \\\\PC-DE-LEA\n", []string{"Rousseau", "PC-DE-LEA"}},
		{"es", "Nombre de host:                            PORTATIL-JOSE\nPropiedad de:                              José Ángel Martínez\nOrganización registrada:                   Martínez Producciones\n", []string{"Martínez", "PORTATIL-JOSE", "Ángel"}},
		{"it", "Nome host:                                     STUDIO-GIULIA\nProprietario registrato:                       Giulia Esposito\nOrganizzazione registrata:                     Esposito Suoni\n", []string{"Esposito", "STUDIO-GIULIA"}},
		{"pt", "Nome do host:                              NOTE-JOAO\nProprietário registrado:                   João Conceição\nOrganização registrada:                    Conceição Áudio\n", []string{"Conceição", "NOTE-JOAO"}},
		{"nl", "Hostnaam:                                  STUDIO-DAAN\nGeregistreerde eigenaar:                   Daan van der Berg\nGeregistreerde organisatie:                Berg Geluid\n", []string{"Daan", "Berg", "STUDIO-DAAN"}},
		{"pl", "Nazwa hosta:                                  KOMPUTER-AGNIESZKI\nZarejestrowany właściciel:                    Agnieszka Wiśniewska\nZarejestrowana organizacja:                   Wiśniewska Studio\n", []string{"Agnieszka", "Wiśniewska", "KOMPUTER-AGNIESZKI"}},
		{"ru (no utf16)", "Имя узла:                         DESKTOP-IVAN\nЗарегистрированный владелец:      Иван Петров\nЗарегистрированная организация:   ООО Ромашка\n", []string{"Петров", "Ромашка", "DESKTOP-IVAN"}},
		{"ja (no utf16)", "ホスト名:                 YUKI-PC\n登録されている所有者:     山田 由紀\n登録されている組織:       山田音響\n", []string{"山田", "由紀", "YUKI-PC"}},
		{"en-particles", "Registered Owner:          Ana da Silva\nRegistered Owner:          Daan van der Berg\n", []string{"Silva", "Berg"}},
	} {
		if strings.HasSuffix(tc.name, "(no utf16)") {
			// a UTF-16 run of such letters is no run of ASCII the
			// binary scan reads
			mustNotContain(t, tc.name+"/text", newSession(t, Config{}).ScrubString(tc.in), tc.secrets...)
			mustNotContain(t, tc.name+"/json", scrubJSONMessage(t, tc.in), tc.secrets...)
		} else {
			checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		}
		out := scrubTwice(t, tc.in)
		mustKeep(t, tc.name, out, strings.SplitN(tc.in, ":", 2)[0]+":")
	}
	// what stays: particles without a capitalised word after them, and
	// French prose with "session"
	mustKeep(t, "particles", scrubTwice(t, "Registered Owner: Kai van\nthe van der Waals force"), "the van der Waals force")
}

// Leak: ipconfig /all names the organisation's DNS domain; the domain a
// home router gives every client stays.
func TestProbe8DNSSuffix(t *testing.T) {
	in := "   Primary Dns Suffix  . . . . . . . : corp.okonkwo-studios.co.uk\n   DNS Suffix Search List. . . . . . : corp.okonkwo-studios.co.uk\n   Connection-specific DNS Suffix  . : fritz.box\n"
	checkAllEncodings(t, "ipconfig", in, []string{"okonkwo"}, "later: nslookup corp.okonkwo-studios.co.uk")
	mustKeep(t, "ipconfig", scrubTwice(t, in), "Connection-specific DNS Suffix  . : fritz.box", "Primary Dns Suffix  . . . . . . . : <host-")
	mustKeep(t, "router", scrubTwice(t, "      DNS:\n          Domain Name: fritz.box\n"), "Domain Name: fritz.box")
}

// Over-scrub: an app's log line "TIMESTAMP Audio Engine: …" has the
// shape of a syslog line, "TIMESTAMP host tag: …", and "Audio" was
// learned as a host and replaced wherever it stood. A daemon's tag with
// no [pid] is lower case ("kernel:"); hosts before a [pid] stay found.
func TestProbe8AppLogComponents(t *testing.T) {
	in := "2026-11-30 21:14:09 Audio Engine: buffer underrun at 128 samples\n" +
		"2026-11-30 21:14:10 MIDI Mapping: loaded Pioneer DDJ-FLX4.tsi\n" +
		"2026-11-30 21:14:11 UA Connect: Apollo Twin X firmware 1.4\n" +
		"Devices: Focusrite USB Audio, MIDI Fighter Twister, UA Apollo\n"
	out := scrubTwice(t, in)
	mustKeep(t, "app log", out, in)
	for _, tc := range []struct{ in, host string }{
		{"2024-03-04T10:01:02+0100 zoe-laptop sshd[12]: Accepted publickey\n", "zoe-laptop"},
		{"2024-03-04 10:01:02 Studio NetworkManager[812]: <info> started\n", "Studio NetworkManager"},
		{"Nov 30 21:14:09 thinkpad kernel: usb 1-4: new device\n", "thinkpad"},
		{"2024-03-04 10:01:02 Mixbox kernel: x\n", "Mixbox"},
	} {
		checkAllEncodings(t, tc.host, tc.in, []string{tc.host}, "")
	}
}

// Leaks: lshw's system node names the SMBIOS UUID under "uuid=" (a key
// that elsewhere names a module's build), Arturia's Software Center
// writes "computer id X" and a quoted account after "account".
func TestProbe8MachineAndAccountPhrases(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"lshw", "sakura-thinkpad\n    description: Notebook\n    configuration: administrator_password=disabled chassis=notebook family=ThinkPad X1 Carbon Gen 9 sku=LENOVO_MT_20XW uuid=1a2b3c4d-5e6f-11eb-8c9d-0e1f2a3b4c5d\n", []string{"1a2b3c4d-5e6f"}},
		{"arturia", "2026-11-30 21:14:09 Arturia Software Center: account \"sakura_beats\" computer id ASC-1234-5678-9ABC", []string{"sakura_beats", "ASC-1234"}},
		{"ilok", "[iLok] account 'Kai Okonkwo' signed in", []string{"Okonkwo"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		scrubTwice(t, tc.in)
	}
	// what stays: a module's uuid= outside lshw's configuration line, a
	// computer id that is no id, an account that is a placeholder
	for _, in := range []string{
		"dyld: image uuid=1a2b3c4d-5e6f-11eb-8c9d-0e1f2a3b4c5d loaded",
		"the computer id is unknown",
		`using account "default"`,
	} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leaks: an address under a key ("email: kofi.boateng@…", Sentry's
// user.email) did not teach the name in its local part, as one in text
// does, so it stayed in a URL's path; Discord writes its user quoted
// after "user".
func TestProbe8EmailKeyAndQuotedUser(t *testing.T) {
	in := "email: kofi.boateng@example.gh\nGET https://api.serato.example/v1/users/kofi.boateng/crates\n"
	checkAllEncodings(t, "email-key", in, []string{"boateng"}, "later: kofi.boateng.crate")
	js := `{"user":{"email":"kofi.boateng@example.gh"},"breadcrumbs":[{"data":{"url":"https://api.serato.example/v1/users/kofi.boateng/crates"}}]}`
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "sentry", out.String(), "boateng")
	for _, tc := range []struct{ in, secret string }{
		{`[main] Discord client: user "seun_adeyemi#0" (412345678901234567) connected`, "seun_adeyemi"},
		{`sync: user 'Mirela Ionescu' logged out`, "Ionescu"},
	} {
		checkAllEncodings(t, tc.secret, tc.in, []string{tc.secret}, "")
		scrubTwice(t, tc.in)
	}
	// what stays: placeholder accounts, a role mailbox's local part, the
	// service names that start hosts (WSUS, NAS)
	mustKeep(t, "placeholder", scrubTwice(t, `no such user 'root'; user "Default" created`), `no such user 'root'; user "Default" created`)
	mustKeep(t, "service", scrubTwice(t, "Got WSUS Client/Server URL: http://wsus.nakamura-studio.local:8530/ClientWebService/client.asmx; Synology NAS at nas.corp ok"),
		"Got WSUS Client", "Synology NAS")
}

// Leak: a secret option's argument written as the next element of a
// list: an argv printed by Node or Python, an argv array in a JSON event,
// a launchd plist's ProgramArguments.
func TestProbe8ArgvLists(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"node", `process.argv: ["/usr/bin/node", "sync.js", "--password", "Hunter2pass", "--token", "tk9f8e7d6c5b4a3928"]`},
		{"python", `argv=['mixxx', '--password', 'Hunter2pass', '--api-token', 'tk9f8e7d6c5b4a3928']`},
		{"windows", `"C:\Program Files\Sync\sync.exe" "--password" "Hunter2pass" "--token" "tk9f8e7d6c5b4a3928"`},
	} {
		checkAllEncodings(t, tc.name, tc.in, []string{"Hunter2pass", "tk9f8e7d6c5b4a3928"}, "")
		scrubTwice(t, tc.in)
	}
	js := `{"argv":["/Applications/Serato DJ Pro.app/Contents/MacOS/Serato DJ Pro","--password","Hunter2pass","--verbose","--api-token","tk9f8e7d6c5b4a3928","--token","--verbose","--password","PASSWORD"]}`
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "json", out.String(), "Hunter2pass", "tk9f8e7d6c5b4a3928")
	mustKeep(t, "json", out.String(), `"--verbose","--api-token"`, `"--token","--verbose","--password","PASSWORD"]`, "Serato DJ Pro")
	plist := "<plist><dict><key>ProgramArguments</key><array>\n\t<string>/usr/bin/sync</string>\n\t<string>--password</string>\n\t<string>Hunter2pass</string>\n\t<string>--token</string>\n\t<string>--verbose</string>\n</array></dict></plist>"
	s = newSession(t, Config{})
	out.Reset()
	if err := s.ScrubXML(&out, strings.NewReader(plist)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "plist", out.String(), "Hunter2pass")
	mustKeep(t, "plist", out.String(), "<string>--token</string>\n\t<string>--verbose</string>")
	// what stays: an option with no value, a metavar
	for _, in := range []string{`"sync.exe" "--password" "--verbose"`, `usage: sync.exe "--token" "TOKEN"`} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leaks: who(1) and last(1) rows start with the account; dns-sd names an
// Apple TV after its owner ("Apple TV von Jürgen"). Over-scrub: a Wi-Fi
// network's authentication method ("Authentication : WPA2-Personal",
// "link auth: wpa2-psk") was replaced as a token.
func TestProbe8SessionsAndWiFi(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"last", "nurlan   pts/0        192.168.1.50     Mon Nov 30 21:10   still logged in\naigerim  tty2         tty2             Mon Nov 30 20:01   still logged in\nreboot   system boot  6.8.0-49-generic Mon Nov 30 20:00   still running\n", []string{"nurlan", "aigerim"}},
		{"who", "nurlan   pts/0        2026-11-30 21:10 (192.168.1.50)\naigerim  seat0        2026-11-30 20:01 (login screen)\n", []string{"nurlan", "aigerim"}},
		{"dns-sd", "21:14:09.126  Add        2  14 local.               _airplay._tcp.       Apple TV von Jürgen\n", []string{"Jürgen"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "later: /home/nurlan and Jürgen and aigerim")
		out := scrubTwice(t, tc.in)
		if tc.name == "last" {
			mustKeep(t, tc.name, out, "reboot   system boot  6.8.0-49-generic")
		}
	}
	for _, in := range []string{
		"    Authentication         : WPA2-Personal\n    Cipher                 : CCMP\n",
		"        802.11 auth: open\n      link auth: wpa2-psk\n",
		"Authentication: WPA3-SAE\n",
	} {
		mustKeep(t, "wifi", scrubTwice(t, in), in)
	}
	// what stays: a word before spaces that is no terminal's
	mustKeep(t, "words", scrubTwice(t, "status   ok\ntotal    12\n"), "status   ok\ntotal    12\n")
	mustKeep(t, "prose", scrubTwice(t, "Serial   console on ttyS0\nDebug    console enabled\nOutput   tty2 closed\n"), "Serial   console on ttyS0\nDebug    console enabled\nOutput   tty2 closed\n")
}

// Leak: quser (query user) lists the accounts signed in to the machine,
// one a row under "USERNAME  SESSIONNAME".
func TestProbe8Quser(t *testing.T) {
	in := "C:\\>quser\r\n USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME\r\n" +
		">tanaka.haruto         console             1  Active      none   30.11.2026 20:01\r\n" +
		" yui                                        2  Disc        1:05   30.11.2026 19:00\r\n\r\nC:\\>exit\r\n"
	// (text and JSON: the binary scan reads a UTF-16 string a line at a
	// time, and a row means nothing without its header)
	s := newSession(t, Config{})
	mustNotContain(t, "quser/text", s.ScrubString(in), "tanaka", "yui")
	mustNotContain(t, "quser/learned", s.ScrubString("later: C:\\Users\\yui and tanaka.haruto"), "tanaka", "yui")
	mustNotContain(t, "quser/json", scrubJSONMessage(t, in), "tanaka", "yui")
	out := scrubTwice(t, in)
	mustKeep(t, "quser", out, " USERNAME              SESSIONNAME        ID  STATE", "console             1  Active", "C:\\>exit")
}

// Leaks: a .netrc's password (after "login NAME" on its line or the line
// before), kubeconfig's client-key-data (the client's private key, PEM
// in base64, longer than a value is read).
func TestProbe8NetrcAndKubeconfig(t *testing.T) {
	for _, tc := range []struct{ name, in, secret string }{
		{"netrc-one", "machine api.beatport.example login kwame.mensah password Hunt3r2Pass\n", "Hunt3r2Pass"},
		{"netrc-lines", "machine github.com\n  login kwamemensah\n  password Hunt3r4Pass\n", "Hunt3r4Pass"},
		{"netrc-crlf", "machine nas.local\r\nlogin dj\r\npassword Hunt3r5Pass\r\n", "Hunt3r5Pass"},
		{"kubeconfig", "users:\n- name: dj\n  user:\n    client-key-data: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0t" + strings.Repeat("TUhjQ0FRRUVJQnJLd2FtZQ", 80) + "==\n", "TUhjQ0FRRUVJQnJLd2FtZQ"},
	} {
		if strings.HasPrefix(tc.name, "netrc-l") || tc.name == "netrc-crlf" {
			// text and JSON: the binary scan reads a UTF-16 string a line
			// at a time, and these lines need the ones before them
			mustNotContain(t, tc.name+"/text", newSession(t, Config{}).ScrubString(tc.in), tc.secret)
			mustNotContain(t, tc.name+"/json", scrubJSONMessage(t, tc.in), tc.secret)
		} else {
			checkAllEncodings(t, tc.name, tc.in, []string{tc.secret}, "")
		}
		scrubTwice(t, tc.in)
	}
	// what stays: "password" in prose
	for _, in := range []string{"password incorrect for this account\n", "login failed\npassword expired\n", "  login required; password reset sent\n"} {
		mustKeep(t, "prose", scrubTwice(t, in), in)
	}
}

// Leak: a Core Audio device UID of a USB interface holds its serial
// number ("AppleUSBAudioEngine:Focusrite:Scarlett 18i20 USB:SERIAL:1,2");
// macOS audio apps log it with the device.
func TestProbe8CoreAudioUID(t *testing.T) {
	for _, in := range []string{
		`Core Audio HAL: [Scarlett 18i20 USB] device UID "AppleUSBAudioEngine:Focusrite:Scarlett 18i20 USB:P9A1B2C3D4E5F6:1,2" sample rate 48000`,
		"Audio device: AppleUSBAudioEngine:Native Instruments:Traktor Kontrol S4 MK3:P9A1B2C3D4E5F6:2\n",
	} {
		checkAllEncodings(t, "uid", in, []string{"P9A1B2C3D4E5F6"}, "later: usb serial P9A1B2C3D4E5F6")
		out := scrubTwice(t, in)
		mustKeep(t, "uid", out, "AppleUSBAudioEngine:")
	}
	js := `{"audio":{"outputDeviceUID":"AppleUSBAudioEngine:Focusrite:Scarlett 2i2 USB:Y8BX2K4H1A2B3C:1,2"}}`
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "json", out.String(), "Y8BX2K4H1A2B3C")
	mustKeep(t, "json", out.String(), "AppleUSBAudioEngine:Focusrite:Scarlett 2i2 USB:<serial-1>:1,2")
}

// Over-scrub: an ASIO driver's COM class id, written after "CLSID" in
// a log line as in the registry path (HKCR\CLSID\{…}), is the same on
// every machine and names the driver; a device's GUID stays replaced.
func TestProbe8DriverCLSID(t *testing.T) {
	for _, in := range []string{
		"ASIO: Focusrite USB ASIO, driver CLSID {8B2F4A5C-1D3E-4F6A-9B8C-7D6E5F4A3B2C}, buffer 128",
		"asio driver clsid={8B2F4A5C-1D3E-4F6A-9B8C-7D6E5F4A3B2C}",
		"CLSID: {8B2F4A5C-1D3E-4F6A-9B8C-7D6E5F4A3B2C}",
	} {
		mustKeep(t, "clsid", scrubTwice(t, in), in)
	}
	out := scrubTwice(t, "WASAPI: default device {0.0.0.00000000}.{5e1f0d2c-3b4a-4c5d-9e8f-7a6b5c4d3e2f}; MachineGuid {5e1f0d2c-3b4a-4c5d-9e8f-7a6b5c4d3e21}; ID {8B2F4A5C-1D3E-4F6A-9B8C-7D6E5F4A3B2C}")
	mustNotContain(t, "device", out, "5e1f0d2c", "8B2F4A5C")
}
