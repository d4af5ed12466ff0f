package redact

import (
	"strings"
	"testing"
)

// Findings of a probe of SaaS clients' logs (Slack, Okta, Zendesk, Jira,
// Azure DevOps), loginctl, ipconfig /all, Chromium's sign-in logs and
// key=value logs of music apps.

// Leak: a company's own subdomain of a SaaS service named the employer
// ("acme-studios.slack.com", "acme.okta.com", "contoso-music
// .visualstudio.com"), as did an Azure DevOps URL's first segment
// (dev.azure.com/contoso-music/). The service's domain and its own hosts
// stay.
func TestProbe15SaaSTenant(t *testing.T) {
	in := "[12/05/26, 10:12:03:123] info: Slack: connecting to https://acme-studios.slack.com/api/rtm.connect (workspace acme-studios.slack.com)\n" +
		"GET https://fabrikamdj.okta.com/oauth2/v1/authorize?response_type=code 302\n" +
		"open https://fabrikamdj.zendesk.com/hc/en-us/requests/1234\n" +
		"jira: https://fabrikamdj.atlassian.net/browse/DJ-123\n" +
		"remote.origin.url=https://dev.azure.com/contoso-music/Mixer/_git/engine\n" +
		"fetch https://contoso-music.visualstudio.com/DefaultCollection/_git/engine\n"
	checkAllEncodings(t, "tenant", in, []string{"acme-studios", "fabrikamdj", "contoso-music"}, "team contoso-music")
	out := scrubTwice(t, in)
	mustKeep(t, "tenant", out, ".slack.com/api/rtm.connect (workspace <org-1>.slack.com)\n", "<org-2>.okta.com/oauth2/v1/authorize",
		"https://<org-2>.zendesk.com/hc/en-us/requests/1234", "https://<org-2>.atlassian.net/browse/DJ-123",
		"https://dev.azure.com/<org-3>/Mixer/_git/engine", "https://<org-3>.visualstudio.com/DefaultCollection/_git/engine")
	out = scrubTwice(t, "sso https://acme.okta.com and https://contoso.vsrm.visualstudio.com/x acme.enterprise.slack.com\n")
	mustKeep(t, "tenant", out, "https://<org-1>.okta.com and https://<org-2>.vsrm.visualstudio.com/x <org-1>.enterprise.slack.com\n")
	// a host and a path without a scheme
	in = "redirect to acme.okta.com/app/UserHome (fabrikamdj.zendesk.com/hc/en-us)\n"
	checkAllEncodings(t, "tenant path", in, []string{"acme", "fabrikamdj"}, "")
	mustKeep(t, "tenant path", scrubTwice(t, in), "<org-1>.okta.com/app/UserHome (<org-2>.zendesk.com/hc/en-us)\n")
	// Azure DevOps' SSH remotes
	in = "remote.origin.url=git@ssh.dev.azure.com:v3/contoso-music/Mixer/engine\ngit clone contoso-music@vs-ssh.visualstudio.com:v3/contoso-music/Mixer/engine\n"
	checkAllEncodings(t, "tenant ssh", in, []string{"contoso-music"}, "")
	mustKeep(t, "tenant ssh", scrubTwice(t, in), "=git@ssh.dev.azure.com:v3/<org-1>/Mixer/engine\n")
	in = "open https://join.slack.com/t/acme-studios/shared_invite/zt-2abcdefgh-Xyz123\n"
	checkAllEncodings(t, "slack invite", in, []string{"acme-studios"}, "")
	mustKeep(t, "slack invite", scrubTwice(t, in), "https://join.slack.com/t/<org-1>/shared_invite/")
	// a Slack slash command's payload: the subdomain and the Enterprise
	// Grid's name
	in = `{"team_id":"T0123ABCD","team_domain":"acme-studios","enterprise_id":"E0123ABCD","enterprise_name":"Fabrikam Holdings"}` + "\n"
	checkAllEncodings(t, "slack team", in, []string{"acme-studios", "Fabrikam"}, "")
	// the services' own hosts and pages stay
	in = "https://app.slack.com/client/T01234567 https://api.slack.com/methods status.slack.com files.slack.com https://slack.com/\n" +
		"https://login.okta.com https://www.okta.com/ https://support.zendesk.com/hc https://developer.atlassian.com/x\n" +
		"https://marketplace.visualstudio.com/items?itemName=x https://update.code.visualstudio.com/api https://app.vssps.visualstudio.com\n" +
		"https://dev.azure.com/_signin https://x.y.slack.com/ https://www.slack.com.evil.io/ https://dc.services.visualstudio.com/v2/track\n" +
		"https://join.slack.com/ https://files-edge.slack.com/files-pri/T1-F2/x.png app.slack.com/client/T1 lib/x.so/a\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: loginctl's tables (list-sessions, list-users) and status headers
// (user-status's "tobias (1000)", session-status's "2 - tobias (1000)")
// named the account signed in. The UID stays, and so do system accounts
// (gdm, UID below 1000).
func TestProbe15Loginctl(t *testing.T) {
	in := "$ loginctl list-sessions\nSESSION  UID USER   SEAT  TTY\n      2 1000 tobias seat0 tty2\n     c1  120 gdm    seat0 tty1\n\n2 sessions listed.\n"
	checkAllEncodings(t, "list-sessions", in, []string{"tobias"}, "home of tobias")
	mustKeep(t, "list-sessions", scrubTwice(t, in), "      2 1000 <user-1> seat0 tty2\n     c1  120 gdm    seat0 tty1\n")
	in = "SESSION  UID USER   SEAT  LEADER CLASS   TTY  IDLE SINCE\n      2 1000 tobias seat0 1234   user    tty2 no   -\n" +
		"      5 1000 tobias -     2210   manager -    no   -\n"
	checkAllEncodings(t, "list-sessions v256", in, []string{"tobias"}, "")
	in = " UID USER\n1000 tobias\n 120 gdm\n\n2 users listed.\n"
	checkAllEncodings(t, "list-users", in, []string{"tobias"}, "")
	mustKeep(t, "list-users", scrubTwice(t, in), "1000 <user-1>\n 120 gdm\n")
	in = "tobias (1000)\n           Since: Thu 2026-12-03 08:01:02 CET; 2h 3min ago\n           State: active\n" +
		"2 - tobias (1000)\n           Since: Thu 2026-12-03 08:01:02 CET; 2h 3min ago\n          Leader: 1234 (gdm-session-wor)\n"
	checkAllEncodings(t, "user-status", in, []string{"tobias"}, "")
	mustKeep(t, "user-status", scrubTwice(t, in), "<user-1> (1000)\n", "2 - <user-1> (1000)\n")
	// show-user's and show-session's properties
	in = "$ loginctl show-user 1000\nUID=1000\nGID=1000\nName=tobias\nRuntimePath=/run/user/1000\n" +
		"$ loginctl show-session 2\nId=2\nUser=1000\nName=tobias\nTTY=tty2\n"
	checkAllEncodings(t, "show-user", in, []string{"tobias"}, "")
	mustKeep(t, "show-user", scrubTwice(t, in), "GID=1000\nName=<user-1>\n", "User=1000\nName=<user-1>\nTTY=tty2\n")
	in = "gdm (120)\n           Since: Thu 2026-12-03 08:00:51 CET; 2h ago\nc1 - gdm (120)\n           Since: Thu\n" +
		"PID USER      PR  NI\n  UID USER\nlist (10)\n   Since: now\nUser=120\nName=gdm\nId=1000\nName=Chrome\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: ipconfig /all lists the DNS suffixes to search one a line: the
// first, after "DNS Suffix Search List. . . :", went; the company's
// domains on the lines after it stayed.
func TestProbe15IpconfigSuffixList(t *testing.T) {
	in := "Windows IP Configuration\r\n\r\n   Host Name . . . . . . . . . . . . : KOFI-STUDIO\r\n" +
		"   Primary Dns Suffix  . . . . . . . : corp.contoso-music.com\r\n" +
		"   DNS Suffix Search List. . . . . . : corp.contoso-music.com\r\n" +
		"                                       contoso-music.com\r\n" +
		"                                       eu.fabrikam.net\r\n\r\nEthernet adapter Ethernet:\r\n\r\n" +
		"   Description . . . . . . . . . . . : Intel(R) Ethernet Connection (7) I219-V\r\n"
	checkAllEncodings(t, "suffix list", in, []string{"contoso-music", "fabrikam"}, "")
	mustKeep(t, "suffix list", scrubTwice(t, in), "   DNS Suffix Search List. . . . . . : <host-2>\r\n                                       <host-3>\r\n",
		"\r\n   Description . . . . . . . . . . . : Intel(R) Ethernet Connection (7) I219-V\r\n")
	// in German, French and Spanish (a label's letters outside ASCII
	// take two bytes: ipconfig pads to characters)
	in = "   Primäres DNS-Suffix . . . . . . . : corp.contoso-music.com\n   DNS-Suffixsuchliste . . . . . . . : corp.contoso-music.com\n" +
		"                                       eu.fabrikam.net\n" +
		"   Liste de recherche du suffixe DNS : lyon.fabrikam.net\n                                       paris.contoso-music.com\n" +
		"   Lista de búsqueda de sufijos DNS  : mad.fabrikam.net\n                                       bcn.contoso-music.com\n"
	checkAllEncodings(t, "suffix list l10n", in, []string{"contoso-music", "fabrikam"}, "")
	// an invalid byte in the label is one character, as the U+FFFD that
	// ScrubJSON writes for it
	in = "   Lista de b\xbasqueda de sufijos DNS  : mad.fabrikam.net\n                                       bcn.contoso-music.com\n"
	s := newSession(t, Config{})
	var b1, b2 strings.Builder
	if err := s.ScrubJSON(&b1, strings.NewReader(`{"m":"kofi@example.com\n`+strings.ReplaceAll(in, "\n", `\n`)+`"}`)); err != nil {
		t.Fatal(err)
	}
	if err := s.ScrubJSON(&b2, strings.NewReader(b1.String())); err != nil {
		t.Fatal(err)
	}
	if b1.String() != b2.String() {
		t.Errorf("not idempotent:\n once  %q\n twice %q", b1.String(), b2.String())
	}
	// other rows' next lines are no host names
	in = "   NetBIOS over Tcpip. . . . . . . . : Enabled\n                                       libfoo.so.1\n" +
		"   Description . . . . . . . . . . . : x\n                                       Realtek.Audio\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: Chromium logs Gaia's ListAccounts response: the display name,
// the profile photo's URL and the Gaia id stayed beside the address that
// went, as did the id in the short form "[mail, gaia N]".
func TestProbe15ListAccounts(t *testing.T) {
	in := `[1205/101203.123:VERBOSE1:gaia_cookie_manager_service.cc(712)] ListAccounts: ["gaia.l.a.r",[["gaia.l.a",1,"Kwame Asante","djkwame88@gmail.com",` +
		`"https://lh3.googleusercontent.com/a/ACg8ocJx7Qz3vK9mN2pL5tR8wY1bC4dF6gH0jK3mN5pQ=s48-c",1,1,0,null,1,"117012345678901234567",null,null,null,null,1]]]` + "\n"
	checkAllEncodings(t, "ListAccounts", in, []string{"Kwame", "Asante", "djkwame88", "ACg8ocJx7Qz3vK9mN2pL5tR8wY1bC4dF6gH0jK3mN5pQ", "117012345678901234567"},
		"signed in: Kwame Asante (117012345678901234567)")
	out := scrubTwice(t, in)
	mustKeep(t, "ListAccounts", out, `ListAccounts: ["gaia.l.a.r",[["gaia.l.a",1,"<user-1>","<email-1>","https://lh3.googleusercontent.com/a/<uid-1>=s48-c",1,1,0,null,1,"<uid-2>",null,`)
	// the log's JSON, its quotes escaped; the older photo URLs
	in = `{"message": "ListAccounts: [\"gaia.l.a.r\",[[\"gaia.l.a\",1,\"Kwame Asante\",\"djkwame88@gmail.com\",` +
		`\"https://lh3.googleusercontent.com/a-/AOh14GhX9kL2mN4pQ6rS8tU0vW2xY4zA6bC8dE0fG=s96-c\",1,1,0,null,1,\"117012345678901234567\"]]]"}` + "\n" +
		"photo https://lh5.googleusercontent.com/-AbCdEfGhIjK/AAAAAAAAAAI/AAAAAAAAAAA/XyZ/s48-c/photo.jpg\n"
	out = scrubTwice(t, in)
	mustNotContain(t, "ListAccounts", out, "Kwame", "Asante", "AOh14GhX9kL2mN4pQ6rS8tU0vW2xY4zA6bC8dE0fG", "117012345678901234567", "AbCdEfGhIjK")
	mustKeep(t, "ListAccounts", out, `\"gaia.l.a\",1,\"<user-1>\"`, "/AAAAAAAAAAI/AAAAAAAAAAA/XyZ/s48-c/photo.jpg\n")
	in = "[1205/101203.125:VERBOSE1:oauth_multilogin_helper.cc(88)] ListAccounts: [djkwame88@gmail.com, gaia 117012345678901234567]\n"
	checkAllEncodings(t, "gaia short", in, []string{"117012345678901234567", "djkwame88"}, "gaia_id=117012345678901234567")
	mustKeep(t, "gaia short", scrubTwice(t, in), "ListAccounts: [<email-1>, gaia <uid-1>]\n")
	// a field that is no string is no name: a second pass would read
	// one there once the address after it is a pseudonym
	scrubTwice(t, `["gaia.l.a",1,c"Kwame Asante""djkwame88@gmail.com",null]`+"\n")
	scrubTwice(t, `["gaia.l.a",1"Kwame Asante"."djkwame88@gmail.com","https://lh3.googleusercontent.com/a/ACg8ocJx7Qz3vK9mN2pL5=s48-c",1]`+"\n")
	// other numbers after "gaia", and other pictures, stay
	in = "gaia 2 gaia 12345 Gaia 117012345678901234567 https://lh3.googleusercontent.com/pw/x https://lh3.googleusercontent.com/a/x=s48\n" +
		`["gaia.l.a",1,"",null] ["gaia.l.a",1,x,null,"a","b","c","d","e",1234567890123]` + "\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Over-scrub: a kernel's release after the kernel's name ("(Unix
// 6.8.0.49)" in a PowerShell transcript's header, "Darwin 23.4.0.1")
// was read as an IPv4 address. An address after the word, or after
// another, still goes.
func TestProbe15KernelRelease(t *testing.T) {
	in := "Machine: ravenwood (Unix 6.8.0.49)\nuname: Darwin 23.4.0.1 arm64\nOS: Linux 6.8.0.49 x86_64 (linux 5.15.0.105)\n"
	out := scrubTwice(t, in)
	mustKeep(t, "kernel", out, "(Unix 6.8.0.49)\n", "Darwin 23.4.0.1 arm64\n", "Linux 6.8.0.49 x86_64 (linux 5.15.0.105)\n")
	in = "peer Linux 10.0.0.12 up\nfrom Darwin 192.168.1.20\nUnix 84.12.3.4\nvia 6.8.0.49\n"
	checkAllEncodings(t, "kernel", in, []string{"10.0.0.12", "192.168.1.20", "84.12.3.4", "6.8.0.49"}, "")
}

// Leak: a SoundCloud or Spotify URN as a key's value ("owner=soundcloud:
// users:123456789", `"owner": "spotify:user:kofimensah"`) kept the
// account, and the user key's value cut at its colon taught the
// service's name as a user's, replaced everywhere. The account goes;
// the service's name and public content's URNs stay.
func TestProbe15URNValue(t *testing.T) {
	in := "[sync] playlist owner=soundcloud:users:123456789 track=soundcloud:tracks:987654321\n" +
		`{"owner": "spotify:user:kofimensah", "uri": "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M"}` + "\n" +
		"owner: soundcloud:users:55512345\nuser=spotify:user:kofimensah:playlist:x\n"
	checkAllEncodings(t, "urn", in, []string{"123456789", "kofimensah", "55512345"}, "uploaded by kofimensah (123456789)")
	out := scrubTwice(t, in)
	mustKeep(t, "urn", out, "owner=soundcloud:users:<uid-1> track=soundcloud:tracks:987654321\n",
		`{"owner": "spotify:user:<user-1>", "uri": "spotify:playlist:37i9dQZF1DXcBWIGoYBM5M"}`, "owner: soundcloud:users:<uid-2>\n")
	s := newSession(t, Config{})
	var b strings.Builder
	if err := s.ScrubJSON(&b, strings.NewReader(`{"owner":"spotify:user:kofimensah","user_urn":"soundcloud:users:123456789","app":"Spotify"}`)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "urn/json", b.String(), "kofimensah", "123456789")
	mustKeep(t, "urn/json", b.String(), `"owner":"spotify:user:<user-1>"`, `"app":"Spotify"`)
	// every URN of a word, as a second pass reads its tail after a
	// pseudonym
	out = scrubTwice(t, "user=spotify:user:kofimensah:playlist:xowner=soundcloud:users:123456789\n")
	mustNotContain(t, "urn", out, "kofimensah", "123456789")
	in = "owner=spotify user=soundcloud spotify:user: soundcloud:users:12 spotify:album:4aawyAB9vmqN3uQ7FjRGTy\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: a host name in .internal without a dash or a digit
// ("build.corp.internal", "kofi.internal") stayed outside a URL. Code's
// names ending so (Java's, Python's, Go's paths) and the zone's public
// names stay.
func TestProbe15InternalZone(t *testing.T) {
	in := "dial tcp: lookup build.corp.internal: no such host\nconnect kofi.internal:8443 refused; vault.prod.internal ok\n"
	checkAllEncodings(t, "internal", in, []string{"build.corp", "kofi", "vault.prod"}, "")
	mustKeep(t, "internal", scrubTwice(t, in), "lookup <host-1>: no such host\nconnect <host-2>:8443 refused; <host-3> ok\n")
	// a colon glued to the next word is no end: a second pass reads it so
	scrubTwice(t, "kofi.internal:8443vault.prod.internal lookup build.corp.internal4: x\n")
	in = "at jdk.internal.reflect x; package okhttp3.internal; from google.protobuf.internal import y\n" +
		"host.docker.internal metadata.google.internal System.Text.Json.Internal golang.org/x/net/internal kotlinx.coroutines.internal\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}
