package redact

import "testing"

// Samples from a probe with data no earlier test had: DJ software logs,
// system dumps and crash logs, with identities nobody planned for.

// "Logged in as" with a full name: every word of it is the person, and a
// name may start with a letter outside ASCII.
func TestProbe5SignedInFullName(t *testing.T) {
	for _, tc := range []struct {
		in      string
		secrets []string
		keep    []string
	}{
		{"iZotope Product Portal: logged in as Søren Ødegård, account ok", []string{"Søren", "Ødegård"}, []string{"iZotope Product Portal: logged in as <user-", ", account ok"}},
		{"Signed in as Oluwaseun Adébáyọ̀ (Pro plan)", []string{"Oluwaseun", "Adébáyọ̀"}, []string{"Signed in as <user-", "(Pro plan)"}},
		{"logged in as Ødegård\n", []string{"Ødegård"}, []string{"logged in as <user-"}},
		{"Logged in as kai.o from app", []string{"kai.o"}, []string{"Logged in as <user-", " from app"}},
	} {
		checkAllEncodings(t, tc.in, tc.in, tc.secrets, "")
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.secrets...)
		mustKeep(t, tc.in, out, tc.keep...)
	}
}

// msinfo32's text export writes "Item<TAB>Value<TAB>" rows; its header
// line writes "System Name: HOST".
func TestProbe5Msinfo32(t *testing.T) {
	in := "System Information report written at: 12/01/26 20:11:03\r\nSystem Name: SIOBHAN-XPS15\r\n[System Summary]\r\n\r\n" +
		"Item\tValue\t\r\nOS Name\tMicrosoft Windows 11 Home\t\r\nSystem Name\tSIOBHAN-XPS15\t\r\n" +
		"System Model\tXPS 15 9530\t\r\nProcessor\t13th Gen Intel(R) Core(TM) i7-13700H, 2400 Mhz, 14 Core(s)\t\r\n" +
		"User Name\tSIOBHAN-XPS15\\Siobhán Ní Bhriain\t\r\nTime Zone\tGMT Standard Time\t\r\n" +
		"PNP Device ID\tPCI\\VEN_8086&DEV_51F0&SUBSYS_00948086&REV_01\\3&11583659&0&A3\t\r\n" +
		"Model\tSamsung SSD 980 PRO 1TB\t\r\nSerial Number\t0025_38B5_71B0_4D2E.\t\r\nPartitions\t3\t\r\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "msinfo32", out, "SIOBHAN-XPS15", "Siobhán", "Bhriain", "0025_38B5_71B0_4D2E")
	mustKeep(t, "msinfo32", out, "OS Name\tMicrosoft Windows 11 Home\t", "System Model\tXPS 15 9530\t",
		"Processor\t13th Gen Intel(R) Core(TM) i7-13700H", "Time Zone\tGMT Standard Time\t",
		"PCI\\VEN_8086&DEV_51F0&SUBSYS_00948086&REV_01", "Model\tSamsung SSD 980 PRO 1TB\t", "Partitions\t3\t")
	checkAllEncodings(t, "msinfo32", in, []string{"SIOBHAN-XPS15", "Bhriain", "0025_38B5_71B0_4D2E"}, "")
}

// A device id key whose value is a PnP device instance path (DxDiag's
// "Hardware ID", Get-PnpDevice's "DeviceID"): the enumerator, vendor and
// product ids are what support needs; the serial or Bluetooth address in
// its instance part is scrubbed by the path detector.
func TestProbe5PnPHardwareIDKept(t *testing.T) {
	for _, tc := range []struct {
		in      string
		secrets []string
		keep    []string
	}{
		{"            Hardware ID: USB\\VID_1235&PID_8210&REV_0608&MI_00\n", nil,
			[]string{"USB\\VID_1235&PID_8210&REV_0608&MI_00"}},
		{"            Hardware ID: BTHENUM\\{0000110b-0000-1000-8000-00805f9b34fb}_VID&0001004c_PID&2014\n", nil,
			[]string{"BTHENUM\\{0000110b-0000-1000-8000-00805f9b34fb}_VID&0001004c_PID&2014"}},
		{"DeviceID                    : BTHENUM\\{0000110B-0000-1000-8000-00805F9B34FB}_LOCALMFG&000F\\7&1A2B3C4D&0&AC800A112233_C00000000\n",
			[]string{"AC800A112233"}, []string{"DeviceID                    : BTHENUM\\{0000110B-0000-1000-8000-00805F9B34FB}_LOCALMFG&000F\\"}},
		{"DeviceID: USB\\VID_2B73&PID_0023\\DJX4A1B2C3D4\n", []string{"DJX4A1B2C3D4"}, []string{"DeviceID: USB\\VID_2B73&PID_0023\\<serial-"}},
		// a plain device id is still one
		{"DeviceID: 7F3A9C21-4B5D-4E6F-8A9B-0C1D2E3F4A5B\n", []string{"7F3A9C21"}, nil},
	} {
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.secrets...)
		mustKeep(t, tc.in, out, tc.keep...)
	}
}

// HotSpot's hs_err "Host:" line names the CPU, cores and OS, never the
// machine: "Intel(R" is no host name.
func TestProbe5HsErrHostLine(t *testing.T) {
	for _, in := range []string{
		"Host: Intel(R) Core(TM) i7-1165G7 @ 2.80GHz, 8 cores, 15G,  Windows 11 , 64 bit Build 22621 (10.0.22621.4391)\n",
		"Host: \"MacBookPro18,3\" arm64, 10 cores, 32G, Darwin 23.1.0, macOS 14.1 (23B74)\n",
		"Host: AMD Ryzen 9 5900X 12-Core Processor, 24 cores, 31G, Ubuntu 22.04.3 LTS\n",
	} {
		out := scrubTwice(t, in)
		if out != in {
			t.Errorf("hs_err Host line changed:\n in  %q\n out %q", in, out)
		}
	}
	for _, in := range []string{"Host: studio-pc\n", "Host: studio-pc, POWER10 (architected), altivec supported, 64 cores, 127G, SLES 15\n"} {
		out := scrubTwice(t, in)
		mustNotContain(t, "host key", out, "studio-pc")
		mustKeep(t, "host key", out, "Host: <host-")
	}
}

// Network names under keys no earlier sample had: ioreg's IO80211SSID,
// nmcli's GENERAL.CONNECTION and connection.id (a profile named after
// the network).
func TestProbe5WiFiKeys(t *testing.T) {
	for _, tc := range []struct{ in, secret, keep string }{
		{"        \"IO80211SSID\" = \"Ní Bhriain Home 5G\"\n", "Bhriain", "\"IO80211SSID\" = \""},
		{"GENERAL.CONNECTION:                     Adébáyọ̀ Family WiFi\n", "Adébáyọ̀", "GENERAL.CONNECTION:"},
		{"connection.id:                          Ødegård Hytte 5G\n", "Ødegård", "connection.id:"},
	} {
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.secret)
		mustKeep(t, tc.in, out, tc.keep)
		if js := scrubJSONMessage(t, tc.in); js == tc.in {
			t.Errorf("json: %q unchanged", js)
		}
	}
}

// wmic prints a property as a table: the header "SerialNumber", then one
// value per line (wmic ends its lines "\r\r\n"), in columns when several
// properties are asked for.
func TestProbe5WmicSerialColumn(t *testing.T) {
	for _, tc := range []struct {
		in      string
		secrets []string
		keep    []string
	}{
		{"SerialNumber\r\r\nS4EVNF0M812345K\r\r\n0025_38B5_71B0_4D2E.\r\r\nWD-WX12A34B5678\r\r\n\r\r\n",
			[]string{"S4EVNF0M812345K", "0025_38B5_71B0_4D2E", "WX12A34B5678"}, []string{"SerialNumber\r\r\n<serial-"}},
		{"Model                          SerialNumber     Size\r\r\nSamsung SSD 980 PRO 1TB        S5GXNF0R123456A  1000202273280\r\r\nWDC WD20EZBX-00AYRA0           WD-WX12A34B5678  2000396321280\r\r\n\r\r\n",
			[]string{"S5GXNF0R123456A", "WX12A34B5678"}, []string{"Samsung SSD 980 PRO 1TB", "WDC WD20EZBX-00AYRA0", "1000202273280", "2000396321280"}},
		{"IdentifyingNumber  Name\r\r\nPF3ABCDE           21HMCTO1WW\r\r\n", []string{"PF3ABCDE"}, []string{"21HMCTO1WW"}},
		{"SerialNumber\n------------\nC02XK1ABJGH5\n", []string{"C02XK1ABJGH5"}, []string{"------------"}},
	} {
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.secrets...)
		mustKeep(t, tc.in, out, tc.keep...)
		mustNotContain(t, tc.in+"/json", scrubJSONMessage(t, tc.in), tc.secrets...)
	}
	// prose that names the column is no table
	in := "The SerialNumber  field\nis empty on this board\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("prose changed: %q", out)
	}
}

// A user name learned from a path is often the person's name squashed to
// ASCII (macOS makes the short name "sorenodegard" of "Søren Ødegård");
// the name written out in the same report is the same person.
func TestProbe5SquashedNames(t *testing.T) {
	for _, tc := range []struct {
		in      string
		secrets []string
		keep    []string
	}{
		{"DB path: /Users/nguyenthimai/Library/Pioneer/rekordbox/master.db\nLoaded track Nguyễn Thị Mai - Demo Mix 03.mp3\n",
			[]string{"Nguyễn", "Thị Mai", "nguyenthimai"}, []string{"Loaded track <user-1> - Demo Mix 03.mp3"}},
		{"home /Users/sorenodegard/Music\nThanks, Søren Ødegård. Soren Odegard\n",
			[]string{"Søren", "Ødegård", "Soren", "Odegard"}, []string{"Thanks, <user-1>. <user-1>"}},
		{"C:\\Users\\soren\\x.dll\nHei Søren!\n", []string{"Søren"}, []string{"Hei <user-1>!"}},
		{"/home/kaiokonkwo/.config\nauthor Kai Okonkwo\n", []string{"Kai Okonkwo"}, []string{"author <user-1>"}},
		{"/home/seun.adebayo/x\nSeun Adébáyọ̀ (Lagos)\n", []string{"Adébáyọ̀", "seun"}, []string{"(Lagos)"}},
		{"DB path: /Users/nguyenthimai/Library/x.db\nLoaded track /Users/nguyenthimai/Music/Nguyễn Thị Mai - Demo Mix 03.mp3\n",
			[]string{"Nguyễn", "Thị Mai", "nguyenthimai"}, []string{"/Music/<user-1> - Demo Mix 03.mp3"}},
		{"C:\\Users\\sorenodegard\\x\nopen D:\\Sets\\Søren Ødegård\\set.als\n", []string{"Søren", "Ødegård"}, []string{"D:\\Sets\\<user-1>\\set.als"}},
	} {
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.secrets...)
		mustKeep(t, tc.in, out, tc.keep...)
		checkAllEncodings(t, tc.in, tc.in, tc.secrets, "")
	}
	// capitalised words that spell no learned name stay
	in := "/Users/sorenodegard/x\nProgram Files Native Instruments Søndag Oslo\n"
	mustKeep(t, "unrelated", scrubTwice(t, in), "Program Files Native Instruments Søndag Oslo")
}

// An account key with a long number is an account number in the vendor's
// database ("Account ID: 5521349"), no name and no Unix uid.
func TestProbe5AccountNumber(t *testing.T) {
	for _, in := range []string{"Account ID: 5521349\n", "accountId=88421307 plan=pro\n", "user: 120045512\n"} {
		out := scrubTwice(t, in)
		mustNotContain(t, in, out, "5521349", "88421307", "120045512")
		mustKeep(t, in, out, "<uid-")
	}
	for _, in := range []string{"user: 1000\n", "Account ID: 0\n"} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("%q changed: %q", in, out)
		}
	}
}

// WER's "Problem signature" as Reliability Monitor and Event Viewer print
// it: P2 and P5 are versions, which support needs, no addresses.
func TestProbe5ProblemSignatureVersions(t *testing.T) {
	in := "Problem signature:\r\nP1: rekordbox.exe\r\nP2: 7.0.6.0\r\nP3: 672b1f3c\r\nP4: AudioEngine.dll\r\nP5: 7.0.6.0\r\nP6: 672b1f3c\r\nP7: c0000005\r\nP8: 00000000001a2b3c\r\nP10: 10.0.22631.2.0.0.256.48\r\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("problem signature changed:\n in  %q\n out %q", in, out)
	}
	// an address after another key is still one
	out := scrubTwice(t, "peer: 81.2.69.160\nPeer 81.2.69.161 P: 81.2.69.162\n")
	mustNotContain(t, "ip", out, "81.2.69.160", "81.2.69.161", "81.2.69.162")
}

// "user first.last" in prose: an account in the shape people's accounts
// have; other words after "user" are prose.
func TestProbe5UserDottedAccount(t *testing.T) {
	in := "iZotope Ozone 11 crash: EXC_BAD_ACCESS in iZOzone11::DSP::process(), user siobhan.nibhriain, machine x\n"
	out := scrubTwice(t, in)
	mustNotContain(t, in, out, "siobhan", "nibhriain")
	mustKeep(t, in, out, "iZOzone11::DSP::process(), user <user-", ", machine x")
	checkAllEncodings(t, in, in, []string{"siobhan.nibhriain"}, "hello Siobhan")
	for _, keep := range []string{"waiting for user input.\n", "read user config.json failed\n", "user os.path(x)\n", "the user interface_state was reset\n", "if user self.name is None\n", "user first_last,\n"} {
		mustKeepTwice(t, keep)
	}
}

// Serials and activation codes after a word, no colon: "(SN X)" as
// device errors print it, Steinberg's "Activation Code X".
func TestProbe5SerialAndActivationPhrases(t *testing.T) {
	for _, tc := range []struct{ in, secret, keep string }{
		{"System.InvalidOperationException: Device 'DDJ-FLX4' (SN 2B73-0023-DJX4A1B2C3D4) not ready\n", "DJX4A1B2C3D4", "Device 'DDJ-FLX4' (SN <serial-"},
		{"Device (SN DJX4A1B2C3D4) not ready\n", "DJX4A1B2C3D4", "(SN <serial-"},
		{"Steinberg Licensing: Activation Code 1234-ABCD-5678-EFGH-9012, Computer Name x\n", "1234-ABCD-5678-EFGH-9012", "Activation Code <license-"},
		{"activation key 8F3A-2B4C-9D1E-7A6B-3C5D ok\n", "8F3A-2B4C", "activation key <license-"},
	} {
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.secret)
		mustKeep(t, tc.in, out, tc.keep)
		checkAllEncodings(t, tc.in, tc.in, []string{tc.secret}, "")
	}
	for _, keep := range []string{"SN 2 of 4 ready\n", "Activation code missing, retry\n", "activation code expired.\n"} {
		mustKeepTwice(t, keep)
	}
}

// A Sentry-style user object printed in a text log line: its id is the
// account, as ScrubJSON treats it; other objects' ids stay.
func TestProbe5UserObjectIDInText(t *testing.T) {
	for _, tc := range []struct{ in, secret string }{
		{`{"level":"error","msg":"sync failed","user":{"id":"u_8f3a2b1c","email":"mai.nguyen@icloud.com"}}` + "\n", "u_8f3a2b1c"},
		{`log {"user": {"id": 48213377}} x` + "\n", "48213377"},
	} {
		out := scrubTwice(t, tc.in)
		mustNotContain(t, tc.in, out, tc.secret)
	}
	in := `{"device":{"id":"d_42"},"thread":{"id":882211}}` + "\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("%q changed: %q", in, out)
	}
}

// PipeWire's node.name names an audio node, no machine: the Bluetooth
// address in it is scrubbed as what it is and the node kind kept.
func TestProbe5PipeWireNodeName(t *testing.T) {
	in := "Sink #52\n\tName: bluez_output.AC_80_0A_11_22_33.1\n\tProperties:\n\t\tnode.name = \"bluez_output.AC_80_0A_11_22_33.1\"\n\t\tapplication.process.host = \"oluwaseun-thinkpad\"\n"
	out := scrubTwice(t, in)
	mustNotContain(t, "pactl", out, "AC_80_0A_11_22_33", "oluwaseun-thinkpad")
	mustKeep(t, "pactl", out, "Name: bluez_output.<mac-1>.1", "node.name = \"bluez_output.<mac-1>.1\"", "application.process.host = \"<host-")
	mustKeep(t, "uname", scrubTwice(t, "nodename: studio-pc\n"), "nodename: <host-")
}
