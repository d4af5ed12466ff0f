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
