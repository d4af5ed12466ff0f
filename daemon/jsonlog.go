package daemon

import (
	"bytes"
	"io"
	"strconv"
)

// A text log whose content is JSON (one document, as a Sentry event saved
// to a file, or JSON Lines, as an app's .jsonl log) is scrubbed by
// redact.ScrubJSON, which knows keys ("user": {"id": ...}, numeric values
// of sensitive keys) and keeps the JSON valid; any other log is plain text.
// jsonCheck decides which, in one streaming pass and bounded memory, and
// only says JSON where ScrubJSON reads the log as this check does:
//
//   - top-level values are objects or arrays, each starting a line, with
//     nothing but white space after it on its line; values are checked
//     against the JSON grammar (RFC 8259) with a depth cap;
//   - the first thing in the log (after an optional UTF-8 mark) is a
//     value, so a text log that embeds JSON stays text;
//   - later lines that are not JSON (a panic printed into the same file)
//     are allowed when ScrubJSON scrubs the whole line as text: the line
//     does not start with a JSON delimiter ({ [ ] } , : ") or a JSON
//     scalar (a number, true, false, null), and it is at most
//     maxJSONLogTextLine bytes long;
//   - the last value may be cut short (the app died writing it).
//
// Anything else (bad) and the log is scrubbed as plain text.
type jsonCheck struct {
	st      jsonState
	stack   []byte // open containers, '{' or '['
	lit     string // rest of a literal being matched
	hex     int    // \u digits still expected
	numLen  int
	tok     []byte // a text line's first token
	textLen int

	first     byte // first byte that is not white space, 0 while none
	off       int64
	values    int  // complete top-level values
	textLines int  // lines that are not JSON
	multiLine bool // a top-level value spans lines
	truncated bool // the input ended inside a value
	bad       bool
	badAt     int64
}

type jsonState uint8

const (
	jTop        jsonState = iota // at the start of a line, outside any value
	jTopAfter                    // after a top-level value, before the newline
	jText                        // in a line that is not JSON
	jTextTok                     // in the first token of such a line
	jValue                       // a value is expected
	jValueOrEnd                  // after '[': a value or ']'
	jKey                         // after ',' in an object: a key
	jKeyOrEnd                    // after '{': a key or '}'
	jColon                       // after a key
	jAfter                       // after a value in a container: ',' or the close
	jString                      // in a string value
	jKeyString                   // in a key
	jEscape                      // after '\' in a string (value or key: see keyEsc)
	jKeyEscape
	jHex // in \uXXXX of a value
	jKeyHex
	jNumber // in a number (checked when it ends)
	jLiteral
)

const (
	maxJSONLogDepth    = 512
	maxJSONLogNumber   = 512 // ScrubJSON reads numbers as one token of at most 4 KiB
	maxJSONLogTextLine = 32 << 10
	maxJSONLogTextTok  = 256
	jsonLogHead        = 64 << 10 // the head that decides whether to try
)

func (c *jsonCheck) fail() {
	if !c.bad {
		c.bad, c.badAt = true, c.off
	}
}

// Write feeds the checker; it never fails, so that it can sit behind an
// io.TeeReader.
func (c *jsonCheck) Write(p []byte) (int, error) {
	if c.bad {
		return len(p), nil
	}
	for i := 0; i < len(p); i++ {
		if c.st == jString || c.st == jKeyString {
			// most bytes are inside strings: skip to the next that matters
			j := i
			for j < len(p) && p[j] >= 0x20 && p[j] != '"' && p[j] != '\\' {
				j++
			}
			c.off += int64(j - i)
			if i = j; i == len(p) {
				break
			}
		}
		c.step(p[i])
		c.off++
		if c.bad {
			break
		}
	}
	return len(p), nil
}

func isJSONSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\r' || b == '\n' }

func (c *jsonCheck) step(b byte) {
	if c.first == 0 && !isJSONSpace(b) {
		c.first = b
		if b != '{' && b != '[' {
			c.fail()
			return
		}
	}
	switch c.st {
	case jTop:
		switch {
		case isJSONSpace(b):
		case b == '{' || b == '[':
			c.open(b)
		case bytes.IndexByte([]byte(`]},:"`), b) >= 0:
			c.fail()
		case b == '-' || b >= '0' && b <= '9' || b == 't' || b == 'f' || b == 'n':
			c.textLines++
			c.st, c.tok, c.textLen = jTextTok, append(c.tok[:0], b), 1
		default:
			c.textLines++
			c.st, c.textLen = jText, 1
		}
	case jTopAfter:
		switch {
		case b == '\n':
			c.st = jTop
		case b == ' ' || b == '\t' || b == '\r':
		default:
			c.fail()
		}
	case jTextTok:
		if b <= ' ' || bytes.IndexByte([]byte(`,]}:"{[`), b) >= 0 {
			if isScalar(c.tok) {
				c.fail() // ScrubJSON would take it for a JSON value
				return
			}
			c.st = jText
			c.text(b)
			return
		}
		if c.tok = append(c.tok, b); len(c.tok) > maxJSONLogTextTok {
			c.fail()
			return
		}
		c.textLen++
	case jText:
		c.text(b)
	case jString, jKeyString:
		switch {
		case b == '"':
			if c.st == jKeyString {
				c.st = jColon
			} else {
				c.endValue()
			}
		case b == '\\':
			if c.st == jKeyString {
				c.st = jKeyEscape
			} else {
				c.st = jEscape
			}
		case b < 0x20:
			c.fail()
		}
	case jEscape, jKeyEscape:
		key := c.st == jKeyEscape
		switch b {
		case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			c.st = jString
			if key {
				c.st = jKeyString
			}
		case 'u':
			c.hex = 4
			c.st = jHex
			if key {
				c.st = jKeyHex
			}
		default:
			c.fail()
		}
	case jHex, jKeyHex:
		if !isHex(b) {
			c.fail()
			return
		}
		if c.hex--; c.hex == 0 {
			if c.st == jKeyHex {
				c.st = jKeyString
			} else {
				c.st = jString
			}
		}
	case jNumber:
		if b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E' || b >= '0' && b <= '9' {
			if c.numLen++; c.numLen > maxJSONLogNumber {
				c.fail()
			}
			c.tok = append(c.tok, b)
			return
		}
		if !validNumber(c.tok) {
			c.fail()
			return
		}
		c.endValue()
		c.step(b)
	case jLiteral:
		if b != c.lit[0] {
			c.fail()
			return
		}
		if c.lit = c.lit[1:]; c.lit == "" {
			c.endValue()
		}
	case jValue, jValueOrEnd:
		if isJSONSpace(b) {
			c.newline(b)
			return
		}
		if b == ']' && c.st == jValueOrEnd {
			c.close(b)
			return
		}
		c.value(b)
	case jKey, jKeyOrEnd:
		switch {
		case isJSONSpace(b):
			c.newline(b)
		case b == '"':
			c.st = jKeyString
		case b == '}' && c.st == jKeyOrEnd:
			c.close(b)
		default:
			c.fail()
		}
	case jColon:
		switch {
		case isJSONSpace(b):
			c.newline(b)
		case b == ':':
			c.st = jValue
		default:
			c.fail()
		}
	case jAfter:
		top := c.stack[len(c.stack)-1]
		switch {
		case isJSONSpace(b):
			c.newline(b)
		case b == ',' && top == '{':
			c.st = jKey
		case b == ',':
			c.st = jValue
		case b == '}' && top == '{', b == ']' && top == '[':
			c.close(b)
		default:
			c.fail()
		}
	}
}

// text steps through a line that is not JSON.
func (c *jsonCheck) text(b byte) {
	if b == '\n' {
		c.st = jTop
		return
	}
	if c.textLen++; c.textLen > maxJSONLogTextLine {
		c.fail()
	}
}

// newline notes white space inside a top-level value.
func (c *jsonCheck) newline(b byte) {
	if b == '\n' {
		c.multiLine = true
	}
}

// value starts a value inside a container.
func (c *jsonCheck) value(b byte) {
	switch {
	case b == '{' || b == '[':
		c.open(b)
	case b == '"':
		c.st = jString
	case b == '-' || b >= '0' && b <= '9':
		c.st, c.numLen, c.tok = jNumber, 1, append(c.tok[:0], b)
	case b == 't':
		c.st, c.lit = jLiteral, "rue"
	case b == 'f':
		c.st, c.lit = jLiteral, "alse"
	case b == 'n':
		c.st, c.lit = jLiteral, "ull"
	default:
		c.fail()
	}
}

func (c *jsonCheck) open(b byte) {
	if len(c.stack) >= maxJSONLogDepth {
		c.fail()
		return
	}
	c.stack = append(c.stack, b)
	if b == '{' {
		c.st = jKeyOrEnd
	} else {
		c.st = jValueOrEnd
	}
}

func (c *jsonCheck) close(byte) {
	c.stack = c.stack[:len(c.stack)-1]
	c.endValue()
}

// endValue moves on after a complete value.
func (c *jsonCheck) endValue() {
	if len(c.stack) == 0 {
		c.values++
		c.st = jTopAfter
		return
	}
	c.st = jAfter
}

// finish ends the input.
func (c *jsonCheck) finish() {
	if c.st == jNumber && len(c.stack) == 0 {
		c.fail() // cannot happen: top-level values are containers
	}
	if c.st == jTextTok && isScalar(c.tok) {
		c.fail()
	}
	if len(c.stack) > 0 {
		c.truncated = true
	}
	if c.first == 0 {
		c.fail() // blank
	}
}

// json reports whether the log is scrubbed as JSON.
func (c *jsonCheck) json() bool { return !c.bad && c.values > 0 }

// pure reports whether the log is JSON through and through: one document
// or JSON Lines, nothing else, nothing cut.
func (c *jsonCheck) pure() bool { return c.json() && c.textLines == 0 && !c.truncated }

// contentType is the attachment's name and type for a log checked so.
func (c *jsonCheck) contentType() (name, ctype string) {
	switch {
	case !c.pure():
		return "crash.log", "text/plain"
	case c.values == 1:
		return "crash.json", "application/json"
	case !c.multiLine:
		return "crash.jsonl", "application/x-ndjson"
	}
	return "crash.log", "text/plain" // several documents, spread over lines
}

func isHex(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F'
}

// isScalar is ScrubJSON's notion of a bare JSON value.
func isScalar(tok []byte) bool {
	s := string(tok)
	if s == "true" || s == "false" || s == "null" {
		return true
	}
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// validNumber checks the JSON number grammar.
func validNumber(b []byte) bool {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return false
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			return false
		}
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	}
	return i == len(b)
}

// checkJSON runs a fresh checker over r to its end.
func checkJSON(r io.Reader) (*jsonCheck, error) {
	c := &jsonCheck{}
	if _, err := io.Copy(c, r); err != nil {
		return nil, err
	}
	c.finish()
	return c, nil
}
