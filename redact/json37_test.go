package redact

import "testing"

// A DOMAIN\account inside a JSON string that a text log holds (a
// service's JSON Lines, an app's structured log line) has its backslash
// escaped: "SGLOG\\kofi.m" went out whole where "SGLOG\kofi.m" did not.
func TestJSONEscapedDomainAccount(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`{"ts":"2026-12-07T10:02:11Z","level":"warn","msg":"Authentication failed for user SGLOG\\kofi.m from 10.0.0.5"}` + "\n", "kofi.m"},
		{`{"time":"2026-12-07 10:02:11","msg":"Logon for CORP\\ama.owusu succeeded","src":"winlogon"}` + "\n", "ama.owusu"},
		{`2026-12-07 10:02:11 INFO sync {"event":"login","account":"ACCRA-PC\\yaw.boateng"}` + "\n", "yaw.boateng"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		`{"msg":"Opening NT AUTHORITY\\SYSTEM token"}`,
		`{"path":"C:\\Program Files\\WindowsApps\\Serato.exe"}`,
		`{"hive":"HKLM\\SOFTWARE\\Serato"}`,
		`{"device":"PCI\\VEN_8086&DEV_A370"}`,
	} {
		mustKeepTwice(t, keep)
	}
}
