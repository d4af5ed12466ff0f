package redact

import "bytes"

// ticketPeople are the keys of a support ticket's or a tracker's people
// ("Submitted by: Mateus Oliveira", "Assigned to: Nguyen Van An",
// "Customer: Halima Yusuf", "CC: Chidinma Eze, Obinna Nwosu"), and a
// meeting's ("Participants: Ama Owusu, Kofi Mensah"):
// normalized, as classify reads them. Their
// values are a queue, a role or a state as often ("Assignee:
// unassigned", "Customer: premium"), so only a full name is taken.
var ticketPeople = wordSet(`submittedby requestedby requester assignee assignedto customer reporter openedby
	createdby closedby cc bcc caller callername agent agentname supportagent handledby from to reviewer reviewedby
	participants attendees panelists guests`)

// ticketLens: bit n of ticketLens[c] is set for the n-byte keys of
// ticketPeople starting with c, the caller's gate.
var ticketLens = func() (t [256]uint16) {
	for k := range ticketPeople {
		t[k[0]] |= 1 << len(k)
	}
	return t
}()

// ticketPerson handles the value at p of such a key (nk, normalized):
// names of two to four capitalised words, none a role's, a team's or a
// state's ("Support Bot", "Tier 2", "Serato Support"), a comma between
// them. It returns where the names end, or -1.
func (sc *scanner) ticketPerson(nk []byte, p int) int {
	if !ticketPeople[string(nk)] {
		return -1
	}
	b := sc.b
	if (string(nk) == "to" || string(nk) == "from") && !mailHeaderLine(b, p-1-len(nk)) {
		return -1 // "From:", "To:" name people only in a mail's headers
	}
	s := p
	for p < len(b) && p-s < 64 && (b[p] == ' ' || b[p] == '\t') {
		p++
	}
	end := -1
	for n := 0; n < 8; n++ {
		e := sc.ticketName(p)
		if e < 0 {
			break
		}
		end = e
		// "CC: Chidinma Eze, Obinna Nwosu"; Outlook's "Cc: Mehmet Yılmaz; Olga Ivanova"
		if p = listNext(b, e, false); p < 0 {
			break
		}
	}
	return end
}

// ticketName handles one name of ticketPerson's at p.
func (sc *scanner) ticketName(p int) int {
	b := sc.b
	if !personName(b, p) {
		return -1
	}
	e := nameEnd(b, p)
	for k := p; k < e; {
		w := k
		for w < e && b[w] != ' ' {
			w++
		}
		// (a particle, "van der", is no word of a role's)
		if capitalised(b, k) && (notNameWord(b[k:w]) || ticketRoles[asciiLower(string(b[k:w]))]) {
			return -1
		}
		for k = w; k < e && b[k] == ' '; k++ {
		}
	}
	if !proseNameFollows(b, e, true) {
		return -1 // more words: a sentence ("agent: The Assuan commands KILLAGENT …")
	}
	sc.nameSpan(p, e)
	return e
}

// ticketRoles: words of a queue's, a bot's or a team's name.
var ticketRoles = wordSet(`bot bots support helpdesk desk tier level queue agent agents system automation auto
	service services customer customers success care billing sales technical tech engineering ops serato pioneer
	native instruments ableton rekordbox traktor virtualdj apple microsoft google
	crash reporter client server breakpad crashpad sentry mozilla firefox chrome chromium safari edge opera windows
	update updater daemon thread engine host code owner owners maintainer maintainers reviewers group team teams`)

// mailHeaderLine reports whether the key at k ("From", "To") starts a
// line of a mail's headers, as a reply quotes them ("From: Aiko Tanaka",
// "Sent: Monday, …", "To: Rafael Gómez", "Subject: RE: crash"): at the
// line's start (after a quote's "> "), in a run of header lines that
// holds a "Sent:" or a "Subject:". Elsewhere "From:" and "To:" name
// places, versions, states ("From: Deck A", "To: Settings Page").
func mailHeaderLine(b []byte, k int) bool {
	if k < 0 || k >= len(b) {
		return false
	}
	s := k
	for s > 0 && k-s < 4 && (b[s-1] == '>' || b[s-1] == ' ') {
		s--
	}
	if s > 0 && !lineBreak(b[s-1]) {
		return false
	}
	// the lines before, then those after, while they are headers
	ls := s
	for n := 0; n < 6 && ls > 1; n++ {
		e := ls - 1
		if b[e] == '\n' && b[e-1] == '\r' {
			e--
		}
		for ls = e; ls > 0 && e-ls < 256 && !lineBreak(b[ls-1]); ls-- {
		}
		h := mailHeaderKey(b, ls, e)
		if h == 2 {
			return true
		}
		if h == 0 {
			break
		}
	}
	e := k
	for n := 0; n < 6; n++ {
		for s := e; e < len(b) && e-s < 256 && b[e] != '\n'; e++ {
		}
		if e++; e >= len(b) {
			return false
		}
		h := mailHeaderKey(b, e, len(b))
		if h == 2 {
			return true
		}
		if h == 0 {
			return false
		}
	}
	return false
}

// mailHeaderKey: b[s:e] starts with a mail header's key, after a quote's
// "> ": 2 for "Sent:" or "Subject:", 1 for the people's and the date's
// ("From:", "To:", "Cc:", "Date:"), 0 for none.
func mailHeaderKey(b []byte, s, e int) int {
	for s < e && (b[s] == '>' || b[s] == ' ') {
		s++
	}
	w := s
	for w < e && w-s < 8 && isLetter(b[w]) {
		w++
	}
	if w >= e || b[w] != ':' || w+1 >= e || b[w+1] != ' ' {
		return 0
	}
	switch asciiLower(string(b[s:w])) {
	case "sent", "subject":
		return 2
	case "from", "to", "cc", "bcc", "date":
		return 1
	}
	return 0
}

// formName handles a form's or a contact card's "Name:" key at the line's
// start, whose ':' is at q ("Name: Thabo Nkosi" above "Email: …" or
// "Phone: …"): a full name there is a person's. A device's, a process's
// or a setting's "Name:" has no such keys around it. It returns where
// the name ends, or -1.
func (sc *scanner) formName(key []byte, q int) int {
	b := sc.b
	k := q - 4
	if !eqLower(key, "name") || q+3 >= len(b) || b[q+1] != ' ' || k > 0 && !lineBreak(b[k-1]) || !personName(b, q+2) {
		return -1
	}
	e := nameEnd(b, q+2)
	if e < len(b) && !lineBreak(b[e]) {
		return -1
	}
	// the line after, then the one before
	if e+1 < len(b) && formKeyAt(b, e+1) {
		return sc.ticketName(q + 2)
	}
	if k > 1 {
		ls := k - 1
		if b[ls] == '\n' && ls > 0 && b[ls-1] == '\r' {
			ls--
		}
		for ls > 0 && k-ls < 256 && !lineBreak(b[ls-1]) {
			ls--
		}
		if formKeyAt(b, ls) {
			return sc.ticketName(q + 2)
		}
	}
	return -1
}

// formKeyAt: a key of a person's details starts the line at p ("Email:",
// "Phone:", "Address:").
func formKeyAt(b []byte, p int) bool {
	if p < len(b) && b[p] == '\n' {
		p++ // (after "\r\n")
	}
	w := p
	for w < len(b) && w-p < 16 && (isLetter(b[w]) || b[w] == '-' || b[w] == ' ') {
		w++
	}
	if w >= len(b) || b[w] != ':' || w == p {
		return false
	}
	var kb [16]byte
	return formKeys[string(lowerInto(kb[:0], bytes.TrimRight(b[p:w], " ")))]
}

// formKeys: the keys of a person's details beside a "Name:" (lowercase).
var formKeys = wordSet(`email e-mail mail phone telephone tel mobile cell company organization organisation dob
	birthday`)
