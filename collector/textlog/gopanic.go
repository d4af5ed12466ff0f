package textlog

import (
	"bytes"
	"path"
	"regexp"
	"strconv"
	"strings"

	"crashd/report"
)

var (
	// [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x48f4a2]
	reGoSignal = regexp.MustCompile(`^\[signal (SIG[A-Z0-9]+)[^\]]*?(?: code=(0x[0-9a-fA-F]+|-?\d+))?(?: addr=(0x[0-9a-fA-F]+))?(?: pc=(0x[0-9a-fA-F]+))?\]`)
	// goroutine 1 [running]:   /   goroutine 7 gp=0x... m=0 mp=0x... [running]:
	reGoroutine = regexp.MustCompile(`^goroutine (\d+)(?: [^\[]*)?\[([^\]]*)\]:$`)
	// \t/path/file.go:12 +0x1d
	reGoFileLine = regexp.MustCompile(`^\t(.+?):(\d+)(?: \+(0x[0-9a-f]+))?(?: .*?pc=(0x[0-9a-f]+))?`)
)

// parseGoPanic reads a Go panic or runtime fatal error and its goroutine
// dump. The first goroutine printed is the one that panicked.
func parseGoPanic(lr *lineReader) (*report.Report, error) {
	r := &report.Report{Kind: report.KindCrash, Platform: "go"}
	c := newCrash()
	var msg strings.Builder
	inMsg := false
	var cur *report.Thread
	var pendingFunc string
	mainFile := ""
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		switch {
		case c.Reason == "" && (hasPrefix(line, "panic: ") || hasPrefix(line, "fatal error: ")):
			i := bytes.IndexByte(line, ':')
			c.Reason = string(line[:i])
			msg.Write(bytes.TrimSuffix(line[i+2:], []byte(" [recovered]")))
			inMsg = true
			continue
		case inMsg && hasPrefix(line, "\tpanic: "):
			// Re-panic while recovering: keep the chain in the message.
			if msg.Len() < maxMessage {
				msg.WriteString("\n")
				msg.Write(line[1:])
			}
			continue
		case hasPrefix(line, "[signal "):
			inMsg = false
			if m := reGoSignal.FindSubmatch(line); m != nil {
				c.Signal = string(m[1])
				if len(m[2]) > 0 {
					c.Code = string(m[2])
				}
				if len(m[3]) > 0 {
					a, _ := report.ParseAddr(string(m[3]))
					c.Address = a
				}
			}
			continue
		case hasPrefix(line, "goroutine "):
			inMsg = false
			m := reGoroutine.FindSubmatch(line)
			if m == nil {
				continue
			}
			cur = nil
			if len(c.Threads) >= maxThreads {
				continue
			}
			id, _ := strconv.ParseUint(string(m[1]), 10, 64)
			c.Threads = append(c.Threads, report.Thread{ID: id, Name: string(m[2])})
			cur = &c.Threads[len(c.Threads)-1]
			pendingFunc = ""
			continue
		case len(line) == 0:
			inMsg = false
			cur = nil
			continue
		}
		if inMsg {
			if msg.Len() < maxMessage {
				msg.WriteByte('\n')
				msg.Write(line)
			}
			continue
		}
		if cur == nil {
			continue
		}
		if line[0] == '\t' {
			if pendingFunc == "" {
				continue
			}
			fr := report.Frame{Symbol: pendingFunc}
			if m := reGoFileLine.FindSubmatch(line); m != nil {
				fr.File = string(m[1])
				fr.Line, _ = strconv.Atoi(string(m[2]))
				if len(m[4]) > 0 {
					fr.Address, _ = report.ParseAddr(string(m[4]))
				}
			}
			if pendingFunc == "main.main" && mainFile == "" {
				mainFile = fr.File
			}
			if len(cur.Frames) < maxFrames {
				cur.Frames = append(cur.Frames, fr)
			}
			pendingFunc = ""
			continue
		}
		if hasPrefix(line, "created by ") || hasPrefix(line, "...") {
			pendingFunc = ""
			continue
		}
		pendingFunc = goFuncName(line)
	}
	if c.Reason == "" && len(c.Threads) == 0 {
		return nil, &FormatError{Off: 0, Msg: "no panic message or goroutine found"}
	}
	c.Message = clip(msg.String(), maxMessage)
	if len(c.Threads) > 0 {
		c.CrashedThread = 0
		c.Threads[0].Crashed = true
	}
	r.Crash = c
	if mainFile != "" {
		// The main package's directory usually carries the program's name.
		if d := path.Base(path.Dir(strings.ReplaceAll(mainFile, `\`, "/"))); d != "." && d != "/" {
			r.App.Name = d
		}
	}
	return r, nil
}

// goFuncName strips the argument list from "pkg.(*T).Method(0x1, {0x2, 0x3})".
func goFuncName(line []byte) string {
	s := line
	if len(s) > 0 && s[len(s)-1] == ')' {
		if i := bytes.LastIndexByte(s, '('); i > 0 {
			s = s[:i]
		}
	}
	return string(s)
}
