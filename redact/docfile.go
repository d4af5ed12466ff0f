package redact

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A person's papers are saved under their name: "Zeynep_Kaya_CV.pdf",
// "Resume - Bisi Adebayo.pdf", "Lebenslauf Jan Kowalski.pdf",
// "CV_Nguyen_Van_An_2024.docx", "Payslip_Wanjiru_Kamau_March.pdf". Such a
// name shows in recent-file lists, MRU values, open file descriptors and
// an office suite's log. The paper's word is the anchor, and a document's
// extension the gate: "Resume Playback.txt", "cv2.imread",
// "CV_Filter_Presets.fxp" name no one.

// docWords are the papers, one word (in lower case).
var docWords = wordSet(`cv cvs resume résumé resumé lebenslauf bewerbung payslip paystub passport curriculo currículo`)

// docPairs are the papers of two words, "first second": true, a deal's
// (docDeals).
var docPairs = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(`curriculum vitae,cover letter,offer letter,tax return,id card,motivation letter,
		reference letter,bank statement,sick note,birth certificate,marriage certificate,driving licence,driving license,
		driver license,drivers license,pay slip,salary slip,payment slip,student id,hop dong,hợp đồng`, ",") {
		m[strings.TrimSpace(p)] = false
	}
	// (Vietnamese "hợp đồng", a contract, with its diacritics or without:
	// "Hợp_đồng_Trần_Văn_Minh.pdf", "hop_dong_nguyen_thi_lan.docx")
	// (a clinic's or an insurer's name is written there as often as its
	// patient's: "Blue Cross Medical Report.pdf")
	for _, p := range strings.Split(`employment contract,rental agreement,tenancy agreement,lease agreement,
		purchase agreement,sales contract,work contract,credit note,medical report,medical records,
		medical certificate`, ",") {
		m[strings.TrimSpace(p)] = true
	}
	return m
}()

// docPairFirst are the first words of docPairs.
var docPairFirst = func() map[string]bool {
	m := map[string]bool{}
	for p := range docPairs {
		m[p[:strings.IndexByte(p, ' ')]] = true
	}
	return m
}()

// docDeals are the papers of a deal, a bill or a permit, one word (in
// lower case), in the languages users save them in: a business's as
// often as a person's ("Adobe Stock Invoice.pdf", "Office Lease.pdf").
// The name beside one must read as a person's (dealNames), and it is
// replaced where it stands, not learned.
var docDeals = wordSet(`invoice invoices receipt receipts contract contracts lease visa permit
	rechnung quittung vertrag mietvertrag arbeitsvertrag kaufvertrag gehaltsabrechnung lohnabrechnung
	facture factures contrat bail devis factura facturas contrato recibo nomina nómina fattura contratto ricevuta
	factuur huurcontract umowa faktura rachunek id`)

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
// no person's: a version, a language, a month, what the paper is for, a
// topic of computer vision's ("CV Machine Learning.pdf").
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
	summary overview review filter filters preset presets settings gate module patch
	machine learning vision image images processing computer science data neural networks robotics statistics
	detection recognition segmentation thesis`)

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
		letter, deal := false, docDeals[string(l)]
		var l2 []byte
		if t > 0 {
			l2 = lowerInto(lb2[:0], b[ws[t-1][0]:ws[t-1][1]])
		}
		var pb [34]byte
		// (a pair first: "Lease Agreement - Zara Siddiqui.pdf", whose
		// "Agreement" is no name's)
		if pairDeal, pair := docPairs[string(append(append(append(pb[:0], l...), ' '), l2...))]; pair && l2 != nil {
			lo, deal = t-1, pairDeal
		} else if !deal && !docWords[string(l)] {
			if l2 == nil || !docLetters[string(l)] || !docTo[string(l2)] {
				continue
			}
			// "Letter to Adwoa Boateng.odt": whom it is to follows
			letter = true
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
		// a period or a number between the paper and the name
		// ("Payslip_March_Wanjiru_Kamau.pdf", "Payslip_2024-03_Wanjiru
		// Kamau.pdf", "Invoice #1234 Kofi Mensah.pdf", "Wanjiru_Kamau_2024_CV.pdf");
		// not after "CV", a topic's as often ("CV_2024_Image_Processing.pdf")
		for a >= 2 && !weak && docFiller(b[ws[a][0]:ws[a][1]]) {
			a--
		}
		h := hi + 1
		for h < n-2 && docFiller(b[ws[h][0]:ws[h][1]]) {
			h++
		}
		if deal {
			if !sc.dealNames(ws[:n], a, -1) {
				sc.dealNames(ws[:n], h, 1)
			}
			return
		}
		if !sc.docNames(ws[:n], a, -1, weak) && !letter && !(lo < hi && string(l) == "bank" && bankBefore(b, ws[hi+1:n], ws[hi][0])) {
			sc.docNames(ws[:n], h, 1, false)
		}
		return
	}
}

// bankBefore: the words before "Bank Statement" at p (ws, last first)
// run into it, a blank or '_' between: they are the bank's name ("Wells
// Fargo Bank Statement.pdf", "Equity_Bank_Statement.pdf"); a person's
// stands apart, a dash between ("Wanjiru Kamau - Bank Statement.pdf").
func bankBefore(b []byte, ws [][2]int, p int) bool {
	if len(ws) == 0 {
		return false
	}
	g := b[ws[0][1]:p]
	return !bytes.Contains(g, []byte(" -")) && !bytes.Contains(g, []byte("\xe2\x80\x93"))
}

// docFiller: the word w of a paper's name says when it is from or which
// it is, no one's: a number, a date's part, a reference ("2024", "03",
// "#1234", "v2"), or a month that is no given name as well ("March",
// "Sep"; not "Jan" of "Rechnung_Jan_Kowalski.pdf").
func docFiller(w []byte) bool {
	var lb [12]byte
	if l := lowerInto(lb[:0], w); monthName(w) && l != nil && docStop[string(l)] {
		return true
	}
	for _, c := range w {
		if isDigit(c) {
			return len(w) <= 12
		}
	}
	return false
}

// paperWord: w is a paper's word of docWords or docDeals (either case). A first name
// learned from a paper's name is followed there by its surname, then the
// paper ("Meera Iyer Passport.pdf"): the paper is no second surname.
func paperWord(w []byte) bool {
	var lb [16]byte
	l := lowerInto(lb[:0], w)
	return l != nil && (docWords[string(l)] || docDeals[string(l)])
}

// docSep: b[p] separates the words of a file's name: a blank, '_', '-'
// (an en dash's bytes, a URL's "%20" and a query's '+' too).
func docSep(b []byte, p int) bool {
	switch c := b[p]; c {
	case ' ', '_', '-', '+':
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
		if !ok && (d > 0 && m == 0 || d < 0 && m == 2) && vietGiven(b, ws, x) {
			up, ok = true, true
		}
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

// dealNames replaces the words of ws from t on, step d, that read as a
// person's name beside a deal's paper (docDeals): two or three words,
// all capitalised or all in lower case ("facture-marie-dupont.pdf"), none
// a business's, a product's or a place's
// (dealStop, and docNameWord's tables), and no more capitalised words
// beyond them ("Amazon Web Services Invoice.pdf", "Invoice Adobe Creative
// Cloud.pdf" name a business). It reports whether it found one. The name
// is not learned: a business's name that reads as a person's would go
// from the whole report.
func (sc *scanner) dealNames(ws [][2]int, t, d int) bool {
	b := sc.b
	m, x, caps := 0, t, false
	var lb [32]byte
	for ; x >= 0 && x < len(ws) && m < 3; x += d {
		w := ws[x]
		up, ok := docNameWord(b, w[0], w[1])
		if !ok || m > 0 && up != caps {
			break
		}
		caps = up
		if l := lowerInto(lb[:0], b[w[0]:w[1]]); l == nil || dealStop[string(l)] || teamWords[string(l)] ||
			brandWords[string(l)] || thingWords[string(l)] {
			break
		}
		m++
	}
	if m < 2 {
		return false
	}
	if x >= 0 && x < len(ws) && (capitalised(b, ws[x][0]) || !caps && isLetter(b[ws[x][0]])) {
		// one more word of the same case: a longer title, unless it says
		// what the copy is ("Scan", "Signed", "Final")
		if l := lowerInto(lb[:0], b[ws[x][0]:ws[x][1]]); l == nil || !docStop[string(l)] {
			return false
		}
	}
	for x := t; m > 0; x, m = x+d, m-1 {
		sc.proseSpan(ws[x][0], ws[x][1], false)
	}
	return true
}

// dealStop are words, lowercased, of what a bill, a contract or a lease
// is for or whom from, beside the paper's word: no person's.
var dealStop = wordSet(`service services level master end purchase purchases sale sales rental rent tenancy employment
	loan mortgage insurance subscription subscriptions stock cloud web online store shop shopping market hotel
	flight flights airline airlines car cars vehicle auto home office apartment flat house property room rooms
	storage parking phone mobile internet broadband electricity electric gas water utility utilities energy
	power solar hosting domain domains server servers consulting marketing cleaning printing catering training
	shipping delivery freight building construction repair repairs maintenance plumbing roofing photography
	works client clients customer vendor supplier business company corporate commercial enterprise pro premium
	plus basic standard annual monthly yearly weekly quarterly daily tax vat proforma credit debit paid unpaid
	due overdue payment payments order orders booking reservation ticket tickets travel trip holiday vacation
	dental health gym fitness club membership school tuition course university college student software
	hardware app apps game games music video pack bundle plan plans license licence account lease contract
	invoice receipt freelance freelancer contractor agency studio land farm unit space garage lab equipment
	trial demo beta test testing rider terms conditions legal law nda mou work worker workers staff team
	group family personal private public national state city county council government federal tenant
	landlord buyer seller agent broker partner partners partnership project projects contact amendment addendum
	renewal extension termination notice agreement agreements food foods eats whole fresh trader mart depot best buy express prime
	direct pay cash card cards wallet box drive sync stream play suite creative design text tech digital air
	editor engine kit tools tool docs sheets mail news cross shield care clinic hospital medical pharmacy
	strom miete telefon handy mobilfunk versicherung kfz loyer assurance electricite électricité luz agua alquiler
	seguro`)

// vietGiven: the word ws[x] is a Vietnamese name's last, its given name,
// which may be a short common word ("Nguyễn Văn An", "Trần Thị Mai"): a
// capitalised word of letters after a middle name and a surname of
// vietSurnames (ws holds the words last first), plain or percent-encoded.
func vietGiven(b []byte, ws [][2]int, x int) bool {
	if x+2 >= len(ws) || !capitalised(b, ws[x][0]) || ws[x][1]-ws[x][0] > 8 {
		return false
	}
	for _, c := range b[ws[x][0]+1 : ws[x][1]] {
		if c < 0x80 && !isLetter(c) || c-'A' < 26 {
			return false
		}
	}
	if up, ok := docNameWord(b, ws[x+1][0], ws[x+1][1]); !up || !ok {
		return false
	}
	var db, lb [32]byte
	d := db[:0]
	for k := ws[x+2][0]; k < ws[x+2][1] && len(d) < len(db); k++ {
		if r, n := pctRune(b, k, ws[x+2][1]); n > 0 {
			d = utf8.AppendRune(d, r) // "Nguy%E1%BB%85n"
			k += n - 1
			continue
		}
		d = append(d, b[k])
	}
	l := lowerInto(lb[:0], d)
	return l != nil && vietSurnames[string(l)]
}

// docNameWord: the word [s, e) reads as a name's word: letters only, two
// bytes or more, one capital at the most and first, and no word of the
// stop tables. up: it is capitalised.
func docNameWord(b []byte, s, e int) (up, ok bool) {
	if e-s < 2 || e-s > 48 {
		return false, false
	}
	pct := false
	for k := s; k < e; k++ {
		c := b[k]
		if c == '%' {
			// a letter outside ASCII in a URL: "Nguy%E1%BB%85n"
			r, n := pctRune(b, k, e)
			if n == 0 || !unicode.IsLetter(r) || k > s && !unicode.IsLower(r) {
				return false, false
			}
			pct = true
			k += n - 1
			continue
		}
		if c < 0x80 && !isLetter(c) || k > s && c-'A' < 26 {
			return false, false // "2024", "PDF", "McX" (rare in a paper's name), "DJ"
		}
	}
	if !pct && e-s > 24 {
		return false, false
	}
	up = capitalised(b, s)
	if b[s] == '%' {
		r, _ := pctRune(b, s, e)
		up = unicode.IsUpper(r)
	}
	if !up && (b[s] >= 0x80 || b[s] == '%') {
		return false, false // (a lower-case letter outside ASCII first: rare)
	}
	var lb [48]byte
	l := lowerInto(lb[:0], b[s:e])
	if l == nil {
		return false, false
	}
	w := string(l)
	if docStop[w] || docWords[w] || jobWords[w] || orgWords[w] || lowerNameStop[w] || isGenericUser(w) {
		return false, false
	}
	if docPairFirst[w] || docDeals[w] {
		return false, false
	}
	for _, stop := range gluedStops {
		if stop[w] {
			return false, false
		}
	}
	return up, true
}

// pctRune decodes the character outside ASCII percent-encoded at p, up
// to e ("%C4%83", "%E1%BB%85"): it and the bytes of b it takes, or 0.
func pctRune(b []byte, p, e int) (rune, int) {
	var u [4]byte
	n := 0
	for ; n < 4 && p+3*n+2 < e && b[p+3*n] == '%' && isHex(b[p+3*n+1]) && isHex(b[p+3*n+2]); n++ {
		u[n] = unhex(b[p+3*n+1])<<4 | unhex(b[p+3*n+2])
		if u[n] < 0x80 || n > 0 && u[n] >= 0xc0 {
			break // (ASCII, or the next character's first byte)
		}
	}
	if r, size := utf8.DecodeRune(u[:n]); r != utf8.RuneError && size >= 2 {
		return r, 3 * size
	}
	return 0, 0
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
