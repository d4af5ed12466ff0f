package redact

import "strings"

// accountTail handles a learned account [p, e) that goes on with '.' or
// '_' and letters, an account of its own: "kofi.mensah" or "kofi_mensah"
// where only "kofi" was learned ("<user-1>.mensah" kept the surname).
// The whole is learned and replaced; a file's extension or a host's
// domain after the name ("kofi.json", "kofi.local") is no part of an
// account. It returns where the account ends, or -1.
func (sc *scanner) accountTail(p, e int) int {
	b := sc.b
	te := e + 1
	for te < len(b) && te-e <= 21 && (b[te] >= 'a' && b[te] <= 'z' || b[te] >= 'A' && b[te] <= 'Z') {
		te++
	}
	if te-e-1 < 3 || te-e > 21 || te < len(b) && (isAlnum(b[te]) || b[te] >= 0x80 || b[te] == '.' && te+1 < len(b) && isAlnum(b[te+1]) ||
		b[te] == '@' || b[te] == '/' || b[te] == '\\' || b[te] == '-' || b[te] == '_' || b[te] == '<') {
		return -1
	}
	if notAccountTail[strings.ToLower(string(b[e+1:te]))] {
		return -1
	}
	if sc.s.allowed(string(b[p:te])) {
		return -1
	}
	sc.learnedSpan(p, te, ClassUser)
	return te
}

// notAccountTail: what follows a name after a dot in a file's or a host's
// name, or a setting's after '_' ("kofi_settings"): no surname.
var notAccountTail = wordSet(`txt log logs json xml plist crate als alp mp3 wav flac aiff aif m4a aac ogg opus png jpg
	jpeg gif pdf zip tar tgz dmg pkg msi exe dll dylib lock pid sock csv tsv yml yaml toml ini cfg conf dat db sqlite
	bak tmp old new html htm css js ts md sh bash zsh py rb go rs java nml vdj vdjfolder m3u m3u8 pls xspf bin img iso
	local lan home com net org edu gov info biz dev app cloud internal corp intra localdomain
	key pem crt cer pub der gpg asc keychain profile config settings cache backup prefs preferences data files
	music library mixes sets session sessions usb drive folder dir test debug rpp logicx flp cpr npr bwproject ptx ptf aup aup3`)
