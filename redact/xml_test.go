package redact

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// Real exports: an Application Error event as wevtutil / Event Viewer
// save it, a WER report's XML, an Apple property list.
const (
	xmlEvent1000 = `<?xml version="1.0" encoding="utf-8"?>
<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">
  <System>
    <Provider Name="Application Error" />
    <EventID Qualifiers="0">1000</EventID>
    <Level>2</Level>
    <TimeCreated SystemTime="2024-03-04T10:01:02.1234567Z" />
    <EventRecordID>48213</EventRecordID>
    <Channel>Application</Channel>
    <Computer>KAI-STUDIO</Computer>
    <Security UserID="S-1-5-21-3623811015-3361044348-30300820-1013" />
  </System>
  <EventData>
    <Data Name="AppName">rekordbox.exe</Data>
    <Data Name="AppVersion">6.8.5.0</Data>
    <Data Name="ModuleName">ntdll.dll</Data>
    <Data Name="ExceptionCode">c0000374</Data>
    <Data Name="FaultingOffset">00000000000ff6a9</Data>
    <Data Name="AppPath">C:\Users\kai.okonkwo\AppData\Local\rekordbox\rekordbox.exe</Data>
    <Data Name="ModulePath">C:\Windows\SYSTEM32\ntdll.dll</Data>
    <Data Name="TargetUserName">lena.b</Data>
  </EventData>
</Event>
`
	xmlWER = `<?xml version="1.0" encoding="UTF-8"?>
<WERReportMetadata>
	<OSVersionInformation>
		<WindowsNTVersion>10.0</WindowsNTVersion>
		<Build>19045</Build>
	</OSVersionInformation>
	<ProblemSignatures>
		<EventType>APPCRASH</EventType>
		<Parameter0>studio.exe</Parameter0>
		<Parameter3>ntdll.dll</Parameter3>
	</ProblemSignatures>
	<DynamicSignatures>
		<Parameter1>10.0.19045.2.0.0.256.48</Parameter1>
	</DynamicSignatures>
	<SystemInformation>
		<MID>A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF</MID>
		<SystemManufacturer>Dell Inc.</SystemManufacturer>
		<SystemProductName>XPS 15 9520</SystemProductName>
	</SystemInformation>
	<ReportInformation>
		<Path>C:&#x5C;Users&#x5C;zoe.k&#x5C;AppData&#x5C;Local&#x5C;studio.exe</Path>
		<Note note="owner is &quot;C:\Users\zoe.k\Desktop&quot;, mail zoe@example.org"/>
	</ReportInformation>
</WERReportMetadata>
`
	xmlPlist = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>IOPlatformSerialNumber</key>
	<string>C02XK1ZZJGH5</string>
	<key>ProductName</key>
	<string>MacBookPro18,3</string>
	<key>NSHomeDirectory</key>
	<string>/Users/mbergstrom/Library/Containers</string>
	<key>CFBundleVersion</key>
	<string>1.4.2</string>
</dict>
</plist>
`
)

// xmlSamples seed FuzzScrubXML.
var xmlSamples = []string{
	xmlEvent1000, xmlWER, xmlPlist,
	`<msg x='O&apos;Connor' y="C:&#92;Users&#92;kai&#92;x"><![CDATA[/home/kai/x ]]]]><![CDATA[>]]><!-- /home/kai --></msg>`,
	`<?xml-stylesheet href="file:///C:/Users/kai/s.xsl"?><rec>&lt;user-1&gt; kai &amp; /home/kai/x</rec>`,
	`<!DOCTYPE x PUBLIC "-//kai@example.org//x" "file:///Users/kai/x.dtd" [<!ENTITY h "/Users/kai/L"><!-- kai's --><?p /home/kai?>]><x/>`,
}

// scrubXML learns in, scrubs it, checks that a second scrub changes
// nothing and that the output is well-formed XML.
func scrubXML(t *testing.T, in string) string {
	t.Helper()
	if !xmlWellFormed([]byte(in)) {
		t.Fatalf("test input is not well-formed: %q", in)
	}
	s := newSession(t, Config{})
	if err := s.LearnXML(strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	var once, twice bytes.Buffer
	if err := s.ScrubXML(&once, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if !xmlWellFormed(once.Bytes()) {
		t.Errorf("output is not well-formed:\n%s", once.Bytes())
	}
	if err := s.ScrubXML(&twice, bytes.NewReader(once.Bytes())); err != nil {
		t.Fatal(err)
	}
	if twice.String() != once.String() {
		t.Errorf("not idempotent:\n once  %q\n twice %q", once.Bytes(), twice.Bytes())
	}
	return once.String()
}

func TestScrubXMLEventLog(t *testing.T) {
	out := scrubXML(t, xmlEvent1000)
	mustNotContain(t, "event 1000", out, "kai.okonkwo", "KAI-STUDIO", "3623811015", "lena.b")
	mustKeep(t, "event 1000", out, `<Computer>&lt;host-1&gt;</Computer>`, `\Users\&lt;user-1&gt;\AppData`,
		`<Data Name="TargetUserName">&lt;user-2&gt;</Data>`, `<Security UserID="&lt;`,
		"rekordbox.exe", "6.8.5.0", "ntdll.dll", "c0000374", "00000000000ff6a9", `<Provider Name="Application Error" />`,
		`xmlns="http://schemas.microsoft.com/win/2004/08/events/event"`)
}

func TestScrubXMLWER(t *testing.T) {
	out := scrubXML(t, xmlWER)
	mustNotContain(t, "WER", out, "zoe.k", "zoe@example.org", "A1B2C3D4-E5F6")
	// the reference-encoded path is found and its references kept
	mustKeep(t, "WER", out, `C:&#x5C;Users&#x5C;&lt;user-1&gt;&#x5C;AppData`, `&quot;C:\Users\&lt;user-1&gt;\Desktop&quot;`,
		"studio.exe", "10.0.19045.2.0.0.256.48", "XPS 15 9520", "<MID>&lt;")
}

func TestScrubXMLPlist(t *testing.T) {
	out := scrubXML(t, xmlPlist)
	mustNotContain(t, "plist", out, "C02XK1ZZJGH5", "mbergstrom")
	mustKeep(t, "plist", out, "<key>IOPlatformSerialNumber</key>", "<string>&lt;serial-1&gt;</string>",
		"<string>/Users/&lt;user-1&gt;/Library/Containers</string>", "<key>NSHomeDirectory</key>",
		"MacBookPro18,3", "<string>1.4.2</string>", `"-//Apple//DTD PLIST 1.0//EN"`)
	// as text, the key's name was taken for its value and the serial kept
	text := scrubTwice(t, xmlPlist)
	mustNotContain(t, "plist as text", text, "C02XK1ZZJGH5")
	mustKeep(t, "plist as text", text, "<key>IOPlatformSerialNumber</key>")
}

func TestScrubXMLReferences(t *testing.T) {
	for _, c := range []struct{ in, gone, keep string }{
		{`<msg p="C:&#x5C;Users&#x5C;kai&#x5C;x"/>`, "kai", `C:&#x5C;Users&#x5C;&lt;user-1&gt;&#x5C;x`},
		{`<msg>/home/kai&#47;x</msg>`, "kai", `/home/&lt;user-1&gt;&#47;x`},
		{`<msg>/home&#47;kai&#47;x</msg>`, "kai", `/home&#47;&lt;user-1&gt;&#47;x`},
		{`<msg>C:&#92;Users&#92;kai&#92;x</msg>`, "kai", `&#92;&lt;user-1&gt;&#92;x`},
		{`<msg v="&quot;C:\Users\zoe\x&quot;"/>`, "zoe", `v="&quot;C:\Users\&lt;user-1&gt;\x&quot;"`},
		// the name holds a reference: replaced whole
		{`<msg>C:\Users\O&apos;Connor\x user O&apos;Connor</msg>`, "connor", `C:\Users\&lt;user-1&gt;\x user &lt;user-1&gt;</msg>`},
		{`<msg>mail kai&#64;example.org</msg>`, "example.org", `mail &lt;email-1&gt;</msg>`},
		{`<msg>/Users/kai/x &amp; /Users/kai/y</msg>`, "kai", `/Users/&lt;user-1&gt;/x &amp; /Users/&lt;user-1&gt;/y`},
	} {
		out := scrubXML(t, c.in)
		mustNotContain(t, c.in, out, c.gone)
		mustKeep(t, c.in, out, c.keep)
	}
}

func TestScrubXMLCDATAAndComments(t *testing.T) {
	in := "<log><![CDATA[open C:\\Users\\kai\\x.txt failed ]]]]><![CDATA[>]]><!-- copied from /home/kai/notes --><?note /home/kai/y?></log>"
	out := scrubXML(t, in)
	mustNotContain(t, "cdata", out, "kai")
	// no escaping inside CDATA; "]]>" is only where the input had it
	mustKeep(t, "cdata", out, `<![CDATA[open C:\Users\<user-1>\x.txt failed ]]]]><![CDATA[>]]>`,
		"<!-- copied from /home/&lt;user-1&gt;/notes -->", "<?note /home/&lt;user-1&gt;/y?>")
	if n := strings.Count(out, "]]>"); n != 2 {
		t.Errorf("%d ]]> in %q", n, out)
	}
}

// Names are never replaced, even when they spell a learned user.
func TestScrubXMLKeepsNames(t *testing.T) {
	in := `<event><string event="x">/home/event/a</string><event/></event>`
	out := scrubXML(t, in)
	mustKeep(t, "names", out, `<event><string event="x">/home/&lt;user-1&gt;/a</string><event/></event>`)
}

// A pseudonym already written (escaped) is neither replaced nor learned.
func TestScrubXMLPseudonymsStay(t *testing.T) {
	in := `<msg u="&lt;user-1&gt;">&lt;host-2&gt; C:\Users\&lt;user-1&gt;\x</msg>`
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubXML(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if out.String() != in || len(s.Summary()) != 0 || len(s.Learned()) != 0 {
		t.Errorf("got %q, summary %v, learned %v", out.String(), s.Summary(), s.Learned())
	}
}

// Chunk cuts never split a reference or a delimiter, at any offset: tiny
// chunks (words cut, as in ScrubText) still give well-formed, idempotent
// output; line-sized ones give the output of one chunk.
func TestScrubXMLChunks(t *testing.T) {
	in := strings.Repeat(`<rec a="C:&#x5C;Users&#x5C;kai&#x5C;x"><!-- - x - --><![CDATA[]]]]><![CDATA[>/home/kai/]]>kai&#64;example.org</rec>`+"\n", 40)
	in = "<doc>" + in + "</doc>"
	want := scrubXML(t, in)
	for _, size := range []int{1, 2, 3, 7, 16, 33, 64, 128, 200} {
		s := newSession(t, Config{})
		s.par.chunk, s.par.carry = size, size
		if err := s.LearnXML(strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		var out, again bytes.Buffer
		if err := s.ScrubXML(&out, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if !xmlWellFormed(out.Bytes()) {
			t.Errorf("chunk %d: not well-formed: %q", size, out.Bytes())
		}
		if err := s.ScrubXML(&again, bytes.NewReader(out.Bytes())); err != nil {
			t.Fatal(err)
		}
		if again.String() != out.String() {
			t.Errorf("chunk %d: not idempotent", size)
		}
		if size >= 128 && out.String() != want {
			t.Errorf("chunk %d:\n got  %q\n want %q", size, out.String(), want)
		}
	}
	mustNotContain(t, "chunks", want, "kai")
}

func TestScrubXMLUTF16(t *testing.T) {
	for _, be := range []bool{false, true} {
		in := append([]byte{0xff, 0xfe}, utf16le(xmlEvent1000)...)
		if be {
			in[0], in[1] = 0xfe, 0xff
			for k := 2; k+1 < len(in); k += 2 {
				in[k], in[k+1] = in[k+1], in[k]
			}
		}
		if !IsXML(in) {
			t.Errorf("be=%v: IsXML false", be)
		}
		s := newSession(t, Config{})
		if err := s.LearnXML(bytes.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := s.ScrubXML(&out, bytes.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		d, err := newUTF16Decoder(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		var text bytes.Buffer
		text.ReadFrom(d)
		if d.be != be || !xmlWellFormed(text.Bytes()) {
			t.Errorf("be=%v: got be=%v, well-formed %v", be, d.be, xmlWellFormed(text.Bytes()))
		}
		mustNotContain(t, "utf-16", text.String(), "kai.okonkwo", "KAI-STUDIO")
		mustKeep(t, "utf-16", text.String(), `<Computer>&lt;host-1&gt;</Computer>`)
	}
}

func TestIsXML(t *testing.T) {
	for in, want := range map[string]bool{
		`<?xml version="1.0"?><a/>`:     true,
		"\xef\xbb\xbf\r\n <Event xmlns": true,
		"<plist version=\"1.0\">":       true,
		"<WERReportMetadata>":           true,
		"<!DOCTYPE plist>":              true,
		"<!-- x -->":                    true,
		"<x":                            true,
		"<13>Mar  4 10:01:02 host x":    false,
		"< a>":                          false,
		"<<msg>":                        false,
		"2024-03-04 <msg>":              false,
		"<?xmlfoo":                      false,
		"<a,b>":                         false,
		"":                              false,
		"<":                             false,
		"\xff\xfe<\x00a\x00>\x00":       true,
		"\xfe\xff\x00<\x00a\x00>":       true,
		"\xff\xfeH\x00i\x00":            false,
	} {
		if got := IsXML([]byte(in)); got != want {
			t.Errorf("IsXML(%q) = %v, want %v", in, got, want)
		}
	}
}

// A '<' that starts no tag, in a log that sniffs as XML, leaves the words
// after it to the detectors: only markup that reads as markup is kept.
func TestScrubXMLNotQuiteTags(t *testing.T) {
	s := newSession(t, Config{Identity: Identity{UserNames: []string{"kai.o"}}})
	in := "<log>\n<Warning kai.o logged in from /home/kai.o/x\n<!x kai.o\n<p a=\"1\" kai.o>\n</log>\n"
	var out bytes.Buffer
	if err := s.ScrubXML(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "not quite tags", out.String(), "kai.o")
	mustKeep(t, "not quite tags", out.String(), "<log>\n<Warning &lt;user-1&gt; logged in", "<!x &lt;user-1&gt;", "</log>")
}

// BenchmarkScrubXML scrubs an export of many events (wevtutil qe /f:xml
// writes one event after another).
func BenchmarkScrubXML(b *testing.B) {
	ev := strings.TrimPrefix(xmlEvent1000, `<?xml version="1.0" encoding="utf-8"?>`+"\n")
	in := []byte("<Events>\n" + strings.Repeat(ev, (4<<20)/len(ev)) + "</Events>\n")
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		s, _ := NewSession(Config{})
		if err := s.ScrubXML(io.Discard, bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

// .NET configuration names a setting in one attribute and holds it in the
// next: the name is kept, the value scrubbed as the name says.
func TestScrubXMLNamedValues(t *testing.T) {
	in := `<configuration><appSettings>
  <add key="Password" value="hunter2xyz" />
  <add key="ApiToken" value="abcd1234efgh5678" />
  <add key="LogLevel" value="Debug" />
  <add key="DataDir" value="C:\Users\kai.o\AppData\Roaming\App" />
</appSettings><Property Name="UserName" Value="kai.o"/></configuration>`
	out := scrubXML(t, in)
	mustNotContain(t, "appSettings", out, "hunter2xyz", "abcd1234efgh5678", "kai.o")
	mustKeep(t, "appSettings", out, `key="Password" value="&lt;password-1&gt;"`, `key="ApiToken" value="&lt;`,
		`<add key="LogLevel" value="Debug" />`, `\Users\&lt;user-1&gt;\AppData`, `Name="UserName" Value="&lt;user-1&gt;"`)
	text := scrubTwice(t, in)
	mustNotContain(t, "appSettings as text", text, "hunter2xyz", "abcd1234efgh5678")
	mustKeep(t, "appSettings as text", text, `key="Password"`, `key="LogLevel" value="Debug"`)
}

// The DOCTYPE's literals (entity values, attribute defaults, system and
// public ids) and the comments and processing instructions of its
// internal subset are scrubbed; its names and keywords are kept.
func TestScrubXMLDoctypeSubset(t *testing.T) {
	in := `<?xml version="1.0"?>
<!DOCTYPE x SYSTEM "file:///Users/kai.okonkwo/x.dtd" [
  <!ENTITY home "/Users/kai.okonkwo/Library">
  <!ENTITY mail 'kai@example.org'>
  <!-- built by kai.okonkwo's script, don't edit -->
  <?gen host="/home/kai.okonkwo/gen"?>
  <!ATTLIST x owner CDATA "C:\Users\kai.okonkwo\Desktop">
  <!ENTITY % pe "10.1.2.3">
]>
<x>/Users/kai.okonkwo/y</x>
`
	out := scrubXML(t, in)
	mustNotContain(t, "doctype", out, "kai", "10.1.2.3")
	mustKeep(t, "doctype", out, `<!DOCTYPE x SYSTEM "file:///Users/&lt;user-1&gt;/x.dtd" [`,
		`<!ENTITY home "/Users/&lt;user-1&gt;/Library">`, `<!ENTITY mail '&lt;email-1&gt;'>`,
		`<!ATTLIST x owner CDATA "C:\Users\&lt;user-1&gt;\Desktop">`, `<!ENTITY % pe "&lt;`, "]>\n<x>/Users/&lt;user-1&gt;/y</x>")
	pub := `<!DOCTYPE x PUBLIC "-//kai@example.org//DTD x//EN" "x.dtd"><x/>`
	out = scrubXML(t, pub)
	mustNotContain(t, "doctype public id", out, "kai")
	mustKeep(t, "doctype public id", out, `<!DOCTYPE x PUBLIC "-//(email-1)//DTD x//EN" "x.dtd"><x/>`)
	// cut anywhere, the subset stays well-formed
	for _, size := range []int{1, 2, 3, 7, 16, 33, 64} {
		s := newSession(t, Config{})
		s.par.chunk, s.par.carry = size, size
		if err := s.LearnXML(strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := s.ScrubXML(&out, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if !xmlWellFormed(out.Bytes()) {
			t.Errorf("chunk %d: not well-formed: %q", size, out.Bytes())
		}
	}
	// the plist DOCTYPE is kept as it is
	mustKeep(t, "plist doctype", scrubXML(t, xmlPlist), `<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">`)
}
