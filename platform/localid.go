package platform

import "crashd/redact"

// LocalIdentity returns this machine's identifiers for the redaction
// engine: account and full names, host names, machine ids, hardware
// serials and UUIDs, MAC addresses. They never enter a snapshot.
func LocalIdentity() redact.Identity {
	id := gatherIdentity()
	return redact.Identity{UserNames: id.UserNames, HostNames: id.HostNames, Secrets: id.Secrets}
}
