package redact

import (
	"fmt"
	"strings"
	"testing"
)

// Leak: Discord's gateway logs "READY user=ngozi.dj#0 id=4839…": the
// name went, the account's id after it (a bare "id", which says nothing
// alone) stayed. An "id" right after a user key's pair is now the
// account's id; an "id" after other pairs stays.
func TestUserPairID(t *testing.T) {
	in := "[2026-12-04 19:00:03.789] [info] [Gateway] READY user=ngozi.dj#0 id=483920174856392704 sessionId=8f3c2a1b9d7e6f5a4b3c2d1e0f9a8b7c\n"
	checkAllEncodings(t, "discord", in, []string{"483920174856392704", "ngozi"}, "")
	mustKeep(t, "discord", scrubTwice(t, in), "user=<user-1> id=<uid-1> ")
	mustKeepTwice(t, "track=Lagos id=12 mode=a\nmixer deck=2 id=7 gain=0.5\nuser= id=3\n")
}

// Leak: OBS's YouTube chat dock logs "Logged in as olamidebeats
// (UCx7fQ…)": the channel id in the parentheses, the account's id on
// YouTube, stayed where the display name would have gone.
func TestSignedInChannelID(t *testing.T) {
	in := "11:42:10.002: [YouTube Chat] Logged in as olamidebeats (UCx7fQ9kP2mN3bV8cZ1yW4tA)\n"
	checkAllEncodings(t, "youtube", in, []string{"olamidebeats", "UCx7fQ9kP2mN3bV8cZ1yW4tA"}, "")
	mustKeep(t, "youtube", scrubTwice(t, in), "Logged in as <user-1> (<user-2>)")
}

// Leak: Get-LocalUser piped to Select-Object ("Name FullName Enabled")
// kept the second account and both full names: only the default header
// ("Name Enabled Description") was read as the accounts' table. A header
// of the accounts' properties is one now: the Name column's accounts and
// the FullName column's names go; the built-in accounts stay.
func TestLocalUserSelectedColumns(t *testing.T) {
	in := "PS C:\\Users\\x> Get-LocalUser | Select Name,FullName,Enabled\r\n" +
		"Name               FullName         Enabled\r\n" +
		"----               --------         -------\r\n" +
		"Administrator                         False\r\n" +
		"Lungile            Lungile Dlamini     True\r\n" +
		"Sipho              Sipho Nkosi         True\r\n" +
		"WDAGUtilityAccount                    False\r\n\r\n"
	checkAllEncodings(t, "localuser", in, []string{"Lungile", "Sipho", "Dlamini", "Nkosi"}, "")
	mustKeep(t, "localuser", scrubTwice(t, in), "Administrator                         False", "WDAGUtilityAccount", "Name               FullName         Enabled")
	// a table of other things with a Name column stays
	mustKeepTwice(t, "Name               Status   StartType\r\n----               ------   ---------\r\nAudiosrv           Running  Automatic\r\n\r\n")
}

// Leak: a process table named a second person's account that no path or
// key taught ("chipo" running vim, in ps aux, top and lsof). The USER
// (or ps -ef's UID) column of a header of process columns is read now:
// a person's account goes everywhere; root's, daemons' (messagebus,
// systemd+ as ps cuts systemd-resolve, macOS's _windowserver) and
// numeric ones stay.
func TestProcessTableUsers(t *testing.T) {
	in := "$ ps aux\nUSER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n" +
		"root           1  0.0  0.1 167740 11984 ?        Ss   Dec03   0:04 /sbin/init splash\n" +
		"messagebus   812  0.0  0.0   9876  5120 ?        Ss   Dec03   0:01 @dbus-daemon --system\n" +
		"systemd+     640  0.0  0.1  25536 13312 ?        Ss   Dec03   0:00 /lib/systemd/systemd-resolved\n" +
		"chipo       5012  0.5  0.3 812344 51200 pts/1    S+   21:10   0:00 vim notes.txt\n\n" +
		"$ top -b -n 1\n    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n" +
		"   4821 tendai    20   0 3859124 689412 120340 S  12.3   4.2   3:11.02 mixxx\n\n" +
		"$ lsof -i :6600\nCOMMAND  PID   USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\nmpd     3344 farai    8u  IPv4  41234      0t0  TCP *:6600 (LISTEN)\n\n" +
		"$ ps -ef\nUID          PID    PPID  C STIME TTY          TIME CMD\nrutendo     7001    6990  0 21:20 pts/2    00:00:00 bash\n\n" +
		"% ps aux\nUSER               PID  %CPU %MEM      VSZ    RSS   TT  STAT STARTED      TIME COMMAND\n" +
		"_windowserver      164   3.1  0.9 413451520 152432   ??  Ss   Thu09AM  90:12.50 WindowServer\n" +
		"nyasha            1203   1.0  1.1 412312064 180224   ??  S    Thu09AM   5:01.00 /Applications/rekordbox 7/rekordbox.app\n"
	checkAllEncodings(t, "ps", in, []string{"chipo", "tendai", "farai", "rutendo", "nyasha"}, "later chipo")
	mustKeep(t, "ps", scrubTwice(t, in), "root           1", "messagebus   812", "systemd+     640", "_windowserver      164")
	// a header that is no process table, and prose, stay
	mustKeepTwice(t, "USER PID mismatch for session\nUSER  Name   Date\nkofi  x      y\n\nThe USER column lists PIDs.\n")
}

// Leak: query session (qwinsta) listed a second person signed in over
// RDP ("rdp-tcp#3  Bheki  2  Active"): only quser's "USERNAME
// SESSIONNAME" header was read. Its USERNAME column is read now; the
// services session's blank one and the column's header stay.
func TestQuerySessionUsers(t *testing.T) {
	in := "PS C:\\> query session\r\n SESSIONNAME       USERNAME                 ID  STATE   TYPE        DEVICE\r\n" +
		" services                                    0  Disc\r\n>console           Nomvula                   1  Active\r\n" +
		" rdp-tcp#3         Bheki                     2  Active\r\n rdp-tcp                                 65536  Listen\r\n"
	checkAllEncodings(t, "qwinsta", in, []string{"Nomvula", "Bheki"}, "later Bheki")
	mustKeep(t, "qwinsta", scrubTwice(t, in), " SESSIONNAME       USERNAME                 ID  STATE", " services                                    0  Disc")
}

// Leak and over-scrubbing: polkit's "(owner=unix-user:naledi)" taught
// "unix" as an account (every "pam_unix" and "unix-session" lost it) and
// kept "naledi"; "authenticated as unix-user:naledi" kept it too. The
// account is what follows the prefix now.
func TestPolkitUnixUser(t *testing.T) {
	in := "Dec  4 21:09:00 studio polkitd[801]: Operator of unix-session:4 successfully authenticated as unix-user:naledi to gain " +
		"TEMPORARY authorization for action org.freedesktop.udisks2.filesystem-mount (owner=unix-user:naledi)\n" +
		"Dec  4 21:09:01 studio sshd[2211]: pam_unix(sshd:session): session closed\n"
	checkAllEncodings(t, "polkit", in, []string{"naledi"}, "later naledi")
	out := scrubTwice(t, in)
	mustKeep(t, "polkit", out, "Operator of unix-session:4", "as unix-user:<user-1> to gain", "(owner=unix-user:<user-1>)", "pam_unix(sshd:session)")
}

// Leak: sshd's "Accepted publickey for kagiso … ssh2: ED25519
// SHA256:3q2+…" kept the fingerprint of the user's key (published with
// the account on code hosts, it names the person) unless ssh-add's
// listing taught it. It goes where sshd names the key a user signed in
// with; a host key's fingerprint stays.
func TestSshdAcceptedKeyFingerprint(t *testing.T) {
	fp := "3q2+7w9VxkYtQ0m1bF5cR8nL2pZ6hJ4sD0aE7uI9oKc"
	in := "Dec  4 21:02:11 studio sshd[2211]: Accepted publickey for kagiso from 192.168.1.44 port 50122 ssh2: ED25519 SHA256:" + fp + "\n"
	checkAllEncodings(t, "sshd", in, []string{fp, "kagiso"}, "")
	mustKeepTwice(t, "debug1: Server host key: ssh-ed25519 SHA256:"+fp+"\n")
}

// Leak: "Signed in as kwesi (ID: 99812)" replaced the account but kept
// its number at the service in the parentheses after it.
func TestSignedInParenID(t *testing.T) {
	in := "2026-12-04 21:14:08 Sync: Signed in as kwesi_dj (ID: 998120) ok\nlogged in as ama.o (id 4418820)\n"
	checkAllEncodings(t, "parenid", in, []string{"kwesi_dj", "998120", "ama.o", "4418820"}, "")
	mustKeep(t, "parenid", scrubTwice(t, in), "(ID: <uid-1>) ok")
	mustKeepTwice(t, "logged in as guest (id 12)\n")
}

// Leak: smbstatus's table of connections named the account (and its
// group) of a person connected to the machine's shares; its Username
// column, under the rule of dashes, is read now.
func TestSmbstatusUsers(t *testing.T) {
	in := "$ sudo smbstatus -b\nSamba version 4.19.5-Ubuntu\n" +
		"PID     Username     Group        Machine                                   Protocol Version  Encryption           Signing\n" +
		"----------------------------------------------------------------------------------------------------------------------------------------\n" +
		"3140    lindiwe      lindiwe      192.168.1.77 (ipv4:192.168.1.77:50544)    SMB3_11           -                    partial(AES-128-GMAC)\n" +
		"3188    nobody       nogroup      192.168.1.80 (ipv4:192.168.1.80:50600)    SMB3_11           -                    -\n\n"
	checkAllEncodings(t, "smbstatus", in, []string{"lindiwe"}, "later lindiwe")
	mustKeep(t, "smbstatus", scrubTwice(t, in), "3188    nobody       nogroup", "PID     Username     Group        Machine")
}

// Leak: Android's users as pm list users and dumpsys user print them,
// "UserInfo{10:Ada:410}": a name of one word stayed (two words went as a
// full name). The name field is a person's now; Android's own ("Owner",
// "Guest", a work profile) stay.
func TestAndroidUserInfo(t *testing.T) {
	in := "$ adb shell pm list users\nUsers:\n\tUserInfo{0:Owner:c13} running\n\tUserInfo{10:Ada:410} running\n" +
		"\tUserInfo{11:Kelechi Nwosu:410}\n\tUserInfo{12:Work profile:1030} running\n"
	checkAllEncodings(t, "userinfo", in, []string{"Ada", "Kelechi", "Nwosu"}, "later Ada")
	mustKeep(t, "userinfo", scrubTwice(t, in), "UserInfo{0:Owner:c13} running", "UserInfo{10:<user-1>:410} running", "UserInfo{12:Work profile:1030}")
}

// Leak: a terminal's "$ users" and "$ git config user.name" printed the
// accounts signed in and the person's name on the next line, which
// stayed (whoami's, hostname's were read). Their output lines are read
// now; a daemon's account stays, and a command that sets the name is no
// output.
func TestUsersAndGitNameOutput(t *testing.T) {
	in := "$ users\nsipho lerato root\n$ git config user.name\nNandi Mthembu\n$ git config --global user.name\nAma Owusu\n"
	checkAllEncodings(t, "users", in, []string{"sipho", "lerato", "Nandi", "Mthembu", "Owusu"}, "")
	mustKeep(t, "users", scrubTwice(t, in), " root\n$ git config user.name\n<user-")
	mustKeepTwice(t, "$ git config\nusage: git config [<options>]\n$ git config user.name\n\n$ git config core.editor\nNano Editor\n")
}

// Leak: a support message's third person after a verb of passing it on
// ("Please forward this to Kwame Mensah in sales", "I replied to Ama
// Owusu.") stayed. Two or more capitalised words there, ending the
// sentence or before "in", "from", "at"…, are a person's now; a program
// or a team before other words stays.
func TestPassedToName(t *testing.T) {
	in := "Hi support, please forward this to Kwame Mensah in sales.\nI replied to Ama Owusu.\nPass it on to Yaw Darko, thanks.\n"
	checkAllEncodings(t, "passedto", in, []string{"Kwame", "Mensah", "Ama Owusu", "Darko"}, "")
	mustKeepTwice(t, "I sent it to Native Instruments support.\nSend logs to Apple.\nSwitched to Serato DJ Pro 3.1.\n"+
		"Welcome to Native Access.\nTalk to Customer Support about it.\nforwarded to port 8080\n")
}

// Leak: "Thanks to Ngozi Okafor for the repro" and "on behalf of Adaeze
// Nwosu" kept the third person. ("According to" is left: standards and
// documents follow it more often than people.)
func TestThanksToName(t *testing.T) {
	in := "Thanks to Ngozi Okafor for the repro steps.\nTicket raised on behalf of Adaeze Nwosu.\n"
	checkAllEncodings(t, "thanksto", in, []string{"Ngozi", "Okafor", "Adaeze", "Nwosu"}, "")
	mustKeepTwice(t, "Thanks to you all.\nThanks to the update, it works.\nAccording to the docs it should.\n"+
		"On behalf of the team.\nthe list of Recent Files.\nbehave according to GNU Standards.\nThanks to GNU Standards.\n")
}

// Over-scrubbing: Python source in a report ("return {'username':
// config.get(server, 'username'),") taught "config.get(server" as an
// account, replaced wherever the code was quoted again. A value that
// starts with a method's call is code, no name; an account there still
// goes.
func TestCodeCallNoAccount(t *testing.T) {
	mustKeepTwice(t, "                return {'username': config.get(server, 'username'),\n"+
		"                        'realm': config.get(server, 'realm')}\nrepository = config.get(server, 'repository')\n")
	checkAllEncodings(t, "dict", "return {'username': 'kofi.mensah', 'n': 1}\n", []string{"kofi.mensah"}, "")
}

// Over-scrubbing on harmless text (release notes, source code, a
// listing of an FTP server): "GDB's Ada parser" and "GCC's C front end"
// taught "gdb" and "gcc" as people, "fullname = filename" taught
// "filename", and ls -l's "ftp" owner taught "ftp". A program's
// initials before a thing in title case, a variable's name and the
// accounts services run as are no names; a person's still goes.
func TestAcronymsAndServiceAccountsNoNames(t *testing.T) {
	mustKeepTwice(t, "* GDB's Ada parser now supports an extension\nGCC's C front end\n    fullname = filename\n"+
		"GDB's MIPS target configurations\nthis does not influence GnuTLS's API/ABI\n"+
		"d-wxrwxr-x   2 ftp      wheel        1024 Sep  5 13:43 incoming\nthe gdb and gcc and ftp and filename\n")
	checkAllEncodings(t, "owner", "Crate: YAW'S SET\nfullname = kofi.m\n-rw-r--r--   1 ama staff 12 Sep 5 x\nJANA's crate\nDeShawn's Set\n", []string{"YAW", "kofi.m", "ama", "JANA", "DeShawn"}, "")
}

// An account under a compound key whose last part is "User" or "Login"
// (an app's settings: "LastUser=", "StreamingUser=", "BeatportLogin=",
// "sc_user=", in text, JSON, a plist and a settings element), but not a
// kind of user, a count or an event ("PowerUser", "MaxUser",
// "LastLogin"), nor code ("pd.user = events", "_EVFILT_USER = 0x8").
func TestCompoundUserKeys(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"[General]\nLastUser=obi_dj\nSkin=Pro-Dark\n", "obi_dj"},
		{"StreamingUser=djchidi_ng\n", "djchidi"},
		{"SoundCloudUser=djkofi_gh\n", "djkofi"},
		{"BeatportLogin=tolu_b\n", "tolu_b"},
		{"sc_user=zola_dj\n", "zola_dj"},
		{"lastUser = tavita.l\n", "tavita"},
		{`<plist><dict><key>StreamingUser</key><string>kofi_dj</string></dict></plist>` + "\n", "kofi_dj"},
		{`<Entry Name="LastUser" Type="3" Value="nkechi_mx">` + "\n", "nkechi"},
		{`{"prefs":{"lastUser":"lerato_dj"}}` + "\n", "lerato"},
	} {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "later "+c.secret+" again")
	}
	for _, keep := range []string{"MaxUser=5\n", "PowerUser=Advanced\n", "multiUser=on\n", "DefaultUser=Administrator\n",
		"LastLogin=2024-01-02 10:11:12\n", "last_login=Tue May 2\n", "allowGuestUser=true\n",
		"\tpd.user = events\n", "\t_EVFILT_USER  = 0x8\n", "\tEVFILT_USER  = C.EVFILT_USER\n", "\tpd.User = uint32(ridx)<<16\n", "ownerUser = owner(x)\n",
		"  * usr.lib.dovecot.script-login: don't include non-existent local override file\n"} {
		mustKeepTwice(t, keep)
	}
}

// sysadminctl names the account by its full name: "Secure token is
// ENABLED for user Kofi Mensah"; the name ends the line or the sentence,
// and every word of it is a name's ("for user Input Method" is none).
func TestForUserFullName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"2024-03-01 10:00:01.123 sysadminctl[1234:5678] Secure token is ENABLED for user Kofi Mensah\n", "Mensah"},
		{"Secure token is DISABLED for user Ama Owusu.\nlater Ama again\n", "Owusu"},
	} {
		checkAllEncodings(t, c.in, c.in, []string{c.secret}, "later "+c.secret+" again")
	}
	for _, keep := range []string{"waiting for user Input Method\n", "help for user Interface Builder here\n", "for user Input\n"} {
		mustKeepTwice(t, keep)
	}
}

// Leak: a process table's rows were read at most 256 (ps aux lists
// hundreds of processes): a person's account on the 300th row went out as
// it was. A header with one account column reads all its rows; one
// naming more (ps -o user,uid,pid), read once from each, still 256.
func TestProcessTableLong(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("$ ps aux\nUSER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n")
	for k := 0; k < 400; k++ {
		user := "root"
		if k == 300 {
			user = "chipo"
		}
		fmt.Fprintf(&sb, "%-8s    %4d  0.5  0.3 812344 51200 pts/1    S+   21:10   0:00 /usr/lib/some/daemon --flag\n", user, 1000+k)
	}
	out := scrubTwice(t, sb.String())
	mustNotContain(t, "ps aux, 400 rows", out, "chipo")
	mustKeep(t, "ps aux, 400 rows", out, "root        1399")
}
