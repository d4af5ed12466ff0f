package redact

import (
	"strings"
	"testing"
)

// A config template or a compose file names the host by the variable that
// holds it ("host=DB_HOST", "Host: REDIS_HOST"): no machine, and the name
// is what a developer needs to see. A machine's own name still goes.
func TestOver27EnvHostName(t *testing.T) {
	for _, keep := range []string{
		"psycopg2.OperationalError: could not translate host name: host=DB_HOST port=5432 dbname=app\n",
		"redis.exceptions.ConnectionError: Error connecting. Host: REDIS_HOST Port: 6379\n",
		`{"database":{"host": "POSTGRES_HOST","port":5432}}` + "\n",
		"hostname=MY_HOST\nServer=SQL_SERVER;Database=Library\n",
		"libpq: host=PGHOST port=5432 sslmode=disable\n",
		"[mongo]\nhost = MONGO_HOSTNAME\n",
		"host: ${DB_HOST}\n--host $REDIS_HOST\nServer=%SQL_SERVER%\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"connect: host=KOFI-PC port=5432\n", "KOFI-PC"},
		{"Server=DESKTOP-7QK2L1M;Database=Library\n", "DESKTOP-7QK2L1M"},
		{"host: kofi_pc\n", "kofi_pc"},
		{"Host Name: NGOZI-LAPTOP\n", "NGOZI-LAPTOP"},
		{"ComputerName=ADEBAYO_PC\n", "ADEBAYO_PC"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// "Set for Ibiza.m3u": a place a set is made for is no person, and its
// name learned would go from the whole report ("Ibiza sunset",
// "Berlin-Brandenburg"). A person's set still names its person.
func TestOver27MadeForPlace(t *testing.T) {
	for _, keep := range []string{
		"Loaded playlist: D:\\Playlists\\Set for Ibiza.m3u\nNow playing: Ibiza Sunset (Extended Mix)\n",
		"rekordbox: exported Playlist for Berlin.m3u8 to USB\nTrack: Berlin Calling - Paul Kalkbrenner\n",
		"Serato: crate 'Mix for Lagos.crate' saved\nLagos Party Starter.mp3\n",
		"file:///C:/Music/Gig%20for%20Tulum.wav\n",
		"Set for Friday.m3u\nMix for Summer.m3u\nSet for Afrobeats.m3u\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Loaded playlist: /Users/dj/Music/Set for Obinna.m3u\nrequest from Obinna\n", "Obinna"},
		{"Serato: crate 'Mix for Thandiwe.crate' saved\n", "Thandiwe"},
		{"file:///Users/dj/Music/Gig%20for%20Ama%20Serwaa.wav\n", "Serwaa"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// Found by fuzzing: a pseudonym a first pass put between "Signed in to"
// and a later "as" stands for two words, so the service before that "as"
// was four words long then and no account followed it.
func TestOver27SignedInIdempotent(t *testing.T) {
	scrubTwice(t, "Signed in to 00 As A A as ø00")
	scrubTwice(t, "Signed in to Dropbox As Ama Serwaa as of 10:42\n")
	checkBothPaths(t, "Signed in to Dropbox as Ngozi Adeyemi-Okafor\n", "Adeyemi-Okafor")
	checkBothPaths(t, "Signed in to Serato DJ Pro as kofi.m\n", "kofi.m")
}

// A user's or a host's key followed by prose ("user: should be…", a
// ChangeLog's "(has_username): Allow…", a test's "got %#v") names no
// account: learned, "should", "use", "got" and "new" went from every
// sentence of the report.
func TestOver27KeyProseLead(t *testing.T) {
	for _, keep := range []string{
		"\treturn \"\", \"\", 0, fmt.Errorf(\"user: should be user account type, not %d\", sidType)\nit should not\n",
		"    server_name: use the new API for ext data setting\nuse it\n",
		"\tt.Errorf(\"findUsername: got %#v, want %#v\", u, want)\nwe got it\n",
		"\t* call-pinentry.c (entry_owner): Remove.\n\t(gnupg_getusername): New.\n\t(has_username): Allow blobtype PGP.\nNew things to remove\n",
		"gnutls_x509_crt_set_proxy: ADD.\nadd it\n",
		"    server_name: only save the supported server names in the session\nonly this\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"user: kofi.mensah logged in\n", "kofi.mensah"},
		{"Username: Will.\n", "Will"},
		{"user: thandeka\n", "thandeka"},
		{"hostname: ngozi-laptop is up\n", "ngozi-laptop"},
		{"http_proxy: proxy.adeyemi.ng\n", "proxy.adeyemi.ng"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// Code and tests put words where a host goes ("DNSStartInfo{Host: name}",
// a test request's "Host: test\r\n"): learned, "name", "test", "http"
// went from every line.
func TestOver27GenericHostWords(t *testing.T) {
	for _, keep := range []string{
		"\t\ttrace.DNSStart(DNSStartInfo{Host: name})\nthe name\n",
		"\t\t\"Host: test\\r\\n\\r\\n\",\na test\n",
		"\t\tWantProxy: \"GET http://example.com/ HTTP/1.1\\r\\n\" +\nGET http\n",
		"\t\t{\"HTTP/1.1\", \"Host: domain\\r\\n\", 400},\nthe domain\n",
		"\t\t{\"HTTP/1.1\", \"Host: first\\r\\nHost: second\\r\\n\", 400},\nthe first\n",
		"\t\treturn nil, fmt.Errorf(\"user: lookup username %s: %v\", username, err)\nlookup\n",
	} {
		mustKeepTwice(t, keep)
	}
	checkBothPaths(t, "Host: kofi-studio\n", "kofi-studio")
}

// A manual page's roff escapes after a word in capitals ("CHECK\-LABEL",
// "SHELL BUILTIN COMMANDS\fP", "APT\-HTTPS") read as DOMAIN\account:
// "check", "commands", "https" were learned and went everywhere.
func TestOver27RoffEscape(t *testing.T) {
	for _, keep := range []string{
		"CHECK\\-LABEL block. Global variables are not affected by CHECK\\-LABEL.\nthe check\n",
		"under\n.SM\n\\fBSHELL BUILTIN COMMANDS\\fP\nbelow).\nCOMMANDS\\fP\nthe commands\n",
		"User\\-Agent \"My APT\\-HTTPS\";\nhttps\n",
		"See \"\\fI\\%TAG FILE FORMAT\\fP\" section\nTAG FILE FORMAT\\fP\nthe format\n",
		"This option is enabled by default for CK800\\-series processors.\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"CONTOSO\\kofi\n", "kofi"},
		{"signed by CORP\\ngozi.a\n", "ngozi.a"},
		{"KOFI-PC\\ama  S-1-5-21-1004336348-1177238915-682003330-1001\n", "ama"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// ChangeLogs and docs: a file's possessive ("Makefile.am's", "README's"),
// a Texinfo command after "by" ("Replaced some @code by @file."), a
// ChangeLog entry's lone verb ("…_proxy: Added") and a host key's verb
// ("server_name: log server name sent") were learned as people and
// machines, and "file", "readme", "added", "log" went everywhere.
func TestOver27DocsWords(t *testing.T) {
	for _, keep := range []string{
		"\tIt is unnecessary, since Makefile.am's TESTS_ENVIRONMENT setting\nedit Makefile.am\n",
		"- Updated README's Basic Decoding section reminding of avifDecoderRead's tradeoffs\nsee README\n",
		"\t[doc/mpfr.texi] Replaced some @code by @file for consistency.\nthe file\n",
		"\t[doc/mpfr.texi] Replaced a few @samp by @code for consistency.\nthe code\n",
		"gnutls_x509_ext_import_proxy: Added\nAdded support\n",
		"    server_name: log server name sent\nthe log\n",
		"\t\t\tServerName:        \"foo.com\",\nfoo.com\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Loaded Kwabena's Set\n", "Kwabena"},
		{"Message from @kwesi_dj (Kwesi Boateng)\n", "kwesi_dj"},
		{"Track shared by @ama.k.\n", "ama.k"},
		{"User: Thandeka\n", "Thandeka"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// A part of a learned full name that is an English word too ("Will" of
// "Will Thompson", "Park" of "Jisoo Park") went from every sentence ("this
// will fail", "park the car"): it matches capitalised only now; learned as
// an account of its own it matches however written.
func TestOver27WordNames(t *testing.T) {
	for _, c := range []struct{ in, full, gone, kept string }{
		{"Will Thompson <will.thompson@collabora.co.uk>\nthe socket will be closed\nWill said so\n", "Will Thompson", "Will said", "will be closed"},
		{"Author: Jisoo Park\nUSB: park heads on idle\nPark wrote it\n", "Jisoo Park", "Park wrote", "park heads"},
		{"Reviewed-by: Mark Boateng\nmark the crate as read\nMark: done\n", "Mark Boateng", "Mark:", "mark the crate"},
	} {
		out := checkBothPaths(t, c.in, c.full)
		for _, o := range []string{out, scrubTwice(t, c.in)} {
			mustKeep(t, c.in, o, c.kept)
			if strings.Contains(o, c.gone) {
				t.Errorf("%q: %q kept in %q", c.in, c.gone, o)
			}
		}
	}
	// an account on its own still goes however written
	checkBothPaths(t, "login: will\nsession opened for will\n", "will")
	checkBothPaths(t, "Author: Will Thompson\nlogin: will\nbye will\n", "will")
}

// A manual's header names a team as its author ("Author: APT team",
// "Author: The PostgreSQL Global Development Group") and its index a
// placeholder ("--owner=package"): learned, "apt", "global", "package"
// went from every page.
func TestOver27ManAuthors(t *testing.T) {
	for _, keep := range []string{
		".\\\"    Author: APT team\n.\\\"    Manual: APT\nAPT::Get::Install\n",
		".\\\"    Author: The PostgreSQL Global Development Group\nGlobal settings of PostgreSQL\n",
		".IX Item \"-opackage, --owner=package\"\nthe package\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{".\\\"    Author: Julianne Frances Haugh\n", "Haugh"},
		{"owner: kofi staff\n", "kofi"},
		{"Author: Adaeze Okafor <adaeze@example.org>\n", "Okafor"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}
