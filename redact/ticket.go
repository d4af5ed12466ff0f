package redact

// ticketPeople are the keys of a support ticket's or a tracker's people
// ("Submitted by: Mateus Oliveira", "Assigned to: Nguyen Van An",
// "Customer: Halima Yusuf", "CC: Chidinma Eze, Obinna Nwosu"):
// normalized, as classify reads them. Their
// values are a queue, a role or a state as often ("Assignee:
// unassigned", "Customer: premium"), so only a full name is taken.
var ticketPeople = wordSet(`submittedby requestedby requester assignee assignedto customer reporter openedby
	createdby closedby cc bcc caller callername agent agentname supportagent handledby`)

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
		if e+2 >= len(b) || b[e] != ',' || b[e+1] != ' ' {
			break
		}
		p = e + 2 // "CC: Chidinma Eze, Obinna Nwosu"
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
	sc.nameSpan(p, e)
	return e
}

// ticketRoles: words of a queue's, a bot's or a team's name.
var ticketRoles = wordSet(`bot bots support helpdesk desk tier level queue agent agents system automation auto
	service services customer customers success care billing sales technical tech engineering ops serato pioneer
	native instruments ableton rekordbox traktor virtualdj apple microsoft google
	crash reporter client server breakpad crashpad sentry mozilla firefox chrome chromium safari edge opera windows
	update updater daemon thread engine host`)
