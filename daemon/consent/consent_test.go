package consent

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"crashd/report"
)

func TestParseString(t *testing.T) {
	for _, l := range []Level{Off, Ask, Crash, CrashPerf} {
		got, err := Parse(l.String())
		if err != nil || got != l {
			t.Errorf("Parse(%q) = %v, %v", l.String(), got, err)
		}
	}
	if l, err := Parse(" Crash-Perf "); err != nil || l != CrashPerf {
		t.Errorf("alias: %v %v", l, err)
	}
	for _, bad := range []string{"", "on", "crash+", "4"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q) accepted", bad)
		}
	}
}

func writePolicy(t *testing.T, dir, body string) string {
	t.Helper()
	p := filepath.Join(dir, "policy.toml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// The consent matrix: user level × machine policy → effective level, the
// per-kind decision, and whether the user may choose the level at all.
func TestMatrix(t *testing.T) {
	type want struct {
		eff               Level
		crash, hang, perf Decision
		setRefused        bool
	}
	policies := map[string]string{
		"none":        "",
		"cap-ask":     `max_level = "ask"`,
		"cap-crash":   `max_level = "crash"`,
		"force-off":   `force_level = "off"`,
		"force-crash": `force_level = "crash"`,
	}
	H, S := Hold, Send
	cases := []struct {
		user   Level
		policy string
		want
	}{
		{Off, "none", want{Off, H, H, H, false}},
		{Ask, "none", want{Ask, H, H, H, false}},
		{Crash, "none", want{Crash, S, S, H, false}},
		{CrashPerf, "none", want{CrashPerf, S, S, S, false}},

		{Off, "cap-ask", want{Off, H, H, H, false}},
		{Ask, "cap-ask", want{Ask, H, H, H, false}},
		{Crash, "cap-ask", want{Ask, H, H, H, true}},
		{CrashPerf, "cap-ask", want{Ask, H, H, H, true}},

		{Off, "cap-crash", want{Off, H, H, H, false}},
		{Ask, "cap-crash", want{Ask, H, H, H, false}},
		{Crash, "cap-crash", want{Crash, S, S, H, false}},
		{CrashPerf, "cap-crash", want{Crash, S, S, H, true}},

		{Off, "force-off", want{Off, H, H, H, false}},
		{Ask, "force-off", want{Off, H, H, H, true}},
		{Crash, "force-off", want{Off, H, H, H, true}},
		{CrashPerf, "force-off", want{Off, H, H, H, true}},

		{Off, "force-crash", want{Crash, S, S, H, true}},
		{Ask, "force-crash", want{Crash, S, S, H, true}},
		{Crash, "force-crash", want{Crash, S, S, H, false}},
		{CrashPerf, "force-crash", want{Crash, S, S, H, true}},
	}
	for _, c := range cases {
		t.Run(c.user.String()+"/"+c.policy, func(t *testing.T) {
			dir := t.TempDir()
			pol := ""
			if body := policies[c.policy]; body != "" {
				pol = writePolicy(t, dir, body)
			}
			state := filepath.Join(dir, "state")
			// The user's level is written before the policy applies (as
			// when an admin deploys a policy later): Open with no policy.
			s0, err := Open(state, "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := s0.Set(c.user); err != nil {
				t.Fatal(err)
			}
			s, err := Open(state, pol, nil)
			if err != nil {
				t.Fatal(err)
			}
			st := s.Effective()
			if st.User != c.user || st.Effective != c.eff {
				t.Fatalf("user %v eff %v, want %v %v", st.User, st.Effective, c.user, c.eff)
			}
			for k, d := range map[report.Kind]Decision{report.KindCrash: c.crash, report.KindHang: c.hang, report.KindPerformance: c.perf} {
				if got := st.Allows(k); got != d {
					t.Errorf("Allows(%s) = %v, want %v", k, got, d)
				}
			}
			if got := st.Allows("bogus"); got != Drop {
				t.Errorf("unknown kind: %v", got)
			}
			err = s.Set(c.user)
			if c.setRefused != (err != nil) {
				t.Fatalf("Set(%v) err = %v, refused want %v", c.user, err, c.setRefused)
			}
			if err != nil && (!errors.Is(err, ErrPolicy) || !strings.Contains(err.Error(), "administrator")) {
				t.Fatalf("refusal not clear: %v", err)
			}
		})
	}
}

func TestPolicyFailsClosed(t *testing.T) {
	for name, body := range map[string]string{
		"bad toml":    "max_level = ",
		"bad level":   `max_level = "everything"`,
		"unknown key": `max_levle = "crash"`,
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(filepath.Join(dir, "state"), writePolicy(t, dir, body), nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Set(CrashPerf); err != nil {
				t.Fatal(err)
			}
			st := s.Effective()
			if st.Effective != Off || st.Policy.Err == "" {
				t.Fatalf("state %+v: want off with policy error", st)
			}
		})
	}
}

func TestPolicyEndpointAndContradiction(t *testing.T) {
	dir := t.TempDir()
	p := LoadPolicyFile(writePolicy(t, dir, "max_level = \"ask\"\nforce_level = \"crash+perf\"\nendpoint = \" https://k@sentry.example.com/4 \"\n"))
	if p.Err != "" || p.Endpoint != "https://k@sentry.example.com/4" || !p.HasForce || p.Force != Ask {
		t.Fatalf("%+v", p)
	}
	if got := LoadPolicyFile(filepath.Join(dir, "missing.toml")); got != (Policy{}) {
		t.Fatalf("missing file: %+v", got)
	}
}

func TestCorruptConsentFileIsOff(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, FileName), []byte(`{"level":"crash+pe`), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := Open(dir, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if st := s.Effective(); st.Effective != Off || st.UserErr == "" {
		t.Fatalf("%+v", st)
	}
	if err := s.Set(Crash); err != nil {
		t.Fatal(err)
	}
	if st := s.Effective(); st.Effective != Crash || st.UserErr != "" {
		t.Fatalf("%+v", st)
	}
	// No temp files left behind.
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Fatalf("dir has %d entries", len(ents))
	}
}

// Recorded values as reg.exe/Group Policy leave them.
func TestRegistryValues(t *testing.T) {
	cases := []struct {
		name string
		vals map[string]RegValue
		want Policy
	}{
		{"absent key", nil, Policy{}},
		{"empty key", map[string]RegValue{}, Policy{Source: `HKLM\` + RegistryKey}},
		{"sz levels", map[string]RegValue{
			"MaxLevel": {Type: regSZ, Str: "crash"},
			"Endpoint": {Type: regSZ, Str: "https://k@o1.ingest.sentry.io/42"},
		}, Policy{HasMax: true, Max: Crash, Endpoint: "https://k@o1.ingest.sentry.io/42", Source: `HKLM\` + RegistryKey}},
		{"dword force, lowercase name", map[string]RegValue{
			"forcelevel": {Type: regDWORD, Int: 0},
		}, Policy{HasForce: true, Force: Off, Source: `HKLM\` + RegistryKey}},
		{"empty sz is not configured", map[string]RegValue{
			"ForceLevel": {Type: regSZ, Str: ""},
		}, Policy{Source: `HKLM\` + RegistryKey}},
	}
	for _, c := range cases {
		if got := policyFromRegistry(c.vals); got != c.want {
			t.Errorf("%s: got %+v want %+v", c.name, got, c.want)
		}
	}
	for name, v := range map[string]RegValue{
		"dword out of range": {Type: regDWORD, Int: 7},
		"binary":             {Type: 3},
		"bad name":           {Type: regSZ, Str: "yes"},
	} {
		p := policyFromRegistry(map[string]RegValue{"MaxLevel": v})
		if p.Err == "" || p.Apply(CrashPerf) != Off {
			t.Errorf("%s: not fail-closed: %+v", name, p)
		}
	}
	// Registry wins over the file field by field.
	file := Policy{HasMax: true, Max: CrashPerf, Endpoint: "https://file/1", Source: "policy.toml"}
	reg := policyFromRegistry(map[string]RegValue{"MaxLevel": {Type: regDWORD, Int: 1}})
	m := file.merge(reg)
	if !m.HasMax || m.Max != Ask || m.Endpoint != "https://file/1" || !strings.Contains(m.Source, "HKLM") {
		t.Fatalf("merge: %+v", m)
	}
}

// A second Store on the same state dir stands for `crashd consent set` in
// another process; the watcher must announce the change within 1 s.
func TestWatchSeesOtherProcessWithinASecond(t *testing.T) {
	dir := t.TempDir()
	pol := filepath.Join(dir, "policy.toml")
	state := filepath.Join(dir, "state")
	daemon, err := Open(state, pol, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ch := daemon.Watch(ctx)
	if st := <-ch; st.Effective != Off {
		t.Fatalf("initial %v", st.Effective)
	}
	cli, err := Open(state, pol, nil)
	if err != nil {
		t.Fatal(err)
	}
	expect := func(want Level, what string) {
		t.Helper()
		deadline := time.After(time.Second)
		for {
			select {
			case st := <-ch:
				if st.Effective == want {
					return
				}
			case <-deadline:
				t.Fatalf("%s: no %v within 1s", what, want)
			}
		}
	}
	start := time.Now()
	if err := cli.Set(CrashPerf); err != nil {
		t.Fatal(err)
	}
	expect(CrashPerf, "set")
	t.Logf("set seen after %v", time.Since(start))
	start = time.Now()
	writePolicy(t, dir, `max_level = "ask"`)
	expect(Ask, "policy cap")
	t.Logf("policy seen after %v", time.Since(start))
	if err := os.Remove(pol); err != nil {
		t.Fatal(err)
	}
	expect(CrashPerf, "policy removed")
	cancel()
	for range ch { // closed after cancel
	}
}
