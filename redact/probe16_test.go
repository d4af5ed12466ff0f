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

// Over-scrub: an app's log line whose message opens with a capitalised
// verb and a word and colon ("2026-11-30 14:04:00.500 Loading plugin:
// Serum", PACE's "Found iLok: …") read as a syslog line's host and tag:
// the verb was learned as a host and went everywhere. A syslog host
// stays replaced.
func TestProbe16LogVerbNoHost(t *testing.T) {
	in := "2026-11-30 14:04:00.500 Loading plugin: Serum\n2026-11-30 14:04:00.600 Found iLok: 'Studio iLok 3'\n" +
		"Nov 30 14:04:00 Opened session: x\n2026-11-30 14:04:01.000 Loading finished\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	in = "Nov 30 14:04:00 Mixbox kernel: x\n2026-11-30 14:04:00 osei-desktop sshd[12]: Accepted\nNov 30 14:04:01 Reading systemd[1]: x\n"
	checkAllEncodings(t, "logverb", in, []string{"Mixbox", "osei-desktop"}, "")
}
