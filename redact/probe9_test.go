package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Findings of a probe of DJ and music software logs (Ableton Live,
// rekordbox, Traktor, Serato, VirtualDJ), macOS, Windows and Linux
// system tools' output.

// Leaks: an apostrophe in an e-mail's local part (o'neill@) ended the
// address there; Proton Drive's File Provider folder glues "-folder"
// to the address's domain. Over-scrub: the provider of a macOS
// CloudStorage folder ("GoogleDrive-") went with the address.
func TestProbe9CloudStorageEmails(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
		keep     []string
	}{
		{"apostrophe", "[SYNC] Logged in as kai.o'neill@example.ie (plan: Creative)", []string{"kai.o", "neill", "example.ie"}, []string{"Logged in as <", "(plan: Creative)"}},
		{"gdrive", "Google Drive: /Users/siobhan/Library/CloudStorage/GoogleDrive-kai.o'neill@example.ie/My Drive/rekordbox/", []string{"kai.o", "neill", "example.ie", "siobhan"}, []string{"/CloudStorage/GoogleDrive-<", ">/My Drive/rekordbox/"}},
		{"gdrive-plain", "/Users/ana/Library/CloudStorage/GoogleDrive-ana.lúcia@gmail.com/My Drive/Sets/a.flac", []string{"lúcia", "gmail"}, []string{"/CloudStorage/GoogleDrive-<", ">/My Drive/Sets/a.flac"}},
		{"proton", "/Users/mirela/Library/CloudStorage/ProtonDrive-mirela.ionescu@proton.me-folder/Sets/a.flac", []string{"ionescu", "proton.me"}, []string{"/CloudStorage/ProtonDrive-<", ">-folder/Sets/a.flac"}},
		{"quoted", "owner='zoe@example.com' it's kai@studio.co.za", []string{"zoe", "kai@"}, []string{"owner='<", ">' it's <"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		mustKeep(t, tc.name, scrubTwice(t, tc.in), tc.keep...)
	}
}

// Over-scrub: a key that only holds the word "proxy" (Core Audio's
// "HALC_ProxyIOContext: device ..." log prefix) was read as a proxy
// setting: "device" became a host name, and every "Device" after it.
// Proxy settings still are.
func TestProbe9ProxyWordInKey(t *testing.T) {
	in := "Live: (CoreAudio) [com.apple.coreaudio:HAL] HALC_ProxyIOContext: device \"AirPods Pro\" uid 5C-52-30-AB-CD-EF:output\n" +
		"          Default Output Device: Yes\n"
	mustKeep(t, "halc", scrubTwice(t, in), "HALC_ProxyIOContext: device \"AirPods Pro\"", "Default Output Device: Yes")
	for _, in := range []string{
		"network.proxy.http = proxy.studio-gqom.internal\n",
		"    ProxyServer    REG_SZ    proxy.studio-gqom.internal:8080\n",
		"Proxy Server(s): proxy.studio-gqom.internal:8080\n",
		"-Dhttp.proxyHost=proxy.studio-gqom.internal -Dhttp.nonProxyHosts=proxy.studio-gqom.internal\n",
	} {
		checkAllEncodings(t, "proxy", in, []string{"studio-gqom"}, "")
		scrubTwice(t, in)
	}
}

// Leak: "reg query" output, "    NAME    REG_SZ    VALUE", was not read
// as names and values: the owner, the account, the computer's name and
// the proxy stayed.
func TestProbe9RegQuery(t *testing.T) {
	in := "HKEY_CURRENT_USER\\Software\\Pioneer\\rekordbox\r\n" +
		"    UserName    REG_SZ    Siobhán Ó Briain\r\n" +
		"    RegisteredOwner    REG_SZ    Nguyễn Thị Hồng\r\n" +
		"    ComputerName    REG_SZ    Mbali-Studio-PC\r\n" +
		"    ProxyServer    REG_SZ    proxy.studio-gqom.internal:8080\r\n" +
		"    ProxyEnable    REG_DWORD    0x1\r\n" +
		"    InstallDir    REG_EXPAND_SZ    %ProgramFiles%\\Pioneer\\rekordbox 7.0.4\r\n" +
		"    (Default)    REG_SZ    rekordbox\r\n\r\n"
	checkAllEncodings(t, "reg", in, []string{"Siobhán", "Briain", "Thị", "Hồng", "Mbali", "studio-gqom"}, "later: Mbali-Studio-PC")
	mustKeep(t, "reg", scrubTwice(t, in), "    ProxyEnable    REG_DWORD    0x1\r\n", "REG_EXPAND_SZ    %ProgramFiles%\\Pioneer\\rekordbox 7.0.4\r\n", "    (Default)    REG_SZ    rekordbox\r\n", "    UserName    REG_SZ    <")
}

// Over-scrub: cmdkey /list's "Target: MicrosoftAccount:user=ADDRESS"
// replaced "user=" with the address, under another pseudonym than the
// same address on the next line.
func TestProbe9CmdkeyTarget(t *testing.T) {
	in := "Currently stored credentials:\n\n    Target: MicrosoftAccount:user=ngozi.okafor@outlook.com.ng\n    Type: Generic \n    User: ngozi.okafor@outlook.com.ng\n"
	checkAllEncodings(t, "cmdkey", in, []string{"ngozi", "okafor", "outlook.com.ng"}, "")
	out := scrubTwice(t, in)
	mustKeep(t, "cmdkey", out, "Target: MicrosoftAccount:user=<email-1>\n", "User: <email-1>\n")
}

// Over-scrub: the account domain Windows names Microsoft accounts by
// ("MicrosoftAccount") is no host, as "NT AUTHORITY" and "AzureAD" are
// none.
func TestProbe9MicrosoftAccountDomain(t *testing.T) {
	in := `<EventData><Data Name="TargetUserName">lukasz.wojcik@wp.pl</Data><Data Name="TargetDomainName">MicrosoftAccount</Data><Data Name="WorkstationName">ŁUKASZ-LAPTOP</Data></EventData>`
	checkAllEncodings(t, "msa", in, []string{"lukasz", "ŁUKASZ"}, "")
	mustKeep(t, "msa", scrubTwice(t, in), `<Data Name="TargetDomainName">MicrosoftAccount</Data>`)
}

// Over-scrub: an account key whose value is a "logged in as" phrase
// ("Serato Account: logged in as ...") made "logged" the account; the
// account after "as" is still found.
func TestProbe9AccountLoggedInAs(t *testing.T) {
	in := "Serato Account: logged in as \"bao.tran@serato.mx\" (id 7c1d2e3f4a5b)\nAccount: signed in as Bảo Trần\nUser: logged in as tadeusz\n"
	checkAllEncodings(t, "loggedin", in, []string{"bao.tran", "Bảo", "Trần", "tadeusz"}, "")
	mustKeep(t, "loggedin", scrubTwice(t, in), "Serato Account: logged in as \"<", "Account: signed in as <", "User: logged in as <")
}

// Over-scrub: a status in lowercase prose after a token's key (Ableton
// Live's "Authorization: authorized for user ...") lost its first word
// as a token; tokens stay tokens.
func TestProbe9TokenKeyProse(t *testing.T) {
	in := "2026-11-30T21:14:09.200000: info: Authorization: authorized for user mbali.nkosi@studio-gqom.co.za (Serial number: 4CC8-1B0A-EC37-8F9E-2A41-77D2)\n"
	checkAllEncodings(t, "prose", in, []string{"mbali", "gqom", "4CC8-1B0A"}, "")
	mustKeep(t, "prose", scrubTwice(t, in), "Authorization: authorized for user <")
	tok := "Authorization: Bearer abcdef123456\nsession: abcdefghijklmnopqrst\nAuthorization: abc123def456ghi789 more\n"
	checkAllEncodings(t, "tokens", tok, []string{"abcdef123456", "abcdefghijklmnopqrst", "abc123def456ghi789"}, "")
	scrubTwice(t, tok)
}

// Over-scrub: Traktor's collection.nml keys a track by its path
// ("Macintosh HD/:Users/:kai/:Music/:x.mp3"), under a KEY attribute: the
// whole path went as a key's value; its user part alone goes now.
func TestProbe9TraktorPrimaryKey(t *testing.T) {
	in := `<PRIMARYKEY TYPE="TRACK" KEY="Macintosh HD/:Users/:tadeusz.wiśniewski/:Music/:Ólafur Arnalds/:01 Loom.mp3"></PRIMARYKEY>` + "\n" +
		`<PRIMARYKEY TYPE="TRACK" KEY="C:/:Users/:Łukasz Wójcik-Żak/:Music/:Traktor/:Recordings/:a.wav"></PRIMARYKEY>` + "\n"
	checkAllEncodings(t, "nml", in, []string{"tadeusz", "wiśniewski", "Łukasz", "Wójcik"}, "")
	mustKeep(t, "nml", scrubTwice(t, in), `KEY="Macintosh HD/:Users/:<`, `>/:Music/:Ólafur Arnalds/:01 Loom.mp3"`, `>/:Music/:Traktor/:Recordings/:a.wav"`)
	checkAllEncodings(t, "key", `"key": "/9j/4AAQSkZJRgABAQAAAQABAAD2wBDAAgGBgcGBQgHBwc"`, []string{"4AAQSkZJRgABAQAAAQABAAD2wBDAAgGBgcGBQgHBwc"}, "")
}

// Leak: a music or streaming service's numeric account id under its
// service's name ("KUVO ID: 1029384756" in rekordbox's log, a Discord
// snowflake).
func TestProbe9ServiceIDs(t *testing.T) {
	in := "[2026/11/30 21:14:09.400][INFO][AUTH] Logged in as siobhan.obriain@ceol.ie (KUVO ID: 1029384756)\n" +
		"kuvo_id=1029384756\nDeezer ID: 123456789012345678\nTwitch ID: 88123456\n"
	checkAllEncodings(t, "svc", in, []string{"1029384756", "123456789012345678", "88123456", "siobhan"}, "")
	mustKeep(t, "svc", scrubTwice(t, in), "(KUVO ID: <", "Deezer ID: <")
	for _, in := range []string{"Display ID: 1\n", "Source ID: 2\n", "disk ID: 3\n"} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leaks: keys of a session's machine or account ("SessionHost", "Session
// User", Audio MIDI Setup's "NetworkSessionHost") were read as session
// tokens, which take one word or none of a host name with dots; the bare
// local host name macOS gives a Mac after its owner
// ("Tsitsis-MacBook-Pro", Bonjour, AirDrop) was found only before
// ".local".
func TestProbe9SessionHostAndAppleHostNames(t *testing.T) {
	in := "Session User: Ama Owusu-Mensah\nsession_hostname=studio-pc.lan\nSessionHost: Mbali-Studio-PC.local\n" +
		"<dict>\n\t<key>bonjourName</key>\n\t<string>Tsitsis-MacBook-Pro</string>\n\t<key>NetworkSessionHost</key>\n\t<string>Mbali-Studio-PC.local</string>\n</dict>\n" +
		"AirDrop: discoverable as Ngozis-iPhone\nname Kwame-Mensahs-iMac-2 here\n"
	checkAllEncodings(t, "session", in, []string{"Ama", "Owusu", "studio-pc", "Mbali", "Tsitsi", "Ngozi", "Kwame"}, "")
	out := scrubTwice(t, in)
	mustKeep(t, "session", out, "SessionHost: <", "Session User: <", "<key>bonjourName</key>\n\t<string><host-")
	for _, in := range []string{"The Apples-MacBook-Pro-Case-Cover fits\n", "session: abcdefghijklmnopqrst\n"} {
		out := scrubTwice(t, in)
		if in[0] == 'T' {
			mustKeep(t, "keep", out, in)
		} else {
			mustNotContain(t, "token", out, "abcdefghijklmnopqrst")
		}
	}
}

// Leaks: an address at a Punycode top-level domain (".xn--p1ai") was
// cut at the dashes, so the display name before "<address>" stayed; an
// apostrophe after a non-ASCII letter (r.ó'súilleabháin@) still ended
// the local part.
func TestProbe9EmailIDN(t *testing.T) {
	in := "From: \"Ama O'Neill-Boateng\" <ama@oneill.xn--p1ai>\nreply r.ó'súilleabháin@ceol.ie\n"
	checkAllEncodings(t, "idn", in, []string{"Ama", "Neill", "Boateng", "p1ai", "r.ó", "súilleabháin"}, "")
	mustKeep(t, "idn", scrubTwice(t, in), "From: \"<", "reply <email-")
	mustKeep(t, "keep", scrubTwice(t, "x@y.z crash@2x.png lib-xn--abc.so\n"), "x@y.z crash@2x.png lib-xn--abc.so\n")
}

// Leaks: "NI Account ID: ..." (a key ending in "accountid" after a
// service's name); an account after "for user" with a dot, digit or a
// letter outside ASCII at the end of a clause ("login failed for user
// kwabena.b"). Over-scrub: "Account: signed in (user ...)" made "signed"
// the account.
func TestProbe9AccountPhrases(t *testing.T) {
	in := "Native Access: NI Account ID: 0012AB34CD56EF78\n" +
		"INFO  Account: signed in (user 5f2c1a9b-3d4e-4f6a-8b7c-9d0e1f2a3b4c, email ngozi@serato.ng)\n" +
		"login failed for user kwabena.b\nPermission denied for user Ọlámídé.\n"
	checkAllEncodings(t, "acct", in, []string{"0012AB34CD56EF78", "ngozi", "kwabena", "Ọlámídé"}, "")
	mustKeep(t, "acct", scrubTwice(t, in), "Account: signed in (user <", "login failed for user <", "Permission denied for user <")
	keep := "waiting for user input.\nwaiting for user input\nsettings for user v2, x\nsaved for user prefs.json\nfor user 1000\nuser interface thread\n"
	mustKeep(t, "keep", scrubTwice(t, keep), keep)
}

// Leak: Ableton Live's XML names a value by its element,
// <UserName Value="..." />: the value was read only when a name learned
// elsewhere matched it.
func TestProbe9ElementValue(t *testing.T) {
	in := "<UserLibrary>\n\t<UserName Value=\"Thandeka Nkosi\" />\n\t<OwnerName Value=\"Siyabonga M.\" />\n" +
		"\t<ComputerName Value=\"Siyas-Studio-PC\" />\n\t<MachineIdentifier Value=\"A1B2C3D4-E5F6-4789-9ABC-DEF012345678\" />\n" +
		"\t<Name Value=\"Audio Track 1\" />\n\t<OriginalFileSize Value=\"4823912\" />\n</UserLibrary>\n"
	checkAllEncodings(t, "als", in, []string{"Thandeka", "Nkosi", "Siyabonga", "Siyas", "A1B2C3D4-E5F6"}, "")
	mustKeep(t, "als", scrubTwice(t, in), "<UserName Value=\"<", "<Name Value=\"Audio Track 1\" />", "<OriginalFileSize Value=\"4823912\" />")
}

// Leak: .NET's user.config names a setting in <setting name="...">
// and holds it in the <value> element after it.
func TestProbe9DotNetUserConfig(t *testing.T) {
	in := "<userSettings>\n        <VirtualDJ.Properties.Settings>\n" +
		"            <setting name=\"UserName\" serializeAs=\"String\">\n                <value>Ọlámídé Adéyẹmí</value>\n            </setting>\n" +
		"            <setting name=\"ProxyHost\" serializeAs=\"String\">\n                <value>proxy.ade-studio.ng</value>\n            </setting>\n" +
		"            <setting name=\"WindowWidth\" serializeAs=\"String\">\n                <value>1280</value>\n            </setting>\n" +
		"            <setting name=\"Theme\" serializeAs=\"String\">\n                <value>Dark Blue</value>\n            </setting>\n"
	// (a file of text: UTF-16 strings in binary data are read line by
	// line, as property lists' are)
	checkTextJSON(t, "userconfig", in, []string{"Ọlámídé", "Adéyẹmí", "ade-studio"}, "")
	mustKeep(t, "userconfig", scrubTwice(t, in), "<value>1280</value>", "<value>Dark Blue</value>", "<setting name=\"UserName\" serializeAs=\"String\">\n                <value><")
}

// Leak and over-scrub: key/value lists ({"key": "Owner", "value": "…"},
// AWS's tags, settings stores) scrubbed the setting's name as a key's
// value and left the value.
func TestProbe9KeyValueObjects(t *testing.T) {
	in := `{"Tags":[{"Key":"Owner","Value":"Akosua Mensah"},{"key":"computerName","value":"Kwabena-PC"},{"Key":"theme","Value":"dark"}]}`
	secrets := []string{"Akosua", "Mensah", "Kwabena"}
	checkAllEncodings(t, "kv", in, secrets, "")
	out := scrubTwice(t, in)
	mustKeep(t, "kv", out, `{"Key":"Owner","Value":"<`, `{"key":"computerName","value":"<`, `{"Key":"theme","Value":"dark"}`)
	s := newSession(t, Config{})
	var buf bytes.Buffer
	if err := s.ScrubJSON(&buf, strings.NewReader(in+"\n"+`{"key":"sk_live_abc123def456ghi789"}`)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "kv/json", buf.String(), append(secrets, "sk_live_abc123")...)
	mustKeep(t, "kv/json", buf.String(), `{"Key":"Owner","Value":"<`, `{"key":"computerName","value":"<`, `{"Key":"theme","Value":"dark"}`)
}

// Leak: a machine named after "computer" or "host" as an item of a
// list ("…, computer MBALI-STUDIO-PC") was only read after "on", "to"
// and "from".
func TestProbe9HostListItem(t *testing.T) {
	in := "Serato license: DJ Pro, registered email siobhan@ceol.ie, computer MBALI-STUDIO-PC\nlicense ok, host Kwabena-PC2, seat 1\n"
	checkAllEncodings(t, "item", in, []string{"MBALI", "Kwabena", "siobhan"}, "")
	mustKeep(t, "item", scrubTwice(t, in), ", computer <", ", host <")
	keep := "mode x, host non-volatile memory\nsettings, computer x-y\n"
	mustKeep(t, "keep", scrubTwice(t, keep), keep)
}

// Leak: the home's or organisation's DNS search domains under macOS
// system_profiler's "Search Domains" and resolvectl's "DNS Domain",
// several on a line.
func TestProbe9SearchDomains(t *testing.T) {
	in := "      DNS:\n          Server Addresses: 192.168.1.1\n          Search Domains: obriain.ie, ceol-records.ie\nDNS Domain: fritz.box boateng.family\n"
	checkAllEncodings(t, "dns", in, []string{"obriain", "ceol-records", "boateng"}, "")
	mustKeep(t, "dns", scrubTwice(t, in), "Search Domains: <", "DNS Domain: fritz.box <")
	keep := "  DNS Domain: ~.\nSearch Domains: lan\n"
	mustKeep(t, "keep", scrubTwice(t, keep), keep)
}

// Leak: the Wi-Fi networks system_profiler lists under "Current Network
// Information:" and "Other Local Wi-Fi Networks:", each name ending a
// line above its properties.
func TestProbe9AirPortNetworks(t *testing.T) {
	in := "    Wi-Fi:\n      Current Network Information:\n          Ceol Records 5G:\n              PHY Mode: 802.11ax\n" +
		"              Channel: 149 (5GHz, 80MHz)\n              Security: WPA2 Personal\n" +
		"      Other Local Wi-Fi Networks:\n          eir-Ó-Briain-Home:\n              PHY Mode: 802.11n\n          Siobhán’s iPhone:\n" +
		"      Interfaces:\n        en0:\n          Card Type: Wi-Fi  (0x14E4, 0x4387)\n"
	// (text and JSON: UTF-16 strings in binary data are read line by line)
	checkTextJSON(t, "airport", in, []string{"Ceol Records", "Briain", "Siobhán"}, "later: joined Ceol Records 5G")
	mustKeep(t, "airport", scrubTwice(t, in), "      Current Network Information:\n          <network-1>:\n              PHY Mode: 802.11ax\n", "        en0:\n          Card Type: Wi-Fi")
}

// checkTextJSON is checkAllEncodings for what spans lines, text and a
// JSON string only.
func checkTextJSON(t *testing.T, name, in string, secrets []string, later string) {
	t.Helper()
	s := newSession(t, Config{})
	mustNotContain(t, name+"/text", s.ScrubString(in), secrets...)
	if later != "" {
		mustNotContain(t, name+"/learned", s.ScrubString(later), secrets...)
	}
	mustNotContain(t, name+"/json", scrubJSONMessage(t, in), secrets...)
}

// Leak: PowerShell's table of names and values (Get-ChildItem Env:)
// was read only where a row's name happened to have a table's length
// (COMPUTERNAME): USERNAME, USERDOMAIN and CLIENTNAME stayed.
func TestProbe9PowerShellEnvTable(t *testing.T) {
	in := "\r\nName                           Value\r\n----                           -----\r\n" +
		"ALLUSERSPROFILE                C:\\ProgramData\r\n" +
		"USERNAME                       Mbali.Nkosi\r\n" +
		"USERDOMAIN                     MBALI-STUDIO-PC\r\n" +
		"CLIENTNAME                     Sipho-Laptop\r\n" +
		"NUMBER_OF_PROCESSORS           16\r\n\r\n"
	checkTextJSON(t, "env", in, []string{"Mbali", "Sipho"}, "later: Mbali.Nkosi")
	mustKeep(t, "env", scrubTwice(t, in), "USERNAME                       <", "ALLUSERSPROFILE                C:\\ProgramData\r\n", "NUMBER_OF_PROCESSORS           16\r\n")
	// a row alone, as binary data holds it, is no table
	mustKeep(t, "row", scrubTwice(t, "Name  Value\nkai   x\n"), "Name  Value\nkai   x\n")
}

// Leak: a double given name after a device and a preposition ("iPad von
// Jürgen-Peter", "AirPods de Ama-Serwaa") was no name word: a capital
// after the dash failed it.
func TestProbe9DoubleNameOwner(t *testing.T) {
	in := "Connected: \"iPad von Jürgen-Peter\"\nConnected: \"AirPods Pro de Ama-Serwaa Owusu\"\n"
	checkAllEncodings(t, "double", in, []string{"Jürgen", "Peter", "Ama-Serwaa", "Serwaa", "Owusu"}, "")
	mustKeep(t, "double", scrubTwice(t, in), "Connected: \"iPad von <", "Connected: \"AirPods Pro de <")
}

// Leaks: a first name learned alone took the surname after it only when
// its first two letters were ASCII ("Jürgen Schmidt" kept the surname),
// and never the second of a double name ("Jürgen-Peter").
func TestProbe9SurnameAfterNonASCII(t *testing.T) {
	in := "Connected: \"iPhone de Jürgen\"\nJürgen-Peter called; Jürgen Schmidt\n"
	checkTextJSON(t, "surname", in, []string{"Jürgen", "Peter", "Schmidt"}, "")
	mustKeep(t, "surname", scrubTwice(t, in), " called; <")
	keep := "Connected: \"iPhone de Jürgen\"\nJÜRGEN USB; Jürgen-x\n"
	mustKeep(t, "keep", scrubTwice(t, keep), "> USB;", ">-x")
}

// Leak: a telephone number in the international form was found only
// under a key naming a phone ("Phone:", "mobile="): in prose and under
// "Contact:" or "WhatsApp:" it stayed.
func TestProbe9IntlPhone(t *testing.T) {
	in := "Contact: +234 803 123 4567\nSupport callback number +44 7700 900123 requested\nWhatsApp: +27821234567\n" +
		"called +1-415-555-0133 from the app (call +48 601 234 567)\n"
	checkAllEncodings(t, "phone", in, []string{"803 123", "7700 900123", "27821234567", "415-555", "601 234"}, "")
	mustKeep(t, "phone", scrubTwice(t, in), "Contact: <phone-", "number <phone-", "(call <phone-")
	keep := "Build 2024-10-21 12:34:56 +0100\nx +1234 y\n offset +12345678 z\nUTC+02:00 +0x12c3d4\n"
	mustKeep(t, "keep", scrubTwice(t, keep), keep)
}

// Leak: devices named after their owner with the preposition of
// Vietnamese ("AirPods Pro của Hồng"), Indonesian ("iPhone milik Budi")
// and Tagalog ("iPhone ni Juan").
func TestProbe9OwnerPrepositions(t *testing.T) {
	in := "Device: AirPods Pro của Hồng\nDevice: \"iPhone milik Budi Santoso\"\nDevice: iPhone ni Juan\n"
	checkAllEncodings(t, "preps", in, []string{"Hồng", "Budi", "Santoso", "Juan"}, "")
	mustKeep(t, "preps", scrubTwice(t, in), "AirPods Pro của <", "iPhone milik <", "iPhone ni <")
	keep := "the mix ni Juan\nsome của Hồng\n"
	mustKeep(t, "keep", scrubTwice(t, keep), keep)
}

// Over-scrub: an artist's possessive before a title word of music ("Nina
// Simone's Greatest Hits", "Sister Nancy's Dub", "David Guetta's Remix",
// "Murphy's Law") was read as a thing named after its owner, and the
// artist learned as a user. Things named after an owner still are.
func TestProbe9MusicPossessives(t *testing.T) {
	in := "Loading track: D:\\Music\\Nina Simone\\Nina Simone's Greatest Hits\\01 Feeling Good.flac\n" +
		"Now playing: Sister Nancy – Bam Bam (Sister Nancy's Dub)\n[Deck B] Black Coffee – Drive (Mix: David Guetta's Remix).wav\n" +
		"Analyzing \"Róisín Murphy - Murphy's Law (Cosmodelica Remix).mp3\"\n"
	mustKeep(t, "music", scrubTwice(t, in), in)
	owned := "Volume: E:\\Thandiwe's Music\nPlaylist \"Mbali's Wedding Set\" loaded\n"
	checkAllEncodings(t, "owned", owned, []string{"Thandiwe", "Mbali"}, "")
}

// Over-scrubs: a track's musical key under "key" ("key": "F#m") was a
// key's value, a status word ("Signature: valid") a token.
func TestProbe9MusicalKeyAndStatus(t *testing.T) {
	in := "\"key\": \"F#m\", \"bpm\": 122\nkey=Ebmaj\nKey: 11B\nSignature: valid\nCertificate: invalid\n"
	mustKeep(t, "keep", scrubTwice(t, in), in)
	sec := "\"key\": \"F3mA9xQ\"\nkey=8AB7C6D5E4F3\nSignature: 3f9a2b1c4d5e6f708192a3b4\n"
	checkAllEncodings(t, "secret", sec, []string{"F3mA9xQ", "8AB7C6D5E4F3", "3f9a2b1c4d5e6f708192a3b4"}, "")
}

// Leak: profile URLs of DJs' mix sites (hearthis.at, audiomack) and of a
// Bandcamp fan's collection.
func TestProbe9ProfileSites(t *testing.T) {
	in := "Share: https://hearthis.at/djsiobhan/lagos-wedding/\nfan page https://bandcamp.com/siobhan_ob\nhttps://audiomack.com/djngozi/song/x\n"
	checkAllEncodings(t, "profiles", in, []string{"djsiobhan", "siobhan_ob", "djngozi"}, "")
	mustKeep(t, "profiles", scrubTwice(t, in), "https://hearthis.at/<", ">/lagos-wedding/")
	keep := "https://bandcamp.com/tag/afro-house\nhttps://bandcamp.com/discover\n"
	mustKeep(t, "keep", scrubTwice(t, keep), keep)
}

// Leak: a phone key's value in a URL's query, its '+' percent-encoded
// (phone=%2B233244123456).
func TestProbe9PhoneInQuery(t *testing.T) {
	in := "GET /api/v2/register?email=ama%40owusu.com.gh&phone=%2B233244123456&lang=en HTTP/1.1\n"
	checkAllEncodings(t, "query", in, []string{"233244123456", "owusu"}, "")
	mustKeep(t, "query", scrubTwice(t, in), "&phone=<phone-1>&lang=en HTTP/1.1")
}

// Leak: a shell transcript's output of a command that prints the
// machine's or the user's identity, on the line after the command ("$ cat
// /etc/machine-id", "$ cat .../product_serial", "$ hostname -f").
func TestProbe9ShellOutput(t *testing.T) {
	in := "$ cat /sys/class/dmi/id/product_serial\nPF3ABCDE\n$ cat /sys/class/dmi/id/board_serial\n/5CG1234XYZ/CNWS2001234567/\n" +
		"$ cat /etc/machine-id\n8a7b6c5d4e3f20118a7b6c5d4e3f2011\n$ hostname -f\nkwabena-xps13.boateng.family\n" +
		"PS C:\\> hostname\r\nMBALI-STUDIO-PC\r\n$ whoami\nkwabena\n"
	checkTextJSON(t, "shell", in, []string{"PF3ABCDE", "5CG1234XYZ", "CNWS2001234567", "8a7b6c5d4e3f20118a7b6c5d4e3f2011", "kwabena", "boateng", "MBALI"}, "")
	mustKeep(t, "shell", scrubTwice(t, in), "$ cat /etc/machine-id\n<machine-id-", "$ hostname -f\n<host-")
	keep := "$ cat /etc/os-release\nNAME=\"Ubuntu\"\n$ hostname\n\n$ uname -r\n6.8.0-49-generic\n"
	mustKeep(t, "keep", scrubTwice(t, keep), keep)
}

// Leaks: cloud sync clients' account ids: Dropbox's "dbid:…" (the scheme
// was read as a user name before a password), OneDrive's UserCid, the
// Google account id Drive for desktop names its cache folder by.
func TestProbe9CloudAccountIDs(t *testing.T) {
	in := "Dropbox: account_id=dbid:AAH4f99T0taONIb-OurWxbNQ6ywGRopQngc\nOneDrive: UserCid: 1a2b3c4d5e6f7a8b\n" +
		"DriveFS: /Users/ama/Library/Application Support/Google/DriveFS/113456789012345678901/content_cache\n" +
		"C:\\Users\\ama\\AppData\\Local\\Google\\DriveFS\\113456789012345678901\\logs\\drive_fs.txt\n"
	checkAllEncodings(t, "cloud", in, []string{"AAH4f99T0taONIb", "1a2b3c4d5e6f7a8b", "113456789012345678901"}, "")
	mustKeep(t, "cloud", scrubTwice(t, in), "account_id=<uid-", "/DriveFS/<uid-", ">/content_cache")
	keep := "login: user:secret\n"
	mustNotContain(t, "userpass", scrubTwice(t, keep), "secret")
}

// Leak: Traktor's settings (.tsi) write an attribute between a setting's
// name and its value, <Entry Name="Broadcast.Server.Password" Type="3"
// Value="…">: the value was read only right after the name.
func TestProbe9TraktorSettingsEntry(t *testing.T) {
	in := `<Entry Name="Broadcast.Server.Password" Type="3" Value="h4ckm3!x"></Entry>` + "\n" +
		`<Entry Name="Infrastructure.NativeAccess.UserName" Type="3" Value="ngozi.okafor"></Entry>` + "\n" +
		`<Entry Name="Audio.Latency" Type="1" Value="256"></Entry>` + "\n"
	checkAllEncodings(t, "tsi", in, []string{"h4ckm3", "ngozi"}, "")
	mustKeep(t, "tsi", scrubTwice(t, in), `<Entry Name="Audio.Latency" Type="1" Value="256"></Entry>`, `Type="3" Value="<password-1>"`)
}
