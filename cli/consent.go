package cli

import (
	"fmt"

	"crashd/daemon/consent"
)

// cmdConsent works with or without a running daemon: the setting is a file
// in the state directory, and a running daemon watches it.
func cmdConsent(e *env, args []string) int {
	fs, cfgPath := flags(e, "consent")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, code, ok := parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 || (pos[0] == "show" && len(pos) != 1) || (pos[0] == "set" && len(pos) != 2) || (pos[0] != "show" && pos[0] != "set") {
		fmt.Fprintln(e.stderr, "crashd consent: use `consent show` or `consent set off|ask|crash|crash+perf`")
		return exitUsage
	}
	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		return fail(e, err)
	}
	st, err := consent.Open(cfg.StateDir, cfg.PolicyFile, logger(e.stderr, slogLevelWarn))
	if err != nil {
		return fail(e, err)
	}
	if pos[0] == "set" {
		lvl, err := consent.Parse(pos[1])
		if err != nil {
			fmt.Fprintln(e.stderr, "crashd consent:", err)
			return exitUsage
		}
		if err := st.Set(lvl); err != nil {
			return fail(e, err)
		}
	}
	s := st.Effective()
	if *asJSON {
		return printJSON(e.stdout, s)
	}
	fmt.Fprintf(e.stdout, "consent: %s", s.Effective)
	if s.Effective != s.User {
		fmt.Fprintf(e.stdout, " (you chose %s; machine policy %s)", s.User, s.Policy.Source)
	}
	fmt.Fprintln(e.stdout)
	if s.Policy.Err != "" {
		fmt.Fprintln(e.stdout, "policy error (uploads off until fixed):", s.Policy.Err)
	}
	if s.Endpoint != "" {
		fmt.Fprintln(e.stdout, "upload endpoint pinned by policy:", s.Endpoint)
	}
	return exitOK
}
