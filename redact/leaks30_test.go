package redact

import "testing"

// A local account after Windows' ".\" (this machine) under a user key is
// an account even when its first letter makes "\t", "\n" or "\r" look
// like a JSON escape.
func TestLeaks30DotBackslashAccount(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Log Name:      Security\nUser:          .\\tomasz\nComputer:      STUDIO-PC\n", "tomasz"},
		{"Folder: \\\nTaskName:                             \\Backup Photos\nRun As User:                          .\\ngozi_a\nSchedule Type:                        Daily\n", "ngozi_a"},
		{"SERVICE_NAME: PlexService\n        TYPE               : 10  WIN32_OWN_PROCESS\n        SERVICE_START_NAME : .\\ruth.k\n", "ruth.k"},
		{"        SERVICE_START_NAME : .\\thandiwe.n\n", "thandiwe"},
		{"User Name: .\\rafael_s\nStatus: Running\n", "rafael_s"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"User: .\\tools\\build.cmd",
		`{"msg":"Wrote output to .\nthen exited"}`,
		"line one\\nline two\\tcolumn",
		`{"user":"","msg":"done.\nnext"}`,
		"        SERVICE_START_NAME : LocalSystem\n",
		"        SERVICE_START_NAME : NT AUTHORITY\\LocalService\n",
	} {
		mustKeepTwice(t, keep)
	}
}
