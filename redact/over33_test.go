package redact

import "testing"

// A document named after an occasion and its part ("Birthday -
// Overview.html", "Birthday - Invitation.pdf") names no person: the word
// after the dash is a document's noun. A person's name there still goes,
// at a line's start and inside a path, in capitals too.
func TestOver33OccasionDashDocumentWord(t *testing.T) {
	for _, keep := range []string{
		"Birthday - Overview.html",
		"/home/x/docs/Birthday - Overview.html",
		"Opened C:\\Users\\Public\\Documents\\Birthday - Overview.docx",
		"Birthday - Invitation.pdf",
		"Birthday - Presentation.key",
		"Projects/Graduation - Summary.md",
		"Naming Ceremony - Overview.html",
		"Birthday - Template.psd",
		"Birthday - Guest List.xlsx",
		"Birthday - Extended Mix.mp3",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Birthday - Chidi.als", "Chidi"},
		{"Naming Ceremony - Chidi.als", "Chidi"},
		{"Loaded /Users/dj/Music/Projects/Birthday - Amaka.als\n", "Amaka"},
		{"Birthday - AMAKA.als", "AMAKA"},
		{"Birthday \u2013 Louise.als", "Louise"},
		{"Naming Ceremony - Trinity Osei.als", "Trinity"},
		{"/home/x/docs/Birthday - Thandiwe Nkosi.html", "Nkosi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// A package at a four-part version where npm, yarn or a dependency list
// writes it ("node_modules/lodash@4.17.21.1", "+ lodash@4.17.21.1",
// "deps: lodash@4.17.21.1") names no account at an address: the package
// is not learned as a user (it would go from every path and require()).
// An account at a small address after "user:", "ssh", "login" or "peer"
// still goes (TestOver32AccountAtSmallQuad).
func TestOver33PackageAtFourPartVersion(t *testing.T) {
	for _, keep := range []string{
		"deps: lodash@4.17.21.1",
		"deps: @types/node@20.1.2.3, lodash@4.17.21.1\nrequire(\"lodash\")",
		"Dependencies: lodash.merge@4.6.2.1",
		"npm ERR! path /srv/app/node_modules/lodash@4.17.21.1",
		"/srv/app/node_modules/.pnpm/lodash@4.17.21.1/node_modules/lodash/index.js",
		"+ lodash@4.17.21.1\nadded 1 package in 0.8s",
		"added left-pad@1.3.0.1",
		"app@1.0.0 /srv/app\n\u251c\u2500\u2500 lodash@4.17.21.1\n\u2514\u2500\u2500 @types/node@20.1.2.3",
		"`-- lodash@4.17.21.1",
		"\"lodash@4.17.21.1\":\n  version \"4.17.21.1\"",
		"installed: left-pad@1.3.0.1 (from cache)",
		"at Object.<anonymous> (/srv/app/node_modules/express@4.18.2.1/lib/router/index.js:284:7)",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"user: kofi@5.61.22.9", "kofi"},
		{"ssh kofi@5.61.22.9", "kofi"},
		{"Connecting as kofi@5.61.22.9\n", "kofi"},
		{"peer ngozi@8.12.3.4 joined\n", "ngozi"},
		{"+ login ok for adaeze@3.120.45.67", "adaeze"},
		{"session owner: tomasz.w@81.2.69.160", "tomasz.w"},
		{"Accepted publickey for thabo from 81.2.69.160: thabo@81.2.69.160\n", "thabo"},
		{"\"lindiwe@81.2.69.160\"", "lindiwe"},
		{"/home/ayse@81.2.69.160", "ayse"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// A home's folder name that reads on past a blank only into an account's
// kind ("/home/0A Users/00000", "kofi Users") is no folder name: the
// first word is the account, and the words after it are scanned on
// their own, as a second scrub does once the first word is a pseudonym
// (the fuzzer's "HOME=/home/0A Users/00000" scrubbed twice changed).
// Windows' "All Users" and "Default User" stay whole.
func TestOver33HomeNameBeforeAccountKind(t *testing.T) {
	for _, in := range []string{
		"HOME=/home/0A Users/00000",
		"HOME=/home/0A Users/00000\n",
		"/home/0A Users/00000",
		"HOME=/home/kofi Users/ama",
	} {
		scrubTwice(t, in)
	}
	for _, c := range []struct{ in, secret string }{
		{"HOME=/home/kofi Users/ama\n", "kofi"},
		{"ls /home/wanjiru Users/achieng\n", "wanjiru"},
		{"ls /home/wanjiru Users/achieng\n", "achieng"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	for _, keep := range []string{
		"C:\\Users\\All Users\\Application Data\\Microsoft\\Crypto\\RSA\\MachineKeys",
		"C:\\Documents and Settings\\All Users\\Application Data\\x.log",
		"C:\\Users\\Default User\\NTUSER.DAT",
		"C:\\Users\\Public\\Public Documents\\x.txt",
	} {
		mustKeepTwice(t, keep)
	}
}

// Code's member "ti.local" beside its siblings ("ti.name", "ti.remote":
// Go's tun tests) is no mDNS host; a machine's .local name is still one,
// beside other machines or its own name in another domain.
func TestOver33DotLocalCodeMember(t *testing.T) {
	for _, keep := range []string{
		"\t\tArgs: []string{\"ifconfig\", ti.name, \"inet\", ti.local, ti.remote},",
		"\t\tArgs: []string{\"ip\", \"address\", \"add\", ti.local, \"dev\", ti.name},",
		"    addr = cfg.local if cfg.local else cfg.remote",
		"  if (opts.local) { bind(opts.addr); }",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Connecting to kwabena-mbp.local (192.168.1.20)\n", "kwabena-mbp"},
		{"mDNS: resolved thandos-imac.local, thandos-imac.lan\n", "thandos-imac"},
		{"bonjour: studio-ngozi.local (studio-ngozi.corp.example.com)\n", "studio-ngozi"},
		{"peers: minh-pc.local, lan-anh.local\n", "lan-anh"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// A call or an index in an indented struct literal's user field (Go's
// os/user: "Username: _C_GoString(_C_pw_name(pwd)),", "Username:
// parts[0],") is code, not an account: "_c_gostring(_c_pw_name(pwd" and
// "parts[0" were learned as users. An account in a log's field still goes.
func TestOver33UserFieldCall(t *testing.T) {
	for _, keep := range []string{
		"\treturn &User{\n\t\tUid:      strconv.FormatUint(uint64(pwd.Pw_uid), 10),\n\t\tUsername: _C_GoString(_C_pw_name(pwd)),\n\t}\n",
		"\t\treturn &User{\n\t\t\tUsername: parts[0],\n\t\t\tHomeDir:  parts[5],\n\t\t}\n",
		"    const u = { username: fields[1], shell: fields[6] };",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Username: adwoa_b\n", "adwoa_b"},
		{"  user: ama_k,\n", "ama_k"},
		{"login ok\nUsername: nguyen.van.an (uid 1001)\n", "nguyen.van.an"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}
