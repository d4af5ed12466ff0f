package redact

import "testing"

// Findings of a probe of crash SDK payloads (Sentry, Crashlytics,
// Bugsnag, Backtrace, Crashpad annotations), Linux and macOS device tools
// (coredumpctl, dmesg, bluetoothctl, nmcli, pactl, ioreg,
// system_profiler, log show, scutil) and music apps' logs (Ableton Live,
// Native Access, iLok, Splice, VirtualDJ, Serato).

// Over-scrub: scutil's "HostName: not set" made "not" a host name, and
// every "not" of the report went. A value opening with "not" and another
// word is no value.
func TestProbe16NotSet(t *testing.T) {
	in := "$ scutil --get HostName\nHostName: not set\nSerial Number: Not Available\nUser: not logged in\n" +
		"ComputerName: (not set)\nSSID: not connected\nthe file was not found\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	in = "HostName: notebook-7\nUser: notkofi\n"
	checkAllEncodings(t, "notset", in, []string{"notebook-7", "notkofi"}, "")
}
