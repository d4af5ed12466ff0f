package redact

import "testing"

// #9: account names in common output forms
func TestAccountOutputForms(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"ls -l owner", "Segmentation fault\n-rw-r--r-- 1 tmokoena staff 4096 Dec 1 a.txt\n", []string{"tmokoena"}},
		{"ls -l dir", "drwxr-xr-x@  12 tmokoena  staff   384 Dec  1 10:00 Music\n", []string{"tmokoena"}},
		{"steam user", "Segmentation fault\nSteam user: Thandi_DJ\n", []string{"Thandi_DJ"}},
		{"vdf unquoted key", "loginusers.vdf: AccountName \"kjaerstad_dj\"\n", []string{"kjaerstad_dj"}},
		{"vdf", "\"users\"\n{\n\t\"76561198000000000\"\n\t{\n\t\t\"AccountName\"\t\t\"kjaerstad_dj\"\n\t\t\"PersonaName\"\t\t\"Kjaer DJ\"\n\t}\n}\n", []string{"kjaerstad_dj", "Kjaer DJ"}},
		{"pipewire", "Segmentation fault\n\t\tapplication.process.user = \"tmokoena\"\n\t\tapplication.process.host = \"MOKOENA-STUDIO\"\n", []string{"tmokoena", "MOKOENA-STUDIO"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "later: "+c.secrets[0]+" opened a.txt")
		scrubTwice(t, c.in)
	}
	out := scrubTwice(t, "-rw-r--r-- 1 tmokoena staff 4096 Dec 1 a.txt\n-rw-r--r-- 1 root wheel 10 Dec 1 b\nlrwxrwxrwx 1 1000 1000 4 x\n"+
		"-rwxr-xr-x 2 www-data www-data 5 c\n")
	mustKeep(t, "ls", out, "root wheel", "1000 1000", "staff 4096", "www-data www-data")
	mustNotContain(t, "ls", out, "tmokoena")
	// no mode, no owner
	in := "-verbose 1 tmokoena staff\n--------- 1 x\n-rw-r--r-- x tmokoena\nAccountName: none\n\"AccountName\"\n\"Name\"\t\t\"Serato DJ Pro\"\n" +
		"\t\tapplication.name = \"Serato DJ Pro\"\n\t\tapplication.process.binary = \"serato\"\n"
	mustKeep(t, "neighbours", scrubTwice(t, in), "-verbose 1 tmokoena staff", "-rw-r--r-- x tmokoena", "Serato DJ Pro", `"serato"`)
}

// #10: person names in name fields
func TestPersonNameFields(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"git config", "Segmentation fault\ngit config --global user.name \"Thandiwe Mokoena\"\n", []string{"Thandiwe", "Mokoena"}},
		{"signed-off-by", "Segmentation fault\nSigned-off-by: Thandiwe Mokoena\n", []string{"Thandiwe", "Mokoena"}},
		{"reviewed-by", "Reviewed-by: Thandiwe Mokoena <tm@example.org>\n", []string{"Thandiwe", "Mokoena", "tm@example.org"}},
		{"acked-by", "Acked-by: Thandiwe Mokoena\n", []string{"Thandiwe", "Mokoena"}},
		{"reported-by", "Reported-by: Thandiwe Mokoena\n", []string{"Thandiwe", "Mokoena"}},
		{"licensed to", "Segmentation fault\nLicensed to Thandiwe Mokoena (Pro)\n", []string{"Thandiwe", "Mokoena"}},
		{"json user in text", "Segmentation fault\n{\"user\":{\"name\":\"Thandiwe Mokoena\"}}\n", []string{"Thandiwe", "Mokoena"}},
		{"json user spaced", "event: {\"user\": {\"name\": \"Thandiwe Mokoena\", \"id\": 3}}\n", []string{"Thandiwe", "Mokoena"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "later: Thandiwe Mokoena opened a.txt")
		scrubTwice(t, c.in)
	}
	in := "{\"app\":{\"name\":\"Serato DJ Pro\"}}\n{\"superuser\":{\"name\":\"Serato\"}}\ngit config core.name \"Serato DJ\"\n" +
		"Name: Serato DJ Pro\nuser.name \"Serato DJ\"\n"
	mustKeep(t, "neighbours", scrubTwice(t, in), `"name":"Serato DJ Pro"`, `"name":"Serato"`, `core.name "Serato DJ"`, "Name: Serato DJ Pro", `user.name "Serato DJ"`)
}

// #5: credential options of common CLIs (#4: after ';' too)
func TestCLICredentials(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"zsh history mysql", "Segmentation fault\n: 1701450030:0;mysql -u djadmin -pHunter2Sw0rdfish -h db\n", []string{"djadmin", "Hunter2Sw0rdfish"}},
		{"after ; curl", "Segmentation fault\necho hi;curl -u tmokoena:Fjord!Pass99 https://x\n", []string{"tmokoena", "Fjord!Pass99"}},
		{"docker login", "docker login -u tmokoena -p dckr_pat_AbCdEfGhIjKlMnOpQrStUvWx\n", []string{"tmokoena", "dckr_pat_AbCdEfGhIjKlMnOpQrStUvWx"}},
		{"smbclient", "smbclient //nas/music -U tmokoena%Ubuntu2026!\n", []string{"tmokoena", "Ubuntu2026!"}},
		{"net use after", "Segmentation fault\nnet use Z: \\\\nas\\music /user:HOME\\tmokoena P@ssw0rd2026\n", []string{"tmokoena", "P@ssw0rd2026"}},
		{"net use before", "net use Z: \\\\nas\\music P@ssw0rd2026 /user:HOME\\tmokoena /persistent:yes\n", []string{"tmokoena", "P@ssw0rd2026"}},
		{"net use upn", "net use \\\\nas\\music /u:tmokoena@home P@ssw0rd2026\n", []string{"tmokoena", "P@ssw0rd2026"}},
		{"sshpass", "sshpass -p Hunter2x ssh a@b\n", []string{"Hunter2x"}},
		{"psql url", "psql postgresql://tmokoena:Secr3tPw@db.local/x\n", []string{"Secr3tPw"}},
		{"mount -o", "mount -o username=tmokoena,password=Secr3tPw //nas/x /mnt\n", []string{"tmokoena", "Secr3tPw"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "")
		scrubTwice(t, c.in)
	}
	in := "net use Z: /delete\nnet use \\\\nas\\music * /user:HOME\\root\nnet use Z: \\\\nas\\music /persistent:yes\ncopy /y:x a b\nrobocopy a b /user:x\n"
	mustKeep(t, "neighbours", scrubTwice(t, in), "Z: /delete", `* /user:HOME\root`, "/persistent:yes", "copy /y:x a b", "robocopy a b /user:x")
}

// #6: streaming keys
func TestStreamKeys(t *testing.T) {
	key := "live_123456789_AbCdEfGhIjKlMnOpQrStUvWxYz0123"
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"twitch rtmp", "Segmentation fault\nrtmp://live.twitch.tv/app/" + key + "\n", []string{key, "AbCdEfGhIjKlMnOpQrStUvWxYz0123"}},
		{"twitch key phrase", "Segmentation fault\nTwitch key " + key + "\n", []string{key, "AbCdEfGhIjKlMnOpQrStUvWxYz0123"}},
		{"obs json", `{"key":"x","server":"rtmp://live-fra.twitch.tv/app"} stream ` + key + "\n", []string{"AbCdEfGhIjKlMnOpQrStUvWxYz0123"}},
		{"youtube", "Output: rtmp://a.rtmp.youtube.com/live2/abcd-efgh-ijkl-mnop-qrst\n", []string{"abcd-efgh-ijkl-mnop-qrst"}},
		{"rtmps", "rtmps://live-api-s.facebook.com:443/rtmp/FB-1234567890123456-0-AbCdEfGhIjKl\n", []string{"FB-1234567890123456-0-AbCdEfGhIjKl"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "")
		scrubTwice(t, c.in)
	}
	in := "rtmp://live.twitch.tv/app\nrtmp://localhost/live/stream\nrtmp://x.tv/app/short_key\nlive_reload_enabled_for_all_the_things_here\n" +
		"live_123_short live_2024_configuration_manager_v2_settings_x https://x.tv/app/abcdefghijklmnopqrstuv\n"
	mustKeep(t, "neighbours", scrubTwice(t, in), "twitch.tv/app\n", "live/stream", "app/short_key", "live_reload_enabled_for_all_the_things_here",
		"live_123_short", "live_2024_configuration_manager_v2_settings_x", "app/abcdefghijklmnopqrstuv")
}

// #18: nmcli's Wi-Fi network names
func TestNmcliSSID(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"device status", "Segmentation fault\nwlp0s20f3: connected to MokoenaFamily_5G\n", []string{"MokoenaFamily_5G"}},
		{"indented, blank", "  wlan0: connected to Mokoena Family\n\n", []string{"Mokoena Family"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "later "+c.secrets[0]+" lost")
		scrubTwice(t, c.in)
	}
	// the terse form needs its heading (the command line) a few lines
	// before: text only (a UTF-16 string in a binary is one line)
	terse := "$ nmcli -t -f active,ssid dev wifi\nyes:MokoenaFamily_5G\nno:Neighbour Net\n"
	mustNotContain(t, "terse", scrubTwice(t, terse), "MokoenaFamily_5G", "Neighbour Net")
	mustNotContain(t, "terse/json", scrubJSONMessage(t, terse), "MokoenaFamily_5G", "Neighbour Net")
	in := "enp3s0: connected to Wired connection 1\nlo: connected (externally) to lo\ndocker0: connected to docker0\n" +
		"client connected to server\nerror: connected to nothing much here\nyes:ok\nno:thanks\n"
	mustKeep(t, "neighbours", scrubTwice(t, in), "Wired connection 1", "to lo", "to docker0", "connected to server", "yes:ok", "no:thanks")
}

// #7: user@IPv4, user@MACHINE-NAME and ssh public key comments
func TestBareUserAtHost(t *testing.T) {
	key := "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1 "
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"ipv4", "Segmentation fault\nthandiwe@81.2.69.160\n", []string{"thandiwe", "81.2.69.160"}},
		{"ipv4 mid-line", "rsync to thandiwe@81.2.69.160, retrying\n", []string{"thandiwe", "81.2.69.160"}},
		{"windows name", "Segmentation fault\ntmokoena@MOKOENA-STUDIO\n", []string{"tmokoena", "MOKOENA-STUDIO"}},
		{"ssh key comment", "Segmentation fault\n" + key + "thandiwe@MOKOENA-STUDIO\n", []string{"thandiwe", "MOKOENA-STUDIO"}},
		{"ssh key comment lower", "authorized_keys: " + key + "thandiwe@studio\n", []string{"thandiwe", "studio"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "later: "+c.secrets[0]+" again")
		scrubTwice(t, c.in)
	}
	in := "git@github.com:o/r.git user@1000.service lodash@4.17.21 nginx@sha256:abc memcpy@plt Object@1b6d3586 " +
		"@scope/pkg@1.2.3 memcpy@GLIBC_2.2.5 x@ABC-DEF_1 foo@1.2.3.4.5 1000@10.0.0.1 pkg@1.2.3.4 " + key + "\npkg@studio\nkai@MINGW\n"
	mustKeep(t, "neighbours", scrubTwice(t, in), "git@github.com", "user@1000.service", "lodash@4.17.21", "nginx@sha256:abc", "memcpy@plt",
		"Object@1b6d3586", "@scope/pkg@1.2.3", "memcpy@GLIBC_2.2.5", "x@ABC-DEF_1", "foo@1.2.3.4.5", "1000@", "pkg@1.2.3.4", "pkg@studio", "kai@MINGW")
}

// #8: Windows DOMAIN\account
func TestDomainAccountForms(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"bare line", "Segmentation fault\nMOKOENA-STUDIO\\tmokoena\n", []string{"MOKOENA-STUDIO", "tmokoena"}},
		{"account name", "Subject:\n\tAccount Name:\t\tMOKOENA-STUDIO\\tmokoena\n", []string{"MOKOENA-STUDIO", "tmokoena"}},
		{"user key n", "User: CONTOSO\\nina.k\n", []string{"nina.k"}},
		{"user key r", "Owner: KAI-PC\\robert\n", []string{"robert", "KAI-PC"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "")
		scrubTwice(t, c.in)
	}
	// lower case after a whoami line (text: a UTF-16 string in a binary is one line)
	whoami := "PS C:\\> whoami\nmokoena-studio\\tmokoena\n"
	mustNotContain(t, "whoami", scrubTwice(t, whoami), "mokoena-studio", "tmokoena")
	mustNotContain(t, "whoami/json", scrubJSONMessage(t, whoami), "mokoena-studio", "tmokoena")
	in := "C:\\Users\\x .\\file \\\\server\\share HKLM\\Software NT AUTHORITY\\SYSTEM\nHKLM\\Software\nSYSTEM\\CurrentControlSet\n" +
		"BUILTIN\\Administrators\nsrc\\main\nFOO\\bar.c\nDEBUG\\app.exe\nMOKOENA-STUDIO\\x\\y\n{\"msg\":\"User: kai\\nprocess started\"}\n"
	out := scrubTwice(t, in)
	mustKeep(t, "neighbours", out, "C:\\Users\\x", ".\\file", "HKLM\\Software\n", "SYSTEM\\CurrentControlSet", "BUILTIN\\Administrators",
		"src\\main", "FOO\\bar.c", "DEBUG\\app.exe", "\\nprocess started")
}
