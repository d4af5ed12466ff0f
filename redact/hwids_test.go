package redact

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// MAC addresses written without ':' or '-': Windows Bluetooth PnP instance
// ids, Cisco's dotted form, ioreg data, bare 12-hex under a MAC key.
func TestHWMACForms(t *testing.T) {
	cases := []struct{ in, secret string }{
		{`InstanceId : BTHLE\DEV_AC1F74DEAD01\8&1A2B3C4D&0&AC1F74DEAD01` + "\n", "AC1F74DEAD01"},
		{`InstanceId : BTHENUM\{0000110B-0000-1000-8000-00805F9B34FB}_VID&0001000F_PID&2062\7&2A1B3C4D&0&004279AABBCC_C00000000` + "\n", "004279AABBCC"},
		{"connected to 0042.79aa.bbcc\n", "0042.79aa.bbcc"},
		{`    |     "BD_ADDR" = <f02f4b998877>` + "\n", "f02f4b998877"},
		{`    "MACAddress" = 004279AABBCC` + "\n", "004279AABBCC"},
		{"mac=004279aabbcc\n", "004279aabbcc"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.secret, c.in, []string{c.secret}, "")
		out := scrubTwice(t, c.in)
		if !strings.Contains(out, "<mac-1>") {
			t.Errorf("no <mac-1> in %q", out)
		}
	}
	out := scrubTwice(t, `BTHLE\DEV_AC1F74DEAD01\8&1A2B3C4D&0&AC1F74DEAD01`)
	mustKeep(t, "bthle", out, `BTHLE\DEV_<mac-1>\8&1A2B3C4D&0&<mac-1>`)
	out = scrubTwice(t, `BTHENUM\{0000110B-0000-1000-8000-00805F9B34FB}_VID&0001000F_PID&2062\7&2A1B3C4D&0&004279AABBCC_C00000000`)
	mustKeep(t, "bthenum", out, `_VID&0001000F_PID&2062\7&2A1B3C4D&0&<mac-1>_C00000000`)
}

// A MAC learned in one form is replaced in the others: bare 12 hex and
// dotted, in free text, and the machine's own MAC from its Identity.
func TestHWMACLearnedForms(t *testing.T) {
	in := "wlan0 ether 00:42:79:aa:bb:cc\nlink 004279AABBCC 0042.79aa.bbcc\n"
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	out := s.ScrubString(in)
	mustNotContain(t, "learned", out, "004279aabbcc", "0042.79aa.bbcc", "00:42:79")
	if strings.Count(out, "<mac-1>") != 3 {
		t.Errorf("want one pseudonym: %q", out)
	}
	s = newSession(t, Config{Identity: Identity{Secrets: []string{"fa:72:48:87:f3:cf"}}})
	out = s.ScrubString("link fa724887f3cf FA72.4887.F3CF fa:72:48:87:f3:cf\n")
	mustNotContain(t, "identity", out, "fa724887f3cf", "fa72.4887.f3cf", "fa:72")
}

// A bare 12-hex word in free text is no MAC: code addresses, hashes.
func TestHWMACBareNotInFreeText(t *testing.T) {
	for _, in := range []string{
		"0x7ff6a1b2c3d4 in foo\n",
		"frame #3 00007ff6a1b2 libfoo\n",
		"commit 3fb16cb1a2b3 fixed\n",
		"build 1a2b3c4d5e6f done\n",
		"version 1.2.3.4 and 0000.0000.0000\n",
		"HEAD is now at 3fb16cb1a2b3c4d5 redact\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed:\n in  %q\n out %q", in, out)
		}
	}
}

// Serials and hardware ids: ioreg data, udev by-id names, ALSA/PipeWire
// card names, DMI asset tags, the Windows Product ID.
func TestHWSerials(t *testing.T) {
	cases := []struct{ in, secret, keep string }{
		{`    |   "serial-number" = <4330325a4b3141424d4436540000000000000000000000000000000000000000>` + "\n", "4330325a4b3141424d443654", `"serial-number" = <`},
		{`    |   "IOPlatformSerialNumber" = "C02ZK1ABMD6T"` + "\n", "C02ZK1ABMD6T", "IOPlatformSerialNumber"},
		{"by-id/usb-SanDisk_Ultra_4C530001230915109481-0:0-part1\n", "4C530001230915109481", "by-id/usb-SanDisk_Ultra_"},
		{"lrwxrwxrwx 1 root root 10 usb-SanDisk_Ultra_4C530001230915109481-0:0 -> ../../sdb\n", "4C530001230915109481", "usb-SanDisk_Ultra_"},
		{"\tName: alsa_card.usb-Pioneer_DJ_Corporation_DDJ-FLX4_PDJFLX4A1B2C3-00\n", "PDJFLX4A1B2C3", "alsa_card.usb-Pioneer_DJ_Corporation_DDJ-FLX4_"},
		{"dmi.chassis.asset.tag: SEAN-OBRIEN-LAPTOP\n", "SEAN-OBRIEN", "dmi.chassis.asset.tag: "},
		{"/sys/class/dmi/id/chassis_serial: CZC1234XYZ\n", "CZC1234XYZ", "chassis_serial"},
		{"/sys/class/dmi/id/board_serial: PF2ABCDE1\n", "PF2ABCDE1", "board_serial"},
		{"/sys/class/dmi/id/product_serial:5CG9876QRS\n", "5CG9876QRS", "product_serial"},
		{"/sys/class/dmi/id/product_uuid:4c4c4544-0042-3510-8052-b4c04f4a4e32\n", "4c4c4544-0042", "product_uuid"},
		{"Product ID:                00330-80000-00000-AAOEM\n", "00330-80000-00000-AAOEM", "Product ID:"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.secret, c.in, []string{c.secret}, "")
		out := scrubTwice(t, c.in)
		mustKeep(t, c.secret, out, c.keep)
	}
	// the decoded serial is learned: its plain spelling elsewhere too
	in := `"serial-number" = <4330325a4b3141424d4436540000000000000000000000000000000000000000>` + "\nSerial C02ZK1ABMD6T\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "learned", out, "C02ZK1ABMD6T", "4330325a4b")
	if strings.Count(out, "<serial-1>") != 2 {
		t.Errorf("want one pseudonym: %q", out)
	}
}

// Hex data that decodes to no serial stays: ioreg's other data, and a
// model name in a by-id name without a serial.
func TestHWSerialsKeep(t *testing.T) {
	for _, in := range []string{
		`    |   "model" = <"MacBookPro18,3">` + "\n",
		`    |   "compatible" = <4d6163426f6f6b50726f31382c3300>` + "\n", // MacBookPro18,3
		`    |   "serial-number" = <00000000000000000000000000000000>` + "\n",
		"Name: alsa_card.pci-0000_00_1f.3\n",
		"alsa_output.usb-Focusrite_Scarlett_2i2_USB-00.analog-stereo\n",
		"by-id/ata-Samsung_SSD_860_EVO_500GB\n",
		"Product ID: 0x0a12\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed:\n in  %q\n out %q", in, out)
		}
	}
}

// PipeWire writes VENDOR_MODEL_SERIAL under device.serial: only the
// serial part is replaced and learned, so the ALSA card name keeps its
// vendor and model.
func TestHWDeviceSerialKeepsModel(t *testing.T) {
	in := "\t\tdevice.serial = \"Pioneer_DJ_Corporation_DDJ-FLX4_PDJFLX4A1B2C3-00\"\n" +
		"\tName: alsa_card.usb-Pioneer_DJ_Corporation_DDJ-FLX4_PDJFLX4A1B2C3-00\n"
	checkAllEncodings(t, "device.serial", in, []string{"PDJFLX4A1B2C3"}, "")
	out := scrubTwice(t, in)
	mustKeep(t, "device.serial", out, `device.serial = "Pioneer_DJ_Corporation_DDJ-FLX4_<serial-1>-00"`,
		"alsa_card.usb-Pioneer_DJ_Corporation_DDJ-FLX4_<serial-1>-00")
	// udev's ID_SERIAL: the same shape without the interface
	out = scrubTwice(t, "E: ID_SERIAL=SanDisk_Ultra_4C530001230915109481\nS: disk/by-id/usb-SanDisk_Ultra_4C530001230915109481-0:0\n")
	mustKeep(t, "ID_SERIAL", out, "ID_SERIAL=SanDisk_Ultra_<serial-1>", "usb-SanDisk_Ultra_<serial-1>-0:0")
	mustNotContain(t, "ID_SERIAL", out, "4C530001230915109481")
	// a serial with '_' in it and nothing model-like before stays whole
	out = scrubTwice(t, "serial: AB12_CD34_EF56\n")
	mustNotContain(t, "plain", out, "AB12", "EF56")
}

// Public GUIDs identify no one: Bluetooth SIG service UUIDs (on the base
// UUID), COM classes and interfaces of the audio stack, event providers.
func TestHWWellKnownGUIDs(t *testing.T) {
	for _, in := range []string{
		"service {0000110B-0000-1000-8000-00805F9B34FB}\n",
		"UUID: Audio Sink                (0000110b-0000-1000-8000-00805f9b34fb)\n",
		"uuid 0000fe2c-0000-1000-8000-00805f9b34fb\n",
		"CoCreateInstance({BCDE0395-E52F-467C-8E3D-C4579291692E}) failed: 0x80040154\n",
		"QueryInterface(A95664D2-9614-4F35-A746-DE8DB63617E6)\n",
		"IAudioClient {1CB9AD4C-DBFA-4C32-B178-C2F568A703B2}\n",
		"riid={00000000-0000-0000-C000-000000000046}\n",
		`<Provider Name="Application Error" Guid="{a0e9b465-b939-57d7-b27d-95d8e925ff57}"/>` + "\n",
		`<Provider Name="Windows Error Reporting" Guid="{cc79cf77-70d9-4082-9b52-23f3a3e92fe4}"/>` + "\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed:\n in  %q\n out %q", in, out)
		}
	}
	// lookalikes are scrubbed
	for _, in := range []string{
		"id 0000110b-0000-1000-8000-00805f9b34fc\n",
		"id 3f2a9c1e-0000-1000-8000-a1b2c3d4e5f6\n",
		"id bcde0395-e52f-467c-8e3d-c4579291692f\n",
	} {
		if out := scrubTwice(t, in); !strings.Contains(out, "<uuid-1>") {
			t.Errorf("kept: %q", out)
		}
	}
	// a Bluetooth device id with the service UUID in it keeps the UUID
	out := scrubTwice(t, `BTHENUM\{0000110B-0000-1000-8000-00805F9B34FB}_VID&0001000F_PID&2062\7&2A1B3C4D&0&004279AABBCC_C00000000`)
	mustKeep(t, "bthenum", out, `BTHENUM\{0000110B-0000-1000-8000-00805F9B34FB}_VID&0001000F_PID&2062\7&2A1B3C4D&0&<mac-1>_C00000000`)
}

// Placeholders name no machine: max-uint, all-F and all-zero ids.
func TestHWPlaceholderIDs(t *testing.T) {
	for _, in := range []string{
		"BootId=4294967295\n",
		"BootId=0\n",
		"machine_id: 18446744073709551615\n",
		"DeviceId=0xFFFFFFFF\n",
		"hardware_uuid: ffffffff-ffff-ffff-ffff-ffffffffffff\n",
		"ClientId={00000000-0000-0000-0000-000000000000}\n",
		"InstallId=00000000000000000000000000000000\n",
		"serial: 000000000000\n",
		"boot ffffffff-ffff-ffff-ffff-ffffffffffff and 00000000-0000-0000-0000-000000000000\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed:\n in  %q\n out %q", in, out)
		}
	}
	// an id near them is scrubbed; and a password is a password
	for _, in := range []string{"BootId=4294967294\n", "BootId=ffffffff-ffff-ffff-ffff-fffffffffff1\n", "password=4294967295\n"} {
		if out := scrubTwice(t, in); out == in {
			t.Errorf("kept: %q", in)
		}
	}
}

func jsonBytes(s string) string {
	var b strings.Builder
	b.WriteByte('[')
	for k := 0; k < len(s); k++ {
		if k > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%d", s[k])
	}
	b.WriteByte(']')
	return b.String()
}

// journalctl -o json writes a field that is not UTF-8 as an array of its
// bytes: it is scrubbed as text and written back as bytes.
func TestHWJournalByteArray(t *testing.T) {
	msg := "open /home/tmokoena/x \xff failed on 00:42:79:aa:bb:cc"
	in := `{"MESSAGE":"Segmentation fault","_HOSTNAME":"h"}` + "\n" +
		`{"MESSAGE":` + jsonBytes(msg) + `,"PRIORITY":"3","_CMDLINE":[1,2, 3]}` + "\n"
	s := newSession(t, Config{})
	var buf bytes.Buffer
	if err := s.ScrubJSON(&buf, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("lines: %q", out)
	}
	var ev struct {
		MESSAGE  []byte
		PRIORITY string
		CMDLINE  []int `json:"_CMDLINE"`
	}
	// decode the array as numbers
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(lines[1]), &raw); err != nil {
		t.Fatalf("invalid JSON %q: %v", lines[1], err)
	}
	var nums []int
	if err := json.Unmarshal(raw["MESSAGE"], &nums); err != nil {
		t.Fatalf("MESSAGE no longer an array: %s", raw["MESSAGE"])
	}
	for _, n := range nums {
		ev.MESSAGE = append(ev.MESSAGE, byte(n))
	}
	got := string(ev.MESSAGE)
	mustNotContain(t, "journal", got, "tmokoena", "00:42:79")
	mustKeep(t, "journal", got, "open /home/<user-1>/x \xff failed on <mac-1>")
	mustKeep(t, "journal", lines[1], `"PRIORITY":"3","_CMDLINE":[1,2, 3]}`)
	// untouched arrays are copied byte for byte
	clean := `{"MESSAGE":[104, 105]}` + "\n"
	buf.Reset()
	if err := newSession(t, Config{}).ScrubJSON(&buf, strings.NewReader(clean)); err != nil || buf.String() != clean {
		t.Errorf("changed: %q %v", buf.String(), err)
	}
}
