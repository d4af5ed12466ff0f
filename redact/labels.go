package redact

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Volume labels: owners name their drives after themselves ("ZOE_BACKUP",
// "Kofi Mensah Backup", "KOFI USB"). A label is read where a tool names
// it (cmd's dir and vol, blkid, udev, diskutil, WMI and PowerShell) and
// in a macOS mount path (/Volumes/LABEL/). Factory and default labels
// ("Macintosh HD", "Untitled", "NO NAME", "My Passport") identify nobody
// and stay: a support engineer reads them.

// labelEqFirst: a key that a label follows after '=' starts with the byte
// (LABEL=, PARTLABEL=, ID_FS_LABEL=, wmic's VolumeName=, FileSystemLabel=).
var labelEqFirst = [256]bool{'L': true, 'P': true, 'I': true, 'V': true, 'F': true}

// labelKey reads a label after the key starting at the word [i, j) and
// returns where the label ends, or -1.
func (sc *scanner) labelKey(i, j int) int {
	b := sc.b
	w := b[i:j]
	p := -1
	eqOnly := false
	switch {
	case bytes.HasPrefix(w, []byte("VolumeName")):
		p = i + 10
	case bytes.HasPrefix(w, []byte("FileSystemLabel")):
		p = i + 15
	case bytes.HasPrefix(w, []byte("ID_FS_LABEL_ENC=")):
		// udev's label with its blanks and other bytes escaped
		// ("ID_FS_LABEL_ENC=JOAO\x20PEREIRA\x20FOTOS")
		return sc.escapedLabel(i+16, false)
	case bytes.HasPrefix(w, []byte("LABEL=")), bytes.HasPrefix(w, []byte("PARTLABEL=")), bytes.HasPrefix(w, []byte("ID_FS_LABEL=")):
		// blkid, lsblk -P, udev: capitals; a "label=" of an app's log
		// is a UI's
		p, eqOnly = i+bytes.IndexByte(w, '='), true
	case string(w) == "Volume" && j+12 < len(b) && b[j] == ' ':
		switch {
		case string(b[j:j+10]) == " in drive " && j+15 < len(b) && b[j+11] == ' ' && string(b[j+12:j+15]) == "is ":
			return sc.labelValue(j+15, len(b), false) // " Volume in drive D is ZOE_BACKUP" (to the line's end)
		case string(b[j:j+6]) == " Name:" || string(b[j:j+7]) == " Label:":
			p = bytes.IndexByte(b[j:j+8], ':') + j // diskutil info's "Volume Name:"
		case string(b[j:j+6]) == " Name\t":
			return sc.labelValue(j+6, len(b), false) // msinfo32's [Drives]: "Volume Name\tZOE_BACKUP\t"
		default:
			return -1
		}
	default:
		return -1
	}
	if p >= len(b) {
		return -1
	}
	if b[p] == '"' && i > 0 && b[i-1] == '"' {
		p++ // "VolumeName": "ZOE_BACKUP" (ConvertTo-Json)
	}
	if !eqOnly {
		for p < len(b) && p-j < 40 && (b[p] == ' ' || b[p] == '\t') {
			p++
		}
	}
	if p+1 >= len(b) || b[p] != ':' && b[p] != '=' || eqOnly && b[p] != '=' {
		return -1
	}
	p++
	for p < len(b) && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	return sc.labelValue(p, len(b), eqOnly)
}

// lsblkLabel replaces the label after lsblk -J's key "label" or
// "partlabel", the word [i, j) in quotes, in one of its devices: an
// object that names a "maj:min" or an "fstype" before it (a UI's "label"
// is none). `"label": "JOAO PEREIRA FOTOS"`, `"label":null`.
func (sc *scanner) lsblkLabel(i, j int) {
	b := sc.b
	if j-i != 5 && j-i != 9 || b[j-5] != 'l' || j+4 >= len(b) || b[j+1] != ':' || string(b[j-5:j]) != "label" {
		return
	}
	p := j + 2
	if p < len(b) && b[p] == ' ' {
		p++
	}
	if p+2 >= len(b) || b[p] != '"' {
		return
	}
	w := b[max(0, i-320):i]
	if !bytes.Contains(w, []byte(`"maj:min"`)) && !bytes.Contains(w, []byte(`"fstype"`)) {
		return
	}
	sc.labelValue(p, len(b), false)
}

// labelValue replaces the label at p: a quoted string, or the rest of the
// line (a blank ends it after fstab's and udev's capitals, blank: the
// next field: "LABEL=KOFI-USB /mnt/usb vfat"). A distinctive one is
// learned. It reads no further than lim.
func (sc *scanner) labelValue(p, lim int, blank bool) int {
	b := sc.b
	if p >= len(b) {
		return -1
	}
	s := p
	q := byte(0)
	if b[p] == '"' || b[p] == '\'' {
		q, s = b[p], p+1
	}
	e := s
	for e < lim && e-s <= 64 && !lineBreak(b[e]) && b[e] != '\\' && b[e] != '"' && (q == 0 || b[e] != q) {
		if q == 0 && b[e] == ' ' && blank {
			break
		}
		e++
	}
	if e-s > 64 || q != 0 && (e == lim || b[e] != q) {
		return -1
	}
	ve := e
	for ve > s && (b[ve-1] == ' ' || b[ve-1] == '\t') {
		ve--
	}
	if ve == s || pseudonymAt(b, s) {
		return -1
	}
	if !sc.addLabel(s, ve, string(b[s:ve]), true) {
		return -1
	}
	return e
}

// escapedLabel replaces the label at p as udev writes it in
// ID_FS_LABEL_ENC and its /dev/disk/by-label/ links: blanks and other
// bytes escaped "\xHH", to a blank, a quote, the line's end (or, in a
// path, a '/'). The label learned is the one decoded ("JOAO PEREIRA
// FOTOS"). It returns where the label ends, or -1.
func (sc *scanner) escapedLabel(p int, path bool) int {
	b := sc.b
	e := p
	esc := false
	for e < len(b) && e-p <= 128 && b[e] > ' ' && b[e] != '"' && b[e] != '\'' && !(path && b[e] == '/') {
		if b[e] == '\\' {
			if e+3 >= len(b) || b[e+1] != 'x' || !isHex(b[e+2]) || !isHex(b[e+3]) {
				break
			}
			esc = true
			e += 4
			continue
		}
		e++
	}
	for e > p && (b[e-1] == ':' || b[e-1] == ',' || b[e-1] == ';') {
		e--
	}
	if e == p || e-p > 128 || pseudonymAt(b, p) {
		return -1
	}
	v := string(b[p:e])
	if esc {
		v = hexEscapesDecode(v)
	}
	if !sc.addLabel(p, e, v, true) {
		return -1
	}
	return e
}

// byLabelPath replaces the label of the udev link [i, j) that starts
// "/dev/disk/by-label/" or udevadm's "disk/by-label/" (by-partlabel/
// too), at s after the prefix.
func (sc *scanner) byLabelPath(i, j int) {
	b := sc.b
	for _, pre := range [...]string{"/dev/disk/by-label/", "/dev/disk/by-partlabel/", "disk/by-label/", "disk/by-partlabel/"} {
		if j-i > len(pre) && string(b[i:i+len(pre)]) == pre {
			sc.escapedLabel(i+len(pre), true)
			return
		}
	}
}

// addLabel replaces b[s:e], the label v, unless v identifies nobody (a
// factory or default label, an allowed value); a distinctive label is
// learned when learn is set. It reports whether it replaced it.
func (sc *scanner) addLabel(s, e int, v string, learn bool) bool {
	if genericLabel(v) || sc.s.allowed(v) || !plausibleName(v) {
		return false
	}
	if learn && distinctiveLabel(v) {
		sc.learnLiteral(ClassLabel, canonical(v), v, true)
	}
	sc.add(s, e, ClassLabel, canonical(v))
	return true
}

// volumesLabel replaces the label after "/Volumes/" at s (a macOS mount
// path): up to the next '/', or, with none, to the line's end after a
// key ("Mount Point: /Volumes/Kofi Mensah Backup"), before mount's
// " (msdos, …", else to a blank. An installer's disk image ("/Volumes/
// Serato DJ Pro 3.1/…", a volume holding an .app or a .pkg) names its
// app, no owner. A distinctive label before a '/' is learned.
func (sc *scanner) volumesLabel(s, ls int) {
	b := sc.b
	e := s
	for e < len(b) && e-s <= 64 && !lineBreak(b[e]) && b[e] != '/' && b[e] != '\\' && b[e] != '"' && b[e] != '\t' &&
		!(b[e] == ' ' && e+1 < len(b) && (b[e+1] == '(' || b[e+1] == '/')) && !(b[e] == ':' && (e+1 == len(b) || b[e+1] == ' ')) {
		e++
	}
	if e == s || e-s > 64 || pseudonymAt(b, s) {
		return
	}
	ve := e
	// a path in parentheses or quotes ends before their closer, and the
	// label is all before it: "(/Volumes/KOFI)", "'/Volumes/Ama Backup'"
	closed, keyed := false, false
	if ls > 0 {
		if cl := pairCloser(b[ls-1]); cl != 0 {
			if k := bytes.IndexByte(b[s:e], cl); k >= 0 {
				ve, closed = s+k, true
			}
		} else if b[ls-1] == '"' && e < len(b) && b[e] == '"' {
			closed = true // lsblk -J's "mountpoints": ["/media/joao/JOAO PEREIRA FOTOS"]: the string ends it
		}
	}
	if !closed && (e == len(b) || b[e] != '/' && b[e] != '\\' && !(b[e] == ' ' && b[e+1] == '(')) {
		// no '/' after it: the rest of the line is the label only as a
		// key's value, a line of its own, or capitalised words ending
		// the line (lsblk's and df's last column: "66% /media/priya/PRIYA
		// CRATES"); "to /Volumes/KOFI USB and done" has prose after it
		k := ls - 1
		for k >= 0 && (b[k] == ' ' || b[k] == '\t') {
			k--
		}
		key := k < 0 || lineBreak(b[k]) || b[k] == ':' || b[k] == '='
		keyed = key && k >= 0 && b[k] == ':' && (e == len(b) || lineBreak(b[e]))
		if !key && !((e == len(b) || lineBreak(b[e])) && capitalWords(b[s:e])) {
			for w := s; w < e; w++ {
				if b[w] == ' ' && genericLabel(string(b[s:w])) {
					return // "from /Volumes/Macintosh HD to /Volumes/TM/…"
				}
			}
			ve = s
			for ve < e && b[ve] != ' ' {
				ve++
			}
		}
	}
	for ve > s && b[ve-1] == ' ' {
		ve--
	}
	if ve == s {
		return
	}
	v := string(b[s:ve])
	if strings.IndexByte(v, '%') >= 0 {
		v = pctDecode(v) // a file URL's: "file:///Volumes/KOFI%20USB/"
	}
	if installerVolume(b, ve) {
		return
	}
	// (learned before a '/', or as a key's whole value when it names a
	// drive's owner: "Mount Point: /Volumes/AKOSUA USB", the label met
	// bare later, "ejecting AKOSUA USB"; not a disk image's "Serato DJ Pro")
	sc.addLabel(s, ve, v, closed || ve == e && e < len(b) && b[e] == '/' || keyed && ve == e && ownerDriveLabel(v))
}

// pathLabel replaces the volume label in the path word [i, j): a mount
// path (mountLabel), one that is a key's value ("path=/Volumes/KOFI
// USB/x") or a file URL's ("file:///Volumes/KOFI%20USB/"). Both passes
// ask it: the learn pass learns distinctive labels.
func (sc *scanner) pathLabel(i, j int, bits uint16) {
	b := sc.b
	switch {
	case j-i > 9 && b[i] == '/' && !gluedToPseudonym(b, i):
		sc.mountLabel(i, j)
	case j-i > 14 && b[i] == 'd' && b[i+5] == 'b':
		sc.byLabelPath(i, j) // udevadm info's "S: disk/by-label/KOFI_USB"
	case bits&cEq != 0:
		if k := bytes.Index(b[i:j], []byte("=/")); k > 0 && j-(i+k+1) > 9 {
			sc.mountLabel(i+k+1, j)
		}
	case j-i > 16 && b[i] == 'f' && string(b[i:i+16]) == "file:///Volumes/":
		sc.volumesLabel(i+16, i)
	case j-i > 25 && b[i] == 'f' && string(b[i:i+25]) == "file://localhost/Volumes/":
		sc.volumesLabel(i+25, i) // rekordbox.xml's Location="file://localhost/Volumes/Ifeoma%20Backup/…"
	case bits&cBack != 0 && j-i >= 5 && j+4 < len(b) && b[j] == ' ' && b[i+1] == ':' && (b[j-1]|0x20 == 'j' || ownerKindFirst[b[j+1]]):
		sc.driveOwnerFolder(i, j) // "E:\Ngozi Music\", "D:\DJ Chinedu\"
	case bits&cBack != 0 && j+2 < len(b) && b[j] == ',' && b[j+1] == ',':
		sc.printServer(i, j+2) // HKCU\Printers\Connections\,,PRINTSRV01,HP-OfficeJet (systools.go)
	case bits&(cBack|cUnder) == cBack|cUnder && j-i >= 23 && b[j-1] == 'd' && b[j-7] == '_':
		sc.officeLiveID(j - 7) // "…\Identities\8d1f2e3a4b5c4d6e_LiveId" (systools.go)
	}
}

// mountLabel replaces the label of the mount path that is the word [i, j)
// ('/' at i, j-i > 9): /Volumes/LABEL, /media/USER/LABEL. A word glued
// to a pseudonym is no mount path: it is the rest of one that a first
// pass cut ("/Volumes/<label-1>/media/x/y"), where "/media/" was inside
// the path.
func (sc *scanner) mountLabel(i, j int) {
	b := sc.b
	if b[i+1] == 'V' && string(b[i:i+9]) == "/Volumes/" {
		sc.volumesLabel(i+9, i)
	} else if b[i+1] == 'm' || b[i+1] == 'r' && b[i+5] == 'm' {
		sc.mediaLabel(i, j)
	} else if b[i+1] == 'd' && j-i > 19 && b[i+10] == 'b' {
		sc.byLabelPath(i, j) // DEVLINKS=… /dev/disk/by-label/JOAO\x20PEREIRA\x20FOTOS
	}
}

// mediaLabel replaces the label in a Linux mount path, the word [i, j)
// starting /media/USER/LABEL or /run/media/USER/LABEL (udisks mounts a
// drive there under its label), as volumesLabel does after /Volumes/.
// Mounts of no user's (usbmount's /media/usb0, VirtualBox's shared
// folders /media/sf_NAME, /media/cdrom, Parallels' /media/psf) hold
// folders there, no label.
func (sc *scanner) mediaLabel(i, j int) {
	b := sc.b
	p := i
	switch {
	case string(b[i:i+7]) == "/media/":
		p = i + 7
	case j-i > 11 && string(b[i:i+11]) == "/run/media/":
		p = i + 11
	default:
		return
	}
	k := p
	for k < j && b[k] != '/' {
		k++
	}
	if k == p || k+1 >= j {
		return
	}
	if u := b[p:k]; bytes.HasPrefix(u, []byte("sf_")) || bytes.HasPrefix(u, []byte("usb")) || bytes.HasPrefix(u, []byte("cdrom")) ||
		bytes.HasPrefix(u, []byte("floppy")) || string(u) == "psf" {
		return
	}
	sc.volumesLabel(k+1, i)
}

// pairCloser returns the byte that closes the opener c: ')' for '(',
// ']' for '[', a quote for itself; 0 for any other byte.
func pairCloser(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	case '\'', '`':
		return c
	}
	return 0
}

// capitalWords: every word of w, at most four, starts with a capital, a
// digit or a letter outside ASCII.
func capitalWords(w []byte) bool {
	n := 0
	for k := 0; k < len(w); k++ {
		if k == 0 || w[k-1] == ' ' {
			if c := w[k]; !(c >= 'A' && c <= 'Z' || isDigit(c) || c >= 0x80) {
				return false
			}
			n++
		}
	}
	return n <= 4
}

// installerVolume: the path after a label ending at e goes into an app
// or an installer package: a disk image's volume ("/Volumes/Google
// Chrome/Google Chrome.app").
func installerVolume(b []byte, e int) bool {
	if e >= len(b) || b[e] != '/' {
		return false
	}
	k := e + 1
	for k < len(b) && k-e < 80 && b[k] != '/' && !lineBreak(b[k]) && b[k] != '"' {
		k++
	}
	seg := b[e+1 : k]
	return bytes.HasSuffix(seg, []byte(".app")) || bytes.HasSuffix(seg, []byte(".pkg")) || bytes.HasSuffix(seg, []byte(".mpkg"))
}

// distinctiveLabel: v is no common word, so the label is learned and
// replaced wherever else it stands: it has two words or more, or a
// digit, '_' or '-' ("ZOE_BACKUP", "KOFI USB"). A label of one word
// ("Kofi") is replaced where it is named only: learned, a word such as
// "Music" would go from every path and sentence.
func distinctiveLabel(v string) bool {
	return len(v) >= 4 && strings.ContainsAny(v, " _-0123456789")
}

// genericLabel: v is a factory or default volume label, a system
// volume's, an installer's or a common word: it names nobody.
func genericLabel(v string) bool {
	l := asciiLower(strings.TrimSpace(v))
	if genericLabels[l] {
		return true
	}
	for _, pre := range genericLabelPrefixes {
		// a whole word: "Efia" and "Kalisha" are names
		if strings.HasPrefix(l, pre) && (len(l) == len(pre) || !isLetter(l[len(pre)]) || pre[len(pre)-1] == ' ' || pre[len(pre)-1] == '_') {
			return true
		}
	}
	if k := strings.IndexByte(l, ' '); k > 0 && labelVendors[l[:k]] || labelVendors[l] {
		return true // "Samsung USB", "SanDisk Extreme", "Seagate Backup Plus Drive"
	}
	if k := strings.IndexByte(l, '_'); k > 0 && labelVendors[l[:k]] {
		return true // "Samsung_T5", "KINGSTON_16G"
	}
	// a disk image's version ("Serato DJ Pro 3.1.2", "Live 12.1")
	for k := 1; k+1 < len(l); k++ {
		if l[k] == '.' && isDigit(l[k-1]) && isDigit(l[k+1]) {
			return true
		}
	}
	return false
}

// genericLabels are labels that systems, formatters and drive makers give
// volumes, and words people name a drive by that name no one.
var genericLabels = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(`macintosh hd|macintosh hd - data|data|preboot|recovery|vm|update|system|efi|esp|
		windows|os|boot|recovery image|system_drv|untitled|no name|no_name|noname|new volume|local disk|
		removable disk|usb drive|usb disk|usb|usb stick|usbstick|flash drive|sd card|sdcard|memory card|
		external|external drive|external disk|extern|ssd|hdd|disk|drive|volume|storage|backup|backups|
		time machine|timemachine|time machine backups|tm|tmbackup|media|music|audio|video|videos|photos|
		pictures|files|documents|projects|samples|archive|transfer|shared|public|work|games|library|
		dj|mixes|sets|crates|recordings|share|home|root|rootfs|swap|var|tmp|opt|srv|writable|cidata|
		winre_drv|winretools|winre tools|recovery_partition|image|dellsupport|hp_recovery|hp_tools|
		lenovo_recovery|system reserved|system-reserved|microsoft reserved partition|basic data partition|
		efi system partition|eos_digital|nikon|canon_dc|gopro|dcim|esd-usb|esd-iso|bootcamp|boot camp|
		not applicable (no file system)|not applicable|none|(null)|null|container|apfs|hfs+|fat32|ntfs|exfat|
		google drive|googledrive|dropbox|onedrive|icloud|icloud drive|ramdisk|ram disk|install macos|installesd|osxinstallesd|
		primary|logical|msr|linux filesystem|linux swap|linux lvm|cloudimg-rootfs|bootfs|system-boot|config-2|nixos|
		endeavouros|ventoy|vtoyefi|uefi_ntfs|steam library|steamlibrary`, "|") {
		m[strings.TrimSpace(w)] = true
	}
	return m
}()

// genericLabelPrefixes start installer media's and systems' labels.
var genericLabelPrefixes = []string{"untitled", "install", "installer", "ubuntu", "fedora", "debian", "linux mint",
	"cccoma_", "ccsa_", "j_cena_", "kali", "manjaro", "arch_", "archlinux", "pop_os", "centos", "rhel", "opensuse",
	"windows", "win10", "win11", "macos", "os x", "mac os", "recovery", "efi", "boot", "update", "vmware",
	"virtualbox", "vbox_", "parallels"}

// labelVendors are drive makers and their products, whose names are the
// labels drives are sold with.
var labelVendors = wordSet(`samsung sandisk seagate wd wd_black western lacie kingston lexar transcend toshiba pny
	verbatim crucial intenso corsair sony lenovo hp dell apple adata silicon hikvision patriot emtec integral
	my elements expansion one extreme portable t5 t7 t9 x5 g-drive g-raid glyph owc oyen`)

// labelColumn replaces the labels under lsblk's LABEL or PARTLABEL
// column ("NAME FSTYPE FSVER LABEL UUID …", lsblk -f), the header word
// [i, j), as serialColumn does a SERIAL column's; lsblk pads its columns
// to one blank.
func (sc *scanner) labelColumn(i, j int) {
	b := sc.b
	ls, le := sc.lineHead(i), j
	for le < len(b) && le-j < 512 && !lineBreak(b[le]) {
		le++
	}
	if le >= len(b) || i == ls || b[i-1] != ' ' {
		return
	}
	col, colEnd := columnBounds(b, ls, i, j, le, 1)
	if col < 0 {
		return
	}
	columnCells(b, le, col, colEnd, func(vs, ve int) {
		if vs < ve {
			sc.labelValue(vs, ve, false)
		}
	})
}

// phraseLimit widens keyPhrase's window [lim, e), 40 bytes, by a byte
// for each byte outside ASCII in it (up to 64 bytes): a label's letter
// outside ASCII takes one byte (Windows-1252), two (UTF-8) or three (the
// U+FFFD ScrubJSON writes for an invalid byte), and the label reads the
// same in each: ipconfig's "Sufijo DNS específico para la conexión. . :".
func phraseLimit(b []byte, lim, e int) int {
	l := lim
	for x := e - 1; x >= l; x-- {
		if b[x] >= 0x80 && l > 0 && e-l < 64 {
			l--
		}
	}
	return l
}

// streetValue replaces the street address at vs, the value of a bare
// "address" key, when it has a street's shape: postalEnd's words (a
// house number, capitalised words) with a comma or a word streets are
// named with ("Flat 4, 12 Mill Road", "221B Baker Street").
func (sc *scanner) streetValue(vs int) {
	b := sc.b
	e := postalEnd(b, vs)
	if e < 0 || pseudonymAt(b, vs) {
		return
	}
	street := bytes.IndexByte(b[vs:e], ',') >= 0
	for q := vs; q < e && !street; {
		we := q
		for we < e && isLetter(b[we]) {
			we++
		}
		var lb [16]byte
		if l := lowerInto(lb[:0], b[q:we]); we > q && l != nil && (streetKinds[string(l)] || streetWords[string(l)] || streetAbbrevs[string(l)]) {
			street = true
		}
		for q = we; q < e && !isLetter(b[q]); q++ {
		}
	}
	if street {
		sc.add(vs, e, ClassLocation, canonical(string(b[vs:e])))
	}
}

// addressLine replaces a postal address that makes a line of its own, as
// a signature or a form gives one ("14 Admiralty Way, Lekki Phase 1,
// Lagos", "Apt 4B, 350 Fifth Avenue, New York, NY 10118"), starting at p
// with a house number or a flat's word: postalEnd's words up to the
// line's end, a kind of street among them before a comma. It returns
// where the address ends, or -1.
func (sc *scanner) addressLine(p int) int {
	b := sc.b
	first := !isDigit(b[p]) && string(b[p:p+4]) != "Apt " && string(b[p:p+4]) != "Flat"
	if first && !streetFirstWord(b, p) {
		// (before postalEnd: "Thread 23 Crashed::" starts thousands of
		// lines)
		return -1
	}
	e := postalEnd(b, p)
	if e < 0 || e < len(b) && !lineBreak(b[e]) && b[e] != '.' || pseudonymAt(b, p) {
		return -1
	}
	street, named := false, false
	if first {
		// the street first, the number after: "Storgatan 12, 114 51
		// Stockholm", "Kerkstraat 5, 1017 GA Amsterdam", "Calle Mayor 5,
		// 28013 Madrid"
		if street = streetFirst(b, p, e); !street {
			return -1
		}
	}
	for q := p; q < e && !street; {
		we := q
		for we < e && isLetter(b[we]) {
			we++
		}
		var lb [16]byte
		l := lowerInto(lb[:0], b[q:we])
		if named && we < e && (b[we] == ',' || b[we] == '.' && we+1 < e && b[we+1] == ',') && l != nil && (streetKinds[string(l)] || streetAbbrevs[string(l)]) {
			street = true // "Admiralty Way,", "Baker St.,"
		}
		if q > p && l != nil && b[q] >= 'a' && streetWords[string(l)] && bytes.IndexByte(b[q:e], ',') > 0 {
			street = true // "12 rue de la Paix, 75002 Paris"
		}
		named = we > q && capitalised(b, q) // (a name before the kind: "2 Way, 3 Way" is none)
		for q = we; q < e && !isLetter(b[q]); q++ {
			if isDigit(b[q]) {
				named = false
			}
		}
	}
	if !street {
		return -1
	}
	sc.add(p, e, ClassLocation, canonical(string(b[p:e])))
	return e
}

// streetFirst: the address [p, e) starts with a street's name, a word
// ending as streets' names do in Scandinavia, Germany and the Low
// Countries ("Storgatan", "Hauptstrasse", "Kerkstraat") or a street's
// word and a name ("Calle Mayor", "Via Roma", "Rua Augusta"), then a
// house number and a comma.
func streetFirst(b []byte, p, e int) bool {
	q := p
	for q < e && isLetter(b[q]) {
		q++
	}
	w := strings.ToLower(string(b[p:q]))
	if streetLead[w] && q+1 < e && b[q] == ' ' && capitalised(b, q+1) {
		for q++; q < e && isLetter(b[q]); q++ {
		}
	} else {
		suffix := false
		for _, s := range streetSuffixes {
			suffix = suffix || len(w) > len(s)+2 && strings.HasSuffix(w, s)
		}
		if !suffix {
			return false
		}
	}
	if q+2 >= e || b[q] != ' ' || !isDigit(b[q+1]) {
		return false
	}
	for q++; q < e && isAlnum(b[q]); q++ {
	}
	return q < e && b[q] == ','
}

// streetFirstWord: the word at p may start streetFirst's address, a
// word of streetLead or one with a street's ending (a longer one is left
// to streetFirst).
func streetFirstWord(b []byte, p int) bool {
	var lb [32]byte
	w := lb[:0]
	for q := p; q < len(b) && isLetter(b[q]); q++ {
		if len(w) == len(lb) {
			return true
		}
		w = append(w, lower(b[q]))
	}
	if streetLead[string(w)] {
		return true
	}
	for _, s := range streetSuffixes {
		if len(w) > len(s)+2 && string(w[len(w)-len(s):]) == s {
			return true
		}
	}
	return false
}

// streetLead: the words before a street's name (lowercase); streetSuffixes:
// the endings of one word's.
var streetLead = wordSet(`calle via rua avenida avenue carrer corso viale`)

// streetEnds: the last letters of streetFirst's first words, lineFirstWord's gate.
var streetEnds = [256]bool{'n': true, 'a': true, 'e': true, 'j': true, 'g': true, 't': true, 'd': true, 'z': true,
	'l': true, 'o': true}

var streetSuffixes = []string{"gatan", "gata", "gaten", "gade", "vej", "veien", "vegen", "strasse", "weg", "gasse", "allee",
	"straat", "laan", "gracht", "plein", "platz"}

// streetKinds: the words that name a kind of street, or a dwelling in one.
var streetKinds = wordSet(`road street avenue lane drive way close court place square boulevard crescent terrace
	gardens grove row walk mews hill flat apartment suite unit house highway parkway`)

// personalDevicesLower are devices that are one person's, as people type
// them in lowercase: a lowercase owner before one is a name ("kofi's
// laptop", "ama's iphone"); "phone" or "computer" alone belong to roles
// and machines too ("the server's computer").
var personalDevicesLower = wordSet(`iphone ipad macbook imac airpods laptop iPhone iPad MacBook AirPods`)

// ownerRoles are lowercase words that own a laptop or a phone without
// naming anyone ("employee's laptop", "boss's iphone").
var ownerRoles = wordSet(`employee employees staff manager managers boss colleague colleagues coworker coworkers
	partner partners wife husband girlfriend boyfriend aunt uncle cousin niece nephew grandmother grandfather
	neighbour neighbor roommate intern interns tech technician agent agents admin admins caller callers
	patient patients victim victims person persons individual sender recipient contractor consultant
	candidate applicant employer worker workers sibling parent parents grandparent teen teenager toddler
	host node guest vm machine office school work company personal mine yours ours theirs
	mate mates buddy flatmate housemate classmate other guy bro sis fiance fiancee stepdad stepmom`)

// lowerPersonalDevice: b[s:apos] is a lowercase word of letters owning
// (the "s" ends at j) a device only a person owns; not a role, a common
// possessive ("everyone's", "user's") or after an article.
func lowerPersonalDevice(b []byte, s, apos, j int) bool {
	if apos-s < 3 || apos-s > 15 || j+6 > len(b) || b[j] != ' ' {
		return false
	}
	for _, c := range b[s:apos] {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	e := j + 1
	for e < len(b) && e-j <= 8 && isLetter(b[e]) {
		e++
	}
	if !personalDevicesLower[string(b[j+1:e])] || e < len(b) && isAlnum(b[e]) {
		return false
	}
	w := b[s:apos]
	return !possStop[string(w)] && !ownerRoles[string(w)] && !nameLead[string(w)] && !listVerbs[string(w)] && !determinerBefore(b, s)
}

// gaugeChipAt: the value at p (after blanks and a quote) is a battery fuel
// gauge's part number, which system_profiler and ioreg give as the
// battery's "Device Name" ("bq20z451", "bq40z651", "sn27541"): a chip,
// the same in every laptop of a model, no machine.
func gaugeChipAt(b []byte, p int) bool {
	for p < len(b) && (b[p] == ' ' || b[p] == '\t' || b[p] == '"') {
		p++
	}
	if p+7 > len(b) || !(b[p] == 'b' && b[p+1] == 'q' || b[p] == 's' && b[p+1] == 'n') {
		return false
	}
	e, d := p+2, 0
	for e < len(b) && e-p < 12 && (b[e] >= '0' && b[e] <= '9' || b[e] == 'z' && d > 0) {
		if b[e] != 'z' {
			d++
		}
		e++
	}
	return d >= 4 && (e == len(b) || !isAlnum(b[e]) && b[e] != '-' && b[e] != '_')
}

// driveOwnerFolder replaces the owner's name in a folder at a drive's
// root that DJs name after themselves: "E:\Ngozi Music\Amapiano",
// "D:\DJ Chinedu\Crates". The word [i, j) is "E:\Ngozi" (a blank ends
// it); the folder's second word must end at a '\'. A genre or a common
// word before "Music" ("E:\House Music\"), or a kind of thing after
// "DJ" ("D:\DJ Tools\"), names nobody.
func (sc *scanner) driveOwnerFolder(i, j int) {
	b := sc.b
	s := i + 2
	for s < j && s-i < 4 && b[s] == '\\' {
		s++
	}
	if s == i+2 || j-s < 2 || pseudonymAt(b, s) || bytes.IndexByte(b[s:j], '\\') >= 0 {
		return
	}
	ns := j + 1
	ne := ns
	for ne < len(b) && ne-ns < 40 && (isLetter(b[ne]) || b[ne] >= 0x80 || b[ne] == '-' || b[ne] == '\'' || b[ne] == ' ') {
		ne++
	}
	if ne == ns || ne >= len(b) || b[ne] != '\\' && b[ne] != '/' || !(b[ns] >= 'A' && b[ns] <= 'Z' || b[ns] >= 0x80) {
		return
	}
	seg, next := string(b[s:j]), string(b[ns:ne])
	switch {
	case seg == "DJ" || seg == "Dj":
		if !utf8.ValidString(next) || djFolderThings[strings.ToLower(next)] {
			return
		}
		for _, w := range strings.Fields(next) {
			if !nameWord(w, false) && !nameWord(w, true) {
				return
			}
		}
		sc.nameSpan(ns, ne) // the DJ's name
	case ownerFolderKinds[next]:
		if !utf8.ValidString(seg) || !nameWord(seg, false) || musicGenres[strings.ToLower(seg)] {
			return
		}
		sc.nameSpan(s, j)
	}
}

// ownerKindFirst holds the first letters of ownerFolderKinds.
var ownerKindFirst = [256]bool{'M': true, 'T': true, 'S': true, 'C': true, 'L': true, 'D': true, 'R': true, 'V': true}

// ownerFolderKinds follow an owner's name in a drive's folder: "E:\Ngozi
// Music\".
var ownerFolderKinds = wordSet(`Music Tracks Songs Crates Mixes Sets Collection Library DJ Records Vinyl Samples`)

// djFolderThings follow "DJ" in a folder that holds a kind of thing, no
// DJ's name ("D:\DJ Tools\"), lowercased.
var djFolderThings = wordSet(`tools music sets mixes software stuff library edits packs pool pools tracks songs backup
	backups files crates playlists records samples intros drops gear gigs mix set pro lite apps videos vinyl
	collection controller controllers remixes promos acapellas stems loops sounds effects fx`)

// musicGenres and common words name a drive's music folder by its kind,
// not by its owner ("E:\House Music\", "D:\Wedding Music\"),
// lowercased.
var musicGenres = wordSet(`house techno trance dance club party wedding latin gospel afro afrobeats amapiano
	background classical jazz rock pop world film game video sheet soul funk disco reggae reggaeton country
	christian kids christmas holiday sample stock test old new all main local external shared public other misc
	more best top live studio home work free royalty my our your his her their downloaded purchased itunes apple
	amazon spotify serato traktor rekordbox tidal deezer beatport youtube soundcloud backup extra radio
	garage grime drill dubstep electro electronic edm hardstyle bass deep tech progressive minimal ambient chill
	lounge urban indie metal punk blues folk rnb salsa bachata kizomba kompa zouk soca dancehall bollywood bhangra
	arabic turkish greek french german spanish italian african caribbean brazilian baile kpop jpop anime gaming
	lofi study sleep workout gym yoga meditation relaxing event events mobile car phone ipod`)

// ownerDriveLabel: the label v is a name and the kind of drive, in
// capitals or title case ("AKOSUA USB", "Kofi SSD").
func ownerDriveLabel(v string) bool {
	k := strings.LastIndexByte(v, ' ')
	if k < 3 || strings.IndexByte(v[:k], ' ') >= 0 || !isLetter(v[0]) || v[0] > 'Z' {
		return false
	}
	switch asciiLower(v[k+1:]) {
	case "usb", "drive", "disk", "ssd", "hdd", "sd":
		return true
	}
	return false
}
