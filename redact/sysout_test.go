package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Over-scrubs found by scrubbing a Debian machine's own logs and tool
// output (dpkg.log, apt's history.log, getent passwd, go env): words that
// no detector should take for a host, a token or an e-mail address. Each
// case also names what must still go.
func TestSystemOutputKept(t *testing.T) {
	for _, tc := range []struct {
		in   string
		keep []string
		gone []string
	}{{
		// dpkg.log: the action after the timestamp is no syslog host
		// (a tag's colon is followed by a blank; "libc6:amd64" is a
		// package), so "install" and "status" are not learned and stay
		// in apt's history too.
		in: "2025-06-24 14:36:25 upgrade libsystemd0:amd64 252.36-1~deb12u1 252.38-1~deb12u1\n" +
			"2025-06-24 14:36:25 status installed libsystemd0:amd64 252.38-1~deb12u1\n" +
			"2025-06-24 14:36:52 install xauth:amd64 <none> 1:1.1.2-1\n" +
			"Commandline: apt-get -qqy install --no-install-recommends curl\n" +
			"Install: dbus-user-session:amd64 (1.14.10-1~deb12u1, automatic), libpam-session:i386 (2.2-1)\n" +
			"Nov 30 21:14:09 kai-studio kernel: usb 1-2: new high-speed USB device\n",
		keep: []string{"upgrade libsystemd0", "install xauth:amd64", "-qqy install --no-install-recommends",
			"Install: dbus-user-session:amd64", "libpam-session:i386", "status installed"},
		gone: []string{"kai-studio"},
	}, {
		// HTTP auth schemes and session states in lower case are no tokens
		in:   "auth:basic\nsession:active\nx-auth: negotiate\nsession: e3b0c44298fc1c149afbf4c8996fb924\n",
		keep: []string{"auth:basic", "session:active", "x-auth: negotiate"},
		gone: []string{"e3b0c44298fc1c149afbf4c8996fb924"},
	}, {
		// a system account's passwd row: "mail" is its name, no e-mail key
		in: "mail:x:8:8:mail:/var/mail:/usr/sbin/nologin\n" +
			"postgres:x:101:104:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash\n" +
			"nkechi:x:1000:1000:Nkechi Adeyemi,,,:/home/nkechi:/bin/bash\n",
		keep: []string{"mail:x:8:8:mail:/var/mail:/usr/sbin/nologin", "postgres:x:101:104:PostgreSQL administrator"},
		gone: []string{"nkechi", "Adeyemi"},
	}, {
		// dpkg's status file: a team's display name teaches no names
		// ("Install", "Java" would go everywhere), a person's does; a
		// dependency's version is no address; "Python's Twisted" is a
		// language's library, "Nomvula's iPhone" a person's phone.
		in: "Package: nodejs\nStatus: install ok installed\nSection: java\n" +
			"Maintainer: Debian Install System Team <debian-boot@lists.debian.org>\n" +
			"Maintainer: Debian Java Maintainers <pkg-java-maintainers@lists.alioth.debian.org>\n" +
			"Maintainer: Debian GnuPG-Maintainers <pkg-gnupg-maint@lists.alioth.debian.org>\n" +
			"Maintainer: Oluwaseun Adebayo-Okafor <seun@debian.example>\n" +
			"Depends: libpam0g (>= 0.99.7.1), libx11-6 (>= 2:1.4.99.1), libfoo (<< 1.2.3.4)\n" +
			" influenced by Ruby's Event Machine or Python's Twisted.\nSynced from Nomvula's iPhone\n",
		keep: []string{"Status: install ok installed", "Section: java", "Debian Install System Team", "Debian Java Maintainers",
			"Debian GnuPG-Maintainers", "(>= 0.99.7.1)", "(>= 2:1.4.99.1)", "(<< 1.2.3.4)", "Ruby's Event Machine or Python's Twisted"},
		gone: []string{"Oluwaseun", "Adebayo", "Nomvula"},
	}, {
		// nsswitch.conf and logind.conf
		in: "passwd:         files systemd\nshadow:         files\nhosts:          files mdns4_minimal [NOTFOUND=return] dns\n" +
			"HandlePowerKey=poweroff\nHandleLidSwitch=suspend\npasswd: Tr0ub4dor&3x\napi_key=sk9f8a7d6s5f4x\n",
		keep: []string{"passwd:         files systemd", "shadow:         files", "HandlePowerKey=poweroff"},
		gone: []string{"Tr0ub4dor", "sk9f8a7d6s5f4x"},
	}, {
		// Debian changelogs: a project's possessive and a list item's
		// verb are no person's names; the person's are.
		in: "    factor. Upstream's CI currently disables all the a11y tests\n" +
			"  * Includes Tadeusz Wrzesiński's ARM PLT patch finally...\n  * New upstream release, includes fixes\n" +
			"  * Incorporate Radosław Ząbek's GNU/kFreeBSD patch\n  * incorporate watch file\n",
		keep: []string{"Upstream's CI", "New upstream release, includes fixes", "* Includes ", "* incorporate watch file"},
		gone: []string{"Tadeusz", "Wrzesiński", "Radosław", "Ząbek"},
	}, {
		// /etc/security/access.conf's placeholder accounts; words a user
		// key's value is in prose and in chown's user:group
		in: "# User \"foo\" should get access from tty1\n#+:root:.foo.bar.\n# see /foo/bar\n" +
			"shortlog: match both \"Author:\" and \"author\"\nchown user:group file\nthis and that, a group of them\n",
		keep: []string{"User \"foo\" should", "#+:root:.foo.bar.", "/foo/bar", "this and that, a group of them"},
	}, {
		// a key that opens a bracket is the bracket's: "(Closes: #N)" after
		// "secret keys" closes a bug; "(value: x)" is the secret's value
		in: "  * Correct handling of 256-bit Ed25519 secret keys (Closes: #1010171).\n" +
			"rotate the session tokens (Closes: #998877)\nthe secret (value: Zq8vK2mw)\nLogin (user: thembekile.z)\n",
		keep: []string{"(Closes: #1010171)", "(Closes: #998877)"},
		gone: []string{"Zq8vK2mw", "thembekile"},
	}, {
		// Mixxx's controller list quotes a device's serial after S/N
		in: "Debug [Controller]: Found \"Pioneer\" \"DDJ-400\" \"r1\" S/N \"MKBL012345\" \"Interface 0\"\n" +
			"Debug [Controller]: Found \"SUYIN\" \"USB Device\" \"r1\" S/N \"\" \"Interface 1\"\n",
		keep: []string{"\"Pioneer\" \"DDJ-400\" \"r1\" S/N \"", "S/N \"\" \"Interface 1\""},
		gone: []string{"MKBL012345"},
	}, {
		// Windows' event 1000 (Application Error): the crashed app's
		// package full name identifies the app, not a person
		in: "User:          KORIN-PC\\korin\nComputer:      KORIN-PC\n" +
			"Faulting application path: C:\\Users\\Korin\\AppData\\Local\\Apps\\Files.exe\n" +
			"Faulting package full name: EventLogExpert_25.6.10.147_x64__8wekyb3d8bbwe\n" +
			"Faulting package-relative application ID: App\n",
		keep: []string{"Faulting package full name: EventLogExpert_25.6.10.147_x64__8wekyb3d8bbwe"},
		gone: []string{"korin"},
	}, {
		// journalctl in other locales writes its months so; pam_unix's
		// older session line and sudo's own line name the account
		in: "Dez 09 14:56:44 jurgens-laptop kernel: usb 2-1: USB disconnect, device number 4\n" +
			"Mär 03 10:01:02 jurgens-laptop pulseaudio[640]: [bluetooth] module-bluetooth-device.c: Skipping\n" +
			"déc. 09 14:56:44 amelie-pc kernel: usb 2-1: USB disconnect\n" +
			"окт 09 14:56:44 dmitriy-pc kernel: usb 2-1: USB disconnect\n" +
			"Jun 26 17:22:16 studio sudo[1275]: pam_unix(sudo:session): session opened for user okonkwo by (uid=0)\n" +
			"Jun 26 17:22:16 studio sudo[1275]:  adaeze : TTY=pts/0 ; PWD=/tmp ; USER=root ; COMMAND=/usr/bin/ls\n" +
			"loginwindow: -[SessionAgentNotificationCenter] login for user tundeadeyemi\n",
		keep: []string{"Dez 09 14:56:44 ", " kernel: usb 2-1: USB disconnect", "USER=root ; COMMAND=/usr/bin/ls"},
		gone: []string{"jurgens", "amelie", "dmitriy", "okonkwo", "adaeze", "tundeadeyemi"},
	}, {
		// host names installers make after the owner; packages and
		// words with the same shape stay
		in: "  5.1 Name          : XANDER-PC\nDevice name\tKWAME-LAPTOP\nshare on JÜRGEN-PC\nbooted kai-ThinkPad-T480s fine\n" +
			"ana-Inspiron-5570 and jurgen-XPS-13-9380.local\n" +
			"Depends: gsettings-desktop-schemas, xdg-desktop-portal (>= 1.17)\nrun on a gaming-pc, an IBM-PC, non-PC, Dell-Laptop\n" +
			"double-precision math; laptop-battery low\nkwame's set loaded\n",
		keep: []string{"gsettings-desktop-schemas", "xdg-desktop-portal", "gaming-pc", "IBM-PC", "non-PC", "Dell-Laptop",
			"double-precision", "laptop-battery"},
		gone: []string{"XANDER", "KWAME", "JÜRGEN", "kai-", "ana-", "jurgen"},
	}, {
		// git's "dubious ownership" message writes DOMAIN/account
		in: "'D:/Music/sets' is owned by:\n\tDESKTOP-4JK2L9Q/ebube.nwachukwu (S-1-5-21-1004336348-1177238915-682003330-1001)\n" +
			"but the current user is:\n\tDESKTOP-4JK2L9Q/ebube\nsee http://DESKTOP-4JK2L9Q/share/x\n",
		keep: []string{"'D:/Music/sets' is owned by:", "/share/x"},
		gone: []string{"ebube", "nwachukwu", "4JK2L9Q"},
	}} {
		s := newSession(t, Config{})
		s.Learn([]byte(tc.in))
		var o bytes.Buffer
		if err := s.ScrubText(&o, strings.NewReader(tc.in)); err != nil {
			t.Fatal(err)
		}
		out := o.String()
		for _, k := range tc.keep {
			if !strings.Contains(out, k) {
				t.Errorf("lost %q:\n%s", k, out)
			}
		}
		for _, g := range tc.gone {
			if strings.Contains(strings.ToLower(out), strings.ToLower(g)) {
				t.Errorf("kept %q:\n%s", g, out)
			}
		}
	}
}

// A JSON document's "serviceFullName" or "productDisplayName" names a
// thing (here botocore's service model): learned as a person, "Amazon"
// and "Redshift" would go from every string of the report. A person's
// full name under the same suffix still goes.
func TestThingNamesInJSON(t *testing.T) {
	in := `{"metadata":{"serviceFullName":"Amazon Redshift","endpointPrefix":"redshift"},` +
		`"productDisplayName":"Serato DJ Pro","deviceFullName":"DDJ-FLX4",` +
		`"doc":"Adds a rule to an Amazon Redshift security group","userFullName":"Kagiso Dlamini-Nkosi"}`
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	if err := s.LearnJSON(strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	var o bytes.Buffer
	if err := s.ScrubJSON(&o, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	out := o.String()
	for _, k := range []string{`"Amazon Redshift"`, `"redshift"`, `"Serato DJ Pro"`, `"DDJ-FLX4"`, "to an Amazon Redshift security group"} {
		if !strings.Contains(out, k) {
			t.Errorf("lost %s: %s", k, out)
		}
	}
	if strings.Contains(out, "Kagiso") || strings.Contains(out, "Dlamini") {
		t.Errorf("kept the person: %s", out)
	}
}
