package redact

import (
	"testing"
)

// Leak: a HOME outside /home, /Users and their kin (HOME=/srv/dj/yaa in
// an env block or /proc/PID/environ, "$HOME is /data/users/ama", the
// line after "echo $HOME") kept the account. Its last folder is now the
// user; system and service homes stay.
func TestProbe20HomeAnyRoot(t *testing.T) {
	in := "HOME=/srv/dj/yaa\x00USER=x\x00PATH=/usr/bin\x00\n"
	checkAllEncodings(t, "env", in, []string{"yaa"}, "yaa logged in")
	mustKeep(t, "env", scrubTwice(t, in), "HOME=/srv/dj/<user-1>\x00USER=x\x00")
	in = "$ export HOME=/nfs/home/kofi\n$ echo $HOME\n/data/users/ama\n$HOME is /mnt2/staff/yaw.\n"
	checkAllEncodings(t, "shell", in, []string{"kofi", "ama", "yaw"}, "kofi, ama and yaw")
	mustKeep(t, "shell", scrubTwice(t, in), "$ echo $HOME\n/data/users/<user-", "$HOME is /mnt2/staff/<user-3>.\n")
	keep := "HOME=/var/lib/postgresql\nHOME=/root\nHOME=/nonexistent\nHOME=/var/www\nHOME=/srv/ftp\nHOME=/opt/app\n" +
		"HOME=/config\nHOME=/data/app\nHOME=/github/home\nHOME=/srv/git\n$HOME is /srv/www\n"
	if out := scrubTwice(t, keep); out != keep {
		t.Errorf("keep: %q", out)
	}
}
