//go:build !windows

package consent

// osPolicy is the OS-managed policy source beyond the policy file; only
// Windows has one (the registry policy key).
func osPolicy() Policy { return Policy{} }
