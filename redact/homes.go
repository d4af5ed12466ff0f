package redact

import "bytes"

// A HOME variable's value names the user's home folder whatever the tree
// it sits in (HOME=/srv/dj/yaa, HOME=/nfs/staff/kofi): its last folder is
// the account, as /home/NAME's is. System and service homes
// (/var/lib/postgresql, /srv/ftp, /opt/app) and a container's one-folder
// HOME (/config, /app) name no person.

// sysHomeRoots: the first folder of a system or service account's home.
var sysHomeRoots = map[string]bool{
	"var": true, "usr": true, "opt": true, "run": true, "etc": true, "tmp": true, "proc": true,
	"sys": true, "bin": true, "sbin": true, "lib": true, "lib64": true, "dev": true, "snap": true,
	"nonexistent": true, "root": true, "private": true, "system": true, "library": true,
	"applications": true, "app": true, "boot": true, "nix": true, "gnu": true, "github": true,
	"workspace": true, "workspaces": true, "builds": true, "build": true, "config": true,
	"sdcard": true, "storage": true, "system32": true, "cygdrive": true, "mnt": true, "media": true,
	"windows": true, "program files": true, "program files (x86)": true, "programdata": true,
}

// serviceHomes: a service account's home folder's name (/srv/ftp,
// /srv/git, /data/postgres) or a tool's (/data/app): no person's.
var serviceHomes = map[string]bool{
	"ftp": true, "www": true, "http": true, "httpd": true, "git": true, "svn": true, "hg": true,
	"postgres": true, "postgresql": true, "pgsql": true, "mysql": true, "mariadb": true,
	"redis": true, "nginx": true, "apache": true, "apache2": true, "tomcat": true, "gitlab": true,
	"mail": true, "news": true, "uucp": true, "proxy": true, "backup": true, "backups": true,
	"list": true, "irc": true, "syslog": true, "sshd": true, "ntp": true, "bind": true,
	"named": true, "squid": true, "app": true, "apps": true, "service": true, "services": true,
	"config": true, "workspace": true, "project": true, "projects": true, "src": true,
	"code": true, "repo": true, "repos": true, "cache": true, "state": true, "storage": true,
	"agent": true, "bot": true, "ci": true, "srv": true, "server": true, "files": true,
	"mongodb": true, "elasticsearch": true, "grafana": true, "prometheus": true, "minio": true,
	"plex": true, "jellyfin": true, "emby": true, "icecast": true, "icecast2": true,
	"airsonic": true, "navidrome": true, "mopidy": true, "mpd": true, "rtorrent": true,
	"transmission": true, "sync": true, "syncthing": true, "nextcloud": true, "owncloud": true,
	"web": true, "site": true, "sites": true, "html": true, "public_html": true, "anonymous": true,
}

// otherHome learns the last folder [k, ve) of the HOME value [vs, ve) whose
// parent is no home root (homeValue): a path of two folders or more
// outside the system trees, its last folder no service's. Windows writes
// its homes D:\Profiles\NAME (USERPROFILE), \Profiles\NAME (HOMEPATH)
// and \\server\users$\NAME (HOMESHARE): the drive and the server are
// no folder.
func (sc *scanner) otherHome(vs, k, ve int) {
	b := sc.b
	if ve-k > 32 || !isLetter(b[k]) && b[k] < 0x80 || bytes.IndexByte(b[vs:ve], '<') >= 0 {
		// (a pseudonym, or what is left of one: a second pass's)
		return
	}
	r, win := vs, 1
	switch {
	case b[vs] == '/':
		r, win = r+1, 0
	case b[vs] == '\\' && vs+1 < k && b[vs+1] != '\\':
		r++
	case vs+2 < k && isLetter(b[vs]) && b[vs+1] == ':' && b[vs+2] == '\\':
		r += 3
	case vs+2 < k && b[vs] == '\\' && b[vs+1] == '\\':
		for r = vs + 2; r < k && b[r] != '\\'; r++ {
		}
		r++ // (the server's name)
	default:
		return
	}
	f := r
	for r < k-1 && b[r] != '/' && b[r] != '\\' {
		r++
	}
	if r+1 >= k+win || r == f || sysHomeRoots[asciiLower(string(b[f:r]))] {
		// one folder (/config; on Windows, two: D:\Profiles\yaw), or a
		// system tree
		return
	}
	if serviceHomes[asciiLower(string(b[k:ve]))] {
		return
	}
	sc.userSegment(k, ve)
}

// homeShown handles a path word [i, j) that a shell printed as the home:
// "$HOME is /data/users/ama", or the line after "echo $HOME". It is
// read as a HOME value.
func (sc *scanner) homeShown(i, j int) {
	b := sc.b
	p := i - 1
	if b[p] == '\n' {
		p--
		if p >= 0 && b[p] == '\r' {
			p--
		}
		if p < 10 || string(b[p-9:p+1]) != "echo $HOME" {
			return
		}
	} else if p < 7 || string(b[p-7:p]) != "HOME is" {
		return
	}
	for j > i+1 && (b[j-1] == '.' || b[j-1] == ',' || b[j-1] == ';') {
		j--
	}
	sc.homeValue(i, j)
}
