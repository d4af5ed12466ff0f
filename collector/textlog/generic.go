package textlog

import (
	"bytes"
	"regexp"
	"strconv"

	"crashd/report"
)

var (
	// at com.example.Foo.bar(Foo.java:42) / at fn (/app/x.js:10:5) / at /app/x.js:10:5
	reAtParen = regexp.MustCompile(`^at\s+(.*?)\s*\(([^()]*?):(\d+)(?::\d+)?\)$`)
	reAtBare  = regexp.MustCompile(`^at\s+(\S+?):(\d+)(?::\d+)?$`)
	reAtSym   = regexp.MustCompile(`^at\s+([^\s(]+)(?:\s*\(([^()]*)\))?$`)
	// #3  0x00007f... in func (args) at file.c:12   /   #0  func (a=1) at f.c:3   /   ... from /lib/x.so
	reGdb = regexp.MustCompile(`^#(\d+)\s+(?:(0x[0-9a-fA-F]+) in )?(\S+?)(?: \(.*?\))?(?: at (\S+):(\d+)| from (\S+))?$`)
	// File "x.py", line 12, in func
	rePython = regexp.MustCompile(`^File "([^"]+)", line (\d+)(?:, in (.+))?$`)
	// ./prog(func+0x1d)[0x400b2d]  /  /lib/libc.so.6(+0x21b45)[0x7f...]
	reBacktraceSym = regexp.MustCompile(`^(\S*?)\(([^()+]*)\+(0x[0-9a-fA-F]+)\)\s*\[(0x[0-9a-fA-F]+)\]`)
	// func+0x1c/0x30 [module]
	reSymPlusOff = regexp.MustCompile(`(?:^|\s)([A-Za-z_][\w:.$<>~]*)\+(0x[0-9a-fA-F]+)(?:/0x[0-9a-fA-F]+)?(?:\s+\[([^\]]+)\])?`)
)

var signalWords = []struct{ word, sig string }{
	{"SIGSEGV", "SIGSEGV"}, {"Segmentation fault", "SIGSEGV"}, {"SIGABRT", "SIGABRT"},
	{"Aborted", "SIGABRT"}, {"SIGBUS", "SIGBUS"}, {"Bus error", "SIGBUS"}, {"SIGILL", "SIGILL"},
	{"Illegal instruction", "SIGILL"}, {"SIGFPE", "SIGFPE"}, {"Floating point exception", "SIGFPE"},
	// The Linux kernel's line for a process it killed:
	// "app[1234]: segfault at 0 ip 00007f... sp ... error 4 in libx.so[...]".
	{"]: segfault at ", "SIGSEGV"},
	// macOS and the BSDs' shells: "Abort trap: 6".
	{"Abort trap", "SIGABRT"},
	// glibc and libstdc++ abort() after these.
	{"stack smashing detected", "SIGABRT"}, {"buffer overflow detected", "SIGABRT"},
	{"double free", "SIGABRT"}, {"(): corrupted", "SIGABRT"}, {"(): memory corruption", "SIGABRT"},
	{"(): invalid pointer", "SIGABRT"}, {"(): invalid size", "SIGABRT"}, {"(): invalid next size", "SIGABRT"},
	{"(): unaligned ", "SIGABRT"}, {"corrupted double-linked list", "SIGABRT"},
	{"corrupted size vs. prev_size", "SIGABRT"}, {"terminate called", "SIGABRT"},
	// Wine's report of a Windows access violation.
	{"Unhandled page fault", "SIGSEGV"},
	// The kernel's OOM killer: "Out of memory: Killed process 4242 (app)".
	{"Out of memory: Kill", "SIGKILL"},
}

// crashWords mark a line as the crash's message; none names a signal of
// its own. They are phrases, not single words, where a single word would
// also occur in logs without a crash (kernel "BUG:" is in "DEBUG:").
var crashWords = []string{"Exception", "Error", "error:", "panic", "Fatal",
	"FATAL", "fatal", "Segmentation fault", "terminate called", "Assertion", "assertion",
	// Wine: "wine: Unhandled page fault ...", "wine: Unhandled exception 0xc0000409 ..."
	"wine: Unhandled",
	// Linux kernel oopses and panics
	"BUG: unable to handle", "BUG: kernel NULL pointer", "kernel BUG at", "Oops: 0",
	"Oops: general protection", "general protection fault", "Kernel panic", "invoked oom-killer",
}

// genericKeywords: list 0 is signalWords, list 1 the message markers: the
// crashWords and the signal words (a line naming a signal is the best
// message a log without any other has).
var genericKeywords = func() *keywords {
	var sig []string
	for _, w := range signalWords {
		sig = append(sig, w.word)
	}
	return newKeywords(sig, append(crashWords[:len(crashWords):len(crashWords)], sig...))
}()

// isKilledLine reports a shell's line for a job killed by SIGKILL (the
// OOM killer, most often): "Killed" alone on its line.
func isKilledLine(t []byte) bool {
	return len(t) >= 6 && len(t) <= 8 && string(bytes.TrimRight(t, " \t")) == "Killed"
}

// parseGeneric collects frames of any shape it recognises into one thread
// and takes the first line that reads like an error as the message.
func parseGeneric(lr *lineReader) (*report.Report, error) {
	r := &report.Report{Kind: report.KindCrash}
	c := newCrash()
	th := report.Thread{Crashed: true}
	want, best := make([]bool, 2), make([]int, 2)
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		t := trimLeftSpace(line)
		if len(t) == 0 {
			continue
		}
		want[0], want[1] = c.Signal == "", c.Message == ""
		genericKeywords.find(t, want, best)
		if best[0] >= 0 {
			c.Signal = signalWords[best[0]].sig
		} else if want[0] && isKilledLine(t) {
			c.Signal = "SIGKILL"
		}
		if len(th.Frames) < maxFrames {
			if fr, ok := genericFrame(t); ok {
				th.Frames = append(th.Frames, fr)
				continue
			}
		}
		if best[1] >= 0 {
			c.Message = clip(string(bytes.TrimSpace(t)), maxMessage)
		}
	}
	if len(th.Frames) == 0 && c.Message == "" && c.Signal == "" {
		return nil, &FormatError{Off: 0, Msg: "no crash message, signal or stack frames found", Err: ErrNotCrashLog}
	}
	c.Reason = c.Signal
	if c.Reason == "" {
		c.Reason = "error"
	}
	c.Threads = []report.Thread{th}
	c.CrashedThread = 0
	r.Crash = c
	return r, nil
}

// genericFrame tries the frame shapes, each behind a cheap first-byte or
// substring check.
func genericFrame(t []byte) (report.Frame, bool) {
	switch t[0] {
	case 'a':
		if !hasPrefix(t, "at ") {
			break
		}
		if m := reAtParen.FindSubmatch(t); m != nil {
			ln, _ := strconv.Atoi(string(m[3]))
			return report.Frame{Symbol: string(m[1]), File: string(m[2]), Line: ln}, true
		}
		if m := reAtBare.FindSubmatch(t); m != nil {
			ln, _ := strconv.Atoi(string(m[2]))
			return report.Frame{File: string(m[1]), Line: ln}, true
		}
		if m := reAtSym.FindSubmatch(t); m != nil {
			return report.Frame{Symbol: string(m[1])}, true
		}
	case '#':
		if m := reGdb.FindSubmatch(t); m != nil {
			fr := report.Frame{Symbol: string(m[3])}
			if len(m[2]) > 0 {
				fr.Address, _ = report.ParseAddr(string(m[2]))
			}
			if len(m[4]) > 0 {
				fr.File = string(m[4])
				fr.Line, _ = strconv.Atoi(string(m[5]))
			}
			if len(m[6]) > 0 {
				fr.Module = string(m[6])
			}
			if fr.Symbol == "??" {
				fr.Symbol = ""
			}
			return fr, true
		}
	case 'F':
		if m := rePython.FindSubmatch(t); m != nil {
			ln, _ := strconv.Atoi(string(m[2]))
			return report.Frame{File: string(m[1]), Line: ln, Symbol: string(m[3])}, true
		}
	}
	if !bytes.Contains(t, []byte("+0x")) {
		return report.Frame{}, false
	}
	if m := reBacktraceSym.FindSubmatch(t); m != nil {
		fr := report.Frame{Module: string(m[1]), Symbol: string(m[2])}
		fr.Address, _ = report.ParseAddr(string(m[4]))
		if len(m[2]) == 0 {
			fr.Offset, _ = report.ParseAddr(string(m[3]))
		}
		return fr, true
	}
	if m := reSymPlusOff.FindSubmatch(t); m != nil {
		return report.Frame{Symbol: string(m[1]), Module: string(m[3])}, true
	}
	return report.Frame{}, false
}
