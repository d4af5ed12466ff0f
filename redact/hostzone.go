package redact

import "bytes"

// internalRoots are the first labels of code's names that end in
// ".internal" (Java's and Kotlin's packages, "jdk.internal", Python's
// "google.protobuf.internal"): no host.
var internalRoots = wordSet(`com org net io java javax kotlin kotlinx androidx android sun jdk google dev app
	microsoft apple mozilla golang scala akka play junit system`)

// internalZoneHost finds a host name in .internal, the zone clouds and
// companies name their private machines in ("build-07.corp.internal",
// GCE's "vm-1.us-central1-a.c.my-project.internal"), ending the word
// [i, j) or before its port: the URL detector reads it only in a URL.
// The zone's public names (host.docker.internal, metadata.google.internal)
// and code's names stay. The caller asks for words ending in ".internal"
// or a port after an 'l' (asked of every word ending in "al", the test
// cost 0.25 % of the scrub).
func (sc *scanner) internalZoneHost(i, j int) {
	b := sc.b
	e := j
	if b[e-1] != 'l' {
		for e > i && isDigit(b[e-1]) {
			e--
		}
		if e-1 <= i || b[e-1] != ':' {
			return
		}
		e--
	}
	const zone = ".internal"
	if e-i < len(zone)+2 || !eqLower(b[e-len(zone):e], zone) {
		return
	}
	q := e - len(zone)
	s := q
	for s > i && (isAlnum(b[s-1]) || b[s-1] == '-' || b[s-1] == '.') {
		s--
	}
	if s == q || b[s] == '.' || b[q-1] == '.' || s > i && (b[s-1] == '/' || b[s-1] == '@' || b[s-1] == '\\' || b[s-1] == '$') {
		return // a path's, a URL's or an address's part: their detectors read it
	}
	for _, c := range b[s:q] {
		if c-'A' < 26 {
			return // code's names capitalise (C#'s "System.Text.Json.Internal"), host names rarely
		}
	}
	if importAt(b, s) {
		return // "from google.protobuf.internal import", "package x.y.internal"
	}
	first := b[s:q]
	if k := bytes.IndexByte(first, '.'); k > 0 {
		first = first[:k]
	}
	var lb [16]byte
	if w := lowerInto(lb[:0], first); w == nil || internalRoots[string(w)] {
		return
	}
	name := string(b[s:e])
	if internalPublic(b[s:q]) || isGenericHost(name) || sc.s.allowed(name) || sc.covered(s) {
		return
	}
	sc.learnHost(name)
	sc.add(s, e, ClassHost, canonical(name))
}

// internalPublic: the name before ".internal" is one the zone's owners
// give every machine (Docker Desktop's host.docker.internal and
// kubernetes.docker.internal, GCE's metadata.google.internal).
func internalPublic(v []byte) bool {
	return bytes.HasSuffix(bytes.ToLower(v), []byte(".docker")) || eqLower(v, "metadata.google") || eqLower(v, "metadata")
}

// importAt: a module's name starts at s, after "import ", "from " or
// "package ".
func importAt(b []byte, s int) bool {
	for _, w := range []string{"import ", "from ", "package "} {
		if s >= len(w) && string(b[s-len(w):s]) == w {
			return true
		}
	}
	return false
}

// portAfterL: the word ending at j ends in "l:" and a port of two to
// four digits ("….internal:443"); j-i >= 11.
func portAfterL(b []byte, j int) bool {
	return b[j-3] == ':' && b[j-4] == 'l' || b[j-4] == ':' && b[j-5] == 'l' || b[j-5] == ':' && b[j-6] == 'l'
}
