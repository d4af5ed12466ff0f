package redact

import (
	"bytes"
	"strings"
	"testing"
)

// dumpBytes decodes the hex dumps of out (forDumps), for a leak check over
// line breaks and in UTF-16; its second result counts the bytes read.
func dumpBytes(out string) (string, int) {
	var all []byte
	var d dumpBlock
	forDumps([]byte(out), &d, 0, func(d *dumpBlock) { all = append(all, d.dec...) })
	n := len(all)
	// UTF-16LE text read as its characters: NULs dropped
	return string(all) + "\n" + string(bytes.ReplaceAll(all, []byte{0}, nil)), n
}

// checkDump scrubs the dump in (one pass, learned then scrubbed twice, as
// a JSON string) and checks that no secret is left in its characters nor
// in its bytes, and that the dump kept its layout: the same lines, each
// of the same length, offsets unchanged.
func checkDump(t *testing.T, in string, secrets ...string) {
	t.Helper()
	checkDumpWith(t, in, dumpBytes, func(line string) int {
		var d dumpBlock
		if len(line) == 0 || !d.line([]byte(line), 0, len(line)) {
			return -1
		}
		return dumpOffsetEnd(line)
	}, secrets...)
}

// checkDumpWith is checkDump with the dump's bytes read by decode, and
// the head of each line that must stay as it was (its offset, a log's
// prefix) measured by head (< 0: a line no dump's, not checked).
func checkDumpWith(t *testing.T, in string, decode func(string) (string, int), head func(line string) int, secrets ...string) {
	t.Helper()
	_, n := decode(in)
	if n == 0 {
		t.Fatalf("no dump read in %q", in)
	}
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ what, out string }{
		{"one pass", string(m.b)},
		{"learned", scrubTwice(t, in)},
		{"json", scrubJSONMessage(t, in)},
	} {
		mustNotContain(t, in+"/"+c.what, c.out, secrets...)
		dec, k := decode(c.out)
		if k != n {
			t.Errorf("%s: %d dump bytes read, %d before:\n%s", c.what, k, n, c.out)
		}
		mustNotContain(t, in+"/"+c.what+"/bytes", dec, secrets...)
		il, ol := strings.Split(in, "\n"), strings.Split(c.out, "\n")
		if len(il) != len(ol) {
			t.Errorf("%s: %d lines, %d before:\n%s", c.what, len(ol), len(il), c.out)
			continue
		}
		for k := range il {
			o := head(il[k])
			if o >= 0 && (len(il[k]) != len(ol[k]) || il[k][:o] != ol[k][:o]) {
				t.Errorf("%s: layout changed:\n%s\n%s", c.what, il[k], ol[k])
			}
		}
	}
}

// dumpOffsetEnd returns where a dump line's offset ends (its first blank
// after a character not blank), 0 for a line of bytes alone (xxd -p).
func dumpOffsetEnd(line string) int {
	t := strings.TrimLeft(line, " ")
	k := strings.IndexByte(t, ' ')
	if k < 0 {
		return 0
	}
	return len(line) - len(t) + k
}

// A user's folder, an e-mail address in a hex dump (xxd, hexdump -C, od,
// an Android tombstone's memory lines, WinDbg's db, lldb's memory read)
// goes from its characters and its hex digits, split over two lines or
// glued to the bytes before it, and the dump keeps its layout.
func TestHexDumpNames(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"$ xxd state.bin\n" +
			"00000000: 0100 0000 2000 0000 6366 6700 7373 2f68  .... ...cfg.ss/h\n" +
			"00000010: 6f6d 652f 6f6c 7577 612e 6164 652f 2e63  ome/oluwa.ade/.c\n" +
			"00000020: 6f6e 6669 672f 536c 6163 6b2f 436f 6f6b  onfig/Slack/Cook\n" +
			"00000030: 6965 7300 0000 0000 0000 0000 0000 0000  ies.............\n" +
			"00000040: 0000 0000 00                             .....\n", []string{"oluwa.ade", "6f6c 7577"}},
		{"00000000: 7374 6174 6501 0000 0000 0000 0000 7373  state.........ss\n" +
			"00000010: 2f68 6f6d 652f 6b6f 6669 5f6d 2f2e 636f  /home/kofi_m/.co\n" +
			"00000020: 6e66 6967 2f61 7070 2f63 6163 6865 0000  nfig/app/cache..\n", []string{"kofi_m", "6b6f 6669"}},
		{"00000000: 0200 0000 6672 6f6d 3a20 3c61 6d61 2e6f  ....from: <ama.o\n" +
			"00000010: 7775 7375 4067 6d61 696c 2e63 6f6d 3e00  wusu@gmail.com>.\n" +
			"00000020: 0000 0073 796e 632d 746f 6b65 6e00       ...sync-token.\n", []string{"ama.owusu", "owusu"}},
		{"00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|\n" +
			"00000010  03 00 3e 00 01 00 00 00  70 6c 00 00 2f 55 73 65  |..>.....pl../Use|\n" +
			"00000020  72 73 2f 74 68 61 6e 68  2e 6e 67 75 79 65 6e 2f  |rs/thanh.nguyen/|\n" +
			"00000030  4c 69 62 72 61 72 79 2f  41 70 70 6c 69 63 61 74  |Library/Applicat|\n" +
			"00000040  69 6f 6e 20 53 75 70 70  6f 72 74 2f 46 6f 6f 2f  |ion Support/Foo/|\n" +
			"00000050  64 62 2e 73 71 6c 69 74  65 00 00 00 00           |db.sqlite....|\n" +
			"0000005d\n", []string{"thanh.nguyen", "74 68 61 6e 68"}},
		{"000000 7f 45 4c 46 02 01 01 00 00 00 00 00 00 00 00 00  >.ELF............<\n" +
			"000010 03 00 3e 00 01 00 00 00 70 6c 00 00 2f 55 73 65  >..>.....pl../Use<\n" +
			"000020 72 73 2f 74 68 61 6e 68 2e 6e 67 75 79 65 6e 2f  >rs/thanh.nguyen/<\n", []string{"thanh.nguyen"}},
		{"memory near x1 ([anon:libc_malloc]):\n" +
			"    0000007fc3a1b2b0 7373000000000000 2f617461642f7373  ......ssss/data/\n" +
			"    0000007fc3a1b2c0 632f302f72657375 73746168772e6d6f  user/0/com.whats\n" +
			"    0000007fc3a1b2d0 682f73732f707061 6a6e61772f656d6f  app/ss/home/wanj\n" +
			"    0000007fc3a1b2e0 69502f6b2e756b69 782f736572757463  iku.k/Pictures/x\n" +
			"    0000007fc3a1b2f0 0000000067706a2e 0000000000000000  .jpg............\n", []string{"wanjiku", "6a6e6177"}},
		{"0:000> db 00a1b2c0\n" +
			"00000000`00a1b2c0  43 00 3a 00 5c 00 55 00-73 00 65 00 72 00 73 00  C.:.\\.U.s.e.r.s.\n" +
			"00000000`00a1b2d0  5c 00 42 00 6f 00 6e 00-67 00 61 00 6e 00 69 00  \\.B.o.n.g.a.n.i.\n" +
			"00000000`00a1b2e0  5c 00 41 00 70 00 70 00-44 00 61 00 74 00 61 00  \\.A.p.p.D.a.t.a.\n" +
			"00000000`00a1b2f0  5c 00 4c 00 6f 00 63 00-61 00 6c 00 5c 00 54 00  \\.L.o.c.a.l.\\.T.\n" +
			"00000000`00a1b300  65 00 6d 00 70 00 00 00-00 00                    e.m.p.....\n", []string{"Bongani", "B.o.n.g.a.n.i"}},
		{"0:000> du /c 16 00a1b2c0\n" +
			"00000000`00a1b2c0  \"C:\\Users\\chidinm\"\n" +
			"00000000`00a1b2e0  \"a.eze\\AppData\\Lo\"\n" +
			"00000000`00a1b300  \"cal\\Temp\"\n", []string{"chidinma", "a.eze"}},
		{"(lldb) memory read 0x16fdff2a0\n" +
			"0x16fdff2a0: 00 00 00 00 2f 55 73 65 72 73 2f 6d 65 68 6d 65  ..../Users/mehme\n" +
			"0x16fdff2b0: 74 2e 79 2f 4c 69 62 72 61 72 79 2f 43 61 63 68  t.y/Library/Cach\n" +
			"0x16fdff2c0: 65 73 2f 63 6f 6d 2e 61 70 70 2f 78 2e 64 62 00  es/com.app/x.db.\n", []string{"mehmet.y", "6d 65 68 6d 65"}},
	} {
		checkDump(t, c.in, c.secrets...)
	}
}

// A name learned elsewhere in the report goes in a dump too, before or
// after the line that teaches it.
func TestHexDumpLearnedName(t *testing.T) {
	dump := "00000000: 1000 0000 8b07 6b77 6162 656e 6100 0000  ......kwabena...\n" +
		"00000010: 0000 0000 0000 0000 0000                 ..........\n"
	for _, in := range []string{
		"USER=kwabena\n" + dump,
		dump + "HOME=/home/kwabena\n",
	} {
		checkDump(t, in, "kwabena", "6b77 6162")
	}
}

// Dumps of code, library paths, an ELF header and zeros stay as they are.
func TestHexDumpKeep(t *testing.T) {
	for _, keep := range []string{
		"00000000: 5548 89e5 4883 ec10 897d fc48 8975 f0e8  UH..H....}.H.u..\n" +
			"00000010: 0000 0000 2f75 7372 2f6c 6962 2f78 3836  ..../usr/lib/x86\n" +
			"00000020: 5f36 342d 6c69 6e75 782d 676e 752f 6c69  _64-linux-gnu/li\n" +
			"00000030: 6263 2e73 6f2e 3600 2f73 7973 7465 6d2f  bc.so.6./system/\n" +
			"00000040: 6c69 6236 342f 6c69 6263 2e73 6f00 474c  lib64/libc.so.GL\n" +
			"00000050: 4942 435f 322e 3334 00                   IBC_2.34.\n",
		"00000000  55 48 89 e5 48 83 ec 10  89 7d fc 48 89 75 f0 e8  |UH..H....}.H.u..|\n" +
			"00000010  00 00 00 00 2f 75 73 72  2f 6c 69 62 2f 78 38 36  |..../usr/lib/x86|\n" +
			"00000020  5f 36 34 2d 6c 69 6e 75  78 2d 67 6e 75 2f 6c 69  |_64-linux-gnu/li|\n" +
			"00000030  62 63 2e 73 6f 2e 36 00  2f 73 79 73 74 65 6d 2f  |bc.so.6./system/|\n" +
			"00000040  6c 69 62 36 34 2f 6c 69  62 63 2e 73 6f 00 47 4c  |lib64/libc.so.GL|\n" +
			"00000050  49 42 43 5f 32 2e 33 34  00                       |IBC_2.34.|\n" +
			"00000059\n",
		"memory near pc (/system/lib64/libc.so):\n" +
			"    0000007f8e2a1000 f9400108d10083ff a9027bfdf9000be8  ......@..{......\n" +
			"    0000007f8e2a1010 0000000000000000 0000000000000000  ................\n",
		"00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|\n" +
			"00000010  03 00 3e 00 01 00 00 00  40 10 00 00 00 00 00 00  |..>.....@.......|\n",
		"0x16fdff2a0: 2f 53 79 73 74 65 6d 2f 4c 69 62 72 61 72 79 2f  /System/Library/\n" +
			"0x16fdff2b0: 46 72 61 6d 65 77 6f 72 6b 73 2f 41 70 70 4b 69  Frameworks/AppKi\n",
		"00000000`7ffe0030  \"C:\\Windows\\System32\\ntdll.dl\"\n" +
			"00000000`7ffe0050  \"l\"\n",
		"20260107 12:00:01 deadbeef cafe 0000  ok\n",
		"00000010: error reading block 0a 0b  (retrying)\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A name learned far past a dump that holds it split over two lines
// (lateHarmless finds no spelling of it there) makes the one-pass scrub
// rewind.
func TestHexDumpLateName(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("restoring state.bin\n" +
		"00000000: 1000 0000 8b07 0000 0100 0000 6b77 6162  ............kwab\n" +
		"00000010: 656e 612e 6200 0000 0000 0000 00         ena.b........\n")
	for sb.Len() < 600<<10 {
		sb.WriteString("2024-09-22T21:25:16.553Z INFO  [main] deck 2: tempo 94.16 bpm, key 5A, gain 8.9 dB, frames 367572\n")
	}
	sb.WriteString("2024-09-22T21:25:17.001Z WARN  sync: HOME=/home/kwabena.b not writable\n")
	in := sb.String()
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	out := string(m.b)
	mustNotContain(t, "late name", out, "kwabena", "6b77 6162")
	if dec, _ := dumpBytes(out[:400]); strings.Contains(dec, "kwabena") {
		t.Errorf("kwabena left in the dump's bytes: %q", out[:200])
	}
}
