package redact

import (
	"strings"
	"testing"
)

// A service's account in sc qc's and Win32_Service's output, and a
// DOMAIN\account after an event's "Logon:" or "Security ID:" with one
// blank (Get-WinEvent | Format-List), stayed whole: "SERVICE_START_NAME
// : ACMEGH\kofi", "StartName : ACMEGH\kofi", "Logon: ACMEGH\kofi".
func TestSys29DomainAccountAfterKey(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"[SC] QueryServiceConfig SUCCESS\n\nSERVICE_NAME: BackupAgent\n        TYPE               : 10  WIN32_OWN_PROCESS\n" +
			"        START_TYPE         : 2   AUTO_START\n        BINARY_PATH_NAME   : \"C:\\Program Files\\Backup\\agent.exe\"\n" +
			"        DISPLAY_NAME       : Backup Agent\n        SERVICE_START_NAME : ACCRAFM\\kofi.mensah\n", "kofi"},
		{"SERVICE_START_NAME : NAIJATECH\\adaeze.okafor\n", "adaeze"},
		{"SERVICE_START_NAME : ACCRAFM\\kwabena\n", "ACCRAFM"},
		{"SERVICE_START_NAME : .\\kwame.o\n", "kwame"},
		{"Name      : BackupAgent\nStartName : HANOILAB\\nguyen.thi\nState     : Running\n", "nguyen"},
		{"Name      : BackupAgent\nStartName : HANOILAB\\nguyen.thi\nState     : Running\n", "HANOILAB"},
		{"Remote Desktop Services: Session logon succeeded:\n\nLogon: KAMPALA\\okello.j\nSession ID: 2\n", "okello"},
		{"Account For Which Logon Failed: Logon: ACCRAFM\\kofi\n", "kofi"},
		{"<Principals>\n  <Principal id=\"Author\">\n    <UserId>ACCRAFM\\efua.asante</UserId>\n    <LogonType>InteractiveToken</LogonType>\n", "efua"},
		{"{\"TaskName\":\"Backup\",\"UserId\":\"LAGOSDEV\\\\chidi.eze\"}\n", "chidi"},
		{"Message      : Special privileges assigned to new logon.\n\n               Subject:\n               Security ID: WARSZAWA\\kasia.nowak\n", "kasia"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"SERVICE_START_NAME : LocalSystem\n",
		"SERVICE_START_NAME : NT AUTHORITY\\LocalService\n",
		"StartName : NT AUTHORITY\\NetworkService\n",
		"Security ID: NT AUTHORITY\\SYSTEM\n",
		"Logon: NT SERVICE\\TrustedInstaller\n",
		"Logon: Window Manager\\DWM-1\n",
		"Security ID: NULL SID\n",
		"<Principal id=\"LocalSystem\">\n  <UserId>S-1-5-18</UserId>\n  <RunLevel>HighestAvailable</RunLevel>\n",
		"<UserId>NT AUTHORITY\\SYSTEM</UserId>\n",
		"userId=PCI\\VEN_8086\n",
		"Logon Type: 3\nLogon: success\n",
		"Restart: SOFTWARE\\Microsoft\\Windows\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Windows' own principals under "Run As User" (schtasks /query /v) or a
// service's account were learned as people: "Run As User: INTERACTIVE"
// went, and with it every later "INTERACTIVE" and "Administrators".
func TestSys29WellKnownPrincipals(t *testing.T) {
	for _, keep := range []string{
		"TaskName:                             \\Microsoft\\Windows\\Defrag\\ScheduledDefrag\nRun As User:                          INTERACTIVE\nLogon Mode:                           Interactive only\n",
		"Run As User:                          Administrators\nMembers of Administrators can run it\n",
		"Run As User:                          LOCAL SERVICE\n",
		"Run As User:                          NETWORK SERVICE\n",
		"User: LocalSystem\nservice runs as LocalSystem\n",
		"Account Name: ANONYMOUS LOGON\n",
	} {
		mustKeepTwice(t, keep)
	}
	out := scrubTwice(t, "Run As User:                          INTERACTIVE\nRun As User:                          ACCRAFM\\yaw.boateng\n")
	mustNotContain(t, "run as", out, "yaw", "boateng")
}

// tasklist /v's User Name column names the accounts Windows runs its own
// processes as ("NT SERVICE\TrustedInstaller"): once a learned name
// started with the letter of "SERVICE", "SERVICE" was taken for a machine
// and "TrustedInstaller" for its user, then replaced everywhere
// ("SERVICE_NAME" came out "<host-1>_NAME", "TrustedInstaller.exe"
// "<user-2>.exe").
func TestSys29BuiltinDomainInTable(t *testing.T) {
	in := "\tAccount Name:\t\tjoao.silva\n\tAccount Name:\t\tamara.wekesa\n\tAccount Name:\t\tfemi.uche\n\tAccount Name:\t\tivan.mbeki\n" +
		"Image Name                     PID Session Name        Session#    Mem Usage Status          User Name                                              CPU Time Window Title\n" +
		"========================= ======== ================ =========== ============ =============== ================================================== ============ ========================================================================\n" +
		"TrustedInstaller.exe          4411 Services                   0      7,112 K Unknown         NT SERVICE\\TrustedInstaller                             0:00:00 N/A\n" +
		"svchost.exe                    980 Services                   0     21,004 K Unknown         NT AUTHORITY\\SYSTEM                                     0:00:12 N/A\n" +
		"dwm.exe                       1204 Console                    1     98,112 K Running         Window Manager\\DWM-1                                    0:01:02 N/A\n" +
		"fontdrvhost.exe                812 Console                    1      4,220 K Running         Font Driver Host\\UMFD-1                                 0:00:00 N/A\n" +
		"w3wp.exe                      6120 Services                   0     61,880 K Unknown         IIS APPPOOL\\DefaultAppPool                              0:00:03 N/A\n" +
		"SERVICE_NAME: TrustedInstaller\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "tasklist", out, "joao", "silva", "amara", "wekesa")
	mustKeep(t, "tasklist", out, "TrustedInstaller.exe", "NT SERVICE\\TrustedInstaller", "NT AUTHORITY\\SYSTEM",
		"Window Manager\\DWM-1", "Font Driver Host\\UMFD-1", "IIS APPPOOL\\DefaultAppPool", "SERVICE_NAME: TrustedInstaller")
	if strings.Contains(out, "<host-") {
		t.Errorf("a built-in domain taken for a machine: %q", out)
	}
}

// finger's long format kept the surname: its first line, "Login: kofi
// <tabs> Name: Kofi Mensah", replaced the login and, learned from it, the
// first name alone ("Name: <user-1> Mensah"); pinky -l's "In real life:"
// likewise. The full name after "Name:" or "In real life:" is read as a
// user key's value.
func TestSys29FingerFullName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"$ finger kofi\nLogin: kofi           \t\t\tName: Kofi Mensah\nDirectory: /home/kofi               \tShell: /bin/bash\n" +
			"On since Mon Dec  7 02:10 (UTC) on pts/0 from 10.0.0.5\nNo mail.\nNo Plan.\n", "Mensah"},
		{"Login: ngozi_a        \t\t\tName: ngozi adeyemi\nDirectory: /home/ngozi_a            \tShell: /bin/zsh\n", "adeyemi"},
		{"Login: thabo          \t\t\tName: Thabo van der Merwe\nDirectory: /home/thabo              \tShell: /bin/bash\n", "Merwe"},
		{"Login: zoe.k          \t\t\tName: Zoë Kowalczyk-Nowak\nDirectory: /home/zoe.k              \tShell: /bin/bash\n", "Kowalczyk"},
		{"Login: ab12           \t\t\tName: Nguyễn Thị Mai\nNever logged in.\n", "Nguyễn"},
		{"Login: ayesha         \t\t\tName: Ayesha Siddiqui\nDirectory: /home/ayesha             \tShell: /bin/zsh\n" +
			"Office: Room 4, x2210\t\tHome Phone: +254 712 345678\nNever logged in.\nNo mail.\nNo Plan.\n", "Siddiqui"},
		{"Login name: kofi                        In real life:  Kofi Mensah\nDirectory: /home/kofi                   Shell:  /bin/bash\n", "Mensah"},
		{"Login name: wei                         In real life:  Zhang Wei\n", "Zhang"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Login: root           \t\t\tName: root\nDirectory: /root                    \tShell: /bin/bash\n",
		"Login: daemon         \t\t\tName: daemon\nLogin: nobody         \t\t\tName: nobody\n",
		"Login: failed         Name: not set\n",
		"Login name: www-data                    In real life:  www-data\n",
		"Login Name: Connection timed out\n",
		"List of devices attached\nemulator-5554\tdevice\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A shell parameter expansion's default past a line's start kept the
// account, the machine or the full name it names: libpq's
// "PGUSER=${PGUSER:-ngozi_a}", an ssh or rsync target
// "${REMOTE_USER:-ama}@${REMOTE_HOST:-studio-pc}", a full name with a
// blank, GIT_AUTHOR_NAME="${GIT_AUTHOR_NAME:-Adaeze Okafor}".
func TestSys29ShellDefaultMidLine(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"+ export PGUSER=${PGUSER:-ngozi_a}\n+ psql -d app\n", "ngozi_a"},
		{"PGUSER=ngozi_a PGDATABASE=app psql\n", "ngozi_a"},
		{"+ ssh ${REMOTE_USER:-ama}@${REMOTE_HOST:-studio-pc} uptime\n", "ama"},
		{"+ ssh ${REMOTE_USER:-ama}@${REMOTE_HOST:-studio-pc} uptime\n", "studio-pc"},
		{"rsync -az ./build/ \"${DEPLOY_USER:-yaw}@${DEPLOY_HOST:-yaw-laptop}:/srv/www/\"\n", "yaw-laptop"},
		{"export GIT_AUTHOR_NAME=\"${GIT_AUTHOR_NAME:-Adaeze Okafor}\"\n", "Okafor"},
		{"export GIT_COMMITTER_NAME=\"${GIT_COMMITTER_NAME:-Nguyễn Văn An}\"\n", "Nguyễn"},
		{"GIT_AUTHOR_NAME=${GIT_AUTHOR_NAME:-Thandeka Dlamini} git commit -m wip\n", "Dlamini"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"export PGUSER=${PGUSER:-postgres}\n",
		"ssh ${REMOTE_USER:-root}@${REMOTE_HOST:-localhost} true\n",
		"ssh ${USER}@${HOST} true\n",
		"export GIT_AUTHOR_NAME=\"${GIT_AUTHOR_NAME:-$USER}\"\n",
		"x=${MAX_USER:-100} y=${EVFILT_USER:-EVFILT}\n",
		"NAME=${NAME:-Build Bot}\n",
		"echo ${a}@${b:-}\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// chfn's prompt for a full name shows the current one as its default in
// brackets, which kept the surname once the first name was learned:
// "Full Name [Kofi Mensah]: " came out "Full Name [<user-1> Mensah]: ".
func TestSys29ChfnDefaultName(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Changing the user information for kofi\nEnter the new value, or press ENTER for the default\n" +
			"\tFull Name [Kofi Mensah]: \n\tRoom Number []: 12\n\tWork Phone []: \n\tHome Phone []: \n\tOther []: \n", "Mensah"},
		{"Changing finger information for wanjiru.\nName [Wanjiru Kamau]: \nOffice []: \nOffice Phone []: \nHome Phone []: \n", "Kamau"},
		{"\tFull Name [ngozi adeyemi]: \n", "adeyemi"},
		{"\tFull Name [Lê Thị Hồng]: \n", "Hồng"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"\tFull Name []: \n\tRoom Number [12]: \n",
		"Name [root]: \n",
		"Name [default]: \n",
		"Enter Name [y/N]: \n",
		"Project Name [my-app]: \n",
		"Name [ms]   Duration\n",
	} {
		mustKeepTwice(t, keep)
	}
}
