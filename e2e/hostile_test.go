//go:build linux

package e2e

// Reliability suite, part 3 (issue 11): a hostile dump folder and hostile
// local callers, against the real daemon.

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"crashd/localapi"
)

// chaosPanicLog is a Go panic log whose function name survives scrubbing, so
// the marker shows up at the receiver if the file was ever read.
func chaosPanicLog(marker string) []byte {
	return []byte("panic: runtime error: invalid memory address or nil pointer dereference\n\ngoroutine 1 [running]:\nmain." + marker + "(0x0)\n\t/src/app/main.go:12 +0x1d\nmain.main()\n\t/src/app/main.go:5 +0x20\n")
}

// Symlinks out of the folder, /dev/zero, a FIFO, a socket, a hard link to
// a file outside, a 10 GB sparse file, a file that keeps growing, a file
// swapped for a symlink again and again, thousands of small files and
// names with newlines and invalid UTF-8: nothing outside the folder is
// read or sent, a normal dump dropped afterwards uploads within seconds,
// and the daemon's memory stays bounded.
func TestChaosHostileFolder(t *testing.T) {
	t.Parallel()
	crashd, recv := build(t)
	rv := startReceiver(t, recv, t.TempDir()+"/recv")
	env := newDaemonEnv(t, rv.DSN, chaosCrashLoopOff)
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	outside := t.TempDir()
	markers := []string{"leakedSecret" + chaosRandHex(6), "hardLinked" + chaosRandHex(6), "swappedIn" + chaosRandHex(6)}
	secrets := make([]string, len(markers))
	for i, m := range markers {
		secrets[i] = filepath.Join(outside, fmt.Sprintf("secret%d.log", i))
		if err := os.WriteFile(secrets[i], chaosPanicLog(m), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	d := chaosStart(t, crashd, env)
	rss := chaosWatchRSS(func() *proc { return d })
	defer func() {
		if t.Failed() {
			out := d.out.String()
			if len(out) > 20000 {
				out = out[len(out)-20000:]
			}
			t.Logf("daemon log (tail):\n%s", out)
		}
	}()
	waitFor(t, 10*time.Second, "daemon up", func() bool { _, err := run(t, crashd, "status", "--config", env.cfg); return err == nil })

	in := func(name string) string { return filepath.Join(env.dumps, name) }
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink(secrets[0], in("link.log")))
	must(os.Symlink(secrets[0], in("link.dmp")))
	must(os.Symlink("/dev/zero", in("zero.dmp")))
	must(syscall.Mkfifo(in("fifo.dmp"), 0o644))
	ln, err := net.Listen("unix", in("sock.dmp"))
	must(err)
	defer ln.Close()
	must(os.Link(secrets[1], in("hard.log")))
	sp, err := os.Create(in("sparse.dmp"))
	must(err)
	must(sp.Truncate(10 << 30))
	sp.Close()

	stop := make(chan struct{})
	var bg sync.WaitGroup
	defer func() { close(stop); bg.Wait() }()
	bg.Add(2)
	go func() { // a file that never stops growing
		defer bg.Done()
		f, err := os.Create(in("growing.log"))
		if err != nil {
			return
		}
		defer f.Close()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
			fmt.Fprintf(f, "log line %d %s\n", i, strings.Repeat("x", 4000))
		}
	}()
	go func() { // a regular file swapped for a symlink to a secret, over and over
		defer bg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			tmp := in(fmt.Sprintf(".swap%d", i))
			if i%2 == 0 {
				os.WriteFile(tmp, []byte("not a crash "+fmt.Sprint(i)), 0o644)
			} else {
				os.Symlink(secrets[2], tmp)
			}
			os.Rename(tmp, in("swap.log"))
			time.Sleep(time.Duration(20+i%7*15) * time.Millisecond)
		}
	}()
	nSmall := chaosScale(1000, 10000)
	for i := range nSmall {
		must(os.WriteFile(in(fmt.Sprintf("small-%05d.txt", i)), []byte(fmt.Sprintf("junk %d\n", i)), 0o644))
	}
	base := chaosSampleDump(t)
	chaosWrite(t, env.dumps, "new\nline.dmp", chaosUniqueDump(base, "newline"))
	chaosWrite(t, env.dumps, "bad-\xff\xfe-utf8.dmp", chaosUniqueDump(base, "badutf8"))

	// Let the pipeline chew for a moment, then a normal crash arrives.
	time.Sleep(time.Duration(chaosScale(1, 3)) * time.Second)
	dropped := time.Now()
	chaosWrite(t, env.dumps, "normal.dmp", chaosUniqueDump(base, "normal"))
	const wantDelivered = 3 // normal + the two odd names
	bound := time.Duration(chaosScale(20, 60)) * time.Second
	waitFor(t, bound+30*time.Second, "normal dump delivered", func() bool {
		return len(chaosRecvList(t, recv, rv)) >= wantDelivered
	})
	took := time.Since(dropped)
	if took > bound {
		t.Errorf("a normal dump took %s to upload behind the hostile files (bound %s)", took, bound)
	}
	time.Sleep(time.Second) // anything else that would be sent
	if _, err := run(t, crashd, "status", "--config", env.cfg); err != nil {
		t.Errorf("daemon not answering: %v", err)
	}
	if d.cmd.ProcessState != nil {
		t.Fatalf("daemon exited: %v", d.cmd.ProcessState)
	}
	maxRSS := rss.Stop()
	if maxRSS > 256<<10 {
		t.Errorf("daemon peak RSS %d MiB", maxRSS>>10)
	}
	close(stop)
	bg.Wait()
	stop = make(chan struct{})
	d.stop()
	leaked := chaosSecretBytes(t, rv.data, markers)
	rows := chaosRecvList(t, recv, rv)
	events, tickets, dups := chaosCountRows(rows)
	if events != wantDelivered {
		t.Errorf("receiver has %d reports, want %d (normal + 2 odd names)", events, wantDelivered)
	}
	t.Logf("%d hostile entries + %d small files; normal dump delivered %s after drop; peak RSS %d MiB", 10, nSmall, took.Round(time.Millisecond), maxRSS>>10)
	chaosPrintRow(chaosRow{Scenario: fmt.Sprintf("hostile folder (links, fifo, socket, 10 GB sparse, growing, swaps, %d small files)", nSmall), In: wantDelivered, Delivered: min(events, tickets), Duplicates: dups, Leaked: leaked, MaxRSSKB: maxRSS})
}

// chaosRawCall sends raw bytes on the local API socket and returns the first
// response line.
func chaosRawCall(sock string, data []byte, timeout time.Duration) (string, error) {
	c, err := net.DialTimeout("unix", sock, timeout)
	if err != nil {
		return "", err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(timeout))
	go c.Write(data) // a refusal may come before the whole request is read
	line, err := bufio.NewReader(c).ReadString('\n')
	return line, err
}

// A flood of local callers, oversized and garbage requests, idle
// connections and callers of another user: the daemon keeps running and
// answering, and never reads a file for a caller who could not.
func TestChaosHostileCallers(t *testing.T) {
	t.Parallel()
	crashd, recv := build(t)
	rv := startReceiver(t, recv, t.TempDir()+"/recv")
	env := newDaemonEnv(t, rv.DSN, chaosCrashLoopOff)
	mustRun(t, crashd, "consent", "set", "crash", "--config", env.cfg)
	d := chaosStart(t, crashd, env)
	rss := chaosWatchRSS(func() *proc { return d })
	defer func() {
		if t.Failed() {
			t.Logf("daemon log:\n%s", d.out.String())
		}
	}()
	sock := localapi.Address(env.state)
	waitFor(t, 10*time.Second, "socket", func() bool { _, err := os.Stat(sock); return err == nil })

	// Flood: concurrent connections, each asking for status.
	nFlood := chaosScale(1000, 1000)
	var ok, failed atomic.Int32
	var wg sync.WaitGroup
	began := time.Now()
	for range nFlood {
		wg.Add(1)
		go func() {
			defer wg.Done()
			line, err := chaosRawCall(sock, []byte(`{"op":"status"}`+"\n"), 60*time.Second)
			if err == nil && strings.Contains(line, `"ok":true`) {
				ok.Add(1)
			} else {
				failed.Add(1)
			}
		}()
	}
	wg.Wait()
	t.Logf("flood: %d of %d answered in %s", ok.Load(), nFlood, time.Since(began).Round(time.Millisecond))
	if int(ok.Load()) != nFlood {
		t.Errorf("flood: %d of %d requests answered", ok.Load(), nFlood)
	}

	// Oversized and garbage requests are refused, one by one.
	huge := []byte(strings.Repeat("a", 100<<10))
	bigJSON := []byte(`{"op":"status","path":"` + strings.Repeat("b", 70<<10) + "\"}\n")
	for _, c := range []struct {
		name, want string
		data       []byte
	}{
		{"no newline, 100 KiB", "longer than", huge},
		{"70 KiB JSON line", "longer than", bigJSON},
		{"garbage JSON", `"ok":false`, []byte("{not json\n")},
		{"binary", `"ok":false`, []byte("\x00\x01\x02\xff\xfe\n")},
		{"unknown op", `"ok":false`, []byte(`{"op":"format-disk"}` + "\n")},
		{"relative path", `"ok":false`, []byte(`{"op":"report","path":"etc/passwd"}` + "\n")},
		{"device path", `"ok":false`, []byte(`{"op":"report","path":"/dev/zero"}` + "\n")},
		{"fifo path", `"ok":false`, []byte(`{"op":"report","path":"/proc/self/fd/0"}` + "\n")},
		{"bad ticket", `"ok":false`, []byte(`{"op":"ticket","ticket":"../../etc"}` + "\n")},
		{"wrong types", `"ok":false`, []byte(`{"op":["report"],"wait":"yes"}` + "\n")},
	} {
		line, err := chaosRawCall(sock, c.data, 10*time.Second)
		if err != nil || !strings.Contains(line, c.want) {
			t.Errorf("%s: answer %q, %v; want %q", c.name, strings.TrimSpace(line), err, c.want)
		}
	}

	// Idle connections must not lock everyone else out for long.
	var hogs []net.Conn
	for range 80 {
		if c, err := net.Dial("unix", sock); err == nil {
			hogs = append(hogs, c)
		}
	}
	line, err := chaosRawCall(sock, []byte(`{"op":"status"}`+"\n"), 5*time.Second)
	for _, c := range hogs {
		c.Close()
	}
	if err != nil || !strings.Contains(line, `"ok":true`) {
		msg := fmt.Sprintf("with %d idle connections open, status got %q, %v within 5 s", len(hogs), line, err)
		if knownBugIdleConnsStarve {
			t.Logf("KNOWN BUG: %s", msg)
		} else {
			t.Error(msg)
		}
	}

	// Still answering, and still uploading.
	chaosWrite(t, env.dumps, "after.dmp", chaosUniqueDump(chaosSampleDump(t), "after-flood"))
	waitFor(t, 30*time.Second, "dump after the flood sent", func() bool {
		return chaosCount(chaosHistory(t, crashd, env.cfg), "sent") == 1
	})
	var leaked int64
	in := 1
	if os.Getuid() == 0 {
		in++ // uid 65534's own dump through the machine-wide daemon
		leaked = otherUIDCallers(t, crashd, recv, rv, env)
	}
	if d.cmd.ProcessState != nil {
		t.Fatalf("daemon exited: %v", d.cmd.ProcessState)
	}
	maxRSS := rss.Stop()
	d.stop()
	rows := chaosRecvList(t, recv, rv)
	events, tickets, dups := chaosCountRows(rows)
	chaosPrintRow(chaosRow{Scenario: fmt.Sprintf("hostile callers (%d concurrent, oversized, garbage, idle, other uid)", nFlood), In: in, Delivered: min(events, tickets), Duplicates: dups, Leaked: leaked, MaxRSSKB: maxRSS})
}

// knownBugIdleConnsStarve: localapi.Server held one of MaxConns (64)
// slots per connection for up to 30 s of silence, so 64 idle callers lock
// every other caller out (reported; flip to false once fixed).
const knownBugIdleConnsStarve = false

const chaosNobody = 65534

// chaosOpenUp makes p and its parents traversable by other users.
func chaosOpenUp(t testing.TB, p string) {
	t.Helper()
	for dir := p; dir != "/" && dir != "."; dir = filepath.Dir(dir) {
		fi, err := os.Stat(dir)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm()&0o005 != 0o005 {
			if err := os.Chmod(dir, fi.Mode().Perm()|0o055); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// chaosAsNobody runs bin as uid/gid 65534.
func chaosAsNobody(bin string, args ...string) (string, error) {
	cmd := exec.Command(bin, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: chaosNobody, Gid: chaosNobody}}
	cmd.Env = []string{"HOME=/nonexistent", "PATH=/usr/bin:/bin"}
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// otherUIDCallers: uid 65534 against the per-user daemon (refused, even
// when the socket's permissions are opened up) and against a machine-wide
// daemon (a root-only file named by path is never read or sent; a file
// the caller can read is accepted). Returns secret bytes found at the
// receiver.
func otherUIDCallers(t *testing.T, crashd, recv string, rv *receiver, env *daemonEnv) int64 {
	chaosOpenUp(t, crashd)
	chaosOpenUp(t, env.cfg)
	if err := os.Chmod(env.cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	pub := t.TempDir()
	chaosOpenUp(t, pub)
	dump := filepath.Join(pub, "mine.dmp")
	if err := os.WriteFile(dump, chaosUniqueDump(chaosSampleDump(t), "nobody"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := len(chaosHistory(t, crashd, env.cfg))
	out, err := chaosAsNobody(crashd, "report", dump, "--config", env.cfg)
	if err == nil {
		t.Errorf("uid %d reported through a per-user daemon of uid 0: %s", chaosNobody, out)
	}
	// Even with the socket opened up, the peer check refuses.
	sock := localapi.Address(env.state)
	chaosOpenUp(t, env.state)
	os.Chmod(sock, 0o666)
	out, err = chaosAsNobody(crashd, "report", dump, "--config", env.cfg)
	if err == nil || !strings.Contains(out, "only its own user") {
		t.Errorf("uid %d with an open socket: err %v, output %q; want a refusal", chaosNobody, err, out)
	}
	if n := len(chaosHistory(t, crashd, env.cfg)); n != before {
		t.Errorf("history grew from %d to %d after refused callers", before, n)
	}

	// A machine-wide daemon.
	sysEnv := newDaemonEnv(t, rv.DSN, chaosCrashLoopOff+"system = true\n")
	// system must be a top-level key: rewrite the config with it first.
	cfg, _ := os.ReadFile(sysEnv.cfg)
	cfgS := strings.Replace(string(cfg), chaosCrashLoopOff+"system = true\n", chaosCrashLoopOff, 1)
	cfgS = "system = true\n" + cfgS
	if err := os.WriteFile(sysEnv.cfg, []byte(cfgS), 0o644); err != nil {
		t.Fatal(err)
	}
	chaosOpenUp(t, sysEnv.cfg)
	if err := os.MkdirAll(sysEnv.state, 0o755); err != nil {
		t.Fatal(err)
	}
	chaosOpenUp(t, sysEnv.state)
	mustRun(t, crashd, "consent", "set", "crash", "--config", sysEnv.cfg)
	sd := chaosStart(t, crashd, sysEnv)
	waitFor(t, 10*time.Second, "system daemon socket", func() bool { _, err := os.Stat(localapi.Address(sysEnv.state)); return err == nil })
	defer func() {
		if t.Failed() {
			t.Logf("system daemon log:\n%s", sd.out.String())
		}
		sd.stop()
	}()
	marker := "rootOnly" + chaosRandHex(6)
	secret := filepath.Join(pub, "root-only.log")
	if err := os.WriteFile(secret, chaosPanicLog(marker), 0o600); err != nil {
		t.Fatal(err)
	}
	out, err = chaosAsNobody(crashd, "report", secret, "--wait", "--config", sysEnv.cfg)
	if err == nil || !strings.Contains(out, "permission denied") {
		t.Errorf("uid %d reported a root-only file: %s", chaosNobody, out)
	}
	// A raw request naming the path (no descriptor) is refused too.
	helper := chaosCopyTestBinary(t)
	out, err = chaosAsNobodyEnv(helper, []string{"CRASHD_CHAOS_HELPER_SOCK=" + localapi.Address(sysEnv.state),
		`CRASHD_CHAOS_HELPER_LINE={"op":"report","path":"` + secret + `","wait":true}`}, "-test.run=^TestChaosHelperRawCall$")
	if !strings.Contains(out, `"ok":false`) || !strings.Contains(out, "descriptor") {
		t.Errorf("raw report by path from uid %d: %v %s", chaosNobody, err, out)
	}
	// A file the caller can read is accepted (the refusals above are not
	// a broken setup).
	out, err = chaosAsNobody(crashd, "report", dump, "--wait", "--json", "--config", sysEnv.cfg)
	if err != nil {
		t.Errorf("uid %d reporting its own file to the machine-wide daemon: %v %s", chaosNobody, err, out)
	}
	sd.stop()
	h := chaosHistory(t, crashd, sysEnv.cfg)
	if len(h) != 1 {
		t.Errorf("machine-wide daemon history: %+v", h)
	}
	return chaosSecretBytes(t, rv.data, []string{marker})
}

// chaosCopyTestBinary puts this test binary where uid 65534 can run it.
func chaosCopyTestBinary(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	chaosOpenUp(t, dir)
	p := filepath.Join(dir, "e2e.test")
	if err := os.WriteFile(p, b, 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func chaosAsNobodyEnv(bin string, env []string, args ...string) (string, error) {
	cmd := exec.Command(bin, args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: chaosNobody, Gid: chaosNobody}}
	cmd.Env = append([]string{"HOME=/nonexistent", "PATH=/usr/bin:/bin"}, env...)
	cmd.Dir = "/"
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// TestChaosHelperRawCall is not a test: TestChaosHostileCallers runs the
// test binary as another user to send one raw local API request.
func TestChaosHelperRawCall(t *testing.T) {
	sock := os.Getenv("CRASHD_CHAOS_HELPER_SOCK")
	if sock == "" {
		t.Skip("helper process only")
	}
	line, err := chaosRawCall(sock, []byte(os.Getenv("CRASHD_CHAOS_HELPER_LINE")+"\n"), 20*time.Second)
	fmt.Printf("%s err=%v\n", strings.TrimSpace(line), err)
}
