package redact

import "bytes"

// sshRemote handles VS Code's Remote-SSH authority in the word [i, j):
// "ssh-remote+kofi-homelab" (Remote-SSH's log: `SSH Resolver called for
// "ssh-remote+kofi-homelab"`, the window log's "Resolving ssh remote
// authority 'ssh-remote+…'") or a folder's URI, "vscode-remote://ssh-
// remote+kofi-homelab/home/…". What follows the '+' is the ssh host, as
// ~/.ssh/config or the user named it: replaced as a host, and learned.
// VS Code writes a name with capitals or odd bytes as the hex of a JSON
// object instead ("ssh-remote+7b22686f73744e616d65223a…7d", that is
// {"hostName":"Kofi-PC"}): the hex goes whole, as the host it names.
// A user@host is the ssh target's detectors', a generic name stays.
func (sc *scanner) sshRemote(i, j int) {
	b := sc.b
	s := i
	if b[s] == 'v' {
		if j-s < 28 || string(b[s:s+16]) != "vscode-remote://" {
			return
		}
		s += 16
	}
	if j-s < 12 || string(b[s:s+11]) != "ssh-remote+" {
		return
	}
	s += 11
	e := s
	for e < j && b[e] != '/' && b[e] != '\\' {
		e++
	}
	h := b[s:e]
	if len(h) >= 8 && string(h[:4]) == "7b22" && len(h)%2 == 0 {
		if name := hexHostName(h); name != "" {
			sc.learnHost(name)
			sc.add(s, e, ClassHost, canonical(name))
		}
		return
	}
	if bytes.IndexByte(h, '@') >= 0 {
		return // "ssh-remote+kai@10.0.0.5": the ssh target's detectors
	}
	if isDigit(h[0]) {
		// "ssh-remote+10.0.0.5": the address (after a '+', the address
		// detector reads a version's build metadata)
		if q, ok := parseQuad(b, s); ok && q == e && !keepIP(h) && !sc.s.allowed(string(h)) {
			sc.add(s, e, ClassIP, string(h))
		}
		return
	}
	sc.hostSpan(s, e)
}

// hexHostName decodes the hex of a Remote-SSH authority's JSON,
// {"hostName":"Kofi-PC"} (and perhaps "user" and "port" after it), and
// returns its host name, or "" (no such JSON, or a name that holds
// more than a host's bytes).
func hexHostName(h []byte) string {
	if len(h) > 512 {
		return ""
	}
	var buf [256]byte
	js := buf[:0]
	for k := 0; k+1 < len(h); k += 2 {
		hi, lo := hexVal[h[k]], hexVal[h[k+1]]
		if hi < 0 || lo < 0 {
			return ""
		}
		js = append(js, byte(hi)<<4|byte(lo))
	}
	const key = `{"hostName":"`
	if !bytes.HasPrefix(js, []byte(key)) {
		return ""
	}
	v := js[len(key):]
	q := bytes.IndexByte(v, '"')
	if q <= 0 {
		return ""
	}
	for _, c := range v[:q] {
		if !isDomainChar(c) && c != '_' {
			return ""
		}
	}
	return string(v[:q])
}
