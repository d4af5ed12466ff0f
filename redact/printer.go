package redact

// A print queue or a device named after its owner: CUPS's "Job queued on
// 'HP_LaserJet_Chipo_Office'", lpstat's "printer HP_OfficeJet_Pro_Kofi
// is idle", "Brother-HL-L2350DW-Ama". The maker's word opens the name,
// a model's part follows (a word with a digit or a capital inside:
// "LaserJet", "L2350DW", "HL"), and a given name's word after it is the
// owner's; a place's or a product's word is none ("HP_LaserJet_Pro_M404",
// "Canon_iR-ADV_C5535_Office", "EPSON_ET-2850_Series").

// printerMaker: the word w (any case) is a printer maker's.
func printerMaker(w []byte) bool {
	var lb [8]byte
	switch string(lowerInto(lb[:0], w)) {
	case "hp", "canon", "epson", "brother", "xerox", "lexmark", "kyocera", "ricoh", "samsung":
		return true
	}
	return false
}

// printerFirst: c opens a maker's word of printerMaker.
func printerFirst(c int) bool {
	switch c | 0x20 {
	case 'h', 'c', 'e', 'b', 'x', 'l', 'k', 'r', 's':
		return true
	}
	return false
}

// printerLead: the two bytes at i (i+1 < len(b)) open a maker's word of
// printerMaker, in any case; the gate before printerQueue.
func printerLead(b []byte, i int) bool {
	switch uint16(b[i]|0x20)<<8 | uint16(b[i+1]|0x20) {
	case 'h'<<8 | 'p', 'c'<<8 | 'a', 'e'<<8 | 'p', 'b'<<8 | 'r', 'x'<<8 | 'e', 'l'<<8 | 'e', 'k'<<8 | 'y', 'r'<<8 | 'i', 's'<<8 | 'a':
		return true
	}
	return false
}

// printerWords are a queue's words after its model that name no owner: a
// product line's, a place's, a use's, lowercased (gluedName's stop tables
// are asked too).
var printerWords = wordSet(`pro plus series office color colour mono printer print printers scanner fax copier mfp
	network net wireless wifi home business smart tank ink laser jet photo wide format upstairs downstairs kitchen
	study garage basement attic den lounge living bedroom hallway hall lab room floor main front back desk
	reception admin finance sales marketing accounts accounting warehouse shop store classroom library staff
	teachers shared default local remote old new label labels receipt thermal duplex envy deskjet pixma maxify
	workforce expression ecotank imageclass selphy tango neverstop smarttank designjet pagewide versalink
	altalink phaser workcentre workcenter taskalfa ecosys aficio xpress proxpress page pdf virtual generic text
	driver universal class postscript pcl edition premium advanced basic compact mini micro air max neo duo
	ultra slim elite flow enterprise managed copy scan black white north south east west building wing suite
	unit dept department legal studio design corridor mailroom lobby nurse clinic ward pharmacy school church
	branch campus annex series plotter wireless laserjet officejet inkjet colorjet megatank workcenter lan usb
	eth ethernet airprint ipp lpd socket bonjour dnssd fax upper lower left right middle center centre camera
	kamera cam plugin plugins installer install setup update updater firmware utility software app tool tools
	manager monitor status professional personal portable mobile digital galaxy perfection scanjet scansnap
	selectric imagerunner imageprograf lide canoscan workstation server service services sample test demo`)

// printerQueue handles the word [i, j) that opens with a printer maker's
// word and '_' or '-': the given names after the model's part, with only
// printerWords after them, are the queue's owner's (a trailing ':' or
// '.' ends the word).
func (sc *scanner) printerQueue(i, j int) {
	b := sc.b
	if j-i > 64 {
		return
	}
	p := i
	for p < j && isLetter(b[p]) {
		p++
	}
	if p >= j || b[p] != '_' && b[p] != '-' || !printerMaker(b[i:p]) {
		return
	}
	model := false
	var names [4][2]int
	n := 0
	for s := p + 1; s < j; {
		e := s
		lower, upper, digit, other := false, false, false, false
		for e < j && b[e] != '_' && b[e] != '-' {
			switch c := b[e]; {
			case c >= 'a' && c <= 'z':
				lower = true
			case c >= 'A' && c <= 'Z':
				if e > s {
					upper = true
				}
			case isDigit(c):
				digit = true
			case c >= 0x80:
			default:
				if e < j-1 || c != ':' && c != '.' {
					return // no queue's name: a path, a key
				}
				other = true
			}
			if other {
				break
			}
			e++
		}
		switch {
		case e == s:
		case digit || upper || !lower:
			model = true // "LaserJet", "L2350DW", "HL"
		case sc.printerWord(b[s:e]):
		case model && e-s >= 3 && capitalised(b, s) && gluedName(b, s, e) && proseWord(string(b[s:e]), true):
			if n < len(names) {
				names[n] = [2]int{s, e}
				n++
			}
		default:
			n = 0 // a word no name's or queue's after it: "hp-LaserJet-Professional-Plugin"
		}
		s = e + 1
	}
	for k := 0; k < n; k++ {
		sc.proseSpan(names[k][0], names[k][1], true)
	}
}

// printerWord: w is one of printerWords, in any case.
func (sc *scanner) printerWord(w []byte) bool {
	var lb [16]byte
	l := lowerInto(lb[:0], w)
	return l == nil || printerWords[string(l)]
}
