package redact

import "testing"

// A GitHub App's account ("dependabot[bot]") and the dependency and CI
// bots that author commits are no person: git log's "Author:" keeps
// them whole (before: "Author: <user-1>] <49699333+<user-1>]@…>", the
// value cut at its ']' and learned). A person's name there still goes.
func TestHunt40BotAuthors(t *testing.T) {
	for _, keep := range []string{
		"commit 5e3b0d2f9c8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a\nAuthor: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\nDate:   Sun Dec 6 08:00:00 2026 +0000\n",
		"Author: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>\n",
		"user: renovate[bot]\n",
		`{"author":{"login":"dependabot[bot]","type":"Bot"}}`,
		"Author: Dependabot\n",
		"user.name=github-actions\n",
		"user.name=\n",
		"Registered Owner:          Windows User\nRegistered Organization:   N/A\n",
		"             Machine name: (unknown)\n",
	} {
		keepOnePass(t, keep)
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Author: Kofi Mensah <12345678+kmensah@users.noreply.github.com>\n", "Kofi Mensah"},
		{"Author: kmensah\n", "kmensah"},
		{"user.name=Kofi Mensah\n", "Mensah"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		mustNotContain(t, c.in, scrubTextTwice(t, c.in), c.secret)
	}
}

// ssh -v names the login it offers: "debug1: Authenticating to
// nas.boateng.home:22 as 'kboateng'" (VS Code's Remote-SSH log holds the
// whole of it); Steam's and Windows' "Logged on as kofi_m". The forge's
// "git" stays.
func TestHunt40SSHLoginAndLoggedOn(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"debug1: Authenticating to nas.boateng.home:22 as 'kboateng'\n", "kboateng"},
		{"[08:01:10.300] > debug1: Authenticating to 192.168.1.50:2222 as 'akua'\n", "akua"},
		{"debug1: Authenticating to homelab:22 as 'yaw.b'\n", "yaw.b"},
		{"[2026-12-07 08:01:13] Logged on as kofi_m (76561198083722517)\n", "kofi_m"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		mustNotContain(t, c.in, scrubTextTwice(t, c.in), c.secret)
	}
	for _, keep := range []string{
		"debug1: Authenticating to github.com:22 as 'git'\n",
		"debug1: Authenticating to nas:22 as 'root'\n",
		"User logged on as administrator\n",
		"Logged on as guest\n",
		"the session is authenticating to the server as usual\n",
		"Convert to 16:9 as 'widescreen'\n",
	} {
		keepOnePass(t, keep)
		mustKeepTwice(t, keep)
	}
}

// VS Code's Remote-SSH authority names the ssh host after "ssh-remote+",
// in its logs and in a folder's URI; a host with capitals is written as
// the hex of {"hostName":"…"}. Before, the host stayed (its name found
// no other detector), and "ssh-remote+kofi@10.0.0.5" learned
// "ssh-remote+kofi" as the account, which took "remote" from every line.
func TestHunt40VSCodeRemoteSSH(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"[08:01:10.127] SSH Resolver called for \"ssh-remote+kofi-homelab\", attempt 1\n", "kofi-homelab"},
		{"2026-12-07 08:01:10.123 [info] Resolving ssh remote authority 'ssh-remote+mensah-srv' (attempt #1)\n", "mensah-srv"},
		{"opening vscode-remote://ssh-remote+yaa-box/home/ubuntu/app\n", "yaa-box"},
		{"[08:01:10.127] SSH Resolver called for \"ssh-remote+7b22686f73744e616d65223a224b6f66692d5043227d\", attempt 1\n", "7b22686f73744e616d65223a224b6f66692d5043227d"},
		{"[08:01:10.127] SSH Resolver called for \"ssh-remote+192.168.1.50\", attempt 1\n", "192.168.1.50"},
		{"[08:01:10.127] SSH Resolver called for \"ssh-remote+kofi@192.168.1.50\", attempt 1\n", "kofi"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		mustNotContain(t, c.in, scrubTextTwice(t, c.in), c.secret)
	}
	// the hex's host and its plain name are one pseudonym
	out := scrubTextTwice(t, "SSH Resolver called for \"ssh-remote+7b22686f73744e616d65223a224b6f66692d5043227d\"\nssh.exe -T -D 50123 \"Kofi-PC\" bash\n")
	mustNotContain(t, "hex host", out, "Kofi-PC", "7b22")
	mustKeep(t, "hex host", out, "ssh-remote+<host-1>\"", "\"<host-1>\" bash")
	// the account before '@' goes, "remote" is no name
	out = scrubTextTwice(t, "SSH Resolver called for \"ssh-remote+kofi@192.168.1.50\"\nRemote-SSH: remote server is listening\n")
	mustKeep(t, "remote", out, "ssh-remote+<user-1>@", "Remote-SSH: remote server is listening")
	for _, keep := range []string{
		"[08:01:10.127] SSH Resolver called for \"ssh-remote+localhost\", attempt 1\n",
		"\"remoteAuthority\": \"wsl+Ubuntu-22.04\"\n",
		"extension ms-vscode-remote.remote-ssh-0.115.1 activated\n",
		"ssh-remote+ is the prefix\n",
	} {
		keepOnePass(t, keep)
		mustKeepTwice(t, keep)
	}
}

// Occasions in more of the shapes a crate, a calendar or a project
// names its people in: Norwegian's "Bursdag Ola" ("Ola" was refused as a
// greeting), a title in title case ("Wedding Of Priya And Raj"), a
// file's or a playlist's name all in lower case, and a day in words
// before the person ("Sat 9 Mar Amaka 30th Birthday"). Before, each
// stayed whole.
func TestHunt40OccasionShapes(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"BEGIN:VEVENT\nSUMMARY:Bursdag Ola\nDTSTART;VALUE=DATE:20261209\nEND:VEVENT\n", "Ola"},
		{"Bursdag Ola.mp4\n", "Ola"},
		{"Crates/Wedding Of Priya And Raj.crate\n", "Priya"},
		{"Loading crate: /Users/dj/Music/_Serato_/Subcrates/Wedding Of Priya And Raj.crate\n", "Raj"},
		{"C:\\Music\\Crates\\Engagement Of Ama And Kojo.crate\n", "Kojo"},
		{"Wedding Of Priya Nair And Arjun Menon.mp4\n", "Nair"},
		{"Crates/wedding of priya and raj.crate\n", "priya"},
		{"playlist: wedding of priya and raj\n", "raj"},
		{"Sat 9 Mar Amaka 30th Birthday\n", "Amaka"},
		{"9 March 2025 Amaka 30th Birthday\n", "Amaka"},
		{"Mar 9 Amaka's Birthday\n", "Amaka"},
		{"Crates/Sat 9 Mar Amaka 30th Birthday.crate\n", "Amaka"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		mustNotContain(t, c.in, scrubTextTwice(t, c.in), c.secret)
	}
	for _, keep := range []string{
		"SUMMARY:Bursdag Feier\n",
		"Crates/Wedding Of The Year And More.crate\n",
		"Wedding Of The Century\n",
		"Crates/wedding of friends and family.crate\n",
		"the wedding of priya and raj was lovely\n",
		"Sat 9 Mar Happy 30th Birthday\n",
		"Mar 9 Mar Birthday\n",
		"Mon 3 Jun Team Birthday Lunch\n",
		"playlist: wedding of the year\n",
		"A man of war and peace\n",
	} {
		keepOnePass(t, keep)
		mustKeepTwice(t, keep)
	}
}
