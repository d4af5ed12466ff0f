package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// fakeBin writes small stand-ins for crashd and crashrecv that answer
// --help like the real ones, so the packages build in well under a second.
func fakeBin(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	crashd := `#!/bin/sh
case "$1" in
--help) printf 'crashd — crash reporter\n\nUsage: crashd COMMAND [flags]\n\n  run        [--config FILE]   run in the foreground\n  install    [--system]        install the service\n' ;;
*) printf 'Usage: crashd %s [flags]\n\n.dot line and back\\slash\n' "$1" ;;
esac
`
	recv := "#!/bin/sh\nprintf 'crashrecv — receiver\\n\\nUsage: crashrecv serve\\n'\n"
	for name, body := range map[string]string{"crashd": crashd, "crashrecv": recv} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func buildPackages(t *testing.T) (deb, rpm string) {
	t.Helper()
	out := t.TempDir()
	paths, err := build(options{Version: "1.2.3", Bin: fakeBin(t), Out: out, Arch: "amd64", Formats: []string{"deb", "rpm"}, MTime: time.Unix(1700000000, 0)})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 2 || !strings.HasSuffix(paths[0], ".deb") || !strings.HasSuffix(paths[1], ".rpm") {
		t.Fatalf("built %v", paths)
	}
	return paths[0], paths[1]
}

var wantFiles = []string{
	"/etc/crashd/config.toml",
	"/usr/bin/crashd",
	"/usr/bin/crashrecv",
	"/usr/lib/systemd/system/crashd.service",
	"/usr/lib/systemd/user/crashd.service",
	"/usr/share/doc/crashd/README.service",
	"/usr/share/man/man1/crashd.1.gz",
	"/usr/share/man/man1/crashrecv.1.gz",
}

func TestMissingBinaries(t *testing.T) {
	if _, err := build(options{Version: "1", Bin: t.TempDir(), Out: t.TempDir(), Arch: "amd64", Formats: []string{"deb"}}); err == nil || !strings.Contains(err.Error(), "make build") {
		t.Fatalf("build without binaries: %v", err)
	}
}

func TestManPage(t *testing.T) {
	z, err := manPage(filepath.Join(fakeBin(t), "crashd"), "crashd", "1.2.3", true)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(z))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(zr)
	page := string(b)
	for _, want := range []string{".TH CRASHD 1", ".SS run\n", ".SS install\n", "Usage: crashd install [flags]", `\&.dot line and back\eslash`} {
		if !strings.Contains(page, want) {
			t.Errorf("man page lacks %q:\n%s", want, page)
		}
	}
	if man, err := exec.LookPath("man"); err == nil {
		f := filepath.Join(t.TempDir(), "crashd.1.gz")
		os.WriteFile(f, z, 0o644)
		cmd := exec.Command(man, "-l", f)
		cmd.Env = append(os.Environ(), "MANPAGER=cat", "PAGER=cat", "MANWIDTH=100")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if out, err := cmd.Output(); err != nil || !strings.Contains(string(out), "crashd — crash reporter") || stderr.Len() > 0 {
			t.Errorf("man -l: %v\n%s\n%s", err, out, stderr.String())
		}
	}
}

func TestDebContents(t *testing.T) {
	dpkgDeb, err := exec.LookPath("dpkg-deb")
	if err != nil {
		t.Skip("dpkg-deb not installed")
	}
	deb, _ := buildPackages(t)
	out, err := exec.Command(dpkgDeb, "--fsys-tarfile", deb).Output()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("tar", "-tf", "-")
	cmd.Stdin = bytes.NewReader(out)
	listing, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range strings.Split(string(listing), "\n") {
		if l = strings.TrimPrefix(l, "."); l != "" && !strings.HasSuffix(l, "/") {
			got = append(got, l)
		}
	}
	sort.Strings(got)
	if strings.Join(got, "\n") != strings.Join(wantFiles, "\n") {
		t.Errorf("deb files:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantFiles, "\n"))
	}
	conffiles, err := exec.Command(dpkgDeb, "-I", deb, "conffiles").Output()
	if err != nil || strings.TrimSpace(string(conffiles)) != "/etc/crashd/config.toml" {
		t.Errorf("conffiles %q, %v", conffiles, err)
	}
	for _, script := range []string{"postinst", "prerm", "postrm"} {
		if b, err := exec.Command(dpkgDeb, "-I", deb, script).Output(); err != nil || !bytes.Contains(b, []byte("/run/systemd/system")) && script != "postrm" {
			t.Errorf("%s: %v\n%s", script, err, b)
		}
	}
}

func TestRPMContents(t *testing.T) {
	rpmCmd, err := exec.LookPath("rpm")
	if err != nil {
		t.Skip("rpm not installed")
	}
	_, rpm := buildPackages(t)
	out, err := exec.Command(rpmCmd, "-qlp", rpm).CombinedOutput()
	if err != nil {
		t.Fatalf("rpm -qlp: %v\n%s", err, out)
	}
	if got := strings.TrimSpace(string(out)); got != strings.Join(wantFiles, "\n") {
		t.Errorf("rpm -qlp:\n%s\nwant:\n%s", got, strings.Join(wantFiles, "\n"))
	}
	conf, err := exec.Command(rpmCmd, "-qcp", rpm).Output()
	if err != nil || strings.TrimSpace(string(conf)) != "/etc/crashd/config.toml" {
		t.Errorf("rpm config files %q, %v", conf, err)
	}
	scripts, _ := exec.Command(rpmCmd, "-qp", "--scripts", rpm).Output()
	for _, want := range []string{"postinstall scriptlet", "preuninstall scriptlet", "postuninstall scriptlet"} {
		if !bytes.Contains(scripts, []byte(want)) {
			t.Errorf("rpm lacks %s", want)
		}
	}
}

// TestDpkgInstallRemove installs the package on this machine (root, no
// systemd here: the maintainer scripts must succeed quietly), then removes
// and purges it.
func TestDpkgInstallRemove(t *testing.T) {
	dpkg, err := exec.LookPath("dpkg")
	if err != nil || os.Geteuid() != 0 {
		t.Skip("needs root and dpkg")
	}
	if testing.Short() {
		t.Skip("installs a package on the machine")
	}
	if exec.Command(dpkg, "-s", "crashd").Run() == nil {
		t.Skip("a crashd package is already installed here")
	}
	for _, p := range []string{"/usr/bin/crashd", "/etc/crashd", "/var/lib/crashd"} {
		if _, err := os.Stat(p); err == nil {
			t.Skipf("%s exists: not touching a real installation", p)
		}
	}
	_, hadUser := user.Lookup("crashd")
	deb, _ := buildPackages(t)
	t.Cleanup(func() {
		exec.Command(dpkg, "--purge", "crashd").Run()
		if hadUser != nil {
			exec.Command("userdel", "crashd").Run()
		}
	})
	run := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(dpkg, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("dpkg %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	out := run("-i", deb)
	if strings.Contains(out, "crashd: ") || strings.Contains(out, "warning") {
		t.Errorf("install is not quiet without systemd:\n%s", out)
	}
	for _, f := range wantFiles {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("after dpkg -i: %v", err)
		}
	}
	u, err := user.Lookup("crashd")
	if err != nil {
		t.Fatalf("service account: %v", err)
	}
	for dir, mode := range map[string]os.FileMode{"/var/lib/crashd": 0o711, "/var/lib/crashd/spool": 0o700} {
		fi, err := os.Stat(dir)
		if err != nil || fi.Mode().Perm() != mode {
			t.Errorf("%s: %v, want mode %v", dir, fi, mode)
		}
	}
	if out, err := exec.Command("stat", "-c", "%U", "/var/lib/crashd").Output(); err != nil || strings.TrimSpace(string(out)) != u.Username {
		t.Errorf("/var/lib/crashd owner %q", out)
	}
	if analyze, err := exec.LookPath("systemd-analyze"); err == nil {
		if out, err := exec.Command(analyze, "verify", "/usr/lib/systemd/system/crashd.service").CombinedOutput(); err != nil || len(bytes.TrimSpace(out)) > 0 {
			t.Errorf("installed unit: %v\n%s", err, out)
		}
	}
	// Reinstall runs the upgrade path of the scripts.
	run("-i", deb)
	os.WriteFile("/var/lib/crashd/spool/r1", []byte("x"), 0o600)
	run("-r", "crashd")
	if _, err := os.Stat("/usr/bin/crashd"); err == nil {
		t.Error("dpkg -r left /usr/bin/crashd")
	}
	if _, err := os.Stat("/etc/crashd/config.toml"); err != nil {
		t.Error("dpkg -r must keep the config (conffile) until purge")
	}
	run("--purge", "crashd")
	for _, p := range []string{"/etc/crashd/config.toml", "/var/lib/crashd"} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("purge left %s", p)
		}
	}
}
