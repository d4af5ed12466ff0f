package redact

import (
	"testing"
)

// Findings of a probe of Steam's connection_log, volume labels, home
// routers' DNS zones, OpenSSH's known_hosts and phone numbers run into
// an address.

// Leak: Steam's connection_log names the account after its Steam3 id
// ("[U:1:N] 'kofi_gh' logged on"): the id went, the account stayed. A
// logon response's result ("'OK'") names nobody.
func TestProbe11SteamConnectionLog(t *testing.T) {
	in := "[2024-11-28 23:12:09] [U:1:123456789] 'djmensah_gh' logged on\n" +
		"[2024-11-28 23:40:51] [U:1:123456789] 'djmensah_gh' logged off\n"
	checkAllEncodings(t, "steam", in, []string{"djmensah", "123456789"}, "profile of djmensah_gh")
	mustKeep(t, "steam", scrubTwice(t, in), "] [U:1:<uid-1>] '<user-1>' logged on\n")
	// learned, the account goes from lines before it too
	out := scrubTwice(t, "content: /home/x/.steam/djmensah_gh.cfg\n"+in)
	mustNotContain(t, "steam/before", out, "djmensah")
	in = "[2024-11-28 23:12:09] RecvMsgClientLogOnResponse() : [U:1:123456789] 'OK'\n" +
		"[2024-11-28 23:12:09] [U:1:123456789] 'OK' (Client IP: 10.1.2.3)\n" +
		"[2024-11-28 23:12:09] [U:1:123456789] 'Connected' logged via CM\n"
	mustKeep(t, "steam/result", scrubTwice(t, in), "] 'OK'\n", "'OK' (Client IP: <ip-1>)", "'Connected' logged via CM")
}

// Leak: hosts in .home (what many home routers hand out) stayed, as did
// a name of more than one label there (nas.mensah.home). Java's
// properties end so too and stay, as do generic names.
func TestProbe11HomeZoneHosts(t *testing.T) {
	in := "connecting to printer at brother-kofi.home (192.168.1.40)\n" +
		"mounted //nas.mensah.home/music on /mnt/music\nping BRW0080927AFBCE.home: ok\n" +
		"GET http://kofis-studio.home:8080/api\nbackup to http://db-1.okafor.internal/ done\n"
	checkAllEncodings(t, "home", in, []string{"brother-kofi", "mensah", "BRW0080927AFBCE", "kofis-studio", "okafor"}, "")
	mustKeep(t, "home", scrubTwice(t, in), "printer at <host-", "GET http://<host-", ":8080/api\n")
	in = "java.home = /usr/lib/jvm/java-17\n-Duser.home=/tmp/x -Dgradle.user.home=/tmp/g\n" +
		"${app.home}/lib\norg.gradle.java.home=/opt/jdk\nat jdk.internal.misc.Unsafe.park(Native Method)\n" +
		"package kotlinx.coroutines.internal\nnas.home router.home\nhost.docker.internal metadata.google.internal\n" +
		"read ~/.home/x and /srv/config.home and user.home\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: an international number followed by an IPv4 address ran on into
// it ("+1 415 555 0133 10.0.0.5": too many digits for a number) and
// stayed. Versions and offsets after a '+' stay.
func TestProbe11PhoneBeforeAddress(t *testing.T) {
	in := "support: call +1 415 555 0133 10.0.0.5\ncallback +44 7700 900123 192.168.1.1:5060, ok\n"
	checkAllEncodings(t, "phone", in, []string{"415 555", "7700 900123", "10.0.0.5", "192.168.1.1"}, "")
	mustKeep(t, "phone", scrubTwice(t, in), "call <phone-1> <ip-1>\n", "callback <phone-2> <ip-2>:5060, ok\n")
	for _, in := range []string{
		"offset +1 1.2.3 then\n", "delta +12 345 bytes\n", "tz +0100 2024.11.28 10:00\n", "ver +1 2 3 4.5.6 x\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}
