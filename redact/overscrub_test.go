package redact

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// scrubJSONString runs ScrubJSON over in and checks the output is valid
// JSON when the input was.
func scrubJSONString(t *testing.T, in string) string {
	t.Helper()
	s := newSession(t, Config{})
	var buf bytes.Buffer
	if err := s.ScrubJSON(&buf, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	if json.Valid([]byte(in)) && !json.Valid(buf.Bytes()) {
		t.Fatalf("invalid JSON out: %q", buf.String())
	}
	return buf.String()
}

// A macOS kernel panic report (.ips, bug_type 210): the kernel's UUID and
// the UUIDs of the kexts in the backtrace are build ids (symbolication
// needs them); the boot session, sleep/wake and hardware UUIDs, the
// crash reporter key and the serial number identify the machine.
const (
	kernelUUID  = "6C5A3B2E-1F4D-3E5A-9B8C-7D6E5F4A3B2C"
	kcUUID      = "5D8E4F1A-2B3C-3D4E-8F5A-6B7C8D9E0F1A"
	kextUUID    = "A1B2C3D4-E5F6-3A7B-8C9D-0E1F2A3B4C5D"
	kextDepUUID = "7D6E5F4A-3B2C-3A1B-9C8D-7E6F5A4B3C2D"
	bootSession = "8E2F1A3B-4C5D-6E7F-8091-A2B3C4D5E6F7"
	sleepWake   = "0D1E2F3A-4B5C-6D7E-8F90-A1B2C3D4E5F6"
	hwUUID      = "11223344-5566-7788-99AA-BBCCDDEEFF00"
	crKey       = "5F0A1B2C-3D4E-5F60-7182-93A4B5C6D7E8"
	macSerial   = "C02XL0GHJGH5"
)

var panicString = "panic(cpu 2 caller 0xfffffe0012345678): watchdog timeout: no checkins from watchdogd in 90 seconds\n" +
	"Debugger message: panic\n" +
	"Memory ID: 0x6\n" +
	"OS release type: User\n" +
	"OS version: 23D56\n" +
	"Kernel version: Darwin Kernel Version 23.3.0: Wed Dec 20 21:31:00 PST 2023; root:xnu-10002.81.5~7/RELEASE_ARM64_T6020\n" +
	"Fileset Kernelcache UUID: " + kcUUID + "\n" +
	"Kernel UUID: " + kernelUUID + "\n" +
	"Boot session UUID: " + bootSession + "\n" +
	"iBoot version: iBoot-10151.81.1\n" +
	"secure boot?: YES\n" +
	"roots installed: 0\n" +
	"Paniclog version: 14\n" +
	"Kernel slide:      0x000000000d9e8000\n" +
	"Kernel text base:  0xfffffe00149ec000\n" +
	"Serial: " + macSerial + "\n" +
	"      Kernel Extensions in backtrace:\n" +
	"         com.apple.driver.AppleACPIPlatform(6.1)[" + kextUUID + "]@0xfffffe0007a8c000->0xfffffe0007b1ffff\n" +
	"            dependency: com.apple.iokit.IOPCIFamily(2.9)[" + kextDepUUID + "]@0xfffffe0016bd4000->0xfffffe0016c03fff\n" +
	"last started kext at 2403987811: com.apple.filesystems.smbfs\t5.0 (addr 0xfffffe00147d0000, size 229376)\n"

func panicIPS() string {
	ps, _ := json.Marshal(panicString)
	return `{"bug_type":"210","timestamp":"2024-03-04 10:01:02.00 +0100","os_version":"macOS 14.3 (23D56)","incident_id":"9A8B7C6D-5E4F-3A2B-1C0D-E9F8A7B6C5D4"}` + "\n" +
		`{"build":"macOS 14.3 (23D56)","product":"Mac14,5","kernel":"Darwin Kernel Version 23.3.0","incident":"9A8B7C6D-5E4F-3A2B-1C0D-E9F8A7B6C5D4",` +
		`"crashReporterKey":"` + crKey + `","date":"2024-03-04 10:01:02.00 +0100","panicString":` + string(ps) +
		`,"panicFlags":"0x902","bug_type":"210","kernelUUID":"` + kernelUUID + `","bootSessionUUID":"` + bootSession +
		`","sleepWakeUUID":"` + sleepWake + `","hardwareUUID":"` + hwUUID + `","otherString":"\n** Stackshot Succeeded **"}` + "\n"
}

func TestOverscrubKernelPanicUUIDs(t *testing.T) {
	keep := []string{kernelUUID, kcUUID, kextUUID, kextDepUUID, "com.apple.driver.AppleACPIPlatform(6.1)[", "iBoot-10151.81.1"}
	gone := []string{bootSession, sleepWake, hwUUID, crKey, macSerial}
	plain := panicString + "Hardware UUID: " + hwUUID + "\n"
	for name, out := range map[string]string{
		"text":      scrubTwice(t, plain),
		"ips/text":  scrubTwice(t, panicIPS()),
		"ips/json":  scrubJSONString(t, panicIPS()),
		"text/crlf": scrubTwice(t, strings.ReplaceAll(plain, "\n", "\r\n")),
	} {
		mustKeep(t, name, out, keep...)
		mustNotContain(t, name, out, gone...)
		if strings.HasPrefix(name, "ips") {
			mustKeep(t, name, out, `"product":"Mac14,5"`, `"kernelUUID":"`+kernelUUID+`"`)
		}
	}
	checkAllEncodings(t, "panic", plain, gone, "")
}

// Package names that hold "auth", "token", "key" or "secret" name a
// package, and the value under them is its version: kept. A key that
// looks like no package name ("token", "api_key") or a value that is no
// plain version still goes.
func TestOverscrubPackageVersions(t *testing.T) {
	pkg := `{"name":"web","dependencies":{"google-auth":"2.23.0","next-auth": "^4.24.5","@auth0/auth0-react":"2.2.1",` +
		`"jsonwebtoken":"9.0.0","keytar":"~7.9.0","passport-jwt":">=4.0.1 <5","secret-handshake":"1.1.21","csrf-token":"^1.0.0-beta.2"},` +
		`"devDependencies":{"generate-password":"^1.7.1","@octokit/auth-token":"4.0.0"},` +
		`"config":{"auth":"dXNlcjpwYXNz","token":"2.23.0","api_key":"1.2.3","x-auth-token":"2.23.0abcdef0123456789","client-secret":"9f8e7d6c5b4a","db-password":"1.2.3"}}`
	keep := []string{`"google-auth":"2.23.0"`, `"next-auth": "^4.24.5"`, `"@auth0/auth0-react":"2.2.1"`,
		`"passport-jwt":">=4.0.1 <5"`, `"secret-handshake":"1.1.21"`, `"csrf-token":"^1.0.0-beta.2"`,
		`"generate-password":"^1.7.1"`, `"@octokit/auth-token":"4.0.0"`}
	gone := []string{"dXNlcjpwYXNz", `"2.23.0"}`, `"token":"2.23.0"`, `"api_key":"1.2.3"`, "2.23.0abcdef0123456789", "9f8e7d6c5b4a", `"db-password":"1.2.3"`}
	outJSON := scrubJSONString(t, pkg)
	mustKeep(t, "json", outJSON, keep...)
	// only ScrubJSON sees the dependencies object
	mustKeep(t, "json", outJSON, `"jsonwebtoken":"9.0.0"`, `"keytar":"~7.9.0"`)
	mustNotContain(t, "json", outJSON, gone...)
	outText := scrubTwice(t, pkg)
	mustKeep(t, "text", outText, keep...)
	mustNotContain(t, "text", outText, gone...)

	// pip freeze, requirements, Pipfile, pyproject (poetry), Cargo
	reqs := "google-auth==2.23.0\njsonwebtoken==9.0.0\nkeyring 24.3.0\noauthlib>=3.2\nsecretstorage==3.3.3\n" +
		"google-auth = \"^2.23\"\nsecret-storage = \">=3.3.3\"\npython-jose = {version = \"3.3.0\"}\n" +
		"token = \"ghp_R2d2C3poR2d2C3poR2d2C3poR2d2C3po1234\"\npassword = \"2.23.0\"\n"
	out := scrubTwice(t, reqs)
	mustKeep(t, "reqs", out, "google-auth==2.23.0", "jsonwebtoken==9.0.0", "keyring 24.3.0", "oauthlib>=3.2",
		"secretstorage==3.3.3", `google-auth = "^2.23"`, `secret-storage = ">=3.3.3"`, `version = "3.3.0"`)
	mustNotContain(t, "reqs", out, "ghp_R2d2", `password = "2.23.0"`)
}

// Well-known Windows GUIDs name a class of things, the same on every
// machine: device setup classes (every {…-08002be10318} of them, the USB
// class), known folders, COM classes and interfaces under their registry
// keys. A machine GUID, a volume GUID and the GUIDs of device instances
// are the machine's own.
func TestOverscrubWellKnownGUIDs(t *testing.T) {
	const (
		machineGUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
		volumeGUID  = "a1b2c3d4-1234-11ee-9abc-806e6f6e6963"
		endpointID  = "8f0e5c21-7a3b-4c6d-9e8f-0a1b2c3d4e5f"
		profileGUID = "5c2e8b8a-1f3d-4e6a-9b7c-2d4f6a8c0e1b"
	)
	in := "Class: {4d36e96c-e325-11ce-bfc1-08002be10318}\n" +
		"ClassGuid={4D36E972-E325-11CE-BFC1-08002BE10318}\n" +
		"USB class {36fc9e60-c465-11cf-8056-444553540000}\n" +
		`HKLM\SYSTEM\CurrentControlSet\Control\Class\{4d36e968-e325-11ce-bfc1-08002be10318}\0000` + "\n" +
		"Documents folder {FDD39AD0-238F-46AF-ADB4-6C85480369C7} Downloads {374DE290-123F-4565-9164-39C4925E467B}\n" +
		`HKEY_CLASSES_ROOT\CLSID\{00021401-0000-0000-C000-000000000046}\InprocServer32` + "\n" +
		`HKCR\Interface\{00000134-0000-0000-C000-000000000046}` + "\n" +
		`HKLM\SOFTWARE\Classes\CLSID\{9ba05972-f6a8-11cf-a442-00a0c90a8f39}\LocalServer32` + "\n" +
		"MachineGuid    REG_SZ    " + machineGUID + "\n" +
		`\\?\Volume{` + volumeGUID + `}\` + "\n" +
		`SWD\MMDEVAPI\{0.0.0.00000000}.{` + endpointID + `}` + "\n" +
		`HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList\{` + profileGUID + `}` + "\n"
	keep := []string{"4d36e96c-e325-11ce-bfc1-08002be10318", "4D36E972-E325-11CE-BFC1-08002BE10318",
		"36fc9e60-c465-11cf-8056-444553540000", "4d36e968-e325-11ce-bfc1-08002be10318",
		"FDD39AD0-238F-46AF-ADB4-6C85480369C7", "374DE290-123F-4565-9164-39C4925E467B",
		"00021401-0000-0000-C000-000000000046", "00000134-0000-0000-C000-000000000046",
		"9ba05972-f6a8-11cf-a442-00a0c90a8f39"}
	gone := []string{machineGUID, volumeGUID, endpointID, profileGUID}
	js, _ := json.Marshal(map[string]string{"log": in})
	for name, out := range map[string]string{
		"text":      scrubTwice(t, in),
		"json":      scrubJSONString(t, string(js)),
		"json/text": scrubTwice(t, string(js)),
	} {
		mustKeep(t, name, out, keep...)
		mustNotContain(t, name, out, gone...)
	}
	checkAllEncodings(t, "guids", in, gone, "")
}

// A serial port (a tty device, a COM port) is no serial number.
func TestOverscrubSerialPorts(t *testing.T) {
	in := "Serial: /dev/ttyACM0\nserial port /dev/ttyUSB0\nSerialPort=COM3\nserial=/dev/ttyS0\nSerial: COM4\n" +
		"serial: \"/dev/ttyAMA0\"\nSerial: \\\\.\\COM12\n" +
		"Serial: C02XL0GHJGH5\nserial=/dev/serial/by-id/usb-FTDI_FT232R_A6008isP-if00-port0\nSerial: /dev/tty.usbserial-A7004xYz\n"
	out := scrubTwice(t, in)
	mustKeep(t, "text", out, "Serial: /dev/ttyACM0", "serial port /dev/ttyUSB0", "SerialPort=COM3", "serial=/dev/ttyS0",
		"Serial: COM4", `serial: "/dev/ttyAMA0"`, `Serial: \\.\COM12`)
	mustNotContain(t, "text", out, "C02XL0GHJGH5", "A6008isP", "A7004xYz")
	js := `{"serial":"/dev/ttyACM0","port":{"serial":"COM3"},"device":{"serial":"C02XL0GHJGH5"}}`
	outJSON := scrubJSONString(t, js)
	mustKeep(t, "json", outJSON, `"serial":"/dev/ttyACM0"`, `"serial":"COM3"`)
	mustNotContain(t, "json", outJSON, "C02XL0GHJGH5")
	checkAllEncodings(t, "serial", in, []string{"C02XL0GHJGH5", "A6008isP", "A7004xYz"}, "")
}

// Source lines a traceback quotes: the right side of "user = cache[key]"
// is code, no value. A config dump's "user = zoe.k" is one.
func TestOverscrubSourceLines(t *testing.T) {
	in := "Traceback (most recent call last):\n" +
		"  File \"/srv/app/auth.py\", line 12, in login\n" +
		"    user = cache[key]\n" +
		"  File \"/srv/app/auth.py\", line 40, in refresh\n" +
		"    token = self._get_token()\n" +
		"    password = getpass()\n" +
		"    secret = os.environ.get(\"APP_SECRET\")\n" +
		"    if user is None:\n" +
		"    api_key = await client.fetch_key(user)\n" +
		"    hostname = socket.gethostname()\n" +
		"KeyError: 'zoe'\n" +
		"[config]\nuser = zoe.k\npassword = hunter2\ntoken = Secret(123)x\n  host = build-07.corp\n" +
		"    password = Hunter2(\n"
	out := scrubTwice(t, in)
	mustKeep(t, "text", out, "user = cache[key]", "token = self._get_token()", "password = getpass()",
		`secret = os.environ.get("APP_SECRET")`, "if user is None:", "api_key = await client.fetch_key(user)",
		"hostname = socket.gethostname()")
	mustNotContain(t, "text", out, "zoe.k", "hunter2", "Secret(123)x", "build-07")
	js, _ := json.Marshal(map[string]string{"traceback": in})
	out = scrubTwice(t, string(js))
	mustKeep(t, "json/text", out, "user = cache[key]", "token = self._get_token()", "password = getpass()")
	mustNotContain(t, "json/text", out, "zoe.k", "hunter2", "Secret(123)x", "build-07")
	out = scrubJSONString(t, string(js))
	mustKeep(t, "json", out, "user = cache[key]", "token = self._get_token()", "password = getpass()")
	mustNotContain(t, "json", out, "zoe.k", "hunter2", "Secret(123)x", "build-07")
	checkAllEncodings(t, "source", in, []string{"zoe.k", "hunter2", "Secret(123)x", "build-07"}, "")
}

// Keys ending in "pass" that name a filter, a bypass or a processing pass
// hold no password: the kernel's Spectre report on every Linux machine
// (dmesg, lscpu, /sys/devices/system/cpu/vulnerabilities), a DJ app's
// filter settings, a proxy's bypass list. Real password keys stay found.
func TestPassWordsThatAreNoPassword(t *testing.T) {
	keep := []string{
		"[    0.066630] Speculative Store Bypass: Mitigation: Speculative Store Bypass disabled via prctl\n",
		"Vulnerability Spec store bypass:    Mitigation; Speculative Store Bypass disabled via prctl\n",
		"/sys/devices/system/cpu/vulnerabilities/spec_store_bypass:Mitigation: Speculative Store Bypass disabled via prctl\n",
		"proxy_bypass: localhost\n",
		"Deck A LowPass: 8000\nhighpass=200\nbandpass = 3\nEQ Bypass: Mitigation\nsecond_pass: done\n",
		`{"FilterHighPass": 200, "fxBypass": "Engaged", "renderPass": "shadow"}` + "\n",
	}
	for _, in := range keep {
		s := newSession(t, Config{})
		var o bytes.Buffer
		if err := s.ScrubText(&o, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if o.String() != in {
			t.Errorf("%q\n became %q", in, o.String())
		}
	}
	for _, in := range []string{"admin_pass=hunter2x\n", "WifiPass: hunter2x\n", "rootpass: hunter2x\n", `{"smtpPass": "hunter2x"}`} {
		s := newSession(t, Config{})
		var o bytes.Buffer
		if err := s.ScrubText(&o, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(o.String(), "hunter2x") {
			t.Errorf("%q kept its password: %q", in, o.String())
		}
	}
}
