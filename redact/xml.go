package redact

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// XML scrubbing runs the text detectors over a view of each chunk in which
// entity references are decoded (C:&#x5C;Users&#x5C;kai reads as
// C:\Users\kai), and maps the findings back onto the raw bytes. Markup
// (element and attribute names, declarations) is never replaced; a
// pseudonym written into character data, an attribute value, a comment or
// a processing instruction is escaped (&lt;user-1&gt;), one in a CDATA
// section is written as is, so a well-formed document stays well-formed.

// xmlRegion kinds: where a raw byte range sits, which decides how a
// pseudonym is written there.
const (
	xrText    = iota + 1 // character data and attribute values
	xrComment            // comment or processing-instruction body: no "--"
	xrCDATA              // CDATA section content: entities are not decoded
	xrPubid              // a DOCTYPE's public id: no '<', '>' or '&'
)

type xmlRegion struct {
	start, end int // raw offsets
	kind       uint8
}

// xmlEntity is a decoded reference: vlen view bytes at vstart stand for
// rlen raw bytes at rstart.
type xmlEntity struct{ vstart, vlen, rstart, rlen int }

// lexer states, kept across chunks.
const (
	xsText     = iota
	xsTag      // inside a start or end tag, outside attribute values
	xsAttr     // inside an attribute value quoted with q
	xsComment  // after <!--
	xsCDATA    // after <![CDATA[
	xsPITarget // after <?, the target name
	xsPIBody   // the rest of a processing instruction
	xsDecl     // <!DOCTYPE ...>: markup, quotes and [...] followed
	xsDeclLit  // a quoted literal in a declaration (entity value, system id...)
	xsPubidLit // the quoted public id of a declaration
)

type xmlLexer struct {
	st    uint8
	q     byte  // attribute or declaration quote, 0 for none
	depth int   // declaration: open '[' of an internal subset
	back  uint8 // the state a comment or processing instruction returns to

	view []byte      // the decoded view of the last chunk lexed
	regs []xmlRegion // its regions that are no markup, in order
	ents []xmlEntity // its decoded references, in order
	vbuf []byte
}

// xmlStateKind is the region kind of a lexer state, 0 for markup.
func xmlStateKind(st uint8) uint8 {
	switch st {
	case xsText, xsAttr, xsDeclLit:
		return xrText
	case xsComment, xsPIBody:
		return xrComment
	case xsCDATA:
		return xrCDATA
	case xsPubidLit:
		return xrPubid
	}
	return 0
}

// xmlTerminator is what ends the construct of a lexer state that ends at
// a fixed string, "" for others.
func xmlTerminator(st uint8) string {
	switch st {
	case xsComment:
		return "-->"
	case xsPIBody:
		return "?>"
	case xsCDATA:
		return "]]>"
	}
	return ""
}

// xmlPublicBefore reports whether b ends with the keyword PUBLIC and
// blanks: a literal that follows is a public id.
func xmlPublicBefore(b []byte) bool {
	k := len(b)
	for k > 0 && xmlSpace(b[k-1]) {
		k--
	}
	return k < len(b) && k >= 6 && string(b[k-6:k]) == "PUBLIC" && (k == 6 || !xmlNameChar(b[k-7]))
}

func xmlNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || c >= 0x80
}

func xmlNameChar(c byte) bool {
	return xmlNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.'
}

func xmlSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// lex classifies raw from the lexer's current state, building the view,
// the regions and the entities of raw[:stop]. It stops early (stop <
// len(raw)) only when not final and a construct at the end needs bytes
// that are not there yet (an entity without its ';', "<!-" ...); the
// state is then that at stop.
func (x *xmlLexer) lex(raw []byte, final bool) (stop int) {
	x.regs = x.regs[:0]
	x.ents = x.ents[:0]
	x.vbuf = x.vbuf[:0]
	copied := 0 // raw bytes up to here are in vbuf, when ents is not empty
	regStart := 0
	kind := xmlStateKind(x.st)
	// switchTo closes the current region at end and opens the next one
	// at start, in state st.
	switchTo := func(st uint8, end, start int) {
		if kind != 0 && end > regStart {
			x.regs = append(x.regs, xmlRegion{regStart, end, kind})
		}
		x.st = st
		kind = xmlStateKind(st)
		regStart = start
	}
	// has reports whether raw[i:] starts with lit; more is set when raw
	// ends before that can be told.
	more := false
	has := func(i int, lit string) bool {
		for k := 0; k < len(lit); k++ {
			if i+k >= len(raw) {
				more = more || !final
				return false
			}
			if raw[i+k] != lit[k] {
				return false
			}
		}
		return true
	}
	// closeAt reads raw[i] in a state that ends at term (comment,
	// processing instruction, CDATA): at term it switches to the state
	// after the construct and returns len(term); when raw ends before
	// that can be told it returns -1; else 0.
	closeAt := func(i int, term string) int {
		if raw[i] != term[0] {
			return 0
		}
		more = false
		if has(i, term) {
			switchTo(x.back, i, i+len(term))
			return len(term)
		}
		if more {
			return -1
		}
		return 0
	}
	n := len(raw)
	i := 0
	for i < n {
		c := raw[i]
		switch x.st {
		case xsText, xsAttr, xsComment, xsPIBody, xsDeclLit, xsPubidLit:
			if c == '&' {
				r, rlen, pending := xmlEntityAt(raw[i:], final)
				if pending {
					return x.finish(raw, i, copied, regStart, kind)
				}
				if rlen > 0 {
					x.vbuf = append(x.vbuf, raw[copied:i]...)
					vs := len(x.vbuf)
					x.vbuf = utf8.AppendRune(x.vbuf, r)
					x.ents = append(x.ents, xmlEntity{vstart: vs, vlen: len(x.vbuf) - vs, rstart: i, rlen: rlen})
					i += rlen
					copied = i
					continue
				}
			}
			switch x.st {
			case xsText:
				if c != '<' {
					i++
					continue
				}
				more = false
				switch {
				case has(i, "<!--"):
					switchTo(xsComment, i, i+4)
					x.back = xsText
					i += 4
				case has(i, "<![CDATA["):
					switchTo(xsCDATA, i, i+9)
					x.back = xsText
					i += 9
				case more:
					return x.finish(raw, i, copied, regStart, kind)
				case i+1 >= n && !final:
					return x.finish(raw, i, copied, regStart, kind)
				case i+2 < n && raw[i+1] == '!' && raw[i+2] >= 'A' && raw[i+2] <= 'Z':
					// <!DOCTYPE, <!ENTITY...; any other "<!" is text
					switchTo(xsDecl, i, i+2)
					x.q, x.depth = 0, 0
					i += 2
				case i+2 >= n && i+1 < n && raw[i+1] == '!' && !final:
					return x.finish(raw, i, copied, regStart, kind)
				case i+1 < n && raw[i+1] == '?':
					switchTo(xsPITarget, i, i+2)
					x.back = xsText
					i += 2
				case i+1 < n && (raw[i+1] == '/' || xmlNameStart(raw[i+1])):
					// Only a tag that reads as one is markup: a '<' in a
					// log that is not quite XML ("<Warning kai logged
					// in") leaves the words after it to the detectors.
					ok, incomplete := xmlTagAhead(raw[i:])
					if incomplete && !final && i > 0 {
						return x.finish(raw, i, copied, regStart, kind)
					}
					if ok || incomplete {
						// a tag longer than a chunk is taken on trust
						switchTo(xsTag, i, i+2)
						i += 2
						continue
					}
					i++
				default:
					i++ // a '<' that starts no markup: text (not well-formed)
				}
			case xsAttr:
				if c == x.q {
					switchTo(xsTag, i, i+1)
				}
				i++
			case xsDeclLit, xsPubidLit:
				if c == x.q {
					x.q = 0
					switchTo(xsDecl, i, i+1)
				}
				i++
			case xsComment, xsPIBody:
				switch k := closeAt(i, xmlTerminator(x.st)); {
				case k < 0:
					return x.finish(raw, i, copied, regStart, kind)
				case k > 0:
					i += k
					continue
				}
				i++
			}
		case xsCDATA:
			switch k := closeAt(i, xmlTerminator(x.st)); {
			case k < 0:
				return x.finish(raw, i, copied, regStart, kind)
			case k > 0:
				i += k
				continue
			}
			i++
		case xsTag:
			switch {
			case c == '"' || c == '\'':
				x.q = c
				switchTo(xsAttr, i, i+1)
			case c == '>':
				switchTo(xsText, i, i+1)
			case xmlNameChar(c) || xmlSpace(c) || c == '=' || c == '/':
			default:
				// no tag after all (not well-formed): what follows is
				// text, scrubbed as such
				switchTo(xsText, i, i)
				continue
			}
			i++
		case xsPITarget:
			if xmlNameChar(c) {
				i++
				continue
			}
			switchTo(xsPIBody, i, i)
		case xsDecl:
			switch {
			case c == '"' || c == '\'':
				// a literal: scrubbed as text, a public id as itself
				x.q = c
				st := uint8(xsDeclLit)
				if xmlPublicBefore(raw[:i]) {
					st = xsPubidLit
				}
				switchTo(st, i, i+1)
			case c == '<' && x.depth > 0:
				// the internal subset's comments and processing
				// instructions; its declarations stay markup
				more = false
				switch {
				case has(i, "<!--"):
					switchTo(xsComment, i, i+4)
					x.back = xsDecl
					i += 4
					continue
				case has(i, "<?"):
					switchTo(xsPITarget, i, i+2)
					x.back = xsDecl
					i += 2
					continue
				case more:
					return x.finish(raw, i, copied, regStart, kind)
				}
			case c == '[':
				x.depth++
			case c == ']' && x.depth > 0:
				x.depth--
			case c == '>' && x.depth == 0:
				switchTo(xsText, i, i+1)
			}
			i++
		}
	}
	return x.finish(raw, n, copied, regStart, kind)
}

// xmlTagAhead reports whether b starts with a whole start or end tag:
// a name, attributes (name = quoted value, no '<' in it) and '>' or
// "/>". incomplete: b ends before that can be told.
func xmlTagAhead(b []byte) (ok, incomplete bool) {
	k := 1
	end := b[k] == '/'
	if end {
		k++
	}
	name := func() bool {
		if k >= len(b) || !xmlNameStart(b[k]) {
			return false
		}
		for k < len(b) && xmlNameChar(b[k]) {
			k++
		}
		return true
	}
	space := func() {
		for k < len(b) && xmlSpace(b[k]) {
			k++
		}
	}
	if !name() {
		return false, k >= len(b)
	}
	for {
		space()
		if k >= len(b) {
			return false, true
		}
		switch {
		case b[k] == '>':
			return true, false
		case b[k] == '/' && !end:
			if k+1 >= len(b) {
				return false, true
			}
			return b[k+1] == '>', false
		case end:
			return false, false
		}
		if !name() {
			return false, false
		}
		space()
		if k >= len(b) {
			return false, true
		}
		if b[k] != '=' {
			return false, false
		}
		k++
		space()
		if k >= len(b) {
			return false, true
		}
		q := b[k]
		if q != '"' && q != '\'' {
			return false, false
		}
		// the value ends at its quote; a '<' first ends the look (and
		// bounds it, so many '<' cost no more than one pass)
		v := k + 1
		for v < len(b) && b[v] != q && b[v] != '<' {
			v++
		}
		if v >= len(b) {
			return false, true
		}
		if b[v] == '<' {
			return false, false
		}
		k = v + 1
	}
}

// finish closes the open region at stop and completes the view.
func (x *xmlLexer) finish(raw []byte, stop, copied, regStart int, kind uint8) int {
	if kind != 0 && stop > regStart {
		x.regs = append(x.regs, xmlRegion{regStart, stop, kind})
	}
	if len(x.ents) == 0 {
		x.view = raw[:stop]
	} else {
		x.vbuf = append(x.vbuf, raw[copied:stop]...)
		x.view = x.vbuf
	}
	return stop
}

// xmlEntityAt decodes the reference at b[0] == '&': the predefined
// entities and character references to characters XML allows. rlen is 0
// when b starts with none (an unknown entity such as &nbsp; stays as it
// is); pending, when b ends before that can be told.
func xmlEntityAt(b []byte, final bool) (r rune, rlen int, pending bool) {
	const maxRef = 10 // &#x10FFFF;
	end := -1
	for k := 1; k < len(b) && k < maxRef; k++ {
		if b[k] == ';' {
			end = k
			break
		}
		if !isAlnum(b[k]) && b[k] != '#' {
			return 0, 0, false
		}
	}
	if end < 0 {
		return 0, 0, len(b) < maxRef && !final
	}
	name := b[1:end]
	switch string(name) {
	case "amp":
		return '&', end + 1, false
	case "lt":
		return '<', end + 1, false
	case "gt":
		return '>', end + 1, false
	case "quot":
		return '"', end + 1, false
	case "apos":
		return '\'', end + 1, false
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, 0, false
	}
	var v rune
	digits := name[1:]
	base := rune(10)
	if digits[0] == 'x' {
		base, digits = 16, digits[1:]
	}
	if len(digits) == 0 {
		return 0, 0, false
	}
	for _, d := range digits {
		var dv rune
		switch {
		case d >= '0' && d <= '9':
			dv = rune(d - '0')
		case base == 16 && d >= 'a' && d <= 'f':
			dv = rune(d-'a') + 10
		case base == 16 && d >= 'A' && d <= 'F':
			dv = rune(d-'A') + 10
		default:
			return 0, 0, false
		}
		v = v*base + dv
		if v > utf8.MaxRune {
			return 0, 0, false
		}
	}
	if !xmlChar(v) {
		return 0, 0, false
	}
	return v, end + 1, false
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= utf8.MaxRune
}

// rawOf maps a view offset to a raw offset: one inside a decoded
// reference maps to the reference's start (start) or end. k is the index
// of the first entity not wholly before v from an earlier call (offsets
// are asked in order); it is advanced.
func (x *xmlLexer) rawOf(v int, start bool, k *int, delta *int) int {
	for *k < len(x.ents) {
		e := x.ents[*k]
		if e.vstart+e.vlen <= v {
			*delta += e.rlen - e.vlen
			*k++
			continue
		}
		if e.vstart < v {
			if start {
				return e.rstart
			}
			return e.rstart + e.rlen
		}
		break
	}
	return v + *delta
}

// emitXML appends raw with the findings (spans, in view offsets) replaced
// as XML needs: pieces of a finding that fall on markup are kept, the
// first piece that is text gets the pseudonym, later ones are dropped.
// Caller holds s.mu.
func (s *Session) emitXML(dst, raw []byte, x *xmlLexer, spans []span) []byte {
	last := 0
	ek, delta := 0, 0
	rk := 0
	for _, sp := range spans {
		if sp.class == "" {
			continue
		}
		// the entity cursor only moves forward; an end inside an entity
		// leaves it there for the next start
		rs := x.rawOf(sp.start, true, &ek, &delta)
		re := x.rawOf(sp.end, false, &ek, &delta)
		// whole characters only: a finding that splits a UTF-8 sequence
		// would leave invalid bytes
		rs = max(runeStart(raw, rs), last)
		if s := runeStart(raw, re); s < re {
			_, size := utf8.DecodeRune(raw[s:])
			re = s + size
		}
		if rs < last {
			rs = last
		}
		if rs >= re {
			continue
		}
		for rk < len(x.regs) && x.regs[rk].end <= rs {
			rk++
		}
		if rk >= len(x.regs) || x.regs[rk].start >= re {
			continue // all markup: names are never replaced
		}
		if g := x.regs[rk]; (rs < g.start || re > g.end) && xmlPseudonymAt(raw[max(g.start, rs):min(g.end, re)], g.kind) {
			// a finding that reaches into markup ("'<token-1>" where the
			// quote opens an attribute) and whose text is a pseudonym
			// already: written by an earlier pass, left as it is
			continue
		}
		wrote := false
		for k := rk; k < len(x.regs) && x.regs[k].start < re; k++ {
			g := x.regs[k]
			ps, pe := max(g.start, rs), min(g.end, re)
			dst = append(dst, raw[last:ps]...)
			if !wrote {
				dst = appendXMLPseudonym(dst, s.pseudonymOf(sp.class, sp.canon), g.kind)
				s.summary[sp.class]++
				wrote = true
			}
			last = pe
		}
	}
	return append(dst, raw[last:]...)
}

// xmlPseudonymAt reports whether b, raw text of a region kind, is one
// pseudonym as appendXMLPseudonym writes it.
func xmlPseudonymAt(b []byte, kind uint8) bool {
	var v []byte
	switch {
	case kind == xrCDATA:
		v = b
	case kind == xrPubid:
		if len(b) > 2 && b[0] == '(' && b[len(b)-1] == ')' {
			v = append(append(append(make([]byte, 0, len(b)), '<'), b[1:len(b)-1]...), '>')
		}
	case len(b) > 8 && string(b[:4]) == "&lt;" && string(b[len(b)-4:]) == "&gt;":
		v = make([]byte, 0, len(b))
		v = append(append(append(v, '<'), bytes.ReplaceAll(b[4:len(b)-4], []byte("&#45;"), []byte("-"))...), '>')
	default:
		return false
	}
	return len(v) > 2 && v[0] == '<' && v[len(v)-1] == '>' && bytes.IndexByte(v[1:], '<') < 0 && afterPseudonym(v, len(v))
}

// runeStart returns the start of the valid UTF-8 sequence that raw[p] is
// inside of, or p.
func runeStart(raw []byte, p int) int {
	if p >= len(raw) || raw[p]&0xc0 != 0x80 {
		return p
	}
	for k := p - 1; k >= 0 && k >= p-3; k-- {
		if raw[k] < 0x80 {
			return p
		}
		if raw[k] >= 0xc0 {
			if _, size := utf8.DecodeRune(raw[k:]); size > p-k {
				return k
			}
			return p
		}
	}
	return p
}

// appendXMLPseudonym writes a pseudonym for a region kind: escaped, in a
// comment without "--" (a class name may hold "__"), and in a public id,
// whose characters exclude '<', '>' and '&', in parentheses: (user-1).
func appendXMLPseudonym(dst []byte, id pseudonymID, kind uint8) []byte {
	switch kind {
	case xrCDATA:
		return id.append(dst)
	case xrPubid:
		n := len(dst)
		dst = id.append(dst)
		dst[n], dst[len(dst)-1] = '(', ')'
		return dst
	}
	var pb [48]byte
	p := id.append(pb[:0])
	dst = append(dst, "&lt;"...)
	for k := 1; k < len(p)-1; k++ {
		if kind == xrComment && p[k] == '-' && k > 1 && p[k-1] == '-' {
			dst = append(dst, "&#45;"...)
			continue
		}
		dst = append(dst, p[k])
	}
	return append(dst, "&gt;"...)
}

// ScrubXML copies an XML document (Windows event exports, WER reports,
// Apple property lists) from src to dst with identifiers replaced, so that
// a well-formed document stays well-formed: detection is ScrubText's, run
// over the text with entity references decoded, and pseudonyms are
// escaped where XML needs it. Element and attribute names are kept.
// Memory stays bounded, as in ScrubText. A UTF-16 input (byte-order
// mark) is decoded, scrubbed and written back as UTF-16 with its mark.
// Callers that can read the input twice call LearnXML over it first.
func (s *Session) ScrubXML(dst io.Writer, src io.Reader) error {
	br := newPeekReader(src)
	if utf16BOM(br.peek(2)) {
		return s.scrubXMLUTF16(dst, br)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sc := &scanner{s: s}
	var x xmlLexer
	out := make([]byte, 0, textChunk+textChunk/8)
	return s.xmlChunks(br, &x, func(raw []byte) error {
		s.findStable(sc, x.view)
		out = s.emitXML(out[:0], raw, &x, sc.spans)
		if _, err := dst.Write(out); err != nil {
			return fmt.Errorf("redact: write: %w", err)
		}
		return nil
	})
}

// LearnXML learns identifiers from an XML document as ScrubXML reads it
// (entity references decoded), changing nothing, so that a later ScrubXML
// replaces a name everywhere even where the document teaches it late.
func (s *Session) LearnXML(src io.Reader) error {
	br := newPeekReader(src)
	if utf16BOM(br.peek(2)) {
		r, err := newUTF16Decoder(br)
		if err != nil {
			return err
		}
		return s.LearnXML(r)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	sc := &scanner{s: s, learnOnly: true}
	var x xmlLexer
	return s.xmlChunks(br, &x, func(raw []byte) error {
		s.learnBuf(sc, raw)
		if len(x.ents) > 0 {
			sc.find(x.view)
		}
		return nil
	})
}

// xmlChunks cuts src as ScrubText does (line-aligned chunks, bounded
// carry), never inside a reference or a markup delimiter, lexes each
// chunk into x and hands it to fn. UTF-16 strings inside the text (NUL
// bytes: not XML, but logs dump buffers) are scrubbed in place first, as
// ScrubText does. Caller holds s.mu.
func (s *Session) xmlChunks(src io.Reader, x *xmlLexer, fn func(raw []byte) error) error {
	carry := s.carrySize()
	sc := &scanner{s: s}
	return chunks(src, s.chunkSize()+carry, 0, func(buf []byte, final bool) (int, error) {
		cut := len(buf)
		if !final {
			cut = textCut(buf, carry)
		}
		if bytes.IndexByte(buf[:cut], 0) >= 0 {
			s.scrubUTF16Locked(sc, buf[:cut])
		}
		st, q, depth, back := x.st, x.q, x.depth, x.back
		stop := x.lex(buf[:cut], final)
		if stop == 0 && cut > 0 {
			// a tiny chunk that is all an unfinished construct: take it
			// as it is rather than make no progress
			x.st, x.q, x.depth, x.back = st, q, depth, back
			stop = x.lex(buf[:cut], true)
		}
		if err := fn(buf[:stop]); err != nil {
			return 0, err
		}
		return stop, nil
	})
}

// IsXML reports whether head, the first bytes of a file, starts an XML
// document: after an optional byte-order mark (UTF-8, or UTF-16 of
// either order) and blanks, an XML declaration, a comment, a DOCTYPE or
// a start tag ("<Event xmlns=", "<plist", "<WERReportMetadata>").
func IsXML(head []byte) bool {
	switch {
	case bytes.HasPrefix(head, []byte{0xef, 0xbb, 0xbf}):
		head = head[3:]
	case utf16BOM(head):
		// its narrow characters; a wide one starts no XML
		var nb [64]byte
		n := 0
		lo, hi := 0, 1 // little-endian: low byte first
		if head[0] == 0xfe {
			lo, hi = 1, 0
		}
		for k := 2; k+1 < len(head) && n < len(nb); k += 2 {
			if head[k+hi] != 0 {
				break
			}
			nb[n] = head[k+lo]
			n++
		}
		head = nb[:n]
	}
	for len(head) > 0 && xmlSpace(head[0]) {
		head = head[1:]
	}
	if len(head) < 2 || head[0] != '<' {
		return false
	}
	switch {
	case bytes.HasPrefix(head, []byte("<?xml")) && (len(head) == 5 || xmlSpace(head[5])):
		return true
	case bytes.HasPrefix(head, []byte("<!--")), bytes.HasPrefix(head, []byte("<!DOCTYPE")):
		return true
	case !xmlNameStart(head[1]) || head[1] >= 0x80:
		return false
	}
	k := 2
	for k < len(head) && xmlNameChar(head[k]) {
		k++
	}
	// the name ends the tag or is followed by attributes; a head that
	// ends inside the name is taken as it stands
	return k == len(head) || head[k] == '>' || head[k] == '/' || xmlSpace(head[k])
}

// xmlText reports whether [p, e) is the whole text of an XML element,
// "<Data>A4:2B:B0:11:22:33</Data>": a '<' after an address is the closing
// tag's there, no C++ template's ("dead::beef<T>").
func xmlText(b []byte, p, e int) bool {
	return p > 0 && b[p-1] == '>' && e+1 < len(b) && b[e+1] == '/'
}

// xmlTextEnd returns where the text of the element whose start tag ends
// before p ends: the "</" of its closing tag on the same line, within 128
// bytes; or -1.
func xmlTextEnd(b []byte, p int) int {
	for e := p; e < len(b) && e-p <= 128; e++ {
		switch c := b[e]; {
		case c == '<':
			if e+1 < len(b) && b[e+1] == '/' {
				return e
			}
			return -1
		case c == '>' || lineBreak(c):
			return -1
		}
	}
	return -1
}

// wlanProfileValue handles the text at p of a <name> or <hex> element,
// whose '<' is at k, in a Wi-Fi profile that netsh wlan export profile
// wrote: the profile's name after <WLANProfile …>, and the SSID's, in
// letters and in hex, inside <SSID>, name the network (a home's, named
// after its family). It returns where the text ends, or -1.
func (sc *scanner) wlanProfileValue(p, k int) int {
	b := sc.b
	ls := max(0, k-512)
	w := bytes.LastIndex(b[ls:k], []byte("<WLANProfile"))
	if w < 0 {
		return -1
	}
	if x := bytes.LastIndex(b[ls:k], []byte("<SSID>")); x < w && bytes.Contains(b[ls+w:k], []byte("</")) {
		return -1 // (after the profile's first element, only the SSID's)
	}
	e := xmlTextEnd(b, p)
	if e <= p || pseudonymAt(b, p) {
		return -1
	}
	v := b[p:e]
	if b[k+1] == 'h' {
		// the SSID's bytes in hex: replaced as its name is
		if len(v)%2 != 0 || len(v) > 64 || !allHex(v) {
			return -1
		}
		var buf [32]byte
		dec := buf[:0]
		for x := 0; x < len(v); x += 2 {
			dec = append(dec, unhex(v[x])<<4|unhex(v[x+1]))
		}
		name := string(dec)
		if !plausibleName(name) || sc.s.allowed(name) {
			return -1
		}
		sc.learnLiteral(ClassNetwork, networkCanon(name), name, false)
		sc.add(p, e, ClassNetwork, networkCanon(name))
		return e
	}
	return sc.keyValue(p, ClassNetwork, false)
}
