package redact

import (
	"strings"
	"testing"
)

// udev and PipeWire build a USB device's serial value VENDOR_MODEL_SERIAL
// with the vendor's USB id first where the device names no vendor
// ("046d_Logitech_BRIO_7A3C1E2F", "0c76_USB_PnP_Audio_Device"), and keep
// a vendor's '-' and '.' ("Burr-Brown_from_TI_USB_Audio_CODEC",
// "C-Media_Electronics_Inc._USB_PnP_Sound_Device"): those went whole as
// a serial, and the model with them from every device path. The serial
// at the end still goes.
func TestOver35UdevVendorIDSerial(t *testing.T) {
	for _, keep := range []string{
		"\t\tdevice.serial = \"Burr-Brown_from_TI_USB_Audio_CODEC\"\n",
		"\t\tdevice.serial = \"C-Media_Electronics_Inc._USB_PnP_Sound_Device\"\n\t\tdevice.vendor.name = \"C-Media Electronics, Inc.\"\n",
		"E: ID_SERIAL=0c76_USB_PnP_Audio_Device\nE: ID_VENDOR=0c76\n",
		"E: ID_SERIAL=046d_0825\nE: ID_VENDOR_ID=046d\nE: ID_MODEL_ID=0825\n",
		"\t\tdevice.serial = \"Burr-Brown_from_TI_USB_Audio_CODEC-00\"\n\t\tdevice.product.name = \"USB Audio CODEC\"\n",
		"E: ID_SERIAL=SteelSeries_Arctis_7\n",
		"alsa_output.usb-Burr-Brown_from_TI_USB_Audio_CODEC-00.analog-stereo",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret, model string }{
		{"\t\tdevice.vendor.name = \"Logitech, Inc.\"\n\t\tdevice.product.name = \"Logitech BRIO\"\n\t\tdevice.serial = \"046d_Logitech_BRIO_7A3C1E2F\"\n\t\tudev.id = \"usb-046d_Logitech_BRIO_7A3C1E2F-02\"\n",
			"7A3C1E2F", "046d_Logitech_BRIO_"},
		{"E: ID_SERIAL=046d_HD_Pro_Webcam_C920_B4C2A91F\nE: ID_VENDOR=046d\nE: ID_MODEL=HD_Pro_Webcam_C920\n",
			"B4C2A91F", "046d_HD_Pro_Webcam_C920_"},
		{"\t\tdevice.serial = \"C-Media_Electronics_Inc._USB_Audio_Device_3K9Q7M2X4D\"\n",
			"3K9Q7M2X4D", "C-Media_Electronics_Inc._USB_Audio_Device_"},
		{"E: ID_SERIAL=0bda_USB3.0_Card_Reader_201006010301-0:0\n",
			"201006010301", "0bda_USB3.0_Card_Reader_"},
		{"E: ID_SERIAL=046d_0825_9F3D21A7\n", "9F3D21A7", "046d_0825_"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		if !strings.Contains(out, c.model) {
			t.Errorf("model lost: %q -> %q", c.in, out)
		}
	}
	// a hex vendor id before one more part is a model only where that part
	// is no serial's shape
	for _, c := range []struct{ in, secret string }{
		{"E: ID_SERIAL=046d_A1B2C3D4E5F6\n", "A1B2C3D4E5F6"},
		{"\t\tdevice.serial = \"0c76_7Q2W9E4R1T\"\n", "7Q2W9E4R1T"},
	} {
		mustNotContain(t, "vendor id and serial", scrubTwice(t, c.in), c.secret)
	}
}

// A package at a four-part version that reads as an IPv4 address went as
// an account at a machine, and the package's name as a user from the
// whole report ("react" out of "react-dom") where pnpm or npm writes it
// after a word that says a package stands there: " WARN  deprecated
// lodash@…", "peerOptional react@…", "No matching version found for
// lodash@…".
// An account at an address after other words still goes.
func TestOver35PackageWordBeforeVersion(t *testing.T) {
	for _, keep := range []string{
		" WARN  deprecated lodash@4.17.21.1\n",
		" WARN  deprecated request@2.88.2.1: request has been deprecated, see https://github.com/request/request/issues/3142\n",
		" ERR_PNPM_NO_MATCHING_VERSION  No matching version found for lodash@4.17.21.1\n",
		"While resolving: react-dom@16.14.0\nFound: peerOptional react@16.14.0.1\n",
		"error Couldn't find package \"left-pad@1.13.0.1\" required by \"my-app@1.0.0\" on the \"npm\" registry.\n",
		"No matching versions for chalk@5.30.1.2\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Login for kofi.mensah@81.2.69.160 failed\n", "kofi.mensah"},
		{"Accepted key for ngozi_a@81.2.69.160\n", "ngozi_a"},
		{"x: thandeka@81.2.69.160\n", "thandeka"},
		{"peer ngozi@8.12.3.4 joined\n", "ngozi"},
		{"deploy target: wanjiru@5.61.22.9 (ok)\n", "wanjiru"},
		{"connecting as zoe.k@81.2.69.160 for version 2\n", "zoe.k"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// vulkaninfo's driverUUID and pipelineCacheUUID name the driver's build,
// the same on every machine that runs that driver: they went as machine
// ids. The GPU's own deviceUUID still goes.
func TestOver35VulkanDriverUUID(t *testing.T) {
	for _, keep := range []string{
		"VkPhysicalDeviceProperties:\n---------------------------\n\tapiVersion        = 1.3.280 (4206872)\n\tdriverVersion     = 550.120.0.0 (2306867200)\n\tvendorID          = 0x10de\n\tdeviceID          = 0x2684\n\tdeviceType        = PHYSICAL_DEVICE_TYPE_DISCRETE_GPU\n\tdeviceName        = NVIDIA GeForce RTX 4090\n\tpipelineCacheUUID = 9c2f1a0e-7b3d-4c5e-8f60-1a2b3c4d5e6f\n",
		"\tdriverUUID      = 7b3e2a10-44c1-5d6e-9f80-1a2b3c4d5e6f\n\tdeviceNodeMask  = 0\n\tdeviceLUIDValid = false\n",
		`{"driverUUID": "7b3e2a10-44c1-5d6e-9f80-1a2b3c4d5e6f", "driverName": "radv"}`,
	} {
		mustKeepTwice(t, keep)
	}
	checkBothPaths(t, "VkPhysicalDeviceIDProperties:\n-----------------------------\n\tdeviceUUID      = 4a1c2b3d-5e6f-7081-92a3-b4c5d6e7f809\n\tdriverUUID      = 7b3e2a10-44c1-5d6e-9f80-1a2b3c4d5e6f\n", "4a1c2b3d-5e6f-7081-92a3-b4c5d6e7f809")
}

// SpiderMonkey's and JavaScriptCore's stack frames write a function at
// its script's URL ("_onDestroy@resource:///org/gnome/shell/ui/popupMenu.js:1155:9",
// GNOME Shell's journal; Firefox's and Safari's consoles): the function
// went as an account, and from the whole report with it, the scheme as
// its host. scp's and a prompt's user@host:/path still go.
func TestOver35JSStackFrameNoAccount(t *testing.T) {
	for _, keep := range []string{
		"gnome-shell[2100]: JS ERROR: TypeError: this._delegate is null\n" +
			"                                            _onDestroy@resource:///org/gnome/shell/ui/popupMenu.js:1155:9\n" +
			"                                            _init/<@resource:///org/gnome/shell/ui/popupMenu.js:245:53\n" +
			"                                            promise callback*_loadExtension@resource:///org/gnome/shell/ui/extensionSystem.js:380:13\n",
		"onLoad@chrome://browser/content/browser.js:1234:5\nhandleEvent@chrome://global/content/elements/browser-custom-element.js:12:9\n",
		"render@https://cdn.example.com/static/js/main.4f2a9c1e.js:2:104233\ncommitRoot@https://cdn.example.com/static/js/main.4f2a9c1e.js:2:88012\n" +
			"the render pass and commitRoot\n",
		"global code@file:///Users/Shared/app/index.html:10:20\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"scp kofi.mensah@studio-nas:/srv/mixes/set.wav .\n", "kofi.mensah"},
		{"ngozi_a@studio:/home/ngozi_a$ make\n", "ngozi_a"},
		{"git clone wanjiru@build-box:repos/app.git\n", "wanjiru"},
		{"thandeka@nas:~$ ls\n", "thandeka"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// systemd-logind's sessions of a display manager's greeter run as its
// daemon's account ("Started Session 5 of User gdm."), no person's: the
// account went. A session without an audit id is numbered "c1" (the
// greeter's; every session in a container): the account after it
// stayed, and goes now as after "session 3".
func TestOver35SessionOfDaemonUser(t *testing.T) {
	for _, keep := range []string{
		"systemd[1]: Started Session 5 of User gdm.\n",
		"systemd-logind[712]: New session 2 of user lightdm.\n",
		"New session 4 of user sddm.\nNew session c1 of user gdm.\n",
		"systemd-logind[712]: Removed session c3.\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Dec 07 11:02:03 studio systemd[1]: Started Session c3 of User kofi.\n", "kofi"},
		{"systemd-logind[712]: New session c12 of user ngozi_a.\n", "ngozi_a"},
		{"systemd-logind[712]: New session 7 of user jack.\n", "jack"},
		{"systemd-logind[712]: New session 9 of user oluwaseun.\n", "oluwaseun"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}
