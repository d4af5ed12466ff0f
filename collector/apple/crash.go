package apple

import (
	"bufio"
	"io"
	"path"
	"regexp"
	"strconv"
	"strings"

	"crashd/report"
)

// Text .crash parsing is line-driven: cheap prefix checks pick the line's
// role, and the few regexps below run only on lines already classified.
var (
	reThreadHead  = regexp.MustCompile(`^Thread (\d+)( Crashed)?:{1,2}\s*(.*)$`)
	reThreadName  = regexp.MustCompile(`^Thread (\d+) name:\s*(.*)$`)
	reFrame       = regexp.MustCompile(`^(\d+)\s+(.+?)\s+(0x[0-9a-fA-F]+)\s+(.*)$`)
	reBaseOff     = regexp.MustCompile(`^(0x[0-9a-fA-F]+) \+ (\d+)(?:\s+\((.*)\))?$`)
	reSymOff      = regexp.MustCompile(`^(.*?) \+ (\d+)$`)
	reFileLine    = regexp.MustCompile(`\s*\(([^()]+?):(\d+)\)$`)
	reImage       = regexp.MustCompile(`^\s*(0x[0-9a-fA-F]+)\s*-\s*(0x[0-9a-fA-F]+|\?\?\?)\s+\+?(.+?)\s+<([0-9a-fA-F-]{32,36})>\s*(.*)$`)
	reRegister    = regexp.MustCompile(`([a-z][a-z0-9]*):\s*(0x[0-9a-fA-F]+)`)
	reImageVers   = regexp.MustCompile(`\s*\(([^()]*)\)$`)
	reProcess     = regexp.MustCompile(`^(.*?)\s*\[(\d+)\]$`)
	reVersionPair = regexp.MustCompile(`^(.*?)\s*\((.*)\)$`)
)

var knownArchs = map[string]bool{
	"x86_64": true, "x86_64h": true, "i386": true, "arm64": true, "arm64e": true,
	"armv7": true, "armv7s": true, "armv7k": true, "armv6": true, "arm64_32": true, "ppc": true,
}

type section int

const (
	secHeader section = iota
	secASI
	secBacktrace
	secThread
	secState
	secImages
	secOther
)

type textParser struct {
	hdr      map[string]string
	asi      []string
	threads  []report.Thread
	numbers  []int // thread number per threads entry (-1 for backtraces)
	names    map[int]string
	crashedN int // thread number marked "Crashed", -1 if none
	regs     map[string]string
	stateN   int
	images   imageSet
	sec      section
	cur      *report.Thread
	sawAny   bool
}

func newTextParser() *textParser {
	return &textParser{hdr: map[string]string{}, names: map[int]string{}, crashedN: -1, stateN: -1}
}

func (p *textParser) run(br *bufio.Reader, off int64) error {
	start := off
	for {
		line, n, err := readLine(br, maxLine)
		if n == 0 && err != nil {
			if err == io.EOF {
				break
			}
			return err
		}
		off += n
		p.line(string(line))
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	if !p.sawAny {
		return &FormatError{Off: start, Msg: "no crash report header, threads or images found"}
	}
	return nil
}

func (p *textParser) line(l string) {
	t := strings.TrimSpace(l)
	if t == "" {
		if p.sec != secImages {
			p.sec = secOther
			p.cur = nil
		}
		return
	}
	switch {
	case strings.HasPrefix(l, "Thread "):
		if m := reThreadName.FindStringSubmatch(t); m != nil {
			n, _ := strconv.Atoi(m[1])
			p.names[n] = m[2]
			return
		}
		if strings.Contains(l, " Thread State") || strings.Contains(l, "crashed with") {
			p.sec = secState
			p.stateN = -1
			if f := strings.Fields(l); len(f) > 1 {
				if n, err := strconv.Atoi(f[1]); err == nil {
					p.stateN = n
				}
			}
			p.regs = map[string]string{}
			return
		}
		if m := reThreadHead.FindStringSubmatch(t); m != nil {
			n, _ := strconv.Atoi(m[1])
			p.startThread(n, m[2] != "", strings.TrimSpace(m[3]))
			return
		}
	case strings.HasPrefix(l, "Application Specific Information:"):
		p.sec = secASI
		p.sawAny = true
		return
	case strings.HasPrefix(l, "Application Specific Backtrace") || strings.HasPrefix(l, "Last Exception Backtrace:"):
		p.sec = secBacktrace
		p.sawAny = true
		if len(p.threads) < maxThreads {
			p.threads = append(p.threads, report.Thread{Name: strings.TrimSuffix(t, ":")})
			p.numbers = append(p.numbers, -1)
			p.cur = &p.threads[len(p.threads)-1]
		} else {
			p.cur = nil
		}
		return
	case strings.HasPrefix(l, "Binary Images:"):
		p.sec = secImages
		p.sawAny = true
		return
	}
	switch p.sec {
	case secASI:
		if len(p.asi) < maxASILines {
			p.asi = append(p.asi, t)
		}
		return
	case secThread, secBacktrace:
		if p.cur != nil && len(p.cur.Frames) < maxFrames && t[0] >= '0' && t[0] <= '9' {
			if fr, ok := parseFrame(t); ok {
				p.cur.Frames = append(p.cur.Frames, fr)
			}
		}
		return
	case secState:
		for _, m := range reRegister.FindAllStringSubmatch(t, -1) {
			if len(p.regs) < 128 {
				p.regs[m[1]] = m[2]
			}
		}
		return
	case secImages:
		if t[0] == '0' && len(p.images) < maxImages {
			if im, ok := parseImage(t); ok {
				p.images = append(p.images, im)
			}
		}
		return
	}
	// Header "Key: value" lines (anywhere outside other sections).
	if i := strings.IndexByte(l, ':'); i > 0 && i < 48 && l[0] != ' ' {
		k := strings.TrimSpace(l[:i])
		if _, dup := p.hdr[k]; !dup && len(p.hdr) < 256 {
			p.hdr[k] = strings.TrimSpace(l[i+1:])
			p.sawAny = true
		}
	}
}

func (p *textParser) startThread(n int, crashed bool, rest string) {
	p.sec = secThread
	p.sawAny = true
	if len(p.threads) >= maxThreads {
		p.cur = nil
		return
	}
	th := report.Thread{ID: uint64(n), Crashed: crashed}
	// "Thread 0 Crashed:: Dispatch queue: x" or "Thread 1 Crashed: Name"
	if rest != "" {
		th.Name = strings.TrimPrefix(rest, ": ")
	}
	if crashed && p.crashedN < 0 {
		p.crashedN = n
	}
	p.threads = append(p.threads, th)
	p.numbers = append(p.numbers, n)
	p.cur = &p.threads[len(p.threads)-1]
}

// parseFrame parses "N  module  0xADDR  rest", where rest is one of
// "0xBASE + off [(sym + off)]", "sym + off [(file:line)]", "sym (file:line)".
func parseFrame(t string) (report.Frame, bool) {
	m, ok := frameMatch(t)
	if !ok {
		m = reFrame.FindStringSubmatch(t)
	}
	if m == nil {
		return report.Frame{}, false
	}
	addr, err := report.ParseAddr(m[3])
	if err != nil {
		return report.Frame{}, false
	}
	fr := report.Frame{Address: addr, Module: strings.TrimSpace(m[2])}
	rest := strings.TrimSpace(m[4])
	if bm := baseOffMatch(rest); bm != nil {
		base, _ := report.ParseAddr(bm[1])
		off, _ := strconv.ParseUint(bm[2], 10, 64)
		if base != 0 || off != 0 {
			fr.Offset = report.Addr(off)
		}
		rest = bm[3] // KSCrash puts "(sym + off)" after the base form
	}
	if fm := fileLineIndex(rest); fm != nil {
		fr.File = rest[fm[2]:fm[3]]
		fr.Line, _ = strconv.Atoi(rest[fm[4]:fm[5]])
		rest = strings.TrimSpace(rest[:fm[0]])
	}
	if sm := symOffMatch(rest); sm != nil {
		rest = sm[1]
	}
	if rest != "" && !strings.HasPrefix(rest, "0x") && rest != "???" {
		fr.Symbol = rest
	}
	return fr, true
}

// parseImage parses a Binary Images line:
// "0xSTART - 0xEND +name arch (version) <uuid> /path".
func parseImage(t string) (image, bool) {
	m, ok := imageMatch(t)
	if !ok {
		m = reImage.FindStringSubmatch(t)
	}
	if m == nil {
		return image{}, false
	}
	base, err := report.ParseAddr(m[1])
	if err != nil {
		return image{}, false
	}
	im := image{base: uint64(base), uuid: m[4], path: strings.TrimSpace(m[5])}
	if end, err := report.ParseAddr(m[2]); err == nil && uint64(end) >= im.base {
		im.end = uint64(end) + 1 // Apple prints the inclusive last byte
	}
	desc := strings.TrimSpace(m[3])
	if vm := imageVersIndex(desc); vm != nil {
		im.version = desc[vm[2]:vm[3]]
		desc = strings.TrimSpace(desc[:vm[0]])
	}
	if f := strings.Fields(desc); len(f) > 1 && knownArchs[f[len(f)-1]] {
		im.arch = f[len(f)-1]
		desc = strings.TrimSpace(strings.TrimSuffix(desc, im.arch))
	}
	im.name = desc
	return im, true
}

// finish builds the report; h is the JSON header of an older .ips whose
// body is text, or nil.
func (p *textParser) finish(h *ipsHeader) (*report.Report, error) {
	r := &report.Report{Kind: report.KindCrash, Format: "apple-crash", Platform: "cocoa"}
	if h != nil {
		r.Format = "apple-ips"
		r.App = report.App{Name: h.AppName, Version: h.AppVersion, Build: h.BuildVersion}
		if r.App.Name == "" {
			r.App.Name = h.Name
		}
		setAnn(r, "bug_type", h.BugType)
		setAnn(r, "os_version", h.OSVersion)
		if isHangBugType(h.BugType) {
			r.Kind = report.KindHang
		}
		if t, ok := parseAppleTime(h.Timestamp); ok {
			r.CrashedAt = t
		}
	}
	hd := p.hdr
	if pr := hd["Process"]; pr != "" {
		if m := reProcess.FindStringSubmatch(pr); m != nil {
			r.App.Name = m[1]
			r.App.PID, _ = strconv.ParseInt(m[2], 10, 64)
		} else {
			r.App.Name = pr
		}
	} else if r.App.Name == "" && hd["Path"] != "" {
		r.App.Name = path.Base(hd["Path"])
	}
	if v := hd["Version"]; v != "" {
		// "1.0 (1.0)" is short version and build; "4.21.1" is just the version.
		if m := reVersionPair.FindStringSubmatch(v); m != nil {
			r.App.Version, r.App.Build = m[1], m[2]
		} else {
			r.App.Version = v
		}
	}
	if ev := strings.ToLower(hd["Event"]); ev == "hang" || ev == "spin" || strings.Contains(ev, "hang") {
		r.Kind = report.KindHang
	}
	setAnn(r, "os_version", hd["OS Version"])
	setAnn(r, "cpu_type", hd["Code Type"])
	setAnn(r, "model", hd["Hardware Model"])
	setAnn(r, "bundle_id", hd["Identifier"])
	setAnn(r, "report_version", hd["Report Version"])
	setAnn(r, "event", hd["Event"])
	if t, ok := parseAppleTime(hd["Date/Time"]); ok {
		r.CrashedAt = t
	}

	c := &report.Crash{CrashedThread: -1}
	if et := hd["Exception Type"]; et != "" {
		c.Reason = et
		if i := strings.IndexByte(et, '('); i > 0 {
			c.Reason = strings.TrimSpace(et[:i])
			c.Signal = strings.Trim(et[i:], "() ")
		} else if strings.HasPrefix(et, "SIG") {
			c.Signal = et
		}
	}
	c.Code = hd["Exception Codes"]
	for _, k := range []string{"Exception Subtype", "Exception Codes"} {
		if m := reAtAddr.FindStringSubmatch(hd[k]); m != nil {
			a, _ := report.ParseAddr(m[1])
			c.Address = a
			break
		}
	}
	setAnn(r, "exception_subtype", hd["Exception Subtype"])
	setAnn(r, "exception_note", hd["Exception Note"])
	asi := strings.Join(p.asi, "\n")
	setAnn(r, "application_specific_information", asi)
	if tr := hd["Termination Reason"]; tr != "" {
		setAnn(r, "termination", tr)
		c.Message = tr
	}
	if m := uncaughtMessage(asi); m != "" {
		c.Message = m
	} else if c.Message == "" && len(p.asi) > 0 {
		c.Message = p.asi[0]
	}

	sorted := p.images.sorted()
	for i := range p.images {
		r.Modules = append(r.Modules, p.images[i].module())
	}
	for i := range p.threads {
		th := &p.threads[i]
		if n := p.numbers[i]; n >= 0 {
			if name, ok := p.names[n]; ok && th.Name == "" {
				th.Name = name
			}
			if n == p.stateN && p.regs != nil {
				th.Registers = p.regs
			}
		}
		for j := range th.Frames {
			fr := &th.Frames[j]
			if im := sorted.find(uint64(fr.Address)); im != nil {
				fr.Module = im.shortName()
				fr.Offset = report.Addr(uint64(fr.Address) - im.base)
			}
		}
	}
	// Real threads first, so a thread's index matches its number in the
	// common case; exception backtraces follow.
	var threads []report.Thread
	var numbers []int
	for pass := 0; pass < 2; pass++ {
		for i, n := range p.numbers {
			if (n >= 0) == (pass == 0) {
				threads = append(threads, p.threads[i])
				numbers = append(numbers, n)
			}
		}
	}
	p.threads, p.numbers = threads, numbers
	crashedN := p.crashedN
	if crashedN < 0 {
		if f := strings.Fields(hd["Crashed Thread"]); len(f) > 0 {
			crashedN, _ = strconv.Atoi(f[0])
			if _, err := strconv.Atoi(f[0]); err != nil {
				crashedN = -1
			}
		}
	}
	for i, n := range p.numbers {
		if n >= 0 && n == crashedN {
			c.CrashedThread = i
			p.threads[i].Crashed = true
			break
		}
	}
	c.Threads = p.threads
	if c.Reason != "" || len(c.Threads) > 0 {
		r.Crash = c
	}
	return r, nil
}
