package consent

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/BurntSushi/toml"
)

// Policy is the machine policy set by an administrator. It always wins over
// the user's setting.
type Policy struct {
	HasMax   bool   `json:"has_max,omitempty"`
	Max      Level  `json:"max_level"`
	HasForce bool   `json:"has_force,omitempty"`
	Force    Level  `json:"force_level"`
	Endpoint string `json:"endpoint,omitempty"` // pinned DSN, URL or host
	Source   string `json:"source,omitempty"`   // where it came from: file path, registry key
	// Err is set when a policy exists but cannot be read or understood. The
	// store then fails closed (effective level off): an admin who wrote a
	// policy meant to restrict, and a typo must not lift the restriction.
	Err string `json:"error,omitempty"`
}

// Apply returns the effective level for a user level under p.
func (p Policy) Apply(user Level) Level {
	switch {
	case p.Err != "":
		return Off
	case p.HasForce:
		return p.Force
	case p.HasMax && user > p.Max:
		return p.Max
	}
	return user
}

// check says why the user may not choose l, or nil.
func (p Policy) check(l Level) error {
	switch {
	case p.HasForce && l != p.Force:
		return fmt.Errorf("%w: the administrator forces consent to %q (%s)", ErrPolicy, p.Force, p.Source)
	case p.HasMax && l > p.Max:
		return fmt.Errorf("%w: the administrator allows at most %q (%s)", ErrPolicy, p.Max, p.Source)
	}
	return nil
}

// ErrPolicy is wrapped by Set's error when the machine policy refuses a level.
var ErrPolicy = errors.New("consent: refused by machine policy")

type policyFile struct {
	MaxLevel   *string `toml:"max_level"`
	ForceLevel *string `toml:"force_level"`
	Endpoint   *string `toml:"endpoint"`
}

// LoadPolicyFile reads a TOML policy file. A missing file (or an empty path)
// is no policy; any other problem is returned in Policy.Err (fail closed).
func LoadPolicyFile(path string) Policy {
	if path == "" {
		return Policy{}
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Policy{}
	}
	p := Policy{Source: path}
	if err != nil {
		p.Err = fmt.Sprintf("consent: policy %s: %v", path, err)
		return p
	}
	var pf policyFile
	md, err := toml.Decode(string(b), &pf)
	if err != nil {
		p.Err = fmt.Sprintf("consent: policy %s: %v", path, err)
		return p
	}
	if und := md.Undecoded(); len(und) > 0 {
		p.Err = fmt.Sprintf("consent: policy %s: unknown key %q", path, und[0].String())
		return p
	}
	if err := p.setLevels(pf.MaxLevel, pf.ForceLevel); err != nil {
		p.Err = fmt.Sprintf("consent: policy %s: %v", path, err)
		return p
	}
	if pf.Endpoint != nil {
		p.Endpoint = strings.TrimSpace(*pf.Endpoint)
	}
	return p
}

func (p *Policy) setLevels(max, force *string) error {
	if max != nil {
		l, err := Parse(*max)
		if err != nil {
			return fmt.Errorf("max_level: %w", err)
		}
		p.HasMax, p.Max = true, l
	}
	if force != nil {
		l, err := Parse(*force)
		if err != nil {
			return fmt.Errorf("force_level: %w", err)
		}
		p.HasForce, p.Force = true, l
	}
	if p.HasMax && p.HasForce && p.Force > p.Max {
		// Contradictory: honour the stricter of the two.
		p.Force = p.Max
	}
	return nil
}

// merge overlays o (a higher-precedence source, e.g. the Windows registry
// policy key) on p field by field.
func (p Policy) merge(o Policy) Policy {
	if o.Source == "" {
		return p
	}
	r := p
	if o.HasMax {
		r.HasMax, r.Max = true, o.Max
	}
	if o.HasForce {
		r.HasForce, r.Force = true, o.Force
	}
	if r.HasMax && r.HasForce && r.Force > r.Max {
		r.Force = r.Max
	}
	if o.Endpoint != "" {
		r.Endpoint = o.Endpoint
	}
	if r.Source == "" {
		r.Source = o.Source
	} else {
		r.Source += " + " + o.Source
	}
	if o.Err != "" {
		if r.Err != "" {
			r.Err += "; "
		}
		r.Err += o.Err
	}
	return r
}
