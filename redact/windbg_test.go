package redact

import "testing"

// WinDbg's !analyze -v: its KEY_VALUES_STRING rows and the dump's
// session time are the analysis, not secrets ("Key  :" was read as a
// key's secret, "Debug session time" as a session token).
func TestWinDbgAnalyzeKept(t *testing.T) {
	for _, keep := range []string{
		"KEY_VALUES_STRING: 1\n\n    Key  : Analysis.CPU.mSec\n    Value: 1421\n\n    Key  : Analysis.Elapsed.mSec\n    Value: 5533\n\n    Key  : WER.OS.Branch\n    Value: ni_release\n",
		"KEY_VALUES_STRING: 1\r\n\r\n    Key  : Timeline.Process.Start.DeltaSec\r\n    Value: 4323\r\n",
		"Debug session time: Tue Dec  1 20:11:42.000 2026 (UTC + 2:00)\n",
		"session_timeout=30 sessionDuration: 3600 Session start: Mon\n",
	} {
		mustKeepTwice(t, keep)
	}
	// a key's secret under "Key:" still goes, and a session's id
	for _, c := range []struct{ in, secret string }{
		{"Key: 7Hq2xZ9pLw4vN8rT\n", "7Hq2xZ9pLw4vN8rT"},
		{"key = Zq81LmP0vX7eR2tY\nValue: 3\n", "Zq81LmP0vX7eR2tY"},
		{"session: Hx81Kd02Lm\n", "Hx81Kd02Lm"},
		{"Debug session: Hx81Kd02Lm\n", "Hx81Kd02Lm"},
	} {
		mustNotContain(t, c.in, scrubTwice(t, c.in), c.secret)
	}
}
