package redact

import "testing"

// A log line that prints a JSON object it was handed as a string (a
// Sentry breadcrumb's message, an Electron app's logger, Docker's "log"
// field copied into a report) escapes its quotes: {\"user\":\"…\"}. The
// keys in it name what their values hold as they do unescaped; the ':'
// between \" and \" is no drive's "C:\".
func TestEscapedJSONInText(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`[info] sentry breadcrumb: {"message":"{\"user\":{\"id\":\"u_8842931\",\"username\":\"ngozi_a\",\"email\":\"ngozi.adaeze@yahoo.com\"}}"}` + "\n", "ngozi_a"},
		{`2026-12-06 21:14:03 [renderer] login ok {\"userName\":\"thandiwe.nkosi\",\"plan\":\"pro\"}` + "\n", "thandiwe.nkosi"},
		{`{"log":"auth: {\"login\":\"mateusz_k\",\"result\":\"ok\"}\n","stream":"stdout"}` + "\n", "mateusz_k"},
		{`extra={\"user\":{\"name\":\"Oluwaseun Adeyemi\"}}` + "\n", "Adeyemi"},
		{`payload: {\"hostname\":\"wanjiru-thinkpad\",\"os\":\"linux\"}` + "\n", "wanjiru"},
		{`msg="{\"account\":\"zeynep.yilmaz\"}"` + "\n", "zeynep"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		`{\"level\":\"info\",\"msg\":\"Signed in\",\"component\":\"auth\",\"version\":\"1.2.3\",\"module\":\"libfoo.so\"}` + "\n",
		`{\"user\":\"root\",\"username\":\"admin\",\"name\":\"Serato DJ Pro\"}` + "\n",
		`{\"name\":\"libc.so.6\",\"path\":\"/usr/lib/libc.so.6\",\"device\":\"Scarlett 2i2 USB\",\"host\":\"localhost\"}` + "\n",
		`{\"hostname\":\"localhost\",\"user\":\"SYSTEM\",\"userAgent\":\"Mozilla/5.0\"}` + "\n",
		`cd "C:\"` + "\n",
		`copy C:\"Program Files\" D:\` + "\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Chat clients write the account they signed in with as its handle, '@'
// and all: Slack's "logged in as @fatima.z", Discord's, Twitch's.
func TestSignedInAsHandle(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026/12/06 21:14:08.123 info: [TEAM] logged in as @fatima.z in workspace T0123ABCD\n", "fatima.z"},
		{"[12/6/2026, 9:14:07 PM] [info] Signed in as @kofi_beats (Twitch)\n", "kofi_beats"},
		{"[RPC] Connected to Discord as @yusuf.demir\n", "yusuf.demir"},
		{"Signed in as @nguyenthilinh\n", "nguyenthilinh"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"logged in as @admin\n",
		"connected to output as @fallback\n",
		"Signed in as @everyone\n",
		"logged in as @me\n",
	} {
		mustKeepTwice(t, keep)
	}
}
