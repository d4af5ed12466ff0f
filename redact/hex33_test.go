package redact

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// A hex dump line alone (one line of a dump quoted in a log, a debugger's
// one-line read) spelled a name in its hex bytes: its text column was
// scrubbed as text (and widened), its bytes went out.
func TestHex33DumpLineAlone(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"00000040  43 3a 5c 55 73 65 72 73  5c 6b 6f 66 69 2e 6d 5c  |C:\\Users\\kofi.m\\|\n", []string{"kofi.m", "6b 6f 66 69"}},
		{"[dump] first bytes of the profile path:\n00000040  2f 68 6f 6d 65 2f 6e 67  6f 7a 69 5f 61 2f 2e 63  |/home/ngozi_a/.c|\n[dump] end\n", []string{"ngozi_a", "6e 67  6f 7a"}},
		{"(lldb) memory read 0x7ffeefbff5a0\n0x7ffeefbff5a0: 2f 55 73 65 72 73 2f 7a 6f 65 2e 6b 2f 4c  /Users/zoe.k/L\n(lldb) bt\n", []string{"zoe.k", "7a 6f 65"}},
		{"0:000> db 00007ff6`12340000 L10\n00007ff6`12340000  43 3a 5c 55 73 65 72 73-5c 74 68 61 6e 68 2e 6e  C:\\Users\\thanh.n\n0:000> k\n", []string{"thanh.n", "74 68 61 6e"}},
	} {
		checkDump(t, c.in, c.secrets...)
	}
}

// A dump whose lines a chunk of the stream would part: the name split
// over the two lines goes, wherever the chunk ends.
func TestHex33DumpAcrossChunks(t *testing.T) {
	dump := "app: state.bin:\n" +
		"00000000: 0100 0000 2000 0000 6366 6700 7373 2f68  .... ...cfg.ss/h\n" +
		"00000010: 6f6d 652f 6f6c 7577 612e 6164 652f 2e63  ome/oluwa.ade/.c\n" +
		"00000020: 6f6e 6669 672f 536c 6163 6b2f 436f 6f6b  onfig/Slack/Cook\n" +
		"00000030: 6965 7300 0000 0000 0000 0000 0000 0000  ies.............\n"
	for pad := 0; pad < 24; pad++ {
		in := strings.Repeat("kernel: usb 1-2: new high-speed USB device number 4 using xhci_hcd\n", 14+pad) + dump + strings.Repeat("app: idle\n", 200)
		for _, workers := range []int{-1, 2} {
			s := newSession(t, Config{})
			s.par.workers, s.par.chunk, s.par.carry = workers, 1<<10, 512
			var out memFile
			if _, err := s.ScrubTextRewind(&out, strings.NewReader(in)); err != nil {
				t.Fatal(err)
			}
			dec, _ := dumpBytes(string(out.b))
			what := fmt.Sprint("pad ", pad, " workers ", workers)
			mustNotContain(t, what, string(out.b), "oluwa", "6f6c 7577")
			mustNotContain(t, what+"/bytes", dec, "oluwa")
			if !bytes.Contains(out.b, []byte("00000020: 6f6e 6669 672f 536c 6163 6b2f 436f 6f6b  onfig/Slack/Cook")) {
				t.Errorf("%s: dump changed:\n%s", what, out.b)
			}
		}
	}
}

// Dump lines alone that spell no name (code, a library's path, zeros, a
// system folder), and hex that is no dump (registers, a hash, an id
// list), stay as they are.
func TestHex33DumpLineAloneKeep(t *testing.T) {
	for _, keep := range []string{
		"00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|\n",
		"00000010  00 00 00 00 2f 75 73 72  2f 6c 69 62 2f 78 38 36  |..../usr/lib/x86|\n",
		"loaded from:\n0x16fdff2a0: 2f 53 79 73 74 65 6d 2f 4c 69 62 72 61 72 79 2f  /System/Library/\ndone\n",
		"00007ff6`12340000  43 3a 5c 57 69 6e 64 6f-77 73 5c 53 79 73 74 65  C:\\Windows\\Syste\n",
		"00000000: 5548 89e5 4883 ec10 897d fc48 8975 f0e8  UH..H....}.H.u..\n",
		"rax=0000000000000000 rbx=00007ff612340000 rcx=0000000000000001\n",
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  state.bin\n",
		"123456 789012 345678 901234\n",
		"00000010: error reading block 0a 0b  (retrying)\n",
		"0000000000401136 <main>:\n",
	} {
		mustKeepTwice(t, keep)
	}
}
