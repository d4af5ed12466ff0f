// Package redact removes what identifies a person or a machine from crash
// reports and their attachments, while keeping what makes them useful
// (symbols, module names, addresses, debug ids, versions, device models).
//
// One Session serves one report: identifiers learned anywhere in the report
// (a user name seen in a home path, a host name from a UNC path...) are
// replaced everywhere else in the same report by the same pseudonym
// (<user-1>, <host-1>, <email-1>...). Pseudonyms are numbered in the order
// values are first met, so they are never derived from the value and never
// stable across reports.
//
// The engine is a hand-written byte scanner: it splits input into words at
// cheap separator bytes and runs detectors only on words whose byte classes
// can hold an identifier (a path separator, '@', ':', '=', digits...).
// Regular expressions run only for user-supplied patterns. Text is streamed
// in line-aligned chunks, so memory stays bounded whatever the input size.
//
// Callers that can read their input twice get the best result by calling
// LearnReader (or Learn) over everything first and then scrubbing: a user
// name that first appears in a home path late in a file is then also removed
// where it appeared earlier. Every scrub call learns as it goes as well.
package redact

import (
	"bytes"
	"fmt"
	"hash/maphash"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Pattern is an extra detector from configuration (e.g. an app's license-key
// format). Name is the summary class and pseudonym prefix.
type Pattern struct{ Name, Regex string }

// Identity holds identifiers known before reading the report, usually the
// local machine's user and host names and machine ids.
type Identity struct{ UserNames, HostNames, Secrets []string }

// Config configures a Session.
type Config struct {
	Patterns []Pattern
	// Allow lists values that are never replaced (compared case-insensitively
	// with the matched text and with learned values).
	Allow    []string
	Identity Identity
}

// Summary classes.
const (
	ClassUser       = "user"
	ClassHost       = "host"
	ClassEmail      = "email"
	ClassIP         = "ip"
	ClassMAC        = "mac"
	ClassSerial     = "serial"
	ClassUUID       = "uuid"
	ClassMachineID  = "machine_id"
	ClassLicense    = "license"
	ClassToken      = "token"
	ClassPassword   = "password"
	ClassCookie     = "cookie"
	ClassURLCred    = "url_credential"
	ClassKeyValue   = "key_value"
	ClassSecret     = "secret"
	ClassPrivateKey = "private_key"
	ClassOrg        = "org"
	ClassTmpDir     = "tmpdir"
	ClassUID        = "uid"
	ClassNetwork    = "network"  // a Wi-Fi network name: it names a home or a site
	ClassLocation   = "location" // a city, postal code, street address or coordinates
	ClassPhone      = "phone"    // a telephone number under a key naming one
	ClassLabel      = "label"    // a volume's label, which owners name after themselves
	ClassBirthDate  = "birth_date"
)

// Session is the redaction state of one report. Its methods are safe for
// concurrent use (they serialize on an internal lock).
type Session struct {
	mu sync.Mutex

	allow    map[string]bool
	patterns []userPattern

	// keyMemo holds classifyKey's answers for the scanners that read one
	// string each (scrubStringLocked, ScrubReport): a report's fields are
	// thousands of strings, and a scanner's own cache starts empty.
	// classifyKey is a function of the key alone. Guarded by mu.
	keyMemo map[string]string
	// rawKeys is keyValues' memo of keys (rawKeyMemo) for those scanners
	// too: a scanner's own is some 35 KB, too much to make for each string.
	// Guarded by mu.
	rawKeys *rawKeyMemo
	// memoCheck, set by tests, checks walkMemo's answers (walkmemo.go)
	memoCheck *walkCheck

	// pseudo maps the keyed hash of class + "\x00" + canonical value to
	// its pseudonym. A 64-bit key holds no value and allocates nothing
	// per entry; two values of one session share a pseudonym only on a
	// hash collision (odds about 2^-32 at the table's cap).
	pseudo map[uint64]pseudonymID
	pkey   []byte // reused buffer for the hashed key
	// pcache holds recent pseudonyms at a cheap index: a report repeats a
	// few names, and a hit skips the keyed hash and the table lookup.
	pcache [256]pcacheEntry
	// hseed keys pseudo and the pseudonyms handed out once it is full
	// (see pseudonym); random per session, so never stable across
	// reports.
	hseed   maphash.Seed
	next    map[string]int // class -> last number handed out
	summary map[string]int

	lits    *literals
	learned map[string]bool // class+"\x00"+canonical value already learned
	gen     int             // bumped whenever a literal is learned
	// userTried holds the values learnUser (triedUser) and learnPerson
	// (triedPerson) were called with (up to maxUserTried of them)
	userTried map[string]uint8
	// squashed maps a learned user name and its name parts, folded to
	// ASCII letters ("sorenodegard", "soren", "odegard"), to the user's
	// canonical value; names in text are folded the same way to find
	// "Søren Ødegård" of the account sorenodegard (see foldedName).
	// squashLens has bit n set when a key of n letters is in it,
	// squashPair[c-'a'] bit d-'a' when a key starts with the letters cd.
	squashed   map[string]string
	squashLens uint64
	squashPair [26]uint32
	// alias maps a user's canonical value to the one whose pseudonym it
	// takes: a profile folder's 8.3 short name (KAIOKO~1) and its long
	// name (kai.okonkwo) are one person, whichever was met first.
	alias map[string]string
	// squashLog lists the keys set in squashed in the order set, aliases
	// counts the aliases made: what learning changed besides the literals
	// (lateHarmless)
	squashLog []string
	aliases   int

	// optimistic: the text loops stop with errLate when a chunk after
	// the first teaches an identifier (ScrubTextRewind); lateAt is that
	// chunk's input offset.
	optimistic bool
	lateAt     int64
	// lateTable: the process table the late chunk started inside of, whose
	// rows the learn pass from it on reads as rows (psTable)
	lateTable psTable
	// lateSpent: what the optimistic pass spent reading its input again
	// so far (late)
	lateSpent int64
	// dumpSeen: a chunk held a hex dump (hexdump.go), where what is
	// learned later may be split over lines: late rewinds
	dumpSeen bool
	// lateSrc, when set, is the input of an optimistic pass, read again
	// to tell whether what was written holds a name learned late
	// (lateHarmless); lateBase is where the pass began in it
	lateSrc  io.ReaderAt
	lateBase int64

	// par tunes the parallel text paths (parallel.go); zero fields mean
	// the defaults. Tests shrink the chunks and pin the worker count.
	par struct{ workers, chunk, carry int }
}

type userPattern struct {
	name   string
	re     *regexp.Regexp
	prefix []byte // literal prefix, for a fast pre-filter
}

// NewSession returns a session for one report.
func NewSession(cfg Config) (*Session, error) {
	s := &Session{
		allow:   map[string]bool{},
		pseudo:  map[uint64]pseudonymID{},
		hseed:   maphash.MakeSeed(),
		next:    map[string]int{},
		summary: map[string]int{},
		lits:    newLiterals(),
		learned: map[string]bool{},
	}
	for _, a := range cfg.Allow {
		if a = strings.TrimSpace(a); a != "" {
			s.allow[strings.ToLower(a)] = true
		}
	}
	for _, p := range cfg.Patterns {
		name := strings.TrimSpace(p.Name)
		if name == "" || !validClassName(name) {
			return nil, fmt.Errorf("redact: pattern name %q: want letters, digits and '_'", p.Name)
		}
		re, err := regexp.Compile(p.Regex)
		if err != nil {
			return nil, fmt.Errorf("redact: pattern %q: %w", p.Name, err)
		}
		if re.MatchString("") {
			return nil, fmt.Errorf("redact: pattern %q matches the empty string", p.Name)
		}
		up := userPattern{name: name, re: re}
		if pre, _ := re.LiteralPrefix(); pre != "" {
			up.prefix = []byte(pre)
		}
		s.patterns = append(s.patterns, up)
	}
	for _, u := range cfg.Identity.UserNames {
		s.learnUser(u)
	}
	for _, h := range cfg.Identity.HostNames {
		s.learnHost(h)
	}
	for _, v := range cfg.Identity.Secrets {
		v = strings.TrimSpace(v)
		if len(v) < 4 {
			continue
		}
		if macValue([]byte(v)) && strings.ContainsAny(v, ":-.") {
			// the machine's own MAC address, in every spelling
			var sc scanner
			sc.s = s
			var c []byte
			for k := 0; k < len(v); k++ {
				if isHex(v[k]) {
					if len(c) > 0 && len(c)%3 == 2 {
						c = append(c, ':')
					}
					c = append(c, lower(v[k]))
				}
			}
			canon := string(c)
			s.learnLiteral(ClassMAC, canon, canon, false)
			s.learnLiteral(ClassMAC, canon, strings.ReplaceAll(canon, ":", "-"), false)
			sc.learnMAC(canon)
			continue
		}
		class := ClassSecret
		if isHexOrUUID(v) {
			class = ClassMachineID
		}
		s.learnLiteral(class, v, v, true)
	}
	return s, nil
}

func validClassName(n string) bool {
	for i := 0; i < len(n); i++ {
		c := n[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// Summary returns class -> number of replacements made so far.
func (s *Session) Summary() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string]int, len(s.summary))
	for k, v := range s.summary {
		out[k] = v
	}
	return out
}

// Learned returns the pseudonyms handed out so far, sorted, for diagnostics
// (never the original values).
func (s *Session) Learned() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]string, 0, len(s.pseudo))
	for _, id := range s.pseudo {
		out = append(out, string(id.append(nil)))
	}
	sort.Strings(out)
	return out
}

// maxPseudonyms bounds the numbered pseudonyms of one session (memory).
const maxPseudonyms = 1 << 16

// maxUserTried bounds Session.userTried (memory); past it, values are
// tested again each time, as if new.
const maxUserTried = 1 << 14

// pseudonymID is a numbered pseudonym: <class-n>, '_' in class written
// as '-'. hashed (past maxPseudonyms) holds <class-hHEX> instead.
type pseudonymID struct {
	class  string
	n      uint64
	hashed bool
}

func (id pseudonymID) append(dst []byte) []byte {
	dst = append(dst, '<')
	if strings.IndexByte(id.class, '_') < 0 {
		dst = append(dst, id.class...)
	} else {
		for k := 0; k < len(id.class); k++ {
			c := id.class[k]
			if c == '_' {
				c = '-'
			}
			dst = append(dst, c)
		}
	}
	if id.hashed {
		dst = strconv.AppendUint(append(dst, "-h"...), id.n, 16)
	} else {
		dst = strconv.AppendUint(append(dst, '-'), id.n, 10)
	}
	return append(dst, '>')
}

type pcacheEntry struct {
	class, canon string
	id           pseudonymID
	// text[:tlen] is id written out, once asked for (tlen 0 until then,
	// and for one too long to keep here)
	tlen uint8
	text [30]byte
}

// pseudonymOf returns the consistent replacement for value in class.
func (s *Session) pseudonymOf(class, canon string) pseudonymID {
	return s.pseudonymEntry(class, canon).id
}

// appendPseudonym appends pseudonymOf(class, canon) written out: the text
// is kept with the cache entry, so a repeated name costs one copy.
func (s *Session) appendPseudonym(dst []byte, class, canon string) []byte {
	c := s.pseudonymEntry(class, canon)
	if c.tlen == 0 {
		t := c.id.append(c.text[:0])
		if len(t) > len(c.text) {
			return append(dst, t...) // (append moved it off the entry)
		}
		c.tlen = uint8(len(t))
	}
	return append(dst, c.text[:c.tlen]...)
}

// pseudonymEntry returns pseudonymOf's cache entry for class and canon,
// filled on a miss.
func (s *Session) pseudonymEntry(class, canon string) *pcacheEntry {
	if s.alias != nil && class == ClassUser {
		if a, ok := s.alias[canon]; ok {
			canon = a
		}
	}
	k := len(class) * 13
	if n := len(canon); n > 0 {
		k += n*31 + int(canon[0]) + 7*int(canon[n-1])
	}
	c := &s.pcache[k&(len(s.pcache)-1)]
	if c.class == class && c.canon == canon && class != "" {
		return c
	}
	id := s.pseudonymLookup(class, canon)
	*c = pcacheEntry{class: class, canon: canon, id: id}
	return c
}

// homeHostCanon is a host's canon without the zone a home or office
// network adds: "kofis-mbp.local" is the machine "kofis-mbp" (Bonjour),
// "nas.fritz.box" is "nas". Detectors learn and find either form, in
// either order; one machine gets one pseudonym.
func homeHostCanon(canon string) string {
	for _, z := range homeSuffixes {
		if len(canon) > len(z) && strings.HasSuffix(canon, z) {
			return canon[:len(canon)-len(z)]
		}
	}
	return canon
}

func (s *Session) pseudonymLookup(class, canon string) pseudonymID {
	if class == ClassUser {
		canon = s.userAlias(canon)
	} else if class == ClassHost {
		canon = homeHostCanon(canon)
	}
	s.pkey = append(append(append(s.pkey[:0], class...), 0), canon...)
	h := maphash.Bytes(s.hseed, s.pkey)
	if id, ok := s.pseudo[h]; ok {
		return id
	}
	if len(s.pseudo) >= maxPseudonyms {
		// A huge input with millions of distinct values (a session id on
		// every line of a 2 GiB log) would grow the table without bound.
		// Past the cap, the pseudonym is a keyed hash of the value: still
		// the same for the same value within this session, unrelated
		// across sessions, and it costs no memory.
		return pseudonymID{class: class, n: h & (1<<48 - 1), hashed: true}
	}
	s.next[class]++
	id := pseudonymID{class: class, n: uint64(s.next[class])}
	s.pseudo[h] = id
	return id
}

// userAlias returns the user a learned name is a spelling of: the
// account whose name or name part the name folds to ("Adébáyọ̀", or the
// surname of "Oluwaseun Adébáyọ̀", of seun.adebayo), else canon itself.
func (s *Session) userAlias(canon string) string {
	if len(s.squashed) == 0 {
		return canon
	}
	var buf [64]byte
	if sq, ok := squash(buf[:0], []byte(canon)); ok && len(sq) >= 3 && len(sq) <= 63 {
		// (a name of three letters only when one of the two has letters
		// outside ASCII: "Zoë" of zoe, "lea" of Léa)
		if c, found := s.squashed[string(sq)]; found && c != canon && (len(sq) >= 4 || !isASCII(c) || !isASCII(canon)) {
			return c
		}
	}
	// a full name: its last word, the surname
	k := strings.LastIndexByte(canon, ' ')
	if k <= 0 {
		return canon
	}
	last, ok := squash(buf[:0], []byte(canon[k+1:]))
	if !ok || len(last) < 4 || len(last) > 63 {
		return canon
	}
	if c, found := s.squashed[string(last)]; found && c != canon {
		return c
	}
	// a first name and surname an account abbreviates (tmokoena,
	// thandekam: learnInitials), as initialName reads them in text, where
	// another detector found the name ("Thanks, Thandeka Mokoena")
	if sp := strings.IndexByte(canon, ' '); sp > 0 {
		var fb [64]byte
		if first, ok := squash(fb[:0], []byte(canon[:sp])); ok && len(first) >= 3 {
			// (the keys learnInitials wrote, on the stack)
			var kb [66]byte
			if c, found := s.squashed[string(append(append(append(kb[:0], '^'), first[0]), last...))]; found && c != canon {
				return c
			}
			if c, found := s.squashed[string(append(append(append(kb[:0], '$'), first...), last[0]))]; found && c != canon {
				return c
			}
		}
	}
	if isASCII(canon) || len(last) < 5 {
		return canon
	}
	// an accented name and an account that joins its surname to the
	// given name, or to its start or initial, without a separator
	// (seunadebayo, oadebayo of "Oluwaseun Adébáyọ̀", sadebayo of "Seun
	// Adébáyọ̀")
	var fb [64]byte
	first, ok := squash(fb[:0], []byte(canon[:strings.IndexByte(canon, ' ')]))
	if !ok || len(first) == 0 {
		return canon
	}
	given := func(r string) bool {
		return strings.HasPrefix(string(first), r) || len(r) >= 3 && strings.HasSuffix(string(first), r)
	}
	best := ""
	for key, c := range s.squashed {
		if len(key) <= len(last) || c == canon || !isASCII(c) || best != "" && c >= best {
			continue
		}
		if strings.HasSuffix(key, string(last)) && given(key[:len(key)-len(last)]) ||
			strings.HasPrefix(key, string(last)) && given(key[len(last):]) {
			best = c // the least, whatever the map's order
		}
	}
	if best != "" {
		return best
	}
	return canon
}

// pseudonym returns the consistent replacement for value in class.
func (s *Session) pseudonym(class, canon string) string {
	return string(s.pseudonymOf(class, canon).append(nil))
}

func (s *Session) allowed(v string) bool {
	if len(s.allow) == 0 {
		return false
	}
	return s.allow[strings.ToLower(strings.TrimSpace(v))]
}

// canonical is the pseudonym key of a value: case-insensitive.
func canonical(v string) string {
	if isASCII(v) {
		return asciiLower(v)
	}
	return strings.ToLower(v)
}

// genericUsers are account names that identify nobody; they are kept so that
// "build", "root" or "USER" placeholders do not wreck a report.
var genericUsers = map[string]bool{
	"root": true, "admin": true, "administrator": true, "user": true, "users": true,
	"guest": true, "public": true, "shared": true, "default": true, "default user": true,
	"all users": true, "defaultapppool": true, "ubuntu": true, "runner": true, "build": true,
	"builder": true, "buildbot": true, "jenkins": true, "vagrant": true, "docker": true,
	"ec2-user": true, "pi": true, "test": true, "tester": true, "localservice": true,
	"networkservice": true, "systemprofile": true, "system": true, "nobody": true,
	"daemon": true, "www-data": true, "username": true, "your_user": true, "yourname": true,
	"me": true, "home": true, "local": true, "appdata": true, "desktop": true,
	"documents": true, "library": true, "null": true, "none": true, "unknown": true,
	"mobile": true, "runneradmin": true, "travis": true, "circleci": true, "gitlab-runner": true,
	"containeradministrator": true, "containeruser": true, "wineuser": true, "steamuser": true,
	"current": true, "logs": true, "log": true, "tmp": true, "temp": true, "music": true,
	"data": true, "work": true, "main": true, "name": true, "true": true, "false": true,
	// a manual's example ("login myself" in netrc(5)'s): a word
	"myself": true, "yourself": true,
	// a sign-in's state where its account would be ("Logged in: Offline")
	"offline": true, "online": true, "pending": true,
	// FTP's and many services' account for guests ("user: anonymous"):
	// learned, "anonymous access" and "anonymous structs" lost the word
	"anonymous": true,
	// a manual's placeholder ("--owner=package" in dpkg-deb(1)'s index)
	"package": true,
	// default accounts of OS images, containers, sandboxes and CI (Steam
	// Deck, ChromeOS, Kali, Jupyter, Codespaces, Windows Sandbox, cloud
	// and board images): the same on every such machine, and words
	// ("deck", "steam", "node") that symbols hold
	"deck": true, "steam": true, "chronos": true, "kali": true, "jovyan": true, "codespace": true,
	"codespaces": true, "defaultuser0": true, "defaultuser100000": true, "defaultaccount": true,
	"wdagutilityaccount": true, "wsiaccount": true, "liveuser": true, "live": true, "mint": true,
	// every Active Directory domain's ticket-granting account (net group)
	"krbtgt": true,
	// Windows' built-in Administrator and Guest in other languages (fr,
	// es, pt, sv; de, nl; pl, tr, ru)
	"administrateur": true, "administrador": true, "administratör": true, "invité": true, "invitado": true,
	"convidado": true, "gäst": true, "gast": true, "gość": true, "konuk": true, "администратор": true, "гость": true,
	// (and as Chinese, Japanese and Korean UIs write the roles)
	"管理员": true, "管理員": true, "管理者": true, "관리자": true, "来宾": true, "來賓": true, "ゲスト": true, "게스트": true,
	// the real names (dscl's RealName, a passwd row's gecos) of macOS's
	// built-in root, nobody and daemon
	"system administrator": true, "unprivileged user": true, "system services": true,
	"amnesia": true, "linuxbrew": true, "azureuser": true, "cloud-user": true, "opc": true, "centos": true, "fedora": true,
	"debian": true, "core": true, "alarm": true, "vscode": true, "gitpod": true, "node": true,
	"vboxuser": true, "nvidia": true, "dietpi": true, "osmc": true, "orangepi": true, "odroid": true,
	// music players' and DJ boxes' images (Volumio, Patchbox OS), Jetson
	"volumio": true, "patch": true, "jetson": true,
	// the login Icecast takes a stream under (Mixxx's, butt's, Traktor's
	// broadcast settings): the same for every broadcaster
	"source": true,
	// Debian's mailing list manager's system account (passwd's "list"),
	// and words that manuals and code put where a login stands
	// ("the test suite", "you", "DEPRECATED", "cmd")
	"list": true, "you": true, "test suite": true, "deprecated": true, "cmd": true,
	// dependency and CI bots that author commits ("Author: Dependabot
	// <support@github.com>", git's "user.name=github-actions"): a
	// program's account, the same in every repository
	"dependabot": true, "renovate": true, "renovate-bot": true, "github-actions": true, "pre-commit-ci": true,
	"mergify": true, "greenkeeper": true,
	"linaro": true, "ubnt": true, "pirate": true, "buildkite-agent": true, "appveyor": true,
	"cloudshell-user": true, "vsts": true, "azdouser": true,
	// Windows event log channels (a "LogName" key's value in event
	// exports): learned as a user, they would wreck every message
	"application": true, "security": true, "setup": true, "forwardedevents": true,
	// Windows' well-known principals, what schtasks /query /v's "Run As
	// User", sc qc's SERVICE_START_NAME and an event's "Account Name"
	// hold for no person: learned, "INTERACTIVE" and "Administrators"
	// would go from every line
	"localsystem": true, "local system": true, "interactive": true, "local service": true,
	"network service": true, "administrators": true, "anonymous logon": true, "trustedinstaller": true,
	"creator owner": true, "iusr": true,
	// Windows' built-in and domain groups, as icacls, Get-Acl's "Owner:"
	// and an event's "Account:" name them ("CORP\\Domain Admins",
	// "BUILTIN Administrators", "Trusted Installer"), and the account
	// kind Apple's logs name ("account: Apple ID"): no person
	"domain admins": true, "domain users": true, "domain guests": true, "domain computers": true,
	"domain controllers": true, "enterprise admins": true, "schema admins": true, "key admins": true,
	"enterprise key admins": true, "authenticated users": true, "trusted installer": true,
	"builtin administrators": true, "builtin users": true, "builtin guests": true, "power users": true,
	"remote desktop users": true, "backup operators": true, "account operators": true,
	"server operators": true, "print operators": true, "protected users": true, "cert publishers": true,
	"group policy creator owners": true, "creator group": true, "this organization": true, "apple id": true,
	"hardware events": true, "internet explorer": true, "key management service": true,
	"windows powershell": true,
	// documentation's placeholder accounts ("# User \"foo\" should …" in
	// /etc/security/access.conf): learned, "/foo/bar" and "foo" would go
	"foo": true, "bar": true, "baz": true, "qux": true, "foobar": true, "example": true, "someuser": true,
	// the schemes of services' URNs, which a user key's value cut at its
	// colon would leave ("owner=soundcloud:users:123456789",
	// "spotify:user:kofimensah": the account is the URN's last part)
	"soundcloud": true, "spotify": true,
	// the accounts Unix systems run services as, in ls -l's owner column
	// ("d-wxrwxr-x 2 ftp wheel … incoming"); and variables source code
	// assigns to a user key ("fullname = filename")
	"ftp": true, "bin": true, "sys": true, "mail": true, "news": true, "uucp": true, "games": true,
	"lp": true, "operator": true, "sshd": true, "postfix": true,
	"filename": true, "fname": true, "pathname": true, "basename": true, "dirname": true,
	// words a key's value can be in prose ("match both \"Author:\" and
	// \"author\"", chown's "user:group"): learned, they would go everywhere
	"and": true, "or": true, "the": true, "of": true, "to": true, "in": true, "on": true, "for": true,
	"with": true, "is": true, "are": true, "was": true, "be": true, "by": true, "at": true, "as": true,
	"if": true, "not": true, "no": true, "yes": true, "group": true, "groups": true, "owner": true,
	"everyone": true, "anyone": true, "all": true, "any": true, "other": true, "others": true,
	// Slack's, Discord's and Teams' mentions of a whole room ("@here",
	// "@channel"): no account
	"here": true, "channel": true,
	// Teams' and Zoom's tags of an account's kind after its display
	// name ("Emeka Obi (External)"; "guest" is above)
	"external": true, "unverified": true,
	// what a license's holder or a contact reads when there is no
	// person ("Licensed to: Evaluation", "Registered to: Trial Version",
	// "Contact: support"): learned, "trial" and "support" would go from
	// every line of the report
	"evaluation": true, "evaluation version": true, "trial": true, "trial version": true, "demo": true,
	"demo version": true, "unregistered": true, "unlicensed": true, "not registered": true,
	// (and so in the apps' other languages: "Lizenznehmer: nicht
	// registriert", "Licencié à : non enregistré", "Licenciado para: no
	// registrado"); a dash where there is none ("Registered to: —")
	"nicht registriert": true, "nicht lizenziert": true, "unregistriert": true, "testversion": true,
	"demoversion": true, "non enregistré": true, "non enregistrée": true, "version d'évaluation": true,
	"no registrado": true, "não registrado": true, "não registado": true, "non registrato": true,
	"versione di prova": true, "niet geregistreerd": true, "proefversie": true, "niezarejestrowany": true,
	"wersja próbna": true, "kayıtsız": true, "deneme sürümü": true, "—": true, "–": true,
	// the kind of account or its plan where an account would stand
	// ("Account: Personal", OneDrive's; "Account: Premium", a streaming
	// service's; "Account: Microsoft", Windows'): learned, "Pro" went
	// from "Serato DJ Pro" and "Microsoft" from every line
	"personal": true, "business": true, "family": true, "premium": true, "free": true, "student": true,
	"duo": true, "pro": true, "standard": true, "enterprise": true, "basic": true, "plus": true,
	"individual": true, "hifi": true, "hifi plus": true, "microsoft": true, "education": true, "school": true,
	"professional": true, "starter": true, "creator": true, "unlimited": true,
	"support": true, "support team": true, "customer support": true, "technical support": true,
	"helpdesk": true, "help desk": true, "service desk": true, "main output": true, "main input": true,
	// a preset's or a sample's maker when it came with the app
	"factory": true, "factory library": true, "built-in": true, "builtin": true,
	// usage text and examples: "curl -u user:password", `--user
	// "key:secret"`, "the --user option", "--user Install into …",
	// "a subsequent --user argument": the secret's key or the option's
	// own name where an account would stand
	"password": true, "passwd": true, "pass": true, "key": true, "apikey": true, "token": true,
	"option": true, "options": true, "argument": true, "arguments": true, "flag": true, "flags": true,
	"parameter": true, "install": true, "dir": true,
	// a message where a user key's value would stand ("user: failed to
	// log in", "login: failed for kofi", "User: Connection lost", "owner:
	// changed to …")
	"failed": true, "failure": true, "connection": true, "changed": true, "unreachable": true,
	"unavailable": true, "timeout": true, "refused": true, "invalid": true, "missing": true, "empty": true,
	"unset": true, "cannot": true, "denied": true, "locked": true, "expired": true,
	// databases' own superusers ("psql -U postgres"; SQL Server's and
	// Sybase's "Login failed for user 'sa'.")
	"postgres": true, "mysql": true, "mariadb": true, "sa": true,
	// a track's tags when nobody filled them ("Author: Unknown Artist")
	"unknown artist": true, "various artists": true, "various": true, "unknown album": true, "untitled": true,
}

var genericHosts = map[string]bool{
	"localhost": true, "localhost.localdomain": true, "localdomain": true, "local": true, "wsl.localhost": true, "wsl$": true,
	// Windows' name for the computer in Explorer ("Computer: This PC")
	"this pc": true, "this computer": true, "my computer": true, "this": true, "my": true,
	// system_profiler's "machine_name": the model, not the computer's name
	"macbook pro": true, "macbook air": true, "macbook": true, "imac": true, "imac pro": true, "mac mini": true,
	"mac pro": true, "mac studio": true,
	// a proxy list's keywords (GOPROXY="https://proxy.golang.org,direct")
	"direct": true, "off": true,
	"host": true, "unknown": true, "(none)": true, "none": true, "ubuntu": true, "debian": true,
	"fedora": true, "raspberrypi": true, "kali": true, "archlinux": true, "android": true,
	"iphone": true, "ipad": true, "mac": true, "pc": true, "desktop": true, "laptop": true,
	"windows": true, "linux": true, "darwin": true, "docker": true, "kernel": true,
	"server": true, "computer": true, "machine": true, "hostname": true, "null": true,
	// words of the line "Host: <cpu>, 8 cores" (hs_err) that names no machine
	"cores": true, "core": true,
	"true": true, "false": true, "default": true, "ip6-localhost": true, "broadcasthost": true,
	"wine": true, "container": true, "buildkitsandbox": true, "runner": true, "example.com": true,
	// Windows account domains that name no organisation or machine
	"azuread": true, "builtin": true, "workgroup": true, "nt authority": true, "nt service": true,
	"window manager": true, "font driver host": true, "iis apppool": true, "microsoftaccount": true,
	// the word itself ("USER\\kai"): learned, it would replace "user"
	// everywhere in the report
	"user": true, "users": true,
	// pactl info's "Server Name: PulseAudio (on PipeWire 1.0.5)": the
	// sound server, named in every line about audio
	"pulseaudio": true, "pipewire": true,
	// service names that start many host names (proxy.corp.example.com):
	// on their own they identify nothing
	"proxy": true, "wpad": true, "www": true, "mail": true, "smtp": true, "imap": true, "gateway": true,
	"router": true, "printer": true, "wiki": true, "wsus": true, "nas": true, "ntp": true, "ldap": true, "git": true, "build": true, "api": true, "cdn": true,
	"dns": true, "vpn": true, "intranet": true, "internal": true, "corp": true, "lan": true, "home": true,
	// a caching proxy's, a mirror's or a registry's (Go's proxy tests:
	// "cache.corp.example.com:1234"): learned, "cache miss" lost its word
	"cache": true, "mirror": true, "mirrors": true, "registry": true, "repo": true, "portal": true, "sso": true,
	"static": true, "download": true, "downloads": true, "update": true, "updates": true, "license": true,
	// Windows' folder after a bare "\\" (Go's Getenv("SystemRoot") + "\\system32")
	"system32": true, "syswow64": true,
	// the domains home routers give every client (AVM FRITZ!Box, Telekom
	// Speedport, RFC 8375)
	"fritz.box": true, "speedport.ip": true, "home.arpa": true,
	// log levels: "2024-03-04T10:01:02Z INFO engine: x" has the shape of a
	// syslog line with its host where the level stands
	"info": true, "warn": true, "warning": true, "error": true, "err": true, "debug": true, "trace": true,
	"fatal": true, "notice": true, "crit": true, "critical": true, "verbose": true, "alert": true, "emerg": true,
	"severe": true, "fine": true, "finer": true, "finest": true, "config": true, "panic": true, "dbg": true, "wrn": true,
	"inf": true, "eror": true, "warnings": true, "errors": true, "information": true, "informational": true,
	// usage text: "--proxy-server=host:port", "expected host:port or
	// host:address", "socks://foobar:1080", "host: Either the DNS name
	// …", "hostname: should not …": a placeholder or a sentence's word
	"port": true, "address": true, "addr": true, "foo": true, "bar": true, "baz": true, "foobar": true,
	"example": true, "either": true, "should": true, "must": true, "would": true, "could": true,
	"the": true, "and": true, "or": true, "is": true, "not": true,
	// dpkg's debian/shlibs.local (a file, no mDNS name), a URL's
	// authority in code ("host = authority", Go's net/url)
	"shlibs": true, "authority": true,
	// a message where a host key's value would stand ("host:
	// unreachable", "Host: Connection timed out", "hostname: failed to
	// resolve"): learned, the word would go from every line
	"connection": true, "failed": true, "failure": true, "unreachable": true, "unavailable": true,
	"timeout": true, "refused": true, "invalid": true, "lookup": true, "resolving": true, "reset": true,
	"closed": true, "offline": true, "online": true, "missing": true, "empty": true, "unset": true, "cannot": true,
	// a database server's usual service names ("mysql -h db", docker
	// compose's services)
	"db": true, "database": true, "postgres": true, "mysql": true, "mariadb": true, "redis": true,
	// a proxy setting's modes ("Proxy: auto-detect", "proxy mode: system")
	"auto": true, "auto-detect": true, "autodetect": true, "automatic": true, "manual": true, "system": true,
	// code and tests: a Go struct's field ("DNSStartInfo{Host: name}"), a
	// request line read as a host ("WantProxy: \"GET http://…"), a test
	// request's "Host: test": learned, "name", "http" and "test" would go
	// from every line of the report
	"name": true, "test": true, "http": true, "https": true, "get": true, "post": true, "domain": true,
	"srv": true, "first": true, "second": true, "foo.com": true, "bar.com": true, "example.org": true, "example.net": true,
}

// nameStop are name parts too common to scrub on their own.
var nameStop = map[string]bool{
	"admin": true, "user": true, "test": true, "music": true, "data": true, "home": true,
	"work": true, "temp": true, "main": true, "build": true, "local": true, "desktop": true,
	"server": true, "client": true, "team": true, "info": true, "mail": true, "support": true,
	"office": true, "studio": true, "private": true, "public": true, "shared": true,
	"default": true, "guest": true, "owner": true, "master": true, "laptop": true, "macbook": true,
	"pro": true, "air": true, "mini": true, "windows": true, "linux": true, "apple": true,
	"microsoft": true, "google": true, "intel": true, "system": true, "root": true, "backup": true,
	"files": true, "file": true, "dev": true, "code": true, "source": true, "debug": true,
	"release": true, "error": true, "false": true, "true": true, "null": true, "none": true,
	"name": true, "time": true, "date": true, "user_": true, "with": true, "from": true,
	"this": true, "that": true, "some": true, "rig": true, "book": true, "thread": true,
	"crash": true, "dump": true, "core": true, "frame": true, "stack": true, "mobile": true,
	// a track's version after its DJ's name ("Midnight Drive (Kwesi Edit)"):
	// no surname
	"edit": true, "remix": true, "dub": true, "bootleg": true, "flip": true, "mashup": true, "refix": true,
	"rerub": true, "intro": true, "outro": true, "acapella": true, "instrumental": true, "version": true, "live": true,
	// a DJ's or a producer's handle after their name ("kelechi_beats",
	// "ama.mixes", "kofi_dj", "yaw_official"): no part of a name
	"beats": true, "beat": true, "mixes": true, "mix": true, "dj": true, "djs": true, "sounds": true, "sound": true,
	"audio": true, "official": true, "tunes": true, "vibes": true, "bass": true, "records": true, "productions": true,
	"prod": true, "radio": true, "loops": true, "samples": true, "tv": true, "beatz": true,
	// a producer's preset, rack or sample folder after the name it is
	// made for or by ("Ngozi Pad.adv", "Efua Vocal Chops", "Chidi
	// Drums.adg"): the sound's kind, no surname
	"pad": true, "pads": true, "synth": true, "synths": true, "pluck": true, "plucks": true, "arp": true, "arps": true,
	"chops": true, "vox": true, "vocal": true, "vocals": true, "stab": true, "stabs": true, "chords": true,
	"drums": true, "perc": true, "preset": true, "presets": true, "rack": true,
}

// isGenericUser: a placeholder account, or a word that names the user key
// itself ("usr", "login", "owner"): a value like that identifies nobody,
// and learning it would replace the key wherever it appears.
func isGenericUser(v string) bool {
	// (lowered on the stack: learning a name asks this of each of its
	// parts and spellings, most of them capitalised)
	var lb [64]byte
	return genericUserCanon(appendLowered(lb[:0], v))
}

// genericUserCanon is isGenericUser of c, canonical.
func genericUserCanon(c []byte) bool {
	if genericUsers[string(c)] || codeVars[string(c)] {
		return true
	}
	// a user key ("login") or a build-id key ("UUID", "debugid") is no
	// account, learned it would hide the key it names
	var buf [64]byte
	nk := string(normKey(buf[:0], c))
	k := keyClass(nk, userKeyEnd(nk))
	return k == ClassUser || k == keyKeep || bytes.IndexByte(c, ' ') > 0 && accountKindName(string(c))
}

// userKeyEnd: classifyKey may find k a user key by the words it
// starts or ends with ("sudouser…", "…username", "…owner",
// "…account", "…accountid", "…licensedto"); keyKeep only ever comes
// from a key it names whole.
func userKeyEnd(k string) bool {
	return strings.HasSuffix(k, "to") || strings.HasSuffix(k, "user") || strings.HasSuffix(k, "name") ||
		strings.HasSuffix(k, "owner") || strings.HasSuffix(k, "account") || strings.HasSuffix(k, "accountid") ||
		strings.HasPrefix(k, "sudouser")
}

// orgName: c (canonical) names a company or a team ("owusu sound ltd",
// "nebula security", "fudan university"). Learned, it goes where it is
// written whole, but its words are no name parts: "sound", "security"
// and "university" would go from every line. (A company named after its
// owner is still replaced: "Developer ID Application: Owusu Sound Ltd".)
func orgName(c string) bool {
	if strings.IndexByte(c, ' ') < 0 {
		return false
	}
	if companyName(c) || teamName([]byte(c)) {
		return true
	}
	for _, w := range strings.Fields(c) {
		if orgWords[w] || deviceMakers[w] || brandWords[w] {
			return true // "pioneer dj": "pioneer" would go from every device's name
		}
	}
	return false
}

// accountKindName: c (canonical, two words or more) names a kind of
// account ("free user", "premium member", "local account").
func accountKindName(c string) bool {
	switch c[strings.LastIndexByte(c, ' ')+1:] {
	case "user", "users", "account", "accounts", "member", "members", "guest", "admin", "administrator", "subscriber":
		return true
	}
	return false
}

// companyName: c (canonical) ends with a company's legal form ("apple
// inc", "microsoft corporation").
func companyName(c string) bool {
	k := strings.LastIndexByte(c, ' ')
	if k < 0 {
		return false
	}
	switch strings.TrimSuffix(c[k+1:], ".") {
	case "inc", "corp", "corporation", "llc", "ltd", "limited", "gmbh", "plc", "co", "s.a", "sa", "ag", "bv", "b.v", "srl", "s.r.l", "oy", "ab", "kk", "pty":
		return true
	}
	return false
}
func isGenericHost(v string) bool {
	c := canonical(v)
	// a build-id key word ("UUID") names no machine; learned, it would
	// hide the key it names
	return genericHosts[c] || len(c) <= 24 && keyClass(string(normKey(nil, []byte(c))), false) == keyKeep || storageModel(c) ||
		appleDefaultHost(c)
}

// appleDefaultHost: c (canonical) is the name macOS gives a Mac nobody
// named, its model's ("MacBook-Pro", "Mac-mini-2.local"): shared by
// millions, it names no one, and learned it would hide the model
// wherever a report gives it.
func appleDefaultHost(c string) bool {
	if len(c) > 24 || len(c) < 4 || c[0] != 'm' && c[0] != 'i' {
		return false
	}
	c = strings.TrimSuffix(c, ".local")
	if i := strings.LastIndexByte(c, '-'); i > 0 && allDigits([]byte(c[i+1:])) && i+1 < len(c) {
		c = c[:i]
	}
	if strings.IndexByte(c, '-') < 0 {
		return false
	}
	return genericHosts[strings.ReplaceAll(c, "-", " ")]
}

// storageModel: c (canonical) is a disk's model, as system_profiler's
// "device_name" holds it ("apple ssd ap0512r", "portable ssd t5"): a
// word of storage; a machine's name holds no blank.
func storageModel(c string) bool {
	if strings.IndexByte(c, ' ') < 0 {
		return false
	}
	for _, w := range strings.Fields(c) {
		switch w {
		case "ssd", "hdd", "nvme", "sata", "flash", "disk", "drive", "usb":
			return true
		}
	}
	return false
}
