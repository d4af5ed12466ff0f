package redact

import (
	"strings"
	"testing"
)

// A program's variable under a user key is no account: a Go or JS
// object literal quoted by a build log or an error's code frame
// ("switchProtocolCopier{user: conn, backend: backConn}"), a field path
// ("user: req.user"). Learned, "conn" went from every stack frame
// ("net.(*conn).Read"). An account under the key, with a dot or in
// braces, still goes.
func TestVariableUnderUserKey(t *testing.T) {
	for _, keep := range []string{
		"net/http/httputil/reverseproxy.go:730:\tspc := switchProtocolCopier{user: conn, backend: backConn}\n" +
			"goroutine 41 [IO wait]:\nnet.(*conn).Read(0xc000012345, {0xc0001a2000, 0x1000, 0x1000})\n",
		"/srv/app/routes/auth.js:42\n    const session = { user: req.user, expires: Date.now() + ttl };\n" +
			"TypeError: Cannot read properties of undefined (reading 'user')\n",
		"  40 |   return db.query(sql, { user: this.user, schema });\n",
		"./internal/auth/login.go:88:14: cannot use ctx.User (variable of type string) as User value\n" +
			"\tuser: ctx.User,\n",
		"pool.connect({ user: currentUser, host: dbHost }) failed\n",
		"dial failed: {user: conn}\n",
		"230 Login successful.\nftpd: user: anonymous\nanonymous access granted\n",
		"login=opts.login retries=3\n",
		"connection reset by peer (conn=0xc000012345)\nconn closed\n",
		"\t// backend conn has reached EOF so propogate close write to user conn\n\tbackConn.CloseWrite()\nnet.(*conn).Write(0xc000012345)\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"user: kofi_m\n", "kofi_m"},
		{"{user: kofi_m, host: studio}\n", "kofi_m"},
		{"user: kofi.m\n", "kofi.m"},
		{"ctx={user: zoe.k}\n", "zoe.k"},
		{"auth ok: user: j.nowak, method: publickey\n", "j.nowak"},
		{`{"user":"ngozi_a","conn":"tcp"}` + "\n", "ngozi_a"},
		{"&{user:thabo_n host:127.0.0.1}\n", "thabo_n"},
		{"pool.connect({ user: currentUser, host: adjoa-laptop })\n", "adjoa"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	if out := scrubTwice(t, "user: kofi_m\nconn reset\n"); !strings.Contains(out, "conn reset") {
		t.Errorf("lost conn: %q", out)
	}
}

// A program's or a library's possessive in a manual or a change log
// ("Nettle's RSA signing functions", "Guile's M4 macros", "Tcl's
// Encoding Map") is no person's: learned, the program's name went from
// every line of the report. A person's possessive before a thing still
// goes.
func TestProgramPossessiveNoOwner(t *testing.T) {
	for _, keep := range []string{
		"    Nettle's RSA signing, encryption and decryption functions still\n    use nettle_rsa_compute_root\n",
		"    maint: Include Guile's M4 macros.\n    * m4/guile.m4: New file\n",
		"more flexible than Tcl's Encoding Map and far more user-friendly,\n",
		"libgnutls: Nettle's AES-GCM is used when available (nettle 3.9.1)\n",
		"Python's GIL is held by thread 0x7f3a (python3.12)\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Opened Kwabena's Pioneer DDJ-400 mapping\n", "Kwabena"},
		{"Loaded Thandiwe's Rekordbox Library\n", "Thandiwe"},
		{"Syncing Nguyen's MacBook Pro\n", "Nguyen"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// A service's host name (a caching proxy, a mirror: "cache.corp.example
// .com:1234") keeps its whole name replaced, but its first label is no
// machine's name: learned, "cache" went from "cache miss" on every line.
// Nor is Windows' "\\system32" a share's server. A machine's first label
// ("kofi-pc.corp.example.com") is still learned.
func TestServiceLabelNotLearned(t *testing.T) {
	in := "HTTPS_PROXY=http://cache.ad.owusu-audio.com:3128\nproxyconnect tcp: dial tcp cache.ad.owusu-audio.com:3128: i/o timeout\nhttp: cache miss for key 9f2c\n"
	out := scrubTwice(t, in)
	mustNotContain(t, in, out, "owusu")
	if !strings.Contains(out, "http: cache miss") {
		t.Errorf("lost cache: %q", out)
	}
	// Go's proxy tests, as a build log quotes them
	in = "\t{env: \"cache.corp.example.com:1234\", want: \"http://cache.corp.example.com:1234\"},\nhttp: cache miss for key 9f2c\n"
	if out := scrubTwice(t, in); !strings.Contains(out, "http: cache miss") {
		t.Errorf("lost cache: %q", out)
	}
	for _, keep := range []string{
		"dir = Getenv(\"SystemRoot\") + \"\\\\system32\"\n",
		"mirror sync done\nregistry update ok\n",
	} {
		mustKeepTwice(t, keep)
	}
	checkBothPaths(t, "Proxy: http://kofi-pc.corp.example.com:3128\nkofi-pc up 3 days\n", "kofi-pc")
}
