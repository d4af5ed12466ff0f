package redact

// diskutilList handles diskutil list's table, whose header ("   #:
// TYPE NAME                    SIZE       IDENTIFIER") has "NAME" at
// the word [i, j): each partition's NAME column, from the header's NAME
// to its SIZE, is a volume's label ("Ama Owusu Mixes", "KWAME_USB"),
// read as labels elsewhere are (addLabel: factory and default labels
// stay).
func (sc *scanner) diskutilList(i, j int) {
	b := sc.b
	ls := i - 5
	for ls > 0 && i-ls < 40 && !lineBreak(b[ls-1]) {
		ls--
	}
	sz := j
	for sz < len(b) && sz-j < 40 && b[sz] == ' ' {
		sz++
	}
	if sz+4 >= len(b) || string(b[sz:sz+4]) != "SIZE" {
		return
	}
	nc, sc0 := i-ls, sz-ls // the NAME and SIZE columns
	p := lineEnd(b, j)
	for n := 0; n < 64 && p < len(b); n++ {
		p++ // the line break
		if p < len(b) && b[p] == '\n' && b[p-1] == '\r' {
			p++
		}
		le := lineEnd(b, p)
		if le-p <= sc0 || b[p+nc-1] != ' ' {
			return // a blank line ends the disk's table
		}
		// the row's number: "   2:"
		k := p
		for k < le && b[k] == ' ' {
			k++
		}
		if k == le || !isDigit(b[k]) && b[k] != '#' {
			if b[k] == 'P' {
				p = le
				continue // the container's "Physical Store disk0s2"
			}
			return
		}
		// the name ends where the size starts: its column, less a '*'
		// or '+' and the digits right-aligned before it
		e := p + sc0 - 1
		for e > p+nc && b[e] != ' ' {
			e--
		}
		for e > p+nc && b[e-1] == ' ' {
			e--
		}
		if e > p+nc && b[p+nc] != ' ' {
			sc.addLabel(p+nc, e, string(b[p+nc:e]), true)
		}
		p = le
	}
}
