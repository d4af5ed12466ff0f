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
