package perf

import (
	"strconv"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// perfLine is one parsed perf-log line. Its byte slices point into the
// line or into the parser's scratch buffer and live until the next parse.
type perfLine struct {
	ts        time.Time
	metric    []byte
	event     []byte
	unit      []byte
	value     float64
	hasMetric bool
	hasEvent  bool
}

// lineParser validates one JSON object per line without allocating on the
// common path. It is hand-written rather than encoding/json because the
// summariser runs over logs of millions of lines on a user's machine and
// only needs a handful of top-level fields; the rest of the object is
// validated and skipped.
type lineParser struct {
	scratch []byte // unescaped strings; sized to the line so it never moves
}

const maxDepth = 64

// parse reports whether b is a valid perf-log line (see FORMAT.md).
func (p *lineParser) parse(b []byte) (perfLine, bool) {
	var l perfLine
	if cap(p.scratch) < len(b) {
		p.scratch = make([]byte, 0, len(b))
	}
	p.scratch = p.scratch[:0]
	i := skipWS(b, 0)
	if i >= len(b) || b[i] != '{' {
		return l, false
	}
	i++
	var haveTS, haveValue bool
	for n := 0; ; n++ {
		i = skipWS(b, i)
		if i >= len(b) {
			return l, false
		}
		if b[i] == '}' && n == 0 {
			i++
			break
		}
		key, j, ok := p.str(b, i)
		if !ok {
			return l, false
		}
		i = skipWS(b, j)
		if i >= len(b) || b[i] != ':' {
			return l, false
		}
		i = skipWS(b, i+1)
		if i >= len(b) {
			return l, false
		}
		switch string(key) {
		case "ts":
			s, j, ok := p.str(b, i)
			if !ok {
				return l, false
			}
			var t time.Time
			if t.UnmarshalText(s) != nil {
				return l, false
			}
			// An offset can push year 0000 or 9999 out of what JSON
			// times (and so the report) can carry.
			if t = t.UTC(); t.Year() < 0 || t.Year() > 9999 {
				return l, false
			}
			l.ts, haveTS, i = t, true, j
		case "metric", "event", "unit":
			var s []byte
			present := true
			if b[i] == 'n' {
				j, ok := literal(b, i, "null")
				if !ok {
					return l, false
				}
				i, present = j, false
			} else {
				var j int
				s, j, ok = p.str(b, i)
				if !ok {
					return l, false
				}
				i = j
			}
			switch key[0] {
			case 'm':
				l.metric, l.hasMetric = s, present
			case 'e':
				l.event, l.hasEvent = s, present
			default:
				l.unit = s
			}
		case "value":
			if b[i] == 'n' {
				j, ok := literal(b, i, "null")
				if !ok {
					return l, false
				}
				i, haveValue = j, false
				break
			}
			j := scanNumber(b, i)
			if j < 0 {
				return l, false
			}
			v, err := strconv.ParseFloat(string(b[i:j]), 64)
			if err != nil { // out of range: ±Inf has no JSON form
				return l, false
			}
			l.value, haveValue, i = v, true, j
		case "tags":
			if b[i] != '{' && b[i] != 'n' {
				return l, false
			}
			j, ok := p.skip(b, i, 0)
			if !ok {
				return l, false
			}
			i = j
		default:
			j, ok := p.skip(b, i, 0)
			if !ok {
				return l, false
			}
			i = j
		}
		i = skipWS(b, i)
		if i >= len(b) {
			return l, false
		}
		if b[i] == '}' {
			i++
			break
		}
		if b[i] != ',' {
			return l, false
		}
		i++
	}
	if skipWS(b, i) != len(b) {
		return l, false
	}
	if !haveTS || !validName(l.unit, MaxUnitBytes, true) {
		return l, false
	}
	if l.hasMetric && (!haveValue || !validName(l.metric, MaxNameBytes, false)) {
		return l, false
	}
	if l.hasEvent && !validName(l.event, MaxNameBytes, false) {
		return l, false
	}
	return l, l.hasMetric || l.hasEvent
}

// validName rejects empty (unless allowed), over-long, non-UTF-8 names and
// names with control characters, so report JSON keys stay distinct and
// printable.
func validName(s []byte, maxLen int, emptyOK bool) bool {
	if len(s) == 0 {
		return emptyOK
	}
	if len(s) > maxLen || !utf8.Valid(s) {
		return false
	}
	for _, c := range s {
		if c < 0x20 || c == 0x7f {
			return false
		}
	}
	return true
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	return i
}

func literal(b []byte, i int, lit string) (int, bool) {
	if len(b)-i < len(lit) || string(b[i:i+len(lit)]) != lit {
		return i, false
	}
	return i + len(lit), true
}

// scanNumber returns the end of the JSON number at b[i:], or -1.
func scanNumber(b []byte, i int) int {
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i >= len(b):
		return -1
	case b[i] == '0':
		i++
	case b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		return -1
	}
	if i < len(b) && b[i] == '.' {
		i++
		start := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == start {
			return -1
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		start := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == start {
			return -1
		}
	}
	return i
}

// str parses the JSON string at b[i:] and returns its unescaped bytes and
// the index after the closing quote. Unescaped strings are returned as a
// sub-slice of b; escaped ones are decoded into p.scratch.
func (p *lineParser) str(b []byte, i int) ([]byte, int, bool) {
	if i >= len(b) || b[i] != '"' {
		return nil, i, false
	}
	i++
	start := i
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			return b[start:i], i + 1, true
		case c == '\\':
			return p.strEscaped(b, start, i)
		case c < 0x20:
			return nil, i, false
		}
		i++
	}
	return nil, i, false
}

func (p *lineParser) strEscaped(b []byte, start, i int) ([]byte, int, bool) {
	out0 := len(p.scratch)
	p.scratch = append(p.scratch, b[start:i]...)
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			return p.scratch[out0:], i + 1, true
		case c < 0x20:
			return nil, i, false
		case c != '\\':
			p.scratch = append(p.scratch, c)
			i++
			continue
		}
		if i+1 >= len(b) {
			return nil, i, false
		}
		switch b[i+1] {
		case '"', '\\', '/':
			p.scratch = append(p.scratch, b[i+1])
		case 'b':
			p.scratch = append(p.scratch, '\b')
		case 'f':
			p.scratch = append(p.scratch, '\f')
		case 'n':
			p.scratch = append(p.scratch, '\n')
		case 'r':
			p.scratch = append(p.scratch, '\r')
		case 't':
			p.scratch = append(p.scratch, '\t')
		case 'u':
			r, ok := hex4(b, i+2)
			if !ok {
				return nil, i, false
			}
			i += 6
			if utf16.IsSurrogate(r) {
				r2, ok2 := rune(-1), false
				if i+1 < len(b) && b[i] == '\\' && b[i+1] == 'u' {
					r2, ok2 = hex4(b, i+2)
				}
				if dec := utf16.DecodeRune(r, r2); ok2 && dec != utf8.RuneError {
					r = dec
					i += 6
				} else {
					r = utf8.RuneError // as encoding/json does for a lone surrogate
				}
			}
			p.scratch = utf8.AppendRune(p.scratch, r)
			continue
		default:
			return nil, i, false
		}
		i += 2
	}
	return nil, i, false
}

func hex4(b []byte, i int) (rune, bool) {
	if len(b)-i < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			c = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// skip validates and skips any JSON value at b[i:].
func (p *lineParser) skip(b []byte, i, depth int) (int, bool) {
	if i >= len(b) || depth > maxDepth {
		return i, false
	}
	switch c := b[i]; {
	case c == '"':
		mark := len(p.scratch)
		_, j, ok := p.str(b, i)
		p.scratch = p.scratch[:mark] // skipped strings need no storage
		return j, ok
	case c == '{' || c == '[':
		closer := byte('}')
		if c == '[' {
			closer = ']'
		}
		i = skipWS(b, i+1)
		if i < len(b) && b[i] == closer {
			return i + 1, true
		}
		for {
			if c == '{' {
				mark := len(p.scratch)
				_, j, ok := p.str(b, i)
				p.scratch = p.scratch[:mark]
				if !ok {
					return j, false
				}
				i = skipWS(b, j)
				if i >= len(b) || b[i] != ':' {
					return i, false
				}
				i = skipWS(b, i+1)
			}
			j, ok := p.skip(b, i, depth+1)
			if !ok {
				return j, false
			}
			i = skipWS(b, j)
			if i >= len(b) {
				return i, false
			}
			if b[i] == closer {
				return i + 1, true
			}
			if b[i] != ',' {
				return i, false
			}
			i = skipWS(b, i+1)
		}
	case c == 't':
		return literal(b, i, "true")
	case c == 'f':
		return literal(b, i, "false")
	case c == 'n':
		return literal(b, i, "null")
	default:
		j := scanNumber(b, i)
		return j, j >= 0
	}
}
