package redact

import "testing"

// cmd's dir prints the volume's serial number (set at format time: it
// names the disk) and manage-bde the BitLocker recovery password (it
// unlocks the disk).
func TestVolumeSerialAndBitLocker(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"dir", " Volume in drive C is Windows\n Volume Serial Number is 1A2B-3C4D\n\n Directory of C:\\Program Files\\Serato\n",
			[]string{"1A2B-3C4D"}},
		{"manage-bde", "Numerical Password:\n  ID: {8B1F0A3C-5D2E-4F6A-9B7C-1D2E3F4A5B6C}\n  Password:\n    123453-654324-000011-719895-101563-000000-222222-484869\n",
			[]string{"123453-654324-000011-719895-101563-000000-222222-484869"}},
		{"prose", "BitLocker recovery key 123453-654324-000011-719895-101563-000000-222222-484869 saved\n",
			[]string{"123453-654324-000011-719895-101563-000000-222222-484869"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "later "+c.secrets[0])
	}
	// the same shape with a group that is no multiple of 11 is no key
	in := "part 123456-123456-123456-123456-123456-123456-123456-123456\n Volume in drive C is Windows\n"
	mustKeep(t, "neighbours", scrubTwice(t, in), "123456-123456-123456-123456-123456-123456-123456-123456", "drive C is Windows")
}

// pam_unix(gdm-password:session) names a PAM service and group; a password
// after a key in parentheses still goes.
func TestPAMServiceNoPassword(t *testing.T) {
	in := "Dec 04 10:01:05 host gdm-password][2001]: pam_unix(gdm-password:session): session opened for user root\n" +
		"pam_unix(sudo-password:auth): authentication failure\n"
	mustKeep(t, "pam", scrubTwice(t, in), "pam_unix(gdm-password:session)", "pam_unix(sudo-password:auth)")
	mustNotContain(t, "pam", scrubTwice(t, "opts(password:Hunter2)\n"), "Hunter2")
}
