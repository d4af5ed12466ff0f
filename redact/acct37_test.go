package redact

import "testing"

// A local or domain account named with the person's full name after
// DOMAIN\ in the middle of a logon log's line kept every word after the
// first: "Authentication failed for user SGLOG\Tran Thi Bich Ngoc from
// 10.0.0.5" gave "<host-1>\<user-1> Thi Bich Ngoc from <ip-1>". The
// name ends where the line goes on with a logon clause's word (from,
// failed, at, on...), every word of it a name's.
func TestAcct37DomainDisplayNameMidLine(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2026-03-02 10:11:12,345 WARN  [auth] Authentication failed for user SGLOG\\Tran Thi Bich Ngoc from 10.0.0.5\n", "Bich Ngoc"},
		{"2026-03-02 10:11:12 ERROR Login attempt for ACCRA-PC\\Kofi Mensah failed: bad password\n", "Mensah"},
		{"INFO RDP session: user CORP\\Zeynep Yılmaz Demir logged on from 10.1.2.3 (session 2)\n", "Yılmaz Demir"},
		{"[adfs] token issued for user LAGOS\\Chukwuemeka Obi at 2026-03-02T10:11:12Z\n", "Chukwuemeka Obi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "Login attempt for CORP\\Enterprise Admins failed\n"+
		"Access granted to STUDIO\\Remote Desktop Users from policy\n"+
		"Loaded Windows\\System32 Kernel Module from disk\n"+
		"HKLM\\Software Microsoft is missing\n"+
		"NT AUTHORITY\\Authenticated Users on this machine\n"+
		"Copied BUILTIN\\Administrators at boot\n")
}
