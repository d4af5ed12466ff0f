package redact

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// asciiJSON writes s as an encoder that escapes every character outside
// ASCII does: Python's json.dumps (lower-case hex), .NET's
// System.Text.Json (upper case), a surrogate pair above the BMP.
func asciiJSON(s string, upper bool) string {
	f := "\\u%04x"
	if upper {
		f = "\\u%04X"
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r >= 0x10000:
			r -= 0x10000
			fmt.Fprintf(&b, f+f, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
		default:
			fmt.Fprintf(&b, f, r)
		}
	}
	return b.String()
}

// unescapeJSON decodes what asciiJSON escaped (decodeUEscapes).
func unescapeJSON(s string) string {
	out, _ := decodeUEscapes(nil, nil, []byte(s), 0, len(s))
	return string(out)
}

// Lines that print JSON an encoder escaped outside ASCII: what the
// scrubber finds in them is what it finds in the same lines unescaped,
// the names go in both spellings, and a later plain mention of a name
// learned from the escaped one goes too.
func TestUnicodeEscapedJSONInText(t *testing.T) {
	cases := []struct {
		in      string
		secrets []string // each also checked alone, later, in plain text
	}{
		{`info: Library.Sync[0] {"event":"signin","username":"Łukasz Wiśniewski","device":"DJ-Laptop"}`, []string{"Łukasz", "Wiśniewski"}},
		{`[2026-12-01 10:02:11] INFO payload={"owner": "Дмитрий Иванов", "crate": "Techno"}`, []string{"Дмитрий", "Иванов"}},
		{`DEBUG api response {"account":{"display_name":"张伟","plan":"pro"}}`, []string{"张伟"}},
		{`2026-12-01T10:00:00Z {"Message":"Welcome back, José García","Level":"Information"}`, []string{"José", "García"}},
		// (a first name of three letters is replaced where it stands, not
		// learned: nameParts)
		{`WARN  login {"user":"Zoë Kowalska","result":"expired"}`, []string{"Kowalska", "Zoë Kowalska"}},
		{`INFO {"msg":"Signed in as Björn Ström"}`, []string{"Björn", "Ström"}},
		{`INFO {"msg":"Set saved 🎧 by Søren","user":"søren.k"}`, []string{"Søren", "søren.k"}},
		{`INFO  auth {"user":"Bjørn"}`, []string{"Bjørn"}},
	}
	keep := []string{
		`INFO {"track":"Café del Mar - Énergie","bpm":122}`,
		`INFO {"msg":"Übertragung abgeschlossen","code":0}`,
		`INFO {"title":"Beyoncé - Halo (Ménage Remix).mp3","emoji":"🎧"}`,
		`INFO {"symbol":"Résumé::render(float*)","module":"Mixxx.exe"}`,
	}
	for _, c := range cases {
		for _, upper := range []bool{false, true} {
			esc := asciiJSON(c.in, upper)
			plain := scrubTwice(t, c.in)
			got := scrubTwice(t, esc)
			if dec := unescapeJSON(got); dec != plain {
				t.Errorf("%s:\n escaped, scrubbed, decoded %q\n scrubbed                  %q", esc, dec, plain)
			}
			var secrets []string
			for _, s := range c.secrets {
				secrets = append(secrets, s, asciiJSON(s, upper))
			}
			s := newSession(t, Config{})
			out := s.ScrubString(esc)
			mustNotContain(t, esc, out, secrets...)
			for _, sec := range c.secrets {
				mustNotContain(t, esc+"/later", s.ScrubString("later "+sec+" again"), sec)
			}
			checkBothPaths(t, esc, c.secrets[0])
			// and learned in plain text first, escaped after
			s = newSession(t, Config{})
			s.Learn([]byte(c.in))
			mustNotContain(t, esc+"/learned first", s.ScrubString(esc), secrets...)
		}
	}
	for _, k := range keep {
		for _, upper := range []bool{false, true} {
			mustKeepTwice(t, asciiJSON(k, upper))
		}
	}
	// not an escape of a character outside ASCII: a Windows path's "\u",
	// a lone surrogate, an ASCII escape
	for _, k := range []string{`C:\\users\\public\\ui\\x`, `dir C:\users\u0000`, `{"s":"\ud83d"}`, `{"q":"\u0027x\u0027"}`} {
		mustKeepTwice(t, k)
	}
}

func TestDecodeUEscapes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`Bj\u00f6rn`, "Björn"},
		{`Bj\u00F6RN`, "BjöRN"},
		{`\ud83c\udfa7!`, "🎧!"},
		{`\ud83c x`, `\ud83c x`},               // a lone surrogate stays
		{`a\\u00e9`, `aé`},                     // JSON in a JSON string: "\\u00e9"
		{`a\\\\u00e9\\\\u00e8`, `aéè`},         // and in one more
		{`\\ud83c\\udfa7`, "🎧"},                // a pair, escaped as deep
		{`\\ud83c\udfa7`, `\\ud83c\udfa7`},     // not as deep: no pair
		{`\u0041\u00e9`, `\u0041é`},            // ASCII escapes stay (they may be structure: \u0022)
		{`\u00e`, `\u00e`},                     // too short
		{`x\u00zz`, `x\u00zz`},                 // no hex
		{"\u00e9 ok", "\u00e9 ok"},             // UTF-8 already
		{`\u4e2d\u6587`, "中文"},                 // CJK
		{`\uDBFF\uDFFF`, string(utf8.MaxRune)}, // the last pair
	} {
		got, pos := decodeUEscapes(nil, nil, []byte(c.in), 0, len(c.in))
		if string(got) != c.want {
			t.Errorf("decodeUEscapes(%q) = %q, want %q", c.in, got, c.want)
		}
		if len(pos) != len(got)+1 || int(pos[len(got)]) != len(c.in) {
			t.Errorf("decodeUEscapes(%q): %d positions for %d bytes", c.in, len(pos), len(got))
		}
	}
}

// JSON inside a JSON string: Docker's json-file driver writes an app's
// JSON line as the "log" string, escaping its escapes ("\\u00f6"). The
// name goes there too, and is learned.
func TestDoubleEscapedJSONName(t *testing.T) {
	in := `{"log":"{\"level\":\"info\",\"user\":{\"username\":\"bj\\u00f6rn.s\",\"display_name\":\"Bj\\u00f6rn Str\\u00f6m\"}}\n","stream":"stdout","time":"2026-12-01T10:00:00.000000000Z"}` + "\n"
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	out := s.ScrubString(in)
	mustNotContain(t, "docker", out, `bj\\u00f6rn`, `Bj\\u00f6rn`, `Str\\u00f6m`)
	mustNotContain(t, "docker/later", s.ScrubString("later Björn Ström and björn.s\n"), "Björn", "Ström", "björn.s")
	if again := s.ScrubString(out); again != out {
		t.Errorf("not idempotent:\n once  %q\n twice %q", out, again)
	}
	checkBothPaths(t, in, `Str\\u00f6m`)
}

// A user folder whose name is all escapes: the escape right after a JSON
// separator ("\\\u5f20" is "\\" then "\u5f20") starts the name, and a
// name outside the Basic Multilingual Plane is a surrogate pair.
func TestEscapedUserFolderAfterSeparator(t *testing.T) {
	cases := []struct{ in, later, secret string }{
		{`{"path":"C:\\Users\\\u5f20\u4f1f\\Music\\set.als"}`, "later 张伟 again", `u5f20`},
		{`{"path":"C:\\Users\\\u5f20\ud840\udc0b\\Music"}`, "later 张𠀋 again", `udc0b`},
		{`{"path":"C:\\Users\\Kofi\ud83c\udfa7\\Music"}`, "later Kofi🎧 again", `Kofi`},
		{`{"path":"C:\\Users\\\u0141ukasz\\AppData"}`, "later Łukasz again", `ukasz`},
	}
	for _, c := range cases {
		s := newSession(t, Config{})
		s.Learn([]byte(c.in))
		out := s.ScrubString(c.in)
		mustNotContain(t, c.in, out, c.secret)
		if strings.Contains(out, `\\\<`) {
			t.Errorf("%s: a backslash of the escape stays, the JSON string is broken: %s", c.in, out)
		}
		name := strings.Fields(c.later)[1]
		mustNotContain(t, c.in+"/later", s.ScrubString(c.later), name)
		var m memFile
		if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(c.in+"\n"+c.later+"\n")); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, c.in+"/one pass", string(m.b), c.secret, name)
	}
	for _, keep := range []string{
		`{"path":"C:\\Program Files\\Serato\\u5f20.dll"}`, // (not a user folder)
		`{"re":"\\\\u[0-9a-f]{4}"}`,
		`printf("\\\u00e9")`,
	} {
		mustKeepTwice(t, keep)
	}
}

// XML and HTML character references in a text line: an XML writer whose
// encoding is ASCII writes "Björn" as "Bj&#xF6;rn", HTML as "Bj&ouml;rn".
func TestCharacterReferencesInText(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`settings: <string>/Users/bj&#246;rn/Library/Application Support/Serato</string>`, `bj&#246;rn`},
		{`<p>Profile: C:\Users\Jos&eacute;\AppData\Local\Temp</p>`, `Jos&eacute;`},
		{`sync: display_name=Bj&#xF6;rn Str&#xF6;m plan=pro`, `Str&#xF6;m`},
		{`<div class="banner">Welcome back, Ren&eacute;e Dupr&eacute;!</div>`, `Dupr&eacute;`},
		{`license owner: Fran&ccedil;ois M&uuml;ller`, `M&uuml;ller`},
		{`Signed in as &Aring;sa now`, `&Aring;sa`},
		{`<owner>&#x141;ukasz &#x17B;&#xF3;&#x142;&#x107;</owner>`, `&#x17B;&#xF3;&#x142;&#x107;`},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	s := newSession(t, Config{})
	s.Learn([]byte("settings: <string>/Users/bj&#246;rn/Library</string>\n"))
	mustNotContain(t, "learned", s.ScrubString("later Björn and Bj&ouml;rn again"), "Björn", "Bj&ouml;rn")
	for _, keep := range []string{
		`a &amp; b &#39;x&#39; AT&amp;T &lt;tag&gt; &quot;q&quot;`,
		`Song: Caf&eacute; del Mar &copy; 2024 Serato&reg; Deck&nbsp;1 &#x2603; na&iuml;ve r&eacute;sum&eacute;`,
		`<title>Gr&uuml;&szlig;e aus K&ouml;ln &amp; M&uuml;nchen</title>`,
		`Preset: Cr&egrave;me Br&ucirc;l&eacute;e.fxp`,
		`if (a && b) { x = &y; } &#;`,
	} {
		mustKeepTwice(t, keep)
	}
}

// An account after "Signed in as" in an HTML page's cell or list item
// ends at the closing tag, as at a blank.
func TestAccountBeforeHTMLTag(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`<td class="user">Signed in as Björn</td>`, `Björn`},
		{`<li>Logged in as kofi_m</li>`, `kofi_m`},
		{`<p>Signed in as ngozi.a<br>Plan: Pro</p>`, `ngozi.a`},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{`<li>Logged in as root</li>`, `<p>logged in as admin</p>`, `<b>Logged in as</b> <i>guest</i>`} {
		mustKeepTwice(t, keep)
	}
}
