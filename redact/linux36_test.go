package redact

import "testing"

// GNOME's recently-used.xbel writes <metadata owner="http://
// freedesktop.org"> under every bookmark: the user key's value was cut at
// the scheme's colon and "http" was learned as a user, then replaced in
// every URL of the report ("<user-1>://www.freedesktop.org/…").
func TestLinux36OwnerURL(t *testing.T) {
	xbel := `<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="file:///home/fatima/Documents/report.pdf" added="2026-12-01T10:11:12.123456Z" modified="2026-12-01T10:11:12.123460Z" visited="2026-12-01T10:11:12.123457Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="application/pdf"/>
      </metadata>
    </info>
  </bookmark>
</xbel>
`
	out := checkBothPaths(t, xbel, "/fatima/")
	mustKeep(t, "xbel/one pass", out, `owner="http://freedesktop.org"`, `xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"`)
	out = scrubTwice(t, xbel)
	mustKeep(t, "xbel", out, `owner="http://freedesktop.org"`, `xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"`)
	for _, keep := range []string{
		"<metadata owner=\"http://freedesktop.org\">\n",
		"owner: https://gitlab.gnome.org/GNOME\n",
		"Author: http://www.gnu.org/software/coreutils/\n",
		"user=\"https://example.com/profile\"\nGET http://localhost:8080/ 200\n",
	} {
		mustKeepTwice(t, keep)
	}
	// (the value that is an account stays one)
	checkBothPaths(t, "owner=\"kwabena.owusu\"\n", "kwabena")
	checkBothPaths(t, "user: thandeka:x:1000:1000::/home/thandeka:/bin/bash\n", "thandeka")
}

// A desktop app's Linux command or package is NAME-desktop
// ("telegram-desktop", "signal-desktop"): it was read as a machine named
// after its owner ("kwame-desktop"), and the learned host then took the
// app's id too ("org.telegram.desktop" went out as "org.<user-1>").
func TestLinux36DesktopAppNotHost(t *testing.T) {
	for _, keep := range []string{
		"flatpak run --branch=stable --arch=x86_64 --command=telegram-desktop --file-forwarding org.telegram.desktop -- @@u /tmp/a.pdf @@\n",
		"Exec=signal-desktop --no-sandbox %U\n",
		`{"exec": "element-desktop", "app_id": "im.riot.Riot"}` + "\n",
		"Setting up plasma-desktop (4:6.0.4-0ubuntu1) ...\nSetting up xubuntu-desktop (2.250) ...\n",
		"Dec 07 08:01:12 fedora systemd[1802]: Started app-slack-desktop@a1b2.service.\n",
		"Exec=mattermost-desktop %U\nExec=bitwarden-desktop %U\n",
	} {
		mustKeepTwice(t, keep)
	}
	// (a machine named after its owner stays one)
	for _, c := range []struct{ in, secret string }{
		{"Dec 07 08:01:12 kwame-desktop systemd[1]: Started cron.service.\n", "kwame"},
		{"_HOSTNAME=DLAMINI-DESKTOP\n", "DLAMINI"},
		{"Hostname: ngozi-laptop\n", "ngozi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
}

// A volume label with blanks as Linux tools write it: lsblk -J's
// "label" and its quoted mount point (the label was cut at its first
// blank: "<label-1> PEREIRA FOTOS"), udev's ID_FS_LABEL_ENC and its
// by-label links, blanks escaped "\x20" (no label was read there).
func TestLinux36LinuxVolumeLabels(t *testing.T) {
	lsblk := `{
   "blockdevices": [
      {
         "name": "sda1",
         "maj:min": "8:1",
         "rm": true,
         "size": "931.5G",
         "ro": false,
         "type": "part",
         "mountpoints": [
             "/media/joao/JOAO PEREIRA FOTOS"
         ],
         "serial": null,
         "label": "JOAO PEREIRA FOTOS",
         "uuid": "5E8A-11F0"
      }
   ]
}
`
	// (a label is learned whole: no word of it alone later)
	oneLabel := func(in, secret string) {
		t.Helper()
		checkEncodingsOnePass(t, in, secret)
	}
	oneLabel(lsblk, "PEREIRA")
	// (learned, the label goes wherever it is met whole)
	s := newSession(t, Config{})
	s.Learn([]byte(lsblk))
	mustNotContain(t, "learned", s.ScrubString("Ejecting JOAO PEREIRA FOTOS\n"), "PEREIRA")
	for _, c := range []struct{ in, secret string }{
		{`{"name":"sdb1","fstype":"exfat","fsver":"1.0","label":"ADEBAYO DOCS","uuid":"5E8A-11F0","fsavail":"12G","mountpoints":[null]}` + "\n", "ADEBAYO"},
		{`{"name":"nvme1n1p2","maj:min":"259:6","partlabel":"Wanjiru Kamau Data","label":null}` + "\n", "Kamau"},
		{"E: ID_FS_LABEL=JOAO_PEREIRA_FOTOS\nE: ID_FS_LABEL_ENC=JOAO\\x20PEREIRA\\x20FOTOS\nE: ID_FS_TYPE=exfat\n", "PEREIRA"},
		{"S: disk/by-id/usb-WD_My_Passport_25E2-0:0-part1\nS: disk/by-label/NGOZI\\x20ADEYEMI\\x20BACKUP\nQ: 11\n", "ADEYEMI"},
		{"E: DEVLINKS=/dev/disk/by-id/usb-SanDisk_Cruzer_Blade-0:0-part1 /dev/disk/by-label/THABO_MOKOENA /dev/disk/by-uuid/5E8A-11F0\n", "MOKOENA"},
		{"$ ls /dev/disk/by-label/\nls: cannot access '/dev/disk/by-label/ZEYNEP\\x20AYDIN': No such file or directory\n", "AYDIN"},
	} {
		oneLabel(c.in, c.secret)
	}
	for _, keep := range []string{
		`{"type": "button", "label": "Save As", "tooltip": "Save the document"}` + "\n",
		`{"name":"sda1","maj:min":"8:1","partlabel":"Microsoft reserved partition","label":"EFI"}` + "\n",
		"S: disk/by-label/EFI\\x20System\\x20Partition\nS: disk/by-partlabel/Basic\\x20data\\x20partition\n",
		"E: ID_FS_LABEL_ENC=Ubuntu\\x2024.04\\x20LTS\\x20amd64\n",
		"mount /dev/disk/by-label/ROOT /mnt\nS: disk/by-label/cloudimg-rootfs\n",
		"S: disk/by-partlabel/Linux\\x20filesystem\nS: disk/by-label/Ventoy\nS: disk/by-label/system-boot\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A document named after its owner in the owner's own folders, the
// account a first name learned from the home folder ("/home/fatima"):
// the surname after it went out ("<user-1>%20Al-Zahrani%20-%20CV.pdf"),
// as an account from a home folder takes no surname (surnameAfter). In a
// path, written in title case, it does.
func TestLinux36SurnameInOwnPath(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`  <bookmark href="file:///home/fatima/Documents/Fatima%20Al-Zahrani%20-%20CV%202026.pdf" added="2026-12-01T10:11:12.123456Z">` + "\n", "Al-Zahrani"},
		{`  <bookmark href="file:///run/media/fatima/FATIMA_USB/Salary%20slip%20-%20Fatima%20Alzahrani.xlsx" added="2026-12-03T08:00:00Z">` + "\n", "Alzahrani"},
		{"12:/home/kofi/Documents/Kofi Boateng - Tenancy Agreement.odt\npos:\t0\n", "Boateng"},
		{"Recent Files[$e]=file:///home/thandeka/Downloads/Thandeka%20Nkosi%20Passport.pdf\n", "Nkosi"},
	} {
		checkBothPaths(t, c.in, c.secret)
	}
	out := scrubTwice(t, "HOME=/home/kofi\n/home/kofi/Kofi Music/set.wav\n/home/kofi/Kofi Backup 2026/x\n")
	mustKeep(t, "kofi", out, " Music/set.wav", " Backup 2026/x")
	out = scrubTwice(t, "HOME=/home/max\nMax Buffer Size: 4096\n")
	mustKeep(t, "max", out, "Buffer Size: 4096")
	for _, keep := range []string{
		"/usr/share/fonts/truetype/Noto Sans Regular.ttf\n",
		"file:///usr/share/doc/Adwaita%20Icon%20Theme/README\n",
	} {
		mustKeepTwice(t, keep)
	}
}
