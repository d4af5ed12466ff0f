package receiver

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	"crashd/receiver/store"
	"crashd/report"
	"crashd/ticket"
)

// Exit statuses.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

const usageText = `crashrecv — the bundled crash report receiver

Usage:
  crashrecv serve  [--listen ADDR] [--data DIR] [--tls-cert FILE --tls-key FILE]
                   [--allow-plain-http] [--retention DUR] [--public-url URL]
  crashrecv list   [--server URL] [--token T] [--data DIR] [--json] [--limit N]
  crashrecv fetch  TICKET [--server URL] [--token T] [--data DIR] [--json] [--out DIR]
  crashrecv delete TICKET [--server URL] [--token T] [--data DIR]

serve prints its DSN and support token on first start and keeps them in
DATA/receiver.json. The support commands read the server URL and token from
there unless --server/--token (or CRASHRECV_SERVER/CRASHRECV_TOKEN) are given.
A ticket with a wrong check symbol is refused before any lookup.

Run "crashrecv COMMAND --help" for a command's options.
Exit status: 0 ok, 1 failure, 2 usage error.
`

// Main runs the crashrecv command line and returns the exit status.
func Main(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return Run(ctx, args, stdout, stderr)
}

// Run is Main with a context whose end stops "serve" gracefully.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usageText)
		return exitUsage
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		fmt.Fprint(stdout, usageText)
		return exitOK
	case "serve":
		return cmdServe(ctx, args[1:], stdout, stderr)
	case "list":
		return cmdList(ctx, args[1:], stdout, stderr)
	case "fetch":
		return cmdFetch(ctx, args[1:], stdout, stderr)
	case "delete":
		return cmdDelete(ctx, args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "crashrecv: unknown command %q\n\n%s", args[0], usageText)
	return exitUsage
}

// parse parses flags that may come before or after positional arguments
// ("fetch TICKET --json" and "fetch --json TICKET" both work). done means
// the command ends here with code: help was printed, or bad flags were
// reported with the usage.
func parse(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) (pos []string, code int, done bool) {
	fs.SetOutput(io.Discard)
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, exitOK, true
		}
		if err != nil {
			return nil, usageErr(stderr, fs, "bad arguments"), true
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, 0, false
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), 0, false
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func newFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: crashrecv %s\n\nOptions:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// usageErr reports a usage error the way flag parsing failures are.
func usageErr(stderr io.Writer, fs *flag.FlagSet, format string, a ...any) int {
	fmt.Fprintf(stderr, "crashrecv %s: %s\n", fs.Name(), fmt.Sprintf(format, a...))
	fs.SetOutput(stderr)
	fs.Usage()
	return exitUsage
}

// parseRetention accepts Go durations plus a "d" (days) suffix; 0 keeps
// reports forever.
func parseRetention(s string) (time.Duration, error) {
	if s == "0" || s == "" {
		return 0, nil
	}
	if d, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseFloat(d, 64)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("bad retention %q", s)
		}
		return time.Duration(n * 24 * float64(time.Hour)), nil
	}
	v, err := time.ParseDuration(s)
	if err != nil || v < 0 {
		return 0, fmt.Errorf("bad retention %q", s)
	}
	return v, nil
}

func isLoopbackHost(h string) bool {
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(strings.Trim(h, "[]"))
	return ip != nil && ip.IsLoopback()
}

func cmdServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "serve [options]", stderr)
	listen := fs.String("listen", "127.0.0.1:8765", "address to listen on (host:port; port 0 picks a free one)")
	data := fs.String("data", DefaultDataDir(), "data directory (database, attachments, receiver.json)")
	certFile := fs.String("tls-cert", "", "TLS certificate file (PEM)")
	keyFile := fs.String("tls-key", "", "TLS private key file (PEM)")
	plain := fs.Bool("allow-plain-http", false, "allow plain HTTP on a non-loopback address (behind a TLS proxy)")
	retention := fs.String("retention", "90d", `delete reports older than this ("30d", "720h"; 0 keeps them)`)
	publicURL := fs.String("public-url", "", "base URL clients reach this server at, for the DSN (default: from --listen)")
	rate := fs.Float64("rate-limit", DefaultRateLimit, "events per second per key before answering 429 (0: no limit)")
	burst := fs.Int("rate-burst", DefaultRateBurst, "events a key may send at once above the rate")
	maxBody := fs.Int64("max-body", DefaultMaxBody, "largest request body in bytes, as sent")
	maxDec := fs.Int64("max-decompressed", DefaultMaxDecompressed, "largest request body in bytes after decompression")
	pos, code, done := parse(fs, args, stdout, stderr)
	if done {
		return code
	}
	if len(pos) > 0 {
		return usageErr(stderr, fs, "unexpected argument %q", pos[0])
	}
	if (*certFile == "") != (*keyFile == "") {
		return usageErr(stderr, fs, "--tls-cert and --tls-key go together")
	}
	ret, err := parseRetention(*retention)
	if err != nil {
		return usageErr(stderr, fs, "%v", err)
	}
	host, _, err := net.SplitHostPort(*listen)
	if err != nil {
		return usageErr(stderr, fs, "bad --listen %q: %v", *listen, err)
	}
	useTLS := *certFile != ""
	if !useTLS && !*plain && !isLoopbackHost(host) {
		return usageErr(stderr, fs, "plain HTTP on %q would expose reports and the support token; use --tls-cert/--tls-key, a loopback address, or --allow-plain-http behind a TLS proxy", *listen)
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	var tlsCfg *tls.Config
	if useTLS {
		cert, err := tls.LoadX509KeyPair(*certFile, *keyFile)
		if err != nil {
			fmt.Fprintf(stderr, "crashrecv serve: %v\n", err)
			return exitFailure
		}
		tlsCfg = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	}
	if err := os.MkdirAll(*data, 0o700); err != nil {
		fmt.Fprintf(stderr, "crashrecv serve: %v\n", err)
		return exitFailure
	}
	st, err := store.Open(*data, log)
	if err != nil {
		fmt.Fprintf(stderr, "crashrecv serve: %v\n", err)
		return exitFailure
	}
	defer st.Close()
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		fmt.Fprintf(stderr, "crashrecv serve: %v\n", err)
		return exitFailure
	}
	scheme := "http"
	if useTLS {
		scheme = "https"
	}
	dsnHost := ln.Addr().String()
	if h, p, _ := net.SplitHostPort(dsnHost); net.ParseIP(h) != nil && net.ParseIP(h).IsUnspecified() {
		// Listening on every interface: name the machine, not 0.0.0.0.
		name, _ := os.Hostname()
		if name == "" {
			name = "localhost"
		}
		dsnHost = net.JoinHostPort(name, p)
	}
	if *publicURL != "" {
		u, err := url.Parse(*publicURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			ln.Close()
			return usageErr(stderr, fs, "bad --public-url %q", *publicURL)
		}
		scheme, dsnHost = u.Scheme, u.Host
	}
	state, dsn, created, err := ensureState(*data, scheme, dsnHost)
	if err != nil {
		ln.Close()
		fmt.Fprintf(stderr, "crashrecv serve: %v\n", err)
		return exitFailure
	}
	rl := *rate
	if rl <= 0 {
		rl = -1
	}
	srv, err := NewServer(Options{
		Store: st, Logger: log, ProjectID: dsn.ProjectID, PublicKey: dsn.PublicKey, SupportToken: state.SupportToken,
		MaxBody: *maxBody, MaxDecompressed: *maxDec, RateLimit: rl, RateBurst: *burst,
	})
	if err != nil {
		ln.Close()
		fmt.Fprintf(stderr, "crashrecv serve: %v\n", err)
		return exitFailure
	}
	fmt.Fprintf(stdout, "crashrecv listening on %s://%s\n", scheme, ln.Addr())
	fmt.Fprintf(stdout, "DSN:           %s\n", state.DSN)
	if created {
		fmt.Fprintf(stdout, "support token: %s\n", state.SupportToken)
	}
	fmt.Fprintf(stdout, "support page:  %s/support/ (token in %s)\n", dsn.ServerURL(), filepath.Join(*data, StateFile))
	hs := &http.Server{
		Handler:           srv.Handler(),
		TLSConfig:         tlsCfg,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       5 * time.Minute, // a 20 MB upload over a slow uplink
		WriteTimeout:      5 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelDebug),
	}
	var bg sync.WaitGroup
	defer bg.Wait() // before the deferred store close
	bgctx, stopBG := context.WithCancel(ctx)
	defer stopBG()
	if ret > 0 {
		bg.Add(1)
		go func() {
			defer bg.Done()
			retentionLoop(bgctx, st, ret, log)
		}()
	}
	errc := make(chan error, 1)
	go func() {
		if useTLS {
			errc <- hs.ServeTLS(ln, "", "")
		} else {
			errc <- hs.Serve(ln)
		}
	}()
	select {
	case err := <-errc:
		fmt.Fprintf(stderr, "crashrecv serve: %v\n", err)
		return exitFailure
	case <-ctx.Done():
	}
	log.Info("crashrecv: shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		log.Warn("crashrecv: shutdown", "err", err)
	}
	return exitOK
}

func retentionLoop(ctx context.Context, st *store.Store, ret time.Duration, log *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		n, err := st.PurgeBefore(ctx, time.Now().Add(-ret))
		if err != nil && ctx.Err() == nil {
			log.Warn("crashrecv: retention", "err", err)
		} else if n > 0 {
			log.Info("crashrecv: retention removed old reports", "count", n, "older_than", ret)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// clientFlags are the support commands' shared options.
type clientFlags struct {
	server, token, data *string
	plain               *bool
}

func addClientFlags(fs *flag.FlagSet) *clientFlags {
	return &clientFlags{
		server: fs.String("server", "", "receiver base URL (default: $CRASHRECV_SERVER, else the DSN host in DATA/receiver.json)"),
		token:  fs.String("token", "", "support token (default: $CRASHRECV_TOKEN, else DATA/receiver.json)"),
		data:   fs.String("data", DefaultDataDir(), "receiver data directory to read receiver.json from"),
		plain:  fs.Bool("allow-plain-http", false, "allow sending the token over plain HTTP to a non-loopback server"),
	}
}

func (cf *clientFlags) client() (*Client, error) {
	server, token := *cf.server, *cf.token
	if server == "" {
		server = os.Getenv("CRASHRECV_SERVER")
	}
	if token == "" {
		token = os.Getenv("CRASHRECV_TOKEN")
	}
	if server == "" || token == "" {
		st, err := LoadState(*cf.data)
		if err != nil {
			return nil, fmt.Errorf("no --server/--token given and %w", err)
		}
		if token == "" {
			token = st.SupportToken
		}
		if server == "" {
			d, err := ParseDSN(st.DSN)
			if err != nil {
				return nil, err
			}
			server = d.ServerURL()
		}
	}
	u, err := url.Parse(server)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("bad server URL %q", server)
	}
	if u.Scheme == "http" && !isLoopbackHost(u.Hostname()) && !*cf.plain {
		return nil, fmt.Errorf("refusing to send the support token over plain HTTP to %s (use https or --allow-plain-http)", u.Host)
	}
	return &Client{Server: server, Token: token}, nil
}

func failf(stderr io.Writer, cmd string, err error) int {
	fmt.Fprintf(stderr, "crashrecv %s: %v\n", cmd, err)
	return exitFailure
}

func cmdList(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("list", "list [options]", stderr)
	cf := addClientFlags(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	limit := fs.Int("limit", 50, "how many reports, newest first (at most 1000)")
	pos, code, done := parse(fs, args, stdout, stderr)
	if done {
		return code
	}
	if len(pos) > 0 {
		return usageErr(stderr, fs, "unexpected argument %q", pos[0])
	}
	c, err := cf.client()
	if err != nil {
		return failf(stderr, "list", err)
	}
	reps, err := c.List(ctx, *limit)
	if err != nil {
		return failf(stderr, "list", err)
	}
	if *asJSON {
		if reps == nil {
			reps = []ReportSummary{}
		}
		return printJSON(stdout, reps)
	}
	if len(reps) == 0 {
		fmt.Fprintln(stdout, "no reports")
		return exitOK
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RECEIVED\tTICKET\tEVENT ID\tKIND\tAPP\tREASON\tBODY\tATTACHMENTS")
	for _, r := range reps {
		tk := r.Ticket
		if tk == "" {
			tk = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d (%s)\n", r.ReceivedAt.Local().Format("2006-01-02 15:04:05"), tk, r.EventID,
			r.Kind, strings.TrimSpace(r.App+" "+r.AppVersion), trunc(r.Reason, 40), humanBytes(uint64(r.BodySize)),
			len(r.Attachments), humanBytes(uint64(r.AttachBytes)))
	}
	_ = tw.Flush()
	return exitOK
}

func trunc(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

func printJSON(w io.Writer, v any) int {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		fmt.Fprintf(w, "crashrecv: %v\n", err)
		return exitFailure
	}
	_, _ = w.Write(append(b, '\n'))
	return exitOK
}

// oneKey parses the TICKET argument of fetch and delete: the check symbol
// is verified before anything else happens.
func oneKey(fs *flag.FlagSet, pos []string, stderr io.Writer) (string, int) {
	if len(pos) != 1 {
		return "", usageErr(stderr, fs, "need exactly one TICKET")
	}
	k, err := LookupKey(pos[0])
	if err != nil {
		fmt.Fprintf(stderr, "crashrecv %s: %v: %q\n", fs.Name(), ticket.ErrInvalid, pos[0])
		return "", exitFailure
	}
	return k, exitOK
}

func cmdFetch(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("fetch", "fetch TICKET [options]   (TICKET may also be a 32-hex event id)", stderr)
	cf := addClientFlags(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	out := fs.String("out", "", "write report.json and the attachments into this directory")
	pos, code, done := parse(fs, args, stdout, stderr)
	if done {
		return code
	}
	key, code := oneKey(fs, pos, stderr)
	if code != exitOK {
		return code
	}
	c, err := cf.client()
	if err != nil {
		return failf(stderr, "fetch", err)
	}
	resp, err := c.Get(ctx, key)
	if err != nil {
		if IsNotFound(err) {
			return failf(stderr, "fetch", fmt.Errorf("no report with ticket %s", key))
		}
		return failf(stderr, "fetch", err)
	}
	if *out != "" {
		if err := writeOut(ctx, c, resp, *out, stderr); err != nil {
			return failf(stderr, "fetch", err)
		}
	}
	if *asJSON {
		return printJSON(stdout, resp)
	}
	rep, err := decodeReport(resp.Report)
	if err != nil {
		return failf(stderr, "fetch", fmt.Errorf("report: %w", err))
	}
	printReport(stdout, resp, rep)
	if *out != "" {
		fmt.Fprintf(stdout, "\nWritten to %s\n", *out)
	}
	return exitOK
}

// writeOut saves report.json and each attachment (checked against the
// stored SHA-256) into dir.
func writeOut(ctx context.Context, c *Client, resp *ReportResponse, dir string, stderr io.Writer) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	var pretty any
	if err := json.Unmarshal(resp.Report, &pretty); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	b, _ := json.MarshalIndent(pretty, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, "report.json"), append(b, '\n'), 0o600); err != nil {
		return err
	}
	used := map[string]bool{"report.json": true}
	for _, a := range resp.Attachments {
		name := safeFileName(a.Name)
		if used[strings.ToLower(name)] {
			name = fmt.Sprintf("%d-%s", a.Seq, name)
		}
		used[strings.ToLower(name)] = true
		if err := download(ctx, c, resp.EventID, a, filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	return nil
}

func download(ctx context.Context, c *Client, eventID string, a store.Attachment, path string) error {
	rc, err := c.Attachment(ctx, eventID, a.Seq)
	if err != nil {
		return fmt.Errorf("attachment %q: %w", a.Name, err)
	}
	defer rc.Close()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	h := sha256.New()
	_, err = io.Copy(io.MultiWriter(f, h), rc)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("attachment %q: %w", a.Name, err)
	}
	if got := hex.EncodeToString(h.Sum(nil)); a.SHA256 != "" && got != a.SHA256 {
		return fmt.Errorf("attachment %q: checksum mismatch (got %s, want %s)", a.Name, got, a.SHA256)
	}
	return nil
}

// safeFileName makes a client-supplied attachment name safe to create in
// the output directory: a plain base name, no separators or dot names.
func safeFileName(n string) string {
	n = baseName(strings.ReplaceAll(n, `\`, "/"))
	n = strings.Map(func(r rune) rune {
		switch {
		case r < 0x20, r == 0x7f, strings.ContainsRune(`/\:*?"<>|`, r):
			return '_'
		}
		return r
	}, n)
	n = strings.TrimLeft(n, ".")
	if n == "" {
		n = "attachment"
	}
	return n
}

func printReport(w io.Writer, resp *ReportResponse, r *report.Report) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	row := func(k, v string) {
		if strings.TrimSpace(v) != "" {
			fmt.Fprintf(tw, "%s\t%s\n", k, v)
		}
	}
	tk := resp.Ticket
	if tk == "" {
		tk = "(none)"
	}
	row("Ticket", tk)
	row("Event id", resp.EventID)
	row("Received", resp.ReceivedAt.Local().Format(time.RFC3339))
	if !r.CrashedAt.IsZero() {
		row("Crashed", r.CrashedAt.Local().Format(time.RFC3339))
	}
	app := strings.TrimSpace(r.App.Name + " " + r.App.Version)
	if r.App.Build != "" {
		app += " (build " + r.App.Build + ")"
	}
	row("App", app)
	kind := string(r.Kind)
	if r.Format != "" || r.Platform != "" {
		kind += " (" + strings.Trim(r.Format+", "+r.Platform, ", ") + ")"
	}
	row("Kind", kind)
	row("Consent", r.Consent)
	row("Crash", crashLine(r))
	_ = tw.Flush()

	if fr := r.CrashedFrames(); len(fr) > 0 {
		th := r.Crash.Threads[max(r.Crash.CrashedThread, 0)]
		for _, t := range r.Crash.Threads {
			if t.Crashed {
				th = t
				break
			}
		}
		if r.Crash.CrashedThread >= 0 && r.Crash.CrashedThread < len(r.Crash.Threads) {
			th = r.Crash.Threads[r.Crash.CrashedThread]
		}
		name := fmt.Sprintf("id %d", th.ID)
		if th.Name != "" {
			name += ", " + th.Name
		}
		fmt.Fprintf(w, "\nCrashed thread (%s), top frames:\n", name)
		n := min(len(fr), 12)
		for i := 0; i < n; i++ {
			fmt.Fprintf(w, "  %2d  %s\n", i, frameLine(fr[i]))
		}
		if len(fr) > n {
			fmt.Fprintf(w, "      … %d more\n", len(fr)-n)
		}
	}
	if r.UserComment != "" {
		fmt.Fprintf(w, "\nUser comment: %s\n", r.UserComment)
	}
	if hw := hardwareRows(r.System); len(hw) > 0 {
		fmt.Fprintln(w, "\nSystem:")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, kv := range hw {
			fmt.Fprintf(tw, "  %s\t%s\n", kv.K, kv.V)
		}
		_ = tw.Flush()
	} else {
		fmt.Fprintln(w, "\nSystem: no snapshot in this report")
	}
	if pt := perfText(r); len(pt) > 0 {
		fmt.Fprintln(w, "\nPerformance around the crash:")
		for _, l := range pt {
			fmt.Fprintf(w, "  %s\n", l)
		}
	} else {
		fmt.Fprintln(w, "\nPerformance around the crash: no samples")
	}
	fmt.Fprintf(w, "\nRedaction: %s\n", redactionLine(r.Redaction))
	if len(resp.Attachments) > 0 {
		fmt.Fprintln(w, "\nAttachments:")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, a := range resp.Attachments {
			fmt.Fprintf(tw, "  %d\t%s\t%s\t%s\n", a.Seq, a.Name, a.Type, humanBytes(uint64(a.Size)))
		}
		_ = tw.Flush()
	}
}

func cmdDelete(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("delete", "delete TICKET [options]", stderr)
	cf := addClientFlags(fs)
	pos, code, done := parse(fs, args, stdout, stderr)
	if done {
		return code
	}
	key, code := oneKey(fs, pos, stderr)
	if code != exitOK {
		return code
	}
	c, err := cf.client()
	if err != nil {
		return failf(stderr, "delete", err)
	}
	if err := c.Delete(ctx, key); err != nil {
		if IsNotFound(err) {
			return failf(stderr, "delete", fmt.Errorf("no report with ticket %s", key))
		}
		return failf(stderr, "delete", err)
	}
	fmt.Fprintf(stdout, "deleted %s\n", key)
	return exitOK
}
