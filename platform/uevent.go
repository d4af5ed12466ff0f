package platform

import "bytes"

// parseUevent reads a kernel uevent message: "add@/devices/..." then
// NUL-separated KEY=value pairs. Messages from udev ("libudev" magic) are
// not kernel messages and are rejected.
func parseUevent(b []byte) (action, subsystem string, ok bool) {
	fields := bytes.Split(b, []byte{0})
	if len(fields) < 2 || !bytes.Contains(fields[0], []byte("@/")) {
		return "", "", false
	}
	for _, f := range fields[1:] {
		k, v, found := bytes.Cut(f, []byte("="))
		if !found {
			continue
		}
		switch string(k) {
		case "ACTION":
			action = string(v)
		case "SUBSYSTEM":
			subsystem = string(v)
		}
	}
	return action, subsystem, action != "" && subsystem != ""
}

// relevantUevent: plug and unplug of what a snapshot lists.
func relevantUevent(action, subsystem string) bool {
	switch action {
	case "add", "remove", "change":
	default:
		return false // bind, unbind, move, online, offline: a plug is also an add
	}
	switch subsystem {
	case "usb", "sound", "drm", "power_supply", "block", "snd_seq":
		return action != "change" || subsystem == "drm" || subsystem == "power_supply"
	}
	return false
}
