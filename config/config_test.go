package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func write(t *testing.T, s string) string {
	p := filepath.Join(t.TempDir(), "crashd.toml")
	if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadContractKeys(t *testing.T) {
	t.Setenv("SENTRY_DSN", "")
	p := write(t, `
dsn = "https://abc@example.com/1"
state_dir = "state"
settle_time = "200ms"
[[watch]]
path = "/tmp/dumps"
kind = "crash"
[[watch]]
path = "logs"
kind = "perf"
[perf]
interval = "1s"
[[redact.patterns]]
name = "license"
regex = 'SDJP-[0-9A-F]{8}-[0-9A-F]{8}'
`)
	c, err := Load(p)
	if err != nil {
		t.Fatal(err)
	}
	if c.DSN != "https://abc@example.com/1" || len(c.Watch) != 2 || c.Watch[1].Kind != "perf" {
		t.Fatalf("got %+v", c)
	}
	if c.StateDir != filepath.Join(filepath.Dir(p), "state") || c.Watch[1].Path != filepath.Join(filepath.Dir(p), "logs") {
		t.Fatalf("relative paths not resolved: %q %q", c.StateDir, c.Watch[1].Path)
	}
	if c.SettleTime.D() != 200*time.Millisecond || c.Perf.Interval.D() != time.Second || c.Perf.Before.D() != 5*time.Minute {
		t.Fatalf("durations: %+v", c)
	}
	if len(c.Redact.Patterns) != 1 {
		t.Fatal("patterns")
	}
}

func TestEnvOverridesDSN(t *testing.T) {
	t.Setenv("SENTRY_DSN", "http://k@127.0.0.1:1/2")
	c, err := Load(write(t, `dsn = "https://abc@example.com/1"`))
	if err != nil || c.DSN != "http://k@127.0.0.1:1/2" {
		t.Fatalf("%v %+v", err, c)
	}
}

func TestErrorsSayWhere(t *testing.T) {
	for in, want := range map[string]string{
		"dsn = \n":                             "line 1",
		"bogus = 1\n":                          "unknown key \"bogus\"",
		"[[watch]]\npath='/x'\nkind='dumps'\n": "kind \"dumps\"",
		"settle_time = \"fast\"\n":             "fast",
	} {
		_, err := Load(write(t, in))
		if err == nil || !strings.Contains(err.Error(), want) || !strings.HasPrefix(err.Error(), "config: ") {
			t.Errorf("%q: err = %v, want %q", in, err, want)
		}
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	c := Default()
	dir := t.TempDir() // absolute on every OS
	c.StateDir = filepath.Join(dir, "state")
	c.Watch = []Watch{{Path: filepath.Join(dir, "crash"), Kind: "crash"}}
	b, err := c.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load(write(t, string(b)))
	if err != nil {
		t.Fatal(err)
	}
	if got.StateDir != c.StateDir || got.Perf != c.Perf || got.Watch[0] != c.Watch[0] {
		t.Fatalf("round trip: %+v", got)
	}
}
