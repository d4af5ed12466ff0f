// Package reclass holds the character classes of Go's regexp syntax, for
// the matchers that stand in for a parser's regexps on its hottest lines
// (collector/apple, collector/textlog): each must answer exactly as its
// regexp, class by class.
package reclass

// Space is \s: [\t\n\f\r ].
func Space(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// HexDigit is [0-9a-fA-F].
func HexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// Word is \w: [0-9A-Za-z_].
func Word(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// HexEnd returns the end of 0x[0-9a-fA-F]+ at i in t, or -1.
func HexEnd[T string | []byte](t T, i int) int {
	if i+2 >= len(t) || t[i] != '0' || t[i+1] != 'x' || !HexDigit(t[i+2]) {
		return -1
	}
	i += 3
	for i < len(t) && HexDigit(t[i]) {
		i++
	}
	return i
}
