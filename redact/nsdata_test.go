package redact

import "testing"

// Apple's frameworks print NSData as its description: an APNs device
// token (which names the device to Apple's push service) under a token
// key, in the old "<…>" and the macOS 10.15+ "{length = …}" forms. The
// description goes whole; data under other keys stays.
func TestNSDataTokens(t *testing.T) {
	for _, tc := range []struct{ in, secret, keep string }{
		{"didRegisterForRemoteNotificationsWithDeviceToken: <5f3c1e2d 4a6b8c9d 0e1f2a3b 4c5d6e7f 8091a2b3 c4d5e6f7 08192a3b 4c5d6e7f>\n",
			"4a6b8c9d", "DeviceToken: <token-1>\n"},
		{"Registered for remote notifications, deviceToken = {length = 32, bytes = 0x5f3c1e2d4a6b8c9d0e1f2a3b4c5d6e7f ... 08192a3b4c5d6e7f }, ok",
			"5f3c1e2d4a6b8c9d", "deviceToken = <token-1>, ok"},
		{"APNs token: {length = 32, bytes = 0x5f3c1e2d4a6b8c9d0e1f2a3b4c5d6e7f ... 08192a3b4c5d6e7f }", "08192a3b4c5d6e7f", "APNs token: <token-1>"},
	} {
		checkAllEncodings(t, tc.in, tc.in, []string{tc.secret}, "")
		mustKeep(t, tc.in, scrubTwice(t, tc.in), tc.keep)
	}
	keep := "imageHeader = <89504e47 0d0a1a0a>\npayload: {length = 16, bytes = 0x0102030405060708090a0b0c0d0e0f10}\ntoken: <none>\n"
	mustKeep(t, "other data", scrubTwice(t, keep), keep)
}
