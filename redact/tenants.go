package redact

import "bytes"

// Tenants of SaaS services: a company's (or a person's) own subdomain of a
// service it works in names the employer ("acme-studios.slack.com",
// "acme.okta.com", "contoso-music.visualstudio.com"), as does the first
// segment of an Azure DevOps URL ("dev.azure.com/contoso-music/"). The
// tenant's label is replaced; the service's domain and its own hosts
// ("app.slack.com", "login.okta.com", "marketplace.visualstudio.com")
// stay, for a support engineer reads which service failed. SharePoint's
// tenants are oneDrivePersonal's (systools.go).

// tenantZones are the services' domains whose first label names a tenant.
var tenantZones = wordSet(`slack.com okta.com oktapreview.com okta-emea.com zendesk.com atlassian.net jira.com
	visualstudio.com freshdesk.com service-now.com`)

// tenantZoneLast marks the last bytes of the zones' names before ".com"
// or ".net" ("slack", "okta", "atlassian", "visualstudio", "service-now").
var tenantZoneLast = [256]bool{'k': true, 'a': true, 'n': true, 'o': true, 'w': true}

// tenantServiceLabels are the services' own labels: no tenant's.
var tenantServiceLabels = wordSet(`www api apis app apps login logout status files hooks cdn static assets help
	support docs developer developers community auth oauth sso my admin edgeapi wss-primary wss-backup
	wss-mobile downloads download marketplace code update vssps vsrm vsaex aex vsspsext vssh portal id accounts
	account signin signup go blog trust news media img images enterprise slack-files mail mobile web global
	partners partner info events learn academy store shop careers jobs about security privacy legal
	upload uploads slackb edge gateway ws wss socket rtm join files-edge files-origin files-pri files-tmb`)

// tenantLabel returns the end of the tenant's label that starts the host
// h (none: 0): h is TENANT.ZONE or TENANT.LABEL.ZONE…, the labels between
// the service's own.
func tenantLabel(h []byte) int {
	d1 := bytes.LastIndexByte(h, '.')
	if d1 < 3 {
		return 0
	}
	d2 := bytes.LastIndexByte(h[:d1], '.')
	if d2 < 2 || len(h)-d2 > 18 {
		return 0
	}
	var lb [24]byte
	if w := lowerInto(lb[:0], h[d2+1:]); w == nil || !tenantZones[string(w)] {
		return 0
	}
	k := bytes.IndexByte(h, '.')
	for p := k + 1; p < d2; {
		q := p + bytes.IndexByte(h[p:d2+1], '.')
		if w := lowerInto(lb[:0], h[p:q]); w == nil || !tenantServiceLabels[string(w)] {
			return 0 // "x.y.slack.com": whose y is, is unclear
		}
		p = q + 1
	}
	if k < 2 || h[0] == '<' {
		return 0
	}
	for _, c := range h[:k] {
		if !isAlnum(c) && c != '-' {
			return 0
		}
	}
	if w := lowerInto(lb[:0], h[:k]); w == nil || tenantServiceLabels[string(w)] {
		return 0
	}
	return k
}

// tenantAt replaces the tenant's label [s, e): learned where it is
// distinctive ("contoso-music", "dev-123456"); a word ("acme",
// "kubernetes", a community's workspace) is replaced where it is named
// only, for learned it would go from every sentence.
func (sc *scanner) tenantAt(s, e int) {
	v := string(sc.b[s:e])
	if sc.s.allowed(v) || pseudonymAt(sc.b, s) {
		return
	}
	canon := canonical(v)
	if e-s >= 5 && bytes.ContainsAny(sc.b[s:e], "-0123456789") {
		sc.learnLiteral(ClassOrg, canon, v, false)
	}
	sc.add(s, e, ClassOrg, canon)
}

// tenantWord replaces the tenant of a host name ending the word [i, j)
// ("workspace acme-studios.slack.com", "https://acme.okta.com"); a URL
// with a path is tenantURL's. The caller checked the word has a dot, is
// 10 bytes long or more and ends in '.', two bytes, and 'm' or 't'.
func (sc *scanner) tenantWord(i, j int) {
	b := sc.b
	if c := b[j-3]; c != 'c' && c != 'n' || !tenantZoneLast[b[j-5]] {
		return // no ".com", ".net", or no zone's
	}
	s := j
	for s > i && j-s < 80 && isDomainChar(b[s-1]) {
		s--
	}
	if s > i && b[s-1] == '@' {
		return // an address: the e-mail detector's
	}
	if k := tenantLabel(b[s:j]); k > 0 {
		sc.tenantAt(s, s+k)
	}
}

// tenantPath replaces the tenant of a host name that starts the word
// [i, j) before a path, without a scheme ("acme.okta.com/app/UserHome").
func (sc *scanner) tenantPath(i, j int) {
	b := sc.b
	k := bytes.IndexByte(b[i:j], '/')
	if k < 9 {
		return
	}
	e := i + k
	if c := b[e-1]; b[e-4] != '.' || c != 'm' && c != 't' || !tenantZoneLast[b[e-5]] {
		return
	}
	for _, c := range b[i:e] {
		if !isDomainChar(c) {
			return
		}
	}
	if n := tenantLabel(b[i:e]); n > 0 {
		sc.tenantAt(i, i+n)
	}
}

// tenantURL replaces the tenant a URL names by its host h (whose path
// starts at p, the word ending at j): its label, or the organisation an
// Azure DevOps URL names first in its path ("https://dev.azure.com/
// contoso-music/Mixer/_git/engine"; the service's own segments start
// with '_': "_apis", "_signin"), or a Slack invitation its workspace
// ("https://join.slack.com/t/acme-studios/shared_invite/…").
func (sc *scanner) tenantURL(h []byte, p, j int) {
	b := sc.b
	if len(h) < 10 || h[len(h)-4] != '.' {
		return
	}
	if k := tenantLabel(h); k > 0 {
		hs := cap(b) - cap(h)
		sc.tenantAt(hs, hs+k)
		return
	}
	s := p + 1
	if eqLower(h, "join.slack.com") {
		// an invitation names the workspace: "/t/acme-studios/shared_invite/…"
		if j-p < 5 || b[p+1] != 't' || b[p+2] != '/' {
			return
		}
		s = p + 3
	} else if !devopsHost(h) {
		return
	}
	e := s
	for e < j && e-s <= 64 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_' || b[e] == '.') {
		e++
	}
	if e == s || b[s] == '_' || e < j && b[e] != '/' && b[e] != '?' && b[e] != '#' {
		return
	}
	sc.tenantAt(s, e)
}

// devopsHost: h is Azure DevOps' ("dev.azure.com", "vsrm.dev.azure.com").
func devopsHost(h []byte) bool {
	const devops = "dev.azure.com"
	return len(h) >= len(devops) && eqLower(h[len(h)-len(devops):], devops) && (len(h) == len(devops) || h[len(h)-len(devops)-1] == '.')
}

// devopsSSH replaces the organisation of an Azure DevOps SSH remote in the
// word [i, j) ("git@ssh.dev.azure.com:v3/contoso-music/Mixer/engine",
// the older "contoso-music@vs-ssh.visualstudio.com:v3/…"): the first
// segment after "v3/".
func (sc *scanner) devopsSSH(i, j int) {
	b := sc.b
	k := bytes.Index(b[i:j], []byte(".com:v3/"))
	if k < 0 {
		return
	}
	k += i + 4 // the colon
	if !bytes.HasSuffix(b[i:k], []byte("@ssh.dev.azure.com")) && !bytes.HasSuffix(b[i:k], []byte("@vs-ssh.visualstudio.com")) {
		return
	}
	s := k + 4
	e := s
	for e < j && e-s <= 64 && (isAlnum(b[e]) || b[e] == '-' || b[e] == '_' || b[e] == '.') {
		e++
	}
	if e > s && e < j && b[e] == '/' {
		sc.tenantAt(s, e)
	}
}

// escapedTenants replaces the tenants of the URLs in the word [i, j)
// written with JSON's escaped slashes ("https:\/\/acme-studios.slack.com\/",
// a Slack API response an SDK logs): urlHosts reads "://" only.
func (sc *scanner) escapedTenants(i, j int) {
	b := sc.b
	for off := i; ; {
		k := bytes.Index(b[off:j], []byte(`:\/\/`))
		if k < 0 {
			return
		}
		s := off + k + 5
		e := s
		for e < j && isDomainChar(b[e]) {
			e++
		}
		if e-s >= 10 && b[e-4] == '.' && (e == j || b[e] == '\\' || b[e] == '"' || b[e] == ':') {
			if n := tenantLabel(b[s:e]); n > 0 {
				sc.tenantAt(s, s+n)
			}
		}
		off = e
	}
}
