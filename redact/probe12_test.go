package redact

import (
	"strings"
	"testing"
)

// Findings of a probe of chat logs of apps, Slack's and Twitch's chat
// formats, Android's account and Wi-Fi lines, Crashpad's upload form and
// Apple's identity lines.

// Leak: a chat names a person by the handle a message comes from or goes
// to ("Message from @kwesi_dj (Kwesi Boateng)", "DM to @ama.k") or that
// joined or left ("@yaw_beats joined the session"): handle and name
// stayed. Code's annotations after the same words stay.
func TestProbe12ChatHandles(t *testing.T) {
	in := "[21:04:11] Message from @kwesi_dj (Kwesi Boateng): on my way\n" +
		"[21:04:15] @yaw_beats joined the session\n[21:04:20] DM to @ama.k: set starts at 10\n" +
		"[21:05:01] @abena left the session\n[21:05:02] mention: @kofi99 can you queue the next track?\n" +
		"[21:05:03] @KwameDJ joined\n[21:05:04] @efua is live\n"
	checkAllEncodings(t, "chat", in, []string{"kwesi", "Boateng", "yaw_beats", "ama.k", "abena", "kofi99", "KwameDJ", "efua"}, "profile of kwesi_dj")
	mustKeep(t, "chat", scrubTwice(t, in), "Message from @<user-1> (<user-2>): on my way\n", "] @<user-3> joined the session\n", "DM to @<user-")
	in = "moved to @MainActor\nexported from @types/node\nimport x from '@angular/core'\n" +
		"bridged to @objc method\n * @param name the name\n@property (nonatomic) NSString *name;\n" +
		"user@host joined\n@media screen\nHEAD@{1}: reset to @{u}\nannotated with @Override joined\n" +
		"from @Override\nvalue is @\n@Transactional is ignored\nthe @Bean was not started\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: Slack writes a mention in a message's text as "<@MEMBERID>" or
// "<@MEMBERID|name>": the member id and the name stayed. A channel's
// mention and Java's type annotations in generics stay.
func TestProbe12SlackMentions(t *testing.T) {
	in := "Slack event: {\"type\":\"message\",\"user\":\"U024BE7LH\",\"text\":\"<@U0G9QF9C6> are you live?\"}\n" +
		"message from <@W01AB2CD3EF|kwesi.b> in <#C024BE91L|dj-crew>\n"
	checkAllEncodings(t, "slack", in, []string{"U0G9QF9C6", "W01AB2CD3EF", "kwesi.b", "U024BE7LH"}, "cc U0G9QF9C6")
	mustKeep(t, "slack", scrubTwice(t, in), "\"text\":\"<@<user-", "> are you live?", "message from <@<user-", "> in <#C024BE91L|dj-crew>\n")
	in = "List<@NonNull String> names\n<!channel> <!here> <@USLACKBOT>\nMap<@Unique K, V>\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: an IRC message's prefix, ":nick!user@host PRIVMSG", as chat
// clients and Twitch's chat log it: the nick, the user and, on Twitch, the
// nick in the host and the channel (named after its broadcaster) stayed.
// A server's prefix and the channels of other networks stay.
func TestProbe12IRCPrefix(t *testing.T) {
	in := ":kwesi_dj!kwesi_dj@kwesi_dj.tmi.twitch.tv PRIVMSG #djama :hi\n" +
		"@badge-info=;color=#0000FF;display-name=KwesiDJ;user-id=12345678;user-type= :kwesi_dj!kwesi_dj@kwesi_dj.tmi.twitch.tv PRIVMSG #djama :Kappa\n" +
		":Kofi_B!~kofib@192.168.1.5 JOIN #dj-crew\n"
	checkAllEncodings(t, "irc", in, []string{"kwesi", "djama", "kofi", "192.168"}, "cc kwesi_dj")
	mustKeep(t, "irc", scrubTwice(t, in), ":<user-1>!<user-1>@<user-1>.tmi.twitch.tv PRIVMSG #<user-2> :hi\n", "!~<user-", " JOIN #dj-crew\n")
	in = ":server.example.net 001 kwesi :Welcome\nError at :foo!bar@baz something\nratio :3!x@y QUIT\n:nick!u@h privmsg #x\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: Android writes an account as "Account {name=NAME, type=TYPE}"
// (AccountManager, SyncManager): a name that is no address stayed. The
// accounts an app or the device names after itself stay.
func TestProbe12AndroidAccount(t *testing.T) {
	in := "11-28 21:05:01.124  1234  1250 D AccountManager: getAccounts: [Account {name=kwesi_dj, type=com.soundcloud.android.account}]\n" +
		"I SyncManager: Sync started for Account {name=Kwesi Boateng, type=com.example.dj}\n"
	checkAllEncodings(t, "account", in, []string{"kwesi", "Boateng"}, "login kwesi_dj")
	mustKeep(t, "account", scrubTwice(t, in), "[Account {name=<user-1>, type=com.soundcloud.android.account}]\n")
	in = "Account {name=WhatsApp, type=com.whatsapp}\nAccount {name=Phone, type=com.android.localphone}\n" +
		"Account {name=vnd.sec.contact.phone, type=vnd.sec.contact.phone}\nAccount {name=SIM, type=com.android.sim}\n" +
		"Account {name=, type=x}\nAccount {name=x}\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: Android's and wpa_supplicant's Wi-Fi lines name the network after
// a phrase ("Connected to SSID: \"x\"", "Associated with SSID: x"), which
// made the key a phrase no list held: the name stayed.
func TestProbe12SSIDPhrase(t *testing.T) {
	in := "I WifiClientModeImpl: Connected to SSID: \"Boateng-Home-5G\" BSSID: 3c:84:6a:12:34:56\n" +
		"wpa_supplicant: Associated with SSID: Okafor_5G\n"
	checkAllEncodings(t, "ssid", in, []string{"Boateng", "Okafor"}, "ping Boateng-Home-5G")
	mustKeep(t, "ssid", scrubTwice(t, in), "Connected to SSID: \"<network-1>\" BSSID: <mac-1>\n")
	in = "head to SSID settings\nsecurity: WPA_PSK\nswitched to BSSID: x\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: Android's config key of a Wi-Fi network, the quoted SSID glued
// to its security type (`"x"WPA_PSK`, WifiConfigManager, WifiService):
// the name stayed. Other quoted words stay.
func TestProbe12WifiConfigKey(t *testing.T) {
	in := "D WifiConfigManager: Adding/Updating network \"Mensah Family\"WPA_PSK\n" +
		"I WifiService: connect \"KofiNet\"SAE and \"Ama Guest\"NONE\n"
	checkAllEncodings(t, "configkey", in, []string{"Mensah", "KofiNet", "Ama Guest"}, "ping KofiNet")
	mustKeep(t, "configkey", scrubTwice(t, in), "network \"<network-1>\"WPA_PSK\n", "connect \"<network-2>\"SAE and \"<network-3>\"NONE\n")
	in = "flags=\"x\"WPA_PSKX\nstate \"DISCONNECTED\" NONE\nsecurity: WPA_PSK\nx=\"y\"NONE\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: a phone number in a tel: URI (Apple's identity services register
// "tel:+233241234567" as a handle; a page's link) stayed: glued to the
// scheme, no number detector read it. Dates, versions and offsets after
// it stay.
func TestProbe12TelURI(t *testing.T) {
	in := "identityservicesd: [com.apple.IDS:] Registered handle mailto:kwesi.boateng@icloud.com, tel:+233241234567\n" +
		"<a href=\"tel:+44 20 7123 4567\">call</a>\nhandle tel:+14155550133 active\n"
	checkAllEncodings(t, "tel", in, []string{"233241234567", "7123 4567", "4155550133"}, "")
	mustKeep(t, "tel", scrubTwice(t, in), ", tel:<phone-", "\"tel:<phone-", "handle tel:<phone-")
	in = "tel:2024-11-28 12:00\ntel:0241234567 x\ntel:+0100 x\ntel:12345 ok\nhotel:+14155550133x\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: a crash upload's multipart/form-data body (Crashpad, Breakpad,
// Electron) puts each annotation's value on a line of its own after
// `Content-Disposition: form-data; name="KEY"` and a blank line: the
// install's client id ("guid") stayed. The product's fields and a file's
// part stay.
func TestProbe12FormData(t *testing.T) {
	part := func(k, v string) string {
		return "--7cf3e6d5b2a1\r\nContent-Disposition: form-data; name=\"" + k + "\"\r\n\r\n" + v + "\r\n"
	}
	in := part("prod", "Electron") + part("ver", "28.1.0") + part("guid", "8f2c9a7b1e3d4c5f9a0b1c2d3e4f5a6b") +
		part("ptype", "browser") + "--7cf3e6d5b2a1\r\nContent-Disposition: form-data; name=\"upload_file_minidump\"; filename=\"x.dmp\"\r\n" +
		"Content-Type: application/octet-stream\r\n\r\nMDMP\r\n" + part("hostname", "KWESI-STUDIO") + "--7cf3e6d5b2a1--\r\n"
	checkAllEncodings(t, "form", in, []string{"8f2c9a7b", "KWESI"}, "client 8f2c9a7b1e3d4c5f9a0b1c2d3e4f5a6b")
	out := scrubTwice(t, in)
	mustKeep(t, "form", out, part("prod", "Electron"), part("ver", "28.1.0"), part("ptype", "browser"), "name=\"guid\"\r\n\r\n<machine-id-1>\r\n",
		"\r\n\r\nMDMP\r\n")
	in = strings.ReplaceAll(in, "\r\n", "\n")
	mustNotContain(t, "form/lf", scrubTwice(t, in), "8f2c9a7b", "KWESI")
}

// Leak: the JVM's perf data folder is named after the account,
// /tmp/hsperfdata_ACCOUNT/PID (hs_err's mappings, lsof, jps's errors):
// the account stayed. root's stays.
func TestProbe12HsperfdataFolder(t *testing.T) {
	in := "7f3a2c000000-7f3a2c200000 r-xp 00000000 103:02 1835123                   /tmp/hsperfdata_kwesi/48213\n" +
		"Could not create /tmp/hsperfdata_Ama.Owusu\nC:\\Users\\X\\AppData\\Local\\Temp\\hsperfdata_kofi_b\\1234\n"
	checkAllEncodings(t, "hsperfdata", in, []string{"kwesi", "Ama.Owusu", "kofi_b"}, "cd /home/kwesi")
	mustKeep(t, "hsperfdata", scrubTwice(t, in), "/tmp/hsperfdata_<user-1>/48213\n", "\\Temp\\hsperfdata_<user-")
	in = "ls /tmp/hsperfdata_root/\n/opt/hsperfdata_x/1\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: a Discord tag, NAME#dddd, after a word naming the account
// ("Discord: kwesi#1234 joined", "discord user abena.owusu#0420"): the
// name stayed. An issue's, a pull request's or a build's number stays.
func TestProbe12DiscordTag(t *testing.T) {
	in := "[21:05:03] Discord: kwesi_b#1234 joined voice channel \"Friday Set\"\n[21:05:04] discord user abena.owusu#0420 says hi\n"
	checkAllEncodings(t, "discord", in, []string{"kwesi_b", "abena.owusu"}, "dm kwesi_b")
	mustKeep(t, "discord", scrubTwice(t, in), "Discord: <user-1>#1234 joined", "discord user <user-2>#0420 says")
	in = "fixed in issue#1234 and PR#5678\nbuild#0042 ok\nsee crashd#1234\nuser: #1234\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: the lines Twitch's chat server sends: the channel, named after
// its broadcaster ("USERNOTICE #djama"), the account a CLEARCHAT cleared,
// the nick a numeric reply is addressed to, and the accounts' ids under
// target-user-id and msg-param-recipient-id stayed. Twitch's own
// greeting and its capability replies stay.
func TestProbe12TwitchServer(t *testing.T) {
	in := "@login=kwesi_dj;msg-id=resub;room-id=12345678;user-id=87654321 :tmi.twitch.tv USERNOTICE #djama :Great stream\n" +
		"@msg-param-recipient-display-name=AmaK;msg-param-recipient-id=55554444;msg-param-recipient-user-name=ama_k :tmi.twitch.tv USERNOTICE #djama\n" +
		"@ban-duration=350;room-id=12345678;target-user-id=99887766;tmi-sent-ts=1642715756806 :tmi.twitch.tv CLEARCHAT #djama :yaw_beats\n" +
		":tmi.twitch.tv 001 abena_x :Welcome, GLHF!\n"
	checkAllEncodings(t, "twitch", in, []string{"djama", "kwesi_dj", "55554444", "ama_k", "99887766", "yaw_beats", "abena_x"}, "ping djama")
	mustKeep(t, "twitch", scrubTwice(t, in), " :tmi.twitch.tv USERNOTICE #<user-", " :Great stream\n", " :Welcome, GLHF!\n", "CLEARCHAT #<user-")
	in = ":tmi.twitch.tv CAP * ACK :twitch.tv/membership\n:tmi.twitch.tv RECONNECT\nPING :tmi.twitch.tv\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: an IRC client's log writes each message under its sender's nick
// in angle brackets after the time ("[12:01] <kwesi_dj> nice
// transition!", irssi's "12:01 <@ama_k> thanks"): the nick stayed. Code's
// "<init>", "<module>" and markup follow no time and stay.
func TestProbe12IRCLogNick(t *testing.T) {
	in := "[12:01] <kwesi_dj> nice transition!\n12:01 <@ama_k> thanks\n[21:04:11] <Kofi99>\tok\n"
	checkAllEncodings(t, "irclog", in, []string{"kwesi_dj", "ama_k", "Kofi99"}, "ping kwesi_dj")
	mustKeep(t, "irclog", scrubTwice(t, in), "[12:01] <<user-1>> nice transition!\n", "12:01 <@<user-2>> thanks\n")
	in = "  File \"<stdin>\", line 1, in <module>\nat Foo.<init>(Foo.java:12)\n12:01 <br> x\n10:00 <unknown>\nx 12:01 <kofi> hi\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: Discord's "global_name", the display name of an account beside
// its "username" (a bot's or client's log of a message), stayed.
func TestProbe12DiscordGlobalName(t *testing.T) {
	js := `{"author":{"id":"80351110224678912","username":"kwesi_b","global_name":"Kwesi B"},"mentions":[{"username":"ama.k","global_name":"Ama Konadu"}]}`
	mustNotContain(t, "discord-json", scrubJSONString(t, js), "80351110224678912", "ama.k", "Konadu", "kwesi")
	in := "global_name: Ama Konadu\nNameError: global name 'foo' is not defined\n"
	mustKeep(t, "global_name", scrubTwice(t, in), "global_name: <user-1>\n", "NameError: global name 'foo' is not defined\n")
}

// Leak: Discord's mention of a user in a message's content,
// "<@80351110224678912>" (and "<@!…>", a nickname's), kept the user's id.
// Role and channel mentions stay.
func TestProbe12DiscordMention(t *testing.T) {
	in := "content: <@80351110224678912> and <@!123456789012345678> on my way\n"
	checkAllEncodings(t, "discord-mention", in, []string{"80351110224678912", "123456789012345678"}, "id 80351110224678912")
	mustKeep(t, "discord-mention", scrubTwice(t, in), "content: <@<uid-1>> and <@!<uid-2>> on my way\n")
	js := `{"content":"<@123456789012345678> hi","mentions":[{"id":"123456789012345678","username":"ama.k"}]}`
	mustNotContain(t, "discord-json", scrubJSONString(t, js), "123456789012345678", "ama.k")
	in = "roles <@&123456789012345678> in <#123456789012345678>\nTask<@1> x\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: an app names the person after the account it signed in as
// ("Signed in as kwesi_dj (Kwesi Boateng)"): the name's learned first
// word went, the last name stayed; a handle after "for" or "by"
// ("Now playing for @kwesi_dj") stayed. An account's kind in parentheses
// stays.
func TestProbe12AccountDisplayName(t *testing.T) {
	in := "2024-11-28 21:05:09.123 [INFO] Signed in as kwesi_dj (Kwesi Boateng)\nLogged in as kai (Kai Okonkwo)\n" +
		"Now playing for @yaw_beats: track 12\nset shared by @ama.k\n"
	checkAllEncodings(t, "as-name", in, []string{"kwesi", "Boateng", "kai", "Okonkwo", "yaw_beats", "ama.k"}, "")
	mustKeep(t, "as-name", scrubTwice(t, in), "Signed in as <user-1> (<user-2>)\n", "Now playing for @<user-")
	in = "signed in as kwesi (Premium Account)\nLogged in as kai (Local Account)\nwaiting for @MainActor\nfor @available(iOS 15, *)\n"
	mustKeep(t, "as-kind", scrubTwice(t, in), "(Premium Account)\n", "(Local Account)\n", "waiting for @MainActor\n", "for @available(iOS 15, *)\n")
}

// Leak: a Java system property's name was read with its "-D"
// ("-Dapp.user" as the key "dappuser"), so an account under a key known
// only by its exact name stayed. A C define (-DUSER_NAME) is no property.
func TestProbe12JavaSystemProperty(t *testing.T) {
	in := "java -Dapp.user=kwesi.boateng -Dfile.encoding=UTF-8 -Dos.name=Linux -jar mixer.jar\n"
	checkAllEncodings(t, "java -D", in, []string{"kwesi.boateng"}, "later kwesi.boateng")
	mustKeep(t, "java -D", scrubTwice(t, in), "-Dfile.encoding=UTF-8 -Dos.name=Linux -jar mixer.jar\n")
	mustKeep(t, "cc -D", scrubTwice(t, "cc -DNDEBUG -DVERSION=3 -Debug=1 main.c\n"), "cc -DNDEBUG -DVERSION=3 -Debug=1 main.c\n")
}
