package redact

import (
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
	_, n := dumpBytesAt(in)
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
		dec, k := dumpBytesAt(c.out)
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
			o := strings.Index(il[k], ": ")
			if p := strings.LastIndex(il[k][:max(o, 0)], " "); o > 0 && p > 0 {
				o = p // the prefix and the offset
			}
			if len(il[k]) != len(ol[k]) || o > 0 && il[k][:o] != ol[k][:o] {
				t.Errorf("%s: layout changed:\n%s\n%s", c.what, il[k], ol[k])
			}
		}
	}
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
