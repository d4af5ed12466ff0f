package redact

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sepLen reports whether a path separator starts at p and how long it is:
// '/', '\', JSON-escaped "\\", "\/" and "\u002F", URL-encoded %2F and %5C, and
// Traktor's "/:" (collection.nml: DIR="/:Users/:kai/:Music/:").
func sepLen(b []byte, p, end int) int {
	switch b[p] {
	case '/':
		if p+1 < end && b[p+1] == ':' {
			return 2
		}
		return 1
	case '\\':
		// a run of backslashes is one separator: JSON escapes it once
		// ("C:\\Users"), JSON inside a JSON string twice ("C:\\\\Users",
		// "\\/Users")
		k := p + 1
		for k < end && b[k] == '\\' && k-p < 8 {
			k++
		}
		if k < end {
			switch b[k] {
			case '/':
				return k - p + 1
			case 'u':
				if k+4 < end && isHex(b[k+1]) && isHex(b[k+2]) && isHex(b[k+3]) && isHex(b[k+4]) {
					if k == p+1 {
						if b[k+1] == '0' && b[k+2] == '0' && (b[k+3] == '2' && b[k+4]|0x20 == 'f' || b[k+3] == '5' && b[k+4]|0x20 == 'c') {
							return 6 // "\u002FUsers\u002Fkai": a JSON writer that escapes '/'
						}
						return 0 // \uXXXX escape inside a name
					}
					// an escape that starts the next segment takes the
					// odd run's last backslash: "C:\\Users\\\u5f20\u4f1f" is
					// C:\Users\ then 张伟
					if r := k - p; r%2 == 1 {
						return r - 1
					}
				}
			}
		}
		return k - p
	case '%':
		if p+2 < end && (b[p+1] == '2' && (b[p+2] == 'F' || b[p+2] == 'f') || b[p+1] == '5' && (b[p+2] == 'C' || b[p+2] == 'c')) {
			return 3
		}
		if p+4 < end && b[p+1] == '2' && b[p+2] == '5' && (b[p+3] == '2' && b[p+4]|0x20 == 'f' || b[p+3] == '5' && b[p+4]|0x20 == 'c') {
			return 5 // encoded twice: a file URL inside a query parameter
		}
	}
	return 0
}

// pathMark: the bytes a path segment can end at (sepLen's first bytes and
// segStop's).
var pathMark = func() (t [256]bool) {
	for _, c := range []byte("/\\%:=?#&@*|") {
		t[c] = true
	}
	return t
}()

// segPairs holds the first two bytes, either case, of the folder names
// path's default case looks for ("us" of Users, "fi" of file:, "~" and
// any byte). A folder named for the one before it ("by-id", "DriveFS")
// or a 40-digit hash is let through apart.
var segPairs = func() (t pairSet) {
	for _, w := range strings.Fields(`us ho ma cr me do on dr fo vi di cd u- hs ba un fi sm ci af nf sf ss sc rs vs ru _?`) {
		for _, a := range []byte{w[0], upper(w[0])} {
			for _, c := range []byte{w[1], upper(w[1])} {
				t.add(a, c)
			}
		}
	}
	for c := range 256 {
		t.add('~', byte(c))
	}
	return t
}()

// upper is lower's inverse for ASCII letters.
func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

// segment stop bytes: a user name ends at these even without a separator.
func segStop(c byte) bool {
	return c == ':' || c == '=' || c == '?' || c == '#' || c == '&' || c == '@' || c == '*' || c == '|'
}

// handleRunes: h is letters, digits, '.', '_' and '-' (a name's), in
// UTF-8 or a legacy code page's bytes; no symbol decoded from random
// bytes ("QJÞöAàlùT†Ð").
func handleRunes(h []byte) bool {
	for k := 0; k < len(h); {
		r, n := utf8.DecodeRune(h[k:])
		k += n
		if r == utf8.RuneError && n == 1 {
			if !ansiLetter(h[k-1]) {
				return false
			}
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '_' && r != '-' && !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return true
}

// mostlyASCIIName: at least half of a host name's bytes are ASCII letters
// or digits. A host is that (MÜLLER-PC in Latin-1) or valid UTF-8 (田中-PC);
// random bytes after a "\\\\" in binary data are neither.
func mostlyASCIIName(h []byte) bool {
	n := 0
	for _, c := range h {
		if isAlnum(c) {
			n++
		}
	}
	return 2*n >= len(h)
}

func eqLower(seg []byte, w string) bool {
	if len(seg) != len(w) {
		return false
	}
	for i := range seg {
		if lower(seg[i]) != w[i] {
			return false
		}
	}
	return true
}

const (
	expNone = iota
	expUser
	expHost
	expShare
	expTmp
	expUID
	expSerial
	expAuthority
	expBackup
	expWSLShare // the share after \\wsl$ or \\wsl.localhost: a Linux system's root follows
)

// path finds home/profile folders, UNC hosts, per-user temp folders and
// OneDrive organisations in a word holding a path separator. It returns
// how far it consumed (past j when a folder name held spaces).
func (sc *scanner) path(i, j int) int {
	b := sc.b
	// a request line's path is a URL's: its first segment "users" is a
	// site's, no home folder's (webpeople.go)
	reqUsers := -1
	if requestPathAt(b, i) {
		sc.peoplePath(i, j)
		reqUsers = i + 1
	}
	n := len(b)
	end := j
	p := i
	var prev, prev2 []byte // the folders before; nil before the first
	expect := expNone
	tmpStart := -1
	resume := j // scanning resumes after the last name that spanned blanks
	rootNext := false
	// relHome: the expected user follows a word's first folder, "users"
	// or "home" with no root before it ("home/kai/.bashrc" as tar lists
	// it): a folder only when more of the path follows ("individual
	// users/terminals" is prose)
	relHome := false

	// glued to a pseudonym ("<user-1>\\x"), or to a finding that becomes
	// one (the rest of the word after a folder name with blanks): the
	// path does not start here. The pseudonym stands for the folder name
	// before: a separator right after it is no root, and the name was no
	// one-letter drive either.
	glued := i > 0 && (b[i-1] == '>' && afterPseudonym(b, i) || sc.findingEndsAt(i))
	if glued {
		prev = []byte("<>")
		if sepLen(b, i, end) == 0 {
			// "<user-1>Users\x": the rest of a folder name the pseudonym
			// replaced in part, no folder of its own
			for p < end && sepLen(b, p, end) == 0 {
				p++
			}
		}
		if p < end {
			p += sepLen(b, p, end)
		}
	}
	// UNC: \\host\share (also \\\\host\\share JSON-escaped), not \\?\ or \\.\.
	// A UNC path is never glued to a name before it: "Whitfield\\Music"
	// and "Петров\\AppData" are the rest of a JSON-escaped path whose
	// folder name held a blank, as is "Sounds)\\rekordbox" of "D:\\Dropbox
	// (Obi Sounds)\\rekordbox" (a folder name ending in a parenthesis),
	// and so is "{…}\\global" of a device interface's path, JSON-escaped
	// ("\\\\?\\usb#vid_04f2&…#{e5323777-…}\\global": its class GUID).
	if !glued && b[i] == '\\' && i+1 < end && b[i+1] == '\\' && (i == 0 || !isKeyChar(b[i-1]) && b[i-1] != ')' && b[i-1] != '}' && !(b[i-1] >= 0x80 && letterBefore(b[max(i-4, 0):i]))) {
		k := i
		for k < end && b[k] == '\\' {
			k++
		}
		// five: JSON's "\\\\" then an escape the JSON reader drops to its
		// letter ("\\\\\usr" reads as \\usr there)
		if k < end && b[k] != '?' && b[k] != '.' && (k-i == 2 || k-i == 4 || k-i == 5) && !(k-i == 2 && (escapedRoot(b, k, end) || latexCommand(b, i, k))) && !regexEscapeAt(b, k, end) {
			expect = expHost
			p = k
		}
	}
	if !glued && expect == expNone && b[i] == '/' && i+2 < end && b[i+1] == '/' && isAlnum(b[i+2]) && (i == 0 || b[i-1] != ':') {
		// //nas.local/homes/zoe (a CIFS share in mount output and fstab):
		// a home share's next folder is a user; the host is left to the
		// host detectors, since "//cdn.example.com/x.js" is a web address
		k := i + 2
		for k < end && b[k] != '/' {
			k++
		}
		if k+1 < end {
			if seg := b[k+1 : k+1+segLen(b, k+1, end)]; homeShare(seg) || personShare(seg) && mountShareNext(b, k+1+len(seg)) {
				p = k + 1
				expect = expShare
			}
		}
	}
	if !glued && expect == expNone {
		// "key:Users/zoe", "0:Users/zoe": a ':' or '=' inside the first
		// folder name ends a key (as a JSON reader splits it), and the
		// path starts after it. One that ends the name ("C:", "file:")
		// is part of the path.
		// (sepLen is asked only of the bytes a separator starts with; it
		// is never 0 for '/')
		bk := b[:end] // (len(bk) is end: no bounds checks)
		for k := p; k < len(bk); k++ {
			c := bk[k]
			if !pathMark[c] {
				continue // (most bytes: none of those below)
			}
			if c == '/' || (c == '\\' || c == '%') && sepLen(b, k, end) > 0 {
				break
			}
			if (c == ':' || c == '=') && k+1 < len(bk) {
				if d := bk[k+1]; d != ':' && d != '=' && d != '/' && !((d == '\\' || d == '%') && sepLen(b, k+1, end) > 0) {
					p = k + 1
				}
			}
		}
	}
	for p < end {
		// segment [p, q)
		q := p
		sl, slAt := 0, -1 // sepLen at slAt, for the separator after the switch
		bw := b[:end]
		for q < len(bw) { // (len(bw) is end: bw's bounds need no checks)
			for uint(q) < uint(len(bw)) && !pathMark[bw[q]] {
				q++ // most bytes of a segment (unsigned: bw[q] needs no bounds test)
			}
			if q >= len(bw) {
				break
			}
			// bw[q] is a path mark
			c := bw[q]
			if c == '/' {
				// sepLen's commonest cases, without the call
				sl, slAt = 1, q
				if q+1 < len(bw) && bw[q+1] == ':' {
					sl = 2
				}
				break
			}
			if expect == expUser && c == '\\' && (pyByteEscape(b, q, end) || octByteEscape(b, q, end)) && p > 0 && b[p-1] == '/' {
				// "b'/home/kj\\xc3\\xa6rstad'": a Python bytes repr of a
				// UTF-8 name; "/home/bj\\303\\266rn": gdb's and strace's C
				// escapes
				q += 4
				continue
			}
			if c == '\\' && (q+1 >= len(bw) || bw[q+1] != '\\' && bw[q+1] != '/' && bw[q+1] != 'u') {
				sl, slAt = 1, q // one backslash
				break
			}
			// (sepLen is 0 for the stop bytes: no call for those)
			if c == '\\' || c == '%' {
				if sl = sepLen(b, q, end); sl > 0 {
					slAt = q
					break
				}
			}
			if expect == expUser && segStop(c) {
				break
			}
			q++
		}
		seg := b[p:q]
		switch expect {
		case expUser:
			expect = expNone
			e := q
			if relHome && q == end {
				relHome = false
				break
			}
			if q < end && (string(seg) == "Users" || eqLower(seg, "home")) && eqLower(prev2, "home") {
				// a home root after winbind's domain ("home%2FA0%2FUsers/x"):
				// the user follows it, as a second pass reads it after the
				// domain's pseudonym (where no word's first folder is left)
				expect, relHome = expUser, false
				break
			}
			if eqLower(prev, "cron") && (eqLower(seg, "crontabs") || eqLower(seg, "atjobs")) {
				expect = expUser // /var/spool/cron/crontabs/x (Debian); /var/spool/cron/x (Red Hat)
				break
			}
			if eqLower(prev, "media") && mountPointName(seg) {
				break // /media/cdrom0, /media/usb1: fstab's and usbmount's mount points
			}
			if q+1 < end && eqLower(prev, "home") && netbiosDomain(seg) && segLen(b, q+sl, end) > 0 {
				// winbind's and sssd's home template /home/DOMAIN/user
				// ("template homedir = /home/%D/%U"): the domain, then
				// the account
				sc.hostSpan(p, q)
				expect = expUser
				break
			}
			if e == end && e < n {
				// a name with blanks ("John Smith") runs to the separator
				// after its last word; what is no name then ("0A!
				// home%2Fx") does not, and the words after it are scanned
				// on their own, as a second pass does
				// (a name userSegment replaced before is a plausible one:
				// its cache answers without cleaning the name again). A
				// name that is an account's kind only with the words
				// after it ("0A Users", "kofi Users": userSegment keeps
				// it) is none either, unless its first word is one too
				// (Windows' "All Users", "Default User"): the words after
				// a replaced first word are scanned on their own in a
				// second pass ("<user-1> Users/ama"), so they are here
				if x := extendName(b, e); x > e && (sc.userCache[string(b[p:x])] != "" || extendedName(b, p, e, x)) {
					e = x
					end, slAt = wordEnd(b, e), -1 // (the separator at q is read again)
					resume = max(resume, e)
				} else if x := profileNameEnd(b, p, e); x > e && (sc.userCache[string(b[p:x])] != "" || extendedName(b, p, e, x)) {
					e = x
					end, slAt = x, -1
					resume = max(resume, e)
				}
			}
			// A folder name glued to a pseudonym ("0x9<email-1>", or
			// over a name's own punctuation: "A'A'<ip-1>" of "A'A'A::0")
			// is what is left of a longer one whose rest was scrubbed: it
			// was no user name then, and is none now.
			if !pseudonymAt(b, e) && !(e+1 < len(b) && (b[e] == '\'' || b[e] == '.' || b[e] == '-' || b[e] == '_') && pseudonymAt(b, e+1)) {
				sc.userSegment(p, e)
			}
			q = e
			seg = b[p:q]
		case expHost:
			expect = expShare
			h := seg
			// \\wsl$\Ubuntu\home\x: the share is a Linux distribution, and
			// what follows it is that system's root
			if eqLower(h, "wsl$") || eqLower(h, "wsl.localhost") {
				expect = expWSLShare
			}
			if k := bytes.IndexByte(h, '@'); k > 0 {
				h = h[:k] // \\host@SSL\DavWWWRoot
			}
			// "Could not reach \\NAS01: …", "\\NAS01.": the sentence's
			// punctuation stays
			for len(h) > 1 && (h[len(h)-1] == '.' || h[len(h)-1] == ':') {
				h = h[:len(h)-1]
			}
			// A host never holds '<': one glued to a pseudonym is what is
			// left of text already scrubbed (keeps scrubbing idempotent).
			glued := bytes.IndexByte(h, '<') >= 0 || q < n && b[q] == '<'
			if len(h) > 0 && !eqLower(h, "localhost") && !glued && (utf8.Valid(h) || mostlyASCIIName(h)) {
				// logs repeat their shares: the outcome for a host is cached
				if canon, ok := sc.cachedName("unc", h); ok {
					if canon != "" {
						sc.add(p, p+len(h), ClassHost, canon)
					}
					break
				}
				name := string(h)
				sc.learnHost(name)
				canon := ""
				if plausibleName(cleanName(name)) && !isGenericHost(name) && !sc.s.allowed(name) && !isIPv4Literal(name) {
					canon = canonical(cleanName(name))
					sc.add(p, p+len(h), ClassHost, canon)
				}
				if sc.rec == nil {
					sc.cacheName("unc", name, canon)
				}
			}
		case expWSLShare:
			expect = expNone
			rootNext = true
		case expShare:
			expect = expNone
			if homeShare(seg) {
				expect = expUser
				break
			}
			if personShare(seg) {
				sc.userSegment(p, p+len(bytes.TrimSuffix(seg, []byte("$"))))
				break
			}
			// Any other share is the root of a path of its own
			// (\\host\Documents and Settings\x): look at it again as one.
			prev2, prev = nil, nil
			continue
		case expTmp:
			if tmpStart < 0 {
				tmpStart = p
				if len(seg) == 0 {
					expect = expNone
				}
			} else {
				expect = expNone
				if len(seg) >= 8 {
					sc.add(tmpStart, q, ClassTmpDir, canonical(string(b[tmpStart:q])))
				}
				tmpStart = -1
			}
		case expBackup:
			// Time Machine's Backups.backupdb/<Computer Name>/: the
			// machine's name, blanks and all ("Søren’s MacBook Pro")
			expect = expNone
			e := q
			if e == end && e < n {
				// (only over a name hostSegment replaces: over one it
				// keeps, "A\xc3 Kai’s MacBook", the words are read one by
				// one, as a second pass reads them once a pseudonym has
				// replaced one and the name stops before it)
				if x := extendName(b, e); x > e && sc.hostFolderName(cleanName(string(b[p:x]))) {
					e = x
					end, slAt = wordEnd(b, e), -1 // (the separator at q is read again)
					resume = max(resume, e)
				}
			}
			if !pseudonymAt(b, e) && e > p && e < n && sepLen(b, e, n) > 0 {
				sc.hostSegment(p, e)
			}
			q = e
			seg = b[p:q]
		case expAuthority:
			// sftp://host:22/home/x: the path after the host starts at
			// the remote system's root
			expect = expNone
			rootNext = true
		case expSerial:
			expect = expNone
			sc.instanceSerial(p, q)
		case expUID:
			expect = expNone
			if len(seg) > 0 && allDigits(seg) {
				v := string(seg)
				if len(seg) >= 5 {
					// a directory-service uid names one person in an
					// organisation; it recurs in krb5cc_UID, tmux-UID.
					// Local ones (501, 1000) are everyone's and stay.
					sc.learnLiteral(ClassUID, v, v, false)
				}
				sc.add(p, q, ClassUID, v)
			}
		default:
			// Most folders are none of the names below: one whose first
			// two bytes (or its length, or the folder before it) fit none
			// of them skips the whole chain.
			if len(seg) < 3 {
				break
			}
			if !segPairs.has(seg[0], seg[1]) && len(seg) != 40 && !(len(prev) >= 5 && (prev[0]|0x20 == 'b' && prev[1]|0x20 == 'y' || prev[0]|0x20 == 'd' && prev[1]|0x20 == 'r')) {
				break
			}
			switch {
			// a one-letter folder before "users" is a drive (/mnt/c/users);
			// '*' pads a pseudonym that did not fit
			case len(seg) == 5 && p != reqUsers && (string(seg) == "Users" || eqLower(seg, "users") && (atRoot(prev) || len(prev) == 1 && isLetter(prev[0]) || eqLower(prev2, "volumes") || bytes.HasPrefix(bytes.ToLower(prev), []byte("harddiskvolume")) ||
				eqLower(prev, "accountsservice"))): // (/var/lib/AccountsService/users/x)
				expect = expUser
				relHome = p == i && seg[0] == 'u'
				if !atRoot(prev) && len(prev) > 1 && deepUsersFile(b, q, end) {
					// a source file in a project's "Users" folder, as a
					// .NET stack trace names it ("in C:\src\App\Users\
					// UserService.cs:line 42"): a home folder holds
					// folders, and one at a home root is at the top of
					// the tree
					expect = expNone
				}
			case len(seg) == 4 && eqLower(seg, "home") && (atRoot(prev) || eqLower(prev, "var") || eqLower(prev, "usr") || eqLower(prev, "export") || eqLower(prev2, "net") || eqLower(prev, "hostfs")):
				// (/net/HOST/home/x: an automounted home on a file server;
				// /var/lib/snapd/hostfs/home/x: the host's, seen from a snap)
				expect = expUser
				relHome = p == i && seg[0] == 'h'
			case len(seg) == 4 && eqLower(seg, "mail") && (eqLower(prev, "var") || eqLower(prev, "spool")),
				len(seg) == 4 && eqLower(seg, "cron") && eqLower(prev, "spool"):
				// /var/mail/x, /var/spool/mail/x, /var/spool/cron/crontabs/x:
				// a user's mailbox and crontab are named after the account
				expect = expUser
			case len(seg) == 5 && eqLower(seg, "media") && (atRoot(prev) || eqLower(prev, "run")) && (seg[0] == 'm' || p > i):
				// /media/x, /run/media/x: Linux mounts a user's disks there,
				// in lower case. A "Media" that opens what the scan reads as
				// a path is the end of a folder's name with a blank in it,
				// no mount: "Documents\REAPER Media\Renders"
				expect = expUser
			case seg[0] == '~' && prev == nil && p == i && len(seg) > 2 && isLetter(seg[1]) && q < end && handleRunes(seg[1:]):
				// ~kai/Music: the shell's name for kai's home folder (in
				// UTF-8 or a legacy code page, not random bytes in a
				// binary or a hex dump: "~QJ\xde\xf6A\xe0l\xf9T\x86\xd0/g")
				sc.userSegment(p+1, q)
			case len(seg) == 8 && eqLower(seg[:7], "docume~") && isDigit(seg[7]) && (atRoot(prev) || len(prev) == 1 && isLetter(prev[0])):
				// DOCUME~1: the 8.3 name of "Documents and Settings"
				expect = expUser
			case len(seg) == 9 && eqLower(seg, "documents") && q == end && !(p == i+1 && i > 0 && b[i-1] == '>' && afterPseudonym(b, i)):
				// (not after a pseudonym, "home/<host-1>\Documents and
				// Settings\x": where a first pass replaced the name before
				// it, its reading took the path from there, and a second
				// pass takes nothing more than it did)
				if e := matchFold(b, q, " and settings"); e > 0 && e < n && sepLen(b, e, n) > 0 {
					q = e
					resume = e
					end, slAt = wordEnd(b, e), -1 // (the separator at q is read again)
					expect = expUser
				}
			case len(seg) == 8 && eqLower(seg, "onedrive") && q == end:
				if e := sc.oneDrive(q); e > 0 {
					q = e
					resume = e
					end, slAt = wordEnd(b, e), -1 // (the separator at q is read again)
				}
			case len(seg) > 9 && eqLower(prev, "cloudstorage") && (matchFold(seg, 0, "onedrive-") == 9 || matchFold(seg, 0, "dropbox-") == 8):
				// macOS File Provider folders: OneDrive-Contoso,
				// Dropbox-MokoenaSound (a business account's organisation);
				// OneDrive-Personal names none
				if o := bytes.IndexByte(seg, '-') + 1; !eqLower(seg[o:], "personal") && seg[o] != '<' {
					sc.org(p+o, q)
				}
			case len(seg) == 7 && eqLower(seg, "dropbox") && q == end:
				if e := sc.dropboxTeam(q); e > 0 {
					q = e
					resume = e
					end, slAt = wordEnd(b, e), -1 // (the separator at q is read again)
				}
			case len(seg) == 7 && eqLower(seg, "folders") && eqLower(prev, "var"):
				expect = expTmp
				tmpStart = -1
			case len(seg) == 4 && eqLower(seg, "user") && eqLower(prev, "run"):
				expect = expUID
			case len(seg) >= 17 && seg[0]|0x20 == 'v' && matchFold(seg, 0, "vid_") > 0 && bytes.Contains(bytes.ToLower(seg), []byte("&pid_")),
				len(seg) > 9 && (seg[0]|0x20 == 'd' && matchFold(seg, 0, "disk&ven_") > 0 || seg[0]|0x20 == 'c' && matchFold(seg, 0, "cdrom&ven_") > 0):
				// USB\VID_2B73&PID_0017\SERIAL, USBSTOR\Disk&Ven_…\SERIAL&0:
				// Windows names a device that has a serial number by it
				expect = expSerial
			case len(seg) > 12 && (seg[0]|0x20 == 'u' && (matchFold(seg, 0, "usbstor#") > 0 || matchFold(seg, 0, "usb#vid_") > 0) ||
				seg[0] == '_' && matchFold(seg, 0, "_??_usbstor#") > 0):
				// a device interface's path spells the instance id with
				// '#' for '\': \\?\USBSTOR#Disk&Ven_SanDisk&…#SERIAL&0#{…},
				// \\?\USB#VID_0781&PID_5583#SERIAL#{…}, setupapi's
				// SWD\WPDBUSENUM\_??_USBSTOR#…
				sc.interfaceSerial(p, q)
			case len(prev) == 7 && len(seg) >= 15 && len(seg) <= 24 && eqLower(prev, "drivefs") && allDigits(seg):
				// Google Drive for desktop's cache: DriveFS/<account id>/
				sc.add(p, q, ClassUID, string(seg))
			case len(seg) > 4 && eqLower(prev, "by-id"):
				sc.byIDSerial(p, q)
			case len(seg) >= 6 && (eqLower(prev, "by-uuid") || eqLower(prev, "by-partuuid")):
				sc.volumeID(p, q) // /dev/disk/by-uuid/8A4F-1C2B
			case len(seg) >= 18 && len(seg) <= 42 && seg[0] == 'u' && seg[1] == '-' && allHex(seg[2:]) && (len(seg) == 42 || eqLower(prev2, "home")),
				len(seg) == 40 && allHex(seg) && eqLower(prev2, "home") && (eqLower(prev, "user") || eqLower(prev, "root") || eqLower(prev, ".shadow")):
				// ChromeOS names a user's cryptohome by a hash of the
				// account (/home/chronos/u-HASH, /home/user/HASH): the
				// same for that person on every crash (cut short in a
				// fixed-size buffer, it is still the start of that hash)
				h := p
				if seg[0] == 'u' {
					h += 2
				}
				v := string(b[h:q])
				sc.learnLiteral(ClassUser, canonical(v), v, false)
				sc.add(h, q, ClassUser, canonical(v))
			case len(seg) > 11 && seg[0] == 'h' && string(seg[:11]) == "hsperfdata_" && (eqLower(prev, "tmp") || eqLower(prev, "temp")):
				// the JVM's perf data folder, /tmp/hsperfdata_ACCOUNT/PID (%TEMP%\hsperfdata_ACCOUNT)
				sc.userSegment(p+11, q)
			case len(seg) > 8 && seg[0] == 'r' && string(seg[:8]) == "runtime-" && eqLower(prev, "tmp"):
				// Qt's runtime folder when XDG_RUNTIME_DIR is not set,
				// /tmp/runtime-ACCOUNT ("QStandardPaths: XDG_RUNTIME_DIR
				// not set, defaulting to '/tmp/runtime-kai'")
				sc.userSegment(p+8, q)
			case len(seg) == 16 && eqLower(seg, "backups.backupdb"):
				expect = expBackup
			case len(seg) == 3 && eqLower(seg, "unc") && len(prev) == 1 && prev[0] == '?':
				expect = expHost
			case len(seg) >= 4 && seg[len(seg)-1] == ':' && (eqLower(seg, "file:") || eqLower(seg, "smb:") || eqLower(seg, "cifs:") || eqLower(seg, "afp:") || eqLower(seg, "nfs:")):
				// scheme://host/share (two slashes, then a host)
				if q+2 < end && b[q] == '/' && b[q+1] == '/' && b[q+2] != '/' {
					expect = expHost
					q++ // the loop below skips the second slash
				}
			case len(seg) >= 4 && seg[len(seg)-1] == ':' && (eqLower(seg, "sftp:") || eqLower(seg, "ssh:") || eqLower(seg, "scp:") || eqLower(seg, "rsync:") || eqLower(seg, "sshfs:") || eqLower(seg, "vscode-remote:")):
				// scheme://host/path: a remote system's absolute path
				if q+2 < end && b[q] == '/' && b[q+1] == '/' && b[q+2] != '/' {
					expect = expAuthority
					q++
				}
			}
		}
		prev2, prev = prev, seg
		if rootNext {
			prev2, prev, rootNext = nil, nil, false
		}
		if q >= end {
			p = q
			break
		}
		l := sl
		if q != slAt {
			l = sepLen(b, q, end)
		}
		if l == 0 {
			l = 1 // a stop byte ends a user segment
		}
		p = q + l
	}
	return resume
}

// findingEndsAt reports whether a finding ends at i: findingEnd(i-1, i)
// == i, with the cheap test of a span's end first.
func (sc *scanner) findingEndsAt(i int) bool {
	if sc.maxEnd < i {
		return false
	}
	for m := len(sc.spans) - 1; m >= 0 && m >= len(sc.spans)-8; m-- {
		if sp := &sc.spans[m]; sp.end == i && sp.class != "" {
			return true
		}
	}
	return false
}

// atRoot: the segment after prev starts a path (no folder before it, or
// a key's ':' or '='). (path's prev is nil before the first folder, a
// slice of the text, never nil, after one.)
func atRoot(prev []byte) bool {
	return len(prev) == 0 || prev[len(prev)-1] == ':' || prev[len(prev)-1] == '='
}

// escapedRoot reports whether the two backslashes before k start an
// escaped path from the root ("\\Users\\kai" in JSON or a .reg file, which
// reads \Users\kai): the folder at k is followed by two backslashes too.
// A UNC host has one after it (\\srv\share), or four before it escaped.
func escapedRoot(b []byte, k, end int) bool {
	for k < end && b[k] != '\\' {
		k++
	}
	return k+1 < end && b[k+1] == '\\' && (k+2 >= len(b) || b[k+2] != '\\')
}

// instanceSerial handles the instance part of a Windows device path
// after its hardware id: the device's serial number, with "&0" after it
// for a storage device; one with '&' inside ("6&2a3b4c5d&0&2") is made up
// by Windows for a device that has none.
func (sc *scanner) instanceSerial(p, q int) {
	b := sc.b
	e := q
	if k := bytes.LastIndexByte(b[p:q], '&'); k >= 0 && allDigits(b[p+k+1:q]) {
		e = p + k
	}
	v := b[p:e]
	if bytes.IndexByte(v, '&') < 0 && serialShaped(v) && !pseudonymAt(b, e) {
		sc.serialAt(p, e)
	}
}

// interfaceSerial handles the device interface path's segment [p, q),
// BUS#DEVICE#INSTANCE#{class}: the instance, when it is a serial
// (instanceSerial), is replaced.
func (sc *scanner) interfaceSerial(p, q int) {
	b := sc.b
	k1 := bytes.IndexByte(b[p:q], '#')
	if k1 < 0 {
		return
	}
	s := p + k1 + 1
	k2 := bytes.IndexByte(b[s:q], '#')
	if k2 < 0 {
		return
	}
	s += k2 + 1
	e := q
	if k3 := bytes.IndexByte(b[s:q], '#'); k3 >= 0 {
		e = s + k3
	}
	if e-s >= 6 {
		sc.instanceSerial(s, e)
	}
}

// byIDSerial handles a udev /dev/disk/by-id name: BUS-VENDOR_MODEL_SERIAL
// (usb-SanDisk_Ultra_Fit_4C5300…-0:0, ata-Samsung_SSD_860_EVO_S3Z1…-part1)
// or a world-wide id (wwn-0x5002…, nvme-eui.0025…): the serial or id is
// replaced, the bus, vendor and model stay.
func (sc *scanner) byIDSerial(p, q int) {
	b := sc.b
	name := b[p:q]
	// the partition and LUN suffixes (-0:0-part1), ALSA's interface (-00)
	for range 2 {
		if k := bytes.LastIndexByte(name, '-'); k > 0 {
			if t := name[k+1:]; matchFold(t, 0, "part") > 0 && allDigits(t[4:]) || bytes.IndexByte(t, ':') > 0 || len(t) == 2 && allDigits(t) {
				name = name[:k]
			}
		}
	}
	bus := bytes.IndexByte(name, '-')
	if bus < 2 {
		return
	}
	if eqLower(name[:bus], "usb") && bytes.Count(name[bus:], []byte{'_'}) < 2 {
		return // usb-VENDOR_MODEL: the device has no serial (snd/by-id/usb-Pioneer_DDJ-FLX4-00)
	}
	s, e := p+bus+1, p+len(name)
	if rest := b[s:e]; !(eqLower(name[:bus], "wwn") || matchFold(rest, 0, "eui.") > 0 || matchFold(rest, 0, "0x") > 0) {
		k := bytes.LastIndexByte(rest, '_')
		if k > 0 && e-(s+k+1) <= 2 && allDigits(rest[k+1:]) {
			// NVMe: _1, the namespace
			e = s + k
			k = bytes.LastIndexByte(b[s:e], '_')
		}
		if k < 0 {
			return // no serial: the name is the model alone
		}
		s += k + 1
	}
	v := b[s:e]
	if serialShaped(v) && !pseudonymAt(b, e) && !(s > 0 && b[s-1] == '>') {
		sc.serialAt(s, e)
	}
}

// udevIDs finds the udev device ids in the word [i, j) that no by-id
// folder announces: BUS-VENDOR_MODEL_SERIAL with the interface or LUN
// after it, as ls -l /dev/disk/by-id, ALSA and PipeWire print them
// (usb-SanDisk_Ultra_4C5300…-0:0, alsa_card.usb-Pioneer_DJ_Corporation_
// DDJ-FLX4_PDJFLX4A1B2C3-00, alsa_output.usb-…-00.analog-stereo). The
// serial is replaced, the bus, vendor and model stay. Without the folder
// the serial must look like one: eight letters and digits or more, after
// a vendor and a model.
func (sc *scanner) udevIDs(i, j int) {
	b := sc.b
	for d := i + 3; d+12 < j; d++ {
		if b[d] != '-' {
			continue
		}
		s := d - 3
		if !(eqLower(b[s:d], "usb") || eqLower(b[s:d], "ata")) {
			if s--; s < i || !(eqLower(b[s:d], "scsi") || eqLower(b[s:d], "nvme")) {
				continue
			}
		}
		if s > i && b[s-1] != '.' && b[s-1] != '/' {
			continue
		}
		// the suffix: -NN (ALSA: the interface), -0:0, -partN
		e := j
		for x := d + 1; x < j; x++ {
			if b[x] == '-' && (udevSuffix(b, x+1, j) || x+3 <= j && isDigit(b[x+1]) && isDigit(b[x+2]) && (x+3 == j || b[x+3] == '.')) {
				e = x
				break
			}
		}
		rest := b[d+1 : e]
		k := bytes.LastIndexByte(rest, '_')
		if k < 0 || bytes.Count(rest[:k], []byte("_")) < 1 {
			continue
		}
		v := rest[k+1:]
		if len(v) < 8 || !allAlnum(v) || !serialShaped(v) || !hasLetter(v) && len(v) < 10 {
			continue
		}
		vs := d + 1 + k + 1
		if pseudonymAt(b, vs+len(v)) || b[vs-1] == '>' {
			continue
		}
		sc.serialAt(vs, vs+len(v))
		d = vs + len(v)
	}
}

// udevSuffix: b[p:j] starts with what udev puts after an id's serial: a
// LUN (0:0) or a partition (part1).
func udevSuffix(b []byte, p, j int) bool {
	if p+2 < j && isDigit(b[p]) && b[p+1] == ':' {
		return true
	}
	return p+5 <= j && eqLower(b[p:p+4], "part") && isDigit(b[p+4])
}

func allAlnum(v []byte) bool {
	for _, c := range v {
		if !isAlnum(c) {
			return false
		}
	}
	return true
}

// netbiosDomain: seg reads as a Windows domain's NetBIOS name, 2 to 15
// capitals, digits and dashes with a capital among them.
func netbiosDomain(seg []byte) bool {
	if len(seg) < 2 || len(seg) > 15 {
		return false
	}
	letter := false
	for _, c := range seg {
		switch {
		case c >= 'A' && c <= 'Z':
			letter = true
		case isDigit(c) || c == '-':
		default:
			return false
		}
	}
	return letter
}

// homeShare: a network share that holds home folders (\\srv\homes\x,
// \\srv\home$\x: '$' hides a share from browsing).
func homeShare(seg []byte) bool {
	n := len(seg)
	if n > 0 && seg[n-1] == '$' {
		seg = seg[:n-1]
	}
	return eqLower(seg, "homes") || eqLower(seg, "home") || eqLower(seg, "users") || eqLower(seg, "profiles") ||
		eqLower(seg, "userdata") || eqLower(seg, "homedirs") || eqLower(seg, "homedir") || eqLower(seg, "userhomes") ||
		// folder redirection's shares (\\srv\RedirectedFolders$\x\Documents)
		eqLower(seg, "redirectedfolders") || eqLower(seg, "folderredirection") || eqLower(seg, "userfolders") ||
		eqLower(seg, "userprofiles") || eqLower(seg, "homefolders")
}

// personShare: a share named first.last (\\nas\kofi.mensah$) is its
// owner's, as a mailbox of that form is: two parts only, neither a word
// of things (shareWords), the second no file name extension
// ("setup.exe", "index.shtml"), so five letters or more or capitalised,
// unless '$' hides the share (a file's name never ends so).
func personShare(seg []byte) bool {
	hidden := len(seg) > 0 && seg[len(seg)-1] == '$'
	seg = bytes.TrimSuffix(seg, []byte("$"))
	k := bytes.IndexByte(seg, '.')
	if len(seg) < 5 || k <= 0 || bytes.IndexByte(seg[k+1:], '.') >= 0 || bytes.IndexByte(seg, '_') >= 0 {
		return false
	}
	if !hidden && (len(seg)-k-1 < 5 && !capitalised(seg, k+1) || fileExt(string(seg))) ||
		shareWords[asciiLower(string(seg[:k]))] || shareWords[asciiLower(string(seg[k+1:]))] {
		return false
	}
	return personalLocalPart(string(seg))
}

// shareWords: words of the shares that hold things, not a person's
// ("Music.Library", "data.old$").
var shareWords = wordSet(`music library media data old new bak backup backups public shared share docs documents
	photos pictures video videos movies files archive archives software install installs setup drivers tools apps
	scans scan projects project web www time machine home users common dept team office temp tmp print sync cloud
	dev test prod live stage staging config images iso isos downloads transfer exchange it hr finance sales
	admin support mail dj audio samples tracks mixes crates records recordings`)

// mountShareNext: the mount point follows the share ending at e, as in
// mount's "//nas/x on /mnt/x" and fstab's "//nas/x /mnt/x cifs": a share,
// no web address.
func mountShareNext(b []byte, e int) bool {
	return e+1 < len(b) && b[e] == ' ' && (b[e+1] == '/' || matchFold(b, e+1, "on /") > 0)
}

// segLen is the length of the path segment at p: up to the next '/'.
func segLen(b []byte, p, end int) int {
	k := p
	for k < end && b[k] != '/' {
		k++
	}
	return k - p
}

func allHex(s []byte) bool {
	for _, c := range s {
		if !isHex(c) {
			return false
		}
	}
	return len(s) > 0
}

func allDigits(s []byte) bool {
	for _, c := range s {
		if !isDigit(c) {
			return false
		}
	}
	return len(s) > 0
}

// matchFold returns p+len(w) when b[p:] starts with w (lowercase, ASCII
// case-insensitive), else -1.
func matchFold(b []byte, p int, w string) int {
	if p+len(w) > len(b) {
		return -1
	}
	for k := 0; k < len(w); k++ {
		if lower(b[p+k]) != w[k] {
			return -1
		}
	}
	return p + len(w)
}

// wordEnd returns the end of the word holding p.
func wordEnd(b []byte, p int) int {
	for p < len(b) && ctab[b[p]] != 0 {
		p++
	}
	return p
}

// extendName extends a folder name that ends at a space or an apostrophe
// when the words after it lead to a path separator ("C:\Users\John
// Smith\AppData"), or, after an apostrophe, to the end of the word
// ("/home/o'connor").
func extendName(b []byte, e int) int {
	if e >= len(b) || b[e] != ' ' && !innerApostrophe(b, e) {
		return e
	}
	m := e + 1
	if b[e] == ' ' && m+1 < len(b) && b[m] == ' ' && b[m+1] != ' ' {
		m++ // a name typed with two blanks ("C:\Users\Ngozi  Adeyemi\Music")
	}
	w := m
	for lim := min(len(b), e+48); m < lim; m++ {
		if c := b[m]; folderStop[c] && (c != '\'' || !innerApostrophe(b, m)) {
			break
		}
	}
	if m == w {
		return e
	}
	if m >= len(b) {
		if b[e] == '\'' {
			return m
		}
		return e
	}
	if b[m] == '\\' || b[m] == '/' {
		return m
	}
	if b[e] == '\'' && (b[m] < ' ' || b[m] == '"' || b[m] == '\'' || b[m] == ' ' && !pathAhead(b, m)) {
		return m // "/home/o'connor" at the end of a path
	}
	if b[m] != ' ' {
		return e
	}
	// another space-separated word: keep looking for the separator
	if next := extendName(b, m); next > m {
		return next
	}
	return e
}

// profileNameEnd returns where a person's name that is the last folder
// of a path ends, when the folder name [p, e) is its first word and the
// value ends right after it: "USERPROFILE=C:\Users\Ngozi Adeyemi" in an
// environment block (a NUL after it), a line, a quoted value, a UTF-16
// string's narrow form, a prompt ("C:\Users\Ngozi Adeyemi>dir", "PS
// C:\Users\Ngozi Adeyemi> ls"), a sentence's punctuation. Two or three
// capitalised name words (profileWord), with particles between them
// ("Ana da Silva"); else e. Words that go on ("Ngozi Adeyemi is the
// folder") may be prose after the path: the first word alone goes.
func profileNameEnd(b []byte, p, e int) int {
	if e+1 >= len(b) || b[e] != ' ' || !capitalised(b, p) || nameWordEnd(b, p) != e {
		return e
	}
	var ws [2][2]int // the words after the first
	n, x := 0, e
	for x < len(b) && b[x] == ' ' && n < len(ws) {
		s := x + 1
		if s+1 < len(b) && b[s] == ' ' {
			s++ // two blanks ("C:\Users\Ngozi  Adeyemi")
		}
		s = particlesEnd(b, s)
		if !capitalised(b, s) {
			break
		}
		we := nameWordEnd(b, s)
		if we-s > 2 && b[we-1] == '\'' {
			we-- // a closing quote
		} else if we-s > 2 && b[we-1] == '.' && (we == len(b) || b[we] != ' ' || !capitalised(b, we+1)) {
			we-- // a sentence's full stop, not an initial's ("A. Adeyemi")
		}
		ws[n] = [2]int{s, we}
		n++
		x = we
	}
	clause := false
	if n > 0 && !profileValueEnd(b, x) {
		clause = profileClause(b, x)
		if !clause {
			return e
		}
	}
	if n == 0 || n == len(ws) && x < len(b) && b[x] == ' ' && capitalised(b, particlesEnd(b, x+1)) ||
		!profileWord(b[p:e], false) || isGenericUser(cleanName(string(b[p:e]))) {
		return e
	}
	for k := range n {
		w := b[ws[k][0]:ws[k][1]]
		if !profileWord(w, k == n-1) || clause && notOwners[strings.ToLower(string(w))] {
			// (before a sentence's verb: an app's name, "C:\Users\Kofi
			// Zoom is open")
			return e
		}
	}
	return x
}

// profileWord: the capitalised word w reads as a word of a person's name
// in a profile folder's (nameWord), with an apostrophe inside
// ("O'Connor", "D'Souza") or an initial's dot ("A."), and no word of a
// thing's, an account's kind or state or prose's ("Audio Engine",
// "Public Documents", "Living Room", "Kofi Done"). A determiner ends no
// phrase: as the last word it is a name (Vietnamese "An", "My").
func profileWord(w []byte, last bool) bool {
	if len(w) == 2 && w[1] == '.' {
		return !last // an initial
	}
	if k := bytes.IndexByte(w, '\''); k > 0 && k+1 < len(w) {
		for _, c := range w[k+1:] {
			if c != '\'' && !isLetter(c) && c < 0x80 {
				return false
			}
		}
		w = w[:k] // (nameWord reads no apostrophe)
	}
	lw := strings.ToLower(string(w))
	if last && determiners[lw] {
		return true
	}
	// (no parenWords: an edition's "Max" or a colour's "Blue" is a
	// given name or a surname too)
	return utf8.Valid(w) && nameWord(string(w), false) && !accountKinds[lw] && !accountStates[lw] && !proseStop[lw] &&
		!uiNameWords[lw] && !deviceMakers[lw] && !notOwnerWords[lw] && !thingNameWords[lw] && !profileFolderWords[lw]
}

// profileFolderWords name the folders a profile holds (Windows' known
// folders, macOS's): "C:\Users\Kofi Downloads" is a path with a blank for
// its separator, and learned as a surname "Downloads" went from every
// line.
var profileFolderWords = wordSet(`desktop documents downloads pictures photos videos movies music favorites favourites
	contacts links searches onedrive dropbox appdata library applications templates`)

// profileValueEnd: the name of a profile folder that ends at x ends its
// value there (valueEnd, a CSV field's ','); or a prompt follows it
// (cmd's and PowerShell's '>', a shell's "$ ", "# ", "% "), or a
// sentence's punctuation and a blank or the value's end, or a quote a
// JSON string escaped, a Unix PATH list's ":/", a note in parentheses
// (" (local)"), the next field of a logfmt line (" pid=42").
func profileValueEnd(b []byte, x int) bool {
	if x >= len(b) || valueEnd[b[x]] || b[x] == '>' || b[x] == ',' {
		return true
	}
	switch b[x] {
	case '\\':
		return x+1 < len(b) && b[x+1] == '"'
	case ':':
		if x+1 < len(b) && b[x+1] == '/' {
			return true
		}
	case ' ':
		if x+1 < len(b) && b[x+1] == '(' {
			return true
		}
		k := x + 1
		for k < len(b) && k-x <= 24 && (b[k] >= 'a' && b[k] <= 'z' || b[k] == '_' || b[k] == '.' || isDigit(b[k])) {
			k++
		}
		return k > x+1 && k < len(b) && b[k] == '='
	}
	if strings.IndexByte(".,:)]$#%", b[x]) < 0 {
		return false
	}
	return x+1 == len(b) || b[x+1] == ' ' || valueEnd[b[x+1]]
}

// profileClause: a sentence goes on after the profile folder's name at x
// with a verb or a conjunction ("C:\Users\Ngozi Adeyemi is the folder",
// "… and D:\data"): the capitalised words before it are the name's, as
// no sentence goes on so after a folder's first word and a capitalised
// word that is no name's (profileWord).
func profileClause(b []byte, x int) bool {
	if x+3 >= len(b) || b[x] != ' ' || b[x+1] < 'a' || b[x+1] > 'z' {
		return false
	}
	k := x + 1
	for k < len(b) && k-x <= 9 && (b[k] >= 'a' && b[k] <= 'z' || b[k] == '\'') {
		k++
	}
	return (k == len(b) || b[k] == ' ' || b[k] == ',' || b[k] == '.') && clauseWords[string(b[x+1:k])]
}

// clauseWords go on a sentence after a profile folder's name.
var clauseWords = wordSet(`is was has had does did isn't wasn't doesn't and but or exists contains holds
	folder directory profile`)

// valueEnd: the bytes a value that a path is ends at (NUL, a line break,
// a tab, a closing quote, a PATH list's ';', a tag's '<').
var valueEnd = [256]bool{0: true, '\n': true, '\r': true, '\t': true, '"': true, '\'': true, ';': true, '<': true}

// extendedName: the folder name [p, x) that extendName read past the
// blank at e is plausible (plausibleName), and no generic account's
// unless [p, e) alone is one.
func extendedName(b []byte, p, e, x int) bool {
	name := cleanName(string(b[p:x]))
	return plausibleName(name) && (!isGenericUser(name) || isGenericUser(cleanName(string(b[p:e]))))
}

// folderStop: the bytes a folder name extendName reads ends at (an
// apostrophe only outside a name).
var folderStop = func() (t [256]bool) {
	for c := range ' ' {
		t[c] = true
	}
	for _, c := range []byte("\\/ \"'<>|*?:,;=") {
		t[c] = true
	}
	return t
}()

// innerApostrophe: b[k] is an apostrophe inside a name (O'Connor), with a
// letter on both sides, not a closing quote.
func innerApostrophe(b []byte, k int) bool {
	return b[k] == '\'' && k > 0 && k+1 < len(b) && (isLetter(b[k-1]) || b[k-1] >= 0x80) && (isLetter(b[k+1]) || b[k+1] >= 0x80)
}

// pathAhead: the words after the blank at m lead to a path separator.
func pathAhead(b []byte, m int) bool { return extendName(b, m) > m }

// userSegment handles the folder name right after a home root. It
// reports whether the name is an account's (replaced).
func (sc *scanner) userSegment(p, e int) bool {
	if p >= e {
		return false
	}
	if canon, ok := sc.userCache[string(sc.b[p:e])]; ok {
		if canon != "" {
			sc.add(p, e, ClassUser, canon)
		}
		return canon != ""
	}
	if d := profileSuffix(sc.b[p:e]); d > 0 {
		// Windows names a second profile of one account "kai.STUDIO-PC"
		// or "kai.CONTOSO": the account, then the machine or domain
		ok := sc.userSegment(p, p+d)
		sc.hostSpan(p+d+1, e)
		return ok
	}
	raw := string(sc.b[p:e])
	name := cleanName(raw)
	canon := ""
	if plausibleName(name) && !isGenericUser(name) && !sc.s.allowed(name) {
		sc.learnUser(name)
		canon = canonical(name)
		sc.add(p, e, ClassUser, canon)
	} else if len(name) >= 5 && len(name) <= 12 && allDigits([]byte(name)) && !sc.s.allowed(name) {
		// a profile named by a number: a student's or an employee's
		// ("C:\Users\20231234"), which no name-shaped test passes
		canon = name
		sc.learnLiteral(ClassUser, canon, name, false)
		sc.add(p, e, ClassUser, canon)
	}
	if sc.userCache == nil {
		sc.userCache = map[string]string{}
	}
	if len(sc.userCache) < 1024 {
		sc.userCache[raw] = canon
	}
	return canon != ""
}

// mountPoints are the folders under /media that fstab, usbmount and
// dual-boot setups mount disks at (/media/cdrom0, /media/usb3,
// /media/windows, Parallels' /media/psf), lower case, with no number.
var mountPoints = wordSet(`cdrom cdrw dvd dvdrw floppy usb usbdisk usbstick zip disk hdd ssd sdcard
	storage backup backups nas share shared windows psf`)

// mountPointName: seg is one of mountPoints, with a number or none.
func mountPointName(seg []byte) bool {
	k := len(seg)
	for k > 0 && isDigit(seg[k-1]) {
		k--
	}
	var lb [16]byte
	return k > 1 && k <= len(lb) && mountPoints[string(lowerInto(lb[:0], seg[:k]))]
}

// profileSuffix returns where the machine or domain suffix Windows adds to
// a profile folder's name starts (the '.' of "kai.STUDIO-PC"), or -1: 3
// to 15 capitals, digits and dashes (a NetBIOS name) with a capital among
// them, after a name of its own.
func profileSuffix(seg []byte) int {
	d := bytes.LastIndexByte(seg, '.')
	if d < 1 || len(seg)-d-1 < 3 || len(seg)-d-1 > 15 || seg[d-1] == '.' {
		return -1
	}
	upper := false
	for _, c := range seg[d+1:] {
		switch {
		case c >= 'A' && c <= 'Z':
			upper = true
		case isDigit(c) || c == '-':
		default:
			return -1
		}
	}
	if !upper || seg[d+1] == '-' {
		return -1
	}
	return d
}

// hostSegment handles a folder named after the machine: learned and
// replaced as the value of a host key is (a possessive's owner learned
// too).
func (sc *scanner) hostSegment(p, e int) {
	name := cleanName(string(sc.b[p:e]))
	if !sc.hostFolderName(name) {
		return
	}
	sc.learnHost(name)
	if stem := possessiveStem(name); stem != "" {
		sc.learnUser(stem)
	}
	sc.add(p, e, ClassHost, canonical(name))
}

// hostFolderName: name (cleaned) is a machine's name hostSegment replaces.
func (sc *scanner) hostFolderName(name string) bool {
	return plausibleName(name) && !isGenericHost(name) && !sc.s.allowed(name) && utf8.ValidString(name)
}

// dropboxTeam handles "Dropbox (Team Name)", the folder of a Dropbox team
// account, as oneDrive does: the team is replaced. It returns where the
// folder name ends, or -1.
func (sc *scanner) dropboxTeam(q int) int {
	b := sc.b
	s := matchFold(b, q, " (")
	if s < 0 {
		return -1
	}
	e := s
	for e < len(b) && e-s <= 64 && b[e] != ')' && b[e] >= ' ' && b[e] != '/' && b[e] != '\\' && b[e] != '"' && b[e] != '(' {
		e++
	}
	if e >= len(b) || b[e] != ')' || e-s < 2 || b[s] == '<' {
		return -1
	}
	if e+1 < len(b) && sepLen(b, e+1, len(b)) == 0 && ctab[b[e+1]] != 0 {
		return -1 // not the end of a folder name
	}
	if !eqLower(b[s:e], "personal") { // a personal account's folder beside a team's
		sc.org(s, e)
	}
	return e + 1
}

// org learns and replaces the organisation name b[s:e].
func (sc *scanner) org(s, e int) {
	org := string(sc.b[s:e])
	if sc.s.allowed(org) {
		return
	}
	if len(org) >= 4 {
		sc.learnLiteral(ClassOrg, org, org, true)
	}
	sc.add(s, e, ClassOrg, canonical(org))
}

// oneDrive handles "OneDrive - Org Name\": the organisation is replaced.
func (sc *scanner) oneDrive(q int) int {
	b := sc.b
	s := matchFold(b, q, " - ")
	if s < 0 {
		return -1
	}
	k := s
	for k < len(b) && k-s < 80 {
		c := b[k]
		if c == '\\' || c == '/' || c < ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '|' || c == ';' || c == ',' {
			break
		}
		k++
	}
	e := k
	for e > s && b[e-1] == ' ' {
		e--
	}
	if e-s < 2 || b[s] == '<' {
		return -1
	}
	if !eqLower(b[s:e], "personal") { // a personal account's folder beside a business one's
		sc.org(s, e)
	}
	return k
}

// pyByteEscape: b[q:] is a \xNN escape of a UTF-8 byte that cannot stand
// alone (0x80 and up), as Python's repr of bytes writes one.
func pyByteEscape(b []byte, q, end int) bool {
	return q+3 < end && b[q+1] == 'x' && isHex(b[q+2]) && isHex(b[q+3]) && unhex(b[q+2]) >= 8
}

// octByteEscape: b[q:] is a \NNN escape of a UTF-8 byte that cannot
// stand alone (\200 and up), as gdb and strace print a string's bytes
// outside ASCII.
func octByteEscape(b []byte, q, end int) bool {
	return q+3 < end && octHigh(b[q+1], b[q+2], b[q+3])
}

// octHigh: three octal digits write a byte of 0200 or more.
func octHigh(a, b, c byte) bool {
	return (a == '2' || a == '3') && b-'0' < 8 && c-'0' < 8
}

// encSepLen returns the length of a path separator written as an HTML
// entity ("&#x2F;", "&#47;", "&sol;" and their backslash kin), a C
// escape ("\057", "\x2f", "\134", "\x5c") or quoted-printable ("=2F",
// "=5C") at p, or 0. sepLen knows the JSON and URL spellings.
func encSepLen(b []byte, p int) int {
	n := len(b)
	switch b[p] {
	case '&':
		for _, w := range []string{"&#x2f;", "&#47;", "&sol;", "&#x5c;", "&#92;", "&bsol;"} {
			if matchFold(b, p, w) > 0 {
				return len(w)
			}
		}
	case '\\':
		if p+3 < n && (b[p+1] == '0' && b[p+2] == '5' && b[p+3] == '7' || b[p+1] == '1' && b[p+2] == '3' && b[p+3] == '4' ||
			b[p+1] == 'x' && (b[p+2] == '2' && b[p+3]|0x20 == 'f' || b[p+2] == '5' && b[p+3]|0x20 == 'c')) {
			return 4
		}
	case '=':
		if p+2 < n && (b[p+1] == '2' && b[p+2]|0x20 == 'f' || b[p+1] == '5' && b[p+2]|0x20 == 'c') {
			return 3
		}
	}
	return 0
}

// encodedHome handles a home folder whose separators are encoded
// (encSepLen: "&#x2F;Users&#x2F;kai&#x2F;", "\057home\057kai\057",
// "=2FUsers=2Fkai=2F"): the separator at p, a home root, a separator of
// the same kind, and the user's folder name, which ends at the next such
// separator or where the text ends, a blank or a quote. The name is
// learned as a user. It returns where the name ends, or -1.
func (sc *scanner) encodedHome(p int) int {
	b := sc.b
	n := encSepLen(b, p)
	if n == 0 {
		return -1
	}
	r := p + n
	e := matchFold(b, r, "users")
	if e < 0 {
		e = matchFold(b, r, "home")
	}
	if e < 0 || e >= len(b) || b[e] != b[p] || encSepLen(b, e) == 0 {
		return -1
	}
	s := e + encSepLen(b, e)
	e = s
	for e < len(b) && e-s <= 64 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-' || b[e] >= 0x80) {
		e++
	}
	if e == s || e-s > 64 || pseudonymAt(b, e) {
		return -1
	}
	if e < len(b) && !(b[e] <= ' ' || b[e] == '"' || b[e] == '\'' || b[e] == '<' || b[e] == ')' || b[e] == ',') && !(b[e] == b[p] && encSepLen(b, e) > 0) {
		return -1 // more of the name is written otherwise (an escaped letter)
	}
	if !sc.userSegment(s, e) {
		// no account ("/home/home/kai"): the words after it are read
		// as their own, as a second pass reads them
		return -1
	}
	return e
}

// encodedHomeIn looks in the word [i, j) for a home folder with encoded
// separators (encodedHome). An HTML entity's ';' ends the word: the word
// ends with "&#x2F" and the root starts after the ';' at j. A C escape or
// quoted-printable starts the word, or follows its drive ("C:\134Users").
func (sc *scanner) encodedHomeIn(i, j int) int {
	b := sc.b
	if i > 0 && b[i-1] == '>' && afterPseudonym(b, i) {
		// the rest of a word the first pass saw whole ("00A\134Users\134x"
		// of "Users&#x2F;00A\134Users…" once 00A is replaced): no home
		// starts here, as in the first pass
		return -1
	}
	if j < len(b) && b[j] == ';' {
		if k := bytes.LastIndexByte(b[i:j], '&'); k >= 0 {
			return sc.encodedHome(i + k)
		}
		return -1
	}
	if b[i+1] == ':' {
		return sc.encodedHome(i + 2)
	}
	return sc.encodedHome(i)
}

// encodedWord: the word [i, j) with byte classes bits is one
// encodedHomeIn looks into, when learning and when scrubbing: it ends
// before an HTML entity's ';', or encodedStart holds.
func encodedWord(b []byte, i, j int, bits uint16) bool {
	return bits&cOther != 0 && j < len(b) && b[j] == ';' || bits&(cBack|cEq) != 0 && encodedStart(b, i, j)
}

// encodedStart: the word [i, j) starts with a C-escaped or
// quoted-printable separator, or a drive and one ("\057Users",
// "=2Fhome", "C:\134Users"): encodedHomeIn may find a home folder in it.
func encodedStart(b []byte, i, j int) bool {
	if j-i < 9 {
		return false
	}
	a, c := b[i], b[i+1]
	return a == '\\' && (c == '0' || c == '1' || c == 'x') || a == '=' && (c == '2' || c == '5') ||
		c == ':' && b[i+2] == '\\' && b[i+3] == '1'
}

// regexEscapeAt: the letter at k, after an escaped backslash, is a
// regular expression's class or anchor in a JSON string, a C string or a
// log ("\\d+", "\\w*", "\\s{2}", "\\b)"): one letter a quantifier, a
// group's or a class's bracket, an anchor, a blank or a quote follows. A
// UNC host is a name of more letters, and no such mark follows it.
func regexEscapeAt(b []byte, k, end int) bool {
	if k+1 > end || !isLetter(b[k]) || b[k] >= 0x80 {
		return false
	}
	if k+1 == end {
		return true
	}
	return strings.IndexByte("+*?{}()[]|^$ \t\"',;", b[k+1]) >= 0
}

// latexCommand: the "\\" at i, before the word at k, starts a LaTeX
// command written in reStructuredText or Markdown ('\\large' between double backquotes,
// "\\usepackage[utf8x]{inputenc}"), no UNC host: a lower-case word
// followed by '{', '[' or '`' ("\\SRV\share" has a '\' after it,
// systeminfo's "Logon Server: \\KOFI-PC" upper-case letters).
func latexCommand(b []byte, i, k int) bool {
	e := k
	for e < len(b) && e-k < 32 && 'a' <= b[e] && b[e] <= 'z' {
		e++
	}
	if e == k || e >= len(b) {
		return false
	}
	switch b[e] {
	case '{', '[', '`':
		return true
	case ' ', '\n', '\r':
		return i > 0 && b[i-1] == '`'
	}
	return false
}

// deepUsersFile: the separator at q (after a "Users" folder) is
// followed by the path's last part, a source file ("UserService.cs",
// "handler.go:88"), up to end or a ':'.
func deepUsersFile(b []byte, q, end int) bool {
	if q >= end {
		return false
	}
	sl := sepLen(b, q, end)
	if sl == 0 {
		return false
	}
	s := q + sl
	e := s
	for e < end && e-s <= 64 && b[e] != ':' && sepLen(b, e, end) == 0 {
		e++
	}
	return e-s <= 64 && (e == end || b[e] == ':') && codeFileName(b[s:e])
}
