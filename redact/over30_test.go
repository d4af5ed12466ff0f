package redact

import (
	"strings"
	"testing"
)

// A compiler's or a traceback's "token.go:88:14:" is a source file and
// its line, no token key: the position stays, and a real key beside it
// is still read.
func TestOver30SourcePositionNoKey(t *testing.T) {
	for _, keep := range []string{
		"./internal/auth/token.go:88:14: undefined: x",
		"internal/vault/secret.go:12:3: declared and not used: k",
		"pkg/login/password.go:40: missing return",
		"src/net/session.c:120: warning: unused variable 'fd' [-Wunused-variable]",
		"  File \"/srv/app/auth.py\", line 33, in login",
		"crashd/internal/auth.(*Store).Token(...)\n\t/home/build/src/crashd/internal/auth/token.go:88 +0x1a4",
		"Sources/Auth/Session.swift:57: Fatal error: Unexpectedly found nil",
		"panic at src/credentials.rs:201:9",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"./internal/auth/token.go:88:14: undefined: x\nsession token: 9f8e7d6c5b4a39281706f5e4d3c2b1a0\n", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"},
		{"secret.go:12:3: bad\npassword: Kwame!Osei2024\n", "Kwame!Osei2024"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
	}
}

// A shell variable before '@' ("$REMOTE_USER@192.168.1.20:/srv/backup")
// is no account: learned, it replaced the config's key word "remote".
// An account written out there still goes.
func TestOver30ShellVariableAtHost(t *testing.T) {
	for _, keep := range []string{
		"remote = $REMOTE_USER@localhost:/srv/backup\n",
		"rsync -az --delete /data/ $BACKUP_USER@localhost:/srv/backup/\nremote: origin\n",
		"scp build.tar ${DEPLOY_USER}@localhost:/opt/app\n",
	} {
		mustKeepTwice(t, keep)
	}
	in := "remote = $REMOTE_USER@192.168.1.20:/srv/backup\nrsync -az /data/ chidi_o@192.168.1.20:/srv/backup/\n"
	checkAllEncodings(t, in, in, []string{"chidi_o"}, "")
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, in+"/one pass", string(m.b), "chidi_o")
	for _, out := range []string{string(m.b), scrubTwice(t, in)} {
		if !strings.Contains(out, "remote = $REMOTE_USER@") {
			t.Errorf("the variable or the key word went: %q", out)
		}
	}
}

// LaTeX commands in reStructuredText and Markdown ('\\large' between double backquotes,
// "\\usepackage[utf8x]{inputenc}") are no UNC servers: learned as hosts,
// "large" went everywhere. A share's server still goes.
func TestOver30LatexNoUNCHost(t *testing.T) {
	for _, keep := range []string{
		"* #3445: setting ``'inputenc'`` key to ``\\\\usepackage[utf8x]{inputenc}`` leads\n  to failed PDF build\n",
		"* A LaTeX command such as ``\\\\large`` inserted in the title items of\n  latex_documents causes a build error\n",
		"Put \\\\usepackage{amsmath} in the preamble; a large table needs \\\\small{x}.\n",
		"The usepackage option is large enough for several builds.\n",
	} {
		mustKeepTwice(t, keep)
	}
	in := "Use ``\\\\large`` in titles\nmapped Z: to \\\\obi-nas\\music\nLogon Server: \\\\ADAEZE-PC\n"
	checkAllEncodings(t, in, in, []string{"obi-nas", "ADAEZE-PC"}, "")
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, in+"/one pass", string(m.b), "obi-nas", "ADAEZE-PC")
	for _, out := range []string{string(m.b), scrubTwice(t, in)} {
		if !strings.Contains(out, "``\\\\large``") {
			t.Errorf("the LaTeX command went: %q", out)
		}
	}
}

// A ChangeLog's joke author "Anon Ymous" joins to "anonymous", a generic
// account: the name goes, the word stays in the rest of the text.
func TestOver30JoinedGenericName(t *testing.T) {
	in := "2007-01-18 05:29  Anon Ymous <do@not.spam.me>\n\n\t* Add exclude flag.\n\n2007-01-19 09:12  Kwabena Owusu <kwabena.owusu@example.org>\n"
	checkAllEncodings(t, in, in, []string{"Ymous", "Kwabena", "Owusu"}, "")
	later := "vsftpd: anonymous login allowed\nftp> user anonymous\n"
	for _, out := range []string{scrubTwice(t, in+later)} {
		if !strings.Contains(out, later) {
			t.Errorf("the generic account went: %q", out)
		}
	}
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in+later)); err != nil {
		t.Fatal(err)
	}
	if out := string(m.b); !strings.Contains(out, later) || strings.Contains(out, "Owusu") {
		t.Errorf("one pass: %q", out)
	}
}

// Go source's "proxy:  proxyStr," (a struct literal's field and the
// variable it takes) is no proxy host; a proxy machine still goes.
func TestOver30ProxyVariable(t *testing.T) {
	mustKeepTwice(t, "\tproxyStr := \"\"\n\tif cm.proxyURL != nil {\n\t\tproxyStr = cm.proxyURL.String()\n\t}\n\treturn connectMethodKey{\n\t\tproxy:  proxyStr,\n\t\tscheme: cm.targetScheme,\n\t}\n")
	in := "proxy: squid-accra01,\n"
	checkAllEncodings(t, in, in, []string{"squid-accra01"}, "")
}
