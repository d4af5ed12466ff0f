package redact

import "testing"

// Credentials on command lines: after a shell's separators too (zsh
// history, "a;b"), docker/podman login, smbclient's user%password.
func TestCommandLineCredentials(t *testing.T) {
	cases := []struct {
		in      string
		secrets []string
		keep    []string
	}{
		{": 1701450030:0;mysql -u djadmin -pHunter2Sw0rdfish -h db\n", []string{"Hunter2Sw0rdfish", "djadmin"}, []string{"mysql -u <user-", " -h db"}},
		{"echo hi;curl -u tmokoena:Fjord!Pass99 https://x\n", []string{"tmokoena", "Fjord!Pass99"}, []string{"echo hi;curl -u "}},
		{"$(sshpass -p S3cr3tPass ssh x)\n", []string{"S3cr3tPass"}, []string{"sshpass -p "}},
		{"docker login -u tmokoena -p dckr_pat_AbCdEfGhIjKlMnOpQrStUvWx registry.example.com\n", []string{"tmokoena", "dckr_pat_AbCdEfGhIjKlMnOpQrStUvWx"}, []string{"docker login -u <user-"}},
		{"smbclient //nas/music -U tmokoena%Ubuntu2026!\n", []string{"tmokoena", "Ubuntu2026!"}, []string{"smbclient //nas/music -U <user-"}},
		{"smbclient //nas/music -U HOME\\tmokoena%Ubuntu2026!\n", []string{"tmokoena", "Ubuntu2026!"}, nil},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, c.secrets, "")
		out := scrubTwice(t, c.in)
		mustKeep(t, c.in, out, c.keep...)
	}
	// not credentials: other commands' -p and -u
	for _, in := range []string{"ls -p x\n", "mkdir -p /tmp/a;cp -u a b\n", "ps -u 1000\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}

// id(1): the account in parentheses after the uid is learned; system
// accounts stay.
func TestIDAccount(t *testing.T) {
	in := "uid=1000(tmokoena) gid=1000(tmokoena) groups=1000(tmokoena),27(sudo),29(audio)\n"
	checkAllEncodings(t, "id", in, []string{"tmokoena"}, "owner tmokoena")
	mustKeep(t, "id", scrubTwice(t, in), "uid=1000(<user-", "27(sudo),29(audio)")
	for _, keep := range []string{"uid=0(root) gid=0(root)\n", "uid=33(www-data) gid=33(www-data)\n"} {
		mustKeepTwice(t, keep)
	}
}

// Account and licensee phrases with no ':' after them.
func TestAccountPhrases(t *testing.T) {
	checkAllEncodings(t, "logged", "Logged in as tmokoena\n", []string{"tmokoena"}, "home of tmokoena")
	checkAllEncodings(t, "signed", "sync: signed in as kai.okonkwo, 3 devices\n", []string{"kai.okonkwo"}, "")
	checkAllEncodings(t, "licensed", "Licensed to Thandiwe Mokoena (Pro)\n", []string{"Thandiwe", "Mokoena"}, "hi Thandiwe")
	checkAllEncodings(t, "registered", "Registered to Kai Okonkwo\n", []string{"Okonkwo"}, "")
	for _, keep := range []string{"logged in as root\n", "Licensed to the Apache Software Foundation (ASF)\n", "sent to Main Output\n", "treat as Error\n"} {
		mustKeepTwice(t, keep)
	}
}
