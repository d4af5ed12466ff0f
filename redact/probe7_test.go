package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Findings of a probe of what DJ and music machines write: macOS unified
// log and system_profiler, Windows systeminfo, PnP and setupapi, Linux
// journal and coredumpctl, and the logs of DJ apps, license managers and
// Sentry events.

// Leaks: account and activation ids written after words ("customer id
// N", "activation id X", "machine fingerprint X", Apple's "dsid N") or
// under keys naming them.
func TestProbe7IDPhrases(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"native-access", "[2026-11-30 21:14:10.001] [NativeAccess] [info] Logged in as Mirela Ionescu-Brâncoveanu (customer id 58213477)", []string{"58213477", "Mirela"}},
		{"izotope", "iZotope Product Portal: activation id 7f6e5d4c3b2a, machine fingerprint 6b5a49382716fedc", []string{"7f6e5d4c3b2a", "6b5a49382716fedc"}},
		{"izotope-keys", "Activation ID: 7f6e5d4c3b2a\nMachine fingerprint: 6b5a49382716fedc\nhardware_fingerprint=0f1e2d3c4b5a6978", []string{"7f6e5d4c3b2a", "6b5a49382716fedc", "0f1e2d3c4b5a6978"}},
		{"device-fingerprint", "Splice: registering device fingerprint 9c8b7a6f5e4d3c2b1a09 for sync", []string{"9c8b7a6f5e4d3c2b1a09"}},
		{"cloudd", "cloudd: [com.apple.cloudkit:Sync] Uploading for account <email-1> dsid 1234567890", []string{"1234567890"}},
		{"dsid-key", "AppleAccount: DSID: 16273849501, dsPersonId=16273849501", []string{"16273849501"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		scrubTwice(t, tc.in)
	}
	js := `{"activationId":"7f6e5d4c3b2a","machineFingerprint":"6b5a49382716fedc","dsid":"16273849501","deviceFingerprint":"9c8b7a6f5e4d3c2b1a09","dsPrsID":16273849501}`
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "json", out.String(), "7f6e5d4c3b2a", "6b5a49382716fedc", "16273849501", "9c8b7a6f5e4d3c2b1a09")
	// what stays: a build's fingerprint names the build, a key's
	// fingerprint is no machine, prose with the words stays prose
	for _, in := range []string{
		"ro.build.fingerprint: google/husky/husky:14/AP1A.240305.019/11445699:user/release-keys",
		"customer id missing, activation id pending",
		"Machine fingerprint: unknown",
	} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Over-scrub: a Sentry event's tag "license" names the edition or plan
// in words; a key in groups and a licensee's name stay replaced.
func TestProbe7LicenseEdition(t *testing.T) {
	in := `{"tags":{"audio.device":"Rane ONE","license":"Serato DJ Pro - Subscription","license_type":"Traktor Pro 4 (perpetual)","licence":"ableton live 12 suite"},` +
		`"extra":{"license_key":"ABCD EFGH IJKL MNOP","license":"Kai Okonkwo","licence":"8F3E 2D1C 0B9A 7F6E"}}`
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustKeep(t, "edition", out.String(), `"Serato DJ Pro - Subscription"`, `"Traktor Pro 4 (perpetual)"`, `"ableton live 12 suite"`, "Rane ONE")
	mustNotContain(t, "key", out.String(), "ABCD EFGH", "Okonkwo", "8F3E")
}

// Leak: Time Machine names the folder of a machine's backups after the
// computer ("Backups.backupdb/Søren’s MacBook Pro/"), as backupd's log
// lines print it.
func TestProbe7TimeMachine(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"backupd", "backupd: Starting backup to /Volumes/TM-Disk/Backups.backupdb/Hjördis-iMac/2026-11-30-211409.inProgress", []string{"Hjördis"}},
		{"backupd-blanks", "backupd: Copied 12.3 MB from /Volumes/Macintosh HD to /Volumes/TM/Backups.backupdb/Søren’s MacBook Pro/2026-11-30-211409.inProgress/ABCD/Macintosh HD", []string{"Søren"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "later: Søren’s and Hjördis-iMac")
		out := scrubTwice(t, tc.in)
		mustKeep(t, tc.name, out, "/Backups.backupdb/<host-", "2026-11-30-211409.inProgress", "/Volumes/")
	}
	out := scrubJSONMessage(t, "/Volumes/TM/Backups.backupdb/Jun-seo's iMac/Latest/Macintosh HD")
	mustNotContain(t, "json", out, "Jun-seo")
	// the folder itself, and a generic name, stay
	for _, in := range []string{"tmutil: /Volumes/TM/Backups.backupdb/ is not mounted", "ls /Volumes/TM/Backups.backupdb/localhost/Latest"} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leaks: who an app signed in, after the service's name ("Signed in to
// Dropbox as Ngozi Adeyemi-Okafor"), and accounts with letters outside
// ASCII in the phrases system logs write ("for søren from", "as ørjan").
func TestProbe7SignedInAs(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"dropbox", "[sync] Signed in to Dropbox as Ngozi Adeyemi-Okafor (team: none)", []string{"Ngozi", "Adeyemi", "Okafor"}},
		{"native-access", "[2026-11-30 21:14:10.001] [NativeAccess] [info] Logged in to Native Access as Mirela Ionescu-Brâncoveanu", []string{"Mirela", "Ionescu", "Brâncoveanu"}},
		{"splice", "[info] Signed into Splice as håkon.øvrebø", []string{"håkon", "øvrebø"}},
		{"icloud", "Signed in to iCloud as Zoë.", []string{"Zoë"}},
		{"sshd", "sshd[1234]: Accepted publickey for søren from 10.0.0.5 port 22 ssh2", []string{"søren"}},
		{"sshd-invalid", "sshd[1234]: Invalid user øystein from 10.0.0.5 port 22", []string{"øystein"}},
		{"logged-in", "Logged in as ørjan", []string{"ørjan"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		scrubTwice(t, tc.in)
	}
	for _, in := range []string{
		"Logged in to the server as root",
		"Logged in to Dropbox as a guest",
		"signed in to the Serato account service as expected",
		"Failed password for root from ::1 port 22",
	} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leak: the organisation a OneDrive for Business or Teams account belongs
// to ("Tenant: Adeyemi Sound Ltd"), up to the next field.
func TestProbe7Tenant(t *testing.T) {
	in := "[OneDrive] Account: ngozi.ao@proton.me, Tenant: Adeyemi Sound Ltd, DriveType: business"
	checkAllEncodings(t, "onedrive", in, []string{"Adeyemi", "ngozi"}, "")
	out := scrubTwice(t, in)
	mustKeep(t, "onedrive", out, ", DriveType: business")
	for _, in := range []string{"TenantName=Adeyemi Sound Ltd", `{"tenantDisplayName": "Adeyemi Sound Ltd"}`} {
		mustNotContain(t, "tenant", scrubTwice(t, in), "Adeyemi")
	}
	// Azure AD's shared tenants name no organisation
	for _, in := range []string{"authority=https://login.microsoftonline.com/common tenant=common", "Tenant: organizations"} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leak: a machine named in prose after "on host" (jackd, JACK, Xlib):
// hyphenated names with digits, capitals or letters outside ASCII, or
// ending the clause; compounds in prose stay.
func TestProbe7HostPhrase(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"jack", "JACK: Acquire audio card Audio1 (hw:CARD=Audio1) on host håkon-thinkpad-t14", []string{"håkon", "thinkpad-t14"}},
		{"jackd", "jackd: server `default' running on host mixbox-aino", []string{"mixbox-aino"}},
		{"xlib", "Xlib: connection to \":0.0\" refused by server on host studio-pc-3 (errno 111)", []string{"studio-pc-3"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		mustKeep(t, tc.name, scrubTwice(t, tc.in), " host <host-1>")
	}
	for _, in := range []string{
		"Running on host x86_64 with 8 cores",
		"stored on host non-volatile memory",
		"copied from host to-device buffer",
		"Could not resolve host sync-eu.serato.com",
		"on host-side buffers",
	} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leaks: the default device names of the Nordic languages ("Ingrids
// iPhone", the owner with an "s" glued) and of Samsung's devices in the
// Romance ones ("Galaxy Buds2 de Aurélie").
func TestProbe7DeviceOwners(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"sv", `bluetoothd: Connected to device "Ingrids iPhone" (64:A2:F9:1C:7E:3B)`, []string{"Ingrid"}},
		{"de-mac", `sharingd: Computer name changed to "Jürgens MacBook Pro"`, []string{"Jürgen"}},
		{"name-ends-s", `AirPlay: "Thomas iPad" paired`, []string{"Thomas"}},
		{"buds", `Bluetooth: paired "Galaxy Buds2 Pro de Aurélie"`, []string{"Aurélie"}},
		{"tab", `Bluetooth: paired "Galaxy Tab S9 de Aurélie"`, []string{"Aurélie"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "later: "+tc.secrets[0]+" called")
		scrubTwice(t, tc.in)
	}
	out := scrubTwice(t, `bluetoothd: Connected to device "Ingrids iPhone"`)
	mustKeep(t, "sv", out, " iPhone\"")
	// typographic quotes (text and JSON; a UTF-16 run in binary data
	// breaks at them, leaving no context to tell a name from a plural)
	in := "“Sørens AirPods Pro” connected"
	mustNotContain(t, "nb", scrubTwice(t, in), "Søren")
	mustNotContain(t, "nb", scrubJSONMessage(t, in), "Søren")
	for _, in := range []string{
		"Open Settings iPhone",
		`"Settings iPhone"`,
		`"Devices iPhone 15"`,
		`"Contacts iPhone" sync`,
		"the Galaxy Buds de la marque",
	} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Over-scrub: a daemon's "X: Connected to device …" line read as nmcli's
// "wlan0: connected to NETWORK", its rest learned as a Wi-Fi network
// (the whole message replaced once learned). An interface's name holds
// its number.
func TestProbe7ConnectedTo(t *testing.T) {
	for _, in := range []string{
		`bluetoothd: Connected to device "Kai Smith"`,
		"error: connected to nothing much here",
		"mixxx: Connected to the JACK server",
	} {
		out := scrubTwice(t, in)
		mustKeep(t, "keep", out, "onnected to ")
		mustNotContain(t, "keep", out, "<network-")
	}
	mustNotContain(t, "nmcli", scrubTwice(t, "wlp0s20f3: connected to Koti-Järvinen 5G\n"), "Järvinen")
}

// Over-scrub: a license manager's authorization state under a token key
// ("Authorization: Unlocked"); a scheme's credentials and short
// lower-case or mixed values stay replaced.
func TestProbe7AuthorizationState(t *testing.T) {
	for _, in := range []string{
		"2026-11-30T21:14:09.300000: info: Authorization: Unlocked",
		"Authorization status: Authorized (Suite)",
		"Session: Expired",
	} {
		mustKeep(t, "state", scrubTwice(t, in), in)
	}
	for _, tc := range []struct{ in, secret string }{
		{"Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI1ODIxMzQ3NyJ9.c2lnbmF0dXJl", "eyJzdWIi"},
		{"Authorization: Basic a2FpOmh1bnRlcjI=", "a2FpOmh1bnRlcjI"},
		{"session=XkQzVbNmWp", "XkQzVbNmWp"},
		{"api_key: AbCdEfGhIjKlMnOp", "AbCdEfGhIjKlMnOp"},
	} {
		mustNotContain(t, "token", scrubTwice(t, tc.in), tc.secret)
	}
}

// Leaks: an account at an online service under a key phrase that names
// the service first ("Ableton Account:", "SoundCloud user:", "Pioneer DJ
// account:").
func TestProbe7ServiceAccounts(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"pioneer", "[CloudSync] Pioneer DJ account: djtomas83 (plan: Creative)", []string{"djtomas83"}},
		{"ableton", "Ableton Account: dj_kwabena", []string{"kwabena"}},
		{"soundcloud", "2026-11-30 21:14:11 [stream] SoundCloud user: kwabena-asante-music, quality: high", []string{"kwabena"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "later: "+tc.secrets[0])
		scrubTwice(t, tc.in)
	}
	out := scrubTwice(t, "[CloudSync] Pioneer DJ account: djtomas83 (plan: Creative)")
	mustKeep(t, "pioneer", out, "Pioneer DJ account: <user-1> (plan: Creative)")
	for _, in := range []string{"Number of user: 5", "Switch user: enabled", "Service account: LocalService", "Guest account: disabled"} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Over-scrub: PipeWire's "device.name" (pactl, pw-dump) names a sound
// card's object after its vendor and model, not the machine: only the
// serial and address in it go.
func TestProbe7PipeWireDeviceName(t *testing.T) {
	in := "Card #47\n\tName: alsa_card.usb-Pioneer_DJ_Corporation_DDJ-FLX4_PDJFLX4A1B2C3-00\n\tProperties:\n" +
		"\t\tdevice.name = \"alsa_card.usb-Pioneer_DJ_Corporation_DDJ-FLX4_PDJFLX4A1B2C3-00\"\n" +
		"\t\tdevice.name = \"bluez_card.F8_4E_17_AA_BB_CC\"\n"
	out := scrubTwice(t, in)
	mustKeep(t, "pactl", out, `device.name = "alsa_card.usb-Pioneer_DJ_Corporation_DDJ-FLX4_`, `device.name = "bluez_card.`)
	mustNotContain(t, "pactl", out, "PDJFLX4A1B2C3", "F8_4E_17_AA_BB_CC")
	js := `{"id":47,"info":{"props":{"device.name":"alsa_card.usb-Pioneer_DJ_Corporation_DDJ-FLX4_PDJFLX4A1B2C3-00","device.product.name":"DDJ-FLX4"}}}` + "\n" +
		`{"id":58,"info":{"props":{"device.name":"bluez_card.F8_4E_17_AA_BB_CC"}}}` + "\n" +
		`{"contexts":{"device":{"name":"Wiremu’s MacBook Air"}},"tags":{"device.name":"studio-pc"}}`
	s := newSession(t, Config{})
	var buf bytes.Buffer
	if err := s.ScrubJSON(&buf, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	mustKeep(t, "pw-dump", buf.String(), `"alsa_card.usb-Pioneer_DJ_Corporation_DDJ-FLX4_`, `"bluez_card.`)
	mustNotContain(t, "pw-dump", buf.String(), "PDJFLX4A1B2C3", "F8_4E_17_AA_BB_CC", "Wiremu", "studio-pc")
}

// Leaks: Windows' account tables. whoami /user and wmic useraccount name
// DOMAIN\account before the SID; net user's rows put the account and the
// full name after a column of blanks.
func TestProbe7WindowsAccountTables(t *testing.T) {
	whoami := "USER INFORMATION\r\n----------------\r\n\r\nUser Name            SID\r\n==================== =============================================\r\n" +
		"studio-öberg\\åsa     S-1-5-21-1234567890-2345678901-3456789012-1001\r\n"
	netUser := "User name                    åsa\r\nFull Name                    Åsa-Lena Öberg\r\nComment                      \r\nAccount active               Yes\r\n"
	wmic := "AccountType  Caption                Domain        Name     SID\r\n" +
		"512          DJ-KWAME-PC\\kwame.mb  DJ-KWAME-PC   kwame.mb S-1-5-21-1234567890-2345678901-3456789012-1002\r\n"
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"whoami", whoami, []string{"öberg", "åsa"}},
		{"net-user", netUser, []string{"åsa", "Öberg"}},
		{"wmic", wmic, []string{"kwame", "DJ-KWAME-PC"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "later: åsa and kwame.mb")
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.name, out, tc.secrets...)
	}
	mustKeep(t, "whoami", scrubTwice(t, whoami), "User Name            SID\r\n", "-1001")
	mustKeep(t, "net-user", scrubTwice(t, netUser), "User name                    <user-1>", "Account active               Yes")
	// a group's row, and a name after one blank, teach nothing
	groups := "Group Name                             Type             SID                                            Attributes\r\n" +
		"STUDIO\\docker-users                    Alias            S-1-5-21-1234567890-2345678901-3456789012-1003 Mandatory group\r\n" +
		"CONTOSO\\Domain Users                   Group            S-1-5-21-1234567890-2345678901-3456789012-513  Mandatory group\r\n"
	mustKeep(t, "groups", scrubTwice(t, groups), "\\docker-users", "\\Domain Users")
}

// Leaks: a person's name in parts and a telephone number under keys an
// account's profile uses (Native Access, Splice, OpenID Connect claims).
func TestProbe7ProfileFields(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"kv", "[auth] profile loaded: first_name=Ngozi last_name=Adeyemi-Okafor locale=en-NG", []string{"Ngozi", "Adeyemi", "Okafor"}},
		{"colon", "FirstName: Ngozi\nSurname: Adeyemi-Okafor\nGiven name: Ngozi\n", []string{"Ngozi", "Adeyemi"}},
		{"phone", "Phone: +234 803 555 0147\nphone_number=+2348035550147\nMobile: 0803 555 0147\nTelephone: +47 912 34 567\n", []string{"803 555", "8035550147", "912 34 567"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		scrubTwice(t, tc.in)
	}
	js := `{"user":{"firstName":"Ngozi","lastName":"Adeyemi-Okafor","given_name":"Ngozi","family_name":"Adeyemi-Okafor","phoneNumber":"+234 803 555 0147","phone":2348035550147}}`
	s := newSession(t, Config{})
	var buf bytes.Buffer
	if err := s.ScrubJSON(&buf, strings.NewReader(js)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "json", buf.String(), "Ngozi", "Adeyemi", "803", "2348035550147")
	// what is no name or number stays
	for _, in := range []string{"Phone: iPhone 15 Pro (A3090)", "Mobile: yes", "Tel: 2026-11-30", "Surname: (none)", "Last name: N/A", "Telemetry: 1.2.3.4567 sent"} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leaks: Apple's altDSID, an account under "<Service> User ID:", and an
// account before a verb of signing in ("user kwame.mensah.dj signed in").
func TestProbe7AccountIDs(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"altdsid", "AKAppleIDSession: altDSID=001234.a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6.1234, service=icloud", []string{"a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"}},
		{"ilok", "iLok User ID: kwame.mensah.dj", []string{"kwame"}},
		{"signed-in", "iLok: user kwame.mensah.dj signed in", []string{"kwame"}},
		{"logged-out", "Native Access: user søren logged out", []string{"søren"}},
		{"logged-in", "loginwindow: user søren.kierkegaard logged in, uid 501", []string{"søren", "kierkegaard"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		scrubTwice(t, tc.in)
	}
	// a SID under such a key stays a SID (its RID kept); prose stays
	mustKeep(t, "sid", scrubTwice(t, "Windows User ID: S-1-5-21-1234567890-2345678901-3456789012-1001"), "<machine-id-1>-1001")
	for _, in := range []string{"the user input logged in the journal", "User ID: 1000", "each user session logged out cleanly"} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leaks: a license server's host id (FlexLM's HOSTID, a MAC address or a
// disk serial) and the machine a license manager names in prose ("on
// machine "ABLETON-STUDIO-7"", "from computer kwame-mbp-2").
func TestProbe7LicenseMachines(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"hostid", "HOSTID=0050569a1b2c\nHost ID: 0050569a1b2c\n", []string{"0050569a1b2c"}},
		{"on-machine", `[Licensing] Activated on machine "ABLETON-STUDIO-7" with seat 2/3`, []string{"ABLETON-STUDIO"}},
		{"from-computer", "Deactivated from computer kwame-mbp-2 at 21:14", []string{"kwame"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		scrubTwice(t, tc.in)
	}
	for _, in := range []string{"Running on machine learning-enabled mode", "copied to machine-readable format", "HOSTID=ANY", "iLok: machine ID missing"} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leak: macOS named its diagnostic reports after the machine before
// macOS 12 (PROCESS_DATE-TIME_HOST.crash), and crashd collects them.
func TestProbe7DiagnosticReportNames(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"crash", "/Library/Logs/DiagnosticReports/Traktor Pro 3_2022-03-04-120000_Sorens-MacBook-Pro.crash", []string{"Sorens"}},
		{"hang", "collected ~/Library/Logs/DiagnosticReports/Serato DJ Pro_2021-11-30-211409_Ingrids-iMac.hang (12 KB)", []string{"Ingrids"}},
		{"diag", "/Library/Logs/DiagnosticReports/rekordbox_2022-01-02-030405_STUDIO-MAC-2.cpu_resource.diag", []string{"STUDIO-MAC"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "later: "+tc.secrets[0]+"-MacBook-Pro.local")
		out := scrubTwice(t, tc.in)
		mustKeep(t, tc.name, out, "_<host-1>.")
	}
	mustNotContain(t, "json", scrubJSONMessage(t, "/Library/Logs/DiagnosticReports/Traktor Pro 3_2022-03-04-120000_Sorens-MacBook-Pro.crash"), "Sorens")
	for _, in := range []string{"Serato DJ Pro_2021-11-30-211409_localhost.crash", "my_2021-11-30-211409_notes.txt", "Serato DJ Pro-2026-11-30-211409.ips"} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}

// Leak: Traktor writes a track's folder with "/:" between its parts
// (collection.nml's DIR="/:Users/:kai/:Music/:", its log), so no home
// folder was seen.
func TestProbe7TraktorPaths(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		{"mac", `Loading track from DIR="/:Users/:ingridb/:Music/:Sets/:" FILE="sommer.mp3"`, []string{"ingridb"}},
		{"win-blanks", `<LOCATION DIR="/:Users/:Ingrid Bråten/:Music/:" FILE="vinter.flac" VOLUME="C:">`, []string{"Ingrid", "Bråten"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		mustKeep(t, tc.name, scrubTwice(t, tc.in), `DIR="/:Users/:<user-1>/:Music/:`)
	}
	nml := `<NML VERSION="20"><COLLECTION><ENTRY TITLE="Sommer"><LOCATION DIR="/:Users/:ingridb/:Music/:Sets/:" FILE="sommer.mp3" VOLUME="Macintosh HD"></LOCATION></ENTRY></COLLECTION></NML>`
	out := scrubXML(t, nml)
	mustNotContain(t, "nml", out, "ingridb")
	mustKeep(t, "nml", out, `FILE="sommer.mp3"`, `/:Music/:Sets/:"`, `VOLUME="Macintosh HD"`)
}
