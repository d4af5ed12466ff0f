package consent

import (
	"fmt"
	"strings"
)

// RegistryKey is the Windows policy key (under HKEY_LOCAL_MACHINE).
const RegistryKey = `SOFTWARE\Policies\crashd`

// Registry value types (winnt.h); duplicated here so that parsing is
// testable on every OS with recorded values.
const (
	regSZ       = 1
	regExpandSZ = 2
	regDWORD    = 4
	regQWORD    = 11
)

// RegValue is one value read from the policy key.
type RegValue struct {
	Type uint32
	Str  string // REG_SZ, REG_EXPAND_SZ
	Int  uint64 // REG_DWORD, REG_QWORD
}

// policyFromRegistry interprets the values of the policy key: MaxLevel and
// ForceLevel as a level name (REG_SZ) or number 0..3 (REG_DWORD: 0 off,
// 1 ask, 2 crash, 3 crash+perf, the form Group Policy templates produce),
// Endpoint as REG_SZ. vals == nil means the key does not exist.
func policyFromRegistry(vals map[string]RegValue) Policy {
	if vals == nil {
		return Policy{}
	}
	p := Policy{Source: `HKLM\` + RegistryKey}
	var errs []string
	level := func(name string) (Level, bool) {
		v, ok := lookupFold(vals, name)
		if !ok {
			return 0, false
		}
		switch v.Type {
		case regSZ, regExpandSZ:
			if strings.TrimSpace(v.Str) == "" {
				return 0, false // an empty value is "not configured"
			}
			l, err := Parse(v.Str)
			if err != nil {
				errs = append(errs, name+": "+err.Error())
				return 0, false
			}
			return l, true
		case regDWORD, regQWORD:
			if v.Int > uint64(CrashPerf) {
				errs = append(errs, fmt.Sprintf("%s: level %d out of range 0..3", name, v.Int))
				return 0, false
			}
			return Level(v.Int), true
		}
		errs = append(errs, fmt.Sprintf("%s: unsupported registry type %d", name, v.Type))
		return 0, false
	}
	if l, ok := level("MaxLevel"); ok {
		p.HasMax, p.Max = true, l
	}
	if l, ok := level("ForceLevel"); ok {
		p.HasForce, p.Force = true, l
	}
	if p.HasMax && p.HasForce && p.Force > p.Max {
		p.Force = p.Max
	}
	if v, ok := lookupFold(vals, "Endpoint"); ok {
		if v.Type == regSZ || v.Type == regExpandSZ {
			p.Endpoint = strings.TrimSpace(v.Str)
		} else {
			errs = append(errs, fmt.Sprintf("Endpoint: unsupported registry type %d", v.Type))
		}
	}
	if len(errs) > 0 {
		p.Err = "consent: policy " + p.Source + ": " + strings.Join(errs, "; ")
	}
	return p
}

// Registry value names are case-insensitive.
func lookupFold(vals map[string]RegValue, name string) (RegValue, bool) {
	if v, ok := vals[name]; ok {
		return v, true
	}
	for k, v := range vals {
		if strings.EqualFold(k, name) {
			return v, true
		}
	}
	return RegValue{}, false
}
