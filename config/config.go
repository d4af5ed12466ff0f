// Package config loads crashd's TOML configuration. The keys dsn,
// state_dir and [[watch]] path/kind are the contract in DESIGN.md; the rest
// are tunables with safe defaults.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/BurntSushi/toml"
)

// Duration is a time.Duration written as "500ms", "5m" in TOML.
type Duration time.Duration

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("config: duration %q: %w", b, err)
	}
	if v < 0 {
		return fmt.Errorf("config: duration %q is negative", b)
	}
	*d = Duration(v)
	return nil
}

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// D returns the time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// Watch is one watched folder.
type Watch struct {
	Path string `toml:"path"`
	Kind string `toml:"kind"`          // crash | perf
	App  string `toml:"app,omitempty"` // optional: the app whose perf log this is
}

// Pattern is an extra redaction pattern (e.g. an app's license-key format).
type Pattern struct {
	Name  string `toml:"name"`
	Regex string `toml:"regex"`
}

// Redact configures extra redaction.
type Redact struct {
	Patterns []Pattern `toml:"patterns"`
	Allow    []string  `toml:"allow"` // literal values never scrubbed
}

// Perf configures the system sampler and the window around a crash.
type Perf struct {
	Interval  Duration `toml:"interval"`
	Retention Duration `toml:"retention"`
	Before    Duration `toml:"before"`
	After     Duration `toml:"after"`
}

// Upload configures the transport.
type Upload struct {
	Gzip        bool `toml:"gzip"`        // gzip instead of zstd (for endpoints without zstd)
	Concurrency int  `toml:"concurrency"` // parallel uploads
}

// Spool bounds the on-disk queue.
type Spool struct {
	MaxBytes int64    `toml:"max_bytes"`
	MaxCount int      `toml:"max_count"`
	MaxAge   Duration `toml:"max_age"`
}

// CrashLoop limits reports per app+signature.
type CrashLoop struct {
	Max    int      `toml:"max"`
	Window Duration `toml:"window"`
}

// Config is crashd's configuration.
type Config struct {
	DSN           string    `toml:"dsn"`
	StateDir      string    `toml:"state_dir"`
	Watch         []Watch   `toml:"watch"`
	WatchDefaults bool      `toml:"watch_defaults"` // also watch the OS's usual crash folders
	SettleTime    Duration  `toml:"settle_time"`
	MaxFileSize   int64     `toml:"max_file_size"`
	PolicyFile    string    `toml:"policy_file"` // machine policy; default per OS
	System        bool      `toml:"system"`      // machine-wide daemon
	Redact        Redact    `toml:"redact"`
	Perf          Perf      `toml:"perf"`
	Upload        Upload    `toml:"upload"`
	Spool         Spool     `toml:"spool"`
	CrashLoop     CrashLoop `toml:"crash_loop"`

	// Path is the file this config was loaded from ("" for defaults).
	Path string `toml:"-"`
}

// Default returns the defaults; StateDir is left for the caller's per-OS
// default.
func Default() *Config {
	return &Config{
		SettleTime:  Duration(500 * time.Millisecond),
		MaxFileSize: 2 << 30,
		Perf: Perf{
			Interval:  Duration(5 * time.Second),
			Retention: Duration(24 * time.Hour),
			Before:    Duration(5 * time.Minute),
			After:     Duration(30 * time.Second),
		},
		Upload:    Upload{Concurrency: 2},
		Spool:     Spool{MaxBytes: 512 << 20, MaxCount: 1000, MaxAge: Duration(30 * 24 * time.Hour)},
		CrashLoop: CrashLoop{Max: 5, Window: Duration(time.Hour)},
	}
}

// Load reads path over the defaults. SENTRY_DSN overrides dsn.
func Load(path string) (*Config, error) {
	c := Default()
	if path != "" {
		md, err := toml.DecodeFile(path, c)
		if err != nil {
			var pe toml.ParseError
			if errors.As(err, &pe) {
				return nil, fmt.Errorf("config: %s: line %d: %s", path, pe.Position.Line, pe.Message)
			}
			return nil, fmt.Errorf("config: %w", err)
		}
		if und := md.Undecoded(); len(und) > 0 {
			return nil, fmt.Errorf("config: %s: unknown key %q", path, und[0].String())
		}
		c.Path = path
		base := filepath.Dir(path)
		if c.StateDir != "" && !filepath.IsAbs(c.StateDir) {
			c.StateDir = filepath.Join(base, c.StateDir)
		}
		for i := range c.Watch {
			if c.Watch[i].Path != "" && !filepath.IsAbs(c.Watch[i].Path) {
				c.Watch[i].Path = filepath.Join(base, c.Watch[i].Path)
			}
		}
	}
	if v := os.Getenv("SENTRY_DSN"); v != "" {
		c.DSN = v
	}
	return c, c.Validate()
}

// Validate checks values a user can get wrong.
func (c *Config) Validate() error {
	for i, w := range c.Watch {
		if w.Path == "" {
			return fmt.Errorf("config: watch[%d]: path is empty", i)
		}
		switch w.Kind {
		case "crash", "perf":
		case "":
			c.Watch[i].Kind = "crash"
		default:
			return fmt.Errorf("config: watch[%d] %s: kind %q is not crash or perf", i, w.Path, w.Kind)
		}
	}
	if c.Upload.Concurrency <= 0 {
		c.Upload.Concurrency = 1
	}
	if c.Perf.Interval.D() < 10*time.Millisecond {
		return fmt.Errorf("config: perf.interval %s is below 10ms", c.Perf.Interval.D())
	}
	if c.MaxFileSize <= 0 {
		return fmt.Errorf("config: max_file_size must be positive")
	}
	return nil
}

// Encode writes c as TOML (used for the default config file).
func (c *Config) Encode() ([]byte, error) {
	var b []byte
	w := &sliceWriter{&b}
	if err := toml.NewEncoder(w).Encode(c); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return b, nil
}

type sliceWriter struct{ b *[]byte }

func (s *sliceWriter) Write(p []byte) (int, error) { *s.b = append(*s.b, p...); return len(p), nil }
