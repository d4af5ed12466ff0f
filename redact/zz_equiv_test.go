package redact

// TEMPORARY equivalence harness (perf work); removed before hand-off.

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"
	"testing"
)

func TestZZEquiv(t *testing.T) {
	dir := os.Getenv("EQUIV_OUT")
	if dir == "" {
		t.Skip("EQUIV_OUT unset")
	}
	os.MkdirAll(dir, 0o755)
	inputs := map[string][]byte{}
	for seed := uint64(1); seed <= 4; seed++ {
		inputs[fmt.Sprintf("gen%d", seed)] = genLogs(3<<20, seed)
	}
	if b, err := os.ReadFile("/tmp/equiv-genlog.log"); err == nil {
		inputs["genlog"] = b
	}
	filepath.Walk(fixtures, func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() && fi.Size() < 8<<20 {
			b, _ := os.ReadFile(p)
			inputs["fx_"+filepath.Base(p)] = b
		}
		return nil
	})
	names := make([]string, 0, len(inputs))
	for n := range inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	var sums bytes.Buffer
	for _, n := range names {
		in := inputs[n]
		sumOf := func(mode string, out []byte, s *Session) {
			h := sha256.Sum256(out)
			keys := []string{}
			sm := s.Summary()
			for k := range sm {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			fmt.Fprintf(&sums, "%s %s %x", n, mode, h[:8])
			for _, k := range keys {
				fmt.Fprintf(&sums, " %s=%d", k, sm[k])
			}
			sums.WriteString("\n")
			os.WriteFile(filepath.Join(dir, n+"."+mode), out, 0o644)
		}
		{
			s, _ := NewSession(Config{})
			var out bytes.Buffer
			s.ScrubText(&out, bytes.NewReader(in))
			sumOf("text", out.Bytes(), s)
		}
		{
			s, _ := NewSession(Config{})
			s.LearnReader(bytes.NewReader(in))
			var out bytes.Buffer
			s.ScrubText(&out, bytes.NewReader(in))
			sumOf("ltext", out.Bytes(), s)
		}
		{
			s, _ := NewSession(Config{})
			var out bytes.Buffer
			s.ScrubBinary(&out, bytes.NewReader(in))
			sumOf("bin", out.Bytes(), s)
		}
		{
			s, _ := NewSession(Config{})
			var out bytes.Buffer
			s.ScrubJSON(&out, io.LimitReader(bytes.NewReader(in), 1<<20))
			sumOf("json", out.Bytes(), s)
		}
	}
	os.WriteFile(filepath.Join(dir, "SUMS"), sums.Bytes(), 0o644)
}

func TestZZKeys(t *testing.T) {
	if os.Getenv("EQUIV_KEYS") == "" {
		t.Skip()
	}
	s, _ := NewSession(Config{})
	sc := &scanner{s: s}
	sc.find(genLogs(2<<20, 1))
	n := 0
	for k, v := range sc.keyCache {
		if n < 60 {
			t.Logf("%q -> %q", k, v)
		}
		n++
	}
	t.Logf("%d keys", n)
}

func TestZZShapes(t *testing.T) {
	if os.Getenv("EQUIV_KEYS") == "" {
		t.Skip()
	}
	b := genLogs(1<<20, 1)
	cnt := map[string]int{}
	ex := map[string]string{}
	n := len(b)
	for i := 0; i < n; {
		if ctab[b[i]] == 0 {
			i++
			continue
		}
		j := i
		var bits uint16
		for j < n && ctab[b[j]] != 0 {
			bits |= ctab[b[j]]
			j++
		}
		if bits&^(cAlpha|cDigit) != 0 {
			k := fmt.Sprintf("%013b", bits)
			cnt[k]++
			ex[k] = string(b[i:j])
		}
		i = j
	}
	for k, v := range cnt {
		if v > 500 {
			t.Logf("%s %6d %q", k, v, ex[k])
		}
	}
}

func TestZZLineKinds(t *testing.T) {
	if os.Getenv("EQUIV_KEYS") == "" {
		t.Skip()
	}
	b := genLogs(4<<20, 1)
	kinds := []string{" RAW ", "INFO  [main]", "\tat com.serato.dj.audio", "goroutine", `{"ts"`, "serato[", "WARN sync", "procPath", "DEBUG open", "midi:", "INFO engine", "#", "\tat com.serato.dj.Deck"}
	groups := map[string]*bytes.Buffer{}
	for _, line := range bytes.SplitAfter(b, []byte("\n")) {
		k := "frame"
		if len(line) > 9 && line[8] == ':' {
			k = "hexdump"
		}
		for _, kk := range kinds {
			if bytes.Contains(line, []byte(kk)) {
				k = kk
				break
			}
		}
		if groups[k] == nil {
			groups[k] = &bytes.Buffer{}
		}
		groups[k].Write(line)
	}
	s, _ := NewSession(Config{})
	s.LearnReader(bytes.NewReader(b))
	var tot float64
	for k, g := range groups {
		sc := &scanner{s: s}
		d := g.Bytes()
		t0 := time.Now()
		for r := 0; r < 5; r++ {
			sc.find(d)
		}
		el := time.Since(t0).Seconds() / 5
		tot += el
		sl := &scanner{s: s, learnOnly: true}
		t0 = time.Now()
		for r := 0; r < 5; r++ {
			sl.find(d)
		}
		el2 := time.Since(t0).Seconds() / 5
		t.Logf("%-26q %5.1f%% bytes  scrub %6.1f MB/s (%5.1f ms)  learn %6.1f MB/s (%5.1f ms)", k, 100*float64(len(d))/float64(len(b)), float64(len(d))/1e6/el, el*1e3, float64(len(d))/1e6/el2, el2*1e3)
	}
	t.Logf("total scrub-find %.1f ms for %.1f MB", tot*1e3, float64(len(b))/1e6)
}
