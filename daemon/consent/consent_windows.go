//go:build windows

package consent

import (
	"errors"

	"golang.org/x/sys/windows/registry"
)

// osPolicy reads HKLM\SOFTWARE\Policies\crashd (Group Policy's place).
func osPolicy() Policy {
	k, err := registry.OpenKey(registry.LOCAL_MACHINE, RegistryKey, registry.QUERY_VALUE)
	if errors.Is(err, registry.ErrNotExist) {
		return Policy{}
	}
	if err != nil {
		return Policy{Source: `HKLM\` + RegistryKey, Err: "consent: policy registry key: " + err.Error()}
	}
	defer k.Close()
	vals := map[string]RegValue{}
	for _, name := range []string{"MaxLevel", "ForceLevel", "Endpoint"} {
		s, typ, err := k.GetStringValue(name)
		if err == nil {
			vals[name] = RegValue{Type: typ, Str: s}
			continue
		}
		if errors.Is(err, registry.ErrUnexpectedType) {
			n, typ, err := k.GetIntegerValue(name)
			if err == nil {
				vals[name] = RegValue{Type: typ, Int: n}
				continue
			}
			vals[name] = RegValue{Type: typ}
			continue
		}
		// Missing value: not configured.
	}
	return policyFromRegistry(vals)
}
