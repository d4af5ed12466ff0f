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
