package redact

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"
)

// genJSONLines builds a JSON Lines app log of about size bytes, as
// structured loggers (zap, pino, serilog) write one: fixed fields, numbers,
// and the varied text of genLogs as each line's message.
func genJSONLines(size int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x51ed27))
	text := genLogs(size, seed)
	levels := []string{"debug", "info", "info", "info", "warn", "error"}
	loggers := []string{"audio.engine", "deck.controller", "library.scan", "midi", "sync.cloud", "ui"}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for len(text) > 0 && b.Len() < size {
		k := bytes.IndexByte(text, '\n')
		if k < 0 {
			k = len(text)
		}
		msg := string(text[:k])
		text = text[min(k+1, len(text)):]
		ev := struct {
			TS     string  `json:"ts"`
			Level  string  `json:"level"`
			Logger string  `json:"logger"`
			Caller string  `json:"caller"`
			Msg    string  `json:"msg"`
			Deck   int     `json:"deck"`
			BPM    float64 `json:"bpm"`
			Took   int     `json:"took_ms"`
			Trace  string  `json:"trace_id"`
		}{
			TS:     fmt.Sprintf("2024-%02d-%02dT%02d:%02d:%02d.%03dZ", 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60), r.IntN(1000)),
			Level:  levels[r.IntN(len(levels))],
			Logger: loggers[r.IntN(len(loggers))],
			Caller: fmt.Sprintf("engine/mixer.go:%d", r.IntN(900)),
			Msg:    msg,
			Deck:   r.IntN(4),
			BPM:    float64(6000+r.IntN(12000)) / 100,
			Took:   r.IntN(5000),
			Trace:  fmt.Sprintf("%016x%016x", r.Uint64(), r.Uint64()),
		}
		if err := enc.Encode(ev); err != nil {
			panic(err)
		}
	}
	return b.Bytes()
}

var benchJSON = func() func() []byte {
	var d []byte
	return func() []byte {
		if d == nil {
			d = genJSONLines(16<<20, 1)
		}
		return d
	}
}()

// BenchmarkScrubJSONVsZstd measures ScrubJSON (what the daemon runs on a
// JSON Lines log, after learning from it) against zstd -3 on the same
// bytes in the same run; >= 1 means at least as fast.
func BenchmarkScrubJSONVsZstd(b *testing.B) {
	benchVsZstd(b, benchJSON(), "scrubjson", func(s *Session, r io.Reader) error { return s.ScrubJSON(io.Discard, r) })
}

// hostileJSON are JSON inputs shaped to find superlinear paths of
// ScrubJSON: a new user on every line of JSON Lines, deep nesting, one
// object with thousands of keys, a long array of addresses.
var hostileJSON = map[string]func(n int) []byte{
	"new-user-per-line": func(n int) []byte {
		var b bytes.Buffer
		for k := 0; b.Len() < n; k++ {
			fmt.Fprintf(&b, `{"user":"u%dx%c","path":"/home/u%dx%c/a"}`+"\n", k, 'a'+k%26, k, 'a'+k%26)
		}
		return b.Bytes()
	},
	"deep-arrays": func(n int) []byte { return append(bytes.Repeat([]byte("["), n/2), bytes.Repeat([]byte("]"), n/2)...) },
	"distinct-keys": func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("{")
		for k := 0; b.Len() < n; k++ {
			fmt.Fprintf(&b, `"key%d_token":"v%d",`, k, k)
		}
		b.WriteString(`"z":1}`)
		return b.Bytes()
	},
	"emails-array": func(n int) []byte {
		var b bytes.Buffer
		b.WriteString("[")
		for k := 0; b.Len() < n; k++ {
			fmt.Fprintf(&b, `"kai%d@ex%d.org",`, k, k%50)
		}
		b.WriteString(`"x"]`)
		return b.Bytes()
	},
}

// BenchmarkScrubJSONHostile is BenchmarkScrubTextHostile for ScrubJSON:
// each shape at 256 KiB and 1 MiB, the 1 MiB throughput and the growth
// of the time (4 when linear).
func BenchmarkScrubJSONHostile(b *testing.B) {
	benchHostile(b, hostileJSON, func(s *Session, r io.Reader) error { return s.ScrubJSON(io.Discard, r) })
}
