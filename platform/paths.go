package platform

import (
	"os"
	"path"
	"runtime"
	"strings"
)

// Paths are crashd's default file locations on this OS.
type Paths struct {
	ConfigFile string // the TOML config
	StateDir   string // spool, consent, history, local API socket
	PolicyFile string // the admin-owned machine policy (always machine-wide)
}

// AppDir is the directory name crashd uses under the OS's base folders.
const AppDir = "crashd"

// DefaultPaths returns the default paths for a per-user daemon, or for a
// machine-wide one when system is true.
func DefaultPaths(system bool) Paths {
	home, _ := os.UserHomeDir()
	return pathsFor(runtime.GOOS, system, os.Getenv, home)
}

// pathsFor is DefaultPaths for any OS, so every OS's rules are tested here.
func pathsFor(goos string, system bool, getenv func(string) string, home string) Paths {
	switch goos {
	case "windows":
		programData := winEnvDir(getenv("ProgramData"), `C:\ProgramData`)
		sys := winJoin(programData, AppDir)
		p := Paths{PolicyFile: winJoin(sys, "policy.toml")}
		if system {
			p.ConfigFile, p.StateDir = winJoin(sys, "config.toml"), sys
			return p
		}
		appData := winEnvDir(getenv("APPDATA"), winJoin(home, "AppData", "Roaming"))
		local := winEnvDir(getenv("LOCALAPPDATA"), winJoin(home, "AppData", "Local"))
		p.ConfigFile, p.StateDir = winJoin(appData, AppDir, "config.toml"), winJoin(local, AppDir)
		return p
	case "darwin", "ios":
		sys := path.Join("/Library/Application Support", AppDir)
		p := Paths{PolicyFile: path.Join(sys, "policy.toml")}
		if system {
			p.ConfigFile, p.StateDir = path.Join(sys, "config.toml"), sys
			return p
		}
		dir := path.Join(home, "Library/Application Support", AppDir)
		p.ConfigFile, p.StateDir = path.Join(dir, "config.toml"), dir
		return p
	default: // Linux and the other Unixes follow the XDG base directory spec.
		p := Paths{PolicyFile: path.Join("/etc", AppDir, "policy.toml")}
		if system {
			p.ConfigFile, p.StateDir = path.Join("/etc", AppDir, "config.toml"), path.Join("/var/lib", AppDir)
			return p
		}
		p.ConfigFile = path.Join(xdgDir(getenv("XDG_CONFIG_HOME"), home, ".config"), AppDir, "config.toml")
		p.StateDir = path.Join(xdgDir(getenv("XDG_STATE_HOME"), home, ".local/state"), AppDir)
		return p
	}
}

// xdgDir applies the XDG rule: a relative value is invalid and ignored.
func xdgDir(v, home, def string) string {
	if strings.HasPrefix(v, "/") {
		return path.Clean(v)
	}
	return path.Join(home, def)
}

// winEnvDir uses an environment folder if it is absolute (drive or UNC).
func winEnvDir(v, def string) string {
	v = strings.TrimRight(v, `\/`)
	if len(v) >= 2 && (v[1] == ':' || strings.HasPrefix(v, `\\`)) {
		return v
	}
	return def
}

// winJoin joins Windows path elements (path/filepath uses the build OS's separator).
func winJoin(elem ...string) string {
	var parts []string
	for i, e := range elem {
		if i > 0 {
			e = strings.Trim(e, `\/`)
		} else {
			e = strings.TrimRight(e, `\/`)
		}
		if e != "" {
			parts = append(parts, strings.ReplaceAll(e, "/", `\`))
		}
	}
	return strings.Join(parts, `\`)
}
