package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Findings of a probe of structured inputs (Sentry events, .ips, Windows
// event exports, plists, .NET app.config) run through `crashd redact`.

// Leaks: an account after "user" mid-line, a connection string's login.
func TestProbe6Leaks(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
	}{
		// WER 1001's rendered message: "user HOST\account", non-ASCII
		{"wer-user", "Computer: ZOE-STUDIO-PC, user ZOE-STUDIO-PC\\Zoë", []string{"Zoë", "ZOE-STUDIO-PC"}},
		{"wer-user-ascii", "Report for account KWAME-PC\\kwame.mb in session 1", []string{"kwame", "KWAME-PC"}},
		// ADO.NET: "User ID" is two words; Azure SQL writes login@server
		{"connstr-azure", "Data Source=tcp:djlib.database.windows.net,1433;Initial Catalog=lib;User ID=kmbonsu@djlib;Password=S3cr3t-Pa55;Encrypt=True", []string{"kmbonsu", "S3cr3t-Pa55"}},
		{"connstr-sql", "Server=.\\SQLEXPRESS;Database=djlib;User Id=nguyenvanan;Password=Akw@aba2026!;", []string{"nguyenvanan", "Akw@aba2026"}},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, "")
		scrubTwice(t, tc.in)
	}
}

func TestProbe6LeaksXML(t *testing.T) {
	in := "<Events><Event><System><Computer>ZOE-STUDIO-PC</Computer></System><RenderingInfo Culture='en-IE'><Message>Fault bucket 1384102735612345678, type 4&#13;\n" +
		"Computer: ZOE-STUDIO-PC, user ZOE-STUDIO-PC\\Zoë</Message></RenderingInfo></Event>\n" +
		`<configuration><connectionStrings><add name="Cloud" connectionString="Data Source=tcp:djlib.database.windows.net,1433;User ID=kmbonsu@djlib;Password=S3cr3t-Pa55;Encrypt=True" /></connectionStrings></configuration></Events>`
	out := scrubXML(t, in)
	mustNotContain(t, "xml", out, "Zoë", "Zo&#xEB;", "ZOE-STUDIO", "kmbonsu", "S3cr3t")
	mustKeep(t, "xml", out, "Fault bucket 1384102735612345678", "djlib.database.windows.net")
}

// Over-scrubs: four-part versions taken for IPv4 addresses where the
// structure says they are versions, and a public assembly key token.
func TestProbe6KeepsXML(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		keep     []string
	}{
		// Application Error 1000: the version follows the module's <Data>
		{"event1000", "<Event><EventData><Data>rekordbox.exe</Data><Data>6.8.5.0</Data><Data>65a1b2c3</Data><Data>AudioEngine.dll</Data><Data>6.8.5.12</Data><Data>c0000005</Data></EventData></Event>",
			[]string{"<Data>6.8.5.0</Data>", "<Data>6.8.5.12</Data>", "AudioEngine.dll", "c0000005"}},
		// a plist value under a key naming a version
		{"plist", "<plist version=\"1.0\"><dict><key>SUAppVersion</key>\n\t<string>3.1.2.1</string><key>LastKernelVersion</key><string>23.4.0</string></dict></plist>",
			[]string{"<string>3.1.2.1</string>", "23.4.0"}},
		// .NET app.config: the value named by key="Version", newVersion=
		{"appconfig", `<configuration><appSettings><add key="Version" value="4.2.1.7" /></appSettings><runtime><dependentAssembly><assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b2a6aeed" culture="neutral" /><bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.1.7" /></dependentAssembly></runtime></configuration>`,
			[]string{`value="4.2.1.7"`, `newVersion="13.0.1.7"`, `publicKeyToken="30ad4fe6b2a6aeed"`, "Newtonsoft.Json"}},
	} {
		out := scrubXML(t, tc.in)
		mustKeep(t, tc.name, out, tc.keep...)
	}
	// the same shapes with an address where no version is named stay
	// addresses
	for _, in := range []string{
		"<Event><EventData><Data>Server</Data><Data>86.44.12.201</Data></EventData></Event>",
		`<configuration><appSettings><add key="UpdateServer" value="86.44.12.201" /></appSettings></configuration>`,
		"<plist><dict><key>LastIP</key><string>86.44.12.201</string></dict></plist>",
	} {
		mustNotContain(t, "address", scrubXML(t, in), "86.44.12.201")
	}
}

// .ips header: "build_version" is a build-id key (kept as such), and its
// four-part value is a version, no address.
func TestProbe6KeepsJSON(t *testing.T) {
	in := `{"app_name":"Serato DJ Pro","app_version":"3.1.2","build_version":"3.1.2.1","bug_type":"309","incident_id":"A1B2C3D4-E5F6-4718-9ABC-DEF012345678"}`
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubJSON(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustKeep(t, "ips", out.String(), `"build_version":"3.1.2.1"`, `"app_version":"3.1.2"`)
	// PublicKeyToken in a .NET assembly name, as an exception prints it
	txt := scrubTwice(t, "System.IO.FileLoadException: Could not load Newtonsoft.Json, Version=13.0.0.0, Culture=neutral, PublicKeyToken=30ad4fe6b2a6aeed")
	mustKeep(t, "assembly", txt, "PublicKeyToken=30ad4fe6b2a6aeed", "Version=13.0.0.0")
}
