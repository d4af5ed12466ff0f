package consent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"crashd/atomicfile"
	"crashd/report"
)

// FileName is the per-user consent file in the state directory.
const FileName = "consent.json"

// State is the consent in force right now.
type State struct {
	User      Level     `json:"user"`                 // what the user chose (off if never)
	UserSetAt time.Time `json:"user_set_at,omitzero"` // when
	UserErr   string    `json:"user_error,omitempty"` // consent.json unreadable: treated as off
	Policy    Policy    `json:"policy"`               // machine policy (zero if none)
	Effective Level     `json:"effective"`            // what governs uploads
	Endpoint  string    `json:"endpoint,omitempty"`   // pinned upload endpoint, from policy
}

// Allows decides for a newly captured report of the given kind.
func (s State) Allows(kind report.Kind) Decision { return s.Effective.Allows(kind) }

// Store is the consent setting of one state directory plus the machine
// policy. It is safe for concurrent use and across processes: every read
// goes to disk, so `crashd consent set` from another process is seen at the
// next Effective call and announced by Watch within a second.
type Store struct {
	dir, policyPath string
	log             *slog.Logger

	mu sync.Mutex // serialises Set's read-check-write
}

type userFile struct {
	Level Level     `json:"level"`
	SetAt time.Time `json:"set_at"`
}

// Open opens the consent store in stateDir (created if missing) with the
// machine policy file at policyPath ("" for none; see platform for the
// per-OS default). On Windows the registry policy key is read as well and
// wins over the file field by field.
func Open(stateDir, policyPath string, log *slog.Logger) (*Store, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(stateDir, 0o700); err != nil {
		return nil, fmt.Errorf("consent: state dir: %w", err)
	}
	s := &Store{dir: stateDir, policyPath: policyPath, log: log}
	st := s.load()
	if st.Policy.Err != "" {
		log.Warn("consent: machine policy unreadable, uploads disabled", "err", st.Policy.Err)
	}
	if st.UserErr != "" {
		log.Warn("consent: consent file unreadable, treated as off", "err", st.UserErr)
	}
	return s, nil
}

// Effective returns the consent in force, read fresh from disk.
func (s *Store) Effective() State { return s.load() }

// Allows decides for a newly captured report under the consent in force.
func (s *Store) Allows(kind report.Kind) Decision { return s.load().Allows(kind) }

func (s *Store) load() State {
	var st State
	st.Policy = LoadPolicyFile(s.policyPath).merge(osPolicy())
	b, err := os.ReadFile(filepath.Join(s.dir, FileName))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		// Never set: off.
	case err != nil:
		st.UserErr = err.Error()
	default:
		var uf userFile
		if err := json.Unmarshal(b, &uf); err != nil {
			st.UserErr = "consent: " + FileName + ": " + err.Error()
		} else {
			st.User, st.UserSetAt = uf.Level, uf.SetAt.UTC()
		}
	}
	st.Effective = st.Policy.Apply(st.User)
	st.Endpoint = st.Policy.Endpoint
	return st
}

// Set stores the user's level. It is refused (error wrapping ErrPolicy)
// when the machine policy forces another level or caps below l.
func (s *Store) Set(l Level) error {
	if l < Off || l > CrashPerf {
		return fmt.Errorf("consent: invalid level %d", int(l))
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.load()
	if err := st.Policy.check(l); err != nil {
		return err
	}
	b, err := json.Marshal(userFile{Level: l, SetAt: time.Now().UTC()})
	if err != nil {
		return fmt.Errorf("consent: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(s.dir, FileName), append(b, '\n'), 0o600); err != nil {
		return fmt.Errorf("consent: save: %w", err)
	}
	return nil
}

// Watch sends the current State at once and then every changed State until
// ctx ends, when the channel is closed. Only the latest state is kept if
// the receiver is slow. Changes to consent.json (from any process) and to
// the policy file are seen through fsnotify; a 1 s poll covers what
// fsnotify cannot see (the registry, a policy directory created later, a
// watcher that failed to start).
func (s *Store) Watch(ctx context.Context) <-chan State {
	ch := make(chan State, 1)
	go s.watch(ctx, ch)
	return ch
}

func (s *Store) watch(ctx context.Context, ch chan State) {
	defer close(ch)
	last := s.load()
	ch <- last
	publish := func() {
		st := s.load()
		if st == last {
			return
		}
		last = st
		select { // latest value wins
		case <-ch:
		default:
		}
		ch <- st
	}

	var events <-chan fsnotify.Event
	var errs <-chan error
	w, err := fsnotify.NewWatcher()
	if err != nil {
		s.log.Warn("consent: fsnotify unavailable, polling", "err", err)
	} else {
		defer w.Close()
		events, errs = w.Events, w.Errors
		if err := w.Add(s.dir); err != nil {
			s.log.Warn("consent: cannot watch state dir, polling", "dir", s.dir, "err", err)
		}
	}
	policyDirWatched := false
	watchPolicyDir := func() {
		if w == nil || policyDirWatched || s.policyPath == "" {
			return
		}
		if err := w.Add(filepath.Dir(s.policyPath)); err == nil {
			policyDirWatched = true
		}
	}
	watchPolicyDir()

	poll := time.NewTicker(time.Second)
	defer poll.Stop()
	// Events come in bursts (temp file, write, rename); settle briefly.
	var settle *time.Timer
	var settleC <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			base := filepath.Base(ev.Name)
			if base == FileName || (s.policyPath != "" && sameFile(ev.Name, s.policyPath)) {
				if settle == nil {
					settle = time.NewTimer(20 * time.Millisecond)
					settleC = settle.C
				}
			}
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			s.log.Warn("consent: watch error", "err", err)
		case <-settleC:
			settle, settleC = nil, nil
			publish()
		case <-poll.C:
			watchPolicyDir()
			publish()
		}
	}
}

func sameFile(a, b string) bool {
	a, b = filepath.Clean(a), filepath.Clean(b)
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		// Case-insensitive file systems by default.
		return len(a) == len(b) && (a == b || equalFold(a, b))
	}
	return a == b
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
