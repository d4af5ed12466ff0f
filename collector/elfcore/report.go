package elfcore

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"crashd/report"
)

var signalNames = map[int32]string{
	1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
	7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2",
	13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM", 16: "SIGSTKFLT", 17: "SIGCHLD",
	18: "SIGCONT", 19: "SIGSTOP", 20: "SIGTSTP", 21: "SIGTTIN", 22: "SIGTTOU",
	23: "SIGURG", 24: "SIGXCPU", 25: "SIGXFSZ", 26: "SIGVTALRM", 27: "SIGPROF",
	28: "SIGWINCH", 29: "SIGIO", 30: "SIGPWR", 31: "SIGSYS",
}

// SignalName returns the Linux name of signal n ("SIG37" when unnamed).
func SignalName(n int32) string {
	if s, ok := signalNames[n]; ok {
		return s
	}
	return "SIG" + strconv.Itoa(int(n))
}

// sigCodeName names si_code for the fault signals and the generic senders.
func sigCodeName(signo, code int32) string {
	switch code {
	case 0:
		return "SI_USER"
	case 0x80:
		return "SI_KERNEL"
	case -1:
		return "SI_QUEUE"
	case -6:
		return "SI_TKILL"
	}
	var names []string
	switch signo {
	case 11:
		names = []string{"", "SEGV_MAPERR", "SEGV_ACCERR", "SEGV_BNDERR", "SEGV_PKUERR", "SEGV_ACCADI", "SEGV_ADIDERR", "SEGV_ADIPERR", "SEGV_MTEAERR", "SEGV_MTESERR"}
	case 7:
		names = []string{"", "BUS_ADRALN", "BUS_ADRERR", "BUS_OBJERR", "BUS_MCEERR_AR", "BUS_MCEERR_AO"}
	case 4:
		names = []string{"", "ILL_ILLOPC", "ILL_ILLOPN", "ILL_ILLADR", "ILL_ILLTRP", "ILL_PRVOPC", "ILL_PRVREG", "ILL_COPROC", "ILL_BADSTK"}
	case 8:
		names = []string{"", "FPE_INTDIV", "FPE_INTOVF", "FPE_FLTDIV", "FPE_FLTOVF", "FPE_FLTUND", "FPE_FLTRES", "FPE_FLTINV", "FPE_FLTSUB"}
	case 5:
		names = []string{"", "TRAP_BRKPT", "TRAP_TRACE", "TRAP_BRANCH", "TRAP_HWBKPT"}
	}
	if code > 0 && int(code) < len(names) {
		return names[code]
	}
	return ""
}

// crashSignal returns the signal facts: NT_SIGINFO when present, else the
// signalled thread's pr_cursig.
func (f *File) crashSignal() (signo, code int32, addr uint64, hasAddr bool) {
	if f.sig != nil {
		return f.sig.Signo, f.sig.Code, f.sig.Addr, f.sig.HasAddr
	}
	return int32(f.threads[0].Signal), 0, 0, false
}

// crashedIndex is the thread that took the signal: the kernel writes it
// first; pr_cursig confirms it.
func (f *File) crashedIndex() int {
	for i := range f.threads {
		if f.threads[i].Signal != 0 {
			return i
		}
	}
	return 0
}

// AppName returns the process's executable base name: the first argument
// of pr_psargs when it agrees with pr_fname (which the kernel truncates to
// 15 bytes), else pr_fname.
func (f *File) AppName() string {
	if args := strings.Fields(f.psargs); len(args) > 0 {
		b := baseName(args[0])
		if f.fname == "" || strings.HasPrefix(b, f.fname) {
			return b
		}
	}
	return f.fname
}

// Report returns the crash facts. It never fails: what the core lacks is
// left out.
func (f *File) Report() *report.Report {
	r := &report.Report{
		Kind:     report.KindCrash,
		Format:   "elfcore",
		Platform: "native",
		App:      report.App{Name: f.AppName(), PID: int64(f.pid)},
		Annotations: map[string]string{
			"arch": f.arch.String(),
			"os":   "Linux",
		},
	}
	if f.psargs != "" {
		r.Annotations["cmdline"] = f.psargs
	}
	for _, m := range f.modules() {
		mod := report.Module{
			Name: m.path,
			Base: report.Addr(m.base),
			Size: m.end - m.base,
			Type: "elf",
		}
		if m.buildID != nil {
			mod.CodeID = hex.EncodeToString(m.buildID)
			mod.DebugID = DebugID(m.buildID)
		}
		r.Modules = append(r.Modules, mod)
	}
	signo, code, addr, hasAddr := f.crashSignal()
	c := &report.Crash{
		Signal:        SignalName(signo),
		Code:          strconv.Itoa(int(signo)),
		CrashedThread: f.crashedIndex(),
	}
	c.Reason = c.Signal
	if n := sigCodeName(signo, code); n != "" {
		c.Reason += " / " + n
	}
	if hasAddr {
		c.Address = report.Addr(addr)
	}
	for i := range f.threads {
		t := &f.threads[i]
		th := report.Thread{ID: uint64(t.TID), Crashed: i == c.CrashedThread, Registers: f.registerMap(t)}
		for _, pc := range f.unwind(t) {
			fr := report.Frame{Address: report.Addr(pc)}
			if m := f.moduleFor(pc); m != nil {
				fr.Module = baseName(m.path)
				fr.Offset = report.Addr(pc - m.base)
			}
			th.Frames = append(th.Frames, fr)
		}
		c.Threads = append(c.Threads, th)
	}
	r.Crash = c
	return r
}

func (f *File) registerMap(t *Thread) map[string]string {
	m := make(map[string]string, len(t.Regs))
	hexv := func(v uint64) string { return fmt.Sprintf("0x%016x", v) }
	switch f.arch {
	case ArchAMD64:
		for i, v := range t.Regs {
			if i < len(amd64RegNames) && i != amd64OrigRAX {
				m[amd64RegNames[i]] = hexv(v)
			}
		}
	case ArchARM64:
		for i := 0; i < 29; i++ {
			m["x"+strconv.Itoa(i)] = hexv(t.Regs[i])
		}
		m["fp"] = hexv(t.Regs[arm64FP])
		m["lr"] = hexv(t.Regs[arm64LR])
		m["sp"] = hexv(t.Regs[arm64SP])
		m["pc"] = hexv(t.Regs[arm64PC])
		m["pstate"] = hexv(t.Regs[arm64PState])
	}
	return m
}
