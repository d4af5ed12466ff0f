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
}

var messageMarkers = [][]byte{
	[]byte("Exception"), []byte("Error"), []byte("error:"), []byte("panic"), []byte("Fatal"),
	[]byte("FATAL"), []byte("fatal"), []byte("Segmentation fault"), []byte("terminate called"),
	[]byte("Assertion"), []byte("assertion"),
}

// parseGeneric collects frames of any shape it recognises into one thread
// and takes the first line that reads like an error as the message.
func parseGeneric(lr *lineReader) (*report.Report, error) {
	r := &report.Report{Kind: report.KindCrash}
	c := newCrash()
	th := report.Thread{Crashed: true}
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		t := trimLeftSpace(line)
		if len(t) == 0 {
			continue
		}
		if c.Signal == "" {
			for _, w := range signalWords {
				if bytes.Contains(t, []byte(w.word)) {
					c.Signal = w.sig
					break
				}
			}
		}
		if len(th.Frames) < maxFrames {
			if fr, ok := genericFrame(t); ok {
				th.Frames = append(th.Frames, fr)
				continue
			}
		}
		if c.Message == "" {
			for _, m := range messageMarkers {
				if bytes.Contains(t, m) {
					c.Message = clip(string(bytes.TrimSpace(t)), maxMessage)
					break
				}
			}
		}
	}
	if len(th.Frames) == 0 && c.Message == "" && c.Signal == "" {
		return nil, &FormatError{Off: 0, Msg: "no crash message, signal or frames found"}
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
