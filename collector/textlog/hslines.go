package textlog

import (
	"bytes"
	"strings"

	"crashd/internal/reclass"
)

// An hs_err log's native frames and thread list went through regexps with
// lazy groups (reHsNative, reSymPlus, reHsThreadLine), which backtrack
// over every byte of the line: parsing the frames cost tens of thousands of
// instructions each. The matchers below read those lines directly and give
// the regexps' submatches; a line holding a '\n' (which the line reader
// never yields) is left to the regexp, which stays the definition
// (FuzzHsMatchers).

// hsNativeMatch is reHsNative.FindSubmatch(line):
// ^([VCv])\s+\[([^\]+]+)\+(0x[0-9a-fA-F]+)\]\s*(.*?)(?:\s+\(([^()]+):(\d+)\))?$
func hsNativeMatch(line []byte) [][]byte {
	if bytes.IndexByte(line, '\n') >= 0 {
		return reHsNative.FindSubmatch(line)
	}
	if len(line) < 2 || line[0] != 'V' && line[0] != 'C' && line[0] != 'v' {
		return nil
	}
	i := 1
	for i < len(line) && reclass.Space(line[i]) {
		i++
	}
	if i == 1 || i == len(line) || line[i] != '[' {
		return nil
	}
	// the module: up to the first ']' or '+', which must be a '+'
	ms := i + 1
	me := ms
	for me < len(line) && line[me] != ']' && line[me] != '+' {
		me++
	}
	if me == ms || me == len(line) || line[me] != '+' {
		return nil
	}
	oe := reclass.HexEnd(line, me+1)
	if oe < 0 || oe == len(line) || line[oe] != ']' {
		return nil
	}
	// \s* takes every blank (with no '\n', the lazy group can always
	// reach the end, so it never gives one back)
	t := line[oe+1:]
	w := 0
	for w < len(t) && reclass.Space(t[w]) {
		w++
	}
	sym, file, ln := t[w:], []byte(nil), []byte(nil)
	// the optional "(file:line)": the last '(' to a final ')', with blanks
	// before it that start after the symbol's first byte; the symbol is
	// the shortest that leaves them
	if n := len(t); n > 0 && t[n-1] == ')' {
		if p := bytes.LastIndexByte(t, '('); p > w && bytes.IndexByte(t[p+1:n-1], ')') < 0 {
			in := t[p+1 : n-1]
			c := bytes.LastIndexByte(in, ':')
			digits := c >= 0 && c+1 < len(in)
			for k := c + 1; digits && k < len(in); k++ {
				digits = in[k] >= '0' && in[k] <= '9'
			}
			e := p // (t[w] is no blank, so e > w)
			for reclass.Space(t[e-1]) {
				e--
			}
			if digits && c > 0 && e < p {
				sym, file, ln = t[w:e], in[:c], in[c+1:]
			}
		}
	}
	return [][]byte{line, line[:1], line[ms:me], line[me+1 : oe], sym, file, ln}
}

// symPlusMatch is reSymPlus.FindStringSubmatch(sym): ^(.*?)\+(0x[0-9a-fA-F]+)$
func symPlusMatch(sym string) []string {
	k := strings.LastIndexByte(sym, '+') // (hex digits hold no '+')
	if k < 0 || k+3 >= len(sym) || sym[k+1] != '0' || sym[k+2] != 'x' || strings.IndexByte(sym[:k], '\n') >= 0 {
		return nil
	}
	for i := k + 3; i < len(sym); i++ {
		if !reclass.HexDigit(sym[i]) {
			return nil
		}
	}
	return []string{sym, sym[:k], sym[k+1:]}
}

// hsThreadMatch is reHsThreadLine.FindSubmatch(line):
// ^(?:=>|  )0x[0-9a-fA-F]+ (\w+) "([^"]*)".*?id=(\d+)
func hsThreadMatch(line []byte) [][]byte {
	if len(line) < 2 || !(line[0] == '=' && line[1] == '>' || line[0] == ' ' && line[1] == ' ') {
		return nil
	}
	h := reclass.HexEnd(line, 2)
	if h < 0 || h == len(line) || line[h] != ' ' {
		return nil
	}
	ks := h + 1
	ke := ks
	for ke < len(line) && reclass.Word(line[ke]) {
		ke++
	}
	if ke == ks || ke+1 >= len(line) || line[ke] != ' ' || line[ke+1] != '"' {
		return nil
	}
	ns := ke + 2
	q := bytes.IndexByte(line[ns:], '"')
	if q < 0 {
		return nil
	}
	ne := ns + q
	// the first "id=" and a digit after the name, on the same line
	for p := ne + 1; ; {
		k := bytes.Index(line[p:], []byte("id="))
		if k < 0 {
			return nil
		}
		if bytes.IndexByte(line[p:p+k], '\n') >= 0 {
			return nil // ('.' stops at a line break)
		}
		ds := p + k + 3
		de := ds
		for de < len(line) && line[de] >= '0' && line[de] <= '9' {
			de++
		}
		if de > ds {
			return [][]byte{line[:de], line[ks:ke], line[ns:ne], line[ds:de]}
		}
		p += k + 1
	}
}
