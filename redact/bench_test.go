package redact

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/klauspost/compress/zstd"
)

// genLogs builds realistic, varied crash/app log text of about size bytes:
// stack traces (C++, Java, Go, Apple), paths with user names in every
// encoding, JSON lines, hex dumps, syslog lines, key=value lines.
func genLogs(size int, seed uint64) []byte { return genLogKinds(size, seed, nil) }

// genLogKinds is genLogs; when kinds is not nil, each line is also added
// to kinds under the name of its kind ("frame", "json", "path-url"...).
func genLogKinds(size int, seed uint64, kinds map[string]*bytes.Buffer) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	users := []string{"zoe.k", "aroha.kowalski85", "bruno", "Lucia Whitfield", "j.smith"}
	hosts := []string{"AROHA-DJ-RIG-870", "zoe-laptop", "studio-mac"}
	syms := []string{"Cafe::Add(int, int)", "std::vector<int>::at(unsigned long) const", "AudioEngine::render(float*, unsigned int)",
		"juce::AudioDeviceManager::audioDeviceIOCallbackInt", "__pthread_kill", "objc_msgSend", "main", "RtlUserThreadStart",
		"BaseThreadInitThunk", "DeckController::loadTrack(std::string const&)", "-[NSApplication run]", "std::__1::basic_string<char>::append"}
	mods := []string{"Serato DJ Pro.exe", "ntdll.dll", "kernel32.dll", "libc.so.6", "libsystem_kernel.dylib", "AppKit", "libjvm.so", "CoreAudio"}
	var b bytes.Buffer
	hex := func(n int) string {
		const d = "0123456789abcdef"
		var s strings.Builder
		for i := 0; i < n; i++ {
			s.WriteByte(d[r.IntN(16)])
		}
		return s.String()
	}
	for b.Len() < size {
		u := users[r.IntN(len(users))]
		ts := fmt.Sprintf("2024-%02d-%02dT%02d:%02d:%02d.%03dZ", 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000))
		start, kind := b.Len(), ""
		switch k := r.IntN(32); {
		case k >= 16 && k < 22:
			kind = "frame"
			fmt.Fprintf(&b, "%d  %-30s 0x%s %s + %d\n", r.IntN(40), mods[r.IntN(len(mods))], hex(16), syms[r.IntN(len(syms))], r.IntN(900))
		case k >= 22 && k < 26:
			kind = "java-frame"
			fmt.Fprintf(&b, "\tat com.serato.dj.audio.Mixer$Channel.process(Mixer.java:%d)\n", r.IntN(900))
		case k >= 26:
			kind = "deck-info"
			fmt.Fprintf(&b, "%s INFO  [main] deck %d: tempo %d.%02d bpm, key %dA, gain %d.%d dB, frames %d\n", ts, r.IntN(4), 60+r.IntN(120), r.IntN(100), 1+r.IntN(12), r.IntN(12), r.IntN(10), r.IntN(1<<20))
		case k == 0 || k == 1 || k == 2:
			kind = "frame"
			fmt.Fprintf(&b, "%d  %-30s 0x%s %s + %d\n", r.IntN(40), mods[r.IntN(len(mods))], hex(16), syms[r.IntN(len(syms))], r.IntN(900))
		case k == 3:
			kind = "gdb-frame-home"
			fmt.Fprintf(&b, "#%d 0x%s in %s at /home/%s/src/engine/cafe.cpp:%d\n", r.IntN(30), hex(12), syms[r.IntN(len(syms))], u, r.IntN(2000))
		case k == 4:
			kind = "java-frame"
			fmt.Fprintf(&b, "\tat com.serato.dj.Deck.load(Deck.java:%d)\n\tat java.lang.Thread.run(Thread.java:%d)\n", r.IntN(900), r.IntN(900))
		case k == 5:
			kind = "go-trace-users"
			fmt.Fprintf(&b, "goroutine %d [running]:\nmain.(*Server).handle(0xc%s)\n\t/Users/%s/go/src/app/server.go:%d +0x%s\n", r.IntN(99), hex(9), u, r.IntN(500), hex(3))
		case k == 6:
			kind = "json-line"
			fmt.Fprintf(&b, `{"ts":"%s","level":"info","user":"%s","msg":"loaded C:\\Users\\%s\\Music\\set %d.mp3","ip":"10.%d.%d.%d","took_ms":%d}`+"\n",
				ts, u, u, r.IntN(99), r.IntN(255), r.IntN(255), r.IntN(255), r.IntN(5000))
		case k == 7:
			kind = "hexdump"
			fmt.Fprintf(&b, "%08x: %s %s %s %s %s %s %s %s  ................\n", r.IntN(1<<24), hex(4), hex(4), hex(4), hex(4), hex(4), hex(4), hex(4), hex(4))
		case k == 8:
			kind = "syslog-host"
			fmt.Fprintf(&b, "Mar %2d %02d:%02d:%02d %s serato[%d]: audio underrun on device %d, buffer %d frames\n", 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), hosts[r.IntN(len(hosts))], r.IntN(9999), r.IntN(4), 64<<r.IntN(4))
		case k == 9:
			kind = "key-values"
			fmt.Fprintf(&b, "%s WARN sync: user=%s email=%s@studio.example.net version=2.%d.%d.%d session=%s\n", ts, u, strings.ReplaceAll(u, " ", "."), r.IntN(9), r.IntN(9), r.IntN(999), hex(24))
		case k == 10:
			kind = "ips-escaped-path"
			fmt.Fprintf(&b, `"procPath" : "\/Users\/%s\/Applications\/Serato DJ Pro.app\/Contents\/MacOS\/Serato DJ Pro", "uuid" : "%s-%s-%s-%s-%s"`+"\n", u, hex(8), hex(4), hex(4), hex(4), hex(12))
		case k == 11:
			kind = "url-encoded-path"
			fmt.Fprintf(&b, "%s DEBUG open file:///C:/Users/%s/Music/track%%20%d.flac (%%2Fhome%%2F%s%%2Fx) -> ok\n", ts, strings.ReplaceAll(u, ".", "%2E"), r.IntN(999), u)
		case k == 12:
			kind = "midi-unc-host"
			fmt.Fprintf(&b, "%s INFO  midi: DDJ-400 connected vid=0x2b73 pid=0x0013 fw 1.%d.%d at \\\\%s\\share\\cache\n", ts, r.IntN(9), r.IntN(99), hosts[r.IntN(len(hosts))])
		case k == 13:
			kind = "utf16-path"
			// a UTF-16LE string embedded in a text log (e.g. a dumped buffer)
			b.WriteString(ts + " RAW ")
			b.Write(utf16le(`C:\Users\` + u + `\AppData\Local\Serato\x.db`))
			b.WriteString("\n")
		default:
			kind = "engine-info"
			fmt.Fprintf(&b, "%s INFO engine: processed %d blocks in %d.%03d ms, cpu %d%%, latency %d samples\n", ts, r.IntN(100000), r.IntN(20), r.IntN(1000), r.IntN(100), r.IntN(2048))
		}
		if kinds != nil {
			if kinds[kind] == nil {
				kinds[kind] = &bytes.Buffer{}
			}
			kinds[kind].Write(b.Bytes()[start:])
		}
	}
	return b.Bytes()
}

var benchData = func() func() []byte {
	var d []byte
	return func() []byte {
		if d == nil {
			d = genLogs(16<<20, 1)
		}
		return d
	}
}()

func BenchmarkScrubText(b *testing.B) {
	data := benchData()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, _ := NewSession(Config{})
		if err := s.ScrubText(io.Discard, bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScrubTextIdentity is BenchmarkScrubText with the local
// machine's identifiers, as the daemon and `crashd redact` run: its
// secrets (a machine id, MAC addresses) often start with a digit.
func BenchmarkScrubTextIdentity(b *testing.B) {
	data := benchData()
	id := Identity{UserNames: []string{"priyanakamura13"}, HostNames: []string{"priya-studio"},
		Secrets: []string{"3d1219c7c4c5404aaa1f6d2a48adfda4", "3d1219c7-c4c5-404a-aa1f-6d2a48adfda4", "02:fc:00:00:00:01", "ae:f9:95:38:c4:25"}}
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s, _ := NewSession(Config{Identity: id})
		if err := s.ScrubText(io.Discard, bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScrubTextKinds breaks BenchmarkScrubText down by the kind of
// line: each kind's lines of the corpus, scrubbed serially (one core) in a
// session that has learned from the corpus's first MiB, as its later
// chunks are scanned, against zstd -3 on the same bytes. It reports each
// kind's speed, its ratio to zstd and its share of the scrubbing time:
// where the time goes.
func BenchmarkScrubTextKinds(b *testing.B) {
	kinds := map[string]*bytes.Buffer{}
	data := genLogKinds(16<<20, 1, kinds)
	names := make([]string, 0, len(kinds))
	for k := range kinds {
		names = append(names, k)
	}
	sort.Strings(names)
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	var dst []byte
	tScrub, tZstd := map[string]time.Duration{}, map[string]time.Duration{}
	var total time.Duration
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, k := range names {
			in := kinds[k].Bytes()
			b.StopTimer()
			s, _ := NewSession(Config{})
			s.par.workers = -1
			s.Learn(data[:1<<20])
			b.StartTimer()
			t0 := time.Now()
			if err := s.ScrubText(io.Discard, bytes.NewReader(in)); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			dst = enc.EncodeAll(in, dst[:0])
			tScrub[k] += t1.Sub(t0)
			tZstd[k] += time.Since(t1)
			total += t1.Sub(t0)
		}
	}
	for _, k := range names {
		mb := float64(kinds[k].Len()) * float64(b.N) / 1e6
		b.ReportMetric(mb/tScrub[k].Seconds(), k+"_MB/s")
		b.ReportMetric(tZstd[k].Seconds()/tScrub[k].Seconds(), k+"_vs_zstd3")
		b.ReportMetric(100*tScrub[k].Seconds()/total.Seconds(), k+"_%time")
	}
}

func BenchmarkZstd3(b *testing.B) {
	data := benchData()
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	dst := make([]byte, 0, len(data))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		dst = enc.EncodeAll(data, dst[:0])
	}
}

// BenchmarkScrubVsZstd measures, on the same bytes in the same run,
// scrubbing alone (ScrubText with a fresh session), the single pass the
// daemon makes on a text log (ScrubTextRewind: learns as it goes, a second
// pass only when a name turns up after the first chunk), learn + scrub
// (LearnReader then ScrubText, what JSON attachments get) and zstd level 3
// (in-process, one thread; and the zstd CLI with -3 -T1 when installed),
// and reports the throughput ratios; >= 1 means the scrubber is at least
// as fast as zstd -3. Scrubbing uses GOMAXPROCS workers ("workers"; 0 is
// serial): run with -cpu 1 for the one-core figures.
func BenchmarkScrubVsZstd(b *testing.B) {
	data := benchData()
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	dst := make([]byte, 0, len(data))
	cli, _ := exec.LookPath("zstd")
	var file string
	if cli != "" {
		f, err := os.CreateTemp("", "redact-bench-*.log")
		if err == nil {
			defer os.Remove(f.Name())
			_, werr := f.Write(data)
			if f.Close() == nil && werr == nil {
				file = f.Name()
			}
		}
	}
	var tScrub, tOnePass, tLearnScrub, tZstd, tCLI time.Duration
	// a file write does not grow a buffer: room up front
	out := memFile{b: make([]byte, 0, len(data)+len(data)/4)}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		s, _ := NewSession(Config{})
		if err := s.ScrubText(io.Discard, bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		tScrub += t1.Sub(t0)
		s, _ = NewSession(Config{})
		out.b, out.off = out.b[:0], 0
		if passes, err := s.ScrubTextRewind(&out, bytes.NewReader(data)); err != nil || passes != 1 {
			b.Fatalf("one pass: %d passes, %v", passes, err)
		}
		tOnePass += time.Since(t1)
		t1 = time.Now()
		s, _ = NewSession(Config{})
		if err := s.LearnReader(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
		if err := s.ScrubText(io.Discard, bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
		t2 := time.Now()
		dst = enc.EncodeAll(data, dst[:0])
		t3 := time.Now()
		tLearnScrub += t2.Sub(t1)
		tZstd += t3.Sub(t2)
		if file != "" {
			cmd := exec.Command(cli, "-3", "-T1", "-q", "-c", file)
			cmd.Stdout = io.Discard
			t4 := time.Now()
			if cmd.Run() != nil {
				file = ""
			}
			tCLI += time.Since(t4)
		}
	}
	mb := float64(len(data)) * float64(b.N) / 1e6
	ws, _ := NewSession(Config{})
	b.ReportMetric(float64(ws.workerCount()), "workers") // 0: serial
	b.ReportMetric(mb/tScrub.Seconds(), "scrub_MB/s")
	b.ReportMetric(mb/tOnePass.Seconds(), "onepass_MB/s")
	b.ReportMetric(tZstd.Seconds()/tOnePass.Seconds(), "ratio_onepass_vs_zstd3")
	b.ReportMetric(mb/tLearnScrub.Seconds(), "learnscrub_MB/s")
	b.ReportMetric(mb/tZstd.Seconds(), "zstd3_MB/s")
	b.ReportMetric(tZstd.Seconds()/tScrub.Seconds(), "ratio_vs_zstd3")
	b.ReportMetric(tZstd.Seconds()/tLearnScrub.Seconds(), "ratio_learnscrub_vs_zstd3")
	if file != "" {
		b.ReportMetric(mb/tCLI.Seconds(), "zstdcli3_MB/s")
		b.ReportMetric(tCLI.Seconds()/tScrub.Seconds(), "ratio_vs_zstdcli3")
		b.ReportMetric(tCLI.Seconds()/tOnePass.Seconds(), "ratio_onepass_vs_zstdcli3")
		b.ReportMetric(tCLI.Seconds()/tLearnScrub.Seconds(), "ratio_learnscrub_vs_zstdcli3")
	}
}

// BenchmarkScrubReportsVsZstd is what the daemon does to real crash logs,
// one report at a time (../shared/fixtures: Apple .crash logs, a JVM
// hs_err log, each in a new session, as each report gets), against zstd
// -3 on each: a text log in a single pass (ScrubTextRewind), an .ips
// learned from as text, then scrubbed as JSON (TryScrubJSON). A log names
// its user in its first lines, so the scan that learns it is followed by
// a rescan of what came before (findStable); the rescan stops after the
// last line that taught a name.
func BenchmarkScrubReportsVsZstd(b *testing.B) {
	var reports [][]byte
	var isJSON []bool
	size := 0
	for _, rel := range append(append([]string(nil), textFixtures...), "apple/macos12-arm64-xctest.ips") {
		if d, err := os.ReadFile(filepath.Join(fixtures, rel)); err == nil {
			reports = append(reports, d)
			isJSON = append(isJSON, strings.HasSuffix(rel, ".ips"))
			size += len(d)
		}
	}
	if len(reports) == 0 {
		b.Skip("no fixtures")
	}
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	var dst []byte
	var tScrub, tZstd time.Duration
	var out memFile
	b.SetBytes(int64(size))
	for i := 0; i < b.N; i++ {
		for k, d := range reports {
			t0 := time.Now()
			s, _ := NewSession(Config{})
			out.b, out.off = out.b[:0], 0
			if isJSON[k] {
				if err := s.LearnReader(bytes.NewReader(d)); err != nil {
					b.Fatal(err)
				}
				if stands, err := s.TryScrubJSON(&out, bytes.NewReader(d)); err != nil || !stands {
					b.Fatal("the .ips took a second scrub", err)
				}
			} else if _, err := s.ScrubTextRewind(&out, bytes.NewReader(d)); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			dst = enc.EncodeAll(d, dst[:0])
			tScrub += t1.Sub(t0)
			tZstd += time.Since(t1)
		}
	}
	mb := float64(size) * float64(b.N) / 1e6
	b.ReportMetric(mb/tScrub.Seconds(), "onepass_MB/s")
	b.ReportMetric(mb/tZstd.Seconds(), "zstd3_MB/s")
	b.ReportMetric(tZstd.Seconds()/tScrub.Seconds(), "ratio_vs_zstd3")
}

// genPeopleLog builds about size bytes of a log that names many people:
// a shared-library or chat app's sync log, release notes with their
// contributors, sign-offs (thousands of distinct names and addresses, as
// in a mailing-list digest or a package changelog). Each name learned is
// matched everywhere after: the learned set grows large.
func genPeopleLog(size int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x5bd1e995))
	syl := []string{"ka", "mo", "ri", "ta", "ne", "lu", "so", "vi", "da", "ho", "ma", "ze", "jo", "an", "el", "ol", "ny", "ku", "be", "ra"}
	word := func() string {
		n := 2 + r.IntN(2)
		var w strings.Builder
		for k := 0; k < n; k++ {
			w.WriteString(syl[r.IntN(len(syl))])
		}
		v := w.String()
		return strings.ToUpper(v[:1]) + v[1:]
	}
	type person struct{ first, last, mail string }
	people := make([]person, 3000)
	for k := range people {
		f, l := word(), word()
		people[k] = person{f, l, strings.ToLower(f+"."+l) + "@mail" + fmt.Sprint(r.IntN(40)) + ".example.org"}
	}
	var b bytes.Buffer
	for b.Len() < size {
		p := people[r.IntN(len(people))]
		ts := fmt.Sprintf("2024-%02d-%02dT%02d:%02d:%02dZ", 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60))
		switch r.IntN(8) {
		case 0:
			fmt.Fprintf(&b, " -- %s %s <%s>  Mon, %02d Mar 2024 10:%02d:00 +0100\n\n", p.first, p.last, p.mail, 1+r.IntN(28), r.IntN(60))
		case 1:
			fmt.Fprintf(&b, "  * Fix a crash when a crate is loaded twice (Closes: #%d). Thanks to %s %s.\n", 100000+r.IntN(900000), p.first, p.last)
		case 2:
			fmt.Fprintf(&b, "%s INFO share: sent \"set %d.mp3\" to %s %s <%s>\n", ts, r.IntN(99), p.first, p.last, p.mail)
		case 3:
			fmt.Fprintf(&b, "%s INFO sync: library of %s merged, %d tracks, %d crates\n", ts, p.first, r.IntN(20000), r.IntN(300))
		case 4:
			fmt.Fprintf(&b, "%s WARN session: invite from %s declined (timeout %d ms)\n", ts, p.mail, r.IntN(30000))
		default:
			fmt.Fprintf(&b, "%s DEBUG audio: buffer %d frames, %d underruns, device %d\n", ts, 64<<r.IntN(4), r.IntN(9), r.IntN(4))
		}
	}
	return b.Bytes()
}

// BenchmarkScrubPeopleVsZstd is BenchmarkScrubVsZstd's scrub on a log
// naming thousands of people (genPeopleLog): the learned set, not the
// bytes, is what grows here.
func BenchmarkScrubPeopleVsZstd(b *testing.B) {
	s := benchVsZstd(b, genPeopleLog(4<<20, 3), "scrub", func(s *Session, r io.Reader) error { return s.ScrubText(io.Discard, r) })
	b.ReportMetric(float64(len(s.lits.entries)), "literals")
}

// benchVsZstd times scrub on data, a fresh session each round, and zstd
// -3 on one thread on the same bytes in the same rounds; it reports
// name_MB/s, zstd3_MB/s and ratio_vs_zstd3 (>= 1: at least as fast) and
// returns the last round's session.
func benchVsZstd(b *testing.B, data []byte, name string, scrub func(s *Session, r io.Reader) error) *Session {
	enc, _ := zstd.NewWriter(nil, zstd.WithEncoderLevel(zstd.SpeedDefault), zstd.WithEncoderConcurrency(1))
	dst := make([]byte, 0, len(data))
	var tScrub, tZstd time.Duration
	var s *Session
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		s, _ = NewSession(Config{})
		if err := scrub(s, bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		dst = enc.EncodeAll(data, dst[:0])
		tScrub += t1.Sub(t0)
		tZstd += time.Since(t1)
	}
	mb := float64(len(data)) * float64(b.N) / 1e6
	b.ReportMetric(mb/tScrub.Seconds(), name+"_MB/s")
	b.ReportMetric(mb/tZstd.Seconds(), "zstd3_MB/s")
	b.ReportMetric(tZstd.Seconds()/tScrub.Seconds(), "ratio_vs_zstd3")
	return s
}

// hostileShapes are inputs shaped to find superlinear paths: one long
// word of path segments (a Java class path), one long line of keys or
// addresses, a new name on every line. Each is made n bytes long.
var hostileShapes = map[string]func(n int) []byte{
	"home-segments": func(n int) []byte { return repeatTo("/home/kai/", n) },
	"classpath":     func(n int) []byte { return repeatTo("/home/kai/.m2/repository/x.jar:", n) },
	"kv-one-line":   func(n int) []byte { return repeatTo("user=kai ", n) },
	"emails-one-line": func(n int) []byte {
		var b bytes.Buffer
		for k := 0; b.Len() < n; k++ {
			fmt.Fprintf(&b, "Kai%c Oko%c <kai%d@ex%d.org>, ", 'a'+k%26, 'a'+k/26%26, k, k%50)
		}
		return b.Bytes()[:n]
	},
	"new-user-per-line": func(n int) []byte {
		var b bytes.Buffer
		for k := 0; b.Len() < n; k++ {
			fmt.Fprintf(&b, "open /home/user%dx%c/data\n", k, 'a'+k%26)
		}
		return b.Bytes()[:n]
	},
	"new-host-per-line": func(n int) []byte {
		var b bytes.Buffer
		for k := 0; b.Len() < n; k++ {
			fmt.Fprintf(&b, "Mar  1 10:00:00 host%dq%c kernel: x\n", k, 'a'+k%26)
		}
		return b.Bytes()[:n]
	},
	"thanks-prose": func(n int) []byte { return repeatTo("Thanks, Kai. ", n) },
	"at-runs":      func(n int) []byte { return repeatTo("a@", n) },
	"new-name-per-sentence": func(n int) []byte {
		var b bytes.Buffer
		for k := 0; b.Len() < n; k++ {
			fmt.Fprintf(&b, "Thanks, Ka%c%co. ", 'a'+k%26, 'a'+k/26%26)
		}
		return b.Bytes()[:n]
	},
	"pseudonym-runs": func(n int) []byte { return repeatTo("<user-1>", n) },
	"colon-runs":     func(n int) []byte { return repeatTo("ab:", n) },
	"json-nesting":   func(n int) []byte { return repeatTo(`{"a":[`, n) },
	// (fuzz16: each "%40" or '@' read its local part or userinfo again)
	"pct40-runs":       func(n int) []byte { return repeatTo("a%40", n) },
	"pct40-utf8-runs":  func(n int) []byte { return repeatTo("é%40", n) },
	"url-userinfo-ats": func(n int) []byte { return append([]byte("http://a"), repeatTo("@1.1.1.1", n-8)...) },
	// (fuzz17: each "-----BEGIN" read the rest of its line)
	"pem-begin-runs": func(n int) []byte { return repeatTo("-----BEGIN ", n) },
	// (fuzz21: each "s" after a quote read the word back; each USER of a
	// line of process columns read the whole line)
	"apos-s-runs":    func(n int) []byte { return repeatTo("'s", n) },
	"ps-header-runs": func(n int) []byte { return repeatTo("USER PID ", n) },
	// (fuzz21: each "-- " or "UID USER" read its line back to its start)
	"dash-sig-runs": func(n int) []byte { return repeatTo("-- Kai ", n) },
	"uid-user-runs": func(n int) []byte { return repeatTo("UID USER ", n) },
}

func repeatTo(s string, n int) []byte { return bytes.Repeat([]byte(s), n/len(s)+1)[:n] }

// BenchmarkScrubTextHostile scrubs each hostile shape at 256 KiB and at
// 1 MiB on one core and reports the 1 MiB throughput and the growth of
// the time (4 when linear; a quadratic path shows as 16).
func BenchmarkScrubTextHostile(b *testing.B) {
	benchHostile(b, hostileShapes, func(s *Session, r io.Reader) error {
		s.par.workers = -1
		return s.ScrubText(io.Discard, r)
	})
}

// BenchmarkScrubTextRewindHostile is BenchmarkScrubTextHostile for
// ScrubTextRewind, the daemon's scrub of a text log, which reads its
// input again when a chunk teaches a name late (late).
func BenchmarkScrubTextRewindHostile(b *testing.B) {
	benchHostile(b, hostileShapes, func(s *Session, r io.Reader) error {
		s.par.workers = -1
		data, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		var out memFile
		_, err = s.ScrubTextRewind(&out, bytes.NewReader(data))
		return err
	})
}

// BenchmarkScrubSameLengthHostile is BenchmarkScrubTextHostile for
// ScrubSameLength (a minidump's kept memory), whose output holds compact
// pseudonyms glued to what follows ("/home/<u>/home/<u>/…").
func BenchmarkScrubSameLengthHostile(b *testing.B) {
	benchHostile(b, hostileShapes, func(s *Session, r io.Reader) error {
		data, err := io.ReadAll(r)
		s.ScrubSameLength(data)
		return err
	})
}

// benchHostile scrubs each shape with scrub at 256 KiB and 1 MiB, a
// fresh session each time, and reports the 1 MiB throughput and the
// growth of the time.
func benchHostile(b *testing.B, shapes map[string]func(n int) []byte, scrub func(s *Session, r io.Reader) error) {
	names := make([]string, 0, len(shapes))
	for k := range shapes {
		names = append(names, k)
	}
	sort.Strings(names)
	small, large := map[string][]byte{}, map[string][]byte{}
	for _, k := range names {
		small[k], large[k] = shapes[k](256<<10), shapes[k](1<<20)
	}
	tSmall, tLarge := map[string]time.Duration{}, map[string]time.Duration{}
	timed := func(data []byte) time.Duration {
		s, _ := NewSession(Config{})
		t0 := time.Now()
		if err := scrub(s, bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
		return time.Since(t0)
	}
	for i := 0; i < b.N; i++ {
		for _, k := range names {
			tSmall[k] += timed(small[k])
			tLarge[k] += timed(large[k])
		}
	}
	for _, k := range names {
		b.ReportMetric(float64(len(large[k]))*float64(b.N)/1e6/tLarge[k].Seconds(), k+"_MB/s")
		b.ReportMetric(tLarge[k].Seconds()/tSmall[k].Seconds(), k+"_growth")
	}
}

func BenchmarkScrubSameLength(b *testing.B) {
	// memory-dump-like data: mostly binary with some strings
	r := rand.New(rand.NewPCG(7, 7))
	data := make([]byte, 32<<20)
	for i := range data {
		if r.IntN(4) == 0 {
			data[i] = byte(r.Uint32())
		}
	}
	logs := benchData()
	for off := 0; off+4096 < len(data); off += 64 << 10 {
		copy(data[off:], logs[off%(len(logs)-4096):][:4096])
	}
	buf := make([]byte, len(data))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		copy(buf, data)
		s, _ := NewSession(Config{})
		s.ScrubSameLength(buf)
	}
}
