package redact

import (
	"testing"
)

// yarn's and pnpm's lockfiles and output name a dependency with the
// protocol it resolves by ("lodash@npm:4.17.21", "app@workspace:."): no
// user at a machine called npm, and learned, the package's name went from
// every line of the report ("+ lodash@4.17.21", "node_modules/lodash").
// An scp or a prompt at a machine still names its user.
func TestOver37DependencyProtocol(t *testing.T) {
	for _, keep := range []string{
		"\"lodash@npm:^4.17.21, lodash@npm:^4.17.4\":\n  version: 4.17.21\n  resolution: \"lodash@npm:4.17.21\"\n" +
			"  checksum: 10c0/d8cbea072bb08655bb4c989da418994b073a608dffa608b09ac04b43a791b12aeae7cd7ad919aa4c925f33b48490b5cfe6c1f71d827956071dae2e7bb3a6b74\n" +
			"+ lodash@4.17.21\nat Object.<anonymous> (/app/node_modules/lodash/lodash.js:1234:5)\n",
		"\"my-app@workspace:.\":\n  version: 0.0.0-use.local\n  resolution: \"my-app@workspace:.\"\n",
		"\"@babel/core@npm:^7.23.0\":\n  resolution: \"@babel/core@npm:7.23.9\"\n",
		"\"lodash@patch:lodash@npm%3A4.17.21#./.yarn/patches/lodash-npm-4.17.21-6382451519.patch::locator=app%40workspace%3A.\":\n",
		"➤ YN0000: ┌ Resolution step\n➤ YN0060: │ react-dom@npm:18.2.0 provides react (p1a2b3) with version 18.3.1\n",
		"\"left-pad@github:stevemao/left-pad#v1.3.0\":\n\"utils@link:../utils\":\n\"core@portal:./packages/core\":\n\"vendored@file:./vendor/pkg.tgz\":\n",
		"ERR_PNPM_NO_MATCHING_VERSION  No matching version found for chalk@npm:6.0.0\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"kwabena@buildbox:~/src/app$ yarn install\n\"lodash@npm:4.17.21\":\n", "kwabena"},
		{"scp dist.tgz thandiwe@npm:/srv/releases/\n", "thandiwe"},
		{"git clone oluwaseun@studio-nas:repo\nresolution: \"react@npm:18.2.0\"\n", "oluwaseun"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// Debian's fstab mounts a CD and a floppy at /media/cdrom0 and
// /media/floppy0, usbmount its sticks at /media/usb0 to usb7, and a
// dual boot its Windows partition at /media/windows: no user's folder,
// and learned, "usb" and "windows" went from every line. udisks' and
// Ubuntu's /media/NAME and /run/media/NAME still name the user.
func TestOver37MediaMountPoints(t *testing.T) {
	for _, keep := range []string{
		`{"mounts": ["/media/cdrom0", "/media/usb0", "/media/floppy0", "/mnt/wsl"]}` + "\n",
		"/dev/sr0 on /media/cdrom0 type iso9660 (ro,nosuid,nodev,relatime,nojoliet,check=relaxed,map=normal,blocksize=2048)\n",
		"/dev/sdb1 /media/usb0 vfat rw,noexec,nodev,sync,noatime,nodiratime 0 0\nusb 1-1.2: new high-speed USB device number 5 using xhci_hcd\n",
		"/dev/fd0       /media/floppy0  auto    rw,user,noauto,exec,utf8 0       0\n",
		"/dev/nvme0n1p3 on /media/windows type fuseblk (rw,nosuid,nodev,relatime,user_id=0,group_id=0)\nwindows partition is hibernated\n",
		"Mounted /media/cdrom, /media/dvd1, /media/disk2 and /media/psf/Home\n",
		"os.Open(\"/media/usb1/backup.tar\"): read-only file system\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{`{"mounts": ["/media/cdrom0", "/run/media/kofi/USB"]}` + "\n", "kofi"},
		{"/dev/sdb1 on /media/chukwuemeka/KINGSTON type vfat (rw,nosuid,nodev)\n/media/usb0\n", "chukwuemeka"},
		{"Mounted /media/cdrom0 and /media/nguyen.thi.mai/Backup\n", "nguyen.thi.mai"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// A maintainer's surname or a word of their address that names a
// platform ("approved by Ian Darwin", "<sascha-web-bugs.freedesktop.org@
// silbe.org>") was learned alone, and went from every target triple,
// GOOS and bug link of the report. The whole name and its parts that
// name no platform still go.
func TestOver37PlatformNameParts(t *testing.T) {
	for _, c := range []struct{ in, secret, keep string }{
		{"* Remove 3rd and 4th copyright clause; approved by Ian Darwin.\ntarget: aarch64-apple-darwin, GOOS=darwin\n", "Ian Darwin", "aarch64-apple-darwin, GOOS=darwin"},
		{"Sascha Silbe <sascha-web-bugs.freedesktop.org@silbe.org>\nsee https://bugs.freedesktop.org/show_bug.cgi?id=12345\n", "Silbe", "https://bugs.freedesktop.org/show_bug.cgi?id=12345"},
		{"Reported-by: Kofi Mensah <kofi-bugs.gitlab@mensah.me>\nFrom https://gitlab.gnome.org/GNOME/gtk/-/issues/4521 (bugs)\n", "Mensah", "https://gitlab.gnome.org/GNOME/gtk/-/issues/4521 (bugs)"},
	} {
		out := checkBothPaths(t, c.in, c.secret)
		mustKeep(t, c.in, out, c.keep)
		mustKeep(t, c.in, scrubTwice(t, c.in), c.keep)
	}
	for _, keep := range []string{
		"thread 'main' panicked at src/main.rs:12:5 (target x86_64-apple-darwin)\n",
		"runtime: GOOS=darwin GOARCH=arm64\ngithub.com/spf13/cobra@v1.8.0/command.go:1039\n",
		"https://bugs.freedesktop.org/show_bug.cgi?id=1 and https://gitlab.freedesktop.org/mesa/mesa/-/issues/9\n",
	} {
		mustKeepTwice(t, keep)
	}
	// a lone first name of a maintainer is still learned
	checkBothPaths(t, "Signed-off-by: Thabo Nkosi <thabo.nkosi@example.co.za>\nthabo asked for it\n", "thabo")
}

// A camera's and a sound card's device interface paths (dxdiag's Video
// Capture Devices, Media Foundation's and DirectShow's device ids) end
// with the interface class's GUID, a public constant, and "\global": the
// GUID was replaced as a machine's, and JSON-escaped, "}\\global" read as
// a UNC path's host, learned, so "global" went from every line. The
// device's container id and a real share's host still go.
func TestOver37DeviceInterfaceClass(t *testing.T) {
	for _, keep := range []string{
		"---------------------\nVideo Capture Devices\nNumber of Devices: 1\n---------------------\n" +
			"           FriendlyName: Integrated Camera\n               Category: Camera\n" +
			"           SymbolicLink: \\\\?\\usb#vid_04f2&pid_b604&mi_00#6&2b3a2c3f&0&0000#{e5323777-f976-4f5b-9b55-b94699c46e44}\\global\n" +
			"                  Class: Camera\n",
		`{"SymbolicLink": "\\\\?\\usb#vid_04f2&pid_b604&mi_00#6&2b3a2c3f&0&0000#{e5323777-f976-4f5b-9b55-b94699c46e44}\\global"}` +
			"\nglobal: uncaught exception in global scope\n",
		`{"id":"Source#1@\\\\?\\USB#VID_0C45\u0026PID_6732\u0026MI_02#6\u00266399fd8\u00260\u00260002#{24e552d7-6523-47f7-a647-d3465bf1f5ca}\\GLOBAL","kind":"Infrared"}` + "\n",
		"  Device Path 1          : \\\\?\\USB#VID_0C45&PID_6340&MI_00#7&271f85bf&0&0000#{65e8773d-8f56-11d0-a3b9-00a0c9223196}\\global (AM_KSCATEGORY_CAPTURE)\n" +
			"  Device Path 2          : \\\\?\\USB#VID_0C45&PID_6340&MI_00#7&271f85bf&0&0000#{6994ad05-93ef-11d0-a3cc-00a0c9223196}\\global (AM_KSCATEGORY_VIDEO)\n",
		"\\\\?\\DISPLAY#DEL4321#5&2a3b4c5d&0&UID4353#{e6f07b5f-ee97-4a90-b076-33f57bf4eaa7}\n" +
			"\\\\?\\HID#VID_046D&PID_C077#7&3a4b5c6d&0&0000#{378de44c-56ef-11d1-bc8c-00a0c91405dd}\n" +
			"\\\\?\\PCI#VEN_8086&DEV_15F3#3&11583659&0&E8#{cac88484-7515-4c03-82e6-71a87abac361}\n",
		"HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\DeviceAccess\\Global\\{E5323777-F976-4f5b-9B55-B94699C46E44}\n",
		"Class GUID:                 {5175d334-c371-4806-b3ba-71fd53c9258d}\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"           SymbolicLink: \\\\?\\usb#vid_04f2&pid_b604&mi_00#6&2b3a2c3f&0&0000#{e5323777-f976-4f5b-9b55-b94699c46e44}\\global\n" +
			"            ContainerId: {5e2a6c1d-3b4f-11ee-9a7c-806e6f6e6963}\n", "5e2a6c1d-3b4f-11ee-9a7c-806e6f6e6963"},
		{`{"dev": "#{e5323777-f976-4f5b-9b55-b94699c46e44}\\global", "share": "\\\\KWAME-NAS\\music"}` + "\n", "KWAME-NAS"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// SQL Server's and Sybase's system administrator login "sa", in every
// connection string and failed login of a .NET app's exception, is no
// person's account; a person's login still goes.
func TestOver37SqlServerSa(t *testing.T) {
	for _, keep := range []string{
		"Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'sa'.\n   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection)\n",
		"Server=localhost,1433;Database=Orders;User Id=sa;Password=***;TrustServerCertificate=True\n",
		"sqlcmd -S localhost -U sa -Q \"SELECT @@VERSION\"\n",
	} {
		mustKeepTwice(t, keep)
	}
	for _, c := range []struct{ in, secret string }{
		{"Login failed for user 'sa'.\nLogin failed for user 'CONTOSO\\adaeze.okafor'.\n", "adaeze.okafor"},
		{"Server=db01;Database=Orders;User Id=tshepo_m;Password=***\nUser Id=sa\n", "tshepo_m"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}
