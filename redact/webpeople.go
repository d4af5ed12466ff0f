package redact

// A web server's log names its site's people in the paths it served
// and the referers it got: a profile page one segment after a
// collection of people ("/people/kofi.mensah", "/users/kofi.mensah/
// profile", "/u/kofi_m", "/members/ama-owusu") or after a '~' (Apache's
// UserDir, "/~kofi/"). Such a path is a URL's, never a home folder on
// the machine ("GET /users/settings HTTP/1.1" names no account), and
// its pages ("/users/settings", "/people/search") stay.

// requestPathAt: the path at i follows an HTTP method and a blank, as a
// request line writes it (`"GET /users/… HTTP/1.1"`, a W3C row's
// "GET /u/…"): a URL's path.
func requestPathAt(b []byte, i int) bool {
	if i < 4 || b[i-1] != ' ' {
		return false
	}
	s := i - 1
	for s > 0 && i-s < 13 && (b[s-1] >= 'A' && b[s-1] <= 'Z' || b[s-1] == '_') {
		s--
	}
	if s > 0 && b[s-1] != '"' && b[s-1] != ' ' && !lineBreak(b[s-1]) {
		return false
	}
	return httpMethods[string(b[s:i-1])]
}

// peopleCollections are the path segments, lowercased with their '/'s,
// after which a site's path names one of its people.
var peopleCollections = []string{"/people/", "/users/", "/user/", "/u/", "/members/", "/member/", "/profile/",
	"/profiles/", "/~"}

// peoplePages are the segments after a collection of people that are the
// site's pages, not a person's, lowercased.
var peoplePages = wordSet(`me self current new edit create list all index search find settings preferences profile
	profiles account accounts login logout signin signout signup register password reset verify confirm
	invite invites directory admin admins api avatar avatars photo photos images static assets public default
	anonymous guest guests online active recent top popular following followers friends groups teams roles
	sessions activity notifications messages home dashboard show view details info page export import
	sign_in sign_up sign_out sign-in sign-up sign-out password_reset forgot`)

// peoplePath replaces the person a web path in [p, j) names one segment
// after a collection of people (peopleCollections), learned as an
// account is. p starts the path (its first '/').
func (sc *scanner) peoplePath(p, j int) {
	b := sc.b
	for q := p; q+3 < j; q++ {
		if b[q] != '/' {
			continue
		}
		for _, c := range peopleCollections {
			s := matchFold(b, q, c)
			if s < 0 || s > j {
				continue
			}
			e := s
			for e < j && e-s <= 64 && (isAlnum(b[e]) || b[e] == '.' || b[e] == '_' || b[e] == '-') {
				e++
			}
			for e > s && b[e-1] == '.' {
				e--
			}
			if e-s < 2 || e < j && b[e] != '/' && b[e] != '?' && b[e] != '#' && b[e] != ' ' && b[e] != '"' || !isLetter(b[s]) {
				break
			}
			if !peoplePages[asciiLower(string(b[s:e]))] && !pseudonymAt(b, s) && sc.siteHandle(s, e) {
				q = e - 1
			}
			break
		}
	}
}
