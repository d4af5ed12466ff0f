package redact

import "testing"

// who(1), w(1) and last(1) rows whose account holds a dot, an underscore
// or a dash (kofi.m, ngozi_a): the row's first word is still the account
// when a terminal's name follows it.
func TestAcct31WhoDottedAccount(t *testing.T) {
	const who = "$ who\n" +
		"kofi.m   tty7         2026-12-01 09:12 (:0)\n" +
		"ngozi_a  pts/0        2026-12-01 09:15 (10.0.0.5)\n" +
		"nguyen-van.an pts/3   2026-12-01 09:20 (10.0.0.9)\n"
	for _, secret := range []string{"kofi.m", "ngozi_a", "nguyen-van.an"} {
		checkBothPaths(t, who, secret)
	}
	const w = "$ w\n 09:31:02 up  1:02,  2 users,  load average: 0.12, 0.20, 0.18\n" +
		"USER     TTY      FROM             LOGIN@   IDLE   JCPU   PCPU WHAT\n" +
		"thabo_n  pts/1    192.168.1.20     09:15    2.00s  0.10s  0.01s -bash\n"
	checkBothPaths(t, w, "thabo_n")
	const last = "$ last\n" +
		"zoe.k    pts/1        192.168.1.20     Mon Dec  1 09:15   still logged in\n" +
		"li.wei   tty2         tty2             Mon Dec  1 08:01 - 09:00  (00:59)\n" +
		"reboot   system boot  6.8.0-49-generic Mon Dec  1 07:58   still running\n"
	for _, secret := range []string{"zoe.k", "li.wei"} {
		checkBothPaths(t, last, secret)
	}
	for _, keep := range []string{
		"main.go  tty.go  term.go",
		"sys.stdout console output",
		"io_uring pts/0 opened by the test harness",
		"pty_open ttyS0 at 0x3f8 (irq = 4) is a 16550A",
		"x-term.desktop tty1 session",
		"agetty.service tty1 2026-12-01 started",
	} {
		mustKeepTwice(t, keep)
	}
}

// An account and a server's address under a user key ("user:
// kofi@10.1.2.3", login@server): the account goes, and so does the
// address, which no package's version is there.
func TestAcct31UserAtAddress(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"# deploy target\nuser: kofi@10.1.2.3\nport: 22\n", "10.1.2.3"},
		{"sync:\n  login: ngozi_a@192.168.1.20\n  path: /srv/backup\n", "192.168.1.20"},
		{"Server=tcp:db.local,1433;User ID=kmbonsu@10.20.30.40;Password=Zx81pass;\n", "10.20.30.40"},
		{"remote user: thi.ha@172.16.4.21:2222\n", "172.16.4.21"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"Installed: openssl@1.1.1.4",
		"user: root@127.0.0.1",
		"npm install left-pad@1.3.0",
		"brew install python@3.12",
		"User-Agent: okhttp/4.12.0",
	} {
		mustKeepTwice(t, keep)
	}
}

// A Kerberos service principal's class before a machine's address
// ("host/10.1.2.3", setspn -L's "HOST/10.1.2.3", klist's "Server:
// cifs/10.1.2.3 @ CORP.LOCAL"), and a lower-case shell variable's
// ("$host/10.1.2.3"): an address follows, no version.
func TestAcct31ServicePrincipalAddress(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"Registered ServicePrincipalNames for CN=KOFI-LAPTOP,OU=Workstations,DC=corp,DC=local:\n" +
			"\tHOST/10.1.2.3\n\tRestrictedKrbHost/10.1.2.3\n\tHOST/KOFI-LAPTOP\n", "10.1.2.3"},
		{"#1>\tClient: kofi.m @ CORP.LOCAL\n\tServer: cifs/10.20.1.7 @ CORP.LOCAL\n", "10.20.1.7"},
		{"kinit: Server host/172.16.9.40@CORP.LOCAL not found in Kerberos database\n", "172.16.9.40"},
		{"rsync -a ./ \"$host/10.1.2.3\"\n", "10.1.2.3"},
		{"Get-Service -ComputerName $target_host/192.168.7.12\n", "192.168.7.12"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"User-Agent: curl/7.88.1.2",
		"Server: Apache/2.4.58.1",
		"ghost/5.1.2.3 started",
		"Mozilla/5.0.1.2 (Windows NT 10.0)",
		"see docs/1.2.3.4 for the release notes",
		"localhost/1.2.3.4",
	} {
		mustKeepTwice(t, keep)
	}
}

// A phone its owner named after themselves ("Kwame Phone", "Thandiwe
// Phone") in a Bluetooth device list or a quoted device name goes as
// "Kwame iPhone" does; a phone's kind or use stays ("Desk Phone",
// "Mobile Phone", "Windows Phone").
func TestAcct31OwnerPhone(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"[bluetooth] Connected: \"Kwame Phone\"\n", "Kwame"},
		{"Bluetooth: \"Thandiwe Phone\" connected (A2DP)\n", "Thandiwe"},
		{"[NEW] Device 4C:87:5D:12:34:56 Nguyen Phone\n", "Nguyen"},
		{"Audio route changed to \"Oluwaseun Adeyemi Phone\"\n", "Adeyemi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		`label: "Desk Phone"`,
		`"Mobile Phone"`,
		`field "Business Phone" is required`,
		`OS: "Windows Phone" 8.1`,
		`"Conference Phone" online`,
		`Connected: "Galaxy Buds2"`,
		`Device "AirPods Pro" connected`,
		`"_name" : "Magic Keyboard"`,
		`type: "Smart Phone"`,
		`"Cisco Phone" registered`,
		`"Sales Phone"`,
		`"Answer Phone"`,
		`"Speaker Phone"`,
	} {
		mustKeepTwice(t, keep)
	}
}

// A person's name as the value of a "name" key on a line that holds the
// person's other keys (logfmt, a profile's dump): name=Kofi Mensah,
// name="Ngozi Adeyemi". A thing's name stays, and so does a name key's
// value on a line of no person's.
func TestAcct31NameKeyPerson(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"level=info msg=\"profile synced\" user_id=48213 name=\"Kofi Mensah\" email=kofi.m@example.com\n", "Mensah"},
		{"time=2026-12-01T09:15:02Z level=debug msg=login user=ngozi_a name=Ngozi Adeyemi\n", "Adeyemi"},
		{"INFO account updated: account_id=7781, name=Nguyen Thi Ha, phone=+84 90 123 4567\n", "Nguyen Thi Ha"},
		{"{\"email\": \"x@example.com\", \"name\": \"Wanjiru Kamau\"}\n", "Kamau"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"HALC_ProxyIOContext: device added name=Audio Engine uid=BuiltInSpeakerDevice",
		"CoreAudio: name=Built-in Output user_id=501",
		"usb: name=Scarlett 2i2 USB user_id=202",
		"font: name=Noto Sans user_id=120",
		"name=Google Chrome user_id=501",
		"name=Main Window",
		"step name=Run Tests user=ci",
		"name=Release Candidate user_id=3",
		"job name=Nightly Build login=jenkins",
		"plugin name=Valhalla Room user=admin",
	} {
		mustKeepTwice(t, keep)
	}
}
