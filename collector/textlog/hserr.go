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
	// #  SIGSEGV (0xb) at pc=0x00007f..., pid=1, tid=2
	// #  EXCEPTION_ACCESS_VIOLATION (0xc0000005) at pc=0x..., pid=1, tid=2
	reHsSignal = regexp.MustCompile(`^#\s+([A-Z_][A-Z0-9_]+) \((0x[0-9a-fA-F]+)\) at pc=(0x[0-9a-fA-F]+)`)
	// #  Internal Error (file.cpp:870), pid=1, tid=2
	reHsError = regexp.MustCompile(`^#\s+((?:Internal Error|Out of Memory Error|fatal error|Error)[^(,]*)(?:\(([^)]*)\))?`)
	// siginfo: si_signo: 11 (SIGSEGV), si_code: 1 (SEGV_MAPERR), si_addr: 0x0000000000000000
	reHsSiginfo = regexp.MustCompile(`si_signo: (\d+) \((\w+)\)(?:, si_code: (-?\d+) \((\w+)\))?(?:, si_addr: (0x[0-9a-fA-F]+))?`)
	// Current thread (0x...):  JavaThread "main" [_thread_in_vm, id=47741, ...]
	reHsCurThread = regexp.MustCompile(`^Current thread \(0x[0-9a-fA-F]+\):\s+(\w+)(?: "([^"]*)")?.*?id=(\d+)`)
	// V  [libjvm.so+0x1c1a4f0]  Sym+0x2f0  (file.cpp:870) (hslines.go;
	// hsThreadMatch and symPlusMatch stand for two more, defined in
	// hslines_test.go)
	reHsNative = regexp.MustCompile(`^([VCv])\s+\[([^\]+]+)\+(0x[0-9a-fA-F]+)\]\s*(.*?)(?:\s+\(([^()]+):(\d+)\))?$`)
	reHsRegs   = regexp.MustCompile(`([A-Za-z][A-Za-z0-9]*)\s*=\s*(0x[0-9a-fA-F]+)`)
)

type hsSection int

const (
	hsNone hsSection = iota
	hsNative
	hsJava
	hsRegisters
	hsThreads
	hsLibs
	hsOS
)

// parseHsErr reads a HotSpot hs_err_pid log.
func parseHsErr(lr *lineReader) (*report.Report, error) {
	r := &report.Report{Kind: report.KindCrash, Platform: "java", Annotations: map[string]string{}}
	c := newCrash()
	crashed := report.Thread{Crashed: true}
	var javaFrames []report.Frame
	var others []report.Thread
	var msg []string
	sec := hsNone
	wantProblem := false
	inBanner := true
	modIdx := map[string]int{}
	for {
		line, ok := lr.next()
		if !ok {
			break
		}
		if len(line) == 0 {
			if sec != hsThreads {
				sec = hsNone
			}
			continue
		}
		if line[0] == '#' {
			if !inBanner {
				continue
			}
			if wantProblem {
				wantProblem = false
				pf := bytes.TrimSpace(line[1:])
				r.Annotations["problematic_frame"] = string(pf)
				continue
			}
			hsBannerLine(line, c, r, &msg, &wantProblem)
			continue
		}
		inBanner = false
		switch line[0] {
		case '-':
			if hasPrefix(line, "---------------") {
				sec = hsNone
				continue
			}
		case 'N':
			if hasPrefix(line, "Native frames:") {
				sec = hsNative
				continue
			}
		case 'J':
			if hasPrefix(line, "Java frames:") {
				sec = hsJava
				continue
			}
			if hasPrefix(line, "Java Threads:") {
				sec = hsThreads
				continue
			}
		case 'O':
			if hasPrefix(line, "Other Threads:") {
				sec = hsThreads
				continue
			}
			if string(line) == "OS:" {
				sec = hsOS
				continue
			}
		case 'R':
			if hasPrefix(line, "Registers:") {
				sec = hsRegisters
				continue
			}
		case 'D':
			if hasPrefix(line, "Dynamic libraries:") {
				sec = hsLibs
				continue
			}
		case 'T':
			if sec == hsThreads && hasPrefix(line, "Total:") {
				continue
			}
		case 'C':
			if hasPrefix(line, "Current thread (") {
				if m := reHsCurThread.FindSubmatch(line); m != nil {
					crashed.Name = string(m[2])
					if crashed.Name == "" {
						crashed.Name = string(m[1])
					}
					crashed.ID, _ = strconv.ParseUint(string(m[3]), 10, 64)
				}
				continue
			}
			if hasPrefix(line, "Command Line: ") && r.App.Name == "" {
				r.App.Name = javaAppName(string(line[len("Command Line: "):]))
				continue
			}
		case 's':
			if hasPrefix(line, "siginfo:") {
				if m := reHsSiginfo.FindSubmatch(line); m != nil {
					c.Signal = string(m[2])
					if c.Code == "" {
						c.Code = string(m[1])
					}
					if len(m[4]) > 0 && c.Reason == c.Signal {
						c.Reason = c.Signal + " / " + string(m[4])
					}
					if len(m[5]) > 0 {
						a, _ := report.ParseAddr(string(m[5]))
						c.Address = a
					}
				}
				continue
			}
		case 'v':
			if hasPrefix(line, "vm_info: ") {
				r.Annotations["vm_info"] = clip(string(line[len("vm_info: "):]), 512)
				continue
			}
		}
		switch sec {
		case hsNative:
			if len(crashed.Frames) < maxFrames {
				if fr, ok := hsFrame(line); ok {
					crashed.Frames = append(crashed.Frames, fr)
				}
			}
		case hsJava:
			if len(javaFrames) < maxFrames {
				if fr, ok := hsFrame(line); ok {
					javaFrames = append(javaFrames, fr)
				}
			}
		case hsRegisters:
			if crashed.Registers == nil {
				crashed.Registers = map[string]string{}
			}
			for _, m := range reHsRegs.FindAllSubmatch(line, -1) {
				if len(crashed.Registers) < 128 {
					crashed.Registers[strings.ToLower(string(m[1]))] = string(m[2])
				}
			}
		case hsThreads:
			if hasPrefix(line, "=>") || len(others) >= maxThreads {
				continue // the current thread is already the crashed one
			}
			if hasPrefix(line, "  0x") {
				if m := hsThreadMatch(line); m != nil {
					id, _ := strconv.ParseUint(string(m[3]), 10, 64)
					others = append(others, report.Thread{ID: id, Name: string(m[2])})
				}
			}
		case hsLibs:
			if len(r.Modules) < maxModules {
				hsLibLine(line, r, modIdx)
			}
		case hsOS:
			if hasPrefix(line, "PRETTY_NAME=") {
				r.Annotations["os"] = strings.Trim(string(line[len("PRETTY_NAME="):]), `"`)
			} else if _, have := r.Annotations["os"]; !have && !bytes.ContainsRune(line, '=') {
				r.Annotations["os"] = clip(string(bytes.TrimSpace(line)), 256)
			}
		}
	}
	if c.Reason == "" && len(crashed.Frames) == 0 && len(javaFrames) == 0 {
		return nil, &FormatError{Off: 0, Msg: "hs_err log without error line or frames"}
	}
	if len(crashed.Frames) == 0 {
		crashed.Frames = javaFrames
	}
	resolveHsFrames(crashed.Frames, r.Modules)
	c.Message = clip(strings.Join(msg, "\n"), maxMessage)
	c.Threads = append([]report.Thread{crashed}, others...)
	c.CrashedThread = 0
	r.Crash = c
	if r.App.Name == "" {
		r.App.Name = "java"
	}
	return r, nil
}

// hsBannerLine handles one "#" line of the summary banner.
func hsBannerLine(line []byte, c *report.Crash, r *report.Report, msg *[]string, wantProblem *bool) {
	body := bytes.TrimSpace(line[1:])
	switch {
	case len(body) == 0, bytes.HasPrefix(body, hsErrBanner[2:]):
		return
	case bytes.HasPrefix(body, []byte("Problematic frame:")):
		*wantProblem = true
	case bytes.HasPrefix(body, []byte("JRE version:")):
		r.Annotations["jre_version"] = clip(string(bytes.TrimSpace(body[len("JRE version:"):])), 512)
		// "... (fastdebug build 27-internal...)" / "(17.0.2+8)": the build in the last parens.
		if i := bytes.LastIndexByte(body, '('); i >= 0 {
			v := strings.TrimSuffix(string(body[i+1:]), ")")
			if j := strings.LastIndex(v, "build "); j >= 0 {
				v = v[j+len("build "):]
			}
			r.App.Version = clip(v, 128)
		}
	case bytes.HasPrefix(body, []byte("Java VM:")):
		r.Annotations["java_vm"] = clip(string(bytes.TrimSpace(body[len("Java VM:"):])), 512)
	case c.Reason == "":
		if m := reHsSignal.FindSubmatch(line); m != nil {
			c.Reason = string(m[1])
			c.Code = string(m[2])
			if bytes.HasPrefix(m[1], []byte("SIG")) {
				c.Signal = string(m[1])
			}
			pc, _ := report.ParseAddr(string(m[3]))
			r.Annotations["pc"] = pc.String()
			return
		}
		if m := reHsError.FindSubmatch(line); m != nil {
			c.Reason = strings.TrimSpace(string(m[1]))
			if len(m[2]) > 0 {
				r.Annotations["error_location"] = string(m[2])
			}
		}
	case len(*msg) < 8 && !bytes.HasPrefix(body, []byte("Core dump")) && !bytes.HasPrefix(body, []byte("If you would")) &&
		!bytes.HasPrefix(body, []byte("http")) && !bytes.HasPrefix(body, []byte("The crash happened")) &&
		!bytes.HasPrefix(body, []byte("See problematic")):
		// Lines between the error and "JRE version" describe it (assert text,
		// "Out of Memory Error" details).
		if _, seenJRE := r.Annotations["jre_version"]; !seenJRE {
			*msg = append(*msg, clip(string(body), 1024))
		}
	}
}

// hsFrame parses one frame line of "Native frames:" / "Java frames:".
func hsFrame(line []byte) (report.Frame, bool) {
	if len(line) < 3 || line[1] != ' ' {
		return report.Frame{}, false
	}
	switch line[0] {
	case 'V', 'C', 'v':
		if m := hsNativeMatch(line); m != nil {
			off, _ := report.ParseAddr(string(m[3]))
			fr := report.Frame{Module: string(m[2]), Offset: off}
			sym := string(m[4])
			if sm := symPlusMatch(sym); sm != nil {
				sym = sm[1]
			}
			fr.Symbol = sym
			if len(m[5]) > 0 {
				fr.File = string(m[5])
				fr.Line, _ = strconv.Atoi(string(m[6]))
			}
			return fr, true
		}
		// "v  ~RuntimeStub::new_array_blob (C2 runtime) 0x00007fff7b44fb38" / "C  0x0000..."
		rest := strings.TrimSpace(string(line[1:]))
		fr := report.Frame{}
		if i := strings.LastIndexByte(rest, ' '); i >= 0 && strings.HasPrefix(rest[i+1:], "0x") {
			fr.Address, _ = report.ParseAddr(rest[i+1:])
			rest = strings.TrimSpace(rest[:i])
		} else if strings.HasPrefix(rest, "0x") {
			fr.Address, _ = report.ParseAddr(rest)
			rest = ""
		}
		fr.Symbol = rest
		return fr, fr.Symbol != "" || fr.Address != 0
	case 'J':
		// J 313 c2 pkg.Class.method(JI)V (41 bytes) @ 0x00007fff7bc488cc [0x...+0x...]
		rest := string(line[2:])
		fr := report.Frame{}
		if i := strings.Index(rest, " @ 0x"); i >= 0 {
			a := rest[i+3:]
			if j := strings.IndexByte(a, ' '); j >= 0 {
				a = a[:j]
			}
			fr.Address, _ = report.ParseAddr(a)
			rest = rest[:i]
		}
		f := strings.Fields(rest)
		for _, w := range f {
			if strings.ContainsRune(w, '(') {
				fr.Symbol = w
				break
			}
		}
		if fr.Symbol == "" && len(f) > 0 {
			fr.Symbol = f[len(f)-1]
		}
		return fr, fr.Symbol != ""
	case 'j':
		// j  pkg.Class.method(Ljava/lang/String;)V+205 java.base@17
		f := strings.Fields(string(line[1:]))
		if len(f) == 0 {
			return report.Frame{}, false
		}
		fr := report.Frame{Symbol: f[0]}
		// Drop the bytecode index ("...)V+205").
		if i := strings.LastIndexByte(fr.Symbol, '+'); i > 0 {
			if _, err := strconv.Atoi(fr.Symbol[i+1:]); err == nil {
				fr.Symbol = fr.Symbol[:i]
			}
		}
		if len(f) > 1 {
			fr.Module = f[1]
		}
		return fr, true
	}
	return report.Frame{}, false
}

// hsLibLine parses one "Dynamic libraries:" line: Linux /proc/pid/maps
// ("start-end perms offset dev inode path") or Windows ("0xstart - 0xend \tpath").
func hsLibLine(line []byte, r *report.Report, idx map[string]int) {
	var start, end report.Addr
	var p string
	if hasPrefix(line, "0x") {
		f := strings.Fields(string(line))
		if len(f) < 4 || f[1] != "-" {
			return
		}
		start, _ = report.ParseAddr(f[0])
		end, _ = report.ParseAddr(f[2])
		p = strings.TrimSpace(strings.SplitN(string(line), f[2], 2)[1])
	} else {
		f := bytes.Fields(line)
		if len(f) < 6 || f[5][0] != '/' {
			return
		}
		dash := bytes.IndexByte(f[0], '-')
		if dash < 0 {
			return
		}
		var err error
		if start, err = report.ParseAddr(string(f[0][:dash])); err != nil {
			return
		}
		if end, err = report.ParseAddr(string(f[0][dash+1:])); err != nil {
			return
		}
		// Keep the path whole even when it has spaces.
		p = string(bytes.TrimSpace(line[bytes.Index(line, f[5]):]))
		if off, err := strconv.ParseUint(string(f[2]), 16, 64); err == nil && off != 0 {
			if i, ok := idx[p]; ok && uint64(end) > uint64(r.Modules[i].Base) {
				if s := uint64(end) - uint64(r.Modules[i].Base); s > r.Modules[i].Size {
					r.Modules[i].Size = s
				}
			}
			return
		}
	}
	if p == "" || end <= start {
		return
	}
	if i, ok := idx[p]; ok {
		if s := uint64(end) - uint64(r.Modules[i].Base); uint64(end) > uint64(r.Modules[i].Base) && s > r.Modules[i].Size {
			r.Modules[i].Size = s
		}
		return
	}
	typ := "elf"
	if strings.ContainsRune(p, '\\') {
		typ = "pe"
	} else if strings.Contains(p, ".dylib") || strings.Contains(p, ".framework/") {
		typ = "macho"
	}
	idx[p] = len(r.Modules)
	r.Modules = append(r.Modules, report.Module{Name: p, Base: start, Size: uint64(end - start), Type: typ})
}

// javaAppName picks the main class or jar from a JVM command line
// (the first word that is not an option).
func javaAppName(cmd string) string {
	f := strings.Fields(cmd)
	for i := 0; i < len(f); i++ {
		w := f[i]
		if w == "-jar" && i+1 < len(f) {
			return path.Base(strings.ReplaceAll(f[i+1], `\`, "/"))
		}
		if w == "-cp" || w == "-classpath" || w == "--class-path" || w == "-p" || w == "--module-path" {
			i++
			continue
		}
		if strings.HasPrefix(w, "-") {
			continue
		}
		return w
	}
	return ""
}

// resolveHsFrames fills absolute addresses of "[lib+0xoff]" frames from the
// Dynamic libraries list (base of the mapping at file offset 0).
func resolveHsFrames(frames []report.Frame, mods []report.Module) {
	if len(mods) == 0 {
		return
	}
	byName := make(map[string]report.Addr, len(mods))
	for _, m := range mods {
		b := path.Base(strings.ReplaceAll(m.Name, `\`, "/"))
		if _, dup := byName[b]; !dup {
			byName[b] = m.Base
		}
	}
	for i := range frames {
		f := &frames[i]
		if f.Address == 0 && f.Module != "" {
			if base, ok := byName[f.Module]; ok {
				f.Address = base + f.Offset
			}
		}
	}
}
