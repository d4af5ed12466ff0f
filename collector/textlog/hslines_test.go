package textlog

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// The regexps the matchers in hslines.go stand for (reHsNative is used
// too, for lines it leaves to it).
var (
	// "  0x00007fff8c0bcaa0 JavaThread "main"   [_thread_blocked, id=47562, ..."
	reHsThreadLine = regexp.MustCompile(`^(?:=>|  )0x[0-9a-fA-F]+ (\w+) "([^"]*)".*?id=(\d+)`)
	reSymPlus      = regexp.MustCompile(`^(.*?)\+(0x[0-9a-fA-F]+)$`)
)

var hsSeeds = []string{
	"V  [libjvm.so+0x1c1a4f0]  ShenandoahHeapRegion::set_affiliation(ShenandoahAffiliation)+0x2f0  (shenandoahHeapRegion.cpp:870)",
	"V  [libjvm.so+0x1c1a4f0]  Sym+0x2f0",
	"V  [libjvm.so+0x1c1a4f0]",
	"V  [libjvm.so+0x1c1a4f0]  (a.cpp:1)",
	"V  [libjvm.so+0x1c1a4f0] x (a:b:12)",
	"V  [libjvm.so+0x1c1a4f0] x (a:12 )",
	"V  [libjvm.so+0x1c1a4f0] x\t(a(b:12)",
	"C  [libc.so.6+0x4f0]  raise+0x2f0",
	"v  ~StubRoutines::call_stub 0x00007fff7b44fb38",
	"C  0x0000000000000000",
	"J 313 c2 pkg.Class.method(JI)V (41 bytes) @ 0x00007fff7bc488cc [0x00007fff7bc48800+0x00000000000000cc]",
	"  0x00007fff8c0bcaa0 JavaThread \"main\"   [_thread_blocked, id=47562, stack(0x00007fff8c200000,0x00007fff8c400000)]",
	"=>0x00007fff8c0bcaa0 JavaThread \"C2 CompilerThread0\" daemon [_thread_in_native, id=47563]",
	"  0x00007fff8c0bcaa0 GCTaskThread \"GC Thread#0\" [id=, id=12]",
	"  0x1 J \"\" id=\nid=1",
	"V \n[a+0x1] x (f:1)",
}

// matchersAgree fails t where a matcher answers otherwise than its regexp.
func matchersAgree(t *testing.T, line string) {
	t.Helper()
	b := []byte(line)
	same := func(name string, got, want [][]byte) {
		t.Helper()
		if (got == nil) != (want == nil) || len(got) != len(want) {
			t.Fatalf("%s(%q) = %q, the regexp %q", name, line, got, want)
		}
		for k := range got {
			if !bytes.Equal(got[k], want[k]) || (got[k] == nil) != (want[k] == nil) {
				t.Fatalf("%s(%q) group %d = %q, the regexp %q", name, line, k, got[k], want[k])
			}
		}
	}
	same("hsNativeMatch", hsNativeMatch(b), reHsNative.FindSubmatch(b))
	same("hsThreadMatch", hsThreadMatch(b), reHsThreadLine.FindSubmatch(b))
	got, want := symPlusMatch(line), reSymPlus.FindStringSubmatch(line)
	if (got == nil) != (want == nil) || len(got) != len(want) {
		t.Fatalf("symPlusMatch(%q) = %q, the regexp %q", line, got, want)
	}
	for k := range got {
		if got[k] != want[k] {
			t.Fatalf("symPlusMatch(%q) group %d = %q, the regexp %q", line, k, got[k], want[k])
		}
	}
}

func TestHsMatchersSameAsRegexps(t *testing.T) {
	lines := append([]string(nil), hsSeeds...)
	f, err := os.Open(filepath.Join(fixturesDir(t), "linux", "hs_err-linux-ppc64le.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	frames := 0
	for sc.Scan() {
		lines = append(lines, sc.Text())
		if hsNativeMatch(sc.Bytes()) != nil {
			frames++
		}
	}
	if frames < 10 {
		t.Fatalf("%d native frames read in the fixture", frames)
	}
	for _, l := range lines {
		matchersAgree(t, l)
		// and the symbol part of every frame, as hsFrame asks it
		if m := reHsNative.FindStringSubmatch(l); m != nil {
			matchersAgree(t, m[4])
		}
	}
}

func FuzzHsMatchers(f *testing.F) {
	for _, l := range hsSeeds {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, line string) {
		matchersAgree(t, line)
	})
}
