package receiver

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"crashd/atomicfile"
)

// StateFile is the name of the file in the data directory that holds the
// DSN and the support token.
const StateFile = "receiver.json"

// State is DATA/receiver.json.
type State struct {
	DSN          string `json:"dsn"`
	SupportToken string `json:"support_token"`
}

// DSN is a parsed Sentry DSN.
type DSN struct {
	Scheme, Host, PublicKey, ProjectID string
}

// ParseDSN parses "scheme://key@host/project".
func ParseDSN(s string) (DSN, error) {
	u, err := url.Parse(s)
	if err != nil || u.User == nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return DSN{}, fmt.Errorf("receiver: bad DSN %q", s)
	}
	p := strings.Trim(u.Path, "/")
	if i := strings.LastIndex(p, "/"); i >= 0 {
		p = p[i+1:]
	}
	if u.User.Username() == "" || p == "" {
		return DSN{}, fmt.Errorf("receiver: bad DSN %q", s)
	}
	return DSN{Scheme: u.Scheme, Host: u.Host, PublicKey: u.User.Username(), ProjectID: p}, nil
}

func (d DSN) String() string {
	return d.Scheme + "://" + d.PublicKey + "@" + d.Host + "/" + d.ProjectID
}

// ServerURL is the base URL of the receiver the DSN points at.
func (d DSN) ServerURL() string { return d.Scheme + "://" + d.Host }

// LoadState reads DATA/receiver.json.
func LoadState(dataDir string) (*State, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, StateFile))
	if err != nil {
		return nil, fmt.Errorf("receiver: %w", err)
	}
	st := &State{}
	if err := json.Unmarshal(b, st); err != nil || st.DSN == "" || st.SupportToken == "" {
		return nil, fmt.Errorf("receiver: %s is damaged", filepath.Join(dataDir, StateFile))
	}
	return st, nil
}

func randomKey(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func randomToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

// ensureState loads the state or makes a new key and token; it writes the
// file (0600, atomically) with the DSN for the address actually served.
// created reports a first start.
func ensureState(dataDir, scheme, host string) (st *State, dsn DSN, created bool, err error) {
	old, err := LoadState(dataDir)
	switch {
	case err == nil:
		d, perr := ParseDSN(old.DSN)
		if perr != nil {
			return nil, DSN{}, false, perr
		}
		dsn = d
		st = old
	case errors.Is(err, fs.ErrNotExist):
		created = true
		dsn = DSN{PublicKey: randomKey(16), ProjectID: "1"}
		st = &State{SupportToken: randomToken()}
	default:
		return nil, DSN{}, false, err
	}
	dsn.Scheme, dsn.Host = scheme, host
	if st.DSN == dsn.String() {
		return st, dsn, created, nil
	}
	st.DSN = dsn.String()
	b, _ := json.MarshalIndent(st, "", "  ")
	if err := atomicfile.WriteFile(filepath.Join(dataDir, StateFile), append(b, '\n'), 0o600); err != nil {
		return nil, DSN{}, false, err
	}
	return st, dsn, created, nil
}

// DefaultDataDir is where crashrecv keeps its data without --data:
// $CRASHRECV_DATA, else crashrecv under the user's config directory.
func DefaultDataDir() string {
	if d := os.Getenv("CRASHRECV_DATA"); d != "" {
		return d
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "crashrecv")
	}
	return "crashrecv-data"
}
