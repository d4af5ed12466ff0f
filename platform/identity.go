package platform

import (
	"net"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"strings"
)

// identity is what LocalIdentity hands to the redaction engine, gathered
// without depending on it.
type identity struct {
	UserNames []string
	HostNames []string
	Secrets   []string // machine ids, hardware serials and UUIDs, MAC addresses
}

// gatherIdentity reads the local machine's identifiers. Nothing here may
// ever reach a snapshot; it feeds the redactor only.
func gatherIdentity() identity {
	var id identity
	getenv := os.Getenv
	if u, err := user.Current(); err == nil {
		id.addUser(u.Username)
		id.addUser(u.Name)
		id.addUser(filepath.Base(u.HomeDir))
	}
	for _, k := range []string{"USER", "LOGNAME", "USERNAME", "SUDO_USER"} {
		id.addUser(getenv(k))
	}
	if home, err := os.UserHomeDir(); err == nil {
		id.addUser(filepath.Base(home))
	}
	if h, err := os.Hostname(); err == nil {
		id.addHost(h)
	}
	for _, k := range []string{"HOSTNAME", "COMPUTERNAME", "USERDOMAIN"} {
		id.addHost(getenv(k))
	}
	if ifs, err := net.Interfaces(); err == nil {
		for _, ifc := range ifs {
			if mac := ifc.HardwareAddr.String(); mac != "" && strings.Trim(mac, "0:") != "" {
				id.addSecret(mac)
			}
		}
	}
	osIdentity(&id) // machine ids, serials: per OS
	id.normalise()
	return id
}

// addUser adds an account name, or a full name and its words ("Juan Pérez"
// also gives "Juan" and "Pérez"). Windows "DOMAIN\user" gives both parts.
func (id *identity) addUser(s string) {
	s = strings.Trim(s, ", \t") // GECOS "Full Name,,,"
	if dom, name, ok := strings.Cut(s, `\`); ok {
		id.addHost(dom)
		s = name
	}
	// System accounts are not people; checked after the domain is split
	// off so HOST\root is skipped too.
	if s == "" || s == "/" || s == "." || strings.EqualFold(s, "root") || strings.EqualFold(s, "SYSTEM") {
		return
	}
	id.UserNames = append(id.UserNames, s)
	if words := strings.Fields(s); len(words) > 1 {
		for _, w := range words {
			if w = strings.Trim(w, ",."); len([]rune(w)) >= 3 {
				id.UserNames = append(id.UserNames, w)
			}
		}
	}
}

// addHost adds a host name and its short form ("studio.fritz.box" → "studio").
func (id *identity) addHost(s string) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "localhost") || strings.EqualFold(s, "WORKGROUP") {
		return
	}
	id.HostNames = append(id.HostNames, s)
	if short, _, ok := strings.Cut(s, "."); ok && short != "" {
		id.HostNames = append(id.HostNames, short)
	}
}

// addSecret adds a machine identifier unless it is a vendor placeholder
// or too short to be one.
func (id *identity) addSecret(s string) {
	s = strings.TrimSpace(strings.Trim(s, "\x00"))
	if len(s) < 4 || placeholder(s) {
		return
	}
	id.Secrets = append(id.Secrets, s)
	// A 32-hex machine-id is also printed in UUID form (journal, D-Bus).
	if len(s) == 32 && hexID(s, 32) == strings.ToLower(s) {
		id.Secrets = append(id.Secrets, s[:8]+"-"+s[8:12]+"-"+s[12:16]+"-"+s[16:20]+"-"+s[20:])
	}
}

func (id *identity) normalise() {
	for _, l := range []*[]string{&id.UserNames, &id.HostNames, &id.Secrets} {
		slices.Sort(*l)
		*l = slices.Compact(*l)
	}
}
