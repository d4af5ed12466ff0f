package redact

import (
	"fmt"
	"strings"
	"testing"
)

// dumpBytesAt is dumpBytes for dump lines after a log's prefix: read
// from the column where the first line's dump starts (dumpInner).
func dumpBytesAt(out string) (string, int) {
	b := []byte(out)
	e := strings.IndexByte(out, '\n')
	if e < 0 {
		e = len(out)
	}
	col := -1 // the first word of 8 or 16 hex digits and a colon
	for p, w := range strings.Split(out[:e], " ") {
		if h := strings.TrimSuffix(w, ":"); p > 0 && len(h) < len(w) && (len(h) == 8 || len(h) == 16) && strings.Trim(h, "0123456789abcdef") == "" {
			col = len(strings.Join(strings.Split(out[:e], " ")[:p], " ")) + 1
			break
		}
	}
	if col < 0 {
		return "", 0
	}
	var all []byte
	forDumps(b, nil, col, func(d *dumpBlock) { all = append(all, d.dec...) })
	return string(all) + "\n" + strings.ReplaceAll(string(all), "\x00", ""), len(all)
}

// checkDumpAt is checkDump for dump lines after a log's prefix (the
// kernel's, logcat's): no secret left in the characters nor in the
// bytes, one pass, learned then scrubbed, as a JSON string; the same
// lines, each of the same length, the prefix and offset unchanged.
func checkDumpAt(t *testing.T, in string, secrets ...string) {
	t.Helper()
	checkDumpWith(t, in, dumpBytesAt, func(line string) int {
		o := strings.Index(line, ": ")
		if p := strings.LastIndex(line[:max(o, 0)], " "); o > 0 && p > 0 {
			o = p // the prefix and the offset
		}
		return max(o, 0)
	}, secrets...)
}

// The kernel's print_hex_dump with DUMP_PREFIX_ADDRESS writes a 16-digit
// address (hashed or not) after the message's prefix: bytes, or 32- or
// 64-bit words in the host's order, with or without the text column. A
// user's folder in it went out, from its hex digits and its characters
// (the text column was scrubbed as text, and widened).
func TestHex35KernelAddressDump(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"[  412.733104] usb 1-2: fw: ffff8881234567a0: 63 66 67 00 73 73 2f 68 6f 6d 65 2f 6b 6f 66 69  cfg.ss/home/kofi\n" +
			"[  412.733111] usb 1-2: fw: ffff8881234567b0: 2e 6d 65 6e 73 61 68 2f 2e 63 6f 6e 66 69 67 2f  .mensah/.config/\n" +
			"[  412.733118] usb 1-2: fw: ffff8881234567c0: 61 70 70 2f 73 74 61 74 65 00 00 00 00           app/state....\n",
			[]string{"kofi", "mensah", "6b 6f 66 69", "6d 65 6e 73"}},
		{"[  412.733104] hid-generic 0003:046D:C52B.0004: report: ffff9a0c41d2e000: 00000001 555c3a43 73726573 6f674e5c  ....C:\\Users\\Ngo\n" +
			"[  412.733111] hid-generic 0003:046D:C52B.0004: report: ffff9a0c41d2e010: 4f2e697a 6f66616b 70415c72 74614470  zi.Okafor\\AppDat\n" +
			"[  412.733118] hid-generic 0003:046D:C52B.0004: report: ffff9a0c41d2e020: 6f525c61 6e696d61 00000067           a\\Roaming......\n",
			[]string{"Ngozi", "Okafor", "zi.Okafor", "6f66616b"}},
		{"[  412.733104] ntfs3: sda2: name: 00000000d5c3e8f0: 02 00 00 00 43 00 3a 00 5c 00 55 00 73 00 65 00\n" +
			"[  412.733111] ntfs3: sda2: name: 00000000d5c3e900: 72 00 73 00 5c 00 57 00 61 00 6e 00 67 00 20 00\n" +
			"[  412.733118] ntfs3: sda2: name: 00000000d5c3e910: 57 00 65 00 69 00 5c 00 44 00 6f 00 63 00 75 00\n" +
			"[  412.733125] ntfs3: sda2: name: 00000000d5c3e920: 6d 00 65 00 6e 00 74 00 73 00 00 00\n",
			[]string{"Wang", "Wei\\", "57 00 61 00 6e 00 67 00", "57 00 65 00 69 00"}},
		{"[  412.733104] nvme nvme0: cmd: ffffc90000a3bd00: 0000000000000000 0000000000000000  ................\n" +
			"[  412.733111] nvme nvme0: cmd: ffffc90000a3bd10: 68742f656d6f682f 6e2e657769646e61  /home/thandiwe.n\n" +
			"[  412.733118] nvme nvme0: cmd: ffffc90000a3bd20: 73732e2f69736f6b 3264655f64692f68  kosi/.ssh/id_ed2\n" +
			"[  412.733125] nvme nvme0: cmd: ffffc90000a3bd30: 0000000039313535 0000000000000000  5519............\n",
			[]string{"thandiwe", "nkosi", "kosi/", "6e2e657769646e61"}},
		// a line alone, its hex only (no text column)
		{"[ 1201.004417] iwlwifi 0000:00:14.3: fw path: ffff8881060d2c40: 2f 68 6f 6d 65 2f 6c 69 6e 68 2e 74 72 61 6e 2f\n",
			[]string{"linh.tran", "6c 69 6e 68"}},
	} {
		checkDumpAt(t, c.in, c.secrets...)
	}
}

// Kernel dumps of an address that spell no one stay byte for byte: an
// ELF header, a library's path, zeros, code; and the kernel's other
// lines with 16-digit addresses (an oops' registers and stack, the e820
// map, kallsyms).
func TestHex35KernelAddressDumpKeep(t *testing.T) {
	for _, keep := range []string{
		"[  412.733104] kvm: guest image: ffff8881234567a0: 7f 45 4c 46 02 01 01 00 00 00 00 00 00 00 00 00  .ELF............\n" +
			"[  412.733111] kvm: guest image: ffff8881234567b0: 03 00 3e 00 01 00 00 00 40 10 00 00 00 00 00 00  ..>.....@.......\n",
		"[  412.733104] nvme nvme0: cmd: ffffc90000a3bd00: 0000000000000000 0000000000000000  ................\n" +
			"[  412.733111] nvme nvme0: cmd: ffffc90000a3bd10: 62696c2f7273752f 2d34365f3638782f  /usr/lib/x86_64-\n" +
			"[  412.733118] nvme nvme0: cmd: ffffc90000a3bd20: 6e672d78756e696c 732e6362696c2f75  linux-gnu/libc.s\n" +
			"[  412.733125] nvme nvme0: cmd: ffffc90000a3bd30: 0000000000362e6f 0000000000000000  o.6.............\n",
		"[  412.733104] mlx5_core 0000:3b:00.0: cqe: 00000000c4e1a2b0: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n" +
			"[  412.733111] mlx5_core 0000:3b:00.0: cqe: 00000000c4e1a2c0: 00 00 00 00 08 00 00 00 7f 00 21 d3 00 00 00 01\n",
		"[   88.120341] RSP: 0018:ffffc90000a3bd08 EFLAGS: 00010246\n" +
			"[   88.120342] RAX: 0000000000000000 RBX: ffff888104f1c000 RCX: 0000000000000000\n" +
			"[   88.120343] RDX: ffff888100a8e100 RSI: ffffffff82a4b1e0 RDI: ffff888104f1c000\n",
		"[   88.120350] Code: 48 89 e5 41 57 41 56 41 55 41 54 53 48 83 ec 10 <0f> 0b 48 8b 45 00\n",
		"[    0.000000] BIOS-e820: [mem 0x0000000000000000-0x000000000009ffff] usable\n",
		"ffffffff81000000 T _text\nffffffff81000040 T secondary_startup_64\n",
		"[  412.733104] Stack: ffff8881234567a0: ffffffff81234567 ffff888104f1c000 0000000000000000 0000000000000001\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// Dumps of words: hexdump -x (four blanks between words), od -t x8,
// lldb's memory read -fx -s2/-s4/-s8 and gdb's x/xw, x/xg ("0x" before
// each word, gdb's tabs, a symbol after the address), WinDbg's dq (a '`'
// inside each quad word). A user's folder or address in their words went
// out.
func TestHex35WordDumps(t *testing.T) {
	for _, c := range []struct {
		in      string
		secrets []string
	}{
		{"$ hexdump -x ~/.local/state/app/last\n" +
			"0000000    0003    0000    616c    7473    2f3d    6f68    656d    6e2f\n" +
			"0000010    6f67    697a    615f    442f    776f    6c6e    616f    7364\n" +
			"0000020    692f    766e    702e    6664    0000    0000                \n" +
			"000002c\n", []string{"ngozi_a", "6f67    697a"}},
		{"$ od -A x -t x8 ~/.local/state/app/last\n" +
			"000000 7473616c00000003 6e2f656d6f682f3d\n" +
			"000010 442f615f697a6f67 7364616f6c6e776f\n" +
			"000020 6664702e766e692f 0000000000000000\n" +
			"00002c\n", []string{"ngozi_a", "697a6f67"}},
		{"(lldb) memory read -fx -s2 0x16fdff2a0\n" +
			"0x16fdff2a0: 0x0002 0x0000 0x0043 0x003a 0x005c 0x0055 0x0073 0x0065\n" +
			"0x16fdff2b0: 0x0072 0x0073 0x005c 0x0057 0x0061 0x006e 0x0067 0x0020\n" +
			"0x16fdff2c0: 0x0057 0x0065 0x0069 0x005c 0x0044 0x006f 0x0063 0x0075\n" +
			"0x16fdff2d0: 0x006d 0x0065 0x006e 0x0074 0x0073 0x0000 0x0000 0x0000\n",
			[]string{"Wang", "Wei\\", "0x0057 0x0061 0x006e"}},
		{"(lldb) memory read -fx -s4 0x600003a5c0c0\n" +
			"0x600003a5c0c0: 0x00000000 0x6573552f 0x7a2f7372 0x6b2e656f\n" +
			"0x600003a5c0d0: 0x6c61776f 0x2f616b73 0x7262694c 0x2f797261\n" +
			"0x600003a5c0e0: 0x68636143 0x00007365 0x00000000 0x00000000\n",
			[]string{"zoe.k", "kowalska", "0x6b2e656f"}},
		{"(lldb) memory read -fx -s8 0x600003a5c0c0\n" +
			"0x600003a5c0c0: 0x6573552f00000000 0x6b2e656f7a2f7372\n" +
			"0x600003a5c0d0: 0x2f616b736c61776f 0x2f7972617262694c\n" +
			"0x600003a5c0e0: 0x0000736568636143 0x0000000000000000\n",
			[]string{"zoe.k", "kowalska", "6b2e656f7a"}},
		{"(gdb) x/12xw &g_account\n" +
			"0x4c6040 <g_account>:\t0x00000010\t0x6d68656d\t0x792e7465\t0x616d6c69\n" +
			"0x4c6050 <g_account+16>:\t0x756f407a\t0x6f6f6c74\t0x6f632e6b\t0x0000006d\n" +
			"0x4c6060 <g_account+32>:\t0x00000000\t0x00000000\t0x00000000\t0x00000000\n",
			[]string{"mehmet", "yilmaz", "0x6d68656d"}},
		{"(gdb) x/4xg $sp\n" +
			"0x7fffffffe3a0:\t0x6d68656d00000010\t0x616d6c69792e7465\n" +
			"0x7fffffffe3b0:\t0x6f6f6c74756f407a\t0x0000006d6f632e6b\n",
			[]string{"mehmet", "yilmaz", "6d68656d"}},
		{"0:000> dq 000001d4`a1b2c3d0 L8\n" +
			"000001d4`a1b2c3d0  00000000`00000001 73726573`555c3a43\n" +
			"000001d4`a1b2c3e0  206e6579`75674e5c 415c6e41`206e6156\n" +
			"000001d4`a1b2c3f0  4c5c6174`61447070 6d65545c`6c61636f\n" +
			"000001d4`a1b2c400  00000000`00005c70 00000000`00000000\n",
			[]string{"Nguyen", "75674e5c"}},
	} {
		mustNotContain(t, c.in, scrubTwice(t, c.in), c.secrets...)
		checkDump(t, c.in, c.secrets...)
	}
}

// Word dumps that spell no one stay byte for byte: code, a PE header,
// zeros; and what looks like them: WinDbg's stack and pointer lists,
// lldb's and gdb's registers.
func TestHex35WordDumpsKeep(t *testing.T) {
	for _, keep := range []string{
		"$ hexdump -x /bin/true | head -2\n" +
			"0000000    457f    464c    0102    0001    0000    0000    0000    0000\n" +
			"0000010    0003    003e    0001    0000    4010    0000    0000    0000\n",
		"$ od -A x -t x8 /bin/true | head -2\n" +
			"000000 00010102464c457f 0000000000000000\n" +
			"000010 00000001003e0003 0000000000004010\n",
		"(lldb) memory read -fx -s4 0x100003f50\n" +
			"0x100003f50: 0xfa1e0ff3 0xe5894855 0x10ec8348 0x48fc7d89\n" +
			"0x100003f60: 0xe8f07589 0x00000000 0x48fc458b 0x5d10c483\n",
		"(gdb) x/12xw main\n" +
			"0x401136 <main>:\t0xfa1e0ff3\t0xe5894855\t0x10ec8348\t0x48fc7d89\n" +
			"0x401146 <main+16>:\t0xe8f07589\t0x00000000\t0x48fc458b\t0x5d10c483\n" +
			"0x401156 <main+32>:\t0x000000c3\t0x00000000\t0x00000000\t0x00000000\n",
		"0:000> dq 00007ff6`12340000 L6\n" +
			"00007ff6`12340000  00000003`00905a4d 0000ffff`00000004\n" +
			"00007ff6`12340010  00000000`000000b8 00000000`00000040\n" +
			"00007ff6`12340020  00000000`00000000 00000000`00000000\n",
		" # Child-SP          RetAddr               Call Site\n" +
			"00 00000000`0014f8a8 00007ff6`1234abcd     app!Session::Load+0x2d\n" +
			"01 00000000`0014f8b0 00007ffb`8a2c7034     app!main+0x1c4\n",
		"0:000> dps 00000000`0014f8a8 L2\n" +
			"00000000`0014f8a8  00007ff6`1234abcd app!Session::Load+0x2d\n" +
			"00000000`0014f8b0  00007ffb`8a2c7034 KERNEL32!BaseThreadInitThunk+0x14\n",
		"(lldb) register read\n" +
			"General Purpose Registers:\n" +
			"       rax = 0x0000000000000000\n" +
			"       rbx = 0x00007ff7bfeff6a8\n",
		"(gdb) info registers rip\n" +
			"rip            0x401136            0x401136 <main>\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// xxdDump writes mem as xxd does: 16 bytes a line, in words of two.
func xxdDump(mem []byte) string {
	var sb strings.Builder
	for off := 0; off < len(mem); off += 16 {
		row := mem[off:min(off+16, len(mem))]
		fmt.Fprintf(&sb, "%08x: ", off)
		hexCol := ""
		for k, c := range row {
			if k > 0 && k%2 == 0 {
				hexCol += " "
			}
			hexCol += fmt.Sprintf("%02x", c)
		}
		sb.WriteString(hexCol + strings.Repeat(" ", 39-len(hexCol)) + "  ")
		for _, c := range row {
			sb.WriteByte(dumpShown(c))
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

// A dump longer than a chunk's cut reads back (blockReach) was parted
// at whatever line the cut fell on: a user's folder spelled over the two
// lines there went out, its halves read in two chunks. The cut moves to
// the end of a line whose last bytes are NULs.
func TestHex35LongDumpAcrossChunks(t *testing.T) {
	var mem []byte
	for k := 0; len(mem) < 12<<10; k++ {
		mem = append(mem, byte(k), byte(k>>8), 0x10, 0, 0, 0, 0, 0)
		mem = append(mem, make([]byte, k%13)...)
		mem = append(mem, "/home/kofi.mensah/.cache/thumbnails/"...)
		mem = append(mem, 0, 0, 0, 0)
	}
	dump := xxdDump(mem)
	for pad := 0; pad < 12; pad++ {
		in := strings.Repeat("kernel: usb 1-2: new high-speed USB device number 4 using xhci_hcd\n", 300+pad*5) +
			"$ xxd ~/.cache/app/blob\n" + dump + strings.Repeat("app: idle\n", 200)
		for _, workers := range []int{-1, 2} {
			s := newSession(t, Config{})
			s.par.workers, s.par.chunk, s.par.carry = workers, 32<<10, 16<<10
			var out memFile
			if _, err := s.ScrubTextRewind(&out, strings.NewReader(in)); err != nil {
				t.Fatal(err)
			}
			what := fmt.Sprint("pad ", pad, " workers ", workers)
			dec, _ := dumpBytes(string(out.b))
			mustNotContain(t, what+"/bytes", dec, "kofi", "mensah", "fi.mens", "ofi.m")
			// nor a part of it: what comes before each folder after it
			for rest := dec; ; {
				k := strings.Index(rest, "/.cache/thumbnails/")
				if k < 0 {
					break
				}
				if c := rest[max(k-1, 0)]; c|0x20 >= 'a' && c|0x20 <= 'z' {
					t.Errorf("%s: %q left in the bytes", what, rest[max(k-12, 0):k+8])
					break
				}
				rest = rest[k+1:]
			}
			mustNotContain(t, what, string(out.b), "kofi", "mensah")
			if len(out.b) != len(in) {
				t.Errorf("%s: length changed", what)
			}
		}
	}
}
