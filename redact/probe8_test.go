package redact

import (
	"bytes"
	"strings"
	"testing"
)

// Findings of a probe of formats earlier rounds had not written out:
// PowerShell transcripts, ipconfig /all, ioreg's console users, plists,
// /etc/passwd, shell history, Java command lines, cloud CLI configs and
// URLs with credentials.

// Leaks: a NetBIOS name spelled outside ASCII before an account
// (PowerShell transcript header), a URL's host address after its
// userinfo, Java's proxy account, ioreg's console user names, account
// numbers under Apple's and AWS's keys.
func TestProbe8Leaks(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		secrets  []string
		later    string
	}{
		{"ps-transcript", "**********************\nWindows PowerShell transcript start\nStart time: 20261130211409\nUsername: STUDIO-ØRSTED\\Bjørn\nRunAs User: STUDIO-ØRSTED\\Bjørn\nMachine: STUDIO-ØRSTED (Microsoft Windows NT 10.0.22631.0)\n",
			[]string{"ØRSTED", "Bjørn"}, "Transcript started, output file is PowerShell_transcript.STUDIO-ØRSTED.Ab3xYz9q.20261130211409.txt"},
		{"smb-url", "mount_smbfs: smb://kwame.mensah:Pa55word@192.168.1.20/Music failed", []string{"192.168.1.20", "kwame", "Pa55word"}, ""},
		{"http-url", "GET http://dj:secret@10.44.3.2:8080/api/status", []string{"10.44.3.2", "secret"}, ""},
		{"java-proxy-user", "Command Line: -Dhttp.proxyHost=proxy.example.com -Dhttp.proxyUser=kmensah -Dhttps.proxyUser=kmensah -jar MixMeister.jar", []string{"kmensah"}, ""},
		{"ioreg-console-users", `  |   "IOConsoleUsers" = ({"kCGSSessionUserNameKey"="mirela","kCGSessionLongUserNameKey"="Mirela Ionescu","kCGSSessionUserIDKey"=501,"kCGSSessionOnConsoleKey"=Yes})`,
			[]string{"mirela", "Ionescu"}, "later: mirela"},
		{"aws-config", "[profile studio]\nsso_start_url = https://d-1234567890.awsapps.com/start\nsso_account_id = 123456789012\nsso_role_name = AdministratorAccess\n", []string{"123456789012"}, ""},
		{"account-dsid", "AccountDSID = 16273849501;", []string{"16273849501"}, ""},
	} {
		checkAllEncodings(t, tc.name, tc.in, tc.secrets, tc.later)
		scrubTwice(t, tc.in)
	}
	xml := "<plist version=\"1.0\"><dict><key>AccountDSID</key><string>16273849501</string><key>AccountID</key><string>zoe.durand@icloud.com</string></dict></plist>"
	s := newSession(t, Config{})
	var out bytes.Buffer
	if err := s.ScrubXML(&out, strings.NewReader(xml)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "plist", out.String(), "16273849501", "zoe.durand")
	// what stays: a package at a four-part version, a URL with an
	// address and no userinfo is an address as before
	mustKeep(t, "pkg", scrubTwice(t, "resolved pkg@1.2.3.4/lib/index.js"), "pkg@1.2.3.4/lib")
}

// Leak: /etc/passwd (getent passwd) lines of people's accounts hold the
// full name and telephone numbers in the GECOS field; system accounts'
// descriptions stay.
func TestProbe8PasswdGECOS(t *testing.T) {
	in := "root:x:0:0:root:/root:/bin/bash\n" +
		"pulse:x:117:122:PulseAudio daemon,,,:/run/pulse:/usr/sbin/nologin\n" +
		"olafur:x:1000:1000:Ólafur Arnalds-Sigurðsson,,,:/home/olafur:/bin/bash\n" +
		"mpopescu:x:1001:1001:Maria Popescu,Studio B,+40 721 123 456,:/srv/mp:/usr/bin/zsh\n" +
		"nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n"
	checkAllEncodings(t, "passwd", in, []string{"Ólafur", "Sigurðsson", "Popescu", "721 123", "mpopescu"}, "later: Maria Popescu called")
	out := scrubTwice(t, in)
	mustKeep(t, "passwd", out, "root:x:0:0:root:/root:/bin/bash", "PulseAudio daemon,,,:/run/pulse", "nobody:x:65534:65534:nobody:", ":/bin/bash", "Studio B")
}

// Over-scrub: ipconfig /all's "WINS Proxy Enabled" is no proxy setting,
// PowerShell's "SerializationVersion" no serial number.
func TestProbe8KeyWords(t *testing.T) {
	for _, in := range []string{
		"   WINS Proxy Enabled. . . . . . . . : No\n   IP Routing Enabled. . . . . . . . : No\n",
		"PSRemotingProtocolVersion: 2.3\nSerializationVersion: 1.1.0.1\n",
	} {
		mustKeep(t, "keep", scrubTwice(t, in), in)
	}
}
