package redact

import (
	"strings"
	"testing"
)

// Findings of a probe of Steam's connection_log, volume labels, home
// routers' DNS zones, OpenSSH's known_hosts and phone numbers run into
// an address.

// Leak: Steam's connection_log names the account after its Steam3 id
// ("[U:1:N] 'kofi_gh' logged on"): the id went, the account stayed. A
// logon response's result ("'OK'") names nobody.
func TestProbe11SteamConnectionLog(t *testing.T) {
	in := "[2024-11-28 23:12:09] [U:1:123456789] 'djmensah_gh' logged on\n" +
		"[2024-11-28 23:40:51] [U:1:123456789] 'djmensah_gh' logged off\n"
	checkAllEncodings(t, "steam", in, []string{"djmensah", "123456789"}, "profile of djmensah_gh")
	mustKeep(t, "steam", scrubTwice(t, in), "] [U:1:<uid-1>] '<user-1>' logged on\n")
	// learned, the account goes from lines before it too
	out := scrubTwice(t, "content: /home/x/.steam/djmensah_gh.cfg\n"+in)
	mustNotContain(t, "steam/before", out, "djmensah")
	in = "[2024-11-28 23:12:09] RecvMsgClientLogOnResponse() : [U:1:123456789] 'OK'\n" +
		"[2024-11-28 23:12:09] [U:1:123456789] 'OK' (Client IP: 10.1.2.3)\n" +
		"[2024-11-28 23:12:09] [U:1:123456789] 'Connected' logged via CM\n"
	mustKeep(t, "steam/result", scrubTwice(t, in), "] 'OK'\n", "'OK' (Client IP: <ip-1>)", "'Connected' logged via CM")
}

// Leak: hosts in .home (what many home routers hand out) stayed, as did
// a name of more than one label there (nas.mensah.home). Java's
// properties end so too and stay, as do generic names.
func TestProbe11HomeZoneHosts(t *testing.T) {
	in := "connecting to printer at brother-kofi.home (192.168.1.40)\n" +
		"mounted //nas.mensah.home/music on /mnt/music\nping BRW0080927AFBCE.home: ok\n" +
		"GET http://kofis-studio.home:8080/api\nbackup to http://db-1.okafor.internal/ done\n"
	checkAllEncodings(t, "home", in, []string{"brother-kofi", "mensah", "BRW0080927AFBCE", "kofis-studio", "okafor"}, "")
	mustKeep(t, "home", scrubTwice(t, in), "printer at <host-", "GET http://<host-", ":8080/api\n")
	in = "java.home = /usr/lib/jvm/java-17\n-Duser.home=/tmp/x -Dgradle.user.home=/tmp/g\n" +
		"${app.home}/lib\norg.gradle.java.home=/opt/jdk\nat jdk.internal.misc.Unsafe.park(Native Method)\n" +
		"package kotlinx.coroutines.internal\nnas.home router.home\nhost.docker.internal metadata.google.internal\n" +
		"read ~/.home/x and /srv/config.home and user.home\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}

// Leak: an international number followed by an IPv4 address ran on into
// it ("+1 415 555 0133 10.0.0.5": too many digits for a number) and
// stayed. Versions and offsets after a '+' stay.
func TestProbe11PhoneBeforeAddress(t *testing.T) {
	in := "support: call +1 415 555 0133 10.0.0.5\ncallback +44 7700 900123 192.168.1.1:5060, ok\n"
	checkAllEncodings(t, "phone", in, []string{"415 555", "7700 900123", "10.0.0.5", "192.168.1.1"}, "")
	mustKeep(t, "phone", scrubTwice(t, in), "call <phone-1> <ip-1>\n", "callback <phone-2> <ip-2>:5060, ok\n")
	for _, in := range []string{
		"offset +1 1.2.3 then\n", "delta +12 345 bytes\n", "tz +0100 2024.11.28 10:00\n", "ver +1 2 3 4.5.6 x\n",
	} {
		if out := scrubTwice(t, in); out != in {
			t.Errorf("changed: %q -> %q", in, out)
		}
	}
}

// Leak: OpenSSH's known_hosts: the hosts of a line's first field, a
// hashed entry (reversible by a dictionary) and the host key, which
// names the server, stayed. A code host's line stays whole, and
// authorized_keys' options are no hosts.
func TestProbe11KnownHosts(t *testing.T) {
	const ed = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
	in := "nas.mensah.home,192.168.1.20 ssh-ed25519 " + ed + "\n" +
		"studio-pc,10.0.0.4 ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA9x2KfLm0pQrStUvWxYz\n" +
		"[git.kofi.dev]:2222 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrY/++Tpockg=\n" +
		"|1|JfKTdBh7rNbXkVAQCRp4OQoPfmI=|USECr3SWf1JUPsms5AqfD5QfxkM= ssh-ed25519 " + ed + "\n" +
		"@cert-authority okafor-lab.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKq9xZ3mT7vB1nR4sL8wE2cY6uJ0hF5dG3aPoQrStUv\n"
	checkAllEncodings(t, "known_hosts", in, []string{"mensah", "studio-pc", "kofi", "JfKTdBh7", "USECr3SW", "OMqqnkVz", "C7vbqajD", "EmKSENjQ", "okafor", "Kq9xZ3mT"}, "ssh studio-pc")
	out := scrubTwice(t, in)
	mustKeep(t, "known_hosts", out, ",<ip-1> ssh-ed25519 <host-", "\n[<host-", "]:2222 ecdsa-sha2-nistp256 <host-", "\n|1|<host-", "@cert-authority <host-")
	if strings.Count(out, "ssh-ed25519 <host-2>\n") != 2 {
		t.Errorf("one key, one pseudonym: %q", out)
	}
	in = "github.com,140.82.121.3 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n" +
		"no-port-forwarding,no-pty ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA9x2KfLm0pQrStUvWxYz\n" +
		"restrict,pty ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n" +
		"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n" +
		"$ ssh-keygen -t ssh-ed25519 AAAA\n"
	mustKeep(t, "known_hosts", scrubTwice(t, in), "github.com,<ip-1> ssh-ed25519 AAAAC3Nza", "no-port-forwarding,no-pty ssh-rsa AAAAB3", "restrict,pty ssh-ed25519 AAAAC3",
		"\nssh-ed25519 AAAAC3", "-t ssh-ed25519 AAAA\n")
}

// Leak: volume labels, which owners name after themselves, stayed where
// tools print them (cmd's dir and vol, blkid and lsblk -P, udev,
// diskutil info, WMI and Get-Volume) and in /Volumes/ paths (only a
// possessive one, "/Volumes/Zoe's Passport", went). A label is replaced
// as a label, and a distinctive one learned. Factory and default labels
// stay, as do disk images' volumes.
func TestProbe11VolumeLabels(t *testing.T) {
	for _, c := range []struct {
		name, in string
		secrets  []string
	}{
		{"dir", " Volume in drive D is ZOE_BACKUP\r\n Volume Serial Number is 1A2B-3C4D\r\n\r\n Directory of D:\\\r\n", []string{"ZOE_BACKUP"}},
		{"blkid", "/dev/sdb1: LABEL=\"KOFI-USB\" UUID=\"1234-ABCD\" TYPE=\"vfat\" PARTLABEL=\"Kofi Stuff\" PARTUUID=\"abcd-01\"\n", []string{"KOFI-USB", "Kofi Stuff"}},
		{"fstab", "LABEL=KOFI-USB /mnt/usb vfat defaults 0 0\nID_FS_LABEL=Thandiwe_SSD\n", []string{"KOFI-USB", "Thandiwe"}},
		{"diskutil", "   Volume Name:               Kofi Mensah Backup\n   Mounted:                   Yes\n   Mount Point:               /Volumes/Kofi Mensah Backup\n", []string{"Kofi Mensah Backup", "Mensah"}},
		{"wmi", "DeviceID     : D:\r\nVolumeName   : ZOE_BACKUP\r\n\r\nFileSystemLabel : Zoe Kowalski 2TB\r\nVolumeName=Ola Drive\r\n", []string{"ZOE_BACKUP", "Kowalski", "Ola Drive"}},
		{"json", "{\"DriveLetter\": \"E\", \"FileSystemLabel\": \"Ngozi Music\"}\n", []string{"Ngozi Music", "Ngozi"}},
		{"prefix", "VolumeName : Efia Backup\r\nVolumeName : Kalisha_SSD\r\n", []string{"Efia Backup", "Kalisha"}},
		{"path", "loading /Volumes/KOFI USB/_Serato_/database V2\n/dev/disk4s1 on /Volumes/AMARA-SSD (msdos, local, nodev)\n" +
			"open /media/dj/OLA SAMPLES/kick.wav\nscan /run/media/x/Zoe Sets/a.flac\n/dev/disk5s1  15Gi  1Gi  14Gi  7% /Volumes/Kofi Mensah Backup\n",
			[]string{"KOFI USB", "AMARA", "OLA SAMPLES", "Zoe Sets", "Mensah"}},
		{"key", "path=/Volumes/KOFI USB/Music/a.mp3\nmixxx --library=/media/dj/Ama Crates/x\n", []string{"KOFI USB", "Ama Crates"}},
		{"lsblk", "NAME   FSTYPE FSVER LABEL       UUID      FSAVAIL FSUSE% MOUNTPOINTS\n" +
			"sda1   vfat   FAT32 EFI         67E3-17ED 505.8M  1%     /boot/efi\n" +
			"sdb1   exfat  1.0   OLA_SAMPLES 1234-ABCD 14.2G   1%     /media/x/OLA_SAMPLES\n", []string{"OLA_SAMPLES"}},
	} {
		later := ""
		if c.name != "path" && c.name != "key" {
			later = "copied to " + c.secrets[0] + " at noon"
		}
		checkAllEncodings(t, c.name, c.in, c.secrets, later)
	}
	out := scrubTwice(t, " Volume in drive D is ZOE_BACKUP\n Volume Serial Number is 1A2B-3C4D\nsaved to ZOE_BACKUP\n")
	mustKeep(t, "dir", out, " Volume in drive D is <label-1>\n", "saved to <label-1>\n")
	out = scrubTwice(t, "   Volume Name:               Kofi Mensah Backup\n   Mount Point:               /Volumes/Kofi Mensah Backup\n")
	mustKeep(t, "diskutil", out, "Volume Name:               <label-1>\n", "Mount Point:               /Volumes/<label-1>\n")
	out = scrubTwice(t, "NAME   FSTYPE FSVER LABEL    UUID      MOUNTPOINTS\n├─sda1 vfat   FAT32 EFI      67E3-17ED /boot/efi\n"+
		"└─sdb1 vfat   FAT32 KOFI-USB 1234-ABCD /media/x/KOFI-USB\n")
	mustKeep(t, "lsblk", out, "FSVER LABEL    UUID", " FAT32 EFI      <serial-", " FAT32 <label-1> <serial-", "/media/x/<label-1>\n")
	// learned from a path, the label goes from prose too
	mustKeep(t, "path", scrubTwice(t, "ejected KOFI USB\nloading /Volumes/KOFI USB/_Serato_/database V2\n"), "/Volumes/<label-1>/_Serato_/", "ejected <label-1>\n")
	in := " Volume in drive C is OS\r\n Volume in drive E has no label.\r\n Volume in drive F is Local Disk\r\n" +
		"/dev/sda1: LABEL=\"EFI\" UUID=\"<serial-1>\" TYPE=\"vfat\" PARTLABEL=\"EFI System Partition\"\n" +
		"/dev/sdc1: LABEL=\"Untitled 2\" PARTLABEL=\"Basic data partition\"\n" +
		"   Volume Name:               Not applicable (no file system)\n   Volume Name:               Macintosh HD - Data\n" +
		"VolumeName   : Recovery Image\r\nFileSystemLabel : NO NAME\r\nVolumeName : My Passport\r\nVolumeName : Seagate Backup Plus Drive\r\n" +
		"copied from /Volumes/Macintosh HD to /Volumes/TM/Backups.backupdb/x\n" +
		"/Volumes/Google Chrome/Google Chrome.app/Contents/MacOS/Google Chrome\n/Volumes/Serato DJ Pro 3.1.2/x\n" +
		"/Volumes/Untitled/x and open /Volumes/Data failed: no such file\n" +
		"label=\"Save\" button, LABEL: Play\nVolume Shadow Copy Service error\nVolumeName VolumeSerialNumber\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
	// a file URL's label is percent-encoded
	mustKeep(t, "url", scrubTwice(t, "open file:///Volumes/KAI%20USB/Music/a.mp3\nejected KAI USB\nfile:///Volumes/Macintosh%20HD/Library/x\n"),
		"file:///Volumes/<label-1>/Music/a.mp3\n", "ejected <label-1>\n", "file:///Volumes/Macintosh%20HD/Library/x\n")
	// "/media/" inside a path is no mount point, also once a first pass
	// has replaced the label before it (the word then starts at "/media")
	in = "/Volumes/Zoe Sets/media/0/A0\n"
	mustKeep(t, "inside", scrubTwice(t, in), "/Volumes/<label-1>/media/0/A0\n")
	// mounts of no user's hold folders, no label
	mustKeep(t, "media", scrubTwice(t, "/media/sf_Projects/src/main.c /media/usb0/Samples/a.wav /media/cdrom/Setup Files/setup.exe\n"),
		"/src/main.c", "/Samples/a.wav", "/Setup Files/setup.exe")
}

// Leak: an owner's name in ASCII in parentheses after a phone, a watch or
// earbuds ("AirPods Pro (Thandiwe)") or after the model code of a
// headphone listing ("Headphones: WH-1000XM4 (Ola)") stayed (one outside
// ASCII went). Channels, states and makers there stay, as does a maker
// after a drive or a PC.
func TestProbe11ParenOwner(t *testing.T) {
	in := "Headphones: WH-1000XM4 (Ola)\nconnected AirPods Pro (Thandiwe)\niPhone 15 Pro Max (Kofi Mensah)\n"
	checkAllEncodings(t, "paren", in, []string{"Ola", "Thandiwe", "Kofi", "Mensah"}, "call Thandiwe")
	mustKeep(t, "paren", scrubTwice(t, "earlier: Thandiwe\n"+in), "earlier: <user-", "AirPods Pro (<user-", "WH-1000XM4 (<user-")
	in = "AirPods Pro (Left)\nAirPods (2nd generation)\nHeadphones: WH-1000XM4 (Stereo)\nHeadphones: WH-1000XM4 (Hands-Free)\n" +
		"Speakers (Realtek)\nMicrophone (Yeti)\nHeadset (WH-1000XM4 Hands-Free AG Audio)\niPhone (Null)\n" +
		"Galaxy Buds2 Pro (Mobile)\nMac (Built-in)\nDrive (Seagate)\nDesktop (Dell)\nf(Foo) and call (Bar)\n" +
		"Output: Scarlett 2i2 (Focusrite)\nAirPods Pro (USB)\n"
	if out := scrubTwice(t, in); out != in {
		t.Errorf("changed:\n in  %q\n out %q", in, out)
	}
}
