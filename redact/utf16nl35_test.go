package redact

import (
	"bytes"
	"math/rand"
	"testing"
	"unicode/utf16"
)

// u16Layouts places s, as UTF-16LE, in the byte layouts binaries hold it
// in, at an even and at an odd offset: between NUL units (a registry
// value, a wchar_t string in memory), after a MINIDUMP_STRING's length,
// after a UTF-16 file's byte order mark as its first line, after heap
// bytes that are no NUL (a block header that reads as letters too), and
// before bytes that are no NUL (the terminator gone). It returns each
// layout, where s starts in it, and whether the bytes after s may take
// part of a pseudonym (a value that runs into the data after it).
func u16Layouts(s string) (bins [][]byte, at []int, tailFree []bool) {
	rng := rand.New(rand.NewSource(35))
	rnd := func(n int) []byte {
		b := make([]byte, n)
		rng.Read(b)
		for i := range b {
			if b[i] == 0 {
				b[i] = 0x9c
			}
		}
		return b
	}
	u := utf16le(s)
	for odd := 0; odd < 2; odd++ {
		pad := []byte{0x41, 0x5a, 0x17}[:odd]
		add := func(head, tail []byte, free bool) {
			h := append(append([]byte{}, pad...), head...)
			bins = append(bins, append(append(h, u...), tail...))
			at = append(at, len(h))
			tailFree = append(tailFree, free)
		}
		nul := []byte{0, 0, 0x3c, 0x91, 0x2e, 0x7f}
		add([]byte{0x90, 0x1f, 0x2e, 0x7f, 0, 0, 0, 0}, nul, false)
		n := uint32(len(u))
		add([]byte{0x11, 0x22, byte(n), byte(n >> 8), 0, 0}, nul, false)
		add([]byte{0xff, 0xfe}, append(utf16le("\r\nTheme=Dark\r\n"), 0, 0), false)
		add(append([]byte{0xd0, 0x07, 0, 0}, rnd(24)...), nul, false)
		add([]byte{0, 0, 0, 0}, rnd(24), true)
	}
	return bins, at, tailFree
}

// A key and its value written in UTF-16LE in a binary, in another script
// or with a value in one, went out while the same line in UTF-8 text was
// scrubbed: a run needed four Latin units ("氏名: 山田太郎" has two), and
// a string in another script had to start right after a NUL (a byte order
// mark, a heap block's header came before it).
func TestUTF16NonLatinKeyValues(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"用户名：王伟", "王伟"},
		{"用户名: wang.wei", "wang.wei"},
		{"UserName=王伟", "王伟"},
		{`C:\Users\王伟\AppData\Local\Temp`, "王伟"},
		{"Полное имя: Иван Петров", "Петров"},
		{"Имя пользователя: ivan.petrov", "ivan.petrov"},
		{"氏名: 山田太郎", "山田太郎"},
		{"ユーザー名: 佐藤健", "佐藤健"},
		{"사용자 이름: 김민준", "김민준"},
		{"Όνομα χρήστη: Γιώργος", "Γιώργος"},
		{"登录信息 用户名：李娜", "李娜"},
	} {
		bins, at, tailFree := u16Layouts(c.in)
		for i, bin := range bins {
			if tailFree[i] {
				// not read: a value in another script is taken up to
				// the NUL or the Latin after it, not into data bytes
				// that read as letters too ("Cookie: " in winhttp.dll
				// with "2len" after it)
				continue
			}
			orig := append([]byte{}, bin...)
			newSession(t, Config{}).ScrubSameLength(bin)
			if len(bin) != len(orig) {
				t.Fatalf("%q: length changed", c.in)
			}
			if !bytes.Equal(bin[:at[i]], orig[:at[i]]) {
				t.Errorf("%q layout %d: bytes before the string changed: %q", c.in, i, bin[:at[i]])
			}
			got := fromUTF16le(bin[at[i] : at[i]+2*len(utf16.Encode([]rune(c.in)))])
			mustNotContain(t, c.in+" in UTF-16", got, c.secret)
		}
		checkBothPaths(t, c.in+"\n", c.secret)
	}
}

// UI strings, font names and menus in another script, with no key, stay
// as they are in UTF-16 in a binary, whatever bytes are around them, and
// so do bytes of data that read as CJK letters between NUL units.
func TestUTF16NonLatinUIStringsKept(t *testing.T) {
	for _, keep := range []string{
		"文件 编辑 视图 帮助", "Файл Правка Вид Справка", "微软雅黑", "ＭＳ ゴシック", "맑은 고딕",
		"ファイル(F) 編集(E) 表示(V)", "Версия: 10.0.19045", "版本：10.0.19045.3803",
		"名前を付けて保存", "Имя файла: report.docx", "Αρχείο Επεξεργασία Προβολή",
		`C:\Program Files\微软\Office\root`, "Language=简体中文", "Font: 宋体, 12pt",
	} {
		bins, at, _ := u16Layouts(keep)
		for i, bin := range bins {
			orig := append([]byte{}, bin...)
			newSession(t, Config{}).ScrubSameLength(bin)
			if !bytes.Equal(bin, orig) {
				t.Errorf("%q layout %d changed: %q", keep, i, fromUTF16le(bin[at[i]:]))
			}
		}
		mustKeepTwice(t, keep+"\n")
	}
	// units of data that read as CJK and Hangul letters (both bytes
	// high, so that no ASCII string is read at either parity), among
	// NUL units and ASCII units (keys' separators, blanks, letters)
	rng := rand.New(rand.NewSource(7))
	data := make([]byte, 1<<18)
	for i := 0; i+1 < len(data); i += 2 {
		switch r := rng.Intn(20); {
		case r < 3:
			data[i], data[i+1] = 0, 0
		case r < 6:
			data[i], data[i+1] = ":= \\/\tabcXYZ09"[rng.Intn(14)], 0
		default:
			data[i], data[i+1] = byte(0x80+rng.Intn(0x80)), byte(0x80+rng.Intn(0x80))
		}
	}
	orig := append([]byte{}, data...)
	newSession(t, Config{}).ScrubSameLength(data)
	if n := countDiff(orig, data); n > 0 {
		t.Errorf("random data: %d bytes changed", n)
	}
}

func countDiff(a, b []byte) int {
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}
