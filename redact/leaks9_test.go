package redact

import (
	"testing"
)

// Over-scrub: D-Bus's bus addresses hold a socket path (and a uid in it),
// no session secret, though "session" is a word of the key; keys naming a
// session's token or id still have their values replaced.
func TestLeaks9DBusAddress(t *testing.T) {
	for _, in := range []string{
		"DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus\n",
		"export DBUS_SESSION_BUS_ADDRESS='unix:path=/run/user/1000/bus'\n",
		"env: DBUS_SYSTEM_BUS_ADDRESS=unix:path=/var/run/dbus/system_bus_socket HOME=/root\n",
	} {
		out := scrubTwice(t, in)
		mustKeep(t, in, out, "_BUS_ADDRESS=", "unix:path=/")
		mustNotContain(t, in, out, "<token")
	}
	for _, tc := range []struct{ in, secret string }{
		{"SESSION_TOKEN=Vq8rT2mWx9LpZ4nB7cKd3s\n", "Vq8rT2mWx9LpZ4nB7cKd3s"},
		{"cookie jar: session=c0ffee4b1d2a3e5f6071 path=/\n", "c0ffee4b1d2a3e5f6071"},
		{"sessionid=9f8e7d6c5b4a39281706\n", "9f8e7d6c5b4a39281706"},
		{"DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/1000/bus SESSION_ID=4a5b6c7d8e9f0a1b2c3d\n", "4a5b6c7d8e9f0a1b2c3d"},
	} {
		mustNotContain(t, tc.in, scrubTwice(t, tc.in), tc.secret)
	}
}
