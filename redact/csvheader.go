package redact

// csvFields reads the quoted CSV fields of the line at p (`"a","b",…`),
// calling fn with each field's text [vs, ve) and its index; a doubled
// quote inside a field is its text. It returns the number of fields, or
// -1 when the line is no line of quoted fields only (at most max fields,
// 2 KiB).
func csvFields(b []byte, p, max int, fn func(n, vs, ve int)) int {
	n := 0
	for k := p; ; {
		if k >= len(b) || b[k] != '"' || n == max || k-p > 2048 {
			return -1
		}
		vs := k + 1
		ve := vs
		for ve < len(b) && ve-p < 2048 && !lineBreak(b[ve]) {
			if b[ve] == '"' {
				if ve+1 < len(b) && b[ve+1] == '"' {
					ve += 2
					continue
				}
				break
			}
			ve++
		}
		if ve >= len(b) || b[ve] != '"' {
			return -1
		}
		if fn != nil {
			fn(n, vs, ve)
		}
		n++
		k = ve + 1
		if k == len(b) || lineBreak(b[k]) {
			return n
		}
		if b[k] != ',' {
			return -1
		}
		k++
	}
}

// csvHeader handles a table written as quoted CSV whose header names
// what its columns hold: systeminfo /fo csv (`"Host Name","OS
// Name",…,"Registered Owner","Registered Organization",…`), Get-CimInstance
// … | ConvertTo-Csv, Get-LocalUser | Export-Csv. The header line starts
// at p, the first of the lines of quoted fields there (a row below it
// starts none: each line of a long table would read the rest again).
// Each row's field under a key that names a person, a machine, an
// organisation or a serial is that key's value (classifyKey), as it is
// under "Registered Owner:" in systeminfo's list. Other columns are
// scanned as any text is.
func (sc *scanner) csvHeader(p int) {
	b := sc.b
	// the first field, a name, then the second: most lines that start
	// with a quote are no CSV (`"procPath" : …`)
	k := p + 1
	for k < len(b) && k-p < 50 && b[k] != '"' && !lineBreak(b[k]) {
		k++
	}
	if k+2 >= len(b) || b[k] != '"' || b[k+1] != ',' || b[k+2] != '"' {
		return
	}
	if p > 0 {
		// the line before: no line of quoted fields
		ls := p - 1
		for ls > 0 && p-ls < 2048 && !lineBreak(b[ls-1]) {
			ls--
		}
		if b[ls] == '"' && ls < p-1 {
			return
		}
	}
	var classes [64]string
	var kb [64]byte
	found, bad := false, false
	nf := csvFields(b, p, len(classes), func(n, vs, ve int) {
		if ve-vs > 48 || ve == vs {
			bad = true
			return
		}
		for _, c := range b[vs:ve] {
			if !isAlnum(c) && c < 0x80 && !(c == ' ' || c == '_' || c == '-' || c == '.' || c == '(' || c == ')' || c == ':' || c == '/') {
				bad = true // a header holds names (in any language)
				return
			}
		}
		switch c := classifyKey(string(normKey(kb[:0], b[vs:ve]))); c {
		case ClassUser, ClassHost, ClassOrg, ClassSerial:
			classes[n] = c
			found = true
		}
	})
	if nf < 3 || bad || !found {
		return
	}
	k = p
	for rows := 0; rows < 256; rows++ {
		for k < len(b) && b[k] != '\n' {
			k++
		}
		k++
		if k >= len(b) || b[k] != '"' {
			return
		}
		if csvFields(b, k, len(classes), nil) != nf {
			continue
		}
		csvFields(b, k, len(classes), func(n, vs, ve int) {
			if classes[n] != "" && ve > vs {
				sc.valueSpan(vs, ve, classes[n])
			}
		})
	}
}
