package redact

// A person's papers are saved under their name: "Zeynep_Kaya_CV.pdf",
// "Resume - Bisi Adebayo.pdf", "Lebenslauf Jan Kowalski.pdf",
// "CV_Nguyen_Van_An_2024.docx", "Payslip_Wanjiru_Kamau_March.pdf". Such a
// name shows in recent-file lists, MRU values, open file descriptors and
// an office suite's log. The paper's word is the anchor, and a document's
// extension the gate: "Resume Playback.txt", "cv2.imread",
// "CV_Filter_Presets.fxp" name no one.

// docWords are the papers, one word (in lower case).
var docWords = wordSet(`cv cvs resume résumé resumé lebenslauf bewerbung payslip paystub passport curriculo currículo`)

// docPairs are the papers of two words: the first word, then the second.
var docPairs = map[string]string{"curriculum": "vitae", "cover": "letter", "offer": "letter", "tax": "return",
	"id": "card", "bank": "statement", "motivation": "letter", "reference": "letter",
	// Vietnamese "hợp đồng", a contract, with its diacritics or without
	// ("Hợp_đồng_Trần_Văn_Minh.pdf", "hop_dong_nguyen_thi_lan.docx")
	"hợp": "đồng", "hop": "dong"}

// docLetters are the letters whose name says whom they are to, by one of
// docTo after them: "Letter to Adwoa Boateng.odt", "Carta para Beatriz
// Souza.pdf", "Brief an Jan Kowalski.docx"; alone, the word names no one
// ("Letter Template.docx").
var docLetters = wordSet(`letter letters carta cartas lettre brief`)

// docTo are the words of whom a paper is for or to, after it: "Reference
// Letter for Kofi Mensah.pdf".
var docTo = wordSet(`to for para an für pour à dla`)

// docExts are the extensions of documents and of a scan's picture.
var docExts = wordSet(`pdf doc docx odt rtf pages jpg jpeg png heic`)

// docStop are words a paper's name holds beside the paper's word that are
// no person's: a version, a language, a month, what the paper is for.
var docStop = wordSet(`new old latest updated update final draft copy version template templates sample samples
	example examples format modern simple professional creative english german french spanish portuguese polish
	deutsch english en de fr es pt pl page pages photo photos scan scanned front back signed unsigned edited original
	full short long one two letter letters job jobs application applications internship intern role position
	feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september
	october november december tips guide writing help how and with for to of the a my your our me mine
	open opened opening save saved saving load loaded loading recent file files document documents print printed
	printing upload uploaded download downloaded send sent attach attached attachment delete deleted
	lecture lectures notes slides homework assignment assignments exam exams solution solutions lab labs report
	reports paper papers tutorial tutorials dataset datasets model models weights code course class week chapter
	summary overview review filter filters preset presets settings gate module patch`)

// vietSurnames are the common Vietnamese surnames, lowercased, with their
// diacritics and without: a name after "hợp đồng" starts with one (what
// else follows is the contract's kind: "hợp đồng lao động", "hop dong
// thue nha").
var vietSurnames = wordSet(`nguyen nguyễn tran trần le lê pham phạm hoang hoàng huynh huỳnh phan vu vũ vo võ dang đặng
	bui bùi do đỗ ho hồ ngo ngô duong dương ly lý truong trương dinh đinh lam lâm mai trinh trịnh cao`)

// docFile handles the word [i, j) of letters with a '.' (the last of a
// document's name): the name of a paper and a person's name beside it.
func (sc *scanner) docFile(i, j int) {
	b := sc.b
	e := j
	for e > i && j-e < 3 && !isAlnum(b[e-1]) {
		e-- // a quote, a bracket, a comma after the name
	}
	k := e - 1
	for k > i && e-k <= 6 && b[k] != '.' {
		k--
	}
	if b[k] != '.' || e-k < 4 {
		return
	}
	var xb [8]byte
	if x := lowerInto(xb[:0], b[k+1:e]); x == nil || !docExts[string(x)] {
		return
	}
	// the file's name: back to a path's separator, a quote, a key's '=' or
	// ':', a column's two blanks (bounded)
	s := k
	for s > 0 && k-s < 128 {
		c := b[s-1]
		if c == '/' || c == '\\' || c == '"' || c == '\'' || c == '=' || c == ':' || c == '>' || c == '(' || c == '[' ||
			c == '|' || c == ',' || c < ' ' || c == 0x7f || c == ' ' && s >= 2 && b[s-2] == ' ' {
			break
		}
		s--
	}
	// its words, from the last: at most 8 (a log's words before a name
	// without a path: "thumbnail for CV-Thandiwe-Mokoena.pdf")
	var ws [8][2]int
	n := 0
	p := k
	for p > s && n < len(ws) {
		for p > s && docSep(b, p-1) {
			p--
		}
		q := p
		for q > s && !docSep(b, q-1) {
			q--
		}
		if q == p {
			break
		}
		ws[n] = [2]int{q, p}
		n++
		p = q
	}
	// ws holds the words last first; find the paper's word (or pair)
	var lb, lb2 [16]byte
	for t := n - 1; t >= 0; t-- {
		l := lowerInto(lb[:0], b[ws[t][0]:ws[t][1]])
		if l == nil {
			continue
		}
		lo, hi := t, t // the paper's words: ws[hi] first, ws[lo] last
		letter := false
		if !docWords[string(l)] {
			if t == 0 {
				continue
			}
			l2 := lowerInto(lb2[:0], b[ws[t-1][0]:ws[t-1][1]])
			if docLetters[string(l)] && l2 != nil && docTo[string(l2)] {
				// "Letter to Adwoa Boateng.odt": whom it is to follows
				letter = true
			} else if second, ok := docPairs[string(l)]; !ok || l2 == nil || string(l2) != second {
				continue
			} else {
				lo = t - 1
			}
		}
		// "CV" is computer vision's too ("CV_Machine_Learning.pdf",
		// "cv_image_processing.pdf"): a name after it is in title case,
		// and it is replaced where it stands, not learned (its words, a
		// topic's, would go everywhere in the report); a name before it
		// is the common shape of a résumé's ("Zeynep_Kaya_CV.pdf")
		//
		// Whom a paper is for or to ("Letter to Adwoa Boateng.odt",
		// "Reference Letter for Kofi Mensah.pdf") may be an office or a
		// company as well ("Letter to Home Office.pdf"): it is replaced
		// where it stands, not learned; a letter's words before it are
		// what the letter is ("Thank You Letter to Teacher.docx").
		weak := string(l) == "cv" || string(l) == "cvs"
		if l[0] == 'h' && (string(l) == "hop" || string(l) == "hợp") {
			// a Vietnamese contract: the name after it, a surname first
			if lo > 0 {
				if l3 := lowerInto(lb2[:0], b[ws[lo-1][0]:ws[lo-1][1]]); l3 != nil && vietSurnames[string(l3)] {
					sc.docNames(ws[:n], lo-1, -1, false)
				}
			}
			return
		}
		a := lo - 1
		if a >= 1 {
			if l3 := lowerInto(lb2[:0], b[ws[a][0]:ws[a][1]]); l3 != nil && docTo[string(l3)] {
				a--
				weak = true
			}
		}
		if !sc.docNames(ws[:n], a, -1, weak) && !letter {
			sc.docNames(ws[:n], hi+1, 1, false)
		}
		return
	}
}

// paperWord: w is a paper's word of docWords (either case). A first name
// learned from a paper's name is followed there by its surname, then the
// paper ("Meera Iyer Passport.pdf"): the paper is no second surname.
func paperWord(w []byte) bool {
	var lb [16]byte
	l := lowerInto(lb[:0], w)
	return l != nil && docWords[string(l)]
}

// docSep: b[p] separates the words of a file's name: a blank, '_', '-'
// (an en dash's bytes and a URL's "%20" too).
func docSep(b []byte, p int) bool {
	switch c := b[p]; c {
	case ' ', '_', '-':
		return true
	case '%', '2', '0':
		// a URL's "%20": "Lebenslauf%20Jan%20Kowalski.pdf"
		return c == '%' && p+2 < len(b) && b[p+1] == '2' && b[p+2] == '0' ||
			c == '2' && p >= 1 && p+1 < len(b) && b[p-1] == '%' && b[p+1] == '0' ||
			c == '0' && p >= 2 && b[p-2] == '%' && b[p-1] == '2'
	case 0xe2, 0x80, 0x93:
		// "Resume – Bisi Adebayo": the en dash U+2013, e2 80 93
		return c == 0xe2 && p+2 < len(b) && b[p+1] == 0x80 && b[p+2] == 0x93 ||
			c == 0x80 && p >= 1 && p+1 < len(b) && b[p-1] == 0xe2 && b[p+1] == 0x93 ||
			c == 0x93 && p >= 2 && b[p-2] == 0xe2 && b[p-1] == 0x80
	}
	return false
}

// docNames replaces and learns the words of ws from t on, step d, that
// read as a person's name, two to four of them, all capitalised ("Bisi
// Adebayo") or all in lower case ("ana_souza"). It reports whether it
// found one. After an ambiguous paper's word (weak), the name must be
// capitalised, and it is replaced but not learned.
func (sc *scanner) docNames(ws [][2]int, t, d int, weak bool) bool {
	b := sc.b
	m, lowers, caps := 0, 0, 0
	for x := t; x >= 0 && x < len(ws) && m < 4; x += d {
		w := ws[x]
		up, ok := docNameWord(b, w[0], w[1])
		if !ok {
			break
		}
		if up {
			caps++
		} else {
			lowers++
		}
		m++
	}
	if m < 2 || caps > 0 && lowers > 0 || weak && caps == 0 {
		return false
	}
	for x := t; m > 0; x, m = x+d, m-1 {
		sc.proseSpan(ws[x][0], ws[x][1], !weak)
	}
	return true
}

// docNameWord: the word [s, e) reads as a name's word: letters only, two
// bytes or more, one capital at the most and first, and no word of the
// stop tables. up: it is capitalised.
func docNameWord(b []byte, s, e int) (up, ok bool) {
	if e-s < 2 || e-s > 24 {
		return false, false
	}
	for k := s; k < e; k++ {
		c := b[k]
		if c < 0x80 && !isLetter(c) || k > s && c-'A' < 26 {
			return false, false // "2024", "PDF", "McX" (rare in a paper's name), "DJ"
		}
	}
	up = capitalised(b, s)
	if !up && b[s] >= 0x80 {
		return false, false // (a lower-case letter outside ASCII first: rare)
	}
	var lb [32]byte
	l := lowerInto(lb[:0], b[s:e])
	if l == nil {
		return false, false
	}
	w := string(l)
	if docStop[w] || docWords[w] || jobWords[w] || orgWords[w] || lowerNameStop[w] || isGenericUser(w) {
		return false, false
	}
	if _, pair := docPairs[w]; pair {
		return false, false
	}
	for _, stop := range gluedStops {
		if stop[w] {
			return false, false
		}
	}
	return up, true
}

// docDot: the word [i, j), of six bytes or more, ends in what may be a
// document's extension: a '.', then three to five letters whose first
// and last could be docExts' ("Adebayo.pdf", "CV.docx"), and a ':', ','
// ')' or '\\' (a JSON string's escaped quote after it) at the most.
// docFile's cheap gate: "fmt.Println", "main.go", "libc.so.6" fail it.
func docDot(b []byte, i, j int) bool {
	if c := b[j-1]; c == ':' || c == ',' || c == ')' || c == '\\' {
		j-- // "CV_Ana_Souza.pdf: 2 pages", a JSON string's `CV.pdf\"`
		if !docExtLast[b[j-1]] {
			return false
		}
	}
	d := j - 4
	if b[d] != '.' {
		d--
		if b[d] != '.' {
			d--
			if d <= i || b[d] != '.' {
				return false
			}
		}
	}
	return docExtFirst[b[d+1]]
}

// docExtFirst and docExtLast: the first and the last letters of docExts,
// either case (docExtLast: and the punctuation docDot lets follow).
var docExtFirst, docExtLast = func() (f, l [256]bool) {
	for x := range docExts {
		f[x[0]], f[x[0]-32] = true, true
		l[x[len(x)-1]], l[x[len(x)-1]-32] = true, true
	}
	l[':'], l[','], l[')'], l['\\'] = true, true, true, true
	return f, l
}()
