package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"crashd/config"
	"crashd/daemon"
	"crashd/daemon/consent"
	"crashd/daemon/spool"
	"crashd/localapi"
	"crashd/ticket"
)

func cmdRun(e *env, args []string) int {
	fs, cfgPath := flags(e, "run")
	verbose := fs.Bool("verbose", false, "debug logging")
	_, code, ok := parseN(e, fs, args, 0)
	if !ok {
		return code
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(e, err)
	}
	level := slogLevelInfo
	if *verbose {
		level = slogLevelDebug
	}
	log := logger(e.stderr, level)
	daemon.Version = Version
	return runService(e, cfg, func(ctx context.Context) error {
		d, err := daemon.New(cfg, log)
		if err != nil {
			return err
		}
		defer d.Close()
		return d.Run(ctx)
	})
}

// client dials the daemon of cfg, with a clear error when none runs.
func client(ctx context.Context, cfg *config.Config) (*localapi.Client, error) {
	c, err := localapi.Dial(ctx, localapi.Address(cfg.StateDir))
	if err != nil {
		return nil, fmt.Errorf("the crashd daemon is not running (state dir %s): start it with `crashd start` or `crashd run`", cfg.StateDir)
	}
	return c, nil
}

func cmdReport(e *env, args []string) int {
	fs, cfgPath := flags(e, "report")
	wait := fs.Bool("wait", false, "wait until the report is uploaded, held or failed")
	asJSON := fs.Bool("json", false, "print JSON")
	app := fs.String("app", "", "app name")
	appVer := fs.String("app-version", "", "app version")
	comment := fs.String("comment", "", "what the user was doing")
	timeout := fs.Duration("timeout", 60*time.Second, "with --wait: give up after this long")
	pos, code, ok := parseN(e, fs, args, 1)
	if !ok {
		return code
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(e, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), *timeout+10*time.Second)
	defer cancel()
	cl, err := client(ctx, cfg)
	if err != nil {
		return fail(e, err)
	}
	defer cl.Close()
	ts, err := cl.Report(ctx, pos[0], localapi.Request{App: *app, AppVersion: *appVer, Comment: *comment, Wait: *wait, TimeoutMS: timeout.Milliseconds()})
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		printJSON(e.stdout, ts)
	} else {
		fmt.Fprintf(e.stdout, "Ticket %s  state %s", ts.Ticket, ts.State)
		if ts.Reason != "" {
			fmt.Fprintf(e.stdout, " (%s)", ts.Reason)
		}
		fmt.Fprintln(e.stdout)
		if ts.State == string(spool.StateHeld) {
			fmt.Fprintf(e.stdout, "Held on this computer: error reporting is not allowed. Send it with: crashd send %s\n", ts.Ticket)
		}
	}
	if *wait && (ts.State == string(spool.StateFailed) || ts.State == string(spool.StateDeleted)) {
		return exitFail
	}
	return exitOK
}

func cmdSend(e *env, args []string) int {
	fs, cfgPath := flags(e, "send")
	wait := fs.Bool("wait", false, "wait until uploaded")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, code, ok := parseN(e, fs, args, 1)
	if !ok {
		return code
	}
	tk, err := ticket.Parse(pos[0])
	if err != nil {
		return fail(e, err)
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(e, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cl, err := client(ctx, cfg)
	if err != nil {
		return fail(e, err)
	}
	defer cl.Close()
	ts, err := cl.Approve(ctx, localapi.Request{Ticket: tk, Wait: *wait})
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		return printJSON(e.stdout, ts)
	}
	fmt.Fprintf(e.stdout, "Ticket %s  state %s\n", ts.Ticket, ts.State)
	return exitOK
}

// offlineSpool opens the spool directly when no daemon runs (holding the
// state lock so none starts meanwhile).
func offlineSpool(cfg *config.Config) (*spool.Spool, func(), error) {
	unlock, err := daemon.Lock(cfg.StateDir)
	if err != nil {
		return nil, nil, err
	}
	sp, err := spool.Open(cfg.StateDir+string(os.PathSeparator)+"spool", spool.Limits{}, logger(os.Stderr, slogLevelWarn))
	if err != nil {
		unlock()
		return nil, nil, err
	}
	return sp, unlock, nil
}

// dialOrOffline connects to the running daemon, or, when none runs, opens
// the spool directly under the state lock. A daemon that holds the lock
// but is still starting gets a few seconds to open its API.
func dialOrOffline(ctx context.Context, cfg *config.Config) (*localapi.Client, *spool.Spool, func(), error) {
	deadline := time.Now().Add(5 * time.Second)
	for {
		if cl, err := localapi.Dial(ctx, localapi.Address(cfg.StateDir)); err == nil {
			return cl, nil, nil, nil
		}
		sp, unlock, err := offlineSpool(cfg)
		if err == nil {
			return nil, sp, unlock, nil
		}
		if !errors.Is(err, daemon.ErrLocked) {
			return nil, nil, nil, err
		}
		if time.Now().After(deadline) {
			return nil, nil, nil, fmt.Errorf("the daemon holds %s but does not answer on its local API", cfg.StateDir)
		}
		select {
		case <-ctx.Done():
			return nil, nil, nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// withDaemon runs online against the running daemon, or offline against
// the spool when no daemon runs.
func withDaemon(ctx context.Context, cfg *config.Config, online func(*localapi.Client) error, offline func(*spool.Spool) error) error {
	cl, sp, unlock, err := dialOrOffline(ctx, cfg)
	if err != nil {
		return err
	}
	if cl != nil {
		defer cl.Close()
		return online(cl)
	}
	defer unlock()
	return offline(sp)
}

func cmdHistory(e *env, args []string) int {
	fs, cfgPath := flags(e, "history")
	asJSON := fs.Bool("json", false, "print JSON")
	_, code, ok := parseN(e, fs, args, 0)
	if !ok {
		return code
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(e, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var h []localapi.HistoryEntry
	err = withDaemon(ctx, cfg, func(cl *localapi.Client) (err error) {
		h, err = cl.History(ctx)
		return err
	}, func(sp *spool.Spool) error {
		h = daemon.HistoryEntries(sp.List())
		return nil
	})
	if err != nil {
		return fail(e, err)
	}
	if *asJSON {
		if h == nil {
			h = []localapi.HistoryEntry{}
		}
		return printJSON(e.stdout, h)
	}
	if len(h) == 0 {
		fmt.Fprintln(e.stdout, "no reports yet")
		return exitOK
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TICKET\tKIND\tAPP\tSTATE\tSIZE\tCAPTURED\tREASON")
	for _, r := range h {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\n", r.Ticket, r.Kind, r.App, r.State, r.Size, r.CapturedAt.Local().Format("2006-01-02 15:04:05"), r.Reason)
	}
	tw.Flush()
	return exitOK
}

func cmdStatus(e *env, args []string) int {
	fs, cfgPath := flags(e, "status")
	asJSON := fs.Bool("json", false, "print JSON")
	_, code, ok := parseN(e, fs, args, 0)
	if !ok {
		return code
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(e, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var st localapi.Status
	err = withDaemon(ctx, cfg, func(cl *localapi.Client) (err error) {
		st, err = cl.Status(ctx)
		return err
	}, func(sp *spool.Spool) error {
		cs, err := consent.Open(cfg.StateDir, cfg.PolicyFile, logger(e.stderr, slogLevelWarn))
		if err != nil {
			return err
		}
		st = daemon.StatusOf(sp, cs.Effective())
		st.StateDir = cfg.StateDir
		return nil
	})
	if err != nil {
		return fail(e, err)
	}
	svc := serviceState(cfg)
	if *asJSON {
		return printJSON(e.stdout, struct {
			localapi.Status
			Service string `json:"service"`
		}{st, svc})
	}
	run := "not running"
	if st.Running {
		run = fmt.Sprintf("running (pid %d, since %s)", st.PID, st.StartedAt.Local().Format("2006-01-02 15:04:05"))
	}
	fmt.Fprintf(e.stdout, "daemon:    %s\nservice:   %s\nconsent:   %s", run, svc, st.Consent.Effective)
	if st.Consent.Policy != "" {
		fmt.Fprintf(e.stdout, " (%s)", st.Consent.Policy)
	}
	fmt.Fprintln(e.stdout)
	fmt.Fprintf(e.stdout, "reports:  ")
	for _, k := range sortedKeys(st.Counts) {
		fmt.Fprintf(e.stdout, " %s=%d", k, st.Counts[k])
	}
	fmt.Fprintf(e.stdout, "\nspool:     %d bytes in %s\n", st.SpoolBytes, st.StateDir)
	if !st.LastSent.IsZero() {
		fmt.Fprintf(e.stdout, "last sent: %s\n", st.LastSent.Local().Format("2006-01-02 15:04:05"))
	}
	if st.LastError != "" {
		fmt.Fprintf(e.stdout, "error:     %s\n", st.LastError)
	}
	return exitOK
}
