package minidump

import "fmt"

// Windows exception codes (NTSTATUS) as crash reporters name them.
var windowsExceptions = map[uint32]string{
	0x40000015: "STATUS_FATAL_APP_EXIT",
	0x80000001: "EXCEPTION_GUARD_PAGE",
	0x80000002: "EXCEPTION_DATATYPE_MISALIGNMENT",
	0x80000003: "EXCEPTION_BREAKPOINT",
	0x80000004: "EXCEPTION_SINGLE_STEP",
	0xc0000005: "EXCEPTION_ACCESS_VIOLATION",
	0xc0000006: "EXCEPTION_IN_PAGE_ERROR",
	0xc0000008: "EXCEPTION_INVALID_HANDLE",
	0xc000000d: "STATUS_INVALID_PARAMETER",
	0xc0000017: "STATUS_NO_MEMORY",
	0xc000001d: "EXCEPTION_ILLEGAL_INSTRUCTION",
	0xc0000025: "EXCEPTION_NONCONTINUABLE_EXCEPTION",
	0xc0000026: "EXCEPTION_INVALID_DISPOSITION",
	0xc000008c: "EXCEPTION_ARRAY_BOUNDS_EXCEEDED",
	0xc000008d: "EXCEPTION_FLT_DENORMAL_OPERAND",
	0xc000008e: "EXCEPTION_FLT_DIVIDE_BY_ZERO",
	0xc000008f: "EXCEPTION_FLT_INEXACT_RESULT",
	0xc0000090: "EXCEPTION_FLT_INVALID_OPERATION",
	0xc0000091: "EXCEPTION_FLT_OVERFLOW",
	0xc0000092: "EXCEPTION_FLT_STACK_CHECK",
	0xc0000093: "EXCEPTION_FLT_UNDERFLOW",
	0xc0000094: "EXCEPTION_INT_DIVIDE_BY_ZERO",
	0xc0000095: "EXCEPTION_INT_OVERFLOW",
	0xc0000096: "EXCEPTION_PRIV_INSTRUCTION",
	0xc00000fd: "EXCEPTION_STACK_OVERFLOW",
	0xc0000135: "STATUS_DLL_NOT_FOUND",
	0xc0000142: "STATUS_DLL_INIT_FAILED",
	0xc0000194: "EXCEPTION_POSSIBLE_DEADLOCK",
	0xc0000374: "STATUS_HEAP_CORRUPTION",
	0xc0000409: "EXCEPTION_STACK_BUFFER_OVERRUN",
	0xc0000420: "STATUS_ASSERTION_FAILURE",
	0xc0000602: "STATUS_FAIL_FAST_EXCEPTION",
	0xe06d7363: "EXCEPTION_CPP_EXCEPTION", // MSVC throw ("msc")
	0xe0434352: "EXCEPTION_CLR_EXCEPTION",
	0xe0000008: "EXCEPTION_OUT_OF_MEMORY", // Breakpad/Crashpad OOM marker
}

// Fast-fail codes carried in EXCEPTION_STACK_BUFFER_OVERRUN's first
// parameter (__fastfail).
var fastFail = []string{
	"FAST_FAIL_LEGACY_GS_VIOLATION", "FAST_FAIL_VTGUARD_CHECK_FAILURE", "FAST_FAIL_STACK_COOKIE_CHECK_FAILURE",
	"FAST_FAIL_CORRUPT_LIST_ENTRY", "FAST_FAIL_INCORRECT_STACK", "FAST_FAIL_INVALID_ARG", "FAST_FAIL_GS_COOKIE_INIT",
	"FAST_FAIL_FATAL_APP_EXIT", "FAST_FAIL_RANGE_CHECK_FAILURE", "FAST_FAIL_UNSAFE_REGISTRY_ACCESS",
	"FAST_FAIL_GUARD_ICALL_CHECK_FAILURE", "FAST_FAIL_GUARD_WRITE_CHECK_FAILURE", "FAST_FAIL_INVALID_FIBER_SWITCH",
	"FAST_FAIL_INVALID_SET_OF_CONTEXT", "FAST_FAIL_INVALID_REFERENCE_COUNT",
}

// Linux signal numbers (x86, arm, arm64 share them).
var linuxSignals = map[uint32]string{
	1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE",
	9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV", 12: "SIGUSR2", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM",
	16: "SIGSTKFLT", 17: "SIGCHLD", 18: "SIGCONT", 19: "SIGSTOP", 20: "SIGTSTP", 21: "SIGTTIN", 22: "SIGTTOU",
	23: "SIGURG", 24: "SIGXCPU", 25: "SIGXFSZ", 26: "SIGVTALRM", 27: "SIGPROF", 28: "SIGWINCH", 29: "SIGIO",
	30: "SIGPWR", 31: "SIGSYS",
}

// Darwin signal numbers.
var darwinSignals = map[uint32]string{
	1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGEMT", 8: "SIGFPE",
	9: "SIGKILL", 10: "SIGBUS", 11: "SIGSEGV", 12: "SIGSYS", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM",
	16: "SIGURG", 17: "SIGSTOP", 18: "SIGTSTP", 19: "SIGCONT", 20: "SIGCHLD", 21: "SIGTTIN", 22: "SIGTTOU",
	23: "SIGIO", 24: "SIGXCPU", 25: "SIGXFSZ", 26: "SIGVTALRM", 27: "SIGPROF", 28: "SIGWINCH", 29: "SIGINFO",
	30: "SIGUSR1", 31: "SIGUSR2",
}

// Mach exception types.
var machExceptions = map[uint32]string{
	1: "EXC_BAD_ACCESS", 2: "EXC_BAD_INSTRUCTION", 3: "EXC_ARITHMETIC", 4: "EXC_EMULATION", 5: "EXC_SOFTWARE",
	6: "EXC_BREAKPOINT", 7: "EXC_SYSCALL", 8: "EXC_MACH_SYSCALL", 9: "EXC_RPC_ALERT", 10: "EXC_CRASH",
	11: "EXC_RESOURCE", 12: "EXC_GUARD", 13: "EXC_CORPSE_NOTIFY",
}

const (
	dumpRequested       = 0xffffffff // Breakpad: dump written on request, no crash
	crashpadSimulated   = 0x43507378 // Crashpad 'CPsx': DumpWithoutCrashing
	crashpadNSException = 0x43506e78 // Crashpad 'CPnx': uncaught NSException (iOS)
	excSoftSignal       = 0x10003    // EXC_SOFTWARE code for a Unix signal
)

// crashFacts is the decoded exception.
type crashFacts struct {
	reason, code, signal, message string
	address                       uint64
}

// describeException names the exception the way the dump's OS does.
func describeException(e *Exception, os string) crashFacts {
	var c crashFacts
	c.address = e.Address
	param := func(i int) (uint64, bool) {
		if i < len(e.Params) {
			return e.Params[i], true
		}
		return 0, false
	}
	if os == "" { // no SystemInfo: NTSTATUS codes are large, signals small
		os = "windows"
		if e.Code < 64 {
			os = "linux"
		}
	}
	switch e.Code {
	case dumpRequested:
		c.reason, c.code = "DUMP_REQUESTED", fmt.Sprintf("%#x", e.Code)
		return c
	case crashpadSimulated:
		c.reason, c.code = "SIMULATED", fmt.Sprintf("%#x", e.Code)
		return c
	case crashpadNSException:
		c.reason, c.code, c.signal = "NSException", fmt.Sprintf("%#x", e.Code), "SIGABRT"
		return c
	}
	switch os {
	case "windows":
		c.code = fmt.Sprintf("%#08x", e.Code)
		name, ok := windowsExceptions[e.Code]
		if !ok {
			name = "EXCEPTION_" + c.code
		}
		c.reason = name
		switch e.Code {
		case 0xc0000005, 0xc0000006:
			if kind, ok := param(0); ok {
				switch kind {
				case 0:
					c.reason += "_READ"
				case 1:
					c.reason += "_WRITE"
				case 8:
					c.reason += "_EXEC"
				}
			}
			if a, ok := param(1); ok {
				c.address = a
			}
		case 0xc0000409:
			if ff, ok := param(0); ok && ff < uint64(len(fastFail)) {
				c.message = fastFail[ff]
			}
		}
	case "macos", "ios":
		code, flags := e.Code, e.Flags
		if p0, ok := param(0); ok && code == 0 && p0 == 10 {
			// Crashpad recovers EXC_CRASH's original exception; for a
			// signal (abort) there is none, and the first parameter keeps
			// EXC_CRASH with the packed code in the second.
			code = 10
			flags, _ = uint32FromParam(param(1))
		}
		c.code = fmt.Sprintf("%d", code)
		name, ok := machExceptions[code]
		if !ok {
			name = fmt.Sprintf("EXC_%#x", code)
		}
		c.reason = name
		switch code {
		case 1:
			c.signal = "SIGSEGV"
			if flags == 2 { // KERN_PROTECTION_FAILURE
				c.signal = "SIGBUS"
			}
		case 2:
			c.signal = "SIGILL"
		case 3:
			c.signal = "SIGFPE"
		case 6:
			c.signal = "SIGTRAP"
		case 5:
			if flags == excSoftSignal {
				if s, ok := param(1); ok {
					c.signal = darwinSignals[uint32(s)]
				}
			}
		case 10:
			// EXC_CRASH packs the signal into bits 24-31 of the code.
			c.signal = darwinSignals[(flags>>24)&0xff]
		}
	default: // Linux, Android and other Unix: the code is the signal number
		c.code = fmt.Sprintf("%d", e.Code)
		name, ok := linuxSignals[e.Code]
		if !ok {
			name = fmt.Sprintf("SIG%d", e.Code)
		}
		c.reason, c.signal = name, name
	}
	return c
}

func uint32FromParam(v uint64, ok bool) (uint32, bool) { return uint32(v), ok }
