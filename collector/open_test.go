package collector

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenRegular(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.dmp")
	writeFile(t, p, []byte("hello"))
	f, fi, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, _ := io.ReadAll(f)
	if string(b) != "hello" || fi.Size() != 5 || !fi.Mode().IsRegular() {
		t.Errorf("read %q size %d mode %v", b, fi.Size(), fi.Mode())
	}
	// Relative paths work too.
	t.Chdir(dir)
	f2, _, err := Open("a.dmp")
	if err != nil {
		t.Fatal(err)
	}
	f2.Close()
}

func TestOpenRefuses(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "secret")
	writeFile(t, secret, []byte("secret"))
	dir := t.TempDir()
	link := filepath.Join(dir, "link.dmp")
	if err := os.Symlink(secret, link); err != nil {
		t.Skip("symlinks not permitted:", err)
	}
	_, _, err := Open(link)
	var oe *OpenError
	if !errors.Is(err, ErrSymlink) || !errors.As(err, &oe) || oe.Path != link ||
		!strings.HasPrefix(err.Error(), "collector: open ") {
		t.Errorf("symlink: %v", err)
	}
	if _, _, err := Open(dir); !errors.Is(err, ErrNotRegular) {
		t.Errorf("directory: %v", err)
	}
	if _, _, err := Open(filepath.Join(dir, "missing")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing: %v", err)
	}

	// A file outside the watched folder, named relative to it.
	if _, _, err := OpenWith(filepath.Join(dir, "..", filepath.Base(outside), "secret"), OpenOptions{Root: dir}); !errors.Is(err, ErrOutside) {
		t.Errorf("outside root: %v", err)
	}
	if _, _, err := OpenWith(dir, OpenOptions{Root: dir}); !errors.Is(err, ErrOutside) {
		t.Errorf("root itself: %v", err)
	}

	hard := filepath.Join(dir, "hard.dmp")
	if err := os.Link(secret, hard); err != nil {
		t.Skip("hard links not permitted:", err)
	}
	f, _, err := Open(hard) // a user's own `crashd report` may name any file
	if err != nil {
		t.Fatalf("plain Open of a hard link: %v", err)
	}
	f.Close()
	if _, _, err := OpenWith(hard, OpenOptions{Root: dir, RejectHardlinks: true}); !errors.Is(err, ErrHardlink) {
		t.Errorf("hard link in watched folder: %v", err)
	}
}

func TestOpenDetectsSwap(t *testing.T) {
	outside := t.TempDir()
	secret := filepath.Join(outside, "victim.dmp")
	writeFile(t, secret, []byte("secret"))
	dir := t.TempDir()
	p := filepath.Join(dir, "victim.dmp")
	other := filepath.Join(dir, "other.dmp")
	if err := os.Symlink(secret, filepath.Join(dir, "probe")); err != nil {
		t.Skip("symlinks not permitted:", err)
	}

	for _, tc := range []struct {
		name string
		swap func()
		want error
	}{
		{"symlink in place of the file", func() { os.Remove(p); os.Symlink(secret, p) }, ErrSwapped},
		{"another file renamed over it", func() { writeFile(t, other, []byte("other")); os.Rename(other, p) }, ErrSwapped},
		{"subfolder replaced by a symlink out", func() {
			os.RemoveAll(filepath.Join(dir, "sub"))
			os.Symlink(outside, filepath.Join(dir, "sub"))
		}, ErrOutside},
	} {
		t.Run(tc.name, func(t *testing.T) {
			target := p
			if strings.HasPrefix(tc.name, "subfolder") {
				target = filepath.Join(mkdir(t, dir, "sub"), "victim.dmp")
			}
			os.Remove(target)
			writeFile(t, target, []byte("victim"))
			f, _, err := openWith(target, OpenOptions{Root: dir, RejectHardlinks: true}, tc.swap)
			if err == nil {
				b, _ := io.ReadAll(f)
				f.Close()
				t.Fatalf("opened %q", b)
			}
			if !errors.Is(err, tc.want) {
				t.Errorf("err %v, want %v", err, tc.want)
			}
		})
	}
}
