package redact

import (
	"bytes"
	"net/netip"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func isLocalChar(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\''
}

func isDomainChar(c byte) bool { return isAlnum(c) || c == '.' || c == '-' }

// idnRuneAt returns the length of the non-ASCII letter, digit or mark
// that starts at b[k], or 0: what internationalised addresses spell
// their local parts and domains with.
func idnRuneAt(b []byte, k int) int {
	if k >= len(b) || b[k] < 0x80 {
		return 0
	}
	r, n := utf8.DecodeRune(b[k:])
	if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
		return 0
	}
	return n
}

// idnRuneBefore is idnRuneAt for the character that ends at b[e], not
// starting before from.
func idnRuneBefore(b []byte, from, e int) int {
	if e <= from || b[e-1] < 0x80 {
		return 0
	}
	r, n := utf8.DecodeLastRune(b[from:e])
	if r == utf8.RuneError || !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
		return 0
	}
	return n
}

var fileExtTLD = map[string]bool{
	"png": true, "jpg": true, "jpeg": true, "gif": true, "svg": true, "pdf": true, "so": true,
	"dll": true, "exe": true, "dylib": true, "h": true, "c": true, "cc": true, "cpp": true, "txt": true,
	"log": true, "json": true, "js": true, "plt": true, "tiff": true, "webp": true, "icns": true,
	"nib": true, "car": true, "plist": true, "mp3": true, "wav": true, "flac": true, "m4a": true,
	"framework": true, "bundle": true, "app": true, "kext": true, "sys": true, "drv": true,
	// systemd unit files: template instances (user@1000.service,
	// getty@tty1.service) are no addresses
	"service": true, "socket": true, "slice": true, "scope": true, "mount": true, "automount": true,
	"target": true, "timer": true, "swap": true,
}

// emails finds user@domain (also %40-encoded) and URL credentials.
func (sc *scanner) emails(i, j int) {
	b := sc.b
	last := i
	// only an '@' or a "%40" can start an address: each step jumps to
	// the next of them (searched for, not read byte by byte). nextAt and
	// nextPct are where the next of each is (j: none), each searched for
	// again only once passed (searching for both at every step made a
	// word of many "%40" and no '@' quadratic)
	nextAt, nextPct := i-1, j
	// where reading a local part back from memoQ stopped (memoLs), with
	// last at memoLast
	memoQ, memoLs, memoLast := -1, -1, -1
	if bytes.IndexByte(b[i:j], '%') >= 0 {
		nextPct = i - 1
	}
	for q := i; q < j; q++ {
		if nextAt < q {
			nextAt = j
			if k := bytes.IndexByte(b[q:j], '@'); k >= 0 {
				nextAt = q + k
			}
		}
		if nextPct < q {
			nextPct = j
			if k := bytes.Index(b[q:j], []byte("%40")); k >= 0 {
				nextPct = q + k
			}
		}
		if q = min(nextAt, nextPct); q == j {
			break
		}
		at := 0
		if b[q] == '@' {
			at = 1
		} else if b[q] == '%' && q+2 < j && b[q+1] == '4' && b[q+2] == '0' {
			at = 3
		} else {
			continue
		}
		if at == 1 && q > 0 && b[q-1] == '}' && q+4 < len(b) && b[q+1] == '$' && b[q+2] == '{' {
			// a script's ssh or rsync target, "${REMOTE_USER:-ama}@${REMOTE_HOST:-studio-pc}":
			// the host's default is the machine (the user's is a user key's value)
			if ds, de := shellDefault(b, q+1); ds > 0 && de > ds && b[ds] != '$' {
				sc.valueSpan(ds, de, ClassHost)
			}
		}
		if sc.urlCred(i, q, j) {
			q += at - 1
			continue
		}
		ls := q
		for ls > last {
			if ls == memoQ && last == memoLast {
				// read back from here for the '%' of the "%40" before:
				// reading it again for each of "a%40a%40…" was quadratic
				ls = memoLs
				break
			}
			if isLocalChar(b[ls-1]) {
				ls--
			} else if n := idnRuneBefore(b, last, ls); n > 0 {
				ls -= n // an internationalised local part (RFC 6531)
			} else {
				break
			}
		}
		memoQ, memoLs, memoLast = q, ls, last
		if ls == i && i >= 2 && b[i-1] == '\'' && (isAlnum(b[i-2]) || b[i-2] >= 0x80 || gluedToPseudonym(b, i-1)) && ls < q {
			// "kai.o'neill@": the apostrophe of a local part (RFC 5322
			// allows it) ends the scanner's word; the part before it is
			// the same address's (a pseudonym before it stands for such
			// a part, which the first pass saw: "0@<host-1>'0@00X0")
			for ls--; ls > 0 && i-ls < 64; {
				if isLocalChar(b[ls-1]) {
					ls--
				} else if n := idnRuneBefore(b, max(0, ls-4), ls); n > 0 {
					ls -= n
				} else {
					break
				}
			}
		}
		if ls >= 14 && b[ls-1] == '/' && matchFold(b, ls-13, "cloudstorage/") == ls {
			// macOS File Provider folders are PROVIDER-ACCOUNT
			// ("GoogleDrive-kai@example.com"): the provider is no part
			// of the address
			if k := bytes.IndexByte(b[ls:q], '-'); k > 0 {
				ls += k + 1
			}
		}
		if gluedToPseudonym(b, ls) {
			// "<user-1>.x@": what is left of a local part that started
			// inside a name the first pass replaced instead
			continue
		}
		if ls > 0 && b[ls-1] == '@' {
			// "x@0.AA@0.AA", "<user-1>%@0.AA@0.AA": the "local part" is
			// the domain of an address before it, whatever became of
			// that address (a name the first pass replaced may have won
			// over it), so both passes judge it alike
			continue
		}
		for ls < q && (b[ls] == '.' || b[ls] == '-' || b[ls] == '\'') {
			ls++
		}
		// a %XX escape before the local part (%3Czoe@...) is not part of it
		if ls+2 < q && b[ls] == '%' && isHex(b[ls+1]) && isHex(b[ls+2]) {
			ls += 3
		}
		if ls >= q {
			continue
		}
		ds := q + at
		de := ds
		for de < len(b) {
			if isDomainChar(b[de]) {
				de++
			} else if n := idnRuneAt(b, de); n > 0 {
				de += n // an IDN label in Unicode ("почта.рф")
			} else {
				break
			}
		}
		if pseudonymAt(b, de) {
			// glued to a pseudonym ("x.io-<ip-1>"): what is left of a
			// longer word, no domain in the first pass either
			continue
		}
		for de > ds && (b[de-1] == '.' || b[de-1] == '-') {
			de--
		}
		valid := validDomain(b[ds:de])
		if dot := bytes.LastIndexByte(b[ds:de], '.'); !valid && dot > 0 {
			// "kai@proton.me-folder" (Proton Drive's File Provider
			// folder), "zoe@example.com-backup": a suffix glued to the
			// top-level domain with a dash
			if k := bytes.IndexByte(b[ds+dot:de], '-'); k > 0 && validDomain(b[ds:ds+dot+k]) {
				de, valid = ds+dot+k, true
			}
		}
		if !valid {
			if ds < de && (sshTarget(b, ls) || userAtHost(b, ls, ds, de) || sc.sshArg(ls, ds, de) || bareAccountAt(b, ls, ds, de) && !sc.packageVersionAt(ls, q, ds, de)) {
				// "ssh tobias@build-box", "scp kai@10.0.0.7:x", "git
				// clone zoe@studio-nas:repo", shell prompts: a user at a
				// bare host or an address
				sc.sshUser(promptNameStart(b, ls, de), q)
				sc.sshHost(ds, de)
				if ls > 50 && b[ls-1] == ' ' {
					sc.sshFingerprint(ls) // "256 SHA256:uNiV… kofi@studio (ED25519)" (knownhosts.go)
				}
			} else if ds == de && de < len(b) && b[de] == '@' && sshTarget(b, ls) {
				sc.sshUser(ls, q) // "scp kai@@10.0.0.7:x" (ipv4At takes the address)
			}
			continue
		}
		if b[ls] == '<' {
			continue
		}
		if q-ls == 3 && string(b[ls:q]) == "git" {
			// git@github.com:org/repo.git: the forge's service account
			// in a remote, no one's mailbox; its host is treated as a
			// URL's is (an internal one is replaced)
			if internalHost(b[ds:de]) {
				sc.hostSpan(ds, de)
			}
			last = de
			q = de - 1
			continue
		}
		// logs repeat an address: its outcome (canon, "" when allowed) is
		// cached; learning its local part again would change nothing
		canon, seen := sc.emailCache[string(b[ls:de])]
		// past the cache's bound, emailMore keeps the same outcome and
		// the local part to learn, which is learned again (a report
		// naming thousands of people)
		var more emailMemo
		again := false
		if !seen && sc.emailMore != nil {
			more, again = sc.emailMore[string(b[ls:de])]
			again = again && more.at == q-ls
		}
		v := ""
		if !seen && !again {
			v, more = string(b[ls:de]), emailMemo{}
			if !sc.s.allowed(v) {
				canon = canonical(pctDecode(v))
			}
			if sc.emailCache == nil {
				sc.emailCache = map[string]string{}
			}
			if len(sc.emailCache) < 1024 {
				sc.emailCache[v] = canon
			} else {
				more = emailMemo{canon: canon, at: q - ls}
			}
		} else if again {
			canon = more.canon
		}
		if canon == "" {
			if !seen && !again && v != "" && more.at != 0 {
				sc.keepEmail(v, more)
			}
			continue
		}
		if ls > 0 && b[ls-1] == '<' && de < len(b) && b[de] == '>' {
			if ls > 1 && b[ls-2] == '(' && de+1 < len(b) && b[de+1] == ')' {
				sc.displayName(ls - 2) // Gmail's "Lucía Fernández (<l@x>) escribió:"
			} else {
				sc.displayName(ls - 1)
			}
		} else if ls > 0 && b[ls-1] == '(' && de < len(b) && b[de] == ')' {
			sc.parenMailName(ls - 1) // "Kwabena Owusu (kwabena.o@x)"
		}
		if again {
			if more.local != "" {
				sc.learnUser(more.local)
			}
		} else if !seen {
			local := pctDecode(string(b[ls:q]))
			personal := personalLocalPart(local)
			if more.at != 0 {
				if personal {
					more.local = local
				}
				sc.keepEmail(v, more)
			}
			if personal {
				// first.last@: the person's name, also in file names
				// ("aroha_private_set.flac") and messages
				sc.learnUser(local)
			}
		}
		sc.add(ls, de, ClassEmail, canon)
		last = de
		q = de - 1
		if q < i {
			q = i
		}
	}
}

// emailMemo is what emails made of an address past emailCache's bound:
// its canonical value, where its '@' is, and its local part when that is
// learned.
type emailMemo struct {
	canon, local string
	at           int
}

// maxEmailMore bounds scanner.emailMore.
const maxEmailMore = 1 << 13

// keepEmail records m for the address v.
func (sc *scanner) keepEmail(v string, m emailMemo) {
	if sc.emailMore == nil {
		sc.emailMore = map[string]emailMemo{}
	}
	if len(sc.emailMore) < maxEmailMore {
		sc.emailMore[v] = m
	}
}

// sshTarget reports whether the word at s is the target of an ssh, scp,
// sftp, rsync or mosh command ("ssh tobias@build-box").
func sshTarget(b []byte, s int) bool {
	if s < 4 || b[s-1] != ' ' {
		return false
	}
	k := s - 1
	for k > 0 && s-k < 7 && isLetter(b[k-1]) {
		k--
	}
	if k > 0 && isAlnum(b[k-1]) {
		return false
	}
	switch string(b[k : s-1]) {
	case "ssh", "scp", "sftp", "rsync", "mosh":
		return true
	}
	return false
}

// userAtHost reports whether user@host at [ls, de) (the host [ds, de) is
// no e-mail domain) names an account on a machine by its shape: scp and
// git's "user@host:path", a shell prompt ("[zoe@zoe-laptop ~]$",
// "zoe@zoe-laptop:~/src$", Git Bash's "zoe@ZOE-PC MINGW64 ~/src"). The
// host is one label or an IPv4 address: "user@1000.service" (a systemd
// unit), "lodash@4.17.21:" and "nginx@sha256:..." are none.
func userAtHost(b []byte, ls, ds, de int) bool {
	if !hostLabel(b[ds:de]) {
		return false
	}
	n := len(b)
	if de+1 < n && b[de] == ':' {
		// scp/git "user@host:path", a prompt's "user@host:~/src$"; not
		// a JavaScript stack frame's function at its script's URL
		// (SpiderMonkey's and JavaScriptCore's
		// "_onDestroy@resource:///org/gnome/shell/ui/popupMenu.js:1155:9",
		// "render@https://cdn.example.com/app.js:10:20")
		c := b[de+1]
		if c != '~' && c != '/' && depProtocols[string(b[ds:de])] {
			// yarn's and pnpm's "lodash@npm:4.17.21", "app@workspace:.",
			// "lodash@patch:lodash@npm%3A4.17.21#…": a package and the
			// protocol it is resolved by, no user at a machine
			return false
		}
		return c == '~' || c == '/' && !(de+2 < n && b[de+2] == '/') || c == '.' || isAlnum(c)
	}
	if de+1 >= n || b[de] != ' ' {
		return false
	}
	if ls > 0 && b[ls-1] == '[' {
		// bash's default prompt on Fedora and CentOS: "[user@host dir]$"
		for k := de + 1; k+1 < n && k-de < 128 && !lineBreak(b[k]); k++ {
			if b[k] == ']' {
				return b[k+1] == '$' || b[k+1] == '#'
			}
		}
		return false
	}
	if zshPrompt(b, de) {
		return true
	}
	// Git Bash, MSYS2: "user@host MINGW64 ~/src"
	for _, w := range []string{"mingw64 ", "mingw32 ", "msys ", "ucrt64 ", "clang64 ", "clangarm64 "} {
		if matchFold(b, de+1, w) > 0 {
			return true
		}
	}
	return false
}

// zshPrompt: the blank at de starts the rest of macOS's zsh prompt
// ("%n@%m %1~ %#": "kofi@Kofis-MBP ~ %", "kofi@studio src %"), the
// current folder's last part and a '%' or '#' that ends the prompt.
func zshPrompt(b []byte, de int) bool {
	k := de + 1
	for k < len(b) && k-de <= 64 && b[k] > ' ' {
		k++
	}
	return k > de+1 && k+1 < len(b) && b[k] == ' ' && (b[k+1] == '%' || b[k+1] == '#') &&
		(k+2 == len(b) || b[k+2] == ' ' || lineBreak(b[k+2]))
}

// promptNameStart returns where the user of a zsh prompt whose local part
// starts at ls begins: a full name with a blank, the prompt's first
// thing on its line or after conda's "(base) " ("Ngozi Adeyemi@MacBook-Pro
// ~ %", where the account's long name was set as the user), or ls.
func promptNameStart(b []byte, ls, de int) int {
	if ls < 3 || b[ls-1] != ' ' || !capitalised(b, ls) {
		return ls
	}
	s := ls - 1
	for s > 0 && ls-s < 24 && (isLetter(b[s-1]) || b[s-1] >= 0x80) {
		s--
	}
	if s == ls-1 || !capitalised(b, s) || !(s == 0 || lineBreak(b[s-1]) || s >= 2 && b[s-1] == ' ' && b[s-2] == ')') || !zshPrompt(b, de) {
		return ls
	}
	return s
}

// depProtocols are the protocols yarn, pnpm and bun resolve a
// dependency by, written after its name and an '@' ("lodash@npm:^4.17.21").
var depProtocols = wordSet(`npm jsr workspace patch portal link file exec github gitlab bitbucket`)

// hostLabel: h can be the host of user@host: one label with a letter,
// or an IPv4 address.
func hostLabel(h []byte) bool {
	if bytes.IndexByte(h, '.') >= 0 {
		return isIPv4Literal(string(h))
	}
	// not an object's hash ("com.x.Player@1b6d3586:"), nor a digest
	return hasLetter(h) && !allHex(h) && !digestName(h)
}

// sshArg reports whether user@host at [ls, de) is an argument of an ssh
// command further back on its line ("ssh -p 2222 zoe@build-box-7"). The
// whole line counts, however long: a bound in bytes would see a command
// a first pass saw out of reach once the pass has replaced long hosts
// between them by short pseudonyms. sc.ssh keeps what was read of the
// line, so a line is read once however many words ask.
func (sc *scanner) sshArg(ls, ds, de int) bool {
	b := sc.b
	if ls == 0 || b[ls-1] != ' ' || !hostLabel(b[ds:de]) {
		return false
	}
	c := &sc.ssh
	if sc.lineRead&1 == 0 || ls < c.next || c.next > len(b) {
		s := lineStartOf(b, ls)
		*c = sshScan{line: s, next: s}
		sc.lineRead |= 1
	} else if s := lineStartAfter(b, c.next, ls); s > c.next {
		// the lines in between hold nothing for ls's line: skipped,
		// not read (a report's emails are lines apart)
		*c = sshScan{line: s, next: s}
	}
	for p := c.next; p < ls; p++ {
		if lineBreak(b[p]) {
			c.line, c.cmd = p+1, false
		} else if b[p] == ' ' && !c.cmd {
			c.cmd = sshCommandBefore(b, c.line, p)
		}
	}
	c.next = ls
	return c.cmd
}

// sshScan is how far sshArg read the current line: it starts at line,
// b[line:next] was read, and cmd tells whether an ssh command was in it.
// It holds for sc.b when sc.lineRead has bit 1.
type sshScan struct {
	line, next int
	cmd        bool
}

// sshCommandBefore reports whether an ssh command word ends at the blank
// at p on the line starting at line: the command itself, or its path's
// last part ("/usr/bin/ssh"); "sshA", "sshd[812]" are no ssh command.
func sshCommandBefore(b []byte, line, p int) bool {
	for _, w := range []string{"ssh", "scp", "sftp", "mosh", "rsync"} {
		k := p - len(w)
		if k >= line && string(b[k:p]) == w && (k == line || b[k-1] == ' ' || b[k-1] == '/') {
			return true
		}
	}
	return false
}

func hasLetter(v []byte) bool {
	for _, c := range v {
		if isLetter(c) {
			return true
		}
	}
	return false
}

// digestName: an image digest's algorithm ("nginx@sha256:...").
func digestName(h []byte) bool {
	switch string(bytes.ToLower(h)) {
	case "sha1", "sha224", "sha256", "sha384", "sha512", "md5", "blake2b", "blake3":
		return true
	}
	return false
}

// sshHost replaces the host [ds, de) of an ssh target or a shell prompt:
// a name is learned as a host (later bare mentions go too), an address
// is replaced as one.
func (sc *scanner) sshHost(ds, de int) {
	h := sc.b[ds:de]
	if isIPv4Literal(string(h)) {
		if !keepIP(h) && !sc.s.allowed(string(h)) {
			sc.add(ds, de, ClassIP, string(h))
		}
		return
	}
	sc.hostSpan(ds, de)
}

// sshAt reports whether the '@' at at follows the account of an ssh
// target. The account may hold an '@' itself (an Entra ID login,
// "ssh kai@contoso.com@10.0.0.7", or a doubled one, "scp kai@@host:x"):
// the address after the last is the host's.
func (sc *scanner) sshAt(at int) bool {
	b := sc.b
	ls := at
	for ls > 0 && at-ls < 64 && (isLocalChar(b[ls-1]) || b[ls-1] == '@') {
		ls--
	}
	return ls < at && sshTarget(b, ls)
}

// sshUser learns and replaces the account name b[ls:at] of an ssh target.
func (sc *scanner) sshUser(ls, at int) {
	if ls > 0 && sc.b[ls-1] == '$' {
		// a script's "$REMOTE_USER@192.168.1.20:/srv/backup": a shell
		// variable, whose value is the account
		return
	}
	if at-ls > 11 && string(sc.b[ls:ls+11]) == "ssh-remote+" {
		// VS Code's "ssh-remote+kofi@10.0.0.5": the account after the
		// authority's kind, which learned whole lost "remote" everywhere
		ls += 11
	}
	if string(sc.b[ls:at]) != "git" {
		sc.accountSpan(ls, at)
	}
}

// accountSpan learns the account name b[s:e] and replaces it, unless it
// reads as no account (implausible, generic, allowed). It reports whether
// it did.
func (sc *scanner) accountSpan(s, e int) bool {
	name := string(sc.b[s:e])
	if !plausibleName(name) || isGenericUser(name) || sc.s.allowed(name) {
		return false
	}
	sc.learnUser(name)
	sc.add(s, e, ClassUser, canonical(name))
	return true
}

// displayName finds the person's name in front of an address in angle
// brackets at lt ("Siobhán Ní Bhriain <s@x.ie>", "\"Okonkwo, Kai\" <k@x>"),
// as mail headers, git and app account lines write it: a quoted string, or
// two to four capitalised words. The name is learned as a user, so its
// parts go wherever else they appear.
func (sc *scanner) displayName(lt int) {
	if s, e := sc.displayNameSpan(lt); s >= 0 {
		sc.nameSpan(s, e)
		if e+3 < lt && sc.b[e+1] == '(' {
			sc.commentName(s, e, lt)
		}
	}
}

// parenMailName replaces the name before an address in brackets, whose
// '(' is at lt ("Kwabena Owusu (kwabena.o@x)"), when each word of it is a
// name's: a screen's label is written so as well ("Account Settings
// (k@x)", "Sync Error (…)").
func (sc *scanner) parenMailName(lt int) {
	s, e := sc.displayNameSpan(lt)
	if s < 0 || sc.b[s] == '"' {
		return
	}
	for _, w := range strings.Fields(string(sc.b[s:e])) {
		if !nameWord(w, false) || notNameWord([]byte(w)) {
			return
		}
	}
	sc.nameSpan(s, e)
}

// commentName replaces the comment at cs, after the display name [s, e)
// and before the address at lt, when it spells a name too: the
// transliteration of a name in a script without Latin letters
// ("أحمد المحمودي (Ahmed El-Mahmoudy) <…>", Debian's maintainers), or
// one name word (a surname, a nickname: "Marco Trevisan (Treviño)",
// "(Ray)"). Others stay: "(GCS)", "(TU Wien)", "(work)", "(Open Source
// Development)".
func (sc *scanner) commentName(s, e, lt int) {
	b := sc.b
	cs := e + 2
	ce := cs + bytes.IndexByte(b[cs:lt], ')')
	if ce <= cs || !utf8.Valid(b[cs:ce]) {
		return
	}
	ws := strings.Fields(string(b[cs:ce]))
	latin := false
	for _, c := range b[s:e] {
		latin = latin || isLetter(c)
	}
	if len(ws) == 0 || len(ws) > 3 || latin && len(ws) > 1 {
		return
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		title := unicode.IsUpper(r) && strings.ToUpper(w) != w
		caseless := unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) // "(陳昌倬)"
		if !(title || caseless) || strings.ContainsAny(w, "0123456789&@.,") || notOwnerWords[strings.ToLower(w)] ||
			nameLead[strings.ToLower(w)] || latin && title && !nameWord(w, false) {
			return
		}
	}
	sc.nameSpan(cs, ce)
}

// commentBefore returns where the name before a comment in parentheses
// ending at e ends ("Kwabena Owusu (work)": gpg's uids, RFC 5322's
// comments), or e when there is none.
func commentBefore(b []byte, e int) int {
	k := e - 2
	for k > 0 && e-k < 40 && b[k] != '(' && b[k] != ')' && !lineBreak(b[k]) && b[k] != '<' && b[k] != '>' {
		k--
	}
	if k < 2 || b[k] != '(' || b[k-1] != ' ' {
		return e
	}
	return k - 1
}

// lastWordStart returns where the word of letters ending at e starts.
func lastWordStart(b []byte, e int) int {
	w := e
	for w > 0 && isLetter(b[w-1]) {
		w--
	}
	return w
}

// displayNameSpan is displayName's reading: where the name before lt
// starts and ends, or -1, -1 (none, or a team's).
func (sc *scanner) displayNameSpan(lt int) (int, int) {
	b := sc.b
	e := lt
	for e > 0 && lt-e < 3 && b[e-1] == ' ' {
		e--
	}
	if e == lt || e == 0 {
		return -1, -1
	}
	if b[e-1] == ')' {
		e = commentBefore(b, e) // "Kwabena Owusu (work) <k@x>" (gpg's uids)
	}
	if w := lastWordStart(b, e); w >= 2 && w < e && b[w-1] == ' ' && isLetter(b[w-2]) && b[w] >= 'A' && b[w] <= 'Z' && e-w <= 16 {
		// "Kofi Asante Music <k@x>": a person's name and what they make
		// under it; the name is read before the word (which, as a lead
		// word, would end the reading)
		// (lowered on the stack: the word is most often a surname)
		var lb [16]byte
		lw := lb[:copy(lb[:], b[w:e])]
		if foldASCII(lw); orgWords[string(lw)] && nameLead[string(lw)] {
			e = w - 1
		}
	}
	s := e
	if b[e-1] == '"' {
		s = e - 1
		for s > 0 && e-s < 66 && b[s-1] != '"' && b[s-1] != '\n' {
			s--
		}
		if s == 0 || b[s-1] != '"' || s == e-1 || teamName(b[s:e-1]) {
			return -1, -1
		}
		return s, e - 1
	}
	words := 0
	comma, led := false, false
	named, particle := s, false // where the name read so far starts; a particle read before it
	for words < 4 {
		ws := s
		for ws > 0 && (isLetter(b[ws-1]) || b[ws-1] >= 0x80 || b[ws-1] == '\'' || b[ws-1] == '-' || b[ws-1] == '.') {
			ws--
		}
		if words > 0 && s-ws >= 2 && nameParticles[string(b[ws:s])] && ws >= 2 && b[ws-1] == ' ' && (isLetter(b[ws-2]) || b[ws-2] >= 0x80) {
			// "Ilse de Vries", "Ludwig van der Berg": a surname's particle,
			// when a capitalised word comes before it
			s, particle = ws-1, true
			continue
		}
		if s-ws < 2 || !(b[ws] >= 'A' && b[ws] <= 'Z' || b[ws] >= 0x80) {
			break
		}
		if led = nameLeadWord(b[ws:s]); led {
			break
		}
		words++
		s, particle = ws, false
		named = s
		if words == 1 && s >= 3 && b[s-1] == ' ' && b[s-2] == ',' && (isLetter(b[s-3]) || b[s-3] >= 0x80) {
			// "Kjærstad, Åse <a@x.no>": directories write Last, First
			comma = true
			s -= 2
			continue
		}
		if s < 2 || b[s-1] != ' ' || !(isLetter(b[s-2]) || b[s-2] >= 0x80 || b[s-2] == '.') {
			break
		}
		s--
	}
	if particle {
		s = named - 1 // (no name before the particle: "patch from van Vries")
	}
	if words < 2 && !(words == 1 && led && localIs(b, lt, s+1, e)) {
		// (one word is a name where a lead word says so and the
		// mailbox is called the same: "Thanks Jim <jim@example.org>")
		return -1, -1
	}
	if comma {
		// only where a header value or the next recipient starts ("From:
		// Last, First <...>", "..>, Last, First <...>"): elsewhere the
		// word before a comma is no part of the name ("Thanks, Kai <...>")
		k := s
		for k > 0 && b[k-1] == ' ' {
			k--
		}
		if k == 0 || b[k-1] != ':' && b[k-1] != '=' && b[k-1] != '\t' && !(b[k-1] == ',' && k >= 2 && b[k-2] == '>') {
			return -1, -1
		}
	}
	for b[s] == ' ' {
		s++
	}
	if teamName(b[s:e]) {
		return -1, -1
	}
	return s, e
}

// teamWords name a group, not a person, in a mailbox's display name
// ("Debian Java Maintainers <…>", "Ableton Support Team <…>"): its words
// are no names to learn ("Java", "Install" would go everywhere).
var teamWords = wordSet(`team teams maintainers maintainer developers devs project group support force foundation
	committee community list lists bot robot daemon service services system systems administrators admins
	packagers packaging release releases security notifications noreply inc ltd llc gmbh corp corporation labs
	authors contributors department desk helpdesk office staff crew bugs tracker automation builders buildd
	mailer mailing newsletter sales billing accounts`)

// orgWords, in a name, make it an organisation's, a label's or a
// vendor's ("Xfer Records", "Nebula Security", "Fudan University",
// "Debian Wine Party"): such a name is learned whole, not in parts
// (orgName). (A mailbox's display name holding one is still learned:
// "Kofi Mensah Music <…>" names its owner.)
var orgWords = wordSet(`party consortium collective alliance association society institute university research
	division council coalition federation partners initiative ecosystem janitor software records recordings
	studios productions instruments digital technologies technology solutions media entertainment games
	interactive publishing audio music sound sounds library factory`)

// teamName: one of the words of the display name n (split at ' ', ',',
// '.', '-') is a team word. It reads the words in place, lowercases an
// ASCII one on the stack and looks up only one whose first and last
// letters some team word has (it runs on every display name); a word with
// a byte past ASCII goes through bytes.ToLower, as a few such letters
// lower to ASCII ones ("DES\u212A", Kelvin sign, is "desk").
func teamName(n []byte) bool {
	var lb [14]byte
	for i := 0; i < len(n); {
		for i < len(n) && teamSep(n[i]) {
			i++
		}
		s, ascii := i, true
		for ; i < len(n) && !teamSep(n[i]); i++ {
			c := n[i]
			ascii = ascii && c < 0x80
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if k := i - s; k < len(lb) {
				lb[k] = c
			}
		}
		w := n[s:i]
		if len(w) < 2 || len(w) > len(lb) {
			continue
		}
		if !ascii {
			if teamWords[string(bytes.ToLower(w))] {
				return true
			}
			continue
		}
		f, l := lb[0]-'a', lb[len(w)-1]-'a'
		if f < 26 && l < 26 && teamEnds[f]&(1<<l) != 0 && teamWords[string(lb[:len(w)])] {
			return true
		}
	}
	return false
}

// teamEnds[f] has bit l set where a team word starts with the letter 'a'+f
// and ends with 'a'+l: teamName's gate before its map look-up.
var teamEnds = func() (m [26]uint32) {
	for w := range teamWords {
		m[w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	return m
}()

// teamSep: c separates the words of a display name for teamName.
func teamSep(c byte) bool { return c == ' ' || c == ',' || c == '.' || c == '-' }

// localIs: the local part of the address in angle brackets at lt is
// b[s:e], in any case.
func localIs(b []byte, lt, s, e int) bool {
	at := lt + 1 + (e - s)
	return at < len(b) && b[at] == '@' && eqLower(b[lt+1:at], strings.ToLower(string(b[s:e])))
}

// wroteAttribution handles a mail reply's attribution at the word
// "wrote:" [i, …): "On Fri, 26 Jul 2024 at 19:22, Jonas Kuster wrote:", also
// with an address, or one a forum hid ("Jonas Kuster ***@***.***> wrote:"):
// the name before it, as displayName reads one.
func (sc *scanner) wroteAttribution(i int) {
	b := sc.b
	if e := i + 6; e < len(b) && !lineBreak(b[e]) && !(b[e] == ' ' && (e+1 >= len(b) || lineBreak(b[e+1]))) {
		return // the attribution ends its line
	}
	lt := i // the name is read before the blank before lt
	if i >= 2 && b[i-1] == ' ' && b[i-2] == '>' {
		// the address: displayName reads the name before its '<'; a
		// hidden one has none, so the name ends before the token
		lt = i - 2
		for lt > 0 && b[lt-1] != ' ' && b[lt-1] != '<' && i-lt < 256 {
			lt--
		}
		if lt > 0 && b[lt-1] == '<' {
			return // displayName's, from the address
		}
	}
	// the attribution's shape: the name opens its line, or follows the
	// date's comma or time ("…, Jonas Kuster", "… 7:22 PM Jonas Kuster");
	// "and Then Serato wrote:" is prose
	s, e := sc.displayNameSpan(lt)
	if s < 0 || !(s == 0 || lineBreak(b[s-1]) || s >= 2 && b[s-1] == ' ' && (b[s-2] == ',' || b[s-2] == 'M')) {
		return
	}
	sc.nameSpan(s, e)
}

// nameLeadWord: w, capitalised in front of a name, leads it and is no
// part of it ("Thanks Jim Avera <jim@…>", "From Tom Smith <…>", "Hello
// Kai Okonkwo <…>").
func nameLeadWord(w []byte) bool {
	var lb [16]byte
	l := lowerInto(lb[:0], w)
	return l != nil && (nameLeads[string(l)] ||
		// a commit trailer written without its colon ("Requested-by
		// Kevin Bortis <…>", "Tested-by Ama Owusu <…>")
		len(l) > 5 && string(l[len(l)-3:]) == "-by")
}

// nameLeads are nameLeadWord's words in one set (it runs on each word of
// each display name, nearly all of them in none): nameLead, closingWords,
// greetings, listVerbs, and "am", "pm" ("… at 7:22 PM Jonas Kuster <…>
// wrote:").
var nameLeads = func() map[string]bool {
	m := map[string]bool{"am": true, "pm": true}
	for _, set := range []map[string]bool{nameLead, closingWords, greetings, listVerbs} {
		for w, ok := range set {
			if ok {
				m[w] = true
			}
		}
	}
	return m
}()

// ownedDevices are what macOS and iOS call a machine after its owner by
// default ("Amélie's MacBook Pro", "Kai’s iPhone"), and what people call
// theirs.
var ownedDevices = []string{"MacBook", "iMac", "Mac", "iPhone", "iPad", "iPod", "Apple Watch", "Apple TV", "AirPods",
	"PC", "Laptop", "laptop", "Computer", "computer", "Desktop", "Surface", "Galaxy", "Pixel", "Phone", "phone",
	// drives: DJs keep their libraries on them ("/Volumes/Kai's SSD/_Serato_")
	"SSD", "HDD", "Drive", "Disk", "USB", "Backup", "Passport",
	// peripherals macOS and iOS name after their owner ("Kai's Magic Keyboard")
	"Magic Keyboard", "Magic Mouse", "Magic Trackpad", "Beats", "HomePod", "Keyboard", "Mouse", "Trackpad",
	"Headphones", "Speaker", "Watch",
	// audio interfaces whose model starts with a digit, which their
	// control software lets the owner name ("Kofi's 828es", MOTU's AVB
	// devices; "Ama's 2i2"): ownedThing wants a capital
	"828es", "828x", "828", "624", "8pre", "1248", "2i2", "4i4", "8i6", "18i8", "18i20", "16i16"}

// deviceMakers make the devices ownedDevices names, and audio
// interfaces: "Apple's iPhone 15", "MOTU's 828es" name no owner.
var deviceMakers = wordSet(`apple google microsoft amazon samsung sony huawei xiaomi oneplus motorola nokia
	dell lenovo asus acer hp razer logitech bose sonos beats nintendo nvidia intel amd pioneer denon numark
	reloop roland korg yamaha behringer focusrite motu rme audient presonus apogee arturia steinberg audio`)

// volumeRoots end the folder that holds macOS volume mounts: a label there
// ("/Volumes/Amélie’s Music") is named by its owner whatever follows.
var volumeRoots = []string{"/Volumes/", `\/Volumes\/`, `\/Volumes\\/`, "%2FVolumes%2F"}

// possessiveWord looks at a word that ends a possessive: "s" after a ' (a
// separator), or a word ending in ’s, and hands it to possessive. Words
// with a % or \ may hold one encoded: "Kai%27s%20MacBook",
// "Kai\u2019s iPhone" (a JSON string printed in a text log).
func (sc *scanner) possessiveWord(i, j int, bits uint16) {
	b := sc.b
	if bits&(cHigh|cBack|cPct) == 0 && b[i]|0x20 != 's' && b[i] != 'm' {
		return // (most calls: a one-byte word) no case below can hold
	}
	switch {
	case j-i == 1 && b[i] == '\\':
		sc.sambaAccount(i) // Samba's "user [SGLOG]\[kofi.m]" (keys.go): find's lone punctuation comes here before a '[
	case j-i == 1 && b[i] == 's' && i >= 3 && b[i-1] == '\'' && b[i-2] == 't' && b[i-3]|0x20 == 'i' && greetingBefore(b, i-3):
		sc.itsName(i, j) // "Hi, it's Nomsa from Soweto" (prose.go)
	case j-i == 1 && b[i] == 's' && i >= 7 && b[i-1] == ';' && (string(b[i-6:i]) == "&apos;" || string(b[i-5:i]) == "&#39;"):
		// an XML or HTML writer's escaped apostrophe: "Kofi&apos;s house",
		// "Kofi&#39;s iPhone"
		if b[i-2] == 's' {
			sc.possessive(i-6, i+1)
		} else {
			sc.possessive(i-5, i+1)
		}
	case b[i]|0x20 == 's' && i >= 2 && b[i-1] == '\'' && (j-i == 1 || sepLen(b, i+1, j) > 0 || b[i+1] == '%'):
		sc.possessive(i-1, i+1) // "Kai's iPhone", "/Volumes/Kai's/_Serato_"
	case bits&cHigh != 0 && j-i >= 6 && b[j-1]|0x20 == 's' && string(b[j-4:j-1]) == "\u2019":
		if j-i == 6 && b[i]|0x20 == 'i' && b[i+1] == 't' && greetingBefore(b, i) {
			sc.itsName(j-1, j) // "Hi, it’s Aroha"
			break
		}
		sc.possessive(j-4, j) // "Amélie’s MacBook Pro"
	case bits&cBack != 0 && j-i >= 9 && b[j-1]|0x20 == 's' && b[j-7] == '\\' && b[j-6]|0x20 == 'u' &&
		(string(b[j-5:j-1]) == "2019" || string(b[j-5:j-1]) == "0027"):
		sc.possessive(j-7, j) // "Kai\u2019s iPhone", `defaults read`'s "Kai\U2019s iPhone"
	case bits&cHigh != 0 && b[j-1] == 's' && j+4 < len(b) && b[j] == ' ' && appleInitial(b[j+1]) && bits&^(cAlpha|cHigh) == 0:
		sc.genitiveOwner(i, j) // "Jürgens MacBook Pro"
	case j-i == 1 && b[i] == 'm' && i >= 2 && b[i-1] == '\'' && b[i-2] == 'I',
		j-i == 5 && b[i] == 'I' && b[i+4] == 'm' && string(b[i+1:i+4]) == "\u2019":
		sc.iAm(i, j) // "I'm Siobhan", "I’m Siobhan" (prose.go)
	case bits&cHigh != 0 && bits&cAlpha != 0 && isLetter(b[j-1]):
		if !sc.turkishOwner(i, j) {
			sc.noPossessive(i, j) // "田中太郎のiPhone", "张伟的iPhone"
		}
	case bits&cHigh != 0 && i >= 3 && b[i-1] == '(' && b[i-2] == ' ' && b[i] >= 0x80:
		sc.parenOwner(i) // "iPhone (Дмитрий)"
	case bits&cHigh != 0 && j-i >= 6 && j+2 < len(b) && b[j] == ' ' && ownerMarker(b[j-3:j]):
		sc.ownerBefore(i, j-3, j+1) // "민준의 iPhone", "张伟的 iPhone"
	case j-i == 6 && b[i] == 0xe0 && i >= 8 && b[i-1] == ' ' && j+2 < len(b) && b[j] == ' ' && hindiOwner(b[i:j]):
		sc.ownerBefore(max(0, i-65), i-1, j+1) // "राहुल का iPhone"
	case bits&cPct != 0 && j-i >= 8:
		if k := bytes.Index(b[i:j], []byte("%27s%20")); k > 0 {
			sc.possessive(i+k, i+k+4) // "name=Kai%27s%20MacBook%20Pro"
		}
		if k := bytes.Index(b[i:j], []byte("%20for%20")); k > 0 {
			sc.madeForPct(i, i+k, j) // "Gig%20for%20Ama%20Serwaa.wav" (occasion.go)
		}
		if bits&cDot != 0 && j-i >= 20 && projectExtEnd[b[j-1]] && bytes.Contains(b[i:j], []byte("%20")) {
			sc.projectCouplePct(i, j) // "Logic/Wanjiru%20na%20Otieno.logicx" (occasion.go)
		}
		if bits&cDot != 0 && j-i >= 16 && (b[j-4] == '.' && (b[j-5]|0x20 == 'y' || b[j-5]|0x20 == 'n' || b[j-5] == 'g') ||
			b[j-5] == '.' && (b[j-6]|0x20 == 'y' || b[j-6]|0x20 == 'n' || b[j-6] == 'g')) {
			sc.occasionPct(i, j) // "IMG_2041%20Kofi%20Birthday.heic", "Ama%20Owusu%20Wedding.jpg" (occasion.go)
		}
	}
}

// noPossessive handles the Japanese default device name, the owner before
// の and a device word: "田中太郎のiPhone", "田中のMacBook Pro".
func (sc *scanner) noPossessive(i, j int) {
	b := sc.b
	k := j
	for k > i && j-k < 16 && isLetter(b[k-1]) {
		k--
	}
	if k-i < 6 || !ownerMarker(b[k-3:k]) {
		return
	}
	sc.ownerBefore(i, k-3, k)
}

// turkishOwner handles a Turkish owner of a device, the word [i, j)
// ending with the genitive suffix ("Mehmet’in", the "ın" of "Can'ın") or
// followed by it ("Ayşe" of "Ayşe'nin"). It reports whether the word
// had that shape.
func (sc *scanner) turkishOwner(i, j int) bool {
	b := sc.b
	if b[j-1] == 'n' {
		if a := turkishAposAt(b, i, j); a > 0 {
			sc.possessive(a, j) // "Mehmet’in AirPods’u", "Can'ın iPhone'u"
			return true
		}
	}
	if j+3 < len(b) && b[j] == '\'' {
		if e := turkishGenitiveAt(b, j+1); e > 0 {
			sc.possessive(j, e) // "Ayşe'nin iPhone'u"
			return true
		}
	}
	return false
}

// turkishAposAt returns where the apostrophe (' or ’) before a Turkish
// genitive suffix ending the word [i, j) starts ("Mehmet’in", "Can'ın"),
// or -1.
func turkishAposAt(b []byte, i, j int) int {
	// the suffixes take 2 to 4 bytes, the apostrophe 1 (') or 3 (’); i-1:
	// the word starts after a ' that split it
	for a := j - 3; a >= j-7 && a >= i-1 && a > 0; a-- {
		switch {
		case b[a] == '\'' && a >= j-5 && turkishGenitive(b[a+1:j]):
			return a
		case b[a] == 0xe2 && a <= j-5 && string(b[a:a+3]) == "\u2019" && turkishGenitive(b[a+3:j]):
			return a
		}
	}
	return -1
}

// turkishGenitiveAt returns where a Turkish genitive suffix at p ends
// ("nin" of "Ayşe'nin"), or -1.
func turkishGenitiveAt(b []byte, p int) int {
	e := p
	for e < len(b) && e-p < 6 && (isLetter(b[e]) || b[e] >= 0x80) {
		e++
	}
	if turkishGenitive(b[p:e]) {
		return e
	}
	return -1
}

// turkishGenitive: w is the genitive suffix Turkish writes after an
// apostrophe on a name ("Ayşe'nin", "Ahmet'in", "Onur'un", "Ülkü'nün").
func turkishGenitive(w []byte) bool {
	switch string(w) {
	case "nin", "nın", "nun", "nün", "in", "ın", "un", "ün":
		return true
	}
	return false
}

// ownerMarker: m is the particle Japanese, Chinese and Korean write
// between an owner and the device (の, 的, 의).
func ownerMarker(m []byte) bool {
	switch m[0] {
	case 0xe3:
		return string(m) == "の"
	case 0xe7:
		return string(m) == "的"
	case 0xec:
		return string(m) == "의"
	}
	return false
}

// caselessName: w is written in a script without capitals (Thai, Hebrew,
// Arabic, Devanagari): letters and their marks, two at least, where
// nameWord asks for a capital first.
func caselessName(w string) bool {
	n := 0
	for _, r := range w {
		if r < 0x590 || !(unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) {
			return false
		}
		n++
	}
	return n >= 2 && !caselessStop[w]
}

// caselessStop: pronouns after an owner particle ("iPhone ของ ฉัน", my
// iPhone; "של אבא", dad's).
var caselessStop = wordSet(`ฉัน ผม เรา คุณ หนู ดิฉัน พ่อ แม่ אבא אמא שלי`)

// hindiOwner: w is the Hindi possessive particle, "का", "की" or "के", a
// word of its own between an owner and a device ("राहुल का iPhone").
func hindiOwner(w []byte) bool {
	s := string(w)
	return s == "का" || s == "की" || s == "के"
}

// ownerBefore learns the name in the word from i that ends at k, before
// an owner particle, when a device word of ownedDevices starts at p.
func (sc *scanner) ownerBefore(i, k, p int) {
	b := sc.b
	if !deviceAt(b, p) {
		return
	}
	s := k
	for s > i && b[s-1] >= 0x80 {
		s--
	}
	if s == k {
		sc.asciiOwnerBefore(k, p) // "Xiaoming的AirPods"
		return
	}
	// two characters at least: "我的 iPhone", "私のiPhone" are "my iPhone"
	if k-s >= 6 && utf8.Valid(b[s:k]) && utf8.RuneStart(b[s]) {
		sc.nameSpan(s, k)
	}
}

// asciiOwnerBefore handles an owner's name in ASCII letters before an
// owner particle at k and a device's default name at p, as a phone set up
// in Chinese, Japanese or Korean names itself after an owner who typed a
// romanised name ("Xiaoming的AirPods", "Kofi的MacBook Pro", "Yukiの
// iPhone", "Minsu의 iPad"): one word in title case, no maker's ("Apple的
// iPhone", "Google的Pixel") and no word nameWord knows, that a
// separator opens (a quote, a blank, '=', ':', a line).
func (sc *scanner) asciiOwnerBefore(k, p int) {
	b := sc.b
	s := k
	for s > 0 && k-s <= 24 && isLetter(b[s-1]) {
		s--
	}
	if k-s < 2 || k-s > 24 || s > 0 && strings.IndexByte(" \t\n\r\"'=:(>[/", b[s-1]) < 0 || !personalDeviceAt(b, p) {
		return
	}
	if !particleOwnerWord(string(b[s:k])) {
		return
	}
	sc.nameSpan(s, k)
}

// particleOwnerWord: w, in ASCII before an owner particle and a device,
// reads as its owner's name: title case, no maker's, model's, product's
// word (asciiOwnerBefore).
func particleOwnerWord(w string) bool {
	lw := strings.ToLower(w)
	return nameWord(w, false) && !deviceMakers[lw] && !deviceModelWords[lw] && !editionWords[lw] && !brandWords[lw] &&
		!particleOwnerStop[lw]
}

// asciiParticleEnd: the name [vs, ve) of a machine starts with its
// owner's name in ASCII, then の, 的 or 의 and a device's default name
// ("Haruto的iPhone", ownerParticleEnd's in ASCII); it returns where the
// particle ends, or -1.
func asciiParticleEnd(b []byte, vs, ve int) int {
	p := vs
	for p < ve && p-vs <= 24 && isLetter(b[p]) {
		p++
	}
	if p-vs < 2 || p+4 > ve || !ownerMarker(b[p:p+3]) || !personalDeviceAt(b, p+3) || !particleOwnerWord(string(b[vs:p])) {
		return -1
	}
	return p + 3
}

// particleOwnerStop are words in title case before an owner particle and
// a device that name a product, a model or a use, no owner ("Mac的
// AirPods", "Siri的iPhone", "Office的iPad"), lowercased.
var particleOwnerStop = wordSet(`mac siri apple ios ipados android phone home family work office school test demo new old
	main backup default guest user admin owner company team shop store display loaner spare kids`)

// personalDeviceAt: b[p:] starts with the default name of a phone, a
// tablet, a computer or earbuds, which iOS, macOS and Android give a
// device after its owner ("iPhone", "MacBook", "AirPods", "Galaxy").
func personalDeviceAt(b []byte, p int) bool {
	for _, d := range [...]string{"iPhone", "iPad", "iPod", "iMac", "MacBook", "AirPods", "Apple Watch", "HomePod", "Galaxy", "Pixel"} {
		if bytes.HasPrefix(b[p:], []byte(d)) && (p+len(d) == len(b) || !isAlnum(b[p+len(d)])) {
			return true
		}
	}
	return false
}

// deviceAt: b[p:] starts with a device word of ownedDevices.
func deviceAt(b []byte, p int) bool {
	for _, d := range ownedDevices {
		if bytes.HasPrefix(b[p:], []byte(d)) && (p+len(d) == len(b) || !isAlnum(b[p+len(d)])) {
			return true
		}
	}
	return false
}

// ownerPreps are the words iOS and macOS put between a device and its
// owner in other languages: "iPhone von Jürgen" (de), "MacBook Pro de
// Amélie" (fr, es, pt), "iPhone di Marco" (it), "iPad van Sanne" (nl),
// "iPhone ของ สมชาย" (th), "Galaxy S23 של יוסי" (he).
var ownerPreps = wordSet(`von van de di da del du của milik ni ของ של`)

// deviceModelWords follow a device word in a model name ("iPhone 15 Pro
// Max", "Mac mini", "Galaxy Buds2 Pro", "Galaxy Tab S9", "Galaxy Watch6
// Classic"), digits after them dropped.
var deviceModelWords = wordSet(`pro air max mini plus ultra studio se xr xs e buds tab fold flip fe s tv watch classic`)

// deviceBefore reports whether a device word of ownedDevices, and model
// words after it, end at the blank at p ("iPhone 15 Pro von", "Apple TV
// (").
func deviceBefore(b []byte, p int) bool {
	end := p
	return deviceWordsBefore(b, p, func(ws int, _ string) (bool, bool) {
		// (a device of two words: "Apple TV von Jürgen")
		return deviceAt(b[:end], ws), true
	})
}

// deviceWordsBefore reads back from the blank at p over at most four
// words, a device's model words and numbers ("15 Pro Max") among them,
// and asks device of each word w at ws before it steps over it: found
// ends the reading with ok as the answer. A word that is neither ends it
// with false.
func deviceWordsBefore(b []byte, p int, device func(ws int, w string) (found, ok bool)) bool {
	for n := 0; n < 4 && p > 0 && b[p] == ' '; n++ {
		ws := p
		for ws > 0 && p-ws < 12 && isAlnum(b[ws-1]) {
			ws--
		}
		if ws == p {
			return false
		}
		w := string(b[ws:p])
		if found, ok := device(ws, w); found {
			return ok
		}
		if !deviceModelWords[asciiLower(strings.TrimRight(w, "0123456789"))] && strings.Trim(w, "0123456789") != "" && !modelCode(w) {
			return false
		}
		p = ws - 1
	}
	return false
}

// modelCode: w is a phone's model code, a capital and one to three
// digits ("Galaxy A54 de Wanjiru", "Galaxy S24 von Lena", "Redmi A3").
func modelCode(w string) bool {
	if len(w) < 2 || len(w) > 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if !isDigit(w[k]) {
			return false
		}
	}
	return true
}

// parenOwner handles the owner iOS names in parentheses after the device
// in Russian and Ukrainian ("iPhone (Дмитрий)", "iPad (Олена Коваль)"):
// the word at i, after " (", starts one or two names written outside
// ASCII (an English word there is a model's: "AirPods (Left)").
func (sc *scanner) parenOwner(i int) {
	b := sc.b
	if i < 3 || b[i-1] != '(' || b[i-2] != ' ' || !deviceBefore(b, i-2) {
		return
	}
	e, k := i, i
	for n := 0; n < 2; n++ {
		we := k
		for we < len(b) && we-k < 32 && (isLetter(b[we]) || b[we] >= 0x80 || b[we] == '-') {
			we++
		}
		w := string(b[k:we])
		if we == k || b[k] < 0x80 || !utf8.ValidString(w) || !nameWord(w, false) {
			break
		}
		e = we
		if we+1 >= len(b) || b[we] != ' ' {
			break
		}
		k = we + 1
	}
	if e > i && e < len(b) && b[e] == ')' {
		sc.nameSpan(i, e)
	}
}

// deviceOwner handles b[i:j], a word of ownerPreps after a space: when a
// device name comes before it and a capitalised name after it, the name
// (one or two words) is learned as a user.
func (sc *scanner) deviceOwner(i, j int) {
	b := sc.b
	if !ownerPreps[string(b[i:j])] {
		return
	}
	if !deviceBefore(b, i-1) {
		return
	}
	ns := j + 1
	e, k := ns, ns // the end of the name so far, the next word
	words := 2
	if b[i] == 'c' {
		words = 4 // "của": a Vietnamese name has three or four words ("iPhone của Lê Thị Hồng Nhung")
	}
	for n := 0; n < words; n++ {
		we := k
		for we < len(b) && we-k < 32 && (isLetter(b[we]) || b[we] >= 0x80 || b[we] == '-' || b[we] == '\'') {
			we++
		}
		if we-k > 1 && b[we-1] == '\'' {
			we-- // the quote that closes the device's name ('iPhone von Lena Schmidt')
		}
		w := string(b[k:we])
		if we == k || !utf8.ValidString(w) || !nameWord(w, false) && !caselessName(w) && !(n > 0 && lastNameAn(b, k, we)) && !apostropheName(w) || we < len(b) && (isAlnum(b[we]) || b[we] == '<') ||
			we+1 < len(b) && b[we] == '\'' && b[we+1] == '<' {
			// glued to more ("AaaéS-1-5-21-…"), or to what a first pass
			// replaced of it, past a quote too ("Aéa'<user-1>'s" of
			// "Aéa'\xc3AAA…'s", a word the first pass did not take): no
			// name of its own
			break
		}
		e = we
		if we+1 >= len(b) || b[we] != ' ' {
			break
		}
		k = we + 1
	}
	if e > ns {
		sc.nameSpan(ns, e)
	}
}

// lastNameAn: the word [p, we) is "An", a Vietnamese given name
// ("Nguyễn Văn An") spelled as the English article, and no ASCII or
// capitalised word follows it (an article has its noun after it; "đã
// kết nối" may): read after another name word, it ends the name.
func lastNameAn(b []byte, p, we int) bool {
	return we-p == 2 && b[p] == 'A' && b[p+1] == 'n' && !(we+1 < len(b) && b[we] == ' ' && (isAlnum(b[we+1]) || capitalised(b, we+1)))
}

// appleDefaults are the devices iOS and macOS name after their owner by
// default.
var appleDefaults = []string{"iPhone", "iPad", "iPod", "iMac", "MacBook", "Mac", "AirPods", "Apple Watch", "HomePod"}

// appleInitial: c starts a word of appleDefaults.
func appleInitial(c byte) bool { return c == 'i' || c == 'M' || c == 'A' || c == 'H' }

// genitiveStop are plurals that come before a device word in app and
// system strings ("Contacts iPhone", "Photos iPad"), lowercased.
var genitiveStop = wordSet(`contacts photos settings files notes messages apps devices accessories backups updates
	friends stats tools tips docs downloads pictures videos movies podcasts books news maps games works labs parts
	systems products accounts options details specs ports drivers services features shortcuts widgets`)

// genitiveOwner handles the default device name of the Nordic languages
// (sv, da, nb), the owner with an "s" glued and no apostrophe: "Ingrids
// iPhone", "Sørens MacBook Pro". The word [i, j) ends in 's' before a
// blank; it must start a quoted name or a value (after a quote, ": " or
// '='), so a plural in prose ("Settings iPhone") is left alone.
// The owner is learned, with the word itself (Thomas, Andreas: names that
// end in s take none), and the word replaced.
func (sc *scanner) genitiveOwner(i, j int) {
	b := sc.b
	if j+4 > len(b) || b[j] != ' ' || !capitalised(b, i) {
		return
	}
	var pv byte
	if i > 0 {
		pv = b[i-1]
	}
	switch {
	case pv == '"' || pv == '\'' || pv == '=':
	case pv == ' ' && i >= 2 && b[i-2] == ':':
	case i >= 3 && string(b[i-3:i]) == "“":
	case i == 0: // a value alone (ScrubJSON's string): the device's name whole, "Björns MacBook Pro"
	default:
		return
	}
	dev := false
	for _, d := range appleDefaults {
		if e := j + 1 + len(d); bytes.HasPrefix(b[j+1:], []byte(d)) && (e == len(b) || !isAlnum(b[e])) {
			dev = i > 0 || modelWordsEnd(b, e) == len(b)
			break
		}
	}
	if !dev {
		return
	}
	w := string(b[i:j])
	stem := w[:len(w)-1]
	lw := strings.ToLower(w)
	if utf8.RuneCountInString(stem) < 3 || !utf8.ValidString(w) || !nameWord(stem, false) || possStop[lw] || nameLead[lw] || genitiveStop[lw] ||
		possStop[strings.ToLower(stem)] || sc.s.allowed(w) || sc.s.allowed(stem) {
		return
	}
	sc.learnPerson(stem)
	canon := canonical(stem)
	sc.learnLiteral(ClassUser, canon, w, true)
	sc.add(i, j, ClassUser, canon)
}

// modelWordsEnd returns where the model words after a device's word end
// at p (" Pro", " Max", " 15", " (2)").
func modelWordsEnd(b []byte, p int) int {
	for p+1 < len(b) && b[p] == ' ' {
		q := p + 1
		for q < len(b) && (isAlnum(b[q]) || b[q] == '(' || b[q] == ')') {
			q++
		}
		if w := strings.ToLower(string(b[p+1 : q])); q == p+1 || !deviceModelWords[w] && !isDigit(b[p+1]) && b[p+1] != '(' {
			break
		}
		p = q
	}
	return p
}

// possessive handles a name owning a device: apos is where the apostrophe
// (' or ’, or an escape of one) starts and j the end of the "s" after it.
// The name before it is learned as a user: one word ("Kai"), a
// capitalised full name ("Thandiwe Mokoena"), a name with an apostrophe or
// hyphen ("O'Brien-Smith"; in lowercase only before a device word).
func (sc *scanner) possessive(apos, j int) {
	b := sc.b
	s := apos
	for s > 0 && (isLetter(b[s-1]) || b[s-1] >= 0x80 || b[s-1] == '-' || b[s-1] == '.' ||
		b[s-1] == '\'' && s >= 2 && s < apos && isLetter(b[s-2]) && isLetter(b[s])) {
		if apos-s >= 64 {
			// no owner's name is so long: a run of "'s's's…" (each
			// "s" after a quote asks here) would be read back whole
			// at each
			return
		}
		s--
	}
	for s < apos && b[s] >= 0x80 {
		// a quote or a guillemet before the owner ("“Kwabena’s AirPods
		// Max”") is no part of the name
		r, n := utf8.DecodeRune(b[s:])
		if unicode.IsLetter(r) || r == utf8.RuneError {
			break
		}
		s += n
	}
	if apos-s < 2 || s > 0 && b[s-1] == '>' && afterPseudonym(b, s) {
		// (an owner glued to a pseudonym is the rest of a word the first
		// pass saw whole: "<user-1>ø’s" of "iPhone'AAAø’s")
		return
	}
	if !utf8.Valid(b[s:apos]) || bytes.Contains(b[s:apos], []byte("\uFFFD")) {
		// bytes that are no text (a JSON writer writes them as U+FFFD,
		// which a second pass reads): no owner
		return
	}
	lowerOwner := !(b[s] >= 'A' && b[s] <= 'Z' || b[s] >= 0x80)
	if lowerOwner && !bytes.ContainsAny(b[s:apos], "'-") {
		if lowerPersonalDevice(b, s, apos, j) {
			sc.nameSpan(s, apos) // "kofi's laptop", "ama's iphone"
		}
		return
	}
	dev := false
	for _, r := range volumeRoots {
		if !lowerOwner && s >= len(r) && string(b[s-len(r):s]) == r {
			dev = true
			break
		}
	}
	if !dev && apos-s <= 12 && deviceMakers[asciiLower(string(b[s:apos]))] {
		return // a maker's product ("Apple's iPhone 15", "Focusrite's 2i2")
	}
	ns := -1
	if j+3 < len(b) && b[j] == ' ' {
		ns = j + 1
	} else if j+5 < len(b) && string(b[j:j+3]) == "%20" {
		ns = j + 3
	}
	if !dev && ns < 0 {
		return
	}
	for k := 0; !dev && k < len(ownedDevices); k++ {
		d := ownedDevices[k]
		dev = bytes.HasPrefix(b[ns:], []byte(d)) && (ns+len(d) == len(b) || !isAlnum(b[ns+len(d)]))
	}
	if lowerOwner {
		if dev && !possStop[string(b[s:apos])] && !determinerBefore(b, s) {
			sc.nameSpan(s, apos)
		}
		return
	}
	if !dev && (ownedThing(b, s, apos, ns) || defaultServer(b, ns)) {
		dev = true
	}
	if dev {
		gs := givenNamesBefore(b, s, apos)
		sc.nameSpan(gs, apos)
		sc.coOwner(gs) // "Ama & Kofi's HomePod" (djapps.go)
	}
}

// productOwner: the owner b[s:apos] of a possessive is a product, not a
// person: its name starts with two capitals and goes on in lower case
// ("SQLite", "IOKit", "USBDevice"; a name in capitals has no lower-case
// letter). (Asked only where no device follows.)
func productOwner(b []byte, s, apos int) bool {
	if apos-s >= 3 && b[s]-'A' < 26 && b[s+1]-'A' < 26 {
		for _, c := range b[s+2 : apos] {
			if c-'a' < 26 {
				return true
			}
		}
	}
	return false
}

// makerBefore: a maker's name stands before the owner at s ("Google
// Cloud's Managed Service", "Apple Music's Library", "Microsoft Teams's
// Meeting Window"): a product's possessive. (Asked only where no device
// follows.)
func makerBefore(b []byte, s int) bool {
	if s < 3 || b[s-1] != ' ' {
		return false
	}
	ws := s - 1
	for ws > 0 && s-1-ws < 12 && isLetter(b[ws-1]) {
		ws--
	}
	return s-1-ws >= 2 && (ws == 0 || !isLetter(b[ws-1])) && deviceMakers[asciiLower(string(b[ws:s-1]))]
}

// givenNamesBefore extends an owner's name starting at s back over up to
// two words that read as given names ("Thandiwe Mokoena's", "Mary Jane
// Watson's"): title case (all capitals where the owner is), neither a
// common word nor a verb or label of a log line ("Connected Kai's",
// "Device Kai's").
func givenNamesBefore(b []byte, s, apos int) int {
	caps := true
	for _, c := range b[s:apos] {
		if c >= 'a' && c <= 'z' {
			caps = false
			break
		}
	}
	for n := 0; n < 2 && s >= 3 && b[s-1] == ' '; n++ {
		e := s - 1
		ws := e
		for ws > 0 && e-ws < 24 && (isLetter(b[ws-1]) || b[ws-1] >= 0x80 || b[ws-1] == '-') {
			ws--
		}
		// (an opening quote before it too: sharingd's "Discovered 'Leyla
		// Kaya’s iPhone'", no elision's "d'")
		if e-ws < 2 || ws > 0 && !(b[ws-1] == ' ' || b[ws-1] == '\t' || b[ws-1] == '\n' || b[ws-1] == ':' || b[ws-1] == '"' || b[ws-1] == '(' || b[ws-1] == '=' ||
			b[ws-1] == '\'' && (ws < 2 || !isAlnum(b[ws-2]))) {
			return s
		}
		w := string(b[ws:e])
		if !utf8.ValidString(w) || !nameWord(w, caps) {
			return s
		}
		s = ws
	}
	return s
}

// nameWord: w reads as a given name or surname next to a name: title case
// (or all capitals when caps), not a common word, not a verb or label.
func nameWord(w string, caps bool) bool {
	first, dash := true, false
	for _, r := range w {
		switch {
		case first:
			if !unicode.IsUpper(r) {
				return false
			}
		case r == '-':
		case dash && unicode.IsUpper(r):
			// a double name: "Jürgen-Peter", "Ama-Serwaa"
		case caps && !unicode.IsUpper(r), !caps && !unicode.IsLower(r):
			return false
		}
		first, dash = false, r == '-'
	}
	lw := strings.ToLower(w)
	if possStop[lw] || nameLead[lw] || determiners[lw] || listVerbs[lw] || verbForm(lw) {
		return false
	}
	return true
}

// verbForm: the lowercased word lw ends as a past tense or a gerund does
// ("Paired", "Connecting"), and is none of the given names that end so
// (edIngNames).
func verbForm(lw string) bool {
	return (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")) && !edIngNames[lw]
}

// edIngNames are given names and surnames, lowercased, that end as a past
// tense or a gerund does: Arabic, Turkish, Somali and Urdu names in
// "-ed" ("Ahmed", "Mohammed", "Saeed"), English ones ("Fred",
// "Mildred", "Manning"), Chinese given names in "-ing" ("Ming", "Jing",
// "Xiaoming"). None is an English word a log writes capitalised ("Ping",
// "Bing", "King", "Ring", "Reed" are left out).
var edIngNames = wordSet(`ahmed mohammed mohamed muhammed mehmed mahmed hamed hameed saeed sayed zayed rasheed rashed
	waleed majed khaled fareed javed naveed raed fahed nahed obed abdulhamed
	fred alfred wilfred manfred winifred mildred ted ned jed
	ming jing ling ying xing qing ning
	xiaoming zhiming yiming weiming haoming jianming jinping xiaoping liping jianping xiaoling meiling jialing
	wenjing yujing huijing xiaojing jingjing xueying xiaoying meiying jiaying huiying liying yuqing xiaoqing zhiqing
	irving fleming manning harding keating golding`)

// nameLead are capitalised words that start log lines and labels before a
// name ("Device Kai's iPhone", "Hi Kai"), lowercased.
var nameLead = wordSet(`device devices speaker speakers phone headset headphones earbuds earphones computer host name bluetooth wifi
	airplay sync from to with via for on at in of by and or hi hello hey dear thanks thank welcome goodbye bye
	music library folder drive volume disk backup audio output input source sink default new unknown
	found add remove connect disconnect pair unpair open close load save play stop start error warning
	info debug note sent send got get set mr mrs ms dr prof sir is was are be`)

// listVerbs start the items of changelogs and release notes ("* Includes
// Philip's patch", "Fixes Kai's report"), lowercased: no given names.
var listVerbs = wordSet(`includes include adds add fixes fix applies apply uses use makes make updates update removes
	supports support contains contain allows allow moves move merges merge drops drop reverts revert imports import
	enables enable disables disable builds build restores restore improves improve handles handle ships ship
	incorporates incorporate integrates integrate documents document credits credit reworks rework
	applied added fixed included merged imported integrated incorporated reverted dropped removed updated pulled
	backported credited`)

// determinerBefore: the word before s is an article or determiner ("the
// user's iPhone").
func determinerBefore(b []byte, s int) bool {
	if s < 2 || !(b[s-1] == ' ' || b[s-1] == '.' && b[s-2] == ' ') {
		return false
	}
	pe := s - 1
	ps := pe
	for ps > 0 && pe-ps < 8 && isLetter(b[ps-1]) {
		ps--
	}
	if ps > 0 && ctab[b[ps-1]] != 0 || ps >= 2 && b[ps-1] == '\'' && isLetter(b[ps-2]) {
		// the end of a longer word ("AdéA Ề's", "Users/0.A áọ̀'s", the
		// "A" of "C'A AA's"), no article: a pseudonym that replaces that
		// word would not read as one
		return false
	}
	return ps < pe && determiners[asciiLower(string(b[ps:pe]))]
}

// possStop are capitalised words that own things in titles, playlists,
// brands and contractions, not people ("Today's Top Hits", "Editor's
// Choice", "Apple's Music", "It's Alright"): lowercased.
var possStop = wordSet(`today tonight yesterday tomorrow editor editors women woman men man children child kids kid
	consortium foundation project team community company corporation society association institute university
	party collective alliance division labs lab contributor contributors participant participants licensor
	licensors licensee licensees recipient recipients distributor distributors developer developers vendor
	vendors maintainer maintainers holder holders copyright
	people everybody everyone everything nobody nothing something someone somebody anyone anybody anything
	valentine valentines mother mothers father fathers mom mum mommy mummy dad daddy mama papa grandma grandpa granny
	year years week weekend month season summer winter spring autumn fall christmas easter halloween
	it let that what who where when why how here there he she one this life love time world nature earth
	god gods heaven hell devil devils angel angels lover lovers fool fools rapper rappers driver drivers
	master masters bachelor bachelors queen king queens kings lord lady ladies gentleman gentlemen girl girls
	boy boys baby babies user users owner owners app apps program system computer device devices player players
	artist artists producer producers dj djs critic critics fan fans collector collectors beginner beginners
	sailor sailors captain doctor doctors farmer farmers chef nation nations city town pepper saint st
	buyer buyers teacher teachers student students member members customer customers guest guests
	friend friends brother brothers sister sisters son daughter husband wife family author publisher
	apple google microsoft amazon spotify sony samsung pioneer denon serato traktor rekordbox ableton sonos
	bose logitech razer steam valve nintendo netflix tidal deezer beatport soundcloud youtube twitch mozilla
	firefox chrome linux windows ubuntu mcdonald levi kellogg macy wendy domino moody lowe dunkin harrod
	sainsbury tesco lloyd barclay nvidia intel amd dell lenovo asus acer huawei xiaomi native roland
	korg yamaha behringer focusrite numark reloop allen heath shure sennheiser
	blender audacity reaper cubase nuendo bitwig ardour renoise garageband logic reason mixxx virtualdj resolume
	photoshop lightroom illustrator premiere audition gimp inkscape krita kdenlive davinci obs vlc handbrake
	python ruby perl java javascript rust go haskell erlang elixir swift kotlin scala lua php node nodejs
	debian fedora gnome kde qt gtk android ios macos apache nginx docker github gitlab npm
	upstream downstream project projects team teams company companies vendor vendors kernel server servers
	client clients library libraries framework package packages module modules plugin plugins browser browsers
	network internet site website platform service services distribution distro
	request requests response responses url urls uri programmer programmers cloud session sessions
	engine compiler runtime database connection socket handler manager controller thread process query
	sentry sqlite`)

// thingOwnerStop are owners of a thing that are no person: a day's or a
// month's set ("Loaded Friday's Set", "Exported December's Playlist";
// the months that are given names too are left out), an app's or a
// cloud's library ("Dropbox's account", "Music's library"). Only here:
// as a name's word elsewhere ("Reported by Yunqin Sun") they stay names.
var thingOwnerStop = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march
	july september october november december dropbox onedrive icloud itunes music plex roon kodi jellyfin djay
	lexicon rekordcloud ` +
	// programs and libraries whose manuals and change logs write their
	// possessive before a thing in capitals ("Nettle's RSA functions",
	// "Guile's M4 macros", "Tcl's Encoding Map"): learned, the program's
	// name went from every line (no given name here: "Jack", "Ruby",
	// "Julia", "Ada", "Pascal" own things)
	`nettle gnutls openssl libressl boringssl guile tcl perl php lua emacs vim neovim bash zsh glibc musl gcc
	clang llvm linux debian ubuntu fedora gnome kde xfce systemd wayland xorg mesa firefox thunderbird chrome
	chromium safari windows android gtk qt zlib curl wget git mercurial sqlite postgres postgresql mysql
	mariadb redis nginx apache samba postfix sendmail openssh kerberos heimdal docker kubernetes grub busybox
	coreutils gnulib autoconf automake libtool texinfo gnupg dpkg sphinx doxygen qemu wine steam spotify
	serato traktor rekordbox ableton cubase audacity ffmpeg gstreamer pulseaudio pipewire alsa python java
	javascript typescript kotlin golang erlang elixir haskell ocaml clojure fortran cobol matlab`)

// personalThings are what a person's possessive names in lower case in
// an app's log ("opened device for Ifeoma's session", "Loaded Kofi's
// library"): a capitalised owner before one is a person's name.
var personalThings = wordSet(`library session sessions set sets mix mixes playlist playlists crate crates account
	profile settings collection tracks recordings samples presets project projects laptop phone computer
	birthday bday wedding graduation engagement funeral house home place flat apartment party request requests
	christening baptism outdooring aqiqah quinceanera`)

// possThingStop are the words after a possessive that make a phrase, not
// a thing someone owns ("Valentine's Day", "Patrick's Day").
var possThingStop = wordSet(`day days eve night choice choices pick picks guide edition cut degree license licence
	list delight gambit
	greatest best hits dub remix remixes edit edits version rework bootleg refix vip instrumental acapella
	extended original radio club law theme song songs anthem groove blues lullaby ballad waltz lament prayer tune
	tunes classics collection dream dreams revenge return story tale
	tty api abi sdk cli gui parser compiler preprocessor macro macros syntax output manual`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// determiners before a possessive make its owner a common noun ("the
// Driver's License", "a Player's Guide").
var determiners = wordSet(`the a an this that these those my your our his her their its every each no any some`)

// ownedThing: b[s:apos] is a capitalised owner and b[ns:] starts a
// capitalised word ("Thandiwe's JBL Flip 5", "Andrey's Sonos Move",
// "E:\Thandiwe's Music") or a thing a person has in an app: a thing
// named after its owner, unless the owner or the thing is a common word
// of titles and brands, a product, a maker's product, a day or an app.
func ownedThing(b []byte, s, apos, ns int) bool {
	if ns < 0 || ns >= len(b) || apos-s > 32 {
		return false
	}
	r, _ := utf8.DecodeRune(b[ns:])
	ne := ns
	for ne < len(b) && ne-ns < 16 && isLetter(b[ne]) {
		ne++
	}
	if !unicode.IsUpper(r) && !(personalThings[string(b[ns:ne])] && (ne == len(b) || !isAlnum(b[ne]))) &&
		!(ne-ns == 6 && string(b[ns:ne]) == "naming" && bytes.HasPrefix(b[ne:], []byte(" ceremony"))) {
		return false // (a newborn's "naming ceremony": "Chidi's naming ceremony"; not "Django's naming rules")
	}
	if owner := strings.ToLower(string(b[s:apos])); possStop[owner] || thingOwnerStop[owner] {
		return false
	}
	if possThingStop[asciiLower(string(b[ns:ne]))] {
		return false
	}
	if acronymOwner(b[s:apos]) && b[ns]-'A' < 26 && (ne == ns+1 || b[ns+1]-'a' < 26 || b[ns-2] == 's') {
		// "GDB's Ada parser", "GCC's C front end", "GDB's MIPS target":
		// a program's initials before a thing in title case, or before
		// any with a lower-case "'s" ("YAW'S SET", a label in capitals,
		// names its owner)
		return false
	}
	if capsAfterLower(b[s:apos]) {
		return false // "GnuTLS's API", "OpenCDK's": a product's name ("McDonald" has one capital inside)
	}
	if fileOwner(b[s:apos]) {
		return false // "Makefile.am's TESTS_ENVIRONMENT", "README's Basic Decoding section": a file's
	}
	return !determinerBefore(b, s) && !productOwner(b, s, apos) && !makerBefore(b, s)
}

// projectFiles are the files every source tree has, in lower case: their
// possessive ("README's Usage section", "Makefile's test target") is a
// file's, no person's.
var projectFiles = wordSet(`readme license licence copying changelog news install todo authors thanks makefile
	cmakelists dockerfile gemfile rakefile procfile jenkinsfile vagrantfile`)

// fileOwner: the owner o of a possessive is a file: one of projectFiles, or
// a name with an extension in lower case ("Makefile.am", "configure.ac",
// "setup.py"); a person's initials are capitals ("J.R.R.").
func fileOwner(o []byte) bool {
	if k := bytes.LastIndexByte(o, '.'); k > 0 && k+1 < len(o) && o[k+1]-'a' < 26 {
		return true
	}
	if len(o) < 4 || len(o) > 12 {
		return false
	}
	var lb [12]byte
	return projectFiles[string(lowerInto(lb[:0], o))]
}

// capsAfterLower: o holds a lower-case letter followed by two capitals
// or more, as products' names do ("GnuTLS", "OpenSSL", "macOS") and
// people's names do not ("McDonald", "DeShawn").
func capsAfterLower(o []byte) bool {
	for k := 2; k < len(o); k++ {
		if o[k]-'A' < 26 && o[k-1]-'A' < 26 && o[k-2]-'a' < 26 {
			return true
		}
	}
	return false
}

// acronymOwner: the owner o of a possessive is three or four capitals,
// as programs' and companies' initials are written (two-letter makers
// are deviceMakers).
func acronymOwner(o []byte) bool {
	if len(o) < 3 || len(o) > 4 {
		return false
	}
	for _, c := range o {
		if c-'A' >= 26 {
			return false
		}
	}
	return true
}

// nameSpan learns b[s:e] as a person's name and replaces it.
func (sc *scanner) nameSpan(s, e int) {
	name := string(sc.b[s:e])
	if sc.s.allowed(name) || !utf8.ValidString(name) {
		return
	}
	// "Last, First" as directories write it: the same name
	if k := strings.IndexByte(name, ','); k > 0 && strings.Count(name, ",") == 1 {
		name = strings.TrimSpace(name[k+1:]) + " " + strings.TrimSpace(name[:k])
	}
	m, ok := sc.personCache[name]
	if !ok {
		c := cleanName(name)
		if m.generic = isGenericUser(c); !m.generic {
			m.canon = canonical(c)
		}
		if sc.personCache == nil {
			sc.personCache = map[string]personMemo{}
		}
		if len(sc.personCache) < maxPersonCache {
			sc.personCache[name] = m
		}
	}
	if m.generic {
		return // "Connected to Spotify as Free User", "Licensed to Evaluation Version"
	}
	sc.learnPerson(name)
	if m.canon != "" {
		sc.add(s, e, ClassUser, m.canon)
	}
}

// personMemo is what nameSpan makes of a name: none's (generic) or its
// canonical value.
type personMemo struct {
	canon   string
	generic bool
}

// maxPersonCache bounds scanner.personCache: a report naming thousands of
// people repeats each.
const maxPersonCache = 1 << 13

// roleWords name mailboxes of a role, not a person (support.team@,
// crash-reports@): their local parts teach no name.
var roleWords = map[string]bool{
	"support": true, "info": true, "admin": true, "sales": true, "noreply": true, "no": true, "reply": true,
	"contact": true, "team": true, "hello": true, "crash": true, "crashes": true, "reports": true, "report": true,
	"bugs": true, "bug": true, "feedback": true, "dev": true, "devs": true, "help": true, "service": true,
	"office": true, "mail": true, "news": true, "billing": true, "security": true, "privacy": true,
	"legal": true, "jobs": true, "careers": true, "marketing": true, "notifications": true, "alerts": true,
	"updates": true, "donotreply": true, "do": true, "not": true, "webmaster": true, "postmaster": true,
	"root": true, "abuse": true, "accounts": true, "account": true, "orders": true, "press": true,
	// a program's, a list's or a project's address ("hjl.tools@…",
	// "dbn.lists@…", "Software.Distribution@CS.CMU.EDU")
	"tools": true, "lists": true, "list": true, "software": true, "distribution": true, "janitor": true,
	"bot": true, "bots": true, "builds": true, "build": true, "release": true, "releases": true,
}

// personalLocalPart: a mailbox local part that reads as a person's name,
// two or three alphabetic parts joined by '.' or '_' (trailing digits
// allowed), none of them a role word.
func personalLocalPart(l string) bool {
	l = strings.TrimRight(l, "0123456789")
	parts := strings.FieldsFunc(l, func(r rune) bool { return r == '.' || r == '_' })
	if len(parts) < 2 || len(parts) > 3 || strings.Count(l, ".")+strings.Count(l, "_") != len(parts)-1 {
		return false
	}
	for _, p := range parts {
		if len(p) < 2 || roleWords[strings.ToLower(p)] {
			return false
		}
		for _, r := range p {
			if !unicode.IsLetter(r) && r != '-' {
				return false
			}
		}
	}
	return true
}

func validDomain(d []byte) bool {
	if len(d) < 4 || d[0] == '.' || d[0] == '-' {
		return false
	}
	dot := bytes.LastIndexByte(d, '.')
	if dot <= 0 || dot == len(d)-1 {
		return false
	}
	tld := d[dot+1:]
	if len(tld) < 2 {
		return false
	}
	// (only ASCII lowers to "xn--": the bytes are folded as ASCII)
	if len(tld) > 5 && tld[0]|0x20 == 'x' && tld[1]|0x20 == 'n' && tld[2] == '-' && tld[3] == '-' {
		// an IDN top-level domain in Punycode ("xn--p1ai", .рф)
		tld = tld[4:]
		for _, c := range tld {
			if !isAlnum(c) {
				return false
			}
		}
		return !bytes.Contains(d, []byte(".."))
	}
	ascii := true
	for k := 0; k < len(tld); {
		if isLetter(tld[k]) {
			k++
		} else if n := idnRuneAt(tld, k); n > 0 {
			k += n // an IDN top-level domain ("рф", "中国")
			ascii = false
		} else {
			return false
		}
	}
	if ascii && len(tld) <= 16 {
		// an ASCII TLD is lowered in a stack buffer (bytes.ToLower's
		// Unicode case mapping, and its allocation, matter only to the
		// rest)
		var lb [16]byte
		if fileExtTLD[string(lowerInto(lb[:0], tld))] {
			return false
		}
	} else if fileExtTLD[string(bytes.ToLower(tld))] {
		return false
	}
	// icon@2x.png style scale suffixes
	first := d
	if k := bytes.IndexByte(d, '.'); k > 0 {
		first = d[:k]
	}
	if len(first) >= 2 && (first[len(first)-1] == 'x' || first[len(first)-1] == 'X') && allDigits(first[:len(first)-1]) {
		return false
	}
	return !bytes.Contains(d, []byte(".."))
}

func isEmailish(v []byte) bool {
	k := bytes.IndexByte(v, '@')
	return k > 0 && validDomain(v[k+1:])
}

// userinfoStart returns where the userinfo of a URL that the '@' at q
// ends starts: after the last "://" in b[i:q], with no '/' between; or -1.
func userinfoStart(b []byte, i, q int) int {
	return userinfoAfter(b, i, q, bytes.LastIndexByte(b[i:q], '/')+i)
}

// userinfoAfter is userinfoStart given s, the last '/' in b[i:q] (< i
// when there is none): the userinfo starts after it when it ends a
// "://", and no other '/' can lie between.
func userinfoAfter(b []byte, i, q, s int) int {
	if s-2 < i || b[s-1] != '/' || b[s-2] != ':' || s+1 >= q {
		return -1
	}
	return s + 1
}

// slashScan is how far lastSlash read the word starting at i: b[i:q]
// was read, and its last '/' is at at (-1: none).
type slashScan struct{ i, q, at int }

// lastSlash returns the last '/' in b[i:q], or -1. Asked for every '@'
// of a word in turn, it reads on from where the previous call stopped:
// reading back from each would make a word of 100,000 '@' quadratic.
func (sc *scanner) lastSlash(i, q int) int {
	c := &sc.slash
	if sc.lineRead&4 == 0 || c.i != i || q < c.q {
		*c = slashScan{i: i, q: i, at: -1}
		sc.lineRead |= 4
	}
	if k := bytes.LastIndexByte(sc.b[c.q:q], '/'); k >= 0 {
		c.at = c.q + k
	}
	c.q = q
	return c.at
}

// urlCred replaces the userinfo of scheme://user:pass@host when the '@' at q
// belongs to one (the word ends at j). It reports whether it did.
func (sc *scanner) urlCred(i, q, j int) bool {
	b := sc.b
	us := userinfoAfter(b, i, q, sc.lastSlash(i, q))
	if us < 0 || b[us] == '<' {
		return false
	}
	if scaleSuffixAt(b, q+1, j) {
		// "chrome-extension://<id>@2x.png": an image's pixel density
		// after a file's name, no host after a userinfo
		return true
	}
	// the userinfo runs on to a later '@' or "%40" ("http://kai@@10.0.1.5")
	// with no '/' between: that one's call replaces it, from the same
	// start and longer (reading it again for each '@' of
	// "http://a@1.1.1.1@1.1.1.1…" was quadratic; read on only to the next
	// of them or a '/', each call reads its own stretch of the word)
	for k := q + 1; k < j && b[k] != '/'; k++ {
		if b[k] == '@' || b[k] == '%' && k+2 < j && b[k+1] == '4' && b[k+2] == '0' {
			return true
		}
	}
	v := string(b[us:q])
	if sc.s.allowed(v) || v == "git" {
		return true // ssh://git@github.com/...: a forge's service account
	}
	sc.add(us, q, ClassURLCred, canonical(v))
	if b[q] == '%' {
		sc.pctAtIP(q+3, j) // "http://kai@%4010.0.1.5"
	}
	return true
}

// scaleSuffixAt: b[p:j] is an image's pixel-density suffix and its file
// extension ("2x.png", "3x.webp", "1.5x.png"), which follow an '@' in
// asset names ("icon@2x.png").
func scaleSuffixAt(b []byte, p, j int) bool {
	k := p
	for k < j && k-p < 4 && (isDigit(b[k]) || b[k] == '.' && k > p) {
		k++
	}
	if k == p || k+2 >= j || b[k] != 'x' || b[k+1] != '.' {
		return false
	}
	e := k + 2
	for e < j && isAlnum(b[e]) {
		e++
	}
	return e > k+2 && (e == j || b[e] == '?' || b[e] == '#') && fileExtTLD[string(bytes.ToLower(b[k+2:e]))]
}

// pctAtIP replaces the IPv4 address at p, after a URL's userinfo that
// ends in an encoded '@' ("%40"): glued to the "40", no word starts there.
func (sc *scanner) pctAtIP(p, j int) {
	b := sc.b
	e, ok := parseQuad(b, p)
	if !ok || e < j && b[e] != '/' && b[e] != ':' && b[e] != '?' && b[e] != '#' {
		return
	}
	if v := string(b[p:e]); !keepIP(b[p:e]) && !sc.s.allowed(v) {
		sc.add(p, e, ClassIP, v)
	}
}

// ipv4Lead is ipv4At's first test, where most calls fail: no first octet
// of one to three digits and a dot at p (parseQuad would fail too). Like
// parseQuad, it reads no further than the first byte after p that is no
// digit (walkMemo).
func ipv4Lead(b []byte, p int) bool {
	for k := p + 1; k < len(b) && k <= p+3; k++ {
		if b[k] == '.' {
			return true
		}
		if !isDigit(b[k]) {
			return false
		}
	}
	return false
}

// ipv4At matches a dotted quad that is not a version at a digit boundary.
// It returns the end of what it examined, or -1.
func (sc *scanner) ipv4At(p int) int {
	b := sc.b
	if !ipv4Lead(b, p) {
		return -1
	}
	e, ok := parseQuad(b, p)
	if !ok {
		return -1
	}
	// d.d.d.d-rc1 and d.d.d.d.5 are versions; so are d.d.d.d-<u1> and
	// d.d.d.d.<u1> once what followed was scrubbed (scrubbing twice
	// changes nothing)
	if e < len(b) && (isAlnum(b[e]) || b[e] == '.' && e+1 < len(b) && (isDigit(b[e+1]) || b[e+1] == '<') || b[e] == '-' && e+1 < len(b) && (isAlnum(b[e+1]) || b[e+1] == '<') || b[e] == '_') {
		return e
	}
	if sc.versionContext(p, e) || keepIP(b[p:e]) || matchFold(b, e, " bytes") > 0 || matchFold(b, e, " octets") > 0 {
		// (a size with dots between thousands, as system_profiler
		// writes it in German: "128.032.047.104 bytes")
		return e
	}
	v := string(b[p:e])
	if !sc.s.allowed(v) {
		sc.add(p, e, ClassIP, v)
	}
	return e
}

// urlUserinfoEnd reports whether the '@' at at ends a URL's userinfo
// (scheme://user:pass@host): "://" before it with no '/' or blank between.
// An '@' between is the userinfo's, as urlCred reads it: it replaces
// "kai@" of "http://kai@@10.0.1.5", and a second pass reads
// "<url-credential-1>@10.0.1.5".
// A userinfo of 256 bytes or more is read on by userinfoFar: urlCred
// replaces it whatever its length, and a second pass reads its pseudonym.
func (sc *scanner) urlUserinfoEnd(at int) bool {
	b := sc.b
	k := at - 1
	for k >= 0 && b[k] > ' ' && b[k] != '/' {
		if at-k >= 256 {
			k = sc.userinfoFar(k, at)
			break
		}
		k--
	}
	return k >= 2 && k < at-1 && b[k] == '/' && b[k-1] == '/' && b[k-2] == ':'
}

// farScan is what userinfoFar read: b[stop+1:at] holds no blank or '/',
// and b[stop] is one (or stop is -1).
type farScan struct{ stop, at int }

// userinfoFar returns where urlUserinfoEnd's reading back from the '@' at
// at stops, given k, where b[k:at] holds no blank or '/'. Asked for each
// '@' of a long word in turn, it reads on only to where the previous call
// started (reading back from each would make a word of 100,000 '@'
// quadratic).
func (sc *scanner) userinfoFar(k, at int) int {
	b := sc.b
	c := &sc.far
	seen := sc.lineRead&8 != 0
	for k >= 0 && b[k] > ' ' && b[k] != '/' {
		if seen && k <= c.at && k > c.stop {
			k = c.stop // (b[c.stop+1:at] holds none either)
			break
		}
		k--
	}
	*c = farScan{stop: k, at: at}
	sc.lineRead |= 8
	return k
}

// parseQuad parses d.d.d.d with octets <= 255 at p. It returns where it
// stopped: past the quad, or at the byte that ended it (the fourth digit
// of an octet, the one after an octet over 255, a missing digit or dot).
// Most calls fail at the first octet, so each octet's up to three digits
// are read unrolled.
func parseQuad(b []byte, p int) (int, bool) {
	for part := 0; ; part++ {
		if p >= len(b) || b[p]-'0' > 9 {
			return p, false
		}
		v := int(b[p] - '0')
		p++
		if p < len(b) && b[p]-'0' <= 9 {
			v = v*10 + int(b[p]-'0')
			p++
			if p < len(b) && b[p]-'0' <= 9 {
				v = v*10 + int(b[p]-'0')
				p++
				if v > 255 || p < len(b) && b[p]-'0' <= 9 {
					return p, false
				}
			}
		}
		if part == 3 {
			return p, true
		}
		if p >= len(b) || b[p] != '.' {
			return p, false
		}
		p++
	}
}

func keepIP(v []byte) bool {
	return bytes.HasPrefix(v, []byte("127.")) || bytes.Equal(v, []byte("0.0.0.0")) || bytes.HasPrefix(v, []byte("255.")) ||
		publicResolvers[string(v)]
}

// publicResolvers are the anycast addresses of the public DNS services
// (Google, Cloudflare, Quad9, OpenDNS). Millions of machines ask each:
// one names the service a machine's DNS setting points at, never the
// machine or its network, and "timeout querying 8.8.8.8" is the report's
// point: keepIP and keepIPv6 keep them. The documentation ranges (RFC
// 5737's 192.0.2.0/24 and kin, RFC 3849's 2001:db8::/32) are scrubbed as
// any address is: a report holds one where its writer stood in for a real
// address (a Sentry event's user.ip_address, X-Forwarded-For), and that
// place is a person's.
var publicResolvers = wordSet(`8.8.8.8 8.8.4.4 1.1.1.1 1.0.0.1 1.1.1.2 1.0.0.2 1.1.1.3 1.0.0.3 9.9.9.9
	149.112.112.112 208.67.222.222 208.67.220.220 2001:4860:4860::8888 2001:4860:4860::8844
	2606:4700:4700::1111 2606:4700:4700::1001 2620:fe::fe 2620:fe::9`)

// keepIPv6 reports whether addr is an IPv6 address that identifies no
// machine: loopback, unspecified or a public resolver's.
func keepIPv6(addr netip.Addr) bool {
	return addr.IsLoopback() || addr.IsUnspecified() || publicResolvers[addr.String()]
}

// versionWords name a version; longWords end other words as they are
// ("kernelrelease", "nvdriver"), the short ones end far too many words
// that are none ("nameserver", "resolver", "dev", "hos") to be taken as
// a suffix.
var (
	longVersionWords = []string{"version", "build", "release", "firmware", "driver", "bios", "kernel"}
	versionWords     = []string{"ver", "vers", "rev", "fw", "v", "os", "sdk", "api",
		// the JavaScript engine's version (chrome://version's "V8
		// 13.1.201.9", Electron's and Node's)
		"v8"}
	// operating systems named after their version ("iOS 17.2.1.3")
	osNames = []string{"ios", "macos", "ipados", "tvos", "watchos", "visionos", "chromeos", "harmonyos"}
)

// versionWord reports whether w, the lowercased word before a dotted
// number, names a version. Only its last part (split at '_', '-', '.',
// '/') counts: "smtp_server" and "api.bluez5.address" name none. A short
// version word must be that whole part, or follow another version word
// in it ("osver", "fwrev", "kernelver").
func versionWord(w []byte) bool {
	for k := len(w) - 1; k >= 0; k-- {
		if c := w[k]; c == '_' || c == '-' || c == '.' || c == '/' {
			w = w[k+1:]
			break
		}
	}
	if len(w) == 0 || !versionLast[w[len(w)-1]] {
		return false
	}
	part := string(w)
	for _, vw := range longVersionWords {
		if strings.HasSuffix(part, vw) {
			return true
		}
	}
	for _, vw := range versionWords {
		if !strings.HasSuffix(part, vw) {
			continue
		}
		head := part[:len(part)-len(vw)]
		if head == "" || slices.Contains(versionWords, head) || slices.Contains(longVersionWords, head) {
			return true
		}
	}
	return slices.Contains(osNames, part)
}

// versionLast holds the last bytes of versionWords, longVersionWords and
// osNames: most words before a dotted number end in none of them.
var versionLast = func() (t [256]bool) {
	for _, l := range [][]string{longVersionWords, versionWords, osNames} {
		for _, w := range l {
			t[w[len(w)-1]] = true
		}
	}
	return t
}()

var moduleExts = [][]byte{
	[]byte(".dll"), []byte(".exe"), []byte(".sys"), []byte(".so"), []byte(".dylib"), []byte(".drv"),
	[]byte(".ocx"), []byte(".framework"), []byte(".bundle"), []byte(".app"), []byte(".jar"), []byte(".kext"),
}

// prevTokenHas reports whether the blank-delimited token before p holds c.
func (sc *scanner) prevTokenHas(p int, c byte) bool {
	b := sc.b
	k := p - 1
	for k >= 0 && (b[k] == ' ' || b[k] == '\t') {
		k--
	}
	for ; k >= 0 && p-k < 256 && b[k] > ' '; k-- {
		if b[k] == c {
			return true
		}
	}
	return false
}

// versionContext reports whether a dotted number at p is a version: after
// "v", "/"(product/1.2.3.4), "-"/"_" (file-1.2.3.4), a version word, a
// module file name, an XML start tag named for a version
// (<Data Name="AppVersion">, <FileVersion>), or in parentheses right
// after a short version (Apple's "Version: 3.11.1 (3.11.1.17)"). The quad
// ends at e.
func (sc *scanner) versionContext(p, e int) bool {
	b := sc.b
	if p > 0 {
		switch b[p-1] {
		case '@':
			// pkg@1.2.3.4 is a version, scp kai@10.0.0.7:x an address,
			// and so is smb://kai:pw@192.168.1.20/x (a URL's userinfo);
			// so is one after a shell expansion ("$(id -un)@10.1.2.3")
			return !sc.sshAt(p-1) && !sc.urlUserinfoEnd(p-1) && !shellExpansionBefore(b, p-1)
		case '-', '_', '+', '~':
			return true
		case ':':
			// yarn's resolution "lodash@npm:4.17.21.1": the registry
			// after the package's '@', then its version
			if p >= 5 && registryAt(b, p-1) && b[p-5] == '@' {
				return true
			}
		case '/':
			// "curl/1.2.3.4" is a version, "$HOSTNAME/10.1.2.3" an address,
			// and so is a Kerberos service principal's "host/10.1.2.3"
			return !(p >= 2 && b[p-2] == '/') && !shellExpansionBefore(b, p-1) && !spnServiceBefore(b, p-1)
		case '>':
			return sc.versionTag(p-1) || sc.versionElementBefore(p-1)
		case '"', '\'':
			if sc.versionAttr(p - 1) {
				return true
			}
		}
	}
	if versionOp(b, p) {
		return true
	}
	var buf [40]byte
	w := sc.prevWord(p, buf[:0])
	if len(w) == 0 {
		return false
	}
	// An address ("zoe@studio.os") is scrubbed: it cannot make what
	// follows a version in one pass and not in the next. (Tested last:
	// the tests of versionAfter read and change nothing, and most dotted
	// numbers pass none of them.)
	return sc.versionAfter(p, e, w) && !sc.prevTokenHas(p, '@')
}

// shellExpansionBefore reports whether a shell expansion ends right
// before q: "$HOSTNAME", "${HOST}", "$(id -un)" (read back at most 64
// bytes, on one line). No product or package is named so: what follows
// it is no version.
func shellExpansionBefore(b []byte, q int) bool {
	k := q - 1
	if k < 1 {
		return false
	}
	switch b[k] {
	case ')', '}':
		open := byte('(')
		if b[k] == '}' {
			open = '{'
		}
		for k--; k >= 1 && q-k <= 64 && b[k] != open && !lineBreak(b[k]); k-- {
		}
		return k >= 1 && q-k <= 64 && b[k] == open && b[k-1] == '$'
	}
	for k >= 0 && q-k <= 64 && (isLetter(b[k]) || isDigit(b[k]) || b[k] == '_') {
		k--
	}
	return k >= 0 && k < q-1 && b[k] == '$' && (isLetter(b[k+1]) || b[k+1] == '_')
}

// spnServiceBefore reports whether the '/' at q ends the service class of
// a Kerberos service principal name ("host/10.1.2.3", "HOST/kofi-laptop",
// "cifs/…", setspn's and klist's): the machine's name or address follows.
func spnServiceBefore(b []byte, q int) bool {
	k := q
	for k > 0 && q-k < 20 && isLetter(b[k-1]) {
		k--
	}
	if k == q || k > 0 && (isAlnum(b[k-1]) || b[k-1] == '/' || b[k-1] == '.' || b[k-1] == '-') {
		return false
	}
	switch strings.ToLower(string(b[k:q])) {
	case "host", "cifs", "ldap", "termsrv", "restrictedkrbhost", "wsman", "mssqlsvc", "gc":
		return true
	}
	return false
}

// versionAfter is versionContext's reading of the word w before p.
func (sc *scanner) versionAfter(p, e int, w []byte) bool {
	b := sc.b
	if versionWord(w) {
		return true
	}
	if len(w) >= 2 && len(w) <= 3 && w[0] == 'p' && allDigits(w[1:]) && (b[p-1] == ':' || p >= 2 && b[p-2] == ':') {
		// WER's "Problem signature" (Reliability Monitor, Event Viewer):
		// "P2: 7.0.6.0" and "P5: 7.0.6.0" are the application's and the
		// faulting module's versions
		return true
	}
	if b[p-1] == '(' && shortVersion(w) {
		// "3.11.1 (3.11.1.17)": the build after the version; the quad
		// must be all that is in the parentheses
		if e < len(b) && b[e] == ')' {
			return true
		}
	}
	if bytes.Contains(w, []byte("version")) || bytes.Contains(w, []byte("build")) {
		return true
	}
	if len(w) == 5 && string(w) == "value" && windbgVersionRow(b, p) {
		// WinDbg's !analyze KEY_VALUES_STRING: "Key  : WER.Process.Version"
		// over "Value: 3.6.4.0"
		return true
	}
	if bytes.IndexByte(w, '.') >= 0 {
		// (every extension starts with the word's dot)
		for _, ext := range moduleExts {
			if bytes.HasSuffix(w, ext) {
				return true
			}
		}
	}
	return sc.productVersion(p, e)
}

// versionOp: a version comparison ends right before p, as package
// dependencies write it: Debian's "libpam0g (>= 0.99.7.1)", "(<< 2:1.4.99.1)",
// "(= 1.2.3.4)", pip's "pkg==1.2.3.4", "~=1.2.3.4". ("=>" maps a key to a
// value: no comparison.)
func versionOp(b []byte, p int) bool {
	q := p
	if q >= 2 && b[q-1] == ':' && isDigit(b[q-2]) {
		// a Debian epoch: "(>= 2:1.4.99.1)"
		q--
		for q > 0 && p-q < 4 && isDigit(b[q-1]) {
			q--
		}
	}
	if q > 0 && b[q-1] == ' ' {
		q--
	}
	if q < 2 {
		return false
	}
	op, before := b[q-1], b[q-2]
	return (op == '=' || op == '<' || op == '>') && strings.IndexByte("<>=!~(", before) >= 0 && !(before == '=' && op == '>')
}

// brandWords are product names a four-part version follows ("rekordbox
// 6.7.4.0", "DirectX 12.1.0.0"); editionWords end a product's name
// ("Serato DJ Pro 3.2.1.123", "Ableton Live 11.3.13.0") but also name a
// room or a device ("Studio 192.168.1.40"), so after them a quad that
// starts as a private or loopback address stays an address.
var (
	brandWords = wordSet(`rekordbox serato traktor ableton virtualdj djay mixxx cubase nuendo reaper bitwig directx
		asio juce chrome chromium firefox electron jre jdk dotnet`)
	// kernels named before their release ("Linux 6.8.0.49")
	kernelWords  = wordSet(`unix linux darwin`)
	editionWords = wordSet(`pro live suite studio lite intro essentials standard plus expert ultimate premium
		edition dj beta alpha preview update patch hotfix framework runtime`)
)

// camelCase reports whether w, letters only, is written as a product
// name often is ("SetlistSync", "DirectX"): a capital first, lower case,
// and a capital after lower case.
func camelCase(w []byte) bool {
	if len(w) < 4 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' && w[k-1] >= 'a' && w[k-1] <= 'z' {
			return true
		}
	}
	return false
}

// productVersion: a dotted quad right after a product name or an edition
// word ("Traktor Pro 3.11.1.17"). Not followed by a port or prefix length
// (1.2.3.4:80, /24): those are addresses however they are introduced. A
// capitalised word alone is not enough: "Home 84.12.3.4" is the user's
// address.
func (sc *scanner) productVersion(p, e int) bool {
	b := sc.b
	k := p - 1
	if k < 1 || b[k] != ' ' {
		return false
	}
	if e+1 < len(b) && (b[e] == ':' || b[e] == '/') && isDigit(b[e+1]) {
		return false
	}
	s := k
	for s > 0 && k-s < 24 && isLetter(b[s-1]) {
		s--
	}
	if s == k || s > 0 && !(b[s-1] == ' ' || b[s-1] == '\t' || b[s-1] == '(' || b[s-1] == '[' || b[s-1] == '"' || lineBreak(b[s-1])) {
		return false
	}
	if sc.findingEnd(s, k) != s {
		return false // a replaced name: judged the same in a second pass
	}
	var buf [24]byte
	w := buf[:0]
	for _, c := range b[s:k] {
		w = append(w, lower(c))
	}
	if brandWords[string(w)] {
		return true
	}
	kernel := kernelWords[string(w)]
	if !kernel && !editionWords[string(w)] && !camelCase(b[s:k]) {
		return false
	}
	first := 0
	for q := p; q < len(b) && isDigit(b[q]); q++ {
		first = first*10 + int(b[q]-'0')
	}
	if kernel {
		// a kernel's release: Linux 2 to 7, Darwin 8 to 25 ("Unix
		// 6.8.0.49", PowerShell's OS version; "Darwin 23.4.0.1")
		return first >= 2 && first < 30 && first != 10
	}
	switch first {
	case 10, 100, 127, 169, 172, 192:
		return false
	}
	return true
}

// shortVersion reports whether w is a dotted number of two or three
// parts ("3.11.1", "1.4"): a version, where four parts may be an address.
func shortVersion(w []byte) bool {
	dots := 0
	for k, c := range w {
		switch {
		case c == '.':
			if k == 0 || k == len(w)-1 || w[k-1] == '.' {
				return false
			}
			dots++
		case !isDigit(c):
			return false
		}
	}
	return dots == 1 || dots == 2
}

// versionTag reports whether the '>' at gt ends an XML start tag whose
// name or attributes name a version: <Data Name="AppVersion">,
// <Data Name="ModuleVersion">, <ProductVersion>. A tag that holds a
// finding (a pseudonym after one pass) is none, so a second pass judges
// it the same.
func (sc *scanner) versionTag(gt int) bool {
	b := sc.b
	k := gt - 1
	for k >= 0 && gt-k <= 96 && b[k] != '<' && b[k] != '>' && b[k] != '\n' {
		k--
	}
	if k < 0 || b[k] != '<' || k+1 >= gt || b[k+1] == '/' || sc.findingEnd(k, gt) != k {
		return false
	}
	const word = "version"
	tag := b[k+1 : gt]
	for i := 0; i+len(word) <= len(tag); i++ {
		if lower(tag[i]) != 'v' {
			continue
		}
		j := 1
		for j < len(word) && lower(tag[i+j]) == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// versionElementBefore reports whether the start tag ending at gt follows
// an element whose text names a version or a module: a plist's
// "<key>SUAppVersion</key> <string>3.1.2.1</string>", an Application
// Error event's "<Data>rekordbox.exe</Data><Data>6.8.5.0</Data>". As in
// versionTag, text holding a finding is none, and so are an end or start
// tag holding one ("</kai>", "<keY=00C>"): a second pass reading back
// from gt stops at the pseudonym's '>'.
func (sc *scanner) versionElementBefore(gt int) bool {
	b := sc.b
	k := gt - 1
	for k >= 0 && gt-k <= 64 && b[k] != '<' && b[k] != '>' {
		k--
	}
	if k < 0 || b[k] != '<' {
		return false
	}
	for k > 0 && xmlSpace(b[k-1]) {
		k--
	}
	// the end tag before: "</name>"
	e := k - 1
	if e < 0 || b[e] != '>' {
		return false
	}
	lt := e - 1
	for lt >= 0 && e-lt <= 64 && b[lt] != '<' && b[lt] != '>' {
		lt--
	}
	if lt < 0 || b[lt] != '<' || lt+1 >= e || b[lt+1] != '/' {
		return false
	}
	ts := lt
	for ts > 0 && lt-ts < 128 && b[ts-1] != '>' && b[ts-1] != '<' {
		ts--
	}
	if ts == 0 || b[ts-1] != '>' || ts == lt || sc.findingEnd(ts, gt) != ts {
		return false
	}
	var buf [128]byte
	w := buf[:0]
	for _, c := range b[ts:lt] {
		w = append(w, lower(c))
	}
	if bytes.Contains(w, []byte("version")) {
		return true
	}
	for _, ext := range moduleExts {
		if bytes.HasSuffix(w, ext) {
			return true
		}
	}
	return false
}

// versionAttr reports whether the quote at q opens an attribute value in a
// start tag that names a version before it: newVersion="13.0.0.1", or
// .NET's <add key="Version" value="4.2.1.7"/>. A tag holding a finding is
// none (see versionTag).
func (sc *scanner) versionAttr(q int) bool {
	b := sc.b
	if q < 1 || b[q-1] != '=' {
		return false
	}
	k := q - 1
	for k >= 0 && q-k <= 128 && b[k] != '<' && b[k] != '>' && !lineBreak(b[k]) {
		k--
	}
	if k < 0 || b[k] != '<' || sc.findingEnd(k, q) != k {
		return false
	}
	var buf [128]byte
	w := buf[:0]
	for _, c := range b[k+1 : q] {
		w = append(w, lower(c))
	}
	return bytes.Contains(w, []byte("version"))
}

// colonHexRun: 1 for a hex digit, 2 for ':' and '.', the bytes of the run
// colonHexAt reads.
var colonHexRun = func() (t [256]uint8) {
	for _, c := range []byte("0123456789abcdefABCDEF") {
		t[c] = 1
	}
	t[':'], t['.'] = 2, 2
	return t
}()

// colonHex finds IPv6 addresses and colon MAC addresses, rejecting C++ and
// Java scopes (Cafe::Add, std::vector<int>::at), times and hex dumps.
func (sc *scanner) colonHexAt(p, j int) int {
	b := sc.b
	{
		e := p
		colons, dbl, dots := 0, 0, 0
		bj := b[:j]
		for e < len(bj) {
			// (a hex digit, most of the run, takes one table look)
			if k := colonHexRun[bj[e]]; k != 1 {
				if k == 0 {
					break
				}
				if bj[e] == ':' {
					if e > p && bj[e-1] == '.' {
						break // no address has ':' after '.': "1::0.:x" ends at "1::0"
					}
					colons++
					if e > p && bj[e-1] == ':' {
						dbl++
					}
				} else {
					dots++
				}
			}
			e++
		}
		if colons < 2 {
			return -1 // (trimming the run's end only takes colons away)
		}
		raw := e
		for e > p && (b[e-1] == '.' || b[e-1] == ':' && (e-2 < p || b[e-2] != ':')) {
			if b[e-1] == ':' {
				colons--
			} else {
				dots--
			}
			e--
		}
		if colons < 2 {
			return -1
		}
		// what follows must not continue an identifier or a call
		if e < len(b) {
			f := b[e]
			if isAlnum(f) || f == '_' || f == '(' && !ipconfigState(b, e) || f == '<' && !xmlText(b, p, e) || f == '~' || f == '$' {
				return e
			}
			if f == ':' && !(e-p == 17 && e+1 < len(b) && b[e+1] == ' ') {
				// (bluetoothd's "connect failed for 24:11:53:AB:CD:EF:
				// Protocol not available": an address, then the reason)
				return e
			}
			if f == '.' && raw > e && pseudonymAt(b, raw) {
				// "A::00:00.<license-1>": the first pass read the run
				// on into what the pseudonym replaced ("…00.00000000-…"),
				// and no address
				return e
			}
		}
		run := b[p:e]
		if colons == 5 && dbl == 0 && dots == 0 && len(run) == 17 && isMAC(run, ':') {
			if !keepMAC(run) {
				sc.addMAC(p, e, run)
				sc.btNames(p, e) // "Device <address> Kofi AirPods" (btnames.go)
			}
			return e
		}
		if dbl == 0 && colons != 7 || dbl > 1 || mixedCaseGroup(run) {
			return e
		}
		groups := 0
		for _, g := range bytes.Split(run, []byte(":")) {
			if len(g) > 0 {
				groups++
			}
		}
		if groups < 2 {
			return e
		}
		addr, err := netip.ParseAddr(string(run))
		if err != nil || keepIPv6(addr) {
			return e
		}
		sc.add(p, e, ClassIP, addr.String())
		return e
	}
}

// ipconfigState: ipconfig /all glues an address's state to it
// ("2a01:...:2c3d(Preferred)"); a call's arguments look nothing like it.
// The '(' is at e; C++ scopes ("Cafe::Add(int)") reach here often.
func ipconfigState(b []byte, e int) bool {
	if e+11 > len(b) {
		return false
	}
	var st string
	switch b[e+1] {
	case 'P':
		st = "(Preferred)"
	case 'D':
		if b[e+2] == 'e' {
			st = "(Deprecated)"
		} else {
			st = "(Duplicate)"
		}
	case 'T':
		st = "(Tentative)"
	default:
		return false
	}
	return len(b)-e >= len(st) && string(b[e:e+len(st)]) == st
}

// mixedCaseGroup: "Cafe" or "Add" — IPv6 is written in one case.
func mixedCaseGroup(run []byte) bool {
	up, lo := false, false
	for _, c := range run {
		if c >= 'a' && c <= 'f' {
			lo = true
		} else if c >= 'A' && c <= 'F' {
			up = true
		}
	}
	return up && lo
}

func isMAC(run []byte, sep byte) bool {
	if len(run) != 17 {
		return false
	}
	for k := 0; k < 17; k++ {
		if k%3 == 2 {
			if run[k] != sep {
				return false
			}
		} else if !isHex(run[k]) {
			return false
		}
	}
	return true
}

// underscoreMACAt matches a MAC address written with '_' at p, as BlueZ
// and PipeWire name devices after it (/org/bluez/hci0/dev_F8_4E_17_AB_CD_EF,
// bluez_output.F8_4E_17_AB_CD_EF.1), inside the word ending at j. Its
// canon is the colon form's: one address, one pseudonym. It returns the
// address's end, or -1.
func (sc *scanner) underscoreMACAt(p, j int) int {
	b := sc.b
	run := b[p : p+17]
	if !isMAC(run, '_') || p+17 < j && (isAlnum(b[p+17]) || b[p+17] == '_') {
		return -1
	}
	if p >= 3 && b[p-1] == '_' && isHex(b[p-2]) && isHex(b[p-3]) && (p == 3 || !isAlnum(b[p-4])) {
		return -1 // the tail of a longer run of pairs: no address
	}
	sc.addMAC(p, p+17, run)
	if p >= 12 && b[p-1] == '.' {
		sc.bluezNames(p) // pactl list's "Name: bluez_output.<address>.1" (btnames.go)
	}
	return p + 17
}

// ifnameMACAt matches the network interface names systemd builds from a
// MAC address ("enx00e04c681234" for USB Ethernet, "wlx..." for Wi-Fi,
// "wwx..." for WWAN) at p, inside the word ending at j. The prefix stays,
// the address is replaced as the colon form is. It returns the name's
// end, or -1.
func (sc *scanner) ifnameMACAt(p, j int) int {
	b := sc.b
	e := p + 15
	if e > j || e < j && isAlnum(b[e]) || b[p+2] != 'x' || !(b[p] == 'e' && b[p+1] == 'n' || b[p] == 'w' && (b[p+1] == 'l' || b[p+1] == 'w')) {
		return -1
	}
	if !allHex(b[p+3 : e]) {
		return -1
	}
	sc.addMAC(p+3, e, b[p+3:e])
	return e
}

// addMAC replaces the MAC address [s, e) whose 12 hex digits v holds (in
// any spelling) under the canon every MAC detector uses,
// aa:bb:cc:dd:ee:ff: one address, one pseudonym.
func (sc *scanner) addMAC(s, e int, v []byte) {
	var c [17]byte
	k := 0
	for _, x := range v {
		if !isHex(x) {
			continue
		}
		if k%3 == 2 {
			c[k] = ':'
			k++
		}
		c[k] = lower(x)
		k++
	}
	if k == len(c) && !keepMAC(c[:]) {
		sc.learnMAC(string(c[:]))
		sc.add(s, e, ClassMAC, string(c[:]))
	}
}

// learnMAC teaches the forms of the MAC address canon (aa:bb:cc:dd:ee:ff)
// that no detector can tell from a number or a hash on their own: 12 bare
// hex digits (Windows instance ids, the registry) and Cisco's dotted
// quads (aabb.ccdd.eeff). Known once, the address is replaced in them.
func (sc *scanner) learnMAC(canon string) {
	if sc.s.learned[ClassMAC+"\x00"+canon] || sc.s.lits.full() {
		return
	}
	sc.s.learned[ClassMAC+"\x00"+canon] = true
	for _, v := range macForms(canon) {
		sc.learnLiteral(ClassMAC, canon, v, false)
	}
}

// macForms lists the bare and dotted spellings of the MAC address canon
// (aa:bb:cc:dd:ee:ff).
func macForms(canon string) []string {
	bare := strings.ReplaceAll(canon, ":", "")
	if len(bare) != 12 {
		return nil
	}
	return []string{bare, bare[:4] + "." + bare[4:8] + "." + bare[8:]}
}

// bthMACs finds the MAC addresses in Windows Bluetooth device instance ids
// in the word [i, j): BTHLE\DEV_AC1F74DEAD01\8&1A2B3C4D&0&AC1F74DEAD01,
// BTHENUM\{uuid}_VID&..._PID&...\7&2A1B3C4D&0&004279AABBCC_C00000000. In
// such an id every run of 12 hex digits after '_' or '&' is the device's
// address; the ids' other numbers have 8 or 4 digits. The registry keys
// of the Bluetooth stack name devices by address alone
// (BTHPORT\Parameters\Devices\ac800a3f129b, …\Keys\ADAPTER\DEVICE).
func (sc *scanner) bthMACs(i, j int) {
	b := sc.b
	// the id's start: "BTH" in the word, or before it on the line when a
	// {uuid} split the id into words ("BTHENUM\{...}_VID&...")
	from := max(i-80, 0)
	for k := i - 1; k > from; k-- {
		if lineBreak(b[k]) {
			from = k
			break
		}
	}
	k := from
	for ; k+3 <= j; k++ {
		if b[k]|0x20 == 'b' && b[k+1]|0x20 == 't' && b[k+2]|0x20 == 'h' && (k == 0 || !isAlnum(b[k-1])) {
			break
		}
		if b[k]|0x20 == 'h' && matchFold(b, k, "hid\\{00001812-") > 0 && (k == 0 || !isAlnum(b[k-1])) {
			break // a Bluetooth LE keyboard's, mouse's or game pad's (HID over GATT)
		}
	}
	if k+3 > j {
		return
	}
	for q := max(k+4, i+1); q+12 <= j; q++ {
		if pv := b[q-1]; pv != '_' && pv != '&' && !(pv == '\\' && (q+12 == j || b[q+12] == '\\')) {
			continue
		}
		if q+12 < j && isAlnum(b[q+12]) || !allHex(b[q:q+12]) {
			continue
		}
		sc.addMAC(q, q+12, b[q:q+12])
		q += 11
	}
}

// rdnsHosts finds host names in the word [i, j) that spell an IPv4
// address with dashes in a label: the reverse DNS names ISPs and clouds
// give an address (pool-71-105-13-4.nycmny.fios.verizon.net,
// ip-10-0-0-5.ec2.internal). The whole name is replaced: the address is
// the subscriber's, and the labels after it often name the town.
func (sc *scanner) rdnsHosts(i, j int) {
	b := sc.b
	for p := i; p+7 <= j; p++ {
		if !isDigit(b[p]) || p > i && isDigit(b[p-1]) {
			continue
		}
		e := dashedQuad(b[p:j])
		if e < 0 {
			continue
		}
		e += p
		if e >= j || b[e] != '.' && b[e] != '-' && !isLetter(b[e]) || b[e] == '-' && e+1 < j && isDigit(b[e+1]) || numberBefore(b, i, p) {
			// more dashed numbers around it: a date and time in a file
			// name (crash-2024-03-04-12-30-45.log), no address; or the
			// address starts at a later number (ec2-54-210-12-8)
			continue
		}
		// the name around it: letters, digits, dots and dashes, with a
		// label of letters at its end (a TLD)
		s := p
		for s > i && isDomainChar(b[s-1]) {
			s--
		}
		x := e
		for x < j && isDomainChar(b[x]) {
			x++
		}
		for x > e && (b[x-1] == '.' || b[x-1] == '-') {
			x--
		}
		t := x
		for t > e && isLetter(b[t-1]) {
			t--
		}
		if x-t < 2 || t <= e || b[t-1] != '.' || bytes.Count(b[e:t], []byte{'.'}) < 2 || fileExt(string(b[t-1:x])) || archiveExt[asciiLower(string(b[t:x]))] {
			p = e
			continue
		}
		sc.add(s, x, ClassHost, asciiLower(string(b[s:x])))
		p = x
	}
}

// numberBefore: the dashed number at p in the word starting at i follows
// another one ("2024-" of 2024-03-04-12-30), not a label ("ec2-").
func numberBefore(b []byte, i, p int) bool {
	if p < i+2 || b[p-1] != '-' || !isDigit(b[p-2]) {
		return false
	}
	k := p - 2
	for k >= i && isDigit(b[k]) {
		k--
	}
	return k < i || !isAlnum(b[k])
}

// archiveExt: file name endings that rdnsHosts takes for no domain.
var archiveExt = map[string]bool{"gz": true, "bz2": true, "xz": true, "zip": true, "tar": true, "tgz": true, "dmg": true,
	"pkg": true, "deb": true, "rpm": true, "msi": true, "bak": true, "old": true, "tmp": true, "png": true, "jpg": true,
	"mp3": true, "wav": true, "flac": true, "aiff": true, "ogg": true, "crash": true, "ips": true, "dmp": true,
	"core": true, "plist": true, "db": true, "sqlite": true, "csv": true, "html": true}

// dashedQuad returns the length of the IPv4 address written with dashes
// (each part a number up to 255) that w starts with, or -1.
func dashedQuad(w []byte) int {
	k := 0
	for part := 0; part < 4; part++ {
		if part > 0 {
			if k >= len(w) || w[k] != '-' {
				return -1
			}
			k++
		}
		v, n := 0, 0
		for k < len(w) && isDigit(w[k]) && n < 4 {
			v = v*10 + int(w[k]-'0')
			k++
			n++
		}
		if n == 0 || n > 3 || v > 255 {
			return -1
		}
	}
	if k < len(w) && isDigit(w[k]) {
		return -1
	}
	return k
}

// dottedMAC matches a MAC address in Cisco's dotted form (0042.79aa.bbcc)
// as the word [i, j). One hex letter at least and one case: "2024.0101.1200"
// is a version or a date.
func (sc *scanner) dottedMAC(i, j int) {
	b := sc.b
	run := b[i:j]
	letter := false
	for k, c := range run {
		if k == 4 || k == 9 {
			continue
		}
		if !isHex(c) {
			return
		}
		letter = letter || c > '9'
	}
	if !letter || mixedCaseGroup(run) {
		return
	}
	sc.addMAC(i, j, run)
}

func keepMAC(run []byte) bool {
	allZero, allF := true, true
	for _, c := range run {
		if c == ':' || c == '-' || c == '_' {
			continue
		}
		if c != '0' {
			allZero = false
		}
		if c != 'f' && c != 'F' {
			allF = false
		}
	}
	return allZero || allF
}

// accountBeforeSID handles the account a table row names before its SID
// (whoami /user: "studio-öberg\åsa     S-1-5-21-…-1001"; wmic useraccount's
// Caption column): a DOMAIN\account word on the line before the SID at
// p, ended by a column gap, is a machine and its account.
func (sc *scanner) accountBeforeSID(p int) {
	b := sc.b
	ls := p
	for ls > 0 && !lineBreak(b[ls-1]) && p-ls < 256 {
		ls--
	}
	for ws := ls; ws < p; {
		for ws < p && (b[ws] == ' ' || b[ws] == '\t') {
			ws++
		}
		we := ws
		for we < p && b[we] != ' ' && b[we] != '\t' {
			we++
		}
		if k := bytes.IndexByte(b[ws:we], '\\'); k > 0 && we < p && (b[we] == '\t' || we+1 < p && b[we+1] == ' ') &&
			!bytes.Contains(b[we:p], []byte("Alias")) && !bytes.Contains(b[we:p], []byte("Group")) {
			// (whoami /groups: "STUDIO\docker-users  Alias  S-1-5-21-…": a group)
			sc.domainAccountWord(ws, ws+k, we)
		}
		ws = we
	}
}

// domainAccountWord learns and replaces DOMAIN\account in b[ws:we], its
// backslash at k: the domain (a machine's NetBIOS name, letters outside
// ASCII allowed) and the account.
func (sc *scanner) domainAccountWord(ws, k, we int) {
	b := sc.b
	dom, acct := b[ws:k], b[k+1:we]
	if len(dom) < 2 || len(dom) > 60 || len(acct) < 2 || bytes.ContainsAny(acct, "\\/:<>") || b[ws] == '<' || !utf8.Valid(dom) || !utf8.Valid(acct) || roffEscape(acct) {
		return
	}
	for _, r := range string(dom) {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_') {
			return
		}
	}
	d, a := string(dom), string(acct)
	if !isGenericHost(d) && !sc.s.allowed(d) && plausibleName(d) {
		sc.learnHost(d)
		sc.add(ws, k, ClassHost, canonical(d))
	}
	if plausibleName(a) && !isGenericUser(a) && !sc.s.allowed(a) {
		sc.learnUser(a)
		sc.add(k+1, we, ClassUser, canonical(a))
	}
}

// dashed finds UUIDs (outside debug-id contexts), dash MACs and license
// keys in a word holding digits and dashes.
func (sc *scanner) dashedAt(p int) int {
	b := sc.b
	if e := winHostEnd(b, p); e > 0 {
		sc.hostSpan(p, e)
		return sc.slashAccount(p, e)
	}
	ob := b
	if !sc.learnOnly {
		// a name over 64 bytes is none (hostAt adds none: plausibleName),
		// and each label of a long dotted word asks here: read no further
		ob = b[:min(len(b), p+66)]
	}
	if e := ownerHostEnd(ob, p); e > 0 && (sc.learnOnly || e-p <= 64) {
		found := len(sc.spans)
		sc.hostAt(p, e)
		if len(sc.spans) > found || sc.learnOnly {
			sc.learnHostOwner(p, e)
			return e
		}
	}
	if e, _, _ := deviceOfHost(ob, p); e > 0 && e-p <= 64 {
		sc.hostAt(p, e) // "iPhone-de-Maria" (its owner: Session.learnHost)
		return e
	}
	if e := sidDomainEnd(b, p); e > 0 {
		// S-1-5-21-X-Y-Z: the three numbers name one machine or domain;
		// the RID after them (500, 1001...) stays, it only numbers the
		// accounts there. S-1-12-1-A-B-C-D: an Azure AD account, whole.
		sc.add(p, e, ClassMachineID, string(b[p:e]))
		sc.accountBeforeSID(p)
		return e
	}
	if e := winProductIDEnd(b, p); e > 0 {
		sc.add(p, e, ClassLicense, string(b[p:e]))
		return e
	}
	{
		if p+36 <= len(b) && isUUIDAt(b, p) && (p+36 == len(b) || !isAlnum(b[p+36]) && b[p+36] != '-') {
			if !sc.debugIDContext(p) {
				v := string(bytes.ToLower(b[p : p+36]))
				if !sc.s.allowed(v) && !sc.wellKnownGUID(p, v) && !idPlaceholder(b[p:p+36]) {
					sc.add(p, p+36, ClassUUID, v)
				}
				if p > 0 && b[p-1] == ':' && p+37 < len(b) && b[p+36] == ':' {
					sc.nmcliTerseRow(p) // "Home Net:UUID:802-11-wireless:wlan0"
				}
			}
			return p + 36
		}
		if p+17 <= len(b) && isMAC(b[p:p+17], '-') && (p+17 == len(b) || !isAlnum(b[p+17]) && b[p+17] != '-') {
			if !keepMAC(b[p : p+17]) {
				sc.addMAC(p, p+17, b[p:p+17])
			}
			return p + 17
		}
		if e := licenseAt(b, p); e > 0 {
			v := string(b[p:e])
			if !sc.s.allowed(v) {
				sc.add(p, e, ClassLicense, canonical(v))
			}
			return e
		}
	}
	return -1
}

// winHostEnd matches the names Windows setup gives a machine, DESKTOP-
// and 7 random letters or digits, LAPTOP- and 8 (15 in all, NetBIOS's
// most; 7 too), or WIN- and 11, or Android's android- and 16 hex digits,
// at p (any case:
// DNS lowercases them), and returns where the host name ends (its domain
// included), or -1. Nothing else in a log has that shape, and the random
// part names one machine.
func winHostEnd(b []byte, p int) int {
	if p >= len(b) || b[p]|0x20 != 'd' && b[p]|0x20 != 'l' && b[p]|0x20 != 'w' && b[p]|0x20 != 'a' {
		return -1 // (most calls: the first letter of no prefix)
	}
	n := 0
	switch {
	case b[p]|0x20 == 'a':
		// Android's DHCP name, "android-" and the device's ANDROID_ID
		// in 16 hex digits
		if matchFold(b, p, "android-") < 0 || p+24 > len(b) || !allHex(b[p+8:p+24]) || p+24 < len(b) && (isAlnum(b[p+24]) || b[p+24] == '-') {
			return -1
		}
		return domainTail(b, p+24)
	case matchFold(b, p, "desktop-") > 0 || matchFold(b, p, "laptop-") > 0:
		n = 7
	case matchFold(b, p, "win-") > 0:
		n = 11
	default:
		return -1
	}
	q := p + bytes.IndexByte(b[p:min(len(b), p+8)], '-') + 1 // (the prefix's '-')
	if q+n > len(b) {
		return -1
	}
	if q-p == 7 && q+8 <= len(b) && isAlnum(b[q+7]) {
		n = 8 // LAPTOP-K3J9D2QF
	}
	digits, lowers := 0, 0
	for _, c := range b[q : q+n] {
		switch {
		case isDigit(c):
			digits++
		case c >= 'a' && c <= 'z':
			lowers++
		case c < 'A' || c > 'Z':
			return -1
		}
	}
	e := q + n
	if e < len(b) && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') || digits == 0 && lowers > 0 {
		// longer, or a lowercase word ("laptop-battery"): not a name
		// setup generated (those are upper case, and DNS forms of them
		// all-letter ones are too rare to risk a word)
		return -1
	}
	return domainTail(b, e)
}

// domainTail returns where the domain after a host name ending at e ends
// (".fritz.box", ".local"), e when there is none.
func domainTail(b []byte, e int) int {
	for e+1 < len(b) && b[e] == '.' && isAlnum(b[e+1]) {
		e++
		for e < len(b) && (isAlnum(b[e]) || b[e] == '-') {
			e++
		}
	}
	return e
}

// slashAccount handles the account after a machine name [p, e) written
// DOMAIN/account, as git's "dubious ownership" message writes the owner
// ("\tDESKTOP-4JK2L9Q/ebube.nwachukwu (S-1-5-21-…)"): the account is
// learned. It returns where what it read ends (e when there is none).
func (sc *scanner) slashAccount(p, e int) int {
	b := sc.b
	if e+2 >= len(b) || b[e] != '/' || p > 0 && !(b[p-1] == ' ' || b[p-1] == '\t' || b[p-1] == '\'' || b[p-1] == '"') {
		return e
	}
	a := e + 1
	ae := a
	for ae < len(b) && ae-a < 64 && (isAlnum(b[ae]) || b[ae] == '.' || b[ae] == '_' || b[ae] == '-') {
		ae++
	}
	if ae == a || ae < len(b) && !(b[ae] == ' ' || b[ae] == '\'' || b[ae] == '"' || lineBreak(b[ae])) {
		return e
	}
	if sc.accountSpan(a, ae) {
		return ae
	}
	return e
}

// learnHostOwner learns the owner's name of the machine name [p, e) that
// ownerHostEnd matched ("LAUREN" of LAUREN-PC): the account's or the
// person's, it goes wherever else it appears.
func (sc *scanner) learnHostOwner(p, e int) {
	if owner := string(sc.b[p : p+bytes.IndexByte(sc.b[p:e], '-')]); len(owner) >= 3 {
		sc.learnUser(owner)
	}
}

// deviceOfHost matches, at p, the host name a phone or tablet takes from
// its device's name where the owner follows the device ("iPhone de
// María", "iPad von Jürgen"): iOS's "iPhone-de-Maria", Samsung's
// "Galaxy-S23-de-Jose": the device word, model parts (a digit in them, or
// deviceModelWords), one of ownerPreps, and the owner's name, of letters
// (a "-2" after it: a second device of the name), to the word's end (a
// domain after it included). It returns where the name ends and the
// owner [ns, ne), or e -1.
func deviceOfHost(b []byte, p int) (e, ns, ne int) {
	switch b[p] | 0x20 {
	case 'i', 'g', 'm', 'a', 'l': // the device words' first letters
	default:
		return -1, 0, 0
	}
	k := p
	for k < len(b) && k-p < 8 && isLetter(b[k]) {
		k++
	}
	var lb [16]byte
	if k >= len(b) || b[k] != '-' || !personalDevicesLower[string(lowerInto(lb[:0], b[p:k]))] && !eqLower(b[p:k], "galaxy") {
		return -1, 0, 0
	}
	for n := 0; ; n++ {
		s := k + 1
		t := s
		for t < len(b) && t-s < 12 && isAlnum(b[t]) {
			t++
		}
		if n > 3 || t == s || t >= len(b) || b[t] != '-' {
			return -1, 0, 0
		}
		w := lowerInto(lb[:0], b[s:t])
		if ownerPreps[string(w)] {
			ns = t + 1
			break
		}
		if !deviceModelWords[string(w)] && !bytes.ContainsAny(b[s:t], "0123456789") {
			return -1, 0, 0
		}
		k = t
	}
	ne = ns
	for ne < len(b) && ne-ns < 24 && isLetter(b[ne]) {
		ne++
	}
	e = ne
	if e+1 < len(b) && b[e] == '-' && isDigit(b[e+1]) {
		for e++; e < len(b) && isDigit(b[e]); e++ {
		}
	}
	if ne-ns < 2 || e < len(b) && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_') {
		return -1, 0, 0
	}
	return domainTail(b, e), ns, ne
}

// ownerHostEnd matches the names installers give a machine after its
// owner, at p: Windows 7's "XANDER-PC", Ubuntu's "kai-ThinkPad-T480s" and
// "ana-Inspiron-5570", "KWAME-LAPTOP": a name of letters, '-', a machine
// word, and the model's further parts, to the word's end (a domain
// after it included). It returns where the name ends, or -1.
func ownerHostEnd(b []byte, p int) int {
	k := p
	// (a letter or a byte of a UTF-8 letter: one class look a byte)
	for lim := min(len(b), p+25); k < lim && ctab[b[k]]&(cAlpha|cHigh) != 0; {
		k++
	}
	if k-p < 2 || k-p > 24 || k+3 > len(b) || b[k] != '-' || p > 0 && (isAlnum(b[p-1]) || b[p-1] == '-' || b[p-1] >= 0x80) {
		return -1
	}
	// the machine word first: most words with a dash have none
	m := k + 1
	me := m
	for me < len(b) && me-m < 16 && isLetter(b[me]) {
		me++
	}
	var nb [24]byte
	var mb [16]byte
	if me-m < 2 || me-m > 14 {
		return -1
	}
	if !machinePairs.has(lower(b[m]), lower(b[m+1])) {
		return -1 // (the first two letters of no machine word)
	}
	if w := lowerInto(mb[:0], b[m:me]); w == nil || !machineWords[string(w)] {
		return -1
	}
	if owner := lowerInto(nb[:0], b[p:k]); owner == nil || possStop[string(owner)] || notOwners[string(owner)] || !utf8.Valid(b[p:k]) {
		return -1
	}
	e := me
	digit := false // the model's parts end with a number ("-T480s", "-13-9380"); words are a package's ("xdg-desktop-portal")
	for e+1 < len(b) && b[e] == '-' && isAlnum(b[e+1]) {
		e++
		digit = false
		for e < len(b) && isAlnum(b[e]) {
			digit = digit || isDigit(b[e])
			e++
		}
	}
	if e > me && !digit || e < len(b) && (isAlnum(b[e]) || b[e] == '_' || b[e] >= 0x80) {
		return -1
	}
	return domainTail(b, e)
}

// machineWords follow an owner's name in the host names installers make
// (Windows' NAME-PC, Ubuntu's name-ModelName), lowercased.
var machineWords = wordSet(`pc laptop desktop notebook netbook workstation tower thinkpad thinkcentre xps inspiron
	latitude vostro optiplex alienware pavilion envy omen spectre elitebook probook zbook zenbook vivobook
	rog tuf ideapad yoga legion aspire nitro predator swift surface macbook macbookpro macbookair imac macmini mbp
	virtualbox vmware nuc`)

// machinePairs holds the first two letters of every machine word.
var machinePairs = func() (t pairSet) {
	for w := range machineWords {
		t.add(w[0], w[1])
	}
	return t
}()

// notOwners come before a machine word without naming a person
// ("gaming-pc", "home-laptop", "ibm-pc", "non-pc"), the verbs of a
// setting's name (avahi-daemon.conf's "publish-workstation=no"), and the
// apps and desktops whose Linux package or command is NAME-desktop
// ("telegram-desktop", "signal-desktop", "plasma-desktop").
var notOwners = wordSet(`gaming game home office work dev test build ci lab my your our the any non new old main
	studio music dj audio media living bedroom kitchen family kids guest shared spare backup hp ibm win windows
	mini micro small big ultra server client virtual local remote desktop laptop pc
	publish enable disable use allow deny show hide add remove set get
	telegram signal element slack discord whatsapp mattermost skype viber zoom notion joplin bitwarden
	obsidian keybase threema zulip rocketchat wire beeper ferdium jami briar qtox simplex revolt lutris heroic
	epic upwork chatgpt ledger trezor kubuntu xubuntu lubuntu plasma xfce mate cinnamon budgie lxde lxqt elementary`)

// sidDomainEnd matches the machine or domain part of a Windows account
// SID, "S-1-5-21-" and three numbers, at p, and returns its end, or -1.
// Well-known SIDs (S-1-5-18, S-1-5-32-544) have no such part. An Azure AD
// (Entra) account's SID, "S-1-12-1-" and four numbers, is its object id
// whole: it is matched to its end.
func sidDomainEnd(b []byte, p int) int {
	if p >= len(b) || b[p]|0x20 != 's' {
		return -1
	}
	k, parts := p+9, 3
	if matchFold(b, p, "s-1-5-21-") < 0 {
		if matchFold(b, p, "s-1-11-96-") > 0 {
			// whoami's "MicrosoftAccount\x@outlook.com" group: the
			// Microsoft account's SID, ten numbers that name it
			k, parts = p+10, 10
		} else if matchFold(b, p, "s-1-12-1-") < 0 {
			return -1
		} else {
			parts = 4
		}
	}
	for n := 0; n < parts; n++ {
		s := k
		for k < len(b) && isDigit(b[k]) && k-s < 10 {
			k++
		}
		if k == s {
			return -1
		}
		if n < parts-1 {
			if k >= len(b) || b[k] != '-' {
				return -1
			}
			k++
		}
	}
	// HKU\S-1-12-1-A-B-C-D_Classes: the account's classes hive. Glued
	// to a pseudonym, it was glued to what a first pass replaced
	// ("S-1-5-21-0-0-0AA's" of a possessive owner): no SID there either.
	if k < len(b) && (isAlnum(b[k]) || b[k] == '_' && parts == 3 || pseudonymAt(b, k)) {
		return -1
	}
	return k
}

// winProductIDEnd matches a Windows product ID (00330-80000-00000-AA123:
// three groups of five digits, then two letters and three more), which
// is derived from the installation's product key, and returns its end, or
// -1.
func winProductIDEnd(b []byte, p int) int {
	if p+23 > len(b) {
		return -1
	}
	for g := 0; g < 3; g++ {
		for k := 0; k < 5; k++ {
			if !isDigit(b[p+6*g+k]) {
				return -1
			}
		}
		if b[p+6*g+5] != '-' {
			return -1
		}
	}
	t := b[p+18 : p+23]
	// AA123, or AAOEM on an OEM installation
	if !isLetter(t[0]) || !isLetter(t[1]) || !isAlnum(t[2]) || !isAlnum(t[3]) || !isAlnum(t[4]) {
		return -1
	}
	if p+23 < len(b) && (isAlnum(b[p+23]) || b[p+23] == '-') {
		return -1
	}
	return p + 23
}

func isUUIDAt(b []byte, p int) bool {
	for k := 0; k < 36; k++ {
		c := b[p+k]
		if k == 8 || k == 13 || k == 18 || k == 23 {
			if c != '-' {
				return false
			}
		} else if !isHex(c) {
			return false
		}
	}
	return true
}

// debugIDContext: an image UUID between <> (Apple binary images), or on a
// line naming a .pdb.
func (sc *scanner) debugIDContext(p int) bool {
	b := sc.b
	if p > 0 && (b[p-1] == '<' || b[p-1] == '{' && p > 1 && b[p-2] == '<') {
		return true
	}
	if p > 1 && b[p-1] == '[' && b[p-2] == ')' && p+40 < len(b) && b[p+36] == ']' && b[p+37] == '@' && b[p+38] == '0' && b[p+39] == 'x' && isHex(b[p+40]) {
		// a kext in a macOS kernel panic's backtrace list:
		// "com.apple.driver.X(6.1)[<image UUID>]@0xfffffe00…": its build
		// (the load address is hex after "0x"; a word after '@' that
		// only starts with '0' may be replaced, and was no address)
		return true
	}
	if p > 4 && b[p-1] == ' ' && b[p-2] == ']' && lldbImageRow(b, p) {
		return true
	}
	ls := p - 200
	if ls < 0 {
		ls = 0
	}
	if k := bytes.LastIndexByte(b[ls:p], '\n'); k >= 0 {
		ls += k + 1
	}
	line := b[ls:p]
	return bytes.Contains(line, []byte(".pdb")) || bytes.Contains(line, []byte(".PDB")) ||
		bytes.Contains(line, []byte("debug_id")) || bytes.Contains(line, []byte("DebugId"))
}

// wellKnownGUID reports whether the UUID v at b[p] is a Windows GUID that
// names a class of things, the same on every machine, rather than one
// machine, volume or device: a device setup class (Microsoft generated
// them all on one host in 1994: every one ends -08002be10318), one of a
// short list (the USB and other setup classes, known folders), or a COM
// class, interface, type library or AppID named by its registry key
// (HKCR\CLSID\{…}). A MachineGuid, \\?\Volume{…}, a device instance's or
// a profile's GUID is none of these. A key word that a finding replaced
// ("\\CLSID" read as a host, "/home/clsid" as a user) names no class:
// scrubbed again, the pseudonym before the GUID would name none either.
func (sc *scanner) wellKnownGUID(p int, v string) bool {
	b := sc.b
	if v[24:] == "08002be10318" || wellKnownGUIDs[v] {
		return true
	}
	if p+40 <= len(b) && string(b[p+36:p+40]) == " \u2190" {
		// fwupdmgr's "GUIDs: e1409b09-… ← NVME\VEN_144D&DEV_A808": a
		// hash of the hardware id after the arrow, the same for every
		// such device (the firmware service matches updates by it)
		return true
	}
	if v[8:] == "-0000-1000-8000-00805f9b34fb" || v[8:] == "-0000-0000-c000-000000000046" || v[8:] == "-0000-11aa-aa11-00306543ecac" {
		// the Bluetooth base UUID: every SIG-assigned service and
		// profile (0000110b-...: A2DP sink); COM's base interfaces
		// (IUnknown 00000000-..., IClassFactory 00000001-...); Apple's
		// partition types (diskutil's "Partition Type:", APFS
		// 7c3457ef-…, HFS+ 48465300-…)
		return true
	}
	if p < 2 || b[p-1] != '{' {
		return false
	}
	k := p - 1
	if b[k-1] == ' ' || b[k-1] == '=' || b[k-1] == ':' {
		// "driver CLSID {…}", "clsid={…}": an ASIO driver's COM class
		for k > 0 && p-k < 4 && (b[k-1] == ' ' || b[k-1] == '=' || b[k-1] == ':') {
			k--
		}
		return k >= 5 && eqLower(b[k-5:k], "clsid") && (k == 5 || !isAlnum(b[k-6])) && !sc.replacedAt(k-1)
	}
	if b[k-1] != '\\' && b[k-1] != '/' {
		return false
	}
	k--
	if k > 0 && b[k-1] == '\\' {
		k-- // JSON-escaped
	}
	for _, w := range [...]string{"clsid", "interface", "typelib", "appid"} {
		if k >= len(w) && eqLower(b[k-len(w):k], w) && (k == len(w) || !isAlnum(b[k-len(w)-1])) {
			return !sc.replacedAt(k - 1)
		}
	}
	return false
}

// replacedAt reports whether a finding covers b[p] (covered, with the
// cheap test first).
func (sc *scanner) replacedAt(p int) bool {
	return sc.maxEnd > p && sc.covered(p)
}

// wellKnownGUIDs are class GUIDs that do not end -08002be10318: device
// setup classes and device interface classes, audio COM ids, event
// providers, and KNOWNFOLDERIDs.
var wellKnownGUIDs = map[string]bool{
	// device setup classes
	"36fc9e60-c465-11cf-8056-444553540000": true, // USB
	"745a17a0-74d3-11d0-b6fe-00a0c90f57da": true, // HIDClass
	"6bdd1fc6-810f-11d0-bec7-08002be2092f": true, // Image
	"ca3e7ab9-b4c3-4ae6-8251-579ef933890f": true, // Camera
	"e0cbf06c-cd8b-4647-bb8a-263b43f0f974": true, // Bluetooth
	"50dd5230-ba8a-11d1-bf5d-0000f805f530": true, // SmartCardReader
	"88bae032-5a81-49f0-bc3d-a4ff138216d6": true, // USBDevice
	"eec5ad98-8080-425f-922a-dabf3de3f69a": true, // WPD
	"c166523c-fe0c-4a94-a586-f1a80cfbbf3e": true, // AudioEndpoint
	"62f9c741-b25a-46ce-b54c-9bccce08b6f2": true, // SoftwareDevice
	"5c4c3332-344d-483c-8739-259e934c9cc8": true, // SoftwareComponent
	"d48179be-ec20-11d1-b6b8-00c04fa372a7": true, // SDHost
	"72631e54-78a4-11d0-bcf7-00aa00b7b32a": true, // Battery
	"1ed2bbf9-11f0-4084-b21f-ad83a8e6dcdc": true, // PrintQueue
	"8ecc055d-047f-11d1-a537-0000f8753ed1": true, // LegacyDriver
	"53d29ef7-377c-4d14-864b-eb3a85769359": true, // Biometric
	"d94ee5d8-d189-4994-83d2-f68d7d41b0e6": true, // SecurityDevices
	"f2e7dd72-6468-4e36-b6f1-6488f42c1b52": true, // Firmware
	"5175d334-c371-4806-b3ba-71fd53c9258d": true, // Sensor
	// device interface classes
	"a5dcbf10-6530-11d2-901f-00c04fb951ed": true, // GUID_DEVINTERFACE_USB_DEVICE
	"f18a0e88-c30c-11d0-8815-00a0c906bed8": true, // GUID_DEVINTERFACE_USB_HUB
	"53f56307-b6bf-11d0-94f2-00a0c91efb8b": true, // GUID_DEVINTERFACE_DISK
	"53f5630d-b6bf-11d0-94f2-00a0c91efb8b": true, // GUID_DEVINTERFACE_VOLUME
	"4d1e55b2-f16f-11cf-88cb-001111000030": true, // GUID_DEVINTERFACE_HID
	"53f56308-b6bf-11d0-94f2-00a0c91efb8b": true, // GUID_DEVINTERFACE_CDROM
	"378de44c-56ef-11d1-bc8c-00a0c91405dd": true, // GUID_DEVINTERFACE_MOUSE
	"884b96c3-56ef-11d1-bc8c-00a0c91405dd": true, // GUID_DEVINTERFACE_KEYBOARD
	"e6f07b5f-ee97-4a90-b076-33f57bf4eaa7": true, // GUID_DEVINTERFACE_MONITOR
	"5b45201d-f2f2-4f3b-85bb-30ff1f953599": true, // GUID_DEVINTERFACE_DISPLAY_ADAPTER
	"86e0d1e0-8089-11d0-9ce4-08003e301f73": true, // GUID_DEVINTERFACE_COMPORT
	"cac88484-7515-4c03-82e6-71a87abac361": true, // GUID_DEVINTERFACE_NET
	"0850302a-b344-4fda-9be9-90576b8d46f0": true, // GUID_BTHPORT_DEVICE_INTERFACE
	"6ac27878-a6fa-4155-ba85-f98f491d4f33": true, // GUID_DEVINTERFACE_WPD
	// kernel streaming categories: a camera's and a sound card's
	// interfaces (dxdiag's "SymbolicLink: \\?\usb#…#{e5323777-…}\global",
	// Media Foundation's and DirectShow's device paths)
	"e5323777-f976-4f5b-9b55-b94699c46e44": true, // KSCATEGORY_VIDEO_CAMERA
	"24e552d7-6523-47f7-a647-d3465bf1f5ca": true, // KSCATEGORY_SENSOR_CAMERA
	"65e8773d-8f56-11d0-a3b9-00a0c9223196": true, // KSCATEGORY_CAPTURE
	"65e8773e-8f56-11d0-a3b9-00a0c9223196": true, // KSCATEGORY_RENDER
	"6994ad04-93ef-11d0-a3cc-00a0c9223196": true, // KSCATEGORY_AUDIO
	"6994ad05-93ef-11d0-a3cc-00a0c9223196": true, // KSCATEGORY_VIDEO
	// COM classes and interfaces of the Windows audio stack (Core Audio)
	"bcde0395-e52f-467c-8e3d-c4579291692e": true, // CLSID_MMDeviceEnumerator
	"a95664d2-9614-4f35-a746-de8db63617e6": true, // IMMDeviceEnumerator
	"d666063f-1587-4e43-81f1-b948e807363f": true, // IMMDevice
	"0bd7a1be-7a1a-44db-8397-cc5392387b5e": true, // IMMDeviceCollection
	"7991eec9-7e89-4d85-8390-6c703cec60c0": true, // IMMNotificationClient
	"1cb9ad4c-dbfa-4c32-b178-c2f568a703b2": true, // IAudioClient
	"726778cd-f60a-4eda-82de-e47610cd78aa": true, // IAudioClient2
	"7ed4ee07-8e67-4cd4-8c1a-2b7a5987ad42": true, // IAudioClient3
	"f294acfc-3146-4483-a7bf-addca7c260e2": true, // IAudioRenderClient
	"c8adbd64-e71e-48a0-a4de-185c395cd317": true, // IAudioCaptureClient
	"5cdf2c82-841e-4546-9722-0cf74078229a": true, // IAudioEndpointVolume
	// event log providers that crashes are reported under
	"a0e9b465-b939-57d7-b27d-95d8e925ff57": true, // Application Error
	"cc79cf77-70d9-4082-9b52-23f3a3e92fe4": true, // Windows Error Reporting
	"555908d1-a6d7-4695-8e1e-26931d2012f4": true, // Service Control Manager
	"331c3b3a-2005-44c2-ac5e-77220c37d6b4": true, // Kernel-Power
	"54849625-5478-4994-a5ba-3e3b0328c30d": true, // Security-Auditing
	// KNOWNFOLDERIDs
	"fdd39ad0-238f-46af-adb4-6c85480369c7": true, // Documents
	"b4bfcc3a-db2c-424c-b029-7fe99a87c641": true, // Desktop
	"374de290-123f-4565-9164-39c4925e467b": true, // Downloads
	"3eb685db-65f9-4cf6-a03a-e3ef65729f3d": true, // RoamingAppData
	"f1b32785-6fba-4fcf-9d55-7b8e7f157091": true, // LocalAppData
	"a520a1a4-1780-4ff6-bd18-167343c5af16": true, // LocalAppDataLow
	"33e28130-4e1e-4676-835a-98395c3bc3bb": true, // Pictures
	"4bd8d571-6d19-48d3-be97-422220080e43": true, // Music
	"18989b1d-99b5-455b-841c-ab7c74e4ddfc": true, // Videos
	"5e6c858f-0e22-4760-9afe-ea3317b67173": true, // Profile
	"905e63b6-c1bf-494e-b29c-65b732d3d21a": true, // ProgramFiles
	"7c5a40ef-a0fb-4bfc-874a-c0f2e0b9fa8e": true, // ProgramFilesX86
	"6d809377-6af0-444b-8957-a3773f02200e": true, // ProgramFilesX64
	"f7f1ed05-9f6d-47a2-aaae-29d317c6f066": true, // ProgramFilesCommon
	"f38bf404-1d43-42f2-9305-67de0b28fc23": true, // Windows
	"1ac14e77-02e7-4e5d-b744-2eb1ae5198b7": true, // System
	"d65231b0-b2f1-4857-a4ce-a8e7c6ea7d27": true, // SystemX86
	"62ab5d82-fdc1-4dc3-a9dd-070d1d495d97": true, // ProgramData
	"dfdf76a2-c82a-4d63-906a-5644ac457385": true, // Public
	"ae50c081-ebd2-438a-8655-8a092e34987a": true, // Recent
	"1777f761-68ad-4d8a-87bd-30b759fa33dd": true, // Favorites
	"4c5c32ff-bb9d-43b0-b5b4-2d72e54eaaa4": true, // SavedGames
	"56784854-c6cb-462b-8169-88e350acb882": true, // Contacts
	"bfb9d5e0-c6a9-404c-b2b2-ae6db6af4968": true, // Links
	"a77f5d77-2e2b-44c3-a6a2-aba601054a51": true, // Programs
	"625b53c3-ab48-4ec1-ba1f-a1ef4146fc19": true, // StartMenu
	"b97d20bb-f46a-4c97-ba10-5e3608430854": true, // Startup
	"8983036c-27c0-404b-8f08-102d10dcfd74": true, // SendTo
	"a63293e8-664e-48db-a079-df759e0509f7": true, // Templates
	"8ad10c31-2adb-4296-a8f7-e4701232c972": true, // ResourceDir
	"0762d272-c50a-4bb0-a382-697dcd729b80": true, // UserProfiles
	"2b0f765d-c0e9-4171-908e-08a611b84ff6": true, // Cookies
	"352481e8-33be-4251-ba85-6007caedcf9d": true, // InternetCache
	"d9dc8a3b-b784-432e-a781-5a1130a75963": true, // History
	// GPT partition types (Get-Partition's GptType, lsblk's PARTTYPE,
	// blkid's PART_ENTRY_TYPE; Apple's: see wellKnownGUID)
	"ebd0a0a2-b9e5-4433-87c0-68b6b72699c7": true, // Microsoft basic data
	"c12a7328-f81f-11d2-ba4b-00a0c93ec93b": true, // EFI system
	"e3c9e316-0b5c-4db8-817d-f92df00215ae": true, // Microsoft reserved
	"de94bba4-06d1-4d40-a16a-bfd50179d6ac": true, // Windows recovery
	"0fc63daf-8483-4772-8e79-3d69d8477de4": true, // Linux filesystem
	"0657fd6d-a4ab-43c4-84e5-0933c84b4f4f": true, // Linux swap
	"e6d6d379-f507-44c2-a23c-238f2a3df928": true, // Linux LVM
	"a19d880f-05fc-4d3b-a006-743f0f84911e": true, // Linux RAID
	"4f68bce3-e8cd-4db1-96e7-fbcaf984b709": true, // Linux root (x86-64)
	"933ac7e1-2eb4-4f13-b844-0e14e2aef915": true, // Linux /home
	"bc13c2ff-59e6-4262-a352-b275fd6f7172": true, // Linux extended boot
	"21686148-6449-6e6f-744e-656564454649": true, // BIOS boot
}

// licenseAt matches product-key shapes: >= 3 dash-separated groups of 4-8
// uppercase letters/digits, at least two of them mixing letters and digits
// (SDJP-831A07BC-CA8418E5, XXXXX-XXXXX-XXXXX-XXXXX-XXXXX).
func licenseAt(b []byte, p int) int {
	groups, mixed := 0, 0
	k := p
	for {
		s := k
		letters, digits := 0, 0
		for k < len(b) && k-s <= 8 {
			c := b[k]
			if c >= 'A' && c <= 'Z' {
				letters++
			} else if isDigit(c) {
				digits++
			} else {
				break
			}
			k++
		}
		l := k - s
		if l < 4 || l > 8 {
			return -1
		}
		groups++
		if letters > 0 && digits > 0 && !algoName(b[s:k]) {
			mixed++
		}
		if k < len(b) && b[k] == '-' && k+1 < len(b) && isAlnum(b[k+1]) {
			k++
			continue
		}
		break
	}
	if k < len(b) && (isAlnum(b[k]) || b[k] == '_' || b[k] == '-') {
		return -1
	}
	if groups >= 3 && mixed >= 2 {
		return k
	}
	return -1
}

// algoName: the group g of a license key's shape names an algorithm or a
// standard, letters then digits ("SHA512", "PBKDF2", "RFC5054"): dscl's
// "HASHLIST:<SALTED-SHA512-PBKDF2,…>" is no key.
func algoName(g []byte) bool {
	k := 0
	for k < len(g) && g[k] >= 'A' {
		k++
	}
	switch string(g[:k]) {
	case "SHA", "PBKDF", "RFC", "AES", "RSA", "HMAC", "MD", "CRC", "ECDSA", "ED", "X":
		return allDigits(g[k:])
	}
	return false
}

// homeSuffixes end the names of machines on a home or office network: mDNS
// (.local) and what home routers and resolvers hand out.
var homeSuffixes = []string{".local", ".localdomain", ".localnet", ".lan", ".fritz.box", ".home.arpa", ".home"}

// homeSuffixAt: the two bytes after the dot at p can start a home suffix
// (.lo .la .fr .ho, either case).
func homeSuffixAt(b []byte, p int) bool {
	if p+2 >= len(b) {
		return false
	}
	switch b[p+1] | 0x20 {
	case 'l':
		c := b[p+2] | 0x20
		return c == 'o' || c == 'a'
	case 'f':
		return b[p+2]|0x20 == 'r'
	case 'h':
		return b[p+2]|0x20 == 'o'
	}
	return false
}

// homeSuffixEnd returns the end of the longest home suffix at q, its
// dot, that ends the word [i, j) or a part of it, or -1. It reads the
// suffixes' letters and dots, and the byte after a match.
func homeSuffixEnd(b []byte, q, j int) int {
	if q+3 >= len(b) {
		return -1
	}
	switch b[q+3] | 0x20 {
	case 'c', 'n', 'i', 'm': // the fourth bytes of the home suffixes (.loc, .lan, .fri, .hom)
	default:
		return -1 // ".java", ".dll"
	}
	e := -1
	for _, suf := range homeSuffixes {
		if k := matchFold(b, q, suf); k > e && k <= j && (k == j || !isAlnum(b[k]) && b[k] != '-' && b[k] != '_') {
			e = k
		}
	}
	return e
}

// dotLocalAt finds a host name ending in a home suffix at q, the suffix's
// dot, inside the word [i, j): "Kais-MacBook-Pro.local", "nas.fritz.box".
func (sc *scanner) dotLocalAt(q, i, j int) int {
	b := sc.b
	if q == i {
		return -1
	}
	e := homeSuffixEnd(b, q, j)
	if e < 0 {
		return -1
	}
	s := q
	for s > i {
		if isAlnum(b[s-1]) || b[s-1] == '-' {
			s--
		} else if n := idnRuneBefore(b, i, s); n > 0 {
			s -= n // "kjærstad-mbp.fritz.box": the whole label
		} else {
			break
		}
	}
	if e-q == 5 {
		// .home is also the last word of code's names
		if s = homeZoneName(b, i, s, q, e); s < 0 {
			return -1
		}
	}
	authority := s >= 2 && b[s-1] == '/' && b[s-2] == '/' // http://nas.lan/
	if s == q || s > 0 && !authority && (b[s-1] == '/' || b[s-1] == '\\' || b[s-1] == '.' || b[s-1] == '~' || b[s-1] == '<') {
		return -1
	}
	if s > 0 && b[s-1] == '>' && afterPseudonym(b, s) {
		// the rest of a label whose start a first pass replaced
		// ("{<user-1>-customer.home" of "{kai-customer.home"): that pass
		// found no host here, or the pseudonym would be one
		return -1
	}
	if s > 0 && b[s-1] == '_' && (s == 1 || !isAlnum(b[s-2])) {
		// a DNS-SD service type's label (_airplay._tcp.local): a protocol
		return -1
	}
	name := string(b[s:q])
	if isGenericHost(name) || sc.s.allowed(name) || !plausibleName(name) {
		return -1
	}
	if e-q == 6 && s > 0 && !authority && memberSibling(b, s, q) {
		// code's member ("ti.local" beside "ti.name", "ti.remote" in
		// Go's []string{"ifconfig", ti.name, "inet", ti.local, ti.remote})
		return -1
	}
	host := name + string(bytes.ToLower(b[q:e]))
	sc.learnHost(host)
	sc.add(s, e, ClassHost, canonical(host))
	return e
}

// memberSibling reports whether the name [s, q) before the dot at q
// reads as code's receiver: an identifier (no '-') that, on its line
// within 256 bytes, starts another word with a dot and a member after it
// that ends the name and is no home suffix ("ti.name" beside
// "ti.local"). A machine's name is written alone, beside other machines'
// names or its own in another domain ("studio.local, studio.corp.example.com").
func memberSibling(b []byte, s, q int) bool {
	lo, hi := max(s-256, 0), min(q+256, len(b))
	for k := s - 1; k >= lo; k-- {
		if lineBreak(b[k]) {
			lo = k + 1
			break
		}
	}
	for k := q; k < hi; k++ {
		if lineBreak(b[k]) {
			hi = k
			break
		}
	}
	recv := b[s : q+1]
	if bytes.IndexByte(recv, '-') >= 0 {
		return false // no identifier
	}
	for p := lo; p < hi; {
		k := bytes.Index(b[p:hi], recv)
		if k < 0 {
			return false
		}
		p += k
		a := p + len(recv)
		if p != s && (p == 0 || !isAlnum(b[p-1]) && b[p-1] != '.' && b[p-1] != '-' && b[p-1] != '_') && a < hi && isLetter(b[a]) && !homeSuffixAt(b, a-1) {
			// the member ends the name: no domain's label ("kofis-imac.corp.example.com")
			m := a
			for m < hi && (isAlnum(b[m]) || b[m] == '_') {
				m++
			}
			var lb [16]byte
			if (m == hi || b[m] != '.' && b[m] != '-') && m-a <= 16 && !notAccountTail[string(lowerInto(lb[:0], b[a:m]))] {
				return true // (a file named after the machine is no member: "kofi.crate", "kofi.json")
			}
		}
		p++
	}
	return false
}

// cursorBootAt reports whether the word at i, "b=" and 32 hex digits, is
// the boot id of a journal cursor: it follows "s=<hex>;i=<hex>;".
func cursorBootAt(b []byte, i int) bool {
	if !allHex(b[i+2 : i+34]) {
		return false
	}
	h := backHex(b, i-1, 16) // the ';' before "b="
	if h < 0 || h < 5 || b[h-1] != '=' || b[h-2] != 'i' || b[h-3] != ';' {
		return false
	}
	s := backHex(b, h-3, 32)
	return s >= 2 && b[s-1] == '=' && b[s-2] == 's'
}

// coreFileEnd: the last three bytes of a word end a core file's name as
// systemd-coredump writes it: the timestamp's digits or a compressor's
// extension (.zst, .xz, .lz4).
func coreFileEnd(t []byte) bool {
	return isDigit(t[2]) || t[0] == 'z' && t[1] == 's' && t[2] == 't' || t[1] == 'x' && t[2] == 'z'
}

// coreFileBootID finds systemd-coredump's file names in the word [i, j),
// core.COMM.UID.BOOTID.PID.TIMESTAMP[.zst] ("core.Serato.1000.8f3e…
// .12345.1733412345000000.zst"): the boot id (32 hex digits) names this
// boot of the machine; the command, uid, pid and time stay.
func (sc *scanner) coreFileBootID(i, j int) {
	b := sc.b
	for u := i; u+44 <= j; {
		k := bytes.Index(b[u:j], []byte("core."))
		if k < 0 {
			return
		}
		u += k + 5
		if u-5 > i && isAlnum(b[u-6]) {
			continue // "encore.", "score.": no core file
		}
		// the first ".UID." with 32 hex digits and ".PID." after it
		for p := u; p+35 < j; p++ {
			if b[p] != '.' || !isDigit(b[p-1]) {
				continue
			}
			d := p - 1
			for d > u && isDigit(b[d-1]) {
				d--
			}
			if b[d-1] != '.' || b[p+33] != '.' || !isDigit(b[p+34]) || !allHex(b[p+1:p+33]) {
				continue
			}
			if v := string(b[p+1 : p+33]); !sc.s.allowed(v) {
				sc.add(p+1, p+33, ClassMachineID, canonical(v))
			}
			u = p + 33
			break
		}
	}
}

// backHex returns where the 1 to max hex digits right before e start, or
// -1 when there are none.
func backHex(b []byte, e, max int) int {
	h := e
	for h > 0 && e-h < max && isHex(b[h-1]) {
		h--
	}
	if h == e {
		return -1
	}
	return h
}

// bootLine handles journalctl's boot separator, "-- Boot <32 hex> --",
// whose word "Boot" is [i, j). It returns where the boot id ends, or -1.
func (sc *scanner) bootLine(i, j int) int {
	b := sc.b
	if i < 3 || b[i-3] != '-' || j+36 > len(b) || b[j] != ' ' || b[j+33] != ' ' || b[j+34] != '-' || b[j+35] != '-' || !allHex(b[j+1:j+33]) {
		return -1
	}
	sc.add(j+1, j+33, ClassMachineID, canonical(string(b[j+1:j+33])))
	return j + 33
}

// listBootsAt reports whether the word at i follows a boot index at the
// start of a line, as journalctl --list-boots prints it ("  0 <boot id>",
// " -1 <boot id>"): 0 or a negative number, nothing that counts lines.
func listBootsAt(b []byte, i int) bool {
	k := i - 1 // the blank
	d := k
	for d > 0 && k-d < 6 && isDigit(b[d-1]) {
		d--
	}
	switch {
	case d == k:
		return false
	case d > 0 && b[d-1] == '-':
		d--
	case k-d != 1 || b[d] != '0':
		return false
	}
	for d > 0 && (b[d-1] == ' ' || b[d-1] == '\t') {
		d--
	}
	return d == 0 || lineBreak(b[d-1])
}

// steamID finds a Steam account id in the word [i, j): Steam3's
// "[U:1:51872950]" (the word follows its '[') and the legacy
// "STEAM_0:1:25936475". The account number is replaced, the universe and
// type kept. It returns the word's end, or -1.
func (sc *scanner) steamID(i, j int) int {
	b := sc.b
	var s int
	switch {
	case b[i] == 'U' && j-i >= 5 && b[i+1] == ':' && isDigit(b[i+2]) && b[i+3] == ':' && j < len(b) && b[j] == ']':
		s = i + 4
	case j-i >= 11 && string(b[i:i+6]) == "STEAM_" && isDigit(b[i+6]) && b[i+7] == ':' && isDigit(b[i+8]) && b[i+9] == ':':
		s = i + 10
	default:
		return -1
	}
	if s >= j || !allDigits(b[s:j]) || pseudonymAt(b, j) {
		return -1
	}
	sc.add(s, j, ClassUID, string(b[s:j]))
	if b[i] == 'U' && j+3 < len(b) && b[j+1] == ' ' && b[j+2] == '\'' {
		return max(j, sc.steamLogon(j+3))
	}
	return j
}

// steamLogon finds the account in Steam's connection_log after a Steam3
// id, "[U:1:N] 'kofi_gh' logged on", quoted from p: it is learned as a
// user. A logon response's result ("[U:1:N] 'OK'") is followed by no
// verb and stays. It returns the closing quote's end, or -1.
func (sc *scanner) steamLogon(p int) int {
	b := sc.b
	e := p
	for e < len(b) && e-p <= 64 && b[e] != '\'' && !lineBreak(b[e]) {
		e++
	}
	if e == p || e-p > 64 || e == len(b) || b[e] != '\'' {
		return -1
	}
	if k := matchFold(b, e+1, " logged o"); k < 0 || !(matchFold(b, k, "n") > 0 || matchFold(b, k, "ff") > 0) {
		return -1
	}
	if !sc.accountSpan(p, e) {
		return -1
	}
	return e + 1
}

// bareAccountAt reports whether user@host at [ls, de) (the host [ds, de)
// is no e-mail domain) names an account on a machine wherever it
// stands: the host is an IPv4 address with a part of two digits or more
// ("kai@81.2.69.160"; "pkg@1.2.3.4" is a version), a Windows
// computer name (upper case with a '-': "kai@KAI-STUDIO"), or any one
// label when the pair is the comment ending an OpenSSH public key line
// ("ssh-ed25519 AAAA... kai@studio"). A version ("lodash@4.17.21"), a
// symbol version ("memcpy@GLIBC_2.2.5"), a systemd unit
// ("user@1000.service") or an object's hash ("Object@1b6d3586") is none.
func bareAccountAt(b []byte, ls, ds, de int) bool {
	if de < len(b) && !(b[de] == ' ' || b[de] == ',' || b[de] == ';' || b[de] == ')' || b[de] == ']' || b[de] == '"' || b[de] == '\'' || lineBreak(b[de])) {
		return false
	}
	if !hasLetter(b[ls : ds-1]) {
		return false
	}
	h := b[ds:de]
	if bytes.IndexByte(h, '.') >= 0 {
		// "pkg@1.2.3.4": a four-part version has one-digit parts
		return isIPv4Literal(string(h)) && len(h) > 7
	}
	if !hostLabel(h) {
		return false
	}
	if bytes.IndexByte(h, '-') > 0 && h[len(h)-1] != '-' && !bytes.ContainsAny(h, "abcdefghijklmnopqrstuvwxyz") {
		return true
	}
	if bytes.IndexByte(h, '-') > 0 && ownerHostEnd(b, ds) == de {
		return true // a machine named after its owner: avahi's "kofim@Kofis-iMac" (an ssh service)
	}
	return (de == len(b) || lineBreak(b[de]) || b[de] == ' ' && (de+1 == len(b) || lineBreak(b[de+1]))) && sshKeyBefore(b, ls) ||
		de+1 < len(b) && b[de] == ' ' && b[de+1] == '(' && fingerprintBefore(b, ls) >= 0
}

// packageVersionAt reports whether the pair at [ls, de) that bareAccountAt
// reads as an account at an address ("kofi@5.61.22.9") is a package at a
// four-part version where a package manager or a dependency list writes
// one: the name [ls, q) a package's (lower case, digits, '-', '_', '.')
// after a path's node_modules/, .pnpm/ or scope ("node_modules/lodash@
// 4.17.21.1", "@types/node@20.1.2.3"), on a line npm's or a tree's marks
// lead ("+ lodash@…", "└── lodash@…", yarn.lock's quoted key
// "\"lodash@…\":") or whose first word names dependencies or their
// install ("deps: lodash@…", "added lodash@…"). An account after "user:",
// "ssh", "login" or alone on its line is still one.
func (sc *scanner) packageVersionAt(ls, q, ds, de int) bool {
	b := sc.b
	if bytes.IndexByte(b[ds:de], '.') < 0 || q-ls > 64 || b[ls]-'a' >= 26 {
		return false
	}
	for _, c := range b[ls:q] {
		if !(c-'a' < 26 || isDigit(c) || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	if ls == 0 {
		// the text's first line: npm explain's (packageLineNext)
		return packageLineNext(b, ls, q, de)
	}
	if b[ls-1] == '/' {
		// the path's segment before: node_modules, .pnpm or a scope
		k := ls - 1
		for k > 0 && ls-1-k < 64 && b[k-1] != '/' && b[k-1] != ' ' && !lineBreak(b[k-1]) {
			k--
		}
		seg := b[k : ls-1]
		return string(seg) == "node_modules" || string(seg) == ".pnpm" || len(seg) > 1 && seg[0] == '@'
	}
	if registryAt(b, ls-1) && (ls == 4 || !isAlnum(b[ls-5])) {
		// a specifier's registry: Deno's and an alias's "npm:lodash@…"
		return true
	}
	s := sc.lineHead(ls)
	quoted := b[ls-1] == '"'
	marked := false
	k := s
	for k < ls {
		if c := b[k]; c == ' ' || c == '\t' || c == '"' {
			k++
		} else if c == '+' || c == '|' || c == '`' {
			k, marked = k+1, true // npm's "+ pkg@1.2.3", an ASCII tree's "`-- pkg@1.2.3"
		} else if c == '-' {
			// a tree's "--" marks; a list's "- " alone does not
			marked = marked || k+1 < ls && b[k+1] == '-'
			k++
		} else if c == 0xe2 && k+2 < ls && b[k+1] == 0x94 {
			k, marked = k+3, true // a tree's box drawing ("├── ", "└─┬ ", "│ ")
		} else {
			break
		}
	}
	if k == ls {
		// the pair opens the line after those marks: npm's list, or
		// yarn.lock's quoted key
		return marked || quoted && de+1 < len(b) && b[de] == '"' && (b[de+1] == ':' || b[de+1] == ',') ||
			!quoted && packageLineNext(b, ls, q, de)
	}
	e := k
	for e < ls && e-k < 24 && (isLetter(b[e]) || b[e] == '_' || b[e] == '-') {
		e++
	}
	var lb [24]byte
	return e > k && e-k < 24 && dependencyLeads[string(lowerInto(lb[:0], b[k:e]))] || packageWordBefore(b, ls)
}

// packageWordBefore reports whether the word before the pair at ls (a
// blank, or a blank and a quote, between them) says a package stands
// there: pnpm's " WARN  deprecated lodash@…", npm's "peerOptional
// react@…", pnpm's "No matching version found for lodash@…". ("peer"
// alone is a network's too: "peer ngozi@8.12.3.4 joined".)
func packageWordBefore(b []byte, ls int) bool {
	e := ls - 1
	if e > 0 && (b[e] == '"' || b[e] == '\'') {
		e--
	}
	if e < 4 || b[e] != ' ' {
		return false
	}
	s := wordBefore(b, e)
	switch w := b[s:e]; {
	case eqLower(w, "deprecated") || eqLower(w, "peeroptional") || eqLower(w, "dependency") || eqLower(w, "package") || eqLower(w, "module"):
		// (Node's "Cannot find module lodash@…")
		return true
	case string(w) == "of" && s >= 6 && b[s-1] == ' ':
		// npm's "requires a peer of react@…"
		return eqLower(b[wordBefore(b, s-1):s-1], "peer")
	case string(w) == "for" && s >= 7 && b[s-1] == ' ':
		v := b[wordBefore(b, s-1) : s-1]
		return eqLower(v, "found") || eqLower(v, "version") || eqLower(v, "versions")
	}
	return false
}

// registryAt: the ':' at c ends a package registry's name in a
// specifier, "npm:" or "jsr:" (Deno's "npm:lodash@…", yarn's
// "lodash@npm:4.17.21").
func registryAt(b []byte, c int) bool {
	return c >= 3 && b[c] == ':' && (string(b[c-3:c]) == "npm" || string(b[c-3:c]) == "jsr")
}

// packageLineNext reports whether the pair name@version at [ls, de), its
// '@' at q and alone on its line, is a package npm names the folder of on
// the next line: "npm explain" and ERESOLVE write "lodash@4.17.21.1", then
// "node_modules/lodash" (after "npm error " or "npm ERR! "). No account's
// line is followed by a folder named after it in node_modules.
func packageLineNext(b []byte, ls, q, de int) bool {
	k := de
	if k < len(b) && b[k] == '\r' {
		k++
	}
	if k >= len(b) || b[k] != '\n' {
		return false
	}
	k++
	for _, pre := range []string{"npm error ", "npm ERR! ", "npm warn ", "npm WARN "} {
		if bytes.HasPrefix(b[k:], []byte(pre)) {
			k += len(pre)
			break
		}
	}
	for k < len(b) && (b[k] == ' ' || b[k] == '\t') {
		k++
	}
	if !bytes.HasPrefix(b[k:], []byte("node_modules/")) {
		return false
	}
	k += len("node_modules/")
	name := b[ls:q]
	if !bytes.HasPrefix(b[k:], name) {
		return false
	}
	k += len(name)
	return k == len(b) || lineBreak(b[k]) || b[k] == '/' || b[k] == ' '
}

// dependencyLeads are the first words, lowercased, of the lines a package
// manager or a build writes its dependencies' name@version on.
var dependencyLeads = wordSet(`deps dep dependencies dependency devdependencies peerdependencies optionaldependencies
	bundleddependencies requires require packages package pkg pkgs installed installing install added adding updated
	updating upgraded upgrading removed removing resolved resolving fetched fetching downloaded downloading npm yarn
	pnpm bun modules module node_modules`)

// sshKeyBefore: the word before ls is an OpenSSH public key's base64
// blob ("AAAAC3NzaC1lZDI1NTE5...").
func sshKeyBefore(b []byte, ls int) bool {
	if ls < 41 || b[ls-1] != ' ' {
		return false
	}
	k := ls - 1
	for k > 0 && ls-1-k < 2048 && (isAlnum(b[k-1]) || b[k-1] == '+' || b[k-1] == '/' || b[k-1] == '=') {
		k--
	}
	return ls-1-k >= 40 && bytes.HasPrefix(b[k:], []byte("AAAA"))
}

// homeZoneName reads the name in .home, the zone many home routers hand
// out, whose suffix [q, e) follows the label starting at s inside the
// word from i: it returns where the name starts, or -1. Java's
// properties end so too (java.home, user.home, "-Dgradle.user.home="): a
// name of one label needs a machine's mark (brother-kofi.home,
// BRW0080927AFBCE.home; "nas.home" names nobody), one of more labels
// (nas.mensah.home) no code's first label, and neither is followed by a
// key's or a member's punctuation. (.internal, a cloud's zone, is left
// to the URL and key detectors: a fifth case in homeSuffixAt, which
// walk asks at every dot, cost 0.4 % of the scrub.)
func homeZoneName(b []byte, i, s, q, e int) int {
	if e < len(b) && (b[e] == '.' || b[e] == '=' || b[e] == '(' || b[e] == '}' || b[e] == '"' && s > 0 && b[s-1] == '"') {
		return -1
	}
	if s > 0 && (b[s-1] == '{' || b[s-1] == '@') || s >= 2 && b[s-1] == 'D' && b[s-2] == '-' {
		return -1
	}
	t := s
	for t >= i+2 && b[t-1] == '.' && isAlnum(b[t-2]) {
		k := t - 1
		for k > i && (isAlnum(b[k-1]) || b[k-1] == '-') {
			k--
		}
		t = k
	}
	if t == s {
		for _, c := range b[s:q] {
			if c == '-' || isDigit(c) || c >= 'A' && c <= 'Z' || c >= 0x80 {
				return s
			}
		}
		return -1
	}
	if t > 0 && (b[t-1] == '.' || b[t-1] == '_' || b[t-1] == '{' || b[t-1] == '@') ||
		t > 0 && (b[t-1] == '/' || b[t-1] == '\\') && !(t >= 2 && b[t-2] == b[t-1]) {
		return -1 // a file's name (/srv/a.b.home), not //nas.x.home/share
	}
	f := t
	for f < q && b[f] != '.' {
		f++
	}
	if codeFirstLabels[asciiLower(string(b[t:f]))] {
		return -1
	}
	return t
}

// codeFirstLabels start the dotted names of code (packages, properties).
var codeFirstLabels = wordSet(`com org net io java javax jdk sun android androidx kotlin kotlinx scala groovy
	apple microsoft google mozilla system gradle maven user app`)

// windbgVersionRow: the line holding p is a "Value:" row of WinDbg's
// !analyze KEY_VALUES_STRING whose line before names a version ("    Key
// : WER.Process.Version", "Analysis.Version.Ext"; read back 160 bytes at
// most).
func windbgVersionRow(b []byte, p int) bool {
	ls := p
	for ls > 0 && p-ls < 80 && !lineBreak(b[ls-1]) {
		ls--
	}
	if ls == 0 || !lineBreak(b[ls-1]) {
		return false
	}
	pe := ls - 1
	if pe > 0 && b[pe] == '\n' && b[pe-1] == '\r' {
		pe--
	}
	ps := pe
	for ps > 0 && pe-ps < 80 && !lineBreak(b[ps-1]) {
		ps--
	}
	for ps < pe && (b[ps] == ' ' || b[ps] == '\t') {
		ps++
	}
	if pe-ps < 6 || string(b[ps:ps+3]) != "Key" {
		return false
	}
	for ps += 3; ps < pe && b[ps] == ' '; ps++ {
	}
	if ps >= pe || b[ps] != ':' {
		return false
	}
	name := windbgKeyName(b, ps+1)
	return name != nil && bytes.Contains(bytes.ToLower(name), []byte("version"))
}

// lldbImageRow: the UUID at p is an image's in lldb's "image list" row
// ("[  0] 5D2C4B1E-… 0x0000000100000000 /usr/lib/dyld"): an index in
// brackets opens the line, and the load address follows. It names the
// binary's build, which symbolication needs.
func lldbImageRow(b []byte, p int) bool {
	k := p - 2 // the ']'
	d := k
	for d > 0 && k-d < 6 && isDigit(b[d-1]) {
		d--
	}
	s := d
	for s > 0 && k-s < 8 && b[s-1] == ' ' {
		s--
	}
	if d == k || s == 0 || b[s-1] != '[' || s-1 > 0 && !lineBreak(b[s-2]) {
		return false
	}
	return p+40 < len(b) && b[p+36] == ' ' && b[p+37] == '0' && b[p+38] == 'x' && isHex(b[p+39])
}
