package redact

import (
	"strings"
	"testing"
)

// Ids after words instead of a key: "user id N", "machine ID X".
func TestIDPhrases(t *testing.T) {
	cases := []struct {
		name, in string
		secrets  []string
	}{
		{"user id", "TIDAL: user id 184729301, country NG\n", []string{"184729301"}},
		{"account id", "Beatport: account ID bp_8f2a91c4d7, plan Professional\n", []string{"bp_8f2a91c4d7"}},
		{"machine id", "iLok: user kai, machine ID 7f3c2a10b9e8\n", []string{"7f3c2a10b9e8"}},
		{"device id", "paired device id A1B2C3D4E5F6 ok\n", []string{"A1B2C3D4E5F6"}},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.name, c.in, c.secrets, "")
	}
	keep := []string{"user id 501 (staff)", "device id 3 of 4", "user id missing", "machine id unknown"}
	mustKeep(t, "neighbours", scrubTwice(t, strings.Join(keep, "\n")+"\n"), keep...)
}

// A license key's value that is a word (a state, an edition, an SPDX id)
// is what support needs to read; product keys still go.
func TestLicenseWordsKept(t *testing.T) {
	keep := []string{"License: Serato DJ Pro", "License: Professional", "License: expired", "License: MIT", "License: GPL-3.0",
		"license=trial", "License: Apache-2.0", "License status: activated", "License: Lite (free)"}
	in := strings.Join(keep, "\n") + "\n"
	mustKeep(t, "words", scrubTwice(t, in), keep...)
	mustKeep(t, "words/json", scrubJSONMessage(t, in), keep...)
	checkAllEncodings(t, "keys", "License: SDJP-9F8E-7D6C-5B4A\nlicense=ABCDEFGHJKLMNPQRSTUV\nlicense_key: 4F3C2A10B9E8D7C6\n",
		[]string{"SDJP-9F8E-7D6C-5B4A", "ABCDEFGHJKLMNPQRSTUV", "4F3C2A10B9E8D7C6"}, "")
}

// git's identity in the environment names the person.
func TestGitIdentityEnv(t *testing.T) {
	checkAllEncodings(t, "git env", "GIT_AUTHOR_NAME=Thandiwe Mokoena\nGIT_COMMITTER_NAME=Thandiwe Mokoena\nGIT_AUTHOR_EMAIL=thandiwe@mokoena.co.za\n",
		[]string{"Thandiwe", "Mokoena", "thandiwe@mokoena.co.za"}, "later Thandiwe Mokoena")
	mustNotContain(t, "git json", scrubJSONMessage(t, `{"author_name":"Thandiwe Mokoena"}`), "Thandiwe", "Mokoena")
}

// Windows' registered organization (a family, a small studio) goes whole;
// a PE file's CompanyName is the vendor and stays. A .reg file's small
// dword under a license key is a flag.
func TestRegisteredOrganization(t *testing.T) {
	checkAllEncodings(t, "reg", "\"RegisteredOrganization\"=\"Mokoena Sound\"\n", []string{"Mokoena Sound"}, "")
	checkAllEncodings(t, "systeminfo", "Registered Organization:   Mokoena Sound Studios\nSystem Manufacturer: ASUS\n", []string{"Mokoena", "Sound Studios"}, "")
	keep := []string{"CompanyName: Microsoft Corporation", "RegisteredOrganization=N/A", `"LicenseKey"=dword:00000001`, "System Manufacturer: ASUS"}
	mustKeep(t, "neighbours", scrubTwice(t, strings.Join(keep, "\n")+"\n"), keep...)
	mustKeep(t, "systeminfo", scrubTwice(t, "Registered Organization:   Mokoena Sound Studios\nSystem Manufacturer: ASUS\n"), "System Manufacturer: ASUS")
	mustNotContain(t, "dword key", scrubTwice(t, `"LicenseKey"=dword:7f3c2a10`+"\n"), "7f3c2a10")
}

// Crashpad's guid annotation is the install's client id.
func TestCrashpadGUID(t *testing.T) {
	checkAllEncodings(t, "guid", "ptype=browser\nguid=4f3c2a101b2c4d3e9f8a7b6c5d4e3f2a\nver=28.1.0\n", []string{"4f3c2a101b2c4d3e9f8a7b6c5d4e3f2a"},
		"\x00\x004f3c2a101b2c4d3e9f8a7b6c5d4e3f2a\x00") // a minidump's annotation value, a string of its own
	mustNotContain(t, "guid/json", scrubJSONMessage(t, `{"guid":"4f3c2a101b2c4d3e9f8a7b6c5d4e3f2a"}`), "4f3c2a101b2c4d3e9f8a7b6c5d4e3f2a")
	keep := []string{`<Provider Name="Application Error" Guid="{a0e9b465-b939-57d7-b27d-95d8e925ff57}"/>`, "ptype=browser", "ver=28.1.0", "guid=none"}
	mustKeep(t, "neighbours", scrubTwice(t, strings.Join(keep, "\n")+"\n"), keep...)
}
