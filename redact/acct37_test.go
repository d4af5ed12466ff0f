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

// Samba's authentication log writes the domain and the account each in
// brackets, "user [SGLOG]\[kofi.m]", "mapped to [SGLOG]\[Tran Thi Bich
// Ngoc].": both went out whole.
func TestAcct37SambaAuthLog(t *testing.T) {
	const head = "[2026/03/02 10:11:12.345678,  2] ../../auth/auth_log.c:635(log_authentication_event_human_readable)\n"
	for _, c := range []struct{ in, secret string }{
		{head + "  Auth: [SMB2,(null)] user [SGLOG]\\[kofi.m] at [Mon, 02 Mar 2026 10:11:12.345678 UTC] with [NTLMv2] status [NT_STATUS_OK] workstation [WS01] remote host [ipv4:10.0.0.5:50122] became [SGLOG]\\[kofi.m] [S-1-5-21-3623811015-3361044348-30300820-1104]. local host [ipv4:10.0.0.1:445] NETLOGON computer [WS01] trust account [WS01$]\n", "kofi.m"},
		{head + "  Auth: [SMB2,(null)] user [SGLOG]\\[Tran Thi Bich Ngoc] at [Mon, 02 Mar 2026 10:11:12.345678 UTC] with [NTLMv2] status [NT_STATUS_WRONG_PASSWORD] workstation [WS01] remote host [ipv4:10.0.0.5:50122] mapped to [SGLOG]\\[Tran Thi Bich Ngoc]. local host [ipv4:10.0.0.1:445]\n", "Bich Ngoc"},
		{head + "  Successful AuthZ: [SMB2,ntlmssp] user [ACCRA-FS]\\[ngozi_a] [S-1-5-21-1004336348-1177238915-682003330-1001] at [Mon, 02 Mar 2026 10:11:12.345678 UTC] Remote host [ipv4:192.168.1.20:50311] local host [ipv4:192.168.1.2:445]\n", "ngozi_a"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	mustKeepTwice(t, "  Auth: [SMB2,(null)] user []\\[] at [Mon, 02 Mar 2026 10:11:12.345678 UTC] with [NTLMv2] status [NT_STATUS_NO_SUCH_USER] workstation [WS01] remote host [ipv4:<ip-1>:50122] mapped to []\\[].\n"+
		"  Auth: [SMB2,(null)] user [WORKGROUP]\\[Administrator] at [Mon, 02 Mar 2026 10:11:12.345678 UTC] with [NTLMv2] status [NT_STATUS_WRONG_PASSWORD]\n"+
		"  Auth: [SMB2,(null)] user [WORKGROUP]\\[WS01$] at [Mon, 02 Mar 2026 10:11:12.345678 UTC]\n"+
		"  Successful AuthZ: [SMB2,anonymous] user [NT AUTHORITY]\\[ANONYMOUS LOGON] [S-1-5-7] at [Mon, 02 Mar 2026 10:11:12.345678 UTC]\n"+
		"grep -E '[0-9]\\[a-z]' file.txt\n"+
		"arr[i]\\[j] = 0\n")
}

// A German name learned in its ASCII digraph spelling ("juergen.mueller",
// "Schroeder") left its spelling without the e: "Muller", "jurgen",
// "schroder" went out, as they do not when the umlaut was learned.
func TestAcct37UmlautDigraphContracted(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"user=juergen.mueller\n[library] crate \"Muller Warmup\" has 42 tracks\n", "Muller"},
		{"user=juergen.mueller\n[library] crate \"jurgen warmup\" has 42 tracks\n", "jurgen"},
		{"Benutzer: Gerhard Schroeder\n[library] crate \"Schroder Warmup\" has 42 tracks\n", "Schroder"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	// names whose vowels are their own teach no contracted spelling
	s, _ := NewSession(Config{})
	s.Learn([]byte("user=samuel.osei\nuser=manuel.garcia\nuser=michael.ofori\nuser=joel.mensah\nuser=miguel.rodriguez\nuser=chloe.k\nuser=raquel.s\n"))
	keep := "SAML login ok; saml assertion; Manul; michl; Jol; Migl; Rodrigz; chlo; Raql\n"
	if out := s.ScrubString(keep); out != keep {
		t.Errorf("changed: %q", out)
	}
	mustKeepTwice(t, "Muller-Lyer illusion; schroder; the Jurgen parser\n")
}
