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

// An IPv4 address after a shell expansion and '/' or '@' is an address,
// not a version ("curl/1.2.3.4", "pkg@1.2.3.4" stay versions).
func TestLeaks30QuadAfterShellExpansion(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"# sync target\nhostname: $HOSTNAME/10.1.2.3\nport: 8443\n", "10.1.2.3"},
		{"[remote]\nuser: $(id -un)@10.1.2.3\nkey: ~/.ssh/id_ed25519\n", "10.1.2.3"},
		{"+ rsync -a ~/Music/ \"${BACKUP_USER}@192.168.1.20:/srv/music/\"\n", "192.168.1.20"},
		{"echo \"pushing to ${NAS_HOST}/172.16.4.21\"\n", "172.16.4.21"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"User-Agent: crashd/1.2.0.4 (Linux)",
		"npm ERR! notarget No matching version found for left-pad@1.2.3.4",
		"Requires: libfoo.so.1 (>= 1.2.3.4)",
		"installed to $PREFIX/lib/crashd",
		"GET /api/v2/items?id=$(id) HTTP/1.1",
		"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0.6099.109",
	} {
		mustKeepTwice(t, keep)
	}
}

// who -a and who -T write a message status ('+', '-', '?') between the
// account and the terminal: the account is still the row's first word.
func TestLeaks30WhoStatusColumn(t *testing.T) {
	const whoA = "$ who -a\n" +
		"           system boot  2024-03-01 09:58\n" +
		"LOGIN      tty1         2024-03-01 09:58              1890 id=tty1\n" +
		"           run-level 5  2024-03-01 09:58\n" +
		"mehmet   + pts/2        2024-03-01 10:02   .          2211 (10.0.0.5)\n" +
		"oluwaseun - tty1         2024-03-01 10:00  old         1890\n" +
		"thandeka ? :0           2024-03-01 10:01   ?          2004 (:0)\n"
	for _, secret := range []string{"mehmet", "oluwaseun", "thandeka"} {
		checkBothPaths(t, whoA, secret)
	}
	checkBothPaths(t, "$ who -T\nwojciech + pts/0        Mar  1 10:02 (192.168.1.14)\n", "wojciech")
	for _, keep := range []string{
		"Output - console 3 lines",
		"Build - tty1 2024-03-01 failed",
		"Serial + ttyS0 at 0x3f8 (irq = 4)",
		"Note ? tty1 needs a getty",
		"stty - tty1 settings",
	} {
		mustKeepTwice(t, keep)
	}
}
