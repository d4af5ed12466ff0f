package redact

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

// A line longer than a chunk's carry with no blank in its last 64 KiB
// (minified JSON or XML, a form's query string) was cut at the chunk's
// end, which could part a value from its key or a name in two: "kai5." of
// "kai5.okonkwo" stayed. It is cut after a list separator, or between two
// tags, now.
func TestLongLineCutBetweenItems(t *testing.T) {
	var js, qs strings.Builder
	js.WriteString("[")
	for k := 0; js.Len() < 1500000; k++ {
		fmt.Fprintf(&js, `{"id":%d,"user":"kai%d.okonkwo","note":"x"},`, k, k%7)
	}
	js.WriteString("{}]\n")
	qs.WriteString("GET /sync?")
	for k := 0; qs.Len() < 1500000; k++ {
		fmt.Fprintf(&qs, "a=%d&email=kai%d.okonkwo%%40example.com&", k, k%7)
	}
	qs.WriteString("z=1 HTTP/1.1\n")
	var x strings.Builder
	x.WriteString("<?xml version=\"1.0\"?>\n<r>")
	for k := 0; x.Len() < 1500000; k++ {
		fmt.Fprintf(&x, "<e><id>%d</id><UserName>kai%d.okonkwo</UserName></e>", k, k%7)
	}
	x.WriteString("</r>\n")
	for _, xml := range []bool{false, true} {
		s := newSession(t, Config{})
		s.par.workers = -1
		var out bytes.Buffer
		scrub := s.ScrubText
		if xml {
			scrub = s.ScrubXML
		}
		if err := scrub(&out, strings.NewReader(x.String())); err != nil {
			t.Fatal(err)
		}
		if o := out.String(); strings.Contains(o, "kai") {
			k := strings.Index(o, "kai")
			t.Errorf("minified XML (ScrubXML %v): %q left at %d of %d", xml, o[max(0, k-40):min(len(o), k+40)], k, len(o))
		}
	}
	for _, in := range []string{js.String(), qs.String()} {
		for _, workers := range []int{-1, 2} {
			if o := scrubWith(t, in, workers); strings.Contains(o, "kai") {
				k := strings.Index(o, "kai")
				t.Errorf("workers=%d: %q left at %d of %d", workers, o[max(0, k-40):min(len(o), k+40)], k, len(o))
			}
		}
	}
}

// A chunk is cut after its last newline. Cut between a closing and the
// name under it ("Thanks,\nKai Okonkwo"), the name went out as it was:
// the closing now goes with the next chunk, whatever the chunk's end.
func TestClosingNotCutFromName(t *testing.T) {
	const line = "lorem ipsum dolor sit amet\n"
	for _, closing := range []string{"Thanks,\n", "Best regards,\n", "Best regards,\n\n", "-- \n", "cheers!\r\n"} {
		for _, shift := range []int{0, 1, 4, 11, 20} {
			// the chunk's read ends shift bytes into the closing's next line
			n := textChunk + maxCarry - shift - len(closing)
			in := strings.Repeat(line, n/len(line))
			if pad := n - len(in); pad > 0 {
				in += strings.Repeat("x", pad-1) + "\n"
			}
			in += closing + "Kai Okonkwo\n" + strings.Repeat(line, 1000)
			for _, workers := range []int{-1, 2} {
				if strings.Contains(scrubWith(t, in, workers), "Okonkwo") {
					t.Errorf("%q, read ending %d bytes into the name's line, workers=%d: the name stayed", closing, shift, workers)
				}
			}
		}
	}
}

// Some detectors read a block of a tool's output from its first line on:
// net localgroup's members under "Members", quser's rows under their
// header. A chunk cut inside the block hid the header from the rows after
// the cut, which went out as they were (about half of the places a read
// can end in such a block). The cut now falls at the last blank line or
// shell prompt near the chunk's end, and never right after "Members" or a
// closing. (A block with neither before it within 8 KiB can still be
// cut.) A table's header starts a block too: quser's, wmic's serial
// number columns, a header above an underline (Get-LocalUser), also when
// the read ends on the header or in the underline; without a blank line
// or prompt before them their rows went out as they were. So did
// lsblk's serials and ids under its header, and a plist's string on the
// line under its key.
func TestBlockNotCutFromHeader(t *testing.T) {
	const line = "lorem ipsum dolor sit amet\n"
	blocks := []struct {
		name, text string
		secrets    []string
	}{
		{"net localgroup", "C:\\>net localgroup Administrators\r\nAlias name     Administrators\r\nComment        Administrators have complete and unrestricted access\r\n\r\nMembers\r\n\r\n" +
			"-------------------------------------------------------------------------------\r\nAdministrator\r\nKOFI-STUDIO-PC\\kofi.m\r\nama.owusu\r\n" +
			"MicrosoftAccount\\kofi.mensah@outlook.com\r\nyaw\r\nThe command completed successfully.\r\n\r\n", []string{"ama.owusu", "yaw"}},
		{"quser", "\n USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME\n>kofim                 console             1  Active      none   3/4/2024 9:01 AM\n ama.o                                     2  Disc        1:02  3/4/2024 8:00 AM\n", []string{"kofim", "ama.o"}},
		{"quser alone", "lorem\r\n USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME\r\n>kofim                 console             1  Active      none   3/4/2024 9:01 AM\r\n ama.o                                     2  Disc        1:02  3/4/2024 8:00 AM\r\n", []string{"kofim", "ama.o"}},
		{"wmic serial", "lorem\r\r\nSerialNumber\r\r\nC02XK1ABJGH5\r\r\n", []string{"C02XK1ABJGH5"}},
		{"wmic columns", "lorem\r\r\nModel                SerialNumber     Size\r\r\nSamsung SSD 980 PRO  S5GXNF0R123456A  1000\r\r\n", []string{"S5GXNF0R123456A"}},
		{"wmic underlined", "lorem\nIdentifyingNumber\n-----------------\n5KXJ8Q2BX\n", []string{"5KXJ8Q2BX"}},
		{"Get-LocalUser", "lorem\nName    Enabled Description\n----    ------- -----------\nkofi.m  True\nama.o   True\n", []string{"kofi.m", "ama.o"}},
		{"quser under its prompt", "C:\\Users\\admin>quser\r\n USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME\r\n>kofim                 console             1  Active      none   3/4/2024 9:01 AM\r\n ama.o                                     2  Disc        1:02  3/4/2024 8:00 AM\r\n", []string{"kofim", "ama.o"}},
		{"who under a prompt", "kwame@studio:~$ who\nkwame    tty7         2024-03-04 09:01 (:0)\nama      pts/0        2024-03-04 09:05 (192.168.1.20)\n", []string{"ama"}},
		{"closing", "Hi team,\nthe deck froze again.\nThanks,\n\nKwabena Asante\n", []string{"Asante"}},
		{"lsblk", "lorem\nNAME   MAJ:MIN RM SERIAL\nsda      8:0    0 S5GXNF0R123456A\nsdb      8:16   0 S5GXNF0R123456B\n", []string{"S5GXNF0R123456A", "S5GXNF0R123456B"}},
		{"lsblk -f", "lorem\nNAME   FSTYPE UUID\nsdb1   vfat   1A2B-3C4D\n", []string{"1A2B-3C4D"}},
		{"plist key", "lorem\n\t<key>UserName</key>\n\t<string>kofi.m</string>\n", []string{"kofi.m"}},
	}
	for _, bl := range blocks {
		for off := 0; off < len(bl.text); off += 2 {
			// the chunk's read ends off bytes into the block
			n := textChunk + maxCarry - off
			in := strings.Repeat(line, n/len(line))
			if pad := n - len(in); pad > 0 {
				in += strings.Repeat("x", pad-1) + "\n"
			}
			in += bl.text + strings.Repeat(line, 100)
			out := scrubWith(t, in, -1)
			for _, sec := range bl.secrets {
				if strings.Contains(out, sec) {
					t.Errorf("%s, read ending %d bytes into it: %q stayed", bl.name, off, sec)
				}
			}
		}
	}
}

// scrubWith scrubs in with ScrubText on a fresh session with so many
// workers (-1: the serial loop).
func scrubWith(t *testing.T, in string, workers int) string {
	t.Helper()
	s := newSession(t, Config{})
	s.par.workers = workers
	var out bytes.Buffer
	if err := s.ScrubText(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// A line longer than a chunk's carry was cut after its last blank, which
// could part a phrase from the identifier it leads ("Signed in as
// |kofi.m", "user: |kofi.m", "C:\Users\Kofi |Mensah-Boateng\x"): the next
// chunk's scan started at the identifier, which went out as it was and
// was never learned, so its later uses stayed too. The cut slides over
// each phrase; a list separator's blank (", ") is taken first now.
func TestLongLineCutPartsNoPhrase(t *testing.T) {
	const chunk, carry = 8 << 10, 2 << 10
	cases := []struct {
		phrase, later string
		secrets       []string
	}{
		{"Signed in as kofi.m.", "bye kofi.m", []string{"kofi.m"}},
		{"logged in as Kofi Mensah-Boateng ok", "bye Mensah-Boateng", []string{"Mensah-Boateng"}},
		{"User Name: kofi.m ok", "bye kofi.m", []string{"kofi.m"}},
		{"--user kofi.m --x", "bye", []string{"kofi.m"}},
		{`open C:\Users\Kofi Mensah-Boateng\x`, "bye Mensah-Boateng", []string{"Mensah-Boateng"}},
		{`open C:\Documents and Settings\kofi.m\x`, "bye kofi.m", []string{"kofi.m"}},
		{"Accepted password for kofi.m from 10.0.0.5 port 22", "bye kofi.m", []string{"kofi.m", "10.0.0.5"}},
		{"Signed in to Dropbox as Ngozi Adeyemi-Okafor ok", "bye Adeyemi-Okafor", []string{"Adeyemi-Okafor"}},
		{`"user": "kofi.m", "host": "studio-nas"`, `bye kofi.m studio-nas`, []string{"kofi.m", "studio-nas"}},
	}
	filler := "lorem ipsum, dolor sit amet "
	for _, c := range cases {
		for _, workers := range []int{-1, 2} {
			for off := -2; off <= len(c.phrase)+1; off++ {
				out := scrubAcrossCut(t, filler, c.phrase, c.later, workers, off, chunk, carry)
				mustNotContain(t, fmt.Sprintf("%q workers=%d cut %d bytes into it", c.phrase, workers, off), out, c.secrets...)
			}
		}
	}
}

// scrubAcrossCut returns the daemon's single pass over a long line of
// filler holding phrase, with workers and the given chunk and carry sizes,
// where a chunk's read ends off bytes into the phrase; later's lines, and
// many short ones, follow the line.
func scrubAcrossCut(t *testing.T, filler, phrase, later string, workers, off, chunk, carry int) string {
	t.Helper()
	start := chunk + carry - off
	in := strings.Repeat(filler, start/len(filler)+1)[:start-1] + " " + phrase + " " +
		strings.Repeat(filler, 50) + "\n" + strings.Repeat(later+"\n", 3) + strings.Repeat("lorem ipsum\n", 1000)
	s := newSession(t, Config{})
	s.par.workers, s.par.chunk, s.par.carry = workers, chunk, carry
	var out memFile
	if _, err := s.ScrubTextRewind(&out, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	return string(out.b)
}

// Leak: a process table longer than a block's reach (ps aux lists
// hundreds of processes) was cut between its rows at a chunk's end; the
// next chunk's rows had no header above them, so psUserTable never read
// their USER column and a second person's account there went out as it
// was ("chipo185 … vim notes.txt"). The cut goes before the header now,
// which the next chunk reads with its rows.
func TestProcessTableCut(t *testing.T) {
	tables := []struct{ head, row string }{
		{"USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND",
			"%-8s    %4d  0.5  0.3 812344 51200 pts/1    S+   21:10   0:00 /usr/lib/some/daemon --flag"},
		{"    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND",
			"   %[2]d %-8[1]s  20   0 3859124 689412 120340 S  12.3   4.2   3:11.02 mixxx"},
		{"COMMAND  PID   USER   FD   TYPE DEVICE SIZE/OFF NODE NAME",
			"mpd     %[2]d %[1]s    8u  IPv4  41234      0t0  TCP *:6600 (LISTEN)"},
	}
	for _, tb := range tables {
		for _, pre := range []int{0, 300, 600, 900, 1200} {
			var sb strings.Builder
			sb.WriteString(strings.Repeat("lorem ipsum dolor sit amet\n", pre))
			sb.WriteString("$ ps\n" + tb.head + "\n")
			for k := 0; k < 250; k++ {
				user := "root"
				if k%10 == 5 {
					user = fmt.Sprintf("chipo%03d", k)
				}
				sb.WriteString(fmt.Sprintf(tb.row, user, 1000+k) + "\n")
			}
			sb.WriteString("\nbye\n")
			for _, workers := range []int{-1, 2} {
				s := newSession(t, Config{})
				s.par.workers, s.par.chunk, s.par.carry = workers, 16<<10, 32<<10
				var out memFile
				if _, err := s.ScrubTextRewind(&out, strings.NewReader(sb.String())); err != nil {
					t.Fatal(err)
				}
				if o := string(out.b); strings.Contains(o, "chipo") {
					k := strings.Index(o, "chipo")
					t.Errorf("%q, %d lines before, workers=%d: %d left, %q", tb.head, pre, workers, strings.Count(o, "chipo"), o[k:k+40])
				}
			}
		}
	}
}

// Leak: loginctl user-status's "tobias (1000)" ended a chunk, and the
// "Since:" line under it, which names it as an account (loginctlStatus
// reads the line above), started the next: the account was never learned
// and its other uses stayed. The head line is a lead line now (leadLine):
// it goes with the next chunk. Slid across a chunk's cut, the blocks
// whose detectors read a line above another never leave a name.
func TestCutSlideLineBlocks(t *testing.T) {
	const chunk, carry = 8 << 10, 2 << 10
	cases := []struct {
		block   string
		secrets []string
	}{
		{"tobias.k (1000)\n           Since: Thu 2026-12-03 08:01:02 CET; 2h 3min ago\n", []string{"tobias.k"}},
		{"2 - tobias.k (1000)\n           Since: Thu 2026-12-03 08:01:02 CET; 2h 3min ago\n", []string{"tobias.k"}},
		{"open /home/kofi/x\n", []string{"kofi"}},
		{"Signed in as kofi.m\n", []string{"kofi.m"}},
		{"Thanks,\n\nKofi Mensah\n", []string{"Mensah"}},
		{"C:\\>net localgroup administrators\nMembers\n\n-------------------------------------------------------------------------------\nAdministrator\nkofi.m\nThe command completed successfully.\n", []string{"kofi.m"}},
		{" USERNAME              SESSIONNAME        ID  STATE   IDLE TIME  LOGON TIME\n>kofi.m                console             1  Active      none   12/4/2026 9:00 AM\n", []string{"kofi.m"}},
		{"$ users\nkofi.m ama.o\n", []string{"kofi.m", "ama.o"}},
		{"$ git config user.name\nNandi Mthembu\n", []string{"Mthembu"}},
		{"Name               FullName         Enabled\n----               --------         -------\nLungile            Lungile Dlamini     True\n", []string{"Dlamini", "Lungile"}},
		{"<key>UserName</key>\n<string>kofi.m</string>\n", []string{"kofi.m"}},
	}
	line := "lorem ipsum dolor sit amet\n"
	for _, c := range cases {
		later := "bye " + strings.Join(c.secrets, " ") + "\n"
		for _, workers := range []int{-1, 2} {
			for off := -3 * len(line); off <= len(c.block)+len(line); off += 3 {
				start := chunk + carry - off
				pre := strings.Repeat(line, start/len(line)+1)[:start]
				pre = pre[:strings.LastIndexByte(pre, '\n')+1]
				in := later + pre + c.block + strings.Repeat(line, 20) + later + strings.Repeat(line, 1000)
				s := newSession(t, Config{})
				s.par.workers, s.par.chunk, s.par.carry = workers, chunk, carry
				var out memFile
				if _, err := s.ScrubTextRewind(&out, strings.NewReader(in)); err != nil {
					t.Fatal(err)
				}
				for _, sec := range c.secrets {
					if o := string(out.b); strings.Contains(o, sec) {
						k := strings.Index(o, sec)
						t.Errorf("%q workers=%d, read ending %d bytes into it: %q left in %q", c.block, workers, off, sec, o[max(0, k-60):min(len(o), k+40)])
						break
					}
				}
			}
		}
	}
}

// A chunk's cut looks back for a process table's header only over lines
// shaped as its rows: a syslog line's day ("Dec  4 21:09:00 …") is a
// number in its second field too, and every chunk of a syslog read its
// whole carry back (a twentieth of the chunk's scan). A row's PID is
// followed by no time.
func TestPsRowLineShape(t *testing.T) {
	for _, c := range []struct {
		line string
		row  bool
	}{
		{"chipo       5012  0.5  0.3 812344 51200 pts/1    S+   21:10   0:00 vim notes.txt", true},
		{"   4821 tendai    20   0 3859124 689412 120340 S  12.3   4.2   3:11.02 mixxx", true},
		{"mpd     3344 farai    8u  IPv4  41234      0t0  TCP *:6600 (LISTEN)", true},
		{"rutendo     7001    6990  0 21:20 pts/2    00:00:00 bash", true},
		{"------------------------------------------", true},
		{"Dec  4 21:09:00 studio kernel: usb 1-1: new high-speed USB device", false},
		{"Dec 14 21:09:00 studio sshd[2211]: session opened", false},
		{"lorem ipsum dolor sit amet", false},
	} {
		if got := psRowLine([]byte(c.line)); got != c.row {
			t.Errorf("psRowLine(%q) = %v, want %v", c.line, got, c.row)
		}
	}
}
