package redact

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// iisLog is an IIS W3C extended log: its header, then rows whose
// cs-username is each of users in turn ("-" for anonymous requests).
func iisLog(users ...string) string {
	var b strings.Builder
	b.WriteString("#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: 2024-05-01 10:00:00\n" +
		"#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n")
	for k, u := range users {
		fmt.Fprintf(&b, "2024-05-01 10:%02d:%02d 10.0.0.5 GET /app/default.aspx - 443 %s 10.0.0.9 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 %d\n", k/60, k%60, u, 15+k)
	}
	return b.String()
}

// IIS writes the account a request authenticated as in its cs-username
// column, which the log's "#Fields:" header places: a bare account, a
// UPN, DOMAIN\account, a display name with '+' for its blanks. Each
// went out whole. The header's column is read in every row below it,
// and the account learned for the rest of the report.
func TestIIS38W3CUserColumn(t *testing.T) {
	in := iisLog("-", "kmensah", "kofi.mensah@corp.example", `SGLOG\Tran+Thi+Bich+Ngoc`, `CORP\ama.owusu`, "-")
	secrets := []string{"kmensah", "kofi.mensah", "Tran+Thi+Bich+Ngoc", "ama.owusu"}
	checkEncodingsOnePass(t, in, secrets...)
	out := scrubTextTwice(t, in+"later: kmensah, Ngoc, ama.owusu\n")
	mustNotContain(t, "twice", out, secrets...)
	mustNotContain(t, "twice/later", out[strings.Index(out, "later"):], "Ngoc")
	// what the rows hold beside the account stays readable
	mustKeep(t, "rows", out, "#Fields: date time s-ip cs-method", " GET /app/default.aspx - 443 - ",
		" Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 ")
}

// An IIS log longer than a scan chunk keeps its header in the first
// chunk only: the accounts of later rows are read with the layout the
// scanner carries on, serial and parallel, learning and scrubbing.
func TestIIS38W3CAcrossChunks(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	late := []string{"kwabena.a", "ngozi.o"}
	users := make([]string, 3000)
	for k := range users {
		users[k] = "-"
	}
	users[2500], users[2990] = `SGLOG\`+late[0], late[1]
	in := iisLog(users...) + "2024-05-01 restart\n"
	for _, workers := range []int{-1, 2} {
		if workers > 0 {
			runtime.GOMAXPROCS(workers)
		}
		setup := func() *Session {
			s := newSession(t, Config{})
			s.par.workers, s.par.chunk, s.par.carry = workers, 16<<10, 4<<10
			return s
		}
		tag := fmt.Sprintf("workers=%d", workers)
		var out bytes.Buffer
		if err := setup().ScrubText(&out, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, tag+"/text", out.String(), late...)
		s := setup()
		if err := s.LearnReader(strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, tag+"/learned", s.ScrubString("later "+strings.Join(late, " ")), late...)
		var m memFile
		if _, err := setup().ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
			t.Fatal(err)
		}
		mustNotContain(t, tag+"/rewind", string(m.b), late...)
		mustKeep(t, tag, string(m.b[len(m.b)-200:]), " GET /app/default.aspx - 443 - ", "2024-05-01 restart")
	}
}

// An excerpt of an IIS log, its "#Fields:" header left out, still names
// the account as DOMAIN\account in a row (date, time, … method, …):
// "SGLOG\Tran+Thi+Bich+Ngoc", the person's name with '+' for its
// blanks, and "SGLOG\kmensah" went out whole, as no line's start nor a
// table's column. A log line that is no request's keeps its words.
func TestIIS38DomainAccountNoHeader(t *testing.T) {
	rows := iisLog(`SGLOG\Tran+Thi+Bich+Ngoc`, `SGLOG\kmensah`, `CORP-DC\kofi.mensah`, "-")
	in := rows[strings.Index(rows, "\n2024")+1:]
	secrets := []string{"Tran+Thi+Bich+Ngoc", "kmensah", "kofi.mensah"}
	checkEncodingsOnePass(t, in, secrets...)
	out := scrubTextTwice(t, in+"later: Ngoc and kmensah\n")
	mustNotContain(t, "twice", out, append(secrets, "Ngoc", "SGLOG")...)
	mustKeep(t, "rows", out, " GET /app/default.aspx - 443 - ", " Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 ")
	for _, keep := range []string{
		"2024-05-01 10:00:00 INFO reading SETUP\\Logs before GET\n",
		"2024-05-01 10:00:00 GET /app - 443 NT+AUTHORITY\\SYSTEM - 200\n",
		"2024-05-01 10:00:00 GET HKLM\\Software\\Policies - 200\n",
	} {
		keepOnePass(t, keep)
	}
}

// Apache's and nginx's access logs (Common and Combined Log Format) name
// the account HTTP authentication found in the third field, before the
// time in brackets: `10.0.0.5 - kofi.mensah [10/Oct/2024:13:55:36 -0700]
// "GET /x HTTP/1.1" …`. It went out whole, as did a client's name there
// (HostnameLookups). "-", the request, status, size, referer and user
// agent stay.
func TestIIS38CombinedLogUser(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{`10.0.0.5 - kofi.mensah [10/Oct/2024:13:55:36 -0700] "GET /x HTTP/1.1" 200 2326 "-" "Mozilla/5.0"` + "\n", "kofi.mensah"},
		{`10.0.0.5 - kmensah [10/Oct/2024:13:55:36 -0700] "GET /dav/ HTTP/1.1" 401 381` + "\n", "kmensah"},
		{`2001:db8::5 - ama.owusu@corp.example [10/Oct/2024:13:55:36 +0000] "PROPFIND /dav/ HTTP/1.1" 207 512 "-" "curl/8.5.0"` + "\n", "ama.owusu"},
		{`proxy_1  | 172.18.0.1 - thandeka.n [10/Oct/2024:13:55:36 +0000] "GET / HTTP/1.1" 200 612` + "\n", "thandeka.n"},
		{`kofis-laptop.corp.example - - [10/Oct/2024:13:55:36 +0000] "GET / HTTP/1.1" 200 612` + "\n", "kofis-laptop"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		out := scrubTextTwice(t, c.in+"later: "+c.secret+"\n")
		mustNotContain(t, "twice", out, c.secret)
		mustKeep(t, "twice", out, " [10/Oct/2024:13:55:36 ", " HTTP/1.1\" ")
	}
	for _, keep := range []string{
		`- - - [10/Oct/2024:13:55:36 -0700] "GET /x HTTP/1.1" 200 2326 "-" "Mozilla/5.0 (X11; Linux x86_64)"` + "\n",
		"2024-05-01 10:00:00 web01 Saturn [10/Oct/2024:13:55:36 +0000] started\n",
		"INFO Saturn [10/Oct/2024:13:55:36 +0000] started\n",
		"localhost - - [10/Oct/2024:13:55:36 +0000] \"GET /server-status HTTP/1.1\" 200 4117\n",
	} {
		keepOnePass(t, keep)
	}
}

// Squid's native access.log names the account proxy authentication
// found in its eighth field, after the URL: `1715000000.123    150
// 10.0.0.5 TCP_MISS/200 1234 GET http://example.com/ kmensah
// HIER_DIRECT/93.184.216.34 text/html`. It went out whole, and so did
// the peer's address after the hierarchy code, which reads as a
// product's version ("NAME/1.2.3.4"). "-", the codes, the method, the
// URL and the type stay.
func TestIIS38SquidUser(t *testing.T) {
	for _, c := range []struct{ in, secret string }{
		{"1715000000.123    150 10.0.0.5 TCP_MISS/200 1234 GET http://example.com/ kmensah HIER_DIRECT/93.184.216.34 text/html\n", "kmensah"},
		{"1715000000.789    312 10.0.0.7 TCP_TUNNEL/200 5120 CONNECT login.example.com:443 CORP\\kofi.mensah HIER_DIRECT/10.20.0.4 -\n", "kofi.mensah"},
		{"1715000001.000     12 10.0.0.7 TCP_MISS/200 812 GET http://intranet/ ama.owusu@corp.example FIRSTUP_PARENT/10.20.0.9 text/html\n", "ama.owusu"},
		{"1715000000.123    150 10.0.0.5 TCP_MISS/200 1234 GET http://example.com/ - HIER_DIRECT/93.184.216.34 text/html\n", "93.184.216.34"},
	} {
		checkEncodingsOnePass(t, c.in, c.secret)
		out := scrubTextTwice(t, c.in+"later: "+c.secret+"\n")
		mustNotContain(t, "twice", out, c.secret)
		mustKeep(t, "twice", out, " TCP_", "/200 ")
	}
	for _, keep := range []string{
		"1715000000.456      0 - TCP_DENIED/407 3998 CONNECT www.example.com:443 - HIER_NONE/- text/html\n",
		"1715000000.456      0 - NONE_NONE/400 3998 GET error:invalid-request - HIER_NONE/- text/html\n",
		"build TCP_MISS/200 for Saturn Planet HIER_DIRECT/1.2.3 ok\n",
	} {
		keepOnePass(t, keep)
	}
}
