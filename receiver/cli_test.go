package receiver

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"crashd/ticket"
)

type cliResult struct {
	code           int
	stdout, stderr string
}

func runCLI(args ...string) cliResult {
	var o, e bytes.Buffer
	code := Run(context.Background(), args, &o, &e)
	return cliResult{code, o.String(), e.String()}
}

// startServe runs "crashrecv serve" in-process until the test ends (or
// stop is called) and returns the state it wrote.
func startServe(t *testing.T, data string, extra ...string) (*State, func() cliResult) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan cliResult, 1)
	before, _ := os.ReadFile(filepath.Join(data, StateFile))
	go func() {
		var o, e bytes.Buffer
		code := Run(ctx, append([]string{"serve", "--listen", "127.0.0.1:0", "--data", data}, extra...), &o, &e)
		done <- cliResult{code, o.String(), e.String()}
	}()
	var st *State
	deadline := time.Now().Add(10 * time.Second)
	for {
		b, err := os.ReadFile(filepath.Join(data, StateFile))
		if err == nil && !bytes.Equal(b, before) {
			if s, err := LoadState(data); err == nil {
				st = s
				break
			}
		}
		select {
		case r := <-done:
			t.Fatalf("serve exited %d: %s %s", r.code, r.stdout, r.stderr)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("serve did not write receiver.json")
		}
		time.Sleep(20 * time.Millisecond)
	}
	var res *cliResult
	stop := func() cliResult {
		if res == nil {
			cancel()
			r := <-done
			res = &r
		}
		return *res
	}
	t.Cleanup(func() { stop() })
	return st, stop
}

func sendEnvelope(t *testing.T, st *State, body []byte) {
	t.Helper()
	d, err := ParseDSN(st.DSN)
	if err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequest("POST", d.ServerURL()+"/api/"+d.ProjectID+"/envelope/", bytes.NewReader(body))
	req.Header.Set("X-Sentry-Auth", "Sentry sentry_key="+d.PublicKey)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, resp, 200)
}

func TestCLIServeFetchListDeleteRestart(t *testing.T) {
	data := t.TempDir()
	st, stop := startServe(t, data)
	fi, err := os.Stat(filepath.Join(data, StateFile))
	if err != nil || (runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600) {
		t.Fatalf("receiver.json mode %v %v", fi.Mode(), err)
	}
	tk := ticket.New()
	sendEnvelope(t, st, crashdEnvelope(t, richReport(eventID(1), tk), map[string][]byte{"crash.dmp": []byte("MDMP..."), "../evil/report.json": []byte("not the report")}))

	r := runCLI("fetch", tk, "--data", data)
	if r.code != 0 {
		t.Fatalf("fetch: %+v", r)
	}
	for _, want := range []string{tk, "EXCEPTION_ACCESS_VIOLATION_READ", "engine.dll+0x1234  Mixer::render", "MixStudio 4.2.1",
		"AMD Ryzen 9 7950X", "GeForce RTX 4070", "Focusrite Scarlett 2i2", "1235:8210", "16.0 GiB total",
		"CPU busy      min  20.0%  mean  59.0%  max  98.0%", "Memory used", "host 1, user 3", "crash.dmp"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("fetch output lacks %q:\n%s", want, r.stdout)
		}
	}
	// --json and --out.
	out := filepath.Join(t.TempDir(), "out")
	r = runCLI("fetch", "--json", "--out", out, strings.ToLower(tk), "--data", data)
	if r.code != 0 {
		t.Fatalf("fetch --json: %+v", r)
	}
	var resp ReportResponse
	if err := json.Unmarshal([]byte(r.stdout), &resp); err != nil || resp.Ticket != tk {
		t.Fatalf("fetch --json: %v %s", err, r.stdout)
	}
	rj, _ := os.ReadFile(filepath.Join(out, "report.json"))
	if !bytes.Contains(rj, []byte(`"ticket": "`+tk+`"`)) {
		t.Errorf("report.json: %s", rj)
	}
	if b, _ := os.ReadFile(filepath.Join(out, "crash.dmp")); string(b) != "MDMP..." {
		t.Errorf("crash.dmp = %q", b)
	}
	// The attachments come from a map, so the colliding one's sequence
	// number (its prefix) is 0 or 1.
	renamed, _ := filepath.Glob(filepath.Join(out, "[0-9]-report.json"))
	if len(renamed) != 1 {
		t.Fatalf("colliding attachment not renamed: %v", renamed)
	}
	if b, _ := os.ReadFile(renamed[0]); string(b) != "not the report" {
		t.Errorf("colliding attachment name: %q", b)
	}
	// list.
	r = runCLI("list", "--json", "--data", data)
	var list []ReportSummary
	if r.code != 0 || json.Unmarshal([]byte(r.stdout), &list) != nil || len(list) != 1 || list[0].Ticket != tk || list[0].BodySize == 0 {
		t.Fatalf("list --json: %+v", r)
	}
	if r = runCLI("list", "--data", data); r.code != 0 || !strings.Contains(r.stdout, tk) {
		t.Fatalf("list: %+v", r)
	}
	// Invalid ticket: exit 1 before any lookup (no server is even needed).
	bad := []byte(tk)
	bad[0] ^= 1
	if r = runCLI("fetch", string(bad), "--server", "http://127.0.0.1:1", "--token", "x"); r.code != 1 || !strings.Contains(r.stderr, "invalid ticket") {
		t.Errorf("invalid ticket: %+v", r)
	}
	// Wrong token: exit 1.
	if r = runCLI("fetch", tk, "--data", data, "--token", "wrong"); r.code != 1 || !strings.Contains(r.stderr, "401") {
		t.Errorf("wrong token: %+v", r)
	}
	// Not found: exit 1.
	if r = runCLI("fetch", ticket.New(), "--data", data); r.code != 1 {
		t.Errorf("not found: %+v", r)
	}

	// Restart: same key and token, data kept.
	if res := stop(); res.code != 0 || !strings.Contains(res.stdout, "support token: "+st.SupportToken) {
		t.Fatalf("serve: %+v", res)
	}
	st2, stop2 := startServe(t, data)
	d1, _ := ParseDSN(st.DSN)
	d2, _ := ParseDSN(st2.DSN)
	if d1.PublicKey != d2.PublicKey || st.SupportToken != st2.SupportToken {
		t.Fatalf("identity changed across restart: %+v vs %+v", st, st2)
	}
	if r = runCLI("fetch", tk, "--data", data); r.code != 0 {
		t.Fatalf("fetch after restart: %+v", r)
	}
	if r = runCLI("delete", tk, "--data", data); r.code != 0 {
		t.Fatalf("delete: %+v", r)
	}
	if r = runCLI("fetch", tk, "--data", data); r.code != 1 {
		t.Fatalf("fetch after delete: %+v", r)
	}
	if res := stop2(); res.code != 0 || strings.Contains(res.stdout, "support token:") {
		t.Errorf("second start printed the token again or failed: %+v", res)
	}
}

func TestCLIUsage(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"serve", "--help"}, {"list", "-h"}, {"fetch", "--help"}, {"delete", "--help"}} {
		if r := runCLI(args...); r.code != 0 || !strings.Contains(r.stdout, "Usage") {
			t.Errorf("%v: %+v", args, r)
		}
	}
	for _, args := range [][]string{{}, {"bogus"}, {"fetch"}, {"fetch", "a", "b"}, {"list", "--nope"}, {"serve", "--tls-cert", "x"},
		{"serve", "--listen", "0.0.0.0:0", "--data", t.TempDir()}, {"serve", "--retention", "soon"}} {
		if r := runCLI(args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, r.code, r.stderr)
		}
	}
	// Plain HTTP to a remote server is refused unless allowed.
	if r := runCLI("list", "--server", "http://192.0.2.1:80", "--token", "t"); r.code != 1 || !strings.Contains(r.stderr, "plain HTTP") {
		t.Errorf("plain http client: %+v", r)
	}
}

func TestParseRetention(t *testing.T) {
	for in, want := range map[string]time.Duration{"0": 0, "30d": 30 * 24 * time.Hour, "12h": 12 * time.Hour, "1.5d": 36 * time.Hour} {
		if got, err := parseRetention(in); err != nil || got != want {
			t.Errorf("%s: %v %v", in, got, err)
		}
	}
	for _, in := range []string{"-1d", "x", "5"} {
		if _, err := parseRetention(in); err == nil {
			t.Errorf("%s accepted", in)
		}
	}
}

func TestCLIServeTLS(t *testing.T) {
	dir := t.TempDir()
	certFile, keyFile := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	writeSelfSigned(t, certFile, keyFile)
	data := filepath.Join(dir, "data")
	st, stop := startServe(t, data, "--tls-cert", certFile, "--tls-key", keyFile)
	d, err := ParseDSN(st.DSN)
	if err != nil || d.Scheme != "https" {
		t.Fatalf("DSN %q %v", st.DSN, err)
	}
	hc := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	resp, err := hc.Get(d.ServerURL() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	wantStatus(t, resp, 200)
	if r := stop(); r.code != 0 {
		t.Fatalf("serve: %+v", r)
	}
}

func writeSelfSigned(t *testing.T, certFile, keyFile string) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "localhost"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kb, _ := x509.MarshalECPrivateKey(key)
	os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600)
	os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kb}), 0o600)
}
