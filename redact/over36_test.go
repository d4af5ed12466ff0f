package redact

import (
	"strings"
	"testing"
)

// keepOnePass checks that keep comes out of the daemon's one pass
// (ScrubTextRewind) as it went in, as mustKeepTwice does after a learn
// pass.
func keepOnePass(t *testing.T, keep string) {
	t.Helper()
	mustKeepTwice(t, keep)
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(keep)); err != nil {
		t.Fatal(err)
	}
	if string(m.b) != keep {
		t.Errorf("one pass changed:\n in  %q\n out %q", keep, m.b)
	}
}

// gdb's "bt full" and a frame's arguments print a pointer as "0x…" and
// a char pointer's string after it: "owner = 0x0" is a NULL pointer, no
// account (learned, "0x0" went from every register and pointer of the
// report), and in "user=0x7fffffffe3a0 \"kofi.mensah\"" the string is the
// value, which was left as the pointer was replaced. gdb's entry value
// ("sig=sig@entry=6") is no signature.
func TestGdbPointerValues(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"#1  0x0000555555555171 in check_login (user=0x7fffffffe3a0 \"kofi.mensah\", password=0x5555555592a0 \"Adwoa!1994\") at login.c:12\n", "kofi.mensah"},
		{"#1  0x0000555555555171 in check_login (user=0x7fffffffe3a0 \"kofi.mensah\", password=0x5555555592a0 \"Adwoa!1994\") at login.c:12\n", "Adwoa!1994"},
		{"#2  0x000055555555521a in main (user=user@entry=0x7fffffffe3a0 \"ngozi_a\") at main.c:9\n", "ngozi_a"},
		{"        config = {max_sessions = 256, user = 0x555555601230 \"thandiwe.n\", listen_port = 8443}\n", "thandiwe.n"},
		{"        token = 0x5555557f3000 \"ghp_x7Kq2mWv9TzR4bLn8YcE3dFs6HjA1pU5oI0\"\n", "ghp_x7Kq2mWv9TzR4bLn8YcE3dFs6HjA1pU5oI0"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
	}
	checkBothPaths(t, "#1  0x0000555555555171 in check_login (user=0x7fffffffe3a0 \"kofi.mensah\") at login.c:12\n", "kofi.mensah")
	for _, keep := range []string{
		"#3  0x00007ffff7c42476 in __GI_raise (sig=sig@entry=6) at ../sysdeps/posix/raise.c:26\n",
		"#5  0x00005555555a1c3e in session_manager::reap_expired (this=0x5555557e4eb0, now=1733565262113) at src/session/manager.cc:214\n" +
			"        session = 0x5555557f2c10\n        user_count = 3\n        owner = 0x0\n",
		"        config = {max_sessions = 256, idle_timeout_ms = 30000, user = 0x555555601230 \"daemon\", listen_port = 8443}\n",
		"        act = {__sigaction_handler = {sa_handler = 0x20, sa_sigaction = 0x20}, sa_flags = 0, sa_restorer = 0x0}\n" +
			"        owner = 0x0\n        priv = {pad = {0x0, 0x0, 0x0, 0x0}, data = {prev = 0x0, cleanup = 0x0, canceltype = 0}}\n" +
			"rax            0x0                 0\n",
		"#4  0x000055555555a3f0 in auth_check (user=0x0, session=0x7ffff0001b20) at auth.c:77\n",
	} {
		keepOnePass(t, keep)
	}
	// a key's value that is longer than a pointer stays a secret
	checkEncodingsOnePass(t, "private_key=0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n",
		"4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
}

// .NET's stack trace names a source file and ":line 42" (in the
// system's language: "Zeile", "ligne"); a project's "Users" folder
// holding UserService.cs is no home folder, and SessionStore.cs's
// ":line" no session token.
func TestDotnetStackTraceSources(t *testing.T) {
	for _, keep := range []string{
		"   at Contoso.Sessions.SessionStore.Touch(Guid sessionId) in D:\\a\\1\\s\\src\\Contoso.Sessions\\SessionStore.cs:line 142\n",
		"   at App.Auth.TokenCache.Get() in /src/App/Auth/TokenCache.cs:line 42\n",
		"   bei App.Security.PasswordHasher.Hash(String input) in C:\\src\\App\\PasswordHasher.cs:Zeile 9\n",
		"   à App.Security.PasswordHasher.Hash(String input) dans C:\\src\\App\\PasswordHasher.cs:ligne 9\n",
		"   at App.Users.UserService.Find(String name) in C:\\src\\App\\Users\\UserService.cs:line 42\n",
		"   at App.Users.UserService.Find(String name) in /home/runner/work/app/src/App/Users/UserService.cs:line 42\n",
		"internal/users/Users/handler.go:88: unexpected EOF\n",
		"00\\Users", "src\\App\\Users\\",
	} {
		keepOnePass(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Copied D:\\Backup\\Users\\Kwabena Owusu\\Desktop\\notes.txt\n", "Kwabena"},
		{"   at App.Main() in C:\\Users\\ngozi_a\\source\\repos\\App\\Program.cs:line 12\n", "ngozi_a"},
		{"Restored /Volumes/Backup/Users/zoe.k/Music/set.als\n", "zoe.k"},
		{"   at Tool.Run() in C:\\Windows.old\\Users\\wanjiru\\Tool.cs:line 3\n", "wanjiru"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// ioreg's USB device "sessionID" is a kernel count of when it attached;
// IOConsoleUsers' user names under it stay scrubbed.
func TestIoregSessionID(t *testing.T) {
	keepOnePass(t, "    | |   {\n    | |     \"sessionID\" = 1032718493218\n    | |     \"USB Product Name\" = \"DDJ-FLX4\"\n    | |   }\n")
	keepOnePass(t, "    | |   \"IOConsoleUsers\" = ({\"kCGSSessionIDKey\"=257,\"kSCSecuritySessionID\"=100006,\"kCGSSessionUserIDKey\"=501})\n")
	in := "    | |   \"IOConsoleUsers\" = ({\"kCGSSessionIDKey\"=257,\"kCGSSessionUserNameKey\"=\"kofi\",\"kCGSessionLongUserNameKey\"=\"Kofi Mensah\",\"kCGSSessionUserIDKey\"=501})\n"
	checkBothPaths(t, in, "kofi")
	checkBothPaths(t, in, "Mensah")
	// an app's setting (defaults read) and a web session stay secrets
	checkEncodingsOnePass(t, "{\n    \"sessionID\" = 8814420067731;\n}\n", "8814420067731")
	checkEncodingsOnePass(t, "GET /api/v1/feed?sessionID=8814420067731 HTTP/1.1\n", "8814420067731")
	checkEncodingsOnePass(t, "sessionID = 8814420067731\n", "8814420067731")
}

// WinDbg's !analyze names a version in a KEY_VALUES_STRING row ("Key  :
// WER.Process.Version" over "Value: 3.6.4.0"), no address; its
// FAILURE_ID_HASH is the bucket's, the same on every machine.
func TestWindbgAnalyzeVersionAndHash(t *testing.T) {
	for _, keep := range []string{
		"KEY_VALUES_STRING: 1\n\n    Key  : WER.Process.Version\n    Value: 3.6.4.0\n\n    Key  : Analysis.Version.Ext\n    Value: 1.2408.27.1\n",
		"    Key  : WER.Process.Version\r\n    Value: 10.0.4.2\r\n",
		"FAILURE_BUCKET_ID:  NULL_POINTER_READ_c0000005_audioengine.dll!AudioEngine::Session::process\n\nFAILURE_ID_HASH:  {3d5a9c0e-1b2f-4a6e-8c7d-9e0f1a2b3c4d}\n",
	} {
		keepOnePass(t, keep)
	}
	// an address in a row that names none stays an address
	checkEncodingsOnePass(t, "    Key  : Failure.Bucket\n    Value: 10.42.7.19\n", "10.42.7.19")
	checkEncodingsOnePass(t, "    Key  : WER.Process.Version\n    Value: 3.6.4.0\nconnected to 10.42.7.19\n", "10.42.7.19")
}

// A traceback quotes the code of a call passing a variable of the same
// name ("password=password)"): no password; a URL's or a config's value
// stays one.
func TestKeywordArgumentSelf(t *testing.T) {
	for _, keep := range []string{
		"  File \"/opt/app/accounts/views.py\", line 88, in login_view\n    user = authenticate(request, username=username, password=password)\n",
		"    conn = psycopg2.connect(host=host, user=user, password=password, dbname=dbname)\n",
		"    db = MySQLdb.connect(host=host, passwd=passwd)\n",
	} {
		keepOnePass(t, keep)
	}
	checkEncodingsOnePass(t, "GET /login?user=abena&password=Kumasi2024 HTTP/1.1\n", "Kumasi2024")
	checkEncodingsOnePass(t, "    conn = psycopg2.connect(host=host, password=Kumasi2024)\n", "Kumasi2024")
	checkEncodingsOnePass(t, "    conn = psycopg2.connect(host=host, password=password1)\n", "password1")
}

// lldb's "image list" names each binary by its build UUID and load
// address, which symbolication needs: no machine's id.
func TestLldbImageListUUIDs(t *testing.T) {
	keepOnePass(t, "(lldb) image list\n[  0] 5D2C4B1E-8F3A-3D2B-9C1E-7A6F5E4D3C2B 0x0000000100000000 /Applications/Renderer.app/Contents/MacOS/Renderer\n"+
		"[  1] 0E1D2C3B-4A59-3687-A5B4-C3D2E1F0A9B8 0x0000000189e08000 /usr/lib/dyld\n[ 12] 9A8B7C6D-5E4F-3A2B-1C0D-9E8F7A6B5C4D 0x000000018a150000 /usr/lib/system/libsystem_kernel.dylib\n")
	// a UUID elsewhere on such a line, or after no index, stays an id
	checkEncodingsOnePass(t, "Hardware UUID: 5D2C4B1E-8F3A-3D2B-9C1E-7A6F5E4D3C2B 0x0000000100000000\n", "5D2C4B1E-8F3A-3D2B-9C1E-7A6F5E4D3C2B")
	checkEncodingsOnePass(t, "note [  0] 5D2C4B1E-8F3A-3D2B-9C1E-7A6F5E4D3C2B 0x0000000100000000\n", "5D2C4B1E-8F3A-3D2B-9C1E-7A6F5E4D3C2B")
}
