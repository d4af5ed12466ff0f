package redact

import "testing"

// gdb (a string argument in a backtrace, under LANG=C as retracers run
// it) and strace print the bytes of a UTF-8 name outside ASCII as C octal
// escapes: "/home/bj\303\266rn". The home folder's name is the user's in
// that spelling too, learned decoded, and goes in every spelling after.
func TestOctalEscapedHome(t *testing.T) {
	cases := []struct {
		in      string
		secrets []string // the name's whole spelling first
		later   string
	}{
		{"#3  0x0000555555555189 in load_track (path=0x7fffffffe010 \"/home/bj\\303\\266rn/Music/set 12.mp3\") at deck.c:42\n",
			[]string{"bj\\303\\266rn", "\\266rn"}, "later björn again"},
		{"#1  0x00007ffff7e1c2a0 in open_crate (dir=0x55555556b2a0 \"/home/\\320\\264\\320\\274\\320\\270\\321\\202\\321\\200\\320\\270\\320\\271/Music/Crates\") at crate.c:88\n",
			[]string{"\\320\\264\\320\\274\\320\\270\\321\\202\\321\\200\\320\\270\\320\\271", "\\320\\264\\320\\274"}, "later Дмитрий again"},
		{"openat(AT_FDCWD, \"/home/s\\303\\270ren/.config/djapp/settings.json\", O_RDONLY|O_CLOEXEC) = 3\n",
			[]string{"s\\303\\270ren", "ren/"}, "later søren again"},
		{"stat(\"/Users/\\305\\201ukasz/Library/Preferences\", {st_mode=S_IFDIR|0700, st_size=4096, ...}) = 0\n",
			[]string{"\\305\\201ukasz", "ukasz"}, "later Łukasz again"},
	}
	for _, c := range cases {
		checkAllEncodings(t, c.in, c.in, c.secrets, c.later)
		checkBothPaths(t, c.in, c.secrets[0])
		scrubTwice(t, c.in)
	}
	// learned in plain text first: its octal spelling goes (encodings)
	s := newSession(t, Config{})
	s.Learn([]byte("user=björn\n"))
	mustNotContain(t, "octal spelling", s.ScrubString(`#2 f (p="/tmp/bj\303\266rn-cache")`), `bj\303\266rn`)
	// octal escapes that are no name's: a separator (\057, \134), ASCII,
	// a path below a system folder
	for _, k := range []string{
		`#0  write (fd=1, buf=0x5555 "done\n\033[0m", n=9) at write.c:26`,
		`openat(AT_FDCWD, "/usr/share/locale/\303\251t\303\251/LC_MESSAGES", O_RDONLY) = -1 ENOENT`,
		`execve("/usr/bin/djapp", ["djapp", "--log=\057tmp\057x"], 0x7ffc /* 42 vars */) = 0`,
	} {
		mustKeepTwice(t, k)
	}
}
