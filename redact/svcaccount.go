package redact

// serviceAccount: the account v, split into the words f, names a program
// that runs as it, not a person ("bug-watch-updater", "backup_agent",
// "gitlab-runner"): lowercase words joined by '-' or '_' whose last is
// what a daemon is. Its words are common ones, learned alone they would
// go from every line ("bug", "watch"): only the whole name is replaced.
func serviceAccount(v string, f []string) bool {
	if len(f) < 2 || !serviceNouns[f[len(f)-1]] {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !(c >= 'a' && c <= 'z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// serviceNouns end the names of daemons' and jobs' accounts.
var serviceNouns = wordSet(`updater updaters watcher watch daemon agent worker workers helper runner bot bots monitor sync
	service svc manager server proxy indexer notifier collector exporter builder scheduler uploader downloader
	scanner checker reporter cleaner handler listener launcher logger relay gateway mirror cron job jobs task tasks
	hook hooks ci deploy deployer admin robot automation importer fetcher poller crawler`)
