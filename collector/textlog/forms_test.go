package textlog

import (
	"errors"
	"strings"
	"testing"
)

// Real-looking one-line (or first-lines) crash records of the common
// runtimes and OSes; each must parse as a crash, with the signal where the
// form names one.
var crashForms = []struct {
	name, in, sig string
}{
	{"linux kernel segfault", "Mar  4 10:01:02 studio kernel: [12345.678901] mixxx[4242]: segfault at 0 ip 00007f1a2b012345 sp 00007ffd1a2b3c40 error 4 in libportaudio.so.2.0.0[7f1a2b000000+200000]\n", "SIGSEGV"},
	{"linux kernel segfault bare", "mixxx[4242]: segfault at 0 ip 00007f1a2b012345 sp 00007ffd1a2b3c40 error 4 in libportaudio.so.2.0.0[7f1a2b000000+200000]\n", "SIGSEGV"},
	{"macos abort trap", "Abort trap: 6\n", "SIGABRT"},
	{"bsd segfault", "Segmentation fault: 11\n", "SIGSEGV"},
	{"bus error", "Bus error: 10\n", "SIGBUS"},
	{"glibc stack smashing", "*** stack smashing detected ***: terminated\n", "SIGABRT"},
	{"glibc buffer overflow", "*** buffer overflow detected ***: terminated\n", "SIGABRT"},
	{"glibc double free", "free(): double free detected in tcache 2\nAborted (core dumped)\n", "SIGABRT"},
	{"glibc double free alone", "free(): double free detected in tcache 2\n", "SIGABRT"},
	{"glibc malloc corrupted", "malloc(): corrupted top size\n", "SIGABRT"},
	{"c++ terminate", "terminate called after throwing an instance of 'std::runtime_error'\n  what():  device lost\n", "SIGABRT"},
	{"wine page fault", "wine: Unhandled page fault on read access to 0000000000000000 at address 000000014002A1B2 (thread 0024), starting debugger...\n", ""},
	{"kernel BUG", "[ 1234.567890] BUG: unable to handle page fault for address: ffffa0b1c2d3e4f5\n", ""},
	{"kernel oops", "[ 1234.567891] Oops: 0000 [#1] PREEMPT SMP NOPTI\n", ""},
	{"kernel gpf", "[ 1234.567892] general protection fault, probably for non-canonical address 0xdead000000000100: 0000 [#1] SMP\n", ""},
	{"go panic", "panic: runtime error: invalid memory address or nil pointer dereference\n", ""},
	{"go deadlock", "fatal error: all goroutines are asleep - deadlock!\n", ""},
	{"rust panic", "thread 'main' panicked at src/main.rs:4:5:\nindex out of bounds: the len is 3 but the index is 7\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n", ""},
	{".net unhandled", "Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.\n", ""},
	{"python traceback", "Traceback (most recent call last):\n  File \"/app/x.py\", line 3, in <module>\n    main()\nZeroDivisionError: division by zero\n", ""},
	{"java", "Exception in thread \"main\" java.lang.IllegalStateException: boom\n", ""},
	{"sigabrt", "received signal SIGABRT\n", "SIGABRT"},
	{"aborted core dumped", "Aborted (core dumped)\n", "SIGABRT"},
	{"oom killer", "[ 99.123456] Out of memory: Killed process 4242 (mixxx) total-vm:8123456kB, anon-rss:7000000kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:14000kB oom_score_adj:0\n", "SIGKILL"},
	{"shell killed", "Killed\n", "SIGKILL"},
}

func TestCrashForms(t *testing.T) {
	for _, tc := range crashForms {
		r, err := Parse(strings.NewReader(tc.in), int64(len(tc.in)))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if tc.sig != "" && r.Crash.Signal != tc.sig {
			t.Errorf("%s: signal %q, want %q", tc.name, r.Crash.Signal, tc.sig)
		}
	}
}

// Ordinary text with words that sit near the crash words is still no
// crash log.
func TestNotCrashLogs(t *testing.T) {
	for _, in := range []string{
		"just some words\n",
		"INFO engine: processed 81234 blocks in 12.345 ms\nuser killed the app window; restarting\n",
		"2024-03-04 backup of /home done, 0 bytes freed\nthread 'main' started\n",
		"Version: 3.2.1\nsegments: 4\nkilled: 0\n",
		"DEBUG: loading plugin\nKilled 3 stale workers\nfree(): 4096 bytes\n",
	} {
		_, err := Parse(strings.NewReader(in), int64(len(in)))
		if !errors.Is(err, ErrNotCrashLog) {
			t.Errorf("Parse(%q) = %v, want ErrNotCrashLog", in, err)
		}
	}
}
