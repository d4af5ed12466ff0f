package redact

import (
	"strings"
	"testing"
)

// Leak: macOS and iOS name a machine on the network after its device's
// name, "Kofi's MacBook Pro" → "Kofis-MacBook-Pro.local", and the host was
// replaced but its owner not learned: "Kofi" elsewhere in the report
// stayed. The owner is learned from such a name now, with and without the
// possessive's s (appleHostOwner).
func TestAppleHostOwner(t *testing.T) {
	for _, c := range []struct{ in, later string }{
		{"mDNSResponder[412]: Registered Kofis-MacBook-Pro.local. on en0\n", "Shared with Kofi"},
		{"AirPlay: connected to Adaezes-iPhone.local (192.168.1.23)\n", "Hi Adaeze"},
		{"HostName: Thomass-MacBook-Air-2.local\n", "ssh by Thomas"},
		{"sharingd: Kofi-Mensahs-MacBook-Pro.local is nearby\n", "Mensah"},
		{"Bonjour name: Charles-iMac.local\n", "Charles"},
	} {
		s := newSession(t, Config{})
		s.Learn([]byte(c.in))
		mustNotContain(t, c.in, s.ScrubString(c.in+c.later+"\n"), c.later[len(c.later)-4:])
		var m memFile
		if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(c.in+c.later+"\n")); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, c.in+"/one pass", string(m.b), c.later[len(c.later)-4:])
	}
	// a room's or a role's machine names no one
	mustKeep(t, "rooms", scrubTwice(t, "Office-iMac.local up\nStudio-MacBook-Pro.local up\nGaming-iMac.local\nthe office and the studio\n"),
		"the office and the studio")
}

// Leak: a profile folder named by a number (a university's or a
// company's account: a student or employee number) is no name to the
// name-shaped tests, and "C:\Users\20231234\AppData" kept it. Five to
// twelve digits under a home root are the account now, learned; a year or
// a short number is not ("/home/2024").
func TestNumericProfile(t *testing.T) {
	in := "Faulting module path: C:\\Users\\20231234\\AppData\\Local\\Programs\\DJApp\\engine.dll\n" +
		"open /home/88123456/Music/set.mp3\nfile:///C:/Users/E20231234/x\n"
	checkAllEncodings(t, "numeric profile", in, []string{"20231234", "88123456"}, "id=20231234 and 88123456")
	checkBothPaths(t, in, "88123456")
	mustKeepTwice(t, "open /home/2024/x\nC:\\Users\\1\\x\n2024-05-02 10:00 /data/user/10/com.app\n")
}

// Leak: Windows setup names a laptop LAPTOP- and eight random characters
// (fifteen in all, as DESKTOP- and seven), and only seven were read:
// "LAPTOP-K3J9D2QF connected" kept the machine's name.
func TestWindowsLaptopName(t *testing.T) {
	in := "LAPTOP-K3J9D2QF connected\nSync started on LAPTOP-4OLNKQ2H at 10:00\ndhcp lease for laptop-k3j9d2qf.fritz.box 10.0.0.5\n"
	checkAllEncodings(t, "laptop", in, []string{"K3J9D2QF", "4OLNKQ2H", "k3j9d2qf"}, "")
	checkBothPaths(t, in, "LAPTOP-K3J9D2QF")
	mustKeepTwice(t, "laptop-chargers in stock\nlaptop-battery-status ok\nLAPTOP-ABCDEFGHI x\n")
}

// Leak: Android names itself on a network "android-" and its ANDROID_ID
// (16 hex digits, one device's), and a router's or dnsmasq's lease line
// kept it.
func TestAndroidDHCPName(t *testing.T) {
	in := "dnsmasq-dhcp[812]: DHCPACK(br0) 192.168.1.23 a8:5e:45:12:34:56 android-7f3a9b2c1d4e5f60\nlease android-0a1b2c3d4e5f6789.fritz.box\n"
	checkAllEncodings(t, "android", in, []string{"7f3a9b2c1d4e5f60", "0a1b2c3d4e5f6789"}, "")
	checkBothPaths(t, in, "android-7f3a9b2c1d4e5f60")
	mustKeepTwice(t, "android-sdk-linux r24\ncom.android-support-v4\nandroid-ndk-r25c\n")
}

// Leak: a phone named where the owner follows the device ("iPhone de
// María", "iPad von Jürgen") takes a host name of that shape on a
// network, "iPhone-de-Maria", "Galaxy-S23-de-Jose", and a router's lease
// line kept it; its owner was not learned either (deviceOfHost).
func TestDeviceOfOwnerHost(t *testing.T) {
	in := "dnsmasq-dhcp[812]: DHCPACK(br0) 192.168.1.31 iPhone-de-Maria\nlease Galaxy-S23-de-Jose.fritz.box\nDHCPREQUEST iPad-von-Juergen-2\n"
	checkAllEncodings(t, "device of", in, []string{"Maria", "Jose", "Juergen"}, "later Maria, Jose and Juergen")
	checkBothPaths(t, in, "iPhone-de-Maria")
	mustKeepTwice(t, "iPhone-SE-2nd-gen supported\nGalaxy-S23-Ultra ready\niPad-Pro-11 x\n")
}

// Leak: a compose file's or a service's environment names its account
// under a key in capitals, "POSTGRES_USER: ngozi_a", "DB_USER=kofi_m",
// and only camel-case and lower-case compound keys were read
// (compoundUserKey): a constant in capitals was the worry. Such a key's
// value in lower case is the account now (envUserKey, lowerWordAt).
func TestEnvUserKey(t *testing.T) {
	in := "services:\n  db:\n    environment:\n      POSTGRES_USER: ngozi_a\n      MYSQL_USER: \"ama.owusu\"\nDB_USER=kofi_m\nFTP_LOGIN=yaw.boateng\n"
	checkAllEncodings(t, "env user", in, []string{"ngozi_a", "ama.owusu", "kofi_m", "yaw.boateng"}, "later ngozi_a and kofi_m")
	checkBothPaths(t, in, "ngozi_a")
	mustKeepTwice(t, "EVFILT_USER = C.EVFILT_USER\nMAX_USER=10\nDEFAULT_USER=root\nADMIN_USER: admin\nPOSTGRES_USER: ${POSTGRES_USER}\n")
}
