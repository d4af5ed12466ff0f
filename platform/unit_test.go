package platform

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"crashd/report"
)

func TestParseEDID(t *testing.T) {
	b := makeEDID("DEL", "DELL U2720Q", "DPX7K21", 3840, 2160, 53322, 160, 62)
	e, err := parseEDID(b)
	if err != nil {
		t.Fatal(err)
	}
	want := edidInfo{Vendor: "DEL", Name: "DELL U2720Q", Width: 3840, Height: 2160, RefreshHz: 59.99}
	if e != want {
		t.Errorf("got %+v, want %+v", e, want)
	}
	bad := slices.Clone(b)
	bad[127]++
	var fe *FormatError
	if _, err := parseEDID(bad); !errors.As(err, &fe) || fe.Msg != "bad checksum" {
		t.Errorf("bad checksum: %v", err)
	}
	if _, err := parseEDID(b[:100]); !errors.As(err, &fe) {
		t.Errorf("short: %v", err)
	}
	bad = slices.Clone(b)
	bad[0] = 1
	if _, err := parseEDID(bad); !errors.As(err, &fe) || fe.Msg != "bad header" {
		t.Errorf("header: %v", err)
	}
}

func FuzzParseEDID(f *testing.F) {
	f.Add(makeEDID("SAM", "LS27A800U", "H4ZR100123", 2560, 1440, 24150, 160, 41))
	f.Add(make([]byte, 128))
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := parseEDID(b)
		if err == nil && (e.Width < 0 || e.Height < 0 || len(e.Name) > 13) {
			t.Errorf("nonsense %+v", e)
		}
	})
}

func TestScanIDs(t *testing.T) {
	const table = "# comment\n" +
		"1002  Advanced Micro Devices, Inc. [AMD/ATI]\n\t73bf  Navi 21 [Radeon RX 6800/6800 XT / 6900 XT]\n" +
		"10de  NVIDIA Corporation\n\t2484  GA104 [GeForce RTX 3070]\n\t\t1462 3903  GeForce RTX 3070 Gaming X Trio\n\t2684  AD102 [GeForce RTX 4090]\n" +
		"C 03  Display controller\n\t00  VGA compatible controller\n"
	out := idNames{}
	want := map[string]map[string]bool{"10de": {"2684": true, "3903": true}, "03": {"00": true}}
	scanIDs(strings.NewReader(table), want, out)
	if out["10de"] != "NVIDIA Corporation" || out["10de:2684"] != "AD102 [GeForce RTX 4090]" || len(out) != 2 {
		t.Errorf("got %v", out)
	}
	if gpuModelName(out["10de:2684"]) != "GeForce RTX 4090" || gpuModelName("Radeon 780M") != "Radeon 780M" {
		t.Error("gpuModelName")
	}
	if got := (idTable{paths: []string{"/nonexistent/pci.ids"}}).lookup([]string{"10de:2684"}); len(got) != 0 {
		t.Errorf("missing table gave %v", got)
	}
}

func TestParseUevent(t *testing.T) {
	msg := []byte("add@/devices/pci0000:00/0000:00:14.0/usb1/1-2\x00ACTION=add\x00DEVPATH=/devices/pci0000:00/0000:00:14.0/usb1/1-2\x00SUBSYSTEM=usb\x00DEVTYPE=usb_device\x00PRODUCT=2b73/1/100\x00SEQNUM=4711\x00")
	a, s, ok := parseUevent(msg)
	if !ok || a != "add" || s != "usb" || !relevantUevent(a, s) {
		t.Errorf("got %q %q %v", a, s, ok)
	}
	if _, _, ok := parseUevent([]byte("libudev\x00\xfe\xed\xca\xfe")); ok {
		t.Error("udev message accepted")
	}
	for _, c := range []struct {
		action, subsystem string
		want              bool
	}{{"bind", "usb", false}, {"change", "usb", false}, {"change", "drm", true}, {"remove", "sound", true}, {"add", "net", false}, {"change", "power_supply", true}} {
		if relevantUevent(c.action, c.subsystem) != c.want {
			t.Errorf("relevantUevent(%q, %q) != %v", c.action, c.subsystem, c.want)
		}
	}
}

func TestPathsFor(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		goos   string
		system bool
		env    map[string]string
		home   string
		want   Paths
	}{
		{"linux", false, nil, "/home/maria", Paths{"/home/maria/.config/crashd/config.toml", "/home/maria/.local/state/crashd", "/etc/crashd/policy.toml"}},
		{"linux", false, map[string]string{"XDG_CONFIG_HOME": "/cfg/", "XDG_STATE_HOME": "relative/ignored"}, "/home/maria",
			Paths{"/cfg/crashd/config.toml", "/home/maria/.local/state/crashd", "/etc/crashd/policy.toml"}},
		{"linux", true, map[string]string{"XDG_CONFIG_HOME": "/cfg"}, "/root", Paths{"/etc/crashd/config.toml", "/var/lib/crashd", "/etc/crashd/policy.toml"}},
		{"freebsd", true, nil, "/root", Paths{"/etc/crashd/config.toml", "/var/lib/crashd", "/etc/crashd/policy.toml"}},
		{"darwin", false, nil, "/Users/maria", Paths{"/Users/maria/Library/Application Support/crashd/config.toml", "/Users/maria/Library/Application Support/crashd", "/Library/Application Support/crashd/policy.toml"}},
		{"darwin", true, nil, "/var/root", Paths{"/Library/Application Support/crashd/config.toml", "/Library/Application Support/crashd", "/Library/Application Support/crashd/policy.toml"}},
		{"windows", false, map[string]string{"APPDATA": `C:\Users\maria\AppData\Roaming`, "LOCALAPPDATA": `C:\Users\maria\AppData\Local\`, "ProgramData": `D:\ProgramData`}, `C:\Users\maria`,
			Paths{`C:\Users\maria\AppData\Roaming\crashd\config.toml`, `C:\Users\maria\AppData\Local\crashd`, `D:\ProgramData\crashd\policy.toml`}},
		{"windows", false, nil, `C:\Users\maria`, Paths{`C:\Users\maria\AppData\Roaming\crashd\config.toml`, `C:\Users\maria\AppData\Local\crashd`, `C:\ProgramData\crashd\policy.toml`}},
		{"windows", true, map[string]string{"ProgramData": `C:\ProgramData`}, ``, Paths{`C:\ProgramData\crashd\config.toml`, `C:\ProgramData\crashd`, `C:\ProgramData\crashd\policy.toml`}},
	}
	for _, c := range cases {
		if got := pathsFor(c.goos, c.system, env(c.env), c.home); got != c.want {
			t.Errorf("%s system=%v env=%v:\n got %+v\nwant %+v", c.goos, c.system, c.env, got, c.want)
		}
	}
	if p := DefaultPaths(false); p.ConfigFile == "" || p.StateDir == "" || p.PolicyFile == "" {
		t.Errorf("DefaultPaths = %+v", p)
	}
}

func TestScrubOwnerName(t *testing.T) {
	for in, want := range map[string]string{
		"Juan's AirPods Pro":   "<owner>'s AirPods Pro",
		"Anna’s iPhone":        "<owner>'s iPhone",
		"Mary Ann's Beats":     "<owner>'s Beats",
		"AirPods de Juan":      "AirPods",
		"DDJ-400":              "DDJ-400",
		"Scarlett 2i2 USB":     "Scarlett 2i2 USB",
		"MacBook Pro Speakers": "MacBook Pro Speakers",
	} {
		if got := scrubOwnerName(in); got != want {
			t.Errorf("scrubOwnerName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSmallHelpers(t *testing.T) {
	env := map[string]string{"LANG": "de_DE.UTF-8@euro"}
	if got := localeFromEnv(func(k string) string { return env[k] }); got != "de_DE" {
		t.Errorf("locale %q", got)
	}
	env["LC_ALL"] = "C"
	if got := localeFromEnv(func(k string) string { return env[k] }); got != "" {
		t.Errorf("C locale gave %q", got)
	}
	if normLocale("en-US") != "en_US" {
		t.Error("normLocale")
	}
	for _, c := range [][3]string{{"QEMU", "Standard PC (Q35 + ICH9, 2009)", "qemu"}, {"VMware, Inc.", "VMware7,1", "vmware"},
		{"innotek GmbH", "VirtualBox", "oracle"}, {"Microsoft Corporation", "Virtual Machine", "microsoft"},
		{"Microsoft Corporation", "Surface Laptop 5", ""}, {"Dell Inc.", "XPS 15 9520", ""}, {"Red Hat", "KVM", "kvm"}} {
		if got := vmFromVendor(c[0], c[1]); got != c[2] {
			t.Errorf("vmFromVendor(%q, %q) = %q, want %q", c[0], c[1], got, c[2])
		}
	}
	for in, want := range map[string]string{"0x2B73": "2b73", "2b73": "2b73", "0x1  (Apple)": "0001", "zz": "", "0x123456": ""} {
		if got := hexID(in, 4); got != want {
			t.Errorf("hexID(%q) = %q", in, got)
		}
	}
	if bcdVersion("0623") != "6.23" || bcdVersion("0100") != "1.00" || bcdVersion("0009") != "0.09" || bcdVersion("") != "" {
		t.Error("bcdVersion")
	}
	if got := joinClasses([]string{"hid", "midi", "hid", "audio", "vendor-specific", ""}); got != "audio+midi+hid+vendor-specific" {
		t.Errorf("joinClasses = %q", got)
	}
	if got := keepCPUFeatures([]string{"fpu", "asimd", "sve", "AVX2"}); strings.Join(got, ",") != "avx2,neon,asimd,sve" {
		t.Errorf("keepCPUFeatures = %q", got)
	}
	if cleanName("  DDJ-400\x00\x00  ") != "DDJ-400" || !utf8.ValidString(cleanName(strings.Repeat("é", 100))) {
		t.Error("cleanName")
	}
}

func TestParseSeqClients(t *testing.T) {
	b := []byte("Client info\n  cur  clients : 4\n\nClient   0 : \"System\" [Kernel]\n  Port   0 : \"Timer\" (Rwe-)\n" +
		"Client  14 : \"Midi Through\" [Kernel]\n  Port   0 : \"Midi Through Port-0\" (RWe-)\n" +
		"Client  24 : \"Launchpad Mini\" [Kernel]\n  Port   0 : \"Launchpad Mini MIDI 1\" (RWeX)\n  Port   1 : \"Launchpad Mini MIDI 2\" (R-e-)\n" +
		"Client 128 : \"rtpmidi studio-pc\" [User]\n  Port   0 : \"Network\" (RWe-)\n")
	got := parseSeqClients(b)
	if len(got) != 1 || got[0] != (report.MIDIDev{Name: "Launchpad Mini", Inputs: 2, Outputs: 1}) {
		t.Errorf("got %+v", got)
	}
}
