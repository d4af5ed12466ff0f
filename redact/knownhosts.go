package redact

import "bytes"

// knownHostsLine reads an OpenSSH known_hosts line whose key type is the
// word [i, j) ("nas.mensah.home,192.168.1.20 ssh-ed25519 AAAA…"): the
// hosts of its first field are learned and replaced (the addresses are
// the IP detector's), a hashed entry's salt and hash ("|1|salt|hash"; a
// dictionary reverses it) replaced, and the host key. The host key is
// replaced as a host: it names the server as its name does (scans index
// servers by it), and it is public, no secret; one server's key under two
// names gets one pseudonym. Well-known code hosts (github.com) stay, with
// their keys. authorized_keys' options ("no-pty,from=…") are no hosts.
func (sc *scanner) knownHostsLine(i, j int) {
	b := sc.b
	if !sshKeyType(b[i:j]) || j+5 >= len(b) || b[j] != ' ' || string(b[j+1:j+5]) != "AAAA" {
		return
	}
	fe := i - 1
	fs := fe
	for fs > 0 && b[fs-1] > ' ' && fe-fs < 2048 {
		fs--
	}
	if fs == fe {
		return
	}
	if fs > 0 && !lineBreak(b[fs-1]) {
		// "@cert-authority *.kofi.dev ssh-rsa …", "@revoked host …"
		ms := lineStartOf(b, fs-1)
		if b[fs-1] != ' ' || !(string(b[ms:fs-1]) == "@cert-authority" || string(b[ms:fs-1]) == "@revoked") {
			return
		}
	}
	f := b[fs:fe]
	if bytes.HasPrefix(f, []byte("|1|")) {
		if len(f) > 8 && bytes.IndexByte(f[3:], '|') > 0 && !pseudonymAt(b, fs+3) {
			sc.add(fs+3, fe, ClassHost, string(f[3:]))
			sc.hostKey(j + 1)
		}
		return
	}
	if bytes.ContainsAny(f, "=\"<") {
		return // authorized_keys' options, or what a first pass replaced
	}
	public := false
	for p := fs; p < fe; {
		e := p
		for e < fe && b[e] != ',' {
			e++
		}
		hs, he := p, e
		if hs < he && b[hs] == '!' {
			hs++ // a negated pattern
		}
		if hs < he && b[hs] == '[' {
			if k := bytes.IndexByte(b[hs:he], ']'); k > 0 {
				hs, he = hs+1, hs+k // [git.kofi.dev]:2222
			}
		}
		h := b[hs:he]
		switch {
		case sshOptions[string(h)] || bytes.HasPrefix(h, []byte("no-")):
			return
		case bytes.ContainsAny(h, "*?:[]") || isIPv4Literal(string(h)) || len(h) == 0:
			// a pattern, an address (the IP detector's)
		case publicSSHHosts[asciiLower(string(h))]:
			public = true
		default:
			sc.hostAt(hs, he)
		}
		p = e + 1
	}
	if !public {
		sc.hostKey(j + 1)
	}
}

// hostKey replaces the base64 host key starting at p.
func (sc *scanner) hostKey(p int) {
	b := sc.b
	e := p
	for e < len(b) && (isAlnum(b[e]) || b[e] == '+' || b[e] == '/' || b[e] == '=') {
		e++
	}
	if e-p >= 40 {
		sc.add(p, e, ClassHost, string(b[p:e]))
	}
}

// sshKeyType: w names an OpenSSH public key's type.
func sshKeyType(w []byte) bool {
	switch {
	case bytes.HasPrefix(w, []byte("ssh-")):
		w = w[4:]
	case bytes.HasPrefix(w, []byte("ecdsa-sha2-")), bytes.HasPrefix(w, []byte("sk-")):
		return true
	default:
		return false
	}
	return bytes.HasPrefix(w, []byte("rsa")) || bytes.HasPrefix(w, []byte("ed25519")) || bytes.HasPrefix(w, []byte("dss")) || bytes.HasPrefix(w, []byte("ed448"))
}

// sshOptions are authorized_keys' options without a value.
var sshOptions = wordSet(`agent-forwarding cert-authority port-forwarding pty restrict user-rc x11-forwarding
	touch-required verify-required`)

// publicSSHHosts are code hosts whose keys are in everyone's known_hosts:
// they name no one's server.
var publicSSHHosts = wordSet(`github.com ssh.github.com gitlab.com altssh.gitlab.com bitbucket.org
	altssh.bitbucket.org ssh.dev.azure.com vs-ssh.visualstudio.com codeberg.org git.sr.ht gitee.com
	aur.archlinux.org heroku.com source.developers.google.com`)
