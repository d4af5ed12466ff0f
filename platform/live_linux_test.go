package platform

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// meminfoKB reads one /proc/meminfo field.
func meminfoKB(t *testing.T, key string) uint64 {
	b, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		t.Skip("no /proc/meminfo")
	}
	for line := range strings.Lines(string(b)) {
		if k, v, ok := strings.Cut(line, ":"); ok && k == key {
			n, err := strconv.ParseUint(strings.Fields(v)[0], 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("%s not in /proc/meminfo", key)
	return 0
}

func TestLiveSnapshotFacts(t *testing.T) {
	s, err := Snapshot(context.Background(), testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.MarshalIndent(s, "", "  ")
	t.Logf("%s", js)
	if s.OS.Name != "Linux" || s.OS.KernelVersion == "" || s.OS.Arch != runtime.GOARCH {
		t.Errorf("os = %+v", s.OS)
	}
	if s.CPU.Threads != runtime.NumCPU() {
		t.Errorf("threads = %d, runtime.NumCPU = %d", s.CPU.Threads, runtime.NumCPU())
	}
	if s.CPU.Cores < 1 || s.CPU.Cores > s.CPU.Threads {
		t.Errorf("cores = %d, threads %d", s.CPU.Cores, s.CPU.Threads)
	}
	if total := meminfoKB(t, "MemTotal") * 1024; s.Memory.TotalBytes != total {
		t.Errorf("memory total = %d, /proc/meminfo %d", s.Memory.TotalBytes, total)
	}
	if s.Memory.AvailableBytes == 0 || s.Memory.AvailableBytes > s.Memory.TotalBytes {
		t.Errorf("available = %d of %d", s.Memory.AvailableBytes, s.Memory.TotalBytes)
	}
	if s.UptimeSec == 0 {
		t.Error("no uptime")
	}
	if b, err := os.ReadFile("/etc/os-release"); err == nil && strings.Contains(string(b), "PRETTY_NAME") && s.OS.Distribution == "" {
		t.Error("no distribution")
	}
	if len(s.Disks) == 0 || s.Disks[0].Mount != "/" || s.Disks[0].FreeBytes == 0 {
		t.Errorf("disks = %+v, want / first with free space", s.Disks)
	}
	if f := s.CPU.Features; runtime.GOARCH == "amd64" && len(f) == 0 {
		t.Error("no CPU features on amd64")
	}
}

// distinctHost is set as the host name in a private UTS namespace.
const distinctHost = "crashd-zq7-studio.example.lan"

// TestHostnameNotInSnapshot re-runs this test binary under `unshare --uts`
// with a distinctive host name, and checks that the name (and the
// machine-id) reach LocalIdentity but never the snapshot.
func TestHostnameNotInSnapshot(t *testing.T) {
	if os.Getenv("CRASHD_PLATFORM_UTS_CHILD") == "1" {
		hostnameChild(t)
		return
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skip("no unshare")
	}
	var args []string
	if os.Geteuid() != 0 {
		args = append(args, "--map-root-user")
	}
	args = append(args, "--uts", os.Args[0], "-test.run=^TestHostnameNotInSnapshot$", "-test.v")
	cmd := exec.Command(unshare, args...)
	cmd.Env = append(os.Environ(), "CRASHD_PLATFORM_UTS_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err != nil && (strings.Contains(string(out), "unshare failed") || strings.Contains(string(out), "Operation not permitted")) {
		t.Skipf("cannot make a UTS namespace here: %s", out)
	}
	if err != nil || !strings.Contains(string(out), "hostname child ok") {
		t.Fatalf("child: %v\n%s", err, out)
	}
	i := strings.Index(string(out), "hostname child ok")
	t.Log(strings.TrimSpace(string(out[i:])))
}

func hostnameChild(t *testing.T) {
	if err := unix.Sethostname([]byte(distinctHost)); err != nil {
		t.Fatalf("sethostname: %v", err)
	}
	if h, _ := os.Hostname(); h != distinctHost {
		t.Fatalf("hostname is %q", h)
	}
	s, err := Snapshot(context.Background(), testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	js, _ := json.Marshal(s)
	c := NewCache(nil)
	cached, _ := json.Marshal(c.Get(context.Background()))
	id := LocalIdentity()
	if !slices.Contains(id.HostNames, distinctHost) || !slices.Contains(id.HostNames, "crashd-zq7-studio") {
		t.Errorf("LocalIdentity host names %q lack %q and its short form", id.HostNames, distinctHost)
	}
	forbidden := []string{"zq7-studio"}
	forbidden = append(forbidden, id.Secrets...) // machine-id, DMI serials, MACs
	for _, u := range id.UserNames {
		if len(u) >= 4 {
			forbidden = append(forbidden, u)
		}
	}
	for _, f := range forbidden {
		for _, doc := range [][]byte{js, cached} {
			if strings.Contains(strings.ToLower(string(doc)), strings.ToLower(f)) {
				t.Errorf("snapshot holds identifier %q:\n%s", f, doc)
			}
		}
	}
	t.Logf("hostname child ok: %d identifiers checked", len(forbidden))
}

func TestUeventSocketLifecycle(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	ch, err := deviceEvents(ctx, testLog(t))
	if err != nil {
		cancel()
		t.Skipf("no uevent socket here: %v", err)
	}
	cancel()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				return // the reader ended with its context
			}
		case <-deadline:
			t.Fatal("uevent reader did not stop")
		}
	}
}

func BenchmarkSnapshot(b *testing.B) {
	log := slog.New(slog.DiscardHandler)
	for b.Loop() {
		if _, err := Snapshot(context.Background(), log); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFixtureSnapshot(b *testing.B) {
	l := fixtureTree(b)
	l.log = slog.New(slog.DiscardHandler)
	for b.Loop() {
		if _, err := l.snapshot(context.Background()); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCacheGet(b *testing.B) {
	c := NewCache(nil)
	ctx := context.Background()
	c.Get(ctx)
	b.ReportAllocs()
	for b.Loop() {
		if c.Get(ctx) == nil {
			b.Fatal("nil")
		}
	}
}

// TestUeventDelivery asks the kernel for a synthetic "add" uevent (it
// writes to sysfs, so it only runs when CRASHD_TEST_UEVENT=1 and as root).
func TestUeventDelivery(t *testing.T) {
	if os.Getenv("CRASHD_TEST_UEVENT") != "1" {
		t.Skip("set CRASHD_TEST_UEVENT=1 to write a synthetic uevent to /sys/block/loop0/uevent")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch, err := deviceEvents(ctx, testLog(t))
	if err != nil {
		t.Skip(err)
	}
	if err := os.WriteFile("/sys/block/loop0/uevent", []byte("add"), 0); err != nil {
		t.Skip(err)
	}
	select {
	case <-ch:
	case <-time.After(5 * time.Second):
		t.Fatal("no device event for a synthetic block add")
	}
}
