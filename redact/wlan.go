package redact

import (
	"bytes"
	"strings"
)

// wpaSecret are wpa_cli set_network's fields that hold a key: the
// passphrase (or its hex), SAE's, EAP's and a WEP key.
var wpaSecret = map[string]bool{"psk": true, "sae_password": true, "password": true, "wep_key0": true, "wep_key1": true,
	"wep_key2": true, "wep_key3": true, "private_key_passwd": true, "private_key2_passwd": true}

// wpaNetworkArg learns and replaces the network named by wpa_cli's
// argument [s, e) after "ssid": '"Okafor Home"' (a shell's quotes around
// wpa_cli's own), "Okafor_Home", or the name in hex.
func (sc *scanner) wpaNetworkArg(s, e int) {
	b := sc.b
	for range 2 {
		if e-s >= 2 && (b[s] == '\'' || b[s] == '"') && b[e-1] == b[s] {
			s, e = s+1, e-1
		}
	}
	if e == s || e-s > 64 || b[s] == '<' || b[s] == '-' || b[s] == '$' {
		return
	}
	if name := hexSSID(b[s:e]); name != "" {
		// wpa_cli writes a name that is no plain text in hex
		if len(name) >= 4 && !sc.s.allowed(name) {
			sc.learnLiteral(ClassNetwork, networkCanon(name), name, false)
		}
		sc.add(s, e, ClassNetwork, networkCanon(name))
		return
	}
	if e-s <= 32 {
		sc.networkSpan(s, e)
	}
}

// netshWlan handles netsh's wlan context, whose word "netsh" is [i, j):
// "netsh wlan connect name=\"Okafor Home\"", "netsh wlan show profile
// name=\"Okafor Home\" key=clear", "netsh wlan delete profile Okafor_Home".
// Windows names a Wi-Fi profile after its network, so the value of
// name= and profile= (and a bare argument after "profile") is learned
// and replaced as the network's; "ssid=" is a key the key detectors see.
func (sc *scanner) netshWlan(i, j int) {
	b := sc.b
	if matchFold(b, j, " wlan ") != j+6 {
		return
	}
	var prev []byte
	for n, p := 0, j+5; n < 16 && p < len(b) && b[p] == ' '; n++ {
		s := p + 1
		if s >= len(b) || lineBreak(b[s]) {
			return
		}
		e := netshArgEnd(b, s)
		if e < 0 {
			return
		}
		arg := b[s:e]
		if k := bytes.IndexByte(arg, '='); k > 0 {
			if (eqLower(arg[:k], "name") || eqLower(arg[:k], "profile")) && s+k+1 < e && b[s+k+1] != '*' {
				sc.networkArg(s + k)
			}
		} else if (eqLower(prev, "profile") || eqLower(prev, "profiles")) && b[s] != '*' {
			sc.networkArg(p)
		}
		prev, p = arg, e
	}
}

// netshArgEnd returns where netsh's argument at s ends, at a blank
// outside quotes (`name="Okafor Home"` is one), or -1 when a quote does
// not close on the line.
func netshArgEnd(b []byte, s int) int {
	e := s
	for e < len(b) && e-s < 300 && b[e] > ' ' && b[e] != 0x7f {
		if b[e] == '"' {
			q := e + 1
			for q < len(b) && q-e < 258 && b[q] != '"' && !lineBreak(b[q]) {
				q++
			}
			if q >= len(b) || b[q] != '"' {
				return -1
			}
			e = q
		}
		e++
	}
	return e
}

// connmanService handles ConnMan's Wi-Fi service ids in the word [i, j)
// (connmanctl's "connect wifi_…", its services list, a D-Bus path
// "/net/connman/service/wifi_…", the settings folder
// "/var/lib/connman/wifi_…/"): "wifi_<interface's MAC>_<SSID in
// hex>_managed_psk". The hex spells the network's name, which is
// learned; the MAC is the machine's.
func (sc *scanner) connmanService(i, j int) {
	b := sc.b
	for k := i; k+5 < j; {
		x := bytes.Index(b[k:j], []byte("wifi_"))
		if x < 0 {
			return
		}
		s := k + x
		k = s + 5
		if s > i && b[s-1] != '/' && b[s-1] != '\'' && b[s-1] != '"' {
			continue
		}
		m := s + 5
		if m+13 > j || !allHex(b[m:m+12]) || b[m+12] != '_' {
			continue
		}
		hs := m + 13
		he := hs
		for he < j && he-hs <= 64 && isHex(b[he]) {
			he++
		}
		if he == j || b[he] != '_' || !(matchFold(b, he+1, "managed_") > 0 || matchFold(b, he+1, "adhoc_") > 0) {
			continue
		}
		sc.addMAC(m, m+12, b[m:m+12])
		if name := hexSSID(b[hs:he]); name != "" && !sc.s.allowed(name) {
			if len(name) >= 4 {
				sc.learnLiteral(ClassNetwork, networkCanon(name), name, false)
			}
			sc.add(hs, he, ClassNetwork, networkCanon(name))
			if s == i && i > 0 && b[i-1] == '[' && (i == 1 || lineBreak(b[i-2])) {
				sc.connmanSettingsName(lineEnd(b, he), networkCanon(name))
			}
		}
		k = he
	}
}

// connmanSettingsName handles the "Name=" line of a ConnMan settings
// file's section, "[wifi_<MAC>_<hex>_managed_psk]", whose header line
// ends at le: the network's name as the user sees it ("Name=Okafor
// Home"), replaced with the pseudonym of the name the hex spells
// (canon) and learned under it.
func (sc *scanner) connmanSettingsName(le int, canon string) {
	b := sc.b
	for n := 0; n < 32 && le < len(b); n++ {
		p := le + 1
		if b[le] == '\r' && p < len(b) && b[p] == '\n' {
			p++
		}
		if p >= len(b) || b[p] == '[' {
			return // the section ends
		}
		le = lineEnd(b, p)
		if le-p > 5 && string(b[p:p+5]) == "Name=" {
			v := string(b[p+5 : le])
			if len(v) > 32 || v[0] == '<' || sc.s.allowed(v) {
				return
			}
			if len(v) >= 4 {
				sc.learnLiteral(ClassNetwork, canon, v, false)
			}
			sc.add(p+5, le, ClassNetwork, canon)
			return
		}
	}
}

// securedNetwork handles the value at p of a key that ends in "network"
// ("Found network: ", "Network: "), a Wi-Fi network's name when its
// security follows it to the line's end: "Okafor-Home-2.4 (WPA2)",
// "Okafor Home [WPA2-PSK-CCMP][ESS]", iwd's "(psk)", "(8021x)". A
// network of another kind ("Found network: eth0", "network: host") has
// none. It returns where the name ends, or -1.
func (sc *scanner) securedNetwork(p int) int {
	b := sc.b
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	le := p
	for le < len(b) && le-p < 80 && !lineBreak(b[le]) {
		le++
	}
	for le > p && (b[le-1] == ' ' || b[le-1] == '\t') {
		le--
	}
	if le == p || le < len(b) && !lineBreak(b[le]) || b[le-1] != ')' && b[le-1] != ']' || b[p] == '<' {
		return -1
	}
	// the security: the last bracket's words, or a flag list's first
	ks := le - 1
	for ks > p && b[ks-1] != '(' && b[ks-1] != '[' {
		ks--
	}
	if b[le-1] == ']' {
		for ks > p+1 && b[ks-2] == ']' {
			ks-- // "[WPA2-PSK-CCMP][ESS]": back to the first flag
			for ks > p && b[ks-1] != '[' {
				ks--
			}
		}
	}
	if ks <= p+1 || b[ks-2] != ' ' && b[ks-2] != '\t' || !networkSecurity(b[ks:le]) {
		return -1
	}
	e := ks - 2
	for e > p && (b[e-1] == ' ' || b[e-1] == '\t') {
		e--
	}
	if e == p || e-p > 32 {
		return -1
	}
	sc.networkSpan(p, e)
	return e
}

// networkSecurity: w, what a bracket opens after a network's name, names
// a Wi-Fi security: "WPA2", "psk", "8021x", "WPA2-PSK-CCMP][ESS" (a flag
// list: its first flag's first part).
func networkSecurity(w []byte) bool {
	var lb [24]byte
	l := lb[:0]
	for _, c := range w {
		if c == ')' || c == ']' || len(l) == len(lb) {
			break
		}
		l = append(l, lower(c))
	}
	if wifiAuth[string(l)] || string(l) == "psk" || string(l) == "8021x" {
		return true
	}
	for _, pre := range []string{"wpa-", "wpa2-", "wpa3-", "wep", "rsn-"} {
		if len(l) > len(pre) && string(l[:len(pre)]) == pre {
			return true
		}
	}
	return false
}

// wifiDaemonTo handles the network a Wi-Fi daemon's line names after
// "Connecting to" or "Connected to", the word [i, j): "iwd[512]:
// Connecting to Okafor_Home", "connmand: Connected to 'Okafor Home'",
// "WiFi: Connecting to Okafor Home (psk)". Elsewhere the words connect
// to a server, a device or a host. It returns where the name ends, or -1.
func (sc *scanner) wifiDaemonTo(i, j int) int {
	b := sc.b
	p := j + 4
	if !(eqLower(b[i:j], "connecting") || eqLower(b[i:j], "connected")) || matchFold(b, j, " to ") != p || p >= len(b) || !wifiDaemonLine(b, i) {
		return -1
	}
	if q := b[p]; q == '\'' || q == '"' {
		e := p + 1
		for e < len(b) && e-p <= 33 && b[e] != q && !lineBreak(b[e]) {
			e++
		}
		if e >= len(b) || b[e] != q || e == p+1 || b[p+1] == '<' {
			return -1
		}
		sc.networkSpan(p+1, e)
		return e + 1
	}
	if p+2 < len(b) && isHex(b[p]) && isHex(b[p+1]) && b[p+2] == ':' {
		return -1 // an access point's address (the MAC detectors')
	}
	for k := p; k < len(b) && k-p < 24 && b[k] > ' '; k++ {
		if b[k] == ':' || b[k] == '=' {
			return -1 // a key: "Connected to SSID: \"x\"" (the key detectors')
		}
	}
	return sc.bareNetwork(p)
}

// wifiDaemonLine: the line before i (read at most 96 bytes back) is a
// Wi-Fi daemon's (iwd, ConnMan, wpa_supplicant, airportd) or names Wi-Fi
// (wifiLineBefore).
func wifiDaemonLine(b []byte, i int) bool {
	ls := i
	for ls > 0 && i-ls < 96 && !lineBreak(b[ls-1]) {
		ls--
	}
	l := b[ls:i]
	for _, d := range []string{"iwd", "connmand", "wpa_supplicant", "airportd", "wifid"} {
		for k := 0; k < len(l); {
			x := bytes.Index(l[k:], []byte(d))
			if x < 0 {
				break
			}
			s, e := k+x, k+x+len(d)
			if (s == 0 || !isAlnum(l[s-1])) && e < len(l) && (l[e] == '[' || l[e] == ':') {
				return true
			}
			k = e
		}
	}
	return wifiLineBefore(b, i)
}

// envNetworkValue: the value at p of a shell's or an env file's
// "NETWORK=" is a Wi-Fi network's name as people write one ("Okafor
// Home", "Okafor_Home_5G"): mixed case, letters first, to the line's end.
// A container's or a VM's network ("host", "bridge", "default", "NAT"),
// an address (ifupdown's "NETWORK=192.168.1.0") and a variable are kept.
func envNetworkValue(b []byte, p int) bool {
	if p >= len(b) || !isLetter(b[p]) {
		return false
	}
	upper, lowerc := false, false
	for e := p; e < len(b) && !lineBreak(b[e]); e++ {
		c := b[e]
		switch {
		case e-p >= 32 || c == '$' || c == '{' || c == '(' || c == '/' || c == ':' || c == '"' || c == '\'':
			return false
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lowerc = true
		}
	}
	return upper && lowerc
}

// networkCanon is the canonical form of a Wi-Fi network's name: one
// network written with blanks, underscores or none between its words
// ("Okafor Home", "Okafor_Home", a hex SSID's "OkaforHome") takes one
// pseudonym.
func networkCanon(v string) string {
	if strings.IndexByte(v, ' ') < 0 && strings.IndexByte(v, '_') < 0 {
		return canonical(v)
	}
	return canonical(strings.NewReplacer(" ", "", "_", "").Replace(v))
}
