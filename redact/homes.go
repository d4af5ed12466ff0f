package redact

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
// outside the system trees, its last folder no service's.
func (sc *scanner) otherHome(vs, k, ve int) {
	b := sc.b
	if b[vs] != '/' || ve-k > 32 {
		return
	}
	r := vs + 1
	for r < k-1 && b[r] != '/' {
		r++
	}
	if r >= k-1 || r == vs+1 || sysHomeRoots[asciiLower(string(b[vs+1:r]))] {
		return // one folder (/config), or a system tree
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
