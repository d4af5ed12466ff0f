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
