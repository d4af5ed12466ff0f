package redact

import (
	"bytes"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// psListing returns a process table of at least size bytes in the given
// form ("aux", "ef", "top"), whose rows after from bytes run as the
// people in late too (beside root's and the daemons').
func psListing(form string, size, from int, late []string) string {
	var b strings.Builder
	switch form {
	case "aux":
		b.WriteString("USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n")
	case "ef":
		b.WriteString("UID          PID    PPID  C STIME TTY          TIME CMD\n")
	case "top":
		b.WriteString("top - 21:14:07 up 3 days,  2:11,  1 user,  load average: 0.52, 0.61, 0.70\n" +
			"Tasks: 412 total,   1 running, 411 sleeping,   0 stopped,   0 zombie\n\n" +
			"    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n")
	}
	daemons := []string{"root", "messagebus", "systemd+", "avahi", "rtkit", "colord", "root", "syslog"}
	cmds := []string{"/usr/lib/systemd/systemd-journald", "/usr/sbin/NetworkManager --no-daemon", "[kworker/u16:3-events_unbound]",
		"/usr/bin/pipewire", "/usr/libexec/tracker-miner-fs-3", "/opt/rekordbox/rekordbox --type=renderer", "/usr/bin/gnome-shell"}
	for pid := 1; b.Len() < size; pid++ {
		user := daemons[pid%len(daemons)]
		if b.Len() > from && pid%3 == 0 {
			user = late[pid%len(late)]
		}
		cmd := cmds[pid%len(cmds)]
		switch form {
		case "aux":
			fmt.Fprintf(&b, "%-10s %6d  0.%d  0.1 %6d %5d ?        Ssl  Dec04   0:%02d %s\n", user, pid, pid%10, 168532+pid, 13012+pid%900, pid%60, cmd)
		case "ef":
			fmt.Fprintf(&b, "%-8s %8d %7d  0 Dec04 ?        00:00:%02d %s\n", user, pid, 1+pid%40, pid%60, cmd)
		case "top":
			fmt.Fprintf(&b, "%7d %-9s 20   0 %7d %6d %6d S   0.%d   0.2   0:%02d.%02d %s\n", pid, user, 4128000+pid, 98000+pid%700, 51000+pid%300, pid%10, pid%60, pid%100, cmd[strings.LastIndexByte(cmd, '/')+1:])
		}
	}
	return b.String()
}

// A process table longer than a scan chunk (ps aux of a busy desktop,
// ps -ef, top -b) kept its header in the first chunk only: the rows of
// later chunks went out with their USER column, a person's account
// ("kwabena" far down the listing). The scanner carries the table's
// layout across chunks.
func TestStruct25ProcessTableAcrossChunks(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	late := []string{"kwabena", "ngozi.a", "thanh.nguyen", "siobhan"}
	keep := []string{"root ", "messagebus", "pipewire", "rekordbox", "systemd+"}
	for _, form := range []string{"aux", "ef", "top"} {
		in := psListing(form, 420<<10, 330<<10, late) + "\n$ uname -r\n6.8.0-49-generic\n"
		check := func(tag string, out []byte) {
			t.Helper()
			lo := bytes.ToLower(out)
			for _, who := range late {
				if k := bytes.Index(lo, []byte(who)); k >= 0 {
					t.Errorf("%s/%s: %q still at %d of %d: %q", form, tag, who, k, len(out), out[max(0, k-100):min(len(out), k+60)])
				}
			}
			mustKeep(t, form+"/"+tag, string(out[len(out)-4096:]), keep[2:4]...)
			mustKeep(t, form+"/"+tag, string(out[:4096]), keep...)
		}
		for _, workers := range []int{-1, 2} {
			for _, small := range []bool{false, true} {
				setup := func() *Session {
					s := newSession(t, Config{})
					s.par.workers = workers
					if small {
						s.par.chunk, s.par.carry = 16<<10, 4<<10
					}
					if workers > 0 {
						runtime.GOMAXPROCS(workers)
					}
					return s
				}
				tag := fmt.Sprintf("workers=%d small=%v", workers, small)
				s := setup()
				var out bytes.Buffer
				if err := s.ScrubText(&out, strings.NewReader(in)); err != nil {
					t.Fatal(err)
				}
				check(tag+"/ScrubText", out.Bytes())
				s = setup()
				if err := s.LearnReader(strings.NewReader(in)); err != nil {
					t.Fatal(err)
				}
				for _, who := range late {
					if got := s.ScrubString(who); got == who {
						t.Errorf("%s/%s/learned: %q not learned: %q", form, tag, who, got)
					}
				}
				out.Reset()
				if err := s.ScrubText(&out, strings.NewReader(in)); err != nil {
					t.Fatal(err)
				}
				check(tag+"/learned", out.Bytes())
				s = setup()
				var m memFile
				if _, err := s.ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
					t.Fatal(err)
				}
				check(tag+"/rewind", m.b)
			}
		}
	}
	// the rows end where the table does: what follows is read as ever
	for _, keep := range []string{
		"USER       PID %CPU %MEM COMMAND\nroot         1  0.0  0.1 /sbin/init\n\n12 Serato DJ Pro.exe 0x7ff6a1b2c3d4 SeratoCore::run\n",
		"  PID TTY          TIME CMD\n 4121 pts/0    00:00:00 bash\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A name first met in a process table's rows deep in a log, and named
// bare above it, has the one-pass scrub go back: the learn pass from the
// chunk that taught it on reads the table's rows as rows too.
func TestStruct25ProcessTableRewind(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	late := []string{"kwabena", "ngozi.a"}
	head := "Dec  4 21:09:00 studio tmux[4121]: new session kwabena-set for ngozi.a\n"
	rows := func(s string) string { return s[strings.IndexByte(s, '\n')+1:] } // (no header)
	in := head + psListing("aux", 120<<10, 20<<10, late[:1]) + rows(psListing("aux", 60<<10, 1<<20, nil)) +
		rows(psListing("aux", 80<<10, 40<<10, late[1:]))
	for _, workers := range []int{-1, 2} {
		if workers > 0 {
			runtime.GOMAXPROCS(workers)
		}
		s := newSession(t, Config{})
		s.par.workers, s.par.chunk, s.par.carry = workers, 16<<10, 4<<10
		var m memFile
		passes, err := s.ScrubTextRewind(&m, strings.NewReader(in))
		if err != nil {
			t.Fatal(err)
		}
		if passes < 2 {
			t.Errorf("workers=%d: %d passes: nothing learned late, the test tests nothing", workers, passes)
		}
		mustNotContain(t, fmt.Sprintf("workers=%d", workers), string(m.b[:200]), late...)
		if bytes.Contains(m.b, []byte("kwabena")) || bytes.Contains(m.b, []byte("ngozi.a")) {
			t.Errorf("workers=%d: a name went out", workers)
		}
	}
}

// Code reading a secret from elsewhere names no secret: a traceback's
// password=os.environ["DB_PASS"] had "os.environ[" replaced, which
// mangled the line and hid what failed. A literal after the key still
// goes, and so does a literal default inside the reference.
func TestStruct25SecretReferences(t *testing.T) {
	for _, keep := range []string{
		"Traceback (most recent call last):\n  File \"/srv/setlist/app/db.py\", line 41, in connect\n" +
			"    conn = psycopg2.connect(dsn, password=os.environ[\"DB_PASS\"])\n" +
			"  File \"/usr/lib/python3.12/os.py\", line 714, in __getitem__\n    raise KeyError(key) from None\nKeyError: 'DB_PASS'\n",
		"password=os.environ[\"DB_PASS\"]\n",
		"    token = os.getenv(\"API_TOKEN\")\n",
		"secret: process.env.SECRET\n",
		"    at Object.<anonymous> (/app/server.js:12:19) const apiKey = process.env.STRIPE_API_KEY;\n",
		"api_key=${API_KEY}\n",
		"password=$(cat /run/secrets/db)\n",
		"password=${DB_PASS:-changeme}\n",
		"\"password\": os.Getenv(\"PGPASSWORD\"),\n",
		"secret_key_base = ENV['SECRET_KEY_BASE']\n",
		"        String password = System.getenv(\"DB_PASS\");\n",
		"DATABASES = {'default': {'PASSWORD': settings.DB_PASSWORD, 'HOST': 'db'}}\n",
		"client_secret=keyring.get_password(\"spotify\", user)\n",
		"auth_token: st.secrets[\"tidal\"][\"token\"]\n",
		"const token = import.meta.env.VITE_MIX_TOKEN\n",
	} {
		keepOnePass(t, keep)
	}
	for in, secret := range map[string]string{
		"password=hunter2!\n": "hunter2!",
		"token = \"ghp_16C7e42F292c6912E7710c838347Ae178B4a\"\n":       "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
		"db_password = os.environ.get(\"DB_PASS\", \"Tr0ub4dor&3\")\n": "Tr0ub4dor&3",
		"password=environment\n":                                       "environment",
		"password=env2024.Tr0ub4dor\n":                                 "Tr0ub4dor",
		"password=os.environ[\"DB\"]hunter2\n":                         "hunter2",
	} {
		// (a secret is not learned: it goes where a key names it)
		checkEncodingsOnePass(t, in, secret)
	}
}

// An address spelled with " at " and a real domain whose local part has
// no dot but a '_', '-' or digit ("ngozi_a at outlook.com.ng") went out
// in every encoding: only a dotted local part ("ngozi.a at …") asked
// for it (dottedWord).
func TestStruct25SpokenAddressLocalPart(t *testing.T) {
	for in, secret := range map[string]string{
		"Feedback from ngozi_a at outlook.com.ng: the deck froze on load\n": "ngozi_a",
		"mail ngozi_a at outlook.com.ng\n":                                  "ngozi_a",
		"E-mail: ngozi_a at outlook.com.ng\n":                               "ngozi_a",
		"Reply to: kwabena-o at gmail.com if the crash comes back\n":        "kwabena-o",
		"contact ama88 at mensah-family.co.uk\n":                            "ama88",
		"reach me at thandeka_d at unilag.edu.ng thanks\n":                  "thandeka_d",
	} {
		checkEncodingsOnePass(t, in, secret)
	}
	for _, keep := range []string{
		"worker_1 at tasks.py:42 raised\n", "Exception in thread_main at engine.io\n",
		"render_v2 at engine.audio.render\n", "deck_2 at 128.0 BPM\n", "track_07 at 03:12.5\n",
		"look at file_1.txt\n", "pool-4 at example.de\n", "step_3 at app.cc\n",
		"Unhandled exception: System.NullReferenceException at VirtualDJ.Deck.Load()\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A vCard's number went out in part: Apple's grouped property
// ("item1.TEL;type=CELL;…:+1 (415) 555-0199") left its "+1" (only the
// "(415) 555-0199" that followed was a number to the other detectors),
// and vCard 4's URI value ("TEL;VALUE=uri;TYPE=cell:tel:+1-415-555-0199")
// all of it.
func TestStruct25VcardTelWhole(t *testing.T) {
	in := "BEGIN:VCARD\nVERSION:3.0\nN:Okafor;Chiamaka;;;\nFN:Chiamaka Okafor\n" +
		"item1.TEL;type=CELL;type=VOICE;type=pref:+1 (415) 555-0199\nitem1.X-ABLabel:_$!<Mobile>!$_\n" +
		"item2.TEL:+1 212 555 0147\nTEL;TYPE=CELL:+1 415 555 0173\nEND:VCARD\n" +
		"BEGIN:VCARD\nVERSION:4.0\nFN:Lars Øberg\nTEL;VALUE=uri;TYPE=\"voice,cell\":tel:+1-646-555-0128\n" +
		"TEL;VALUE=uri;TYPE=work:tel:+47-22-55-01-93\nEND:VCARD\n"
	secrets := []string{"415", "0199", "0147", "0173", "0128", "01-93", "+1 ", "+1-", "+47"}
	checkAllEncodings(t, "vcard", in, secrets, "")
	var m memFile
	if _, err := newSession(t, Config{}).ScrubTextRewind(&m, strings.NewReader(in)); err != nil {
		t.Fatal(err)
	}
	mustNotContain(t, "vcard/one pass", string(m.b), secrets...)
	mustKeep(t, "vcard", scrubTwice(t, in), "item1.TEL;type=CELL;type=VOICE;type=pref:<phone-", "item1.X-ABLabel:_$!<Mobile>!$_\n",
		"TEL;VALUE=uri;TYPE=\"voice,cell\":tel:<phone-")
	for _, keep := range []string{
		"item1.TEL;type=CELL:\nitem2.TEL:\nTEL;VALUE=uri:tel:\n",
		"item1.TELEPHONE_COUNT=2\nitems.TEL;x\n",
		"TEL;VALUE=uri:tel:112\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A profile folder named with letters outside ASCII has an 8.3 short name
// Windows writes without them (or folded, or '_' for each):
// C:\Users\NGUYN~1 of Nguyễn, NGUYN~1.VN of nguyễn.văn, JRGEN~1 of
// Jürgen. It took a pseudonym of its own; it takes the long name's now,
// whichever comes first, in every flow.
func TestStruct25AccentedShortName(t *testing.T) {
	for _, c := range []struct{ long, short string }{
		{"Nguyễn", "NGUYN~1"}, {"nguyễn.văn", "NGUYN~1.VN"}, {"nguyễn.văn", "NGUYEN~1"}, {"Jürgen", "JRGEN~1"},
		{"Jürgen", "JURGEN~1"}, {"Søren Ødegård", "SORENO~1"}, {"Zoë", "ZO~1"}, {"Çağla", "CAGLA~1"},
	} {
		long := `C:\Users\` + c.long + `\Music\rekordbox\master.db` + "\n"
		short := `TEMP=C:\Users\` + c.short + `\AppData\Local\Temp` + "\n"
		bare := c.short + " again\n"
		for _, o := range []struct{ name, in string }{
			{"long first", long + short + bare},
			{"short first", short + long + bare},
			{"short in a later chunk", short + strings.Repeat("x 0x1f frame main\n", 3000) + long + bare},
		} {
			for _, learn := range []bool{false, true} {
				for _, workers := range []int{-1, 2} {
					s := newSession(t, Config{})
					s.par.workers, s.par.chunk, s.par.carry = workers, 4<<10, 1<<10
					if learn {
						if err := s.LearnReader(strings.NewReader(o.in)); err != nil {
							t.Fatal(err)
						}
					}
					var out bytes.Buffer
					if err := s.ScrubText(&out, strings.NewReader(o.in)); err != nil {
						t.Fatal(err)
					}
					got := out.String()
					tag := fmt.Sprintf("%s/%s %s learn=%v workers=%d", c.long, c.short, o.name, learn, workers)
					mustNotContain(t, tag, got, c.long, c.short)
					if n := strings.Count(got, "<user-1>"); n != 3 || strings.Contains(got, "<user-2>") {
						t.Errorf("%s: want <user-1> three times, no <user-2>:\n%s", tag, got[:min(len(got), 200)])
					}
				}
			}
		}
	}
	// a short name no learned long name makes keeps its own pseudonym
	in := `C:\Users\NGUYN~1\x.tmp C:\Users\Jürgen\y.tmp JRGEN~1 NGUYN~1`
	s := newSession(t, Config{})
	s.Learn([]byte(in))
	if got, want := s.ScrubString(in), `C:\Users\<user-1>\x.tmp C:\Users\<user-2>\y.tmp <user-2> <user-1>`; got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	for _, keep := range []string{`C:\PROGRA~1\Native Instruments\Traktor Pro 3`, "D:\\DOCUME~1.TXT", `C:\Users\Public\Documents`} {
		mustKeepTwice(t, keep)
	}
}

// A title's letters in wdTitle were written out by hand (M, D, P) while
// titles holds Herr, Frau, Sr, Sra and Srta too: a scan that only scrubs
// (ScrubText without a learn pass, ScrubTextRewind) read "Dr. Ama Owusu"
// before a crate's extension, but not "Sra. Lucía Fernández" (the learn
// pass asks every dotted word, and announcedAt reads a title before a
// name that ends in a blank).
func TestStruct25TitleLetters(t *testing.T) {
	for in, secret := range map[string]string{
		"Loaded crate: Client - Sra. Lucía Fernández.crate\n":      "Fernández",
		"Loaded crate: Client - Srta. Carmen Quispe.crate\n":       "Quispe",
		"Playlist saved: Booking - Herr. Torben Kasprzak.m3u8\n":   "Kasprzak",
		"Playlist saved: Hochzeit - Frau. Wiebke Ostendorf.m3u8\n": "Ostendorf",
		"Loaded crate: Cliente - Sr. Wilber Ccori.crate\n":         "Ccori",
	} {
		for _, workers := range []int{-1, 2} {
			s := newSession(t, Config{})
			s.par.workers = workers
			var out bytes.Buffer
			if err := s.ScrubText(&out, strings.NewReader(in)); err != nil {
				t.Fatal(err)
			}
			mustNotContain(t, in+"/scrub only", out.String(), secret)
		}
		checkBothPaths(t, in, secret)
	}
	for _, keep := range []string{
		"Sat. Dec 6 21:14:07 build finished\n", "Herr.Weber.dll loaded\n", "Frau.", "See Sec. 4 Appendix\n",
		"Loaded crate: Salsa Srta.crate\n", "Hmm. The Deck froze\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A DJ app's track comments and notes name who asked for a track: "req
// by Sipho Dlamini" (rekordbox's Comments), "request from …", "shoutout
// to …", "dedicated to …" kept the name ("requested by" was read).
func TestStruct25TrackRequests(t *testing.T) {
	for in, secret := range map[string]string{
		`    <TRACK TrackID="1" Name="Water" Artist="Tyla" Comments="req by Sipho Dlamini"/>` + "\n": "Dlamini",
		"Comment: request from Nomvula Khumalo (first dance)\n":                                      "Khumalo",
		"Notes: shoutout to Bongani Zulu at 22:00\n":                                                 "Zulu",
		"Cue 3: dedicated to Thandiwe Mokoena (birthday)\n":                                          "Mokoena",
		"#EXTINF:214,Tyla - Water (req by Lerato Ndlovu)\n":                                          "Ndlovu",
	} {
		checkBothPaths(t, in, secret)
	}
	for _, keep := range []string{
		"Download request from Apple Music failed\n", "Shoutout to Native Instruments support\n",
		"req by Beatport LINK timed out\n", "request by Spotify Connect refused\n",
		"Auth request from Serato DJ Pro\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// A person's event named in the owner's language puts the owner after
// "de", "von", "van" or "di" ("Cumpleanos de Valentina Rios", "Geburtstag
// von Jonas Becker"): only "Birthday - Amaka" and "Amaka's Birthday" were
// read.
func TestStruct25OccasionOf(t *testing.T) {
	for in, secret := range map[string]string{
		"[Warn] Crate \"Cumpleanos de Valentina Rios\" has 3 missing files\n": "Valentina",
		"Recording saved: Geburtstag von Jonas Becker.wav\n":                  "Becker",
		"Playlist: Anniversaire de Chloé Martin.m3u8\n":                       "Chloé",
		"Loaded crate: Verjaardag van Daan Visser.crate\n":                    "Visser",
	} {
		checkBothPaths(t, in, secret)
	}
	for _, keep := range []string{
		"Playlist: Anniversaire de Mariage.m3u8\n", "Recording saved: Geburtstag von Oma.wav\n",
		"Crate \"Birthday de Luxe Mix\" loaded\n", "Playlist: Geburtstag von Familie.m3u8\n",
		"see Birthday de la semaine\n",
	} {
		mustKeepTwice(t, keep)
	}
}

// "Sr." before a job's words is "Senior", no "Señor": "Sr. Software
// Engineer" had its two words replaced as a name (announcedAt, and
// titledName), "Sr. Sound Check.crate" too. "Sr. Mateo Gómez" still goes.
func TestStruct25SeniorIsNoTitle(t *testing.T) {
	for _, keep := range []string{
		"Title: Sr. Software Engineer\n", "Sr. Engineer Position\n", "Loaded crate: Sr. Sound Check.crate\n",
		"Role: Sr. Product Manager, Audio Platform\n", "Sr. Data Scientist\n",
	} {
		keepOnePass(t, keep)
	}
	for in, secret := range map[string]string{
		"Nota: el Sr. Mateo Gómez llamó por la boda\n":     "Gómez",
		"Loaded crate: Cliente - Sr. Wilber Ccori.crate\n": "Ccori",
	} {
		checkBothPaths(t, in, secret)
	}
}
