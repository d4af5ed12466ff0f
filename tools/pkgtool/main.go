// Command pkgtool builds crashd's .deb and .rpm packages with nfpm. It is
// its own module so nfpm never enters crashd's module or binaries.
//
//	go run . --version 1.2.3 --bin ../../bin --out ../../dist
package main

import (
	"bytes"
	"compress/gzip"
	"embed"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"time"

	"github.com/goreleaser/nfpm/v2"
	_ "github.com/goreleaser/nfpm/v2/deb"
	"github.com/goreleaser/nfpm/v2/files"
	_ "github.com/goreleaser/nfpm/v2/rpm"

	"crashd/installer"
)

//go:embed scripts/*.sh
var scripts embed.FS

// Packaged paths.
const (
	binCrashd     = "/usr/bin/crashd"
	binCrashrecv  = "/usr/bin/crashrecv"
	systemUnit    = "/usr/lib/systemd/system/crashd.service"
	userUnit      = "/usr/lib/systemd/user/crashd.service"
	configFile    = "/etc/crashd/config.toml"
	stateDir      = "/var/lib/crashd"
	docDir        = "/usr/share/doc/crashd"
	manCrashd     = "/usr/share/man/man1/crashd.1.gz"
	manCrashrecv  = "/usr/share/man/man1/crashrecv.1.gz"
	packageName   = "crashd"
	packageMaint  = "crashd maintainers <crashd@localhost>"
	packageSumm   = "privacy-first crash and performance reporter"
	packageDetail = "crashd watches the crash dumps and performance logs your apps write, strips what\n" +
		"identifies the person, adds what describes the machine, and uploads compressed\n" +
		"reports to a Sentry-protocol endpoint only when consent allows. crashrecv is the\n" +
		"bundled receiver."
)

func main() {
	version := flag.String("version", "0.1.0", "package version")
	bin := flag.String("bin", "../../bin", "directory with the crashd and crashrecv binaries")
	out := flag.String("out", "../../dist", "output directory")
	arch := flag.String("arch", runtime.GOARCH, "GOARCH of the binaries")
	formats := flag.String("formats", "deb,rpm", "package formats")
	flag.Parse()
	paths, err := build(options{Version: *version, Bin: *bin, Out: *out, Arch: *arch, Formats: strings.Split(*formats, ",")})
	if err != nil {
		fmt.Fprintln(os.Stderr, "pkgtool:", err)
		os.Exit(1)
	}
	for _, p := range paths {
		fmt.Println(p)
	}
}

type options struct {
	Version string
	Bin     string
	Out     string
	Arch    string
	Formats []string
	MTime   time.Time // file times in the packages (zero: now)
}

// build writes one package per format into Out and returns their paths.
func build(o options) ([]string, error) {
	for _, b := range []string{"crashd", "crashrecv"} {
		if fi, err := os.Stat(filepath.Join(o.Bin, b)); err != nil || fi.Mode()&0o111 == 0 {
			return nil, fmt.Errorf("%s/%s: not an executable (run `make build` first)", o.Bin, b)
		}
	}
	stage, err := os.MkdirTemp("", "crashd-pkg-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(stage)
	gen, err := generate(o, stage)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return nil, err
	}
	var built []string
	for _, format := range o.Formats {
		info, err := packageInfo(o, gen)
		if err != nil {
			return nil, err
		}
		p, err := nfpm.Get(format)
		if err != nil {
			return nil, err
		}
		info = nfpm.WithDefaults(info)
		if err := nfpm.PrepareForPackager(info, format); err != nil {
			return nil, fmt.Errorf("%s: %w", format, err)
		}
		path := filepath.Join(o.Out, p.ConventionalFileName(info))
		if err := writePackage(p, info, path); err != nil {
			return nil, fmt.Errorf("%s: %w", format, err)
		}
		built = append(built, path)
	}
	return built, nil
}

func writePackage(p nfpm.Packager, info *nfpm.Info, path string) error {
	f, err := os.Create(path + ".tmp")
	if err != nil {
		return err
	}
	if err := p.Package(info, f); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	return os.Rename(f.Name(), path)
}

// generated are the staged files made for the package.
type generated struct {
	systemUnit, userUnit, config, manCrashd, manCrashrecv, readme string
	postinst, prerm, postrm                                       string
}

// generate renders the units and the default config with the installer's
// own code (the packaged units are the ones `crashd install` writes, with
// package paths) and the man pages from the binaries' --help.
func generate(o options, stage string) (generated, error) {
	g := generated{
		systemUnit:   filepath.Join(stage, "crashd.system.service"),
		userUnit:     filepath.Join(stage, "crashd.user.service"),
		config:       filepath.Join(stage, "config.toml"),
		manCrashd:    filepath.Join(stage, "crashd.1.gz"),
		manCrashrecv: filepath.Join(stage, "crashrecv.1.gz"),
		readme:       filepath.Join(stage, "README.service"),
		postinst:     filepath.Join(stage, "postinst.sh"),
		prerm:        filepath.Join(stage, "prerm.sh"),
		postrm:       filepath.Join(stage, "postrm.sh"),
	}
	cfg, err := installer.DefaultConfig(true, stateDir)
	if err != nil {
		return g, err
	}
	crashdMan, err := manPage(filepath.Join(o.Bin, "crashd"), "crashd", o.Version, true)
	if err != nil {
		return g, err
	}
	recvMan, err := manPage(filepath.Join(o.Bin, "crashrecv"), "crashrecv", o.Version, false)
	if err != nil {
		return g, err
	}
	write := map[string][]byte{
		g.systemUnit:   []byte(installer.SystemdUnit(installer.Unit{System: true, Exe: binCrashd, ConfigPath: configFile, StateDir: stateDir})),
		g.userUnit:     []byte(installer.SystemdUnit(installer.Unit{Exe: binCrashd})),
		g.config:       cfg,
		g.manCrashd:    crashdMan,
		g.manCrashrecv: recvMan,
		g.readme:       []byte(readme),
	}
	for _, s := range []string{"postinst", "prerm", "postrm"} {
		b, err := scripts.ReadFile("scripts/" + s + ".sh")
		if err != nil {
			return g, err
		}
		write[filepath.Join(stage, s+".sh")] = b
	}
	for path, data := range write {
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return g, err
		}
	}
	return g, nil
}

const readme = `crashd as a service
===================

The package installs the machine-wide service crashd.service (it runs as the
unprivileged account "crashd", state in /var/lib/crashd, config in
/etc/crashd/config.toml) and enables it when systemd is running.

A per-user service instead (reads only what the user can read):
    sudo systemctl disable --now crashd.service
    systemctl --user enable --now crashd.service     # the packaged user unit, or
    crashd install                                   # a unit in ~/.config/systemd/user

Without systemd (containers), run "crashd run --config /etc/crashd/config.toml"
under your own supervisor. "crashd --help" and "man crashd" list the commands.
`

func packageInfo(o options, g generated) (*nfpm.Info, error) {
	file := func(src, dst string, mode os.FileMode) *files.Content {
		return &files.Content{Source: src, Destination: dst, FileInfo: &files.ContentFileInfo{Mode: mode, MTime: o.MTime}}
	}
	contents := files.Contents{
		file(filepath.Join(o.Bin, "crashd"), binCrashd, 0o755),
		file(filepath.Join(o.Bin, "crashrecv"), binCrashrecv, 0o755),
		file(g.systemUnit, systemUnit, 0o644),
		file(g.userUnit, userUnit, 0o644),
		file(g.manCrashd, manCrashd, 0o644),
		file(g.manCrashrecv, manCrashrecv, 0o644),
		file(g.readme, docDir+"/README.service", 0o644),
	}
	conf := file(g.config, configFile, 0o644)
	conf.Type = files.TypeConfigNoReplace
	contents = append(contents, conf)
	return &nfpm.Info{
		Name:        packageName,
		Arch:        o.Arch,
		Platform:    "linux",
		Version:     o.Version,
		Section:     "utils",
		Priority:    "optional",
		Maintainer:  packageMaint,
		Description: packageSumm + "\n" + packageDetail,
		Vendor:      "crashd",
		License:     "Proprietary",
		MTime:       o.MTime,
		Overridables: nfpm.Overridables{
			Contents: contents,
			Scripts: nfpm.Scripts{
				PostInstall: g.postinst,
				PreRemove:   g.prerm,
				PostRemove:  g.postrm,
			},
			// useradd and getent (shadow-utils / passwd) are on every
			// supported distribution's base system.
		},
	}, nil
}

var commandLine = regexp.MustCompile(`^  ([a-z]+)\s`)

// manPage renders a section-1 man page (gzip) from the binary's --help and,
// for crashd, every command's --help. The binaries must run here, so
// packages are built for the build machine's architecture.
func manPage(exe, name, version string, perCommand bool) ([]byte, error) {
	top, err := helpText(exe, "--help")
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	fmt.Fprintf(&b, ".TH %s 1 \"\" \"%s %s\" \"User Commands\"\n", strings.ToUpper(name), name, roffEscape(version))
	first, rest, _ := strings.Cut(top, "\n")
	fmt.Fprintf(&b, ".SH NAME\n%s\n.SH DESCRIPTION\n", roffEscape(first))
	preformatted(&b, strings.TrimLeft(rest, "\n"))
	if perCommand {
		b.WriteString(".SH COMMANDS\n")
		for _, line := range strings.Split(top, "\n") {
			m := commandLine.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			help, err := helpText(exe, m[1], "--help")
			if err != nil {
				return nil, err
			}
			fmt.Fprintf(&b, ".SS %s\n", m[1])
			preformatted(&b, help)
		}
	}
	var z bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	zw.Write([]byte(b.String()))
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return z.Bytes(), nil
}

func helpText(exe string, args ...string) (string, error) {
	cmd := exec.Command(exe, args...)
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) || out.Len() == 0 {
			return "", fmt.Errorf("%s %s: %w (packages are built for the machine's own architecture)", exe, strings.Join(args, " "), err)
		}
	}
	return strings.TrimRight(out.String(), "\n"), nil
}

func preformatted(b *strings.Builder, text string) {
	b.WriteString(".nf\n")
	for _, line := range strings.Split(text, "\n") {
		b.WriteString(roffEscape(line) + "\n")
	}
	b.WriteString(".fi\n")
}

// roffEscape keeps roff from reading text as requests or escapes.
func roffEscape(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}
