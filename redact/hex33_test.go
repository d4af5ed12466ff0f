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
	eachChunkCut(t, dump, func(what, in string, out []byte, dec string) {
		mustNotContain(t, what, string(out), "oluwa", "6f6c 7577")
		mustNotContain(t, what+"/bytes", dec, "oluwa")
		if !bytes.Contains(out, []byte("00000020: 6f6e 6669 672f 536c 6163 6b2f 436f 6f6b  onfig/Slack/Cook")) {
			t.Errorf("%s: dump changed:\n%s", what, out)
		}
	})
}

// eachChunkCut scrubs dump after lines that move it over a stream
// chunk's cut, one line further each time (1 KiB chunks, 512 bytes
// carried), serially and with two workers, and hands check each input,
// output and the output's dump bytes.
func eachChunkCut(t *testing.T, dump string, check func(what, in string, out []byte, dec string)) {
	t.Helper()
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
			check(fmt.Sprint("pad ", pad, " workers ", workers), in, out.b, dec)
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

// Dumps without a text column (od -A x -t x1, xxd -p) spelled a name in
// their bytes alone, ASCII or UTF-16LE, over line breaks too: it went out.
func TestHex33DumpNoTextColumn(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"$ od -A x -t x1 ~/.config/app/state.bin\n" +
			"000000 01 00 00 00 20 00 00 00 63 66 67 00 73 73 2f 68\n" +
			"000010 6f 6d 65 2f 6e 67 6f 7a 69 2e 61 64 65 77 61 6c\n" +
			"000020 65 2f 2e 63 6f 6e 66 69 67 2f 53 6c 61 63 6b 00\n" +
			"00002f\n", []string{"ngozi", "adewale", "6e 67 6f 7a", "61 64 65 77"}},
		{"od -A x -t x1 Recent.lnk | head -3\n" +
			"000000 43 00 3a 00 5c 00 55 00 73 00 65 00 72 00 73 00\n" +
			"000010 5c 00 74 00 68 00 61 00 6e 00 64 00 65 00 6b 00\n" +
			"000020 61 00 5c 00 4d 00 75 00 73 00 69 00 63 00 00 00\n", []string{"thandeka", "74 00 68 00 61 00"}},
		{"$ xxd -p prefs.dat\n" +
			"0100000020000000636667007373433a5c55736572735c7a68616e672e77\n" +
			"65695c417070446174615c526f616d696e675c4170705c00000000000000\n", []string{"zhang.wei", "7a68616e67", "2e776569"}},
		{"blob=\n" +
			"43003a005c00550073006500720073005c006e0067007500790065006e00\n" +
			"2e0074006800750079005c0044006f00630075006d0065006e0074007300\n", []string{"nguyen", "thuy", "6e00670075"}},
		{"000040 2f 68 6f 6d 65 2f 6b 6f 66 69 2e 6d 65 6e 73 61 68 2f\n", []string{"kofi.mensah", "6b 6f 66 69"}},
		// hexdump's default and od -x: 16-bit words, little-endian
		{"$ hexdump state.bin\n" +
			"0000000 0001 0000 0020 0000 6663 0067 7373 682f\n" +
			"0000010 6d6f 2f65 6c6f 7775 2e61 6461 2f65 632e\n" +
			"0000020 6e6f 6966 0067\n" +
			"0000025\n", []string{"oluwa", "6c6f 7775"}},
		// a name in a dump's short last line
		{"$ od -A x -t x1 session.dat\n" +
			"000000 00 00 00 00 00 00 00 00 00 00 00 00 00 00 2f 55\n" +
			"000010 73 65 72 73 2f 6d 61 72 69 61 2e 73 69\n" +
			"00001d\n", []string{"maria.si", "6d 61 72 69"}},
	} {
		checkDump(t, c.in, c.secrets...)
	}
}

// Hex with no text column that spells no name stays byte for byte: od
// of code and zeros, xxd -p of random data, commit ids and hashes alone
// on their lines, registers.
func TestHex33DumpNoTextColumnKeep(t *testing.T) {
	for _, keep := range []string{
		"$ od -A x -t x1 /bin/true | head -3\n" +
			"000000 7f 45 4c 46 02 01 01 00 00 00 00 00 00 00 00 00\n" +
			"000010 03 00 3e 00 01 00 00 00 40 10 00 00 00 00 00 00\n" +
			"000020 40 00 00 00 00 00 00 00 f8 3b 00 00 00 00 00 00\n",
		"000000 2f 75 73 72 2f 6c 69 62 2f 78 38 36 5f 36 34 2d\n" +
			"000010 6c 69 6e 75 78 2d 67 6e 75 2f 6c 69 62 63 2e 73\n",
		"$ xxd -p -l 60 /dev/urandom\n" +
			"9f3c2a71d0e84b5566a1f0c3b29e7d4411c0ffee8a6b3d2e9c7f10a4b5d6\n" +
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b78\n",
		"$ git rev-list -3 HEAD\n" +
			"f7942fe1c2d3b4a5968778695a4b3c2d1e0f1a2b\n" +
			"4eb48cf0a1b2c3d4e5f60718293a4b5c6d7e8f90\n" +
			"78e5278abcdef0123456789abcdef0123456789a\n",
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n",
		"d41d8cd98f00b204e9800998ecf8427e\n",
		"000040 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n*\n000400\n",
		"rax=0000000000000000 rbx=00007ff612340000 rcx=0000000000000001\n" +
			"rdx=00000000deadbeef rsi=0000000000000000 rdi=00007ff612345678\n",
		"00000000 00000000 00000000 00000000\n00000010 00000001 00000002 00000003\n",
		"$ hexdump /bin/true | head -2\n" +
			"0000000 457f 464c 0102 0001 0000 0000 0000 0000\n" +
			"0000010 0003 003e 0001 0000 4010 0000 0000 0000\n",
		"0:000> dd 00007ff6`12340000 L8\n" +
			"00007ff6`12340000  00905a4d 00000003 00000004 0000ffff\n" +
			"00007ff6`12340010  000000b8 00000000 00000040 00000000\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// xxd -p's lines, whose name a chunk's cut would part, are read together.
func TestHex33PlainDumpAcrossChunks(t *testing.T) {
	dump := "prefs blob:\n" +
		"01000000200000006366670000000000000000433a5c55736572735c7a68\n" +
		"616e672e7765695c417070446174615c526f616d696e675c4170705c0000\n" +
		"00000000000000000000000000000000000000000000000000000000ffff\n"
	eachChunkCut(t, dump, func(what, in string, out []byte, dec string) {
		mustNotContain(t, what, string(out), "616e672e776569")
		mustNotContain(t, what+"/bytes", dec, "zhang", "ang.wei")
		if len(out) != len(in) {
			t.Errorf("%s: length changed:\n%s", what, out)
		}
	})
}

// A dump whose lines come after a log's prefix (logcat's) spelled a name
// in its hex bytes, alone or split over two lines: it went out.
func TestHex33DumpAfterPrefix(t *testing.T) {
	in := "12-07 08:00:01.120  1234  1290 D BtGatt: read profile path:\n" +
		"12-07 08:00:01.123  1234  1290 D BtGatt: 00000000  2f 68 6f 6d 65 2f 6b 6f  66 69 5f 61 73 61 6e 74  |/home/kofi_asant|\n" +
		"12-07 08:00:01.123  1234  1290 D BtGatt: 00000010  65 2f 2e 63 6f 6e 66 69  67 00 00 00 00 00 00 00  |e/.config.......|\n" +
		"12-07 08:00:01.130  1234  1290 I BtGatt: done\n"
	for _, out := range []string{scrubTwice(t, in), scrubJSONMessage(t, in)} {
		mustNotContain(t, in, out, "kofi", "asante", "6b 6f  66 69", "61 73 61 6e 74  |")
		if len(out) != len(in) || !strings.Contains(out, "D BtGatt: 00000010  ") {
			t.Errorf("layout changed:\n%s", out)
		}
	}
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, in+"/one pass", string(m.b), "kofi", "asante", "6b 6f  66 69", "61 73 61 6e 74  |")
	for _, keep := range []string{
		"12-07 08:00:01.123  1234  1290 D BtGatt: 00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|\n",
		"12-07 08:00:01.123  1234  1290 D vold: handle 0000abcd  ok 2 entries\n",
		"12-07 08:00:01.123  1234  1290 D BtGatt: 00000000  2f 73 79 73 74 65 6d 2f  6c 69 62 36 34 2f 00 00  |/system/lib64/..|\n",
	} {
		mustKeepTwice(t, keep)
	}
}
